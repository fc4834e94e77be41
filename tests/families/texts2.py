"""Article texts of the development families added for issue 10 (Vietnamese, NFC).

Each entry is (key, title, lead, paragraphs); ``tests.families.texts`` appends them to
``TEXTS`` and maps each key to its index (``KEY``), so a family writes ``Art(KEY["..."], ...)``.
Every text belongs to one family (the key's prefix names it): none is shared with the
five original families or between the new ones. Names of people, places and figures are
invented; the provinces (Bình Lâm, Tây Giang, Sơn Cao, Bắc Hà) and Quận 13 do not exist.
"""

from __future__ import annotations

TEXTS2: list[tuple[str, str, str, list[str]]] = [
    # --- fx-liferay6: Ủy ban nhân dân Quận 13 (TP Hồ Chí Minh) ---------------------------
    (
        "q13-via-he",
        "Quận 13 ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến đường trọng điểm",
        "Sáng 11/3, Ủy ban nhân dân Quận 13 tổ chức lễ ra quân đợt cao điểm lập lại trật tự lòng "
        "đường, vỉa hè và mỹ quan đô thị trên mười hai tuyến đường trọng điểm của quận.",
        [
            "Tham gia đợt ra quân có lực lượng công an, quản lý trật tự đô thị, thanh niên tình "
            "nguyện và cán bộ của mười bốn phường. Các tổ công tác đã tuyên truyền, vận động hộ "
            "kinh doanh tự tháo dỡ mái che, bảng hiệu lấn chiếm, đồng thời ghi nhận các trường hợp "
            "tái phạm nhiều lần.",
            "Theo Phòng Quản lý đô thị quận, từ đầu năm đến nay đã có hơn 1.200 trường hợp vi phạm "
            "được nhắc nhở, 86 trường hợp bị xử phạt vi phạm hành chính với tổng số tiền gần 350 "
            "triệu đồng.",
            "Phát biểu tại buổi lễ, Phó Chủ tịch Ủy ban nhân dân quận Trần Minh Khoa yêu cầu các "
            "phường không ra quân theo phong trào mà phải duy trì thường xuyên, gắn trách nhiệm "
            "của người đứng đầu với kết quả giữ gìn trật tự trên địa bàn.",
            "Quận cũng thí điểm cho thuê tạm thời một phần vỉa hè có chiều rộng từ ba mét trở lên "
            "tại bốn tuyến đường, bảo đảm lối đi tối thiểu một mét rưỡi cho người đi bộ.",
        ],
    ),
    (
        "q13-nao-vet-kenh",
        "Khởi động nạo vét rạch Bến Đình, giảm ngập cho ba phường",
        "Ủy ban nhân dân Quận 13 vừa phối hợp với Trung tâm Quản lý hạ tầng kỹ thuật khởi động "
        "gói thầu nạo vét rạch Bến Đình dài 2,4 km, nhằm giảm ngập cho các phường Tân Thới, Bình "
        "Hưng và An Lạc Đông trước mùa mưa năm 2024.",
        [
            "Theo thiết kế, khối lượng bùn đất cần nạo vét khoảng 18.000 mét khối, độ sâu đáy rạch "
            "sau khi nạo vét đạt từ 2,5 đến 3 mét. Toàn bộ bùn được vận chuyển bằng xà lan về bãi "
            "tập kết theo quy định, không đổ thải xuống lòng rạch.",
            "Nhiều năm qua, rạch Bến Đình bị bồi lắng, lấn chiếm và ô nhiễm nặng do rác thải sinh "
            "hoạt. Mỗi khi triều cường kết hợp mưa lớn, nước thoát chậm gây ngập sâu trên các "
            "tuyến hẻm dọc hai bên bờ.",
            "Chủ đầu tư yêu cầu đơn vị thi công bố trí rào chắn, biển báo và người hướng dẫn tại "
            "các điểm giao cắt với đường dân sinh, đồng thời hoàn thành nạo vét trước ngày 30 "
            "tháng 5.",
            "Người dân sinh sống ven rạch được đề nghị không xả rác xuống kênh, phối hợp với tổ dân "
            "phố phát hiện và phản ánh kịp thời các hành vi lấn chiếm, đổ trộm phế thải xây dựng.",
        ],
    ),
    (
        "q13-kham-nguoi-cao-tuoi",
        "Khám sức khỏe miễn phí cho hơn 800 người cao tuổi",
        "Trung tâm Y tế Quận 13 phối hợp với Hội Người cao tuổi quận tổ chức khám sức khỏe, tư vấn "
        "dinh dưỡng và cấp thuốc miễn phí cho hơn 800 người cao tuổi có hoàn cảnh khó khăn.",
        [
            "Các bác sĩ đã đo huyết áp, xét nghiệm đường huyết, đo điện tim và siêu âm bụng cho "
            "người dân. Những trường hợp phát hiện bệnh lý được hướng dẫn chuyển lên tuyến trên để "
            "điều trị kịp thời.",
            "Bà Nguyễn Thị Sáu, 78 tuổi, ngụ phường Tân Thới cho biết, đây là lần đầu bà được đo "
            "điện tim, nhờ vậy biết mình bị rối loạn nhịp tim để đi khám chuyên khoa.",
            "Dịp này, Hội Người cao tuổi quận trao 200 phần quà, mỗi phần trị giá 500.000 đồng, cho "
            "các cụ neo đơn và gia đình thuộc diện hộ nghèo, cận nghèo.",
        ],
    ),
    (
        "q13-cho-khong-tien-mat",
        "Chợ truyền thống đầu tiên của quận thanh toán không dùng tiền mặt",
        "Chợ Bình Hưng trở thành chợ truyền thống đầu tiên của Quận 13 mà toàn bộ tiểu thương đều "
        "niêm yết mã QR để người mua chuyển khoản khi thanh toán.",
        [
            "Sau hai tháng triển khai, 146 trên 146 sạp hàng đã mở tài khoản thanh toán, trong đó "
            "nhiều tiểu thương lớn tuổi được đoàn viên thanh niên hướng dẫn tận nơi cách kiểm tra "
            "tiền về tài khoản trên điện thoại.",
            "Chị Lê Thị Hồng, tiểu thương bán rau củ, cho biết khách quen nay chỉ cần quét mã là "
            "xong, không còn cảnh thối tiền lẻ vào giờ đông khách, cuối ngày đối chiếu sổ sách cũng "
            "nhanh hơn.",
            "Ban Quản lý chợ cho biết sẽ tiếp tục phối hợp với các ngân hàng thu tiền thuê sạp, "
            "tiền điện, nước qua tài khoản, tiến tới không thu tiền mặt tại chợ từ quý III năm nay.",
            "Quận đặt mục tiêu đến cuối năm 2024 có thêm bốn chợ truyền thống và 80% cửa hàng tiện "
            "lợi trên địa bàn áp dụng thanh toán không dùng tiền mặt.",
        ],
    ),
    (
        "q13-ngay-hoi-viec-lam",
        "Ngày hội việc làm thu hút hơn 40 doanh nghiệp tham gia",
        "Ngày hội việc làm Quận 13 năm 2024 đã giới thiệu hơn 3.500 vị trí việc làm của 42 doanh "
        "nghiệp trong các lĩnh vực dệt may, điện tử, logistics và dịch vụ.",
        [
            "Nhiều doanh nghiệp phỏng vấn và nhận hồ sơ trực tiếp tại gian hàng, với mức lương khởi "
            "điểm từ 6 đến 15 triệu đồng mỗi tháng tùy vị trí, kèm theo chế độ bảo hiểm và xe đưa "
            "đón công nhân.",
            "Bên cạnh tuyển dụng, ban tổ chức còn bố trí khu vực tư vấn hướng nghiệp, học nghề và "
            "xuất khẩu lao động cho thanh niên, bộ đội xuất ngũ và người lao động bị mất việc.",
            "Kết thúc ngày hội, gần 1.100 lượt người được phỏng vấn, trong đó 412 người nhận được "
            "lời mời làm việc ngay tại chỗ.",
        ],
    ),
    (
        "q13-doi-thoai-doanh-nghiep",
        "Đối thoại với doanh nghiệp về thủ tục đất đai và xây dựng",
        "Chiều 14/3, lãnh đạo Ủy ban nhân dân Quận 13 đã đối thoại với hơn 60 doanh nghiệp để tháo "
        "gỡ vướng mắc trong thủ tục đất đai, cấp phép xây dựng và phòng cháy, chữa cháy.",
        [
            "Các doanh nghiệp phản ánh thời gian thẩm định hồ sơ cấp phép xây dựng nhà xưởng còn "
            "kéo dài, một số hồ sơ phải bổ sung nhiều lần do yêu cầu chưa được hướng dẫn đầy đủ "
            "ngay từ đầu.",
            "Trả lời các kiến nghị, Trưởng phòng Quản lý đô thị quận cho biết từ tháng 4 toàn bộ hồ "
            "sơ cấp phép xây dựng sẽ được tiếp nhận trực tuyến, mỗi hồ sơ chỉ được yêu cầu bổ sung "
            "một lần bằng văn bản nêu rõ lý do.",
            "Đối với các vướng mắc liên quan đến quy hoạch, quận sẽ tổng hợp gửi Sở Quy hoạch - "
            "Kiến trúc thành phố trong tháng này và thông tin kết quả cho từng doanh nghiệp.",
            "Chủ tịch Ủy ban nhân dân quận đề nghị các phòng, ban công khai số điện thoại đường dây "
            "nóng, tiếp nhận phản ánh của doanh nghiệp và trả lời trong vòng năm ngày làm việc.",
        ],
    ),
    # --- fx-dnn: Sở Kế hoạch và Đầu tư tỉnh Bình Lâm -----------------------------------------
    (
        "kh-cap-gcn-dau-tu",
        "Trao Giấy chứng nhận đăng ký đầu tư dự án nhà máy chế biến gỗ xuất khẩu",
        "Ngày 4/3/2024, Sở Kế hoạch và Đầu tư tỉnh Bình Lâm trao Giấy chứng nhận đăng ký đầu tư "
        "cho dự án nhà máy chế biến gỗ xuất khẩu với tổng vốn đăng ký 620 tỷ đồng tại Khu công "
        "nghiệp Nam Bình Lâm.",
        [
            "Dự án do Công ty cổ phần Lâm sản Hưng Phát làm chủ đầu tư, có diện tích 12 héc ta, "
            "công suất thiết kế 80.000 mét khối sản phẩm mỗi năm, chủ yếu là đồ gỗ nội thất xuất "
            "khẩu sang thị trường châu Âu và Nhật Bản.",
            "Khi đi vào hoạt động, nhà máy dự kiến tạo việc làm cho khoảng 1.500 lao động địa "
            "phương, đóng góp cho ngân sách tỉnh hơn 40 tỷ đồng mỗi năm.",
            "Giám đốc Sở đề nghị nhà đầu tư khẩn trương hoàn thiện các thủ tục về môi trường, phòng "
            "cháy chữa cháy và xây dựng, bảo đảm khởi công trong quý II năm 2024 theo đúng tiến độ "
            "đã cam kết.",
        ],
    ),
    (
        "kh-dang-ky-doanh-nghiep",
        "Hai tháng đầu năm, toàn tỉnh có 186 doanh nghiệp thành lập mới",
        "Theo số liệu của Phòng Đăng ký kinh doanh, trong hai tháng đầu năm 2024 toàn tỉnh có 186 "
        "doanh nghiệp đăng ký thành lập mới với tổng vốn đăng ký hơn 1.900 tỷ đồng, tăng 12% về số "
        "lượng so với cùng kỳ.",
        [
            "Các doanh nghiệp mới tập trung chủ yếu trong lĩnh vực thương mại, dịch vụ, xây dựng và "
            "chế biến nông sản. Bình quân mỗi doanh nghiệp đăng ký 10,2 tỷ đồng vốn điều lệ.",
            "Cùng kỳ, có 58 doanh nghiệp quay trở lại hoạt động, 97 doanh nghiệp tạm ngừng kinh "
            "doanh có thời hạn và 21 doanh nghiệp hoàn tất thủ tục giải thể.",
            "Tỷ lệ hồ sơ đăng ký doanh nghiệp qua mạng điện tử đạt 98,6%. Thời gian giải quyết hồ "
            "sơ trung bình là hai ngày làm việc, sớm hơn một ngày so với quy định.",
            "Sở Kế hoạch và Đầu tư khuyến nghị doanh nghiệp sử dụng tài khoản định danh điện tử mức "
            "độ 2 khi nộp hồ sơ trực tuyến để rút ngắn thời gian xác thực.",
        ],
    ),
    (
        "kh-xuc-tien-dau-tu",
        "Hội nghị xúc tiến đầu tư vào lĩnh vực nông nghiệp công nghệ cao",
        "Ủy ban nhân dân tỉnh Bình Lâm tổ chức hội nghị xúc tiến đầu tư vào lĩnh vực nông nghiệp "
        "công nghệ cao, giới thiệu 15 dự án kêu gọi đầu tư với tổng diện tích hơn 2.000 héc ta.",
        [
            "Các dự án tập trung vào trồng cây ăn quả, dược liệu dưới tán rừng, chăn nuôi bò sữa và "
            "chế biến sâu nông sản, chủ yếu tại các huyện phía tây của tỉnh, nơi có quỹ đất lớn và "
            "nguồn nước ổn định.",
            "Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư cho ba dự án và ký biên bản ghi "
            "nhớ với năm nhà đầu tư trong và ngoài nước, tổng vốn đăng ký dự kiến khoảng 3.200 tỷ "
            "đồng.",
            "Đại diện các doanh nghiệp kiến nghị tỉnh sớm hoàn thiện hạ tầng giao thông, điện ba "
            "pha đến vùng nguyên liệu và có cơ chế hỗ trợ liên kết với hợp tác xã trong sản xuất, "
            "tiêu thụ sản phẩm.",
            "Phát biểu kết luận, Chủ tịch Ủy ban nhân dân tỉnh cam kết đồng hành cùng nhà đầu tư, "
            "giao Sở Kế hoạch và Đầu tư làm đầu mối theo dõi, giải quyết vướng mắc của từng dự án.",
        ],
    ),
    (
        "kh-giai-ngan-von",
        "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024",
        "Tính đến cuối tháng 2, toàn tỉnh mới giải ngân được 7,8% kế hoạch vốn đầu tư công năm "
        "2024, thấp hơn mức bình quân chung của cả nước.",
        [
            "Nguyên nhân chủ yếu là công tác bồi thường, giải phóng mặt bằng ở một số dự án giao "
            "thông còn chậm, giá vật liệu xây dựng biến động và một số chủ đầu tư chưa quyết liệt "
            "trong chỉ đạo.",
            "Để hoàn thành mục tiêu giải ngân trên 95% kế hoạch, Sở Kế hoạch và Đầu tư đề xuất Ủy "
            "ban nhân dân tỉnh điều chuyển vốn từ các dự án chậm tiến độ sang các dự án có khối "
            "lượng hoàn thành nhưng còn thiếu vốn.",
            "Sở cũng kiến nghị thành lập các tổ công tác do lãnh đạo tỉnh làm tổ trưởng, kiểm tra "
            "thực địa và tháo gỡ khó khăn cho từng dự án trọng điểm ngay trong quý II.",
        ],
    ),
    (
        "kh-tap-huan-dau-thau",
        "Tập huấn đấu thầu qua Hệ thống mạng đấu thầu quốc gia",
        "Sở Kế hoạch và Đầu tư vừa tổ chức lớp tập huấn về lựa chọn nhà thầu qua Hệ thống mạng "
        "đấu thầu quốc gia cho hơn 150 cán bộ làm công tác đấu thầu của các sở, ngành và huyện.",
        [
            "Các học viên được giới thiệu những điểm mới của Luật Đấu thầu năm 2023 và Nghị định "
            "hướng dẫn, trong đó có quy định về mua sắm tập trung, chào hàng cạnh tranh rút gọn và "
            "đánh giá hồ sơ dự thầu qua mạng.",
            "Giảng viên trực tiếp hướng dẫn thao tác đăng tải kế hoạch lựa chọn nhà thầu, phát hành "
            "hồ sơ mời thầu và công khai kết quả trên hệ thống, đồng thời giải đáp các tình huống "
            "thường gặp.",
            "Năm 2023, tỷ lệ gói thầu thực hiện qua mạng của tỉnh đạt 92%, tiết kiệm cho ngân sách "
            "gần 86 tỷ đồng.",
        ],
    ),
    # --- fx-drupal: Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Giang ------------------------
    (
        "tg-le-hoi-nghinh-ong",
        "Lễ hội Nghinh Ông năm 2024 thu hút hàng chục nghìn lượt du khách",
        "Lễ hội Nghinh Ông ở thị trấn Vàm Đình, huyện Cửa Tiền diễn ra trong ba ngày, từ 8 đến "
        "10/3, thu hút hàng chục nghìn lượt người dân và du khách đến tham dự.",
        [
            "Phần lễ gồm các nghi thức truyền thống như rước sắc thần, nghinh Ông trên biển với hơn "
            "200 tàu cá trang trí cờ hoa, tế lễ cầu cho quốc thái dân an, mưa thuận gió hòa và ngư "
            "dân ra khơi bám biển an toàn.",
            "Phần hội có nhiều hoạt động văn hóa, thể thao như thi đua ghe, kéo co, hát bội, hội chợ "
            "ẩm thực với các món đặc sản từ hải sản của địa phương.",
            "Năm nay, Lễ hội Nghinh Ông Vàm Đình lần đầu được tổ chức theo hướng gắn với phát triển "
            "du lịch biển, có trưng bày ảnh nghề biển xưa và không gian trải nghiệm cho du khách.",
            "Ban tổ chức đã bố trí lực lượng bảo đảm an ninh trật tự, an toàn giao thông đường thủy "
            "và vệ sinh môi trường trong suốt thời gian diễn ra lễ hội.",
        ],
    ),
    (
        "tg-viet-da",
        "Hơn 1.500 vận động viên tham gia Giải Việt dã truyền thống",
        "Sáng Chủ nhật, Giải Việt dã truyền thống tỉnh Tây Giang lần thứ 25 đã diễn ra tại thành "
        "phố Tây Giang với sự tham gia của hơn 1.500 vận động viên đến từ các huyện, thành phố và "
        "lực lượng vũ trang.",
        [
            "Các vận động viên thi đấu ở các cự ly 3 km, 5 km và 10 km, chia theo các lứa tuổi học "
            "sinh, thanh niên và trung niên. Đường chạy đi qua các tuyến phố ven sông, công viên và "
            "khu đô thị mới.",
            "Kết quả, đoàn huyện Cửa Tiền giành giải nhất toàn đoàn, đoàn thành phố Tây Giang giành "
            "giải nhì, đoàn Công an tỉnh giành giải ba.",
            "Giải đấu là dịp để tuyển chọn vận động viên có thành tích cao vào đội tuyển điền kinh "
            "của tỉnh tham dự Giải Việt dã toàn quốc.",
        ],
    ),
    (
        "tg-bao-tang-trung-bay",
        "Bảo tàng tỉnh trưng bày chuyên đề gốm cổ vùng sông nước",
        "Bảo tàng tỉnh Tây Giang khai mạc trưng bày chuyên đề “Gốm cổ vùng sông nước”, giới thiệu "
        "gần 300 hiện vật gốm có niên đại từ thế kỷ XVII đến đầu thế kỷ XX.",
        [
            "Các hiện vật được sưu tầm từ các đợt khảo sát dưới lòng sông và hiến tặng của người "
            "dân, gồm chum, vò, bát, đĩa, tượng thờ và các loại lò nung thủ công.",
            "Điểm nhấn của trưng bày là bộ sưu tập gốm Lái Thiêu và gốm Cây Mai, phản ánh sự giao "
            "thương sôi động của các thương cảng ven sông Tiền trong quá khứ.",
            "Trưng bày kéo dài đến hết tháng 6, mở cửa miễn phí cho khách tham quan từ thứ Ba đến "
            "Chủ nhật hằng tuần.",
            "Nhân dịp này, Bảo tàng tổ chức các buổi nói chuyện chuyên đề và chương trình giáo dục "
            "trải nghiệm làm gốm cho học sinh các trường trên địa bàn.",
        ],
    ),
    (
        "tg-don-ca-tai-tu",
        "Liên hoan Đờn ca tài tử tỉnh Tây Giang mở rộng năm 2024",
        "Liên hoan Đờn ca tài tử tỉnh Tây Giang mở rộng năm 2024 quy tụ 24 câu lạc bộ với gần 200 "
        "nghệ nhân, diễn viên không chuyên đến từ trong và ngoài tỉnh.",
        [
            "Các đơn vị tham gia biểu diễn ở hai thể loại là đờn ca tài tử trên sân khấu và ca ra "
            "bộ, với những bài bản quen thuộc như Dạ cổ hoài lang, Lưu thủy trường, Tứ đại oán.",
            "Liên hoan là dịp để các nghệ nhân giao lưu, học hỏi kinh nghiệm, góp phần bảo tồn và "
            "phát huy giá trị nghệ thuật Đờn ca tài tử Nam Bộ, di sản văn hóa phi vật thể đại diện "
            "của nhân loại.",
            "Kết quả, ban tổ chức trao 4 giải A, 6 giải B và 8 giải C cho các tiết mục xuất sắc; câu "
            "lạc bộ huyện Cửa Tiền đoạt giải toàn đoàn.",
            "Trong năm nay, Sở Văn hóa, Thể thao và Du lịch sẽ mở thêm các lớp truyền dạy đờn ca tài "
            "tử cho thanh thiếu niên tại các nhà văn hóa ấp.",
        ],
    ),
    (
        "tg-khach-du-lich-tet",
        "Dịp Tết Nguyên đán, tỉnh đón hơn 210.000 lượt khách du lịch",
        "Trong kỳ nghỉ Tết Nguyên đán Giáp Thìn, các khu, điểm du lịch trên địa bàn tỉnh Tây Giang "
        "đón hơn 210.000 lượt khách, tăng 18% so với cùng kỳ năm trước.",
        [
            "Tổng doanh thu từ hoạt động du lịch ước đạt 265 tỷ đồng. Các điểm thu hút đông khách là "
            "cồn Tiên, chợ nổi Vàm Đình và các vườn trái cây ven sông.",
            "Các cơ sở lưu trú có công suất phòng bình quân đạt 75%, riêng các homestay ở huyện Cửa "
            "Tiền kín phòng từ mùng 2 đến mùng 5 Tết.",
            "Trong dịp Tết không xảy ra tình trạng chèo kéo, nâng giá dịch vụ; các đoàn kiểm tra "
            "liên ngành đã kịp thời nhắc nhở một số cơ sở chưa niêm yết giá theo quy định.",
        ],
    ),
    (
        "tg-tap-huan-thu-vien",
        "Tập huấn nghiệp vụ thư viện cho cán bộ văn hóa cơ sở",
        "Thư viện tỉnh Tây Giang tổ chức lớp tập huấn nghiệp vụ thư viện năm 2024 cho 80 cán bộ "
        "phụ trách thư viện, tủ sách tại các xã, phường, thị trấn và trường học.",
        [
            "Học viên được hướng dẫn cách phân loại, mô tả tài liệu, xây dựng và bảo quản vốn tài "
            "liệu, tổ chức luân chuyển sách xuống ấp và ứng dụng phần mềm quản lý thư viện.",
            "Lớp tập huấn cũng dành một buổi để giới thiệu mô hình thư viện số, giúp người dân ở "
            "vùng sâu, vùng xa tra cứu và đọc tài liệu trên điện thoại thông minh.",
            "Dịp này, Thư viện tỉnh trao tặng 3.000 bản sách cho các thư viện xã khó khăn, chủ yếu "
            "là sách kỹ thuật nông nghiệp, pháp luật và sách thiếu nhi.",
        ],
    ),
    # --- fx-wp-updated: Ủy ban nhân dân xã Tân Lập ---------------------------------------
    (
        "tl-lam-duong",
        "Xã Tân Lập ra quân làm đường giao thông nông thôn năm 2024",
        "Sáng ngày 2/3/2024, Ủy ban nhân dân xã Tân Lập tổ chức ra quân làm đường giao thông nông "
        "thôn tại thôn Đồng Sậy và thôn Bãi Soi với tổng chiều dài hơn 1,8 km.",
        [
            "Các tuyến đường được đổ bê tông rộng 3 mét, dày 18 cm theo phương châm Nhà nước hỗ trợ "
            "xi măng, nhân dân đóng góp ngày công, cát, sỏi và hiến đất làm đường.",
            "Đến dự lễ ra quân có đồng chí Bí thư Đảng ủy xã, lãnh đạo Ủy ban nhân dân xã cùng đông "
            "đảo đoàn viên thanh niên, hội viên các đoàn thể và nhân dân hai thôn.",
            "Được biết, năm 2024 xã phấn đấu cứng hóa thêm 5 km đường trục thôn, liên thôn, góp phần "
            "giữ vững tiêu chí giao thông trong xây dựng nông thôn mới nâng cao.",
        ],
    ),
    (
        "tl-tiem-chung",
        "Tiêm vắc xin phòng bệnh cho trẻ em trong độ tuổi tiêm chủng mở rộng",
        "Trạm Y tế xã Tân Lập thông báo lịch tiêm chủng mở rộng tháng 3 năm 2024 và đề nghị các "
        "gia đình đưa trẻ đến tiêm đầy đủ, đúng lịch.",
        [
            "Đối tượng là trẻ dưới một tuổi tiêm vắc xin phòng lao, viêm gan B, bạch hầu, ho gà, uốn "
            "ván, bại liệt và viêm phổi do Hib; trẻ từ 18 tháng tuổi tiêm nhắc vắc xin sởi - "
            "rubella.",
            "Khi đi tiêm, phụ huynh mang theo sổ tiêm chủng hoặc giấy tờ có mã định danh của trẻ, "
            "cho trẻ ăn no và theo dõi tại trạm ít nhất 30 phút sau tiêm.",
            "Mọi thắc mắc xin liên hệ Trạm Y tế xã qua số điện thoại 0271 3811 235 trong giờ hành "
            "chính.",
        ],
    ),
    (
        "tl-tiep-xuc-cu-tri",
        "Đại biểu Hội đồng nhân dân huyện tiếp xúc cử tri xã Tân Lập",
        "Tổ đại biểu Hội đồng nhân dân huyện Yên Hòa ứng cử tại xã Tân Lập đã có buổi tiếp xúc cử "
        "tri trước kỳ họp thường lệ giữa năm 2024.",
        [
            "Tại buổi tiếp xúc, đại biểu đã thông báo với cử tri dự kiến nội dung kỳ họp và kết quả "
            "giải quyết các kiến nghị của cử tri tại kỳ tiếp xúc trước.",
            "Cử tri xã Tân Lập kiến nghị sớm sửa chữa tuyến kênh mương nội đồng thôn Gò Mít bị sạt "
            "lở, lắp đặt thêm đèn chiếu sáng trên đường liên xã và tăng cường kiểm tra các cơ sở thu "
            "mua nông sản gây ô nhiễm.",
            "Thay mặt tổ đại biểu, bà Phạm Thị Thu Hà tiếp thu các ý kiến, đồng thời giải trình một "
            "số nội dung thuộc thẩm quyền; các kiến nghị khác sẽ được tổng hợp gửi cơ quan có thẩm "
            "quyền xem xét, trả lời.",
            "Cũng tại buổi tiếp xúc, lãnh đạo Ủy ban nhân dân xã đã trả lời trực tiếp những ý kiến "
            "liên quan đến cấp giấy chứng nhận quyền sử dụng đất và chi trả chế độ chính sách.",
        ],
    ),
    (
        "tl-nha-dai-doan-ket",
        "Bàn giao nhà Đại đoàn kết cho hộ nghèo thôn Bãi Soi",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập vừa tổ chức bàn giao nhà Đại đoàn kết cho gia "
        "đình ông Hoàng Văn Páo, hộ nghèo ở thôn Bãi Soi.",
        [
            "Ngôi nhà có diện tích 60 mét vuông, tổng kinh phí xây dựng 110 triệu đồng, trong đó Quỹ "
            "Vì người nghèo huyện hỗ trợ 60 triệu đồng, phần còn lại do gia đình, dòng họ và bà con "
            "hàng xóm góp công, góp vật liệu.",
            "Xúc động nhận chìa khóa nhà mới, ông Páo cảm ơn sự quan tâm của cấp ủy, chính quyền và "
            "các nhà hảo tâm, hứa sẽ chăm chỉ lao động sản xuất để sớm thoát nghèo.",
            "Từ đầu nhiệm kỳ đến nay, xã đã vận động xây mới và sửa chữa 17 căn nhà Đại đoàn kết cho "
            "hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn.",
        ],
    ),
    (
        "tl-lo-mom-long-mong",
        "Chủ động phòng, chống bệnh lở mồm long móng trên đàn gia súc",
        "Trước nguy cơ bệnh lở mồm long móng lây lan từ các địa phương lân cận, Ủy ban nhân dân xã "
        "Tân Lập đề nghị các thôn và người chăn nuôi chủ động triển khai các biện pháp phòng bệnh.",
        [
            "Các hộ chăn nuôi cần thường xuyên vệ sinh, tiêu độc khử trùng chuồng trại bằng vôi bột "
            "hoặc hóa chất được cấp, không mua bán, vận chuyển gia súc không rõ nguồn gốc.",
            "Khi phát hiện trâu, bò, lợn có biểu hiện sốt, chảy nước dãi, loét ở miệng và chân, "
            "người dân phải cách ly ngay con vật ốm và báo cho thú y viên thôn hoặc Ủy ban nhân dân "
            "xã.",
            "Xã đã tiếp nhận 2.400 liều vắc xin lở mồm long móng để tiêm phòng đợt I năm 2024 cho "
            "đàn trâu, bò trên địa bàn, dự kiến hoàn thành trước ngày 25/3.",
            "Trường hợp cố tình che giấu dịch bệnh, vứt xác gia súc ra môi trường sẽ bị xử lý theo "
            "quy định của pháp luật.",
        ],
    ),
    (
        "tl-ky-niem-8-3",
        "Hội Liên hiệp Phụ nữ xã kỷ niệm 114 năm Ngày Quốc tế Phụ nữ",
        "Chiều 7/3, Hội Liên hiệp Phụ nữ xã Tân Lập tổ chức gặp mặt kỷ niệm 114 năm Ngày Quốc tế "
        "Phụ nữ 8/3 và 1984 năm khởi nghĩa Hai Bà Trưng.",
        [
            "Phát biểu tại buổi gặp mặt, Chủ tịch Hội Liên hiệp Phụ nữ xã ôn lại truyền thống vẻ "
            "vang của phụ nữ Việt Nam, đồng thời biểu dương những đóng góp của hội viên trong phát "
            "triển kinh tế gia đình và xây dựng nông thôn mới.",
            "Năm 2023, Hội đã giúp 12 hội viên thoát nghèo, duy trì hiệu quả 4 tổ tiết kiệm và vay "
            "vốn với dư nợ hơn 9 tỷ đồng, ra mắt mô hình Câu lạc bộ phụ nữ với pháp luật ở thôn Đồng "
            "Sậy.",
            "Nhân dịp này, Hội trao giấy khen cho 8 chi hội và 15 hội viên có thành tích xuất sắc "
            "trong các phong trào thi đua.",
            "Buổi gặp mặt diễn ra trong không khí vui tươi với nhiều tiết mục văn nghệ ca ngợi Đảng, "
            "Bác Hồ và người phụ nữ Việt Nam.",
        ],
    ),
    # --- fx-vendor: Cổng thông tin điện tử huyện Mường Lạn, tỉnh Sơn Cao -------------------
    (
        "ml-giam-ngheo",
        "Huyện Mường Lạn giao ban công tác giảm nghèo quý I năm 2024",
        "Ngày 13/3, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Mường Lạn tổ chức hội nghị "
        "giao ban đánh giá kết quả thực hiện công tác giảm nghèo quý I và triển khai nhiệm vụ quý "
        "II năm 2024.",
        [
            "Theo báo cáo, đầu năm 2024 toàn huyện còn 3.412 hộ nghèo, chiếm 21,6% tổng số hộ; 1.187 "
            "hộ cận nghèo, chiếm 7,5%. Huyện phấn đấu trong năm giảm ít nhất 4% tỷ lệ hộ nghèo.",
            "Trong quý I, huyện đã giải ngân 18,4 tỷ đồng vốn Chương trình mục tiêu quốc gia giảm "
            "nghèo bền vững, hỗ trợ 420 hộ phát triển sản xuất với các mô hình nuôi bò sinh sản, "
            "trồng mắc ca và dược liệu.",
            "Tuy nhiên, một số xã còn chậm trong lựa chọn dự án hỗ trợ sản xuất, việc đối ứng của "
            "người dân gặp khó khăn, cán bộ làm công tác giảm nghèo cấp xã thường xuyên thay đổi.",
            "Kết luận hội nghị, Phó Chủ tịch Ủy ban nhân dân huyện Lò Văn Thắm yêu cầu các xã rà "
            "soát, lựa chọn đúng đối tượng, tránh dàn trải và chịu trách nhiệm về tiến độ giải ngân "
            "vốn được giao.",
        ],
    ),
    (
        "ml-chong-ret",
        "Chủ động phòng, chống đói, rét cho đàn gia súc",
        "Dự báo từ nay đến cuối tháng 3, khu vực vùng cao tiếp tục chịu ảnh hưởng của không khí "
        "lạnh, nhiệt độ thấp nhất tại các xã vùng cao có thể xuống dưới 5 độ C.",
        [
            "Để bảo vệ đàn gia súc, Ủy ban nhân dân huyện yêu cầu các xã hướng dẫn người dân che chắn "
            "chuồng trại kín gió, không thả rông trâu, bò lên núi cao khi trời rét đậm, rét hại.",
            "Các hộ chăn nuôi cần dự trữ rơm, cỏ khô, thân cây ngô và bổ sung thức ăn tinh, muối "
            "khoáng cho gia súc; không cho gia súc làm việc nặng khi nhiệt độ dưới 12 độ C.",
            "Trạm Chăn nuôi và Thú y huyện đã chuẩn bị sẵn thuốc thú y, hóa chất khử trùng, sẵn sàng "
            "hỗ trợ các xã khi có gia súc bị ốm hoặc chết do rét.",
        ],
    ),
    (
        "ml-hoc-bong",
        "Trao 150 suất học bổng cho học sinh có hoàn cảnh khó khăn",
        "Hội Khuyến học huyện Mường Lạn phối hợp với Quỹ Hỗ trợ giáo dục vùng cao vừa trao 150 suất "
        "học bổng cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt trên địa bàn huyện.",
        [
            "Mỗi suất học bổng trị giá 1,5 triệu đồng kèm theo áo ấm, cặp sách và đồ dùng học tập. "
            "Các em nhận học bổng đều là con em hộ nghèo, mồ côi cha mẹ hoặc ở các bản đặc biệt khó "
            "khăn.",
            "Em Giàng Thị Mỷ, học sinh lớp 9 Trường Phổ thông dân tộc bán trú Trung học cơ sở Pá "
            "Hốc, chia sẻ em sẽ dùng số tiền học bổng để mua sách tham khảo, chuẩn bị cho kỳ thi vào "
            "lớp 10.",
            "Năm học 2023 - 2024, Hội Khuyến học huyện đã vận động được gần 900 triệu đồng từ các tổ "
            "chức, cá nhân để trao học bổng và khen thưởng học sinh giỏi.",
        ],
    ),
    (
        "ml-cho-phien",
        "Chợ phiên Pá Hốc - điểm hẹn của du khách mỗi dịp cuối tuần",
        "Họp vào sáng Chủ nhật hằng tuần, chợ phiên Pá Hốc không chỉ là nơi trao đổi hàng hóa của "
        "đồng bào các dân tộc mà còn trở thành điểm đến hấp dẫn với du khách gần xa.",
        [
            "Từ sáng sớm, đồng bào Mông, Dao, Thái từ các bản xa đã theo những con đường mòn xuống "
            "chợ, mang theo gà, lợn, rau rừng, mật ong, thổ cẩm và rượu ngô để bán.",
            "Du khách đến chợ được thưởng thức thắng cố, mèn mén, cơm lam và tìm hiểu nghề dệt lanh, "
            "vẽ sáp ong của phụ nữ Mông ngay tại các gian hàng.",
            "Để phát triển du lịch gắn với chợ phiên, huyện đã quy hoạch lại khu vực chợ, xây dựng "
            "nhà vệ sinh công cộng, bãi đỗ xe và hỗ trợ 12 hộ dân làm homestay tại bản Pá Hốc.",
            "Năm 2023, chợ phiên Pá Hốc đón hơn 25.000 lượt khách, trong đó có gần 3.000 lượt khách "
            "quốc tế.",
            "Bà Sùng Thị Dua, bán thổ cẩm ở chợ cho biết, mỗi phiên bà bán được ba đến bốn chiếc "
            "váy, túi thổ cẩm, thu nhập khá hơn nhiều so với trước.",
        ],
    ),
    (
        "ml-dien-luoi",
        "Đóng điện lưới quốc gia cho 96 hộ dân bản Huổi Sang",
        "Sau hơn sáu tháng thi công, công trình cấp điện cho bản Huổi Sang, xã Nậm Cang đã hoàn "
        "thành và đóng điện, đưa điện lưới quốc gia đến với 96 hộ đồng bào Mông.",
        [
            "Công trình có tổng mức đầu tư 7,2 tỷ đồng, gồm 6,8 km đường dây trung thế, một trạm biến "
            "áp và 3,5 km đường dây hạ thế, do Ban Quản lý dự án huyện làm chủ đầu tư.",
            "Do địa hình đồi núi dốc, không có đường ô tô, toàn bộ cột điện và vật tư phải vận chuyển "
            "bằng sức người và ngựa thồ qua nhiều đoạn suối sâu.",
            "Ông Vàng A Chư, trưởng bản Huổi Sang, phấn khởi cho biết có điện, bà con sẽ mua máy xát "
            "gạo, máy nghiền thức ăn chăn nuôi và các em học sinh có ánh sáng để học bài buổi tối.",
        ],
    ),
    (
        "ml-truong-hoc",
        "Kiểm tra tiến độ xây dựng Trường Mầm non xã Nậm Cang",
        "Đoàn công tác của Ủy ban nhân dân huyện Mường Lạn đã kiểm tra tiến độ thi công công trình "
        "Trường Mầm non xã Nậm Cang, hạng mục phòng học và nhà bếp bán trú.",
        [
            "Công trình được đầu tư 9,6 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia phát "
            "triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, gồm 8 phòng học, nhà "
            "bếp và công trình phụ trợ.",
            "Đến nay, đơn vị thi công đã hoàn thành phần thô khối phòng học, đang lợp mái và trát "
            "tường, khối lượng thực hiện đạt khoảng 65% giá trị hợp đồng.",
            "Trưởng đoàn kiểm tra yêu cầu nhà thầu tăng cường nhân lực, máy móc, bảo đảm chất lượng "
            "và hoàn thành công trình trước ngày 15/8 để kịp đưa vào sử dụng trong năm học mới.",
        ],
    ),
    (
        "ml-nong-thon-moi",
        "Tổng kết 5 năm phong trào thi đua “Mường Lạn chung sức xây dựng nông thôn mới”",
        "Ngày 15/3, Ủy ban nhân dân huyện Mường Lạn tổ chức hội nghị tổng kết 5 năm phong trào thi "
        "đua “Mường Lạn chung sức xây dựng nông thôn mới” giai đoạn 2019 - 2023.",
        [
            "Sau 5 năm, toàn huyện có thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
            "lên 6 trên 14 xã; bình quân mỗi xã đạt 14,2 tiêu chí, tăng 3,1 tiêu chí so với năm "
            "2019.",
            "Tổng nguồn lực huy động cho xây dựng nông thôn mới đạt hơn 1.240 tỷ đồng, trong đó nhân "
            "dân đóng góp 86 tỷ đồng và hiến gần 40 héc ta đất để làm đường, xây trường học, nhà văn "
            "hóa.",
            "Toàn huyện đã cứng hóa 412 km đường giao thông nông thôn, 100% trung tâm xã có đường ô "
            "tô đi lại được quanh năm, 98% số hộ được sử dụng điện lưới quốc gia.",
            "Đời sống vật chất và tinh thần của nhân dân được nâng lên rõ rệt. Thu nhập bình quân đầu "
            "người năm 2023 đạt 32 triệu đồng, gấp 1,8 lần so với năm 2019; tỷ lệ hộ nghèo giảm bình "
            "quân 4,5% mỗi năm.",
            "Nhiều mô hình sản xuất hiệu quả được nhân rộng như trồng chè shan tuyết, mắc ca, nuôi cá "
            "lồng trên lòng hồ thủy điện và chăn nuôi bò sinh sản theo hình thức liên kết.",
            "Bên cạnh kết quả đạt được, phong trào còn một số hạn chế: một số tiêu chí đạt chuẩn "
            "nhưng chưa bền vững, nhất là tiêu chí thu nhập, hộ nghèo và môi trường; nguồn lực đầu tư "
            "còn phụ thuộc nhiều vào ngân sách nhà nước.",
            "Phát biểu chỉ đạo, Bí thư Huyện ủy đề nghị các cấp, các ngành tiếp tục coi xây dựng "
            "nông thôn mới là nhiệm vụ trọng tâm, thường xuyên, lấy người dân làm chủ thể và là người "
            "thụ hưởng.",
            "Dịp này, Ủy ban nhân dân huyện tặng Giấy khen cho 25 tập thể và 40 cá nhân có thành tích "
            "xuất sắc trong phong trào.",
        ],
    ),
    # --- fx-newspaper: Báo Tây Giang điện tử --------------------------------------------------
    (
        "bt-xam-nhap-man",
        "Xâm nhập mặn lấn sâu, nông dân Cửa Tiền chủ động trữ nước ngọt",
        "Những ngày này, độ mặn trên các sông chính của tỉnh Tây Giang tăng cao và lấn sâu vào nội "
        "đồng từ 45 đến 55 km, đe dọa hàng nghìn héc ta lúa đông xuân và vườn cây ăn trái.",
        [
            "Tại xã Tân Thủy, huyện Cửa Tiền, người dân đã đắp hàng trăm con đập tạm trên kênh nội "
            "đồng, tranh thủ bơm nước ngọt vào ao, mương để dự trữ tưới cho vườn sầu riêng.",
            "Ông Trần Văn Bảy, nhà vườn ở ấp Phú Hòa cho biết gia đình ông đã đầu tư hơn 40 triệu "
            "đồng mua túi trữ nước và máy đo độ mặn, chỉ lấy nước khi độ mặn dưới 0,5‰.",
            "Theo Chi cục Thủy lợi tỉnh, hệ thống cống đầu mối đã được vận hành đóng, mở linh hoạt "
            "theo con triều để ngăn mặn, trữ ngọt, bảo vệ trên 90% diện tích lúa đang giai đoạn trổ "
            "chín.",
            "Ngành nông nghiệp khuyến cáo nông dân theo dõi chặt chẽ bản tin dự báo độ mặn, không lấy "
            "nước khi chưa kiểm tra và ưu tiên tưới tiết kiệm cho cây ăn trái có giá trị cao.",
            "Dự báo xâm nhập mặn sẽ tiếp tục ở mức cao trong các đợt triều cường cuối tháng 3 và đầu "
            "tháng 4.",
        ],
    ),
    (
        "bt-gia-lua",
        "Giá lúa tăng cao, nông dân phấn khởi thu hoạch vụ đông xuân",
        "Vụ lúa đông xuân năm nay, nông dân tỉnh Tây Giang trúng mùa, được giá với năng suất bình "
        "quân 7,2 tấn mỗi héc ta và giá bán tại ruộng cao hơn cùng kỳ từ 1.000 đến 1.500 đồng mỗi "
        "ki-lô-gam.",
        [
            "Trên cánh đồng lớn ấp Mỹ Long, xã Long Bình, máy gặt đập liên hợp hoạt động liên tục từ "
            "sáng đến tối, thương lái đến tận ruộng thu mua lúa tươi với giá 8.200 đồng mỗi ki-lô-gam "
            "đối với giống lúa thơm.",
            "Anh Nguyễn Văn Tư, một nông dân trồng 3 héc ta lúa, tính toán sau khi trừ chi phí, mỗi "
            "héc ta anh lãi gần 40 triệu đồng, cao nhất trong nhiều năm trở lại đây.",
            "Sở Nông nghiệp và Phát triển nông thôn cho biết toàn tỉnh đã thu hoạch được hơn 60% diện "
            "tích lúa đông xuân, sản lượng ước đạt 520.000 tấn.",
            "Ngành nông nghiệp khuyến cáo nông dân không bán lúa non, ký hợp đồng tiêu thụ với doanh "
            "nghiệp để tránh bị ép giá khi vào cao điểm thu hoạch.",
        ],
    ),
    (
        "bt-an-toan-giao-thong",
        "Tai nạn giao thông giảm cả ba tiêu chí trong hai tháng đầu năm",
        "Trong hai tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 21 vụ tai nạn giao thông, làm chết "
        "14 người, bị thương 16 người; so với cùng kỳ giảm 5 vụ, giảm 3 người chết và giảm 6 người bị "
        "thương.",
        [
            "Theo Ban An toàn giao thông tỉnh, nguyên nhân chủ yếu là người điều khiển phương tiện đi "
            "không đúng phần đường, chuyển hướng không quan sát, chạy quá tốc độ và sử dụng rượu bia "
            "khi lái xe.",
            "Lực lượng cảnh sát giao thông đã tăng cường tuần tra, kiểm soát, xử lý hơn 6.800 trường "
            "hợp vi phạm, tạm giữ 1.200 phương tiện, tước giấy phép lái xe 540 trường hợp, trong đó "
            "vi phạm nồng độ cồn chiếm gần một nửa.",
            "Thời gian tới, Ban An toàn giao thông tỉnh yêu cầu các địa phương tiếp tục xử lý nghiêm "
            "vi phạm nồng độ cồn, đồng thời khắc phục các điểm đen, điểm tiềm ẩn tai nạn giao thông "
            "trên các tuyến quốc lộ và tỉnh lộ.",
        ],
    ),
    (
        "bt-khanh-thanh-cau",
        "Khánh thành cầu Cồn Ngang, xóa thế cô lập cho hai xã cù lao",
        "Sáng 12/3, Ủy ban nhân dân tỉnh Tây Giang tổ chức lễ khánh thành cầu Cồn Ngang, nối liền "
        "hai xã cù lao Tân Phong, Tân Thạnh với đất liền sau gần hai năm thi công.",
        [
            "Cầu dài 620 mét, rộng 12 mét, tải trọng 30 tấn, tổng vốn đầu tư 485 tỷ đồng từ ngân sách "
            "trung ương và ngân sách tỉnh. Đây là công trình được người dân hai xã cù lao mong đợi "
            "suốt nhiều thập kỷ.",
            "Trước đây, hơn 18.000 người dân cù lao chỉ có thể qua sông bằng phà hoặc đò ngang. Vào "
            "mùa mưa bão, việc đi lại, vận chuyển nông sản và đưa người bệnh đi cấp cứu gặp rất nhiều "
            "khó khăn.",
            "Phát biểu tại lễ khánh thành, Chủ tịch Ủy ban nhân dân tỉnh đề nghị huyện Cửa Tiền có kế "
            "hoạch khai thác hiệu quả công trình, phát triển du lịch sinh thái và vùng chuyên canh "
            "cây ăn trái trên cù lao.",
            "Bà Lê Thị Mười, 72 tuổi, ở xã Tân Phong xúc động nói: “Cả đời tôi chỉ mong có cây cầu để "
            "con cháu đi học, đi làm không phải lụy đò”.",
        ],
    ),
    (
        "bt-sot-xuat-huyet",
        "Số ca mắc sốt xuất huyết tăng, ngành y tế khuyến cáo diệt lăng quăng",
        "Từ đầu năm đến nay, toàn tỉnh ghi nhận 612 ca mắc sốt xuất huyết, tăng gần gấp đôi so với "
        "cùng kỳ năm trước, chưa có trường hợp tử vong.",
        [
            "Theo Trung tâm Kiểm soát bệnh tật tỉnh, số ca mắc tập trung ở thành phố Tây Giang và "
            "huyện Cửa Tiền, nhiều nhất là trẻ em từ 5 đến 15 tuổi. Đáng chú ý, đã xuất hiện một số ổ "
            "dịch tại các khu dân cư đông đúc.",
            "Ngành y tế đã phun hóa chất diệt muỗi tại các ổ dịch, phát động chiến dịch diệt lăng "
            "quăng tại hơn 50.000 hộ gia đình và tăng cường giám sát các ca bệnh tại cộng đồng.",
            "Bác sĩ khuyến cáo người dân đậy kín dụng cụ chứa nước, thả cá vào lu, khạp, thu gom vật "
            "phế thải có thể đọng nước và ngủ mùng kể cả ban ngày.",
            "Khi có dấu hiệu sốt cao đột ngột, đau đầu, đau mỏi người, người dân cần đến cơ sở y tế để "
            "được khám, không tự ý điều trị tại nhà.",
        ],
    ),
    (
        "bt-ocop",
        "Thêm 18 sản phẩm đạt chứng nhận OCOP",
        "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Tây Giang vừa công nhận 18 sản phẩm đạt "
        "chuẩn, trong đó có 3 sản phẩm đạt 4 sao và 15 sản phẩm đạt 3 sao.",
        [
            "Các sản phẩm được công nhận lần này gồm kẹo dừa, bánh phồng, mắm cá lóc, trà mãng cầu, "
            "mật hoa dừa và một số sản phẩm từ cây ăn trái đặc sản của địa phương.",
            "Sản phẩm mật hoa dừa của Hợp tác xã Thạnh Lợi đạt 4 sao nhờ quy trình sản xuất khép kín, "
            "có truy xuất nguồn gốc và đã xuất khẩu sang một số thị trường châu Á.",
            "Đến nay, toàn tỉnh có 146 sản phẩm OCOP còn hiệu lực, góp phần nâng cao giá trị nông sản "
            "và thu nhập cho người dân nông thôn.",
        ],
    ),
    # --- fx-aspnet-table: Sở Tư pháp tỉnh Bắc Hà ---------------------------------------------
    (
        "tp-tro-giup-phap-ly",
        "Trợ giúp pháp lý lưu động cho người dân xã Lũng Phìn",
        "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Bắc Hà vừa tổ chức đợt trợ giúp pháp lý lưu động "
        "tại xã Lũng Phìn, tư vấn miễn phí cho hơn 120 lượt người dân.",
        [
            "Các trợ giúp viên pháp lý đã giải đáp nhiều câu hỏi liên quan đến đất đai, hôn nhân gia "
            "đình, thừa kế, chế độ chính sách đối với người có công và người khuyết tật.",
            "Đối với các vụ việc phức tạp, Trung tâm tiếp nhận hồ sơ để cử trợ giúp viên tham gia tố "
            "tụng, bảo vệ quyền và lợi ích hợp pháp cho người được trợ giúp pháp lý.",
            "Năm 2023, Trung tâm đã thực hiện 486 vụ việc trợ giúp pháp lý, trong đó có 213 vụ việc "
            "tham gia tố tụng, tăng 18% so với năm trước.",
            "Người dân có nhu cầu trợ giúp pháp lý có thể liên hệ Trung tâm qua số điện thoại miễn phí "
            "hoặc đến trực tiếp các chi nhánh tại huyện.",
        ],
    ),
    (
        "tp-pho-bien-phap-luat",
        "Phổ biến pháp luật bằng tiếng dân tộc cho đồng bào vùng cao",
        "Sở Tư pháp phối hợp với Đài Phát thanh - Truyền hình tỉnh xây dựng chuyên mục phổ biến pháp "
        "luật bằng tiếng Mông, tiếng Dao và tiếng Tày, phát sóng định kỳ hằng tuần.",
        [
            "Nội dung chuyên mục tập trung vào các quy định về hôn nhân và gia đình, phòng chống mua "
            "bán người, trồng cây có chứa chất ma túy và bảo vệ rừng, những vấn đề còn nhiều vi phạm "
            "ở vùng cao.",
            "Mỗi chương trình được xây dựng dưới dạng tiểu phẩm, hỏi đáp ngắn, do chính người dân địa "
            "phương tham gia thể hiện nên dễ hiểu, dễ nhớ.",
            "Ngoài phát sóng trên truyền hình, các chương trình còn được phát trên hệ thống loa truyền "
            "thanh cơ sở và đăng tải trên các trang mạng xã hội của các xã.",
        ],
    ),
    (
        "tp-ho-tich-truc-tuyen",
        "Hơn 70% hồ sơ đăng ký khai sinh được nộp trực tuyến",
        "Qua ba tháng triển khai liên thông thủ tục hành chính đăng ký khai sinh, đăng ký thường trú "
        "và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi, toàn tỉnh đã tiếp nhận 5.204 hồ sơ trực "
        "tuyến.",
        [
            "Tỷ lệ hồ sơ đăng ký khai sinh nộp trực tuyến đạt 71,3%, cao hơn mức bình quân chung; một "
            "số xã vùng sâu đạt trên 80% nhờ công chức tư pháp - hộ tịch hỗ trợ người dân nộp hồ sơ "
            "ngay tại nhà.",
            "Người dân chỉ cần khai thông tin một lần trên Cổng dịch vụ công quốc gia, kết quả là giấy "
            "khai sinh điện tử, thông tin thường trú và thẻ bảo hiểm y tế của trẻ được trả về tài "
            "khoản của phụ huynh.",
            "Sở Tư pháp đề nghị Ủy ban nhân dân các huyện tiếp tục rà soát, bảo đảm trang thiết bị và "
            "đường truyền cho bộ phận một cửa cấp xã, khắc phục tình trạng lỗi hệ thống làm chậm thời "
            "gian giải quyết hồ sơ.",
        ],
    ),
    (
        "tp-kiem-tra-cong-chung",
        "Kiểm tra hoạt động công chứng, chứng thực năm 2024",
        "Sở Tư pháp tỉnh Bắc Hà ban hành kế hoạch kiểm tra hoạt động công chứng, chứng thực năm 2024 "
        "đối với 8 tổ chức hành nghề công chứng và Ủy ban nhân dân 12 xã, thị trấn.",
        [
            "Nội dung kiểm tra gồm việc tuân thủ trình tự, thủ tục công chứng, chứng thực; thu, quản "
            "lý phí và lệ phí; lưu trữ hồ sơ; niêm yết công khai thủ tục và cập nhật thông tin lên cơ "
            "sở dữ liệu công chứng của tỉnh.",
            "Qua kiểm tra năm 2023, Sở đã phát hiện và chấn chỉnh một số tồn tại như chứng thực chữ ký "
            "trong giấy tờ có nội dung trái pháp luật, sổ chứng thực ghi chép chưa đầy đủ thông tin.",
            "Đoàn kiểm tra sẽ làm việc trực tiếp tại các đơn vị từ tháng 4 đến tháng 9; các đơn vị "
            "được kiểm tra chuẩn bị báo cáo tự kiểm tra theo đề cương gửi kèm kế hoạch.",
        ],
    ),
    (
        "tp-hoa-giai-co-so",
        "Tổng kết công tác hòa giải ở cơ sở năm 2023",
        "Năm 2023, 1.126 tổ hòa giải ở cơ sở trên địa bàn tỉnh đã tiếp nhận 2.347 vụ việc, hòa giải "
        "thành 1.978 vụ việc, đạt tỷ lệ 84,3%.",
        [
            "Các vụ việc chủ yếu liên quan đến tranh chấp đất đai, mâu thuẫn trong gia đình và trong "
            "sinh hoạt cộng đồng. Nhiều vụ việc phức tạp được hòa giải thành ngay từ cơ sở, góp phần "
            "giữ gìn đoàn kết trong thôn, bản.",
            "Sở Tư pháp đã tổ chức 14 lớp tập huấn kỹ năng hòa giải cho hơn 1.200 hòa giải viên, biên "
            "soạn và cấp phát tài liệu hòa giải song ngữ Việt - Mông cho các xã vùng cao.",
            "Tuy vậy, kinh phí hỗ trợ cho hoạt động hòa giải ở một số nơi còn thấp, một bộ phận hòa "
            "giải viên tuổi cao, hạn chế về kiến thức pháp luật.",
            "Năm 2024, ngành tư pháp đặt mục tiêu tỷ lệ hòa giải thành đạt trên 85%, đồng thời thí "
            "điểm mô hình hòa giải viên là người có uy tín trong đồng bào dân tộc thiểu số.",
        ],
    ),
]
