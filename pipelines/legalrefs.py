"""Vietnamese legal document numbers in text: ``find_refs(text) -> [LegalRef]`` (pure).

A document is cited by its number and issuer code ("số ký hiệu"), with or without its type
and the word "số": "Quyết định số 1234/QĐ-UBND ngày 5/3/2024", "Nghị định 13/2023/NĐ-CP",
"Nghị quyết số 05-NQ/TU", "Công văn số 567/UBND-KT", "theo 1234/QĐ-UBND", lists ("các Quyết
định số 12/QĐ-UBND, 13/QĐ-UBND"), en/em dashes and spaces around separators, "D" or the
legacy "Ð" for "Đ", text without diacritics ("Nghi dinh 13/2023/ND-CP") and decomposed
(NFD) text. Each reference is parsed into its type, number, year, issuer code and key
(:mod:`archive.dockeys`: ``nghi-dinh:13/2023/nd-cp``), with the sentence it occurs in.

How: the text is mapped one character to one (an accent-stripped, case-kept copy, so
spans map back to the input), a regular expression finds ``NUMBER[/YEAR]/ISSUER`` codes,
and each is checked: an issuer code is made of upper-case abbreviations (two capitals at
least per part, "TTg", "QĐi", "QH15"), not Roman numerals alone ("RON 95-III"); a number
is not glued to a preceding digit, letter, slash or dash ("2024/05/QĐ", "Su-30MK2"); codes
inside URLs and form numbers ("Mẫu số 01/TK-SDDPNN", "Tờ khai 02/TNCN") are skipped. Dates
(5/3/2024), phone numbers, addresses (số 12/3), scores, money and plates have no issuer
code and never match. The type comes from the code's type abbreviation (``QĐ`` quyết
định, ``NĐ`` nghị định, ``TTLT`` thông tư liên tịch, ...), else from the type word before
the number ("Luật Đất đai số 31/2024/QH15"), else it is a công văn (a code of agency names
only, "567/UBND-KT"). Quality on a hand-labelled set: ``benchmarks/refs_quality.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from archive.dockeys import SEPARATORS, make_key, normalise_issuer

#: type abbreviation (the first part of an issuer code, accent-folded, upper case) -> type
TYPE_CODES = {
    "QD": "Quyết định", "QDI": "Quy định", "ND": "Nghị định", "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
    "CT": "Chỉ thị", "KH": "Kế hoạch", "CV": "Công văn", "TB": "Thông báo",
    "HD": "Hướng dẫn", "CTR": "Chương trình", "BC": "Báo cáo", "TTR": "Tờ trình",
    "CD": "Công điện", "DA": "Đề án", "KL": "Kết luận", "QC": "Quy chế",
    "PA": "Phương án", "VBHN": "Văn bản hợp nhất", "L": "Lệnh", "GM": "Giấy mời",
    "BB": "Biên bản", "HĐ": "Hợp đồng", "GP": "Giấy phép", "QDXXST": "Quyết định",
    "QDXXPT": "Quyết định", "QDST": "Quyết định", "QDPT": "Quyết định",
}  # fmt: skip
#: type words (accent-stripped, lower case) as written before a number -> type
TYPE_WORDS = {
    "bo luat": "Bộ luật", "luat": "Luật", "phap lenh": "Pháp lệnh", "lenh": "Lệnh",
    "nghi dinh": "Nghị định", "nghi quyet lien tich": "Nghị quyết liên tịch",
    "nghi quyet": "Nghị quyết", "quyet dinh": "Quyết định",
    "thong tu lien tich": "Thông tư liên tịch", "thong tu": "Thông tư", "chi thi": "Chỉ thị",
    "ke hoach": "Kế hoạch", "cong van": "Công văn", "van ban hop nhat": "Văn bản hợp nhất",
    "van ban": "Công văn", "thong bao ket luan": "Thông báo", "thong bao": "Thông báo",
    "huong dan": "Hướng dẫn", "chuong trinh hanh dong": "Chương trình",
    "chuong trinh": "Chương trình", "bao cao": "Báo cáo", "to trinh": "Tờ trình",
    "cong dien": "Công điện", "de an": "Đề án", "ket luan": "Kết luận",
    "quy dinh": "Quy định", "quy che": "Quy chế", "phuong an": "Phương án",
    "giay moi": "Giấy mời",
}  # fmt: skip
#: upper-case abbreviations used as type words ("NĐ 13/2023/NĐ-CP"), accent-stripped
TYPE_ABBREVIATIONS = {"ND": "Nghị định", "QD": "Quyết định", "NQ": "Nghị quyết",
                      "TT": "Thông tư", "CT": "Chỉ thị", "KH": "Kế hoạch", "CV": "Công văn"}  # fmt: skip
#: words before a number that make it a form or an annex, not a document
FORM_WORDS = ("mau so", "mau", "bieu mau", "bieu so", "bieu", "to khai", "phu luc so", "phu luc")
#: issuer codes of the legislature: a bare code of theirs may be a law or a resolution
_LEGISLATURE = re.compile(r"^(?:QH|UBTVQH)\d*$")
_ROMAN = re.compile(r"^[IVXLC]+$")

_SEP = rf"[ \t\u00a0]{{0,2}}[{SEPARATORS}][ \t\u00a0]{{0,2}}"
_PART = r"[A-Za-z][A-Za-z0-9]*"
_CODE = re.compile(
    rf"(?<![\w/.,:{SEPARATORS}])(?P<number>\d{{1,5}})"
    rf"(?:{_SEP}(?P<year>(?:19|20)\d\d)(?!\d))?"
    rf"{_SEP}(?P<issuer>{_PART}(?:{_SEP}{_PART})*)"
)
_PARTS = re.compile(rf"{_SEP}")
_TYPE_ALTERNATION = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(TYPE_WORDS, key=len, reverse=True)
)
#: a type word anywhere (the type named a few words before "số": "Luật Đất đai số ...")
_TYPE_WORD = re.compile(rf"(?<!\w)(?P<word>{_TYPE_ALTERNATION})(?!\w)", re.IGNORECASE)
#: a type word right before the number, optionally followed by "số"
_TYPE_BEFORE = re.compile(
    rf"(?<!\w)(?P<word>{_TYPE_ALTERNATION})\s+(?:so\s*:?\s*)?$", re.IGNORECASE
)
_ABBREVIATION_BEFORE = re.compile(
    r"(?<![\w])(?P<word>" + "|".join(TYPE_ABBREVIATIONS) + r")\s+(?:so\s+)?$"
)
_DATE_AFTER = re.compile(
    r"^\s*,?\s*ngay\s+(\d{1,2})\s*(?:/|-|\.|\s+thang\s+)\s*(\d{1,2})\s*(?:/|-|\.|\s+nam\s+)\s*"
    r"((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:vn|com|org|net|gov|html?|aspx?|php|pdf|docx?)\b\S*",
                  re.IGNORECASE)  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+(?=[\"“'(\[]?[A-Z0-9])|\n+")
_ABBREVIATED = re.compile(r"(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|BS|Th|St|Q|P|TX|TT|Ths)\.$")
_FILE_TYPE_BEFORE = re.compile(r"(?<![A-Za-z])(?P<word>[A-Za-z]{1,6})\s+$")
#: how far back (characters) a type word may name a code without a type abbreviation
LOOKBACK = 60


@dataclass(frozen=True)
class LegalRef:
    """A legal document number found in a text.

    ``start``/``end`` index the text as given (decomposed text included); ``raw``,
    ``issuer`` and ``sentence`` are NFC. ``year`` is the year in the number, else the year
    of the date that follows it ("ngày 5/3/2024"), whose ISO form is ``issued_on``.
    """

    key: str
    doc_type: str
    number: str
    year: int | None
    issuer: str
    raw: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    issued_on: str | None = None

    @property
    def code(self) -> str:
        """The key without its type: ``13/2023/nd-cp``."""
        return self.key.split(":", 1)[1]


_STROKES = {"Đ": "D", "đ": "d", "Ð": "D", "ð": "d"}


class _BaseChars(dict[int, str]):
    """``str.translate`` table: a character -> its base character (``Đ`` -> ``D``, ``ế`` ->
    ``e``), filled as characters are met; a combining mark -> ``_MARK``."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isascii():
            base = char
        elif unicodedata.combining(char):
            base = _MARK
        else:
            base = _STROKES.get(char) or unicodedata.normalize("NFD", char)[0]
        self[code] = base
        return base


_MARK = "\x00"
_BASES = _BaseChars()


class _Same:
    """The offsets of a copy with one character per character: the identity."""

    def __getitem__(self, index: int) -> int:
        return index


def _plain(text: str) -> tuple[str, Sequence[int] | _Same]:
    """An accent-stripped, case-kept copy of ``text``, one character per base character,
    and the offset in ``text`` of each (plus ``len(text)`` at the end)."""
    plain = text.translate(_BASES)  # one character each: the offsets are the identity
    if _MARK not in plain:
        return plain, _Same()
    return _plain_marked(text)


def _plain_marked(text: str) -> tuple[str, list[int]]:
    """:func:`_plain` of a text holding combining marks (decomposed, NFD): they are dropped."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        if chars and unicodedata.combining(char):
            continue
        offsets.append(i)
        if char.isascii():
            chars.append(char)
        else:
            base = _STROKES.get(char) or unicodedata.normalize("NFD", char)[0]
            chars.append(base if len(base) == 1 else char)
    offsets.append(len(text))
    return "".join(chars), offsets


#: where a code can start (its issuer opens with a letter, after the number and maybe a
#: year): a text without one holds no reference (most sentences)
_MAYBE_CODE = re.compile(
    rf"\d{_SEP}(?:\d{{4}}{_SEP})?[^\W\d_]"
)


def _valid_parts(issuer: str, lower_ok: bool) -> int:
    """How many leading parts of ``issuer`` make a valid issuer code (0: none)."""
    parts = _PARTS.split(issuer)
    kept = 0
    for i, part in enumerate(parts):
        capitals = sum(c.isupper() for c in part)
        if (
            capitals >= 2
            or (i == 0 and part in TYPE_CODES)
            or (i > 0 and capitals and any(c.isdigit() for c in part))
        ):
            kept += 1
        elif (
            lower_ok and part.islower() and part.isalpha() and (i > 0 or part.upper() in TYPE_CODES)
        ):
            kept += 1
        else:
            break
    if kept and all(_ROMAN.match(p) and p not in TYPE_CODES for p in parts[:kept]):
        return 0
    return kept


def _cut(issuer: str, parts: int) -> str:
    """The first ``parts`` parts of ``issuer`` with their separators."""
    if parts == len(_PARTS.split(issuer)):
        return issuer
    seps = list(_PARTS.finditer(issuer))
    return issuer[: seps[parts - 1].start()]


def _in_url(plain: str, start: int) -> bool:
    """Is ``plain[start]`` inside a URL or a file name? A URL holds no space, so only the
    run of non-space characters around ``start`` is read (the same matches as reading the
    whole text: none crosses a space)."""
    first = start
    while first > 0 and not plain[first - 1].isspace():
        first -= 1
    last = _SPACE.search(plain, start)
    token = plain[first : last.start() if last else len(plain)]
    return any(m.start() <= start - first < m.end() for m in _URL.finditer(token))


_SPACE = re.compile(r"\s")
_DIGIT = re.compile(r"\d")


def _sentences(plain: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``plain``."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(plain):
        if "\n" not in match.group(0) and _ABBREVIATED.search(
            plain[max(start, match.start() - 6) : match.start()]
        ):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(plain)))
    return spans


def find_refs(text: str, *, filename: bool = False) -> list[LegalRef]:
    """Every legal document number cited in ``text``, in order (see the module docstring).

    ``filename``: ``text`` is an attachment's file name ("QD-1234-UBND.pdf",
    "13_2023_ND-CP.docx"): underscores are separators and codes may be lower case.
    """
    if not text or not _DIGIT.search(text):
        return []
    plain, offsets = _plain(text)
    if not filename and not _MAYBE_CODE.search(plain):
        return []
    if filename:  # same-length rewrites: the offsets stay valid
        plain = re.sub(r"\.[A-Za-z0-9]{2,5}$", lambda m: " " * len(m.group()), plain)
        plain = re.sub(r"(?<=[A-Za-z])[-.\s_]+(?=\d)", lambda m: " " * len(m.group()), plain)
        plain = plain.replace("_", "-")
    sentences: list[tuple[int, int]] | None = None  # read when a reference is found
    found: list[LegalRef] = []
    for match in _CODE.finditer(plain):
        start, end = match.span()
        if not filename and _in_url(plain, start):
            continue
        before = plain[max(0, start - LOOKBACK) : start]
        word = _TYPE_BEFORE.search(before) or _ABBREVIATION_BEFORE.search(before)
        if any(re.search(rf"(?:^|[^\w]){w}\s*(?:so\s*)?$", before, re.IGNORECASE)
               for w in FORM_WORDS):  # fmt: skip
            continue
        issuer = match.group("issuer")
        parts = _valid_parts(issuer, lower_ok=filename or word is not None)
        if not parts:
            continue
        issuer = _cut(issuer, parts)
        end = match.start("issuer") + len(issuer)
        if re.match(r"\.[A-Za-z]", plain[end : end + 2]) and not filename:
            continue  # a file name ("1234-QD-UBND.pdf") in running text
        prefix = shown_prefix = ""
        if filename and (lead := _FILE_TYPE_BEFORE.search(before)):
            if (
                lead.group(1).upper() in TYPE_CODES
                and _PARTS.split(issuer)[0].upper() not in TYPE_CODES
            ):
                prefix = lead.group(1) + "-"  # "QD-1234-UBND.pdf": the type code comes first
                first = start - len(before) + lead.start(1)
                shown_prefix = text[offsets[first] : offsets[first + len(lead.group(1))]] + "-"
                word = lead
        doc_type = _doc_type(
            prefix + issuer, word.group("word") if word and not prefix else None, before
        )
        if doc_type is None:
            continue
        number, year = match.group("number"), match.group("year")
        span_start = start - len(word.group(0)) if word else start
        issued_on, year_value = _date_after(plain[end : end + 40]), int(year) if year else None
        if year_value is None and issued_on:
            year_value = int(issued_on[:4])
        if sentences is None:
            sentences = _sentences(plain)
        s_start, s_end = next(((a, b) for a, b in sentences if a <= start < b), (0, len(plain)))
        original_issuer = text[offsets[match.start("issuer")] : offsets[end]]
        raw = text[offsets[span_start] : offsets[end]]
        sentence = text[offsets[s_start] : offsets[s_end]]
        found.append(
            LegalRef(
                key=make_key(doc_type, number, int(year) if year else None, prefix + issuer),
                doc_type=doc_type,
                number=number.lstrip("0") or "0",
                year=year_value,
                issuer=_display_issuer(shown_prefix + original_issuer),
                raw=unicodedata.normalize("NFC", raw),
                start=offsets[span_start],
                end=offsets[end],
                sentence=unicodedata.normalize("NFC", sentence.strip()),
                sentence_start=offsets[s_start] + (len(sentence) - len(sentence.lstrip())),
                issued_on=issued_on,
            )
        )
    return found


def _doc_type(issuer: str, word: str | None, before: str) -> str | None:
    """The type of the document with this issuer code and type word (None: not one)."""
    first = _PARTS.split(issuer)[0].upper()
    if first in TYPE_CODES:
        return TYPE_CODES[first]
    if word is None:  # a type named a few words earlier: "Luật Đất đai số 31/2024/QH15"
        clause = re.split(r"[,;:()\"“”]|\s(?:va|hoac)\s", before)[-1]
        named = list(_TYPE_WORD.finditer(clause))
        if named and re.search(r"(?<!\w)so\s*$", clause, re.IGNORECASE):
            word = named[-1].group("word")
    if word is not None:
        key = " ".join(word.lower().split())
        if key in TYPE_WORDS:
            return TYPE_WORDS[key]
        if word in TYPE_ABBREVIATIONS:
            return TYPE_ABBREVIATIONS[word]
    if _LEGISLATURE.match(first):
        return "Văn bản"
    return "Công văn"


def _date_after(after: str) -> str | None:
    match = _DATE_AFTER.match(after)
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _display_issuer(issuer: str) -> str:
    """The issuer code as written, NFC, without spaces around its separators."""
    nfc = unicodedata.normalize("NFC", issuer).replace("Ð", "Đ")
    return re.sub(rf"\s*([{SEPARATORS}])\s*", r"\1", nfc)


def normalised_issuer(issuer: str) -> str:
    """The issuer code as it is in keys (:func:`archive.dockeys.normalise_issuer`)."""
    return normalise_issuer(issuer)


#: how far into a document its own number may stand ("Số: 1234/QĐ-UBND" under the header)
NUMBER_WITHIN = 1500
_NUMBER_LINE = re.compile(r"(?:^|\n)[ \t]*(?:so|s[oố]\s*hi[eệ]u)\s*:?\s*$", re.IGNORECASE)


def document_number(text: str) -> LegalRef | None:
    """The number a document gives itself: the first reference in its first
    :data:`NUMBER_WITHIN` characters that opens a line or follows "Số:" on it (an
    official document's header), else None."""
    for ref in find_refs(text[:NUMBER_WITHIN]):
        before = text[max(0, ref.start - 20) : ref.start]
        plain_before = _plain(before)[0]
        if _NUMBER_LINE.search(plain_before) or plain_before.endswith("\n") or ref.start == 0:
            return ref
    return None


@dataclass(frozen=True)
class FieldRef:
    """A :class:`LegalRef` and where it was found (``field``), as
    :meth:`archive.store.ArchiveWriter.replace_article_refs` and ``save_attachment_text``
    take them."""

    ref: LegalRef
    field: str

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name == "ref":  # pickle's probes, before ``ref`` is set
            raise AttributeError(name)
        return getattr(self.ref, name)


def article_refs(
    title: str, lead: str | None, body: str, attachment_titles: list[str]
) -> list[FieldRef]:
    """Every citation of an article, each with its field (title, lead, body, attachment).
    A lead that opens the body is read once, as the body."""
    found = [FieldRef(r, "title") for r in find_refs(title)]
    if lead and not body.startswith(lead):
        found += [FieldRef(r, "lead") for r in find_refs(lead)]
    found += [FieldRef(r, "body") for r in find_refs(body)]
    for name in attachment_titles:
        found += [FieldRef(r, "attachment") for r in find_refs(name)]
    return found


def attachment_refs(
    text: str | None, filename: str | None = None, link_title: str | None = None
) -> list[FieldRef]:
    """An attachment's references: its own number (``number``: :func:`document_number`),
    its file name's and the linking title's (``filename``, ``title``), and every document
    its text cites (``text``; its own number excepted)."""
    found: list[FieldRef] = []
    own = document_number(text) if text else None
    if own is not None:
        found.append(FieldRef(own, "number"))
    if filename:
        found += [FieldRef(r, "filename") for r in find_refs(filename, filename=True)]
    if link_title:
        found += [FieldRef(r, "title") for r in find_refs(link_title)]
    for ref in find_refs(text or ""):
        if own is None or ref.start != own.start:
            found.append(FieldRef(ref, "text"))
    return found
