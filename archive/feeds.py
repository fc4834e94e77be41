"""Atom feeds of the archive's changes: one per site and one for the whole archive.

:func:`write_feeds` writes ``<archive>/feeds/<site-id>.atom`` for every site (an empty
feed for a site without changes, so a subscription never breaks) and
``<archive>/feeds/all.atom``, each with the newest :data:`FEED_SIZE` changes of
:func:`archive.changes.changes`. Feeds are built with lxml (not feedgen: see
docs/architecture.md, "Decisions"), written to a temporary file renamed into place, and are
byte-identical when nothing changed (the feed's ``updated`` is its newest entry's time).

Entries: the id is a tag URI (RFC 4151) made of the article id and the version (or the
removal event), ``tag:govarchive,2024:article/123/v2``, so it never changes when a feed is
written again; the title says what happened; ``alternate`` links to the article on its
portal, ``related`` to the captures before and after the change as served by
``govarchive serve`` (``<base_url>/-/raw/<capture id>``); the content is the word diff.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree
from sqlite_utils import Database

from archive.changes import Change, changes, diff_html

ATOM_NS = "http://www.w3.org/2005/Atom"
#: changes per feed
FEED_SIZE = 100
#: tagging entity of entry ids: never change it (feed readers would see every entry anew)
TAG_AUTHORITY = "govarchive,2024"
#: where ``govarchive serve`` answers by default; capture links start with it
DEFAULT_BASE_URL = "http://127.0.0.1:8001"
ALL = "all"

_TITLES = {
    "edited": "Edited",
    "retitled": "Retitled",
    "redated": "Re-dated",
    "removed": "Removed",
    "restored": "Back online",
}


def _when(value: str | None) -> datetime:
    if not value:
        return datetime(1970, 1, 1, tzinfo=UTC)
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def feed_xml(
    items: list[Change],
    *,
    feed_id: str,
    title: str,
    base_url: str = DEFAULT_BASE_URL,
    self_url: str | None = None,
) -> bytes:
    """One Atom feed (UTF-8 bytes) of ``items``, newest first."""
    base = base_url.rstrip("/")
    feed = etree.Element(f"{{{ATOM_NS}}}feed", nsmap={None: ATOM_NS})
    _text(feed, "id", f"tag:{TAG_AUTHORITY}:feed/{feed_id}")
    _text(feed, "title", title)
    _text(feed, "updated", max((_when(c.at) for c in items), default=_when(None)).isoformat())
    _text(etree.SubElement(feed, f"{{{ATOM_NS}}}author"), "name", "govarchive")
    _text(feed, "generator", "govarchive")
    _link(feed, f"{base}/", "alternate")
    if self_url:
        _link(feed, self_url, "self", type="application/atom+xml")
    for change in items:
        entry = etree.SubElement(feed, f"{{{ATOM_NS}}}entry")
        _text(entry, "id", f"tag:{TAG_AUTHORITY}:{change.uid}")
        kinds = ", ".join(_TITLES[k] for k in change.kinds)
        _text(entry, "title", f"{kinds}: {change.title} ({change.site_id})")
        _text(entry, "updated", _when(change.at).isoformat())
        _link(entry, change.url, "alternate", type="text/html")
        for capture, label in ((change.previous_capture_id, "capture before"),
                               (change.capture_id, "capture after")):  # fmt: skip
            if capture is not None:
                _link(entry, f"{base}/-/raw/{capture}", "related", title=label)
        for kind in change.kinds:
            etree.SubElement(entry, f"{{{ATOM_NS}}}category", term=kind)
        _text(entry, "content", _content(change)).set("type", "html")
    return etree.tostring(feed, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _text(parent: etree._Element, name: str, text: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ATOM_NS}}}{name}")
    element.text = text
    return element


def _link(parent: etree._Element, href: str, rel: str, **attributes: str) -> None:
    etree.SubElement(parent, f"{{{ATOM_NS}}}link", href=href, rel=rel, **attributes)


def _content(change: Change) -> str:
    """The diff as HTML: ``[-removed-]`` in ``<del>``, ``{+added+}`` in ``<ins>``."""
    words = f"<p>+{change.added} / −{change.removed} words</p>" if change.version else ""
    return "<p>" + diff_html(change.diff) + "</p>" + words


def serve_url() -> str:
    """Where ``govarchive serve`` answers, for the links of feeds written without one:
    ``$GOVARCHIVE_SERVE_URL``, else :data:`DEFAULT_BASE_URL`."""
    return os.environ.get("GOVARCHIVE_SERVE_URL") or DEFAULT_BASE_URL


def write_feeds(
    db: Database,
    root: Path | str,
    *,
    base_url: str | None = None,
    size: int = FEED_SIZE,
    sites: list[str] | None = None,
) -> list[Path]:
    """Write ``<root>/feeds/<site>.atom`` for every site (or only ``sites``) and
    ``<root>/feeds/all.atom``; return their paths (``all.atom`` first). ``base_url``:
    where ``govarchive serve`` answers (default :func:`serve_url`)."""
    folder = Path(root) / "feeds"
    folder.mkdir(parents=True, exist_ok=True)
    base = (base_url or serve_url()).rstrip("/")
    written = []
    rows = [(row[0], row[1]) for row in db.execute("SELECT id, name FROM sites ORDER BY id")]
    chosen = [(i, n) for i, n in rows if sites is None or i in sites]
    for site_id, name in [(None, "govarchive"), *chosen]:
        feed_name = site_id or ALL
        items = changes(db, site=site_id, limit=size)
        label = f"Changes on {name}" if site_id else "Changes on every archived portal"
        data = feed_xml(items, feed_id=feed_name, title=label, base_url=base,
                        self_url=f"{base}/-/feeds/{feed_name}.atom")  # fmt: skip
        path = folder / f"{feed_name}.atom"
        if not path.exists() or path.read_bytes() != data:
            # a temporary file of its own (crawls of one process write all.atom at once)
            handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        written.append(path)
    return written


def feed_for(db: Database, name: str, base_url: str | None = None, size: int = FEED_SIZE) -> bytes | None:
    """The feed ``name`` (``all`` or a site id) as :func:`write_feeds` writes it, made now;
    None when there is no such site."""
    base = (base_url or serve_url()).rstrip("/")
    site = None if name == ALL else name
    if site is None:
        title = "Changes on every archived portal"
    else:
        row = db.execute("SELECT name FROM sites WHERE id = ?", [site]).fetchone()
        if row is None:
            return None
        title = f"Changes on {row[0]}"
    return feed_xml(changes(db, site=site, limit=size), feed_id=name, title=title, base_url=base,
                    self_url=f"{base}/-/feeds/{name}.atom")  # fmt: skip


def feed_names(root: Path | str) -> list[str]:
    """The feeds written in ``<root>/feeds/`` (names without ``.atom``)."""
    folder = Path(root) / "feeds"
    return sorted(p.stem for p in folder.glob("*.atom")) if folder.is_dir() else []
