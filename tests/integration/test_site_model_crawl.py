"""An ad-hoc crawl uses the site model it infers (issue 10): a Drupal portal of the development
corpus (``fx-drupal``), crawled without a profile on 127.0.0.1. Its first pages are held
until the model is confident, then extracted again with it: the fields come from the
article template (page by page, the generic path reads another line or stores a page that is
no article), listings, tag and static pages are refused; the model is stored with the
crawl, shown in the summary, readable with ``sites model``, and a rebuild of the crawl's
WARC files gives the same rows and model."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml

from config.profile import adhoc_profile, profile_from_dict
from crawler.replica import ReplicaServer
from tests.families import drupal
from tests.helpers import run_cli, write_profile

FIELDS = ("url", "title", "published_at", "author", "body", "date_basis")


def articles(archive: Path) -> dict[str, tuple]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return {r[0]: r for r in conn.execute(f"SELECT {', '.join(FIELDS)} FROM articles")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("model-crawl")
    archive = folder / "archive"
    site = drupal.build_site()
    with ReplicaServer(site=site) as server:
        done = run_cli("crawl", server.url("/"), "--archive", str(archive), "--delay", "0")
        base = server.base_url.rstrip("/")
    conn = sqlite3.connect(archive / "archive.db")
    try:
        ((site_id, stats),) = conn.execute("SELECT site_id, stats_json FROM crawls").fetchall()
        models = conn.execute("SELECT crawl_id, confident, model_json FROM site_models").fetchall()
    finally:
        conn.close()
    return {"done": done, "archive": archive, "base": base, "site": site, "site_id": site_id,
            "stats": json.loads(stats), "models": models, "folder": folder}  # fmt: skip


def test_early_pages_are_extracted_again_once_the_model_is_confident(crawled: dict) -> None:
    done, stats, base = crawled["done"], crawled["stats"], crawled["base"]
    assert done.returncode in (0, 3), done.stdout + done.stderr  # 3: the family's 404 pages
    assert stats["govarchive/held"] > 0  # held while no confident model was in use
    assert stats["govarchive/site_model/reextracted"] > 0  # ... and extracted again with it
    assert stats["govarchive/site_model/in_use"] == 1
    stored = articles(crawled["archive"])
    truths = {a.truth(base)["url"]: a.truth(base) for a in drupal.ARTICLES}
    assert set(stored) == set(truths)  # every article, and no listing, tag or print page
    # (Until round 17 this test also required the single-page path alone to read at least one
    # fx-drupal page otherwise than the model; since the caption rule of round 17 (a caption
    # found by its class under a picture, content._caption_class) it reads the two captions
    # the model had brought, and every page of this family as the model does, so a difference
    # the model makes can no longer be shown on it: the single path against the model is
    # measured on every family by the quality gate's "single" and "adhoc" pins.)
    for art in drupal.ARTICLES:
        url, truth = base + art.path, truths[base + art.path]
        row = dict(zip(FIELDS, stored[url], strict=True))
        assert (row["title"], row["published_at"], row["author"]) == (
            truth["title"], truth["published_at"], truth["author"])  # fmt: skip
        assert row["body"].split("\n\n") == truth["body"]
    # listings, tag, print and static pages refused (by their URL and text, or by the model's
    # type where the page alone reads as an article)
    for kind in ("listing", "other_type"):
        assert stats[f"govarchive/not_article/{kind}"] > 0, kind


def test_the_model_is_stored_shown_and_readable(crawled: dict) -> None:
    ((crawl_id, confident, model_json),) = crawled["models"]
    assert crawl_id == 1 and confident == 1
    model = json.loads(model_json)
    assert model["types"]["article"] == len(drupal.ARTICLES) and model["author"]["selector"]
    out = crawled["done"].stdout
    assert "site model: confident, in use" in out and "article URLs: /tin-tuc/" in out
    shown = run_cli("sites", "model", crawled["site_id"], "--archive", str(crawled["archive"]))
    assert shown.returncode == 0, shown.stdout + shown.stderr
    profile = profile_from_dict(yaml.safe_load(shown.stdout))
    assert profile.selectors.author == [model["author"]["selector"]]
    assert profile.links.article and "# site model: confident" in shown.stdout


def test_a_rebuild_of_the_crawl_gives_its_rows_and_model(crawled: dict) -> None:
    rebuilt = crawled["folder"] / "rebuilt"
    profile = write_profile(adhoc_profile(crawled["base"] + "/"), crawled["folder"] / "profile")
    done = run_cli("rebuild", "--warcs", str(crawled["archive"] / "warcs"), "--archive",
                   str(rebuilt), "--site", str(profile), "--workers", "1")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert articles(rebuilt) == articles(crawled["archive"])
    conn = sqlite3.connect(rebuilt / "archive.db")
    ((model_json,),) = conn.execute("SELECT model_json FROM site_models").fetchall()
    conn.close()
    assert model_json == crawled["models"][0][2]
