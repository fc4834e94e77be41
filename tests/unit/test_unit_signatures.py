"""The unit that signs an article is its author (round 18, issue 10), and a photo story's
photographer is its author when the photo credit is its only credit.

An office or unit signing alone in the signature place (the body's closing line, after the
text: "Phòng Kinh tế", "Chi cục Thuế khu vực Bắc Hà", "Văn phòng UBND tỉnh") is the author,
written as signed: the unit signs, and a researcher wants to know which office wrote the
text. Not an author: a person's unit ("Minh Anh - Phòng Kinh tế", or the unit's line under
the name: the person is the author, the office the unit), an office named in a sentence, a
source line ("Nguồn: Sở Y tế"), an address or contact block, a notice's issuing block
("TM. ỦY BAN NHÂN DÂN" over it), a caption, a banner in capitals, a newspaper's name alone
(where the text was taken from). Pages built here, no family read.
"""

from __future__ import annotations

import pytest
from lxml import html

from config.profile import adhoc_profile
from pipelines import authors, metadata
from pipelines.authors import Byline, signature_from_body, unit_signature
from pipelines.sitemodel import extract_page

TEXT = (
    "Sáng 11/3, Ủy ban nhân dân huyện tổ chức hội nghị triển khai nhiệm vụ thu ngân sách năm 2024, "
    "đánh giá kết quả năm qua và giao chỉ tiêu cho các xã, thị trấn trên địa bàn."
)
MORE = (
    "Năm qua, tổng thu ngân sách trên địa bàn huyện đạt hơn một trăm mười phần trăm dự toán; các khoản "
    "thu từ đất, thuế ngoài quốc doanh và phí, lệ phí đều vượt kế hoạch tỉnh giao cho huyện."
)


@pytest.mark.parametrize(
    "line",
    [
        "Phòng Kinh tế",
        "Chi cục Thuế khu vực Bắc Hà",
        "Văn phòng UBND tỉnh",
        "Ban Quản lý chợ",
        "Trung tâm Y tế huyện Bát Xát",
        "UBND xã Kim Sơn",
        "Phòng Phổ biến, giáo dục pháp luật",
        "Phòng Lao động - Thương binh và Xã hội",
        "Chi cục Chăn nuôi và Thú y",
        "Ban Tổ chức Huyện ủy",
        "Trường THCS Kim Sơn",
        "Công an huyện",
        "Phòng Kinh tế.",  # the signature's closing dot is no part of it
    ],
)
def test_an_office_s_name_alone_is_a_unit_signature(line: str) -> None:
    assert unit_signature(line) == line.rstrip(".")


@pytest.mark.parametrize(
    "line",
    [
        "Sở Y tế đã phối hợp với các đơn vị kiểm tra an toàn thực phẩm",  # a sentence naming an office
        "Phòng Kinh tế phối hợp",
        "Ban Biên tập trân trọng cảm ơn bạn đọc.",
        "Nguồn: Sở Y tế",  # a source line
        "Địa chỉ: 12 Lê Lợi, phường Kim Tân",  # an address
        "Trung tâm Hành chính công, điện thoại 0214 3822 118",  # a contact line
        "UBND TỈNH LÀO CAI",  # a banner or a notice's issuing block, in capitals
        "TM. ỦY BAN NHÂN DÂN",
        "Báo Lào Cai",  # a paper alone: where the text was taken from
        "Đoàn viên thanh niên trồng hoa trên tuyến đường liên thôn",  # a caption
        "Phòng, chống dịch bệnh",  # a kicker
        "Đoàn Kết Sáng Tạo",  # a slogan
        "Hội Khỏe Phù Đổng",  # a festival
        "Đoàn Văn Hậu",  # a person whose family name is a unit's head word
        "Minh Anh - Phòng Kinh tế",  # a person and their unit
        "Ban quản trị",  # a CMS account
        "Ban Ki-moon",  # a foreign page's person (no Vietnamese letter)
        "Phòng",
    ],
)
def test_not_a_unit_signature(line: str) -> None:
    assert unit_signature(line) is None


def test_an_office_signing_the_body_is_the_author_as_signed() -> None:
    assert signature_from_body([TEXT, "Phòng Kinh tế"]) == Byline(author="Phòng Kinh tế")
    # the source line under it is the source
    assert signature_from_body([TEXT, "Chi cục Thuế khu vực Bắc Hà", "Nguồn: Sở Tài chính"]) == Byline(
        author="Chi cục Thuế khu vực Bắc Hà", source="Sở Tài chính"
    )


def test_a_person_signs_before_their_unit() -> None:
    # "Name – Unit" on one line, or the unit's line under the name: the person is the author
    assert signature_from_body([TEXT, "Minh Anh - Phòng Kinh tế"]) == Byline("Minh Anh", "Phòng Kinh tế")
    assert signature_from_body([TEXT, "Minh Anh", "Phòng Kinh tế"]) == Byline("Minh Anh", "Phòng Kinh tế")


def test_what_is_no_unit_signature_at_the_body_s_end() -> None:
    # a source line alone names the source, never the author
    assert signature_from_body([TEXT, "Nguồn: Sở Y tế"]) == Byline(source="Sở Y tế")
    assert signature_from_body([TEXT, "Theo Sở Y tế"]).author is None
    # an office named in the closing sentence
    closing = "Phòng Kinh tế huyện sẽ tiếp tục theo dõi, hướng dẫn các xã hoàn thành chỉ tiêu được giao."
    assert signature_from_body([TEXT, closing]).author is None
    # an address and contact block closing the body: the office over it is no signature
    block = [TEXT, "Trung tâm Phục vụ hành chính công tỉnh", "Địa chỉ: 12 Lê Lợi", "Điện thoại: 0214 3822 118"]
    assert signature_from_body(block).author is None
    # a notice's issuing block
    assert signature_from_body([TEXT, "TM. ỦY BAN NHÂN DÂN", "Văn phòng UBND tỉnh"]).author is None
    # a picture's caption closing the body
    assert signature_from_body([TEXT, "Trung tâm Y tế huyện"], captions={"Trung tâm Y tế huyện"}).author is None


BASE = "https://kimson.batxat.example.vn/"


def _page(signature: str, meta: str = "", images: int = 0, kind: str = "article", text: str = TEXT) -> str:
    pictures = "".join(
        f"<figure><img src='/up/{i}.jpg' alt=''><figcaption>Người dân xã Kim Sơn tại phiên chợ số {i}.</figcaption></figure>"
        for i in range(images)
    )
    return (
        f"<html><head><meta charset='utf-8'><title>Hội nghị thu ngân sách</title>{meta}</head><body>"
        "<div id='menu'><a href='/'>Trang chủ</a> | <a href='/tin-tuc/'>Tin tức</a></div>"
        f"<article class='node node--type-{kind}'><h1>Hội nghị triển khai nhiệm vụ thu ngân sách năm 2024</h1>"
        "<div class='date'>12/03/2024 08:30</div>"
        f"<div class='content'><p>{text}</p>{'' if images > 1 else f'<p>{MORE}</p>'}{pictures}"
        + (f"<p style='text-align:right'><strong>{signature}</strong></p>" if signature else "")
        + "</div></article>"
        "<div id='footer'>Bản quyền © UBND huyện Bát Xát. Địa chỉ: 12 Lê Lợi.</div></body></html>"
    )


def _record(page: str, path: str = "tin-tuc/hoi-nghi-thu-ngan-sach-612.html"):  # noqa: ANN202 - the ArticleRecord
    return extract_page(page.encode(), BASE + path, {}, adhoc_profile(BASE))


def test_a_page_signed_by_an_office_has_it_as_author() -> None:
    assert _record(_page("Phòng Tài chính - Kế hoạch")).author == "Phòng Tài chính - Kế hoạch"
    assert _record(_page("Minh Anh - Phòng Tài chính - Kế hoạch")).author == "Minh Anh"
    # the right-aligned row right after the body (a table layout's next row) signs too
    table = html.fromstring(
        f"<table><tr><td id='body'><p>{TEXT}</p></td></tr>"
        "<tr><td align='right'><b>Phòng Kinh tế</b></td></tr></table>"
    )
    assert metadata._signature_after_body(table.get_element_by_id("body")).author == "Phòng Kinh tế"
    # an office in the page's data is still refused (usually the publisher)
    office = "<meta name='author' content='Văn phòng UBND huyện'>"
    assert _record(_page("", meta=office)).author is None


def test_a_photo_story_s_photographer_is_its_author() -> None:
    credit = "Ảnh: Đức Anh"
    # the page says it is a photo story (a photo kind's class), a captioned picture in it
    assert _record(_page(credit, images=2, kind="anh")).author == "Đức Anh"
    # or its pictures carry it: three captioned pictures, little running text
    short = "Phiên chợ vùng cao đông vui mỗi sáng Chủ nhật."
    assert _record(_page(credit, images=3, text=short)).author == "Đức Anh"
    # in an ordinary article a photo credit is never the author
    assert _record(_page(credit, images=2)).author is None
    assert _record(_page(credit, images=1)).author is None
    assert _record(_page(credit)).author is None
    assert authors.photo_credit(credit)
