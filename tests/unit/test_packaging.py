"""The package as users get it: ``from archive import Archive`` works from any working
directory, including one that holds an ``./archive`` folder (the default archive folder),
which Python would otherwise import as a namespace package and shadow the library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from config.version import __version__


def test_archive_imports_from_a_folder_that_holds_an_archive_folder(tmp_path: Path) -> None:
    (tmp_path / "archive" / "warcs").mkdir(parents=True)  # what `govarchive crawl` leaves
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the install alone
    done = subprocess.run(
        [sys.executable, "-c",
         "from archive import Archive\n"
         "with Archive(':memory:') as arc: print(type(arc).__module__, arc.count())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["archive", "0"]


def test_the_version_comes_from_the_installed_metadata() -> None:
    from importlib.metadata import version

    assert __version__ == version("govarchive")
