"""The "pages2" part of the fixture corpus: the development families with non-article pages
of kinds they do not show, in the site's own article template.

The development families already serve home pages, listings and their page 2, category,
tag, author, search, login and date-archive pages, print views, "Giới thiệu"/"Liên hệ"/
"Sơ đồ cổng" pages, soft 404s, and (fx-vendor, fx-portalqa, fx-townhall, fx-oldtable,
fx-gallery) document, Q&A, leader, schedule, gallery and video pages, each in that family's
own listing or static template. Portals also render such pages in the template of their
articles (one content column: a heading, a block of text), and show kinds the families lack.
This part adds them to every development family, six kinds per site out of the ones below
(chosen by the site id, so every site shows another mix), each page a copy of the site's
first article page whose headline and body element (the hand profile's selectors only locate
them) hold the kind's heading and content, whose date, byline and lead elements (and any other copy of the article's sapo, title, date line
or byline) are gone, whose
``<title>``, ``og:title``, ``og:url`` and canonical link are the page's own, and whose
``og:type``, ``article:*`` metas and JSON-LD are dropped (the page says nothing of itself):

- ``single``: a category holding one article, a linked title, its date and a long teaser;
- ``sapos``: a listing of three teasers, each a linked title, a date and a long sapo (not
  cut with "...");
- ``leader``: a leader's profile, a photo, the name and position, a long biography, no date;
- ``document``: a document's detail page ("Văn bản": số hiệu, ngày ban hành, trích yếu, cơ
  quan ban hành, a file link), as labelled lines on some sites, a table on others;
- ``qa``: a citizen's question and the answer, both dated. Truth: not an article (a service
  record, as the fx-vendor and fx-portalqa Q&A pages already are);
- ``schedule``: a week's work schedule ("Lịch công tác tuần ...": days, times, meetings);
- ``gallery``: a photo album, pictures with captions and a date;
- ``video``: a video page, a player, a short description and a date;
- ``contest``: an event or contest's announcement index (linked, dated announcements);
- ``search``: search results ("Kết quả tìm kiếm", linked titles, dates, snippets);
- ``notfound``: a 404 page served with status 200 and the site's chrome;
- ``sitemap``: a "Sơ đồ cổng" of the site's sections;
- ``staff``: a staff directory table (name, position, telephone, email);
- ``form``: a form page ("Gửi câu hỏi", "Góp ý": instructions, fields, a button);
- ``rss``: an RSS index (the channels and their feed addresses);
- ``page5``: page 5 of a paginated listing (``?page=5``), five dated teasers.

Their URLs say what they are on some sites (``/lanh-dao/...``, ``/van-ban/...``) and nothing
on others (``?tabid=N``, ``/p/N``): the site id chooses. The truth: every added page is "not
an article" (a row for one is a non-article row); the articles, their truth and the chrome
lines are the family's, unchanged.
"""

from __future__ import annotations

from types import ModuleType

import lxml.html
from lxml.html import HtmlElement

from benchmarks.blind import DerivedFamily, rewrite_html
from benchmarks.inline import _esc, _first, _pick
from crawler.replica.site import HTML, Page, Site
from pipelines.dom import css

KINDS = ("single", "sapos", "leader", "document", "qa", "schedule", "gallery", "video", "contest",
         "search", "notfound", "sitemap", "staff", "form", "rss", "page5")  # fmt: skip
PER_SITE = 6
# (section slug, number) of each kind's URL on a site whose URLs say what a page is
_SLUGS = {
    "single": "chuyen-muc/thi-dua-khen-thuong", "sapos": "chuyen-muc/cai-cach-hanh-chinh",
    "leader": "lanh-dao/pho-chu-tich-tran-minh-duc", "document": "van-ban/chi-tiet-2417",
    "qa": "hoi-dap/cau-hoi-318", "schedule": "lich-cong-tac/tuan-12-2024",
    "gallery": "thu-vien-anh/ngay-hoi-dai-doan-ket-2024", "video": "video/ra-quan-mua-kho-2024",
    "contest": "cuoc-thi/tim-hieu-phap-luat-2024", "search": "tim-kiem?q=chuyen+doi+so",
    "notfound": "tin-tuc/bai-viet-khong-con-ton-tai-99999", "sitemap": "so-do-cong",
    "staff": "danh-ba-can-bo", "form": "gui-cau-hoi", "rss": "rss", "page5": "tin-tuc?page=5",
}  # fmt: skip
_NAMES = ("Trần Minh Đức", "Nguyễn Thị Thanh Hương", "Lê Văn Khải", "Phạm Quốc Bảo", "Hoàng Thị Lan")
_POSTS = ("Phó Chủ tịch Ủy ban nhân dân", "Giám đốc Sở", "Chánh Văn phòng", "Phó Giám đốc Sở")
_TEASERS = (
    ("Tổng kết phong trào thi đua yêu nước giai đoạn 2020-2025",
     "Hội nghị đã đánh giá kết quả thực hiện các phong trào thi đua trong năm năm qua, biểu dương "
     "những tập thể và cá nhân có thành tích xuất sắc, đồng thời đề ra phương hướng, nhiệm vụ trọng "
     "tâm cho giai đoạn tiếp theo với nhiều chỉ tiêu cụ thể gắn với phát triển kinh tế xã hội"),
    ("Đẩy mạnh cải cách thủ tục hành chính trong lĩnh vực đất đai",
     "Các cơ quan chuyên môn được yêu cầu rà soát toàn bộ quy trình giải quyết hồ sơ, công khai "
     "thời hạn xử lý và tăng cường tiếp nhận hồ sơ trực tuyến nhằm giảm thời gian đi lại của "
     "người dân và doanh nghiệp trên địa bàn"),
    ("Triển khai kế hoạch chuyển đổi số năm 2024",
     "Kế hoạch đặt mục tiêu đưa toàn bộ thủ tục hành chính đủ điều kiện lên cổng dịch vụ công, số "
     "hóa hồ sơ lưu trữ và đào tạo kỹ năng số cho cán bộ, công chức ở tất cả các xã, phường"),
    ("Kiểm tra công tác phòng chống thiên tai tại các xã ven biển",
     "Đoàn công tác đã kiểm tra hệ thống đê kè, phương án sơ tán dân và công tác chuẩn bị vật tư, "
     "phương tiện cứu hộ, yêu cầu các địa phương chủ động ứng phó với diễn biến bất thường của thời tiết"),
    ("Hội nghị đối thoại với doanh nghiệp về thuế và hải quan",
     "Tại hội nghị, lãnh đạo các ngành đã trả lời trực tiếp nhiều kiến nghị của doanh nghiệp về hoàn "
     "thuế, thủ tục xuất nhập khẩu và hỗ trợ tiếp cận vốn vay ưu đãi trong bối cảnh sản xuất còn khó khăn"),
)  # fmt: skip


def _date(n: int) -> str:
    return f"{(n * 7) % 27 + 1:02d}/{(n * 5) % 12 + 1:02d}/2024"


class Pages2:
    """The added pages of one site: which kinds, at which URLs, with which content."""

    def __init__(self, site_id: str, name: str) -> None:
        self.site_id, self.name = site_id, name
        start = _pick(site_id, "kinds", len(KINDS))
        step = (1, 3, 5, 7)[_pick(site_id, "step", 4)]  # steps prime to 16: six distinct kinds
        self.kinds = [KINDS[(start + i * step) % len(KINDS)] for i in range(PER_SITE)]
        self.style = ("slug", "slug.html", "tabid", "p")[_pick(site_id, "style", 4)]
        self.table = _pick(site_id, "table", 2) == 1

    def url(self, kind: str) -> str:
        """The kind's request target on this site: a speaking URL or an opaque one."""
        n = 100 + KINDS.index(kind) * 7 + _pick(self.site_id, kind, 5)
        if self.style == "tabid":
            return f"/Default.aspx?tabid={n}" + ("&page=5" if kind == "page5" else "")
        if self.style == "p":
            return f"/p/{n}" + ("?page=5" if kind == "page5" else "")
        slug = _SLUGS[kind]
        path, _, query = slug.partition("?")
        if self.style == "slug.html" and kind not in ("rss",):
            path += ".html"
        return "/" + path + (f"?{query}" if query else "")

    def n(self, what: str, k: int) -> int:
        return _pick(self.site_id, what, k)

    def teaser(self, i: int, dated: bool = True, long: bool = True) -> str:
        title, sapo = _TEASERS[i % len(_TEASERS)]
        href = f"/tin-tuc/bai-{4100 + i}.html"
        date = f"<span>{_date(i + self.n('d', 9))}</span>" if dated else ""
        return (f'<div><h3><a href="{href}">{_esc(title)}</a></h3>{date}'
                f"<p>{_esc(sapo if long else sapo.split(',')[0])}.</p></div>")  # fmt: skip

    def content(self, kind: str) -> tuple[str, str]:
        """(heading, body HTML) of the kind's page."""
        who, post = _NAMES[self.n("who", len(_NAMES))], _POSTS[self.n("post", len(_POSTS))]
        if kind == "single":
            return "Thi đua - Khen thưởng", self.teaser(self.n("one", 5)) + '<p><a href="#">Xem tiếp</a></p>'
        if kind == "sapos":
            return "Cải cách hành chính", "".join(self.teaser(self.n("s", 5) + i) for i in range(3))
        if kind == "page5":
            items = "".join(self.teaser(i + 2, long=False) for i in range(5))
            pages = " ".join(f'<a href="?page={i}">{i}</a>' for i in range(1, 8))
            return "Tin tức - Sự kiện", items + f"<div>Trang: {pages}</div>"
        if kind == "leader":
            bio = (
                f"<p>Đồng chí {who} sinh năm 1972, quê quán xã Tân Phong. Tốt nghiệp Đại học Kinh tế "
                "quốc dân chuyên ngành quản lý kinh tế, thạc sĩ quản lý công, cao cấp lý luận chính trị.</p>"
                "<p>Từ năm 1995 đến năm 2005 công tác tại Phòng Tài chính - Kế hoạch huyện, lần lượt giữ "
                "các chức vụ chuyên viên, phó trưởng phòng và trưởng phòng. Từ năm 2005 đến năm 2015 "
                "là Phó Chủ tịch rồi Chủ tịch Ủy ban nhân dân huyện, trực tiếp chỉ đạo các chương "
                "trình xây dựng nông thôn mới và giảm nghèo bền vững.</p>"
                f"<p>Từ năm 2016 đến nay giữ chức {post}, phụ trách các lĩnh vực kế hoạch, đầu tư, tài "
                "chính, cải cách hành chính và chuyển đổi số; là đại biểu Hội đồng nhân dân tỉnh khóa "
                "XV, nhiệm kỳ 2021-2026.</p>"
            )
            return f"{post} {who}", f'<p><img src="/images/lanh-dao-{self.n("img", 9)}.jpg" alt="{_esc(who)}"></p>' + bio
        if kind == "document":
            fields = [("Số hiệu", f"{1200 + self.n('no', 90)}/QĐ-UBND"), ("Ngày ban hành", _date(self.n("dd", 9))),
                      ("Cơ quan ban hành", self.name), ("Người ký", who),
                      ("Trích yếu", "Quyết định ban hành quy chế tiếp nhận, xử lý phản ánh, kiến nghị của "
                       "người dân và doanh nghiệp về quy định hành chính trên địa bàn")]  # fmt: skip
            link = f'<p><a href="/uploads/van-ban/{1200 + self.n("no", 90)}-qd-ubnd.pdf">Tải về tệp đính kèm</a></p>'
            if self.table:
                rows = "".join(f"<tr><td>{k}</td><td>{_esc(v)}</td></tr>" for k, v in fields)
                return "Chi tiết văn bản", f"<table>{rows}</table>{link}"
            return "Chi tiết văn bản", "".join(f"<p><b>{k}:</b> {_esc(v)}</p>" for k, v in fields) + link
        if kind == "qa":
            return "Thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất", (
                f"<p>Người hỏi: Nguyễn Văn Tâm - Ngày gửi: {_date(3)}</p>"
                "<p>Gia đình tôi có thửa đất được cấp giấy chứng nhận từ năm 1998, nay giấy đã cũ, rách. "
                "Xin hỏi thủ tục cấp đổi gồm những giấy tờ gì, nộp ở đâu và thời gian giải quyết bao lâu?</p>"
                f"<p>Trả lời ({_date(5)}):</p>"
                "<p>Hồ sơ cấp đổi gồm đơn đề nghị theo mẫu, bản gốc giấy chứng nhận đã cấp. Hồ sơ nộp tại "
                "bộ phận một cửa cấp huyện hoặc trên cổng dịch vụ công; thời gian giải quyết không quá "
                "bảy ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.</p>"
            )
        if kind == "schedule":
            days = ("Thứ Hai 18/3", "Thứ Ba 19/3", "Thứ Tư 20/3", "Thứ Năm 21/3", "Thứ Sáu 22/3")
            rows = "".join(
                f"<tr><td>{d}</td><td>8h00</td><td>{who} chủ trì họp giao ban, làm việc với các phòng chuyên môn"
                f" về tiến độ giải ngân vốn đầu tư công</td><td>Phòng họp số {i + 1}</td></tr>"
                for i, d in enumerate(days)
            )
            return "Lịch công tác tuần 12 năm 2024", f"<p>(Từ ngày 18/3/2024 đến ngày 22/3/2024)</p><table>{rows}</table>"
        if kind == "gallery":
            caps = ("Quang cảnh ngày hội tại khu dân cư số 3", "Lãnh đạo tặng quà các hộ gia đình chính sách",
                    "Các tiết mục văn nghệ chào mừng", "Bà con tham gia các trò chơi dân gian",
                    "Trao giải hội thi ẩm thực truyền thống")  # fmt: skip
            pics = "".join(f'<figure><img src="/images/album/{self.n("al", 50)}-{i}.jpg" alt="">'
                           f"<figcaption>{c}</figcaption></figure>" for i, c in enumerate(caps))  # fmt: skip
            return "Ngày hội Đại đoàn kết toàn dân tộc năm 2024", f"<p>{_date(8)}</p>" + pics
        if kind == "video":
            return "Ra quân mùa khô năm 2024", (
                f'<p><video controls src="/media/video-{self.n("v", 40)}.mp4"></video></p>'
                f"<p>{_date(6)} - Lượt xem: {300 + self.n('views', 500)}</p>"
                "<p>Phóng sự về lễ ra quân mùa khô và các phần việc của đoàn viên thanh niên.</p>"
            )
        if kind == "contest":
            notes = ("Thể lệ cuộc thi tìm hiểu pháp luật năm 2024", "Danh sách thí sinh đạt giải tuần 1",
                     "Danh sách thí sinh đạt giải tuần 2", "Thông báo gia hạn thời gian nộp bài dự thi")  # fmt: skip
            items = "".join(f'<li><a href="/cuoc-thi/thong-bao-{i + 1}.html">{t}</a> ({_date(i + 2)})</li>'
                            for i, t in enumerate(notes))  # fmt: skip
            return "Cuộc thi tìm hiểu pháp luật trực tuyến năm 2024", (
                "<p>Cuộc thi do Hội đồng phối hợp phổ biến, giáo dục pháp luật tổ chức, dành cho mọi công "
                "dân trên địa bàn. Thí sinh làm bài trực tuyến hằng tuần; kết quả được công bố dưới đây.</p>"
                f"<ul>{items}</ul>"
            )
        if kind == "search":
            items = "".join(self.teaser(i + self.n("q", 5), long=False) for i in range(4))
            return "Kết quả tìm kiếm", f"<p>Tìm thấy 4 kết quả cho từ khóa \"chuyển đổi số\"</p>{items}"
        if kind == "notfound":
            return "Thông báo", (
                "<p>Rất tiếc, trang bạn tìm không tồn tại hoặc đã bị xóa. Vui lòng kiểm tra lại địa chỉ "
                'hoặc quay về <a href="/">trang chủ</a> để tiếp tục tra cứu thông tin trên cổng.</p>'
            )
        if kind == "sitemap":
            sections = ("Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo điều hành", "Thủ tục hành chính",
                        "Lịch công tác", "Hỏi đáp", "Thư viện ảnh", "Liên hệ")  # fmt: skip
            items = "".join(f'<li><a href="/muc-{i}">{s}</a></li>' for i, s in enumerate(sections))
            return "Sơ đồ cổng", f"<ul>{items}</ul>"
        if kind == "staff":
            people = list(zip(_NAMES, (*_POSTS, "Chuyên viên"), strict=True))
            rows = "".join(f"<tr><td>{i + 1}</td><td>{n}</td><td>{p}</td><td>0214.38{20 + i}.{100 + i}</td>"
                           f"<td>cb{i + 1}@{self.site_id}.gov.vn</td></tr>" for i, (n, p) in enumerate(people))  # fmt: skip
            head = "<tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Email</th></tr>"
            return "Danh bạ cán bộ, công chức", f"<table>{head}{rows}</table>"
        if kind == "form":
            title = ("Gửi câu hỏi", "Góp ý")[self.n("form", 2)]
            return title, (
                "<p>Tổ chức, cá nhân gửi câu hỏi, góp ý về các lĩnh vực thuộc thẩm quyền của cơ quan. "
                "Vui lòng ghi đầy đủ họ tên, địa chỉ, số điện thoại và nội dung; câu hỏi sẽ được chuyển "
                "đến đơn vị chuyên môn trả lời trong thời gian sớm nhất và đăng tải trên cổng thông tin.</p>"
                '<form action="/gui" method="post"><label>Họ và tên</label><input name="ten">'
                '<label>Email</label><input name="email"><label>Nội dung</label><textarea name="nd"></textarea>'
                "<button>Gửi</button></form>"
            )
        if kind == "rss":
            chans = ("Tin tức - Sự kiện", "Thông báo", "Văn bản mới", "Hỏi đáp", "Lịch công tác")
            items = "".join(f'<li>{c}: <a href="/rss/{i}.rss">/rss/{i}.rss</a></li>' for i, c in enumerate(chans))
            return "RSS", (
                "<p>RSS là định dạng tệp tin giúp bạn đọc nhận tin mới từ cổng thông tin mà không cần truy cập "
                f"trang web. Sao chép địa chỉ kênh vào phần mềm đọc tin để theo dõi.</p><ul>{items}</ul>"
            )
        raise ValueError(kind)


def _strip_self(doc: HtmlElement) -> None:
    """Drop what makes the template page say it is an article: og:type, article:* metas,
    JSON-LD and microdata types."""
    for el in list(doc.iter("meta", "script")):
        prop = f"{el.get('property', '')} {el.get('name', '')} {el.get('itemprop', '')}".lower()
        if (el.tag == "meta" and ("og:type" in prop or "article:" in prop or "date" in prop or "author" in prop)) or (
            el.tag == "script" and "ld+json" in (el.get("type") or "")
        ):
            el.drop_tree()
    for el in doc.iter():
        if isinstance(el.tag, str):
            for key in ("itemtype", "itemscope", "itemprop"):
                el.attrib.pop(key, None)


def _drop_text(doc: HtmlElement, snippet: str, keep: tuple[HtmlElement, ...]) -> None:
    """Drop the deepest elements outside ``keep`` whose text holds ``snippet``."""
    for el in reversed(list(doc.iter())):
        if not isinstance(el.tag, str) or el.tag in ("html", "head", "body", "title", "meta"):
            continue
        if any(k is el or k in el.iterancestors() or el in k.iterancestors() for k in keep):
            continue
        if snippet in " ".join(el.text_content().split()) and el.getparent() is not None:
            el.drop_tree()


def page_of(
    doc: HtmlElement, pages: Pages2, kind: str, base: str, sel: dict[str, list[str]], own: list[str]
) -> bool:
    """Turn the copy ``doc`` of an article page into the kind's page; False where the
    family's title or body element is not on it."""
    title, body = _first(doc, sel["title"]), _first(doc, sel["body"])
    if title is None or body is None or title is body or title in body.iterancestors():
        return False
    heading, html = pages.content(kind)
    for key in ("date", "author", "lead"):
        for selector in sel[key]:
            for el in css(doc, selector):
                if el is not title and el is not body and title not in el.iterancestors() and not any(
                    x is title or x is body for x in el.iter()
                ) and el.getparent() is not None:
                    el.drop_tree()
    for snippet in own:  # the template article's text outside its body (a sapo, a breadcrumb)
        _drop_text(doc, snippet, (title, body))
    for child in list(title):
        title.remove(child)
    title.text = heading
    for child in list(body):
        body.remove(child)
    body.text = None
    body.append(lxml.html.fragment_fromstring(html, create_parent="div"))
    url = base.rstrip("/") + pages.url(kind)
    _strip_self(doc)
    for el in doc.iter("title"):
        el.text = f"{heading} - {pages.name}"
    for el in doc.iter("meta", "link"):
        prop = f"{el.get('property', '')} {el.get('name', '')}".lower()
        if "og:title" in prop or "twitter:title" in prop:
            el.set("content", heading)
        elif "og:url" in prop:
            el.set("content", url)
        elif "description" in prop:
            el.set("content", heading)
        elif el.tag == "link" and (el.get("rel") or "").lower() in ("canonical", "shortlink", "amphtml"):
            el.set("href", url)
    return True


class Pages2Family(DerivedFamily):
    """A development family with six added non-article pages in its article template: the
    same site id, base URL, chrome and articles (their truth unchanged)."""

    def __init__(self, family: ModuleType) -> None:
        from benchmarks.extraction_quality import family_base, family_profile

        super().__init__(family)
        self.pages = Pages2(self.SITE_ID, self.NAME)
        self.base = family_base(family)
        chosen = family_profile(self.SITE_ID).selectors
        self.sel = {"title": list(chosen.title), "body": list(chosen.body), "date": list(chosen.date),
                    "author": list(chosen.author), "lead": list(chosen.lead)}  # fmt: skip
        self.ADDED = [self.pages.url(k) for k in self.pages.kinds]

    def build_site(self) -> Site:
        site = self.family.build_site()
        pages = dict(site.pages)
        art = next(a for a in self.ARTICLES if a.path in pages and pages[a.path].status == 200)
        template = pages[art.path]
        own = [" ".join(x.split())[:60] for x in (art.lead, art.title) if len(x.split()) >= 4]
        own += [" ".join(x.split())[:60] for x in (art.date_line, art.byline) if x and len(x.split()) >= 2]
        ctype = template.header("Content-Type") or HTML
        for kind in self.pages.kinds:
            target = self.pages.url(kind)
            body = rewrite_html(
                template.body, ctype, lambda doc, k=kind: page_of(doc, self.pages, k, self.base, self.sel, own)
            )
            if body is not template.body:
                pages[target] = Page(200, [("Content-Type", HTML)], body)
        return Site(pages=pages, handler=site.handler, not_found=site.not_found)

