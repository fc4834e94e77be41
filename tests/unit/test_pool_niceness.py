"""The extraction workers' niceness is the owner's ``pipelines.pool.NICENESS`` when the pool
is made (the forkserver holds its own copy of the module, so it is sent with the workers'
initializer): 5 for a crawl's reactor, 0 when a benchmark weighs both sides alike."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipelines import pool


@pytest.mark.parametrize("niceness", [0, 3])
def test_workers_run_at_the_niceness_set_when_the_pool_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, niceness: int
) -> None:
    monkeypatch.setattr(pool, "NICENESS", niceness)
    extraction = pool.ExtractionPool(tmp_path, 2)
    try:
        assert extraction._executor is not None
        worker = extraction._executor.submit(os.nice, 0).result(timeout=60)
    finally:
        extraction.shutdown()
    assert worker == os.nice(0) + niceness
