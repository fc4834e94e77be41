"""Date mechanism audit: every date presentation, at every place portals write it, beside the
dates that are not the article's, on every family template, must give the publication date.

    python -m benchmarks.date_audit                        # dev + validation, both paths
    python -m benchmarks.date_audit --site fx-joomla --place breadcrumb_right --mode crawl
    python -m benchmarks.date_audit --json /tmp/date_audit.json

A mechanism audit (issue 10: "the date is the date-shaped text in the article's own header or
footer, at a consistent place across the cluster, never from a related-articles list"), like
:mod:`benchmarks.author_audit` for bylines. The article pages of the non-sealed families (the
parts of :data:`PARTS`) lose their own date evidence (every text of the article's day,
``<meta>``/JSON-LD/RDFa dates: :func:`benchmarks.datestrip.strip_date_evidence`) and get the
article's publication date written in one **presentation** (:data:`PRESENTATIONS`: how
Vietnamese portals print it) at one **place** (:data:`PLACES`), with one **distractor**
(:data:`DISTRACTORS`: a date on the page that is not the article's). One site variant per
(family, place): the place and the distractor are the site's template, the same on every page
(the distractor of the family of rank ``r`` at the place of index ``p`` is number ``r + p``,
so every distractor meets every place on several templates); the presentations rotate over
the articles (article ``i`` takes presentation ``i + r``). Each variant is extracted on the
single-page path (the ad-hoc profile) and on the crawl path (the ad-hoc crawl: the site model
of the variant's pages, its inferred template's date place, once confident), both as
:func:`benchmarks.extraction_quality.crawl_like` does, and every article whose date is not the
truth is listed with its cause:

- ``missed``: no publication date;
- ``wrong_day``: another day (the distractor's, an update's, a day read in the other order);
- ``wrong_time``: the right day, another time of day (for a presentation that shows one);
- ``invented``: a date where the page shows none of its own (the ``related_only`` place);
- ``dropped``: the page is no longer an article record.

The places: under the headline (``header``), at the right of the breadcrumb row
(``breadcrumb_right``), in an info row with the view count and the print link under the
headline (``info_row``), right after the body (``after_body``), a line at the foot of the
article's block (``footer_line``), only in ``<meta property="article:published_time">``
(``meta_only``), the body's first line (``first_line``), and ``related_only``: the page shows
no date of its own, only a "Tin mới" list of other articles with theirs beside the article's
block (the truth is the URL's day when its path shows one, else no date or the article's own
day, which the page may still show in an image's path: a related list's date is never the
article's). The distractors: the site header's clock (today's date, on every
page), a "Tin liên quan" list after the article with its items' dates, readers' comments with
their dates, a copyright line with a year.

``--extended`` (session 15) adds to the rotation 7 presentations (:data:`PRESENTATIONS` after
:data:`BASE_PRESENTATIONS`: "Thứ Hai, 04/03/2024, 16:45 (GMT+7)", "04 Tháng 3, 2024", "T2,
04/03/2024", "Xuất bản: ...", "Ngày xuất bản ...", "Đăng lúc ...", "March 4, 2024"), 3 places
(the date split over spans under the headline, ``split_header``; a ``<time datetime>`` whose
text is the presentation, ``time_element``; a table row of a "Ngày đăng:" cell and a
``<td class="date">`` under the headline, ``table_cell``) and 2 distractors (today's lunar day
beside the header's clock, ``lunar_clock``; an attached document's "Ngày ban hành" and "Ngày
hiệu lực" under the body, ``document``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from lxml.html import HtmlElement

from benchmarks.author_audit import _at_top
from benchmarks.blind import DerivedFamily, map_html, rewrite_html
from benchmarks.bylines import _block
from benchmarks.datestrip import strip_date_evidence
from benchmarks.extraction_quality import (
    crawl_like,
    families,
    family_base,
    mode_profile,
    site_pages,
)
from benchmarks.forms import _at_end, _beside, _el, _esc, _owner, _Page
from crawler.replica.site import Site
from pipelines.datefind import url_date
from pipelines.dom import contains

PARTS = ("dev", "validation")
MODES = {"single": "single", "crawl": "adhoc"}  # the audit's path -> the benchmark's mode
TZ = "Asia/Ho_Chi_Minh"
TODAY = datetime(2026, 11, 30, 9, 5)
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
OTHERS = ("Hội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2023",
          "Ra mắt mô hình tổ dân phố văn minh, sạch đẹp tại phường Trung tâm",
          "Kiểm tra công tác phòng cháy chữa cháy tại các chợ đầu mối")  # fmt: skip
READERS = ("Nguyễn Văn Bình", "Trần Thị Lan")


@dataclass(frozen=True)
class Presentation:
    """A date line's format (``str.format`` over :func:`_values`) and whether it shows the
    time of day (the truth's time is checked then)."""

    line: str
    timed: bool


PRESENTATIONS: dict[str, Presentation] = {
    "weekday_time": Presentation("{wd}, {dd}/{mm}/{y} {HH}:{MM}", True),
    "dash": Presentation("{dd}-{mm}-{y}", False),
    "slash": Presentation("{dd}/{mm}/{y}", False),
    "dot_time": Presentation("{dd}.{mm}.{y} | {HH}:{MM}", True),
    "words": Presentation("Ngày {d} tháng {m} năm {y}", False),
    "weekday_words": Presentation("{wd}, ngày {d} tháng {m} năm {y}", False),
    "updated": Presentation("Cập nhật: {dd}/{mm}/{y} {HH}:{MM}", True),
    "updated_at": Presentation("Cập nhật lúc {HH}:{MM} ngày {dd}/{mm}/{y}", True),
    "dang_ngay": Presentation("Đăng ngày: {dd}/{mm}/{y}", False),
    "ngay_dang_time": Presentation("Ngày đăng: {dd}/{mm}/{y} - {HH}:{MM}", True),
    "iso": Presentation("{y}-{mm}-{dd}", False),
    "iso_time": Presentation("{y}-{mm}-{dd} {HH}:{MM}", True),
    "time_first": Presentation("{HH}:{MM} {dd}/{mm}/{y}", True),
    "two_digit": Presentation("{dd}/{mm}/{yy}", False),
    "h_time": Presentation("{H}h{MM}, {dd}/{mm}/{y}", True),
    "weekday_dash_time": Presentation("{wd}, {dd}/{mm}/{y} - {HH}:{MM}", True),
    "gmt": Presentation("{dd}/{mm}/{y} {HH}:{MM} (GMT+7)", True),
    "paren": Presentation("({dd}/{mm}/{y})", False),
    "short": Presentation("{d}/{m}/{y}", False),
    # session 15: presentations real portals use beside the first 19 (run with --extended)
    "weekday_comma_gmt": Presentation("{Wd}, {dd}/{mm}/{y}, {HH}:{MM} (GMT+7)", True),
    "day_thang_comma": Presentation("{dd} Tháng {m}, {y}", False),
    "short_weekday": Presentation("{wd2}, {dd}/{mm}/{y}", False),
    "xuat_ban": Presentation("Xuất bản: {dd}/{mm}/{y} {HH}:{MM}", True),
    "ngay_xuat_ban": Presentation("Ngày xuất bản {dd}/{mm}/{y}", False),
    "dang_luc": Presentation("Đăng lúc {HH}:{MM} ngày {dd}/{mm}/{y}", True),
    "en_month": Presentation("{Mon} {d}, {y}", False),
    # round 16: forms of the field the 26 above lack (run with --round16)
    "ngay_xuat_ban_colon": Presentation("Ngày xuất bản: {dd}/{mm}/{y}", False),
    "thoi_gian_dang": Presentation("Thời gian đăng: {dd}/{mm}/{y} {HH}:{MM}", True),
    "dang_luc_time_first": Presentation("Đăng lúc {HH}:{MM} {dd}/{mm}/{y}", True),
    "pipe_gmt": Presentation("{dd}/{mm}/{y} | {HH}:{MM} GMT+7", True),
    "time_pipe_dash": Presentation("{HH}:{MM} | {dd}-{mm}-{y}", True),
    "weekday_digit_ngay": Presentation("{wdn}, ngày {dd}/{m}/{y}", False),
    "short_dash": Presentation("{d}-{m}-{y}", False),
    "en_abbr": Presentation("{Mon3} {dd}, {y}", False),
    "en_abbr_day_first": Presentation("{dd} {Mon3} {y}", False),
    "iso_seconds": Presentation("{y}-{mm}-{dd} {HH}:{MM}:00", True),
}
BASE_PRESENTATIONS = tuple(PRESENTATIONS)[:19]  # the default rotation (the figures since dates14)
ROUND16_PRESENTATIONS = tuple(PRESENTATIONS)[26:]
PLACES = ("header", "breadcrumb_right", "info_row", "after_body", "footer_line", "meta_only",
          "first_line", "related_only", "split_header", "time_element", "table_cell",
          # round 16 (--round16)
          "title_attr", "time_relative", "dateline", "breadcrumb_crumb", "foot_views",
          "updated_then_published", "above_title", "sapo_start", "side_table", "after_attachments")  # fmt: skip
BASE_PLACES = PLACES[:8]  # the default run; session 15's three with --extended
ROUND16_PLACES = PLACES[11:]
#: the places whose date line is the round's own (not the rotating presentation), timed or not
_OWN_LINE = {"time_relative": True, "dateline": False, "updated_then_published": True}
DISTRACTORS = ("header_clock", "related_list", "comments", "copyright", "lunar_clock", "document")
BASE_DISTRACTORS = DISTRACTORS[:4]  # the default rotation; the last two with --extended
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip


def _values(when: datetime) -> dict[str, Any]:
    return {
        "wd": _WEEKDAYS[when.weekday()], "Wd": _WEEKDAYS[when.weekday()].title(), "d": when.day,
        "wd2": ("T2", "T3", "T4", "T5", "T6", "T7", "CN")[when.weekday()], "Mon": _MONTHS[when.month - 1],
        "Mon3": _MONTHS[when.month - 1][:3], "wdn": ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")[when.weekday()], "m": when.month, "y": when.year,
        "dd": f"{when.day:02d}", "mm": f"{when.month:02d}", "yy": f"{when.year % 100:02d}",
        "H": when.hour, "HH": f"{when.hour:02d}", "MM": f"{when.minute:02d}",
    }  # fmt: skip


def render(presentation: str, when: datetime) -> str:
    """``when`` as ``presentation`` prints it."""
    return PRESENTATIONS[presentation].line.format(**_values(when))


class AuditArticle:
    """A family's article with its date in one presentation at one place, beside one
    distractor: its truth and its pages."""

    def __init__(self, art: Any, presentation: str, place: str, distractor: str) -> None:
        self.art, self.presentation, self.place, self.distractor = art, presentation, place, distractor
        self.path = art.path
        self.when = datetime.fromisoformat(art.published).replace(second=0, microsecond=0)
        self.line = "" if place == "related_only" else render(presentation, self.when)
        if place == "meta_only":  # (the presentation is the distractors' then)
            self.line = self.when.isoformat()
        if place == "time_relative":
            self.line = f"{self.when:%Y-%m-%dT%H:%M}:00+07:00"
        elif place == "dateline":
            self.line = f"LÀO CAI ({self.when.day}/{self.when.month}) -"
        elif place == "updated_then_published":
            self.line = f"Ngày đăng: {self.when:%d/%m/%Y %H:%M}"
        self.written = False  # the article's own page took the date

    def truth(self, base: str = "") -> dict[str, Any]:
        truth = self.art.truth(base)
        truth.update(published_at=self.when.isoformat(), date_basis="published", updated_at=None)
        return truth

    def want(self, url: str) -> str | None:
        """The day (and "THH:MM" when the presentation shows the time) a record must give;
        None when the page shows no date of its own (the URL's day when its path shows one)."""
        if self.place == "related_only":
            day = url_date(url, TZ)
            return day.iso[:10] if day else None
        return self.own()

    def own(self) -> str:
        """The article's publication day, with "THH:MM" when the page shows the time."""
        timed = self.place == "meta_only" or PRESENTATIONS[self.presentation].timed
        if self.place in _OWN_LINE:
            timed = _OWN_LINE[self.place]
        return self.when.isoformat()[: 16 if timed else 10]

    def rewrite(self, doc: HtmlElement, target: str) -> None:
        page, _ = strip_date_evidence(doc, self.art)
        if page.title is None or page.body is None or not page.lines:
            return
        distract(doc, page, self.distractor, self.presentation, self.when)
        if write(doc, page, self.place, self.line, self.when, self.presentation) and target == self.path:
            self.written = True


def write(doc: HtmlElement, page: _Page, place: str, line: str, when: datetime, presentation: str) -> bool:
    """The date ``line`` written into ``page`` at ``place``; False when the page has no such
    place (a split article's first page has no last paragraph)."""
    esc = _esc(line)
    if place == "header":
        _beside(page.title, _el(f'<div class="date">{esc}</div>'))
    elif place == "breadcrumb_right":
        _beside(page.title, _el(
            '<div class="breadcrumb-row"><div class="breadcrumb"><a href="/">Trang chủ</a> › '
            f'<a href="/tin-tuc">Tin tức</a></div><div class="pull-right">{esc}</div></div>'
        ), before=True)  # fmt: skip
    elif place == "info_row":
        views = 100 + when.day * 37
        _beside(page.title, _el(
            f'<div class="info"><span>Lượt xem: {views}</span> | <span>{esc}</span> | '
            '<a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=tin">Gửi email</a></div>'
        ))  # fmt: skip
    elif place == "after_body":
        if not page.has_last:
            return False
        new = _el(f'<div class="post-date" style="text-align: right;"><em>{esc}</em></div>')
        if contains(page.body, page.title):  # the body's element holds the whole article (and
            _at_end(page, new)  # what follows it): right after its last line
        else:
            _beside(page.body, new)
    elif place == "footer_line":
        if not page.has_last:
            return False
        _beside(_block(page), _el(f'<div class="article-footer"><span>{esc}</span></div>'))
    elif place == "meta_only":
        head = doc.find("head")
        if head is None:
            return False
        head.insert(0, _el(f'<meta property="article:published_time" content="{_esc(line)}">'))
    elif place == "first_line":
        return _at_top(page, _el(f"<p><em>{esc}</em></p>"))
    elif place == "related_only":
        _beside(_block(page), _el(_news_list("Tin mới", "news-new", presentation, when)))
    elif place == "split_header":  # the day, the month, the year (and the time) in spans
        v = _values(when)
        time = f' <span class="time">{v["HH"]}:{v["MM"]}</span>' if PRESENTATIONS[presentation].timed else ""
        _beside(page.title, _el(
            f'<div class="date"><span class="day">{v["dd"]}</span>/<span class="month">{v["mm"]}</span>'
            f'/<span class="year">{v["y"]}</span>{time}</div>'
        ))  # fmt: skip
    elif place == "time_element":  # a <time datetime> whose visible text is the presentation
        stamp = when.strftime("%Y-%m-%d")
        _beside(page.title, _el(f'<div class="meta"><time datetime="{stamp}">{esc}</time></div>'))
    elif place == "table_cell":  # classic ASP: a row of label and date cells under the headline
        _beside(page.title, _el(
            '<table class="info" width="100%"><tr><td class="label" width="90">Ngày đăng:</td>'
            f'<td class="date">{esc}</td></tr></table>'
        ))  # fmt: skip
    elif place == "title_attr":  # the date in a title= attribute, the text relative
        _beside(page.title, _el(f'<div class="meta"><span class="time" title="{esc}">2 ngày trước</span></div>'))
    elif place == "time_relative":  # <time datetime> with the instant, the text relative
        _beside(page.title, _el(
            f'<div class="meta"><time datetime="{when:%Y-%m-%dT%H:%M}:00+07:00">2 ngày trước</time></div>'))
    elif place == "dateline":  # a news agency's dateline "LÀO CAI (5/3) -", the year only in the foot
        if not _prefix(page, f"LÀO CAI ({when.day}/{when.month}) - "):
            return False
        body = doc.find("body")
        if body is not None:
            body.append(_el(f'<div class="site-footer">Bản quyền © {when.year} Cổng thông tin điện tử tỉnh</div>'))
    elif place == "breadcrumb_crumb":  # the date as the breadcrumb row's last item
        _beside(page.title, _el(
            '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a> › '
            f'<span class="bc-date">{esc}</span></div>'
        ), before=True)  # fmt: skip
    elif place == "foot_views":  # the date only at the article's foot, in the view-count row
        if not page.has_last:
            return False
        views = 100 + when.day * 37
        _beside(_block(page), _el(
            f'<div class="article-foot"><span>Lượt xem: {views}</span> <span class="date">{esc}</span></div>'))
    elif place == "updated_then_published":  # an update's instant first, the publication's next
        later = when + timedelta(days=2, hours=3)
        _beside(page.title, _el(
            f'<div class="meta"><span>Cập nhật: {later:%d/%m/%Y %H:%M}</span> | '
            f'<span>Ngày đăng: {when:%d/%m/%Y %H:%M}</span></div>'))
    elif place == "above_title":
        _beside(page.title, _el(f'<div class="date">{esc}</div>'), before=True)
    elif place == "sapo_start":  # the sapo's first words: "05/03/2024 - Sáng nay, ..."
        if not _prefix(page, f"{line} - "):
            return False
    elif place == "side_table":  # a field table floated at the side of the article's head
        views = 100 + when.day * 37
        _beside(page.title, _el(
            '<table class="side-info" align="right" width="220"><tr><td>Chuyên mục</td><td>Tin tức</td></tr>'
            f'<tr><td>Ngày đăng</td><td>{esc}</td></tr><tr><td>Lượt xem</td><td>{views}</td></tr></table>'
        ))  # fmt: skip
    elif place == "after_attachments":  # the body, its attachments, then the date line
        if not page.has_last:
            return False
        new = _el(
            '<div><div class="attachments"><b>Tệp đính kèm:</b><ul><li><a href="/files/ke-hoach.pdf">'
            'Kế hoạch triển khai.pdf</a></li><li><a href="/files/phu-luc.docx">Phụ lục.docx</a></li></ul></div>'
            f'<div class="post-date">{esc}</div></div>'
        )  # fmt: skip
        if contains(page.body, page.title):
            _at_end(page, new)
        else:
            _beside(page.body, new)
    else:
        raise ValueError(f"unknown place {place!r}")
    return True


def _prefix(page: _Page, text: str) -> bool:
    """``text`` written at the start of the body's first line (its element's own text)."""
    first = page.lines[0][:30]
    for el in page.body.iter():
        if isinstance(el.tag, str) and el.text and first in " ".join(el.text.split()):
            el.text = text + el.text.lstrip()
            return True
    return False


def _news_list(heading: str, cls: str, presentation: str, when: datetime) -> str:
    """A list of other articles, each with its date in ``presentation`` (days before ``when``)."""
    items = "".join(
        f'<li><a href="/tin-tuc/khac-{k}.html">{t}</a> <span>{_esc(render(presentation, when - timedelta(days=k + 1, hours=k)))}</span></li>'
        for k, t in enumerate(OTHERS)
    )  # fmt: skip
    return f'<div class="{cls}"><h3>{heading}</h3><ul>{items}</ul></div>'


def distract(doc: HtmlElement, page: _Page, distractor: str, presentation: str, when: datetime) -> None:
    """A date that is not the article's, on ``page`` (``header_clock``: on every page)."""
    if distractor == "header_clock":
        _clock(doc)
    elif distractor == "related_list" and page.has_last:
        _beside(_block(page), _el(_news_list("Tin liên quan", "related", presentation, when)))
    elif distractor == "comments" and page.has_last:
        rows = "".join(
            f'<div class="comment-item"><b>{name}</b> <span class="comment-date">'
            f"{_esc(render(presentation, when + timedelta(days=k + 1, hours=3)))}</span>"
            "<p>Bài viết rất thiết thực, cảm ơn ban biên tập.</p></div>"
            for k, name in enumerate(READERS)
        )  # fmt: skip
        _beside(_block(page), _el(f'<div class="comments"><h3>Ý kiến bạn đọc</h3>{rows}</div>'))
    elif distractor == "lunar_clock":  # today's date and its lunar day in the site's header
        _clock(doc, lunar=True)
    elif distractor == "document" and page.has_last:  # a document attached under the body
        issued, valid = when - timedelta(days=9), when + timedelta(days=6)
        new = _el(
            '<div class="attachment"><b>Văn bản đính kèm:</b> <a href="/files/qd-123.pdf">Quyết định số '
            f"123/QĐ-UBND về kế hoạch năm {when.year}</a><br><span>Ngày ban hành: {issued:%d/%m/%Y}</span>"
            f" | <span>Ngày hiệu lực: {valid:%d/%m/%Y}</span></div>"
        )  # fmt: skip
        if contains(page.body, page.title):
            _at_end(page, new)
        else:
            _beside(page.body, new)
    elif distractor == "copyright":
        body = doc.find("body")
        if body is not None:
            body.append(_el(f'<div class="copyright">© {when.year} Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại.</div>'))


def _clock(doc: HtmlElement, lunar: bool = False) -> None:
    """Today's date in the site's header, at the top of the page's body (``lunar``: with
    today's lunar day, "Ngày 21 tháng 10 năm Bính Ngọ")."""
    body = doc.find("body")
    if body is not None:
        shown = f"{_WEEKDAYS[TODAY.weekday()]}, {TODAY.day:02d}/{TODAY.month:02d}/{TODAY.year}"
        if lunar:
            shown += "</span> <span>Âm lịch: Ngày 21 tháng 10 năm Bính Ngọ"
        body.insert(0, _el(f'<div class="topbar"><span>{shown}</span> <a href="/">Trang chủ</a></div>'))


class AuditFamily(DerivedFamily):
    """A family with one date place and one distractor on every article page, the
    presentations rotating over its articles from ``offset``."""

    def __init__(self, family: Any, place: str, distractor: str, offset: int, only: tuple[str, ...] = ()) -> None:
        super().__init__(family)
        self.place, self.distractor = place, distractor
        names = [p for p in PRESENTATIONS if p in (only or BASE_PRESENTATIONS)]
        self.ARTICLES = [
            AuditArticle(a, names[(offset + i) % len(names)], place, distractor)
            for i, a in enumerate(family.ARTICLES)
        ] if names else []  # fmt: skip

    def build_site(self) -> Site:
        def rewrite(body: bytes, ctype: str, target: str) -> bytes:
            art = _owner(target, self.ARTICLES)
            if art is None:
                clock = self.distractor in ("header_clock", "lunar_clock")
                lunar = self.distractor == "lunar_clock"
                return rewrite_html(body, ctype, (lambda doc: _clock(doc, lunar)) if clock else lambda doc: None)
            return rewrite_html(body, ctype, lambda doc: art.rewrite(doc, target))

        return map_html(self.family.build_site(), rewrite)


def cause(got: str | None, want: str | None, own: str | None = None) -> str | None:
    """Why the record's ``published_at`` ``got`` is not ``want`` (a day, or a day and a time);
    None when it is. With no ``want`` (the page shows no date of its own), no date or the
    article's ``own`` day is right (evidence of its day the page keeps: an image's dated path,
    which htmldate's fallback reads), any other day is invented."""
    if want is None:
        return None if got is None or (own and got[:10] == own[:10]) else "invented"
    if got is None:
        return "missed"
    if got[:10] != want[:10]:
        return "wrong_day"
    return None if got[: len(want)] == want else "wrong_time"


def audit_family(family: Any, place: str, distractor: str, offset: int,
                 modes: tuple[str, ...] = tuple(MODES), only: tuple[str, ...] = ()) -> dict[str, Any]:  # fmt: skip
    """{"cases": n, "failures": [...]} of one site variant on each path of ``modes``."""
    variant = AuditFamily(family, place, distractor, offset, only)
    pages = site_pages(variant.build_site())
    base = family_base(variant).rstrip("/")
    written = [a for a in variant.ARTICLES if a.written]
    out: dict[str, Any] = {"cases": 0, "failures": []}
    for mode in modes:
        got = crawl_like(pages, base, mode_profile(variant, MODES[mode], pages), one_text=False)
        for art in written:
            out["cases"] += 1
            url = art.truth(base)["url"]
            # (a crawl's record is at the URL the site model settles on: one parameter less)
            record = got.get(url) or next((r for r in got.values() if r.title == art.art.title), None)
            want = art.want(url)
            why = "dropped" if record is None else cause(record.published_at, want, art.own())
            if why:
                out["failures"].append({
                    "site": family.SITE_ID, "path": art.path, "mode": mode, "place": place,
                    "distractor": distractor, "presentation": art.presentation, "line": art.line,
                    "want": want, "got": None if record is None else record.published_at, "cause": why,
                })  # fmt: skip
    return out


def audit(parts: tuple[str, ...] = PARTS, places: tuple[str, ...] = BASE_PLACES,
          modes: tuple[str, ...] = tuple(MODES), sites: tuple[str, ...] = (),
          presentations: tuple[str, ...] = (), distractors: tuple[str, ...] = (),
          extended: bool = False, round16: bool = False) -> dict[str, Any]:  # fmt: skip
    """{"cases": n, "failures": [...]} over every (family, place) variant, the distractor
    ``rank + place index`` (or each of ``distractors`` when given). ``extended``: the
    presentations and distractors added in session 15 join the rotation."""
    rotation = DISTRACTORS if extended else BASE_DISTRACTORS
    presentations = presentations or (tuple(PRESENTATIONS) if extended else ())
    if extended and places == BASE_PLACES:
        places = PLACES
    if round16:  # the round's forms at the usual places, every form at the round's places
        presentations = presentations or ROUND16_PRESENTATIONS
        if places == BASE_PLACES:
            places = tuple(p for p in PLACES if p not in ("meta_only", "related_only"))
    out: dict[str, Any] = {"cases": 0, "failures": []}
    rank = 0
    for part in parts:
        for site_id, family in sorted(families(part).items()):
            if sites and site_id not in sites:
                rank += 1
                continue
            for place in places:
                index = PLACES.index(place)
                chosen = distractors or (rotation[(rank + index) % len(rotation)],)
                for distractor in chosen:
                    one = audit_family(family, place, distractor, rank + index, modes, presentations)
                    out["cases"] += one["cases"]
                    out["failures"] += one["failures"]
            rank += 1
    return out


def report(result: dict[str, Any], detail: int = 40) -> str:
    failures = result["failures"]
    lines = [f"date audit: {result['cases']} cases (article x path), {len(failures)} failures"]
    for key in ("mode", "cause", "place", "distractor", "presentation", "site"):
        counts = Counter(f[key] for f in failures)
        if counts:
            lines.append(f"by {key}: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    groups = Counter((f["place"], f["distractor"], f["mode"], f["cause"]) for f in failures)
    if groups:
        lines.append("\nby place x distractor x path x cause:")
        for (place, distractor, mode, why), n in groups.most_common():
            lines.append(f"  {place:<17} {distractor:<13} {mode:<6} {why:<10} {n}")
    if failures and detail:
        lines.append("\ncases:")
        for f in failures[:detail]:
            lines.append(f"  [{f['mode']}] {f['site']}{f['path']} {f['place']}/{f['distractor']} {f['line']!r}: "
                         f"want {f['want']!r}, got {f['got']!r} ({f['cause']})")  # fmt: skip
        if len(failures) > detail:
            lines.append(f"  ... {len(failures) - detail} more")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", action="append", choices=PARTS, help="a part (repeatable; default: both)")
    parser.add_argument("--site", action="append", help="only this family (repeatable)")
    parser.add_argument("--place", action="append", choices=PLACES, help="a place (repeatable)")
    parser.add_argument("--distractor", action="append", choices=DISTRACTORS,
                        help="each of these distractors on every variant (repeatable; default: one rotating)")  # fmt: skip
    parser.add_argument("--presentation", action="append", choices=tuple(PRESENTATIONS),
                        help="a presentation (repeatable)")  # fmt: skip
    parser.add_argument("--mode", action="append", choices=tuple(MODES), help="a path (repeatable; default: both)")
    parser.add_argument("--extended", action="store_true",
                        help="rotate over every presentation and distractor (the session-15 ones too)")  # fmt: skip
    parser.add_argument("--round16", action="store_true",
                        help="round 16's forms (ROUND16_PRESENTATIONS) at every place but meta_only/related_only")  # fmt: skip
    parser.add_argument("--detail", type=int, default=40, help="failing cases listed")
    parser.add_argument("--json", metavar="PATH", help="write the full result as JSON")
    args = parser.parse_args(argv)
    result = audit(
        tuple(args.part or PARTS), tuple(args.place or BASE_PLACES), tuple(args.mode or MODES),
        tuple(args.site or ()), tuple(args.presentation or ()), tuple(args.distractor or ()),
        args.extended, args.round16,
    )  # fmt: skip
    print(report(result, args.detail))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
