"""Article texts of the fresh-J families (issue 10, round 18: pages that are not articles but
look like them, and articles that look like something else), written by hand (NFC). Same
shape as ``texts2``: (key, title, lead, paragraphs), appended to ``TEXTS`` by
``tests.families.texts`` and found by key. The fresh-J families mostly reuse the corpus's
texts; these are the articles that must be kept though they look like non-articles: short
notices of three or four sentences, a price bulletin written as news whose body is mostly a
table (the rows are the paragraphs). Names of people and places are invented.
"""

from __future__ import annotations

TEXTS_FRESHJ: list[tuple[str, str, str, list[str]]] = [
    # fx-fj-tinh: a short news item, three sentences
    ("fj-tiep-nhan-gao", "Tiếp nhận 20 tấn gạo hỗ trợ người dân vùng hạn mặn huyện Cồn Tiên", (
        "Sáng 12/3, Ủy ban Mặt trận Tổ quốc tỉnh Bình Sơn tiếp nhận 20 tấn gạo do Công ty cổ phần "
        "Lương thực Nam Bộ trao tặng người dân bị ảnh hưởng hạn mặn."
    ), [
        "Số gạo trên sẽ được chuyển ngay về sáu xã ven biển của huyện Cồn Tiên, ưu tiên hộ nghèo "
        "và hộ có người cao tuổi sống một mình.",
        "Dịp này, tỉnh cũng trao 150 bồn chứa nước cho các hộ thiếu nước sinh hoạt.",
    ]),
    # fx-fj-congthuong: a price bulletin written as news, its body a table
    ("fj-gia-nong-san-tuan-11", "Giá nông sản tuần 11: lúa tăng nhẹ, thịt heo hơi giảm", (
        "Theo số liệu Sở Công Thương tổng hợp từ các chợ đầu mối, giá lúa tuần từ ngày 11 đến ngày "
        "15/3/2024 tăng nhẹ do nhu cầu thu mua xuất khẩu, trong khi giá thịt heo hơi giảm."
    ), [
        "Mặt hàng Đơn vị tính Giá tuần 10 Giá tuần 11 Tăng, giảm",
        "Lúa tươi IR 50404 đồng/kg 7.600 7.800 +200",
        "Lúa tươi OM 5451 đồng/kg 8.000 8.200 +200",
        "Gạo thường đồng/kg 14.500 14.500 0",
        "Thịt heo hơi đồng/kg 58.000 56.500 -1.500",
        "Trứng gà đồng/chục 32.000 31.000 -1.000",
        "Sở Công Thương đề nghị các doanh nghiệp, hợp tác xã theo dõi sát diễn biến thị trường, "
        "chủ động kế hoạch thu mua, dự trữ hàng hóa thiết yếu phục vụ nhân dân.",
    ]),
    # fx-fj-congthuong: a short notice written as news, four sentences
    ("fj-kiem-tra-xang-dau", "Kiểm tra đột xuất 12 cửa hàng xăng dầu trên địa bàn tỉnh", (
        "Từ ngày 4 đến ngày 8/3/2024, đoàn kiểm tra liên ngành của Sở Công Thương đã kiểm tra đột "
        "xuất 12 cửa hàng kinh doanh xăng dầu tại ba huyện phía Bắc."
    ), [
        "Qua kiểm tra, đoàn phát hiện hai cửa hàng niêm yết giá không đúng quy định và lập biên bản "
        "xử phạt 15 triệu đồng.",
        "Các cửa hàng còn lại chấp hành tốt quy định về đo lường, chất lượng và niêm yết giá bán.",
    ]),
    # fx-fj-huyen: a short news item, three sentences
    ("fj-ban-giao-nha", "Xã Hòa Phú bàn giao 12 căn nhà cho hộ nghèo trước mùa mưa", (
        "Ngày 7/3, Ủy ban nhân dân xã Hòa Phú, huyện Đông Thạnh tổ chức bàn giao 12 căn nhà đại "
        "đoàn kết cho hộ nghèo, hộ cận nghèo trên địa bàn xã."
    ), [
        "Mỗi căn nhà có diện tích 40 mét vuông, tổng kinh phí hơn 600 triệu đồng từ Quỹ Vì người "
        "nghèo huyện và các nhà hảo tâm.",
        "Các hộ được nhận nhà đều đã ở tạm trong nhà tranh, vách đất nhiều năm.",
    ]),
]
