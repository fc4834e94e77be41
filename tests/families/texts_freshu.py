"""Article texts of the fresh-U families (issue 10, round 20: the single page's titles and
dates), written by hand (NFC). Same shape as ``texts2``: (key, title, lead, paragraphs),
appended to ``TEXTS`` by ``tests.families.texts`` and found by key. Their headlines are short
(three words), as a ward's or a commune's editor writes an event's name alone ("Tết trồng
cây"). Names of people and places are invented.
"""

from __future__ import annotations

TEXTS_FRESHU: list[tuple[str, str, str, list[str]]] = [
    ("fu-tet-trong-cay", "Tết trồng cây", (
        "Sáng 20/2, Ủy ban nhân dân phường Quang Trung tổ chức lễ phát động Tết trồng cây đời đời "
        "nhớ ơn Bác Hồ tại khuôn viên Trường Trung học cơ sở Lê Lợi."
    ), [
        "Tại buổi lễ, các đoàn thể và học sinh đã trồng hơn 300 cây sao đen, bằng lăng và phượng "
        "vĩ dọc tuyến đường Lê Lợi và trong sân các trường học trên địa bàn.",
        "Phường giao các tổ dân phố nhận chăm sóc cây sau khi trồng, bảo đảm tỷ lệ cây sống đạt "
        "trên 95% trước mùa khô năm sau.",
        "Năm 2024, phường phấn đấu trồng mới 1.000 cây xanh, góp phần làm đẹp cảnh quan đô thị và "
        "cải thiện môi trường sống cho người dân.",
    ]),
    ("fu-le-giao-quan", "Lễ giao quân", (
        "Ngày 26/2, phường Quang Trung tổ chức lễ giao nhận quân năm 2024 cho 14 thanh niên trúng "
        "tuyển lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân."
    ), [
        "Các tân binh được tặng quà, động viên và dặn dò giữ vững phẩm chất người lính, hoàn "
        "thành tốt nhiệm vụ trong thời gian tại ngũ.",
        "Đại diện gia đình các tân binh cảm ơn sự quan tâm của cấp ủy, chính quyền và hứa sẽ động "
        "viên con em yên tâm công tác.",
    ]),
    ("fu-hoi-xuan", "Hội xuân 2024", (
        "Hội xuân phường Quang Trung năm 2024 diễn ra trong hai ngày 17 và 18/2 tại sân vận động "
        "phường với nhiều trò chơi dân gian và hoạt động văn hóa, thể thao."
    ), [
        "Các đội đến từ 12 tổ dân phố tham gia thi kéo co, đẩy gậy, nhảy bao bố và đánh cờ tướng, "
        "thu hút đông đảo người dân đến cổ vũ.",
        "Buổi tối, chương trình văn nghệ với các tiết mục hát chèo, dân ca và múa sạp do người "
        "dân trong phường dàn dựng được khán giả nhiệt tình hưởng ứng.",
        "Ban tổ chức đã trao giải nhất toàn đoàn cho tổ dân phố số 5 và các giải phụ cho những "
        "cá nhân, tập thể có thành tích.",
    ]),
    ("fu-ra-quan-ve-sinh", "Ngày Chủ nhật xanh", (
        "Hưởng ứng phong trào Ngày Chủ nhật xanh, sáng 3/3, hơn 400 đoàn viên, hội viên và người "
        "dân phường Quang Trung ra quân thu gom rác thải, khơi thông cống rãnh."
    ), [
        "Lực lượng ra quân đã thu gom khoảng 12 tấn rác thải, phát quang bụi rậm và xóa các quảng "
        "cáo rao vặt sai quy định trên các tuyến phố.",
        "Phường sẽ duy trì hoạt động vào ngày Chủ nhật đầu tiên của mỗi tháng và đưa kết quả vào "
        "tiêu chí bình xét tổ dân phố văn hóa.",
    ]),
]
