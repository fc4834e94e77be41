"""The "perturbed" part of the fixture corpus: the development families with portal widgets.

Issue 10 names a classic failure of a generic extractor on an unseen portal: its widgets
taken for the article's fields (a weather box's city as the author, a "Tin mới" list's date
as the article's, a visitor counter or "THƯ VIỆN ẢNH" as the title, widget lines leaked into
the body, a page of widgets stored as an article). This part measures exactly that on pages
whose truth is known: each development family's pages and truth, transformed
deterministically (seeded by the site id) so that every HTML page of a site carries the same
set of widgets, where portals put them:

- a header area, before everything: a "Người đăng: admin | <date>" line and a weather box
  (a city, a temperature, a humidity);
- a sidebar, after the page's own content in source order (before it on about one site in
  :data:`SIDEBAR_FIRST`): a visitor counter ("Thống kê truy cập", "Đang online: 37",
  "Tổng lượt truy cập: 1.234.567"; its figures differ from page to page, as a counter's
  do), a "Tin mới" or "Tin xem nhiều" list of five linked titles of the family's other
  articles (padded with other corpus titles; an article page's own title is left out, so
  the list differs a little from page to page) each with a date no article of the family is
  published on, a "Lịch công tác" box with the day of capture
  (:data:`TODAY`) and a "THƯ VIỆN ẢNH" photo and video box;
- a footer, after everything: a contact box ("Trưởng ban biên tập: Nguyễn Văn Hùng",
  "Điện thoại: 0214 ...", an e-mail) and a © line.

The page's own content (every child of ``<body>``) is wrapped in one or two extra ``<div>``
elements (a content column beside the sidebar). Widget class names are drawn per site from
words portals use (some that a boilerplate rule may know, some it cannot). Pages are written
back as UTF-8. The truth is the family's, unchanged; the widgets' texts are added to the
family's chrome lines (:func:`widget_lines`), so any that reach a body counts as a leak.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from types import ModuleType
from typing import Any

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from benchmarks.blind import DerivedFamily, map_html, rewrite_html
from crawler.replica.site import Site

#: the day of capture the "Lịch công tác" box shows (fixed: the part is deterministic)
TODAY = date(2026, 11, 30)
#: about one site in SIDEBAR_FIRST has its sidebar before the content in source order
SIDEBAR_FIRST = 3
_CITIES = ("TP Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Lai Châu", "Cần Thơ")
_CLASS_WORDS = (
    ("portlet", "portlet-title", "portlet-body"),
    ("module", "module-title", "module-content"),
    ("box", "box-head", "box-body"),
    ("khoi", "khoi-tieude", "khoi-noidung"),
    ("pnl", "pnl-hd", "pnl-ct"),
)
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_GALLERY = (
    "Hội nghị tổng kết công tác năm",
    "Lễ ra quân hưởng ứng Tết trồng cây",
    "Tiếp xúc cử tri",
)


def _pick(site_id: str, what: str, n: int) -> int:
    """A stable choice among ``n`` for ``what`` on the site (its id seeds every choice)."""
    return hashlib.sha1(f"{site_id}\0{what}".encode()).digest()[0] % n


def _dmy(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


class Widgets:
    """The widgets of one site: the same on every page (see the module's docstring)."""

    def __init__(self, site_id: str, name: str, articles: list[Any]) -> None:
        from tests.families.texts import TEXTS

        self.site_id = site_id
        self.sidebar_first = _pick(site_id, "sidebar", SIDEBAR_FIRST) == 0
        self.wraps = 1 + _pick(site_id, "wraps", 2)
        self.cls = _CLASS_WORDS[_pick(site_id, "class", len(_CLASS_WORDS))]
        self.city = _CITIES[_pick(site_id, "city", len(_CITIES))]
        self.temp = 24 + _pick(site_id, "temperature", 10)
        self.heading = ("Tin mới", "Tin xem nhiều")[_pick(site_id, "heading", 2)]
        taken = {a.published[:10] for a in articles}
        latest = max((date.fromisoformat(d) for d in taken), default=TODAY - timedelta(days=30))
        days = (latest + timedelta(days=k) for k in range(1, 60))
        free = [d for d in days if d.isoformat() not in taken]
        posted = date(2023, 1, 12)
        while posted.isoformat() in taken:
            posted -= timedelta(days=1)
        self.posted = posted
        used = {a.text for a in articles}
        items = [(a.title, a.path) for a in articles]
        extra = (i for i in range(len(TEXTS)) if i not in used)
        while len(items) < 6:
            i = next(extra)
            items.append((TEXTS[i][0], f"/tin-tuc/{i}.html"))
        self.items = items
        self.dates = free[: len(items)]  # a title keeps its date on every page
        self.name = name

    def lines(self) -> list[str]:
        """The widgets' texts a body must not hold (the derived family's extra chrome)."""
        return [
            f"Người đăng: admin | {_dmy(self.posted)}",
            f"{self.city}: {self.temp}°C",
            "Thống kê truy cập",
            "Đang online:",
            "Tổng lượt truy cập:",
            *(f"({_dmy(d)})" for d in self.dates),
            "Lịch công tác",
            f"{_WEEKDAYS[TODAY.weekday()]}, {_dmy(TODAY)}",
            "THƯ VIỆN ẢNH",
            "Trưởng ban biên tập: Nguyễn Văn Hùng",
            "Điện thoại: 0214 3821 456",
            "© Bản quyền thuộc",
        ]

    def _box(self, title: str, inner: str, tag: str = "div") -> str:
        box, head, body = self.cls
        return (
            f'<{tag} class="{box}"><div class="{head}">{title}</div>'
            f'<div class="{body}">{inner}</div></{tag}>'
        )

    def header(self) -> str:
        weather = self._box(
            "Thời tiết",
            f"<span>{self.city}: {self.temp}°C</span><span>Độ ẩm: {60 + self.temp}%</span>",
        )
        return f"<div><p>Người đăng: admin | {_dmy(self.posted)}</p>{weather}</div>"

    def news(self, target: str) -> list[tuple[str, str, date]]:
        """The list's five (title, path, day): the family's articles but the page's own."""
        return [(t, p, d) for (t, p), d in zip(self.items, self.dates, strict=True) if p != target][
            :5
        ]

    def sidebar(self, target: str) -> str:
        # a counter counts every request: its figures differ from page to page
        online = 20 + _pick(self.site_id, f"online {target}", 50)
        total = 1_234_567 + _pick(self.site_id, f"total {target}", 250) * 7
        counter = self._box(
            "Thống kê truy cập",
            f"<p>Đang online: {online}</p><p>Hôm nay: 1.024</p>"
            f"<p>Tổng lượt truy cập: {total:,}</p>".replace(",", "."),
        )
        news = self._box(
            self.heading,
            "<ul>"
            + "".join(
                f'<li><a href="{path}">{_esc(title)}</a> <span>({_dmy(day)})</span></li>'
                for title, path, day in self.news(target)
            )
            + "</ul>",
        )
        today = f"{_WEEKDAYS[TODAY.weekday()]}, {_dmy(TODAY)}"
        agenda = self._box(
            "Lịch công tác",
            f"<p>{today}</p><p>08:00 Giao ban Thường trực</p><p>14:00 Tiếp công dân định kỳ</p>",
        )
        gallery = self._box(
            "THƯ VIỆN ẢNH",
            "".join(
                f'<a href="/thu-vien-anh/{i}.html"><img src="/images/gallery/{i}.jpg" alt="{t}">'
                f"<span>{t}</span></a>"
                for i, t in enumerate(_GALLERY, 1)
            )
            + '<a href="/video.html">Video</a> <a href="/thu-vien-anh.html">Xem thêm</a>',
        )
        return f"<div>{counter}{news}{agenda}{gallery}</div>"

    def footer(self) -> str:
        contact = self._box(
            "Liên hệ",
            "<p>Trưởng ban biên tập: Nguyễn Văn Hùng</p><p>Điện thoại: 0214 3821 456</p>"
            f"<p>Email: bbt@{self.site_id}.gov.vn</p>",
        )
        return (
            f"<div>{contact}<p>© Bản quyền thuộc {_esc(self.name)}. "
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>"
        )


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _fragment(html: str) -> HtmlElement:
    return lxml.html.fragment_fromstring(html)


def perturb_tree(doc: HtmlElement, widgets: Widgets, target: str = "/") -> None:
    """Wrap ``doc``'s body content, add the header, sidebar and footer widgets."""
    body = doc.find("body")
    if body is None:
        return
    content = etree.Element("div")
    content.text, body.text = body.text, None
    for child in list(body):
        content.append(child)  # moves it, tail and all
    for _ in range(widgets.wraps - 1):
        outer = etree.Element("div")
        outer.append(content)
        content = outer
    columns = etree.SubElement(body, "div")
    sidebar = _fragment(widgets.sidebar(target))
    columns.extend([sidebar, content] if widgets.sidebar_first else [content, sidebar])
    body.insert(0, _fragment(widgets.header()))
    body.append(_fragment(widgets.footer()))


def perturb_html(
    body: bytes, content_type: str | None, widgets: Widgets, target: str = "/"
) -> bytes:
    """One HTML page with the site's widgets (see the module's docstring), as UTF-8."""
    return rewrite_html(body, content_type, lambda doc: perturb_tree(doc, widgets, target))


def perturb_site(site: Site, widgets: Widgets) -> Site:
    """The site with the widgets on every HTML page (other responses as they were)."""
    return map_html(site, lambda body, ctype, _: perturb_html(body, ctype, widgets))


class PerturbedFamily(DerivedFamily):
    """A development family with portal widgets: the same site id, base URL and articles
    (their truth unchanged), its chrome lines and the widgets'."""

    def __init__(self, family: ModuleType) -> None:
        super().__init__(family)
        self.widgets = Widgets(self.SITE_ID, self.NAME, self.ARTICLES)
        self.CHROME += self.widgets.lines()

    def build_site(self) -> Site:
        return perturb_site(self.family.build_site(), self.widgets)
