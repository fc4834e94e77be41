"""The English edition of a province's Department of Planning and Investment, a WordPress
site of its own, ``english.skhdt.halam.gov.vn``, beside the Vietnamese site
``skhdt.halam.gov.vn`` (another host, not served here): bilingual through a language switch
and ``hreflang`` links to each page's Vietnamese copy (fresh-AB, round 21: the English
editions of Vietnamese government portals).

- Posts ``/news/<slug>/`` (no date, no id: the shape of the standing pages ``/<slug>/``). The
  theme is WordPress's English one, ``<html lang="en-US">``, ``og:locale`` en_US, but the site
  prints the day as its Vietnamese editors set it, day first: "05/03/2024 08:40" in
  ``span.posted-on`` (no ``<time>``, no ``article:`` meta, no JSON-LD); the "Recent posts"
  widget prints "18/03/2024" and the like.
- Each post ``<link rel="alternate" hreflang="vi">`` to its Vietnamese copy on the other host
  (four of six; the others have none yet), the switch "Tiếng Việt | English" in the top bar.
- Credits: WordPress's "By Nguyen Thi Thu" (the account's display name) or "By admin" (the
  CMS account: no author); "Reported by Duc Anh" or a bold "Tran Dung" closing the text;
  "Source: VNA"; "Source: Ha Lam Newspaper - Translated by: Mai Huong" under a writer's post.
- Not articles: the home page, the "News" category and its page 2, a tag, search results, an
  author archive, "Investment incentives", "Investment procedures" (steps), "Industrial parks"
  (a table), FAQs, contact (a form).
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshab_common import ABArt

SITE_ID = "fx-fab-sokhdt"
NAME = "Ha Lam Department of Planning and Investment"
BASE_URL = "https://english.skhdt.halam.gov.vn/"
VI = "https://skhdt.halam.gov.vn"

TEXTS = {
    "pci": ("Ha Lam climbs nine places in the 2023 Provincial Competitiveness Index",
            "Ha Lam ranked 18th among 63 provinces and cities in the 2023 Provincial Competitiveness Index announced "
            "by the Viet Nam Chamber of Commerce and Industry, up nine places from the previous year.",
            ["The province scored well on time costs, informal charges and the proactiveness of provincial leadership, "
             "while access to land and labour training remained its weakest sub-indices.",
             "The Department of Planning and Investment said that the improvement came from the one-stop shop for "
             "investors and regular dialogues between provincial leaders and the business community.",
             "The province will set up a working group to improve each sub-index and aims to be among the top 15 "
             "provinces by 2025."]),
    "kr": ("Korean businesses explore investment opportunities in Ha Lam",
           "A delegation of 25 businesses from the Republic of Korea visited Ha Lam province to learn about investment "
           "opportunities in electronics, renewable energy and agricultural processing.",
           ["Vice Chairman of the Provincial People's Committee Dinh Van Nam introduced the province's industrial parks, "
            "its transport links with Hai Phong port and the incentives for projects in high technology.",
            "Representatives of the Korean businesses asked about the availability of skilled workers, the price of "
            "land rent and the time needed to obtain construction permits.",
            "After the meeting, two companies signed memoranda of understanding on building factories in the Dong Lam "
            "industrial park with a total capital of 70 million USD."]),
    "budget": ("Public investment disbursement reaches 15 percent in first two months",
               "Ha Lam has disbursed 812 billion VND of public investment capital in the first two months of the year, "
               "15 percent of the plan assigned by the Prime Minister and higher than the national average.",
               ["The provincial People's Committee has asked investors of slow-moving projects to report on their "
                "difficulties and to commit to a monthly disbursement schedule.",
                "Key projects such as the coastal road and the provincial general hospital have received most of the "
                "capital disbursed so far.",
                "The province aims to disburse at least 95 percent of its public investment capital by the end of the "
                "year."]),
    "startup": ("Ha Lam launches start-up support programme for young entrepreneurs",
                "The Department of Planning and Investment has launched a programme to support 100 start-ups by young "
                "entrepreneurs in the 2024 - 2026 period, with training, mentoring and access to credit.",
                ["Start-ups selected for the programme will receive free consultancy on business registration, "
                 "intellectual property and digital marketing, as well as office space at the provincial innovation "
                 "centre.",
                 "The programme also connects young entrepreneurs with investment funds and banks offering preferential "
                 "loans for businesses in agriculture and tourism.",
                 "Applications are open until the end of April at the Department's one-stop shop and on its website."]),
    "enterprises": ("Over 300 new enterprises registered in Ha Lam in February",
                    "Ha Lam recorded 312 newly established enterprises in February with a total registered capital of "
                    "2,450 billion VND, a rise of 21 percent over the same month last year.",
                    ["Most of the new enterprises operate in trade, construction and transport, while the number of "
                     "businesses in processing and manufacturing rose by 30 percent.",
                     "Some 96 enterprises resumed operations after a temporary suspension, and the number of businesses "
                     "that dissolved fell for the third month in a row.",
                     "All business registration procedures in the province are now carried out online, taking an "
                     "average of two working days."]),
    "port": ("Ha Lam approves investment in 4,500 billion VND seaport logistics centre",
             "The provincial People's Committee has approved the investment policy for a seaport logistics centre in "
             "the Nam Lam economic zone with a total capital of 4,500 billion VND.",
             ["The centre, covering 62 hectares, will include warehouses, a container yard and a bonded area, "
              "connected with the national highway and the coastal road.",
              "The investor is required to start construction within 12 months and to put the first phase into "
              "operation in 2026.",
              "Once completed, the centre is expected to handle 1.5 million tonnes of goods a year and create jobs for "
              "about 800 workers."]),
}


def _art(key: str, slug: str, iso: str, vi: str | None, by: str, **kw: object) -> ABArt:
    extra = {"text": TEXTS[key], "vi": vi, "slug": slug, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return ABArt(0, f"/news/{slug}/", iso, f"{dmy(iso)} {hm(iso)}", byline=by, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("pci", "ha-lam-climbs-nine-places-in-pci-2023", "2024-03-05T08:40:00+07:00",
         "/tin-tuc/ha-lam-tang-9-bac-chi-so-pci-2023/", "Nguyen Thi Thu", author="Nguyen Thi Thu"),
    _art("kr", "korean-businesses-explore-investment-in-ha-lam", "2024-03-02T15:10:00+07:00",
         "/tin-tuc/doanh-nghiep-han-quoc-tim-hieu-co-hoi-dau-tu/", "admin", signature="Reported by Duc Anh", author="Duc Anh"),
    _art("budget", "public-investment-disbursement-first-two-months", "2024-03-11T09:20:00+07:00", None, "admin",
         source_line="Source: VNA", source="VNA"),
    _art("startup", "start-up-support-programme", "2024-03-13T14:00:00+07:00",
         "/tin-tuc/chuong-trinh-ho-tro-khoi-nghiep/", "Nguyen Thi Thu", author="Nguyen Thi Thu",
         source_line="Source: Ha Lam Newspaper - Translated by: Mai Huong", source="Ha Lam Newspaper"),
    _art("enterprises", "over-300-new-enterprises-in-february", "2024-03-04T07:45:00+07:00",
         "/tin-tuc/hon-300-doanh-nghiep-thanh-lap-moi/", "admin", signature="Tran Dung", author="Tran Dung",
         image=("/wp-content/uploads/2024/03/one-stop-shop.jpg", "Officials receive business registration dossiers at the one-stop shop.")),
    _art("port", "seaport-logistics-centre-approved", "2024-03-08T16:30:00+07:00", None, "Nguyen Thi Thu",
         author="Nguyen Thi Thu"),
]  # fmt: skip
CHROME = ["Recent posts", "Related posts", "Leave a comment", "Tiếng Việt", "Visitors", "Copyright", "Share:"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
RECENT = [("Provincial leaders meet Japanese investors in Tokyo", "/news/leaders-meet-japanese-investors/", "2024-03-18"),
          ("Ha Lam announces list of projects calling for investment in 2024", "/news/projects-calling-for-investment-2024/", "2024-03-15")]  # fmt: skip
PAGES = [("/investment-incentives/", "Investment incentives", "/uu-dai-dau-tu/"),
         ("/investment-procedures/", "Investment procedures", "/thu-tuc-dau-tu/"),
         ("/industrial-parks/", "Industrial parks", "/khu-cong-nghiep/"), ("/faqs/", "FAQs", None),
         ("/contact/", "Contact", "/lien-he/")]  # fmt: skip


def _layout(title: str, main: str, vi: str | None, body_class: str, head: str = "") -> str:
    alt = f'<link rel="alternate" hreflang="vi" href="{VI}{vi}"/>' if vi else ""
    switch = f'<a href="{VI}{vi or "/"}" hreflang="vi"><img src="/wp-content/plugins/polylang/flags/vn.png" alt="">Tiếng Việt</a>'
    menu = "".join(f'<li class="menu-item"><a href="{p}">{esc(t)}</a></li>' for p, t, _ in PAGES)
    recent = "".join(f'<li><a href="{p}">{esc(t)}</a><span class="post-date">{dmy(d)}</span></li>' for t, p, d in RECENT) + \
        "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="post-date">{dmy(a.published)}</span></li>' for a in NEWS[:3])
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {esc(NAME)}</title><meta property="og:locale" content="en_US"><meta property="og:type" content="{'article' if 'single' in body_class else 'website'}">
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{esc(NAME)}">{alt}{head}
<link rel='stylesheet' href='/wp-content/themes/newsup/style.css?ver=6.4.3' media='all'></head>
<body class="{body_class}"><div class="topbar"><span class="today">Wednesday, 20/03/2024</span><div class="lang-switch">{switch} | <span>English</span></div>
<span class="hotline">Hotline: 0226 3851 234</span></div>
<header class="site-header"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/logo-en.png" alt="{esc(NAME)}"></a>
<nav class="main-navigation"><ul class="menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/news/">News</a></li>{menu}</ul></nav>
<form role="search" action="/"><input type="search" name="s"></form></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>{recent}</ul></section>
<section class="widget"><h2 class="widget-title">Visitors</h2><p>Today: 245</p><p>Total: 412,908</p></section></aside></div>
<footer class="site-footer"><p>Copyright © 2024 {esc(NAME)}. Address: 15 Le Loi Street, Ha Lam City. Tel: 0226 3851 234.</p>
<p>Email: skhdt@halam.gov.vn</p></footer></body></html>"""


def render_article(art: ABArt) -> str:
    body = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            body += (f'<figure class="wp-block-image size-large"><img src="{art.image[0]}" alt="">'
                     f'<figcaption class="wp-element-caption">{esc(art.image[1])}</figcaption></figure>')
    if art.signature:
        body += f'<p class="has-text-align-right"><strong>{esc(art.signature)}</strong></p>'
    if art.source_line:
        body += f'<p class="has-text-align-right"><em>{esc(art.source_line)}</em></p>'
    slug = art.extra["slug"]
    by = art.byline or "admin"
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="post-date">{dmy(a.published)}</span></li>'
                      for a in [a for a in NEWS if a is not art][:3])
    main = (f'<article id="post-{slug}" class="post type-post status-publish format-standard hentry category-news">'
            f'<header class="entry-header"><div class="cat-links"><a href="/category/news/" rel="category tag">News</a></div>'
            f'<h1 class="entry-title">{esc(art.title)}</h1><div class="entry-meta"><span class="byline">By '
            f'<a class="url fn n" href="/author/{"admin" if by == "admin" else "nguyenthu"}/">{esc(by)}</a></span> '
            f'<span class="posted-on"><i class="fa fa-clock-o"></i> {esc(art.date_line)}</span></div></header>'
            f'<div class="entry-content">{body}</div>'
            f'<footer class="entry-footer"><span class="tags-links"><a href="/tag/investment/" rel="tag">investment</a></span>'
            f'<div class="share">Share: <a href="#">Facebook</a> <a href="#">Zalo</a></div></footer></article>'
            f'<div class="related-posts"><h3>Related posts</h3><ul>{related}</ul></div>'
            f'<div id="comments"><h3 id="reply-title">Leave a comment</h3><form><textarea name="comment"></textarea></form></div>')
    return _layout(art.title, main, art.extra["vi"], "post-template-default single single-post single-format-standard")


def _archive(title: str, arts: list[ABArt], klass: str, pager: str = "", head: str = "") -> str:
    rows = "".join(f'<article class="post type-post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                   f'<div class="entry-meta"><span class="posted-on">{dmy(a.published)}</span></div>'
                   f'<div class="entry-summary"><p>{esc(a.lead[:160])} [&hellip;]</p></div></article>' for a in arts)
    return _layout(title, f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1>{head}</header>{rows}{pager}',
                   None, klass)


def _ps(*texts: str) -> str:
    return "".join(f"<p>{esc(t)}</p>" for t in texts)


def _page(title: str, vi: str | None, html: str) -> str:
    return _layout(title, f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>'
                   f'</header><div class="entry-content">{html}</div></article>', vi, "page-template-default page")


PARKS = [("Dong Lam Industrial Park", "Dong Lam district", "350", "78%", "Electronics, mechanics, garments"),
         ("Nam Lam Economic Zone", "Nam Lam district", "1,200", "45%", "Logistics, seaport services, energy"),
         ("Tan Hoa Industrial Park", "Tan Hoa town", "180", "92%", "Food processing, building materials"),
         ("Phu Lam Industrial Cluster", "Phu Lam district", "50", "60%", "Handicrafts, wood processing")]  # fmt: skip


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _archive("News and events", NEWS[:4], "home blog")
    pager = '<nav class="navigation pagination"><span class="page-numbers current">1</span> <a class="page-numbers" href="/category/news/page/2/">2</a> <a class="next page-numbers" href="/category/news/page/2/">Next</a></nav>'
    out["/category/news/"] = _archive("Category: News", NEWS[:4], "archive category category-news", pager)
    out["/category/news/page/2/"] = _archive("Category: News", NEWS[4:], "archive category category-news paged",
        '<nav class="navigation pagination"><a class="prev page-numbers" href="/category/news/">Previous</a> <a class="page-numbers" href="/category/news/">1</a> <span class="page-numbers current">2</span></nav>')  # fmt: skip
    out["/tag/investment/"] = _archive("Tag: investment", [ARTICLES[0], ARTICLES[1], ARTICLES[5]], "archive tag tag-investment")
    out["/?s=investment"] = _archive("Search Results for: investment", [ARTICLES[1], ARTICLES[5], ARTICLES[2]], "search search-results")
    out["/author/nguyenthu/"] = _archive("Author: Nguyen Thi Thu", [a for a in NEWS if a.byline == "Nguyen Thi Thu"], "archive author")
    out["/investment-incentives/"] = _page("Investment incentives", "/uu-dai-dau-tu/", _ps(
        "Projects in Ha Lam enjoy the incentives of the Law on Investment and the province's own support policies.",
        "Corporate income tax: a rate of 10 percent for 15 years for projects in the Nam Lam economic zone and in "
        "high technology; exemption for four years and a 50 percent reduction for the following nine years.",
        "Land rent: exemption for the whole project life for projects in the fields of special investment incentives; "
        "exemption for 11 to 15 years for projects in industrial parks.",
        "Import duties: exemption for goods imported to create fixed assets of projects entitled to investment incentives.",
        "The province also supports part of the costs of site clearance, vocational training and trade promotion for "
        "projects in agriculture and rural areas."))
    out["/investment-procedures/"] = _page("Investment procedures", "/thu-tuc-dau-tu/", _ps(
        "Step 1: Investors study the investment environment and propose a project with the Investment Promotion Centre.",
        "Step 2: Investors submit the dossier for approval of the investment policy to the Department of Planning and "
        "Investment (30 working days for projects under the Provincial People's Committee's competence).",
        "Step 3: The investment registration certificate is issued within 15 days for foreign investors.",
        "Step 4: Investors complete the procedures on land allocation or lease, environmental impact assessment and "
        "construction permits.",
        "Step 5: Investors register the enterprise, carve the seal and open accounts before starting construction."))
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(loc)}</td><td>{a}</td><td>{o}</td><td>{esc(f)}</td></tr>" for n, loc, a, o, f in PARKS)
    out["/industrial-parks/"] = _page("Industrial parks", "/khu-cong-nghiep/",
        "<table><thead><tr><th>Name</th><th>Location</th><th>Area (ha)</th><th>Occupancy rate</th><th>Industries</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>")  # fmt: skip
    faqs = [("What are the working hours of the one-stop shop?", "From 7:30 to 11:30 and 13:30 to 17:00, Monday to Friday."),
            ("Can I submit my business registration dossier online?", "Yes. All business registration procedures can be "
             "carried out on the National Business Registration Portal."),
            ("Who should I contact for information on land for my project?", "Please contact the Investment Promotion "
             "Centre, which will coordinate with the Department of Natural Resources and Environment.")]  # fmt: skip
    out["/faqs/"] = _page("FAQs", None, "".join(f'<div class="faq"><h3>{esc(q)}</h3><p>{esc(a)}</p></div>' for q, a in faqs))
    out["/contact/"] = _page("Contact", "/lien-he/", _ps("Ha Lam Department of Planning and Investment",
        "Address: 15 Le Loi Street, Ha Lam City, Ha Lam Province", "Tel: 0226 3851 234 - Fax: 0226 3851 235",
        "Email: skhdt@halam.gov.vn")
        + '<div class="wpcf7"><form class="wpcf7-form"><p>Your name <input name="your-name"></p><p>Your email <input name="your-email">'
        '</p><p>Your message <textarea name="your-message"></textarea></p><p><input type="submit" value="Send"></p></form></div>')  # fmt: skip
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
