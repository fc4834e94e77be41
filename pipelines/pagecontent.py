"""What a page is by what its content column holds, when it is no article (issue 10).

Portals render their service pages in the template of their articles: one heading, one
block. What the block holds says what the page is, whatever its URL (``?tabid=115``):

- a **form** to fill (two fields or more, one of them a text area or three of them, and
  little text): "Gửi câu hỏi", "Góp ý", a registration; undated (an article's comment form
  sits under a dated text);
- a **send-by-mail form** (the sender's and the recipient's addresses) and little text,
  dated or not: a "send to a friend" page under an article's title, day and sapo;
- a **player** (``<video>``, an embedded player) with under :data:`PLAYER_MAX_WORDS` words
  beside it: a video page ("Video", "Phóng sự"), a caption and a date at most;
- **feed links** (three or more distinct ``.rss``/``/feed`` addresses): an RSS index;
- a **biography** with no date: a leader's profile page ("sinh năm", "quê quán", "tốt
  nghiệp", "giữ chức", ...: three cues or more); a dated one is news (an appointment).

Each check looks at the block holding the page's title and body (the body stage's
``container``; its body element, else the page's ``<body>``), outside headers, menus,
footers and asides.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.html import HtmlElement

from pipelines.dom import text_of, under_related_heading
from pipelines.urls import absolutize, canonicalize, same_document

_FRAME = {"header", "nav", "footer", "aside"}
_FRAME_CLASS = re.compile(r"\b(?:header|footer|menu|nav|navbar|sidebar|side-bar|breadcrumb)\b", re.I)
_FIELD_SKIP = {"hidden", "submit", "button", "image", "reset", "checkbox", "radio", "search", "password"}
FORM_MAX_WORDS = 150  # a form page's instructions are short
PLAYER_MAX_WORDS = 50  # a video page: a player and a caption
FEEDS_MIN = 3
_PLAYER_SRC = re.compile(r"youtube|youtu\.be|vimeo|dailymotion|player|embed|/video|\.mp4|\.m3u8", re.I)
_FEED = re.compile(r"\.rss(?:$|[?#])|/rss(?:/|$|\.)|/feeds?(?:/|$)|[?&](?:format|type)=(?:rss|atom)|\.atom$", re.I)
_BIO = tuple(
    re.compile(p, re.I)
    for p in (
        r"\bsinh (?:năm|ngày)\b", r"\bquê quán\b", r"\btốt nghiệp\b", r"\b(?:thạc sĩ|tiến sĩ|cử nhân)\b",
        r"\blý luận chính trị\b", r"\bgiữ (?:các )?chức\b", r"\b(?:vào đảng|kết nạp đảng|đảng viên)\b",
        r"\bnhiệm kỳ\b", r"\btham gia công tác\b", r"\bđại biểu hội đồng nhân dân\b", r"\bborn (?:in|on)\b",
        # an English edition's profile of a leader: degrees, political theory, posts held,
        # the party, the elected bodies
        r"\b(?:master|bachelor|doctor)(?:'s)? (?:degree|of)\b|\bph\.?d\b", r"\bpolitical theory\b",
        r"\bheld (?:various|several|many|the) (?:positions|posts)\b", r"\bjoined the (?:communist )?party\b",
        r"\bdeputy to the \w+ national assembly\b|\bmember of the \w+ party central committee\b",
    )
)  # fmt: skip
BIO_MIN_CUES = 3
# an obituary narrates a life too, and is news ("Tin buồn", the funeral's time and place)
_OBITUARY = re.compile(
    r"\b(?:từ trần|qua đời|tạ thế|tin buồn|lễ viếng|lễ truy điệu|lễ an táng|passed away|died|funeral|obituary)\b", re.I
)


def _framed(el: HtmlElement) -> bool:
    """``el`` sits in a header, a menu, a footer or an aside."""
    for up in el.iterancestors():
        if up.tag in _FRAME or _FRAME_CLASS.search(f"{up.get('class') or ''} {up.get('id') or ''}"):
            return True
    return False


def _scope(tree: HtmlElement, element: HtmlElement | None) -> list[HtmlElement]:
    """Where to look: the block given (the title's and body's common block, else the body
    element), else the page's ``<body>`` (header, menus, footer and asides skipped by the
    callers)."""
    if element is not None:
        return [element]
    body = tree.find("body")
    return [body] if body is not None else []


def form_page(tree: HtmlElement, element: HtmlElement | None, words: int) -> bool:
    """A form to fill in the content column with little text around it."""
    if words > FORM_MAX_WORDS:
        return False
    for root in _scope(tree, element):
        forms = [root] if root.tag == "form" else []
        forms += list(root.iter("form"))
        for form in forms:
            if _framed(form):
                continue
            fields = [
                f for f in form.iter("input", "textarea", "select")
                if f.tag != "input" or (f.get("type") or "text").lower() not in _FIELD_SKIP
            ]  # fmt: skip
            if any(f.tag == "input" and (f.get("type") or "").lower() == "password" for f in form.iter("input")):
                continue  # a login form: pagekind's
            if len(fields) >= 3 or (len(fields) >= 2 and any(f.tag == "textarea" for f in fields)):
                return True
    return False


_MAIL = re.compile(r"e-?mail|thư điện tử", re.I)
MAIL_FIELDS_MIN = 2  # a sender's and a recipient's address


def _mail_field(field: HtmlElement) -> bool:
    """A field for an e-mail address: its type, its name, id or placeholder, or the text of
    the line holding it (its label) says so."""
    if (field.get("type") or "").lower() == "email":
        return True
    own = " ".join(field.get(a) or "" for a in ("name", "id", "placeholder", "aria-label"))
    up = field.getparent()
    return bool(_MAIL.search(own) or (up is not None and up.tag != "form" and _MAIL.search(text_of(up))))


def mail_page(tree: HtmlElement, element: HtmlElement | None, words: int) -> bool:
    """A form to send a page by e-mail in the content column (the sender's and the
    recipient's addresses, :data:`MAIL_FIELDS_MIN` fields for an address) with little text
    around it: a "send to a friend" page showing an article's title, day and sapo over the
    form. A comment or newsletter form asks for one address."""
    if words > FORM_MAX_WORDS:
        return False
    for root in _scope(tree, element):
        for form in [root] if root.tag == "form" else list(root.iter("form")):
            if _framed(form):
                continue
            fields = [f for f in form.iter("input") if (f.get("type") or "text").lower() not in _FIELD_SKIP]
            if sum(map(_mail_field, fields)) >= MAIL_FIELDS_MIN:
                return True
    return False


def player_page(tree: HtmlElement, element: HtmlElement | None, words: int) -> bool:
    """A player and under :data:`PLAYER_MAX_WORDS` words of text beside it."""
    if words >= PLAYER_MAX_WORDS:
        return False
    for root in _scope(tree, element):
        for el in root.iter("video", "iframe", "embed", "object"):
            if _framed(el):
                continue
            src = el.get("src") or el.get("data") or ""
            if el.tag == "video" or _PLAYER_SRC.search(src) or any(s.get("src") for s in el.iter("source")):
                return True
    return False


def feed_index(tree: HtmlElement, element: HtmlElement | None) -> bool:
    """Three feed addresses or more linked in the content column: an RSS index. The block
    given and the one around it (the title's block alone when the body stage found no body
    beside it: Joomla's "page-header", its list of feeds a sibling)."""
    roots = _scope(tree, element)
    up = element.getparent() if element is not None else None
    if up is not None and up.tag not in ("body", "html"):
        roots.append(up)
    for root in roots:
        hrefs = {
            a.get("href") for a in root.iter("a")
            if _FEED.search(a.get("href") or "") and not _framed(a)
        }  # fmt: skip
        if len(hrefs) >= FEEDS_MIN:
            return True
    return False


def biography(lines: list[str]) -> bool:
    """The text reads like a person's curriculum (three of :data:`_BIO`'s cues or more)."""
    text = " ".join(lines)
    if _OBITUARY.search(text):
        return False
    return sum(1 for cue in _BIO if cue.search(text)) >= BIO_MIN_CUES


def content_kind(
    tree: HtmlElement,
    element: HtmlElement | None,
    lines: list[str],
    dated: bool,
    signed: Callable[[], bool] = lambda: False,
) -> tuple[str, str] | None:
    """(reason, detail) for a page whose content column is a form, a send-by-mail form, a
    player, a list of feeds, an undated biography, a poll's results, an issue's contents or a
    bulletin of readings;
    None otherwise. A form or a player on a page with its
    writer's byline (``signed``, asked only then) is an article's: a video report "PV: Quang
    Huy" with its sapo, a notice inviting comments; service pages are unsigned. (Not asked of
    a biography: a leader's profile names its subject where a byline would stand.)"""
    words = sum(len(x.split()) for x in lines)
    if feed_index(tree, element):
        return "other_type", "an RSS index (feed links in the content)"
    if not dated and form_page(tree, element, words) and not signed():
        return "other_type", "a form page (fields to fill, little text, no date)"
    if mail_page(tree, element, words):
        # dated by the article it sends, never signed: the article's byline is not shown
        return "other_type", "a send-by-mail page (a sender's and a recipient's address, little text)"
    if player_page(tree, element, words) and not signed():
        return "other_type", f"a video page (a player and {words} words)"
    if not dated and biography(lines):
        return "other_type", "a person's biography with no date"
    if poll_results(lines) and not signed():
        return "other_type", "a poll's results (options with their votes, little text)"
    if issue_contents(lines):
        return "listing", "an issue's contents (page numbers and the titles on them)"
    if readings(lines) and not signed():
        return "other_type", "a bulletin of readings (places or items with their figures, no sentence)"
    return None


# a reading of a bulletin: a place's or an item's name, a colon, its figure ("Trạm Tân Châu: 2,35 m,
# giảm 3 cm so với hôm qua", "Tổng số hồ sơ tiếp nhận: 412", "Lúa IR 50404: 7.200 đồng/kg")
_READING = re.compile(r"^[^:\d]{2,60}:\s*[-+]?\d[\d.,]*(?:\s|$|[%(/,;])")
READINGS_MIN = 4  # such lines ...
READING_WORDS = 14  # ... each this short, no other line a sentence ...
READINGS_OTHER_MAX = 30  # ... and at most this many words on the other lines (a heading, the source)


def readings(lines: list[str]) -> bool:
    """A bulletin of readings or figures (a day's water levels by gauging station, a month's
    procedure counts, a price board): :data:`READINGS_MIN` short "<name>: <figure> ..." lines
    or more and little else. News gives its figures in sentences around them."""
    # (a phone number is no figure: "Văn phòng Sở - ĐT: 0237.3852.014" is a directory's row)
    entries = [x for x in lines if _READING.match(x) and len(x.split()) <= READING_WORDS and not _PHONE.search(x)]
    if len(entries) < READINGS_MIN:
        return False
    return sum(len(x.split()) for x in lines if x not in entries) <= READINGS_OTHER_MAX


# a bulletin's or a magazine issue's contents line: "Trang 2 - <title>", "Tr. 14: <title>", "Trang 3. <title>"
_CONTENTS_LINE = re.compile(r"^(?:trang|tr\.)\s*\d{1,3}\s*[-–—:.]\s*\w", re.IGNORECASE)
CONTENTS_MIN = 3  # such lines ...
CONTENTS_PROSE_MAX = 40  # ... and at most this many words on the other lines (a heading, the file's name)


def issue_contents(lines: list[str]) -> bool:
    """A bulletin issue's table of contents ("Bản tin ... số 03/2024": "Trang 2 - <title>"
    lines): :data:`CONTENTS_MIN` such lines or more and little else. A page of other pages'
    titles, whatever date the issue page carries; an article never lists its own pages."""
    entries = [x for x in lines if _CONTENTS_LINE.match(x)]
    if len(entries) < CONTENTS_MIN:
        return False
    return sum(len(x.split()) for x in lines if x not in entries) <= CONTENTS_PROSE_MAX


# a Vietnamese phone number: "0226 3861009", "0212.3865.102", "0912 345 678", "(0226) 3861009"
_PHONE = re.compile(r"(?<![\d.,])\(?0\d{2,3}\)?[\s.]?\d{3,4}[\s.]?\d{3,4}(?![\d.,])")
DIRECTORY_PHONES_MIN = 3  # lines holding a phone number
DIRECTORY_LINE_WORDS = 12  # no line this long: a directory's cells, never a sentence


def directory(lines: list[str]) -> bool:
    """A directory of officers or units (a ward's "Cán bộ phường": each one's post, name
    and phone): :data:`DIRECTORY_PHONES_MIN` lines or more holding a phone number and no
    line of prose (every line under :data:`DIRECTORY_LINE_WORDS` words). Asked of undated
    pages only; news giving a hotline tells it in sentences."""
    phones = sum(1 for x in lines if _PHONE.search(x))
    # (the cells' separators are no words: "Bà Trần Thị Mai - Phó Giám đốc Sở - ĐT: 0237.3852.002")
    return phones >= DIRECTORY_PHONES_MIN and all(
        sum(1 for w in x.split() if _WORDLIKE.search(w)) < DIRECTORY_LINE_WORDS for x in lines
    )


_WORDLIKE = re.compile(r"\w")


# an option of a poll with its count: "Hài lòng: 538 phiếu (43.2%)", "Rất tốt - 120 lượt bình chọn"
# (a bare "lượt" is no vote: "1.204 lượt xem", "350 lượt truy cập")
_VOTES = re.compile(
    r"\d[\d.,]*\s*(?:phiếu|lượt (?:bình chọn|chọn|trả lời)|người chọn|votes?)\b"
    r"|\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)",
    re.IGNORECASE,
)
POLL_OPTIONS_MIN = 3
POLL_OPTION_WORDS = 12  # an option's line is short
POLL_PROSE_MAX = 60  # words of the other lines (the question, the total, the poll's dates)


def poll_results(lines: list[str]) -> bool:
    """A poll's results page ("Thăm dò ý kiến"): three lines or more that are an option and
    its votes or share, short, and little else (the question, the total, the poll's dates).
    News of an election or a survey tells its figures in sentences."""
    options = [x for x in lines if _VOTES.search(x) and len(x.split()) <= POLL_OPTION_WORDS]
    if len(options) < POLL_OPTIONS_MIN:
        return False
    rest = sum(len(x.split()) for x in lines if x not in options)
    return rest <= POLL_PROSE_MAX



# --- teasers of other pages: a category of one article, an event's index of announcements --

_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b")
_HEADS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b")
TEASER_TITLE_WORDS = 4  # a linked heading this long is another page's title
TEASER_LINKS = 3  # links a teaser's block holds at most (its title, "Xem tiếp", a category)
DATED_LINKS_MIN = 3


def _elsewhere(href: str | None, base: str, here: str) -> bool:
    target = canonicalize(absolutize(base, href or "") or "") if href else ""
    return bool(target) and target != here and not same_document(target, here)


def _block(el: HtmlElement) -> HtmlElement:
    """The nearest block around ``el`` (a list item, a table row, a paragraph, a div)."""
    for up in [el, *el.iterancestors()]:
        if up.tag in ("li", "tr", "p", "div", "dd", "article", "section"):
            return up
    return el


def teaser_sapo(tree: HtmlElement, base: str, url: str, lines: list[str]) -> bool:
    """Half of the body's words or more are the text of teasers: each sits in a block
    whose heading is a link to another page of the site (a category holding one article:
    its linked title, a date, its sapo; "Xem tiếp")."""
    total = sum(len(x.split()) for x in lines)
    wanted = {x for x in lines if len(x.split()) >= 8}
    if not total or not wanted:
        return False
    here = canonicalize(url)
    words = 0
    for el in tree.iter("p", "div", "span"):
        line = text_of(el)
        if line not in wanted:
            continue
        for up in el.iterancestors():
            # the first block around the line holding a link: a teaser is a small one (its
            # title, maybe "Xem tiếp"), its heading the link, before the line
            links = up.findall(".//a[@href]")
            if up.tag in ("body", "html") or (links and len(links) > TEASER_LINKS):
                break
            if not links:
                continue
            if any(h.find(".//a[@href]") is None for h in up.iter("h1")):
                break  # the page's own headline block
            heads = [h for h in up.iter(*_HEADS) if h.find(".//a[@href]") is not None]
            a = heads[0].find(".//a[@href]") if heads else None
            order = {x: i for i, x in enumerate(up.iter())}
            if a is not None and _own_heading_between(up, heads[0], el, order):
                break  # the section's linked name over the page's own headline, then the line
            if (
                a is not None
                and order.get(heads[0], 1 << 30) < order.get(el, -1)
                and len(text_of(a).split()) >= TEASER_TITLE_WORDS
                and _elsewhere(a.get("href"), base, here)
            ):
                words += len(line.split())
                wanted.discard(line)
            break
    return words >= 0.5 * total


_OWN_HEADINGS = ("h1", "h2", "h3", "h4")


def _own_heading_between(block: HtmlElement, linked: HtmlElement, line: HtmlElement, order: dict) -> bool:
    """An unlinked heading of ``block`` stands between its first linked heading and ``line``:
    the line is under a headline of its own, the link above it the section's name
    (``<h2><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></h2><h3>Headline</h3>...``), not
    another page's title over its sapo."""
    start, end = order.get(linked, 1 << 30), order.get(line, -1)
    return any(
        start < order.get(h, -1) < end and text_of(h) and h.find(".//a[@href]") is None
        for h in block.iter(*_OWN_HEADINGS)
    )


_AFTER_TITLE = re.compile(r"\s*(?:[-–|]\s*)?\(?\s*(?:" + _DATE.pattern + r")(?:\s*\d{1,2}[:h]\d{2})?\s*\)?\s*$")
_BEFORE_TITLE = re.compile(r"^\s*\(?\s*(?:" + _DATE.pattern + r")(?:\s*\d{1,2}[:h]\d{2})?\s*\)?\s*(?:[-–|]\s*)?(?=\S)")
_CUT = re.compile(r"(?:\.\.\.|…)\]?\s*$")


def undated_title(line: str) -> str:
    """``line`` without the date a listing puts after a title ("Tập huấn ... (21/02/2024)",
    "... - 21/02/2024 08:30") or before it ("12/03/2024 Thông báo ...", a category's
    ``<span class="date">`` ahead of each linked title)."""
    return _BEFORE_TITLE.sub("", _AFTER_TITLE.sub("", line))
CUT_SAPO_WORDS = 8


def cut_teaser(tree: HtmlElement, base: str, url: str, lines: list[str]) -> bool:
    """A line is the text of a link to another page (its title, a date after it: "Trao
    Giấy chứng nhận ... (04/03/2024)") and the next line a sapo cut with "...": a teaser,
    the one item of a listing's last page (the caller asks it of short bodies). A link under
    a "Các tin khác" heading is a related article, not the page's content."""
    pairs = [
        (_AFTER_TITLE.sub("", line).casefold(), after)
        for line, after in zip(lines, lines[1:], strict=False)
        if _CUT.search(after) and len(after.split()) >= CUT_SAPO_WORDS
    ]
    titles = {t for t, _ in pairs if len(t.split()) >= TEASER_TITLE_WORDS}
    if not titles:
        return False
    here = canonicalize(url)
    return any(
        text_of(a).casefold() in titles and _elsewhere(a.get("href"), base, here) and not under_related_heading(a)
        for a in tree.iter("a")
    )


def dated_links(root: HtmlElement | None, base: str, url: str) -> int:
    """How many links to other pages of the site ``root`` lists with a date beside each
    (in the same list item, row or paragraph): an index of announcements. Links under a
    "Các tin khác" heading are the related news a short article shows below its text (a
    short notice whose date the page shows only in its foot), never its content."""
    if root is None:
        return 0
    here = canonicalize(url)
    blocks = set()
    for a in root.iter("a"):
        if not _elsewhere(a.get("href"), base, here) or under_related_heading(a, root):
            continue
        block = _block(a)
        if block is root or not _DATE.search(text_of(block)):
            continue
        # the link is a title, or a table row's or list item's title is beside its link
        # ("08/03/2024 | Thông báo tuyển chọn ... | Tải về": a notice board's row)
        if len(text_of(a).split()) >= TEASER_TITLE_WORDS or _titled_row(block, a):
            blocks.add(block)
    return len(blocks)


def _titled_row(block: HtmlElement, link: HtmlElement) -> bool:
    """A table row or list item holding, besides its date and its link's label, a title
    of :data:`TEASER_TITLE_WORDS` words or more."""
    if block.tag not in ("tr", "li"):
        return False
    rest = _DATE.sub(" ", text_of(block).replace(text_of(link), " ", 1))
    return len(rest.split()) >= TEASER_TITLE_WORDS


# --- records: a table of rows under a header, other pages' dated titles and sapos ----------

RECORD_ROWS_MIN = 3  # data rows a table of records holds at least ...
RECORD_COLUMNS_MIN = 3  # ... each of this many cells ...
RECORD_CELL_MAX_WORDS = 40  # ... none a block of text (a layout table's cell holds the page)
RECORD_PROSE_MAX = 50  # words of running text (lines of 8 words or more) beside the table
PROSE_LINE_WORDS = 8


def _data_rows(table: HtmlElement) -> int:
    """The rows of ``table`` holding :data:`RECORD_COLUMNS_MIN` ``<td>`` cells or more, when
    it is a data table (no table inside, no cell a block of text); 0 otherwise."""
    if table.find(".//table") is not None:
        return 0
    rows = 0
    for tr in table.iter("tr"):
        cells = tr.findall("td")
        if any(len(text_of(c).split()) > RECORD_CELL_MAX_WORDS for c in cells):
            return 0
        rows += len(cells) >= RECORD_COLUMNS_MIN
    return rows


def records_table(tree: HtmlElement, element: HtmlElement | None, lines: list[str]) -> bool:
    """The content column is a table of records with little running text beside it: a data
    table (:func:`_data_rows`: three rows of three cells or more) whose words are at least
    those of the prose lines outside it, which hold under :data:`RECORD_PROSE_MAX` words. A
    list of commendation decisions, the tenders open, a unit's job vacancies, the online
    services of a department: rows of items, each its own record, not a text. (An article
    built round a table, revenue by source, has its sapo and a paragraph or two beside it.)"""
    for root in _scope(tree, element):
        tables = [t for t in root.iter("table") if not _framed(t) and _data_rows(t) >= RECORD_ROWS_MIN]
        if not tables:
            continue
        inside = {text_of(c) for t in tables for c in t.iter("td", "th")}
        table_words = sum(len(text_of(t).split()) for t in tables)
        prose = sum(
            len(x.split()) for x in lines if x not in inside and len(x.split()) >= PROSE_LINE_WORDS
        )
        return prose < RECORD_PROSE_MAX and table_words >= prose
    return False


_TITLE_DATED = re.compile(
    r"^(?P<title>.+?)\s*(?:[-–|]\s*)?[(\[]?\s*(?:" + _DATE.pattern + r")(?:\s*[-–,]?\s*\d{1,2}[:h]\d{2})?\s*[)\]]?\s*$"
)
DATED_SAPOS_MIN = 3
SAPO_MIN_WORDS = 15


def dated_sapos(lines: list[str]) -> bool:
    """Three lines or more each another item's title with its date after it ("Thông cáo báo
    chí về ... (13/03/2024)"), each followed by a sapo (a line of :data:`SAPO_MIN_WORDS` words
    or more, no date closing it), holding half of the text's words or more: an index of press
    releases or announcements showing each one's whole sapo (linked or not), not a text of
    its own. A "Tin liên quan" list inside an article's body is titles and dates alone."""
    total = sum(len(x.split()) for x in lines)
    count = words = 0
    for line, after in zip(lines, lines[1:], strict=False):
        match = _TITLE_DATED.match(line)
        if (
            match
            and len(match.group("title").split()) >= TEASER_TITLE_WORDS
            and len(after.split()) >= SAPO_MIN_WORDS
            and not _TITLE_DATED.match(after)
        ):
            count += 1
            words += len(line.split()) + len(after.split())
    return count >= DATED_SAPOS_MIN and words >= 0.5 * total
