"""Article texts of the fresh-Z families (issue 10, round 21: titles and dates a page read
alone misses), written by hand (NFC). Same shape as ``texts2``: (key, title, lead,
paragraphs), appended to ``TEXTS`` by ``tests.families.texts`` and found by key. The one text
here has a headline of more than 200 characters, as a department's editor types a decision's
full name into it. Names of people and places are invented.
"""

from __future__ import annotations

TEXTS_FRESHZ: list[tuple[str, str, str, list[str]]] = [
    ("fz-quyet-dinh-cong-bo-thu-tuc", (
        "Công bố danh mục thủ tục hành chính mới ban hành, thủ tục hành chính được sửa đổi, bổ "
        "sung và thủ tục hành chính bị bãi bỏ trong lĩnh vực hộ tịch, chứng thực, nuôi con nuôi "
        "thuộc phạm vi chức năng quản lý của Sở Tư pháp tỉnh Hà Khê năm 2024"
    ), (
        "Ngày 4/3, Chủ tịch Ủy ban nhân dân tỉnh ký quyết định công bố danh mục 46 thủ tục hành "
        "chính trong các lĩnh vực hộ tịch, chứng thực và nuôi con nuôi áp dụng trên địa bàn tỉnh."
    ), [
        "Trong đó có 5 thủ tục mới ban hành, 29 thủ tục được sửa đổi, bổ sung và 12 thủ tục bị "
        "bãi bỏ, chủ yếu nhằm cắt giảm giấy tờ và cho phép nộp hồ sơ trực tuyến toàn trình.",
        "Sở Tư pháp được giao cập nhật các thủ tục lên Cổng dịch vụ công của tỉnh trước ngày "
        "15/3 và hướng dẫn Ủy ban nhân dân cấp huyện, cấp xã niêm yết công khai tại bộ phận một cửa.",
        "Quyết định có hiệu lực kể từ ngày ký và thay thế các quyết định công bố thủ tục hành "
        "chính trong các lĩnh vực này ban hành trước đây.",
    ]),
]
