"""``govarchive replica``: the bundled replica of the Lào Cai portal, served on its own (for
``scrapy crawl laocai-tinhuy -a base_url=...``, a browser, a Scrapyd job)."""

from __future__ import annotations

import click

from crawler.replica import ReplicaServer, serve_until_stopped

SEED_SITE = "https://tinhuy.laocai.gov.vn/"


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to serve on (0: any free port, printed).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--verbose", is_flag=True, help="Print every request served.")
def replica(port: int, host: str, verbose: bool) -> None:
    """Serve the offline replica of the Lào Cai portal until Ctrl-C (or SIGTERM).

    The replica is what `govarchive demo` and the tests crawl: 15 articles, listings, a
    sitemap, robots.txt, attachments, images and a stylesheet, and a few broken pages.

    \b
    Example:
      govarchive replica --port 8000
      govarchive crawl laocai-tinhuy --base-url http://127.0.0.1:8000/ --archive ./replica-archive
    """

    def ready(server: ReplicaServer) -> None:
        click.echo(f"Replica of {SEED_SITE} serving on {server.base_url} (Ctrl-C stops it)")

    try:
        serve_until_stopped(host, port, verbose=verbose, ready=ready)
    except OSError as exc:
        raise click.ClickException(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None
    click.echo("Replica stopped")


COMMANDS = [replica]
