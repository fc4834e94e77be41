"""The "forms" part of the fixture corpus: the development families with the field's date lines
and bylines.

The sealed parts miss authors and dates that the development families never showed in the
form or place their portal writes them. This part measures exactly that on pages whose truth
is known: each development family's article pages, their own date and author evidence taken
out (every date line of the article's day, ``<meta>``/JSON-LD/RDFa dates and authors, the
byline and the signature line) and one of the conventions below written in, the same on every
page of a site (a site template: :data:`TEMPLATES`, assigned by the site's rank among the
part's site ids, so every template is used and the choice is stable), in the forms and
places Vietnamese government portals and provincial newspapers use:

- date lines: "Thứ Ba, 05/03/2024 - 08:40"; "05/03/2024 08:40:00 AM"; "Ngày đăng:
  05-03-2024"; "Cập nhật lúc 08:40 ngày 5/3/2024"; "05/03/2024 08:40 (GMT+7)"; "5 tháng 3,
  2024"; "05.03.2024"; "2024-03-05"; "Thứ ba, 5/3/2024, 08:40 (GMT+7)"; "05/03/2024 - 8h40"
  at the right of the breadcrumb; "Đăng lúc 08:40 ngày 05/03/2024" after the body;
  "05/03/24 08:40" between a category link and a view count; "2024-03-05 08:40:00";
  "Ngày đăng: ... | Cập nhật: ..." (two dates: the first is the publication); the date alone in a ``<span>`` of a row of share
  buttons and a view count ("Lượt xem: 123"), before or after the body; after the title or
  before it; at the foot of the body ("Lào Cai, ngày 5 tháng 3 năm 2024"); in a table cell
  of a document-style page; in a ``<time>`` with or without ``datetime``; in a header line
  with the author ("05/03/2024 08:40 | Minh Anh");
- bylines: at the end of the body as a right-aligned, bold or italic paragraph ("Minh Anh",
  "MINH ANH", two or three authors "Thu Hà - Ngọc Bích", "Bài, ảnh: ...", "Tin, ảnh: ...", a staff
  signature "PV" / "BTV" / "Nhóm PV", a name with a unit "Minh Anh (Trung tâm Văn hóa huyện
  Bát Xát)" or "Minh Anh - Phòng Văn hóa và Thông tin", a rank, degree or profession before
  the name "Thượng úy Minh Anh", "ThS. Minh Anh", "Luật sư Minh Anh", a source
  "Theo Báo Lào Cai", "Minh Anh (tổng hợp)", "Bài: Minh Anh - Ảnh: Thu Hà" (an unsigned
  article: the photo credit "Ảnh: Thu Hà" alone), a name and a position "Minh Anh - Phó
  Trưởng phòng Văn hóa", "Minh Anh, Chuyên viên Văn phòng"); "Tác giả: ..." / "Người viết: ..." / "Phóng viên: ..." under the
  title; an uppercase name between the lead and the body; in a separate element after the
  article block; in parentheses at the end of the last paragraph; in the date line, before
  or after the date ("Minh Anh | 2024-03-05 08:40:00").

Truth, as an archivist records it (the data model of /work/shared/DESIGN.md and the rules of
:mod:`pipelines.authors`): ``published_at`` is the family's, at midnight when the form shows
no time, with ``date_basis`` "updated" when the only date is "Cập nhật lúc ..."; the author is
the name as written (a label, a unit, a position, "(tổng hợp)" or a "(...)" after it is not
part of it; a photo credit "Ảnh: ..." is not an author; a rank is, as
:mod:`pipelines.authors` keeps it; two authors are "A, B"; an uppercase signature stays
uppercase: the source's spelling is never corrected), a staff signature as written, and none
for a source line ("Theo Báo Lào Cai" is the article's source). An author that is an office
("Trung tâm Khuyến nông") is given a person's pen name: the forms are a person's
presentations (capitals, two writers, a name with its unit or rank); an office signing alone
at the body's end is the author as signed (round 18), a presentation of its own tested in
``tests/unit/test_unit_signatures.py``. The body loses the family's signature line and gains the lines
the template writes inside the article block (a byline or source line at its end, the
place-and-date line at its foot); a byline after the article block is not body.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import ModuleType
from typing import Any

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from benchmarks.blind import _strip_authors, map_html, rewrite_html
from crawler.replica.site import Site
from pipelines.dom import clean, common_ancestor, contains

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_VI_MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")
_PEN_NAMES = ("Khánh Linh", "Ngọc Bích", "Thu Hà", "Minh Anh", "Quang Vinh", "Hải Đăng")
_STAFF = ("PV", "BTV", "Nhóm PV")
_UNITS = ("Trung tâm Văn hóa huyện Bát Xát", "Phòng Văn hóa và Thông tin", "Đài Truyền thanh xã")
_SOURCES = ("Báo Lào Cai", "Báo Yên Bái", "Cổng TTĐT tỉnh")
_DATE_KEYS = ("date", "time", "published", "modified", "created", "issued")
#: a personal name (2-5 capitalised words), or two joined by ", "; a staff abbreviation
_PERSON = re.compile(r"^[A-ZÀ-ỸĐ][^\W\d_]+(?: [A-ZÀ-ỸĐ][^\W\d_]+){1,4}$")
_ABBREV = re.compile(r"^[A-ZĐ.]{2,5}$")
_BARE_LABEL = re.compile(
    r"^(?:tác giả|người viết|người đăng|bài(?: và|,)? ảnh|tin(?: và|,)? ảnh|bài|tin|pv|phóng viên"
    r"|thực hiện|viết bởi|đăng bởi)\s*:?\s*[|–-]?$", re.IGNORECASE)


@dataclass(frozen=True)
class Template:
    """One site's date line and byline: ``date`` a form of :func:`date_text`, ``place`` where
    it goes ("after_title", "before_title", "tools_before", "tools_after", "foot", "table",
    "time", "time_bare", "with_author"), ``byline`` a form of :meth:`FormsArticle.byline`,
    ``by_place`` where it goes ("end", "label", "outside", "paren", "header")."""

    date: str
    place: str
    byline: str
    by_place: str = "end"


TEMPLATES: tuple[Template, ...] = (
    Template("weekday", "after_title", "plain"),
    Template("ampm", "after_title", "upper"),
    Template("ngay_dang", "before_title", "two"),
    Template("updated", "after_title", "bai_anh"),
    Template("gmt", "after_title", "tin_anh"),
    Template("thang", "after_title", "staff"),
    Template("dots", "after_title", "unit_paren"),
    Template("iso", "before_title", "source"),
    Template("dmy_hm", "tools_before", "tac_gia", "label"),
    Template("place", "foot", "nguoi_viet", "label"),
    Template("dmy", "table", "rank"),
    Template("dmy_hm", "time", "plain", "outside"),
    Template("hm_dmy", "time_bare", "plain", "paren"),
    Template("dmy_hm", "with_author", "plain", "header"),
    Template("dmy", "tools_after", "unit_dash"),
    Template("vnexpress", "after_title", "tong_hop"),
    Template("h", "crumb", "upper", "after_lead"),
    Template("dang_luc", "after_body", "bai_anh_split"),
    Template("short", "category", "phong_vien", "label"),
    Template("iso_time", "with_author_first", "plain", "header"),
    Template("two_dates", "after_title", "position"),
)


def _pick(key: str, n: int) -> int:
    return hashlib.sha1(key.encode()).digest()[0] % n


def date_text(form: str, when: datetime, site: str = "") -> str:
    """The date line of ``form`` for ``when`` (see the module's docstring)."""
    d, m, y, hm = when.day, when.month, when.year, f"{when.hour:02d}:{when.minute:02d}"
    dmy = f"{d:02d}/{m:02d}/{y}"
    if form == "weekday":
        return f"{_WEEKDAYS[when.weekday()]}, {dmy} - {hm}"
    if form == "ampm":
        h12 = when.hour % 12 or 12
        return f"{dmy} {h12:02d}:{when.minute:02d}:{when.second:02d} {'AM' if when.hour < 12 else 'PM'}"
    if form == "ngay_dang":
        return f"Ngày đăng: {d:02d}-{m:02d}-{y}"
    if form == "updated":
        return f"Cập nhật lúc {hm} ngày {d}/{m}/{y}"
    if form == "gmt":
        return f"{dmy} {hm} (GMT+7)"
    if form == "thang":
        return f"{d} tháng {m}, {y}"
    if form == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    if form == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if form == "place":
        return f"Lào Cai, ngày {d} tháng {m} năm {y}"
    if form == "dmy":
        return dmy
    if form == "hm_dmy":
        return f"{hm} - {dmy}"
    if form == "vnexpress":
        return f"{_WEEKDAYS[when.weekday()].replace('Thứ', 'thứ').capitalize()}, {d}/{m}/{y}, {hm} (GMT+7)"
    if form == "h":
        return f"{dmy} - {when.hour}h{when.minute:02d}"
    if form == "dang_luc":
        return f"Đăng lúc {hm} ngày {dmy}"
    if form == "short":
        return f"{dmy[:6]}{y % 100:02d} {hm}"
    if form == "iso_time":
        return f"{y}-{m:02d}-{d:02d} {hm}:00"
    if form == "two_dates":
        later = when + timedelta(days=2, hours=1, minutes=20)
        return f"Ngày đăng: {dmy} {hm} | Cập nhật: {later:%d/%m/%Y %H:%M}"
    return f"{dmy} {hm}"  # dmy_hm


#: the forms that show no time of day (their truth is at midnight)
DATE_ONLY = frozenset({"ngay_dang", "thang", "dots", "iso", "place", "dmy"})


def _day_patterns(when: datetime) -> list[re.Pattern[str]]:
    """Every way a page may write ``when``'s day (to take the family's own date lines out)."""
    d, m, y = when.day, when.month, when.year
    month = _VI_MONTHS[m - 1]
    return [
        re.compile(rf"(?<!\d)0?{d}\s*[/.-]\s*0?{m}\s*[/.-]\s*(?:{y}|{y % 100:02d})(?!\d)"),
        re.compile(rf"(?<!\d)0?{m}/0?{d}/{y}(?!\d)"),
        re.compile(rf"{y}-{m:02d}-{d:02d}"),
        re.compile(rf"(?<!\d)0?{d}\s+tháng\s+0?{m},?\s+(?:năm\s+)?{y}", re.IGNORECASE),
        re.compile(rf"tháng\s+{month}\s+0?{d},\s*{y}", re.IGNORECASE),
    ]


def _slots(root: HtmlElement) -> list[tuple[HtmlElement, str]]:
    out: list[tuple[HtmlElement, str]] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title"):
            continue
        out.append((el, "text"))
        out.append((el, "tail"))
    return out


def _code(el: HtmlElement) -> bool:
    """``el`` is (in) a script or style: data the page carries, never what it shows (a
    Next.js page repeats the article in ``<script id="__NEXT_DATA__">``)."""
    return any(x.tag in ("script", "style", "noscript", "template") for x in (el, *el.iterancestors()))


class _Page:
    """One page of an article: its title, its body's element and the body's text lines."""

    def __init__(self, doc: HtmlElement, art: Any) -> None:
        self.doc = doc
        self.art = art
        want = clean(art.title)
        heads = [
            el for el in doc.iter("h1", "h2", "h3", "h4", "div", "span", "p", "td", "strong", "b")
            if clean(el.text_content()) == want and not any(a.tag == "a" for a in el.iterancestors())
            and el.find(".//a") is None
        ]  # fmt: skip
        self.title = min(heads, key=lambda el: (el.tag not in ("h1", "h2", "h3"), -len(list(el.iterancestors()))), default=None)
        sig = clean(art.signature) if art.signature else None
        text = clean(doc.text_content())
        #: the body's lines this page shows (a split article's page shows some of them)
        self.lines = [clean(x) for x in art.body() if x and clean(x) != sig and clean(x) in text]
        self.signature = None
        if sig:
            self.signature = next((el for el in doc.iter() if isinstance(el.tag, str)
                                   and clean(el.text_content()) == sig), None)  # fmt: skip
        self.body: HtmlElement | None = None
        if self.lines:
            first, last = self.lines[0], self.lines[-1]
            for el in doc.iter():
                if isinstance(el.tag, str) and el.tag not in ("html", "head") and not _code(el):
                    t = clean(el.text_content())
                    if first in t and last in t:
                        self.body = el  # the deepest so far (document order: descendants later)
        last = clean(art.paragraphs[-1] if art.paragraphs else art.lead)
        self.has_last = last in self.lines
        self.last = last

    def in_text(self, value: str) -> bool:
        """``value`` is (part of) the article's title or body text."""
        v = clean(value)
        if not v:
            return False
        lines = [*self.lines, clean(self.art.title)]
        return any(v == x or (len(v) > 40 and v in x) or x in v for x in lines)

    def protected(self, el: HtmlElement) -> bool:
        if self.title is not None and (contains(self.title, el) or contains(el, self.title)):
            return True
        return self.in_text(el.text_content())


def _teaser(el: HtmlElement) -> bool:
    """``el`` is (in) a teaser of another article: a headline link, an item of a list."""
    links = [el] if el.tag == "a" else el.findall(".//a")
    return any(len(clean(a.text_content())) > 40 for a in links) or any(x.tag == "li" for x in el.iterancestors())


def _strip(page: _Page, patterns: list[re.Pattern[str]]) -> None:
    """Take out every text matching ``patterns`` (never the article's own text): the smallest
    element holding it when that holds nothing of the article, else the text alone."""
    for el, kind in _slots(page.doc):
        value = getattr(el, kind)
        if not value or not any(p.search(value) for p in patterns) or page.in_text(value):
            continue
        owner = el if kind == "text" else el.getparent()
        if owner is None or owner.getparent() is None:
            continue
        if _teaser(owner):
            continue  # a teaser of another article (its date may be this one's day)
        if page.protected(owner) or len(clean(owner.text_content())) > 160 or owner.tag in ("body", "html"):
            for p in patterns:
                value = p.sub("", value)
            setattr(el, kind, value)
        else:
            owner.drop_tree()


def _strip_structured(doc: HtmlElement, days: list[str]) -> None:
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag == "meta":
            name = f"{el.get('name', '')} {el.get('property', '')} {el.get('itemprop', '')}".lower()
            if any(k in name for k in (*_DATE_KEYS, "author", "creator")):
                el.drop_tree()
                continue
        if el.tag == "script" and "ld+json" in (el.get("type") or "") and el.text:
            try:
                data = _strip_authors(json.loads(el.text))
            except ValueError:
                continue
            el.text = json.dumps(_strip_dates(data), ensure_ascii=False)
        for key, value in list(el.attrib.items()):
            if key in ("datetime", "content", "title") or key.startswith("data-"):
                if any(day in value for day in days):
                    del el.attrib[key]
            if key in ("itemprop", "property") and any(k in value.lower() for k in (*_DATE_KEYS, "author", "creator")):
                del el.attrib[key]
        if "author" in (el.get("rel") or "").lower():
            del el.attrib["rel"]


def _strip_dates(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _strip_dates(v) for k, v in data.items() if not any(x in k.lower() for x in ("date", "time"))}
    if isinstance(data, list):
        return [_strip_dates(v) for v in data]
    return data


def _el(html: str) -> HtmlElement:
    return lxml.html.fragment_fromstring(html)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FormsArticle:
    """A family's article under its site's template: the truth as the rewritten pages show it."""

    def __init__(self, art: Any, template: Template, site: str, index: int) -> None:
        self.art = art
        self.template = template
        self.site = site
        self.index = index
        self.path = art.path
        when = datetime.fromisoformat(art.published)
        if template.date in DATE_ONLY:
            when = when.replace(hour=0, minute=0, second=0)
        elif template.date != "ampm":  # the forms with a time show its minute, not its second
            when = when.replace(second=0)
        self.when = when
        self.date_line = date_text(template.date, when, site)
        name = art.author
        if name and not (all(_PERSON.match(n) for n in name.split(", ")) or _ABBREV.match(name)):
            name = _PEN_NAMES[_pick(f"{site}\0{art.path}", len(_PEN_NAMES))]
        self.name = name  # the author as the family's pages name them (an office: a pen name)
        self.author, self.line = self.byline()

    def byline(self) -> tuple[str | None, str | None]:
        """(author truth, the byline's text) of the site's byline form for this article."""
        form, name, k = self.template.byline, self.name, self.index
        if form == "source":  # a reprint: "Theo Báo ..." (every other one signed too)
            src = f"Theo {_SOURCES[_pick(self.site, len(_SOURCES))]}"
            return (name, f"{name}\n{src}") if name and k % 2 == 0 else (None, src)
        if not name:  # an unsigned article of a "Bài: A - Ảnh: B" site credits its photos
            photo = f"Ảnh: {_PEN_NAMES[k % len(_PEN_NAMES)]}" if form == "bai_anh_split" else None
            return None, photo
        first = name.split(", ")[0]
        person = bool(_PERSON.match(first))
        if form == "upper":
            return name.upper(), name.upper()
        if form == "two":  # two writers, three on every other article
            others = [p for p in _PEN_NAMES if p not in name][: 1 + k % 2]
            names = [*name.split(", "), *others] if person else [name]
            return ", ".join(names), " - ".join(names)
        if form == "bai_anh":
            return name, f"Bài, ảnh: {name}"
        if form == "tin_anh":
            return name, f"Tin, ảnh: {name}"
        if form == "staff":
            staff = _STAFF[k % len(_STAFF)]
            return staff, staff
        if form == "unit_paren" and person and "," not in name:
            return name, f"{name} ({_UNITS[k % len(_UNITS)]})"
        if form == "unit_dash" and person and "," not in name:
            return name, f"{name} - {_UNITS[k % len(_UNITS)]}"
        if form == "rank" and person and "," not in name:
            # a rank, a degree, a profession: written with the name, as authors keeps a rank
            rank = ("Thượng úy", "ThS.", "Luật sư", "Trung tá")[k % 4]
            return f"{rank} {name}", f"{rank} {name}"
        if form == "tac_gia":
            return name, f"Tác giả: {name}"
        if form == "nguoi_viet":
            return name, f"Người viết: {name}"
        if form == "tong_hop":  # compiled by: the name is the author
            return name, f"{name} (tổng hợp)"
        if form == "bai_anh_split":  # "Bài: A - Ảnh: B": the writer is the author
            other = next(p for p in _PEN_NAMES if p not in name)
            return name, f"Bài: {name} - Ảnh: {other}"
        if form == "phong_vien":
            return name, f"Phóng viên: {name}"
        if form == "position" and person and "," not in name:
            position = ("Phó Trưởng phòng Văn hóa", "Chuyên viên Văn phòng", "Phó Chủ tịch Hội Nông dân")[k % 3]
            return name, f"{name}{(' - ', ', ')[k % 2]}{position}"  # after a dash or a comma
        return name, name

    def body(self) -> list[str]:
        lines = [x for x in self.art.body() if not (self.art.signature and x == self.art.signature)]
        by_place, place = self.template.by_place, self.template.place
        if self.line and by_place == "paren":
            last = self.art.paragraphs[-1] if self.art.paragraphs else self.art.lead
            lines = [f"{x} ({self.line})" if x == last else x for x in lines]
        if place == "foot":
            lines.append(self.date_line)
        if self.line and by_place == "end":
            lines.extend(self.line.split("\n"))
        if self.line and by_place == "after_lead":
            lines.insert(1, self.line)
        return lines

    def truth(self, base: str = "") -> dict[str, Any]:
        truth = self.art.truth(base)
        updated = self.template.date == "updated"
        truth.update(
            published_at=self.when.isoformat(),
            date_basis="updated" if updated else "published",
            updated_at=self.when.isoformat() if updated else None,
            author=self.author,
            body=self.body(),
        )
        if self.template.byline == "source" and self.line:
            truth["source"] = self.line.split("\n")[-1].removeprefix("Theo ")
        return truth

    # -- the page ---------------------------------------------------------------------
    def rewrite(self, doc: HtmlElement) -> None:
        """Take the family's date and author evidence out of ``doc``, write the template's."""
        page = _Page(doc, self.art)
        if page.title is None or page.body is None:
            return
        days = [self.art.published[:10]] + ([self.art.updated[:10]] if self.art.updated else [])
        patterns = [p for day in days for p in _day_patterns(datetime.fromisoformat(day))]
        if self.art.date_line and any(ch.isdigit() for ch in self.art.date_line):
            patterns.append(re.compile(re.escape(self.art.date_line)))
        _strip_structured(doc, days)
        for el in list(doc.iter()):  # a date split over elements ("11", "Tháng 3", "2024", "08:40")
            if isinstance(el.tag, str) and el.getparent() is not None and el.tag not in ("body", "html"):
                t = clean(el.text_content())
                if len(t) <= 60 and any(p.search(t) for p in patterns) and not page.protected(el) and not _teaser(el):
                    el.drop_tree()
        _strip(page, patterns)
        names = {x for x in (self.art.signature, self.art.byline) if x}
        names |= set((self.art.author or "").split(", ")) - {""}
        if names:
            _strip(page, [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)") for n in sorted(names, key=len, reverse=True)])
        if page.signature is not None and page.signature.getparent() is not None:
            page.signature.drop_tree()
        for el in list(doc.iter()):  # a label its name was taken from ("Bài và ảnh: ")
            if isinstance(el.tag, str) and el.getparent() is not None and _BARE_LABEL.match(clean(el.text_content())):
                el.drop_tree()
        self._write(page)

    def _write(self, page: _Page) -> None:
        t, title, body = self.template, page.title, page.body
        text = _esc(self.date_line)
        views = 100 + _pick(f"{self.site}\0{self.path}", 200) * 7
        tools = (
            f'<div class="tools"><a href="#share">Chia sẻ</a> <a href="#print">In bài</a> '
            f"<span>{text}</span> <span>Lượt xem: {views}</span></div>"
        )
        line = _esc(self.line) if self.line else ""
        has_last = page.has_last  # the article's last page (a split one's too)
        if t.place == "after_title":
            _beside(title, _el(f'<div class="date">{text}</div>'))
        elif t.place == "before_title":
            _beside(title, _el(f'<div class="date">{text}</div>'), before=True)
        elif t.place == "tools_before":
            _beside(title, _el(tools))
        elif t.place == "tools_after" and has_last:
            _beside(body, _el(tools))
        elif t.place == "foot" and has_last:
            _at_end(page, _el(f'<p style="text-align: right;"><em>{text}</em></p>'))
        elif t.place == "table":
            _beside(title, _el(
                '<table class="vb"><tr><td>Ngày ban hành:</td>'
                f"<td>{text}</td></tr><tr><td>Lượt xem:</td><td>{views}</td></tr></table>"
            ))  # fmt: skip
        elif t.place == "time":
            _beside(title, _el(f'<div><time datetime="{self.when.isoformat()}">{text}</time></div>'))
        elif t.place == "time_bare":
            _beside(title, _el(f"<div><time>{text}</time></div>"))
        elif t.place == "with_author":
            shown = f"{text} | {line}" if line else text
            _beside(title, _el(f'<div class="meta">{shown}</div>'))
        elif t.place == "with_author_first":
            shown = f"{line} | {text}" if line else text
            _beside(title, _el(f'<div class="meta">{shown}</div>'))
        elif t.place == "crumb":
            _beside(title, _el(
                '<div class="crumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a>'
                f' <span class="right">{text}</span></div>'
            ), before=True)  # fmt: skip
        elif t.place == "category":
            _beside(title, _el(
                f'<p class="meta"><a href="/tin-tuc">Tin tức</a> | <span>{text}</span> | '
                f"<span>Lượt xem: {views}</span></p>"
            ))  # fmt: skip
        elif t.place == "after_body" and has_last:
            _beside(body, _el(f'<div class="post-date">{text}</div>'))
        if not line:
            return
        if t.by_place == "end" and has_last:
            for k, part in enumerate(line.split("\n")):
                style = ('<p style="text-align: right;"><strong>{}</strong></p>', "<p><b>{}</b></p>",
                         '<p style="text-align: right;"><em>{}</em></p>')[_pick(self.site, 3) if k == 0 else 2]  # fmt: skip
                _at_end(page, _el(style.format(part)))
        elif t.by_place == "after_lead":
            lead = next((el for el in body.iter() if isinstance(el.tag, str) and clean(el.text_content()) == clean(self.art.lead)), None)
            if lead is not None:
                lead.addnext(_el(f'<p class="author"><strong>{line}</strong></p>'))
        elif t.by_place == "label":
            _beside(title, _el(f'<div class="author">{line}</div>'))
        elif t.by_place == "outside" and has_last:
            found = common_ancestor(title, body)
            block = found if found is not None else body
            _beside(block, _el(f'<div class="author-name">{line}</div>'))
        elif t.by_place == "paren" and has_last:
            _after_text(body, page.last, f" ({self.line})")


def _cell(new: HtmlElement) -> HtmlElement:
    row = etree.Element("tr")
    etree.SubElement(row, "td").append(new)
    return row


def _beside(el: HtmlElement, new: HtmlElement, before: bool = False) -> None:
    """``new`` right after (before) ``el``, as a row of its own when ``el`` is in a table
    row (a ``<div>`` between cells is not valid HTML: a browser moves it out of the table)."""
    if el.tag == "body":  # a print view's body is the article: at its end
        el.append(new)
        return
    while el.tag in ("td", "th") and el.getparent() is not None and el.getparent().tag == "tr":
        el = el.getparent()
    if el.tag == "tr":
        new = _cell(new)
    (el.addprevious if before else el.addnext)(new)


def _text_end(page: _Page, el: HtmlElement) -> HtmlElement:
    """``el``, or the part of it the article's text ends in when ``el`` goes on past the body's
    last line with links (an old table template's body cell or article table also holds the
    "In trang | Về đầu trang" tools line and the "Tin liên quan" list): a portal writes what
    follows the body (a signature row, an author block) right after its text, never after its
    tools and related links, so "after ``el``" is after that part (the row or element of ``el``
    holding the last line and nothing after it)."""
    end = page.lines[-1][-30:]
    while True:
        holder = None
        nodes = [x for x in el.iter() if isinstance(x.tag, str)]
        for k, x in enumerate(nodes):
            if end in clean(x.text_content()):
                holder = k  # the deepest holding it (document order: descendants later)
        if holder is None:
            return el
        inside = set(nodes[holder].iter())
        if not any(
            x.tag == "a" and clean(x.text_content()) and x not in inside for x in nodes[holder + 1 :]
        ):  # fmt: skip
            return el
        child = next((c for c in el if isinstance(c.tag, str) and end in clean(c.text_content())), None)
        if child is None:  # the last line is ``el``'s own text, the links after it in ``el``
            return el
        el = child


def _at_end(page: _Page, new: HtmlElement) -> None:
    """``new`` right after the body's last line, beside it (before a "Tin liên quan" box the
    article block may hold after the body), at the body's end when its lines are not
    elements of their own."""
    body, last = page.body, page.lines[-1]
    holder = None
    for el in body.iter():
        if isinstance(el.tag, str) and last in clean(el.text_content()):
            holder = el  # the deepest holding it (document order: descendants later)
    while holder is not None and holder is not body and holder.tag not in _BLOCKS:
        holder = holder.getparent()  # an inline element's line: its block
    if holder is None or holder is body or holder.tag in ("td", "th", "tr", "tbody", "table"):
        root = holder if holder is not None and holder.tag in ("td", "th") else body
        end = last[-30:]
        for el, kind in _slots(root):  # lines apart by <br>: right after the last one's text
            if end in clean(getattr(el, kind) or "") and (kind == "text" or el is not root):
                new.set("data-forms", "1")
                if kind == "text":
                    el.insert(0, new)
                else:
                    el.addnext(new)
                return
        _append(root, new)
        return
    while holder.getnext() is not None and holder.getnext().get("data-forms"):
        holder = holder.getnext()  # after the lines written already
    new.set("data-forms", "1")
    holder.addnext(new)


_BLOCKS = ("p", "div", "li", "blockquote", "td", "th", "tr", "tbody", "table", "section", "article", "figure")


def _append(parent: HtmlElement, new: HtmlElement) -> None:
    """``new`` at the end of ``parent`` (in a row of its own in a table)."""
    if parent.tag == "tr":
        etree.SubElement(parent, "td").append(new)
    elif parent.tag in ("table", "tbody", "thead"):
        parent.append(_cell(new))
    else:
        parent.append(new)


def _after_text(root: HtmlElement, line: str, extra: str) -> None:
    """Write ``extra`` right after the text ``line`` ends with, inside ``root``."""
    end = line[-30:]
    for el, kind in _slots(root):
        value = getattr(el, kind) or ""
        at = clean(value).rfind(end)
        if at >= 0:
            setattr(el, kind, clean(value)[: at + len(end)] + extra + clean(value)[at + len(end) :])
            return


def forms_html(body: bytes, content_type: str | None, art: FormsArticle) -> bytes:
    """One page of ``art`` rewritten to its site's template, as UTF-8."""
    return rewrite_html(body, content_type, art.rewrite)


def _owner(target: str, arts: list[FormsArticle]) -> FormsArticle | None:
    """The article a page shows: its own URL, or a copy of it (a print view, a second page,
    a ``?redirect=`` copy)."""
    for art in arts:
        if target == art.path or target.startswith((art.path + "?", art.path + "&")):
            return art
    return None


def _identity(body: bytes, ctype: str | None) -> bytes:
    """A page that shows no article, written back as UTF-8 like the rewritten ones."""
    return rewrite_html(body, ctype, lambda doc: None)


class FormsFamily:
    """A development family under one site template (see the module's docstring): the same
    site id, base URL and chrome, its articles' truth as the template shows it."""

    def __init__(self, family: ModuleType, template: Template) -> None:
        self.family = family
        self.template = template
        self.SITE_ID = family.SITE_ID
        self.NAME = getattr(family, "NAME", family.SITE_ID)
        self.CHROME = [*family.CHROME, "Lượt xem:", "Chia sẻ"]
        self.ARTICLES = [FormsArticle(a, template, self.SITE_ID, i) for i, a in enumerate(family.ARTICLES)]
        if hasattr(family, "BASE_URL"):
            self.BASE_URL = family.BASE_URL

    def build_site(self) -> Site:
        def rewrite(body: bytes, ctype: str, target: str) -> bytes:
            art = _owner(target, self.ARTICLES)
            return forms_html(body, ctype, art) if art else _identity(body, ctype)

        return map_html(self.family.build_site(), rewrite)


def forms_families(dev: dict[str, ModuleType]) -> dict[str, FormsFamily]:
    """The part: each development family under the template of its rank among the site ids
    (every template used, each site's stable while the families are)."""
    return {k: FormsFamily(f, TEMPLATES[i % len(TEMPLATES)]) for i, (k, f) in enumerate(sorted(dev.items()))}
