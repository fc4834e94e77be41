"""Keys of Vietnamese legal documents: the one definition shared by the parser and queries.

A document is cited by its number and issuer code ("số ký hiệu"): ``13/2023/NĐ-CP``,
``1234/QĐ-UBND``, ``05-NQ/TU``. Its **code** is that, normalised: the number without
leading zeros, the year when the number carries one, and the issuer code accent-folded,
lower-cased, with every separator (``/``, ``-``, en and em dashes, spaces around them)
made ``-``:

>>> make_code("05", None, "NQ/TU"), make_code("13", 2023, "NĐ - CP")
('5/nq-tu', '13/2023/nd-cp')

Its **key** is the type slug and the code, ``nghi-dinh:13/2023/nd-cp``
(:func:`make_key`): the type is what the parser (:mod:`pipelines.legalrefs`) decides from
the code's type abbreviation or the type word in the text. Lookups by a code alone
(``refs("13/2023/NĐ-CP")``) match every type; :func:`lookup` reads what a user typed.

A code names a document only together with its issuer: ``1234/QĐ-UBND`` of one province is
not that of another, nor of another year when the number has none (numbers of
non-normative documents restart every year). Results say the site and date of each
citation; keys do not try to tell those documents apart.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from archive.fold import fold

#: separators inside a document code: slash, hyphen, en dash, em dash, non-breaking hyphen,
#: minus sign
SEPARATORS = "/\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_SEP_RE = re.compile(rf"\s*[{SEPARATORS}]\s*")
_KEY_RE = re.compile(r"^([a-z]+(?:-[a-z]+)*):(\S+)$")
#: a code in folded text: number, optional year, issuer code
_CODE_RE = re.compile(
    rf"(?<![\w.,{SEPARATORS}])(\d{{1,5}})"
    rf"(?:\s*[{SEPARATORS}]\s*((?:19|20)\d\d))?"
    rf"\s*[{SEPARATORS}]\s*([a-z][a-z0-9]*(?:\s*[{SEPARATORS}]\s*[a-z][a-z0-9]*)*)"
)


def type_slug(type_name: str) -> str:
    """The key form of a document type: ``"Nghị định"`` -> ``"nghi-dinh"``."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(type_name)))


def normalise_issuer(issuer: str) -> str:
    """``"NĐ - CP"`` -> ``"nd-cp"``; ``"NQ/TU"`` -> ``"nq-tu"``."""
    return _SEP_RE.sub("-", fold(issuer).strip()).replace(" ", "")


def normalise_number(number: str) -> str:
    """The number of a code without leading zeros: ``"05"`` -> ``"5"``."""
    return number.lstrip("0") or "0"


def make_code(number: str, year: int | None, issuer: str) -> str:
    """The normalised code of a document number (see the module docstring)."""
    parts = [normalise_number(number)]
    if year is not None:
        parts.append(str(year))
    parts.append(normalise_issuer(issuer))
    return "/".join(parts)


def make_key(type_name: str, number: str, year: int | None, issuer: str) -> str:
    """``TYPE:CODE``, e.g. ``make_key("Nghị định", "13", 2023, "NĐ-CP")`` is
    ``"nghi-dinh:13/2023/nd-cp"``."""
    return f"{type_slug(type_name)}:{make_code(number, year, issuer)}"


def code_of_key(key: str) -> str:
    """The code part of a key (what follows the type)."""
    return key.split(":", 1)[1] if ":" in key else key


class Lookup(NamedTuple):
    """What a user asked for: a full key (``key`` set) or a code of any type."""

    code: str
    key: str | None = None


def lookup(text: str) -> Lookup | None:
    """Read a key (``nghi-dinh:13/2023/nd-cp``) or a cited number in any spelling
    (``Nghị định 13/2023/NĐ-CP``, ``13/2023/ND-CP``, ``05-NQ/TU``); None when ``text`` holds
    no document number. A type word in ``text`` is not used: the code alone finds the
    document whatever type a citing article gave it."""
    stripped = text.strip()
    if match := _KEY_RE.match(stripped.lower()):
        return Lookup(match.group(2), stripped.lower())
    found = _CODE_RE.search(fold(stripped))
    if found is None:
        return None
    number, year, issuer = found.groups()
    return Lookup(make_code(number, int(year) if year else None, issuer))
