"""Build and run Datasette on an archive folder (``govarchive serve``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive import Archive
from archive.db import archive_paths
from crawler.datasette_plugin import hooks
from crawler.datasette_plugin.metadata import build_metadata


def register_plugin() -> None:
    """Register the govarchive plugin with Datasette (idempotent)."""
    from datasette.plugins import pm

    if pm.get_plugin(hooks.PLUGIN) is None:
        pm.register(hooks, name=hooks.PLUGIN)


def build_datasette(archive_dir: Path) -> Any:
    """A Datasette instance serving ``archive_dir/archive.db`` with the plugin.

    Opening the archive first applies pending migrations (the ``article_list`` view).

    :raises archive.ArchiveNotFound: no archive there.
    """
    from datasette.app import Datasette

    Archive(archive_dir).close()
    register_plugin()
    return Datasette(
        [str(archive_paths(archive_dir).db)],
        metadata=build_metadata(archive_dir),
        settings={"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000},
    )


def serve(archive_dir: Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run Datasette until interrupted."""
    import uvicorn

    app = build_datasette(archive_dir).app()
    uvicorn.run(app, host=host, port=port, log_level="warning")
