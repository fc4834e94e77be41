"""The ingestor's steps for issue 15, kept apart from the one path they join
(:class:`pipelines.ingest.Ingestor` is one of these):

- an article's legal citations (found by the workers, :mod:`pipelines.documents`) are stored
  with it: replaced when it is new or changed, and when an unchanged one's differ from the
  archive's (as after ``reextract`` of an archive built before citations were read)
  (:meth:`_store_refs`);
- an attached document (``capture.document``) is stored as its text and references, read by
  the workers (:meth:`_document`); a revisit is not read again: its text is the earlier
  capture's (:meth:`_known_document`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from config.profile import SiteProfile
from pipelines.documents import DocumentRead, record_refs
from pipelines.ingestparts import ArticleStore, Stats, Ticket
from pipelines.pool import Output
from pipelines.record import ArticleRecord, NotAnArticle

logger = logging.getLogger("pipelines.ingest")


class DocumentSteps:
    """Mixed into the ingestor, whose state these steps share."""

    profile: SiteProfile
    store: ArticleStore
    stats: Stats
    record_failures: bool
    _crawl: Callable[[Ticket], int | None]

    def _store_refs(self, article_id: int, refs: tuple[Any, ...], outcome: str) -> None:
        """Store an article's citations: a new one's were stored with it (``save_article``:
        counted here); replaced when it changed, else (unchanged, restated) only where they
        differ from the archive's."""
        if outcome == "new":
            if refs:
                self.stats.inc_value("govarchive/refs/articles")
                self.stats.inc_value("govarchive/refs/citations", len(refs))
            return
        if outcome == "changed":
            stored: int | None = self.store.replace_article_refs(article_id, refs)
        else:
            stored = self.store.update_article_refs(article_id, refs)
            if stored is None:
                return
        self.stats.inc_value("govarchive/refs/articles")
        self.stats.inc_value("govarchive/refs/citations", stored or 0)

    def _known_document(self, ticket: Ticket) -> bool:
        """A revisit of a document (the same bytes as an earlier capture of its URL) is not
        read again: its text is stored with that capture."""
        if not (ticket.capture.document and ticket.capture.revisit):
            return False
        self.stats.inc_value("govarchive/attachments/revisit")
        ticket.resolve("attachment:revisit")
        return True

    def _document(self, ticket: Ticket, output: Output) -> None:
        capture = ticket.capture
        if not isinstance(output, DocumentRead):  # its record could not be read back
            detail = output.detail if isinstance(output, NotAnArticle) else repr(output)
            self.stats.inc_value("govarchive/attachments/unreadable")
            logger.warning("Attachment %s could not be read back: %s", capture.url, detail)
            if self.record_failures:
                self.store.add_failure(self._crawl(ticket), self.profile.id, capture.url,
                                       "attachment_unreadable", detail[:500])  # fmt: skip
            ticket.resolve("attachment:unreadable", detail)
            return
        status = output.text.status
        self.stats.inc_value(f"govarchive/attachments/text/{status}")
        if status != "ok":
            logger.info("Attachment %s has no text: %s (%s)", capture.url, status,
                        output.text.reason)  # fmt: skip
        if self.store.update_attachment_text(capture.capture_id, output.text, output.refs,
                                             extractor=output.reader):  # fmt: skip
            self.stats.inc_value("govarchive/attachments/text_stored")
        ticket.resolve(f"attachment:{status}")


def refs_of(tickets: tuple[Ticket, ...] | list[Ticket], record: ArticleRecord) -> tuple[Any, ...]:
    """An article's citations: its worker found them, unless it was joined from parts
    (rare: read here, from the joined text)."""
    return tickets[0].refs if len(tickets) == 1 else record_refs(record)
