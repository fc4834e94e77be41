"""Typing audit: every page kind a Vietnamese government portal serves, in each family's own
article template, through every path; every wrong verdict, by kind, path and cause.

    python -m benchmarks.typing_audit                     # dev and validation families
    python -m benchmarks.typing_audit --family fx-dnn --family fx-k2
    python -m benchmarks.typing_audit --json /tmp/typing.json

Issue 10's page typing: only article pages become articles. The pages2 part adds six
non-article kinds per development family; this audit is the mechanism's test instead: for
every non-sealed development and validation family it builds **every** kind below in the
family's own chrome and article layout (a copy of the family's first article page whose
headline and body element, located by the hand profile's selectors, hold the kind's heading
and content; :func:`benchmarks.pages2.page_of`), at a speaking or an opaque URL (the site id
chooses), and runs the site through the single-page path and the crawl's paths (ad hoc and
with the profile ``sites new`` writes, extracted as
:func:`benchmarks.extraction_quality.crawl_like` does). The kinds go in batches of
:data:`BATCH` per site (a portal's article template holds many articles and a few other
pages; thirty added pages beside a family's six articles would be another site), each batch
a site of its own.

Non-article kinds (truth: refused): the static pages (``intro`` "Giới thiệu", ``contact``
"Liên hệ", ``functions`` "Chức năng nhiệm vụ", ``sitemap`` "Sơ đồ cổng", ``leaders``
"Lãnh đạo"), a category listing and its page 2 (``listing``, ``listing2``: a date beside
each teaser), a document library (``library``: a table of number, date and summary) and a
document's detail page (``document``), a work schedule (``schedule``), a Q&A list and a
question's page (``qalist``, ``qa``), a photo album and a video page (``gallery``,
``video``), search results (``search``), a tag page (``tag``), a soft 404 (``notfound``), a
login page (``login``), a day's calendar archive (``calendar``), and one long dated text
with no headline (``biography``: a leader's biography under the portal's date line).

Copies (truth: one article with the original, never a second row): a print view
(``print``) and a language copy (``lang``) of the family's article, no canonical link. A
copy stored at its own URL whose body is the article's passes (the ingestor's near-duplicate
step makes it one row; the benchmark does not run that step); a copy with a body of its own
fails.

Article kinds (truth: stored): a short article (``short``), an article with a table
(``table``), a photo story with little text (``photo``), an article whose headline is no
``<h1>`` (``noh1``), each at a new article URL of the family's own shape. The family's own
pages are audited too (``own``: its articles must stay stored, its other pages refused,
beside the added ones).

Each wrong verdict is listed with the path's verdict
(:func:`benchmarks.path_audit.page_verdicts`: ``stored:model``, ``stored:fallback``,
``stored:page``, ``refused:<reason>: <detail>``, ``typed:<type>``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from typing import Any

import lxml.html
from lxml.html import HtmlElement

from benchmarks.blind import DerivedFamily, rewrite_html
from benchmarks.extraction_quality import (
    crawl_profile,
    families,
    family_base,
    family_profile,
    site_model,
    site_pages,
)
from benchmarks.inline import _esc, _first, _pick
from benchmarks.pages2 import _NAMES, _POSTS, _SLUGS, _TEASERS, Pages2, _date, _strip_self, page_of
from benchmarks.path_audit import page_verdicts
from config.profile import adhoc_profile
from crawler.replica.site import HTML, Page, Site
from pipelines.discover import written_profile
from pipelines.dom import css

NON_ARTICLES = ("intro", "contact", "functions", "sitemap", "leaders", "listing", "listing2", "library",
                "document", "schedule", "qalist", "qa", "gallery", "video", "search", "tag", "notfound",
                "login", "calendar", "biography")  # fmt: skip
COPIES = ("print", "lang")
ARTICLE_KINDS = ("short", "table", "photo", "noh1")
KINDS = NON_ARTICLES + COPIES + ARTICLE_KINDS
PATHS = ("single", "adhoc", "inferred")
BATCH = 6

_MORE_SLUGS = {
    "intro": "gioi-thieu/gioi-thieu-chung", "contact": "lien-he", "functions": "gioi-thieu/chuc-nang-nhiem-vu",
    "leaders": "gioi-thieu/lanh-dao", "listing": "tin-tuc/tin-trong-tinh", "listing2": "tin-tuc/tin-trong-tinh?page=2",
    "library": "van-ban", "qalist": "hoi-dap", "tag": "tag/chuyen-doi-so", "login": "dang-nhap",
    "calendar": "tin-tuc/2024/03/18", "biography": "gioi-thieu/tieu-su-dong-chi-bi-thu",
}  # fmt: skip
_BIO = (
    "<p>Đồng chí {who} sinh ngày 12 tháng 5 năm 1970, quê quán xã Hòa Bình, huyện Tân Lập. Trình độ "
    "chuyên môn thạc sĩ kinh tế, cao cấp lý luận chính trị. Vào Đảng ngày 3 tháng 2 năm 1994.</p>"
    "<p>Từ năm 1992 đến năm 2000 công tác tại Ban Tổ chức Huyện ủy, lần lượt là cán bộ, phó trưởng ban. "
    "Từ năm 2000 đến năm 2010 là Phó Bí thư, Chủ tịch Ủy ban nhân dân huyện, trực tiếp chỉ đạo chương "
    "trình xây dựng nông thôn mới, giảm nghèo bền vững và cải cách hành chính trên địa bàn.</p>"
    "<p>Từ năm 2010 đến năm 2020 là Giám đốc Sở Kế hoạch và Đầu tư, Phó Chủ tịch Ủy ban nhân dân tỉnh. "
    "Tại Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025, đồng chí được bầu làm Bí thư "
    "Tỉnh ủy; là đại biểu Quốc hội khóa XV, Trưởng đoàn đại biểu Quốc hội tỉnh.</p>"
)
_ARTICLE_TITLES = {
    "short": "Huyện tổ chức ra quân vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh",
    "table": "Kết quả thu ngân sách nhà nước quý I năm 2024 đạt khá so với dự toán",
    "photo": "Ảnh: Sắc màu lễ hội đua thuyền truyền thống trên sông Lam",
    "noh1": "Phường tổ chức hội nghị đối thoại với nhân dân về công tác giải phóng mặt bằng",
}
_SHORT = (
    "<p>Sáng 17/3, Ủy ban nhân dân huyện phối hợp với Huyện đoàn tổ chức lễ ra quân vệ sinh môi trường, "
    "thu gom rác thải tại các tuyến đường trung tâm và khu dân cư.</p>"
    "<p>Hơn 500 đoàn viên, thanh niên và người dân đã tham gia, thu gom khoảng 3 tấn rác thải các loại.</p>"
)
_TABLE = (
    "<p>Theo báo cáo của Sở Tài chính, tổng thu ngân sách nhà nước trên địa bàn quý I năm 2024 ước đạt "
    "2.350 tỷ đồng, bằng 28% dự toán năm và tăng 12% so với cùng kỳ năm trước.</p>"
    "<table><tr><th>Khoản thu</th><th>Quý I/2024 (tỷ đồng)</th><th>So với dự toán</th></tr>"
    "<tr><td>Thu nội địa</td><td>1.980</td><td>29%</td></tr>"
    "<tr><td>Thu từ hoạt động xuất nhập khẩu</td><td>310</td><td>24%</td></tr>"
    "<tr><td>Thu từ đất</td><td>60</td><td>15%</td></tr></table>"
    "<p>Sở Tài chính đề nghị các ngành tiếp tục rà soát nguồn thu, chống thất thu và đôn đốc thu hồi nợ "
    "đọng thuế, phấn đấu hoàn thành vượt dự toán được giao trong năm 2024.</p>"
)
_PHOTO = (
    "<p>Lễ hội đua thuyền truyền thống năm nay thu hút hàng nghìn người dân và du khách đến cổ vũ.</p>"
    + "".join(f'<figure><img src="/images/dua-thuyen-{i}.jpg" alt=""><figcaption>{c}</figcaption></figure>'
              for i, c in enumerate(("Các đội thuyền xuất phát", "Người dân cổ vũ hai bên bờ sông",
                                     "Đội thuyền nữ về đích", "Trao giải cho các đội đoạt giải")))  # fmt: skip
)
_NOH1 = (
    "<p>Chiều 15/3, Ủy ban nhân dân phường tổ chức hội nghị đối thoại với các hộ dân có đất bị thu hồi "
    "để thực hiện dự án mở rộng tuyến đường liên phường. Tham dự có đại diện các phòng chuyên môn của "
    "quận, Ban bồi thường giải phóng mặt bằng và gần 80 hộ dân.</p>"
    "<p>Tại hội nghị, người dân nêu nhiều ý kiến về đơn giá bồi thường, chính sách hỗ trợ tái định cư và "
    "tiến độ chi trả. Lãnh đạo phường và các cơ quan chuyên môn đã giải đáp cụ thể từng ý kiến, những "
    "nội dung vượt thẩm quyền được ghi nhận để báo cáo cấp trên xem xét.</p>"
    "<p>Kết thúc hội nghị, phường đề nghị các hộ dân tiếp tục phối hợp, sớm bàn giao mặt bằng để dự án "
    "được triển khai đúng tiến độ, góp phần chỉnh trang đô thị và phát triển kinh tế xã hội địa phương.</p>"
)
_ARTICLE_BODIES = {"short": _SHORT, "table": _TABLE, "photo": _PHOTO, "noh1": _NOH1}


class AuditPages(Pages2):
    """Pages2's kinds and the audit's: their headings, bodies and URLs on one site."""

    def url(self, kind: str) -> str:
        n = 300 + KINDS.index(kind) * 7 + _pick(self.site_id, kind, 5)
        page = {"listing2": 2}.get(kind)
        if self.style == "tabid":
            return f"/Default.aspx?tabid={n}" + (f"&page={page}" if page else "")
        if self.style == "p":
            return f"/p/{n}" + (f"?page={page}" if page else "")
        slug = _MORE_SLUGS.get(kind) or _SLUGS[kind]
        path, _, query = slug.partition("?")
        if self.style == "slug.html":
            path += ".html"
        return "/" + path + (f"?{query}" if query else "")

    def listing(self, first: int, n: int) -> str:
        """``n`` teasers, each a linked title, the date beside it and a cut sapo."""
        out = []
        for i in range(first, first + n):
            title, sapo = _TEASERS[i % len(_TEASERS)]
            out.append(f'<div><a href="/tin-tuc/bai-{5200 + i}.html">{_esc(title)}</a> '
                       f"<span>({_date(i + self.n('l', 9))})</span>"
                       f"<p>{_esc(' '.join(sapo.split()[:24]))}...</p></div>")  # fmt: skip
        return "".join(out)

    def content(self, kind: str) -> tuple[str, str]:
        who, post = _NAMES[self.n("who", len(_NAMES))], _POSTS[self.n("post", len(_POSTS))]
        if kind == "intro":
            return "Giới thiệu chung", (
                "<p>Tỉnh nằm ở vùng trung du và miền núi phía Bắc, có diện tích tự nhiên hơn 6.300 km², dân số "
                "khoảng 780 nghìn người, gồm 25 dân tộc cùng sinh sống. Tỉnh có 9 đơn vị hành chính cấp huyện "
                "và 152 đơn vị hành chính cấp xã.</p><p>Tỉnh có đường biên giới dài hơn 180 km, có cửa khẩu "
                "quốc tế và nhiều tiềm năng phát triển du lịch, nông nghiệp hàng hóa, thương mại dịch vụ và "
                "công nghiệp chế biến. Thiên nhiên ưu đãi với khí hậu mát mẻ, nhiều danh lam thắng cảnh.</p>"
                "<p>Trong những năm qua, kinh tế của tỉnh duy trì tốc độ tăng trưởng khá, cơ cấu kinh tế chuyển "
                "dịch đúng hướng, đời sống vật chất và tinh thần của nhân dân không ngừng được cải thiện.</p>"
            )
        if kind == "contact":
            return "Liên hệ", (
                f"<p><b>{_esc(self.name)}</b></p><p>Địa chỉ: Số 2 đường Hoàng Liên, phường Cốc Lếu</p>"
                "<p>Điện thoại: 0214.3840.888 - Fax: 0214.3840.889</p>"
                f"<p>Email: vanphong@{self.site_id}.gov.vn</p><p>Giờ làm việc: sáng từ 7h30 đến 11h30, chiều từ "
                "13h30 đến 17h00 các ngày từ thứ Hai đến thứ Sáu.</p>"
            )
        if kind == "functions":
            return "Chức năng, nhiệm vụ", (
                "<p><b>1. Chức năng</b></p><p>Văn phòng là cơ quan chuyên môn, có chức năng tham mưu, giúp Ủy "
                "ban nhân dân tỉnh tổ chức các hoạt động chung; tham mưu tổng hợp cho Ủy ban nhân dân về hoạt "
                "động của Ủy ban nhân dân; kiểm soát thủ tục hành chính; tổ chức triển khai thực hiện cơ chế "
                "một cửa, một cửa liên thông.</p><p><b>2. Nhiệm vụ và quyền hạn</b></p><p>a) Trình Ủy ban nhân "
                "dân tỉnh ban hành quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, trung hạn và hằng năm.</p>"
                "<p>b) Xây dựng, trình Ủy ban nhân dân tỉnh ban hành quy chế làm việc và theo dõi việc thực hiện "
                "quy chế làm việc; chương trình, kế hoạch công tác.</p>"
            )
        if kind == "leaders":
            rows = "".join(
                f'<div><img src="/images/ld-{i}.jpg" alt=""><p><b>{n}</b></p><p>{p}</p>'
                f"<p>Điện thoại: 0214.38{40 + i}.{200 + i} - Email: ld{i}@{self.site_id}.gov.vn</p></div>"
                for i, (n, p) in enumerate(zip(_NAMES[:4], _POSTS, strict=True))
            )
            return "Lãnh đạo", rows
        if kind == "listing":
            pages = " ".join(f'<a href="?page={i}">{i}</a>' for i in range(2, 6))
            return "Tin trong tỉnh", self.listing(0, 6) + f"<div>Trang: 1 {pages}</div>"
        if kind == "listing2":
            pages = " ".join(f'<a href="?page={i}">{i}</a>' for i in (1, 3, 4, 5))
            return "Tin trong tỉnh", self.listing(6, 6) + f"<div>Trang: {pages}</div>"
        if kind == "library":
            rows = "".join(
                f"<tr><td>{1200 + i}/QĐ-UBND</td><td>{_date(i + 1)}</td><td>{_esc(t)}</td>"
                f'<td><a href="/uploads/van-ban/{1200 + i}.pdf">Tải về</a></td></tr>'
                for i, (t, _) in enumerate(_TEASERS)
            )
            head = "<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>"
            return "Văn bản", f"<table>{head}{rows}</table>"
        if kind == "qalist":
            asks = ("Thủ tục đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn?",
                    "Hồ sơ xin cấp giấy phép xây dựng nhà ở riêng lẻ gồm những gì?",
                    "Thời hạn giải quyết hồ sơ chuyển mục đích sử dụng đất là bao lâu?",
                    "Điều kiện hưởng trợ cấp xã hội hằng tháng đối với người cao tuổi?")  # fmt: skip
            items = "".join(f'<li><a href="/hoi-dap/cau-hoi-{400 + i}">{_esc(q)}</a><br>Người hỏi: '
                            f"{_NAMES[i]} - Ngày gửi: {_date(i + 4)}</li>" for i, q in enumerate(asks))  # fmt: skip
            return "Hỏi đáp", f"<ul>{items}</ul>"
        if kind == "tag":
            return "Tag: chuyển đổi số", self.listing(2, 4)
        if kind == "login":
            return "Đăng nhập", (
                '<form action="/dang-nhap" method="post"><label>Tên đăng nhập</label><input name="u">'
                '<label>Mật khẩu</label><input type="password" name="p"><label><input type="checkbox"> '
                'Ghi nhớ</label><button>Đăng nhập</button></form><p><a href="/quen-mat-khau">Quên mật khẩu?'
                '</a> | <a href="/dang-ky">Đăng ký tài khoản</a></p>'
            )
        if kind == "calendar":
            days = "".join(f'<td><a href="/tin-tuc/2024/03/{d:02d}">{d}</a></td>' + ("</tr><tr>" if d % 7 == 0 else "")
                           for d in range(1, 32))  # fmt: skip
            return "Tin ngày 18/03/2024", f"<table><tr>{days}</tr></table>" + self.listing(1, 3)
        if kind == "biography":
            return "", _BIO.format(who=who)
        if kind in _ARTICLE_BODIES:
            return _ARTICLE_TITLES[kind], _ARTICLE_BODIES[kind]
        _ = post
        return super().content(kind)


_SLUG_ID = re.compile(r"^(?P<lead>\d+-)?(?P<words>.*?[a-z]-.*?)(?P<tail>-[a-z]?\d+)?$")
_ID_BEFORE = re.compile(r"(?<=/)\d{3,}$")  # /chi-tiet/2291/slug: the id a segment before the slug


def _parts(path: str) -> tuple[str, str, str, str, str, str]:
    """(head, slash, stem, dot+extension, trailing slash, ?query) of a request target."""
    base, sep, query = path.partition("?")
    head, slash, last = base.rstrip("/").rpartition("/")
    stem, dot, ext = last.partition(".")
    return head, slash, stem, dot + ext, base[len(base.rstrip("/")):], sep + query


def _id_places(paths: list[str]) -> set[str]:
    """Where the family's article URLs carry their id, read on all of them: ``query`` (a
    number in the query), ``lead`` (``201-slug``), ``tail`` (``slug-3587``, ``slug-a5121``),
    ``before`` (``/2291/slug``). A place every article URL fills (a slug ending in a year,
    ``-nam-2024``, on one article is no id)."""
    places: set[str] = set()
    for place in ("query", "lead", "tail", "before"):
        hits = 0
        for path in paths:
            head, _, stem, _, _, query = _parts(path)
            slug = _SLUG_ID.match(stem)
            hits += bool(
                re.search(r"=\d+", query) if place == "query"
                else _ID_BEFORE.search(head) if place == "before"
                else slug is not None and slug.group(place)
            )  # fmt: skip
        if paths and hits == len(paths):
            places.add(place)
    return places


def _new_number(m: re.Match[str], kind: str, step: int) -> str:
    """The number ``m`` changed (as many digits or more), by the kind and the step."""
    return str(int(m.group()) + 10 ** max(len(m.group()) - 1, 1) * step + KINDS.index(kind))


def _new_target(path: str, kind: str, taken: set[str], paths: list[str] | None = None) -> str:
    """A new request target of the article ``path``'s shape, the shape of the family's
    article URLs (``paths``, else ``path`` alone). A query id (``?id=301``, ``?ItemID=101``)
    is changed and the path kept (``chitiet.asp`` is the script, no slug); else a slug has its
    words extended and its id, where the family's URLs carry one (``201-slug.html``,
    ``slug-3587.html``, ``slug-a5121.html``, ``/2291/slug``), changed in its place; else the
    last number is changed."""
    places = _id_places(paths or [path])
    head, slash, stem, ext, trail, query = _parts(path)
    slug = _SLUG_ID.match(stem) if "query" not in places else None
    digits = list(re.finditer(r"\d+", path))
    query_ids = list(re.finditer(r"(?<==)\d+", query))
    for step in range(1, 50):
        if "query" in places and query_ids:
            m = query_ids[-1]
            new = path[: len(path) - len(query)] + query[: m.start()] + _new_number(m, kind, step) + query[m.end():]
        elif slug is not None:
            lead, words, tail = slug.group("lead") or "", slug.group("words"), slug.group("tail") or ""
            if "tail" not in places:
                words, tail = words + tail, ""
            n = re.search(r"\d+", lead)
            if n is not None and "lead" in places:
                lead = _new_number(n, kind, step) + "-"
            n = re.search(r"\d+", tail)
            if n is not None:
                tail = tail[: n.start()] + _new_number(n, kind, step)
            n = _ID_BEFORE.search(head) if "before" in places else None
            new_head = head[: n.start()] + _new_number(n, kind, step) if n is not None else head
            new = new_head + slash + lead + f"{words}-{kind}{step}" + tail + ext + trail + query
        elif digits:
            m = digits[-1]
            new = path[: m.start()] + _new_number(m, kind, step) + path[m.end():]
        else:
            new = path.rstrip("/") + f"/{kind}-{step}"
        if new not in taken:
            return new
    raise ValueError(path)


def _copy_target(path: str, kind: str, site_id: str) -> str:
    """A print view's or a language copy's request target for the article ``path``."""
    if _pick(site_id, kind + "-url", 2):
        sep = "&" if "?" in path else "?"
        return path + sep + ("print=1" if kind == "print" else "lang=en")
    return ("/print" if kind == "print" else "/en") + path


def _self_urls(doc: HtmlElement, url: str, heading: str | None, name: str) -> None:
    """The page's <title>, og:title and self links are its own; canonical links dropped
    when ``url`` is None."""
    for el in doc.iter("title"):
        if heading is not None:
            el.text = f"{heading} - {name}"
    for el in list(doc.iter("meta", "link")):
        prop = f"{el.get('property', '')} {el.get('name', '')}".lower()
        if heading is not None and ("og:title" in prop or "twitter:title" in prop):
            el.set("content", heading)
        elif "og:url" in prop:
            el.set("content", url)
        elif el.tag == "link" and (el.get("rel") or "").lower() in ("canonical", "shortlink", "amphtml"):
            el.set("href", url)


def article_of(doc: HtmlElement, pages: AuditPages, kind: str, url: str, sel: dict[str, list[str]]) -> bool:
    """The article page ``doc`` made the kind's article: a headline and body of its own,
    its date and byline kept."""
    title, body = _first(doc, sel["title"]), _first(doc, sel["body"])
    if title is None or body is None or title is body or title in body.iterancestors():
        return False
    heading, html = pages.content(kind)
    for selector in sel["lead"]:
        for el in css(doc, selector):
            if el is not title and el is not body and body not in el.iterancestors() and not any(x is body for x in el.iter()):
                el.drop_tree()
    for child in list(title):
        title.remove(child)
    title.text = heading
    if kind == "noh1" and title.tag in ("h1", "h2"):
        title.tag = "div"
        title.text = None
        strong = lxml.html.Element("strong")
        strong.text = heading
        title.append(strong)
    for child in list(body):
        body.remove(child)
    body.text = None
    body.append(lxml.html.fragment_fromstring(html, create_parent="div"))
    for el in doc.iter("meta"):
        if "description" in f"{el.get('property', '')} {el.get('name', '')}".lower():
            el.set("content", heading)
    for el in list(doc.iter("script")):
        if "ld+json" in (el.get("type") or ""):
            own = _own_jsonld(el.text or "", heading, url)
            if own is None:
                el.drop_tree()
            else:
                el.text = own
    _self_urls(doc, url, heading, pages.name)
    return True


_JSONLD_PAGES = ("article", "newsarticle", "blogposting", "reportagenews", "webpage")


def _own_jsonld(text: str, heading: str, url: str) -> str | None:
    """The page's JSON-LD made the new article's: its article's and web page's headline,
    name and description the heading, their ids and URLs the new URL; its date, author and
    publisher kept (a family whose only date is its JSON-LD's keeps it). None when it does
    not parse."""
    try:
        data = json.loads(text)
    except ValueError:
        return None

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for x in node:
                visit(x)
        elif isinstance(node, dict):
            types = node.get("@type")
            names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if names & set(_JSONLD_PAGES):
                for key in ("headline", "name", "description", "alternativeHeadline"):
                    if key in node:
                        node[key] = heading
                for key in ("@id", "url"):
                    if key in node:
                        node[key] = url
                if isinstance(node.get("mainEntityOfPage"), dict):
                    node["mainEntityOfPage"]["@id"] = url
                elif "mainEntityOfPage" in node:
                    node["mainEntityOfPage"] = url
            for value in node.values():
                visit(value)

    visit(data)
    return json.dumps(data, ensure_ascii=False)


def biography_of(doc: HtmlElement, pages: AuditPages, url: str, sel: dict[str, list[str]]) -> bool:
    """One long dated text, no headline: the article's title element gone, its date line
    kept, the body a biography."""
    title, body = _first(doc, sel["title"]), _first(doc, sel["body"])
    if title is None or body is None or title is body or title in body.iterancestors() or body in title.iterancestors():
        return False
    _, html = pages.content("biography")
    for key in ("author", "lead"):
        for selector in sel[key]:
            for el in css(doc, selector):
                if el is not title and el is not body and not any(x is body for x in el.iter()) and el.getparent() is not None:
                    el.drop_tree()
    for child in list(body):
        body.remove(child)
    body.text = None
    body.append(lxml.html.fragment_fromstring(html, create_parent="div"))
    if title.getparent() is not None:
        title.drop_tree()
    _strip_self(doc)
    _self_urls(doc, url, "Tiểu sử", pages.name)
    return True


def copy_of(doc: HtmlElement, url: str) -> bool:
    """The article page served at another URL, its canonical link gone."""
    for el in list(doc.iter("link")):
        if (el.get("rel") or "").lower() in ("canonical", "shortlink"):
            el.drop_tree()
    for el in doc.iter("meta"):
        if "og:url" in f"{el.get('property', '')} {el.get('name', '')}".lower():
            el.set("content", url)
    return True


def batches(site_id: str, kinds: tuple[str, ...] = KINDS, size: int = BATCH) -> list[list[str]]:
    """The kinds in batches of ``size``, in an order the site id chooses."""
    order = sorted(kinds, key=lambda k: _pick(site_id, "order-" + k, 10_000))
    return [order[i: i + size] for i in range(0, len(order), size)]


class AuditFamily(DerivedFamily):
    """A development or validation family with one batch of the audit's pages added."""

    def __init__(self, family: Any, kinds: list[str]) -> None:
        super().__init__(family)
        self.kinds = kinds
        self.pages = AuditPages(self.SITE_ID, self.NAME)
        self.base = family_base(family)
        chosen = family_profile(self.SITE_ID).selectors
        self.sel = {"title": list(chosen.title), "body": list(chosen.body), "date": list(chosen.date),
                    "author": list(chosen.author), "lead": list(chosen.lead)}  # fmt: skip
        self.added: dict[str, str] = {}  # request target -> kind
        self.original = ""  # the template article's URL

    def build_site(self) -> Site:
        site = self.family.build_site()
        pages = dict(site.pages)
        art = next(a for a in self.ARTICLES if a.path in pages and pages[a.path].status == 200)
        self.original = art.path
        template = pages[art.path]
        own = [" ".join(x.split())[:60] for x in (art.lead, art.title) if len(x.split()) >= 4]
        own += [" ".join(x.split())[:60] for x in (art.date_line, art.byline) if x and len(x.split()) >= 2]
        ctype = template.header("Content-Type") or HTML
        origin = self.base.rstrip("/")
        for kind in self.kinds:
            if kind in COPIES:
                target = _copy_target(art.path, kind, self.SITE_ID)
                change: Any = lambda doc, t=target: copy_of(doc, origin + t)  # noqa: E731
            elif kind in ARTICLE_KINDS:
                shapes = [a.path for a in self.ARTICLES if a.path in pages]
                target = _new_target(art.path, kind, set(pages), shapes)
                change = lambda doc, k=kind, t=target: article_of(doc, self.pages, k, origin + t, self.sel)  # noqa: E731
            elif kind == "biography":
                target = self.pages.url(kind)
                change = lambda doc, t=target: biography_of(doc, self.pages, origin + t, self.sel)  # noqa: E731
            else:
                target = self.pages.url(kind)
                change = lambda doc, k=kind: page_of(doc, self.pages, k, self.base, self.sel, own)  # noqa: E731
            body = rewrite_html(template.body, ctype, change)
            if body is not template.body and target not in pages:
                pages[target] = Page(200, [("Content-Type", HTML)], body)
                self.added[target] = kind
        return Site(pages=pages, handler=site.handler, not_found=site.not_found)


def expected(kind: str) -> str:
    return "article" if kind in ARTICLE_KINDS else "copy" if kind in COPIES else "refused"


def wrong(kind: str, verdict: str, original: str) -> bool:
    """The path's verdict on a page of ``kind`` is wrong (see the module's docstring)."""
    stored = verdict.startswith("stored")
    if kind in ARTICLE_KINDS or kind == "own-article":
        return not stored
    if not stored:
        return False
    if kind in COPIES:
        return not (" copy" in verdict or verdict.endswith(" as " + original))
    if kind == "own-page":
        return " copy" not in verdict and " as " not in verdict
    return True


def audit_family(family: Any, kinds: list[str], paths: tuple[str, ...] = PATHS) -> list[dict[str, Any]]:
    """One row per page of the batch's site (the family's own and the added), with each
    path's verdict and whether it is wrong."""
    fam = AuditFamily(family, kinds)
    pages = site_pages(fam.build_site())
    origin = fam.base.rstrip("/")
    adhoc = adhoc_profile(fam.base)
    model = site_model(fam, pages)
    truths = [a.truth(origin) for a in fam.ARTICLES]
    articles = {t["url"] for t in truths}
    verdicts = {}
    for path in paths:
        mode: Any = adhoc if path == "single" else crawl_profile(
            model, written_profile(adhoc, model) if path == "inferred" else adhoc)
        verdicts[path] = page_verdicts(pages, origin, mode, truths)
    rows = []
    for target, _, _ in pages:
        url = origin + target
        kind = fam.added.get(target) or ("own-article" if url in articles else "own-page")
        by = {p: v.get(url, "denied") for p, v in verdicts.items()}
        bad = [p for p, v in by.items() if wrong(kind, v, origin + fam.original)]
        rows.append({"site": fam.SITE_ID, "url": url, "kind": kind, "verdicts": by, "wrong": bad,
                     "confident": model.confident})  # fmt: skip
    return rows


def audit(family_ids: list[str] | None = None, parts: tuple[str, ...] = ("dev", "validation"),
          kinds: tuple[str, ...] = KINDS) -> list[dict[str, Any]]:  # fmt: skip
    """Every page's row over the families of ``parts`` (or those named), every batch."""
    rows = []
    for part in parts:
        for site_id, family in families(part).items():
            if family_ids and site_id not in family_ids:
                continue
            for batch in batches(site_id, kinds):
                rows.extend(audit_family(family, batch))
    return rows


def cause(verdict: str) -> str:
    """The rule or site model type behind a verdict, its detail cut."""
    if verdict.startswith("refused:"):
        return verdict.split(":", 2)[1]
    return verdict.split(" ", 1)[0]


def summary(rows: list[dict[str, Any]]) -> list[str]:
    added = [r for r in rows if not r["kind"].startswith("own")]
    failures = [(r, p) for r in rows for p in r["wrong"]]
    lines = [f"pages audited: {len(added)} added, {len(rows) - len(added)} the families' own; "
             f"wrong verdicts: {len(failures)} (on {sum(1 for r in rows if r['wrong'])} pages)"]  # fmt: skip
    by = Counter((r["kind"], p, cause(r["verdicts"][p])) for r, p in failures)
    for (kind, path, why), n in sorted(by.items()):
        lines.append(f"  {kind:12} {path:9} {expected(kind) if not kind.startswith('own') else kind:8} got {why}: {n}")
    for r, p in failures:
        lines.append(f"    {r['site']} {r['kind']} {p}: {r['url'].split('/', 3)[-1]}  {r['verdicts'][p]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--family", action="append", help="only this family (repeatable)")
    parser.add_argument("--kind", action="append", choices=KINDS, help="only this kind (repeatable)")
    parser.add_argument("--json", help="write every page's row to this file")
    args = parser.parse_args(argv)
    rows = audit(args.family, kinds=tuple(args.kind) if args.kind else KINDS)
    print("\n".join(summary(rows)))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
