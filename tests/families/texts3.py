"""Article texts of the validation families (issue 10, second batch; Vietnamese, NFC).

Same shape as ``texts2``: (key, title, lead, paragraphs), appended to ``TEXTS`` by
``tests.families.texts`` and found by key (``KEY["tl-cau-yen-binh"]``). Every text belongs to
one family (the key's prefix names it) and is used once. The announcements of fx-ministry
("ln-tb-...") are one paragraph, as such notices are: their lead is the whole text and
``paragraphs`` is empty. Names of people, places and figures are invented; the provinces
(Thạch Lâm, Kim Sơn, Vân Lĩnh, Ninh Lâm), the city of Đông Hòa and the Cục Phát triển làng
nghề nông thôn do not exist.
"""

from __future__ import annotations

TEXTS3: list[tuple[str, str, str, list[str]]] = [
    # --- fx-phpnews: Sở Giao thông vận tải tỉnh Thạch Lâm ----------------------------------
    (
        "tl-cau-yen-binh",
        "Thông xe kỹ thuật cầu Yên Bình trên tỉnh lộ 721",
        "Sáng 7/3, Sở Giao thông vận tải tỉnh Thạch Lâm phối hợp với Ủy ban nhân dân huyện Yên "
        "Bình tổ chức thông xe kỹ thuật cầu Yên Bình, thay thế cây cầu sắt cũ đã xuống cấp sau "
        "hơn bốn mươi năm sử dụng.",
        [
            "Cầu Yên Bình dài 186 mét, rộng 12 mét, kết cấu dầm bê tông cốt thép dự ứng lực, tải "
            "trọng thiết kế HL93, với tổng mức đầu tư gần 97 tỷ đồng từ nguồn ngân sách tỉnh.",
            "Công trình được khởi công từ tháng 5 năm 2022. Trong quá trình thi công, nhà thầu đã "
            "phải xử lý nền móng phức tạp ở trụ giữa sông và tạm dừng hơn hai tháng trong mùa mưa "
            "lũ năm 2023.",
            "Theo Giám đốc Ban Quản lý dự án công trình giao thông tỉnh Phạm Quốc Vinh, sau khi "
            "thông xe kỹ thuật, đơn vị thi công tiếp tục hoàn thiện hệ thống chiếu sáng, lan can "
            "và đường dẫn hai đầu cầu, dự kiến bàn giao đưa vào sử dụng trong quý II.",
            "Cây cầu mới rút ngắn khoảng mười lăm phút đi lại cho người dân các xã phía bắc huyện, "
            "đồng thời giúp xe tải chở nông sản không còn phải đi vòng qua quốc lộ.",
        ],
    ),
    (
        "tl-dang-kiem",
        "Các trung tâm đăng kiểm làm việc cả thứ Bảy để giảm ùn tắc",
        "Trước tình trạng phương tiện xếp hàng dài chờ kiểm định, năm trung tâm đăng kiểm xe cơ "
        "giới trên địa bàn tỉnh Thạch Lâm đã bố trí làm việc thêm ngày thứ Bảy từ đầu tháng 3.",
        [
            "Theo thống kê của Sở Giao thông vận tải, lượng phương tiện đến hạn kiểm định trong "
            "quý I tăng gần 30% so với cùng kỳ, chủ yếu là xe ô tô con được miễn kiểm định lần "
            "đầu theo quy định mới và nay đến kỳ kiểm định đầu tiên.",
            "Ngoài việc tăng ngày làm việc, các trung tâm đã triển khai đặt lịch hẹn trực tuyến, "
            "chủ phương tiện có thể chọn khung giờ phù hợp thay vì phải đến xếp hàng từ sáng sớm.",
            "Sở đề nghị các chủ phương tiện chủ động kiểm tra thời hạn trên tem kiểm định, tránh "
            "để đến sát ngày hết hạn mới đưa xe đi kiểm định.",
        ],
    ),
    (
        "tl-tai-nan-tet",
        "Tai nạn giao thông dịp Tết Giáp Thìn giảm cả ba tiêu chí",
        "Trong chín ngày nghỉ Tết Nguyên đán Giáp Thìn, toàn tỉnh Thạch Lâm xảy ra 6 vụ tai nạn "
        "giao thông, làm chết 4 người, bị thương 5 người, giảm cả số vụ, số người chết và số người "
        "bị thương so với Tết năm trước.",
        [
            "Ban An toàn giao thông tỉnh đánh giá kết quả trên có được nhờ các lực lượng chức "
            "năng tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ, tỉnh lộ và đường liên "
            "xã, đặc biệt là xử lý vi phạm nồng độ cồn.",
            "Trong dịp Tết, lực lượng cảnh sát giao thông đã lập biên bản 1.146 trường hợp vi "
            "phạm, trong đó có 512 trường hợp vi phạm nồng độ cồn, tạm giữ 430 mô tô, xe máy.",
            "Tuy vậy, vẫn còn tình trạng thanh thiếu niên không đội mũ bảo hiểm, chở quá số người "
            "quy định, nhất là trên các tuyến đường nông thôn vào ban đêm.",
            "Ban An toàn giao thông tỉnh yêu cầu các huyện, thành phố duy trì cao điểm kiểm soát "
            "trong mùa lễ hội đầu xuân, không để tai nạn gia tăng sau Tết.",
        ],
    ),
    (
        "tl-sua-duong-718",
        "Sửa chữa mặt đường tỉnh lộ 718 đoạn qua xã Đồng Lạc",
        "Sở Giao thông vận tải tỉnh Thạch Lâm vừa phê duyệt phương án sửa chữa cục bộ mặt đường "
        "tỉnh lộ 718 đoạn từ km 14 đến km 19 qua xã Đồng Lạc, huyện Tân Khê.",
        [
            "Đoạn tuyến này bị hư hỏng nặng sau mùa mưa năm 2023 với nhiều ổ gà, lún vệt bánh xe, "
            "gây mất an toàn cho người tham gia giao thông, nhất là vào ban đêm.",
            "Đơn vị bảo dưỡng đường bộ sẽ cào bóc lớp bê tông nhựa cũ, bù vênh và thảm lại lớp mặt "
            "dày 7 cm, đồng thời nạo vét rãnh dọc và sơn lại vạch kẻ đường.",
            "Trong thời gian thi công, phương tiện được lưu thông một nửa đường, có người điều "
            "tiết giao thông hai đầu đoạn thi công. Công trình dự kiến hoàn thành trong 45 ngày.",
        ],
    ),
    (
        "tl-sat-hach-a1",
        "Tổ chức sát hạch lái xe mô tô hạng A1 lưu động tại các huyện miền núi",
        "Từ tháng 3 đến tháng 6, Sở Giao thông vận tải tỉnh Thạch Lâm tổ chức các kỳ sát hạch lái "
        "xe mô tô hạng A1 lưu động tại bốn huyện miền núi, tạo thuận lợi cho người dân tộc thiểu "
        "số ở xa trung tâm.",
        [
            "Các kỳ sát hạch được bố trí tại trung tâm các huyện Mường Khoa, Nà Sơn, Phia Lượng và "
            "Tân Khê, mỗi kỳ dự kiến cho khoảng 300 đến 400 thí sinh.",
            "Đối với người không biết đọc, viết tiếng Việt, hội đồng sát hạch tổ chức sát hạch lý "
            "thuyết theo hình thức vấn đáp, có cán bộ biết tiếng dân tộc hỗ trợ.",
            "Sở phối hợp với các cơ sở đào tạo tổ chức ôn luyện trước kỳ sát hạch, hướng dẫn thủ "
            "tục hồ sơ và thu lệ phí theo đúng quy định, không để phát sinh chi phí ngoài.",
            "Năm 2023, các kỳ sát hạch lưu động đã giúp hơn 1.600 người dân vùng cao được cấp giấy "
            "phép lái xe, góp phần giảm tình trạng điều khiển xe máy khi chưa có bằng lái.",
        ],
    ),
    (
        "tl-ben-xe-phia-nam",
        "Bến xe khách phía Nam thành phố Thạch Lâm đi vào hoạt động",
        "Sau hơn một năm xây dựng, bến xe khách phía Nam thành phố Thạch Lâm đạt tiêu chuẩn loại "
        "2 đã chính thức đón những chuyến xe đầu tiên từ ngày 1/3.",
        [
            "Bến xe có diện tích gần 2,5 ha, gồm nhà chờ, khu bán vé, bãi đỗ xe qua đêm, xưởng bảo "
            "dưỡng và khu dịch vụ, đáp ứng khoảng 300 lượt xe xuất bến mỗi ngày.",
            "Theo phương án tổ chức giao thông, các tuyến xe khách liên tỉnh đi các tỉnh phía Nam "
            "sẽ chuyển từ bến xe trung tâm về bến xe mới, giảm áp lực cho nội đô.",
            "Sở Giao thông vận tải đã phối hợp với doanh nghiệp xe buýt điều chỉnh lộ trình hai "
            "tuyến buýt để kết nối bến xe phía Nam với trung tâm thành phố.",
        ],
    ),
    # --- fx-mvc: Sở Khoa học và Công nghệ tỉnh Kim Sơn -------------------------------------
    (
        "ks-khoi-nghiep",
        "Kim Sơn đặt mục tiêu có 50 doanh nghiệp khởi nghiệp đổi mới sáng tạo vào năm 2025",
        "Ủy ban nhân dân tỉnh Kim Sơn vừa ban hành kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi "
        "mới sáng tạo giai đoạn 2024 - 2025, với mục tiêu hình thành ít nhất 50 doanh nghiệp khởi "
        "nghiệp và 5 tổ chức thúc đẩy kinh doanh.",
        [
            "Theo kế hoạch, Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì phối hợp với "
            "các sở, ngành, các trường đại học, cao đẳng trên địa bàn triển khai các nhiệm vụ hỗ "
            "trợ khởi nghiệp.",
            "Tỉnh sẽ hoàn thiện Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo với không gian làm "
            "việc chung, phòng thí nghiệm mở và xưởng chế tạo mẫu, cho các nhóm khởi nghiệp sử "
            "dụng miễn phí trong năm đầu tiên.",
            "Các dự án khởi nghiệp được lựa chọn có thể được hỗ trợ tối đa 300 triệu đồng cho việc "
            "hoàn thiện sản phẩm mẫu, đăng ký quyền sở hữu trí tuệ và xúc tiến thương mại.",
            "Kế hoạch cũng dành một phần kinh phí để đào tạo đội ngũ huấn luyện viên khởi nghiệp, "
            "kết nối các nhóm khởi nghiệp với nhà đầu tư thiên thần và quỹ đầu tư mạo hiểm trong "
            "nước.",
            "Năm 2023, Kim Sơn đã tổ chức cuộc thi ý tưởng khởi nghiệp đầu tiên, thu hút 86 dự án "
            "tham gia, trong đó nhiều dự án khai thác đặc sản địa phương như bưởi, mật ong rừng và "
            "tinh dầu sả.",
            "Dự án đạt giải nhất là hệ thống cảm biến đo độ ẩm đất và tưới nhỏ giọt tự động cho "
            "vườn bưởi, đến nay đã được lắp đặt thử nghiệm tại 12 hộ trồng bưởi ở huyện Đông Lý.",
            "Giám đốc Sở Khoa học và Công nghệ Đặng Thị Kim Oanh cho biết, điểm yếu lớn nhất của "
            "hệ sinh thái hiện nay là thiếu kết nối giữa nhà trường, doanh nghiệp và nhà đầu tư, "
            "vì vậy kế hoạch tập trung vào các hoạt động kết nối.",
            "Từ quý II, Sở sẽ tổ chức định kỳ hằng tháng chương trình gặp gỡ giữa các nhóm khởi "
            "nghiệp với doanh nghiệp lớn trong tỉnh để tìm kiếm đơn đặt hàng công nghệ.",
        ],
    ),
    (
        "ks-nhan-hieu-buoi",
        "Bưởi Đông Lý được cấp văn bằng bảo hộ nhãn hiệu chứng nhận",
        "Cục Sở hữu trí tuệ vừa cấp giấy chứng nhận đăng ký nhãn hiệu chứng nhận “Bưởi Đông Lý” "
        "cho sản phẩm bưởi da xanh của huyện Đông Lý, tỉnh Kim Sơn.",
        [
            "Nhãn hiệu chứng nhận do Sở Khoa học và Công nghệ đứng tên chủ sở hữu, được sử dụng "
            "cho sản phẩm bưởi trồng tại tám xã của huyện Đông Lý, đáp ứng các tiêu chí về giống, "
            "quy trình canh tác và chất lượng quả.",
            "Để được dán tem nhãn hiệu, các hợp tác xã và hộ trồng bưởi phải đăng ký với Sở, áp "
            "dụng nhật ký canh tác và chịu sự kiểm tra định kỳ về chất lượng.",
            "Huyện Đông Lý hiện có hơn 1.900 ha bưởi, sản lượng mỗi năm khoảng 32.000 tấn. Việc "
            "được bảo hộ nhãn hiệu giúp sản phẩm có thêm điều kiện vào siêu thị và xuất khẩu.",
            "Sở sẽ xây dựng hệ thống truy xuất nguồn gốc bằng mã QR trên tem nhãn hiệu, giúp người "
            "tiêu dùng kiểm tra vùng trồng và cơ sở đóng gói của từng lô hàng.",
        ],
    ),
    (
        "ks-kiem-dinh-can",
        "Kiểm định miễn phí hơn 3.000 cân tại các chợ",
        "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Kim Sơn vừa hoàn thành đợt kiểm định miễn phí "
        "cân đồng hồ, cân điện tử cho tiểu thương tại 46 chợ trên địa bàn tỉnh.",
        [
            "Qua kiểm định, có 3.126 chiếc cân đạt yêu cầu và được dán tem, 214 chiếc không đạt do "
            "sai số vượt mức cho phép, chủ yếu là cân đồng hồ đã sử dụng lâu năm.",
            "Tiểu thương có cân không đạt được hướng dẫn sửa chữa hoặc thay thế, sau đó kiểm định "
            "lại; những chiếc cân không thể sửa chữa được niêm phong, không được tiếp tục sử dụng.",
            "Chi cục cũng phối hợp với ban quản lý các chợ bố trí cân đối chứng để người mua tự "
            "kiểm tra khối lượng hàng hóa, góp phần bảo vệ quyền lợi người tiêu dùng.",
        ],
    ),
    (
        "ks-lan-nuoi-cay-mo",
        "Nghiệm thu đề tài nhân giống lan bản địa bằng phương pháp nuôi cấy mô",
        "Hội đồng khoa học tỉnh Kim Sơn đã nghiệm thu đề tài nghiên cứu nhân giống ba loài lan bản "
        "địa quý hiếm bằng phương pháp nuôi cấy mô, xếp loại khá.",
        [
            "Đề tài do Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chủ trì, thực hiện trong hai "
            "năm với kinh phí hơn 1,2 tỷ đồng từ ngân sách sự nghiệp khoa học của tỉnh.",
            "Nhóm nghiên cứu đã xây dựng thành công quy trình nhân giống lan kim điệp, lan hoàng "
            "thảo và lan hài, tạo ra hơn 20.000 cây giống đạt chuẩn xuất vườn.",
            "Tỷ lệ cây sống sau khi đưa ra vườn ươm đạt trên 85%, cây sinh trưởng tốt và giữ được "
            "đặc điểm của giống gốc.",
            "Hội đồng đề nghị Trung tâm hoàn thiện quy trình để chuyển giao cho các hợp tác xã trồng "
            "hoa, đồng thời phối hợp với Vườn quốc gia trồng lại một phần cây giống vào tự nhiên.",
        ],
    ),
    (
        "ks-buc-xa-y-te",
        "Tập huấn an toàn bức xạ cho nhân viên y tế",
        "Sở Khoa học và Công nghệ tỉnh Kim Sơn tổ chức lớp tập huấn an toàn bức xạ cho hơn 80 "
        "nhân viên trực tiếp vận hành thiết bị X-quang tại các cơ sở y tế.",
        [
            "Học viên được cập nhật các quy định mới về an toàn bức xạ, cách sử dụng liều kế cá "
            "nhân, quy trình kiểm soát liều chiếu cho người bệnh và xử lý sự cố bức xạ.",
            "Qua thanh tra năm 2023, Sở phát hiện một số cơ sở chưa gia hạn giấy phép tiến hành "
            "công việc bức xạ đúng hạn, chưa lập hồ sơ theo dõi liều chiếu xạ cá nhân đầy đủ.",
            "Kết thúc lớp học, các học viên làm bài kiểm tra và được cấp giấy chứng nhận đào tạo "
            "an toàn bức xạ theo quy định.",
        ],
    ),
    (
        "ks-nang-suat",
        "Hỗ trợ 20 doanh nghiệp áp dụng công cụ cải tiến năng suất",
        "Năm 2024, Sở Khoa học và Công nghệ tỉnh Kim Sơn sẽ hỗ trợ 20 doanh nghiệp nhỏ và vừa áp "
        "dụng các hệ thống quản lý và công cụ cải tiến năng suất chất lượng.",
        [
            "Các công cụ được hỗ trợ gồm 5S, Kaizen, quản lý tinh gọn và hệ thống quản lý chất lượng "
            "theo tiêu chuẩn quốc gia, phù hợp với quy mô từng doanh nghiệp.",
            "Mức hỗ trợ tối đa 50% chi phí tư vấn, đánh giá và chứng nhận, nhưng không quá 100 "
            "triệu đồng cho mỗi doanh nghiệp.",
            "Trong hai năm qua, 31 doanh nghiệp được hỗ trợ đã giảm trung bình 12% chi phí sản xuất "
            "và rút ngắn thời gian giao hàng, nhiều đơn vị mở rộng được thị trường xuất khẩu.",
            "Doanh nghiệp có nhu cầu đăng ký với Chi cục Tiêu chuẩn Đo lường Chất lượng trước ngày "
            "30 tháng 4 để được khảo sát và lập kế hoạch hỗ trợ.",
        ],
    ),
    # --- fx-commune: Ủy ban nhân dân phường Phú Mỹ, thành phố Đông Hòa ----------------------
    (
        "pm-tiem-chung",
        "Tiêm chủng mở rộng tháng 3 tại Trạm Y tế phường",
        "Trạm Y tế phường Phú Mỹ tổ chức buổi tiêm chủng mở rộng định kỳ tháng 3 cho trẻ em dưới "
        "năm tuổi và phụ nữ có thai trên địa bàn.",
        [
            "Các vắc xin được tiêm gồm viêm gan B, bại liệt, sởi - rubella, bạch hầu - ho gà - uốn "
            "ván và viêm não Nhật Bản.",
            "Phụ huynh mang theo sổ tiêm chủng, đưa trẻ đến trạm từ 7 giờ 30 sáng thứ Tư và thứ "
            "Năm tuần này.",
            "Trẻ sau khi tiêm được theo dõi tại trạm 30 phút và tiếp tục theo dõi tại nhà trong 24 "
            "giờ.",
        ],
    ),
    (
        "pm-tong-ve-sinh",
        "Ra quân tổng vệ sinh môi trường các khu phố",
        "Sáng Chủ nhật, Ủy ban nhân dân phường Phú Mỹ phối hợp với Ủy ban Mặt trận Tổ quốc phường "
        "ra quân tổng vệ sinh môi trường tại sáu khu phố.",
        [
            "Hơn 400 đoàn viên, hội viên và người dân đã thu gom rác thải, phát quang bụi rậm, khơi "
            "thông cống rãnh trên các tuyến hẻm.",
            "Khu phố 3 và khu phố 5 được biểu dương vì có đông hộ dân tham gia và duy trì tốt mô "
            "hình tuyến hẻm xanh, sạch, đẹp.",
            "Phường đề nghị các hộ gia đình bỏ rác đúng giờ, đúng nơi quy định, không đổ rác xuống "
            "kênh Bà Lài.",
        ],
    ),
    (
        "pm-tiep-cong-dan",
        "Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ",
        "Chiều 14/3, Chủ tịch Ủy ban nhân dân phường Phú Mỹ Lâm Thanh Phong chủ trì buổi tiếp "
        "công dân định kỳ tháng 3.",
        [
            "Tại buổi tiếp, bốn công dân đã trình bày các kiến nghị về cấp giấy chứng nhận quyền sử "
            "dụng đất, ngập nước hẻm 42 và trật tự xây dựng.",
            "Chủ tịch phường đã trả lời trực tiếp hai trường hợp, giao bộ phận địa chính kiểm tra "
            "thực địa và trả lời bằng văn bản các kiến nghị còn lại trong mười ngày.",
            "Thời gian tiếp công dân của lãnh đạo phường được niêm yết tại trụ sở và đăng trên "
            "trang thông tin điện tử của phường.",
        ],
    ),
    (
        "pm-giao-quan",
        "Phú Mỹ có 12 thanh niên lên đường nhập ngũ năm 2024",
        "Phường Phú Mỹ tổ chức gặp mặt, tặng quà 12 thanh niên trúng tuyển nghĩa vụ quân sự và "
        "nghĩa vụ công an nhân dân năm 2024.",
        [
            "Các tân binh được tặng quà, tiền hỗ trợ và nghe lãnh đạo phường dặn dò trước ngày lên "
            "đường.",
            "Đại diện các tân binh hứa sẽ rèn luyện tốt, hoàn thành xuất sắc nhiệm vụ, xứng đáng "
            "với truyền thống của quê hương.",
            "Phường đã hoàn thành chỉ tiêu giao quân năm 2024, không có trường hợp nào trốn tránh "
            "nghĩa vụ.",
        ],
    ),
    (
        "pm-dich-vu-cong",
        "Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận một cửa",
        "Từ tháng 3, Bộ phận tiếp nhận và trả kết quả phường Phú Mỹ bố trí tổ hỗ trợ hướng dẫn "
        "người dân nộp hồ sơ thủ tục hành chính trên Cổng dịch vụ công.",
        [
            "Tổ hỗ trợ gồm công chức một cửa và đoàn viên thanh niên, làm việc trong giờ hành chính "
            "các ngày trong tuần.",
            "Người dân được hướng dẫn tạo tài khoản định danh điện tử, chụp giấy tờ, nộp hồ sơ và "
            "thanh toán lệ phí trực tuyến.",
            "Trong tháng 2, phường đã tiếp nhận 186 hồ sơ trực tuyến, chiếm 64% tổng số hồ sơ.",
        ],
    ),
    # --- fx-tv: Đài Phát thanh và Truyền hình tỉnh Vân Lĩnh --------------------------------
    (
        "vl-le-hoi-hoa-dao",
        "Khai mạc Lễ hội hoa đào Vân Lĩnh năm 2024",
        "Tối 9/3, tại quảng trường trung tâm thành phố Vân Lĩnh, Ủy ban nhân dân tỉnh khai mạc Lễ "
        "hội hoa đào lần thứ năm với chủ đề “Sắc xuân miền biên viễn”.",
        [
            "Chương trình nghệ thuật khai mạc quy tụ hơn 300 diễn viên, nghệ nhân đến từ các dân "
            "tộc Tày, Nùng, Dao, Mông trong tỉnh, tái hiện không khí mùa xuân nơi vùng cao.",
            "Trong khuôn khổ lễ hội diễn ra các hoạt động trưng bày hàng trăm gốc đào cổ thụ, chợ "
            "phiên vùng cao, thi làm bánh dày và giải đua ngựa truyền thống.",
            "Phát biểu khai mạc, Phó Chủ tịch Ủy ban nhân dân tỉnh Hoàng Văn Sáng cho biết lễ hội "
            "là dịp quảng bá hình ảnh đất và người Vân Lĩnh, thu hút du khách trong và ngoài nước.",
            "Dự kiến trong ba ngày diễn ra lễ hội, Vân Lĩnh sẽ đón khoảng 40.000 lượt khách; các cơ "
            "sở lưu trú trong thành phố đã kín phòng từ nhiều ngày trước.",
            "Ban tổ chức khuyến cáo du khách không bẻ cành đào rừng, giữ gìn vệ sinh môi trường tại "
            "các điểm tham quan.",
        ],
    ),
    (
        "vl-gia-ca-phe",
        "Giá cà phê tăng cao, nông dân Vân Lĩnh phấn khởi",
        "Những ngày đầu tháng 3, giá cà phê nhân xô tại các huyện phía nam tỉnh Vân Lĩnh đã vượt "
        "mức 80.000 đồng một kilôgam, cao nhất từ trước đến nay.",
        [
            "Nhiều hộ trồng cà phê ở xã Tà Phìn cho biết, sau khi trừ chi phí phân bón và công thu "
            "hái, mỗi héc ta cà phê năm nay cho lãi gấp đôi năm trước.",
            "Tuy nhiên, do thời tiết khô hạn kéo dài, năng suất cà phê một số vùng giảm khoảng 10 "
            "đến 15%, nhiều hộ phải đầu tư thêm hệ thống tưới tiết kiệm nước.",
            "Ngành nông nghiệp khuyến cáo người dân không ồ ạt chặt bỏ cây trồng khác để chuyển sang "
            "trồng cà phê, mà tập trung chăm sóc, tái canh các vườn già cỗi.",
        ],
    ),
    (
        "vl-video-chay-rung",
        "Chủ động phòng cháy rừng trong cao điểm mùa khô",
        "Mùa khô năm nay, tỉnh Vân Lĩnh có hơn 18.000 ha rừng thuộc vùng trọng điểm có nguy cơ "
        "cháy cao.",
        [
            "Lực lượng kiểm lâm đã phối hợp với chính quyền các xã duy trì chốt canh lửa 24/24 giờ "
            "tại các khu rừng thông.",
            "Người dân được hướng dẫn đốt thực bì đúng thời gian, có người canh giữ và làm đường "
            "băng cản lửa trước khi đốt.",
            "Các đội xung kích phòng cháy ở thôn bản được trang bị bàn dập lửa, máy thổi gió và tổ "
            "chức diễn tập định kỳ.",
        ],
    ),
    (
        "vl-video-lop-hoc",
        "Lớp học tình thương bên dòng Nậm Lũ",
        "Hơn mười năm nay, căn phòng nhỏ bên dòng Nậm Lũ là nơi cô giáo Vàng Thị Mỷ dạy chữ miễn "
        "phí cho trẻ em và phụ nữ người Mông.",
        [
            "Lớp học mở vào buổi tối, khi người lớn đã xong việc nương rẫy và trẻ em đã ăn cơm.",
            "Nhiều học viên đã biết đọc, biết viết, biết tính toán để tự ghi chép sổ sách bán nông "
            "sản.",
            "Cô Mỷ mong có thêm bàn ghế và sách vở để đón thêm học viên ở các bản lân cận.",
        ],
    ),
    (
        "vl-anh-ruong-bac-thang",
        "Mùa nước đổ trên ruộng bậc thang Phìn Hồ",
        "Cuối tháng 3, những thửa ruộng bậc thang ở xã Phìn Hồ bước vào mùa nước đổ, tạo nên "
        "khung cảnh lung linh thu hút đông đảo du khách và người yêu nhiếp ảnh.",
        [
            "Người dân đưa nước từ khe suối về từng thửa ruộng, cày bừa chuẩn bị cấy lúa vụ xuân.",
            "Khi chiều xuống, mặt nước trên các thửa ruộng phản chiếu ánh hoàng hôn.",
            "Nhiều hộ dân trong bản đã mở dịch vụ lưu trú, đón khách đến ngắm ruộng bậc thang.",
            "Huyện Phìn Hồ đang xây dựng điểm du lịch cộng đồng gắn với bảo tồn cảnh quan ruộng bậc "
            "thang.",
        ],
    ),
    (
        "vl-xuc-tien-dau-tu",
        "Hội nghị xúc tiến đầu tư vào khu công nghiệp Bản Khèn",
        "Ngày 5/3, Ủy ban nhân dân tỉnh Vân Lĩnh tổ chức hội nghị xúc tiến đầu tư vào khu công "
        "nghiệp Bản Khèn với sự tham dự của hơn 120 doanh nghiệp trong và ngoài nước.",
        [
            "Khu công nghiệp Bản Khèn có tổng diện tích 250 ha, đã hoàn thành hạ tầng giai đoạn một, "
            "ưu tiên thu hút các dự án chế biến nông, lâm sản và sản xuất hàng tiêu dùng.",
            "Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư cho ba dự án với tổng vốn đăng "
            "ký hơn 1.800 tỷ đồng và ký biên bản ghi nhớ với năm nhà đầu tư khác.",
            "Lãnh đạo tỉnh cam kết rút ngắn thời gian giải quyết thủ tục đầu tư, bố trí cán bộ đồng "
            "hành cùng doanh nghiệp từ khi khảo sát đến khi dự án đi vào hoạt động.",
            "Các doanh nghiệp kiến nghị tỉnh sớm hoàn thiện tuyến đường kết nối khu công nghiệp với "
            "cửa khẩu và bảo đảm nguồn lao động qua đào tạo.",
        ],
    ),
    (
        "vl-sat-lo-152",
        "Khẩn trương khắc phục điểm sạt lở trên tỉnh lộ 152",
        "Mưa lớn kéo dài đêm 11/3 đã gây sạt lở taluy dương tại km 27 tỉnh lộ 152 đoạn qua xã Sán "
        "Chải, khiến giao thông bị ách tắc hoàn toàn.",
        [
            "Khối lượng đất đá sạt lở ước tính khoảng 2.000 mét khối, vùi lấp toàn bộ mặt đường dài "
            "hơn 40 mét.",
            "Ngay trong sáng 12/3, đơn vị quản lý đường bộ đã huy động hai máy xúc, một máy ủi và "
            "nhiều xe tải đến hiện trường san gạt, thông đường.",
            "Đến 16 giờ cùng ngày, tuyến đường đã thông một làn xe. Lực lượng chức năng bố trí người "
            "cảnh giới hai đầu điểm sạt lở do nguy cơ sạt lở tiếp vẫn còn.",
        ],
    ),
    # --- fx-ministry: Cục Phát triển làng nghề nông thôn -----------------------------------
    (
        "ln-hoi-cho",
        "Hội chợ làng nghề nông thôn năm 2024 quy tụ hơn 300 gian hàng",
        "Hội chợ làng nghề nông thôn năm 2024 khai mạc sáng 7/3 tại Trung tâm Hội chợ triển lãm "
        "nông nghiệp, với hơn 300 gian hàng của các làng nghề từ 42 tỉnh, thành phố.",
        [
            "Các sản phẩm trưng bày gồm gốm sứ, mây tre đan, dệt thổ cẩm, sơn mài, đồ gỗ mỹ nghệ và "
            "nông sản chế biến, nhiều sản phẩm đã đạt chứng nhận OCOP từ bốn sao trở lên.",
            "Điểm mới của hội chợ năm nay là khu trình diễn nghề, nơi các nghệ nhân trực tiếp làm "
            "gốm, đan lát, thêu thùa trước công chúng và hướng dẫn khách tham quan tự làm sản phẩm.",
            "Phát biểu khai mạc, Cục trưởng Cục Phát triển làng nghề nông thôn Nguyễn Hữu Thanh nhấn "
            "mạnh, hội chợ không chỉ là nơi bán hàng mà còn là dịp để các làng nghề học hỏi kinh "
            "nghiệm thiết kế, đóng gói và tiếp cận thị trường.",
            "Trong khuôn khổ hội chợ còn có hội thảo về phát triển du lịch làng nghề và phiên kết "
            "nối giữa các cơ sở sản xuất với doanh nghiệp xuất khẩu, sàn thương mại điện tử.",
            "Hội chợ kéo dài đến hết ngày 11/3, mở cửa miễn phí cho khách tham quan.",
        ],
    ),
    (
        "ln-thiet-ke-may-tre",
        "Tập huấn thiết kế mẫu mã cho các làng nghề mây tre đan",
        "Cục Phát triển làng nghề nông thôn phối hợp với Trường Đại học Mỹ thuật công nghiệp tổ chức "
        "khóa tập huấn thiết kế mẫu mã sản phẩm cho 60 học viên đến từ các làng nghề mây tre đan.",
        [
            "Học viên được giới thiệu xu hướng tiêu dùng đồ trang trí nội thất, cách khai thác họa "
            "tiết truyền thống trong thiết kế mới và kỹ thuật làm mẫu thử.",
            "Các giảng viên cũng hướng dẫn cách tính giá thành, chụp ảnh sản phẩm và xây dựng "
            "catalogue giới thiệu để chào hàng với khách hàng nước ngoài.",
            "Kết thúc khóa học, mỗi nhóm học viên hoàn thành một bộ sưu tập mẫu, những mẫu xuất sắc "
            "sẽ được giới thiệu tại gian hàng chung của Cục ở các hội chợ trong năm.",
        ],
    ),
    (
        "ln-khao-sat-gom",
        "Khảo sát thực trạng bảo tồn các làng nghề gốm truyền thống",
        "Đoàn công tác của Cục Phát triển làng nghề nông thôn vừa khảo sát thực trạng sản xuất và "
        "bảo tồn nghề tại sáu làng gốm truyền thống ở các tỉnh phía Bắc và miền Trung.",
        [
            "Kết quả khảo sát cho thấy số hộ còn làm gốm giảm mạnh, nhiều làng chỉ còn vài lò nung "
            "thủ công, lớp nghệ nhân cao tuổi chưa có người kế nghiệp.",
            "Nguyên nhân chủ yếu là thu nhập từ nghề không ổn định, nguồn đất sét ngày càng khan "
            "hiếm và yêu cầu về môi trường đối với lò nung bằng củi ngày càng chặt chẽ.",
            "Một số làng đã chuyển đổi sang lò ga, kết hợp sản xuất với đón khách tham quan, trải "
            "nghiệm, bước đầu nâng cao thu nhập cho người làm nghề.",
            "Đoàn công tác đề xuất xây dựng cơ sở dữ liệu nghệ nhân, hỗ trợ mở lớp truyền nghề và "
            "quy hoạch vùng nguyên liệu đất sét cho các làng gốm.",
        ],
    ),
    (
        "ln-chuyen-gia",
        "Làm việc với đoàn chuyên gia về thương mại sản phẩm thủ công",
        "Ngày 28/2, lãnh đạo Cục Phát triển làng nghề nông thôn làm việc với đoàn chuyên gia của một "
        "tổ chức phát triển quốc tế về chương trình hỗ trợ thương mại sản phẩm thủ công bền vững.",
        [
            "Hai bên đã trao đổi về yêu cầu truy xuất nguồn gốc nguyên liệu, tiêu chuẩn lao động và "
            "môi trường mà các thị trường nhập khẩu lớn đặt ra đối với hàng thủ công.",
            "Đoàn chuyên gia đề xuất thí điểm chương trình tại ba làng nghề, hỗ trợ đánh giá chuỗi "
            "cung ứng, đào tạo quản trị và kết nối với nhà nhập khẩu.",
            "Lãnh đạo Cục đề nghị chương trình ưu tiên các làng nghề ở vùng dân tộc thiểu số, nơi "
            "phụ nữ là lực lượng lao động chính.",
        ],
    ),
    (
        "ln-tb-tuyen-dung",
        "Thông báo tuyển dụng công chức năm 2024",
        "Cục Phát triển làng nghề nông thôn thông báo tuyển dụng 8 chỉ tiêu công chức năm 2024 "
        "theo hình thức thi tuyển, làm việc tại các phòng chuyên môn thuộc Cục; người dự tuyển "
        "nộp phiếu đăng ký tại Văn phòng Cục từ ngày 11/3/2024 đến hết ngày 10/4/2024, chi tiết "
        "về chỉ tiêu, điều kiện và hồ sơ xem tại văn bản đính kèm.",
        [],
    ),
    (
        "ln-tb-dang-ky-hoi-cho",
        "Thông báo mời đăng ký tham gia gian hàng chung tại các hội chợ năm 2024",
        "Cục Phát triển làng nghề nông thôn đề nghị Sở Nông nghiệp các tỉnh, thành phố thông báo "
        "tới các làng nghề, hợp tác xã, doanh nghiệp trên địa bàn đăng ký tham gia gian hàng chung "
        "của Cục tại các hội chợ trong nước và quốc tế năm 2024; phiếu đăng ký gửi về Cục trước "
        "ngày 25/3/2024 theo mẫu đính kèm.",
        [],
    ),
    (
        "ln-tb-ho-so-nghe",
        "Thông báo tiếp nhận hồ sơ đề nghị công nhận nghề truyền thống đợt 1 năm 2024",
        "Cục Phát triển làng nghề nông thôn thông báo tiếp nhận hồ sơ đề nghị công nhận nghề "
        "truyền thống, làng nghề, làng nghề truyền thống đợt 1 năm 2024 do Ủy ban nhân dân cấp tỉnh "
        "gửi đến đến hết ngày 30/4/2024; thành phần hồ sơ và hướng dẫn lập hồ sơ xem tại tệp đính "
        "kèm.",
        [],
    ),
    # --- fx-k2: Sở Lao động - Thương binh và Xã hội tỉnh Ninh Lâm --------------------------
    (
        "nl-phien-viec-lam",
        "Phiên giao dịch việc làm tháng 3 thu hút hơn 1.500 lao động",
        "Sáng 8/3, Trung tâm Dịch vụ việc làm tỉnh Ninh Lâm tổ chức phiên giao dịch việc làm định "
        "kỳ với sự tham gia của 46 doanh nghiệp và hơn 1.500 lượt người lao động.",
        [
            "Các doanh nghiệp có nhu cầu tuyển dụng hơn 4.200 vị trí, tập trung ở các ngành may mặc, "
            "điện tử, chế biến thủy sản, bán hàng và lái xe.",
            "Mức lương doanh nghiệp đưa ra dao động từ 6 đến 12 triệu đồng mỗi tháng, nhiều đơn vị "
            "hỗ trợ chỗ ở và xe đưa đón cho người lao động ở xa.",
            "Kết thúc phiên giao dịch, có 612 người được phỏng vấn trực tiếp, 354 người được hẹn đi "
            "làm ngay trong tháng.",
            "Tại phiên giao dịch, người lao động còn được tư vấn về chính sách bảo hiểm thất nghiệp, "
            "học nghề và đi làm việc ở nước ngoài theo hợp đồng.",
        ],
    ),
    (
        "nl-xuat-khau-lao-dong",
        "Ninh Lâm đưa 420 lao động đi làm việc ở nước ngoài trong quý I",
        "Quý I năm 2024, tỉnh Ninh Lâm có 420 người đi làm việc ở nước ngoài theo hợp đồng, đạt 28% "
        "kế hoạch năm.",
        [
            "Thị trường tiếp nhận nhiều lao động của tỉnh nhất là Nhật Bản, tiếp đến là Hàn Quốc và "
            "Đài Loan (Trung Quốc).",
            "Sở Lao động - Thương binh và Xã hội khuyến cáo người lao động chỉ liên hệ với các doanh "
            "nghiệp được cấp phép, không nộp tiền cho cá nhân môi giới.",
            "Người lao động thuộc hộ nghèo, hộ cận nghèo được vay vốn ưu đãi tại Ngân hàng Chính "
            "sách xã hội và hỗ trợ chi phí học ngoại ngữ.",
        ],
    ),
    (
        "nl-nguoi-co-cong",
        "Rà soát, số hóa hồ sơ người có công với cách mạng",
        "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Lâm đang triển khai rà soát, số hóa toàn bộ "
        "hồ sơ người có công với cách mạng đang lưu trữ tại Sở.",
        [
            "Hiện Sở đang quản lý hơn 48.000 bộ hồ sơ, nhiều hồ sơ lập từ những năm 1970, giấy đã "
            "ố vàng, chữ viết tay khó đọc.",
            "Các hồ sơ sau khi số hóa được cập nhật vào cơ sở dữ liệu người có công của ngành, giúp "
            "việc tra cứu, giải quyết chế độ nhanh chóng và chính xác hơn.",
            "Quá trình rà soát cũng giúp phát hiện, điều chỉnh kịp thời các trường hợp sai sót về "
            "thông tin, bảo đảm quyền lợi của người có công và thân nhân.",
            "Sở phấn đấu hoàn thành việc số hóa trong năm 2024.",
        ],
    ),
    (
        "nl-tre-em-den-truong",
        "Hỗ trợ 200 trẻ em có hoàn cảnh đặc biệt tiếp tục đến trường",
        "Quỹ Bảo trợ trẻ em tỉnh Ninh Lâm trao học bổng, xe đạp và đồ dùng học tập cho 200 trẻ em "
        "có hoàn cảnh đặc biệt khó khăn.",
        [
            "Mỗi suất học bổng trị giá 2 triệu đồng, được trao cho các em mồ côi, khuyết tật hoặc "
            "thuộc hộ nghèo có thành tích học tập tốt.",
            "Năm 2023, Quỹ đã vận động được hơn 3,6 tỷ đồng, hỗ trợ phẫu thuật tim cho 25 trẻ em và "
            "xây dựng 4 điểm vui chơi ở các xã vùng sâu.",
            "Quỹ kêu gọi các tổ chức, cá nhân tiếp tục chung tay để không trẻ em nào phải bỏ học vì "
            "hoàn cảnh khó khăn.",
        ],
    ),
    (
        "nl-dao-tao-nghe",
        "Đào tạo nghề cho lao động nông thôn theo đặt hàng của doanh nghiệp",
        "Năm 2024, tỉnh Ninh Lâm đặt mục tiêu đào tạo nghề cho 9.500 lao động nông thôn, trong đó "
        "ít nhất 60% học viên được đào tạo theo đặt hàng của doanh nghiệp.",
        [
            "Các cơ sở giáo dục nghề nghiệp sẽ phối hợp với doanh nghiệp xây dựng chương trình, bố "
            "trí thời gian thực hành tại nhà máy và cam kết tuyển dụng sau khóa học.",
            "Những nghề được ưu tiên gồm may công nghiệp, điện dân dụng, hàn, chế biến thực phẩm và "
            "kỹ thuật chăm sóc cây ăn quả.",
            "Học viên thuộc hộ nghèo, người dân tộc thiểu số được hỗ trợ học phí, tiền ăn và tiền đi "
            "lại trong thời gian học.",
            "Năm 2023, hơn 78% học viên sau đào tạo đã có việc làm hoặc tăng thu nhập từ nghề đã học.",
        ],
    ),
    (
        "nl-bao-hiem-that-nghiep",
        "Hơn 2.300 người hưởng trợ cấp thất nghiệp trong hai tháng đầu năm",
        "Trong hai tháng đầu năm 2024, Trung tâm Dịch vụ việc làm tỉnh Ninh Lâm đã tiếp nhận hồ sơ "
        "và ra quyết định hưởng trợ cấp thất nghiệp cho 2.317 người.",
        [
            "Số người hưởng trợ cấp tăng khoảng 15% so với cùng kỳ, chủ yếu là lao động ngành may và "
            "da giày bị chấm dứt hợp đồng do doanh nghiệp thiếu đơn hàng.",
            "Ngoài trợ cấp, người lao động được tư vấn, giới thiệu việc làm miễn phí và hỗ trợ học "
            "nghề để chuyển đổi công việc.",
            "Trung tâm lưu ý người hưởng trợ cấp phải thông báo hằng tháng về tình trạng tìm kiếm "
            "việc làm đúng hẹn, nếu không sẽ bị tạm dừng hưởng trợ cấp.",
        ],
    ),
]
