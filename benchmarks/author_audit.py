"""Author mechanism audit: every byline presentation, at every place portals write it, on
every family template, must give the writer (and no one on an unsigned article).

    python -m benchmarks.author_audit                        # dev + validation, both paths
    python -m benchmarks.author_audit --site fx-joomla --position end_right_strong
    python -m benchmarks.author_audit --rounds 0 --json /tmp/author_audit.json

A mechanism audit (issue 10), like :mod:`benchmarks.invariance` for no-op rewrites: the
article pages of the non-sealed families (the parts of :data:`PARTS`, loaded as
:mod:`benchmarks.extraction_quality` loads them) lose their own author evidence (the
byline, the signature line, ``<meta>``/JSON-LD/microdata authors:
:func:`benchmarks.bylines._strip_evidence`) and get one byline written in one
**presentation** (:data:`PRESENTATIONS`: its text and the author an archivist records
for it) at one **position** (:data:`POSITIONS`: the place in the article's block and the
markup portals use there). One site variant per (family, position): the position is the
site's template, the same on every article page; the presentations rotate over the
articles (article ``i`` of the family of rank ``r`` takes presentation ``i + r + round *
len(articles)`` of those that fit the position, so over the families every presentation
meets every position on several templates; ``--rounds N`` adds N more rotations, 0 covers
every presentation on every family). Each variant is extracted on the single-page path
(the ad-hoc profile, chrome learned from the site's pages) and on the crawl path (the
ad-hoc crawl: the site model of the variant's pages once confident), both as
:func:`benchmarks.extraction_quality.crawl_like` does, and every article whose author is
not the truth is listed with its cause:

- ``missed``: no author where the presentation names one;
- ``wrong``: another name (a part of it, a label or a unit kept, another line);
- ``invented``: a name on an unsigned variant (the presentation names a source, a
  photographer, or nothing);
- ``dropped``: the page is no longer an article record (the byline made it something else).

The presentations are the ones Vietnamese government portals and provincial papers sign
with (and the public benchmarks' tuning half shows in other languages: a name alone, in
capitals, two names, a label): a bare name, a full name, capitals, initials, "Tin, ảnh:",
"Bài và ảnh:", "Tác giả:", "Người viết:", "Phóng viên:", "PV", "Nhóm PV", two writers "A -
B", a newsroom after a dash or a slash ("A - TTXVN", "A/TTXVN"), a unit in brackets, a
position after the name, "Bài: A - Ảnh: B", a reprint naming its writer "Theo A (Báo X)";
unsigned: nothing at all, "Nguồn: Báo X", "Theo Báo X", "(Theo TTXVN)", a photo credit
"Ảnh: B"; since session 15 also "Tin: A; Ảnh: B", "A - B (Trung tâm VHTT huyện)", "Nhóm phóng
viên", "Tác giả: A, B", "A (tổng hợp)", "BBT", "ThS. A" (kept, as a rank), "A - Email: x@y",
"Thực hiện: A" (:data:`BEFORE_15` names the catalog earlier figures were measured on: pass
those as ``--presentation`` to compare). The positions: the body's last paragraph (right-aligned bold, bold, right-aligned
italic, plain, an old ``<div align="right">``), bold or italic at the end of the last
paragraph, inside it; the first block after the body (a right-aligned paragraph, a table
row); after the article's block; right above and right below the headline; the body's first
line; since session 15 a classed ``<div class="tacgia">`` right before the body and a one-cell
right-aligned table after the article's block. A presentation is written only where portals write it (:data:`FITS`): a bare name
never opens the body, a label never closes the last sentence, a name in capitals is never
put over the headline (a kicker's place).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from benchmarks.blind import DerivedFamily, map_html, rewrite_html
from benchmarks.bylines import _block, _bold_after, _strip_evidence
from benchmarks.extraction_quality import (
    crawl_like,
    families,
    family_base,
    mode_profile,
    site_pages,
)
from benchmarks.forms import _BLOCKS, _at_end, _beside, _code, _el, _esc, _owner, _Page, _text_end
from crawler.replica.site import Site
from pipelines.dom import clean

PARTS = ("dev", "validation")
MODES = {"single": "single", "crawl": "adhoc"}  # the audit's path -> the benchmark's mode
_PEN_NAMES = ("Khánh Linh", "Ngọc Bích", "Thu Hà", "Minh Anh", "Quang Vinh", "Hải Đăng")
_FULL = ("Nguyễn Thị Minh Anh", "Trần Văn Hùng", "Lê Thu Hà", "Phạm Quang Vinh")
_OTHERS = ("Đức Thành", "Hồng Vân", "Tiến Dũng", "Phương Thảo")
_INITIALS = ("Q.Anh", "T.Hằng", "N.V.Hùng", "H.Lan")


@dataclass(frozen=True)
class Presentation:
    """A byline's text for writer ``name`` (``other``: a second person) and the author an
    archivist records for it; ``kind``: "name" (a signature that is a name, with what
    follows it), "label" (a labelled line) or "none" (an unsigned article)."""

    kind: str
    line: str  # a format: {name}, {upper}, {other}, {full}, {initials}
    author: str | None  # the truth, same format; None: unsigned

    def render(self, k: int) -> tuple[str, str | None]:
        values = {
            "name": _PEN_NAMES[k % len(_PEN_NAMES)],
            "upper": _PEN_NAMES[k % len(_PEN_NAMES)].upper(),
            "other": _OTHERS[k % len(_OTHERS)],
            "full": _FULL[k % len(_FULL)],
            "initials": _INITIALS[k % len(_INITIALS)],
            "upper_full": _FULL[k % len(_FULL)].upper(),
        }
        return self.line.format(**values), self.author.format(**values) if self.author else None


PRESENTATIONS: dict[str, Presentation] = {
    "bare": Presentation("name", "{name}", "{name}"),
    "full_name": Presentation("name", "{full}", "{full}"),
    "upper": Presentation("name", "{upper}", "{upper}"),
    "initials": Presentation("name", "{initials}", "{initials}"),
    "two_dash": Presentation("name", "{name} - {other}", "{name}, {other}"),
    "agency_dash": Presentation("name", "{name} - TTXVN", "{name}"),
    "agency_slash": Presentation("name", "{name}/TTXVN", "{name}"),
    "unit_paren": Presentation("name", "{name} (Trung tâm Văn hóa huyện Bát Xát)", "{name}"),
    "position": Presentation("name", "{name} - Phó Trưởng phòng Văn hóa và Thông tin", "{name}"),
    "pv": Presentation("name", "PV", "PV"),
    "team": Presentation("name", "Nhóm PV", "Nhóm PV"),
    "upper_unit": Presentation("name", "{upper} (Báo Lào Cai)", "{upper}"),
    "tin_anh": Presentation("label", "Tin, ảnh: {name}", "{name}"),
    "bai_anh": Presentation("label", "Bài và ảnh: {name}", "{name}"),
    "tac_gia": Presentation("label", "Tác giả: {name}", "{name}"),
    "nguoi_viet": Presentation("label", "Người viết: {full}", "{full}"),
    "phong_vien": Presentation("label", "Phóng viên: {name}", "{name}"),
    "bai_anh_split": Presentation("label", "Bài: {name} - Ảnh: {other}", "{name}"),
    "label_upper": Presentation("label", "Tin, ảnh: {upper}", "{upper}"),
    "reprint": Presentation("label", "Theo {name} (Báo Lào Cai)", "{name}"),
    # session 15: more forms the portals sign with
    "tin_anh_semicolon": Presentation("label", "Tin: {name}; Ảnh: {other}", "{name}"),
    "two_unit": Presentation("name", "{name} - {other} (Trung tâm VHTT huyện)", "{name}, {other}"),
    "team_full": Presentation("name", "Nhóm phóng viên", "Nhóm phóng viên"),
    "tac_gia_two": Presentation("label", "Tác giả: {name}, {other}", "{name}, {other}"),
    "compiled": Presentation("name", "{name} (tổng hợp)", "{name}"),
    "bbt": Presentation("name", "BBT", "BBT"),
    "degree": Presentation("name", "ThS. {full}", "ThS. {full}"),  # a degree kept, as a rank
    "email": Presentation("name", "{name} - Email: toasoan@baolaocai.vn", "{name}"),
    "thuc_hien": Presentation("label", "Thực hiện: {name}", "{name}"),
    # session 16: a contributor ("CTV"), a signature over a source line, a full name in capitals,
    # a unit's short name in brackets; a quoted official ("Đ/c ...", "Đồng chí ...") names no writer
    "ctv_before": Presentation("name", "CTV {full}", "{full}"),
    "ctv_paren": Presentation("name", "{name} (CTV)", "{name}"),
    "ctv_word": Presentation("name", "Cộng tác viên {name}", "{name}"),
    "sig_source": Presentation("name", "{name}\nNguồn: Báo Lào Cai", "{name}"),
    "upper_full": Presentation("name", "{upper_full}", "{upper_full}"),
    "unit_short": Presentation("name", "{name} (Đài TT-TH huyện)", "{name}"),
    "comrade": Presentation("quoted", "Đ/c {full}", None),
    "comrade_word": Presentation("quoted", "Đồng chí {full}", None),
    # widgets a portal puts where a byline may go, which never name the writer: a weather
    # box's city, a visit counter, a gallery's heading, a leaders' box, the duty officer's box
    "weather": Presentation("widget", "TP Hồ Chí Minh\n32°C Nắng nhẹ", None),
    "counter": Presentation("widget", "Lượt truy cập: 1.234.567\nĐang online: 25", None),
    "gallery": Presentation("widget", "PHOTO GALLERY", None),
    "leaders": Presentation("widget", "LÃNH ĐẠO HUYỆN\n{full} - Chủ tịch UBND huyện", None),
    "duty": Presentation("widget", "Cán bộ trực: {full}\nĐiện thoại: 0214 3880 123", None),
    "unsigned": Presentation("none", "", None),
    "source": Presentation("none", "Nguồn: Báo Lào Cai", None),
    "theo_source": Presentation("none", "Theo Báo Nhân Dân", None),
    "theo_agency": Presentation("none", "(Theo TTXVN)", None),
    "photo": Presentation("none", "Ảnh: {other}", None),
}

#: position -> the kinds of presentation portals write there
FITS: dict[str, tuple[str, ...]] = {
    "end_right_strong": ("name", "label", "none"),
    "end_bold": ("name", "label", "none"),
    "end_right_em": ("name", "label", "none"),
    "end_plain": ("name", "label", "none"),
    "end_div_right": ("name", "label", "none"),
    "in_last_strong": ("name", "none"),
    "in_last_em": ("name", "none"),
    "after_body_right": ("name", "label", "none"),
    "after_body_row": ("name", "label", "none"),
    "after_block": ("name", "label", "none"),
    "above_title": ("name", "label", "none"),
    "below_title": ("name", "label", "none"),
    "top_of_body": ("label", "none"),
    # session 15: a classed byline element right before the body; a one-cell right-aligned
    # table row after the article's block
    "classed_before_body": ("name", "label", "none"),
    "after_block_row": ("name", "label", "none"),
    # session 16: the signature under a photo closing the body (after its caption); a byline
    # right before the sapo; the article footer's meta table ("Tác giả | Minh Anh", a source
    # and a view count in the rows under it); a quoted official inside the last paragraph
    "after_caption": ("name", "label", "none"),
    "before_sapo": ("name", "label", "none"),
    "footer_table": ("label",),
}
for _at in ("after_block", "after_block_row", "above_title", "below_title"):
    FITS[_at] += ("widget",)
FITS["in_last_strong"] += ("quoted",)
FITS["in_last_em"] += ("quoted",)
#: the catalog before session 15 (its figures are measured on these: ``--presentation``)
BEFORE_15 = (
    "bare", "full_name", "upper", "initials", "two_dash", "agency_dash", "agency_slash", "unit_paren",
    "position", "pv", "team", "upper_unit", "tin_anh", "bai_anh", "tac_gia", "nguoi_viet", "phong_vien",
    "bai_anh_split", "label_upper", "reprint", "unsigned", "source", "theo_source", "theo_agency", "photo",
)  # fmt: skip
#: the catalog before session 16 (round 16's figures on the old catalog: ``--presentation``)
BEFORE_16 = (
    *BEFORE_15, "tin_anh_semicolon", "two_unit", "team_full", "tac_gia_two", "compiled", "bbt", "degree",
    "email", "thuc_hien",
)  # fmt: skip
POSITIONS = tuple(FITS)
#: a name in capitals is a kicker over the headline: never written there
_NOT_AT = {
    "above_title": ("upper", "upper_unit", "upper_full"),
    "below_title": ("upper", "upper_unit", "upper_full"),
    "before_sapo": ("upper", "upper_unit", "upper_full"),
    "footer_table": ("reprint",),  # (no label to put in the label's cell)
}
#: a signature over a source line is two lines: only where a block of lines is written
_TWO_LINES = ("sig_source", "weather", "counter", "leaders", "duty")
_ONE_LINE_AT = ("in_last_strong", "in_last_em", "top_of_body", "before_sapo",
                "classed_before_body", "footer_table")  # fmt: skip

_END = {
    "end_right_strong": '<p style="text-align: right;"><strong>{}</strong></p>',
    "end_bold": "<p><b>{}</b></p>",
    "end_right_em": '<p style="text-align: right;"><em>{}</em></p>',
    "end_plain": "<p>{}</p>",
    "end_div_right": '<div align="right">{}</div>',
}


def fitting(position: str) -> list[str]:
    """The presentations written at ``position``, in catalog order."""
    return [
        name for name, p in PRESENTATIONS.items()
        if p.kind in FITS[position] and name not in _NOT_AT.get(position, ())
        and not (name in _TWO_LINES and position in _ONE_LINE_AT)
    ]  # fmt: skip


class AuditArticle:
    """A family's article with one presentation at one position: its truth and its pages."""

    def __init__(self, art: Any, presentation: str, position: str, index: int) -> None:
        self.art, self.presentation, self.position = art, presentation, position
        self.path = art.path
        self.line, self.author = PRESENTATIONS[presentation].render(index)
        self.written = False  # the article's own page took the byline

    def truth(self, base: str = "") -> dict[str, Any]:
        truth = self.art.truth(base)
        truth.update(author=self.author)
        return truth

    def rewrite(self, doc: HtmlElement, target: str) -> None:
        page = _Page(doc, self.art)
        if page.title is None or page.body is None or not page.lines:
            return
        _strip_evidence(page, self.art)
        if not self.line:
            self.written |= target == self.path
            return
        if write(page, self.position, self.line) and target == self.path:
            self.written = True


_CAPTION = "Các đại biểu tham quan mô hình sản xuất tại xã."


def write(page: _Page, position: str, line: str) -> bool:
    """``line`` written into ``page`` at ``position``; False when the page has no such place
    (a split article's first page has no last paragraph). A line of two (a signature over
    its source line) is two blocks at the end of the body, two lines of one block elsewhere."""
    first, *more = line.split("\n")
    esc = "<br>".join(_esc(x) for x in line.split("\n"))
    if position in _END:
        if not page.has_last:
            return False
        _at_end(page, _el(_END[position].format(_esc(first))))
        for x in more:
            _at_end(page, _el(f'<p style="text-align: right;"><em>{_esc(x)}</em></p>'))
    elif position == "after_caption":
        if not page.has_last:
            return False
        _at_end(page, _el(
            '<p style="text-align: center;"><img src="/upload/2024/anh-hoi-nghi.jpg" alt=""><br>'
            f"<em>{_CAPTION}</em></p>"
        ))  # fmt: skip
        _at_end(page, _el(f'<p style="text-align: right;"><strong>{_esc(first)}</strong></p>'))
        for x in more:
            _at_end(page, _el(f'<p style="text-align: right;"><em>{_esc(x)}</em></p>'))
    elif position == "before_sapo":
        return _before_lead(page, _el(f"<div><b>{esc}</b></div>"))
    elif position == "footer_table":
        if not page.has_last:
            return False
        label, _, value = line.partition(":")
        _beside(_text_end(page, _block(page)), _el(
            f"<table><tr><td>{_esc(label.strip())}:</td><td>{_esc(value.strip())}</td></tr>"
            "<tr><td>Nguồn:</td><td>Cổng TTĐT huyện</td></tr><tr><td>Lượt xem:</td><td>523</td></tr></table>"
        ))  # fmt: skip
    elif position in ("in_last_strong", "in_last_em"):
        return page.has_last and _inside_last(page, line, "strong" if position == "in_last_strong" else "em")
    elif position == "after_body_right":
        if not page.has_last:
            return False
        _beside(_text_end(page, page.body), _el(f'<p style="text-align: right;"><b>{esc}</b></p>'))
    elif position == "after_body_row":
        if not page.has_last:
            return False
        _beside(_text_end(page, page.body), _el(f'<table width="100%"><tr><td align="right"><b>{esc}</b></td></tr></table>'))
    elif position == "after_block":
        if not page.has_last:
            return False
        _beside(_text_end(page, _block(page)), _el(f'<div style="text-align: right;"><strong>{esc}</strong></div>'))
    elif position == "above_title":
        _beside(page.title, _el(f"<div><span>{esc}</span></div>"), before=True)
    elif position == "below_title":
        _beside(page.title, _el(f"<div><span>{esc}</span></div>"))
    elif position == "classed_before_body":
        if page.body.tag == "body":
            return False
        page.body.addprevious(_el(f'<div class="tacgia">{esc}</div>'))
    elif position == "after_block_row":
        if not page.has_last:
            return False
        _beside(_text_end(page, _block(page)), _el(f'<table width="100%"><tr><td align="right">{esc}</td></tr></table>'))
    elif position == "top_of_body":
        return _at_top(page, _el(f"<p><strong>{esc}</strong></p>"))
    else:
        raise ValueError(f"unknown position {position!r}")
    return True


def _inside_last(page: _Page, line: str, tag: str) -> bool:
    """``line`` in ``<tag>`` at the end of the last paragraph, inside it (as the bylines part
    writes its bold signature)."""
    return _bold_after(page, line, tag)


def _before_lead(page: _Page, new: HtmlElement) -> bool:
    """``new`` right before the block of the article's sapo (its lead), where it is shown."""
    lead = clean(page.art.lead or "")
    if not lead:
        return False
    holder = None
    for el in page.doc.iter():
        if isinstance(el.tag, str) and lead[:40] in clean(el.text_content()) and not _code(el):
            holder = el  # the deepest holding it
    while holder is not None and holder.tag not in _BLOCKS:
        holder = holder.getparent()
    if holder is None or holder.tag in ("body", "html"):
        return False
    if holder.tag in ("td", "th"):
        _beside(holder, new, before=True)  # a row of its own over the sapo's row
    elif holder.tag in ("tr", "tbody", "table"):
        return False
    else:
        holder.addprevious(new)
    return True


def _at_top(page: _Page, new: HtmlElement) -> bool:
    """``new`` right before the block of the body's first line."""
    first = page.lines[0][:30]
    holder = None
    for el in page.body.iter():
        if isinstance(el.tag, str) and first in clean(el.text_content()):
            holder = el
    while holder is not None and holder is not page.body and holder.tag not in _BLOCKS:
        holder = holder.getparent()
    if holder is None or holder is page.body or holder.tag in ("td", "th", "tr", "tbody", "table"):
        return False
    holder.addprevious(new)
    return True


class AuditFamily(DerivedFamily):
    """A family with one byline position on every article page, the presentations rotating
    over its articles from ``offset``."""

    def __init__(self, family: Any, position: str, offset: int, only: tuple[str, ...] = ()) -> None:
        super().__init__(family)
        self.position = position
        names = [p for p in fitting(position) if not only or p in only]
        self.ARTICLES = [
            AuditArticle(a, names[(offset + i) % len(names)], position, offset + i)
            for i, a in enumerate(family.ARTICLES)
        ] if names else []  # fmt: skip

    def build_site(self) -> Site:
        def rewrite(body: bytes, ctype: str, target: str) -> bytes:
            art = _owner(target, self.ARTICLES)
            if art is None:
                return rewrite_html(body, ctype, lambda doc: None)
            return rewrite_html(body, ctype, lambda doc: art.rewrite(doc, target))

        return map_html(self.family.build_site(), rewrite)


def cause(got: str | None, want: str | None) -> str | None:
    """Why ``got`` is not the author ``want``; None when it is."""
    if got == want:
        return None
    if want is None:
        return "invented"
    return "missed" if got is None else "wrong"


def audit_family(family: Any, position: str, offset: int, modes: tuple[str, ...] = tuple(MODES),
                 only: tuple[str, ...] = ()) -> dict[str, Any]:  # fmt: skip
    """{"cases": n, "failures": [...]} of one site variant on each path of ``modes``."""
    variant = AuditFamily(family, position, offset, only)
    pages = site_pages(variant.build_site())
    base = family_base(variant).rstrip("/")
    written = [a for a in variant.ARTICLES if a.written]
    out: dict[str, Any] = {"cases": 0, "failures": []}
    for mode in modes:
        got = crawl_like(pages, base, mode_profile(variant, MODES[mode], pages), one_text=False)
        for art in written:
            out["cases"] += 1
            url = art.truth(base)["url"]
            record = got.get(url)
            why = "dropped" if record is None else cause(record.author, art.author)
            if why:
                out["failures"].append({
                    "site": family.SITE_ID, "path": art.path, "mode": mode, "position": position,
                    "presentation": art.presentation, "line": art.line, "want": art.author,
                    "got": None if record is None else record.author, "cause": why,
                })  # fmt: skip
    return out


def audit(parts: tuple[str, ...] = PARTS, positions: tuple[str, ...] = POSITIONS, rounds: int = 1,
          modes: tuple[str, ...] = tuple(MODES), sites: tuple[str, ...] = (),
          presentations: tuple[str, ...] = ()) -> dict[str, Any]:  # fmt: skip
    """{"cases": n, "failures": [...]} over every (family, position) variant; ``rounds``
    rotations of the presentations per family (0: as many as cover every presentation)."""
    out: dict[str, Any] = {"cases": 0, "failures": []}
    rank = 0
    for part in parts:
        for site_id, family in sorted(families(part).items()):
            if sites and site_id not in sites:
                continue
            size = max(1, len(family.ARTICLES))
            for position in positions:
                names = [p for p in fitting(position) if not presentations or p in presentations]
                if not names:
                    continue
                n = rounds or -(-len(names) // size)
                for r in range(n):
                    one = audit_family(family, position, rank + r * size, modes, presentations)
                    out["cases"] += one["cases"]
                    out["failures"] += one["failures"]
            rank += 1
    return out


def report(result: dict[str, Any], detail: int = 40) -> str:
    failures = result["failures"]
    lines = [f"author audit: {result['cases']} cases (article x path), {len(failures)} failures"]
    for key in ("cause", "presentation", "position", "mode", "site"):
        counts = Counter(f[key] for f in failures)
        if counts:
            lines.append(f"by {key}: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    groups = Counter((f["presentation"], f["position"], f["cause"]) for f in failures)
    if groups:
        lines.append("\nby presentation x position x cause:")
        for (pres, pos, why), n in groups.most_common():
            lines.append(f"  {pres:<14} {pos:<18} {why:<9} {n}")
    if failures and detail:
        lines.append("\ncases:")
        for f in failures[:detail]:
            lines.append(f"  [{f['mode']}] {f['site']}{f['path']} {f['position']} {f['line']!r}: "
                         f"want {f['want']!r}, got {f['got']!r} ({f['cause']})")  # fmt: skip
        if len(failures) > detail:
            lines.append(f"  ... {len(failures) - detail} more")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", action="append", choices=PARTS, help="a part (repeatable; default: both)")
    parser.add_argument("--site", action="append", help="only this family (repeatable)")
    parser.add_argument("--position", action="append", choices=POSITIONS, help="a position (repeatable)")
    parser.add_argument("--presentation", action="append", choices=tuple(PRESENTATIONS),
                        help="a presentation (repeatable)")  # fmt: skip
    parser.add_argument("--mode", action="append", choices=tuple(MODES), help="a path (repeatable; default: both)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="rotations of the presentations per family and position (0: all of them)")  # fmt: skip
    parser.add_argument("--detail", type=int, default=40, help="failing cases listed")
    parser.add_argument("--json", metavar="PATH", help="write the full result as JSON")
    args = parser.parse_args(argv)
    result = audit(
        tuple(args.part or PARTS), tuple(args.position or POSITIONS), args.rounds,
        tuple(args.mode or MODES), tuple(args.site or ()), tuple(args.presentation or ()),
    )  # fmt: skip
    print(report(result, args.detail))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
