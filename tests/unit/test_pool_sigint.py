"""A terminal's Ctrl-C reaches the whole foreground process group: the extraction pool's
forkserver and workers must leave it to their owner (which stops cleanly and says how far it
got), not die of it and break the pool (every page in flight then failed with
``BrokenProcessPool``, and a forkserver still loading printed a traceback)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from pipelines.pool import ExtractionPool


def _sigint_state() -> tuple[bool, bool]:
    """(SIGINT blocked, SIGINT ignored) in the calling process's current thread."""
    return signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []), (
        signal.getsignal(signal.SIGINT) is signal.SIG_IGN)  # fmt: skip


def test_pool_workers_leave_ctrl_c_to_their_owner(tmp_path: Path) -> None:
    pool = ExtractionPool(tmp_path, workers=2)
    try:
        assert pool._executor is not None
        blocked, ignored = pool._executor.submit(_sigint_state).result(timeout=120)
        assert blocked and ignored
        worker = pool._executor.submit(os.getpid).result(timeout=60)
        os.kill(worker, signal.SIGINT)  # what Ctrl-C sends every process of the group
        assert pool._executor.submit(os.getpid).result(timeout=60) > 0  # the pool still works
        assert set(pool._executor._processes) >= {worker}  # and that worker is alive
    finally:
        pool.shutdown()
    # the owner's own thread still takes Ctrl-C
    assert signal.getsignal(signal.SIGINT) is not signal.SIG_IGN
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
