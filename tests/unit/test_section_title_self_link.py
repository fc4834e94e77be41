"""A menu's link to the page itself names the page, not its section (titles._menu_names).

Round 18's section rule (a ``<title>`` naming one of the menu's links is no headline) refused
five of the article-extraction-benchmark's 181 articles as ``no_title`` (181 -> 176 kept): a
news site's section menu previews its latest stories (the page's own headline among them), a
breadcrumb's last item or a permalink heading inside a ``nav``-classed block links the page
itself with its headline. (The section rule itself, a link to the section's own page, is
held by tests/unit/test_freshi_templates.py on fx-fi-xaweb's pages.)"""

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


def test_a_menu_link_to_the_page_itself_names_no_section() -> None:
    for href in ("/business/article/New-car-sales-plunge-14847624.php", URL, URL + "#top"):
        record = extract(_page(href), URL, {"content-type": "text/html"}, adhoc_profile(URL))
        assert isinstance(record, ArticleRecord), href
        assert record.title == HEADLINE
