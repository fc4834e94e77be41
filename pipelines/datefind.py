"""Where a page's publication and update dates are read from.

In order: the profile's date selector; meta tags (``article:published_time``,
``og:published_time``, ``itemprop=datePublished``, JSON-LD ``datePublished`` /
``dateModified``); then date lines next to the title (the title's container, then
one level up), with ``<time datetime>`` there too. Sidebars and "Tin mới" lists are
never read: they are outside the title's container or skipped by class name.
Lines saying "Cập nhật"/"modified" give the update date. When a page shows no other date
(many portals print nothing but "Cập nhật lúc 08:40 ngày 5/3/2024"), that date is also its
publication date, with ``basis`` "updated" saying so; the profile's ``date_line`` can say
the site's update line is its publication date ("published") or never is ("updated_only").
With no date line near the title, the date line at the article's foot (:func:`foot_lines`:
after the body, before other articles' teasers, a sidebar or the site's footer).
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from dataclasses import dataclass
from datetime import UTC, date, datetime

from lxml.html import HtmlElement

from pipelines.body import chrome_kind
from pipelines.chrome import Learned
from pipelines.dateplaces import article_of, header_lines, permalink
from pipelines.datereconcile import false_utc, on_site_clock, other_reading, shows_update
from pipelines.dates import (
    EN_DAY_FIRST,
    EN_MONTH_FIRST,
    VERBAL_DAY_FIRST,
    VERBAL_MONTH_FIRST,
    YEARLESS,
    ParsedDate,
    newest_day,
    parse_vn_date,
    with_year,
)
from pipelines.dom import (
    COMMENTS_HEADING,
    INLINE_FORMAT,
    RELATED_HEADING,
    above,
    attr_words,
    breadcrumb,
    clean,
    common_ancestor,
    contains,
    css,
    in_comments,
    in_teaser,
    in_teaser_list,
    inline_children,
    keeping_teasers,
    line_text,
    own_text,
    text_of,
    topic_and_date,
)
from pipelines.structured import Structured, read_structured
from pipelines.titles import typed_date

_UPDATED = re.compile(
    r"cập nhật|cập nhập|sửa đổi|chỉnh sửa|sửa lúc|sửa lần cuối|lần sửa|ngày sửa|sửa ngày|hiệu chỉnh"
    r"|updated?|modified|last edited",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(
    r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|tháng\s*\d|"
    + VERBAL_MONTH_FIRST.pattern + "|" + VERBAL_DAY_FIRST.pattern
    # a calendar badge's month box alone ("Th2", "Thg 3"): the box around it holds the date
    + r"|\bthg?\.?\s*\d{1,2}(?![\d/:.-])",
    re.IGNORECASE,
)
# English month names too ("March 5, 2024"): a date line only when short (English prose
# names days in passing: "a screenshot of their website from April 2, 2025")
_EN_DATE = re.compile(EN_MONTH_FIRST.pattern + "|" + EN_DAY_FIRST.pattern, re.IGNORECASE)
HAS_DATE = re.compile(NUMERIC_DATE.pattern + "|" + _EN_DATE.pattern, re.IGNORECASE)
# every branch of HAS_DATE needs a digit, and starts with a digit, "t" (tháng, thg) or an
# English month's first letter: a text without a digit is settled by a cheap scan, and the
# branches are tried only where one of them can start (HAS_DATE's many case-folded branches
# tried at every character of every element's own text were a third of the date stage)
_DIGIT = re.compile(r"\d")
_HAS_DATE_AT = re.compile(r"(?=[\dtjfmasond])(?:" + HAS_DATE.pattern + ")", re.IGNORECASE)


def has_date(text: str) -> bool:
    """``HAS_DATE.search(text) is not None``, faster."""
    return _DIGIT.search(text) is not None and _HAS_DATE_AT.search(text) is not None
EN_LINE_CHARS = 60
# a publication label after an update ("Cập nhật lúc 15:00 09-03-2024 | Đăng lúc 08:40 ...")
_PUBLISHED_LABEL = re.compile(
    r"ngày đăng|đăng tải|đăng (?:lúc|ngày|vào)|ngày xuất bản|xuất bản|published|posted", re.IGNORECASE
)
# a line opened by the draft's creation ("Ngày tạo: 28/02/2024 16:40 | Ngày đăng tải:
# 01/03/2024 07:30", a vendor platform's two columns): the publication label after it wins
_CREATED = re.compile(r"^\W*(?:ngày (?:khởi )?tạo|tạo (?:lúc|ngày)|thời gian tạo|created(?: on| at)?)\b", re.IGNORECASE)
#: a line opened by the label of a date that is not the page's publication: an event's
#: ("Thời gian diễn ra:", "Ngày tổ chức:"), a deadline's ("Hạn nộp:"), a document's entry
#: into force ("Ngày hiệu lực:"), its issue or signature ("Ngày ban hành:", "Ngày ký:": a
#: document attached to the article). What a date selector finds there (a site model's place
#: learned from the dated pages, or a maintainer's) is no publication date, on any page, and
#: no such line is the page's date line
_OTHER_DATE = re.compile(
    r"^\W*(?:thời gian|ngày|thời điểm)\s+(?:diễn ra|tổ chức|khai mạc|bế mạc|thi|nhận hồ sơ)\s*:"
    r"|^\W*(?:hạn nộp|hạn chót|thời hạn|hạn đăng ký|ngày (?:có )?hiệu lực|hiệu lực|sự kiện"
    r"|ngày ban hành|ban hành|ngày ký|ngày văn bản)\b[^:]{0,20}:",
    re.IGNORECASE,
)
# a span of days ("Thời gian: 05/03/2024 - 07/03/2024", "từ 08/3 đến 10/3/2024"): an event's,
# an exhibition's, a call's, never the day a page was posted; a line holding one is no date
# line unless it labels the publication (:func:`event_span`)
DAY_RANGE = re.compile(
    r"(?<![\d/.])\d{1,2}\s*([/.-])\s*\d{1,2}(?:\s*\1\s*(?:19|20)?\d{2})?"
    r"\s*(?:[-–—]|đến|tới|to)\s*(?:ngày\s*)?\d{1,2}\s*\1\s*\d{1,2}\s*\1\s*(?:19|20)?\d{2}(?![\d/])",
    re.IGNORECASE,
)


def event_span(line: str) -> bool:
    """``line`` shows a span of days and labels no publication: an event's dates."""
    return DAY_RANGE.search(line) is not None and not _PUBLISHED_LABEL.search(line)


# a publication day in the URL's path, before the slug ("/2024/03/05/slug.html"); a day
# archive ("/2024/03/05/", ".../page/2/") has no slug after it
_URL_DAY = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/(?!page/)[^/?#]*[a-z][^/?#]*", re.IGNORECASE)
# the day as one folder of eight digits ("/thoi-su/20240312/slug-5130.html")
_URL_DAY_COMPACT = re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/(?!page/)[^/?#]*[a-z][^/?#]*", re.IGNORECASE)
_SIDEBAR = re.compile(
    r"sidebar|side-bar|col-right|colright|right-col|related|lien-quan|lienquan|tin-khac|tinkhac"
    r"|other|more-news|list-news|news-list|tin-moi|tinmoi|widget|box-news|newest|latest|comment"
    r"|\bright\b|\bleft\b|column-2|column-last|\baside\b|secondary"
)
MAX_LINE_CHARS = 160
# a line citing a legal document ("Nghị định số 23/2015/NĐ-CP ngày 16/02/2015", "Số
# 56/KH-UBND") dates that document, not the page
DOC_NUMBER = re.compile(r"\d+/\d{4}/[A-ZĐ]|\d+/[A-ZĐ]{1,6}[-–][A-ZĐ]")
# a line opened by a date of birth ("Sinh ngày 12/5/1974. Quê quán: ...", "Ngày sinh:
# 03/9/1980"): a person's, never the page's (a leader's profile under an update line alone
# had its biography's first sentence read as the publication date, 1974)
BIRTH_LINE = re.compile(r"^\W*(?:sinh (?:ngày|năm)|(?:ngày|năm|ngày,? tháng,? năm) sinh)\b", re.IGNORECASE)
# a source attribution above or under the text ("Theo Báo Vân Lĩnh ngày 05/3/2024", "Nguồn:
# Báo Nhân Dân, số ra ngày 02/03/2024"): the day the source printed it, not the page's (a
# republishing portal's own "Ngày đăng" is lower); a line that also labels the publication
# ("Nguồn: X | Ngày đăng: ...") is a date line, its labelled day read (:func:`split_line`)
SOURCE_DATE_LINE = re.compile(r"^\W*(?:theo(?!\s+dõi)|nguồn(?:\s+tin)?\s*:)\s*[^\W\d]", re.IGNORECASE)
@dataclass(frozen=True)
class FoundDates:
    published: ParsedDate | None = None
    updated: ParsedDate | None = None
    source: str | None = None  # "selector", "meta", "jsonld", "page", "foot", "url"
    basis: str = "published"  # "updated": the publication date is the page's update date


def split_line(text: str) -> tuple[str | None, str | None]:
    """(published part, updated part) of a date line."""
    if _CREATED.match(text) and (label := _PUBLISHED_LABEL.search(text)):
        text = text[label.start() :]  # the creation, then the publication: the latter's
    elif (label := _PUBLISHED_LABEL.search(text)) and _labelled_after_another(text, label.start()):
        text = text[label.start() :]  # "Nguồn: Báo Nhân Dân (02/03/2024) - Đăng ngày: 04/03/2024"
    match = _UPDATED.search(text)
    if not match:
        return text, None
    before = text[: match.start()].strip(" |-–—,;:()[]")
    after = text[match.start() :]
    label = _PUBLISHED_LABEL.search(after)
    # the update first, the publication after it; what comes before the update's label
    # without a digit is that label's own first word ("Ngày cập nhật: 08/03/2024 16:00 |
    # Ngày đăng: 05/03/2024 08:30"), no part of a publication date
    if label and not _DIGIT.search(before):
        return after[label.start() :], f"{before} {after[: label.start()]}".strip(" |-–—,;:()[]")
    return (before or None), after


def _labelled_after_another(text: str, at: int) -> bool:
    """The publication label at ``at`` follows another day on its line (a source's, "Nguồn: Báo
    Nhân Dân (02/03/2024) - Đăng ngày: 04/03/2024 15:20") and labels a day of its own: the
    labelled day is the page's. Not after an update (:func:`split_line` pairs the two)."""
    head = text[:at]
    return has_date(head) and not _UPDATED.search(head) and has_date(text[at:])


def _parse_line(
    text: str, tz: str, order: str = "auto"
) -> tuple[ParsedDate | None, ParsedDate | None]:
    pub_text, upd_text = split_line(text)
    published = parse_vn_date(pub_text, tz, order) if pub_text else None
    updated = parse_vn_date(upd_text, tz, order) if upd_text else None
    return published, updated


def _from_selectors(
    tree: HtmlElement, selectors: list[str], tz: str, order: str = "auto"
) -> FoundDates:
    published = updated = None
    for selector in selectors:
        for el in css(tree, selector):
            text = text_of(el)
            if text and (_OTHER_DATE.match(text) or event_span(text)):
                continue  # an event's or a deadline's date at the place: not this page's
            pub, upd = _parse_line(text, tz, order) if text else (None, None)
            pub = _attribute_order(el, text, pub, tz, order)
            machine = el.get("datetime") or el.get("content")
            if machine and not upd:  # <time datetime>: the machine-readable value is exact
                value = parse_vn_date(machine, tz)  # (unless a false "+00:00" on the shown clock)
                pub = pub if false_utc(pub, value) else _finer(value, pub)
            elif pub is not None and pub.precision in ("day", "month"):  # its time or day beside it
                # a place learned around a <time> ("span.posted-on" over WordPress's <time
                # datetime>) shows the day; the one machine value inside it tells that day's time
                pub = _finer(pub, _inner_machine(el, tz))
                box = _split_date(el, tree, tz, order)[0]
                pub = (_in_month(box, pub) or pub) if pub.precision == "month" else _finer(pub, box)
            published, updated = published or pub, updated or upd
        if published:
            break
    return FoundDates(published, updated, "selector")


def _inner_machine(el: HtmlElement, tz: str) -> ParsedDate | None:
    """The machine-readable date of the one ``<time datetime>`` inside ``el`` (none when
    there are several: a published and an updated value)."""
    values = [t.get("datetime") for t in el.iter("time") if t is not el and t.get("datetime")]
    return parse_vn_date(values[0], tz) if len(values) == 1 else None


#: a structured date at exactly midnight UTC: what static-site generators (Hugo, Jekyll,
#: Gatsby) and headless CMSs write for a date-only field ("date: 2024-03-11" ->
#: "2024-03-11T00:00:00+00:00"); read as that day (day precision, 00:00 in the site's zone),
#: not as 07:00 in Vietnam. A visible time on the page still gives the time (``_finer``).
_UTC_MIDNIGHT = re.compile(r"^\d{4}-\d{2}-\d{2}T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$", re.IGNORECASE)


#: a day written as digits alone, year first, with its time or not: "20240308",
#: "202403080930", "20240308093000" (``<meta name="pubdate" content="20240308">``)
_COMPACT_DAY = re.compile(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:([01]\d|2[0-3])([0-5]\d)(?:[0-5]\d)?)?")


def _from_meta(data: Structured, tz: str, tree: HtmlElement | None = None) -> FoundDates:
    """The first publication and update dates structured data gives that parse (meta tags
    and microdata in their ranked order, then JSON-LD: :mod:`pipelines.structured`); a value
    at exactly midnight UTC is a date-only field, read as that day (:data:`_UTC_MIDNIGHT`);
    a Unix time in seconds or milliseconds (:func:`_epoch`) is that instant, a day written as
    digits alone (:data:`_COMPACT_DAY`) that day;
    a value in UTC that the page writes elsewhere with the site's offset (another structured
    value, a ``<time datetime>`` of ``tree``) is read on the site's clock
    (:func:`pipelines.datereconcile.on_site_clock`: the site's day is the page's)."""

    def first(values: tuple[tuple[str, str], ...]) -> tuple[ParsedDate | None, str]:
        for value, where in values:
            value = value.strip()
            if _UTC_MIDNIGHT.match(value):  # a date-only field serialised as midnight UTC
                value = value[:10]
            elif _EPOCH.fullmatch(value):  # a Unix time ("1709692200000" in an itemprop's content)
                value = _epoch(value) or value
            elif compact := _COMPACT_DAY.fullmatch(value):  # "20240308" (a pubdate meta)
                y, mo, d, h, mi = compact.groups()
                value = f"{y}-{mo}-{d}" + (f"T{h}:{mi}:00" if h else "")
            parsed = parse_vn_date(value, tz)
            if parsed:
                return parsed, where
        return None, "meta"

    (published, source), (updated, _) = first(data.published), first(data.updated)
    clocks: list[str] | None = None
    for value in (published, updated):
        if value is not None and value.iso.endswith("+00:00") and clocks is None:
            clocks = [v for v, _ in (*data.published, *data.updated)]
            if tree is not None:
                clocks += [t.get("datetime", "") for t in tree.iter("time") if t.get("datetime")]
    if clocks:
        published = on_site_clock(published, clocks, tz) if published else None
        updated = on_site_clock(updated, clocks, tz) if updated else None
    return FoundDates(published, updated, source)


def _in_sidebar(el: HtmlElement, stop: HtmlElement) -> bool:
    for up in [el, *el.iterancestors()]:
        if up is stop:
            return False
        if _sidebar_class(up, own=up is el):
            return True
    return False


def _quoted(el: HtmlElement, stop: HtmlElement) -> bool:
    """``el`` sits in a ``<blockquote>``: an embedded post (a tweet's "January 1, 2020") or
    a quotation carries another text's date, never the page's."""
    for up in [el, *el.iterancestors()]:
        if up is stop:
            return False
        if up.tag == "blockquote":
            return True
    return False


def in_breadcrumb(el: HtmlElement, stop: HtmlElement) -> bool:
    """``el`` sits in a breadcrumb ("Trang chủ › Tin tức  13/03/2024 - 15h30") or a kicker
    row ("Thời sự | 05.03.2024", one section link: :func:`pipelines.dom.topic_and_date`):
    the first block around it holding a link is navigation, not a teaser, and the date is
    the page's."""
    for up in [el, *el.iterancestors()]:
        if up is stop:
            return False
        if up.find(".//a[@href]") is not None:
            return breadcrumb(up) or topic_and_date(up, stop)
    return False


# an alignment or float utility ("right", "text-right", "pull-left"): on the date line's
# own element it places the line (a date at the right of the breadcrumb), it names no column
_ALIGN = re.compile(r"\b(?:right|left)\b")


def _sidebar_class(el: HtmlElement, own: bool) -> bool:
    """``el``'s class or id names a sidebar or a list of other articles; on the date line's
    ``own`` element, "right"/"left" alone are where the line sits, not a column."""
    words = attr_words(el)
    if own:
        words = _ALIGN.sub(" ", words)
    return bool(_SIDEBAR.search(words))


def _scan(
    region: HtmlElement,
    skip: HtmlElement | None,
    tz: str,
    learned: Learned,
    order: str = "auto",
    elements: list[HtmlElement] | None = None,
    foot: bool = True,
    url: str = "",
    body: HtmlElement | None = None,
) -> FoundDates:
    """The first date line of ``region`` (or of ``elements`` in it: the foot's lines, each
    of them foot-shaped unless ``foot`` is False) and an update line just after it. A
    paragraph of the ``body`` element's prose is no date line ("Sáng ngày 2/3/2024, Ủy ban
    nhân dân xã ..." in the sapo: the day of the event, not the page's, and no time)."""
    published = updated = None
    after = 0  # elements looked at after the publication date, for an update line
    # the inline children of the line being read whole (below): a line refused (chrome, a
    # teaser's, a document number) is not read again piece by piece, its "<b>14/03/2024</b>"
    # taken alone for the date the whole line was refused for
    pieces: set[HtmlElement] = set()  # of the lines refused
    for el in region.iter() if elements is None else elements:
        if not isinstance(el.tag, str) or el is skip or el.tag in ("script", "style") or el in pieces:
            continue
        read_whole: list[HtmlElement] = []
        month_box = False
        if el.tag == "a" and not _date_link(el):
            continue
        if el.tag == "time" and el.get("datetime"):
            line = el.get("datetime", "")
        elif len(own := own_text(el)) > MAX_LINE_CHARS:
            # a paragraph (the body's, read for an update line after the date): its whole
            # text, which holds every word of its own text, is longer still, no date line
            continue
        elif has_date(own) or (len(el) and own and has_date(line_text(el))):
            # (a date line split across inline children, "Ngày <b>05/03/2024</b> - 15:00",
            # is read whole at its own element, the time in the tail with it; an element with
            # no words of its own, only children side by side, "<span>date</span> <span>Lượt
            # xem: 1.024</span>", is no such line: its child holding the date is read alone)
            line = text_of(el)
            if len(line) > MAX_LINE_CHARS:
                # (before its label is looked for: a label only lengthens it). Its pieces are
                # read alone: a deck's sentence with the date in a span of its own, "<h2>The
                # island ... recovery?<span class="date">Monday, 6 January 2020</span></h2>"
                continue
            read_whole = inline_children(el)
            pieces.update(read_whole)
            line = _labelled(el, line)
        elif MONTH_YEAR_BOX.fullmatch(own):
            line = own  # a calendar badge's month box, "03/2024", beside its day's box
            month_box = True
        elif (shown := _attribute_date(el)) is not None:
            line = shown
        elif (dated := _yearless(el, own, tz, order)) is not None:
            line = dated  # "T3, 05/03 - 10:20": this year's post, its year the page's
        else:
            continue
        if len(line) > MAX_LINE_CHARS or _in_sidebar(el, region) or _quoted(el, region):
            continue
        if el.tag != "time" and sentence(line) and not POSTED_SENTENCE.match(line):
            continue  # a date in the text's prose ("... được tái lập từ ngày 01/01/1997 theo ...")
        if body is not None and (_in_prose(el, body, skip) or _body_sentence(el, body, skip, line)):
            continue
        if body is not None and SIGNING_LINE.match(line) and contains(body, el) and not _right_over(el, skip):
            continue  # a notice's signing line in its text: the foot's scan weighs it (_at_foot)
        if len(line) > EN_LINE_CHARS and not NUMERIC_DATE.search(line):
            continue  # an English month in a sentence
        # a line on every page is chrome, except a calendar icon's month box ("Tháng 02/2023"
        # on every article of the month), whose day box beside it tells the date
        chrome = learned.is_chrome(line)
        if chrome and not _month_box(line, tz, order) and not _shown_twice(el, line):
            continue
        if foot and elements is not None and el.tag != "time" and not FOOT_LINE.match(line):
            continue  # a closing sentence with a deadline in it is no date line
        # a notice's number, then its post's labelled day ("Số: 45/TB-UBND | Ngày đăng: ..."):
        # the labelled day is the page's, the number no document's date
        label = _PUBLISHED_LABEL.search(line)
        if label and DOC_NUMBER.search(line[: label.start()]) and has_date(line[label.start() :]):
            line = line[label.start() :]
        if DOC_NUMBER.search(line) or BIRTH_LINE.match(line) or _OTHER_DATE.match(line) or event_span(line):
            continue  # a document's, an event's or a deadline's date; a birth date; a span of days
        if SOURCE_DATE_LINE.match(line) and not _PUBLISHED_LABEL.search(line):
            continue  # the source's day of a republished article
        # (a date link is mostly link text by itself: only a list of teasers makes it another's)
        teaser = in_teaser_list(el, region) if el.tag == "a" else in_teaser(el, region)
        if teaser and not in_breadcrumb(el, region) and not permalink(el, region, url) and not (foot and elements is not None and _by_documents(el, region)):
            continue  # another article's date ("Các tin khác (05/03/2024)")
        pub, upd = _parse_line(line, tz, order)
        if el.tag != "time":
            pub = _attribute_order(el, line, pub, tz, order)
        if el.tag == "time" and el.get("datetime"):  # "2024-03-14" shown as "14.03.2024 | 14:20"
            shown = parse_vn_date(text_of(el), tz, order)  # (the shown clock over a false "+00:00")
            pub = shown if false_utc(shown, pub) else _finer(pub, shown)
        elif pub is None and upd is None:  # a date split over elements: the day, "Tháng 3", 2024
            pub, upd = _split_date(el, region, tz, order)
        elif pub is not None and pub.precision == "month":  # a calendar icon's "Tháng 02/2023"
            finer = _in_month(_split_date(el, region, tz, order)[0], pub)
            if finer is None and (chrome or month_box):
                continue  # (a bare "03/2024" with no day's box beside it dates nothing)
            pub = finer or pub
        elif pub is not None and pub.precision == "day":  # the time in an element of its own
            pub = _finer(pub, _split_date(el, region, tz, order)[0])  # ("05/03/2024", "|", "08:40")
        if published and (pub or not upd):
            break  # a second date line that is not an update: not ours
        pieces.difference_update(read_whole)  # (a line taken: its pieces are read after it, as ever)
        published, updated = published or pub, updated or upd
        if published and updated:
            break
        if published:
            after += 1
            if after > 3:
                break
    return FoundDates(published, updated, "page")


def _shown_twice(el: HtmlElement, line: str) -> bool:
    """``el``'s date line, learned as chrome (the header's today, "Thứ Ba, 19/03/2024", on every
    page), is shown again elsewhere on its page: the article's own date line on the day the page
    was served, the same text as the header's. Asked only of a chrome date line in the region.

    The page's text is searched first (whitespace aside, as :func:`text_of` collapses it): the
    line shown by ``el`` and by another element stands in it twice, and most pages hold the
    header's line once, so the elements are compared one by one (each one's text read) only
    on a page that may show it twice."""
    root = el.getroottree().getroot()
    if not (el.tag == "time" and el.get("datetime")):  # (a <time>'s line is its attribute)
        squeezed = "".join(unicodedata.normalize("NFC", "".join(root.itertext())).split())
        if squeezed.count("".join(line.split())) < 2:
            return False
    return any(
        other is not el and not contains(other, el) and not contains(el, other) and text_of(other) == line
        for other in root.iter()
        if isinstance(other.tag, str) and other.tag not in ("script", "style", "title", "head", "html", "body")
    )


#: a line of this many words (holding a letter) that ends like a sentence is prose: the date
#: in it is one the text speaks of (a founding, a decision, an event), never a date line's,
#: which is a label, a day and a time, and perhaps a place, a name or a counter beside them
SENTENCE_WORDS = 15
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
_LETTER_WORD = re.compile(r"\S*[^\W\d_]\S*")


# a closing sentence opened by the post's own label ("Tin đăng ngày 08/03/2024 lúc 09:10 theo đề
# nghị của Phòng Văn hóa và Thông tin huyện."): a date line however long, the day its post's
POSTED_SENTENCE = re.compile(r"^\W*(?:tin|bài)\s+(?:viết\s+)?(?:được\s+)?đăng\s+(?:ngày|lúc|vào)\b", re.IGNORECASE)


def sentence(line: str) -> bool:
    """``line`` reads as a sentence of prose (:data:`SENTENCE_WORDS`), not as a date line."""
    return _SENTENCE_END.search(line) is not None and len(_LETTER_WORD.findall(line)) >= SENTENCE_WORDS


LABEL_CHARS = 40  # a label in an element of its own: "Last updated on:", "Ngày đăng:"


def _labelled(el: HtmlElement, line: str) -> str:
    """``line`` (``el``'s text) with the label an element of its own gives it just before it
    ("<span>Last updated on:</span> <span>November 29, 2025</span>", "<b>Cập nhật:</b>
    09/03/2024"): an update line read without its label would be taken for the publication
    date. A line with a label of its own is kept as it is."""
    if _UPDATED.search(line) or _PUBLISHED_LABEL.search(line):
        return line
    prev, parent = el.getprevious(), el.getparent()
    if prev is not None:
        label = text_of(prev) + " " + (prev.tail or "")
    else:
        label = parent.text or "" if parent is not None else ""
    label = " ".join(label.split())
    if not label or len(label) > LABEL_CHARS or any(ch.isdigit() for ch in label):
        return line
    # (and another date's label, "<td>Ngày ban hành:</td><td>13/03/2024</td>" in a notice's fields
    # table above "Ngày đăng:": the line then reads as that date's and is passed over)
    if _UPDATED.search(label) or _PUBLISHED_LABEL.search(label) or _OTHER_DATE.match(label):
        return f"{label} {line}"
    return line


@keeping_teasers  # a listing's cards asked once each, not once a date line
def find_dates(
    tree: HtmlElement,
    tz: str,
    selectors: list[str],
    title_el: HtmlElement | None,
    body_el: HtmlElement | None,
    learned: Learned | None = None,
    date_line: str = "auto",
    order: str = "auto",
    url: str = "",
    structured: Structured | None = None,
) -> FoundDates:
    """Published and updated dates of an article page: the profile's date selector first;
    then structured data (meta tags, JSON-LD) and the date line near the title, the line
    winning when the two disagree on the day (or tell the same day, the line more
    precisely), structured data standing alone when the page shows no date line; later
    sources only fill in a missing update date. With no publication date, the update date
    stands in for it (``date_line``: "auto" marks it ``basis="updated"``, "published" reads
    it as the publication date, "updated_only" leaves the publication date empty). With no
    date at all, the day in the ``url``'s path ("/2024/03/05/slug.html"). ``structured``:
    the page's structured data when already read (:func:`pipelines.structured.read_structured`)."""
    if title_el is None and body_el is not None and in_teaser(body_el) and not _prose(body_el):
        body_el = None  # a "body" that is another page's teaser: the dates around it are its
    found = _from_selectors(tree, selectors, tz, order) if selectors else FoundDates()
    data = structured or read_structured(tree)
    meta = _from_meta(data, tz, tree)  # read once, used twice
    if found.published is not None and found.published.precision in ("day", "month"):
        found = _refined(found, meta)
        if found.published.precision == "day":  # the time the article's foot gives that day
            found = _timed_at_foot(found, title_el, body_el, tz, learned or Learned(), order)
    for step in ("meta", "page"):
        if step == "meta":
            if found.published and found.updated:
                continue
            more = meta
        elif found.published and found.updated and found.source == "selector":
            break
        else:
            more = _near_title(title_el, body_el, tz, learned or Learned(), order, url)
            if more.published is None and more.updated is None:  # printed at the foot
                more = _at_foot(title_el, body_el, tz, learned or Learned(), order)
            elif more.published is not None and more.published.precision == "day":
                more = _timed_at_foot(more, title_el, body_el, tz, learned or Learned(), order)
            if more.published is None and more.updated is None:  # the body's first line
                more = _first_line(title_el, body_el, tz, learned or Learned(), order)
            if found.source in ("meta", "jsonld") and found.published and more.published:
                # structured data beside the visible date line: the line the readers see
                # wins on the day; structured data gives the time for that same day. Not
                # when the line shows the structured update date (a modified value never
                # stands for the publication) or a numeric day both orders read whose other
                # reading structured data gives (:mod:`pipelines.datereconcile`)
                if shows_update(more.published, found.published, meta.updated) or other_reading(
                    more.published, found.published
                ):
                    found = FoundDates(found.published, found.updated or more.updated, found.source)
                    continue
                if (
                    _finer(more.published, found.published) is more.published
                    or more.published.iso[:10] != found.published.iso[:10]
                    or false_utc(more.published, found.published)  # the line's own time, shown
                ):
                    found = FoundDates(more.published, found.updated or more.updated, more.source)
                    continue
        if found.published is None and more.published is not None:
            found = FoundDates(more.published, found.updated or more.updated, more.source)
        elif found.updated is None and more.updated is not None:
            # a foot line says where it was read (the capture-day guard reads it)
            source = found.source or (more.source if more.source == "foot" else None)
            found = FoundDates(found.published, more.updated, source)
    if found.published is None and found.updated is None:  # a labelled day in a side box
        found = FoundDates(_labelled_anywhere(tree, tz, order), None, "page")
    if found.published is None and (data.app_published or data.app_updated):
        # a JavaScript app's page data (Next.js's ``__NEXT_DATA__``) only where the page shows
        # no date of its own: it is the script's state, not a date the page declares to readers
        # or search engines, so it never gives its time to a day the page shows
        app = _from_meta(Structured(data.app_published, data.app_updated), tz, tree)
        if app.published is not None:
            found = FoundDates(app.published, found.updated or app.updated, "app")
    found = _url_day_first(found, url, tz)
    if found.published is None and found.updated is not None and date_line != "updated_only":
        if date_line == "published":  # the site's "Cập nhật" line is its publication date
            found = FoundDates(found.updated, None, found.source)
        else:
            found = FoundDates(found.updated, found.updated, found.source, "updated")
    return found


def _timed_at_foot(
    near: FoundDates,
    title_el: HtmlElement | None,
    body_el: HtmlElement | None,
    tz: str,
    learned: Learned,
    order: str,
) -> FoundDates:
    """``near`` (a day with no time, read by the title: "Thứ Ba, 05/03/2024 (25/01 Âm lịch)")
    with the time the article's foot gives for that same day ("Đăng lúc: 08:40 - 05/03/2024 |
    Cập nhật: ..."), and the foot's update when the title's line has none; a foot line of
    another day is no part of it."""
    assert near.published is not None
    foot = _at_foot(title_el, body_el, tz, learned, order)
    if foot.published is None or foot.published.iso[:10] != near.published.iso[:10]:
        return near
    return FoundDates(_finer(near.published, foot.published), near.updated or foot.updated, near.source, near.basis)


def _in_prose(el: HtmlElement, body: HtmlElement, title: HtmlElement | None) -> bool:
    """``el`` is in a paragraph of prose of the ``body`` element (one not holding the title):
    its line whole, with the inline elements around it, is a paragraph's length."""
    if not contains(body, el) or (title is not None and contains(body, title)):
        return False
    block = el
    while block.tag in INLINE_FORMAT and (up := block.getparent()) is not None and up is not body:
        block = up
    whole = text_of(block)
    if len(whole) < PROSE_CHARS:
        return False
    if block is el or not any(br.tag == "br" for br in block.iter("br")):
        return True
    # the block's lines split by <br> (a table cell's loose run of headline, date line and meta
    # row, which parsing wraps in one <p>: dom._split_runs): the line holding ``el`` is its line
    from pipelines.body import block_paragraphs

    own = text_of(el)
    line = next((x for x in block_paragraphs(block) if own and own in x), whole)
    return len(line) >= PROSE_CHARS


def _body_sentence(el: HtmlElement, body: HtmlElement, title: HtmlElement | None, line: str) -> bool:
    """``line`` is a short sentence of the ``body`` element's text (one not holding the title):
    it ends as a sentence does and has :data:`BODY_SENTENCE_WORDS` words or more ("Lễ tổng kết
    và trao giải sẽ diễn ra vào tối ngày 25/3/2024."): an event's day in the text, never the
    article's date line (which a label or the date opens, and which ends with no full stop
    after its words: "Ngày đăng: 06/03/2024")."""
    if not contains(body, el) or (title is not None and contains(body, title)):
        return False
    return _SENTENCE_END.search(line) is not None and len(_LETTER_WORD.findall(line)) >= BODY_SENTENCE_WORDS


BODY_SENTENCE_WORDS = 8


def _prose(el: HtmlElement) -> bool:
    """``el`` holds two paragraphs of prose: an article's text, never a teaser (whose block
    may look like a list's item when the article's block holds a row of tool links)."""
    return sum(1 for p in el.iter("p") if len(text_of(p).split()) >= 15) >= 2


_PRECISION = {"month": 0, "day": 1, "minute": 2, "second": 3}


def _finer(date: ParsedDate | None, other: ParsedDate | None) -> ParsedDate | None:
    """``date``, or ``other`` when it is the same day told more precisely."""
    if date is None:
        return other
    if other is not None and other.iso[:10] == date.iso[:10]:
        if _PRECISION.get(other.precision, 0) > _PRECISION.get(date.precision, 0):
            return other
    return date


def _split_date(
    el: HtmlElement, region: HtmlElement, tz: str, order: str
) -> tuple[ParsedDate | None, ParsedDate | None]:
    """The date of a short box whose parts are elements of their own (``<span
    class="day">05</span><span class="month">Tháng 3</span><span class="year">2024</span>``),
    read from the box's whole text, up to two levels above the part."""
    box = el
    for _ in range(2):
        box = box.getparent()
        if box is None or box is region:
            break
        text = text_of(box)
        if len(text) > SPLIT_BOX_CHARS:
            break
        pub, upd = _parse_line(text, tz, order)
        if pub or upd:
            return pub, upd
    return None, None


SPLIT_BOX_CHARS = 40
# a calendar badge's month box written with digits only ("03/2024", "Th 03/2024"), the day in
# a box of its own beside it ("13"); HAS_DATE does not take a month and year alone (prose,
# document numbers), so only an element whose whole own text it is is read, for its box's day
MONTH_YEAR_BOX = re.compile(r"\s*(?:tháng|thg?\.?|t)?\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}\s*", re.IGNORECASE)


# a relative date as a portal shows it ("2 giờ trước", "hôm qua", "vừa xong", "3 hours ago")
RELATIVE = re.compile(
    r"\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng)\s*trước|hôm qua|hôm kia|vừa xong|vừa đăng"
    r"|\d+\s*(?:seconds?|minutes?|hours?|days?|weeks?)\s*ago|just now",
    re.IGNORECASE,
)
_DATE_ATTRIBUTES = ("title", "data-time", "data-date", "data-original-title", "data-publishdate")
# a "time ago" script's instant as Unix time, in seconds or milliseconds (``<span
# class="timeago" data-timestamp="1709684400">Hôm qua</span>``)
_EPOCH_ATTRIBUTES = ("data-timestamp", "data-time", "data-utime", "data-unix", "data-epoch", "data-ts")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
RELATIVE_CHARS = 30
#: what a "time ago" script shows in place of a date it keeps in an attribute for the week's
#: items: the weekday alone, or with the time ("Thứ Năm", "Thứ Hai, 09:30", "T2 09:30",
#: "Monday 9:30 AM"), or the time alone; no day of the calendar of its own
_PARTIAL_SHOWN = re.compile(
    r"^(?:(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|t[2-7]|cn|mon(?:day)?|tue(?:sday)?"
    r"|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?(?:\s*[,|\-–]?\s*"
    r"(?:lúc\s*)?\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:sa|ch|am|pm))?)?"
    r"|(?:lúc\s*)?\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:sa|ch|am|pm))?)$",
    re.IGNORECASE,
)


def _attribute_date(el: HtmlElement) -> str | None:
    """The absolute date an element showing a relative one ("2 giờ trước"), only a weekday
    or a time ("Thứ Năm", "Thứ Hai, 09:30": :data:`_PARTIAL_SHOWN`), its day without the
    year ("04/03", "T2, 04/03 08:15": :data:`YEARLESS`, the attribute's same day) or none
    carries in an attribute (``<span title="05/03/2024 08:40">2 giờ trước</span>``, ``<abbr
    class="timeago" title="2024-03-07T14:15:00+07:00">Thứ Năm</abbr>``, ``<abbr
    class="published" title="04/03/2024 08:15">04/03</abbr>``): what the reader sees when
    hovering it, never dependent on the crawl day."""
    for key in _DATE_ATTRIBUTES:  # (before the text is read: most elements carry none)
        value = (el.get(key) or "").strip()
        if value and len(value) <= MAX_LINE_CHARS and has_date(value):
            break
    else:
        value = next((v for key in _EPOCH_ATTRIBUTES if (v := _epoch(el.get(key))) is not None), None)
        if value is None:
            return None
    text = text_of(el)
    if len(text) > RELATIVE_CHARS or (
        text and not RELATIVE.search(text) and not _PARTIAL_SHOWN.match(text) and not _same_day(text, value)
    ):
        return None
    return value


def _epoch(value: str | None) -> str | None:
    """A Unix time (seconds, or milliseconds) as an ISO instant in UTC; None for any other
    value or one outside the years a page is dated in."""
    if not value or not _EPOCH.fullmatch(value := value.strip()):
        return None
    seconds = int(value) // (1000 if len(value) == 13 else 1)
    instant = datetime.fromtimestamp(seconds, UTC)
    return instant.isoformat() if MIN_EPOCH_YEAR <= instant.year <= 2100 else None


MIN_EPOCH_YEAR = 2000


def _same_day(shown: str, value: str) -> bool:
    """``shown`` is a day without its year (:data:`YEARLESS`) that ``value`` is a date of."""
    match = YEARLESS.fullmatch(shown)
    if match is None:
        return False
    date = parse_vn_date(value)
    return date is not None and (int(date.iso[8:10]), int(date.iso[5:7])) == (int(match["d"]), int(match["m"]))


def _attribute_order(el: HtmlElement, line: str, pub: ParsedDate | None, tz: str, order: str) -> ParsedDate | None:
    """``pub`` (read from ``line``, ``el``'s text, in the site's ``order``) or, when an
    attribute of ``el`` or of an element in it gives the date the line's other order reads,
    that reading: the editors typed "06/03/2024 09:20" day first under a server whose culture
    writes month first everywhere else ("3/5/2024 8:40:00 AM", the order a crawl learns), and
    the line's own ``title="3/6/2024 9:20:00 AM"`` says which day it is."""
    if pub is None or pub.precision not in ("day", "minute", "second") or order not in ("auto", "dmy", "mdy", "us"):
        return pub
    if len(line) > MAX_LINE_CHARS:
        return pub  # (a block, not a line: its attributes are its parts')
    value = next(
        (v for x in el.iter() if isinstance(x.tag, str) for key in _DATE_ATTRIBUTES
         if (v := (x.get(key) or "").strip()) and len(v) <= MAX_LINE_CHARS and has_date(v)),
        None,
    )  # fmt: skip
    if value is None:
        return pub
    shown = parse_vn_date(value, tz)
    if shown is None or shown.iso[:10] == pub.iso[:10]:
        return pub
    other = _parse_line(line, tz, "mdy" if order in ("auto", "dmy") else "dmy")[0]
    return other if other is not None and other.iso[:10] == shown.iso[:10] else pub


def _yearless(el: HtmlElement, own: str, tz: str, order: str) -> str | None:
    """The date line of an element showing a day without its year (:data:`YEARLESS`: "04/03",
    "T3, 05/03 - 10:20", the "08/03" of "08/03 | 09:00 | 125 lượt xem", a badge's "15/03" over
    its "2024"), its year written in: a theme printing this year's posts so; the year is the
    one whose day is nearest the newest day the page writes in full (the header's today, the
    related posts' days: when it was served, never the crawl's day), the weekday's when one is
    shown. Read with its short box (up to two levels, :data:`SPLIT_BOX_CHARS`) when the box
    tells it more precisely (a time or the year in an element of its own)."""
    if not own or len(own) > YEARLESS_CHARS or not YEARLESS.fullmatch(own):
        return None
    root = el.getroottree().getroot()
    if root not in _NEWEST:
        _NEWEST[root] = newest_day(" ".join(root.itertext()))
    near = _NEWEST[root]
    line = with_year(own, near) if near is not None else None
    if line is None:
        return None
    day = parse_vn_date(line, tz, order)
    ends_with_month = YEARLESS.fullmatch(own)["time"] is None  # type: ignore[index]
    box = el
    for _ in range(2):
        box = box.getparent()
        if box is None:
            break
        text = text_of(box)
        if len(text) > SPLIT_BOX_CHARS or text.count(own) != 1:
            break
        at = text.index(own) + len(own)
        year = _YEAR_BOX.match(text, at) if ends_with_month else None
        if year is not None:  # the year in a box of its own after it ("15/03" over "2024")
            candidate = text[:at] + line[len(own) : len(own) + 1] + year.group(1) + text[year.end() :]
        else:
            candidate = text[: at - len(own)] + line + text[at:]
        finer = parse_vn_date(candidate, tz, order)
        if finer is not None and day is not None and finer.iso[:10] == day.iso[:10]:
            if _PRECISION.get(finer.precision, 0) > _PRECISION.get(day.precision, 0) or year is not None:
                return candidate
    return line


YEARLESS_CHARS = 30
_YEAR_BOX = re.compile(r"\s+((?:19|20)\d{2})(?!\d)")
# the newest full day of each page a year-less display was read on (the page's whole text)
_NEWEST: weakref.WeakKeyDictionary[HtmlElement, date | None] = weakref.WeakKeyDictionary()


def _date_link(el: HtmlElement) -> bool:
    """A link whose whole text is a date ("05/03/2024 08:40" linking to the day's archive): the
    page's date line; a link with more words is navigation or another article's headline."""
    text = text_of(el)
    if len(text) > DATE_LINK_CHARS or not has_date(text):
        return False
    date = parse_vn_date(text)
    return date is not None and date.precision != "month"


DATE_LINK_CHARS = 32


def _month_box(line: str, tz: str, order: str) -> bool:
    """``line`` is a month and its year alone ("Tháng 02/2023", "Tháng 3, 2024")."""
    if len(line) > MONTH_BOX_CHARS:
        return False
    date = parse_vn_date(line, tz, order)
    return date is not None and date.precision == "month"


MONTH_BOX_CHARS = 20


def _in_month(date: ParsedDate | None, month: ParsedDate) -> ParsedDate | None:
    """``date`` when it falls in ``month`` (a month-precision date) and tells its day: a
    calendar icon's day box beside its "Tháng 02/2023" box, read as the box's one date."""
    if date is None or date.iso[:7] != month.iso[:7] or date.precision == "month":
        return None
    return date


def labelled_date(lines: list[str]) -> bool:
    """Some short line labels a publication date ("Ngày đăng: 05/03/2024", "Đăng lúc 8h40,
    5/3/2024", "Ngày xuất bản: ngày 4 tháng 3 năm 2024"), or a bare label's line is followed
    by the date's (a record box's ``<dt>Ngày đăng:</dt><dd>26/02/2024 4:10:00 CH</dd>``)."""
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        if len(line) > MAX_LINE_CHARS or not _PUBLISHED_LABEL.search(line):
            continue
        if parse_vn_date(line):
            return True
        if len(line) <= BARE_LABEL_CHARS and len(after) <= MAX_LINE_CHARS and parse_vn_date(after):
            return True
    return False


def _labelled_anywhere(tree: HtmlElement, tz: str, order: str) -> ParsedDate | None:
    """The one publication day the page labels anywhere, for a page nothing near its title or
    at its foot dated: a portal's "Thông tin bài viết" box in the right column, ``<dt>Ngày xuất
    bản</dt><dd>05/03/2024 08:40</dd>``, or "Ngày đăng: 05/03/2024" out of the article's block.
    A publication label ("Ngày đăng", "Ngày xuất bản", "Đăng lúc", not an update's) on a short
    line with its date, or alone before the element holding it; never in another page's teaser
    or in the comments; none when two such lines give two dates (records listed with theirs)."""
    days: dict[str, ParsedDate] = {}
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "head", "title"):
            continue
        own = own_text(el)
        if not own or len(own) > MAX_LINE_CHARS or not _PUBLISHED_LABEL.search(own):
            continue
        if has_date(own):
            line = text_of(el)
        elif len(own) <= BARE_LABEL_CHARS and len(el) == 0 and (after := el.getnext()) is not None:
            line = f"{own} {text_of(after)}"
        else:
            continue
        if len(line) > MAX_LINE_CHARS or _UPDATED.search(line) or in_teaser(el) or in_comments(el):
            continue
        pub = _parse_line(line, tz, order)[0]
        if pub is not None and pub.precision != "month":
            days[pub.iso] = pub
    return next(iter(days.values())) if len(days) == 1 else None


BARE_LABEL_CHARS = 30  # a label alone on its line ("Ngày đăng:", "Ngày xuất bản")


def _url_day_first(found: FoundDates, url: str, tz: str) -> FoundDates:
    """The day in the URL's path ("/2024/03/05/slug.html") over a publication date read from
    the page that cannot be the publication's: one before it (the CMS writes the URL's day
    when the post is published, so the publication is never earlier: an earlier date is an
    event's, in the first sentence) or, from structured data, more than :data:`URL_DAY_LAG`
    days after it (a later edit or a migration; a draft published a day or two after its URL
    was written keeps its own date, and a visible date line later than the URL's day wins as
    it does over structured data). The profile's date selector always wins. With no date at
    all, the URL's day; with an update line only, that line (``date_line`` reads it)."""
    day = url_date(url, tz) if url else None
    if day is None:
        return found
    if found.published is None:  # an update line alone stands in for it (``date_line``)
        return FoundDates(day, None, "url") if found.updated is None else found
    if found.source == "selector":
        return found
    lag = (date.fromisoformat(found.published.iso[:10]) - date.fromisoformat(day.iso[:10])).days
    if lag >= 0 and (lag <= URL_DAY_LAG or found.source not in ("meta", "jsonld", "app")):
        return found
    return FoundDates(day, found.updated, "url")


URL_DAY_LAG = 7


def url_date(url: str, tz: str) -> ParsedDate | None:
    """The publication day a URL's path gives ("/2024/03/05/slug.html", "/20240305/slug.html"),
    as a day."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DAY.search(path) or _URL_DAY_COMPACT.search(path)
    if not match:
        return None
    y, m, d = match.group(1, 2, 3)
    return parse_vn_date(f"{y}-{int(m):02d}-{int(d):02d}", tz)


def _refined(found: FoundDates, meta: FoundDates) -> FoundDates:
    """The visible date line's day, with the time a meta tag gives for that same day (a
    page that prints "01/03/2023" and says 09:00 in article:published_time)."""
    pub, better = found.published, meta.published
    if pub is None or better is None or better.iso[:10] != pub.iso[:10]:
        return found
    if _PRECISION.get(better.precision, 0) <= _PRECISION.get(pub.precision, 0):
        return found
    return FoundDates(better, found.updated, found.source, found.basis)


def _near_title(
    title_el: HtmlElement | None,
    body_el: HtmlElement | None,
    tz: str,
    learned: Learned,
    order: str = "auto",
    url: str = "",
) -> FoundDates:
    anchor = title_el if title_el is not None else body_el
    if anchor is None:
        return FoundDates()
    typed = typed_date(title_el) if title_el is not None else None
    if typed:  # "Headline (05/03/2024 08:40)": the day typed after the headline in its element
        pub, upd = _parse_line(typed, tz, order)
        if pub is not None:
            return FoundDates(pub, upd, "page")
    region = _wrapped(anchor).getparent()
    for _ in range(2):
        if region is None or region.tag in ("body", "html"):
            break
        found = _scan(region, title_el, tz, learned, order, url=url, body=body_el)
        if found.published or found.updated:
            return found
        region = region.getparent()
    rows = rows_under_title(title_el) if title_el is not None else []
    if rows:  # a table layout's headline row, its date line in a row of its own under it
        found = _scan(rows[0], title_el, tz, learned, order, rows, foot=False, url=url, body=body_el)
        if found.published or found.updated:
            return found
    rows = row_over_title(title_el) if title_el is not None else []
    if rows:  # a table layout's day in the row right over the headline's cell (the text under it)
        found = _scan(rows[0], title_el, tz, learned, order, rows, foot=False, url=url, body=body_el)
        if found.published or found.updated:
            return found
    article = article_of(title_el, body_el) if title_el is not None else None
    if article is not None:  # (two levels up were not yet the article: scanned above)
        lines = header_lines(article, body_el)
        found = _scan(article, title_el, tz, learned, order, lines, foot=False, url=url)
        if found.published or found.updated:
            return found
    if title_el is None:
        return FoundDates()
    found = _timed_under_title(title_el, tz, order)
    return found if found.published or found.updated else _badge_under_title(title_el, tz, order)


def _wrapped(el: HtmlElement) -> HtmlElement:
    """The block ``el`` is the whole text of, through the inline elements wrapping it (a site
    model's headline ``<b>`` in ``<p class="MsoNormal"><span><b>Headline</b></span></p>``): the
    scan near the title climbs from the headline's block, not from its inline wrappers."""
    text = text_of(el)
    while el.tag in INLINE_FORMAT and (up := el.getparent()) is not None and up.tag not in ("body", "html"):
        if text_of(up) != text:
            break
        el = up
    return el


#: rows with text looked at under a table layout's headline row for its date line
UNDER_TITLE_ROWS = 2


def rows_under_title(title_el: HtmlElement) -> list[HtmlElement]:
    """The elements of the rows right under the headline's row when the headline sits alone
    in a table cell (``<tr><td><span id="..._lblTieuDe">Headline</span></td></tr><tr><td>Ngày
    đăng: <span>...</span></td></tr>``, a WebForms portal's detail table): the title's cell
    and row are two levels, so the scan near the title never reaches the next row. The first
    ``UNDER_TITLE_ROWS`` rows with text, each row's elements in order; none when the headline
    is in no cell of its own (a cell holding more text than the headline is the page's frame)."""
    cell = next((up for up in title_el.iterancestors() if up.tag in ("td", "th")), None)
    if cell is None or text_of(cell) != text_of(title_el):
        return []
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return []
    out: list[HtmlElement] = []
    seen = 0
    for sibling in row.itersiblings("tr"):
        if not text_of(sibling):
            continue
        seen += 1
        if seen > UNDER_TITLE_ROWS:
            break
        out.extend(el for el in sibling.iter() if isinstance(el.tag, str))
    return out


OVER_TITLE_WORDS = 12  # the row over a table's headline cell read for its day: this short at most


def row_over_title(title_el: HtmlElement) -> list[HtmlElement]:
    """The elements of the row right over the headline's row when the headline opens a table
    cell holding the text under it (``<tr><td>TIN TỨC</td><td align="right">Ngày 05 tháng 3 năm
    2024</td></tr><tr><td><strong>Headline</strong><br><p>...</p></td></tr>``, a legacy table
    portal): the scan near the title climbs the cell and its row only. None when the headline
    does not open its cell or the row over it is more than a short line
    (``OVER_TITLE_WORDS``)."""
    cell = next((up for up in title_el.iterancestors() if up.tag in ("td", "th")), None)
    if cell is None or not text_of(cell).startswith(text_of(title_el)):
        return []
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return []
    above = next((r for r in row.itersiblings("tr", preceding=True) if text_of(r)), None)
    if above is None or len(text_of(above).split()) > OVER_TITLE_WORDS:
        return []
    return [el for el in above.iter() if isinstance(el.tag, str)]


#: elements with text looked at right after the headline for its timed date line
UNDER_TITLE_LINES = 2


def _timed_under_title(title_el: HtmlElement, tz: str, order: str) -> FoundDates:
    """The headline's own date line when the scan refused it as the site's chrome: a short
    line right after the headline (a credit line may come between) that is a day and a time
    ("Thứ Ba, 05/03/2024 08:30"). A small site's listings show each article's date line as
    its page does (home, category, tag page), so the line recurs on enough of its pages to be
    learned as chrome; a line of the site's chrome under every headline is no day and time
    of one article ("Hôm nay: Thứ Tư, 06/03/2024" is in the header, and day-only)."""
    seen = 0
    for sibling in title_el.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        line = text_of(sibling)
        if not line:
            continue
        seen += 1
        if seen > UNDER_TITLE_LINES or len(line) > 60:
            break
        if not has_date(line) or sentence(line) or DOC_NUMBER.search(line) or event_span(line):
            continue
        pub, upd = _parse_line(line, tz, order)
        if pub is not None and pub.precision not in ("day", "month", "year"):
            return FoundDates(pub, upd, "page")
        break
    return FoundDates()


BADGE_ALT_CHARS = 40  # a calendar badge's alt: "Ngày 05/03/2024", "05/03/2024"


def _badge_under_title(title_el: HtmlElement, tz: str, order: str) -> FoundDates:
    """The day a calendar badge image right after the headline shows, read from its ``alt``
    or ``title`` (``<div class="lich"><img src="/images/lich/05-03-2024.png" alt="Ngày
    05/03/2024"></div>``: a site builder draws the day as a picture, and the page prints it
    nowhere else). The first of ``UNDER_TITLE_LINES`` elements after the headline, an image
    or a block holding images and no text; a short alt that is a date, no sentence."""
    seen = 0
    for sibling in title_el.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        images = [sibling] if sibling.tag == "img" else list(sibling.iter("img"))
        if not images and not text_of(sibling):
            continue
        seen += 1
        if seen > UNDER_TITLE_LINES:
            break
        if text_of(sibling) or not images:
            continue  # a line of text: the scans before this one read it
        for img in images:
            alt = clean(img.get("alt") or img.get("title") or "")
            if not alt or len(alt) > BADGE_ALT_CHARS or not has_date(alt) or sentence(alt):
                continue
            pub, _ = _parse_line(alt, tz, order)
            if pub is not None:
                return FoundDates(pub, None, "page")
        break
    return FoundDates()


# --- the date line at the article's foot ---------------------------------------------------

# a foot line: a label first ("Ngày đăng: ...", "Cập nhật lúc ...", "Người đăng: X | ..."),
# the date alone ("05/03/2024 08:40", "(05/03/2024)"), or a place and its day ("Bắc Hòa,
# ngày 5 tháng 3 năm 2024"), an English month first ("March 4, 2024 16:45"), a weekday first
# ("Thứ sáu, 23/02/2024 - 15:35", "T6, 23/02/2024", "Chủ nhật, ...": never "Thứ trưởng ...")
FOOT_LINE = re.compile(
    r"\s*(?:(?:ngày|người|thời gian|cập|đăng|xuất bản|sửa|chỉnh|posted|published|updated?|date)"
    r"|(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|t[2-7]|cn)\s*[,:-]"
    r"|[\d(\[]|[^\d,.:;]{2,30},\s*ngày\s*\d|(?:tin|bài)\s+(?:viết\s+)?(?:được\s+)?đăng\s"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
# where the article's foot ends: a heading over other articles' teasers, the site's footer
_FOOT_END = re.compile(r"©|bản quyền|copyright|giấy phép|all rights reserved", re.IGNORECASE)
_FOOTER_CLASS = re.compile(r"footer|copyright|bottom")
PROSE_CHARS = 120  # own text of a body paragraph (the body's end is after the last one)
FOOT_LINES = 6  # lines with text looked at after the body's end


def foot_lines(
    title_el: HtmlElement | None, body_el: HtmlElement | None
) -> tuple[HtmlElement | None, list[HtmlElement]]:
    """The article's container and the first lines after its body's end, up to a list of
    other articles' teasers ("Tin liên quan" heading, list items holding links), a sidebar
    or the site's footer (©, "Bản quyền"): where portals print the date line under the
    article. The body's end: the end of ``body_el`` (short lines after its last paragraph of
    prose count: a right-aligned "Bắc Hòa, ngày 5 tháng 3 năm 2024"), or with no body
    element, the last paragraph of prose after the title."""
    if body_el is not None and title_el is not None and contains(body_el, title_el) and body_el.tag == "table":
        # a layout table holding the headline, the text, the "Các tin khác" list and the site's
        # footer (the single-page text's element on a table portal): the page's frame, no
        # body whose end the foot follows; the text's end is its last paragraph of prose
        body_el = None
    anchor = title_el if title_el is not None else body_el
    if anchor is None:
        return None, []
    container = None
    if title_el is not None and body_el is not None:
        container = common_ancestor(title_el, body_el)
    if container is None or container.tag in ("body", "html"):
        container = anchor.getparent() if anchor is body_el else above(anchor, FOOT_LEVELS)
    if container is None or container.tag in ("body", "html"):
        return None, []
    seen, past = title_el is None, False
    lines: list[HtmlElement] = []  # after the last paragraph of prose so far
    row: HtmlElement | None = None  # the last row of page tools passed over
    for el in container.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if row is not None and contains(row, el):
            continue
        if seen and _tool_row(el, body_el):
            row = el  # a tool, share or tag row: no line of the article's, and no list's end
            continue
        if el is title_el:
            seen = True
        if not seen or (title_el is not None and contains(title_el, el)):
            continue
        if body_el is not None and contains(body_el, el):
            past = True
            if el is body_el or len(own_text(el)) >= PROSE_CHARS:
                lines = []  # still the body
            elif own_text(el):
                lines.append(el)
            continue
        if body_el is not None and not past:
            continue  # the title's own lines (a tool row, a share bar): the foot is after the body
        if _site_footer(el):
            break
        own = own_text(el)
        if not own:
            continue
        if _document_link(el):
            continue  # an attachment's link ("Tệp đính kèm: Kế hoạch.pdf"): no teaser, no line
        if _foot_end(el, container):
            break
        if body_el is None and len(own) >= PROSE_CHARS:
            lines = []
            continue
        lines.append(el)
    # a link (a tag of the tag row) or a separator (", ", "|") is not one of the lines
    lines = [el for el in lines if el.tag != "a" and _WORDY.search(own_text(el))]
    return container, lines[:FOOT_LINES]


_WORDY = re.compile(r"\w")
_DOCUMENT_HREF = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|rar|7z)(?:[?#]|$)", re.IGNORECASE)


def _document_link(el: HtmlElement) -> bool:
    """``el`` is (in) a link to a document file: an attachment under the body ("Tệp đính
    kèm:" and its list of files), not a list of other articles' teasers that ends the foot
    (a date line printed after the attachments is still the article's)."""
    link = el if el.tag == "a" else next((up for up in el.iterancestors("a")), None)
    return link is not None and bool(_DOCUMENT_HREF.search(link.get("href", "")))


def _by_documents(el: HtmlElement, stop: HtmlElement) -> bool:
    """The first block around ``el`` holding a link (below ``stop``) links to document files
    only: a date line beside the article's attachments ("Tệp đính kèm: Kế hoạch.pdf" and the
    line "Ngày đăng: ..." in one box), which :func:`pipelines.dom.in_teaser` takes for a
    teaser by its link share; a file is no other article. Asked of the foot's lines only,
    never of a date in a list's item or a table's row (a listing of notices, each a date and
    its file's "Tải về" link)."""
    for up in el.iterancestors():
        if up is stop or up.tag in ("body", "html", "li", "tr"):
            return False  # (a date in a list's item or a table's row beside its file: a listing's)
        links = [a for a in up.iter("a") if a.get("href")]
        if links:
            return all(_document_link(a) for a in links)
    return False


FOOT_LEVELS = 4
TOOL_ROW_CHARS = 200


def _tool_row(el: HtmlElement, body_el: HtmlElement | None) -> bool:
    """A block of page tools (print/send/share, a view count, the tag row: every line sure
    chrome, ``body.chrome_kind``), not holding the body."""
    if el.tag in ("a", "span", "b", "strong", "i", "em"):
        return False
    text = text_of(el)
    if not text or len(text) > TOOL_ROW_CHARS or (body_el is not None and contains(el, body_el)):
        return False
    from pipelines.body import block_paragraphs

    lines = block_paragraphs(el)
    return bool(lines) and all(chrome_kind(x) == "strong" for x in lines)


def _site_footer(el: HtmlElement) -> bool:
    """The site's footer block: a ``<footer>`` or a footer-classed box holding ©/"Bản
    quyền" (an article's own ``<footer class="entry-meta">`` holds none)."""
    if el.tag != "footer" and not _FOOTER_CLASS.search(attr_words(el)):
        return False
    return bool(_FOOT_END.search(text_of(el)))


def _foot_end(el: HtmlElement, container: HtmlElement) -> bool:
    text = own_text(el)
    if RELATED_HEADING.match(text_of(el)) or (len(text) <= MAX_LINE_CHARS and _FOOT_END.search(text)):
        return True
    return in_teaser_list(el, container) or _in_sidebar(el, container)


def _at_foot(
    title_el: HtmlElement | None,
    body_el: HtmlElement | None,
    tz: str,
    learned: Learned,
    order: str = "auto",
) -> FoundDates:
    """The date line at the article's foot (:func:`foot_lines`), when none is near the title."""
    container, lines = foot_lines(title_el, body_el)
    if container is None:
        return FoundDates()
    lines = _posted_over_signed(lines)
    found = _scan(container, title_el, tz, learned, order, lines) if lines else FoundDates()
    if not (found.published or found.updated):  # a line of its own under the container
        block, lines = after_lines(container)
        found = _scan(block, None, tz, learned, order, lines) if block is not None and lines else found
    return FoundDates(found.published, found.updated, "foot") if found.published or found.updated else FoundDates()


# a document's signing line closing a notice ("Yên Sơn, ngày 11 tháng 3 năm 2024" over "TM.
# ỦY BAN NHÂN DÂN"): the day it was signed
SIGNING_LINE = re.compile(
    r"^\W*(?!(?:thứ|chủ\s*nhật|t[2-7]|cn)\b)[^\W\d][^\d,.:;]{1,29},\s*ngày\s*\d", re.IGNORECASE
)  # (a weekday before the day is the post's own date line: "Thứ Ba, ngày 5 tháng 3 năm 2024")


def _right_over(el: HtmlElement, title: HtmlElement | None) -> bool:
    """``el`` is in the block right over the headline ``title``, its previous sibling with text
    (a document pasted from Word opens with its place-and-date line, "Hà Khê, ngày 05 tháng 3
    năm 2024", over its headline: that day is the page's, no signing line at its foot)."""
    if title is None:
        return False
    prev = next((x for x in title.itersiblings(preceding=True) if isinstance(x.tag, str) and text_of(x)), None)
    return prev is not None and contains(prev, el)


def _posted_over_signed(lines: list[HtmlElement]) -> list[HtmlElement]:
    """The foot's lines without a notice's signing line when another of them labels the
    post's own day ("Đăng ngày: 12/03/2024 08:15" under "Yên Sơn, ngày 11 tháng 3 năm
    2024"): the document was signed one day, posted another, and the portal says which is
    the post's; a signing line alone at the foot is still the page's date line."""
    if not any(_PUBLISHED_LABEL.search(t) and has_date(t) for t in map(text_of, lines)):
        return lines
    return [el for el in lines if not SIGNING_LINE.match(text_of(el))]


AFTER_LEVELS = 3  # the container, its parent and grandparent: the blocks after them
AFTER_BLOCK_CHARS = 200


def after_lines(container: HtmlElement) -> tuple[HtmlElement | None, list[HtmlElement]]:
    """The lines of the first block with text right after the article's container (after
    its parent's when it is the last one, up to :data:`AFTER_LEVELS` levels), when that
    block is a short one of its own: a date line under ``</article>`` ("<div class="date">
    Cập nhật: 04/03/2024</div>", "Ngày đăng: ... | Lượt xem: ..."). A row of page tools is
    passed over; a heading, a list of other articles' teasers ("Tin liên quan"), readers'
    comments, a sidebar or the site's footer ends the search."""
    node: HtmlElement | None = container
    for _ in range(AFTER_LEVELS):
        if node is None or node.tag in ("body", "html"):
            break
        for block in node.itersiblings():
            if not isinstance(block.tag, str) or block.tag in ("script", "style") or not _WORDY.search(text_of(block)):
                continue
            if block.tag not in _HEADINGS and not _HEADING.match(text_of(block)) and _tool_row(block, None):
                continue
            return _own_block(block)
        node = node.getparent()
    return None, []


def _own_block(block: HtmlElement) -> tuple[HtmlElement | None, list[HtmlElement]]:
    text = text_of(block)
    if len(text) > AFTER_BLOCK_CHARS or block.tag in (*_HEADINGS, "aside", "nav"):
        return None, []
    if _site_footer(block) or _sidebar_class(block, own=True) or _foot_end(block, block) or in_comments(block):
        return None, []
    lines = [
        el for el in block.iter()
        if isinstance(el.tag, str) and el.tag != "a" and _WORDY.search(own_text(el))
        and not any(up.tag == "a" for up in el.iterancestors())
    ]  # fmt: skip
    if not lines or lines[0].tag in _HEADINGS or _HEADING.match(text_of(lines[0])):
        return None, []  # a box headed "Ý kiến bạn đọc", "Tin khác": its dates are others'
    return block, lines[:FOOT_LINES]


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADING = re.compile(COMMENTS_HEADING.pattern + "|" + RELATED_HEADING.pattern, re.IGNORECASE)


_WEEKDAY_FIRST = re.compile(r"\s*(?:thứ|chủ nhật)", re.IGNORECASE)
FIRST_LINE_CHARS = 50  # a date line opening the text ("<p><em>09:15 14/03/2024</em></p>")


def _first_line(
    title_el: HtmlElement | None,
    body_el: HtmlElement | None,
    tz: str,
    learned: Learned,
    order: str = "auto",
) -> FoundDates:
    """The date written as the first line of text after the headline (before the sapo, or
    the body's first line), a short line of its own, not a sentence that names a day, when
    no date line is near the title nor at the foot: a line a few levels below the box that
    holds the headline and the body, where the scan near the title does not reach, and
    htmldate's fallback no longer reads it when the site's header shows today's date on
    every page (the capture-day guard drops it). Links (a share box) are passed over."""
    if body_el is None:
        return FoundDates()
    box, started = body_el, True
    if title_el is not None:
        box = next((up for up in title_el.iterancestors() if contains(up, body_el)), None)
        if box is None or box.tag in ("body", "html"):
            return FoundDates()
        started = False
    inside = set(title_el.iter()) if title_el is not None else set()
    for el in box.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if el is title_el or el is body_el:
            started = True
        if not started or el in inside or not own_text(el):
            continue
        if el.tag == "a" or any(up.tag == "a" for up in el.iterancestors()):
            continue
        line = text_of(el)  # (read where its words are: "<p><em>date</em></p>" at the <em>)
        block = el
        while block.tag in INLINE_FORMAT and (up := block.getparent()) is not None and up is not box:
            block = up  # its line whole: "<p><b>05/03/2024</b> - Sáng nay, ...</p>" is a sentence
        if len(text_of(block)) > FIRST_LINE_CHARS or len(line) > FIRST_LINE_CHARS or not has_date(line):
            return FoundDates()
        if not (FOOT_LINE.match(line) or _WEEKDAY_FIRST.match(line)):  # a caption: "Taken on ..."
            return FoundDates()
        found = _scan(box, title_el, tz, learned, order, [el], foot=False)
        return FoundDates(found.published, found.updated, "page") if found.published else FoundDates()
    return FoundDates()
