"""Article texts of the second sealed part, written by hand (Vietnamese, NFC).

Each text is (title, lead, paragraphs). None of them appears in ``tests/families/`` or in the
first sealed part's ``tests/sealed/texts.py``. A text appears at most once per site.
"""

from __future__ import annotations

TEXTS: list[tuple[str, str, list[str]]] = [
    (  # 0
        "Quan trắc tự động chất lượng nước sông Đông Giang đoạn qua khu công nghiệp",
        "Sở Tài nguyên và Môi trường vừa đưa vào vận hành trạm quan trắc nước mặt tự động thứ ba "
        "trên sông Đông Giang, đặt ngay hạ lưu cửa xả của Khu công nghiệp Phú Điền.",
        [
            "Trạm đo liên tục 9 thông số gồm nhiệt độ, độ pH, oxy hòa tan, độ đục, tổng chất rắn "
            "lơ lửng, nhu cầu oxy hóa học, amoni, nitrat và photphat; số liệu được truyền về "
            "Trung tâm Quan trắc môi trường 5 phút một lần.",
            "Khi một thông số vượt ngưỡng cho phép của quy chuẩn kỹ thuật quốc gia, hệ thống tự "
            "động gửi tin nhắn cảnh báo cho cán bộ trực và Ban Quản lý các khu công nghiệp để "
            "kiểm tra nguồn thải trong ngày.",
            "Kinh phí đầu tư trạm gần 3,8 tỷ đồng từ nguồn sự nghiệp môi trường của tỉnh. Dự kiến "
            "đến năm 2025, toàn tỉnh sẽ có 7 trạm quan trắc nước mặt tự động trên các sông chính.",
        ],
    ),
    (  # 1
        "Hơn 1.200 hộ dân được cấp giấy chứng nhận quyền sử dụng đất lần đầu trong quý I",
        "Trong quý I năm 2024, Văn phòng Đăng ký đất đai tỉnh và các chi nhánh đã cấp giấy chứng "
        "nhận quyền sử dụng đất lần đầu cho 1.246 hộ gia đình, cá nhân, tăng 18% so với cùng kỳ.",
        [
            "Phần lớn hồ sơ thuộc các xã vùng cao, nơi đất ở và đất vườn của người dân đã sử dụng "
            "ổn định từ trước năm 2004 nhưng chưa được đo đạc, lập hồ sơ địa chính.",
            "Để rút ngắn thời gian, các chi nhánh tổ chức tổ công tác lưu động về tận thôn, bản "
            "tiếp nhận hồ sơ vào ngày thứ Bảy, đồng thời hướng dẫn người dân nộp hồ sơ trực tuyến "
            "qua Cổng Dịch vụ công của tỉnh.",
            "Sở Tài nguyên và Môi trường đề nghị Ủy ban nhân dân cấp xã khẩn trương xác nhận nguồn "
            "gốc đất, không để hồ sơ nằm ở cấp xã quá 10 ngày làm việc.",
        ],
    ),
    (  # 2
        "Phát động chiến dịch Giờ Trái Đất và ra quân thu gom rác thải nhựa",
        "Hưởng ứng Chiến dịch Giờ Trái Đất năm 2024, sáng 16/3 Sở Tài nguyên và Môi trường phối "
        "hợp với Tỉnh đoàn tổ chức lễ ra quân thu gom rác thải nhựa dọc bờ kè sông Đông Giang.",
        [
            "Hơn 600 đoàn viên, thanh niên, công chức và người dân đã tham gia thu gom khoảng 3 tấn "
            "rác, chủ yếu là túi ni lông, chai nhựa và lưới đánh cá bị vứt bỏ.",
            "Ban tổ chức trao tặng 200 thùng phân loại rác cho các khu dân cư ven sông và kêu gọi "
            "các hộ gia đình tắt đèn, thiết bị điện không cần thiết từ 20 giờ 30 đến 21 giờ 30 "
            "ngày 23/3.",
            "Năm 2023, một giờ tắt đèn trong Chiến dịch đã giúp tỉnh tiết kiệm khoảng 41.000 kWh "
            "điện, tương đương gần 80 triệu đồng.",
        ],
    ),
    (  # 3
        "Xử phạt ba cơ sở khai thác cát trái phép trên sông",
        "Thanh tra Sở Tài nguyên và Môi trường đã ban hành quyết định xử phạt vi phạm hành chính "
        "tổng số tiền 420 triệu đồng đối với ba cơ sở khai thác cát ngoài phạm vi được cấp phép.",
        [
            "Qua kiểm tra đột xuất vào ban đêm, đoàn thanh tra phát hiện các cơ sở dùng tàu hút "
            "khai thác cát cách ranh giới mỏ từ 150 đến 400 mét, gây sạt lở bờ sông tại hai thôn.",
            "Ngoài phạt tiền, các cơ sở bị tước quyền sử dụng giấy phép khai thác khoáng sản trong "
            "6 tháng và buộc phải san lấp, khôi phục lại hiện trạng bờ sông.",
            "Sở đề nghị chính quyền các xã ven sông tăng cường giám sát, kịp thời báo cáo khi phát "
            "hiện phương tiện khai thác hoạt động ngoài giờ hoặc ngoài phạm vi cho phép.",
        ],
    ),
    (  # 4
        "Huyện Krông Lê ra quân xây dựng nông thôn mới năm 2024",
        "Sáng 5/3, tại xã Ea Tân, Ủy ban nhân dân huyện Krông Lê tổ chức lễ ra quân thực hiện "
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024.",
        [
            "Năm nay huyện phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới và 1 xã đạt chuẩn nông "
            "thôn mới nâng cao, nâng số xã đạt chuẩn lên 9 trên tổng số 12 xã.",
            "Ngay sau lễ ra quân, các đơn vị đã làm mới 1,5 km đường giao thông nông thôn, trồng "
            "hơn 2.000 cây xanh và nạo vét kênh mương nội đồng tại 4 thôn của xã Ea Tân.",
            "Chủ tịch Ủy ban nhân dân huyện đề nghị các xã chú trọng tiêu chí thu nhập và môi "
            "trường, không chạy theo thành tích, không để phát sinh nợ đọng xây dựng cơ bản.",
            "Dịp này, huyện trao 15 con bò giống hỗ trợ sinh kế cho các hộ nghèo đồng bào dân tộc "
            "thiểu số tại chỗ.",
        ],
    ),
    (  # 5
        "Khai mạc Lễ hội cà phê và văn hóa cồng chiêng huyện Krông Lê",
        "Tối 9/3, tại Quảng trường trung tâm huyện, Lễ hội cà phê và văn hóa cồng chiêng huyện "
        "Krông Lê lần thứ nhất đã khai mạc với sự tham gia của 14 đội cồng chiêng các buôn.",
        [
            "Lễ hội diễn ra trong ba ngày với các hoạt động diễu hành đường phố, thi pha chế cà phê, "
            "trình diễn dệt thổ cẩm và không gian ẩm thực của đồng bào Ê Đê, M'nông.",
            "Gần 40 gian hàng trưng bày sản phẩm cà phê đặc sản, hồ tiêu, sầu riêng và mật ong của "
            "các hợp tác xã trong huyện; nhiều sản phẩm đã đạt chứng nhận OCOP 3 sao.",
            "Theo Ban tổ chức, lễ hội là dịp quảng bá hình ảnh vùng đất, con người Krông Lê, thu "
            "hút du khách và kết nối tiêu thụ nông sản cho bà con.",
        ],
    ),
    (  # 6
        "Tiếp nhận hồ sơ đăng ký khai sinh, cấp thẻ bảo hiểm y tế qua liên thông điện tử",
        "Từ tháng 3, người dân huyện Krông Lê có thể đăng ký khai sinh, đăng ký thường trú và cấp "
        "thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi qua một bộ hồ sơ điện tử duy nhất.",
        [
            "Cha mẹ chỉ cần đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử "
            "mức 2, điền tờ khai liên thông và tải lên bản chụp giấy chứng sinh.",
            "Kết quả gồm giấy khai sinh điện tử, thông tin cư trú của trẻ và thẻ bảo hiểm y tế được "
            "trả về tài khoản của người nộp trong vòng 5 ngày làm việc.",
            "Công chức tư pháp - hộ tịch các xã sẽ hỗ trợ trực tiếp tại bộ phận một cửa cho những "
            "người chưa quen sử dụng dịch vụ công trực tuyến.",
        ],
    ),
    (  # 7
        "Chủ động phòng chống hạn hán cho cây trồng mùa khô",
        "Trước diễn biến nắng nóng kéo dài, Ủy ban nhân dân huyện yêu cầu các xã và đơn vị quản lý "
        "công trình thủy lợi xây dựng lịch tưới luân phiên cho hơn 6.500 ha cà phê và lúa.",
        [
            "Theo Phòng Nông nghiệp và Phát triển nông thôn, mực nước tại 11 hồ chứa trên địa bàn "
            "chỉ còn khoảng 55% dung tích thiết kế, thấp hơn trung bình nhiều năm.",
            "Huyện khuyến cáo nông dân áp dụng tưới nhỏ giọt, tưới phun mưa tiết kiệm nước, tủ gốc "
            "bằng rơm rạ, cỏ khô để giữ ẩm và không xuống giống vụ mới khi chưa có nguồn nước.",
            "Các xã phải kiểm tra, nạo vét kênh dẫn, sửa chữa cống hư hỏng trước ngày 30/3 và báo "
            "cáo ngay diện tích có nguy cơ thiếu nước về huyện.",
        ],
    ),
    (  # 8
        "Nghiệm thu đề tài ứng dụng chế phẩm vi sinh xử lý phụ phẩm nông nghiệp",
        "Hội đồng khoa học cấp tỉnh đã nghiệm thu đề tài ứng dụng chế phẩm vi sinh xử lý rơm rạ "
        "và phụ phẩm trồng trọt làm phân bón hữu cơ tại ba huyện đồng bằng, đạt loại khá.",
        [
            "Nhóm nghiên cứu đã tuyển chọn 4 chủng vi sinh vật có khả năng phân giải xenlulo mạnh, "
            "rút ngắn thời gian ủ phân từ 90 ngày xuống còn khoảng 35 ngày.",
            "Các mô hình trình diễn trên 12 ha lúa cho thấy lượng phân bón hóa học giảm 20% mà năng "
            "suất vẫn tương đương, đồng thời hạn chế tình trạng đốt rơm rạ sau thu hoạch.",
            "Hội đồng đề nghị chủ nhiệm đề tài hoàn thiện quy trình kỹ thuật để chuyển giao cho các "
            "hợp tác xã nông nghiệp trong năm 2024.",
        ],
    ),
    (  # 9
        "Hỗ trợ doanh nghiệp nhỏ và vừa đổi mới công nghệ",
        "Sở Khoa học và Công nghệ thông báo tiếp nhận hồ sơ đề nghị hỗ trợ đổi mới công nghệ năm "
        "2024 cho doanh nghiệp nhỏ và vừa đóng trên địa bàn tỉnh đến hết ngày 30/4.",
        [
            "Mỗi doanh nghiệp được hỗ trợ tối đa 30% kinh phí mua máy móc, thiết bị, chuyển giao "
            "công nghệ, nhưng không quá 500 triệu đồng cho một dự án.",
            "Ưu tiên các dự án tiết kiệm năng lượng, giảm phát thải, chế biến sâu nông sản và sản "
            "phẩm tham gia Chương trình mỗi xã một sản phẩm.",
            "Hồ sơ gồm thuyết minh dự án, báo giá thiết bị và báo cáo tài chính hai năm gần nhất, "
            "nộp trực tiếp hoặc qua dịch vụ bưu chính công ích.",
        ],
    ),
    (  # 10
        "Kiểm tra đo lường xăng dầu tại các cửa hàng bán lẻ",
        "Chi cục Tiêu chuẩn Đo lường Chất lượng vừa kiểm tra đột xuất 24 cửa hàng bán lẻ xăng dầu, "
        "phát hiện hai cửa hàng sử dụng cột đo có sai số vượt giới hạn cho phép.",
        [
            "Đoàn kiểm tra dùng bình chuẩn kim loại 20 lít để kiểm tra lượng xăng dầu bán ra tại "
            "từng vòi bơm, đồng thời xem xét dấu niêm phong và chứng chỉ kiểm định.",
            "Hai cơ sở vi phạm bị lập biên bản, tạm dừng sử dụng cột đo và phải kiểm định lại trước "
            "khi bán hàng; tổng số tiền phạt dự kiến hơn 60 triệu đồng.",
            "Người tiêu dùng nghi ngờ bị đong thiếu có thể phản ánh qua đường dây nóng của Chi cục "
            "để được kiểm tra ngay tại cửa hàng.",
        ],
    ),
    (  # 11
        "Tỉnh có thêm 9 sáng chế và giải pháp hữu ích được bảo hộ",
        "Năm 2023, Cục Sở hữu trí tuệ đã cấp văn bằng bảo hộ cho 9 sáng chế và giải pháp hữu ích "
        "của các tổ chức, cá nhân trong tỉnh, nhiều nhất từ trước đến nay.",
        [
            "Trong số đó có máy bóc vỏ lạc liên hoàn của một nông dân xã Hưng Lộc và quy trình "
            "nhân giống hoa lan bằng nuôi cấy mô của Trung tâm Ứng dụng tiến bộ khoa học.",
            "Sở Khoa học và Công nghệ hỗ trợ 100% phí nộp đơn và thẩm định cho tác giả là nông dân, "
            "học sinh, sinh viên có sáng chế được cấp văn bằng.",
            "Sở cũng tổ chức tập huấn về xác lập, khai thác quyền sở hữu trí tuệ cho hơn 150 doanh "
            "nghiệp và hợp tác xã trong năm.",
        ],
    ),
    (  # 12
        "Sinh viên ngành Thú y thực tập tại các trang trại chăn nuôi công nghệ cao",
        "Hơn 180 sinh viên năm thứ tư ngành Thú y và Chăn nuôi đã bắt đầu đợt thực tập tốt nghiệp "
        "kéo dài 12 tuần tại 26 trang trại và doanh nghiệp chăn nuôi trong và ngoài tỉnh.",
        [
            "Sinh viên được tham gia trực tiếp quy trình chăm sóc, phòng bệnh, tiêm vắc xin và xử "
            "lý chất thải theo tiêu chuẩn an toàn sinh học của từng trang trại.",
            "Các doanh nghiệp hỗ trợ chỗ ở, bữa ăn và trả phụ cấp từ 3 đến 5 triệu đồng mỗi tháng; "
            "nhiều sinh viên được nhận vào làm việc ngay sau khi tốt nghiệp.",
            "Khoa Chăn nuôi - Thú y cử giảng viên hướng dẫn đến từng cơ sở kiểm tra định kỳ, bảo "
            "đảm nội dung thực tập gắn với đề tài khóa luận của sinh viên.",
        ],
    ),
    (  # 13
        "Hội thảo khoa học quốc gia về nông nghiệp tuần hoàn vùng Tây Nguyên",
        "Ngày 14/3, Trường Đại học Nông Lâm Tây Sơn tổ chức hội thảo khoa học quốc gia về phát "
        "triển nông nghiệp tuần hoàn, thu hút gần 200 nhà khoa học, nhà quản lý và doanh nghiệp.",
        [
            "Hội thảo nhận được 64 báo cáo, tập trung vào tái sử dụng phụ phẩm cà phê, nuôi trùn "
            "quế xử lý chất thải chăn nuôi và mô hình vườn ao chuồng cải tiến.",
            "Các đại biểu cho rằng nông dân cần được hỗ trợ vốn và kỹ thuật ban đầu, còn doanh "
            "nghiệp cần cam kết bao tiêu sản phẩm để mô hình tuần hoàn có thể nhân rộng.",
            "Kỷ yếu hội thảo được xuất bản có chỉ số ISBN và gửi tới thư viện các trường đại học, "
            "viện nghiên cứu trong khu vực.",
        ],
    ),
    (  # 14
        "Trường ký kết hợp tác đào tạo với doanh nghiệp chế biến nông sản",
        "Chiều 7/3, Trường Đại học Nông Lâm Tây Sơn ký thỏa thuận hợp tác với 5 doanh nghiệp chế "
        "biến nông sản về đào tạo, thực tập và nghiên cứu chuyển giao công nghệ giai đoạn 2024 - 2028.",
        [
            "Theo thỏa thuận, các doanh nghiệp nhận sinh viên thực tập, cử chuyên gia tham gia "
            "giảng dạy học phần thực hành và đặt hàng nhà trường các đề tài nghiên cứu.",
            "Nhà trường cam kết điều chỉnh chương trình đào tạo ngành Công nghệ thực phẩm sát với "
            "nhu cầu thực tế và mở các khóa bồi dưỡng ngắn hạn cho công nhân kỹ thuật.",
            "Mỗi năm, các doanh nghiệp sẽ trao 40 suất học bổng cho sinh viên có hoàn cảnh khó khăn "
            "đạt kết quả học tập tốt.",
        ],
    ),
    (  # 15
        "Hơn 2.000 thí sinh tham dự ngày hội tư vấn tuyển sinh",
        "Ngày hội tư vấn tuyển sinh và hướng nghiệp năm 2024 của nhà trường đã đón hơn 2.000 học "
        "sinh lớp 12 của 18 trường trung học phổ thông trong tỉnh.",
        [
            "Thí sinh được giới thiệu về 32 ngành đào tạo, các phương thức xét tuyển bằng học bạ, "
            "điểm thi tốt nghiệp và kết quả kỳ thi đánh giá năng lực.",
            "Nhiều câu hỏi xoay quanh học phí, ký túc xá, cơ hội việc làm và học bổng dành cho "
            "sinh viên người dân tộc thiểu số.",
            "Năm 2024, nhà trường dự kiến tuyển 3.150 chỉ tiêu đại học chính quy, tăng 250 chỉ tiêu "
            "so với năm trước.",
        ],
    ),
    (  # 16
        "Triệt phá đường dây đánh bạc qua mạng với số tiền giao dịch hơn 20 tỷ đồng",
        "Công an huyện Yên Bình vừa triệt phá một đường dây tổ chức đánh bạc qua mạng, bắt giữ 6 "
        "đối tượng, thu giữ nhiều điện thoại, máy tính và tài liệu liên quan.",
        [
            "Qua công tác nắm tình hình, lực lượng trinh sát phát hiện nhóm đối tượng lập nhiều tài "
            "khoản trên một trang cá độ bóng đá rồi chia cho người chơi trong và ngoài huyện.",
            "Bước đầu xác định tổng số tiền giao dịch qua các tài khoản ngân hàng của đường dây "
            "trong ba tháng gần nhất là hơn 20 tỷ đồng.",
            "Vụ án đang được mở rộng điều tra. Công an huyện khuyến cáo người dân không tham gia cá "
            "độ, đánh bạc dưới mọi hình thức.",
        ],
    ),
    (  # 17
        "Ra quân tổng kiểm soát phương tiện giao thông đường bộ",
        "Thực hiện kế hoạch của Công an tỉnh, từ ngày 1/3 Công an huyện Yên Bình ra quân tổng "
        "kiểm soát phương tiện giao thông, tập trung vào xe chở quá tải và vi phạm nồng độ cồn.",
        [
            "Các tổ công tác được bố trí tại tuyến quốc lộ và các tuyến đường liên xã có mật độ "
            "xe tải cao, làm việc cả ban ngày và ban đêm.",
            "Sau hai tuần, lực lượng cảnh sát giao thông đã lập biên bản 312 trường hợp vi phạm, "
            "tạm giữ 47 phương tiện, nộp kho bạc gần 900 triệu đồng tiền phạt.",
            "Công an huyện đề nghị các doanh nghiệp vận tải quán triệt lái xe chấp hành quy định về "
            "tải trọng, không sử dụng rượu bia khi điều khiển phương tiện.",
        ],
    ),
    (  # 18
        "Công an xã Tân Lập ra mắt mô hình camera an ninh khu dân cư",
        "Ngày 11/3, Công an xã Tân Lập phối hợp với Ủy ban Mặt trận Tổ quốc xã ra mắt mô hình "
        "camera an ninh tại 6 thôn, với 28 mắt camera do người dân đóng góp lắp đặt.",
        [
            "Hình ảnh từ camera được truyền về phòng trực ban của Công an xã và điện thoại của các "
            "trưởng thôn, giúp theo dõi các tuyến đường ra vào khu dân cư cả ngày lẫn đêm.",
            "Chỉ sau một tháng thử nghiệm, nhờ dữ liệu camera, lực lượng công an đã nhanh chóng "
            "làm rõ hai vụ trộm cắp tài sản và một vụ gây tai nạn giao thông rồi bỏ chạy.",
            "Xã đặt mục tiêu đến cuối năm 2024 mọi thôn đều có camera an ninh tại các điểm giao "
            "cắt chính.",
        ],
    ),
    (  # 19
        "Cảnh báo thủ đoạn giả danh cơ quan công an gọi điện lừa đảo",
        "Thời gian gần đây, trên địa bàn huyện xảy ra nhiều vụ đối tượng giả danh cán bộ công an "
        "gọi điện yêu cầu người dân cài đặt ứng dụng để cập nhật định danh điện tử.",
        [
            "Sau khi người dân cài ứng dụng giả mạo theo đường link được gửi, đối tượng chiếm quyền "
            "điều khiển điện thoại và chuyển toàn bộ tiền trong tài khoản ngân hàng.",
            "Cơ quan công an không bao giờ làm việc với người dân qua điện thoại hay yêu cầu chuyển "
            "tiền, cung cấp mã OTP hoặc cài đặt ứng dụng không rõ nguồn gốc.",
            "Khi nhận được cuộc gọi đáng ngờ, người dân cần liên hệ ngay Công an xã nơi cư trú hoặc "
            "gọi số 113 để được hướng dẫn.",
        ],
    ),
    (  # 20
        "Cấp căn cước cho trẻ em dưới 14 tuổi tại trường học",
        "Công an huyện tổ chức các điểm thu nhận hồ sơ cấp căn cước lưu động tại trường học, giúp "
        "học sinh dưới 14 tuổi làm thủ tục mà phụ huynh không phải nghỉ làm để đưa con đi.",
        [
            "Trong tuần đầu, các tổ công tác đã thu nhận hồ sơ cho hơn 1.300 học sinh của 9 trường "
            "tiểu học và trung học cơ sở.",
            "Học sinh từ 6 tuổi trở lên được thu nhận ảnh khuôn mặt và vân tay, có cha mẹ hoặc người "
            "giám hộ đi cùng để ký xác nhận tờ khai.",
            "Sau khi có thẻ căn cước, học sinh có thể dùng thay giấy khai sinh khi làm các thủ tục "
            "hành chính, khám chữa bệnh bảo hiểm y tế và đi máy bay nội địa.",
        ],
    ),
    (  # 21
        "Đoàn công tác Bộ Tài nguyên và Môi trường làm việc về quy hoạch tài nguyên nước",
        "Ngày 20/3, đoàn công tác của Cục Quản lý tài nguyên nước làm việc với tỉnh về lồng ghép "
        "nội dung tài nguyên nước trong quy hoạch tỉnh thời kỳ 2021 - 2030.",
        [
            "Báo cáo của tỉnh cho thấy nhu cầu nước cho sản xuất công nghiệp dự kiến tăng gấp đôi "
            "vào năm 2030, trong khi lượng nước mùa khô trên các sông có xu hướng giảm.",
            "Đoàn công tác đề nghị tỉnh sớm lập danh mục nguồn nước nội tỉnh, hành lang bảo vệ "
            "nguồn nước và kế hoạch ứng phó khi xảy ra thiếu nước nghiêm trọng.",
            "Lãnh đạo tỉnh cam kết hoàn thành việc cắm mốc hành lang bảo vệ các hồ chứa lớn trong "
            "năm 2024.",
        ],
    ),
]
