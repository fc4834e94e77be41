"""The perturbed part's transform (benchmarks/perturb.py): portal widgets on every page, the
page's own content and the truth unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import lxml.html

from benchmarks.perturb import PerturbedFamily, Widgets, perturb_html
from crawler.replica.site import Page, Site
from tests.families.common import Art, cp1258

PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1258"><title>Tin một</title></head>
<body>intro<div id="main"><h1>Tin một</h1><div class="date">05/03/2024 08:40</div>
<div class="content"><p>Nội dung bài viết có đủ dài để là một đoạn văn.</p></div></div>
<div id="foot">Trang chủ</div></body></html>"""
ARTICLES = [
    Art(0, "/tin/1.html", "2024-03-05T08:40:00+07:00", "05/03/2024 08:40"),
    Art(1, "/tin/2.html", "2024-03-06T08:40:00+07:00", "06/03/2024 08:40"),
]


def _widgets(site: str = "fx-x") -> Widgets:
    return Widgets(site, "Cổng thông tin X", ARTICLES)


def _perturb(widgets: Widgets, target: str = "/") -> lxml.html.HtmlElement:
    body = perturb_html(cp1258(PAGE), "text/html; charset=windows-1258", widgets, target)
    return lxml.html.fromstring(body.decode("utf-8"))


def _texts(doc: lxml.html.HtmlElement) -> list[str]:
    return [t.strip() for t in doc.body.itertext() if t.strip()]


def test_every_widget_is_on_the_page_around_the_content_which_stays_whole() -> None:
    widgets = _widgets()
    doc = _perturb(widgets)
    text = doc.body.text_content()
    for line in widgets.lines():  # the news list shows 5 of its dates on a page
        assert line in text or line.startswith("("), line
    assert sum(line in text for line in widgets.lines() if line.startswith("(")) == 5
    texts = _texts(doc)
    assert texts[0].startswith("Người đăng: admin |")  # the header area comes first
    assert texts[-1].startswith("© Bản quyền thuộc Cổng thông tin X")  # the footer last
    main = doc.get_element_by_id("main")
    assert main.find("h1").text == "Tin một" and main.getparent().text == "intro"
    depth = len(list(main.iterancestors()))
    assert depth == 3 + widgets.wraps  # html > body > columns > wrap(s) > main
    sidebar_at = texts.index("Thống kê truy cập")
    assert (sidebar_at < texts.index("Tin một")) == widgets.sidebar_first


def test_the_news_list_links_the_family_titles_with_dates_no_article_has() -> None:
    widgets = _widgets()
    doc = _perturb(widgets)
    links = {a.get("href"): a.text for a in doc.xpath("//li/a")}
    assert len(links) == 5
    assert {links[a.path] for a in ARTICLES} == {a.title for a in ARTICLES}
    days = [d.isoformat() for d in widgets.dates]
    assert len(set(days)) == len(widgets.items) >= 6 and not {a.published[:10] for a in ARTICLES} & set(days)
    assert widgets.posted.isoformat() not in {a.published[:10] for a in ARTICLES}
    own = {a.get("href"): a.text for a in _perturb(widgets, ARTICLES[0].path).xpath("//li/a")}
    assert (
        len(own) == 5 and ARTICLES[0].path not in own and own[ARTICLES[1].path] == ARTICLES[1].title
    )


def test_the_counter_counts_every_request() -> None:
    widgets = _widgets()
    pages = [_texts(_perturb(widgets, f"/tin/{i}.html")) for i in range(6)]
    online = {next(t for t in p if t.startswith("Đang online: ")) for p in pages}
    assert len(online) > 1


def test_deterministic_per_site_and_the_same_on_every_page() -> None:
    assert _perturb(_widgets()).body.text_content() == _perturb(_widgets()).body.text_content()
    choices = {
        (w.sidebar_first, w.wraps, w.cls, w.city, w.heading)
        for w in (_widgets(f"fx-{i}") for i in range(12))
    }
    assert len(choices) > 1 and any(c[0] for c in choices) and not all(c[0] for c in choices)


def test_the_family_keeps_its_truth_and_adds_the_widgets_to_its_chrome() -> None:
    family = SimpleNamespace(
        SITE_ID="fx-x",
        NAME="Cổng thông tin X",
        CHROME=["Trang chủ"],
        ARTICLES=ARTICLES,
        build_site=lambda: Site(pages={
            "/tin/1.html": Page.html(PAGE), "/doc.pdf": Page(200, [("Content-Type", "application/pdf")], b"%PDF")
        }),
    )  # fmt: skip
    perturbed = PerturbedFamily(family)
    assert perturbed.ARTICLES == ARTICLES and perturbed.CHROME[0] == "Trang chủ"
    assert set(perturbed.widgets.lines()) <= set(perturbed.CHROME)
    site = perturbed.build_site()
    assert site.pages["/doc.pdf"].body == b"%PDF"
    assert "Thống kê truy cập" in site.pages["/tin/1.html"].body.decode("utf-8")
