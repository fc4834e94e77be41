"""Legal documents cited in the archive: writes and reads of ``document_refs``.

Writes take plain data (:class:`DocumentRef`, a mapping with the same names, or any object
with those attributes, such as :class:`pipelines.legalrefs.LegalRef`), so the ingestor,
``reextract`` and tests all call the same two functions: :func:`replace_article_refs` (the
documents an article's title, lead, body and attachment links cite) and
:func:`replace_capture_refs` (an attachment's own number, its file name and the documents
its text cites; called by :func:`archive.attachtext.save_attachment_text`).

Reads: :func:`refs` (a document: its keys, attachment copies, and every citing article
across sites in date order) and :func:`most_cited` (per month, for the report). Keys and
codes: :mod:`archive.dockeys`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from archive.dockeys import code_of_key, lookup
from archive.errors import ArticleNotFound, CaptureNotFound, InvalidFilter
from archive.filters import article_filters
from archive.fts import article_ref_codes, index_article, unindex_article

#: where in an article a citation was found
ARTICLE_FIELDS = ("title", "lead", "body", "attachment")
#: where in an attachment: its own number (the "Số: ..." line), its file name, the title of
#: the link to it, or its text
CAPTURE_FIELDS = ("number", "filename", "title", "text")
#: capture fields that make the attachment a copy of the document
COPY_FIELDS = ("number", "filename", "title")


@dataclass(frozen=True)
class DocumentRef:
    """One citation of a legal document (the columns of ``document_refs``)."""

    key: str
    doc_type: str
    number: str
    issuer: str
    raw: str
    year: int | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    field: str = "body"
    issued_on: str | None = None


_NAMES = ("key", "doc_type", "number", "issuer", "raw", "year", "sentence", "start", "end",
          "field", "issued_on")  # fmt: skip


def as_ref(item: Any, field: str | None = None) -> DocumentRef:
    """A :class:`DocumentRef` from a mapping or an object with its attributes; ``field``
    (when given) is where it was found."""
    get = item.get if isinstance(item, Mapping) else (lambda name: getattr(item, name, None))
    values = {name: get(name) for name in _NAMES}
    values["field"] = field or values["field"] or "body"
    missing = [n for n in ("key", "doc_type", "number", "issuer", "raw") if not values[n]]
    if missing or ":" not in values["key"]:
        raise ValueError(
            f"not a document reference (missing {', '.join(missing) or 'a typed key'})"
        )
    return DocumentRef(**values)


_INSERT = (
    "INSERT INTO document_refs (article_id, capture_id, field, key, code, doc_type, number, "
    "year, issuer, issued_on, raw, sentence, span_start, span_end, occurrence, site_id, "
    "published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _ordered(refs: list[DocumentRef], fields: tuple[str, ...]) -> list[DocumentRef]:
    """``refs`` in the order they are stored: by field, then by position."""
    order = {name: i for i, name in enumerate(fields)}
    for ref in refs:
        if ref.field not in order:
            raise ValueError(f"field must be one of {', '.join(fields)}, got {ref.field!r}")
    return sorted(refs, key=lambda r: (order[r.field], r.start or 0))


def _insert(
    db: Database, article_id: int | None, capture_id: int | None, refs: list[DocumentRef],
    site_id: str | None, published_at: str | None, fields: tuple[str, ...],
) -> int:  # fmt: skip
    seen: Counter[str] = Counter()
    rows = []
    for ref in _ordered(refs, fields):
        code = code_of_key(ref.key)
        seen[code] += 1
        rows.append([article_id, capture_id, ref.field, ref.key, code, ref.doc_type, ref.number,
                     ref.year, ref.issuer, ref.issued_on, ref.raw, ref.sentence, ref.start,
                     ref.end, seen[code], site_id, published_at])  # fmt: skip
    db.conn.executemany(_INSERT, rows)
    return len(rows)


_STORED = ("field, key, doc_type, number, year, issuer, issued_on, raw, sentence, span_start, "
           "span_end")  # fmt: skip


def _same(db: Database, column: str, owner: int, refs: list[DocumentRef],
          fields: tuple[str, ...]) -> bool:  # fmt: skip
    """Does ``document_refs`` hold exactly ``refs`` for this article or capture?"""
    stored = db.execute(
        f"SELECT {_STORED} FROM document_refs WHERE {column} = ? ORDER BY id", [owner]
    ).fetchall()
    wanted = [(r.field, r.key, r.doc_type, r.number, r.year, r.issuer, r.issued_on, r.raw,
               r.sentence, r.start, r.end) for r in _ordered(refs, fields)]  # fmt: skip
    return [tuple(row) for row in stored] == wanted


def same_article_refs(db: Database, article_id: int, refs: Iterable[Any]) -> bool:
    """Are ``refs`` exactly the citations stored for article ``article_id``?"""
    return _same(db, "article_id", article_id, [as_ref(r) for r in refs], ARTICLE_FIELDS)


def same_capture_refs(db: Database, capture_id: int, refs: Iterable[Any]) -> bool:
    """Are ``refs`` exactly the references stored for the attachment ``capture_id``?"""
    items = [as_ref(ref, None if _field(ref) else "text") for ref in refs]
    return _same(db, "capture_id", capture_id, items, CAPTURE_FIELDS)


def replace_article_refs(db: Database, article_id: int, refs: Iterable[Any]) -> int:
    """Make ``refs`` the citations of article ``article_id`` (its earlier ones are
    dropped); return how many were stored. Each ref's ``field`` is one of
    :data:`ARTICLE_FIELDS` (default ``body``).

    :raises ArticleNotFound: no such article.
    :raises ValueError: an item is not a reference, or has an unknown field.
    """
    items = [as_ref(ref) for ref in refs]
    with db.atomic():
        cursor = db.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        row = cursor.fetchone()
        if row is None:
            raise ArticleNotFound(article_id)
        article = dict(zip([d[0] for d in cursor.description], row, strict=True))
        # the codes are facet tokens of the article's full-text entry (ref: searches):
        # out with the entry as indexed, in with the new codes
        changed = article_ref_codes(db, article_id) != sorted({code_of_key(r.key) for r in items})
        if changed:
            unindex_article(db, article_id, article)
        db.execute("DELETE FROM document_refs WHERE article_id = ?", [article_id])
        stored = _insert(db, article_id, None, items, article["site_id"], article["published_at"],
                         ARTICLE_FIELDS)  # fmt: skip
        if changed:
            index_article(db, article_id, article)
        return stored


def add_article_refs(
    db: Database, article_id: int, refs: Iterable[Any], site_id: str, published_at: str | None
) -> int:
    """Store the citations of a new article, before its full-text entry is written (the
    caller indexes it after, with their codes: :func:`archive.articles.save_article`);
    return how many were stored."""
    items = [as_ref(ref) for ref in refs]
    return _insert(db, article_id, None, items, site_id, published_at, ARTICLE_FIELDS)


def replace_capture_refs(db: Database, capture_id: int, refs: Iterable[Any]) -> int:
    """Make ``refs`` the references of the attachment captured as ``capture_id``; each
    ref's ``field`` is one of :data:`CAPTURE_FIELDS` (default ``text``).

    :raises CaptureNotFound: no such capture.
    """
    items = [as_ref(ref, None if _field(ref) else "text") for ref in refs]
    with db.atomic():
        row = db.execute("SELECT site_id FROM captures WHERE id = ?", [capture_id]).fetchone()
        if row is None:
            raise CaptureNotFound(f"No capture with id {capture_id} in the archive.")
        db.execute("DELETE FROM document_refs WHERE capture_id = ?", [capture_id])
        return _insert(db, None, capture_id, items, row[0], None, CAPTURE_FIELDS)


def _field(item: Any) -> str | None:
    return item.get("field") if isinstance(item, Mapping) else getattr(item, "field", None)


# --- reads ----------------------------------------------------------------------------


@dataclass
class DocumentCitations:
    """What the archive knows of one document (:func:`refs`).

    ``keys``: the keys it was cited under, with counts (a code cited as a Luật here and as
    a bare number there); ``copies``: attachments that are the document itself (its number
    heads their text, is their file name or the title of the link to them), each with its
    text status and opening lines; ``in_attachments``: attachments whose text cites it;
    ``articles``: the citing articles (one each, the first citation's sentence), oldest
    first, ``limit`` of them from ``offset``; ``total``: how many articles cite it.
    """

    query: str
    code: str
    key: str | None
    keys: list[tuple[str, int]] = field(default_factory=list)
    copies: list[dict[str, Any]] = field(default_factory=list)
    in_attachments: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0

    @property
    def doc_type(self) -> str | None:
        return self.keys[0][0].split(":", 1)[0] if self.keys else None


_CITING = "r.code = :code AND r.occurrence = 1 AND r.article_id IS NOT NULL"


def refs(
    db: Database,
    key_or_text: str,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    order: str = "asc",
    limit: int = 100,
    offset: int = 0,
    excerpt_chars: int = 300,
) -> DocumentCitations:
    """The document ``key_or_text`` names (a key, ``nghi-dinh:13/2023/nd-cp``, or a number
    as cited, ``Nghị định 13/2023/NĐ-CP``, ``13/2023/ND-CP``), its attachment copies and
    the articles citing it across sites, in publication order (``order="desc"``: newest
    first; undated articles last). ``site``/``since``/``until`` filter the articles.

    :raises InvalidFilter: ``key_or_text`` holds no document number, or a bad filter.
    """
    found = lookup(key_or_text)
    if found is None:
        raise InvalidFilter(
            f"{key_or_text!r} is not a document number; write it as cited, e.g. "
            "'Nghị định 13/2023/NĐ-CP', '1234/QĐ-UBND', or a key 'nghi-dinh:13/2023/nd-cp'"
        )
    if order not in ("asc", "desc"):
        raise InvalidFilter(f"order must be 'asc' or 'desc', got {order!r}")
    if limit < 0 or offset < 0:
        raise InvalidFilter("limit and offset must not be negative")
    result = DocumentCitations(key_or_text, found.code, found.key)
    params: dict[str, Any] = {"code": found.code, "key": found.key}
    key_filter = " AND r.key = :key" if found.key else ""
    result.keys = [
        (key, n) for key, n in db.execute(
            # index-only: the citing index ends with the key
            f"SELECT r.key, count(*) AS n FROM document_refs r INDEXED BY document_refs_citing "
            f"WHERE {_CITING} "
            "GROUP BY r.key ORDER BY n DESC, r.key", params,
        )
    ]  # fmt: skip
    result.copies = _attachments(db, params, key_filter, COPY_FIELDS, excerpt_chars)
    result.in_attachments = _attachments(db, params, key_filter, ("text",), 0)
    # the citations carry their article's site and date: one index range, no join
    where, extra = article_filters(site, since, until, alias="r")
    conditions = " AND ".join([_CITING + key_filter, *where])
    params.update(extra)
    result.total = db.execute(
        f"SELECT count(*) FROM document_refs r WHERE {conditions}", params
    ).fetchone()[0]
    select = (
        "SELECT a.id, a.site_id, a.url, a.title, a.published_at, a.removed_at, r.key, r.raw, "
        "r.sentence, r.field FROM document_refs r JOIN articles a ON a.id = r.article_id "
    )
    direction = "DESC" if order == "desc" else "ASC"
    dated = db.execute(
        f"{select} WHERE {conditions} AND r.published_at IS NOT NULL "
        f"ORDER BY r.published_at {direction}, r.article_id {direction} LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    )
    result.articles = _dicts(dated)
    if len(result.articles) < limit:  # then the undated ones
        n_dated = db.execute(
            f"SELECT count(*) FROM document_refs r WHERE {conditions} AND r.published_at IS NOT NULL",
            params,
        ).fetchone()[0]
        undated = db.execute(
            f"{select} WHERE {conditions} AND r.published_at IS NULL ORDER BY r.article_id "
            "LIMIT :limit OFFSET :offset",
            {**params, "limit": limit - len(result.articles), "offset": max(0, offset - n_dated)},
        )
        result.articles += _dicts(undated)
    return result


def _attachments(
    db: Database, params: dict[str, Any], key_filter: str, fields: tuple[str, ...], excerpt: int
) -> list[dict[str, Any]]:
    marks = ", ".join(f"'{f}'" for f in fields)
    rows = _dicts(db.execute(
        "SELECT c.id AS capture_id, c.site_id, c.url, c.fetched_at, "
        "group_concat(DISTINCT r.field) AS found_in, t.status, t.reason, "
        f"substr(t.text, 1, {int(excerpt)}) AS excerpt "
        "FROM document_refs r JOIN captures c ON c.id = r.capture_id "
        "LEFT JOIN attachment_texts t ON t.capture_id = c.id "
        f"WHERE r.code = :code AND r.capture_id IS NOT NULL AND r.field IN ({marks}){key_filter} "
        "GROUP BY c.id ORDER BY c.fetched_at, c.id", params,
    ))  # fmt: skip
    for row in rows:
        row["articles"] = [
            article_id for (article_id,) in db.execute(
                "SELECT DISTINCT article_id FROM attachments WHERE capture_id = ? ORDER BY 1",
                [row["capture_id"]],
            )
        ]  # fmt: skip
        if not excerpt:
            row.pop("excerpt")
    return rows


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def most_cited(
    db: Database,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    per_month: int = 10,
) -> dict[str, list[dict[str, Any]]]:
    """The ``per_month`` documents cited by the most articles, for each month of
    publication (newest month first): ``{"2024-03": [{"key", "code", "doc_type",
    "articles", "sites"}, ...]}``; a document cited under several keys is counted once,
    shown under its most frequent key."""
    where, params = article_filters(site, since, until)
    rows = db.execute(
        "SELECT substr(r.published_at, 1, 7) AS month, r.code, r.key, r.doc_type, "
        "count(*) AS n, group_concat(DISTINCT a.site_id) AS sites FROM document_refs r "
        "JOIN articles a ON a.id = r.article_id "
        f"WHERE r.occurrence = 1 AND r.article_id IS NOT NULL AND r.published_at IS NOT NULL"
        f"{''.join(' AND ' + c for c in where)} GROUP BY month, r.code, r.key",
        params,
    ).fetchall()
    per: dict[tuple[str, str], dict[str, Any]] = {}
    for month, code, key, doc_type, n, sites in rows:
        entry = per.setdefault((month, code), {"code": code, "articles": 0, "sites": set(),
                                               "best": (0, key, doc_type)})  # fmt: skip
        entry["articles"] += n
        entry["sites"].update((sites or "").split(","))
        entry["best"] = max(entry["best"], (n, key, doc_type))
    months: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (month, _), entry in per.items():
        _, key, doc_type = entry["best"]
        months[month].append({"key": key, "code": entry["code"], "doc_type": doc_type,
                              "articles": entry["articles"], "sites": len(entry["sites"])})  # fmt: skip
    return {
        month: sorted(docs, key=lambda d: (-d["articles"], d["key"]))[:per_month]
        for month, docs in sorted(months.items(), reverse=True)
    }
