"""Debian packages the test suite needs (wget, chromium), installed by the suite itself.

CI runs on a fresh machine as root with nothing but Python; apt-get reaches Debian's
registry. A missing tool is installed once; without root the test fails with the command
to run, never skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

_updated = False


def ensure_debian_package(binary: str, package: str) -> Path:
    """The path of ``binary``, installing Debian's ``package`` first when it is missing."""
    global _updated
    found = shutil.which(binary)
    if found:
        return Path(found)
    if os.geteuid() != 0:
        pytest.fail(f"{binary} is missing and installing it needs root: apt-get install {package}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    commands = [["apt-get", "install", "-y", "-q", "--no-install-recommends", package]]
    if not _updated:
        commands.insert(0, ["apt-get", "update", "-q"])
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1200)
        assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stderr[-2000:]}"
    _updated = True
    found = shutil.which(binary)
    assert found, f"apt-get installed {package} but {binary} is not on PATH"
    return Path(found)
