"""The metadata stage: dates (found once per page), author/unit/source, and the record.

Title and lead come from the earlier stages (:mod:`pipelines.page`,
:mod:`pipelines.content`); here the page's dates are read (:func:`page_dates`, called once:
the classify stage uses the same result) and the byline, and everything is put into an
:class:`ArticleRecord`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from pipelines import authors, bylinemarks
from pipelines.content import Text
from pipelines.datefind import FoundDates, find_dates
from pipelines.datezone import page_date_order, page_zone, vietnamese_site
from pipelines.dom import (
    DROP_TAGS,
    attr_words,
    clean,
    contains,
    css,
    first,
    has_text,
    in_comments,
    in_teaser,
    may_match,
    right_aligned,
    text_longer,
    text_of,
)
from pipelines.page import Page
from pipelines.record import ArticleRecord
from pipelines.titles import sole_h1

BYLINE_SELECTORS = (
    ".author",
    ".autor",  # the portals' foreign pages: Spanish, Portuguese, German, French classes
    ".auteur",
    ".tacgia",
    ".tac-gia",
    ".tac_gia",
    ".byline",
    ".news-author",
    ".author-name",
    ".post-author",
    '[itemprop="author"]',
    # classes and ids that name an author (``article-author``, ``lblTacGia``), after the
    # exact ones: an "author box" of other posts is read only when nothing else names one
    '[class*="author"]',
    '[class*="tacgia"]',
    '[class*="tac-gia"]',
    '[class*="byline"]',
    '[id*="author"]',
    '[id*="Author"]',
    '[id*="TacGia"]',
    # a link to the author's page ("/tac-gia/minh-anh", "/author/minh-anh"): its text is
    # read like any byline's (a name, never "Bài viết cùng tác giả")
    'a[href*="/tac-gia/"]',
    'a[href*="/tacgia/"]',
    'a[href*="/author/"]',
)
LABELLED_TAGS = ("p", "span", "div", "em", "i", "strong", "b", "td", "li", "dt", "th", "label")
SOURCE_SELECTORS = (".source", ".nguon", ".news-source")


def page_dates(page: Page, text: Text) -> FoundDates:
    """The page's publication and update dates (profile selector, meta tags, JSON-LD, the
    date line near the title or, with no title element, near the body)."""
    profile = page.profile
    # with no title element (og:title worded otherwise than the page shows it), the date
    # line is looked for by the page's one headline <h1>
    anchor = page.title_el if page.title_el is not None else sole_h1(page.tree)
    return find_dates(
        page.tree,
        page_zone(page),
        profile.selectors.date,
        anchor,
        text.element,
        page.learned,
        profile.date_line,
        page_date_order(page),
        page.url,
        page.structured,
    )


def build_record(page: Page, text: Text, dates: FoundDates, extractor: str) -> ArticleRecord:
    profile = page.profile
    warnings = list(page.warnings)
    if profile.selectors.date and dates.source != "selector":
        warnings.append("date_selector_missed")
    if dates.published is None:
        warnings.append("date_unparsed")
    if page.structured.jsonld_invalid:
        warnings.append("jsonld_invalid")  # a JSON-LD script no repair made JSON
    byline = find_byline(page, text, dates)
    part = page.part
    return ArticleRecord(
        url=part.first if part else page.record_url,
        title=page.title or "",
        body=text.paragraphs,
        published_at=dates.published.iso if dates.published else None,
        date_raw=dates.published.raw if dates.published else None,
        date_precision=dates.published.precision if dates.published else None,
        updated_at=dates.updated.iso if dates.updated else None,
        date_basis=dates.basis,
        author=byline.author,
        author_unit=byline.unit,
        source=byline.source,
        lead=text.lead or (text.paragraphs[0] if text.paragraphs else None),
        language=profile.language,
        images=text.images,
        attachments=text.attachments,
        extractor=extractor,
        profile_hash=profile.profile_hash,
        chrome_removed=text.chrome_removed,
        warnings=warnings,
        part=part.number if part else 1,
        parts=page.later_parts if part is None else [],
        page_lines=page.lines,
        page_title=page.page_title,
    )


SOURCE_LINE_CHARS = 120


class _BodyHolders:
    """The elements of the article's block that read every word of the body's text (the
    blocks around the body up to the container, none of DROP_TAGS between, whose text
    :func:`text_of` leaves out): their text is at least as long as the body's, whose
    first words are read once for all of them (each was read whole, by two searches, to be
    found too long for a byline or a source line)."""

    def __init__(self, text: Text) -> None:
        self.body = text.element
        self.holders: list[HtmlElement] = []
        x = self.body
        while x is not None and x is not text.container and x.tag not in DROP_TAGS:
            x = x.getparent()
            if x is not None:
                self.holders.append(x)  # (kept alive: compared by identity)
        self._over: bool | None = None

    def longer(self, el: HtmlElement, limit: int) -> bool:
        """``el`` holds the body and ``len(text_of(el)) > limit`` for certain."""
        if not any(el is x for x in self.holders):
            return False
        assert self.body is not None
        if self._over is None:  # the source line's limit, the longest asked: read once
            self._over = text_longer(self.body, SOURCE_LINE_CHARS)
        if self._over and limit <= SOURCE_LINE_CHARS:
            return True
        if not self._over and limit >= SOURCE_LINE_CHARS:
            return False
        return text_longer(self.body, limit)


def _source_line(text: Text, holders: _BodyHolders | None = None) -> str | None:
    """A "Nguồn: ..." label in the article's block, outside the body (a source label under
    the text), never in a teaser of another article."""
    assert text.container is not None
    holders = holders or _BodyHolders(text)
    for el in text.container.iter("span", "div", "p", "i", "em", "td"):
        if text.element is not None and contains(text.element, el):
            continue  # (before its text is read: most of the block is the body)
        if holders.longer(el, SOURCE_LINE_CHARS):
            continue
        line = text_of(el)
        if not line.casefold().startswith("nguồn") or len(line) > SOURCE_LINE_CHARS:
            continue
        if in_teaser(el, text.container):
            continue
        found = authors.parse_source(line)
        if found:
            return found
    return None


def _labelled_byline(text: Text, holders: _BodyHolders | None = None) -> authors.Byline:
    """A labelled byline ("Tác giả: Nguyễn Thu Hà") in the article's block, outside the
    body, never in a teaser of another article."""
    assert text.container is not None
    holders = holders or _BodyHolders(text)
    for el in text.container.iter(*LABELLED_TAGS):
        if text.element is not None and contains(text.element, el):
            # (before its text is read: most of the block is the body) a short line the
            # body left out at its top is the header's byline (content._heading_line);
            # its own first text, a part of all of it, settles most paragraphs
            if len(el.text or "") > 100 or len(el.text_content()) > 100 or not text.paragraphs:
                continue
            line = text_of(el)
            if line in text.paragraphs:
                continue
        elif el.tag not in ("dt", "th", "td") and holders.longer(el, 100):
            continue  # (a cell's line may take the next cell's: read below)
        else:
            line = text_of(el)
        if (el.tag in ("dt", "th", "td") or _LABEL_CLASS.search(el.get("class") or "")) and line and not authors.labelled(line):
            # "<dt>Tác giả</dt>"; a CMS field's label in an element of its own, Drupal's
            # "<div class="field__label">Tác giả</div><div class="field__item">Quốc Bảo</div>"
            line = _with_value(el, line) if authors.labelled(f"{line}:") else line
        if not line or len(line) > 100 or not authors.labelled(line):
            continue
        if authors.photo_credit(line):
            continue  # "Ảnh: Thu Hà" in a plain element: a photographer's credit, not a byline
        if in_teaser(el, text.container):
            continue
        found = authors.parse_byline_text(line) or authors.parse_byline_text(_with_value(el, line))
        if found and found.author:
            return found
    return authors.Byline()


_LABEL_CLASS = re.compile(r"(?:^|[\s_-])label(?:$|[\s_-])", re.IGNORECASE)


def _with_value(el: HtmlElement, label: str) -> str:
    """A label alone in its cell ("<td>Tác giả:</td><td>Minh Anh</td>", "<dt>Tác giả</dt>
    <dd>Minh Anh</dd>") with the value of the next cell: the line the row shows."""
    value = el.getnext()
    if value is None or not isinstance(value.tag, str) or len(clean(label).split()) > 4:
        return label
    label = clean(label).rstrip(" :")
    return f"{label}: {text_of(value)}"


def _credit_after_body(el: HtmlElement, line: str, text: Text) -> bool:
    """``line`` is a photo credit ("Ảnh: Thu Hà") in the body or after it: the
    photographer's, where the writer signs; above the body, over a photo story, it is the
    page's byline."""
    if text.element is None or not authors.photo_credit(line):
        return False
    if contains(text.element, el):
        return not _above_text(el, line, text)
    return any(x is el or contains(x, el) for x in text.element.itersiblings()) or any(
        x is el or contains(x, el) for up in text.element.iterancestors() for x in up.itersiblings()
    )


ABOVE_TEXT_REACH = 200  # elements of the body's element walked to its text's first line


def _above_text(el: HtmlElement, line: str, text: Text) -> bool:
    """``el``, inside the body's element, comes before the first lines of its text and is no
    line of it: the header's place in an element wide enough to hold the headline (a site
    model's ``<main>``), where a photo story's "Ảnh: X" byline stands above its pictures."""
    if line in text.paragraphs or text.element is None:
        return False
    firsts = set(text.paragraphs[:2])
    for k, x in enumerate(text.element.iter()):
        if x is el:
            return True
        if k >= ABOVE_TEXT_REACH:
            return False
        if isinstance(x.tag, str) and x is not text.element and x.tag in ("p", "div", "h2", "h3", "figcaption", "li") and text_of(x) in firsts:
            return False
    return False


META_LINE_REACH = 4  # blocks after the headline looked at for its meta line
META_LINE_CHARS = 150


def _meta_line_byline(title_el: HtmlElement, body_el: HtmlElement | None) -> authors.Byline:
    """The author named on the headline's meta line, beside its date ("5 tháng 3, 2024 · 3
    phút · Ngọc Lan", "Ngọc Lan | 10:30 05/03/2024"): one of the few blocks after the
    headline, before the body, when the date was read elsewhere (structured data gave the
    time, so the line's own text was never the date's)."""
    for k, sib in enumerate(title_el.itersiblings()):
        if k >= META_LINE_REACH or not isinstance(sib.tag, str):
            break
        if body_el is not None and (sib is body_el or contains(sib, body_el)):
            break
        line = text_of(sib)
        if line and len(line) <= META_LINE_CHARS:
            found = _after_person_icon(sib)
            if found.author:
                return found
        if line and len(line) <= META_LINE_CHARS and any(ch.isdigit() for ch in line):
            found = authors.byline_in_date_line(line)
            if found and found.author:
                return found
    return authors.Byline()


# an icon font's person glyph, the label a meta row gives the writer's name instead of "Tác
# giả:" ("<i class="fa fa-user"></i> Minh Anh <i class="fa fa-clock-o"></i> 04/03/2024")
_PERSON_ICON = re.compile(
    r"(?:^|\s)(?:fa|fas|far|bi|ti|la|ion|icon|glyphicon)-(?:user|person|pen|pencil|author)(?:-[a-z]+)?(?:\s|$)"
    r"|(?:^|\s)icon-?(?:user|author|person)(?:\s|$)",
    re.IGNORECASE,
)
ICON_NAME_CHARS = 60


def _after_person_icon(row: HtmlElement) -> authors.Byline:
    """The name right after a person icon in ``row`` (the icon's tail, else the text of the
    element after it: ``<i class="fa fa-user"></i><a href="/tac-gia/x">Minh Anh</a>``), read as
    a signature: an icon holds no text of its own."""
    for icon in row.iter("i", "span", "em", "svg"):
        if text_of(icon) or not _PERSON_ICON.search(icon.get("class") or ""):
            continue
        name = clean(icon.tail or "")
        if not name:
            after = icon.getnext()
            name = text_of(after) if after is not None and isinstance(after.tag, str) else ""
        if name and len(name) <= ICON_NAME_CHARS:
            found = authors.parse_signature(name)
            if found and found.author:
                return found
    return authors.Byline()


AFTER_BODY_LEVELS = 3  # how far up from the body the next block is looked for
#: the counter and date lines after the body passed over to the block after them
AFTER_BODY_META_LINES = 3


def _signature_after_body(element: HtmlElement) -> authors.Byline:
    """A right-aligned name in the first block after the body (a table layout's next row:
    ``<tr><td align="right"><b>Ngọc Lan</b></td></tr>``), which the body does not hold; the
    template's counter and date lines between them ("Lượt xem 523 lần", "Sửa lần cuối vào
    Thứ sáu, 08 Tháng 3 2024 14:20": short, holding a figure, naming no one) passed over."""
    node: HtmlElement | None = element
    passed = 0
    for level in range(AFTER_BODY_LEVELS):
        if node is None:
            break
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            line = text_of(sibling)
            if not line:
                continue
            if len(line) <= 60 and right_aligned(sibling, classes=True) and not authors.photo_credit(line):
                found = _signature_block(line)  # (a photo credit names no writer)
                if found and found.author:
                    return found
                if office := authors.unit_signature(line):
                    return authors.Byline(author=office)  # an office signing: "Phòng Kinh tế"
            if level == 0 and (found := _writer_box(sibling, line)).author:
                return found
            found = _name_beside_counter(sibling, line)
            if found.author or passed >= AFTER_BODY_META_LINES or not _meta_line(line):
                return found
            passed += 1
        node = node.getparent()
    return authors.Byline()


def _pictured_name(el: HtmlElement) -> str:
    """The name an element with no text shows only as its one image's tooltip or alt text (a
    byline of an avatar alone, ``<span class="byline"><img class="avatar" title="Trần Minh
    Khôi"></span>``), or as the tooltip of its one link (an avatar or an icon linked to the
    writer's page, ``<a href="/tac-gia/le-van-hung" title="Lê Văn Hùng"><img alt=""></a>``):
    a person's name there, or nothing."""
    images = [x for x in el.iter("img")]
    links = [x for x in el.iter("a")]
    if len(images) > 1:
        return ""
    values = [images[0].get("title"), images[0].get("alt")] if images else []
    values += [links[0].get("title")] if len(links) == 1 else []
    for value in values:
        value = clean(value)
        if value and authors.person_name(value):
            return value
    return ""


_SIGNATURE_IMAGE = re.compile(r"chu-?ky|chuky|signature|(?:^|[/_-])sign(?:$|[._-])", re.IGNORECASE)


def _signature_image(element: HtmlElement) -> authors.Byline:
    """A scanned signature closing the body: its last block holds no text, only one image
    whose alt text or tooltip is a person's name, right-aligned or named a signature by its
    class or file ("chu-ky", "chuky", "signature"), never a photo with a caption (a centred
    portrait of a leader closing the text names who is pictured, not who wrote)."""
    blocks = [x for x in element if isinstance(x.tag, str)]
    if not blocks:
        return authors.Byline()
    last = blocks[-1]
    images = [x for x in last.iter("img")]
    if text_of(last) or len(images) != 1:
        return authors.Byline()
    img = images[0]
    marked = _SIGNATURE_IMAGE.search(" ".join((img.get("class") or "", img.get("src") or "")))
    if not (marked or right_aligned(last)):
        return authors.Byline()
    name = _pictured_name(last)
    return authors.Byline(author=name) if name else authors.Byline()


def _signature_block(line: str) -> authors.Byline | None:
    """The signature a block after the body reads as: the name, or the name over its source
    line in one block (``<b>Minh Khoa<br>Nguồn: Báo Lào Cai</b>``, read "Minh Khoa Nguồn: Báo
    Lào Cai": the name ends at the next field's label, the source is the line under it)."""
    found = authors.parse_signature(line)
    if found is None and (fields := authors.parse_byline_text(line)) and fields.author:
        return fields
    return found


def _meta_line(line: str) -> bool:
    """A template's counter or date line ("Lượt xem 523 lần", "Cập nhật: 08/03/2024 14:20"):
    short, holding a figure, no sentence (a paragraph ends with one)."""
    return len(line) <= META_LINE_CHARS and any(ch.isdigit() for ch in line) and not line.endswith(_SENTENCE_END)


def _name_beside_counter(row: HtmlElement, line: str) -> authors.Byline:
    """The row after the body that opens with the writer's name in an element of its own,
    beside a counter or a date (``<div><span>Vũ Hải</span> <span>Lượt xem: 146</span></div>``):
    a person's name of two words or more, the rest of the row short and holding a figure; or
    a table row's cell of its own beside the counter's cell (a one-row table ``<td>Lượt xem:
    1.205</td><td class="text-right"><b>Phạm Thu Hằng</b></td>``, :func:`_name_beside_meta`)."""
    if len(line) > 80 or not len(row) or not isinstance(row[0].tag, str):
        return authors.Byline()
    if (cells := _name_beside_meta(_one_row(row))) is not None:
        return cells
    name = text_of(row[0])
    rest = line[len(name) :] if line.startswith(name) else ""
    if len(name.split()) < 2 or not any(ch.isdigit() for ch in rest) or (row[0].tail or "").strip():
        return authors.Byline()
    found = authors.parse_signature(name)
    if found and found.author == name:
        return found
    # an office's account shown as the writer ("Trung tâm Dịch vụ việc làm" in Liferay's
    # ``metadata-author`` beside the view count) signs as the office does closing the text
    office = authors.unit_signature(name)
    return authors.Byline(author=office) if office else authors.Byline()


def _one_row(el: HtmlElement) -> HtmlElement:
    """The row of a table holding one row (``el`` itself when it is no such table)."""
    while el.tag in ("table", "tbody", "thead") and not (el.text or "").strip():
        items = [x for x in el if isinstance(x.tag, str)]
        if len(items) != 1:
            return el
        el = items[0]
    return el


_AUTHOR_CLASS = re.compile(r"author|tac-?gia|tac_gia|byline|nguoi-?viet")


def _byline_after_block(container: HtmlElement) -> authors.Byline:
    """A byline in the first block after the article's own block (``</article><div
    class="author-name">Thu Hương</div>``): an element classed as an author's, or aligned
    right, whose whole text is a signature (never a photo credit)."""
    for sibling in container.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        line = text_of(sibling)
        if not line:
            continue
        if len(line) <= 60 and not authors.photo_credit(line) and (
            _AUTHOR_CLASS.search(attr_words(sibling)) or right_aligned(sibling)
        ):
            found = _signature_block(line)
            if found and found.author:
                return found
        return _author_box(sibling, line)
    return authors.Byline()


INFO_BOX_MAX_WORDS = 60  # an article's information box beside its text: a few short fields


def _info_box_beside(container: HtmlElement) -> authors.Byline:
    """A labelled byline in an information box beside the article's own block, inside the
    block around both ("<div class='detail-left'>headline, text</div><aside class='post-info'>
    Thông tin bài viết: Tác giả: Vũ Thị Hằng, Chuyên mục: ..., Lượt xem: ...</aside>"): a
    sibling of the headline's and text's block with a few words and no link to another
    page, never a column of the page (the block around them is not the page's body) nor a
    sidebar's widget (its teasers link other pages)."""
    parent = container.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return authors.Byline()
    for sibling in (*container.itersiblings(preceding=True), *container.itersiblings()):
        if not isinstance(sibling.tag, str) or sibling.tag in DROP_TAGS:
            continue
        if text_longer(sibling, INFO_BOX_MAX_WORDS * 8) or len(text_of(sibling).split()) > INFO_BOX_MAX_WORDS:
            continue
        if any((a.get("href") or "").strip() and not (a.get("href") or "").strip().startswith(("#", "javascript:"))
               for a in sibling.iter("a")):
            continue
        for el in sibling.iter(*LABELLED_TAGS):
            line = text_of(el)
            if not line or len(line) > 100 or not authors.labelled(line) or authors.photo_credit(line):
                continue
            found = authors.parse_byline_text(line)
            if found and found.author:
                return found
    return authors.Byline()


_SENTENCE_END = (".", "!", "?", "…", '"', "”")
BOLD_NAME_LINES = 3  # the body's last lines looked at for a name in bold or italics


def _bold_name_at_end(
    element: HtmlElement, paragraphs: list[str], captions: set[str] | frozenset[str] = frozenset()
) -> authors.Byline:
    """The writer's name in bold or italics at the very end of the body's last line, after
    its last sentence ("... công trình. <strong>Ngọc Ánh</strong>", "... <em>Minh Anh - Thu
    Hà</em>": every writer named, "Minh Anh, Thu Hà"), the source, reprint and photo lines
    under it ("Nguồn: ...", "Theo ...", "Ảnh: ...") and the attachments' and tags' lines
    ("Tải về: Kế hoạch (PDF)") passed over, among the last
    :data:`BOLD_NAME_LINES` lines. So is a picture's caption (``captions``): the generic
    extractor puts a table layout's caption cell after the text (fx-aspclassic)."""
    for line in paragraphs[-1 : -BOLD_NAME_LINES - 1 : -1]:
        if authors.parse_source(line) or authors.photo_credit(line) or _reprint_line(line) or _field_line(line):
            continue
        if line in captions:
            continue
        return _bold_name_in(element, line)
    return authors.Byline()


def _field_line(line: str) -> bool:
    """A short labelled line under the text ("Tải về: Kế hoạch số 12 (PDF)", "File đính kèm:
    ...", "Từ khóa: ..."): a label of one to four words and its colon, never a sentence."""
    head, colon, _ = line.partition(":")
    return bool(colon) and len(line) <= SOURCE_LINE_CHARS and 1 <= len(head.split()) <= 4


def _reprint_line(line: str) -> bool:
    """A short "Theo ..." line under the text ("Theo Minh Anh (Báo Lào Cai)", "Theo TTXVN"),
    never a paragraph that opens with "Theo đó, ..."."""
    return len(line) <= SOURCE_LINE_CHARS and line.casefold().startswith("theo ")


def _bold_name_in(element: HtmlElement, last: str) -> authors.Byline:
    """The name in bold or italics ending the line ``last``: the line's last element,
    nothing after it, a sentence's end before it in the same line (a bold name alone on
    its line is :func:`authors.signature_from_body`'s, which knows a notice's signatory
    under "TM. ỦY BAN NHÂN DÂN"/"CHỦ TỊCH" from a writer)."""
    for el in element.iter("strong", "b", "em", "i"):
        name = text_of(el)
        if not name or len(name) > 80 or not last.endswith(f" {name}"):
            continue  # (a name alone on its line is the signature's: signature_from_body)
        if el.getnext() is not None or (el.tail or "").strip() or in_teaser(el, element):
            continue
        if not last[: -len(name)].rstrip().endswith(_SENTENCE_END):
            continue
        if authors.photo_credit(name):
            continue  # "... tại hội nghị. <em>Ảnh: Thu Hà</em>": a caption's photographer
        found = authors.parse_signature(name)
        if found and found.author and _names_a_writer(found.author, name):
            return found
    return authors.Byline()


def _names_a_writer(author: str, line: str) -> bool:
    """Every writer of ``author`` ("Minh Anh, Thu Hà") is named in ``line`` as written, and
    is a person (two words or more, never a category's words: "Kinh Tế"), the newsroom's
    staff ("PV", "Nhóm PV") or initials ("Q.Anh"), never an agency or a paper alone
    ("TTXVN", "Báo Lào Cai")."""
    for name in author.split(", "):
        if name not in line:
            return False
        if authors.staff_signature(name) or authors.initials(name):
            continue
        if len(name.split()) < 2 or authors.news_source(name) or authors.category_label(name):
            return False
    return True


#: English pronouns, articles and prepositions: a Title Case heading holds them, a name never
_NO_NAME_WORDS = frozenset("our my your his her their its the a an of and to in on for with how why what".split())
SAPO_WORDS = 20  # the words a sapo (the lead under a byline opening the body) holds at least


def _name_over_sapo(element: HtmlElement, paragraphs: list[str]) -> authors.Byline:
    """The writer's name in bold or italics alone on the line opening the body, over the sapo
    (``<div><b>Thu Hà (CTV)</b></div><p><strong>Trước diễn biến ...</strong></p>``; the body's
    text may have left the short line out): a line the headline's grammar
    (:func:`_title_byline`) reads as a writer (never a kicker in capitals, a category, a
    source or a photo credit), a lead of :data:`SAPO_WORDS` words or more right under it. A
    labelled line there is :func:`authors.byline_at_top`'s."""
    first = next((el for el in element.iter("strong", "b", "em", "i") if text_of(el)), None)
    if first is None:
        return authors.Byline()
    line = text_of(first)
    if len(line) > TITLE_BYLINE_CHARS or not text_of(element).startswith(line):
        return authors.Byline()
    if any(w.casefold() in _NO_NAME_WORDS for w in line.split()):
        return authors.Byline()  # "Our Debt-Free Journey": a heading in Title Case, no name
    sapo = next((p for p in paragraphs if p != line), "")
    if len(sapo.split()) < SAPO_WORDS or line in sapo or paragraphs.index(sapo) > 1:
        return authors.Byline()
    return _title_byline(line) or authors.Byline()


AUTHOR_BOX_CHARS = 400
WRITER_BOX_CHARS = 120
#: the posts a writer signs an author box with (a reporter, an editor, a contributor, an
#: officer of the office's staff), never a leader's ("Chủ tịch", "Giám đốc": a leaders' box)
_WRITER_POST = re.compile(
    r"^(?:phóng viên|biên tập viên|cộng tác viên|chuyên viên|cán bộ|công chức|viên chức)\b", re.IGNORECASE
)


WRITER_BOX_REACH = 3  # the body element's last blocks looked at for a writer's box


def _writer_box_at_end(element: HtmlElement, paragraphs: list[str]) -> authors.Byline:
    """A writer's box (:func:`_writer_box`) among the last blocks of the body's own element
    that the body's text left out (trafilatura drops a block of a photo and two short lines;
    the element it located holds the sapo, the text and the box: the single-page path)."""
    lines = set(paragraphs)
    for child in list(element)[::-1][:WRITER_BOX_REACH]:
        if not isinstance(child.tag, str):
            continue
        line = text_of(child)
        if line in lines:
            break  # the body's own text: the box comes after it or not at all
        if line and (found := _writer_box(child, line)).author:
            return found
    return authors.Byline()


def _writer_box(box: HtmlElement, line: str) -> authors.Byline:
    """The writer's box right after the body: a photo, the name in bold or as a heading and
    the writer's post under it and nothing else (``<div><img><b>Lê Thu Trang</b><br>Công
    chức Văn hóa - Xã hội phường</div>``): a person's name, a post a writer holds (never a
    leader's: a leaders' or a duty officer's box names the office's leaders)."""
    if len(line) > WRITER_BOX_CHARS or box.find(".//img") is None:
        return authors.Byline()
    for el in box.iter("strong", "b", "h3", "h4", "h5", "h6"):
        name = text_of(el)
        if not name or not line.startswith(name) or not authors.person_name(name):
            continue
        post = line[len(name) :].strip(" ,;:-–—")
        if post and _WRITER_POST.match(post) and authors.is_position(post):
            return authors.Byline(author=name, unit=post)
        break
    return authors.Byline()


def _author_box(box: HtmlElement, line: str) -> authors.Byline:
    """An author box after the article (a photo, the name in bold or as a heading, a line of
    bio): a person's name alone in its element, which the photo's ``alt`` or the bio names
    again (a list of other articles with pictures names no one twice)."""
    if len(line) > AUTHOR_BOX_CHARS or box.find(".//img") is None:
        return authors.Byline()
    for el in box.iter("strong", "b", "h3", "h4", "h5", "h6", "a", "span"):
        name = text_of(el)
        found = authors.parse_signature(name) if name and len(name) <= 50 else None
        if not found or not found.author or found.author != name or len(name.split()) < 2:
            continue
        alts = {clean(img.get("alt") or "") for img in box.iter("img")}
        if name in alts or line.count(name) >= 2:
            return found
    return authors.Byline()


TITLE_BYLINE_CHARS = 80


def _title_byline(line: str) -> authors.Byline | None:
    """The byline a line beside the headline reads as: a writer ("Minh Anh", "Minh Anh -
    TTXVN", "Minh Anh/TTXVN", "Minh Anh (Văn phòng UBND)", "Minh Anh - Thu Hà" -> "Minh Anh,
    Thu Hà"), the newsroom's staff ("PV", "Nhóm PV"), initials ("Q.Anh"), under a label
    ("Tác giả: Minh Anh", "Người viết: Minh Anh", "Bài: Minh Anh - Ảnh: Thu Hà" -> the
    writer), a reprint's writer ("Theo Minh Anh (Báo Lào Cai)"). None for the lines that sit
    at that place and name no writer: a photographer's credit ("Ảnh: Thu Hà"), a source
    ("Theo TTXVN", "Báo Lào Cai"), a kicker or a category in capitals or in Title Case
    ("THỜI SỰ", "Kinh Tế", "Văn Hóa - Xã Hội"), anything longer than a byline."""
    line = clean(line)
    if not line or len(line) > TITLE_BYLINE_CHARS or authors.photo_credit(line):
        return None
    staff = authors.staff_signature(line)
    if staff is not None:
        return staff
    if line.isupper():
        return None  # a kicker in capitals ("THỜI SỰ"): not told from a name in capitals
    found = authors.parse_signature(line)
    if found is None or not found.author or not _names_a_writer(found.author, line):
        return None
    return found


#: the classes of a kicker, a category or a label beside the headline ("article__topline",
#: "kicker", "category", "rubric", "eyebrow"): its words are no byline
_KICKER_CLASS = re.compile(r"topline|kicker|categor|rubri|eyebrow|overline|dachzeile|chuyen-?muc|danh-?muc")


def _kicker(el: HtmlElement, above: bool) -> bool:
    """``el`` is the headline's kicker or category: classed as one (in it or under it), or a
    heading above the headline ("<h2>- Advertorial Dalbello-</h2><h1>...")."""
    if above and el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return True
    return any(_KICKER_CLASS.search(attr_words(x)) for x in el.iter() if isinstance(x.tag, str))


def _byline_beside_title(title_el: HtmlElement, above: bool) -> authors.Byline:
    """A byline alone right above or below the headline (``<div><span>Thu
    Hương</span></div><h1>...``, an avatar and the name under it, "Minh Anh - TTXVN", "PV"):
    the line :func:`_title_byline` reads as a writer, never a linked line (a category), the
    site's or a place's name."""
    step = (lambda el: el.getprevious()) if above else (lambda el: el.getnext())
    sibling = step(_title_holder(title_el, step, above))
    for _ in range(1 if above else META_LINE_REACH):  # below: past the date and tool lines
        while sibling is not None and (not isinstance(sibling.tag, str) or not has_text(sibling)):
            sibling = step(sibling)
        if sibling is None or sibling.tag == "a" or sibling.find(".//a") is not None:
            return authors.Byline()
        if text_longer(sibling, META_LINE_CHARS):
            return authors.Byline()  # the body or a block of it: no date line, no name
        line = text_of(sibling)
        if any(ch.isdigit() for ch in line) and len(line) <= META_LINE_CHARS:
            beside = _name_beside_meta(sibling)
            if beside is not None:
                return beside
            sibling = step(sibling)  # a date or tool line under the headline: the next block
            continue
        if _kicker(sibling, above):
            return authors.Byline()
        return _title_byline(line) or authors.Byline()
    return authors.Byline()


def _name_beside_meta(row: HtmlElement) -> authors.Byline | None:
    """The writer in a cell of its own beside the date's cell, in a table layout's row under
    the headline (``<tr><td>Cập nhật ngày: 05/03/2024</td><td align="right"><i>Nguyễn Thị
    Lan</i></td></tr>``): the row's other cells hold no figure, one of them a line
    :func:`_title_byline` reads as a writer; None for any other row."""
    if row.tag != "tr":
        return None
    cells = [c for c in row if c.tag in ("td", "th") and has_text(c)]
    if len(cells) < 2:
        return None
    dated = [c for c in cells if any(ch.isdigit() for ch in text_of(c))]
    others = [c for c in cells if c not in dated]
    if len(dated) != 1 or len(others) != 1 or others[0].find(".//a") is not None:
        return None
    return _title_byline(text_of(others[0]))


TITLE_HOLDER_REACH = 4  # wrappers of the headline climbed to find the line beside it
#: the wrappers climbed: inline markup, a paragraph, a table's cell and row (never a
#: ``<div>``, a ``<header>`` or a section: the block before a page's article band is no byline)
_HEADLINE_WRAPPERS = frozenset(("b", "strong", "font", "span", "em", "i", "u", "p", "td", "th", "tr"))


def _title_holder(
    title_el: HtmlElement, step: Callable[[HtmlElement], HtmlElement | None], above: bool
) -> HtmlElement:
    """The element whose sibling (``step``) is the line beside the headline: the headline
    itself, or the wrapper with nothing on that side of it (``<b><font>headline</font></b>``,
    the ``<p>`` a ``<span class="title">`` shares with the date line, the table row whose one
    cell is the headline: the byline is then the next or the previous row's cell)."""
    headline, el = text_of(title_el), title_el
    for _ in range(TITLE_HOLDER_REACH):
        sibling = step(el)
        while sibling is not None and (not isinstance(sibling.tag, str) or not has_text(sibling)):
            sibling = step(sibling)
        parent = el.getparent()
        if sibling is not None or parent is None or parent.tag not in _HEADLINE_WRAPPERS:
            return el
        whole = text_of(parent)
        # the wrapper holds the headline and at most a date line on its other side
        # (``<p><span class="title">...</span><br><span class="date">...</span></p>``)
        if not (whole.startswith(headline) if above else whole.endswith(headline)):
            return el
        if len(whole) - len(headline) > META_LINE_CHARS:
            return el
        el = parent
    return el


def _shown_headline(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The element showing the headline when the title was read elsewhere (``<title>``: an
    old table template's ``<td class="tieude">`` is no heading): the first, outside links,
    whose text is the title, in a table's cell (the old templates' layout)."""
    if not title:
        return None
    body = tree.find("body")
    for el in body.iter() if body is not None else ():
        if not isinstance(el.tag, str) or el.tag in ("a", "script", "style", "option"):
            continue
        if text_of(el) == title:
            ups = [up.tag for up in el.iterancestors()]
            if el.find(".//a") is None and "a" not in ups and (el.tag in ("td", "tr") or "td" in ups):
                return el
    return None


#: the exact byline classes, looked for on the whole page when the article's block, the
#: page's data and its meta tags name no one
PAGE_BYLINE_SELECTORS = (
    ".author", ".autor", ".auteur", ".byline", ".author-name", ".post-author", ".tacgia", ".tac-gia",
    '[itemprop="author"]', 'a[rel="author"]',
)  # fmt: skip
#: a box of other pages or of readers: a byline there is not the article's
_ELSEWHERE = re.compile(r"sidebar|related|comment|footer|widget|\baside\b|recent|popular|more-|teaser")
PAGE_BYLINE_CHARS = 80


def _byline_on_page(tree: HtmlElement) -> authors.Byline:
    """A byline element anywhere on the page (a theme that puts the byline in the header
    band over the headline, or under the article after its tag list, outside the block the
    body stage found: ``<div class="author-name">Jane Doe</div>``): the first one, in the
    page's order, whose text reads as a name, never in a sidebar, a footer, a box of other
    articles (a teaser) or of comments."""
    selectors = may_match(tree, PAGE_BYLINE_SELECTORS)
    if not selectors:
        return authors.Byline()
    for el in css(tree, ", ".join(selectors)):
        line = el.get("content") or text_of(el)
        if not line or len(line) > PAGE_BYLINE_CHARS:
            continue
        chain = [el, *el.iterancestors()]
        if any(up.tag in ("aside", "footer", "nav") or _ELSEWHERE.search(attr_words(up)) for up in chain):
            continue
        if in_teaser(el) or in_comments(el):
            continue
        found = authors.parse_byline_text(line)
        if found and found.author:
            return found
    return authors.Byline()


def _in_comment_box(el: HtmlElement, stop: HtmlElement) -> bool:
    """``el`` is in a comment's own block (``comment-body``, ``xenforo-comment``,
    ``comment-meta``) below ``stop``: a class or id naming a comment, whatever heading the
    list has (:func:`in_comments` needs a "Comments" heading)."""
    for up in [el, *el.iterancestors()]:
        if up is stop:
            return False
        if _COMMENT_CLASS.search(attr_words(up)):
            return True
    return False


_COMMENT_CLASS = re.compile(r"comment")


def _same_people(names: tuple[str, ...], line: str) -> bool:
    """The byline ``line`` names the people of ``names``: it holds every one of them, or it
    is part of the one name (a first name)."""
    low = f" {line.casefold()} "
    if all(f" {name.casefold()} " in low for name in names):
        return True
    return len(names) == 1 and low in f" {names[0].casefold()} "


#: what stands between two writers' links or names in one byline row ("A - B", "A, B", "A và B")
_CO_WRITER_JOIN = re.compile(r"^\s*(?:[-–—,;&/]|và|and)?\s*$", re.IGNORECASE)
MAX_CO_WRITERS = 4


def _with_co_writers(result: authors.Byline, hits: list[tuple[HtmlElement, str]]) -> authors.Byline:
    """``result`` naming every writer of its byline row when the byline element that named
    its author is followed, as the next siblings, by more of the same kind joined only by a
    dash, a comma or "và" (two links to the writers' pages, ``<a href="/tac-gia/a">Minh
    Anh</a> - <a href="/tac-gia/b">Văn Hùng</a>``): "Minh Anh, Văn Hùng", as a signature's
    two writers are written. Each must be a person's name (never the staff or a newsroom)."""
    if len(hits) < 2 or hits[0][1] != result.author:
        return result
    names = [hits[0][1]]
    for (el, _), (nxt, name) in zip(hits, hits[1:], strict=False):
        if el.getnext() is not nxt or not _CO_WRITER_JOIN.match(el.tail or ""):
            break
        if "," in name or not authors.person_name(name) or name in names:
            break
        names.append(name)
    if len(names) < 2 or len(names) > MAX_CO_WRITERS or not authors.person_name(names[0]):
        return result
    return replace(result, author=", ".join(names), unit=None)


def find_byline(page: Page, text: Text, dates: FoundDates | None = None) -> authors.Byline:
    """Author, unit and source: the profile's byline selector, byline classes near the
    title, the signature at the end of the body or right after it, the author beside the
    time on the date line, source lines, ``<meta name=author>``."""
    tree: HtmlElement = page.tree
    scope = text.container if text.container is not None else tree
    result = authors.Byline()
    # the selector of an ad-hoc or `sites new` profile is a site model's learned place: what
    # an unsigned page of the template holds there must look like who signs
    place = page.profile.adhoc or page.profile.inferred
    for root, selectors in ((tree, page.profile.selectors.author), (scope, BYLINE_SELECTORS)):
        for selector in may_match(root, selectors):
            hits: list[tuple[HtmlElement, str]] = []
            for el in css(root, selector):
                line = el.get("content") or text_of(el) or _pictured_name(el)
                if _credit_after_body(el, line, text):
                    continue  # the photographer's credit under a text: not its writer
                if root is scope and (in_comments(el, scope) or _in_comment_box(el, scope)):
                    continue  # a commenter's name in a comment's header: not the article's
                found = authors.parse_byline_text(line, trusted=root is tree, place=place)
                if found:
                    result = authors.merge(result, found)
                    if found.author:
                        hits.append((el, found.author))
            if result.author:
                result = _with_co_writers(result, hits)
                break
        if result.author:
            break
    if result.author and authors.login_name(result.author) and vietnamese_site(page):
        result = replace(result, author=None, unit=None)  # "Đăng bởi bientap": an account
    profiled = result.author is not None and root is tree  # read with the profile's selector
    holders = _BodyHolders(text) if text.container is not None else None
    if result.author is None and text.container is not None:
        result = authors.merge(result, _labelled_byline(text, holders))
    captions = {i.caption for i in text.images if i.caption}
    result = authors.merge(result, authors.signature_from_body(text.paragraphs, captions=captions))
    if result.author is None:
        result = authors.merge(result, authors.byline_at_top(text.paragraphs))
    if result.author is None and text.element is not None:
        result = authors.merge(result, _signature_after_body(text.element))
    if result.author is None and text.element is not None:
        result = authors.merge(result, _signature_image(text.element))
    if result.author is None and text.element is not None:
        result = authors.merge(result, _writer_box_at_end(text.element, text.paragraphs))
    if result.author is None and text.container is not None and text.element is not None:
        result = authors.merge(result, _byline_after_block(text.container))
    if result.author is None and dates is not None and dates.published is not None:
        result = authors.merge(result, authors.byline_in_date_line(dates.published.raw) or authors.Byline())
    if result.author is None and page.title_el is not None:
        result = authors.merge(result, _meta_line_byline(page.title_el, text.element))
    headline_el = page.title_el if page.title_el is not None else _shown_headline(tree, page.title)
    if result.author is None and headline_el is not None:
        result = authors.merge(result, _byline_beside_title(headline_el, above=True))
        result = authors.merge(result, _byline_beside_title(headline_el, above=False))
    if result.author is None and text.paragraphs and (text.container is not None or text.element is not None):
        block = text.container if text.container is not None else text.element
        result = authors.merge(result, _bold_name_at_end(block, text.paragraphs, captions))
    if result.author is None and text.element is not None:
        result = authors.merge(result, _name_over_sapo(text.element, text.paragraphs))
    if result.author is None and text.container is not None:
        result = authors.merge(result, _info_box_beside(text.container))
    if result.author is None:  # "HÀ ANH - Sáng 5/3, ...": a paper's dateline naming its writer
        result = authors.merge(result, authors.name_opening_lead(text.paragraphs))
    for el in (x for s in may_match(scope, SOURCE_SELECTORS) for x in css(scope, s)):
        source = authors.parse_source(text_of(el)) or clean(text_of(el))
        if source and result.source is None and len(source) <= 80:
            result = authors.merge(result, authors.Byline(source=source))
    if result.source is None and text.container is not None:
        result = authors.merge(result, authors.Byline(source=_source_line(text, holders)))
    host = urlsplit(page.url).hostname or ""
    if result.author and authors.is_site_name(result.author, host):
        result = replace(result, author=None, unit=None)  # the publisher, not a writer
    named = page.structured.author  # JSON-LD, microdata, meta tags, rel=author
    if named and authors.is_site_name(named, host):
        named = None
    if result.author is None and named:
        result = authors.merge(result, authors.Byline(author=named))
    elif result.author and named and result.author != named and _same_people(page.structured.authors, result.author):
        # the byline's text holds the structured names and more ("By Keith Barry Senior
        # Autos Reporter"), or part of them ("Linda"): the names as structured data gives them
        result = replace(result, author=named)
    elif result.author and named and not profiled and bylinemarks.shown(tree, page.structured.authors):
        # the page's data names a person and its byline shows that name, while a rule found
        # another (a teaser's, a commenter's, a category link): the one both say
        result = authors.Byline(author=named, source=result.source)
    if result.author is None and text.container is not None:
        result = authors.merge(result, _byline_on_page(tree))
    if result.author is None:  # a login in the entry's author markup ("surfguard", "Lars")
        anchor = text.element if text.element is not None and text.element.tag not in ("body", "html") else page.title_el
        handle = bylinemarks.handle_byline(tree, anchor, host)
        if not (handle.author and authors.login_name(handle.author) and vietnamese_site(page)):
            result = authors.merge(result, handle)
    meta = first(tree, ('meta[name="author"]',))
    if result.author is None and meta is not None:
        found = authors.parse_signature(meta.get("content") or "")
        if found and not (found.author and authors.is_site_name(found.author, host)):
            result = authors.merge(result, found)
    if result.author is None:  # "... hội nghị. (Bài và ảnh: X)" under the lead picture
        result = authors.merge(result, authors.credit_in_caption(captions))
    if result.author is None and photo_story(page, text):
        result = authors.merge(result, _photographer_signs(text.paragraphs))
    return result


#: a template's own name for a photo story, a class of the article's block or of the page
#: (Drupal's "node--type-anh", "page-node-type-photo", "photo-story", "tin-anh")
_PHOTO_KIND = re.compile(
    r"(?:^|[-_])type[-_]+(?:anh|photos?|gallery|album|tin-?anh|phong-?su-?anh|photo-?story)$"
    r"|^(?:photo-?story|photo-?essay|tin-?anh|phong-?su-?anh|anh-?phong-?su)$",
    re.IGNORECASE,
)
#: a portal's section of photo stories, the first segment of the page's path ("/anh/...",
#: "/tin-anh/...", "/phong-su-anh/...")
_PHOTO_SECTIONS = frozenset({"anh", "tin-anh", "phong-su-anh", "anh-phong-su", "photo", "photos", "photo-story"})
STORY_MIN_PICTURES = 3  # captioned pictures a photo story shows at least, when it does not say it is one
STORY_WORDS_PER_PICTURE = 60  # ... and the running text's words per picture at most


def photo_story(page: Page, text: Text) -> bool:
    """The article is a photo story, its pictures carrying most of what it says: the page
    says so (a photo kind's class on the article's block or the page, :data:`_PHOTO_KIND`; a
    photo section first in its path) and shows a captioned picture; or it shows
    :data:`STORY_MIN_PICTURES` captioned pictures or more with little running text beside
    them (:data:`STORY_WORDS_PER_PICTURE` words per picture at most)."""
    captions = {i.caption for i in text.images if i.caption}
    if not captions:
        return False
    section = urlsplit(page.url).path.strip("/").split("/")[0].casefold()
    blocks = [x for x in (text.element, text.container) if x is not None]
    body = page.tree.find(".//body")
    scopes = [*blocks, *(up for b in blocks[:1] for up in b.iterancestors())]
    if body is not None:
        scopes.append(body)
    if section in _PHOTO_SECTIONS or any(
        _PHOTO_KIND.search(c) for el in scopes for c in (el.get("class") or "").split()
    ):
        return True
    own = sum(len(p.split()) for p in text.paragraphs if p not in captions)
    return len(captions) >= STORY_MIN_PICTURES and own <= STORY_WORDS_PER_PICTURE * len(captions)


def _photographer_signs(paragraphs: list[str]) -> authors.Byline:
    """The photographer a photo story's closing lines credit alone ("Ảnh: Đức Anh"), the
    source lines under it passed over: the story is the pictures', its photographer its
    author (under an ordinary article a photo credit is never the writer's)."""
    for line in paragraphs[-1:-4:-1]:
        if authors.parse_source(line) or _reprint_line(line):
            continue
        if authors.photo_credit(line):
            found = authors.parse_signature(line)
            return authors.Byline(author=found.author) if found and found.author else authors.Byline()
        break
    return authors.Byline()
