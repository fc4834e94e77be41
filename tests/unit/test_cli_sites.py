"""``govarchive sites new|check|record`` against a loopback fixture site (no network)."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from crawler.cli import cli
from crawler.replica import ReplicaServer
from tests.families import joomla
from tests.helpers import run_cli


def test_new_record_check(tmp_path: Path) -> None:
    runner = CliRunner()
    with ReplicaServer(site=joomla.build_site()) as server:
        out = tmp_path / "fx-new.yaml"
        done = run_cli("sites", "new", "fx-new", server.url("/tin-tuc.html"), "-o", str(out),
                       "--delay", "0")  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        starter = yaml.safe_load(out.read_text("utf-8"))
        assert starter["links"]["article"] and starter["selectors"]["body"]
        assert starter["sitemaps"] == [server.url("/sitemap.xml")]  # announced, and it answered

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


def test_validate_profiles_kept_anywhere(tmp_path: Path) -> None:
    good = tmp_path / "fx-ok.yaml"
    good.write_text("id: fx-ok\nname: OK\nbase_url: https://ok.gov.vn/\n", "utf-8")
    bad = tmp_path / "fx-bad.yaml"
    bad.write_text("id: fx-bad\nname: Bad\nbase_url: https://bad.gov.vn/\n"
                   "selectors: {title: ['h1..entry-title']}\n", "utf-8")  # fmt: skip
    runner = CliRunner()
    done = runner.invoke(cli, ["sites", "validate", str(good)])
    assert done.exit_code == 0 and "valid" in done.output
    done = runner.invoke(cli, ["sites", "validate", str(good), str(bad)])
    assert done.exit_code == 1
    assert "invalid CSS selector 'h1..entry-title'" in " ".join(done.output.split())


def test_check_a_profile_file_without_fixtures_says_so(tmp_path: Path) -> None:
    path = tmp_path / "fx-none.yaml"
    path.write_text("id: fx-none\nname: None\nbase_url: https://none.gov.vn/\n", "utf-8")
    done = CliRunner().invoke(cli, ["sites", "check", str(path), "--fixtures-dir", str(tmp_path)])
    assert done.exit_code == 1
    assert done.output.startswith(f"Error: no golden fixtures for fx-none in {tmp_path / 'fx-none'}")
    assert "govarchive sites record" in done.output and "--live" in done.output


def test_check_shows_a_split_article_joined_from_its_recorded_parts(tmp_path: Path) -> None:
    """A split article recorded with its further page: check shows the join (the guide's
    test, tests/integration/test_adding_a_site.py, shows --force on a listing)."""
    from tests.families import wordpress

    art = next(a for a in wordpress.ARTICLES if a.split)
    runner = CliRunner()
    with ReplicaServer(site=wordpress.build_site()) as server:
        profile = "fx-wordpress"
        done = runner.invoke(cli, ["sites", "record", profile, server.url(art.path), "--fixtures-dir",
                                   str(tmp_path), "--name", "split"])  # fmt: skip
        assert done.exit_code == 0, done.output
    assert (tmp_path / "fx-wordpress" / "split.parts" / "part-2.meta.json").exists()
    done = runner.invoke(cli, ["sites", "check", profile, "--fixtures-dir", str(tmp_path)])
    assert done.exit_code == 0, done.output
    assert "split article: 2 pages, 1 part(s) recorded; joined:" in done.output
    assert art.body()[-1][:40] in " ".join(done.output.split())  # the last line: from page 2


def test_sites_model_without_a_model_is_one_line(tmp_path: Path) -> None:
    from archive import Archive

    Archive(tmp_path / "a", create=True).close()
    done = CliRunner().invoke(cli, ["sites", "model", "fx-none", "--archive", str(tmp_path / "a")])
    assert done.exit_code == 1
    assert done.output == f"Error: {tmp_path / 'a'} holds no site model of fx-none\n"
    done = CliRunner().invoke(cli, ["sites", "model", "../x", "--archive", str(tmp_path / "a")])
    assert done.exit_code == 1 and "is not a valid site id" in done.output


def test_fixtures_of_a_profile_kept_elsewhere_stay_beside_it(tmp_path: Path) -> None:
    """``sites record ./profile.yaml URL`` wrote into the checkout's tests/sites/ (round 21's
    walk); now into ID/ beside the profile file, where ``sites check`` looks for them too."""
    import shutil

    from crawler.cli.sites import FIXTURES, fixtures_home

    mine = tmp_path / "fx-joomla.yaml"
    shutil.copy(FIXTURES / "fx-joomla" / "fx-joomla.yaml", mine)
    art = joomla.ARTICLES[0]
    runner = CliRunner()
    with ReplicaServer(site=joomla.build_site()) as server:
        done = runner.invoke(cli, ["sites", "record", str(mine), server.url(art.path), "--name", "one"])
        assert done.exit_code == 0, done.output
    assert (tmp_path / "fx-joomla" / "one.json").is_file()
    assert not (FIXTURES / "fx-joomla" / "one.json").exists()
    done = runner.invoke(cli, ["sites", "check", str(mine)])
    assert done.exit_code == 0, done.output
    assert "author: Hoàng Nam" in done.output
    # a site id, or a profile in the checkout: the checkout's tests/sites/ as before
    assert fixtures_home("fx-joomla", None) == FIXTURES
    assert fixtures_home(str(FIXTURES / "fx-joomla" / "fx-joomla.yaml"), None) == FIXTURES
    assert fixtures_home("config/sites/laocai-tinhuy.yaml", None) == FIXTURES
    assert fixtures_home(str(mine), tmp_path / "x") == tmp_path / "x"
