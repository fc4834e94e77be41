"""pywb in its own virtual environment, created once under ``.tools/pywb-venv`` and reused.

pywb pins old versions of redis, fakeredis and others and would downgrade them in the
project's environment, so it never goes there: the replay tests call :func:`ensure_pywb`,
which creates the tool environment on first use (``python -m venv`` + ``pip install``, about
half a minute) and returns it. A marker file written after a successful install makes a
half-finished environment (an interrupted install) be rebuilt rather than reused.

    python tests/tools/pywb_env.py          # create it ahead of time (e.g. in CI)
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from archive.cdx import index_warc

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENT = "pywb==2.10.0"
VENV = Path(os.environ.get("GOVARCHIVE_PYWB_VENV", ROOT / ".tools" / "pywb-venv"))
INSTALL_TIMEOUT = 600


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def ensure_pywb(venv: Path = VENV) -> Path:
    """Return the ``bin`` folder of a virtual environment holding pywb, creating it if needed."""
    marker = venv / ".govarchive-tool"
    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.parent / f".{venv.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two test processes never install at once
        if marker.is_file() and marker.read_text() == REQUIREMENT:
            return _bin(venv, "python").parent
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(_bin(venv, "python")), "-m", "pip", "install", "--quiet",
             "--disable-pip-version-check", REQUIREMENT],
            check=True, timeout=INSTALL_TIMEOUT,
        )  # fmt: skip
        marker.write_text(REQUIREMENT)
    return _bin(venv, "python").parent


def add_collection(root: Path, name: str, warcs: Iterable[Path]) -> None:
    """A pywb collection ``name`` under ``root``: copies of ``warcs`` with our CDXJ index."""
    archive_dir = root / "collections" / name / "archive"
    index_dir = root / "collections" / name / "indexes"
    archive_dir.mkdir(parents=True)
    index_dir.mkdir()
    for warc in sorted(warcs):
        copy = Path(shutil.copy2(warc, archive_dir))
        shutil.move(index_warc(copy), index_dir)


@contextmanager
def wayback(bin_dir: Path, root: Path, timeout: float = 60) -> Iterator[str]:
    """pywb's ``wayback`` serving the collections under ``root`` on a free loopback port,
    until the block ends; yields its base URL once it answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = subprocess.Popen(
        [bin_dir / "wayback", "--port", str(port), "--bind", "127.0.0.1"],
        cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{base}/", timeout=30):
                    break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("pywb did not start") from None
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    print(ensure_pywb())
