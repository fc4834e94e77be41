"""The English copy of a province's portal: days written the English way ("March 5, 2024",
"Tuesday, 12 March 2024 | 08:40 AM", "05 Mar 2024, 3:20 PM"), an update only, a day only in a
Yoast-style JSON-LD ``@graph`` of several nodes, a day-first "Date: 18/03/2024" (fresh-M,
round 19: publication date conventions the other families lack).

Built in round 19 as a fresh family (``FRESH_M``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/en/news/<slug>-<n>.html``; ``<html lang="en">``, no ``article:`` meta, no
  ``<time>``. Under the headline, one of: "March 5, 2024" (no time: 00:00), "Tuesday, 12 March
  2024 | 08:40 AM", "05 Mar 2024, 3:20 PM" (15:20), "Updated: March 7, 2024 10:05" (only an
  update: ``date_basis`` "updated"), "Date: 18/03/2024" (day first, as the Vietnamese copy).
- One article shows no day at all; its head holds a JSON-LD ``@graph`` with an Organization,
  a WebSite, an ImageObject (``uploadDate`` two weeks earlier), a BreadcrumbList, a WebPage and
  the NewsArticle whose ``datePublished`` is in UTC ("2024-03-14T01:40:00+00:00": 08:40 at +07:00).
- The "Latest news" column comes before the article in the source, its items dated "Mar 19, 2024".
- A caption names another day ("... on March 1, 2024"). Signatures: a right-aligned bold
  name without diacritics, the body's last paragraph.
- Not articles: the English home page, the news category and its page 2, "About Lam Binh",
  "Contact".
"""

from __future__ import annotations

import json
from datetime import date

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fm-english"
NAME = "Lam Binh Provincial Portal"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def _ampm(iso: str) -> str:
    h, m = int(iso[11:13]), iso[14:16]
    return f"{(h - 1) % 12 + 1}:{m} {'AM' if h < 12 else 'PM'}"


def shown(iso: str, form: str) -> str:
    d = _day(iso)
    month = _MONTHS[d.month - 1]
    if form == "us":
        return f"{month} {d.day}, {d.year}"
    if form == "long":
        return f"{d.strftime('%A')}, {d.day:02d} {month} {d.year} | {_ampm(iso).zfill(8)}"
    if form == "short":
        return f"{d.day:02d} {month[:3]} {d.year}, {_ampm(iso)}"
    if form == "updated":
        return f"Updated: {month} {d.day}, {d.year} {hm(iso)}"
    if form == "dmy":
        return f"Date: {dmy(iso)}"
    if form == "jsonld":
        return ""
    raise ValueError(form)


def _art(key: str, slug: str, ident: int, iso: str, form: str, **kw: object) -> Art:
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    if form == "updated":
        extra["date_basis"] = "updated"
    return Art(KEY[key], f"/en/news/{slug}-{ident}.html", iso, shown(iso, form), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fm-en-investment", "lam-binh-calls-for-investment", 905, "2024-03-05T00:00:00+07:00", "us",
         signature="Hoang Lan", author="Hoang Lan"),
    _art("fm-en-bridge", "con-ngang-bridge-opens", 911, "2024-03-12T08:40:00+07:00", "long",
         image=("/uploads/en/bridge.jpg", "The Con Ngang bridge seen from the river on March 1, 2024.")),
    _art("fm-en-vaccination", "measles-vaccination-campaign", 914, "2024-03-05T15:20:00+07:00", "short",
         signature="Minh Anh", author="Minh Anh"),
    _art("fm-en-tourism", "lunar-new-year-visitors", 902, "2024-03-07T10:05:00+07:00", "updated"),
    _art("fm-en-digital", "land-tax-online", 918, "2024-03-14T08:40:00+07:00", "jsonld",
         signature="Minh Anh", author="Minh Anh"),
    _art("fm-en-forest", "forest-patrols-dry-season", 921, "2024-03-18T00:00:00+07:00", "dmy",
         signature="Hoang Lan", author="Hoang Lan",
         image=("/uploads/en/forest.jpg", "Rangers on patrol in Nam Ty on March 1, 2024.")),
]  # fmt: skip
CHROME = ["Latest news", "Related news", "Share this", "Visitors:", "Copyright", "Tiếng Việt", "Hotline"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
LATEST = [("Provincial leaders meet overseas Vietnamese investors", "/en/news/overseas-investors-925.html", "2024-03-19"),
          ("Lam Binh launches Youth Month 2024", "/en/news/youth-month-923.html", "2024-03-18")]  # fmt: skip


def _mdy(iso: str) -> str:
    d = _day(iso)
    return f"{_MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year}"


def _graph(art: Art, base: str = "https://lambinh.gov.vn") -> str:
    url = base + art.path
    utc = "2024-03-14T01:40:00+00:00"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": f"{base}/#organization", "name": NAME, "url": f"{base}/en/",
         "logo": {"@type": "ImageObject", "url": f"{base}/assets/logo.png"}},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/en/", "name": NAME, "inLanguage": "en-US"},
        {"@type": "ImageObject", "@id": f"{url}#primaryimage", "url": f"{base}/uploads/en/{art.extra['id']}.jpg",
         "uploadDate": "2024-02-29T03:12:00+00:00", "width": 1200, "height": 800},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/en/"},
            {"@type": "ListItem", "position": 2, "name": "News", "item": f"{base}/en/news"},
            {"@type": "ListItem", "position": 3, "name": art.title}]},
        {"@type": "WebPage", "@id": url, "url": url, "name": art.title, "isPartOf": {"@id": f"{base}/#website"},
         "primaryImageOfPage": {"@id": f"{url}#primaryimage"}, "breadcrumb": {"@id": f"{url}#breadcrumb"},
         "inLanguage": "en-US"},
        {"@type": "NewsArticle", "@id": f"{url}#article", "headline": art.title, "isPartOf": {"@id": url},
         "mainEntityOfPage": {"@id": url}, "datePublished": utc, "dateModified": "2024-03-15T02:05:00+00:00",
         "author": {"@type": "Person", "name": art.author}, "publisher": {"@id": f"{base}/#organization"},
         "image": {"@id": f"{url}#primaryimage"}, "inLanguage": "en-US"},
    ]}
    return f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>'


def _layout(main: str, title: str, head: str = "") -> str:
    latest = "".join(f'<li><a href="{p}">{esc(t)}</a><span class="date">{_mdy(iso)}</span></li>' for t, p, iso in LATEST) + \
        "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">{_mdy(a.published)}</span></li>' for a in NEWS[:4])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}<link rel="stylesheet" href="/assets/css/main.css"></head>
<body><div class="topbar"><a href="/">Tiếng Việt</a> | <a href="/en/">English</a> <span class="hotline">Hotline: (+84) 216 3852 114</span></div>
<header><a href="/en/" class="logo"><img src="/assets/logo.png" alt="{esc(NAME)}"></a>
<nav><ul><li><a href="/en/">Home</a></li><li><a href="/en/about">About Lam Binh</a></li><li><a href="/en/news">News</a></li>
<li><a href="/en/contact">Contact</a></li></ul></nav></header>
<div class="wrap"><aside class="sidebar"><h3>Latest news</h3><ul class="latest">{latest}</ul></aside>
<div class="main">{main}</div></div>
<footer><p>Copyright © Lam Binh Provincial People's Committee</p><p>12 Tran Hung Dao Street, Lam Binh City. Tel: (+84) 216 3852 114</p>
<p>Visitors: 318,406</p></footer></body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<figure><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'


def render_article(art: Art) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    meta = f'<div class="entry-date">{esc(art.date_line)}</div>' if art.date_line else '<div class="entry-cat">News</div>'
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS if a is not art)
    main = (f'<div class="breadcrumb"><a href="/en/">Home</a> / <a href="/en/news">News</a></div>'
            f'<div class="entry"><h1 class="entry-title">{esc(art.title)}</h1>{meta}'
            f'<div class="entry-summary"><strong>{esc(art.lead)}</strong></div><div class="entry-content">{body}</div>'
            f'<div class="share">Share this: <a href="#">Facebook</a> <a href="#">Twitter</a></div></div>'
            f'<div class="related"><h3>Related news</h3><ul>{related}</ul></div>')
    head = _graph(art) if art.extra["form"] == "jsonld" else ""
    return _layout(main, f"{art.title} | {NAME}", head)


def _listing(arts: list[Art], page: int) -> str:
    rows = "".join(f'<div class="post"><h2><a href="{a.path}">{esc(a.title)}</a></h2><span class="date">{_mdy(a.published)}</span>'
                   f"<p>{esc(a.lead[:150])}...</p></div>" for a in arts)
    pager = ('<div class="pages"><span>1</span> <a href="/en/news?page=2">2</a></div>' if page == 1
             else '<div class="pages"><a href="/en/news">1</a> <span>2</span></div>')
    return _layout(f'<h1>News</h1><div class="posts">{rows}</div>{pager}', f"News | {NAME}")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{_mdy(a.published)}</span></li>' for a in NEWS)
    return _layout(f'<div class="home"><h2>News and events</h2><ul>{rows}</ul></div>', NAME)


def _static(title: str, text: tuple[str, ...]) -> str:
    return _layout(f'<div class="entry"><h1 class="entry-title">{esc(title)}</h1><div class="entry-content">'
                   + "".join(f"<p>{esc(t)}</p>" for t in text) + "</div></div>", f"{title} | {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/en/"] = render_home()
    out["/en/news"] = _listing(NEWS[:4], 1)
    out["/en/news?page=2"] = _listing(NEWS[4:], 2)
    out["/en/about"] = _static("About Lam Binh", (
        "Lam Binh is a mountainous province in the north of Vietnam, with an area of 6,700 square kilometres and a "
        "population of about 830,000.",
        "The province has nine districts and one city, and is home to more than twenty ethnic groups.",
        "Its economy is based on agriculture, forestry and tourism, with a growing processing industry."))
    out["/en/contact"] = _static("Contact", (
        "Office of the Lam Binh Provincial People's Committee, 12 Tran Hung Dao Street, Lam Binh City.",
        "Telephone: (+84) 216 3852 114. E-mail: vanphong@lambinh.gov.vn."))
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /wp-admin/\n")
