"""The "dates2" part of the fixture corpus: the development families with the date presentations
neither they nor the other derived parts show.

The development families and the derived parts already show (docs/extraction.md, "Date
presentations"): numeric day-first dates with "/", "." and "-", 2-digit years, weekday-led
numeric lines, "ngày 10 tháng 01 năm 2022", "13 tháng 3, 2024", "Tháng Ba 5, 2024", en-US
"3/19/2024 2:45:10 PM", "SA"/"CH" with seconds, "21:30 | 09/03/2024", "8h40", labels
("Ngày đăng", "Cập nhật lúc", "Đăng lúc", "Ngày ban hành"), "(GMT+7)", ISO lines, a date split
into a day box, ``<time>`` with and without ``datetime``, JSON-LD with "+00:00", URL days,
"3 ngày trước" beside JSON-LD, dates beside a view count, in the breadcrumb, at the foot.

This part rewrites each development family's article pages: their own date evidence taken
out (every text of the article's day, ``<meta>``/JSON-LD/RDFa dates; authors stay) and one
presentation of :data:`KINDS` written in (by the site's rank among the part's site ids, so
every kind is used), with one of :data:`DECOYS` beside it (a second rank, so kinds and decoys
pair differently):

- kinds: "Thứ Ba, ngày 5 tháng 3 năm 2024" (weekday-led, words); "08:40 05/03/2024" (the
  time first, no separator); "8h40' ngày 5/3/2024"; "05/03/2024 02:15 CH" / "08:40 SA" (12-hour
  without seconds); "05-03-2024 02:15 PM"; "05-03-2024 08:40"; "March 5, 2024 08:40" and "05
  Mar 2024 | 08:40" (English month names: a bilingual portal); "Xuất bản: 5/3/24 08:40"; a
  calendar icon (a day box "05", a month/year box "Tháng 03/2024", the time apart); the date
  only in JSON-LD ``datePublished`` (with "+07:00" and a later ``dateModified``; in UTC with
  "Z", at an early hour so the UTC day is the day before; with no zone); only in
  ``article:modified_time`` and ``article:published_time`` metas (the modified first);
  "Lượt xem: 1234 | 05/03/2024 08:40"; the day and the time in two elements ("05/03/2024",
  "|", "08:40", either first); only a ``<meta name="pubdate">`` in RFC 1123 GMT ("Mon, 04 Mar
  2024 23:40:00 GMT", an early hour: the GMT day is the day before); "Ngày đăng:" and the date
  as a link to the day's archive; "2 giờ trước" whose ``title`` holds the date;
- decoys (never the article's date): a header showing today's date ("Hôm nay, Thứ Hai
  30/11/2026" or without the label); a "Tin mới" list of other articles with their dates
  ABOVE the article's header; a relative date ("2 giờ trước") under the title while the
  absolute one is elsewhere; a "Cập nhật:" line with a later date before the publication's; a
  "Sửa lần cuối:" line with a later date right under the title.

Truth: the family's, with ``published_at`` as the kind shows it (at midnight when the kind
shows no time; at the early hour the UTC kind shows), ``date_basis`` "published". Pages are
written back as UTF-8.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

from lxml.html import HtmlElement

from benchmarks.blind import DerivedFamily, map_html, rewrite_html
from benchmarks.datestrip import strip_date_evidence
from benchmarks.forms import _beside, _el, _owner, _Page
from benchmarks.inline import _pick
from crawler.replica.site import Site

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip

KINDS = (
    "weekday_words", "time_first", "h_ngay", "sa_ch", "pm_dash", "dash_time", "en_month",
    "en_day", "xuat_ban", "calendar", "jsonld", "jsonld_utc", "jsonld_naive", "metas", "views",
    "time_apart", "rfc_meta", "time_first_apart", "linked", "relative_title",
)  # fmt: skip
#: the kinds that show no time of day (their truth is at midnight)
DATE_ONLY = frozenset({"weekday_words"})
#: the kinds that show no date on the page (structured data only)
HIDDEN = frozenset({"jsonld", "jsonld_utc", "jsonld_naive", "metas", "rfc_meta"})
DECOYS = ("today", "list_above", "relative", "updated_first", "today_bare", None, "edited_first")
#: the other articles' headlines of the "Tin mới" list (chrome: never body)
OTHERS = ("Hội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2023",
          "Ra mắt mô hình tổ dân phố văn minh, sạch đẹp tại phường Trung tâm",
          "Kiểm tra công tác phòng cháy chữa cháy tại các chợ đầu mối")  # fmt: skip
TODAY = datetime(2026, 11, 30)


def _dmy(when: datetime) -> str:
    return f"{when.day:02d}/{when.month:02d}/{when.year}"


def _hm(when: datetime) -> str:
    return f"{when.hour:02d}:{when.minute:02d}"


def _h12(when: datetime) -> str:
    return f"{when.hour % 12 or 12:02d}:{when.minute:02d}"


def date_text(kind: str, when: datetime) -> str:
    """The visible date line of ``kind`` for ``when`` ("" for a kind that shows none)."""
    d, m, y = when.day, when.month, when.year
    if kind == "weekday_words":
        return f"{_WEEKDAYS[when.weekday()]}, ngày {d} tháng {m} năm {y}"
    if kind == "time_first":
        return f"{_hm(when)} {_dmy(when)}"
    if kind == "h_ngay":
        return f"{when.hour}h{when.minute:02d}' ngày {d}/{m}/{y}"
    if kind == "sa_ch":
        return f"{_dmy(when)} {_h12(when)} {'SA' if when.hour < 12 else 'CH'}"
    if kind == "pm_dash":
        return f"{d:02d}-{m:02d}-{y} {_h12(when)} {'AM' if when.hour < 12 else 'PM'}"
    if kind == "dash_time":
        return f"{d:02d}-{m:02d}-{y} {_hm(when)}"
    if kind == "en_month":
        return f"{_EN_MONTHS[m - 1]} {d}, {y} {_hm(when)}"
    if kind == "en_day":
        return f"{d:02d} {_EN_MONTHS[m - 1][:3]} {y} | {_hm(when)}"
    if kind == "xuat_ban":
        return f"Xuất bản: {d}/{m}/{y % 100:02d} {_hm(when)}"
    if kind == "linked":  # (the date itself a link)
        return f"Ngày đăng: {_dmy(when)} {_hm(when)}"
    if kind == "relative_title":  # (the date in its title attribute)
        return "2 giờ trước"
    if kind == "views":
        return f"Lượt xem: {1000 + d * 37} | {_dmy(when)} {_hm(when)}"
    return ""


class Dates2Article:
    """A family's article under its site's date kind and decoy: the truth as the pages show it."""

    def __init__(self, art: Any, kind: str, decoy: str | None, site: str) -> None:
        self.art, self.kind, self.decoy, self.site = art, kind, decoy, site
        self.path = art.path
        when = datetime.fromisoformat(art.published).replace(second=0)
        if kind in DATE_ONLY:
            when = when.replace(hour=0, minute=0)
        elif kind in ("jsonld_utc", "rfc_meta"):  # an early hour: the UTC day is the day before
            when = when.replace(hour=_pick(site, art.path, 7), minute=when.minute)
        self.when = when

    def truth(self, base: str = "") -> dict[str, Any]:
        truth = self.art.truth(base)
        truth.update(published_at=self.when.isoformat(), date_basis="published", updated_at=None)
        return truth

    # -- the page ---------------------------------------------------------------------
    def rewrite(self, doc: HtmlElement) -> None:
        page, holder = strip_date_evidence(doc, self.art)
        if page.title is None or page.body is None:
            return
        self._write(doc, page, holder)

    def _write(self, doc: HtmlElement, page: _Page, holder: HtmlElement | None = None) -> None:
        when, title, kind = self.when, page.title, self.kind
        if holder is not None and holder.getparent() is not None:  # the date line held the byline:
            title = _with_byline(holder)  # the kind's date goes back into it, after the name
        text = date_text(kind, when)
        if kind == "calendar":
            _beside(title, _el(
                f'<div class="cal"><div class="cal-day">{when.day:02d}</div>'
                f'<div class="cal-my">Tháng {when.month:02d}/{when.year}</div>'
                f'<div class="cal-time">{_hm(when)}</div></div>'
            ), before=True)  # fmt: skip
        elif kind in ("jsonld", "jsonld_utc", "jsonld_naive"):
            self._jsonld(doc)
        elif kind in ("time_apart", "time_first_apart"):  # the day and the time in elements of their own
            parts = [f'<span class="d">{_dmy(when)}</span>', '<span class="sep">|</span>', f'<span class="t">{_hm(when)}</span>']
            if kind == "time_first_apart":
                parts.reverse()
            _beside(title, _el(f'<span class="meta">{" ".join(parts)}</span>'))
        elif kind == "linked":  # the date is a link to the day's archive
            day = f"{when.day:02d}-{when.month:02d}-{when.year}"
            _beside(title, _el(f'<div class="date">Ngày đăng: <a href="/tin-tuc?ngay={day}">{_dmy(when)} {_hm(when)}</a></div>'))
        elif kind == "relative_title":  # "2 giờ trước" shown, the absolute date in its title
            _beside(title, _el(f'<div class="meta"><span class="time" title="{_dmy(when)} {_hm(when)}">2 giờ trước</span></div>'))
        elif kind == "rfc_meta":  # RFC 1123, in GMT
            head = doc.find("head")
            if head is not None:
                shown = when.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
                head.insert(0, _el(f'<meta name="pubdate" content="{shown}">'))
        elif kind == "metas":
            head = doc.find("head")
            if head is not None:
                later = (when + timedelta(days=1, hours=3)).isoformat()
                head.insert(0, _el(f'<meta property="article:published_time" content="{when.isoformat()}">'))
                head.insert(0, _el(f'<meta property="article:modified_time" content="{later}">'))
        elif self.decoy == "relative":  # the relative date under the title, the absolute below
            _beside(page.body, _el(f'<div class="post-date">{text}</div>'))
        else:
            _beside(title, _el(f'<div class="date">{text}</div>'))
        if holder is not None and title.getnext() is not None and title.getnext().tag == "div":
            title.getnext().tag = "span"  # in the byline's line: inline
        self._decoy(doc, page)

    def _jsonld(self, doc: HtmlElement) -> None:
        when, kind = self.when, self.kind
        if kind == "jsonld_utc":
            shown = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        elif kind == "jsonld_naive":
            shown = when.replace(tzinfo=None).isoformat()
        else:
            shown = when.isoformat()
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": self.art.title,
                "datePublished": shown}  # fmt: skip
        if kind == "jsonld":
            data["dateModified"] = (when + timedelta(days=2)).isoformat()
        holder = doc.find("head")
        if holder is None:
            holder = doc.find("body")
        script = _el('<script type="application/ld+json"></script>')
        script.text = json.dumps(data, ensure_ascii=False)
        holder.append(script)

    def _decoy(self, doc: HtmlElement, page: _Page) -> None:
        decoy, title, when = self.decoy, page.title, self.when
        body = doc.find("body")
        if decoy in ("today", "today_bare") and body is not None:
            shown = f"{_WEEKDAYS[TODAY.weekday()]} {_dmy(TODAY)}"
            label = "Hôm nay, " if decoy == "today" else ""
            body.insert(0, _el(f'<div class="topbar"><span>{label}{shown}</span> <a href="/">Trang chủ</a></div>'))
        elif decoy == "list_above":
            items = "".join(
                f'<li><a href="/tin-tuc/khac-{k}.html">{t}</a> <span>({_dmy(when - timedelta(days=k + 1))})</span></li>'
                for k, t in enumerate(OTHERS)
            )  # fmt: skip
            _beside(title, _el(f'<div class="news-new"><h3>Tin mới</h3><ul>{items}</ul></div>'), before=True)
        elif decoy == "relative" and self.kind not in HIDDEN and self.kind != "calendar":
            _beside(title, _el('<div class="ago">2 giờ trước</div>'))
        elif decoy == "edited_first" and self.kind not in HIDDEN:
            later = when + timedelta(days=2, hours=5)
            _beside(title, _el(f'<div class="edited">Sửa lần cuối: {_dmy(later)} {_hm(later)}</div>'))
        elif decoy == "updated_first" and self.kind not in HIDDEN:
            later = when + timedelta(days=3, hours=2)
            _beside(title, _el(f'<div class="upd">Cập nhật: {_dmy(later)} {_hm(later)}</div>'), before=True)


def _with_byline(holder: HtmlElement) -> HtmlElement:
    """The byline line without its date, ending with the separator its date had, and an empty
    ``<span>`` in it for the new date (returned: the kind writes beside it)."""
    spot = _el('<span class="at"></span>')
    if len(holder):
        holder[-1].tail = (holder[-1].tail or "").rstrip(" |-–,")
        holder[-1].tail = holder[-1].tail + " | " if holder[-1].tail else " | "
    else:
        holder.text = (holder.text or "").rstrip().rstrip("|-–,").rstrip() + " | "
    holder.append(spot)
    return spot


class Dates2Family(DerivedFamily):
    """A development family under one date kind and one decoy: the same site id, base URL,
    chrome and articles, their dates as the kind shows them."""

    def __init__(self, family: ModuleType, kind: str, decoy: str | None) -> None:
        super().__init__(family)
        self.kind, self.decoy = kind, decoy
        self.ARTICLES = [Dates2Article(a, kind, decoy, self.SITE_ID) for a in family.ARTICLES]
        self.CHROME += [*OTHERS, "Hôm nay", "giờ trước", "Lượt xem"]

    def build_site(self) -> Site:
        def rewrite(body: bytes, ctype: str, target: str) -> bytes:
            art = _owner(target, self.ARTICLES)
            return rewrite_html(body, ctype, art.rewrite if art else lambda doc: None)

        return map_html(self.family.build_site(), rewrite)


def dates2_families(dev: dict[str, ModuleType]) -> dict[str, Dates2Family]:
    """The part: each development family under the kind of its rank among the site ids and the
    decoy of its rank among them (every kind used, each site's stable while the families are)."""
    return {
        k: Dates2Family(f, KINDS[i % len(KINDS)], DECOYS[(i * 5 + i // len(KINDS)) % len(DECOYS)])
        for i, (k, f) in enumerate(sorted(dev.items()))
    }  # fmt: skip
