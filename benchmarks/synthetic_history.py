"""Edits, removals and legal citations for the synthetic archive of ``search_latency``.

At realistic rates, drawn per article with the builder's random generator:

- :data:`CITE_RATE` (20%) of articles cite 1-3 documents from a pool of :data:`POOL_SIZE`
  legal documents drawn Zipf-like (weight ``1/rank``: the top document is cited by about
  11% of citing articles, as a new decree is everywhere for a while); the citation is a
  sentence appended to the body ("Thực hiện Nghị định số 13/2023/NĐ-CP ngày ..."), and a
  ``document_refs`` row records it as :mod:`archive.docrefs` would;
- :data:`EDIT_RATE` (3%) have a second version seen during 2025 (a figure changed in the
  first paragraph; 20% of them also retitled, 10% re-dated): ``article_versions`` rows 1
  and 2, the article row holding version 2;
- :data:`REMOVE_RATE` (0.5%) were removed during 2025 (an ``article_events`` row,
  ``articles.removed_at``).

Version 1 rows are written for edited articles only: ``changes()`` reads the partial index
of versions after the first, which the other articles' version 1 would not be in.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from typing import Any

from archive.dockeys import make_key

CITE_RATE = 0.20
EDIT_RATE = 0.03
REMOVE_RATE = 0.005
POOL_SIZE = 5000
_YEAR_START = datetime(2025, 1, 1, tzinfo=UTC)

#: (type, issuer, the number carries the year, party style "05-NQ/TU")
_KINDS = [
    ("Nghị định", "NĐ-CP", True, False), ("Quyết định", "QĐ-TTg", False, False),
    ("Quyết định", "QĐ-UBND", False, False), ("Nghị quyết", "NQ/TW", False, True),
    ("Nghị quyết", "NQ-HĐND", True, False), ("Thông tư", "TT-BTC", True, False),
    ("Kế hoạch", "KH-UBND", False, False), ("Công văn", "UBND-KT", False, False),
    ("Chỉ thị", "CT/TU", False, True), ("Thông báo", "TB-VPUBND", False, False),
]  # fmt: skip


@dataclass(frozen=True)
class Document:
    key: str
    code: str
    doc_type: str
    number: str
    year: int
    issuer: str
    raw: str


class DocumentPool:
    """:data:`POOL_SIZE` distinct documents, deterministic from ``seed``; rank 0 is the
    most cited."""

    def __init__(self, seed: int = 0) -> None:
        rng = random.Random(f"pool:{seed}")
        self.docs: list[Document] = []
        seen: set[str] = set()
        while len(self.docs) < POOL_SIZE:
            doc_type, issuer, with_year, party = rng.choice(_KINDS)
            number, year = str(rng.randint(1, 3000)), rng.randint(2015, 2025)
            if party:
                code_text = f"{number}-{issuer}"
            elif with_year:
                code_text = f"{number}/{year}/{issuer}"
            else:
                code_text = f"{number}/{issuer}"
            key = make_key(doc_type, number, year if with_year else None, issuer)
            if key in seen:
                continue
            seen.add(key)
            self.docs.append(Document(key, key.split(":", 1)[1], doc_type, number, year, issuer,
                                      f"{doc_type} số {code_text}"))  # fmt: skip
        self.cum_weights = list(accumulate(1 / (rank + 1) for rank in range(POOL_SIZE)))

    def draw(self, rng: random.Random, k: int) -> list[Document]:
        picked = rng.choices(self.docs, cum_weights=self.cum_weights, k=k)
        return list({doc.key: doc for doc in picked}.values())


def _at(rng: random.Random, after: datetime | None = None) -> datetime:
    if after is not None:
        return after + timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 86_399))
    return _YEAR_START + timedelta(seconds=rng.randint(0, 300 * 86_400))


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def decorate(
    article: dict[str, Any], rng: random.Random, pool: DocumentPool
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Add citations, an edit and a removal to ``article`` (a row dict of the builder,
    changed in place) at the module's rates; return its ``article_versions``,
    ``article_events`` and ``document_refs`` rows (:data:`VERSION_COLUMNS`, ...)."""
    versions: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    cited = pool.draw(rng, rng.choice((1, 1, 2, 3))) if rng.random() < CITE_RATE else []
    if cited:
        names = ", ".join(doc.raw for doc in cited)
        article["body"] = f"{article['body']}\n\nThực hiện {names}, các cơ quan, đơn vị triển khai."
    if rng.random() < EDIT_RATE:
        old = {k: article[k] for k in ("title", "published_at", "author", "body")}
        first, _, rest = str(article["body"]).partition("\n\n")
        words = first.split()
        spot = rng.randrange(len(words))
        words[spot : spot + 2] = [f"{rng.randint(2, 999)}", "đơn vị"]
        article["body"] = " ".join(words) + ("\n\n" + rest if rest else "")
        if rng.random() < 0.2:
            article["title"] = f"{article['title']} (cập nhật)"
        if rng.random() < 0.1 and article["published_at"]:
            date = str(article["published_at"])  # another day of the same month
            article["published_at"] = f"{date[:8]}{int(date[8:10]) % 28 + 1:02d}{date[10:]}"
        seen = _at(rng)
        for version, content, when in ((1, old, seen), (2, article, _at(rng, seen))):
            digest = hashlib.sha256(str(content["body"]).encode()).hexdigest()
            versions.append((article["id"], version, _stamp(when), digest, content["title"],
                             content["published_at"], content["author"], content["body"]))  # fmt: skip
        article["current_version"] = 2
    if rng.random() < REMOVE_RATE:
        when = _stamp(_at(rng))
        events.append((article["id"], when, "removed", "http_404"))
        article["removed_at"] = when
    refs = []
    body = str(article["body"])
    for doc in cited:
        start = body.rfind(doc.raw)
        sentence = body[body.rfind("\n", 0, start) + 1 :]
        refs.append((article["id"], "body", doc.key, doc.code, doc.doc_type, doc.number,
                     doc.year if "/" + str(doc.year) + "/" in doc.raw else None, doc.issuer,
                     doc.raw, sentence, start, start + len(doc.raw), 1, article["site_id"],
                     article["published_at"]))  # fmt: skip
    return versions, events, refs


VERSION_COLUMNS = ("article_id", "version", "fetched_at", "content_hash", "title",
                   "published_at", "author", "body")  # fmt: skip
EVENT_COLUMNS = ("article_id", "at", "kind", "reason")
REF_COLUMNS = ("article_id", "field", "key", "code", "doc_type", "number", "year", "issuer",
               "raw", "sentence", "span_start", "span_end", "occurrence", "site_id",
               "published_at")  # fmt: skip


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def timed_queries(pool: DocumentPool) -> list[tuple[str, str, dict[str, Any]]]:
    """``(label, method, keyword arguments)`` of the ``changes``/``refs``/``search``
    calls timed on the archive (documents of ranks 1, 10, 300 and 3000 of the pool)."""
    top, tenth, mid, rare = (pool.docs[i] for i in (0, 9, 299, 2999))
    return [
        ("changes: newest 50", "changes", {"limit": 50}),
        ("changes: one week", "changes", {"since": "2025-06-02", "until": "2025-06-08"}),
        ("changes: site + month", "changes", {"site": "portal-03", "since": "2025-03", "until": "2025-03"}),
        ("changes: removed, a month", "changes", {"kinds": ["removed"], "since": "2025-09", "until": "2025-09"}),
        ("changes: retitled, newest 50", "changes", {"kinds": ["retitled"], "limit": 50}),
        ("refs: most cited", "refs", {"key_or_text": top.raw}),
        ("refs: most cited, newest first", "refs", {"key_or_text": top.raw, "order": "desc"}),
        ("refs: most cited, one site", "refs", {"key_or_text": top.code, "site": "portal-05"}),
        ("refs: rank 10", "refs", {"key_or_text": tenth.raw}),
        ("refs: rank 300", "refs", {"key_or_text": mid.key}),
        ("refs: rank 3000", "refs", {"key_or_text": rare.raw}),
        ("search: ref: most cited", "search", {"query": f'ref:"{top.raw}"'}),
        ("search: ref: most cited + words", "search", {"query": f'ref:"{top.raw}" bien gioi'}),
        ("search: ref: rank 10 + words", "search", {"query": f'dang bo ref:"{tenth.raw}"'}),
        ("search: ref: rank 300 + phrase", "search", {"query": f'ref:{mid.code} "nong thon moi"'}),
    ]  # fmt: skip
