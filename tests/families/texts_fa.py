"""Article texts of the fresh families of round 15 (issue 10, "any portal, no profile": a
province's portal on a vendor platform, a department's ASP.NET WebForms portal, a district's
portal run with its party committee's newspaper; Vietnamese, NFC).

Same shape as ``texts2``: (key, title, lead, paragraphs), appended to ``TEXTS`` by
``tests.families.texts`` and found by key; each is used once, by the family its prefix names
(``nbp-`` fx-fresh-province, ``svh-`` fx-fresh-webforms, ``tpd-`` fx-fresh-party, ``nkv-``
fx-fresh-nukeviet). Written by
hand before any extraction ran on those families. Names of people, places and figures are
invented; the province of Nam Bình, the province of Đông Sơn and the districts of Tân Phước
and Hòa Sơn do not exist.
"""

from __future__ import annotations

TEXTS_FA: list[tuple[str, str, str, list[str]]] = [
    ("nbp-ky-hop-hdnd", "Kỳ họp chuyên đề Hội đồng nhân dân tỉnh thông qua 12 nghị quyết", (
        "Chiều 4/3, Hội đồng nhân dân tỉnh Nam Bình khóa XVII tổ chức kỳ họp chuyên đề lần thứ "
        "mười hai, xem xét và thông qua mười hai nghị quyết về đầu tư công và chính sách xã hội."
    ), [
        "Các đại biểu tập trung thảo luận việc điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn "
        "2021-2025, bổ sung vốn cho ba tuyến đường kết nối các khu công nghiệp phía tây tỉnh.",
        "Kỳ họp cũng thông qua nghị quyết hỗ trợ học phí cho học sinh trung học cơ sở ở các xã đặc "
        "biệt khó khăn, với tổng kinh phí dự kiến hơn bốn mươi tỷ đồng mỗi năm học.",
        "Phát biểu bế mạc, Chủ tịch Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh sớm ban "
        "hành văn bản hướng dẫn để các nghị quyết đi vào cuộc sống ngay trong quý II.",
    ]),
    ("nbp-tiem-chung", "Nam Bình đẩy nhanh tiến độ tiêm chủng mở rộng cho trẻ dưới một tuổi", (
        "Sở Y tế tỉnh Nam Bình vừa chỉ đạo các trung tâm y tế huyện tổ chức tiêm bù, tiêm vét các "
        "loại vắc xin trong chương trình tiêm chủng mở rộng cho trẻ dưới một tuổi."
    ), [
        "Theo báo cáo, hai tháng đầu năm toàn tỉnh mới đạt khoảng mười tám phần trăm kế hoạch "
        "tiêm vắc xin năm trong một do nguồn vắc xin về chậm so với dự kiến.",
        "Các trạm y tế xã được yêu cầu rà soát danh sách trẻ trong độ tuổi, thông báo lịch tiêm "
        "qua loa truyền thanh và nhắn tin đến từng gia đình có con nhỏ.",
    ]),
    ("nbp-cao-toc", "Giải phóng mặt bằng tuyến cao tốc qua địa bàn tỉnh đạt 92%", (
        "Đến hết tháng 2, công tác giải phóng mặt bằng đoạn cao tốc qua địa bàn tỉnh Nam Bình đã "
        "bàn giao cho nhà thầu hơn chín mươi hai phần trăm diện tích."
    ), [
        "Phần diện tích còn lại chủ yếu thuộc các hộ có đất ở xen kẹp, đang được hai huyện Yên Thủy "
        "và Lạc Sơn hoàn thiện phương án bồi thường, tái định cư.",
        "Ban chỉ đạo yêu cầu các địa phương công khai phương án, đối thoại trực tiếp với từng hộ "
        "dân và hoàn thành bàn giao toàn bộ mặt bằng trước ngày 30/4.",
        "Nhà thầu thi công cam kết tăng ca, bổ sung thiết bị trên các mũi thi công đã nhận mặt "
        "bằng để bù lại thời gian chậm trễ.",
    ]),
    ("nbp-ocop", "Tỉnh công nhận thêm 35 sản phẩm OCOP đạt ba sao", (
        "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Nam Bình vừa công nhận ba mươi lăm sản "
        "phẩm đạt ba sao, nâng tổng số sản phẩm OCOP của tỉnh lên hơn hai trăm."
    ), [
        "Các sản phẩm được công nhận đợt này gồm gạo nếp cái hoa vàng, mật ong rừng, chè búp và "
        "một số sản phẩm thủ công mỹ nghệ từ mây tre đan.",
        "Sở Nông nghiệp và Phát triển nông thôn sẽ hỗ trợ các chủ thể xây dựng nhãn hiệu, đưa sản "
        "phẩm lên các sàn thương mại điện tử trong năm nay.",
    ]),
    ("nbp-phong-chay-rung", "Chủ động phòng cháy, chữa cháy rừng mùa khô năm 2024", (
        "Ủy ban nhân dân tỉnh Nam Bình yêu cầu các huyện có rừng tăng cường tuần tra, canh gác "
        "tại các khu vực trọng điểm dễ xảy ra cháy trong mùa khô năm 2024."
    ), [
        "Toàn tỉnh hiện có hơn mười nghìn héc ta rừng trồng thông và keo được xác định có nguy cơ "
        "cháy cao, tập trung ở các xã giáp ranh tỉnh bạn.",
        "Lực lượng kiểm lâm phối hợp với công an xã tuyên truyền đến từng hộ dân ký cam kết không "
        "đốt nương, làm rẫy trong những ngày nắng nóng kéo dài.",
    ]),
    ("nbp-doanh-nghiep", "Gặp mặt doanh nghiệp đầu xuân, tháo gỡ khó khăn cho sản xuất", (
        "Sáng 27/2, Ủy ban nhân dân tỉnh tổ chức gặp mặt gần hai trăm doanh nghiệp, hợp tác xã "
        "nhân dịp đầu xuân Giáp Thìn, lắng nghe kiến nghị về thủ tục đất đai và thuế."
    ), [
        "Nhiều doanh nghiệp phản ánh thời gian giải quyết hồ sơ giao đất, cho thuê đất còn kéo "
        "dài, ảnh hưởng đến tiến độ các dự án mở rộng nhà xưởng.",
        "Chủ tịch Ủy ban nhân dân tỉnh giao các sở, ngành trả lời bằng văn bản từng kiến nghị "
        "trong mười lăm ngày và công khai kết quả trên cổng thông tin điện tử của tỉnh.",
    ]),
    ("nbp-the-thao", "Khai mạc Đại hội Thể dục thể thao tỉnh lần thứ IX", (
        "Tối 20/2, tại sân vận động tỉnh, Ban tổ chức khai mạc Đại hội Thể dục thể thao tỉnh Nam "
        "Bình lần thứ IX với sự tham gia của hơn một nghìn năm trăm vận động viên."
    ), [
        "Đại hội tổ chức tranh tài ở mười bốn môn thi đấu, trong đó có các môn thể thao dân tộc "
        "như đẩy gậy, kéo co và bắn nỏ.",
        "Kết quả đại hội là cơ sở để tỉnh tuyển chọn vận động viên tham dự Đại hội Thể dục thể "
        "thao toàn quốc lần thứ X.",
    ]),
    ("svh-le-hoi-den", "Khai mạc Lễ hội đền Bà Chúa Kho năm 2024", (
        "Sáng 4/3, tại khu di tích đền Bà Chúa Kho, Sở Văn hóa, Thể thao và Du lịch phối hợp với "
        "Ủy ban nhân dân huyện Đông Hưng tổ chức khai mạc lễ hội truyền thống năm 2024."
    ), [
        "Lễ hội diễn ra trong ba ngày với phần lễ gồm lễ rước kiệu, lễ tế và phần hội với các "
        "trò chơi dân gian như đánh đu, chọi gà và hát quan họ trên thuyền.",
        "Ban tổ chức bố trí lực lượng giữ trật tự, niêm yết giá dịch vụ và không để xảy ra tình "
        "trạng đặt tiền giọt dầu không đúng nơi quy định.",
        "Năm nay, khu di tích đón khoảng sáu mươi nghìn lượt khách trong ngày khai hội, tăng gần "
        "một phần ba so với năm trước.",
    ]),
    ("svh-thu-vien", "Thư viện tỉnh ra mắt không gian đọc sách số cho thiếu nhi", (
        "Thư viện tỉnh Đông Sơn vừa đưa vào hoạt động không gian đọc sách số dành cho thiếu nhi "
        "với hai mươi máy tính bảng và kho sách điện tử hơn năm nghìn đầu sách."
    ), [
        "Bạn đọc nhỏ tuổi được hướng dẫn tìm sách, nghe truyện audio và tham gia các câu đố kiến "
        "thức ngay trên thiết bị trong giờ mở cửa của thư viện.",
        "Không gian mở cửa miễn phí từ thứ Ba đến Chủ nhật; các trường tiểu học có thể đăng ký "
        "đưa học sinh đến tham quan theo lớp.",
    ]),
    ("svh-giai-chay", "Hơn ba nghìn vận động viên tham gia Giải chạy vì sức khỏe cộng đồng", (
        "Sáng Chủ nhật 25/2, Giải chạy vì sức khỏe cộng đồng tỉnh Đông Sơn năm 2024 thu hút hơn "
        "ba nghìn vận động viên phong trào và học sinh tham gia."
    ), [
        "Các vận động viên tranh tài ở ba cự ly năm, mười và hai mươi mốt ki lô mét quanh hồ "
        "trung tâm thành phố và dọc bờ sông Đông.",
        "Ban tổ chức trao giải cho các vận động viên về nhất từng cự ly, đồng thời trích một phần "
        "lệ phí đăng ký ủng hộ quỹ học bổng cho học sinh nghèo.",
    ]),
    ("svh-di-tich", "Trùng tu di tích đình làng Phú Lễ sau nhiều năm xuống cấp", (
        "Sở Văn hóa, Thể thao và Du lịch vừa phê duyệt phương án tu bổ, phục hồi đình làng Phú Lễ, "
        "di tích kiến trúc nghệ thuật cấp tỉnh có niên đại hơn hai trăm năm."
    ), [
        "Hạng mục tu bổ gồm thay thế các cấu kiện gỗ mục, lợp lại mái ngói mũi hài và gia cố nền "
        "móng tòa đại đình bị lún nứt sau các đợt mưa lớn.",
        "Đơn vị thi công phải giữ nguyên các mảng chạm khắc gỗ cổ, chỉ phục hồi những chi tiết đã "
        "mất dựa trên tư liệu ảnh và lời kể của các cụ cao niên trong làng.",
    ]),
    ("svh-du-lich", "Đông Sơn đón hơn 450 nghìn lượt khách du lịch trong hai tháng đầu năm", (
        "Theo thống kê của Sở Văn hóa, Thể thao và Du lịch, hai tháng đầu năm 2024 tỉnh Đông Sơn "
        "đón hơn bốn trăm năm mươi nghìn lượt khách, doanh thu du lịch ước đạt chín trăm tỷ đồng."
    ), [
        "Lượng khách tăng mạnh vào dịp Tết Nguyên đán và mùa lễ hội đầu xuân, tập trung ở các khu "
        "di tích tâm linh và làng nghề truyền thống.",
        "Ngành du lịch sẽ phối hợp với các huyện xây dựng thêm tour trải nghiệm nông nghiệp, nghỉ "
        "tại nhà dân để kéo dài thời gian lưu trú của du khách.",
    ]),
    ("svh-tap-huan", "Tập huấn nghiệp vụ quản lý hoạt động karaoke, vũ trường", (
        "Ngày 21/2, Sở Văn hóa, Thể thao và Du lịch tổ chức lớp tập huấn nghiệp vụ quản lý nhà "
        "nước về hoạt động kinh doanh dịch vụ karaoke, vũ trường cho cán bộ văn hóa cấp huyện, xã."
    ), [
        "Học viên được phổ biến các quy định mới về điều kiện kinh doanh, phòng cháy chữa cháy và "
        "xử phạt vi phạm hành chính trong lĩnh vực văn hóa.",
        "Sau tập huấn, các huyện tổ chức kiểm tra các cơ sở đang hoạt động, kiên quyết đình chỉ "
        "những cơ sở không bảo đảm điều kiện an toàn.",
    ]),
    ("svh-nghe-thuat", "Đoàn nghệ thuật chèo tỉnh biểu diễn phục vụ vùng sâu", (
        "Trong tháng 2, Đoàn Nghệ thuật chèo tỉnh Đông Sơn tổ chức mười hai đêm biểu diễn phục vụ "
        "nhân dân các xã vùng sâu, vùng bãi ngang ven biển."
    ), [
        "Chương trình gồm các trích đoạn chèo cổ quen thuộc và tiểu phẩm mới sáng tác tuyên truyền "
        "về phòng chống ma túy, xây dựng nếp sống văn minh.",
        "Mỗi đêm diễn thu hút hàng trăm người dân tới xem, nhiều cụ cao tuổi đi bộ vài cây số để "
        "được nghe lại những làn điệu chèo truyền thống.",
    ]),
    ("tpd-dai-hoi-chi-bo", "Tân Phước hoàn thành đại hội điểm chi bộ nhiệm kỳ 2024-2027", (
        "Ban Thường vụ Huyện ủy Tân Phước vừa chỉ đạo tổ chức thành công đại hội điểm chi bộ thôn "
        "Đồng Lạc, xã Phước Hòa, rút kinh nghiệm trước khi nhân rộng toàn huyện."
    ), [
        "Đại hội đánh giá kết quả thực hiện nghị quyết nhiệm kỳ trước, trong đó thu nhập bình quân "
        "của người dân trong thôn tăng gần gấp rưỡi so với đầu nhiệm kỳ.",
        "Đại hội bầu chi ủy gồm ba đồng chí và đề ra mục tiêu phát triển mô hình trồng rau an toàn, "
        "giữ vững danh hiệu thôn văn hóa.",
        "Các chi bộ còn lại hoàn thành đại hội trước ngày 31/3 theo đúng kế hoạch của Huyện ủy.",
    ]),
    ("tpd-hoc-tap-guong", "Lan tỏa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", (
        "Những năm qua, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở huyện "
        "Tân Phước đã trở thành việc làm thường xuyên của các cấp ủy, tổ chức đảng."
    ), [
        "Mỗi chi bộ đăng ký ít nhất một việc làm cụ thể hằng năm, như làm đường giao thông nông "
        "thôn, thắp sáng đường quê hay giúp đỡ hộ nghèo thoát nghèo.",
        "Huyện ủy đã khen thưởng hơn một trăm tập thể, cá nhân tiêu biểu và giới thiệu các gương "
        "điển hình trên trang thông tin điện tử của huyện.",
    ]),
    ("tpd-thu-hoach-lua", "Nông dân Tân Phước thu hoạch lúa đông xuân sớm", (
        "Những ngày này, nông dân các xã ven sông của huyện Tân Phước đang khẩn trương thu hoạch "
        "diện tích lúa đông xuân gieo sạ sớm, năng suất ước đạt hơn bảy tấn mỗi héc ta."
    ), [
        "Nhờ áp dụng giống lúa chất lượng cao và quy trình giảm phân bón hóa học, lợi nhuận mỗi héc "
        "ta tăng khoảng năm triệu đồng so với vụ trước.",
        "Các hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp, giá lúa tươi tại ruộng ổn định ở "
        "mức bảy nghìn đồng mỗi ki lô gam.",
    ]),
    ("tpd-ban-dan-van", "Ban Dân vận Huyện ủy đối thoại với đoàn viên thanh niên", (
        "Chiều 28/2, Ban Dân vận Huyện ủy Tân Phước phối hợp với Huyện đoàn tổ chức hội nghị đối "
        "thoại giữa lãnh đạo huyện với hơn một trăm đoàn viên thanh niên."
    ), [
        "Các đoàn viên nêu nhiều kiến nghị về vốn vay khởi nghiệp, đào tạo nghề và việc làm sau khi "
        "hoàn thành nghĩa vụ quân sự.",
        "Lãnh đạo huyện giải đáp trực tiếp các kiến nghị và giao Phòng Lao động - Thương binh và Xã "
        "hội phối hợp ngân hàng chính sách mở thêm các lớp hướng dẫn làm hồ sơ vay vốn.",
    ]),
    ("tpd-nuoc-sach", "Hơn 1.200 hộ dân vùng cồn được dùng nước sạch", (
        "Công trình cấp nước sạch cho các xã vùng cồn của huyện Tân Phước vừa được đưa vào sử dụng, "
        "đáp ứng nhu cầu của hơn một nghìn hai trăm hộ dân."
    ), [
        "Công trình có công suất hai nghìn mét khối mỗi ngày đêm, lấy nước từ sông Tiền qua hệ "
        "thống xử lý lắng lọc hiện đại.",
        "Trước đây, người dân vùng cồn phải dùng nước sông lắng phèn hoặc mua nước bình với giá cao "
        "vào mùa khô hạn mặn.",
    ]),
    ("tpd-an-ninh", "Bảo đảm an ninh trật tự mùa lễ hội đầu năm", (
        "Công an huyện Tân Phước đã xây dựng kế hoạch, bố trí lực lượng bảo đảm an ninh trật tự tại "
        "các điểm lễ hội, di tích trên địa bàn trong mùa lễ hội đầu năm."
    ), [
        "Lực lượng chức năng tăng cường tuần tra, kiểm soát giao thông, xử lý nghiêm các trường hợp "
        "sử dụng rượu bia khi điều khiển phương tiện.",
        "Nhờ chủ động triển khai, mùa lễ hội năm nay trên địa bàn huyện không xảy ra vụ việc phức "
        "tạp về an ninh trật tự.",
    ]),
    ("tpd-van-nghe", "Hội thi văn nghệ quần chúng mừng Đảng, mừng Xuân", (
        "Tối 2/3, tại Nhà văn hóa huyện, Ban Tuyên giáo Huyện ủy tổ chức hội thi văn nghệ quần "
        "chúng mừng Đảng, mừng Xuân với mười bốn đội đến từ các xã, thị trấn."
    ), [
        "Các tiết mục ca ngợi Đảng, Bác Hồ và quê hương Tân Phước đổi mới được dàn dựng công phu, "
        "mang đậm bản sắc văn hóa vùng sông nước.",
        "Ban tổ chức trao giải nhất cho đội xã Phước Hòa, giải nhì cho đội thị trấn Tân Phước và "
        "hai giải ba cho các đội xã Mỹ Lợi, Tân Hội.",
    ]),
    ("nkv-thi-hoc-sinh-gioi", "Huyện Hòa Sơn có 42 học sinh đạt giải kỳ thi học sinh giỏi cấp tỉnh", (
        "Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2023-2024 vừa công bố kết quả, huyện Hòa Sơn "
        "có bốn mươi hai học sinh đạt giải, tăng mười giải so với năm học trước."
    ), [
        "Trong số các giải, có ba giải nhất ở các môn Toán, Ngữ văn và Tiếng Anh, tập trung ở Trường Trung "
        "học cơ sở thị trấn Hòa Sơn và Trường Trung học cơ sở Tân Lập.",
        "Phòng Giáo dục và Đào tạo sẽ tổ chức tuyên dương, khen thưởng các học sinh đạt giải và giáo viên "
        "bồi dưỡng vào dịp tổng kết năm học.",
    ]),
    ("nkv-tuyen-sinh-lop-1", "Kế hoạch tuyển sinh vào lớp 1 và lớp 6 năm học 2024-2025", (
        "Phòng Giáo dục và Đào tạo huyện Hòa Sơn ban hành kế hoạch tuyển sinh vào lớp 1 và lớp 6 năm học "
        "2024-2025, theo phương thức xét tuyển đúng tuyến theo địa bàn cư trú."
    ), [
        "Thời gian nhận hồ sơ tuyển sinh trực tuyến từ ngày 1/7 đến hết ngày 10/7; cha mẹ học sinh có thể "
        "nộp hồ sơ trực tiếp tại trường nếu không đăng ký được trên hệ thống.",
        "Các trường phải công khai chỉ tiêu, địa bàn tuyển sinh và không được thu bất kỳ khoản tiền nào "
        "ngoài quy định trong thời gian tuyển sinh.",
    ]),
    ("nkv-chuyen-doi-so-truong-hoc", "Đẩy mạnh chuyển đổi số trong các trường học", (
        "Năm học này, toàn bộ các trường học trên địa bàn huyện Hòa Sơn đã sử dụng sổ điểm điện tử và học "
        "bạ số, giảm đáng kể thời gian làm sổ sách cho giáo viên."
    ), [
        "Phụ huynh có thể theo dõi kết quả học tập, lịch học và thông báo của nhà trường qua ứng dụng trên "
        "điện thoại di động thay vì sổ liên lạc giấy như trước.",
        "Phòng Giáo dục và Đào tạo cũng tổ chức tập huấn cho hơn năm trăm giáo viên về thiết kế bài giảng "
        "điện tử và khai thác kho học liệu số dùng chung.",
    ]),
    ("nkv-hoi-thi-giao-vien", "Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học", (
        "Từ ngày 26 đến 29/2, Phòng Giáo dục và Đào tạo huyện Hòa Sơn tổ chức hội thi giáo viên dạy giỏi "
        "cấp huyện bậc tiểu học với sự tham gia của tám mươi giáo viên."
    ), [
        "Mỗi giáo viên trình bày một biện pháp nâng cao chất lượng giảng dạy và thực hành hai tiết dạy "
        "trên lớp do ban giám khảo bốc thăm ngẫu nhiên.",
        "Kết quả có năm mươi hai giáo viên được công nhận giáo viên dạy giỏi cấp huyện, trong đó nhiều "
        "giáo viên đến từ các trường vùng khó khăn.",
    ]),
    ("nkv-an-toan-thuc-pham", "Kiểm tra an toàn thực phẩm tại bếp ăn bán trú", (
        "Đoàn kiểm tra liên ngành của huyện Hòa Sơn vừa kiểm tra công tác bảo đảm an toàn thực phẩm tại "
        "bếp ăn bán trú của mười hai trường mầm non và tiểu học."
    ), [
        "Qua kiểm tra, các bếp ăn cơ bản bảo đảm điều kiện vệ sinh, có hợp đồng cung cấp thực phẩm với "
        "cơ sở có nguồn gốc rõ ràng và lưu mẫu thức ăn đúng quy định.",
        "Đoàn đề nghị hai trường khắc phục ngay việc để thực phẩm sống và chín chung một tủ lạnh, bổ sung "
        "sổ kiểm thực ba bước.",
    ]),
    ("nkv-nghi-tet", "Thông báo lịch nghỉ giữa học kỳ II", (
        "Phòng Giáo dục và Đào tạo huyện Hòa Sơn thông báo lịch nghỉ giữa học kỳ II năm học 2023-2024 đối "
        "với các trường mầm non, tiểu học và trung học cơ sở trên địa bàn."
    ), [
        "Học sinh được nghỉ học từ ngày 25/3 đến hết ngày 27/3 và đi học trở lại từ ngày 28/3; các trường "
        "bố trí dạy bù để bảo đảm chương trình.",
    ]),
]
