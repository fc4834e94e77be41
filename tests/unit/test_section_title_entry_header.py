"""An article's own header is no banner: the headline in it keeps the section rule off
(titles._page_heading).

Round 18's section rule (a ``<title>`` naming one of the menu's links is no headline) refused
five of the article-extraction-benchmark's 181 articles as ``no_title`` (181 -> 176 kept): a
news site's section menu previews its latest stories (the page's own headline among them), a
breadcrumb's last item or a permalink heading inside a ``nav``-classed block links the page
itself with its headline, and the headline's ``<h1>`` in an "entry-header" was taken for the
banner's, so the guard for a page whose own heading says that name did not see it. (The section
rule itself, a link to the section's own page, is held by tests/unit/test_freshi_templates.py
on fx-fi-xaweb's pages.)"""

from config.profile import adhoc_profile
from pipelines.extract import extract
from pipelines.record import ArticleRecord

URL = "https://www.chron.example/business/article/New-car-sales-plunge-14847624.php"
HEADLINE = "New car sales plunge 10 percent in October"
TEXT = ("Sales of new cars and light trucks fell sharply last month as buyers held back ahead of "
        "the holiday season, according to figures released by the industry on Monday. ")  # fmt: skip


def _page(menu_href: str) -> bytes:
    return (
        f"<html><head><title>{HEADLINE} - Houston Chronicle</title>"
        "<meta property='og:site_name' content='Houston Chronicle'></head><body>"
        "<div class='nav-hcat'><ul class='subnav'><li><a href='/business/'>Business</a></li>"
        f"<li><a href='{menu_href}'>{HEADLINE}</a></li></ul></div>"
        f"<article><header class='entry-header'><h1 class='headline entry-title'>{HEADLINE}</h1></header>"
        + f"<p>{TEXT * 2}</p>" * 4
        + "</article></body></html>"
    ).encode()


def test_a_headline_in_the_articles_own_header_keeps_its_title() -> None:
    for href in ("/business/article/New-car-sales-plunge-14847624.php", URL, URL + "#top"):
        record = extract(_page(href), URL, {"content-type": "text/html"}, adhoc_profile(URL))
        assert isinstance(record, ArticleRecord), href
        assert record.title == HEADLINE


def test_a_heading_in_the_sites_banner_is_still_no_page_heading() -> None:
    from lxml.html import document_fromstring

    from pipelines.titles import _page_heading

    for cls in ("site-header", "header", "top-header", "logo", "banner"):
        page = f"<html><body><div class='{cls}'><h1>{HEADLINE}</h1></div></body></html>"
        assert not _page_heading(document_fromstring(page), HEADLINE.casefold()), cls
    for cls in ("entry-header", "entry-content-header", "post-header", "card-header"):
        page = f"<html><body class='html_logo_left'><header class='{cls}'><h1>{HEADLINE}</h1></header></body></html>"
        assert _page_heading(document_fromstring(page), HEADLINE.casefold()), cls
