"""Datasette metadata of an archive: descriptions, licence and source notes, facets,
full-text search settings and canned queries, built as data for one archive folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawler.datasette_plugin.hooks import SEARCH_PARAMS

DATABASE = "archive"  # Datasette names a database after its file: archive.db

SOURCE_NOTE = (
    "Articles archived from Vietnamese government news portals by govarchive. Every row is "
    "derived from a WARC capture kept in the archive folder (follow a capture id to see the "
    "page as it was fetched). The texts belong to their publishers; they are kept here for "
    "research and preservation. Search ignores diacritics: 'dang bo' finds 'Đảng bộ'."
)

ARTICLE_COLUMNS = {
    "id": "Article id (stable within this archive).",
    "site_id": "The portal (site profile id).",
    "url": "Canonical URL of the article.",
    "title": "Title as published (site-name suffix removed).",
    "published_at": "Publication date, ISO 8601 in the portal's time zone (+07:00).",
    "date_precision": "How precise published_at is: day, minute, ...",
    "date_raw": "The date exactly as written on the page.",
    "author": "Author, from the byline or the signature line at the end.",
    "author_unit": "The author's unit from the signature line (Phòng, Ban, ...).",
    "source": "Source named in the article ('Nguồn: ...', 'Theo ...').",
    "lead": "The lead paragraph (sapo).",
    "body": "Body text, paragraphs separated by a blank line.",
    "capture_id": "The WARC capture this version was extracted from (links to the raw page).",
    "first_seen": "When the article was first fetched (UTC).",
    "last_seen": "When the article was last fetched (UTC).",
    "removed_at": "When the portal stopped serving it, if it did.",
    "year": "Publication year.",
    "month": "Publication month (YYYY-MM).",
    "fts_docid": "The article's key in the full-text index articles_fts (publication "
    "month, site, id); search joins on it.",
}

REF_COLUMNS = {
    "key": "The document's key: type and normalised number (nghi-dinh:13/2023/nd-cp).",
    "code": "The number without its type (13/2023/nd-cp): what lookups go by.",
    "doc_type": "Type of document: Nghị định, Quyết định, Kế hoạch, Công văn, ...",
    "raw": "The citation as written.",
    "sentence": "The sentence it occurs in.",
    "field": "Where: title, lead, body, attachment (an article); number, filename, title, "
    "text (an attached document).",
    "occurrence": "1 for the first citation of this number in its article or document.",
    "site_id": "The citing article's (or document's) site.",
    "published_at": "The citing article's publication date.",
}

#: the columns of the ``article_list`` view (archive migration 0005)
LIST_COLUMNS = ("id", "site_id", "year", "month", "published_at", "title", "author",
                "author_unit", "source", "lead", "url", "capture_id", "removed_at",
                "fts_docid")  # fmt: skip

#: licence, source and guide, on every page (folded away: templates/_description_source_license.html)
NOTES = {
    "license": "Texts: their publishers' terms; archive metadata: Apache-2.0",
    "source": "Vietnamese government news portals, captured to WARC by govarchive",
    "about": "govarchive researcher's guide (docs/research.md)",
}

CANNED_QUERIES: dict[str, dict[str, Any]] = {
    "search": {
        "title": "Search articles (with or without diacritics)",
        "description": (
            'Words (all must occur), "a phrase", OR, NOT, prefix*, title:word; '
            "'phan gioi cam moc' and 'phân giới cắm mốc' find the same articles. Ranked as "
            "`govarchive search` ranks (order: relevance, or date); site, since/until "
            "(2023, 2023-05, 2023-05-31) and author filter. The best 100 hits."
        ),
        "params": list(SEARCH_PARAMS),
        "hide_sql": True,
        "sql": (  # govarchive_search: the hits in the CLI's order, as JSON
            "SELECT a.id, a.published_at, a.site_id, a.title, "
            "json_extract(h.value, '$.snippet') AS snippet, a.author, "
            "json_extract(h.value, '$.relevance') AS relevance, a.capture_id AS raw_capture, "
            "a.url "
            "FROM json_each(govarchive_search(:q, :site, :since, :until, :author, :order)) h "
            "JOIN articles a ON a.id = json_extract(h.value, '$.id') ORDER BY h.key"
        ),
    },
    "articles_per_site_per_month": {
        "title": "Articles per site per month",
        "sql": (
            "SELECT site_id, substr(published_at, 1, 7) AS month, count(*) AS articles "
            "FROM articles WHERE published_at IS NOT NULL GROUP BY site_id, month "
            "ORDER BY site_id, month"
        ),
    },
    "term_per_month": {
        "title": "Articles mentioning a term, per month",
        "description": "How coverage of a term changed month by month, per site.",
        "sql": (
            "SELECT substr(a.published_at, 1, 7) AS month, a.site_id, count(*) AS articles "
            "FROM articles_fts f JOIN articles a ON a.fts_docid = f.rowid "
            "WHERE articles_fts MATCH govarchive_match(:term) AND a.published_at IS NOT NULL "
            "GROUP BY month, a.site_id ORDER BY month, a.site_id"
        ),
    },
}


def build_metadata(archive_dir: Path, *, replay_url: str | None = None) -> dict[str, Any]:
    """The metadata (and plugin configuration) for serving ``archive_dir``, with a replay
    link per capture when ``replay_url`` (a template) is given."""
    plugin = {"archive": str(archive_dir.resolve())}
    if replay_url:
        plugin["replay_url"] = replay_url
    article_search = {"fts_table": "articles_fts", "fts_pk": "fts_docid", "searchmode": "escaped"}
    return {
        "title": "govarchive: archived government news",
        "description": SOURCE_NOTE,
        **NOTES,
        "plugins": {"govarchive": plugin},
        "databases": {
            DATABASE: {
                "description": SOURCE_NOTE,
                # a canned query's page shows its own metadata only: the notes go with it
                "queries": {name: {**query, **NOTES} for name, query in CANNED_QUERIES.items()},
                "tables": {
                    "articles": {
                        "description": "One row per article (canonical URL), current version.",
                        "columns": {
                            k: v for k, v in ARTICLE_COLUMNS.items() if k not in ("year", "month")
                        },
                        "facets": ["site_id", "author"],
                        "sort_desc": "published_at",
                        **article_search,
                    },
                    "article_list": {
                        "description": (
                            "Articles without their body, with year and month: facet by site, "
                            "year and author, search with or without diacritics."
                        ),
                        "columns": {k: v for k, v in ARTICLE_COLUMNS.items() if k in LIST_COLUMNS},
                        "facets": ["site_id", "year", "author"],
                        "sort_desc": "published_at",
                        **article_search,
                    },
                    "sites": {"description": "The portals and their profile hashes."},
                    "crawls": {"description": "One row per crawl: status, counts, WARC files."},
                    "captures": {
                        "description": "One row per WARC response/revisit record; the id "
                        "links to the page as captured.",
                    },
                    "article_versions": {"description": "Every distinct version of an article."},
                    "article_events": {
                        "description": "Removals and returns of articles (govarchive changes).",
                    },
                    "document_refs": {
                        "description": (
                            "Legal documents cited: one row per citation, in an article "
                            "(article_id: its title, lead, body or an attachment's link) or an "
                            "attached document (capture_id: its own number, file name or text). "
                            "Facet by document type, key or site; `govarchive refs` shows one "
                            "document with every citing article."
                        ),
                        "columns": REF_COLUMNS,
                        "facets": ["doc_type", "key", "site_id"],
                        "sort_desc": "published_at",
                    },
                    "attachment_texts": {
                        "description": "The text of attached documents (PDF, DOCX), or why "
                        "there is none (status: no_text, unsupported, broken, too_large).",
                        "facets": ["status", "format"],
                    },
                    "failures": {"description": "Pages that failed or were dropped, and why."},
                    "articles_fts": {
                        "description": "Full-text index over accent-folded text (contentless).",
                        "hidden": True,
                    },
                    "attachments_fts": {
                        "description": "Full-text index of attached documents' text.",
                        "hidden": True,
                    },
                },
            }
        },
    }
