"""The crawl's feeding of the pool (``Ingestor.feed`` with a dispatch thread): a page goes to
the pool at once while a task slot is free, else with the pages fed meanwhile, in one task,
when a task ends; every page is answered once and none is lost."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from archive.capture import CaptureRef
from config.profile import SiteProfile
from pipelines.ingest import FEED_BATCH, TASKS_PER_WORKER, Ingestor
from pipelines.record import NotAnArticle

SITE = SiteProfile(id="laocai", name="Lào Cai", base_url="https://laocai.example/")


class HeldPool:
    """One worker whose tasks end only when the test says so."""

    workers = 1

    def __init__(self) -> None:
        self.tasks: list[tuple[list[CaptureRef], Future[list[Any]]]] = []
        self.submitted = threading.Condition()

    def submit(self, captures: list[CaptureRef], profile: Any, learned: Any) -> Future[list[Any]]:
        future: Future[list[Any]] = Future()
        with self.submitted:
            self.tasks.append((captures, future))
            self.submitted.notify_all()
        return future

    def end(self, index: int) -> None:
        captures, future = self.tasks[index]
        future.set_result([NotAnArticle(c.url, "not_html", "test") for c in captures])

    def wait_tasks(self, count: int) -> None:
        with self.submitted:
            assert self.submitted.wait_for(lambda: len(self.tasks) >= count, timeout=10)

    def shutdown(self) -> None:
        pass


def test_pages_fed_while_the_pool_is_busy_go_in_one_task_and_all_are_answered(
    tmp_path: Path,
) -> None:
    pool = HeldPool()
    archive_thread = ThreadPoolExecutor(1)  # as the crawl recorder's thread: one, in order
    ingestor = Ingestor(SITE, tmp_path, store=None, pool=pool, record_failures=False,  # type: ignore[arg-type]
                        dispatch=archive_thread.submit, infer=False)  # fmt: skip
    urls = [f"https://laocai.example/page-{i}.html" for i in range(12)]

    def feed(i: int) -> Future[Any]:
        return ingestor.feed(CaptureRef(i, urls[i], "2024-01-01T00:00:00Z", 1))

    def settled() -> list[int]:  # task sizes once every flush dispatched so far has run
        archive_thread.submit(lambda: None).result()
        return [len(c) for c, _ in pool.tasks]

    assert TASKS_PER_WORKER == 2
    outcomes = [feed(0)]
    pool.wait_tasks(1)
    outcomes.append(feed(1))
    pool.wait_tasks(2)
    assert settled() == [1, 1]  # a free slot: each page at once
    outcomes += [feed(i) for i in range(2, 12)]
    assert settled() == [1, 1]  # every slot taken: the pages wait
    pool.end(0)
    pool.wait_tasks(3)
    assert settled() == [1, 1, FEED_BATCH]  # a task's end: those waiting, in one task
    pool.end(1)
    pool.wait_tasks(4)
    assert settled() == [1, 1, FEED_BATCH, 10 - FEED_BATCH]
    pool.end(2)
    pool.end(3)
    assert sorted(c.url for captures, _ in pool.tasks for c in captures) == sorted(urls)
    assert {o.result(timeout=10).kind for o in outcomes} == {"not_article:not_html"}
    archive_thread.shutdown()


class StartingPool(HeldPool):
    """A pool whose workers are still starting until the test says they are up."""

    workers = 2

    def __init__(self) -> None:
        super().__init__()
        self.started: list[Any] = []

    def when_ready(self, callback: Any) -> None:
        self.started.append(callback)


def test_pages_fed_while_the_workers_start_wait_without_holding_the_dispatch_thread(
    tmp_path: Path,
) -> None:
    pool = StartingPool()
    archive_thread = ThreadPoolExecutor(1)
    ingestor = Ingestor(SITE, tmp_path, store=None, pool=pool, record_failures=False,  # type: ignore[arg-type]
                        dispatch=archive_thread.submit, infer=False)  # fmt: skip
    urls = [f"https://laocai.example/page-{i}.html" for i in range(5)]
    for i, url in enumerate(urls):
        ingestor.feed(CaptureRef(i, url, "2024-01-01T00:00:00Z", 1))
    archive_thread.submit(lambda: None).result()  # the dispatch thread is free, nothing sent
    assert pool.tasks == [] and len(pool.started) == 1
    pool.started[0]()  # the workers are up: what waited goes, in the free slots
    pool.wait_tasks(2)
    archive_thread.submit(lambda: None).result()
    assert sorted(c.url for captures, _ in pool.tasks for c in captures) == sorted(urls)
    for index in range(len(pool.tasks)):
        pool.end(index)
