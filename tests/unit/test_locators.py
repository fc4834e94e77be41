"""Positional locators of the site inference (pipelines/inference/locators.py): a byline with
no label and no telling class is found by its place across the article pages; names that
are chrome (a footer, a weather widget) or other articles' (a teaser list) never are."""

from __future__ import annotations

import re

import lxml.html

from config.profile import adhoc_profile
from pipelines.discover import profile_yaml, written_profile
from pipelines.extract import extract
from pipelines.inference import SiteModel, infer
from pipelines.inference.locators import author_place
from pipelines.record import ArticleRecord
from pipelines.sitemodel import FALLBACK, ModelProfile, extract_page
from tests.families.texts import TEXTS

BASE = "https://xa-an-binh.gov.vn"
HTML = {"content-type": "text/html; charset=utf-8"}
AUTHORS = ["Minh Anh", "Trần Thu Hà", "Lê Văn Nam", "Minh Anh", "Hoàng Phúc", "Ngọc Bích"]
WORDS = "Ủy ban nhân dân xã chỉ đạo các ban ngành triển khai kế hoạch năm {i} bảo đảm đúng tiến độ đề ra."


def _title(i: int) -> str:
    return f"Hội nghị triển khai nhiệm vụ trọng tâm của xã số {i}"


def _chrome(footer: str, widget: str) -> tuple[str, str, str]:
    nav = '<div class="c-nav"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a href="/su-kien">Sự kiện</a></div>'
    weather = f'<div class="c-w"><span>{widget}</span> <span>28°C</span></div>' if widget else ""
    foot = (
        f'<div class="c-f"><p>Chịu trách nhiệm nội dung</p><p>{footer}</p></div>' if footer else ""
    )
    return nav, weather, foot


def _teasers(i: int, with_names: bool) -> str:
    items = "".join(
        f'<li><a href="/tin/bai-{j}.html">{_title(j)}</a> <span>({j + 1:02d}/03/2024)</span>'
        + (f" <span>{AUTHORS[j]}</span>" if with_names else "")
        + "</li>"
        for j in range(6)
        if j != i
    )
    return f'<div class="c-x"><div class="c-y">Tin khác</div><ul>{items}</ul></div>'


def _site(
    byline: bool = True, footer: str = "", widget: str = "", teaser_names: bool = False
) -> list:
    """Six articles (the byline a bare name in ``<div class="c-info"><span>``, when
    ``byline``) and three listings; ``footer``/``widget`` names inside the pages' main
    block on every page, listings included."""
    top, weather, foot = _chrome(footer, widget)
    pages = []
    for i, author in enumerate(AUTHORS):
        body = "".join(f"<p>{x}</p>" for x in [TEXTS[10 + i][1], *TEXTS[10 + i][2]])
        info = f'<div class="c-info"><span>{author}</span></div>' if byline else ""
        main = (
            f'<div class="c-a">{weather}<div class="c-b"><h1>{_title(i)}</h1><div class="c-d">{i + 1:02d}/03/2024 08:{10 + i}</div>'
            f'<div class="c-c">{body}</div>{info}{_teasers(i, teaser_names)}</div>{foot}</div>'
        )
        html = f"<html><head><title>{_title(i)} - Xã An Bình</title></head><body>{top}{main}</body></html>"
        pages.append((f"/tin/bai-{i}.html", html))
    for path, name, chunk in (
        ("/tin", "Tin tức", range(0, 3)),
        ("/su-kien", "Sự kiện", range(3, 6)),
        ("/", "Trang chủ", range(1, 4)),
    ):
        items = "".join(
            f'<li><a href="/tin/bai-{j}.html">{_title(j)}</a><p>{WORDS.format(i=j)}</p></li>'
            for j in chunk
        )
        main = f'<div class="c-a">{weather}<div class="c-b"><h2>{name}</h2><ul class="c-l">{items}</ul></div>{foot}</div>'
        pages.append(
            (
                path,
                f"<html><head><title>{name} - Xã An Bình</title></head><body>{top}{main}</body></html>",
            )
        )
    return [(BASE + p, h.encode(), HTML) for p, h in pages]


def _place(pages: list) -> str | None:
    trees = [lxml.html.fromstring(b.decode()) for u, b, _ in pages if "/tin/bai-" in u]
    others = [lxml.html.fromstring(b.decode()) for u, b, _ in pages if "/tin/bai-" not in u]
    heads = [t.find(".//h1") for t in trees]
    choice = author_place(trees, heads, ".c-c", others, set())
    return choice.selector if choice else None


def test_a_bare_name_at_one_place_is_the_byline() -> None:
    pages = _site(footer="Nguyễn Văn Tổng", widget="Hà Nội", teaser_names=True)
    selector = _place(pages)
    assert selector is not None
    for (_, body, _), author in zip(pages, AUTHORS, strict=False):
        assert lxml.html.fromstring(body.decode()).cssselect(selector)[0].text_content() == author


def test_a_footer_name_on_every_page_is_not_a_byline() -> None:
    assert _place(_site(byline=False, footer="Nguyễn Văn Tổng")) is None


def test_a_weather_widget_city_is_not_a_byline() -> None:
    assert _place(_site(byline=False, widget="Đà Lạt")) is None


def test_names_and_dates_of_a_teaser_list_are_not_a_byline() -> None:
    assert _place(_site(byline=False, teaser_names=True)) is None


def test_the_model_learns_the_place_and_extraction_reads_it() -> None:
    pages = _site(footer="Nguyễn Văn Tổng", widget="Hà Nội", teaser_names=True)
    model = infer(pages)
    assert model.author is not None and model.author.agree == 6, model.author
    assert model.author_by_place and any("author" in n and "place" in n for n in model.notes), (
        model.notes
    )
    assert SiteModel.from_json(model.to_json()) == model
    assert "its place: a bare name" in profile_yaml(
        written_profile(adhoc_profile(BASE + "/"), model), model
    )
    profile = model.to_profile(adhoc_profile(BASE + "/"))  # sites new's profile
    in_crawl = ModelProfile.of(adhoc_profile(BASE + "/"), model)  # an ad-hoc crawl's model
    for (url, body, headers), author in zip(pages, AUTHORS, strict=False):
        record = extract(body, url, headers, profile)
        assert isinstance(record, ArticleRecord) and record.author == author, (url, record)
        record = extract_page(body, url, headers, in_crawl)
        assert (
            isinstance(record, ArticleRecord)
            and record.author == author
            and FALLBACK not in record.warnings
        )
    assert (
        infer(
            _site(byline=False, footer="Nguyễn Văn Tổng", widget="Hà Nội", teaser_names=True)
        ).author
        is None
    )


def _dated_site() -> list:
    """The pages of :func:`_site` with today's date in a header block inside the main
    block, before the article's own date, on every page (listings included); the last
    article shows no date of its own."""
    today = '<div class="c-a"><div class="c-t"><span>Thứ Tư, 20/03/2024</span></div>'.encode()
    pages = [(u, b.replace(b'<div class="c-a">', today), h) for u, b, h in _site()]
    u, b, h = pages[5]
    return [
        *pages[:5],
        (u, b.replace(b'<div class="c-d">06/03/2024 08:15</div>', b""), h),
        *pages[6:],
    ]


def test_a_date_every_page_shows_is_not_the_articles_date_place() -> None:
    from pipelines.inference.locators import date_is_chrome
    from pipelines.inference.template import _date

    pages = _dated_site()
    trees = [lxml.html.fromstring(b.decode()) for u, b, _ in pages if "/tin/bai-" in u]
    others = [lxml.html.fromstring(b.decode()) for u, b, _ in pages if "/tin/bai-" not in u]
    heads = [t.find(".//h1") for t in trees]
    assert date_is_chrome(".c-t span", trees, others) and not date_is_chrome(".c-d", trees, others)
    choice = _date(trees, heads, "Asia/Ho_Chi_Minh", others)
    assert choice is not None
    assert [t.cssselect(choice.selector)[0].text_content() for t in trees[:5]] == [
        f"{i + 1:02d}/03/2024 08:{10 + i}" for i in range(5)
    ]
    model = infer(pages)
    record = extract(
        pages[0][1], pages[0][0], pages[0][2], model.to_profile(adhoc_profile(BASE + "/"))
    )
    assert isinstance(record, ArticleRecord) and record.published_at == "2024-03-01T08:10:00+07:00"


def test_a_bare_span_headline_at_one_place_is_the_title() -> None:
    """No heading tag, no title-like class, and a ``<title>`` that is the portal's name on
    every page (DotNetNuke's ``<span class="Head">`` once its class says nothing): the
    headline is the element at one place whose headline-shaped text is each page's own."""
    pages = []
    for url, body, headers in _site():
        html = re.sub(
            rb"<title>.*?</title>", "<title>Xã An Bình</title>".encode(), body.decode().encode()
        )
        html = html.replace(b"<h1>", b'<div class="c-h"><span>').replace(b"</h1>", b"</span></div>")
        pages.append((url, html.replace(b"<h2>", b"<div>").replace(b"</h2>", b"</div>"), headers))
    model = infer(pages)
    assert model.confident and model.title is not None and model.title.agree == 6, (
        model.title,
        model.types,
    )
    for i, (url, body, headers) in enumerate(pages[:6]):
        record = extract_page(body, url, headers, ModelProfile.of(adhoc_profile(BASE + "/"), model))
        assert (
            isinstance(record, ArticleRecord)
            and record.title == _title(i)
            and record.author == AUTHORS[i]
        )


def _date_choice(pages: list) -> list[str] | None:
    """The text at the inferred date place on each article page of ``pages``."""
    from pipelines.inference.template import _date

    trees = [lxml.html.fromstring(b.decode()) for u, b, _ in pages if "/tin/bai-" in u]
    others = [lxml.html.fromstring(b.decode()) for u, b, _ in pages if "/tin/bai-" not in u]
    choice = _date(trees, [t.find(".//h1") for t in trees], "Asia/Ho_Chi_Minh", others)
    if choice is None:
        return None
    return [(t.cssselect(choice.selector) or [None])[0].text_content() for t in trees]


_COMMENTS = (
    '<div class="c-m"><h3>Ý kiến bạn đọc</h3><div class="c-k"><b>Nguyễn Văn Bình</b> '
    '<span class="c-kd">{day:02d}/03/2024 10:20</span><p>Bài viết rất thiết thực.</p></div></div>'
)


def _crumb_site(dated: bool = True) -> list:
    """:func:`_site` with each article's date at the right of a breadcrumb row over the
    headline ("Trang chủ › Tin tức   01/03/2024 08:10"; no date there unless ``dated``) and
    readers' comments with their own dates (a day later) after the body."""
    pages = []
    for i, (u, b, h) in enumerate(_site()):
        html = b.decode()
        date = f"{i + 1:02d}/03/2024 08:{10 + i}"
        if f'<div class="c-d">{date}</div>' in html:
            crumb = (
                '<div class="c-bc"><a href="/">Trang chủ</a> › <a href="/tin">Tin tức</a>'
                f'<span class="c-r">{date if dated else ""}</span></div>'
            )
            html = html.replace(f'<div class="c-d">{date}</div>', "").replace("<h1>", crumb + "<h1>")
            html = html.replace('<div class="c-x">', _COMMENTS.format(day=i + 2) + '<div class="c-x">')
        pages.append((u, html.encode(), h))
    return pages


def test_a_date_at_the_right_of_the_breadcrumb_is_the_articles_date_place() -> None:
    assert _date_choice(_crumb_site()) == [f"{i + 1:02d}/03/2024 08:{10 + i}" for i in range(6)]


def test_a_comments_date_is_never_the_articles_date_place() -> None:
    assert _date_choice(_crumb_site(dated=False)) is None


def test_the_site_headers_clock_is_never_the_articles_date_place() -> None:
    """Today's date in the header of the article template (the listings' template has none,
    so no other page shows it), above the article's block, in an element of the same class
    as the article's date line: a selector whose first match is the clock counts for no page
    (it is outside the article's block)."""
    clock = b'<body><div class="c-top"><div class="c-d">Th\xe1\xbb\xa9 T\xc6\xb0, 20/03/2024</div></div>'
    pages = [(u, b.replace(b"<body>", clock) if "/tin/bai-" in u else b, h) for u, b, h in _site()]
    got = _date_choice(pages)
    assert got is not None and all(x.endswith(f"08:{10 + i}") for i, x in enumerate(got)), got
