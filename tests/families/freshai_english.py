"""A province's English edition on its own ``.vn`` host whose CMS template was bought for the
US market (``<html lang="en-US">``, ``og:locale`` en_US) and prints numeric dates month first:
"03/05/2024 08:40 AM", "Posted: 03/06/2024", "Thu, 03/07/2024 - 3:20 PM", "Published:
03/08/2024 | Updated: 03/11/2024", "March 11th, 2024 at 10:05 am", "03/12/2024 11:50 PM",
"3/14/2024 7:30 AM"; its lists show "03/13/2024" and the header "Wednesday, March 20, 2024"
(fresh-AI, round 23: date conventions no earlier set held, hypotheses for a wrong day: fresh-AB's
English editions printed day first, and ``datezone.vietnamese_site`` reads a ``.vn`` host day
first).

Built in round 23 as a fresh family (``FRESH_AI``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Wednesday, March 20, 2024"; "Latest news" in the side column with
  month-first days; the footer "Copyright © Ha Minh Provincial People's Committee".
- Articles ``/news/<slug>-<id>.html``; the first carries ``article:published_time``
  "2024-03-05T08:40:00+07:00", the third a print line "March 7, 2024".
- Not articles: the home page, the news category, "About Ha Minh", "Contact".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import esc, paragraphs_html, site_with_files
from tests.families.freshai_common import RArt
from tests.families.texts import KEY

SITE_ID = "fx-fai-english"
NAME = "Ha Minh Province Portal"
BASE_URL = "https://english.haminh.gov.vn/"
TODAY = "Wednesday, March 20, 2024"


def _art(key: str, slug: str, ident: int, iso: str, line: str, **kw: object) -> RArt:
    return RArt(KEY[key], f"/news/{slug}-{ident}.html", iso, line, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fm-en-investment", "ha-minh-calls-for-investment-in-high-tech-agriculture", 3301, "2024-03-05T08:40:00+07:00",
         "03/05/2024 08:40 AM", signature="Thu Trang", author="Thu Trang", extra={"meta": True}),
    _art("fm-en-bridge", "bridge-opens-to-traffic-linking-two-island-communes", 3308, "2024-03-06T00:00:00+07:00",
         "Posted: 03/06/2024", signature="Duc Minh", author="Duc Minh"),
    _art("fm-en-vaccination", "children-vaccinated-against-measles", 3315, "2024-03-07T15:20:00+07:00",
         "Thu, 03/07/2024 - 3:20 PM", signature="Thu Trang", author="Thu Trang", extra={"print": "March 7, 2024"}),
    _art("fm-en-tourism", "visitors-during-the-lunar-new-year-holiday", 3322, "2024-03-08T00:00:00+07:00",
         "Published: 03/08/2024 | Updated: 03/11/2024", signature="Lan Huong", author="Lan Huong"),
    _art("fm-en-digital", "citizens-can-pay-land-tax-online", 3329, "2024-03-11T10:05:00+07:00",
         "March 11th, 2024 at 10:05 am", signature="Duc Minh", author="Duc Minh"),
    _art("fm-en-forest", "forest-rangers-step-up-patrols", 3336, "2024-03-12T23:50:00+07:00",
         "03/12/2024 11:50 PM", signature="Lan Huong", author="Lan Huong"),
    _art("fb-en-legal-aid", "mobile-legal-aid-brings-free-advice", 3343, "2024-03-14T07:30:00+07:00",
         "3/14/2024 7:30 AM", signature="Thu Trang", author="Thu Trang"),
]  # fmt: skip
CHROME = ["Latest news", "Copyright © Ha Minh Provincial People's Committee", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _mdy(iso: str) -> str:
    return f"{iso[5:7]}/{iso[8:10]}/{iso[:4]}"


def _head(art: RArt | None, title: str) -> str:
    out = f'<title>{esc(title)}</title><meta property="og:locale" content="en_US"><meta property="og:site_name" content="{NAME}">'
    if art is not None:
        out += f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art.title)}">'
        if art.extra.get("meta"):
            out += f'<meta property="article:published_time" content="{art.published}">'
    return out


def _layout(main: str, title: str, art: RArt | None = None) -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">{_mdy(a.published)}</span></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">{_head(art, title)}
<link rel="stylesheet" href="/templates/civic/css/template.css"></head><body class="site">
<div class="top-header"><span class="today">{TODAY}</span> <a href="https://haminh.gov.vn/">Tiếng Việt</a></div>
<header class="header"><a href="/"><img src="/images/logo-en.png" alt="{NAME}"></a></header>
<nav class="navbar"><ul><li><a href="/">Home</a></li><li><a href="/news.html">News</a></li><li><a href="/about.html">About Ha Minh</a></li><li><a href="/contact.html">Contact</a></li></ul></nav>
<div class="container"><div class="main-content">{main}</div>
<div class="sidebar"><div class="module"><h3 class="module-title">Latest news</h3><ul class="latestnews">{latest}</ul></div></div></div>
<footer class="footer">Copyright © Ha Minh Provincial People's Committee. All rights reserved.<br>Address: 8 Tran Phu Street, Ha Minh City. Tel: (+84) 216 3852 100</footer>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<figure class="image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'


def render_article(art: RArt) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    printed = f'<div class="print-only" style="display:none">Printed from {NAME} - {art.extra["print"]}</div>' if "print" in art.extra else ""
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({_mdy(a.published)})</li>' for a in NEWS if a is not art)
    main = (f'<div class="item-page"><h1 class="page-header">{esc(art.title)}</h1>'
            f'<div class="article-info"><span class="published">{esc(art.date_line)}</span></div>'
            f'<div class="item-body"><p><strong>{esc(art.lead)}</strong></p>{body}</div>{printed}'
            f'<div class="related"><h3>Related news</h3><ul>{related}</ul></div></div>')
    return _layout(main, f"{art.title} - {NAME}", art)


def render_news() -> str:
    rows = "".join(f'<div class="news-item"><h2><a href="{a.path}">{esc(a.title)}</a></h2><span class="date">{_mdy(a.published)}</span>'
                   f'<p>{esc(a.lead[:150])}...</p></div>' for a in NEWS)
    return _layout(f'<h1 class="page-header">News</h1>{rows}', f"News - {NAME}")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{_mdy(a.published)}</span></li>' for a in NEWS)
    return _layout(f'<div class="home-news"><h2>News and events</h2><ul>{rows}</ul></div>', NAME)


def render_about() -> str:
    text = ("Ha Minh is a northern mountainous province with 10 district-level units and 152 communes, wards and towns.",
            "It covers 8,300 square kilometres and is home to more than 900,000 people of 20 ethnic groups.")
    return _layout('<h1 class="page-header">About Ha Minh</h1>' + "".join(f"<p>{esc(t)}</p>" for t in text), f"About Ha Minh - {NAME}")


def render_contact() -> str:
    text = ("Office of the Provincial People's Committee, 8 Tran Phu Street, Ha Minh City.",
            "Tel: (+84) 216 3852 100. Email: portal@haminh.gov.vn.")
    return _layout('<h1 class="page-header">Contact</h1>' + "".join(f"<p>{esc(t)}</p>" for t in text), f"Contact - {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/news.html"] = render_news()
    out["/about.html"] = render_about()
    out["/contact.html"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /administrator/\n")
