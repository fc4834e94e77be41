"""Build and run Datasette on an archive folder (``govarchive serve``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive import Archive
from archive.db import archive_paths
from crawler.datasette_plugin import hooks
from crawler.datasette_plugin.metadata import build_metadata
from crawler.datasette_plugin.replay import check_template

HERE = Path(__file__).parent
#: Datasette's own exception handler, which the plugin's replaces (it calls it for 5xx)
DATASETTE_ERRORS = "datasette.handle_exception"


def register_plugin() -> None:
    """Register the govarchive plugin with Datasette (idempotent), in place of
    Datasette's exception handler (see :func:`hooks.handle_exception`)."""
    from datasette.plugins import pm

    if pm.get_plugin(hooks.PLUGIN) is None:
        pm.register(hooks, name=hooks.PLUGIN)
    if pm.get_plugin(DATASETTE_ERRORS) is not None:
        pm.unregister(name=DATASETTE_ERRORS)


def build_datasette(archive_dir: Path, *, replay_url: str | None = None) -> Any:
    """A Datasette instance serving ``archive_dir/archive.db`` with the plugin, its
    templates and its stylesheet; ``replay_url``: a replay URL template
    (:mod:`crawler.datasette_plugin.replay`), for a "replay" link beside each capture.

    Opening the archive first applies pending migrations (the ``article_list`` view).

    :raises archive.ArchiveNotFound: no archive there.
    :raises replay.ReplayTemplateError: a replay URL template that cannot be filled.
    """
    from datasette.app import Datasette

    if replay_url:
        check_template(replay_url)
    Archive(archive_dir).close()
    register_plugin()
    return Datasette(
        [str(archive_paths(archive_dir).db)],
        metadata=build_metadata(archive_dir, replay_url=replay_url),
        settings={"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000},
        template_dir=str(HERE / "templates"),
        static_mounts=[(hooks.STATIC_MOUNT, str(HERE / "static"))],
    )


def serve(
    archive_dir: Path, host: str = "127.0.0.1", port: int = 8001, *, replay_url: str | None = None
) -> None:
    """Run Datasette until interrupted."""
    import uvicorn

    app = build_datasette(archive_dir, replay_url=replay_url).app()
    uvicorn.run(app, host=host, port=port, log_level="warning")
