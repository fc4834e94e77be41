"""The ingestor's steps for the inferred site model and near-duplicates (issue 10), kept
apart from the one path they join (:class:`pipelines.ingest.Ingestor` is one of these):

- the model is inferred in a worker from the knowledge's sample (:meth:`_infer`), at every
  doubling of the candidate pages (fewer while the model is stable, again when the pages stop
  fitting it: :meth:`_fits`) and once more at the end (:meth:`_final_inference`), and
  adopted when it is confident (:meth:`_inferred`);
- an article of a page the model types as a non-article is refused as that type
  (:meth:`_typed`); at the end, refusals by type and articles stored as new are checked
  against the final model (:meth:`_retyped`, :meth:`_untyped`);
- a page whose text the site already has at another URL is that article
  (:meth:`_same_article`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from config.profile import SiteProfile
from pipelines.datezone import site_zone
from pipelines.ingestparts import (
    MIXED,
    TYPED,
    ArticleStore,
    Listener,
    Saved,
    Stats,
    Ticket,
    digest,
    version_of,
)
from pipelines.knowledge import SiteKnowledge, fingerprint
from pipelines.linkgraph import LinkGraph
from pipelines.neardup import Known, RecentBodies, moves_to, url_rank
from pipelines.pool import Pool, Result
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.sitemodel import FALLBACK, MISSED, evidence

if TYPE_CHECKING:  # inferred in the workers (see pipelines.ingest)
    from pipelines.inference import SiteModel

logger = logging.getLogger("pipelines.ingest")

#: pages decided since the last run before a worse fit of the model can make a run due, and
#: the share of them the model does not fit (fallback, a selector that missed) that does,
#: when it is also more than twice the share before that run
SHIFT_PAGES = 32
SHIFT_SHARE = 0.05


class SiteModelSteps:
    """Mixed into the ingestor, whose state these steps share."""

    profile: SiteProfile
    store: ArticleStore
    stats: Stats
    knowledge: SiteKnowledge
    recent: RecentBodies
    links: LinkGraph
    _met: dict[int, dict[str, tuple[Ticket, ...] | None]]
    pool: Pool
    record_failures: bool
    listener: Listener | None
    _inferring: bool
    _misfits: list[int]  # pages decided and those the model did not fit: before, since the run
    _fallbacks: set[str]  # pages the single-page path extracted while a model was in use
    _warming: bool
    _saved: list[Saved]
    _saved_here: dict[int, Saved]
    _enqueue: Callable[[Callable[[Future[Any]], None], Future[Any]], None]
    _end_warmup: Callable[[], None]
    _sample_final: Callable[[], None]
    _crawl: Callable[[Ticket], int | None]

    def _infer(self) -> None:
        """Infer the site model from the current sample, in a worker (one run at a time)."""
        sample = self.knowledge.sample
        if sample is None or self._inferring:
            return
        self._inferring = True
        m = self._misfits
        m[:] = [m[0] + m[2], m[1] + m[3], 0, 0]
        taken, tz = sample.take(), site_zone(self.profile)
        made_of = evidence(taken, tz)
        self._enqueue(lambda done: self._inferred(done, made_of), self.pool.infer(taken, tz))

    def _inferred(
        self, future: Future[SiteModel], made_of: str | None = None, ran: bool = True
    ) -> None:
        self._inferring = False
        try:
            model = future.result()
        except Exception as exc:  # a bug in the inference must not stop the ingest
            self.stats.inc_value("govarchive/errors/site_model")
            logger.error("Site model inference for %s failed: %r", self.profile.id, exc,
                         exc_info=exc)  # fmt: skip
            return
        if ran:
            self.stats.inc_value("govarchive/site_model/runs")
        adopted = self.knowledge.adopt(model, made_of)
        sample = self.knowledge.sample
        if sample is not None:
            sample.settled(self.knowledge.stable)
        if adopted:
            self.stats.inc_value("govarchive/site_model/adopted")
            logger.info("Site model of %s from %d pages: confidence %.2f, %s", self.profile.id,
                        model.pages, model.confidence,
                        "in use" if self.knowledge.model is not None else "not used")  # fmt: skip
        if self._warming and not self.knowledge.warming_up:
            self._end_warmup()
        sample = self.knowledge.sample
        if sample is not None and sample.due:  # pages came meanwhile
            self._infer()
        self._sample_final()  # at the end: the final run, if the sample is final

    def _final_inference(self) -> None:
        """At the end: the model of the final sample (the same whatever order pages came)."""
        sample = self.knowledge.sample
        if sample is None or not sample.changed or self._inferring:
            return
        seed, tz = self.knowledge.seed, site_zone(self.profile)
        if seed is not None and self.knowledge.seed_evidence == evidence(sample.current(), tz):
            # the model the ingest started from was inferred from this very sample: the
            # run would give it again (the inference is deterministic)
            made_of = self.knowledge.seed_evidence
            sample.take()
            self.stats.inc_value("govarchive/site_model/reused")
            done: Future[SiteModel] = Future()
            done.set_result(seed)
            self._inferring = True
            self._inferred(done, made_of, ran=False)
            return
        self._infer()

    def _typed(self, ticket: Ticket, result: Result) -> Result:
        """An article of a page the site model types as a non-article is refused as that
        type (a page only a URL rule types, when the article has no date). An article the
        single-page path extracted while a model is in use is counted. (A page extraction
        refuses keeps its reason: a ``duplicate_of_canonical`` page has its canonical URL
        requested by the crawl.)"""
        if not isinstance(result, ArticleRecord):
            return result
        misfit = FALLBACK in result.warnings
        if misfit:  # not of the model's template: the page path's record
            self._fallbacks.add(ticket.capture.url)
            self.stats.set_value("govarchive/site_model/fallback", len(self._fallbacks))
        self._fits(misfit or not MISSED.isdisjoint(result.warnings))
        kind = self.knowledge.page_type(ticket.capture.url, result.page_dated)
        if kind is None:
            return result
        return NotAnArticle(ticket.capture.url, kind, f"{TYPED} a {kind} page, not an article")

    def _fits(self, misfit: bool) -> None:
        """Count an article decided with the model in use. When, over :data:`SHIFT_PAGES`
        pages or more since the last run, the share the model did not fit rose above
        :data:`SHIFT_SHARE` and twice the share before, the doublings the stable model
        skipped resume (:meth:`ModelSample.shifted`: never more runs than at every
        doubling; which runs happen changes no final outcome)."""
        counts = self._misfits
        counts[2] += 1
        counts[3] += misfit
        sample = self.knowledge.sample
        if sample is None or self.knowledge.model is None or counts[2] < SHIFT_PAGES:
            return
        share = counts[3] / counts[2]
        if share > SHIFT_SHARE and share > 2 * counts[1] / max(counts[0], 1):
            sample.shifted()

    def _same_article(
        self, tickets: list[Ticket], record: ArticleRecord, body: str, same: Known
    ) -> bool:
        """``record`` has the text of the stored article ``same`` (at another URL): one
        article. It keeps its URL unless ``record``'s looks more like an article's own
        address (:func:`pipelines.neardup.moves_to`: the site model's article URL, no print
        or language copy, fewer query parameters): the article then moves to it. True when
        handled here."""
        self.stats.inc_value("govarchive/dropped/near_duplicate")
        url = record.url
        kept = self._saved_here.get(same.article_id)
        met = self._met.setdefault(same.article_id, {})
        met.setdefault(same.url, kept.tickets if kept is not None and kept.url == same.url else None)
        met[url] = tuple(tickets)
        if not moves_to(url, same.url, self.knowledge.is_article_url, self.links.inbound):
            logger.info("%s has the text of %s: the same article, not stored again", url, same.url)
            if self.record_failures:
                self.store.add_failure(self._crawl(tickets[0]), self.profile.id, url,
                                       "near_duplicate", f"the text of {same.url}")  # fmt: skip
            for ticket in tickets:
                ticket.resolve("not_article:near_duplicate", same.url)
            return True
        head, crawl = tickets[0].capture, self._crawl(tickets[0])
        earlier = self._saved_here.get(same.article_id)
        if earlier is not None and earlier.outcome == "new":  # stored by this ingest: replaced
            if not self.store.move_article(same.article_id, url, head.capture_id, crawl,
                                           head.fetched_at):  # fmt: skip
                self.stats.inc_value("govarchive/dropped/near_duplicate", -1)
                return False
            self.store.restate_article(same.article_id, record)
            outcome = "new"
            earlier.tickets, earlier.version, earlier.url = tuple(tickets), version_of(tickets), url
            earlier.lines, earlier.titled = fingerprint(record), bool(record.page_title)
            earlier.digest = digest(record)
        else:  # an article of the archive: it moves, and this is its new version
            if not self.store.move_article(same.article_id, url):
                self.stats.inc_value("govarchive/dropped/near_duplicate", -1)
                return False
            _, outcome = self.store.save_article(self.profile.id, record, head.capture_id, crawl,
                                                 head.fetched_at)  # fmt: skip
            self.stats.inc_value(f"govarchive/articles/{outcome}")
            saved = Saved(same.article_id, outcome, tuple(tickets), version_of(tickets), url,
                          fingerprint(record), bool(record.page_title), digest(record),
                          dated=record.page_dated)  # fmt: skip
            self._saved.append(saved)
            self._saved_here[same.article_id] = saved
        logger.info("%s has the text of %s: the article moves to the site's article URL", url,
                    same.url)  # fmt: skip
        self.store.set_fingerprint(same.article_id, body)
        self.recent.moved(same.url, url, same.article_id, body)
        if self.listener is not None:
            self.listener.saved(record, outcome)
        for ticket in tickets:
            ticket.resolve(outcome)
        return True

    def _review_copies(self) -> None:
        """At the end, once every page is read: an article this ingest stored whose text it
        met at several URLs goes to the one that ranks first with the final link counts
        (:func:`pipelines.neardup.url_rank`; :meth:`_same_article` ranked with the links read
        so far, which depend on the order pages came in), and its record becomes that page's
        (extracted again by the settle step). So a crawl, a ``rebuild`` of its WARCs and a
        ``reextract`` keep the same URL. Not for an article of the archive's at a URL this
        ingest did not read (no capture to take its record from)."""
        met, self._met = self._met, {}
        for article_id, urls in met.items():
            saved = self._saved_here.get(article_id)
            if saved is None:
                continue
            if urls.get(saved.url) is None and saved.url in urls:  # read here after it was met
                urls[saved.url] = saved.tickets
            if any(not t for t in urls.values()):
                continue
            best = min(urls, key=lambda u: url_rank(u, self.knowledge.is_article_url, self.links.inbound))
            tickets = urls[best]
            if best == saved.url or not tickets:
                continue
            head = tickets[0].capture
            if saved.outcome == "new":  # stored by this ingest: it takes that page's capture
                moved = self.store.move_article(article_id, best, head.capture_id,
                                                self._crawl(tickets[0]), head.fetched_at)  # fmt: skip
            else:  # an article of the archive's (reextract, a crawl reading both URLs again)
                moved = self.store.move_article(article_id, best)
            if not moved:
                continue
            known = self.recent.at(saved.url)
            if known is not None:
                self.recent.moved(saved.url, best, article_id, f"{known.bits:x}")
            logger.info("%s: the article moves to %s, the URL more of the site's pages link",
                        saved.url, best)  # fmt: skip
            self.stats.inc_value("govarchive/articles/moved_by_links")
            # extracted again with the final knowledge and restated (a digest no record has)
            saved.tickets, saved.url, saved.version, saved.digest = tickets, best, MIXED, -1
            saved.results.clear()

    def _retyped(self, refused: NotAnArticle, kind: str) -> None:
        if refused.reason != kind:
            self.stats.inc_value(f"govarchive/not_article/{refused.reason}", -1)
            self.stats.inc_value(f"govarchive/not_article/{kind}")

    def _untyped(self, saved: Saved) -> bool:
        """An article this ingest stored as new, before the final site model typed its page
        as a non-article: taken back (a rebuild with that model would not store it)."""
        if saved.outcome != "new":
            return False
        kind = self.knowledge.page_type(saved.tickets[0].capture.url, saved.dated)
        if kind is None:
            return False
        self.store.discard_article(saved.article_id)
        self.stats.inc_value("govarchive/articles/new", -1)
        self.stats.inc_value(f"govarchive/not_article/{kind}")
        self.stats.inc_value("govarchive/site_model/taken_back")
        logger.info("%s: stored before the site model said it is a %s page; taken back",
                    saved.url, kind)  # fmt: skip
        if self.record_failures:
            self.store.add_failure(self._crawl(saved.tickets[0]), self.profile.id, saved.url,
                                   f"not_article:{kind}", "site model (final)")  # fmt: skip
        return True

