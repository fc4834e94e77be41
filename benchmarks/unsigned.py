"""The "unsigned" part of the fixture corpus: the development families with about half of
each site's articles unsigned, something else standing where the byline would be.

A crawl learns where a site puts its byline from the signed pages (the site model's author
slot, :mod:`pipelines.inference`) and reads that place on every page of the template. On a
real portal not every article is signed: a reprint carries its source line there, a notice
its signatory, a photo story its caption, an editorial a bold closing sentence. The other
parts sign every article of a site the same way (or none), so a slot that reads whatever
sits at the place never shows. This part keeps each family's own byline on the even-indexed
articles and, on the odd ones, writes one kind of non-author line into the very element that
held the byline or signature (same tag, same class: the place the model learned), the same
kind on every page of a site (:data:`KINDS`, by the site's rank among the part's site ids):

- ``source``: "Nguồn: Báo Lào Cai" (a source, not a writer);
- ``theo``: "(Theo TTXVN)";
- ``caption``: "Ảnh: minh hoạ" (a photo credit that names no one);
- ``closing``: a bold closing sentence ("Hãy chung tay xây dựng quê hương ngày càng giàu
  đẹp!");
- ``quote``: a quote's attribution ("(Trích lời Chủ tịch Hồ Chí Minh)");
- ``editor``: an editor's line "Biên tập: Thu Trang";
- ``signatory``: a notice's signatory block ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", a name);
- ``slogan``: a short bold slogan whose words are capitalised like a name ("Vì Nhân Dân
  Phục Vụ");
- ``dateline``: a place and date line ("Lào Cai, ngày 5 tháng 3 năm 2024", the article's
  own day).

On every fourth site, one signed article's date line (its element, the place the model
learned the date from) holds another date: an event's ("Thời gian diễn ra: 20/03/2024") or
an update's ("Cập nhật: 07/03/2024 11:15"), the publication date written under the
headline ("Ngày đăng: 05/03/2024 08:15"); the truth's date is the publication date.

Truth: an unsigned article names no author (``None``); its body is the family's with the
signature line (when the byline was one) replaced by the kind's lines (they sit at the
body's end, where the signature was); the byline above the body is not body either way. A
family that shows its author only in the page's data gets the lines at the body's end. The
structured-data authors of an unsigned page (``<meta name=author>``, JSON-LD, microdata) are
taken out with the family's other mentions of the writer's name. Dates, titles and the
signed articles are the family's. Pages are written back as UTF-8.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from types import ModuleType
from typing import Any

from lxml.html import HtmlElement

from benchmarks.blind import DerivedFamily, map_html, rewrite_html
from benchmarks.bylines import _strip_evidence
from benchmarks.forms import _at_end, _beside, _el, _esc, _owner, _Page
from crawler.replica.site import Site
from pipelines.dom import clean

#: the kinds, in the order sites take them (see the module's docstring)
KINDS = ("source", "theo", "caption", "closing", "quote", "editor", "signatory", "slogan", "dateline")
_LINES: dict[str, tuple[tuple[str, ...], ...]] = {
    "source": (("Nguồn: Báo Lào Cai",), ("Nguồn: Cổng TTĐT tỉnh",)),
    "theo": (("(Theo TTXVN)",), ("(Theo Báo Nhân Dân)",)),
    "caption": (("Ảnh: minh hoạ",), ("Ảnh minh họa",)),
    "closing": (("Hãy chung tay xây dựng quê hương ngày càng giàu đẹp!",),
                ("Mọi ý kiến đóng góp xin gửi về Văn phòng UBND xã.",)),
    "quote": (("(Trích lời Chủ tịch Hồ Chí Minh)",), ("- Chủ tịch Hồ Chí Minh -",)),
    "editor": (("Biên tập: Thu Trang",), ("Biên tập viên: Hồng Vân",)),
    "signatory": (("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Thành"),
                  ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trịnh Xuân Trường")),
    "slogan": (("Vì Nhân Dân Phục Vụ",), ("Đoàn Kết Sáng Tạo",)),
    "dateline": ((),),  # the article's own day, written per article
}  # fmt: skip


def _dateline(published: str) -> str:
    y, m, d = published[:10].split("-")
    return f"Lào Cai, ngày {int(d)} tháng {int(m)} năm {y}"


class UnsignedArticle:
    """A family's article, signed as the family signs it (even index) or unsigned with the
    site's kind of line at the byline's place (odd index)."""

    def __init__(self, art: Any, kind: str, index: int, date_kind: str | None = None) -> None:
        self.art, self.kind, self.index = art, kind, index
        self.path = art.path
        #: the date's place holds another date on this page ("event", "updated"), the
        #: publication date written under the headline
        self.date_kind = date_kind if index == DATE_INDEX else None
        self.unsigned = index % 2 == 1 and bool(art.signature or art.byline or art.author)
        if kind == "dateline":
            self.lines = [_dateline(art.published)]
        else:
            forms = _LINES[kind]
            self.lines = list(forms[(index // 2) % len(forms)])

    def __getattr__(self, name: str) -> Any:  # title, published, signature, ...: the family's
        return getattr(self.art, name)

    def body(self) -> list[str]:
        lines = self.art.body()
        if not self.unsigned:
            return lines
        if not self.art.signature:  # no place of its own: written at the body's end
            return [*lines, *self.lines] if not self.art.byline else lines
        return [y for x in lines for y in (self.lines if x == self.art.signature else [x])]

    def truth(self, base: str = "") -> dict[str, Any]:
        truth = self.art.truth(base)
        if self.unsigned:
            truth.update(author=None, body=self.body())
        return truth

    def rewrite(self, doc: HtmlElement) -> bool | None:
        if self.date_kind:
            self._move_date(doc)
        if not self.unsigned:
            return None if self.date_kind else False
        page = _Page(doc, self.art)
        slot = page.signature if page.signature is not None else _byline_el(doc, self.art.byline)
        if slot is not None:
            _fill(slot, self.lines)
            page.signature = None  # written: not the family's signature any more
        for script in doc.iter("script"):  # a page's data holding the body (Next.js)
            if self.art.signature and script.text and self.art.signature in script.text:
                script.text = script.text.replace(self.art.signature, "<br>".join(self.lines))
        _strip_evidence(page, self.art)
        if slot is None and not self.art.byline and page.body is not None and page.has_last:
            for line in self.lines:
                _at_end(page, _el(f"<p><strong>{_esc(line)}</strong></p>"))
        return None


    def _move_date(self, doc: HtmlElement) -> None:
        """The date line's element given another date, the publication date written as
        "Ngày đăng: dd/mm/yyyy HH:MM" under the headline."""
        page = _Page(doc, self.art)
        slot = _byline_el(doc, self.art.date_line, slack=12)
        if slot is None or page.title is None or slot.tag == "time":
            return
        when = datetime.fromisoformat(self.art.published)
        if self.date_kind == "event":
            other = when + timedelta(days=15)
            line = f"Thời gian diễn ra: {other:%d/%m/%Y}"
        else:
            other = when + timedelta(days=2, hours=3)
            line = f"Cập nhật: {other:%d/%m/%Y %H:%M}"
        _fill(slot, [line])
        for script in doc.iter("script"):  # the page's data keeps the publication date
            if script.text and self.art.date_line in script.text:
                script.text = script.text.replace(self.art.date_line, line)
        shown = f"{when:%d/%m/%Y}" + (f" {when:%H:%M}" if when.hour or when.minute else "")
        shown += f":{when:%S}" if when.second else ""
        _beside(page.title, _el(f"<p>Ngày đăng: {shown}</p>"))


#: the article of a site whose date's place holds another date (a signed one)
DATE_INDEX = 2


def _byline_el(doc: HtmlElement, line: str | None, slack: int = 40) -> HtmlElement | None:
    """The smallest element holding ``line`` (and little else)."""
    if not line:
        return None
    want = clean(line)
    found = None
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "head", "script", "style", "title"):
            continue
        text = clean(el.text_content())
        if want in text and len(text) <= len(want) + slack:
            found = el  # the deepest so far
    return found


def _fill(el: HtmlElement, lines: list[str]) -> None:
    """The element's content replaced by ``lines`` (one a line), its tag and attributes kept."""
    for child in list(el):
        el.remove(child)
    el.text = lines[0] if lines else ""
    for line in lines[1:]:
        br = _el("<br>")
        br.tail = line
        el.append(br)


class UnsignedFamily(DerivedFamily):
    """A development family with its odd-indexed articles unsigned under one kind."""

    def __init__(self, family: ModuleType, kind: str, date_kind: str | None = None) -> None:
        super().__init__(family)
        self.kind = kind
        self.ARTICLES = [UnsignedArticle(a, kind, i, date_kind) for i, a in enumerate(family.ARTICLES)]

    def build_site(self) -> Site:
        def rewrite(body: bytes, ctype: str, target: str) -> bytes:
            art = _owner(target, self.ARTICLES)
            return rewrite_html(body, ctype, art.rewrite if art else (lambda doc: None))

        return map_html(self.family.build_site(), rewrite)


def unsigned_families(dev: dict[str, ModuleType]) -> dict[str, UnsignedFamily]:
    """The part: each development family under the kind of its rank among the site ids."""
    return {
        k: UnsignedFamily(f, KINDS[i % len(KINDS)], DATE_KINDS[i // 4 % 2] if i % 4 == 1 else None)
        for i, (k, f) in enumerate(sorted(dev.items()))
    }


#: what the date's place holds on one article of every fourth site
DATE_KINDS = ("event", "updated")
