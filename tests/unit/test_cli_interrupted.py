"""Ctrl-C during ``reextract`` or ``verify`` says how far the command got and what running it
again does, not click's bare "Aborted!" with exit 1 (round 21's walk)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from archive import Archive
from tests.helpers import invoke_cli


def _interrupt_after(stages: list[tuple[str, int, int]]) -> Any:
    def run(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        for stage in stages:
            progress(*stage)
        raise KeyboardInterrupt

    return run


def test_an_interrupted_reextract_says_how_far_it_got(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipelines import offline

    Archive(tmp_path / "a", create=True).close()
    monkeypatch.setattr(offline, "reextract", _interrupt_after([("site-a", 120, 120), ("site-b", 50, 300)]))
    done = invoke_cli("reextract", "--archive", str(tmp_path / "a"), "--workers", "1")
    assert done.returncode == 130
    assert "Aborted" not in done.stdout + done.stderr
    assert "reextract interrupted (site-a 120 of 120 page(s); site-b 50 of 300 page(s))" in done.stderr
    assert "Run it again to go on" in done.stderr and "committed so far are kept" in done.stderr


def test_an_interrupted_verify_says_how_far_it_got(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from archive import verify

    Archive(tmp_path / "a", create=True).close()
    monkeypatch.setattr(verify, "verify_archive", _interrupt_after([("reading WARC files", 2048, 4096)]))
    done = invoke_cli("verify", "--archive", str(tmp_path / "a"))
    assert done.returncode == 130
    assert "Aborted" not in done.stdout + done.stderr
    assert "verify interrupted (reading WARC files 2,048 of 4,096 bytes)" in done.stderr
    assert "Nothing was changed" in done.stderr and "starts over" in done.stderr


def test_ctrl_c_before_a_commands_own_handler_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while a command loads its modules or opens the archive (before its own
    handler) is still an interruption, exit 130, not click's "Aborted!" with exit 1."""
    Archive(tmp_path / "a", create=True).close()

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(Archive, "search", interrupted)
    done = invoke_cli("search", "bien gioi", "--archive", str(tmp_path / "a"))
    assert done.returncode == 130
    assert "Aborted" not in done.stdout + done.stderr
    assert "govarchive search interrupted (Ctrl-C)." in done.stderr
