"""A ministry's English section on the ministry's Liferay portal, ``/web/english/...`` beside
the Vietnamese ``/web/guest/...`` (not served here): every item of the English site, news and
standing pages, in one web-content template under "Posted:" (fresh-AB, round 21: the English
editions of Vietnamese government portals).

- Articles ``/web/english/news/-/asset_publisher/en7Kq/content/<slug>``; ``<html lang="en">``
  (the portal's English locale), no ``article:`` meta, no JSON-LD. The CMS prints its own
  day-first pattern with the English locale's AM/PM: "Posted: 05/03/2024 08:40 AM", some with
  "| Updated: 06/03/2024 10:15 AM" after it; the "Most read" box prints "(18/03/2024)"; one post
  "Posted on Friday, March 8, 2024" (no time: 00:00).
- Credits: "By Le Thu Trang" as the text's last paragraph; "Source: VNA - Translated by Pham
  Lan" (no author: a source and a translator); a byline "By Nguyen Hoang" over the text with
  "Translated by Ngoc Anh" closing it; unsigned.
- Chrome: "Home > News > Activities", "Print", "Send to friend", "Back", "Other news" with
  days, "Most read", "Online: 112", "Total visits: 8,903,441", "Copyright © Ministry of
  Agriculture and Rural Development".
- Not articles, each in the same template under "Posted:": the Minister's profile (a
  biography), "Functions and tasks" (numbered duties), "Organizational structure" (the list of
  units); the legal documents table and one document's page ("Number:", "Issued date:",
  "Signed by:"); the news category and its page 2; search results; the English home page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, site_with_files
from tests.families.freshab_common import ABArt, ampm, month_day, weekday

SITE_ID = "fx-fab-bo"
NAME = "Ministry of Agriculture and Rural Development"
ROOT = "/web/english"
NEWS_PATH = f"{ROOT}/news/-/asset_publisher/en7Kq/content/"

TEXTS = {
    "rice": ("Viet Nam's rice exports reach record value in first two months",
             "Viet Nam exported 1.3 million tonnes of rice worth 912 million USD in the first two months of 2024, up "
             "59 percent in value over the same period last year, according to the Ministry of Agriculture and Rural "
             "Development.",
             ["The Philippines, Indonesia and Malaysia remained the largest buyers, while exports to African markets "
              "rose sharply thanks to higher demand for fragrant rice varieties.",
              "The average export price reached 690 USD per tonne, the highest level in 15 years, as several countries "
              "restricted their exports and global stocks fell.",
              "The Ministry asked localities in the Mekong Delta to manage the winter-spring crop closely and to ensure "
              "enough water for irrigation during the dry season."]),
    "drought": ("Deputy Minister inspects drought and saltwater intrusion response in Mekong Delta",
                "Deputy Minister Nguyen Hoang Hiep on Tuesday inspected drought and saltwater intrusion prevention "
                "works in Ben Tre and Tien Giang provinces, where salinity has reached 70 kilometres inland.",
                ["At the Ba Lai sluice gate, the Deputy Minister asked local authorities to operate irrigation systems "
                 "flexibly to store fresh water, and to provide drinking water to households in coastal communes.",
                 "The provinces have built 14 temporary dams and dredged 230 kilometres of canals since December, "
                 "protecting more than 100,000 hectares of rice and fruit trees.",
                 "The Ministry will allocate funds from the central budget reserve to help localities buy water "
                 "tanks and pumps for the most affected areas."]),
    "fish": ("Viet Nam steps up efforts to remove the EC's yellow card on seafood",
             "The Ministry of Agriculture and Rural Development held a meeting with coastal provinces to review the "
             "fight against illegal, unreported and unregulated fishing ahead of the European Commission's fifth "
             "inspection.",
             ["All fishing vessels of 15 metres or longer have been fitted with vessel monitoring systems, and the "
              "electronic traceability system for seafood has been put into use at major fishing ports.",
              "Localities reported that the number of vessels violating foreign waters fell sharply in 2023, but "
              "several cases of disconnected monitoring devices were still under investigation.",
              "The Ministry asked provinces to punish violations strictly and to complete the registration of all "
              "fishing vessels before the end of March."]),
    "forest": ("Forest cover reaches 42 percent as planting campaign begins",
               "Viet Nam's forest cover reached 42.02 percent at the end of 2023, as provinces launched the spring "
               "tree planting campaign with the goal of planting 250 million trees this year.",
               ["The Forestry Department said that 680,000 hectares of natural forest had been allocated to local "
                "communities for protection, and payments for forest environmental services reached 3,900 billion VND.",
                "The national campaign to plant one billion trees in the 2021 - 2025 period has planted 690 million "
                "trees so far, two thirds of them in urban and rural areas outside forests.",
                "The Ministry encouraged enterprises to invest in large timber plantations with sustainable forest "
                "management certificates to meet the requirements of export markets."]),
    "coffee": ("Conference discusses deforestation-free coffee for EU market",
               "Experts and businesses met in Dak Lak on Friday to discuss how Viet Nam's coffee sector can meet the "
               "European Union's regulation on deforestation-free products.",
               ["From the end of 2024, coffee exported to the EU must be traced to plots of land that have not been "
                "deforested after 2020, a requirement that affects about 600,000 smallholder farms.",
                "The Ministry has piloted a database of coffee growing areas with geographic coordinates in five "
                "Central Highlands provinces and will extend it to the whole region this year.",
                "Participants proposed support for farmers to map their plots and for cooperatives to connect with "
                "exporters that have traceability systems."]),
    "ocop": ("More than 11,000 products certified under the One Commune One Product programme",
             "The number of products certified under the One Commune One Product programme reached 11,056 by the end "
             "of February, made by more than 7,000 producers across the country.",
             ["Nearly 40 percent of the producers are cooperatives, and many products have been sold in supermarkets, "
              "on e-commerce platforms and in export markets such as Japan and the Republic of Korea.",
              "The Central Office for New Rural Development said that the programme has helped raise the income of "
              "rural households and preserve traditional crafts.",
              "In 2024, the Ministry will focus on improving the quality of certified products and on linking them "
              "with rural tourism."]),
}


def _art(key: str, slug: str, iso: str, shown: str, **kw: object) -> ABArt:
    extra = {"text": TEXTS[key], **kw.pop("extra", {})}  # type: ignore[dict-item]
    return ABArt(0, NEWS_PATH + slug, iso, shown, extra=extra, **kw)  # type: ignore[arg-type]


def _posted(iso: str, updated: str | None = None) -> str:
    line = f"Posted: {dmy(iso)} {ampm(iso).zfill(8)}"
    return line + (f" | Updated: {dmy(updated)} {ampm(updated).zfill(8)}" if updated else "")


ARTICLES = [
    _art("rice", "viet-nam-s-rice-exports-reach-record-value", "2024-03-05T08:40:00+07:00",
         _posted("2024-03-05T08:40:00+07:00", "2024-03-06T10:15:00+07:00"),
         signature="By Le Thu Trang", author="Le Thu Trang"),
    _art("drought", "deputy-minister-inspects-drought-response", "2024-03-12T16:20:00+07:00",
         _posted("2024-03-12T16:20:00+07:00"), byline="Nguyen Hoang", author="Nguyen Hoang",
         extra={"after": ["Translated by Ngoc Anh"]}),
    _art("fish", "efforts-to-remove-ec-yellow-card", "2024-03-07T09:05:00+07:00", _posted("2024-03-07T09:05:00+07:00"),
         source_line="Source: VNA - Translated by Pham Lan", source="VNA"),
    _art("forest", "forest-cover-reaches-42-percent", "2024-03-02T14:30:00+07:00",
         _posted("2024-03-02T14:30:00+07:00", "2024-03-04T08:00:00+07:00"),
         image=("/documents/20182/en/forest-planting.jpg", "Students plant trees in the spring planting campaign.")),
    _art("coffee", "deforestation-free-coffee-for-eu", "2024-03-08T00:00:00+07:00",
         f"Posted on {weekday('2024-03-08')}, {month_day('2024-03-08')}", signature="By Le Thu Trang", author="Le Thu Trang"),
    _art("ocop", "more-than-11000-ocop-products", "2024-03-11T10:45:00+07:00", _posted("2024-03-11T10:45:00+07:00"),
         byline="Nguyen Hoang", author="Nguyen Hoang"),
]  # fmt: skip
CHROME = ["Other news", "Most read", "Print", "Send to friend", "Online:", "Total visits", "Copyright", "Statistics"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
MOST_READ = [("Viet Nam, Australia boost cooperation in agricultural research", f"{NEWS_PATH}viet-nam-australia-research", "2024-03-18"),
             ("Agricultural exports reach 9.3 billion USD in two months", f"{NEWS_PATH}agricultural-exports-two-months", "2024-03-14"),
             ("Minister receives FAO Representative in Viet Nam", f"{NEWS_PATH}minister-receives-fao", "2024-02-27")]  # fmt: skip
MENU = [(f"{ROOT}/home", "Home"), (f"{ROOT}/minister", "Minister"), (f"{ROOT}/functions-and-tasks", "Functions and tasks"),
        (f"{ROOT}/organizational-structure", "Organizational structure"), (f"{ROOT}/news", "News"),
        (f"{ROOT}/legal-documents", "Legal documents")]  # fmt: skip


def _layout(title: str, crumb: str, main: str) -> str:
    menu = "".join(f'<li><a href="{p}"><span>{esc(t)}</span></a></li>' for p, t in MENU)
    most = "".join(f'<li><a href="{p}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, p, d in MOST_READ)
    return f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="en"><head><title>{esc(title)} - {esc(NAME)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"><link href="/html/themes/mard-theme/images/favicon.ico" rel="Shortcut Icon">
</head><body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper"><header id="banner" role="banner"><div class="lang"><a href="/web/guest/trang-chu" hreflang="vi">Tiếng Việt</a> | <span>English</span></div>
<a class="logo" href="{ROOT}/home"><img alt="{esc(NAME)}" src="/html/themes/mard-theme/images/logo-en.png"></a>
<nav id="navigation"><ul>{menu}</ul></nav><form action="{ROOT}/search"><input name="_3_keywords" title="Search"></form></header>
<div id="content"><div class="portlet-boundary portlet-breadcrumb"><ul class="breadcrumbs"><li><a href="{ROOT}/home">Home</a></li><li>&gt;</li>{crumb}</ul></div>
<div class="columns-2"><div class="column-1 portlet-column">{main}</div>
<div class="column-2 portlet-column"><section class="portlet"><h2 class="portlet-title">Most read</h2><ul>{most}</ul></section>
<section class="portlet"><h2 class="portlet-title">Statistics</h2><p>Online: 112</p><p>Total visits: 8,903,441</p></section></div></div></div>
<footer id="footer"><p>Copyright © {esc(NAME)}</p><p>Address: No. 2 Ngoc Ha Street, Ba Dinh District, Ha Noi. Tel: (+84) 24 3846 8161</p>
<p>Editor in chief: Director of the Information Centre</p></footer></div></body></html>"""


def _crumb(*items: tuple[str, str]) -> str:
    return "<li>&gt;</li>".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in items)


def _content(title: str, when: str, body: str, tail: str = "", byline: str | None = None) -> str:
    by = f'<div class="author">By {esc(byline)}</div>' if byline else ""
    return (f'<section class="portlet"><div class="portlet-body"><div class="journal-content-article">'
            f'<h1 class="header-title">{esc(title)}</h1><div class="meta"><span class="date">{esc(when)}</span></div>{by}'
            f'<div class="journal-body">{body}</div></div><div class="taglib-social-bookmarks"><a href="javascript:print()">Print</a>'
            f' <a href="#">Send to friend</a> <a href="javascript:history.go(-1)">Back</a></div></div></section>{tail}')


def render_article(art: ABArt) -> str:
    body = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            body += f'<p style="text-align:center"><img src="{art.image[0]}" alt=""></p><p style="text-align:center"><em>{esc(art.image[1])}</em></p>'
    for line in (art.signature, art.source_line, *art.after()):
        if line:
            body += f'<p style="text-align:right"><strong>{esc(line)}</strong></p>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                     for a in NEWS if a is not art)
    tail = f'<section class="portlet"><h2 class="portlet-title">Other news</h2><ul>{others}</ul></section>'
    crumb = _crumb((f"{ROOT}/news", "News"), (f"{ROOT}/news", "Activities"))
    return _layout(art.title, crumb, _content(art.title, art.date_line, body, tail, art.byline))


def _ps(*texts: str) -> str:
    return "".join(f"<p>{esc(t)}</p>" for t in texts)


STATIC = {
    "minister": ("Minister Tran Van Son", "2023-06-14T09:00:00+07:00", _ps(
        "Tran Van Son was born on 3 August 1963 in Thanh Binh district, Dong Thap province.",
        "He holds a Master's degree in Agricultural Economics and an Advanced Political Theory degree.",
        "From 1997 to 2008 he held various positions in the Dong Thap provincial People's Committee, before becoming "
        "Chairman of the Dong Thap provincial People's Committee in 2008 and Secretary of the Dong Thap Provincial Party "
        "Committee in 2014.",
        "He was appointed Deputy Minister of Agriculture and Rural Development in 2020 and elected Minister of "
        "Agriculture and Rural Development by the National Assembly in April 2021.",
        "He is a member of the 13th Party Central Committee and a deputy to the 15th National Assembly.")),
    "functions-and-tasks": ("Functions and tasks", "2023-01-10T08:00:00+07:00", _ps(
        "The Ministry of Agriculture and Rural Development is a governmental agency performing the state management "
        "function in the fields of agriculture, forestry, salt production, fisheries, irrigation, natural disaster "
        "prevention and control, and rural development.",
        "1. To submit to the Government draft laws, resolutions and decrees in the fields under its management.",
        "2. To issue circulars and guide the implementation of legal documents, strategies and plans.",
        "3. To manage public services in agriculture and rural development and to direct scientific research and "
        "technology transfer in the sector.",
        "4. To carry out international cooperation in the fields under its management.")),
    "organizational-structure": ("Organizational structure", "2023-01-10T08:00:00+07:00", _ps(
        "Department of Planning", "Department of Finance", "Department of Science, Technology and Environment",
        "Department of International Cooperation", "Department of Personnel and Organization", "Ministry Inspectorate",
        "Ministry Office", "Department of Crop Production", "Department of Livestock Production", "Directorate of Fisheries",
        "Forestry Department", "Department of Water Resources", "Information Centre")),
}  # fmt: skip
DOCS = [("12/2024/TT-BNNPTNT", "2024-03-01", "2024-04-15", "Circular guiding the management of seed varieties of perennial crops"),
        ("05/2024/ND-CP", "2024-02-08", "2024-03-25", "Decree on fishing vessel registration and traceability of seafood"),
        ("1024/QD-BNN-TCLN", "2024-01-29", "2024-01-29", "Decision approving the plan for forest planting in 2024")]  # fmt: skip


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for slug, (title, iso, body) in STATIC.items():
        out[f"{ROOT}/{slug}"] = _layout(title, _crumb((f"{ROOT}/{slug}", title)), _content(title, _posted(iso), body))

    def listing(title: str, arts: list[ABArt], pager: str = "", head: str = "") -> str:
        rows = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
                       f'<span class="date">{dmy(a.published)}</span><div class="asset-summary">{esc(a.lead)}</div>'
                       f'<a class="read-more" href="{a.path}">Read more »</a></div>' for a in arts)
        return _layout(title, _crumb((f"{ROOT}/news", title)), f'<section class="portlet"><h1>{esc(title)}</h1>{head}{rows}{pager}</section>')

    pager = (f'<div class="taglib-page-iterator"><span>Page 1 of 2</span> <a href="{ROOT}/news?_101_cur=2">Next</a> '
             f'<a href="{ROOT}/news?_101_cur=2">Last</a></div>')
    out[f"{ROOT}/news"] = listing("News", NEWS[:4], pager)
    out[f"{ROOT}/news?_101_cur=2"] = listing("News", NEWS[4:], f'<div class="taglib-page-iterator"><a href="{ROOT}/news">First</a> '
                                             f'<a href="{ROOT}/news">Previous</a> <span>Page 2 of 2</span></div>')
    out[f"{ROOT}/home"] = listing("Highlights", NEWS[:3])
    out[f"{ROOT}/search?_3_keywords=rice"] = listing("Search", [ARTICLES[0], ARTICLES[3]],
                                                      head="<p>Results 1 - 2 of 2 for rice</p>")
    rows = "".join(f'<tr><td><a href="{ROOT}/legal-documents/-/document/{i}">{esc(n)}</a></td><td>{dmy(d)}</td><td>{dmy(e)}</td>'
                   f"<td>{esc(s)}</td></tr>" for i, (n, d, e, s) in enumerate(DOCS, 1))
    out[f"{ROOT}/legal-documents"] = _layout("Legal documents", _crumb((f"{ROOT}/legal-documents", "Legal documents")),
        '<section class="portlet"><h1>Legal documents</h1><table><tr><th>Number</th><th>Issued date</th><th>Effective date</th>'
        f"<th>Summary</th></tr>{rows}</table></section>")  # fmt: skip
    n, d, e, s = DOCS[0]
    out[f"{ROOT}/legal-documents/-/document/1"] = _layout(s, _crumb((f"{ROOT}/legal-documents", "Legal documents")), _content(
        s, _posted("2024-03-04T15:00:00+07:00"), _ps(f"Number: {n}", f"Issued date: {dmy(d)}", f"Effective date: {dmy(e)}",
        "Document type: Circular", "Issuing agency: Ministry of Agriculture and Rural Development",
        "Signed by: Deputy Minister Tran Thanh Nam", f"Summary: {s}")
        + '<p>Attached file: <a href="/documents/20182/en/12-2024-TT-BNNPTNT.pdf">12-2024-TT-BNNPTNT.pdf</a></p>'))  # fmt: skip
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /c/\nDisallow: /group/\n")
