"""Notifications of a crawl's changes: targets, delivery with retries, failure rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from archive import Archive
from config.profile import ProfileError, SiteProfile, profile_from_dict
from crawler.notify import (
    FAILURE_REASON,
    NotifyConfigError,
    Policy,
    crawl_payload,
    deliver,
    notify_crawl,
    parse_targets,
)
from pipelines.record import ArticleRecord
from tests.receivers import receiver, silent

QUICK = Policy(timeout=0.3, retries=2, backoff=0.01)
URL = "https://laocai.example/tin/hoi-nghi.html"


@pytest.fixture
def archive(tmp_path: Path) -> Any:
    """A site crawled twice: the second crawl found the article edited."""
    archive = Archive(tmp_path / "arch", create=True)
    writer = archive.writer()
    writer.upsert_site(SiteProfile(id="laocai", name="Cổng Lào Cai", base_url="https://laocai.example/"))
    crawls = []
    for at, people in (("2024-03-05T02:00:00Z", 120), ("2024-04-01T02:00:00Z", 150)):
        crawl = writer.start_crawl("laocai", "test", {})
        capture = writer.add_capture(crawl_id=crawl, site_id="laocai", url=URL, status=200,
                                     fetched_at=at, record_type="response")  # fmt: skip
        body = ["Sáng 5/3, UBND tỉnh tổ chức hội nghị.", f"Hội nghị có {people} đại biểu tham dự."]
        record = ArticleRecord(url=URL, title="Hội nghị", body=body, published_at="2024-03-05T08:00:00+07:00")
        _, outcome = writer.save_article("laocai", record, capture, crawl, at)
        writer.finish_crawl(crawl, "finished", {f"govarchive/articles/{outcome}": 1}, [])
        crawls.append(crawl)
    archive.crawl_ids = crawls
    yield archive
    archive.close()


def test_targets_from_a_setting_a_list_or_a_file(tmp_path: Path) -> None:
    assert parse_targets("") == [] and parse_targets(None) == []
    assert parse_targets("http://a.example/x, https://b.example/y  http://c.example") == [
        "http://a.example/x", "https://b.example/y", "http://c.example"]  # fmt: skip
    assert parse_targets(["https://a.example/x"]) == ["https://a.example/x"]
    listed = tmp_path / "notify.txt"
    listed.write_text("# who wants the changes\nhttps://a.example/x\n\nhttp://b.example/y  # b\n")
    assert parse_targets(str(listed)) == ["https://a.example/x", "http://b.example/y"]


def test_a_bad_target_is_one_clear_line() -> None:
    with pytest.raises(NotifyConfigError) as raised:
        parse_targets("https://a.example/x ftp://b.example/y")
    assert str(raised.value) == "GOVARCHIVE_NOTIFY: must be an http(s) URL, got 'ftp://b.example/y'"


def test_a_profile_refuses_a_notify_url_that_is_not_http() -> None:
    data = {"id": "laocai", "name": "x", "base_url": "https://laocai.example/",
            "notify": ["mailto:ops@example.org"]}  # fmt: skip
    with pytest.raises(ProfileError) as raised:
        profile_from_dict(data, "laocai.yaml")
    assert str(raised.value) == (
        "laocai.yaml: invalid site profile: field 'notify.0': must be an http(s) URL, "
        "got 'mailto:ops@example.org'"
    )
    data["notify"] = ["https://hooks.example/govarchive"]
    profile = profile_from_dict(data, "laocai.yaml")
    assert profile.notify == ["https://hooks.example/govarchive"]
    # where news goes is not part of how records are made
    assert profile.profile_hash == profile_from_dict({**data, "notify": []}).profile_hash


def test_the_payload_holds_the_crawls_changes(archive: Any) -> None:
    first, second = archive.crawl_ids
    payload = crawl_payload(archive, second)
    assert (payload["event"], payload["site_id"], payload["crawl_id"], payload["status"]) == (
        "crawl_finished", "laocai", second, "finished")  # fmt: skip
    assert payload["counts"]["changed"] == 1 and payload["truncated"] is False
    (change,) = payload["changes"]
    assert change["uid"].endswith("/v2") and list(change["kinds"]) == ["edited"]
    assert change["url"] == URL and change["diff"] == "Hội nghị có [-120-] {+150+} đại biểu tham"
    assert crawl_payload(archive, first)["changes"] == []
    json.dumps(payload)  # plain JSON


def test_delivered_at_once() -> None:
    with receiver(204) as server:
        done = deliver(server.url, b'{"a": 1}', QUICK, user_agent="govarchive/test")
    assert (done.ok, done.status, done.attempts, done.error) == (True, 204, 1, "")
    assert server.received == [{"a": 1}]
    assert server.headers[0]["User-Agent"] == "govarchive/test"
    assert server.headers[0]["Content-Type"].startswith("application/json")


def test_a_failing_receiver_is_tried_again() -> None:
    with receiver(503, 200) as server:
        done = deliver(server.url, b"{}", QUICK)
    assert (done.ok, done.status, done.attempts) == (True, 200, 2)
    assert server.calls == 2 and server.received == [{}]


def test_a_refusal_is_not_retried() -> None:
    with receiver(404) as server:
        done = deliver(server.url, b"{}", QUICK)
    assert (done.ok, done.status, done.attempts, done.error) == (False, 404, 1, "HTTP 404")
    assert server.calls == 1


def test_a_receiver_that_never_answers_times_out_after_the_retries() -> None:
    with silent() as url:
        done = deliver(url, b"{}", QUICK)
    assert not done.ok and done.status is None and done.attempts == QUICK.retries + 1
    assert "timed out" in done.error.lower() or "timeout" in done.error.lower(), done.error


def test_notify_records_each_failed_delivery_and_counts(archive: Any) -> None:
    crawl = archive.crawl_ids[1]
    with receiver(200) as good, receiver(500, 202) as flaky, silent() as dead:
        deliveries = notify_crawl(archive, crawl, [good.url, flaky.url, dead], QUICK)
    assert [d.ok for d in deliveries] == [True, True, False]
    assert good.received[0]["crawl_id"] == crawl and good.received == flaky.received
    failures = list(archive.db.query("SELECT url, reason, detail, crawl_id FROM failures"))
    assert [(f["url"], f["reason"], f["crawl_id"]) for f in failures] == [(dead, FAILURE_REASON, crawl)]
    assert failures[0]["detail"].startswith("3 attempt(s): ")
    stats = json.loads(archive.crawls()[0]["stats_json"])
    assert (stats["govarchive/notify/delivered"], stats["govarchive/notify/failed"]) == (2, 1)
    assert stats["govarchive/articles/changed"] == 1  # the crawl's own stats are kept


def test_no_url_sends_nothing(archive: Any) -> None:
    assert notify_crawl(archive, archive.crawl_ids[1], [], QUICK) == []
    assert "govarchive/notify" not in archive.crawls()[0]["stats_json"]
