"""Article texts of the fresh-C families (issue 10, round 16: date and byline conventions of
government portals the other families lack), written by hand (NFC). Same shape as ``texts2``:
(key, title, lead, paragraphs), appended to ``TEXTS`` by ``tests.families.texts`` and found by
key. The fresh-C families reuse some of the corpus's texts under their own dates and authors
(a text at most once per site); these are the ones whose words carry a convention of their
own: a dateline at the lead's start ("BẢO HÀ (5/3) -", "(ngày 28 tháng 2 năm 2024)"), a
document's issue date in the body ("ban hành ngày 01/02/2024"), an official quoted as "Đ/c
...". Names of people and places are invented.
"""

from __future__ import annotations

TEXTS_FRESHC: list[tuple[str, str, str, list[str]]] = [
    # fx-fc-district: the portal of the district of Bảo Hà
    ("fc-bh-trong-que", "Bảo Hà mở rộng diện tích trồng quế lên hơn 1.200 ha", (
        "BẢO HÀ (5/3) - Năm 2024, huyện Bảo Hà đặt mục tiêu trồng mới 250 ha quế, nâng tổng diện "
        "tích quế toàn huyện lên hơn 1.200 ha, gắn với xây dựng vùng nguyên liệu theo hướng hữu cơ."
    ), [
        "Diện tích trồng mới tập trung ở các xã Kim Sơn, Tân Dương và Xuân Hòa, nơi có thổ nhưỡng "
        "phù hợp và người dân đã có kinh nghiệm chăm sóc cây quế nhiều năm.",
        "Huyện hỗ trợ cây giống cho các hộ nghèo, hộ cận nghèo, đồng thời phối hợp với doanh nghiệp "
        "thu mua ký hợp đồng bao tiêu sản phẩm vỏ quế và tinh dầu quế cho người trồng.",
    ]),
    ("fc-bh-ke-hoach-cds", "Triển khai Kế hoạch chuyển đổi số huyện Bảo Hà năm 2024", (
        "Ủy ban nhân dân huyện Bảo Hà vừa tổ chức hội nghị triển khai Kế hoạch chuyển đổi số năm "
        "2024 tới lãnh đạo các phòng, ban và Ủy ban nhân dân các xã, thị trấn."
    ), [
        "Theo Kế hoạch số 38/KH-UBND ban hành ngày 01/02/2024, huyện phấn đấu 100% hồ sơ thủ tục "
        "hành chính được tiếp nhận, giải quyết trên môi trường điện tử và 80% người dân trưởng "
        "thành có tài khoản định danh điện tử mức độ hai.",
        "Các tổ công nghệ số cộng đồng ở thôn, bản sẽ tiếp tục hướng dẫn người dân cài đặt, sử dụng "
        "ứng dụng VNeID, thanh toán không dùng tiền mặt và nộp hồ sơ dịch vụ công trực tuyến.",
        "Hội nghị cũng giao Phòng Văn hóa và Thông tin làm đầu mối theo dõi, tổng hợp kết quả thực "
        "hiện, báo cáo Ủy ban nhân dân huyện định kỳ hằng quý.",
    ]),
    ("fc-bh-hoi-nghi-dan-van", "Hội nghị tổng kết công tác dân vận chính quyền năm 2023", (
        "Huyện Bảo Hà vừa tổ chức hội nghị tổng kết công tác dân vận chính quyền năm 2023, triển "
        "khai nhiệm vụ năm 2024 với chủ đề tăng cường đối thoại với nhân dân."
    ), [
        "Năm 2023, các cơ quan hành chính trên địa bàn huyện đã tổ chức 46 buổi đối thoại với "
        "người dân, giải quyết dứt điểm 112 kiến nghị về đất đai, chính sách xã hội và hạ tầng.",
        "Phát biểu chỉ đạo, Đ/c Hoàng Văn Sơn, Chủ tịch Ủy ban nhân dân huyện đề nghị các xã "
        "tiếp tục nâng cao chất lượng tiếp công dân, không để đơn thư tồn đọng, kéo dài.",
    ]),
    ("fc-bh-tet-trong-cay", "Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ", (
        "Sáng nay (ngày 28 tháng 2 năm 2024), tại xã Kim Sơn, huyện Bảo Hà tổ chức lễ phát động "
        "Tết trồng cây đời đời nhớ ơn Bác Hồ xuân Giáp Thìn."
    ), [
        "Ngay sau lễ phát động, cán bộ, đoàn viên thanh niên và nhân dân đã trồng hơn 3.000 cây "
        "quế, cây lát hoa trên diện tích đất rừng phòng hộ của xã.",
        "Toàn huyện phấn đấu trong năm 2024 trồng mới 450 ha rừng tập trung và 120 nghìn cây phân "
        "tán, nâng tỷ lệ che phủ rừng lên 58%.",
    ]),
    # fx-fc-entheme: the department of culture, sports and tourism of Hà Sơn, on an English theme
    ("fc-hs-le-hoi-hoa-ban", "Lễ hội Hoa Ban năm 2024 sẽ diễn ra trong ba ngày", (
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Sơn cho biết Lễ hội Hoa Ban năm 2024 sẽ diễn ra "
        "từ ngày 14 đến ngày 16 tháng 3 tại thành phố Hà Sơn và các huyện vùng cao."
    ), [
        "Lễ hội năm nay có chuỗi hoạt động trình diễn trang phục dân tộc, thi nấu ăn các món đặc "
        "sản, chợ phiên vùng cao và đêm nghệ thuật chào mừng với sự tham gia của hơn 500 diễn viên.",
        "Ban tổ chức khuyến khích các cơ sở lưu trú, nhà hàng niêm yết giá công khai và giữ ổn "
        "định giá dịch vụ trong những ngày diễn ra lễ hội.",
    ]),
    ("fc-hs-ke-hoach-du-lich", "Hà Sơn phấn đấu đón 3,5 triệu lượt khách du lịch năm 2024", (
        "Năm 2024, ngành du lịch tỉnh Hà Sơn đặt mục tiêu đón 3,5 triệu lượt khách, tổng thu từ "
        "du lịch đạt hơn 9.000 tỷ đồng."
    ), [
        "Theo Kế hoạch phát triển du lịch năm 2024 tại Quyết định số 215/QĐ-UBND ban hành ngày "
        "15/01/2024 của Ủy ban nhân dân tỉnh, tỉnh sẽ tập trung phát triển du lịch cộng đồng, du "
        "lịch nông nghiệp và du lịch văn hóa tâm linh.",
        "Sở Văn hóa, Thể thao và Du lịch sẽ phối hợp với các hãng lữ hành tổ chức đoàn khảo sát "
        "sản phẩm mới, quảng bá điểm đến tại các hội chợ du lịch trong nước và quốc tế.",
        "Tỉnh cũng khuyến khích các địa phương đầu tư nhà vệ sinh công cộng đạt chuẩn, biển chỉ "
        "dẫn song ngữ và điểm dừng chân tại các tuyến du lịch trọng điểm.",
    ]),
    ("fc-hs-bao-tang", "Bảo tàng tỉnh trưng bày chuyên đề về trang phục các dân tộc", (
        "Bảo tàng tỉnh Hà Sơn khai mạc trưng bày chuyên đề giới thiệu trang phục truyền thống của "
        "mười hai dân tộc đang sinh sống trên địa bàn tỉnh."
    ), [
        "Trưng bày gồm hơn 200 hiện vật, hình ảnh, trong đó nhiều bộ trang phục được các nghệ "
        "nhân trao tặng, thể hiện kỹ thuật dệt, nhuộm chàm và thêu thổ cẩm độc đáo.",
        "Chuyên đề mở cửa miễn phí đến hết tháng 6, phục vụ học sinh, sinh viên và du khách tìm "
        "hiểu văn hóa các dân tộc vùng cao.",
    ]),
    # fx-fc-news: the department of agriculture of Lâm Hà
    ("fc-lh-tuoi-tiet-kiem", "Nhân rộng mô hình tưới tiết kiệm nước cho cây ăn quả", (
        "Chi cục Thủy lợi tỉnh Lâm Hà đang phối hợp với các huyện nhân rộng mô hình tưới nhỏ giọt, "
        "tưới phun mưa cho cây ăn quả, giúp tiết kiệm 30 đến 40% lượng nước."
    ), [
        "Năm 2023, toàn tỉnh đã có thêm 650 ha cây ăn quả áp dụng tưới tiết kiệm, chủ yếu là cam, "
        "bưởi và xoài ở các huyện phía nam.",
        "Người dân tham gia mô hình được hỗ trợ một phần kinh phí mua thiết bị và được cán bộ kỹ "
        "thuật hướng dẫn lắp đặt, vận hành hệ thống tưới.",
    ]),
    ("fc-lh-han-man", "Chủ động ứng phó hạn hán, xâm nhập mặn mùa khô", (
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Hà yêu cầu các địa phương chủ động các "
        "phương án ứng phó hạn hán, xâm nhập mặn trong mùa khô năm 2024."
    ), [
        "Các công ty khai thác công trình thủy lợi được giao vận hành hợp lý các cống ngăn mặn, "
        "tích nước vào hệ thống kênh nội đồng khi độ mặn cho phép.",
        "Ngành nông nghiệp khuyến cáo nông dân không gieo sạ vụ ba ở những vùng có nguy cơ thiếu "
        "nước, chuyển sang trồng cây màu ngắn ngày ít dùng nước.",
    ]),
    ("fc-lh-ocop-che", "Ba sản phẩm chè đạt chứng nhận OCOP bốn sao", (
        "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lâm Hà vừa công nhận ba sản phẩm chè của "
        "hợp tác xã Suối Giàng đạt bốn sao."
    ), [
        "Các sản phẩm gồm chè shan tuyết, hồng trà và bạch trà, được chế biến từ vùng nguyên liệu "
        "chè cổ thụ hơn một trăm năm tuổi, đạt chứng nhận hữu cơ.",
        "Hợp tác xã dự kiến mở rộng thị trường sang các tỉnh phía nam và xuất khẩu thử nghiệm sang "
        "Đài Loan trong năm nay.",
    ]),
]
