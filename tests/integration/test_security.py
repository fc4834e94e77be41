"""Nobody in: a crawl listens on no socket, and no site id can point outside the archive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Request, Site
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import ROOT, run_cli, write_profile


def _process_tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:  # the process ended meanwhile
                continue
    return found


def listening_tcp_ports(pid: int) -> list[int]:
    """The TCP ports on which ``pid`` or one of its children listens (from /proc)."""
    ports: list[int] = []
    for proc in _process_tree(pid):
        inodes = set()
        try:
            fds = list(Path(f"/proc/{proc}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:[") : -1])
        for table in ("tcp", "tcp6"):
            try:
                lines = Path(f"/proc/{proc}/net/{table}").read_text().splitlines()[1:]
            except OSError:
                continue
            for line in lines:
                fields = line.split()
                if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                    ports.append(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def test_a_crawl_opens_no_listening_socket(tmp_path: Path) -> None:
    # Each page the crawler asks for is served only after the crawler process's listening
    # sockets are read: the crawl is running (engine started, extensions up) at that moment.
    portal = FixturePortal(n_articles=3, traps=False)
    inner = portal.site()
    crawler_pid: list[int] = []
    seen: list[list[int]] = []

    def handler(request: Request) -> Page | None:
        if crawler_pid:
            seen.append(listening_tcp_ports(crawler_pid[0]))
        return inner.resolve(request)

    with ReplicaServer(site=Site(handler=handler)) as server:
        path = write_profile(portal.profile(server.base_url), tmp_path / "sites")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        with subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", str(path), "--archive",
             str(tmp_path / "a"), "--quiet"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ) as proc:  # fmt: skip
            crawler_pid.append(proc.pid)
            out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, out + err
    assert len(seen) >= 5  # robots.txt, home, listing, articles
    assert all(ports == [] for ports in seen), seen


# --- site ids ---------------------------------------------------------------------------------


def _crafted_warc(folder: Path, site: str, profile_id: str = "laocai-tinhuy") -> Path:
    """A WARC whose warcinfo names ``site`` and carries a valid profile (what `rebuild`
    reads), holding one article page."""
    from datetime import datetime

    from archive.warcwrite import Exchange, WarcWriter
    from config.profile import load_profile

    profile = load_profile("laocai-tinhuy").model_copy(update={"id": profile_id})
    writer = WarcWriter(
        folder, "crafted", warcinfo={
            "software": "govarchive/0.1.0", "isPartOf": "x-crawl-1", "govarchive-site": site,
            "govarchive-profile": profile.model_dump_json(),
        },
    )  # fmt: skip
    body = b"<html><head><title>t</title></head><body><p>x</p></body></html>"
    writer.write_exchange(Exchange(
        url="https://tinhuy.laocai.gov.vn/a.html", method="GET", request_headers=[],
        request_body=b"", status=200, protocol="HTTP/1.1",
        response_headers=[("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
        body=body, ip_address=None, fetched_at=datetime(2024, 3, 5, 3, 0, 0),
    ))  # fmt: skip
    writer.close()
    return writer.files[0]


def _tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


@pytest.mark.parametrize("command", ["rebuild", "import-warc"])
@pytest.mark.parametrize("site", ["../../escape", "ABSOLUTE", "..", "a/../../escape"])
def test_a_crafted_warcinfo_site_is_one_line_and_writes_nothing_outside(
    tmp_path: Path, command: str, site: str
) -> None:
    if site == "ABSOLUTE":
        site = str(tmp_path / "escape-abs")
    warcs = tmp_path / "in"
    warcs.mkdir()
    _crafted_warc(warcs, site)
    archive = tmp_path / "box" / "archive"
    before = _tree(tmp_path)
    if command == "rebuild":
        result = run_cli("rebuild", "--warcs", str(warcs), "--archive", str(archive))
    else:
        result = run_cli("import-warc", str(next(warcs.iterdir())), "--site", "laocai-tinhuy",
                         "--archive", str(archive))  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "warcinfo govarchive-site" in result.stderr and "is not a valid site id" in result.stderr
    created = {p for p in _tree(tmp_path) - before if archive not in (p, *p.parents)}
    assert created == set(), created


def test_a_profile_of_another_site_in_the_warcinfo_is_refused(tmp_path: Path) -> None:
    warcs = tmp_path / "in"
    warcs.mkdir()
    _crafted_warc(warcs, "laocai-tinhuy", profile_id="other-site")
    result = run_cli("rebuild", "--warcs", str(warcs), "--archive", str(tmp_path / "archive"))
    assert result.returncode == 1 and result.stderr.strip().count("\n") == 0, result.stderr
    assert "carry a profile of site 'other-site'" in result.stderr
    assert not (tmp_path / "archive").exists()


@pytest.mark.parametrize("bad", ["../../etc/x", "/tmp/x.yaml", "Bad_Id", "ab\n", "x"])
def test_site_ids_from_any_source_go_through_one_validator(bad: str) -> None:
    from config.profile import InvalidSiteId, check_site_id, load_profile
    from crawler.remote import schedule
    from crawler.spiderloader import ProfileSpiderLoader

    with pytest.raises(InvalidSiteId, match="is not a valid site id"):
        check_site_id(bad)
    loader = ProfileSpiderLoader(ROOT / "config" / "sites")
    with pytest.raises(KeyError, match="is not a valid site id"):  # Scrapyd's spider name
        loader.load(bad)
    with pytest.raises(InvalidSiteId):
        schedule("http://127.0.0.1:9/", bad, {})  # refused before any request
    if "/" not in bad and not bad.endswith(".yaml"):
        with pytest.raises(InvalidSiteId):
            load_profile(bad)
    spider = loader.load("laocai-tinhuy")
    with pytest.raises(ValueError, match="unknown argument 'profile'"):  # a job's -a profile=...
        spider(profile=bad)


def test_sites_new_checks_the_id_before_fetching_anything(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from crawler.cli import cli

    portal = FixturePortal(n_articles=2, traps=False)
    with ReplicaServer(site=portal.site()) as server:
        result = CliRunner().invoke(cli, ["sites", "new", "../../evil", server.base_url])
        requests = list(server.requests)
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines() == [
        "Error: site id '../../evil' is not a valid site id: use lower-case letters, digits "
        "and dashes (2-63 chars)"
    ]
    assert requests == []
    assert not (ROOT / "config" / "evil.yaml").exists() and not (ROOT / "evil.yaml").exists()
