"""govarchive's version, read from the installed distribution's metadata (pyproject.toml).

One source of truth: ``[project] version`` in pyproject.toml. A checkout that was never
installed (``pip install -e .``) has no metadata and reports ``0+unknown``.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("govarchive")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0+unknown"
