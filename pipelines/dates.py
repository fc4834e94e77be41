"""Vietnamese date strings -> ISO 8601 with the site's offset, with a precision.

``published_at``/``updated_at`` are full ISO datetimes ("2023-01-09T15:20:00+07:00"),
in the site's zone ``tz`` when it is known: a date written without an offset is that
zone's wall clock, a date written with one (an ISO offset, "Z", "GMT+7") is that instant
on the site's clock. With the zone unknown (``tz`` is :data:`AS_WRITTEN`: an ad-hoc crawl
of a site that is plainly not Vietnamese, :mod:`pipelines.datezone`), a date is kept as
the page wrote it: with its own offset, or without any. What the page actually said is in ``precision``:
"second", "minute", "day" (time set to 00:00) or "month" (day 1, 00:00). Days come
before months in numeric dates, always (Vietnamese usage). A regex fast path reads
the forms portals use; dateparser (``languages=['vi']``, never autodetection) is only
the fallback, and relative dates ("2 giờ trước") are refused because they depend on
the day of the crawl.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

MIN_YEAR, MAX_YEAR = 1970, 2100
#: ``tz`` for a site whose zone is unknown: dates are kept with the offset they are written
#: with, and a date written without one gets none ("2024-03-05T20:00:00")
AS_WRITTEN = ""

_ISO = re.compile(
    r"(?<![\d/.])(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?(?![\d-])"
)
_MONTH_WORDS = {
    "mười một": 11, "mười hai": 12, "mười": 10, "một": 1, "giêng": 1, "hai": 2, "ba": 3,
    "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "chạp": 12,
}  # fmt: skip
_MONTH_NAME = "|".join(re.escape(w) for w in _MONTH_WORDS)
# the month word, or its short form "thg" (the vi locale's abbreviated month: "5 thg 3, 2024",
# "5 Thg3 2024")
_THANG = r"(?:tháng|thg\.?)"
# "ngày 10 tháng 01 năm 2022", "7 tháng 3, 2024", "08 Tháng 3 2024", "5 tháng Ba năm 2024";
# a calendar badge's "27 Th2 2024" (the day before and the year after make "Th2" the month,
# never "Thứ Hai", which no day precedes)
_VERBAL = re.compile(
    r"(?<![\d/.,])(?:ngày\s*)?(\d{1,2})\s*(?:" + _THANG + r"|th(?=\s*\d))\s*(\d{1,2}|" + _MONTH_NAME + r")\b"
    r"\s*(?:,\s*|\s|/)\s*(?:năm\s*)?(\d{4})(?!\d)",
    re.IGNORECASE,
)
#: the day first, the month in words or "tháng"/"thg"/"Th" and its number, the year
#: ("26 Tháng Hai 2024", "5 thg 3, 2024": ICU's vi medium date; the date-line finder's test)
VERBAL_DAY_FIRST = _VERBAL
# WordPress's vi locale "F j, Y": "Tháng Ba 5, 2024", "tháng 3 05, 2024" (the month first)
VERBAL_MONTH_FIRST = re.compile(
    r"(?<![\d/.,])" + _THANG + r"\s*(\d{1,2}|" + _MONTH_NAME + r")\s+(\d{1,2}),?\s+(\d{4})(?!\d)",
    re.IGNORECASE,
)
# English month names (a bilingual portal's English copy, an English-locale CMS): "March 5,
# 2024", "Mar. 5th, 2024", "5 March 2024", "05 Mar 2024"; a day and a year are required
_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_EN_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
EN_MONTH_FIRST = re.compile(
    r"(?<![\w])" + _EN_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.IGNORECASE
)
EN_DAY_FIRST = re.compile(
    r"(?<![\w/.,])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH + r",?\s+(\d{4})(?!\d)", re.IGNORECASE
)
_DMY = re.compile(r"(?<![\d/.:-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/])")
# year first ("2020. 06. 04.", "2020/06/04", "2020.6.4"): the year's place says the order
_YMD = re.compile(r"(?<![\d/.:-])((?:19|20)\d{2})\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d/])")
_MONTH = re.compile(r"tháng\s*(\d{1,2})\s*(?:[/.-]|,?\s*năm)\s*(\d{4})(?!\d)", re.IGNORECASE)
_TIME = re.compile(
    r"(?<![\d:/.,])(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{2})(?:\s*(?::|phút)\s*(\d{2}))?(?!\d)"
    r"(?:\s*(am|pm|sa|ch|sáng|chiều|tối)\b)?",
    re.IGNORECASE,
)
# the hour alone: "8h", "15 giờ", and the newsroom's "7g" ("Đăng lúc 7g ngày 06/03/2024")
_HOUR = re.compile(r"(?<![\d:/.,])(\d{1,2})\s*(?:h|g|giờ)(?![\w])", re.IGNORECASE)
# a clock written with a dot after a separator, ending the line or its part ("07.03.2024 -
# 17.45", "lúc 9.30 | Lượt xem"): read only when no other clock is there (a dot also writes
# decimals and thousands: "1.200", "2,5", "17.45 triệu" are none)
_DOT_TIME = re.compile(r"(?:[-–|,]|\blúc)\s*([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:$|[|;)(\]]))", re.IGNORECASE)
_OFFSET = re.compile(r"(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
# "GMT"/"UTC" right after a time, with no offset of its own: the zone itself
_BARE_UTC = re.compile(r"\d:\d{2}(?::\d{2})?\s*(?:GMT|UTC)(?!\s*[+-]\s*\d)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# .NET's en-US general format: "3/8/2024 4:05:50 PM" (no leading zeros, seconds, AM/PM)
_EN_CLOCK = re.compile(r"(?<![\d/])[1-9]\d?/[1-9]\d?/\d{4}\s+\d{1,2}:\d{2}:\d{2}\s*[AP]M\b", re.I)
# a numeric date with an English AM/PM clock after it ("03/05/2024 08:40 AM"): US order on
# a page that is not Vietnamese (order "us-clock"; a Vietnamese page keeps day first)
_US_CLOCK = re.compile(
    r"(?<![\d/.])\d{1,2}/\d{1,2}/\d{4},?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*[AP]\.?M\b", re.I
)
_PM = {"pm", "ch", "chiều", "tối"}
_AM = {"am", "sa", "sáng"}


@dataclass(frozen=True)
class ParsedDate:
    iso: str  # e.g. "2023-01-09T15:20:00+07:00"
    raw: str  # the text it was read from (whitespace collapsed)
    precision: str  # "second", "minute", "day", "month"


@lru_cache(maxsize=32)
def _zone(tz: str) -> ZoneInfo:
    return ZoneInfo(tz)


def _offset(text: str) -> timezone | None:
    match = _OFFSET.search(text)
    if not match:
        # "Tue, 05 Mar 2024 01:40:00 GMT" (RFC 1123, HTTP and RSS dates): GMT itself, +00:00
        return UTC if _BARE_UTC.search(text) else None
    sign = -1 if match.group(1) == "-" else 1
    minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
    if minutes > 14 * 60:
        return None
    return timezone(sign * timedelta(minutes=minutes))


def _iso_offset(value: str) -> timezone | None:
    if value in ("Z", "z"):
        return UTC
    sign = -1 if value[0] == "-" else 1
    digits = value[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return timezone(sign * timedelta(minutes=minutes))


def _build(
    raw: str,
    tz: str,
    y: int,
    mo: int,
    d: int,
    h: int = 0,
    mi: int = 0,
    s: int = 0,
    precision: str = "day",
    tzinfo: timezone | None = None,
) -> ParsedDate | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        if tz == AS_WRITTEN:  # no zone of the site's: the page's own offset, or none
            value = datetime(y, mo, d, h, mi, s, tzinfo=tzinfo)
        elif tzinfo is not None:
            value = datetime(y, mo, d, h, mi, s, tzinfo=tzinfo).astimezone(_zone(tz))
        else:
            value = datetime(y, mo, d, h, mi, s, tzinfo=_zone(tz))
    except ValueError:
        return None
    return ParsedDate(value.isoformat(), raw, precision)


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _find_time(segment: str) -> tuple[int, int, int | None] | None:
    match = _TIME.search(segment)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        second = int(match.group(3)) if match.group(3) else None
        half = (match.group(4) or "").lower()
        if half in _PM and hour < 12:
            hour += 12
        elif half in _AM and hour == 12:
            hour = 0
        return hour, minute, second
    match = _HOUR.search(segment)
    if match:
        return int(match.group(1)), 0, None
    match = _DOT_TIME.search(segment)
    if match:
        return int(match.group(1)), int(match.group(2)), None
    return None


# the weekday a date line opens with: "Thứ Ba", "Thứ 3", "T3", "Chủ nhật", "CN", "Tuesday", "Tue"
_WEEKDAY = re.compile(
    r"(?:^|[\s,(|])(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|t[2-7]|chủ\s+nhật|cn|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
    r"\W{0,3}$",
    re.IGNORECASE,
)
_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "chủ nhật": 6, "cn": 6,
                  "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}  # fmt: skip


def _weekday_says_month_first(before: str, y: int, d: int, mo: int) -> bool:
    """A numeric date both orders read ("T3, 03/05/2024") right after a weekday that is the
    month-first reading's and not the day-first one's (the 5th of March 2024 was a Tuesday,
    the 3rd of May a Friday): a month-first server format (Drupal's default "D, m/d/Y - H:i"
    under the vi locale) the page itself tells."""
    if d > 12 or mo > 12 or d == mo:
        return False
    match = _WEEKDAY.search(before[-16:])
    if match is None:
        return False
    word = " ".join(match.group(1).casefold().split())
    if word.startswith("thứ "):
        word = word[4:]
    if word[0] == "t" and word[1:].isdigit():
        word = word[1:]
    weekday = int(word) - 2 if word.isdigit() else _WEEKDAY_WORDS.get(word, _WEEKDAY_WORDS.get(word[:3]))
    if weekday is None:
        return False
    try:
        day_first, month_first = datetime(y, mo, d).weekday(), datetime(y, d, mo).weekday()
    except ValueError:
        return False
    return day_first != weekday and month_first == weekday


#: a day and its month without the year, as a theme prints this year's posts: "04/03", "T3,
#: 05/03 - 10:20", "08/03 | 09:00", "Thứ Hai 04-03 lúc 8h15"; a weekday may open it, a time may
#: follow, nothing else (a line with more words is no such display); the post's time may come
#: first, as a newsroom writes it ("Đăng lúc 23g15 ngày 5/3"). Both parts two digits
#: unless a weekday or a time beside them says it is a date (a gallery's counter "1/5" is none)
YEARLESS = re.compile(
    r"\s*(?:(?P<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|t[2-7]|chủ\s+nhật|cn)\.?\s*[,|\-–]?\s*"
    r"|(?P<pre>(?:đăng\s+)?lúc\s*\d{1,2}\s*[:hg]\s*\d{2}\s*,?\s*))?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*(?P<sep>[/-])\s*(?P<m>\d{1,2})"
    r"(?P<time>\s*[,|\-–]?\s*(?:lúc\s*)?\d{1,2}\s*[:hg]\s*\d{2}(?:\s*(?:sa|ch|am|pm))?)?\s*",
    re.IGNORECASE,
)


def with_year(line: str, near: date) -> str | None:
    """``line``, a day without its year (:data:`YEARLESS`), with the year written after its
    month: the year whose day is nearest ``near`` (a day the page itself shows in full: what
    "this year" was when it was served), among that day's year and the two beside it, and one
    whose weekday is the line's when it names one ("T3, 05/03" is a Tuesday: 2024, not 2025).
    None when the line is no such display or no year fits."""
    match = YEARLESS.fullmatch(line)
    if match is None:
        return None
    d, mo = int(match["d"]), int(match["m"])
    if not (match["wd"] or match["time"] or match["pre"]) and (len(match["d"]) < 2 or len(match["m"]) < 2):
        return None
    weekday = _weekday_index(match["wd"]) if match["wd"] else None
    best: date | None = None
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            day = date(year, mo, d)
        except ValueError:
            continue
        if weekday is not None and day.weekday() != weekday:
            continue
        if best is None or abs((day - near).days) < abs((best - near).days):
            best = day
    if best is None:
        return None
    return f"{line[: match.end('m')]}{match['sep']}{best.year}{line[match.end('m') :]}"


def written_order(text: str) -> str | None:
    """How ``text`` (a page's whole text) writes numeric dates when it tells and does not
    contradict itself: "dmy" when some date only day first reads ("14/03/2024") and none only
    month first reads, "mdy" the other way round ("03/13/2024"); None when no date tells, or
    dates tell both (a site's en-US server culture beside its editors' day-first lines)."""
    firsts = seconds = False
    for match in _DMY.finditer(text):
        a, b = int(match.group(1)), int(match.group(3))
        firsts = firsts or a > 12 >= b
        seconds = seconds or b > 12 >= a
        if firsts and seconds:
            return None
    return "dmy" if firsts else "mdy" if seconds else None


def newest_day(text: str) -> date | None:
    """The latest day ``text`` writes in full (day, month and year): on a page, the day it was
    served or near it (the header's today, the newest teaser's day)."""
    days = []
    for _, _, y, mo, d in _date_matches(text):
        try:
            days.append(date(y, mo, d))
        except ValueError:
            continue
    return max((x for x in days if MIN_YEAR <= x.year <= MAX_YEAR), default=None)


def _weekday_index(text: str) -> int | None:
    """0 (Monday) to 6 of a weekday as a Vietnamese date line writes it ("Thứ Ba", "T3", "CN")."""
    word = " ".join(text.casefold().split())
    if word.startswith("thứ "):
        word = word[4:]
    if word[0] == "t" and word[1:].isdigit():
        word = word[1:]
    return int(word) - 2 if word.isdigit() else _WEEKDAY_WORDS.get(word)


def _date_matches(text: str, order: str = "auto") -> list[tuple[int, int, int, int, int]]:
    """(start, end, year, month, day) of every day-precision date, in text order.

    Numeric dates are day first ("dmy", Vietnamese usage) or month first ("mdy", what an
    en-US server culture writes); "auto" reads day first unless only month first makes a
    date ("3/14/2024"); "us" (a page declaring US English) month first unless only day
    first makes a date; "us-clock" (any other page that is not Vietnamese) as "auto",
    :func:`_parse` turning it to "us" when an AM/PM clock follows the date."""
    found = []
    for match in _VERBAL.finditer(text):
        d, mo, y = match.groups()
        month = int(mo) if mo.isdigit() else _MONTH_WORDS[mo.lower()]
        found.append((match.start(), match.end(), int(y), month, int(d)))
    for match in VERBAL_MONTH_FIRST.finditer(text):
        mo, d, y = match.groups()
        month = int(mo) if mo.isdigit() else _MONTH_WORDS[mo.lower()]
        if not any(s <= match.start() < e for s, e, *_ in found):
            found.append((match.start(), match.end(), int(y), month, int(d)))
    for pattern, day_first in ((EN_MONTH_FIRST, False), (EN_DAY_FIRST, True)):
        for match in pattern.finditer(text):
            a, b, y = match.groups()
            d, mo = (a, b) if day_first else (b, a)
            month = _EN_MONTHS[next(k for k in _EN_MONTHS if k.startswith(mo.lower()[:3]))]
            if not any(s <= match.start() < e for s, e, *_ in found):
                found.append((match.start(), match.end(), int(y), month, int(d)))
    for match in _YMD.finditer(text):
        y, _, mo, d = match.groups()
        if not any(s <= match.start() < e for s, e, *_ in found):
            found.append((match.start(), match.end(), int(y), int(mo), int(d)))
    for match in _DMY.finditer(text):
        a, _, b, y = match.groups()
        d, mo = int(a), int(b)
        if order == "mdy" or (order == "us" and d <= 12) or (order in ("auto", "us-clock") and mo > 12 >= d):
            d, mo = mo, d
        elif order in ("auto", "us-clock") and _weekday_says_month_first(text[: match.start()], _year(y), d, mo):
            d, mo = mo, d
        if not any(s <= match.start() < e for s, e, *_ in found):
            found.append((match.start(), match.end(), _year(y), mo, d))
    return sorted(found)


def parse_vn_date(
    text: str, tz: str = "Asia/Ho_Chi_Minh", order: str = "auto"
) -> ParsedDate | None:
    """Read the first date in ``text`` (a date line, not a whole page); ``order`` says how
    numeric dates are written (:func:`_date_matches`).

    >>> parse_vn_date("Thứ Hai, 09/01/2023 - 15:20").iso
    '2023-01-09T15:20:00+07:00'
    """
    if not text:
        return None
    if len(text) <= CACHED_CHARS:
        return _parse_cached(text, tz, order)
    return _parse(text, tz, order)


# the same date and menu lines recur on every page of a site (and in every inference run):
# the result of a short text is kept (ParsedDate is frozen; nothing here reads the clock)
CACHED_CHARS = 200


@lru_cache(maxsize=8192)
def _parse_cached(text: str, tz: str, order: str) -> ParsedDate | None:
    return _parse(text, tz, order)


def _parse(text: str, tz: str, order: str) -> ParsedDate | None:
    raw = " ".join(unicodedata.normalize("NFC", text).split())
    if not raw or not any(ch.isdigit() for ch in raw):
        return None
    explicit = _offset(raw)

    match = _ISO.search(raw)
    if match:
        y, mo, d, h, mi, s, off = match.groups()
        tzinfo = _iso_offset(off) if off else explicit
        if h is None:
            parsed = _build(raw, tz, int(y), int(mo), int(d), tzinfo=None)
        else:
            precision = "second" if s else "minute"
            parsed = _build(
                raw, tz, int(y), int(mo), int(d), int(h), int(mi), int(s or 0), precision, tzinfo
            )
        if parsed:
            return parsed

    if order in ("auto", "us-clock") and _EN_CLOCK.search(raw):
        order = "mdy"  # "3/8/2024 4:05:50 PM": an en-US server culture writes month first
    elif order == "us-clock" and _US_CLOCK.search(raw):
        order = "us"  # "03/05/2024 08:40 AM" on an English page: the US clock, the US order
    dates = _date_matches(raw, order)
    for index, (start, end, y, mo, d) in enumerate(dates):
        lo = dates[index - 1][1] if index else 0
        hi = dates[index + 1][0] if index + 1 < len(dates) else len(raw)
        segment = raw[lo:start] + " " * (end - start) + raw[end:hi]
        clock = _find_time(segment)
        if clock is None:
            parsed = _build(raw, tz, y, mo, d)
        else:
            hour, minute, second = clock
            precision = "minute" if second is None else "second"
            parsed = _build(raw, tz, y, mo, d, hour, minute, second or 0, precision, explicit)
        if parsed:
            return parsed

    match = _MONTH.search(raw)
    if match:
        parsed = _build(raw, tz, int(match.group(2)), int(match.group(1)), 1, precision="month")
        if parsed:
            return parsed
    return _dateparser_fallback(raw, tz)


@lru_cache(maxsize=8)
def _dateparser(tz: str):
    from dateparser.date import DateDataParser

    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["month", "year"],
    }
    if tz != AS_WRITTEN:
        settings.update({"TIMEZONE": tz, "RETURN_AS_TIMEZONE_AWARE": True})
    return DateDataParser(languages=["vi"], try_previous_locales=False, settings=settings)


_PERIODS = {"time": "minute", "day": "day", "month": "month"}


def _dateparser_fallback(raw: str, tz: str) -> ParsedDate | None:
    # a written year is required: relative dates ("2 giờ trước") depend on the crawl day
    if len(raw) > 100 or not _YEAR.search(raw):
        return None
    try:
        data = _dateparser(tz).get_date_data(raw)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
        return None
    value, precision = data.date_obj, _PERIODS.get(data.period or "")
    if value is None or precision is None or not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    if str(value.year) not in _YEAR.findall(raw):
        return None  # a year the text does not write: dateparser filled it in from today
    if tz == AS_WRITTEN:
        value = value.replace(microsecond=0)
    else:
        if value.tzinfo is None:
            value = value.replace(tzinfo=_zone(tz))
        value = value.astimezone(_zone(tz)).replace(microsecond=0)
    if precision == "day" and (value.hour or value.minute):
        precision = "minute"
    if precision == "minute" and value.second:
        precision = "second"
    return ParsedDate(value.isoformat(), raw, precision)
