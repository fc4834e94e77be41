"""What changed on the portals: edits, retitles, redates, removals and returns, with diffs.

:func:`changes` reads ``article_versions`` (every version after the first is a change,
compared with the version before it) and ``article_events`` (removals and returns), newest
first, filtered by time (of the capture that showed the change), site and kind. Each
:class:`Change` carries a short readable word diff (:func:`word_diff`: the words removed
and added, with a few words of context), the captures before and after, and a stable id
(:attr:`Change.uid`) that feeds use. Kinds:

- ``edited``: the body (or the author) changed;
- ``retitled``: the title changed;
- ``redated``: the publication date changed;
- ``removed``: the article is gone (HTTP 404/410, a redirect home, a soft 404);
- ``restored``: a removed article answered again.

One version can be edited, retitled and redated at once: it is one change with those
three ``kinds`` (its ``kind`` is the first of them in that order), kept by a ``kinds``
filter that names any of them.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from archive.errors import InvalidFilter
from archive.filters import check_date

KINDS = ("edited", "retitled", "redated", "removed", "restored")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Change:
    """One change of one article (see the module docstring)."""

    kind: str
    kinds: tuple[str, ...]
    at: str
    site_id: str
    article_id: int
    url: str
    title: str
    diff: str
    added: int = 0
    removed: int = 0
    version: int | None = None
    event_id: int | None = None
    capture_id: int | None = None
    previous_capture_id: int | None = None
    old_title: str | None = None
    old_published_at: str | None = None
    published_at: str | None = None
    reason: str | None = None

    @property
    def uid(self) -> str:
        """Stable within an archive: ``article/<id>/v<version>`` for a new version,
        ``article/<id>/<kind>/<event id>`` for a removal or return."""
        if self.version is not None:
            return f"article/{self.article_id}/v{self.version}"
        return f"article/{self.article_id}/{self.kind}/{self.event_id}"


def word_diff(
    old: str, new: str, *, context: int = 3, max_chars: int = 400
) -> tuple[str, int, int]:
    """A short readable diff of two texts, word by word: ``[-removed-] {+added+}`` with
    ``context`` words around each change, hunks joined by `` … ``, cut near ``max_chars``;
    and the numbers of words added and removed. Paragraphs (split on blank lines) are
    matched first, so a long article costs little."""
    old_paras = [p for p in re.split(r"\n\s*\n", old or "") if p.strip()]
    new_paras = [p for p in re.split(r"\n\s*\n", new or "") if p.strip()]
    hunks: list[str] = []
    added = removed = 0
    matcher = difflib.SequenceMatcher(None, old_paras, new_paras, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        a = _WORD.findall(" ".join(old_paras[i1:i2]))
        b = _WORD.findall(" ".join(new_paras[j1:j2]))
        words = difflib.SequenceMatcher(None, a, b, autojunk=False)
        # nearby changes share their context (difflib's grouping, as unified diffs do)
        for group in words.get_grouped_opcodes(context):
            parts = []
            for wtag, a1, a2, b1, b2 in group:
                if wtag == "equal":
                    parts.append(" ".join(a[a1:a2]))
                    continue
                removed += a2 - a1
                added += b2 - b1
                if a2 > a1:
                    parts.append("[-" + " ".join(a[a1:a2]) + "-]")
                if b2 > b1:
                    parts.append("{+" + " ".join(b[b1:b2]) + "+}")
            hunks.append(" ".join(p for p in parts if p))
    text = " … ".join(hunks)
    if len(text) > max_chars:
        text = text[:max_chars].rsplit(" ", 1)[0] + " …"
    return text, added, removed


def diff_html(diff: str) -> str:
    """A diff of :func:`word_diff`/:func:`describe` as HTML: ``[-removed-]`` in ``<del>``,
    ``{+added+}`` in ``<ins>``, lines broken with ``<br/>``."""
    text = html.escape(diff)
    text = text.replace("[-", "<del>").replace("-]", "</del>")
    text = text.replace("{+", "<ins>").replace("+}", "</ins>")
    return text.replace("\n", "<br/>")


def describe(
    old: dict[str, Any], new: dict[str, Any], max_chars: int = 400
) -> tuple[tuple[str, ...], str, int, int]:
    """The kinds of change between two versions (rows of ``article_versions``), a
    readable diff (title and date changes first, then the body's words) and the words
    added and removed."""
    kinds = []
    lines = []
    if old.get("title") != new.get("title"):
        kinds.append("retitled")
        lines.append(f"title: {old.get('title')!r} → {new.get('title')!r}")
    if old.get("published_at") != new.get("published_at"):
        kinds.append("redated")
        lines.append(f"published: {old.get('published_at')} → {new.get('published_at')}")
    body, added, removed = word_diff(old.get("body") or "", new.get("body") or "",
                                     max_chars=max_chars)  # fmt: skip
    if body or old.get("author") != new.get("author"):
        kinds.insert(0, "edited")
    if old.get("author") != new.get("author"):
        lines.append(f"author: {old.get('author')!r} → {new.get('author')!r}")
    if body:
        lines.append(body)
    return tuple(kinds) or ("edited",), "\n".join(lines), added, removed


_VERSIONS = """
SELECT 'v' AS src, v.id AS src_id, v.fetched_at AS at, v.article_id
FROM article_versions v {join} WHERE v.version > 1 {where_v}
"""
_EDIT_TESTS = {
    "edited": "v.body IS NOT pv.body OR v.author IS NOT pv.author",
    "retitled": "v.title IS NOT pv.title",
    "redated": "v.published_at IS NOT pv.published_at",
}
_EVENTS = """
SELECT 'e' AS src, e.id AS src_id, e.at AS at, e.article_id
FROM article_events e {join} WHERE e.kind IN ({events}) {where_e}
"""


def changes(
    db: Database,
    *,
    since: str | None = None,
    until: str | None = None,
    site: str | None = None,
    kinds: list[str] | tuple[str, ...] | None = None,
    limit: int = 100,
    offset: int = 0,
    max_diff_chars: int = 400,
    crawl: int | None = None,
) -> list[Change]:
    """Changes of articles, newest first: ``since``/``until`` bound the time the change
    was seen (``2024``, ``2024-05``, ``2024-05-31``, or a date-time; ``until`` includes a
    whole day, month or year), ``site`` keeps one site, ``kinds`` some of :data:`KINDS`,
    ``crawl`` the changes one crawl found (its notification).

    :raises InvalidFilter: an unknown kind, a bad date, limit or offset.
    """
    wanted = tuple(kinds) if kinds else KINDS
    unknown = [k for k in wanted if k not in KINDS]
    if unknown:
        raise InvalidFilter(f"kind must be one of {', '.join(KINDS)}, got {', '.join(unknown)}")
    if limit < 0 or offset < 0:
        raise InvalidFilter("limit and offset must not be negative")
    params: dict[str, Any] = {}
    bounds = []
    if since is not None:
        check_date("since", since)
        params["since"] = since
        bounds.append("{t} >= :since")
    if until is not None:
        end = check_date("until", until)
        params["until"] = end or until
        bounds.append("{t} < :until" if end else "{t} <= :until")
    if crawl is not None:
        params["crawl"] = crawl
    join = ""
    if site is not None:
        join = "JOIN articles s ON s.id = {a}.article_id AND s.site_id = :site"
        params["site"] = site
    arms = []
    edits = [k for k in wanted if k in ("edited", "retitled", "redated")]
    events = [k for k in wanted if k in ("removed", "restored")]
    if edits:
        where = "".join(" AND " + b.format(t="v.fetched_at") for b in bounds)
        where += " AND v.crawl_id = :crawl" if crawl is not None else ""
        version_join = join.format(a="v")
        if len(edits) < 3:  # only some kinds of edit: compare with the version before in SQL
            version_join += (" JOIN article_versions pv ON pv.article_id = v.article_id "
                             "AND pv.version = v.version - 1")  # fmt: skip
            where += " AND (" + " OR ".join(_EDIT_TESTS[k] for k in edits) + ")"
        arms.append(_VERSIONS.format(join=version_join, where_v=where))
    if events:
        where = "".join(" AND " + b.format(t="e.at") for b in bounds)
        where += " AND e.crawl_id = :crawl" if crawl is not None else ""
        marks = ", ".join(f"'{k}'" for k in events)
        arms.append(_EVENTS.format(join=join.format(a="e"), events=marks, where_e=where))
    if not arms:
        return []
    found: list[Change] = []
    skip, batch, start = offset, max(limit, 50), 0
    sql = " UNION ALL ".join(arms) + " ORDER BY at DESC, src_id DESC LIMIT :n OFFSET :start"
    while len(found) < limit:
        rows = db.execute(sql, {**params, "n": batch, "start": start}).fetchall()
        for src, src_id, _, _ in rows:
            change = (
                _version_change(db, src_id, max_diff_chars)
                if src == "v"
                else _event_change(db, src_id)
            )
            if change is None or not set(change.kinds) & set(wanted):
                continue  # a version that changed only in a kind not asked for
            if skip:
                skip -= 1
                continue
            found.append(change)
            if len(found) == limit:
                break
        if len(rows) < batch:
            break
        start += batch
    return found


def _row(db: Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    return None if row is None else dict(zip([d[0] for d in cursor.description], row, strict=True))


def _version_change(db: Database, version_id: int, max_chars: int) -> Change | None:
    new = _row(db, "SELECT * FROM article_versions WHERE id = ?", [version_id])
    if new is None:
        return None
    old = _row(db, "SELECT * FROM article_versions WHERE article_id = ? AND version < ? "
               "ORDER BY version DESC LIMIT 1", [new["article_id"], new["version"]])  # fmt: skip
    article = _row(db, "SELECT site_id, url FROM articles WHERE id = ?", [new["article_id"]])
    if old is None or article is None:
        return None
    kinds, diff, added, removed = describe(old, new, max_chars)
    return Change(
        kind=kinds[0], kinds=kinds, at=new["fetched_at"], site_id=article["site_id"],
        article_id=new["article_id"], url=article["url"], title=new["title"], diff=diff,
        added=added, removed=removed, version=new["version"], capture_id=new["capture_id"],
        previous_capture_id=old["capture_id"], old_title=old["title"],
        old_published_at=old["published_at"], published_at=new["published_at"],
    )  # fmt: skip


def _event_change(db: Database, event_id: int) -> Change | None:
    row = _row(
        db,
        "SELECT e.*, a.site_id, a.url, a.title, a.published_at, a.capture_id AS last_capture "
        "FROM article_events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?",
        [event_id],
    )
    if row is None:
        return None
    kind = row["kind"]
    diff = f"{kind}" + (f" ({row['reason']})" if row["reason"] else "")
    return Change(
        kind=kind, kinds=(kind,), at=row["at"], site_id=row["site_id"],
        article_id=row["article_id"], url=row["url"], title=row["title"], diff=diff,
        event_id=event_id, capture_id=row["capture_id"], previous_capture_id=row["last_capture"],
        published_at=row["published_at"], reason=row["reason"],
    )  # fmt: skip
