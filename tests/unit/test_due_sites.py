"""crawler.schedule.due_sites: the fleet's due test agrees with is_due, site by site."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.db import open_db
from config.profile import SiteProfile
from crawler.schedule import due_sites, is_due

CRONS = ["0 2 * * *", "30 */6 * * *", "0 3 * * 1", "*/5 * * * *", "0 0 1 * *", "15 14 * * 2-6"]
# Paris: daylight saving time; None: `timezone: null` (the zone is not known: cron on UTC)
ZONES = ["UTC", "Asia/Ho_Chi_Minh", "Europe/Paris", None]
START = datetime(2024, 1, 1, tzinfo=UTC)


@settings(max_examples=40, deadline=None)
@given(
    sites=st.lists(
        st.tuples(
            st.sampled_from([None, *CRONS]),
            st.sampled_from(ZONES),
            st.none() | st.integers(0, 400 * 24 * 60),  # last start, minutes after START
        ),
        min_size=1, max_size=12,
    ),
    now=st.integers(0, 400 * 24 * 60 * 60),  # seconds after START: any second, fire times too
)
def test_due_sites_is_is_due_for_every_site(tmp_path_factory, sites, now) -> None:  # type: ignore[no-untyped-def]
    moment = START + timedelta(seconds=now)
    db = open_db(tmp_path_factory.mktemp("due") / "archive.db")
    profiles = []
    expected = []
    for i, (cron, zone, started) in enumerate(sites):
        profile = SiteProfile(id=f"site-{i}", name="s", base_url=f"https://s{i}.gov.vn/",
                              schedule=cron, timezone=zone)  # fmt: skip
        profiles.append(profile)
        last = START + timedelta(minutes=started) if started is not None else None
        db.execute("INSERT INTO sites (id, name, base_url) VALUES (?, 's', 'x')", [profile.id])
        if last is not None:
            db.execute("INSERT INTO crawls (site_id, started_at, status) VALUES (?, ?, 'finished')",
                       [profile.id, last.strftime("%Y-%m-%dT%H:%M:%SZ")])  # fmt: skip
        if is_due(cron or "0 2 * * *", last, moment, zone or "UTC"):
            expected.append((last or datetime.min.replace(tzinfo=UTC), profile.id))
    db.conn.commit()
    assert due_sites(profiles, db, now=moment) == [site for _, site in sorted(expected)]
    db.close()


def test_never_crawled_first_then_the_longest_waiting(tmp_path: Path) -> None:
    db = open_db(tmp_path / "archive.db")
    profiles = [SiteProfile(id=s, name=s, base_url=f"https://{s}.gov.vn/") for s in ("bb", "aa", "cc")]
    for site, started in (("bb", "2024-05-01T00:00:00Z"), ("cc", "2024-04-01T00:00:00Z")):
        db.execute("INSERT INTO sites (id, name, base_url) VALUES (?, ?, 'x')", [site, site])
        db.execute("INSERT INTO crawls (site_id, started_at) VALUES (?, ?)", [site, started])
    db.conn.commit()
    assert due_sites(profiles, db, now=datetime(2024, 5, 3, tzinfo=UTC)) == ["aa", "cc", "bb"]
    assert due_sites(profiles, db, now=datetime(2024, 5, 1, 1, tzinfo=UTC)) == ["aa", "cc"]
