"""Author, author unit and source from a byline element or the body's signature line.

"Đỗ Quang Thắng – Phòng Tổng hợp."  -> author "Đỗ Quang Thắng", unit "Phòng Tổng hợp"
"Minh Anh (TTXVN)"                 -> author "Minh Anh", unit "TTXVN"
"P.V" / "BBT" / "CTV"              -> author as written
"Nguồn: Báo Lào Cai", "Theo Báo Lào Cai" -> source "Báo Lào Cai"
"Phòng Kinh tế" alone closing the body -> author "Phòng Kinh tế" (the unit signs)
CMS account names ("admin", "Super User", "Quản trị") are never an author.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from pipelines.dom import clean

JUNK_AUTHORS = frozenset(
    {
        "admin",
        "administrator",
        "super user",
        "superuser",
        "quản trị",
        "quản trị viên",
        "quan tri",
        "webmaster",
        "root",
        "editor",
        "user",
        "guest",
        "system",
        "host",
        "quản trị hệ thống",
        "ban quản trị",
        "author",
        "unknown",
        "anonymous",
        # roles and teams, never a person (English templates' bylines)
        "guest author",
        "guest contributor",
        "guest post",
        "community editor",
        "contributor",
        "staff",
        "staff writer",
        "staff reporter",
        "editorial staff",
        "editorial team",
        "editorial board",
        "the editors",
        "editors",
        "newsroom",
        "team",
        # a template's placeholder where the writer's field is empty ("Tác giả: Đang cập
        # nhật" in an article's information box): no one
        "đang cập nhật",
        "đang cập nhập",
        "chưa cập nhật",
        "không rõ",
        "chưa rõ",
        "không xác định",
        "updating",
        "n/a",
    }
)
_PREFIX = re.compile(
    r"^(?:(?:nhóm )?tác giả(?: bài viết)?|người viết(?: bài)?|bài(?:\s*(?:và|,|&|-|/)?\s*(?:ảnh|video|clip)){0,3}"
    r"|tin(?:\s*(?:bài|và|,|&|-|/)?\s*(?:ảnh)?)?|ảnh|(?:người |nhóm )?thực hiện|tổng hợp"
    r"|nhóm phóng viên|phóng viên|pv|ctv|cộng tác viên|by|author|viết bởi|đăng bởi"
    r"|người đăng(?: tin| bài)?|người đưa tin|người cập nhật"
    # a school's writers sign as teachers ("GV: Nguyễn Thị Hoa", "Giáo viên: Lê Văn An")
    r"|gv|giáo viên"
    # a compiler's label, who wrote the text from its sources ("Biên soạn: KS. Lương Văn
    # Thắng"; an editor, "Biên tập:", is no writer)
    r"|(?:người )?biên soạn"
    # the labels of the portals' foreign pages: "Autor: Jan Novák", "Auteur : Marie Dupont",
    # "Von: Anna Berg", "Text: Lars Ek"
    r"|autor(?:in|en|es)?|auteurs?|autore|von|par|por|door|text|texte)"
    r"\s*:\s*"
    # English bylines need no colon: "By Jane Doe", "Written by Jane Doe"; nor do German,
    # French, Spanish and Dutch ones ("Von Anna Berg", "Par Marie Dupont", "Por Ana Ruiz",
    # "Door Jan de Vries"), nor a label a screen reader reads ("Author Jane Doe"); a
    # portal's English edition signs "Reported by Thu Ha" where its Vietnamese pages sign
    # "Phóng viên: Thu Hà" (an editor or a translator, "Edited by", "Translated by", is none)
    r"|^(?:(?:written|reported|posted|published|words|story|text)\s+)?by\s*:?\s+(?=[A-ZÀ-Ỹ])"
    r"|^(?:von|par|por|door|author|autor(?:in|en)?|auteur)\s+(?=[A-ZÀ-Ỹ])"
    # nor Joomla's "Viết bởi Minh Anh" ("Đăng bởi" without one is a blog's poster, an account)
    r"|^viết bởi\s+(?=\w)",
    re.IGNORECASE,
)
#: a military or police rank before a name ("Đại úy Nguyễn Văn A"): the name is read after
#: it, and the author is written with it, as the page writes it
_RANK = re.compile(
    r"^(?:(?:thiếu|trung|thượng|đại)\s+(?:úy|uý|tá|tướng)"
    # the non-commissioned ranks a police force's or an army unit's writers sign with
    # ("Thượng sĩ Lò Văn Phong", "Hạ sĩ Vàng A Chứ")
    r"|(?:hạ|trung|thượng)\s+sĩ"
    # a profession or a degree written out ("Luật sư Nguyễn Văn An", "Thạc sĩ ...")
    r"|luật sư|thạc sĩ|tiến sĩ|bác sĩ|kỹ sư|kĩ sư|nhà báo|nhà văn|nhà thơ|nghệ sĩ|(?:phó )?giáo sư"
    # the legal professions a department of justice's writers sign with ("Luật gia Nguyễn
    # Thành Công", "Trợ giúp viên pháp lý Hoàng Thu"), and a few more professions
    r"|luật gia|thẩm phán|kiểm sát viên|công chứng viên|trợ giúp viên pháp lý|dược sĩ|kiến trúc sư|nhà giáo"
    # a hospital's nurses and midwives ("Điều dưỡng Hoàng Thị Mai", "Nữ hộ sinh Lò Thị Én")
    r"|điều dưỡng|(?:nữ )?hộ sinh"
    # a school's teachers ("Cô giáo Vũ Thị Ngọc - Tổ Ngữ văn", "Thầy giáo Lê Văn An")
    r"|cô giáo|thầy giáo)\s+",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^\(?\s*nguồn(?:\s+tin)?\s*:?\s*(.+?)\s*\)?$", re.IGNORECASE)
_THEO = re.compile(r"^\(?\s*theo\s+(\S.*?)\s*\)?$", re.IGNORECASE)
_PAREN = re.compile(r"^(.+?)\s*[(\[]\s*([^()\[\]]+?)\s*[)\]]$")
_DASH = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*")
_ABBREV = re.compile(r"^(?:[A-ZĐ]{1,2}\.)+[A-ZĐ]{0,2}\.?$|^[A-ZĐ]{2,6}(?:[-/][A-ZĐ]{2,6})?$")
_UNIT_WORDS = re.compile(
    r"^(?:phòng|ban|sở|bộ|cục|chi cục|vụ|văn phòng|trung tâm|báo|đài|tạp chí|cổng|ubnd|hđnd"
    r"|ủy ban|uỷ ban|huyện|thị xã|thành phố|xã|phường|tỉnh|hội|đảng ủy|đảng uỷ|công an"
    r"|trường|viện|khoa|bộ chỉ huy|bchqs|đoàn|liên đoàn|ttxvn|vov|vtv|thông tấn xã"
    r"|thành ủy|thành uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|chi bộ|mặt trận|công đoàn|hội đồng"
    r"|đội|tổ|trạm|đồn|hạt|chi nhánh|cơ quan|công ty|hợp tác xã|htx|ngân hàng|kho bạc"
    r"|bệnh viện|thư viện|bảo tàng|học viện|đại học|tiểu đoàn|đại đội|trung đoàn|lữ đoàn"
    r"|sư đoàn|quân khu|bộ đội|ban chỉ huy|mttq)\b",
    re.IGNORECASE,
)
#: a name's word: letters, joined by a dot, a hyphen or an apostrophe, the typographic one
#: too (the Central Highlands' names as a word processor writes them: "H’Xíu Niê", "Ksor
#: H’Bơ Khăp"; the straight one was read already)
_WORD = re.compile(r"^[^\W\d_]+(?:[.'’-][^\W\d_]*)*\.?$")
#: a team of the newsroom signing together: "Nhóm phóng viên", "Nhóm PV", "Nhóm tác giả"
_TEAM = re.compile(
    r"^nhóm\s+(?:phóng viên(?: ảnh)?|pv|ptv|ctv|cộng tác viên|tác giả|biên tập viên|btv|thực hiện)$",
    re.IGNORECASE,
)
#: a writer signing with initials and a given name, no space: "Q.Anh", "T.Hằng", "N.V.Hùng"
#: (one to three single-letter initials; "TP.Hồ" and "Q.1" are not)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.\s?){1,3}([^\W\d_]+)$")
MAX_SIGNATURE_CHARS = 120
_PLACE_WORDS = frozenset({"tp", "thành", "tỉnh", "quận", "huyện", "xã", "phường", "thị"})
#: a unit's first word that is also a family or given name: "Đoàn Văn Hậu" and "Trường
#: Giang" (every word capitalised, none an abbreviation) are people, "Đoàn Thanh niên" is not
_NAME_OR_UNIT = frozenset({"đoàn", "trường", "khoa"})
#: words of a widget's or a section's heading that no Vietnamese name holds ("PHOTO GALLERY",
#: "VIDEO CLIP", "TIN MỚI", "XEM NHIỀU", "LỊCH CÔNG TÁC", "HỎI ĐÁP", "LIÊN KẾT WEBSITE"): a
#: heading in capitals looks like a signature in capitals, these words tell them apart
_WIDGET_WORDS = frozenset(
    """photo photos gallery video videos clip album multimedia infographic podcast website web
    online hotline email fanpage facebook zalo youtube tin mới đọc nhiều xem ảnh lịch hỏi
    đáp dịch tục kiện nổi bật chia sẻ tải đính kèm kết truy cập kê nhiệt lượt duyệt mục""".split()
)
#: the heading of a portal's leaders' box ("LÃNH ĐẠO HUYỆN", "Ban lãnh đạo", "Lãnh đạo Sở"):
#: the names under it are the office's leaders, never the article's writer
_LEADERS = re.compile(r"(?:^|\s)(?:ban\s+)?lãnh\s+đạo(?:\s|$)", re.IGNORECASE)
#: the country, its provinces and centrally-run cities (and the names they are known by):
#: written alone, a place ("Lào Cai" at the end of a weather widget), never a person
PLACES = frozenset(
    place.strip()
    for place in """việt nam|hà nội|hồ chí minh|sài gòn|hải phòng|đà nẵng|cần thơ|huế|thừa thiên huế
    |an giang|bà rịa - vũng tàu|bà rịa vũng tàu|vũng tàu|bắc giang|bắc kạn|bạc liêu|bắc ninh
    |bến tre|bình định|bình dương|bình phước|bình thuận|cà mau|cao bằng|đắk lắk|đắk nông
    |điện biên|đồng nai|đồng tháp|gia lai|hà giang|hà nam|hà tĩnh|hải dương|hậu giang
    |hòa bình|hoà bình|hưng yên|khánh hòa|khánh hoà|kiên giang|kon tum|lai châu|lâm đồng
    |lạng sơn|lào cai|long an|nam định|nghệ an|ninh bình|ninh thuận|phú thọ|phú yên
    |quảng bình|quảng nam|quảng ngãi|quảng ninh|quảng trị|sóc trăng|sơn la|tây ninh
    |thái bình|thái nguyên|thanh hóa|thanh hoá|tiền giang|trà vinh|tuyên quang|vĩnh long
    |vĩnh phúc|yên bái|sa pa|hạ long|nha trang|đà lạt|buôn ma thuột|pleiku|vinh""".split("|")
)


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    unit: str | None = None
    source: str | None = None


#: a company's legal form closing the name ("ZooRoyal Petcare GmbH", "Olympia-Verlag GmbH",
#: "Acme Ltd."): the shop's or the publisher's imprint in its data or footer, not who wrote
_LEGAL_FORM = re.compile(r"\s(?:GmbH|AG|Ltd|Inc|LLC|e\.\s?V|S\.A|S\.L|Co\.\s?KG)\.?$")


#: a CMS login as the poster's display ("Đăng bởi bientap", "tpd_admin", "editor01"): one
#: word in lower case, plain ASCII letters, digits and "_.-"; a Vietnamese name is capitalised
#: and has diacritics. Asked of Vietnamese pages only: English blogs' truth names such handles
#: ("surfguard"), and a first version in ``is_junk_author`` cost trafilatura-eval 10 + 5 authors
_LOGIN = re.compile(r"[a-z][a-z0-9_.-]*[a-z0-9]")


def login_name(name: str | None) -> bool:
    """``name`` is a CMS login ("bientap"), no Vietnamese writer's name."""
    return bool(name) and bool(_LOGIN.fullmatch(clean(name).strip(" .")))


def is_junk_author(name: str | None) -> bool:
    """A CMS account, a role or a team ("admin", "Staff Writer"), or a company's legal name."""
    if not name:
        return True
    low = clean(name).casefold().strip(" .")
    if _LEGAL_FORM.search(clean(name)):
        return True
    return low in JUNK_AUTHORS or low.startswith(("admin", "administrator"))


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "đ": "d"})


def _key(text: str) -> str:
    """``text`` as a host name writes it: lower case, no accents, no spaces or hyphens
    ("Auswärtiges Amt" -> "auswaertigesamt", "Báo Lào Cai" -> "baolaocai")."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def site_key(text: str) -> str:
    """``text`` folded the way a host name writes it (see :func:`_key`)."""
    return _key(text)


#: words of a publisher's name ("Badische Zeitung", "TOUR Magazin", "Hildesheimer Presse")
_PUBLISHER_WORDS = frozenset(
    """magazin magazine zeitung presse press news times post journal tribune herald daily
    verlag media interactive online blog radio tv amt báo tạp chí""".split()
)
#: an article opening a publisher's name ("The Minimalists", "La Tercera", "Die Zeit")
_ARTICLES = frozenset("the la el le les die der das il lo los las".split())


def _publisher_like(name: str) -> bool:
    """A name that reads as a publisher's, not a person's: one word ("WRAL"), an article
    first, or a publisher's word in it."""
    words = name.casefold().split()
    return len(words) == 1 or words[0] in _ARTICLES or any(w in _PUBLISHER_WORDS for w in words)


def is_site_name(name: str, host: str) -> bool:
    """``name`` is the site's own name as its host writes it ("TOUR Magazin" on
    tour-magazin.de, "The Planetary Press" on theplanetarypress.com, "WRAL" on wral.com): the
    publisher a template writes where a byline goes, or puts in ``<meta name=author>``, not a
    writer. Every label of the host but its top-level domain is asked, with and without
    a leading "the"; a person's name is never refused (a writer's own site is named after
    them: "Tim Shields" on timshields.com), only one that reads as a publisher's."""
    key = _key(name)
    if len(key) < 3 or not _publisher_like(name):
        return False  # "Tim Shields" on timshields.com: a writer's own site names him
    labels = [_key(x) for x in host.lower().split(".")[:-1] if x not in ("www", "m")]
    return any(key in (label, f"the{label}") or (key.startswith("the") and key[3:] == label) for label in labels)


def _is_name(text: str) -> bool:
    """A person's name (2-6 capitalised words) or a staff abbreviation (P.V, BBT, CTV)."""
    if not text or any(ch.isdigit() for ch in text) or len(text) > 50:
        return False
    if rank := _RANK.match(text):
        return len(text[rank.end() :].split()) >= 2 and _is_name(text[rank.end() :])
    if _ABBREV.match(text) or _TEAM.match(text) or _initials(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    if words[0].strip(".").casefold() in _PLACE_WORDS or text.casefold() in PLACES:
        return False  # "TP Hồ Chí Minh", "Tỉnh Lào Cai", "Lào Cai": a place, not a name
    if any(w.casefold() in _WIDGET_WORDS for w in words):
        return False  # "PHOTO GALLERY", "TIN MỚI ĐĂNG", "XEM NHIỀU NHẤT": a widget's heading
    if _LEADERS.search(text):
        return False  # "LÃNH ĐẠO HUYỆN Phạm Quang Vinh": a leaders' box heading over a leader
    if _UNIT_WORDS.match(text) and not (
        words[0].casefold() in _NAME_OR_UNIT and all(w[0].isupper() and w[1:].islower() for w in words)
    ):
        return False  # "SỞ TƯ PHÁP TỈNH BẮC HÀ": an office (a banner), not a person
    return all(w[0].isupper() and _WORD.match(w) for w in words)


def person_name(text: str) -> bool:
    """A person's name (two to six capitalised words, a rank before it allowed), never the
    staff ("PV", "BBT", "Nhóm PV"), initials alone or an office's name."""
    return _is_name(text) and not (_ABBREV.match(text) or _TEAM.match(text)) and len(text.split()) >= 2


def _initials(text: str) -> bool:
    """"Q.Anh", "N.V.Hùng": capital initials, then one capitalised given name."""
    match = _INITIALS.match(text)
    if match is None:
        return False
    initials, name = text[: match.start(1)], match.group(1)
    return (
        initials.replace(".", "").replace(" ", "").isupper()
        and name[0].isupper() and name[1:].islower() and len(name) >= 2
    )


def is_unit(text: str) -> bool:
    """An office's or a newsroom's name ("Sở Tư pháp", "TTXVN"), not a person's."""
    return _is_unit(text)


def _is_unit(text: str) -> bool:
    return (
        bool(text)
        and len(text) <= 80
        and (bool(_UNIT_WORDS.match(text)) or bool(_ABBREV.match(text)))
    )


def parse_source(text: str) -> str | None:
    """ "Nguồn: Báo Lào Cai" / "Theo Báo Lào Cai" -> "Báo Lào Cai" (cached like
    :func:`parse_signature`)."""
    return _source(text) if len(text) <= CACHED_CHARS else _parse_source(text)


def _parse_source(text: str) -> str | None:
    line = clean(text)
    if not line or len(line) > MAX_SIGNATURE_CHARS:
        return None
    match = _SOURCE.match(line)
    if match:
        value = match.group(1).strip(" .:;")
        return value if value and len(value.split()) <= 15 else None
    match = _THEO.match(line)
    if match:
        value = match.group(1).strip(" .:;")
        # "Theo đó, ..." is a sentence; "Theo Báo Lào Cai" names a source
        if value and value[0].isupper() and "," not in value and len(value.split()) <= 10:
            return value
    return None


_source = lru_cache(maxsize=32_768)(_parse_source)


# English job titles after a byline's name ("Sean Peek, Senior Analyst", "Irena Nowak
# Marketing Manager"): the name ends before them
_ROLE_TAIL = frozenset(
    {
        "senior", "junior", "staff", "marketing", "manager", "analyst", "reporter", "editor",
        "writer", "director", "coordinator", "contributor", "correspondent", "columnist",
        "producer", "founder", "co-founder", "ceo", "journalist", "specialist", "consultant",
        "chief", "associate", "assistant", "executive", "strategist", "freelance",
    }
)  # fmt: skip


# English words of page furniture, never of a name ("SKIP ADVERTISEMENT", "Related Resources")
_FURNITURE = frozenset(
    {
        "advertisement", "advertising", "sponsored", "subscribe", "newsletter", "comments",
        "related", "resources", "website", "share", "review", "reviews", "posts", "about",
        # a post navigation's links ("Previous Next", "Older Newer"): two capitalised words
        "previous", "next", "older", "newer",
    }
)  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s$")


def _furniture(name: str) -> bool:
    """A word of ``name`` is page furniture ("View Comments", "More Posts", "Dana's
    Newsletter"): the word as written, or without a possessive "'s" (stripping the letter
    s itself made "comments" read "comment" and pass)."""
    return any(_POSSESSIVE.sub("", w.strip(",.;")).casefold() in _FURNITURE for w in name.split())


def strip_role(name: str) -> str:
    """``name`` without an English job title after its first two words (a line that starts
    with one, "Marketing and Event Coordinator", names no one: empty)."""
    words = name.split()
    if words and words[0].strip(",.;").casefold() in _ROLE_TAIL | {"marketing"}:
        return ""
    for i, word in enumerate(words[2:], start=2):
        if word.strip(",.;").casefold() in _ROLE_TAIL:
            return " ".join(words[:i]).strip(" ,;-–|")
    return name


def parse_signature(text: str) -> Byline | None:
    """Author (and unit) from a byline or signature line; None when it is not one.

    A pure function of the text, asked about every short line of every page (the chrome
    learner keeps signature lines out of chrome): a line of up to :data:`CACHED_CHARS` is
    answered from a per-process cache (a site's recurring lines are most of them)."""
    return _signature(text) if len(text) <= CACHED_CHARS else _parse_signature(text)


#: lines this long at most have their :func:`parse_signature` and :func:`parse_source` kept
#: (longer ones are seldom repeated; ``clean`` may shorten a text, so they are still read)
CACHED_CHARS = 4 * MAX_SIGNATURE_CHARS


#: "Nội dung: A - Đồ họa: B": an infographic's or E-magazine's credits name the writer
#: "Nội dung" as others name it "Thực hiện"; only with another role after it (a record's
#: "Nội dung: ..." field is none), and only in a signature: a labelled byline's grammar
#: (:data:`_PREFIX`, :func:`labelled`) does not take it, so the line is never a header's
_CONTENT_CREDIT = re.compile(r"^nội dung\s*:\s*(?=[^:]{2,60}?[-–—;,|/.]\s*(?:đồ họa|đồ hoạ|thiết kế|trình bày|ảnh|video)\s*:)", re.IGNORECASE)


def _parse_signature(text: str) -> Byline | None:
    line = clean(text).strip(" .;-–—")  # "- Minh Anh -"
    line = _CONTENT_CREDIT.sub("Thực hiện: ", line)
    if not line or len(line) > MAX_SIGNATURE_CHARS:
        return None
    if _PHOTO_CREDIT.match(line):
        return _photo_credit(line)
    if _THEO.match(line) and (found := _theo_line(line)) is not _NOT_THEO:
        return found  # "Theo Minh Anh (Báo X)": the writer; "Theo TTXVN": a source, no one
    head = _SOURCE_TAIL.sub("", line)  # "Tác giả: Lê Minh - Nguồn: Chi cục Thủy lợi"
    if head != line and (_is_name(head) or (_PREFIX.match(head) and _PREFIX.sub("", head).strip())):
        line = head  # (the source: :func:`source_tail`)
    head = _PHOTO_TAIL.sub("", line)  # "Bài: Minh Anh - Ảnh: Thu Hà": the writer signs
    if head != line and (_is_name(head) or (_PREFIX.match(head) and _PREFIX.sub("", head).strip())):
        line = head  # (not "Tin, ảnh: ...": one label for both)
    line = strip_role(_PREFIX.sub("", line).strip(" .;-–—"))
    contributor = _CONTRIBUTOR.match(line)
    if contributor and (inner := _split(line[contributor.end() :])) and _person(inner.author):
        line = line[contributor.end() :]  # "CTV Nguyễn Văn An": the contributor is the author
    line = _EMAIL.sub("", line).strip(" .;-–—")
    phoned = _PHONE.sub("", line).strip(" .;-–—")
    if phoned != line and _is_name(phoned):
        line = phoned  # "Lù Văn Sính - ĐT: 0912 345 678" (the name before it only)
    line = _HANDLE.sub("", line)  # "Williams Perdomo @wperdomod": the name signs
    compiled = _COMPILED.sub("", line)
    if compiled != line and _is_name(compiled):
        line = compiled  # "Minh Anh tổng hợp" (not "Phòng Tổng hợp")
    bracketed = _BRACKETED.match(line)
    if bracketed and not _ABBREV.match(bracketed.group(1)):
        line = bracketed.group(1)  # "(Minh Anh)" alone (never "(TTXVN)": a newsroom)
        if _parse_source(line):  # "(Theo TTXVN)", "(Nguồn: Báo X)": a reprint's source line
            return None
    quoted = _QUOTED.match(line)
    if quoted and person_name(quoted.group(1)) and not category_label(quoted.group(1)):
        line = quoted.group(1)  # a pen name in quotes, "“Hải Đăng”": the quotes are no part of it
    if not line:
        return None
    byline = _split(line)
    if byline is None or is_junk_author(byline.author):
        return None
    if _furniture(byline.author or ""):
        return None
    return replace(byline, author=final_dot(byline.author, text)) if byline.author else byline


#: a contributor's or a reporter's title before the name, no colon ("CTV Nguyễn Văn An",
#: "Cộng tác viên Minh Anh", "PV Thu Hà"): the name is the author, the title no part of it
_CONTRIBUTOR = re.compile(r"^(?:ctv|cộng tác viên|pv|phóng viên)\s+(?=\S)", re.IGNORECASE)


def _person(name: str | None) -> bool:
    """``name`` names people, not the staff or a newsroom ("PV", "Nhóm PV", "TTXVN")."""
    return bool(name) and not any(_ABBREV.match(x) or _TEAM.match(x) for x in name.split(", "))


_NOT_THEO = Byline()  # (a marker: the "Theo ..." line is read as any other)

#: a source field after the writer on one line: "Tác giả: Lê Minh - Nguồn: Chi cục Thủy lợi",
#: "Minh Anh | Nguồn tin: Báo Lào Cai" (the writer signs, the source is where it came from)
_SOURCE_TAIL = re.compile(r"(?<=\S)\s*[-–—;,|]\s*nguồn(?:\s+tin)?\s*:\s*(\S.*?)\s*\.?$", re.IGNORECASE)


def source_tail(line: str) -> str | None:
    """The source a signature line names after the writer ("Tác giả: Lê Minh - Nguồn: Chi
    cục Thủy lợi": "Chi cục Thủy lợi"), or None."""
    match = _SOURCE_TAIL.search(clean(line))
    return match.group(1) if match else None


def _theo_line(line: str) -> Byline | None:
    """A line that opens with "Theo": a reprint names its writer ("Theo Minh Anh (Báo Lào
    Cai)": author "Minh Anh", source "Báo Lào Cai"); "Theo Báo Lào Cai", "Theo TTXVN", "Theo
    VOV" name the paper or the agency it is taken from, a source, never a person called
    "Theo Báo Lào Cai" (the signature's grammar read its capitalised words as a name). A
    "Theo" before a person's name alone ("Theo Walcott") is read as any line (:data:`_NOT_THEO`)."""
    found = reprint(line)
    if found is not None:
        return found
    value = _parse_source(line)
    if value and news_source(value):
        return None
    return _NOT_THEO


def news_source(name: str) -> bool:
    """``name`` is a newspaper's, an agency's or an office's ("Báo Lào Cai", "TTXVN", "VOV",
    "Tạp chí Cộng sản", "Sở Y tế"), the place an article is taken from, not a writer. A
    profession before a person's name is no part of it ("Nhà báo Phạm Thu Hương": "báo"
    there is the journalist's, not a paper's)."""
    rank = _RANK.match(name)
    if rank and _is_name(name):
        return False
    words = name.casefold().split()
    return _is_unit(name) or any(w in _PUBLISHER_WORDS for w in words)


#: the newsroom's own staff signing without a name: "PV", "P.V", "BTV", "CTV", "PV-CTV",
#: "Nhóm PV", "Nhóm phóng viên"
_STAFF = re.compile(
    r"^(?:(?:p\.?\s?v|ptv|btv|ctv|bbt)(?:\s*[-/,&]\s*(?:p\.?\s?v|ptv|btv|ctv))?"
    r"|ban biên tập)\.?$",
    re.IGNORECASE,
)


def staff_signature(line: str) -> Byline | None:
    """The newsroom's staff signing without a name ("PV", "P.V", "BTV", "CTV", "PV-CTV",
    "Nhóm PV", "Nhóm phóng viên (TTXVN)"): the author as written, the unit after it. Never
    an agency or an office alone ("TTXVN", "VOV", "UBND"), which an abbreviation's grammar
    also reads as a signature: a source, not the staff."""
    text = clean(line).strip(" .;-–—")
    unit = None
    match = _PAREN.match(text)
    if match:
        text, unit = match.group(1), match.group(2).strip(" .") or None
    elif len(parts := _DASH.split(text, maxsplit=1)) == 2 and _is_unit(parts[1].strip(" .")):
        text, unit = parts[0].strip(), parts[1].strip(" .")
    if _STAFF.match(text) or _TEAM.match(text):
        return Byline(author=text, unit=unit)
    if unit is None:
        # the staff and their unit with no dash or bracket between ("PV Ban Tuyên giáo",
        # "Nhóm PV Đài Truyền thanh xã"): the unit a capitalised office's or newsroom's name
        words = text.split()
        for cut in range(min(3, len(words) - 1), 0, -1):
            head, rest = " ".join(words[:cut]), " ".join(words[cut:])
            if (_STAFF.match(head) or _TEAM.match(head)) and rest[0].isupper() and _is_unit(rest):
                return Byline(author=head, unit=rest)
    return None


#: words of a section's or a category's name that no person's name holds ("Kinh Tế", "Thời
#: Sự", "Văn Hóa - Xã Hội", "Chuyển Đổi Số", "Local News"): a kicker in Title Case above or
#: under the headline reads like a two-word name, these words tell them apart (words that
#: are also given or family names, "An", "Công", "Khoa", "Trường", "Quốc", "Phương", "Trí",
#: "Nông", "Chính", "Tài", "Thương", "Luận", "Tuyên", are not among them)
_CATEGORY_WORDS = frozenset(
    """tế trị hội thao dục luật lịch nghiệp tức sự kiện sống nghệ môi giới khỏe khoẻ đọc
    đổi số cách động tin thời xã giáo pháp thôn giải học sách phòng mục đề điểm nhìn cứu
    làm việc đảo tộc niên hoạch đầu xúc vấn bản điều truyền nội chống nhũng cải hóa hoá
    dân cư đất xây dựng mại ngân kinh bạn trật gương báo
    news politics business sports sport world local opinion health science technology tech
    culture lifestyle entertainment economy education travel events breaking latest national
    international features analysis arts books music food style markets finance weather
    crime environment climate nachrichten politik wirtschaft kultur advertorial anzeige
    werbung""".split()
)


def category_label(name: str) -> bool:
    """``name`` is a section's or a category's name ("Kinh Tế", "Thời Sự", "Local News"),
    not a person's: a word of it is one no name holds (:data:`_CATEGORY_WORDS`). A rank or a
    profession before a name is no part of it ("Luật sư Nguyễn Văn An", "Nhà báo Minh Anh")."""
    rank = _RANK.match(name)
    words = name[rank.end() :].split() if rank else name.split()
    return any(w.strip(".,;:-–").casefold() in _CATEGORY_WORDS for w in words)


def initials(text: str) -> bool:
    """"Q.Anh", "N.V.Hùng": a writer's initials and given name (:func:`_initials`)."""
    return _initials(clean(text))


#: a name's last word that is written with its dot: an initial ("Joe S."), a suffix ("Perry
#: Bacon Jr.")
_DOTTED_END = re.compile(r"(?:\b[^\W\d_]|\b(?:Jr|Sr|St))$")


def final_dot(name: str, text: str) -> str:
    """``name`` with the dot ``text`` writes after it when its last word is an initial or a
    suffix ("Perry Bacon Jr." stays so; the dot ending a sentence is stripped from others)."""
    if _DOTTED_END.search(name) and f"{name}." in clean(text):
        return f"{name}."
    return name


_signature = lru_cache(maxsize=32_768)(_parse_signature)  # Byline is frozen: safe to share

#: the writer's e-mail address after the name ("Minh Anh - Email: minhanh@...", "Minh Anh
#: (minhanh@...)"): the name signs, the address is no part of it
#: (Cloudflare's e-mail protection shows the address as "[email protected]" until a script
#: decodes it: "Lê Minh Anh - [email protected]")
_EMAIL = re.compile(
    r"\s*[-–—,;|(]?\s*(?:e-?mail\s*:?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s+protected\])\s*\)?$",
    re.IGNORECASE,
)
#: the writer's phone number after the name ("Lù Văn Sính - ĐT: 0912 345 678", "Minh Anh
#: (0912.345.678)", "Minh Anh - SĐT 0912345678"): the name signs, the number is no part of it
_PHONE = re.compile(
    r"\s*[-–—,;|(]?\s*(?:(?:đt|đtdđ|sđt|điện thoại|di động|tel|phone|mobile)\s*[:.]?\s*)?"
    r"\+?\d[\d .-]{7,14}\d\s*\)?$",
    re.IGNORECASE,
)
#: the writer's social handle after the name ("Jane Doe @janedoe", "Jane Doe (@janedoe)")
_HANDLE = re.compile(r"(?<=\w)\s+\(?@\w+\)?$")
#: a compiler's note after the name without brackets ("Minh Anh tổng hợp", "Minh Anh t/h")
_COMPILED = re.compile(r"(?<=\w)\s+(?:tổng hợp|t/h)$", re.IGNORECASE)
_BRACKETED = re.compile(r"^[(\[]\s*([^()\[\]]+?)\s*[)\]]$")
#: a signature wholly in quotes, a pen name's way ("“Hải Đăng”", "\"Sơn Ca\"", "«Trúc Lâm»")
_QUOTED = re.compile(r"^[“\"«„]\s*([^“”\"«»„]+?)\s*[”\"»“]$")

#: a photo credit: "Ảnh: Thu Hà" alone, or after the writer's part of a signature ("Bài:
#: Minh Anh - Ảnh: Thu Hà", "Bài: Minh Anh; ảnh: Thu Hà")
_PHOTO_CREDIT = re.compile(r"^(?:ảnh|hình ảnh|photo)\s*:\s*\S", re.IGNORECASE)
#: the roles a contributors' credit names after the writer's ("Thực hiện: Lan Chi; Trình bày:
#: Đức Thành", "Bài: Minh Anh. Ảnh: Thu Hà"): a photographer, a designer, an editor is not the
#: writer, and their part of the line is not the writer's name
#: (an editor's or an approver's part of a workflow line, "Người viết: Đặng Thu Hà - Người duyệt:
#: Nguyễn Quốc Bảo", is no writer's either)
_ROLES = (
    r"(?:ảnh|hình ảnh|photo|trình bày|thiết kế|đồ họa|đồ hoạ|video|quay phim|dựng phim|biên tập|kỹ thuật"
    r"|người (?:duyệt|kiểm duyệt|biên tập)|duyệt|kiểm duyệt)"
)
_PHOTO_TAIL = re.compile(rf"(?<=\S)\s*[-–—;,|/.]\s*{_ROLES}\s*:.*$", re.IGNORECASE)


def _photo_credit(line: str) -> Byline | None:
    """A byline element that credits the photos only ("Ảnh: Đức Thành" over a photo story)
    names its author; read at the end of a body, :func:`signature_from_body` skips it."""
    return _split(_PREFIX.sub("", line).strip(" .;-–—"))


def photo_credit(line: str) -> bool:
    """``line`` credits the photos only ("Ảnh: Thu Hà", "Ảnh: TTXVN")."""
    return bool(_PHOTO_CREDIT.match(clean(line)))


#: a position after a writer's name ("Minh Anh - Phó Trưởng phòng Văn hóa", "Thu Hà,
#: chuyên viên Văn phòng"): the name is the author, the position is not part of it
_POSITION = re.compile(
    r"^(?:phó\s+)?(?:trưởng|giám đốc|chủ tịch|bí thư|chánh|chỉ huy|chủ nhiệm|tổng biên tập"
    r"|thư ký|chuyên viên|cán bộ|công chức|viên chức|phóng viên|biên tập viên|cộng tác viên"
    r"|giáo viên|bác sĩ|kiểm lâm viên|trợ lý|ủy viên|uỷ viên)\b",
    re.IGNORECASE,
)


def is_position(text: str) -> bool:
    """A position or a job ("Phó Trưởng phòng Văn hóa", "Chuyên viên Văn phòng")."""
    return bool(text) and len(text) <= 80 and bool(_POSITION.match(text)) and not any(ch.isdigit() for ch in text)


#: names joined by "and" (a static site's "A & B"; "A and B", "A und B", "A et B" on the
#: portals' foreign pages)
_AND = re.compile(r"\s+(?:&|\+|và|(?i:and|und|et))\s+")
#: a list of names: "A, B và C", "A, B, and C"
_LIST = re.compile(r"\s*,\s*(?:(?:và|(?i:and|und|et))\s+)?|\s+(?:&|\+|và|(?i:and|und|et))\s+")


def _split(line: str) -> Byline | None:
    if _is_name(line):
        return Byline(author=line)
    match = _PAREN.match(line)
    if match and _is_name(match.group(1)):
        return Byline(author=match.group(1), unit=match.group(2).strip(" .") or None)
    if match and (inner := _split(match.group(1))) and inner.unit is None:
        return Byline(author=inner.author, unit=match.group(2).strip(" .") or None)  # "A - B (Báo X)"
    names = [p.strip(" .") for p in _DASH.split(line)]
    if len(names) == 3 and all(_is_name(n) for n in names):  # three writers: "A - B - C"
        return Byline(author=", ".join(names))
    parts = _DASH.split(line, maxsplit=1)
    if len(parts) == 2:
        name, rest = parts[0].strip(), parts[1].strip(" .")
        if _is_name(name) and (_is_unit(rest) or is_position(rest)):
            return Byline(author=name, unit=rest)  # "Minh Anh - Phó Trưởng phòng Văn hóa"
        if _is_name(name) and _is_name(rest):  # two authors: "Minh Anh - Thu Hà"
            return Byline(author=f"{name}, {rest}")
    if "," in line:
        name, rest = (p.strip(" .") for p in line.split(",", 1))
        if _is_name(name) and (_is_unit(rest) or is_position(rest)):
            return Byline(author=name, unit=rest)  # "Trung tá Nguyễn Văn An, Phó Trưởng ..."
        names = [p.strip(" .") for p in line.split(",")]
        if 2 <= len(names) <= 3 and all(_is_name(n) for n in names):  # "Minh Anh, Thu Hà"
            return Byline(author=", ".join(names))
    names = [p.strip(" .") for p in _AND.split(line)]
    if 2 <= len(names) <= 3 and all(_is_name(n) for n in names):  # "Minh Anh & Thu Hà"
        return Byline(author=", ".join(names))
    names = [p.strip(" .") for p in _LIST.split(line)]
    if 3 <= len(names) <= 4 and all(_is_name(n) for n in names):  # "Minh Anh, Thu Hà và Quang Vinh"
        return Byline(author=", ".join(names))
    if "/" in line:
        name, rest = (p.strip(" .") for p in line.rsplit("/", 1))
        if _ABBREV.match(rest) or _is_unit(rest):
            if _is_name(name):
                return Byline(author=name, unit=rest)
            inner = _split(name) if "/" not in name else None  # "Minh Anh - Thu Hà/TTXVN"
            if inner and inner.author and inner.unit is None:
                return Byline(author=inner.author, unit=rest)
    return None


#: a reprint that names its writer and the paper it is taken from: "Theo Minh Anh (Báo Lào
#: Cai)", "Theo Minh Anh - Báo Lào Cai"
_REPRINT = re.compile(
    r"^\(?\s*theo\s+(.+?)\s*(?:[(\[]\s*([^()\[\]]+?)\s*[)\]]|\s[–—-]\s+(.+?))\s*\)?\.?$", re.IGNORECASE
)


def reprint(text: str) -> Byline | None:
    """The writer and the source of a reprint line ("Theo Minh Anh (Báo Lào Cai)": author
    "Minh Anh", source "Báo Lào Cai"); None when the line names no person before the paper
    ("Theo Sở Y tế (tổng hợp)", "Theo TTXVN")."""
    match = _REPRINT.match(clean(text))
    if match is None:
        return None
    name, paper = match.group(1).strip(" .,"), (match.group(2) or match.group(3) or "").strip(" .")
    if not (_is_name(name) and not _ABBREV.match(name) and not _TEAM.match(name) and _is_unit(paper)):
        return None
    return Byline(author=name, source=paper)


#: a line above a name at a notice's foot that makes the name its signatory, not a writer:
#: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"
_SIGNING = re.compile(r"^(?:tm|kt|tl|tuq|q)\s*\.\s*\S", re.IGNORECASE)


def signing_line(line: str) -> bool:
    """``line`` is the authority or position a notice's or a letter's signatory signs under
    ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "CHỦ TỊCH", "Chủ tịch UBND tỉnh"): the name under
    it signs the text, it did not write an article (a writer's position follows the name); a
    leaders' box heading ("LÃNH ĐẠO HUYỆN") over a leader's name and position."""
    text = clean(line)
    # (a line with a colon is a speaker's or a field's, no authority signed under: an
    # interview's last question "Phóng viên: Xin cảm ơn ông!" over "Phạm Thu (thực hiện)")
    if not text or len(text.split()) > 8 or ":" in text:
        return False
    return bool(_SIGNING.match(text)) or is_position(text) or bool(_LEADERS.match(text))


def signature_from_body(
    paragraphs: Sequence[str], max_lines: int = 3, captions: frozenset[str] | set[str] = frozenset()
) -> Byline:
    """The signature and source lines at the end of the body (they stay in the body); a
    notice's signatory (a name under "TM. ỦY BAN NHÂN DÂN"/"CHỦ TỊCH") is no author. An
    office signing alone on the body's closing line ("Phòng Kinh tế", :func:`unit_signature`)
    is the author, as signed; under a person's name ("Minh Anh" over "Phòng Kinh tế") it is
    the person's unit. ``captions``: the pictures' captions, never a signature."""
    author = unit = source = None
    lines = list(paragraphs)
    other = False  # a short line that is neither a source nor a credit was passed
    for k, line in enumerate(lines[-1 : -max_lines - 1 : -1]):
        found_reprint = reprint(line)
        if found_reprint is not None:
            return Byline(found_reprint.author, None, source or found_reprint.source)
        found_source = parse_source(line)
        if found_source:
            source = source or found_source
            continue
        if photo_credit(line):
            continue  # "Ảnh: Thu Hà" under the writer's signature: the photographer's
        # (the board signing in full, "Ban Biên tập", as it signs "BBT": its words are an office's)
        signature = parse_signature(line) or staff_signature(line) or (lower_case_name(line) if k == 0 else None)
        above = lines[-k - 2] if k + 2 <= len(lines) else ""
        if signature:
            if not signing_line(above):
                author, unit = signature.author, signature.unit
                source = source or (source_tail(line) if signature.author else None)
                author = _writers_over(lines[: len(lines) - k - 1], author, unit, captions)
            break
        office = None if other or line in captions else unit_signature(line) or capital_unit(line)
        if office:
            # (a notice's issuing block, "TM. ỦY BAN NHÂN DÂN" over it, signs no article)
            if not signing_line(above):
                person = parse_signature(above) if above and above not in captions else None
                if person and person.author and person.unit is None:
                    author, unit = person.author, office  # "Minh Anh" over "Phòng Kinh tế"
                else:
                    author = office
            break
        if len(line.split()) > 12:
            closing = closing_bracket_name(line)
            if closing is not None:
                author, unit = closing.author, closing.unit
            break
        other = True
    return Byline(author, unit, source)


#: the commonest family names and the middle names under them, as a Vietnamese full name in
#: lower case is told from a phrase ("nguyễn thu hương", never "lý do chính", "hoàng hôn trên biển")
_SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào trịnh mai lương".split()
)
_MIDDLE_NAMES = frozenset(
    "văn thị thu minh thanh ngọc hồng quang đức hữu xuân kim anh mạnh công quốc bảo gia tuấn trung thành"
    " phương hải tiến việt như khánh duy đình bá trọng phúc huy nhật thế lan hoài diệu mỹ bích thúy thùy"
    " trà hương tú vân quỳnh tuyết".split()
)


def lower_case_name(line: str) -> Byline | None:
    """A writer's full name typed in lower case, closing the text ("nguyễn thu hương"): three
    or four words of letters, a common family name then a middle name; the author as the
    site writes it. Only the body's last line is asked (a phrase in lower case there is rare,
    and each word must fit)."""
    words = line.split()
    if not 3 <= len(words) <= 4 or line != line.lower() or not all(w.isalpha() for w in words):
        return None
    if words[0] not in _SURNAMES or words[1] not in _MIDDLE_NAMES:
        return None
    return Byline(author=line)


def _writers_over(lines: Sequence[str], author: str | None, unit: str | None, captions: Iterable[str]) -> str | None:
    """``author`` and the writers signing on the lines right above it, one a line ("Lò Văn
    Hải" over "Nguyễn Thị Vân": a signature of two writers over a ``<br>``): each line a
    person's name alone (no unit, no label, no source), never a caption, at most three
    writers, and never under a notice's signing line. ``lines``: the body's lines above the
    signature's."""
    if not author or unit or not person_name(author) or ", " in author:
        return author
    above = [clean(x) for x in lines[-3:]]
    names = [author]
    while above and len(names) < 3:
        name = above[-1]
        if name in captions or signing_line(name) or not person_name(name) or _parse_signature(name) != Byline(author=name):
            break
        names.insert(0, above.pop())
    if len(names) == 1 or (above and signing_line(above[-1])):
        return author  # (a notice's signatories under "TM. ỦY BAN NHÂN DÂN" are no writers)
    return ", ".join(names)


#: the head words of a state office's or unit's name, as it signs an article ("Phòng Kinh
#: tế", "Chi cục Thuế khu vực Bắc Hà", "Văn phòng UBND tỉnh", "Ban Quản lý chợ", "Trung tâm
#: Y tế huyện", "UBND xã Kim Sơn", "Công an huyện", "Khoa Kiểm soát bệnh tật"): the name follows the head words. A
#: newspaper's, a station's or an agency's name ("Báo Lào Cai", "Đài PT-TH tỉnh", "TTXVN")
#: is not among them: alone under a text on a portal it is where the text was taken from.
_OFFICE_HEAD = re.compile(
    r"^(?:chi cục|tổng cục|cục|vụ|sở|bộ chỉ huy|ban chỉ huy|bộ|ban|văn phòng|phòng|trung tâm"
    r"|ubnd|hđnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|ủy ban|uỷ ban|ubmttq|mttq"
    r"|mặt trận|hội đồng|hội|liên đoàn|công đoàn|huyện đoàn|tỉnh đoàn|thành đoàn|đoàn|công an"
    # (a hospital's or a health centre's department: "Khoa Kiểm soát bệnh tật", "Khoa Dược")
    r"|đồn|trạm|hạt|đội|chi nhánh|kho bạc|thanh tra|bảo hiểm xã hội|bhxh|bệnh viện|trường|khoa"
    r"|viện kiểm sát|tòa án|toà án|học viện|viện|đại học|thư viện|bảo tàng|nhà văn hóa"
    r"|nhà văn hoá|đảng ủy|đảng uỷ|huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ"
    r"|quận ủy|quận uỷ|thị ủy|thị uỷ|đảng đoàn|ban thường vụ|cơ quan|ngân hàng chính sách xã hội"
    # (a school's units: its teachers' teams, its Young Pioneers' and Youth Union's branches)
    r"|tổ|liên đội|chi đoàn|chi bộ)\s+",
    re.IGNORECASE,
)
#: the level of a place an office's name may name before the place ("UBND xã Kim Sơn",
#: "Công an huyện Bát Xát", "Văn phòng UBND tỉnh" ends with it)
_PLACE_LEVEL = frozenset("xã phường thị trấn huyện quận tỉnh thành phố tp tp. thị".split())
#: words of a sentence, never of an office's name (a noun phrase): "Ban Biên tập trân trọng
#: cảm ơn bạn đọc", "Phòng Kinh tế đã phối hợp ...", "Hội nghị được tổ chức ..."
_SENTENCE_WORDS = re.compile(
    r"(?:^|\s)(?:đã|đang|sẽ|được|bị|là|có|không|chưa|hãy|xin|rằng|thì|mà|nếu|vì|nên|này|đó|ấy"
    r"|cho|với|vừa|cảm ơn|trân trọng|kính mời|đề nghị|thông báo|tiến hành|phối hợp)(?=\s|$|[,.])",
)
#: head words that are also family or given names, or open a festival's name ("Đoàn Văn
#: Hậu", "Trường Giang", "Hội Khỏe Phù Đổng", "Đoàn Kết Sáng Tạo"): with every word
#: capitalised, the line is a person or a slogan, not an office
#: ("Tổ Quốc": the fatherland, a slogan's word)
_NAME_HEADS = frozenset({"đoàn", "trường", "hội", "đội", "khoa", "tổ"})
MAX_OFFICE_WORDS = 16


def unit_signature(line: str) -> str | None:
    """The office or unit a body's closing line names alone, as it signs the article
    ("Phòng Kinh tế", "Chi cục Thuế khu vực Bắc Hà", "Văn phòng UBND tỉnh"), or None: the
    shape of an office's name, its head word (:data:`_OFFICE_HEAD`) then its capitalised name,
    short, no figure, no label's colon, no bracket, no sentence (a verb, a sentence's
    punctuation), not in capitals (a banner's, a notice's issuing block's) and no CMS account.
    Asked only of the body's closing lines (:func:`signature_from_body`): an office named in
    a sentence, an address block, a source line and the page's data are no signature."""
    text = clean(line).strip(" .;-–—")
    words = text.split()
    if not 2 <= len(words) <= MAX_OFFICE_WORDS or len(text) > MAX_SIGNATURE_CHARS:
        return None
    if any(ch.isdigit() or ch in ':;!?()[]"“”@/|' for ch in text) or re.search(r"\.\s+(?!(?-i:[A-ZÀ-ỸĐ]))", text):
        return None  # a figure, a label, a bracket, a sentence's end inside
    if text.upper() == text or not text[0].isupper() or is_junk_author(text):
        return None  # "UBND TỈNH LÀO CAI": a banner's, a notice's issuing block's
    if text.isascii():
        return None  # "Ban Ki-moon": a foreign page's line, not a Vietnamese office's name
    head = _OFFICE_HEAD.match(text)
    if head is None:
        return None
    rest = text[head.end() :].split()
    if not rest:
        return None
    if rest[0].casefold() in _PLACE_LEVEL:  # "UBND xã Kim Sơn", "Văn phòng UBND tỉnh"
        rest = rest[1:] if len(rest) > 1 else ["X"]
        if rest[0].casefold() in _PLACE_LEVEL:  # "thị trấn", "thành phố"
            rest = rest[1:] or ["X"]
    if not rest[0][0].isupper():
        return None  # "Phòng, chống dịch", "Đoàn viên thanh niên ...": a phrase, a caption
    if _SENTENCE_WORDS.search(text.casefold()):
        return None
    if words[0].casefold() in _NAME_HEADS and all(w[0].isupper() and w[1:].islower() for w in words):
        return None  # "Đoàn Văn Hậu", "Hội Khỏe Phù Đổng": a person, a festival
    return text


#: the head words of a department or a unit under an authority, which signs news in capitals
#: ("PHÒNG VĂN HÓA VÀ THÔNG TIN", "TRUNG TÂM Y TẾ HUYỆN"); an authority's name in capitals
#: ("UBND TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN XÃ", "ĐẢNG ỦY ...") is a notice's issuing block
_CAPITAL_UNIT_HEAD = re.compile(r"^(?:phòng|trung tâm|chi cục|đội|trạm|khoa|tổ|liên đội)\s+", re.IGNORECASE)
#: a campaign's slogan in capitals that opens with a head word used as a verb or a noun of its
#: own ("PHÒNG CHÁY CHỮA CHÁY RỪNG", "PHÒNG NGỪA ...", "TRẠM DỪNG NGHỈ"): never a unit signing
_CAPITAL_SLOGAN = re.compile(
    r"^(?:phòng\s+(?:cháy|chống|ngừa|tránh|bệnh|dịch|hộ|thủ|vệ)|trạm\s+dừng|đội\s+ngũ|khoa\s+học)\b",
    re.IGNORECASE,
)


def capital_unit(line: str) -> str | None:
    """A department or a unit signing the body's closing line in capitals, as written
    ("PHÒNG VĂN HÓA VÀ THÔNG TIN"): read as :func:`unit_signature` reads it in Title Case,
    three words or more, only the heads of a department or a unit, never an authority's."""
    text = clean(line).strip(" .;-–—")
    if text.upper() != text or len(text.split()) < 3 or not _CAPITAL_UNIT_HEAD.match(text):
        return None
    if _CAPITAL_SLOGAN.match(text):
        return None
    return text if unit_signature(text.title()) else None


#: a writer's credit closing a picture's caption, after the caption's sentence, bracketed or
#: not: "Quang cảnh hội nghị. (Bài và ảnh: Lương Thị Hồng)", "... sơ kết. Bài, ảnh: Minh Anh";
#: the label names the text ("Bài", "Tin"), never the picture alone ("Ảnh: X" is its credit)
_CAPTION_CREDIT = re.compile(
    r"(?:^|[.!?…]\s*\(?|\s\()((?:bài|tin)(?:\s*(?:và|,|&|-|/)?\s*(?:ảnh|video|clip)){0,3}\s*:\s*[^():]+?)\)?\s*\.?$",
    re.IGNORECASE,
)


def credit_in_caption(captions: Iterable[str]) -> Byline:
    """The writer a picture's caption credits with the text ("... (Bài và ảnh: X)"), when
    the captions credit one writer or team: asked when nothing else on the page names one
    (the editor put the byline under the lead picture)."""
    found: list[Byline] = []
    for caption in captions:
        match = _CAPTION_CREDIT.search(clean(caption))
        byline = parse_byline_text(match.group(1)) if match else None
        if byline is not None and byline.author:
            found.append(byline)
    if len({b.author for b in found}) != 1:
        return Byline()
    return Byline(author=found[0].author, unit=found[0].unit)


def byline_at_top(paragraphs: Sequence[str], max_lines: int = 3) -> Byline:
    """A labelled byline among the body's first lines ("Von Leonora Holling", "By Jane Doe",
    "Tác giả: Minh Anh" under the headline, kept in the body by its template): a short line
    that starts with a byline label and is a name after it (never a sentence: "Von Berlin
    aus ..." is read as no name, a lower-case word follows the label in "Von der Leyen"); or
    a reprint's line there, "Theo Minh Anh (Báo Lào Cai)": the writer and the paper."""
    for line in list(paragraphs)[:max_lines]:
        if len(line) > 200:
            break  # the body's first paragraph: what follows is no longer its top
        if len(line) <= 80 and (found := reprint(line)) is not None:
            return found
        if len(line) <= 60 and labelled(line) and not photo_credit(line):
            found = parse_signature(line)
            if found and found.author:
                return found
    return Byline()


#: a writer's name in capitals opening the lead before a dash, as a paper's dateline ("HÀ ANH
#: - Sáng 5/3, ...", "SÙNG SEO VẦN - Những ngày này, ...")
_LEAD_NAME = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+){1,4})\s*[-–—]\s+(?=\S)")


def name_opening_lead(paragraphs: Sequence[str]) -> Byline:
    """The writer a paper's dateline names in capitals at the start of the lead ("HÀ ANH -
    Sáng 5/3, ..."): two to five words in capitals that are a person's name, before a dash,
    in a first paragraph that goes on as a sentence. Never a source code ("(LC) - ", "LCĐT -
    ", "TTXVN -": an abbreviation, one word), a province ("HÀ NỘI - ", :data:`PLACES`), an
    office or a heading in capitals ("SỞ Y TẾ - ", "TIN MỚI - ")."""
    first = clean(paragraphs[0]) if paragraphs else ""
    match = _LEAD_NAME.match(first)
    if match is None or len(first) - match.end() < 60:
        return Byline()
    name = match.group(1)
    if name != name.upper() or not person_name(name):
        return Byline()
    return Byline(author=name)


# the writer in brackets after the last sentence: "... công trình. (Ngọc Lan)"
_CLOSING_BRACKET = re.compile(r"[.!?…\"”]\s*[(\[]\s*([^()\[\]]{3,80}?)\s*[)\]]\s*$")


def closing_bracket_name(line: str) -> Byline | None:
    """The writer a paragraph names in brackets after its last sentence ("... (Ngọc Lan)",
    "... (Minh Anh - TTXVN)"): a person's name, never an abbreviation alone ("(TTXVN)" names
    a newsroom), a place or a source ("(Theo Báo Lào Cai)"); or the office signing there
    ("... trong tháng 4. (Sở Y tế)", :func:`unit_signature`), as it signs on a line of its own."""
    match = _CLOSING_BRACKET.search(clean(line))
    if match is None or parse_source(match.group(1)):
        return None
    found = parse_signature(match.group(1))
    if found is None or not found.author or _ABBREV.match(found.author) or is_position(found.author):
        office = unit_signature(match.group(1))
        return Byline(author=office) if office else None
    return found


def parse_byline_text(text: str, trusted: bool = False, place: bool = False) -> Byline | None:
    """A byline element's text: a signature, or a source line.

    A byline with an explicit label ("Tác giả: Trung tâm Khuyến nông"), or any byline read
    with a profile's selector (``trusted``), names its author as written, unless it is CMS
    junk. ``place``: the selector is a site model's, a place learned from the signed pages
    (an ad-hoc crawl's, a profile ``sites new`` wrote): an unlabelled line read there must
    also look like who signs, a name or an office ("Minh Anh", "Trung tâm Khuyến nông"),
    never a caption, a tool or a phrase of the page ("Ảnh minh họa", "Xem thêm", "Hãy ...!")
    that an unsigned page of the template holds at that place."""
    found_reprint = reprint(text)
    if found_reprint is not None:
        return found_reprint
    source = parse_source(text)
    if source:
        return Byline(source=source)
    found = parse_signature(text)
    if found:
        return found
    line = clean(text).strip(" .;")
    labelled = _PREFIX.match(line)
    # "Tác giả: Quốc Bảo Nguồn: Báo Kim Sơn", "PV: Thu Trang | 10:20": the name ends at
    # the next label or separator, and what follows may name the source
    # (split after the label: "Bài và ảnh:" alone is a label, not "Bài và" and a field)
    head, *tail = _NEXT_FIELD.split(line[labelled.end() :] if labelled else line, maxsplit=1)
    source = parse_source(tail[0]) if tail else None
    name = strip_role(_PREFIX.sub("", _SEPARATOR.split(head, 1)[0]).strip(" .;,-–"))
    if tail or _SEPARATOR.search(head):
        found = parse_signature(name)
        if found and found.author:
            return Byline(found.author, found.unit, source)
    # (a date line read with a byline selector, "Ngày đăng: 04/03/2024 08:15", names no one;
    # nor a line under a label no byline uses, "Biên tập: Thu Trang", "Người duyệt: X": an
    # editor's or an approver's line at the place a site model learned from its signed pages)
    if (labelled or trusted) and name and name[0].isupper() and len(name.split()) <= 8 and not any(
        ch.isdigit() or ch == ":" for ch in name
    ):
        if place and not labelled and not (_is_name(name) or _UNIT_WORDS.match(name)):
            return None
        return None if is_junk_author(name) else Byline(author=name, source=source)
    return None


_WEEKDAY = re.compile(r"^(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)$", re.IGNORECASE)


def byline_in_date_line(line: str) -> Byline | None:
    """The author of a date line that names one beside the time, "Ngọc Lan | 10:30
    05/03/2024", "5 tháng 3, 2024 · 3 phút · Ngọc Lan" (a part between separators with no
    digit that is a name; never a weekday, never a CMS account)."""
    # (a dash between the name and the date too: "Minh Anh - 05/03/2024 08:40")
    parts = [clean(p).strip(" .;,-–") for p in _DATE_LINE_PARTS.split(clean(line).replace("|", " | "))]
    if len(parts) < 2 or not any(ch.isdigit() for ch in line):
        return None
    for part in parts:
        if not part or any(ch.isdigit() for ch in part) or _WEEKDAY.match(part):
            continue
        found = parse_signature(part)
        if found and found.author:
            return found
    return None


_SEPARATOR = re.compile(r"\s+[|⋅·•]\s+")
_DATE_LINE_PARTS = re.compile(r"\s+[|⋅·•–—-]\s+")
_NEXT_FIELD = re.compile(
    # (not inside a role's own label: "Người duyệt:", "Người kiểm duyệt:" are one label, whose
    # "duyệt:" alone would leave "Người" for a name; a bar or a dot before the next label is the
    # separator, not part of the name: "Người đăng: Hoàng Lan | Lượt xem: 215")
    rf"\s*;\s*|(?<!người)(?<!kiểm)(?:\s+[|⋅·•])?\s+(?=(?:nguồn|ngày|cập nhật|lượt xem|{_ROLES})\s*:)"
    # the date after the name: "Tác giả: Minh Anh - 05/03/2024", "Đăng bởi: Minh Anh lúc 08:40"
    r"|\s+[-–—]\s+(?=\d)|\s+(?=(?:vào\s+)?lúc\s+\d)"
    # the next field of a foreign page's byline row: "Auteur : Kossivi Tiassou Edition :
    # M-A. Pioerron", "Von Anna Berg am 07.08.2013", "Par Marie Dupont le 5 mars"
    r"|\s+(?=(?-i:[A-ZÀ-ÖØ-ÞĐ])[^\W\d_]+\s?:\s)|\s+(?=(?:am|le|on|el)\s+\d)",
    re.IGNORECASE,
)


def labelled(line: str) -> bool:
    """The line starts with a byline label ("Tác giả:", "PV:", "Viết bởi")."""
    return _PREFIX.match(clean(line)) is not None


def bare_label(line: str) -> bool:
    """The line is a byline label alone ("Tác giả:", "Tác giả"), its name in the next cell."""
    text = clean(line).rstrip(" :")
    return bool(text) and len(text) <= 30 and (match := _PREFIX.match(f"{text}:")) is not None and match.end() >= len(text) + 1


def merge(primary: Byline, secondary: Byline) -> Byline:
    """``primary`` with gaps filled from ``secondary`` (unit only for the same author)."""
    result = primary
    if result.author is None and secondary.author:
        result = replace(result, author=secondary.author, unit=secondary.unit)
    elif result.unit is None and secondary.unit and secondary.author == result.author:
        result = replace(result, unit=secondary.unit)
    if result.source is None and secondary.source:
        result = replace(result, source=secondary.source)
    return result
