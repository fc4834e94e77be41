"""Thumbnail cards (fx-fac-sotn, round 22c): a card that links its article by the thumbnail
alone, the headline and the lead under it unlinked text (the card's click a script handles).
Synthetic pages only, none of the family's."""

from __future__ import annotations

from lxml import html

from config.profile import adhoc_profile
from pipelines.dom import card_headline, is_card, thumbnail_link
from pipelines.extract import extract
from pipelines.record import NotAnArticle

BASE = "https://sokhcn.example.gov.vn/"
TEASERS = [
    ("Hội thảo ứng dụng khoa học công nghệ trong nông nghiệp", "Sở tổ chức hội thảo giới thiệu các mô hình "
     "ứng dụng công nghệ cao trong sản xuất lúa và rau màu cho hơn một trăm nông dân.", 501),
    ("Nghiệm thu đề tài giống lúa chịu mặn cấp tỉnh", "Hội đồng khoa học cấp tỉnh nghiệm thu đề tài chọn tạo "
     "giống lúa chịu mặn thích ứng với biến đổi khí hậu tại các huyện ven biển.", 498),
    ("Cấp giấy chứng nhận doanh nghiệp khoa học công nghệ", "Ba doanh nghiệp trên địa bàn tỉnh được cấp giấy "
     "chứng nhận doanh nghiệp khoa học và công nghệ trong quý I năm 2024.", 495),
    ("Kiểm tra đo lường tại các cửa hàng xăng dầu", "Đoàn kiểm tra của Chi cục Tiêu chuẩn Đo lường Chất lượng "
     "đã kiểm tra mười hai cửa hàng xăng dầu trên địa bàn thành phố.", 490),
]  # fmt: skip
PARAS = [
    "Sáng ngày 12/3/2024, Sở Khoa học và Công nghệ tỉnh tổ chức hội nghị tổng kết hoạt động khoa học "
    "và công nghệ năm 2023, triển khai nhiệm vụ năm 2024 với sự tham dự của các sở, ngành liên quan.",
    "Năm 2023, Sở đã tham mưu Ủy ban nhân dân tỉnh phê duyệt mười tám nhiệm vụ khoa học cấp tỉnh, "
    "nghiệm thu mười hai đề tài, dự án, chuyển giao kết quả cho các địa phương ứng dụng vào sản xuất.",
    "Phát biểu tại hội nghị, Giám đốc Sở đề nghị các phòng, đơn vị tập trung đổi mới cơ chế quản lý, "
    "đẩy mạnh chuyển đổi số và hỗ trợ doanh nghiệp đổi mới công nghệ trong năm 2024.",
]


def _card(title: str, lead: str, ident: int, tag: str = "h3") -> str:
    path = f"/tin-tuc/bai-{ident}.html"
    return (f'<div class="news-card" data-href="{path}"><a class="thumb" href="{path}"><img src="/anh/{ident}.jpg" alt="" /></a>'
            f'<{tag} class="card-title">{title}</{tag}><span class="card-date">0{ident % 9 + 1}/03/2024</span>'
            f'<p class="card-lead">{lead}</p></div>')  # fmt: skip


def _page(title: str, main: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>{title} | Sở KH&amp;CN</title></head>
<body><div class="top"><a href="/"><img src="/logo.png" alt="Sở Khoa học và Công nghệ" /></a></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/tin-hoat-dong">Tin hoạt động</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul><div class="row"><div class="col-main">{main}</div>
<div class="col-side"><div class="box"><div class="box-title">Liên kết website</div><ul><li><a href="https://most.gov.vn/">Bộ Khoa học và Công nghệ</a></li></ul></div></div></div>
<div class="footer"><p>Cơ quan chủ quản: Sở Khoa học và Công nghệ tỉnh.</p></div></body></html>"""


def _extract(page: str, path: str):
    return extract(page.encode(), BASE.rstrip("/") + path, {"content-type": "text/html"},
                   adhoc_profile(BASE), fetched_at="2024-03-20T02:00:00+00:00")  # fmt: skip


def test_a_thumbnail_link_beside_an_unlinked_headline_is_a_card() -> None:
    card = html.fromstring(_card(*TEASERS[0]))
    assert thumbnail_link(card.find(".//a"))
    assert is_card(card)
    assert card_headline(card) == TEASERS[0][0]
    # a photo linked to its own file (a lightbox) names no page; a linked headline is a card
    # of its own kind, read by its link's text
    photo = html.fromstring(f'<div class="pic"><a href="/anh/1.jpg"><img src="/anh/1s.jpg" alt="" /></a><h3>{TEASERS[0][0]}</h3></div>')
    assert not thumbnail_link(photo.find(".//a")) and not is_card(photo)
    named = html.fromstring(f'<div class="c"><a href="/a.html"><img src="/i.jpg" alt="" /></a><h3><a href="/a.html">{TEASERS[0][0]}</a></h3></div>')
    assert is_card(named) and card_headline(named) == ""
    # an image with no heading beside it (a banner, a slider's picture) is no card
    banner = html.fromstring('<div class="slide"><a href="/a.html"><img src="/i.jpg" alt="" /></a><div>Tin nổi bật</div></div>')
    assert not is_card(banner)


def test_a_page_made_of_thumbnail_cards_is_a_listing() -> None:
    cards = "".join(_card(*t) for t in TEASERS)
    got = _extract(_page("Tin hoạt động", f'<h1 class="cat-title">Tin hoạt động</h1><div class="cat-list">{cards}</div>'),
                   "/chuyen-muc/tin-hoat-dong")  # fmt: skip
    assert isinstance(got, NotAnArticle), got
    assert got.reason == "listing", got


def test_a_grid_of_thumbnail_cards_after_the_text_is_no_part_of_it() -> None:
    """The cards' unlinked leads read as the text's last paragraphs; the signature, the
    text's real closing line, is then where the author is read from again."""
    grid = "".join(_card(*t, tag="h4") for t in TEASERS[:3])
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/tin-hoat-dong">Tin hoạt động</a></div>
<div class="news-detail"><h1 class="news-title">Tổng kết hoạt động khoa học và công nghệ năm 2023</h1>
<div class="news-meta">Cập nhật lúc 09:15 ngày 12/03/2024</div><div class="news-content">{text}
<p style="text-align: right;"><strong>Minh Châu</strong></p></div></div>
<div class="same-cat"><div class="same-title">Tin cùng chuyên mục</div>{grid}</div>"""
    got = _extract(_page("Tổng kết hoạt động khoa học và công nghệ năm 2023", main), "/tin-tuc/bai-512.html")
    assert not isinstance(got, NotAnArticle), got
    assert not any(lead in got.body_text for _, lead, _ in TEASERS), got.body_text
    assert got.body_text.rstrip().endswith("Minh Châu")
    assert got.author == "Minh Châu"
    assert all(p in got.body_text for p in PARAS)
