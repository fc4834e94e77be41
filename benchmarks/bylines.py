"""The "bylines" part of the fixture corpus: the development families with the byline
presentations none of the other parts shows.

The development families, the forms part (:mod:`benchmarks.forms`) and the blind part
(:mod:`benchmarks.blind`) show a byline as a signature at the body's end (bare, bold or
italic and right-aligned, uppercase, "Bài, ảnh:"/"Tin, ảnh:", a unit in brackets or after a
dash, a rank, a position, two or three names, "(tổng hợp)", "PV"/"BTV"/"Nhóm PV", "Bài: A -
Ảnh: B"), a labelled line under the title ("Tác giả:", "Người viết:", "Phóng viên:"), a
classed element after the block, a name in brackets after the last sentence, a name in the
date line, a source line ("Nguồn: ...", "Theo ..."), CMS junk ("admin", "Người đăng: host")
beside a real signature, and (blind) the same without labels or classes. The sealed parts
miss authors that presentation never showed, and invented one where the truth has none. This
part writes, on each development family's article pages, the family's own author evidence
taken out (the byline, the signature, ``<meta>``/JSON-LD/microdata authors; its dates stay),
one of the kinds below, the same kind on every page of a site (:data:`KINDS`, by the site's
rank among the part's site ids; what varies per article by its index):

- at the body's end: "Bài và ảnh: X" ("Bài & ảnh:", "Bài - ảnh:"); "Tin: X; Ảnh: Y" ("Bài:
  X. Ảnh: Y"); "X/TTXVN" ("X/VOV", "X/Báo Lào Cai"); "Theo X (Báo Y)" (a reprint naming its
  writer); a bare name in ``<em>``/``<i>``, not aligned; a contributors' credit "Thực hiện:
  X; Trình bày: Y" (or one role a line, the photos' last); an uppercase name after a label
  "Bài và ảnh: NGUYỄN MINH ANH";
- beside the title: "Tác giả" in a table row (label cell, name cell), in a ``<dl>``; a link
  to the author's page (``/tac-gia/x``, ``/author/x``) alone in an unclassed block; a bare
  name above the headline;
- only in the page's data: ``<meta name="author">``; JSON-LD ``author`` (an object, an
  array of objects, a string);
- after the article's block: an author box (a photo, the name in bold, a one-line bio);
- the lead opened by the newsroom's source prefix "(ĐCSVN) - ", "LCĐT - ", "(Chinhphu.vn)
  - " (the family's own byline kept: the prefix names no author);
- negative kinds, no author where the truth has none: a notice signed by the province's
  leader ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", the name) at the body's end; a photo credit
  "Ảnh: Y" alone; a "Biên tập: Y"/"Người duyệt: Y" line (an editor, not the writer: after the
  writer's signature on every other article, alone on the rest); a "Người trực: Y" line in a
  duty widget after the block (the writer signs every other article).

Truth, as the families write it (:mod:`tests.families.common`, compared exactly by
:func:`benchmarks.extraction_quality.site_figures`): the author is the writer's name as
written, less a label, a unit ("/TTXVN", "(Trung tâm ...)"), a position and a photographer;
an uppercase name stays uppercase; two writers are "A, B"; a staff signature as written; a
source line ("Nguồn: Báo X", "Theo Báo X") names a source, never an author; an editor, an
approver, a photographer, a person on duty and a notice's signatory are not the writer. An
author that is an office or a staff signature is given a person's pen name (the kinds here
credit a person); an unsigned article stays unsigned. The body loses the family's signature
line and gains the lines a kind writes inside the body (at its end); the rest is not body. The
author box's bio and the duty widget are added to the chrome lines. Pages are written back as
UTF-8.
"""

from __future__ import annotations

import json
import re
from types import ModuleType
from typing import Any

from lxml.html import HtmlElement

from benchmarks.blind import (
    _AUTHOR_KEYS,
    DerivedFamily,
    _strip_authors,
    map_html,
    rewrite_html,
    strip_structured,
)
from benchmarks.forms import (
    _BARE_LABEL,
    _PERSON,
    _at_end,
    _beside,
    _el,
    _esc,
    _owner,
    _Page,
    _pick,
    _slots,
)
from crawler.replica.site import Site
from pipelines.dom import clean, common_ancestor

_PEN_NAMES = ("Khánh Linh", "Ngọc Bích", "Thu Hà", "Minh Anh", "Quang Vinh", "Hải Đăng")
_OTHERS = ("Đức Thành", "Hồng Vân", "Tiến Dũng", "Phương Thảo")
_LEADERS = ("Nguyễn Văn Thành", "Trịnh Xuân Trường", "Hoàng Quốc Khánh")
_BAI_ANH = ("Bài và ảnh", "Bài & ảnh", "Bài - ảnh")
_UNITS = ("TTXVN", "VOV", "Báo Lào Cai")
_PAPERS = ("Báo Lào Cai", "Báo Nhân Dân", "Báo Đại Đoàn Kết")
_PREFIXES = ("(ĐCSVN) - ", "LCĐT - ", "(Chinhphu.vn) - ")
_EDITORS = ("Biên tập", "Người duyệt", "Biên tập viên")
_BIO = "{name} là phóng viên Ban Thời sự, theo dõi lĩnh vực nông nghiệp và nông thôn."
_DUTY = ("Lịch trực ban", "Người trực: Phạm Văn Tùng - 0912 345 678")

#: the kinds, in the order sites take them (see the module's docstring)
KINDS = (
    "bai_va_anh", "tin_anh", "slash_unit", "theo_paren", "end_em", "contributors",
    "upper_label", "table_row", "dl", "meta_only", "jsonld_only", "author_link",
    "author_box", "above_headline", "sapo_prefix", "leader_block", "photo_only",
    "editor_line", "duty_widget", "three_names", "inline_bold_end", "below_headline",
    "org_author", "widget_heading",
)  # fmt: skip
#: the kinds whose articles name no author (whatever the family's truth)
_NEGATIVE = ("leader_block", "photo_only")
#: the kinds where every other article is signed (the odd ones unsigned)
_HALF = ("editor_line", "duty_widget", "org_author", "widget_heading")
_HEADINGS = ("PHOTO GALLERY", "VIDEO CLIP", "TIN MỚI ĐĂNG", "THƯ VIỆN ẢNH", "XEM NHIỀU NHẤT")
_SIGNING = (("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), ("Chủ tịch UBND tỉnh",))


def _slug(name: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z0-9]+", "-", "".join(c for c in flat if not unicodedata.combining(c)).lower()).strip("-")


class BylinesArticle:
    """A family's article under its site's byline kind: the truth as the rewritten pages show."""

    def __init__(self, art: Any, kind: str, site: str, index: int, owner: str = "") -> None:
        self.art, self.kind, self.site, self.index, self.owner = art, kind, site, index, owner
        self.path = art.path
        name = art.author
        if name and not _PERSON.match(name):  # an office, a staff signature, two writers
            name = _PEN_NAMES[_pick(f"{site}\0{art.path}", len(_PEN_NAMES))]
        if kind in _NEGATIVE or (kind in _HALF and index % 2):
            name = None
        self.name = name
        self.other = _OTHERS[index % len(_OTHERS)]
        self.author, self.lines = self._byline()

    def _byline(self) -> tuple[str | None, list[str]]:
        """(author truth, the lines the kind writes at the body's end)."""
        kind, name, k, other = self.kind, self.name, self.index, self.other
        if kind == "sapo_prefix":
            return self.art.author, []
        if kind == "leader_block":
            return None, [*_SIGNING[k % len(_SIGNING)], _LEADERS[k % len(_LEADERS)]]
        if kind == "photo_only":
            return None, [f"Ảnh: {other}"]
        if kind == "editor_line":
            return name, [*([name] if name else []), f"{_EDITORS[k % len(_EDITORS)]}: {other}"]
        if not name:
            return None, []
        if kind == "bai_va_anh":
            return name, [f"{_BAI_ANH[k % 3]}: {name}"]
        if kind == "tin_anh":
            return name, [(f"Tin: {name}; Ảnh: {other}", f"Bài: {name}. Ảnh: {other}")[k % 2]]
        if kind == "slash_unit":
            if k % 3 == 2:  # two writers of the agency: "A - B/TTXVN"
                return f"{name}, {other}", [f"{name} - {other}/{_UNITS[k % 3]}"]
            return name, [f"{name}/{_UNITS[k % 3]}"]
        if kind == "theo_paren":  # a reprint naming its writer, or a compiled piece
            forms = (f"Theo {name} ({_PAPERS[k % 3]})", f"{name} tổng hợp", f"Theo {name} - {_PAPERS[k % 3]}", f"{name} (TH)")
            return name, [forms[k % 4]]
        if kind == "three_names":
            third = _OTHERS[(k + 1) % len(_OTHERS)]
            return f"{name}, {other}, {third}", [(f"{name}, {other} và {third}", f"{name}, {other}, {third}")[k % 2]]
        if kind == "inline_bold_end":
            return name, []
        if kind == "contributors":
            if k % 2:
                return name, [f"Thực hiện: {name}", f"Trình bày: {other}", f"Ảnh: {_OTHERS[(k + 1) % 4]}"]
            return name, [f"Thực hiện: {name}; Trình bày: {other}"]
        if kind == "upper_label":
            return name.upper(), [f"{_BAI_ANH[k % 2]}: {name.upper()}"]
        if kind == "end_em":  # typed by the editor: a name in italics, in brackets, with an e-mail
            return name, [(name, f"({name})", f"{name} - Email: {_slug(name).replace('-', '')}@laocai.gov.vn")[k % 3]]
        if kind in ("duty_widget", "org_author", "widget_heading"):
            return name, [name]
        return name, []  # a kind beside the title, in the data or after the block

    def body(self) -> list[str]:
        lines = [x for x in self.art.body() if not (self.art.signature and x == self.art.signature)]
        if self.kind == "sapo_prefix":
            return [f"{self.prefix()}{lines[0]}", *self.art.body()[1:]]
        if self.kind == "inline_bold_end" and self.name:
            last = self.art.paragraphs[-1] if self.art.paragraphs else self.art.lead
            lines = [f"{x} {self.name}" if x == last else x for x in lines]
        return [*lines, *self.lines]

    def prefix(self) -> str:
        return _PREFIXES[_pick(self.site, len(_PREFIXES))]

    def truth(self, base: str = "") -> dict[str, Any]:
        truth = self.art.truth(base)
        truth.update(author=self.author, body=self.body())
        return truth

    def chrome(self) -> list[str]:
        if self.kind == "author_box" and self.name:
            return [_BIO.format(name=self.name)]
        if self.kind == "widget_heading":
            return [self.heading()]
        return list(_DUTY) if self.kind == "duty_widget" else []

    def heading(self) -> str:
        return _HEADINGS[_pick(self.site, len(_HEADINGS))]

    # -- the page ---------------------------------------------------------------------
    def rewrite(self, doc: HtmlElement) -> None:
        page = _Page(doc, self.art)
        if page.title is None or page.body is None:
            return
        if self.kind == "sapo_prefix":
            lead = clean(self.art.lead)
            for el, slot in _slots(page.body):
                value = getattr(el, slot) or ""
                if value.strip() and lead.startswith(clean(value)[:30]):
                    setattr(el, slot, self.prefix() + value.lstrip())
                    return
            return
        _strip_evidence(page, self.art)
        self._write(page, doc)

    def _write(self, page: _Page, doc: HtmlElement) -> None:
        kind, name, title, k = self.kind, self.name, page.title, self.index
        for n, line in enumerate(self.lines if page.has_last else []):
            if kind == "end_em":
                html = ("<p><em>{}</em></p>", "<p><i>{}</i></p>")[_pick(self.site, 2)]
            elif kind == "leader_block" or (kind == "editor_line" and n == 0 and name):
                html = '<p style="text-align: right;"><strong>{}</strong></p>'
            else:
                html = ('<p style="text-align: right;"><strong>{}</strong></p>', "<p><b>{}</b></p>",
                        '<p style="text-align: right;"><em>{}</em></p>')[_pick(self.site, 3)]  # fmt: skip
            _at_end(page, _el(html.format(_esc(line))))
        if kind == "duty_widget" and page.has_last:
            _beside(_block(page), _el(f"<div><h3>{_DUTY[0]}</h3><p>{_esc(_DUTY[1])}</p></div>"))
        if kind == "widget_heading" and page.has_last:
            block = _block(page)  # a heading aligned right, then the widget's pictures
            _beside(block, _el('<div><img src="/gallery/1.jpg" alt=""><img src="/gallery/2.jpg" alt=""></div>'))
            _beside(block, _el(f'<div style="text-align: right;"><b>{self.heading()}</b></div>'))
        if kind == "org_author":  # the site as the author: structured data naming an organisation
            data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": self.art.title,
                    "author": {"@type": "Organization", "name": self.owner}}  # fmt: skip
            script = _el('<script type="application/ld+json"></script>')
            script.text = json.dumps(data, ensure_ascii=False)
            _head(doc).append(script)
            _head(doc).append(_el(f'<meta name="author" content="{_esc(self.owner)}">'))
        if not name:
            return
        esc, slug = _esc(name), _slug(name)
        if kind == "table_row":
            _beside(title, _el(f"<table><tr><td>Tác giả:</td><td>{esc}</td></tr></table>"))
        elif kind == "dl":
            _beside(title, _el(f"<dl><dt>Tác giả</dt><dd>{esc}</dd></dl>"))
        elif kind == "author_link":
            href = ("/tac-gia/", "/author/")[k % 2] + slug
            _beside(title, _el(f'<div><a href="{href}">{esc}</a></div>'))
        elif kind == "above_headline":
            _beside(title, _el(f"<div><span>{esc}</span></div>"), before=True)
        elif kind == "below_headline":  # an avatar and the name, alone under the headline
            alt = (esc, "")[k % 2]
            _beside(title, _el(f'<div><img src="/avatar/{slug}.jpg" alt="{alt}"> <span>{esc}</span></div>'))
        elif kind == "inline_bold_end" and page.has_last:
            _bold_after(page, name)
        elif kind == "author_box" and page.has_last:
            bio = _esc(_BIO.format(name=name))
            _beside(_block(page), _el(
                f'<div><img src="/avatar/{slug}.jpg" alt="{esc}"><div><strong>{esc}</strong>'
                f"<p>{bio}</p></div></div>"
            ))  # fmt: skip
        elif kind == "meta_only":
            _head(doc).append(_el(f'<meta name="author" content="{esc}">'))
        elif kind == "jsonld_only":
            person = {"@type": "Person", "name": name}
            author = (person, [person], name)[k % 3]
            data = {"@context": "https://schema.org", "@type": "NewsArticle",
                    "headline": self.art.title, "author": author}  # fmt: skip
            script = _el('<script type="application/ld+json"></script>')
            script.text = json.dumps(data, ensure_ascii=False)
            _head(doc).append(script)


def _bold_after(page: _Page, name: str, tag: str = "strong") -> bool:
    """The writer's name in ``<tag>`` (bold unless told) at the end of the last paragraph,
    inside it, after its last sentence ("... công trình. <strong>Minh Anh</strong>");
    False when no element holds the paragraph's end."""
    end = page.last[-30:]
    holder = None
    for el in page.body.iter():
        if isinstance(el.tag, str) and end in clean(el.text_content()):
            holder = el  # the deepest holding it
    if holder is None:
        return False
    if len(holder):
        holder[-1].tail = (holder[-1].tail or "").rstrip() + " "
    else:
        holder.text = (holder.text or "").rstrip() + " "
    holder.append(_el(f"<{tag}>{_esc(name)}</{tag}>"))
    return True


def _block(page: _Page) -> HtmlElement:
    found = common_ancestor(page.title, page.body)
    return found if found is not None and found.tag not in ("body", "html") else page.body


def _head(doc: HtmlElement) -> HtmlElement:
    head = doc.find("head")
    if head is None:
        head = _el("<head></head>")
        doc.insert(0, head)
    return head


def _strip_evidence(page: _Page, art: Any) -> None:
    """The family's author evidence out of the page: structured authors, and every text
    naming the author, its signature or its byline (the text alone; the element when nothing
    else is left in it but a label); its dates stay."""
    doc = page.doc
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):
            continue
        if strip_structured(el, _AUTHOR_KEYS, _strip_authors):
            continue
        if "author" in (el.get("itemprop") or "").lower():
            del el.attrib["itemprop"]
        if "author" in (el.get("rel") or "").lower():
            del el.attrib["rel"]
    names = {x for x in (art.signature, art.byline) if x} | (set((art.author or "").split(", ")) - {""})
    patterns = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)") for n in sorted(names, key=len, reverse=True)]
    if page.signature is not None and page.signature.getparent() is not None:
        page.signature.drop_tree()
    for el, slot in _slots(doc):
        value = getattr(el, slot)
        if not value or page.in_text(value) or not any(p.search(value) for p in patterns):
            continue
        for p in patterns:
            value = p.sub("", value)
        setattr(el, slot, value)
        owner = el if slot == "text" else el.getparent()
        if owner is None or owner.getparent() is None or owner.tag in ("body", "html"):
            continue
        left = clean(owner.text_content()).strip(" |-–:.,;")
        if (not left or _BARE_LABEL.match(left)) and not page.protected(owner):
            owner.drop_tree()
    for el in list(doc.iter()):  # a label its name was taken from ("Tác giả: ")
        if isinstance(el.tag, str) and el.getparent() is not None and _BARE_LABEL.match(clean(el.text_content())):
            el.drop_tree()


def bylines_html(body: bytes, content_type: str | None, art: BylinesArticle) -> bytes:
    return rewrite_html(body, content_type, art.rewrite)


class BylinesFamily(DerivedFamily):
    """A development family under one byline kind: the same site id, base URL and chrome (and
    the kind's widgets), its articles' truth as the kind shows it."""

    def __init__(self, family: ModuleType, kind: str) -> None:
        super().__init__(family)
        self.kind = kind
        self.ARTICLES = [BylinesArticle(a, kind, self.SITE_ID, i, self.NAME) for i, a in enumerate(family.ARTICLES)]
        self.CHROME += sorted({x for a in self.ARTICLES for x in a.chrome()})

    def build_site(self) -> Site:
        def rewrite(body: bytes, ctype: str, target: str) -> bytes:
            art = _owner(target, self.ARTICLES)
            return bylines_html(body, ctype, art) if art else rewrite_html(body, ctype, lambda doc: None)

        return map_html(self.family.build_site(), rewrite)


def bylines_families(dev: dict[str, ModuleType]) -> dict[str, BylinesFamily]:
    """The part: each development family under the kind of its rank among the site ids."""
    return {k: BylinesFamily(f, KINDS[i % len(KINDS)]) for i, (k, f) in enumerate(sorted(dev.items()))}
