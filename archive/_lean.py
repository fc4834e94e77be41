"""sqlite-utils imported without pandas and numpy (this module is imported first by the
:mod:`archive` package, before any module of it imports sqlite-utils).

sqlite-utils imports pandas and numpy whenever they are installed (Dask and the test extras
bring them) only to map their scalar types to column types, and the archive never stores
such values. That was about 0.3 s of CPU at every start of a process that opens an archive:
each CLI command, a crawl and its extraction workers' forkserver. Either still imports
normally afterwards, for whoever needs it (the Parquet export's readers, Dask).
"""

from __future__ import annotations

import sys


def import_sqlite_utils() -> None:
    """Import sqlite-utils, pandas and numpy hidden from it (unless imported already)."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # importing it raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


import_sqlite_utils()
