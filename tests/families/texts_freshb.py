"""Article texts of the fresh-B families (issue 10, round 15: portals rich in non-article
pages), written by hand (NFC). Same shape as ``texts2``: (key, title, lead, paragraphs),
appended to ``TEXTS`` by ``tests.families.texts`` and found by key. The fresh-B families
mostly reuse the corpus's texts under their own dates and authors (a text at most once per
site); these are the ones no family had: an English copy of an article and an e-magazine
longform. Names of people and places are invented.
"""

from __future__ import annotations

TEXTS_FRESHB: list[tuple[str, str, str, list[str]]] = [
    # fx-fb-sharepoint: the English page of the department of justice of Lạng Giang
    ("fb-en-legal-aid", "Mobile legal aid brings free advice to remote communes", (
        "The Lang Giang Provincial Legal Aid Centre held mobile legal aid sessions in three "
        "remote communes this week, giving free advice to more than two hundred residents."
    ), [
        "Lawyers and legal aid officers answered questions on land use rights, marriage and "
        "family, inheritance and the new rules on civil registration, and took on eleven cases "
        "for further assistance.",
        "Most of those who came were poor households, ethnic minority people and the elderly, "
        "who are entitled to legal aid free of charge under the Law on Legal Aid.",
        "The centre plans twenty more mobile sessions this year and will add a hotline so that "
        "residents can ask for advice without travelling to the provincial capital.",
    ]),
    # fx-fb-numeric: the e-magazine longform of the city of Hải Đông
    ("fb-emag-song-hau", "Sông Hậu Giang, dòng sông của những mùa đổi thay", (
        "Ba năm sau ngày khởi công dự án kè bờ sông, khu dân cư ven sông Hậu Giang của thành "
        "phố Hải Đông đã khoác lên mình diện mạo mới, đánh dấu một chặng đường nhiều gian nan."
    ), [
        "Những ngày đầu triển khai, hơn bốn trăm hộ dân phải di dời nhà cửa ra khỏi hành lang "
        "bảo vệ bờ sông. Nhiều gia đình đã gắn bó ba, bốn thế hệ với mảnh đất ven sông nên việc "
        "vận động được các tổ dân phố làm bền bỉ suốt nhiều tháng liền.",
        "Ông Trần Văn Lộc, tổ trưởng tổ dân phố số 4, kể lại rằng có những buổi đối thoại kéo "
        "dài đến tối muộn. Khi người dân được xem phương án tái định cư và tham gia góp ý vào "
        "thiết kế khu nhà mới, sự đồng thuận mới dần hình thành.",
        "Tuyến kè dài hơn ba ki-lô-mét hoàn thành cuối năm ngoái đã chấm dứt tình trạng sạt lở "
        "kéo dài hàng chục năm. Phía trên kè là con đường ven sông rộng bảy mét, hàng cây xanh "
        "và những khoảng sân chơi cho trẻ em.",
        "Khu tái định cư Phước Hòa nằm cách bờ sông chưa đầy một ki-lô-mét, có trường học, trạm "
        "y tế và chợ dân sinh. Nhiều hộ dân đã mở cửa hàng tạp hóa, quán ăn phục vụ khách đến "
        "tham quan bến sông mới.",
        "Buổi chiều, con đường ven sông trở thành nơi tập thể dục của người già, nơi các đội "
        "văn nghệ tổ dân phố luyện tập. Chợ nổi ngày xưa được tái hiện vào mỗi tối thứ Bảy với "
        "những ghe hàng trái cây và món ăn dân dã.",
        "Thành phố đang lập quy hoạch chi tiết dải cây xanh ven sông giai đoạn hai, nối bến "
        "Ninh Kiều mới với khu du lịch cồn Ấu, đồng thời kêu gọi doanh nghiệp đầu tư các dịch "
        "vụ du lịch đường thủy.",
        "Dòng sông vẫn lặng lẽ chảy, nhưng cuộc sống hai bên bờ đã đổi thay. Với người dân ven "
        "sông, đó là thành quả của sự đồng lòng giữa chính quyền và nhân dân.",
    ]),
]
