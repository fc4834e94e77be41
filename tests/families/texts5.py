"""Article texts of the foot-date family (issue 10, the date line at the article's foot;
Vietnamese, NFC).

Same shape as ``texts2``: (key, title, lead, paragraphs), appended to ``TEXTS`` by
``tests.families.texts`` and found by key; each is used once. Names of people, places and
figures are invented; the province of Tây Lâm does not exist.
"""

from __future__ import annotations

TEXTS5: list[tuple[str, str, str, list[str]]] = [
    # --- fx-footdate: Sở Tài nguyên và Môi trường tỉnh Tây Lâm ---------------------------
    (
        "fd-cap-giay-chung-nhan",
        "Đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "Sở Tài nguyên và Môi trường tỉnh Tây Lâm yêu cầu các huyện, thành phố rà soát hồ sơ tồn "
        "đọng, hoàn thành việc cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá "
        "nhân trong quý II.",
        [
            "Theo báo cáo của Văn phòng đăng ký đất đai, toàn tỉnh còn hơn ba nghìn hồ sơ đủ điều "
            "kiện nhưng chưa được cấp giấy, tập trung ở các xã mới sáp nhập và vùng giáp ranh giữa "
            "các huyện.",
            "Sở đề nghị Ủy ban nhân dân cấp huyện phân công lãnh đạo phụ trách từng xã, công khai "
            "danh sách hồ sơ tại nhà văn hóa thôn và hướng dẫn người dân bổ sung giấy tờ còn thiếu.",
            "Các trường hợp vướng mắc về nguồn gốc đất được tổng hợp gửi về Sở trước cuối tháng để "
            "tổ công tác liên ngành kiểm tra, giải quyết dứt điểm.",
        ],
    ),
    (
        "fd-rac-thai-nong-thon",
        "Tây Lâm thí điểm phân loại rác thải sinh hoạt tại nguồn ở khu vực nông thôn",
        "Mười hai xã của tỉnh Tây Lâm được chọn thí điểm mô hình phân loại rác thải sinh hoạt tại "
        "hộ gia đình, gắn với xây dựng nông thôn mới nâng cao.",
        [
            "Mỗi hộ tham gia được cấp hai thùng chứa, một cho rác hữu cơ để ủ làm phân bón tại vườn, "
            "một cho rác còn lại do tổ thu gom của xã chuyển đến điểm tập kết theo lịch cố định.",
            "Hội Liên hiệp Phụ nữ và Đoàn Thanh niên các xã tổ chức tuyên truyền đến từng thôn, "
            "hướng dẫn cách phân loại và theo dõi việc thực hiện của các hộ trong ba tháng đầu.",
            "Kết thúc giai đoạn thí điểm, Sở Tài nguyên và Môi trường sẽ đánh giá hiệu quả, đề xuất "
            "Ủy ban nhân dân tỉnh nhân rộng mô hình ra các huyện còn lại.",
        ],
    ),
    (
        "fd-quan-trac-nuoc",
        "Lắp đặt thêm bốn trạm quan trắc nước mặt tự động trên sông Nậm Khê",
        "Trung tâm Quan trắc tài nguyên và môi trường tỉnh Tây Lâm vừa đưa vào vận hành bốn trạm "
        "quan trắc chất lượng nước mặt tự động trên lưu vực sông Nậm Khê.",
        [
            "Các trạm đo liên tục nhiệt độ, độ pH, oxy hòa tan, độ đục và một số chỉ tiêu hữu cơ, "
            "truyền số liệu mười lăm phút một lần về trung tâm điều hành đặt tại Sở.",
            "Khi chỉ tiêu vượt ngưỡng cho phép, hệ thống tự động gửi cảnh báo đến cán bộ phụ trách "
            "và Ủy ban nhân dân các huyện ven sông để kịp thời kiểm tra nguồn thải.",
            "Số liệu quan trắc được công khai trên cổng thông tin của Sở để người dân và doanh "
            "nghiệp theo dõi, góp phần giám sát các cơ sở sản xuất dọc lưu vực.",
        ],
    ),
    (
        "fd-khoang-san-trai-phep",
        "Tăng cường kiểm tra, xử lý khai thác khoáng sản trái phép",
        "Ủy ban nhân dân tỉnh Tây Lâm giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Công "
        "an tỉnh kiểm tra các điểm khai thác cát, sỏi trái phép trên các sông, suối.",
        [
            "Đoàn kiểm tra liên ngành sẽ làm việc tại các huyện có nhiều điểm nóng, lập biên bản và "
            "xử lý nghiêm các tổ chức, cá nhân khai thác không có giấy phép hoặc vượt ranh giới mỏ.",
            "Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm trước cấp trên nếu để xảy ra tình "
            "trạng khai thác trái phép kéo dài trên địa bàn mà không phát hiện, ngăn chặn.",
        ],
    ),
    (
        "fd-ngay-nuoc-the-gioi",
        "Hưởng ứng Ngày Nước thế giới và Ngày Khí tượng thế giới",
        "Sở Tài nguyên và Môi trường tỉnh Tây Lâm ban hành kế hoạch tổ chức các hoạt động hưởng "
        "ứng Ngày Nước thế giới và Ngày Khí tượng thế giới trên địa bàn tỉnh.",
        [
            "Các cơ quan, đơn vị treo băng rôn, khẩu hiệu tại trụ sở và nơi công cộng, tổ chức ra "
            "quân vệ sinh kênh mương, khơi thông dòng chảy tại các khu dân cư.",
            "Các trường học lồng ghép nội dung tiết kiệm nước và ứng phó với biến đổi khí hậu vào "
            "hoạt động ngoại khóa, phát động cuộc thi vẽ tranh dành cho học sinh.",
        ],
    ),
]
