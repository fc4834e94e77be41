"""The English edition of a province's portal, ``english.sonha.gov.vn``, on the same CMS as
the Vietnamese portal: the CMS's chrome translated word for word (fresh-AB, round 21: the
English editions of Vietnamese government portals).

- Articles ``/news/<category>/<slug>-<id>.html``; ``<html lang="en">``, no ``article:`` meta,
  no ``<time>``, no JSON-LD. The header prints today ("Wednesday, March 20, 2024"). Under the
  headline, day first as the Vietnamese CMS prints it: "Tuesday, 05/03/2024 08:40",
  "05/03/2024 08:40", "Tuesday, 05/03/2024" (no time: 00:00), or "Updated: 12/03/2024 09:15"
  alone (``date_basis`` "updated").
- Credits: "By Nguyen Van Hai" in ``div.author`` above the text; a bold "Reported by Thu Ha"
  closing the text; "Source: VNA" closing an unsigned post (a source, no author); "Source: Son
  Ha Newspaper" under a signed one.
- Chrome: "Home > News > Economy", "Print | Send to friend | Back", "Related news" and "Other
  news" with "(04/03/2024)" days, "Online: 37", "Total visits: 1,234,567", "Copyright © 2024
  Son Ha Provincial People's Committee".
- Not articles: the home page, the "Economy" category and its page 2 (a pager "First Prev 1 2
  Next Last"), search results, "Overview of Son Ha" (long prose, no date), the provincial
  leaders' page (profiles: "Date of birth:", "Hometown:", "Position:"), investment
  opportunities (a table of projects), one project's page (labelled fields), FAQs ("Question:",
  "Answer:"), contact, sitemap.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshab_common import ABArt, weekday

SITE_ID = "fx-fab-tinh"
NAME = "Son Ha Provincial Portal"
BASE_URL = "https://english.sonha.gov.vn/"
CATS = {"economy": "Economy", "society": "Society", "tourism": "Tourism"}

TEXTS = {
    "fdi": ("Son Ha attracts 12 foreign direct investment projects in first quarter",
            "In the first quarter of 2024, Son Ha province granted investment certificates to 12 foreign direct "
            "investment projects with a total registered capital of 486 million USD, up 35 percent over the same "
            "period last year.",
            ["Most of the new projects are located in the Bac Son Ha industrial park and the Tan Phu economic zone, "
             "focusing on electronics components, garment and textile, and agricultural processing. Investors from the "
             "Republic of Korea, Japan and Singapore account for nearly 70 percent of the new capital.",
             "According to the provincial Department of Planning and Investment, the province has shortened the time "
             "for issuing investment registration certificates to 10 working days and set up a working group to "
             "support investors in site clearance and administrative procedures.",
             "The province aims to attract at least 40 foreign direct investment projects in 2024, giving priority to "
             "high technology, clean industry and projects that use local raw materials and labour."]),
    "border": ("Son Ha and Yunnan discuss cooperation in border trade",
               "On March 5, a delegation of Son Ha province led by Vice Chairman of the Provincial People's Committee "
               "Hoang Quoc Khanh held talks with leaders of Honghe prefecture of Yunnan province, China, on promoting "
               "border trade.",
               ["The two sides agreed to speed up the upgrading of the Kim Thanh international border gate and to pilot "
                "smart border gate procedures for trucks carrying agricultural products.",
                "Vice Chairman Hoang Quoc Khanh proposed that Honghe prefecture facilitate the export of Son Ha's "
                "bananas, pineapples and tea, and increase the frequency of customs clearance during the harvest "
                "season.",
                "Trade turnover through Son Ha's border gates reached 1.2 billion USD in 2023, and both sides expect the "
                "figure to rise by 15 percent this year."]),
    "tea": ("Shan tuyet tea growers in Suoi Giang earn more from organic certification",
            "More than 300 households in the highland commune of Suoi Giang have doubled their income from Shan tuyet "
            "tea after their 450 hectares of ancient tea trees were granted organic certification.",
            ["The certification, supported by the provincial Department of Agriculture and Rural Development, allows "
             "local cooperatives to sell dried tea to buyers in Ha Noi, the Republic of Korea and Europe at prices "
             "three times higher than before.",
             "Mr. Giang A Sinh, director of the Suoi Giang Tea Cooperative, said that members had stopped using "
             "chemical fertilisers and learned to keep records of every harvest so that the tea can be traced.",
             "The province plans to expand organic tea areas to 1,000 hectares by 2025 and to build a tea museum to "
             "attract visitors to the commune."]),
    "flower": ("Ban flower festival to open in Muong Lay in mid-March",
               "The Ban flower festival 2024 will take place from March 14 to 17 in Muong Lay town, featuring cultural "
               "performances, a food fair and community-based tourism tours.",
               ["The festival is part of the programme to promote the image of Son Ha's mountains during the season "
                "when white Ban flowers cover the hills of the northwest.",
                "Visitors will be able to join the Xoe dance of the Thai ethnic people, taste local dishes such as "
                "grilled stream fish and sticky rice cooked in bamboo tubes, and stay in stilt houses in Na Loi "
                "village.",
                "The organisers expect about 20,000 visitors to come to Muong Lay during the four days of the festival."]),
    "health": ("Son Ha steps up measles vaccination for children in remote areas",
               "The Son Ha Centre for Disease Control has launched a measles and rubella vaccination campaign for "
               "more than 25,000 children aged one to five in 48 remote communes.",
               ["Mobile vaccination teams will visit villages that are far from commune health stations, and health "
                "workers will go door to door to remind parents of the vaccination schedule.",
                "The province recorded 17 suspected measles cases in the first two months of the year, all of them in "
                "children who had not been fully vaccinated.",
                "Director of the provincial Department of Health Lo Thi Hoa asked local authorities to ensure that at "
                "least 95 percent of children in each commune receive the vaccine by the end of April."]),
    "road": ("Work starts on road linking Son Ha city with the Noi Bai - Lao Cai expressway",
             "Construction of a 27-kilometre road connecting Son Ha city with the Noi Bai - Lao Cai expressway "
             "started on Monday, with a total investment of 1,850 billion VND from the state budget.",
             ["The four-lane road is expected to cut travel time from Son Ha city to Ha Noi by about one hour and to "
              "open up land for two new industrial clusters along the route.",
              "Chairman of the Provincial People's Committee Tran Minh Duc asked the contractors to ensure quality and "
              "safety and to finish the project before the end of 2025.",
              "Households affected by the project have received compensation and resettlement plots in the Dong Tien "
              "residential area."]),
    "digital": ("Son Ha puts 1,200 administrative procedures online",
                "Son Ha has made 1,200 administrative procedures available on the provincial public service portal, "
                "allowing citizens and businesses to submit applications and pay fees online.",
                ["In the first two months of 2024, more than 86 percent of applications at provincial departments were "
                 "received and handled online, the highest rate in the northern mountainous region.",
                 "The province has also connected its public service portal with the national population database, "
                 "so that citizens no longer need to provide copies of their identity cards.",
                 "The provincial Department of Information and Communications will train 500 members of community "
                 "digital technology teams to help elderly people use online public services."]),
}

_SHOWN = {
    "weekday_hm": lambda iso: f"{weekday(iso)}, {dmy(iso)} {hm(iso)}",
    "hm": lambda iso: f"{dmy(iso)} {hm(iso)}",
    "weekday": lambda iso: f"{weekday(iso)}, {dmy(iso)}",
    "updated": lambda iso: f"Updated: {dmy(iso)} {hm(iso)}",
}


def _art(key: str, cat: str, slug: str, ident: int, iso: str, form: str, **kw: object) -> ABArt:
    extra: dict[str, object] = {"id": ident, "cat": cat, "form": form, "text": TEXTS[key], **kw.pop("extra", {})}  # type: ignore[dict-item]
    if form == "updated":
        extra["date_basis"] = "updated"
    return ABArt(0, f"/news/{cat}/{slug}-{ident}.html", iso, _SHOWN[form](iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fdi", "economy", "son-ha-attracts-12-fdi-projects", 2211, "2024-03-05T08:40:00+07:00", "weekday_hm",
         byline="Nguyen Van Hai", author="Nguyen Van Hai"),
    _art("border", "economy", "son-ha-and-yunnan-discuss-border-trade", 2214, "2024-03-06T16:10:00+07:00", "hm",
         source_line="Source: VNA", source="VNA"),
    _art("tea", "economy", "shan-tuyet-tea-organic-certification", 2209, "2024-03-04T00:00:00+07:00", "weekday",
         signature="Reported by Thu Ha", author="Thu Ha"),
    _art("flower", "tourism", "ban-flower-festival-muong-lay", 2217, "2024-03-08T09:30:00+07:00", "weekday_hm",
         signature="Reported by Lo Van Tuan", author="Lo Van Tuan", source_line="Source: Son Ha Newspaper",
         source="Son Ha Newspaper"),
    _art("health", "society", "measles-vaccination-remote-areas", 2221, "2024-03-12T09:15:00+07:00", "updated",
         byline="Hoang Minh Chau", author="Hoang Minh Chau"),
    _art("road", "economy", "road-linking-son-ha-city-with-expressway", 2202, "2024-03-11T10:05:00+07:00", "hm",
         signature="Tran Quang", author="Tran Quang",
         image=("/Uploads/images/2024/03/road-ceremony.jpg", "Leaders of Son Ha province at the groundbreaking ceremony.")),
    _art("digital", "society", "1200-administrative-procedures-online", 2199, "2024-03-01T07:50:00+07:00", "weekday_hm",
         byline="Nguyen Van Hai", author="Nguyen Van Hai", source_line="Source: Son Ha Newspaper", source="Son Ha Newspaper"),
]  # fmt: skip
CHROME = ["Related news", "Other news", "Print", "Send to friend", "Online:", "Total visits", "Copyright", "Home >",
          "Wednesday, March 20, 2024"]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
MENU = [("/", "Home"), ("/about/overview.html", "About Son Ha"), ("/news/economy.html", "Economy"),
        ("/news/society.html", "Society"), ("/news/tourism.html", "Tourism"), ("/investment/opportunities.html", "Investment"),
        ("/leaders.html", "Provincial leaders"), ("/faq.html", "FAQs"), ("/contact.html", "Contact")]  # fmt: skip


def _layout(title: str, crumbs: list[tuple[str, str]], main: str) -> str:
    menu = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in MENU)
    crumb = " &gt; ".join(['<a href="/">Home</a>', *(f'<a href="{p}">{esc(t)}</a>' for p, t in crumbs)])
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/Portals/skins/english/style.css"></head><body>
<div id="header"><div class="today">Wednesday, March 20, 2024</div><div class="lang"><a href="https://sonha.gov.vn/">Tiếng Việt</a> | <b>English</b></div>
<a href="/"><img src="/Portals/skins/english/banner.jpg" alt="Son Ha Provincial Portal"></a></div>
<div id="menu"><ul>{menu}</ul><form action="/search.html"><input name="keyword" placeholder="Search"></form></div>
<div id="breadcrumb">{crumb}</div>
<div id="content"><div class="col-main">{main}</div>
<div class="col-right"><div class="box"><div class="box-title">Latest news</div><ul>{latest}</ul></div>
<div class="box"><div class="box-title">Links</div><ul><li><a href="https://www.chinhphu.vn/">Government Portal</a></li>
<li><a href="https://sonha.gov.vn/">Son Ha Portal (Vietnamese)</a></li></ul></div>
<div class="box counter"><div class="box-title">Statistics</div><p>Online: 37</p><p>Total visits: 1,234,567</p></div></div></div>
<div id="footer"><p>Copyright © 2024 Son Ha Provincial People's Committee</p>
<p>Managed by: Son Ha Department of Information and Communications. Address: 268 Tran Hung Dao Street, Son Ha City.</p>
<p>Tel: (+84) 214 3840 123 - Email: banbientap@sonha.gov.vn</p></div></body></html>"""


def _dated(arts: list[ABArt]) -> str:
    return "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">({dmy(a.published)})</span></li>' for a in arts)


def render_article(art: ABArt) -> str:
    body = f'<div class="sapo"><b>{esc(art.lead)}</b></div><div class="content">'
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            body += (f'<table class="image" align="center"><tr><td><img src="{art.image[0]}" alt=""></td></tr>'
                     f'<tr><td class="caption">{esc(art.image[1])}</td></tr></table>')
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    if art.source_line:
        body += f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>'
    body += "</div>"
    author = f'<div class="author">By {esc(art.byline)}</div>' if art.byline else ""
    cat = art.extra["cat"]
    others = [a for a in NEWS if a is not art]
    related = [a for a in others if a.extra["cat"] == cat][:3]
    other = [a for a in others if a not in related][:4]
    main = (f'<div class="news-detail"><h1 class="title">{esc(art.title)}</h1><div class="date">{esc(art.date_line)}</div>'
            f'{author}{body}<div class="tools"><a href="javascript:window.print()">Print</a> | '
            f'<a href="/send-to-friend.html?id={art.extra["id"]}">Send to friend</a> | <a href="javascript:history.back()">Back</a></div></div>'
            f'<div class="related"><div class="box-title">Related news</div><ul>{_dated(related)}</ul></div>'
            f'<div class="other"><div class="box-title">Other news</div><ul>{_dated(other)}</ul></div>')
    return _layout(art.title, [("/news/economy.html", "News"), (f"/news/{cat}.html", CATS[cat])], main)


def _listing(title: str, crumbs: list[tuple[str, str]], arts: list[ABArt], pager: str = "", head: str = "") -> str:
    rows = "".join(f'<div class="item"><a href="{a.path}"><img src="/Uploads/thumbs/{a.extra["id"]}.jpg" alt=""></a>'
                   f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{dmy(a.published)} {hm(a.published)}</span>'
                   f'<p>{esc(a.lead)}</p></div>' for a in arts)
    return _layout(title, crumbs, f'<h1 class="cat-title">{esc(title)}</h1>{head}<div class="list">{rows}</div>{pager}')


def _static(title: str, crumbs: list[tuple[str, str]], html: str) -> str:
    return _layout(title, crumbs, f'<div class="page"><h1 class="title">{esc(title)}</h1><div class="content">{html}</div></div>')


def _ps(*texts: str) -> str:
    return "".join(f"<p>{esc(t)}</p>" for t in texts)


LEADERS = [
    ("Tran Minh Duc", "Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee",
     "12/05/1968", "Bao Yen district, Son Ha province", "Doctor of Economics; Advanced Political Theory",
     "Member of the Party Central Committee; Deputy to the 15th National Assembly."),
    ("Hoang Quoc Khanh", "Vice Chairman of the Provincial People's Committee", "03/09/1972",
     "Van Ban district, Son Ha province", "Master of Public Administration; Advanced Political Theory",
     "In charge of economic affairs, investment, foreign affairs and border gate economy."),
    ("Lo Thi Hoa", "Vice Chairwoman of the Provincial People's Committee", "21/11/1975", "Muong Lay town, Son Ha province",
     "Master of Medicine; Advanced Political Theory", "In charge of culture, society, health, education and tourism."),
]  # fmt: skip
PROJECTS = [
    ("SH-01", "Tan Phu eco-tourism and resort complex", "Tan Phu commune, Van Ban district", "120 ha", "150", "FDI / Domestic"),
    ("SH-02", "Agricultural product processing factory", "Bac Son Ha industrial park", "8 ha", "25", "FDI / Domestic"),
    ("SH-03", "Logistics centre at Kim Thanh border gate", "Kim Thanh border economic zone", "35 ha", "60", "PPP / Domestic"),
    ("SH-04", "Solar power plant", "Dong Tien commune, Bao Yen district", "90 ha", "80", "FDI"),
    ("SH-05", "Medicinal herb growing and processing zone", "Sa Phin commune, Sa Pa town", "200 ha", "12", "Domestic"),
]  # fmt: skip
FAQ = [
    ("How can a foreign investor register an investment project in Son Ha?",
     "Investors submit the application dossier for an investment registration certificate to the provincial Department "
     "of Planning and Investment, or online through the national investment information system. The certificate is "
     "issued within 15 days of receiving a complete dossier."),
    ("Where can I get a visa extension in Son Ha?",
     "Visa extensions are handled by the Immigration Office of the provincial Police, 05 Hoang Lien Street, Son Ha City, "
     "from Monday to Friday."),
    ("Do tourists need a permit to visit the border areas?",
     "Foreign visitors need a permit issued by the provincial Police to visit communes along the border; tour operators "
     "can apply on behalf of their guests."),
]  # fmt: skip


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _listing("News and events", [], NEWS[:5])
    economy = [a for a in NEWS if a.extra["cat"] == "economy"]
    pager = ('<div class="pager"><a href="/news/economy.html">First</a> <a href="/news/economy.html">Prev</a> <span>1</span> '
             '<a href="/news/economy.html?page=2">2</a> <a href="/news/economy.html?page=2">Next</a> '
             '<a href="/news/economy.html?page=2">Last</a></div>')
    out["/news/economy.html"] = _listing("Economy", [("/news/economy.html", "News"), ("/news/economy.html", "Economy")], economy[:3], pager)
    out["/news/economy.html?page=2"] = _listing("Economy", [("/news/economy.html", "News"), ("/news/economy.html", "Economy")],
                                                economy[3:], pager.replace("<span>1</span>", "1").replace(">2</a> <a", "><span>2</span></a> <a", 1))
    found = [a for a in NEWS if "investment" in " ".join(a.paragraphs).lower()][:3]
    out["/search.html?keyword=investment"] = _listing("Search results", [("/search.html", "Search")], found,
                                                      head=f"<p>Found {len(found)} results for the keyword: investment</p>")
    out["/about/overview.html"] = _static("Overview of Son Ha", [("/about/overview.html", "About Son Ha")], _ps(
        "Son Ha is a mountainous border province in the northwest of Vietnam, about 290 kilometres from Ha Noi, sharing "
        "a 203-kilometre border with Yunnan province of China. The province covers 6,364 square kilometres.",
        "Son Ha has eight districts, one town and one city, with a population of about 770,000 people from 25 ethnic "
        "groups, including the Kinh, Hmong, Tay, Dao, Giay and Thai.",
        "The climate is tropical monsoon with a cool winter in the highlands; the Hoang Lien Son range, with Fansipan, "
        "the highest peak of Indochina, runs through the province.",
        "The province's economy is based on mining, hydropower, agriculture, border trade and tourism; its gross "
        "regional domestic product grew by 8.2 percent in 2023."))
    prof = "".join(
        f'<div class="leader"><img src="/Uploads/leaders/{i}.jpg" alt=""><h3>{esc(n)}</h3><p>Position: {esc(pos)}</p>'
        f'<p>Date of birth: {b}</p><p>Hometown: {esc(h)}</p><p>Qualifications: {esc(q)}</p><p>{esc(note)}</p></div>'
        for i, (n, pos, b, h, q, note) in enumerate(LEADERS))
    out["/leaders.html"] = _static("Provincial leaders", [("/leaders.html", "Provincial leaders")], prof)
    rows = "".join(f'<tr><td>{c}</td><td><a href="/investment/project-{c.lower()}.html">{esc(n)}</a></td><td>{esc(loc)}</td>'
                   f"<td>{s}</td><td>{cap}</td><td>{f}</td></tr>" for c, n, loc, s, cap, f in PROJECTS)
    out["/investment/opportunities.html"] = _static("Investment opportunities", [("/investment/opportunities.html", "Investment")],
        "<p>List of projects calling for investment in Son Ha province, period 2024 - 2025.</p><table class=\"list\"><tr><th>Code</th>"
        "<th>Project name</th><th>Location</th><th>Scale</th><th>Total investment (million USD)</th><th>Form</th></tr>"
        f"{rows}</table>")  # fmt: skip
    c, n, loc, s, cap, f = PROJECTS[0]
    out["/investment/project-sh-01.html"] = _static(n, [("/investment/opportunities.html", "Investment")], _ps(
        f"Project code: {c}", f"Location: {loc}", f"Area: {s}", f"Total investment: {cap} million USD", f"Investment form: {f}",
        "Objectives: to build a resort, a golf course, eco-tourism villages and entertainment services on the Tan Phu lake.",
        "Status: the land use plan at 1/2000 scale has been approved; the land is owned by the state.",
        "Contact: Son Ha Investment, Trade and Tourism Promotion Centre, Tel: (+84) 214 3822 555."))
    out["/faq.html"] = _static("Frequently asked questions", [("/faq.html", "FAQs")],
                               "".join(f"<p><b>Question: {esc(q)}</b></p><p>Answer: {esc(a)}</p>" for q, a in FAQ))
    out["/contact.html"] = _static("Contact", [("/contact.html", "Contact")], _ps(
        "Editorial Board of Son Ha Provincial Portal", "Address: 268 Tran Hung Dao Street, Son Ha City, Son Ha Province",
        "Tel: (+84) 214 3840 123 - Fax: (+84) 214 3840 124", "Email: banbientap@sonha.gov.vn")
        + '<form action="/contact.html" method="post"><p>Full name <input name="name"></p><p>Email <input name="email"></p>'
        '<p>Content <textarea name="content"></textarea></p><p><button>Send</button></p></form>')  # fmt: skip
    links = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in MENU)
    out["/sitemap.html"] = _static("Sitemap", [("/sitemap.html", "Sitemap")], f"<ul>{links}</ul>")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
