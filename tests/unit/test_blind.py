"""The blind part's transform (benchmarks/blind.py): surface cues go, structure and truth stay."""

from __future__ import annotations

import json

import lxml.html

from benchmarks.blind import BlindFamily, blind_html, strip_label, token
from crawler.replica.site import Page, Site
from tests.families.common import cp1258

PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1258"><title>Tin một</title>
<meta name="author" content="Minh Anh"><meta property="article:author" content="Minh Anh">
<meta property="article:published_time" content="2024-03-05T08:40:00+07:00">
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Minh Anh"},
"datePublished": "2024-03-05T08:40:00+07:00"}</script></head>
<body><div id="main" class="news-detail post-731"><h1 class="title">Tin một</h1>
<div class="date">05/03/2024 08:40</div>
<div class="author"><span class="lbl">Tác giả:</span> <b>Minh Anh</b></div>
<p class="byline" itemprop="author">PV: Thu Hà</p>
<div class="content"><p>Nội dung bài viết có đủ dài để là một đoạn văn.</p>
<p>Bài và ảnh: Lan Chi</p><p>Tác giả: admin</p><p>Thu Hà | Viết bởi Hoàng Nam</p></div>
<a rel="author" href="/u/1">Minh Anh</a></div></body></html>"""


def _blind(
    html: str = PAGE, ctype: str = "text/html; charset=windows-1258"
) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(blind_html(cp1258(html), ctype, "fx-x").decode("utf-8"))


def test_classes_and_ids_become_stable_meaningless_tokens() -> None:
    doc = _blind()
    main = doc.get_element_by_id(token("fx-x", "main"))
    assert main.get("class") == f"{token('fx-x', 'news-detail')} {token('fx-x', 'post-731')}"
    assert token("fx-x", "date") == token("fx-x", "date") != token("fx-y", "date")
    assert token("fx-x", "post-731").endswith("731") and not any(
        c.isdigit() for c in token("fx-x", "author")
    )
    assert (
        token("fx-x", "post-731")[:-3] == token("fx-x", "post-9")[:-1]
    )  # alike but for the number
    words = " ".join(
        el.get("class", "") + " " + el.get("id", "") for el in doc.iter() if isinstance(el.tag, str)
    )
    for cue in ("author", "date", "title", "content", "byline", "news", "main"):
        assert cue not in words


def test_byline_labels_go_and_names_stay_where_they_were() -> None:
    doc = _blind()
    b = doc.xpath("//b")[0]
    assert b.text == "Minh Anh" and "Tác giả" not in b.getparent().text_content()
    ps = [p.text_content() for p in doc.xpath("//p")]
    assert "Thu Hà" in ps and "Lan Chi" in ps
    assert "Thu Hà | Hoàng Nam" in ps
    assert "Tác giả: admin" in ps  # a CMS account is no name: left as it was
    assert doc.xpath("//div")[1].text_content() == "05/03/2024 08:40"  # the date keeps its text


def test_structured_authors_go_and_dates_stay() -> None:
    doc = _blind()
    assert not doc.xpath("//meta[@name='author' or @property='article:author']")
    assert not doc.xpath("//*[@rel='author' or @itemprop='author']")
    assert doc.xpath("//meta[@property='article:published_time']")
    data = json.loads(doc.xpath("//script")[0].text)
    assert "author" not in data and data["datePublished"] == "2024-03-05T08:40:00+07:00"
    assert doc.xpath("//meta[@charset]")[0].get("charset") == "utf-8"


def test_strip_label_only_before_a_name() -> None:
    assert strip_label("Tin, ảnh: Hoàng Thu") == "Hoàng Thu"
    assert (
        strip_label("Người viết: Đỗ Quang Thắng – Phòng Tổng hợp")
        == "Đỗ Quang Thắng – Phòng Tổng hợp"
    )
    assert strip_label("Tác giả:", "Lan Chi") == ""
    assert strip_label("Tác giả:", "") == "Tác giả:"
    assert strip_label("Viết bởi Super User") == "Viết bởi Super User"
    assert strip_label("Bài viết này nói về lễ hội") == "Bài viết này nói về lễ hội"


def test_blind_family_keeps_truth_but_the_labels() -> None:
    class Art:
        path = "/tin/1"

        def truth(self, base: str = "") -> dict:
            return {
                "url": base + self.path,
                "author": "Lan Chi",
                "body": ["Đoạn một.", "Bài và ảnh: Lan Chi"],
            }

    class Fam:
        SITE_ID = "fx-x"
        CHROME = ("Bản quyền",)
        ARTICLES = [Art()]

        @staticmethod
        def build_site() -> Site:
            return Site(
                pages={
                    "/tin/1": Page.html(PAGE),
                    "/a.pdf": Page(200, [("Content-Type", "application/pdf")], b"%PDF"),
                }
            )

    fam = BlindFamily(Fam)  # type: ignore[arg-type]
    truth = fam.ARTICLES[0].truth("https://x.gov.vn")
    assert truth["body"] == ["Đoạn một.", "Lan Chi"] and truth["author"] == "Lan Chi"
    site = fam.build_site()
    assert site.pages["/a.pdf"].body == b"%PDF"
    assert (
        b"Lan Chi" in site.pages["/tin/1"].body
        and "Bài và ảnh".encode() not in site.pages["/tin/1"].body
    )
    assert site.pages["/tin/1"].body == fam.build_site().pages["/tin/1"].body  # deterministic
