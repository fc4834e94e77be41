"""``govarchive sites new|check|record`` against a loopback fixture site (no network)."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from crawler.cli import cli
from crawler.replica import ReplicaServer
from tests.families import joomla


def test_new_record_check(tmp_path: Path) -> None:
    runner = CliRunner()
    with ReplicaServer(site=joomla.build_site()) as server:
        out = tmp_path / "fx-new.yaml"
        done = runner.invoke(cli, ["sites", "new", "fx-new", server.url("/tin-tuc.html"), "-o", str(out)])
        assert done.exit_code == 0, done.output
        starter = yaml.safe_load(out.read_text("utf-8"))
        assert starter["links"]["article"] == [r"/tin-tuc/\d+-[a-z0-9-]+\.html$"]
        assert starter["selectors"]["body"]
        assert starter["sitemaps"] == [server.url("/sitemap.xml")]

        article = server.url(joomla.ARTICLES[0].path)
        fixtures = tmp_path / "sites"
        done = runner.invoke(cli, ["sites", "record", "fx-joomla", article, "--fixtures-dir", str(fixtures),
                                   "--name", "one"])  # fmt: skip
        assert done.exit_code == 0, done.output
    expected = json.loads((fixtures / "fx-joomla" / "one.json").read_text("utf-8"))
    assert expected["author"] == "Hoàng Nam" and expected["published_at"] == "2023-02-01T08:00:00+07:00"
    assert (fixtures / "fx-joomla" / "one.html.gz").exists()
    assert json.loads((fixtures / "fx-joomla" / "one.meta.json").read_text("utf-8"))["url"] == article

    done = runner.invoke(cli, ["sites", "check", "fx-joomla", "--fixtures-dir", str(fixtures)])
    assert done.exit_code == 0, done.output
    assert "author: Hoàng Nam" in done.output and "removed as chrome" in done.output
    expected["title"] = "changed"
    (fixtures / "fx-joomla" / "one.json").write_text(json.dumps(expected), "utf-8")
    done = runner.invoke(cli, ["sites", "check", "fx-joomla", "--fixtures-dir", str(fixtures)])
    assert done.exit_code == 1 and "differs from the fixture in: title" in done.output
