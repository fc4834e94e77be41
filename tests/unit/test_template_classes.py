"""The general rules added for the session-8 template families (a Next.js portal with
hashed class names, a Hugo static site, a Blogger blog: tests/families/nextjs.py, hugo.py,
blogspot.py), each on a small page of its own: a structured date at midnight UTC is a day,
prose the listings repeat whole is not chrome, a ``<figcaption>`` trafilatura left out is put
back, a labelled byline at the top of the text is the header's, a page of whole posts is a
listing, an overlay link names its card, a sapo found by the page's description or by its
place, the author on the headline's meta line, names joined by "&", and the inference naming
an element by its place after the ``<h1>``."""

from __future__ import annotations

from lxml import html

from config.profile import adhoc_profile
from pipelines import signals
from pipelines.authors import byline_in_date_line, parse_signature
from pipelines.chrome import learn_chrome
from pipelines.datefind import find_dates
from pipelines.dom import in_teaser, is_card, teasers_kept
from pipelines.extract import extract
from pipelines.inference.selectors import candidates

TZ = "Asia/Ho_Chi_Minh"
BASE = "https://tankhe.example.gov.vn/"
PROSE = (
    "Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ "
    "năm 2024 với sự tham dự của đại diện các xã, thị trấn trên địa bàn huyện."
)
OTHER = (
    "Các tuyến đường có mặt cắt rộng năm mét, kết cấu bê tông xi măng, được đầu tư từ nguồn vốn "
    "Chương trình mục tiêu quốc gia xây dựng nông thôn mới và vốn đối ứng của huyện."
)
THIRD = (
    "Người dân ba xã đã tự nguyện hiến hơn bốn nghìn mét vuông đất và tháo dỡ tường rào để mở "
    "rộng mặt đường, góp phần rút ngắn thời gian giải phóng mặt bằng."
)
LEAD = "Sáng nay, huyện khởi công ba tuyến đường giao thông nông thôn tại các xã vùng cao của huyện."


def _extract(page: str, path: str = "/tin-tuc/bai-viet-12"):
    return extract(page.encode(), BASE.rstrip("/") + path, {"content-type": "text/html"},
                   adhoc_profile(BASE), fetched_at="2024-03-20T02:00:00+00:00")  # fmt: skip


def test_a_structured_date_at_midnight_utc_is_the_day_it_names() -> None:
    for value in ("2024-03-11T00:00:00+00:00", "2024-03-11T00:00:00Z", "2024-03-11T00:00:00.000Z"):
        tree = html.fromstring(
            f'<html><head><meta property="article:published_time" content="{value}"></head>'
            f"<body><h1>Tin</h1><div class='meta'>11 tháng 3, 2024</div><p>{PROSE}</p></body></html>"
        )
        found = find_dates(tree, TZ, [], tree.find(".//h1"), None)
        assert found.published.iso == "2024-03-11T00:00:00+07:00", value
    tree = html.fromstring(  # a real time of day stays a time
        '<html><head><meta property="article:published_time" content="2024-03-11T01:00:00+00:00">'
        f"</head><body><h1>Tin</h1><p>{PROSE}</p></body></html>"
    )
    assert find_dates(tree, TZ, [], tree.find(".//h1"), None).published.iso == "2024-03-11T08:00:00+07:00"


def test_a_sentence_the_listings_repeat_is_not_chrome_a_short_line_is() -> None:
    caption = "đoàn viên thanh niên trồng hoa trên tuyến đường liên thôn của xã."
    menu = "tin liên quan của huyện tân khê"
    pages = [[caption, menu]] * 5 + [["khác"]] * 9  # on 5 of 14 pages: a third
    learned = learn_chrome(pages)
    assert menu in learned and caption not in learned


def test_a_figcaption_trafilatura_left_out_is_put_back_in_place() -> None:
    page = f"""<html><head><title>Khởi công đường giao thông</title></head><body><main><div>
<h1>Khởi công đường giao thông</h1><div class="x1">Thứ Năm, 14/03/2024 - 08:40</div>
<div class="x2"><p>{PROSE}</p><figure><img src="/a.jpg" alt=""><figcaption>Lãnh đạo huyện dự lễ khởi công tuyến đường.</figcaption></figure>
<p>{OTHER}</p><p>{THIRD}</p></div></div></main></body></html>"""
    lines = _extract(page).body_text.split("\n\n")
    assert lines[1] == "Lãnh đạo huyện dự lễ khởi công tuyến đường."


def test_a_labelled_byline_at_the_top_of_the_text_is_the_author_not_body() -> None:
    page = f"""<html><head><title>Tiêm chủng mở rộng</title></head><body><main><div>
<h1>Tiêm chủng mở rộng</h1><div class="x1">Thứ Sáu, 8/3/2024, 9:30</div><div class="x2">Tác giả: Phạm Quang Huy</div>
<div class="x3"><p>{PROSE}</p><p>{PROSE} Hai.</p><p>{PROSE} Ba.</p></div></div></main></body></html>"""
    record = _extract(page)
    assert record.author == "Phạm Quang Huy" and "Tác giả" not in record.body_text


def _post(n: int, long: bool = True) -> str:
    text = f"<div>{PROSE}</div><div>{PROSE}</div>" if long else "<div>Một dòng.</div>"
    return (f'<div class="date-outer"><h2>Thứ Tư, {n} tháng 3, 2024</h2><h3><a href="/2024/03/bai-{n}.html">'
            f"Bài đăng số {n} của xã</a></h3>{text}</div>")  # fmt: skip


def test_a_page_of_whole_posts_is_a_listing_an_article_is_not() -> None:
    home = html.fromstring(f'<html><body><div class="posts">{_post(1)}{_post(2)}{_post(3)}</div></body></html>')
    assert signals.whole_posts(home)
    one = html.fromstring(f'<html><body><div class="posts">{_post(1)}</div><div class="side">{_post(2, False)}</div></body></html>')
    assert signals.whole_posts(one) is None
    teasers = html.fromstring(f'<html><body><div class="posts">{_post(1, False)}{_post(2, False)}</div></body></html>')
    assert signals.whole_posts(teasers) is None


def test_an_overlay_link_names_its_card() -> None:
    card = html.fromstring(
        '<article class="post-entry"><header><h2>Vận hành nền tảng dữ liệu cấp tỉnh</h2></header>'
        '<div><p>Tóm tắt...</p></div><a class="entry-link" aria-label="post link to Vận hành nền tảng" href="/a/"></a></article>'
    )
    assert is_card(card)
    bare = html.fromstring("<article><header><h2>Vận hành nền tảng dữ liệu</h2></header><div><p>Tóm tắt</p></div></article>")
    assert not is_card(bare)



def test_a_listings_teaser_verdicts_kept_within_a_scan_are_the_fresh_ones() -> None:
    """``teasers_kept`` (what ``find_dates`` runs within: a date line in each of a listing's
    cards no longer walks every card again) gives every element of a page the verdict
    ``in_teaser`` gives it alone: cards of a grid (two alike classed cards), list items,
    three alike blocks, a lone block, with and without the region as ``stop``."""
    cards = "".join(
        f'<div class="card"><h3><a href="/tin/{k}.html">Tin số {k} của tỉnh hôm nay</a></h3>'
        f"<p>0{k}/03/2024</p></div>"
        for k in range(1, 6)
    )
    pair = "".join(f'<div class="post"><h2><a href="/b/{k}.html">Bài viết số {k} đây</a></h2><span>1{k}/03/2024</span></div>' for k in (1, 2))
    items = "".join(f'<li><a href="/c/{k}.html">Mục {k}</a> (2{k}/03/2024)</li>' for k in range(1, 4))
    lone = '<div class="x"><p>Ngày 05/03/2024, <a href="/d.html">một liên kết</a> trong bài viết dài hơn nhiều chữ.</p></div>'
    page = html.fromstring(
        f'<html><body><main><section class="grid">{cards}</section><div class="two">{pair}</div>'
        f"<ul>{items}</ul>{lone}<p>Ngày 01/03/2024</p></main></body></html>"
    )
    main = page.cssselect("main")[0]
    elements = [el for el in page.iter() if isinstance(el.tag, str)]
    for stop in (None, main, page.cssselect("section")[0]):
        fresh = [in_teaser(el, stop) for el in elements]
        with teasers_kept():
            kept = [in_teaser(el, stop) for el in elements]
            again = [in_teaser(el, stop) for el in elements]  # from what was kept
        assert kept == fresh and again == fresh
        assert any(fresh) and not all(fresh)


def test_the_sapo_by_the_page_description_and_by_its_place() -> None:
    described = f"""<html><head><title>Kỹ năng số</title><meta property="og:description" content="{LEAD}"></head>
<body><article><header><h1>Kỹ năng số</h1><div class="pd">{LEAD}</div><div class="pm">11 tháng 3, 2024</div></header>
<div class="pc"><p>{PROSE}</p><p>{PROSE} Hai.</p></div></article></body></html>"""
    assert _extract(described).body_text.split("\n\n")[0] == LEAD
    placed = f"""<html><head><title>Kỹ năng số</title></head><body><main><div>
<h1>Kỹ năng số</h1><div class="a">11/03/2024 08:40</div><div class="b">{LEAD}</div>
<div class="c"><p>{PROSE}</p><p>{PROSE} Hai.</p><p>{PROSE} Ba.</p></div></div></main></body></html>"""
    assert _extract(placed).body_text.split("\n\n")[0] == LEAD


def test_a_ticker_and_a_tool_row_in_the_headline_block_leave_the_sapo_the_articles() -> None:
    """The chrome2 part's loss on the Hugo and Next.js families: a news ticker above the
    headline and a tool row under it, in the headline's own block, outweighed the sapo there
    with link text, and the sapo was taken for another page's teaser. A block holding an
    unlinked ``<h1>`` is the page's own; a card whose headline is a link is still a teaser."""
    ticker = " • ".join(f'<a href="/tin/{k}.html">{t}</a>' for k, t in enumerate(
        ("Trao giấy chứng nhận đầu tư nhà máy chế biến gỗ", "Hai tháng đầu năm có 186 doanh nghiệp mới",
         "Đẩy nhanh tiến độ giải ngân vốn đầu tư công")))  # fmt: skip
    tools = "".join(f'<li><a href="#">{t}</a></li>' for t in ("A-", "A", "A+", "In bài", "Gửi email"))
    page = f"""<html><head><title>Kỹ năng số</title><meta property="og:description" content="{LEAD}"></head>
<body><article><header><div class="ticker"><b>Tin mới:</b> <marquee>{ticker}</marquee></div><h1>Kỹ năng số</h1><ul class="tools">{tools}</ul>
<div class="pd">{LEAD}</div><div class="pm">11 tháng 3, 2024</div></header>
<div class="pc"><p>{PROSE} {OTHER}</p><p>{THIRD}</p></div></article></body></html>"""
    assert _extract(page).body_text.split("\n\n")[0] == LEAD
    assert not in_teaser(html.fromstring(page).cssselect(".pd")[0])
    card = html.fromstring('<div><h1><a href="/tin/1.html">Khởi công tuyến đường liên xã</a></h1><p>(01/03/2024)</p></div>')
    assert in_teaser(card.cssselect("p")[0])


def test_the_author_on_the_headlines_meta_line_and_names_joined_by_and() -> None:
    assert byline_in_date_line("5 tháng 3, 2024 · 3 phút · Ngọc Lan").author == "Ngọc Lan"
    assert parse_signature("Trần Quốc Việt & Lý Thu Phương").author == "Trần Quốc Việt, Lý Thu Phương"
    assert parse_signature("Sở Văn hóa và Thể thao") is None
    page = f"""<html><head><title>Kỹ năng số</title><meta property="article:published_time" content="2024-03-11T08:40:00+07:00"></head>
<body><article><header><h1>Kỹ năng số</h1><div class="pm"><span>11 tháng 3, 2024</span> · 2 phút · Nguyễn Hải Yến</div></header>
<div class="pc"><p>{PROSE}</p><p>{PROSE} Hai.</p></div></article></body></html>"""
    assert _extract(page).author == "Nguyễn Hải Yến"


def test_the_inference_names_a_nameless_element_by_its_place_after_the_headline() -> None:
    tree = html.fromstring(
        '<html><body><main><div class="css-1a2b3c"><h1 class="css-9f8e7d">T</h1><div class="css-4d5e6f">d</div>'
        '<div class="css-7a8b9c">s</div><div class="css-0d1e2f"><p>x</p></div></div></main></body></html>'
    )
    body = tree.cssselect("p")[0].getparent()
    assert "h1 ~ div:nth-last-of-type(1)" in candidates(body)
    assert tree.cssselect("h1 ~ div:nth-last-of-type(2)")[0].text == "s"
