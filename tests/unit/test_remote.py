"""crawler/remote.py against a stand-in Scrapyd on 127.0.0.1: basic auth, job ids and settings
on schedule.json, job counts, and one-line errors for a wrong password or a dead node."""

from __future__ import annotations

import base64
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from crawler import remote

AUTH = ("fleet", "s3cret")


class FakeScrapyd(BaseHTTPRequestHandler):
    posts: list[dict[str, list[str]]] = []

    def _authorised(self) -> bool:
        token = base64.b64encode(f"{AUTH[0]}:{AUTH[1]}".encode()).decode()
        if self.headers.get("Authorization") == f"Basic {token}":
            return True
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="Scrapyd"')
        self.end_headers()
        return False

    def _answer(self, data: dict[str, object]) -> None:
        body = json.dumps({"status": "ok", **data}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if not self._authorised():
            return
        if self.path.startswith("/daemonstatus.json"):
            self._answer({"pending": 1, "running": 2, "finished": 7})
        else:  # listjobs.json
            self._answer({"pending": [{"id": "j3", "spider": "site-c"}],
                          "running": [{"id": "j2", "spider": "site-b"}],
                          "finished": [{"id": "j1", "spider": "site-a"}]})  # fmt: skip

    def do_POST(self) -> None:
        if not self._authorised():
            return
        length = int(self.headers["Content-Length"])
        form = parse_qs(self.rfile.read(length).decode())
        FakeScrapyd.posts.append(form)
        self._answer({"jobid": form.get("jobid", ["generated"])[0]})

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def scrapyd() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeScrapyd)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_calls_carry_basic_auth_and_schedule_names_the_job(scrapyd: str) -> None:
    assert remote.daemon_status(scrapyd, AUTH) == remote.NodeStatus(1, 2, 7)
    assert remote.daemon_status(scrapyd, AUTH).busy == 3
    assert remote.job_states(scrapyd, auth=AUTH) == {"j1": "finished", "j2": "running", "j3": "pending"}
    assert remote.job_state(scrapyd, "j2", auth=AUTH) == "running"
    assert remote.job_state(scrapyd, "nope", auth=AUTH) is None
    job = remote.schedule(scrapyd, "site-a", {"GOVARCHIVE_ARCHIVE_DIR": "/srv/shards/x"},
                          jobid="20240501T020000-abcd", auth=AUTH)  # fmt: skip
    assert job == "20240501T020000-abcd"
    assert FakeScrapyd.posts[-1] == {"project": ["govarchive"], "spider": ["site-a"],
                                     "jobid": ["20240501T020000-abcd"],
                                     "setting": ["GOVARCHIVE_ARCHIVE_DIR=/srv/shards/x"]}  # fmt: skip


def test_a_wrong_password_and_a_dead_node_are_one_line(scrapyd: str) -> None:
    with pytest.raises(remote.ScrapydError) as wrong:
        remote.daemon_status(scrapyd, ("fleet", "guess"))
    assert str(wrong.value) == (
        f"Scrapyd at {scrapyd}: daemonstatus.json: HTTP 401 wrong user name or password"
    )
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    with pytest.raises(remote.ScrapydError, match=r"^Scrapyd at .*: daemonstatus.json: .*refused"):
        remote.daemon_status(dead, timeout=5)
