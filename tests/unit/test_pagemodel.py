"""The learned page typing model (pipelines/pagemodel.py): its file, its inputs on a small
page, where the single-page path asks it, and the listing rule it sits behind."""

from __future__ import annotations

import json

import pytest
from lxml import html

from config.profile import adhoc_profile
from pipelines import pagemodel, signals
from pipelines.chrome import Learned
from pipelines.content import extract_body
from pipelines.extract import extract
from pipelines.metadata import page_dates
from pipelines.page import read_page
from pipelines.record import ArticleRecord

SENTENCES = "The council met on Tuesday and agreed a plan for the river banks, after a long debate. " * 6
STORY = (
    "<html><head><title>Council agrees river plan</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
    "<h1>Council agrees river plan</h1>"
    "<div class='meta'><span class='byline'>By Jane Doe</span> <span>Oct 11, 2023</span></div>"
    + "".join(f"<p>{SENTENCES}</p>" for _ in range(4))
    + "</body></html>"
)
URL = "https://news.example.org/news/council-agrees-river-plan"


def _inputs(page_html: str, url: str) -> dict[str, float]:
    page = read_page(page_html.encode(), url, {}, adhoc_profile(url), Learned())
    text = extract_body(page)
    return dict(zip(pagemodel.FEATURES, pagemodel.features(page, text, page_dates(page, text)), strict=True))


def test_the_shipped_model_loads_and_matches_the_inputs() -> None:
    data = json.loads(pagemodel.MODEL_FILE.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == pagemodel.FEATURES
    assert data["trees"] and all(len(node) == 5 for tree in data["trees"] for node in tree)
    assert 0.0 < pagemodel.threshold() < 1.0
    assert 0.0 <= pagemodel.not_article_score([0.0] * len(pagemodel.FEATURES)) <= 1.0


def test_the_inputs_of_a_small_story() -> None:
    x = _inputs(STORY, URL)
    assert len(x) == len(pagemodel.FEATURES)
    # a story URL, a "By ..." line, running paragraphs of whole sentences, no shop or forum
    assert x["u_story"] == 1.0 and x["u_forum"] == 0.0 and x["u_product"] == 0.0
    assert x["by_line"] == 1.0
    assert x["sentence_share"] == 1.0 and x["p_share"] > 0.8
    assert x["prices"] == 0.0 and x["cart"] == 0.0 and x["forms"] == 0.0


def test_the_model_is_asked_about_an_english_story_and_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    scores: list[float | None] = []
    real = pagemodel.not_article_score

    def ask(x: list[float]) -> float | None:
        scores.append(real(x))
        return scores[-1]

    monkeypatch.setattr(pagemodel, "not_article_score", ask)
    result = extract(STORY.encode(), URL, {"content-type": "text/html"}, adhoc_profile(URL))
    assert isinstance(result, ArticleRecord)
    assert len(scores) == 1 and scores[0] is not None and scores[0] < pagemodel.threshold()


def test_the_model_is_not_asked_about_a_vietnamese_page(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(pagemodel, "not_article_score", lambda x: asked.append(True) or 1.0)
    text = "Chiều 11/10, Hội đồng nhân dân tỉnh đã họp và thông qua kế hoạch bảo vệ bờ sông sau nhiều ý kiến. " * 6
    page = STORY.replace(SENTENCES, text)
    result = extract(page.encode(), URL, {"content-type": "text/html"}, adhoc_profile(URL))
    assert isinstance(result, ArticleRecord) and not asked


ANSWER = "An answer of a few sentences to the question, which opens when the question is clicked. " * 2
FAQ = "".join(
    f"<div class='faq-item'><a href='#'>Question number {i} about the essay?</a><p>{ANSWER}"
    f"<a href='/help/q{i}'>More</a></p></div>"
    for i in range(8)
)


def test_an_accordion_under_an_article_is_no_listing() -> None:
    # its questions are in-page toggles (href="#"), not teasers' links to other pages
    article = "".join(f"<p>{SENTENCES[:300]}</p>" for _ in range(6))
    tree = html.fromstring(f"<html><body><h1>Essay tips</h1>{article}<div class='faq'>{FAQ}</div></body></html>")
    assert signals.listing(tree, min_items=3) is None
    linked = FAQ.replace("href='#'", "href='/essays/other'")
    tree = html.fromstring(f"<html><body><h1>Essay tips</h1>{article}<div class='faq'>{linked}</div></body></html>")
    assert signals.listing(tree, min_items=3) is not None


CARDS = "".join(
    f"<div class='service-card'><h3>Service {i}</h3><p>We fix your roof fast, and we clean the gutters"
    " while we are up there.</p><button>Get a quote</button></div>"
    for i in range(4)
)
SERVICE = (
    "<html><head><title>Roof repair in Springfield | Acme Roofing</title>"
    "<meta property='og:type' content='website'></head><body>"
    "<nav><a href='/'>Home</a><a href='/services/'>Services</a><a href='/about/'>About</a></nav>"
    "<h1>Roof repair in Springfield</h1><p>Our team repairs leaking roofs across the county, with free"
    " estimates and a ten-year warranty on all work.</p>"
    + CARDS
    + "<p>Call us today: <a href='tel:+15551234'>555-1234</a></p>"
    "<form><input name='email'><button>Request a quote</button></form></body></html>"
)


def test_a_service_page_is_typed_by_the_model() -> None:
    url = "https://acmeroofing.example/services/roof-repair"
    result = extract(SERVICE.encode(), url, {"content-type": "text/html"}, adhoc_profile(url))
    assert result.reason == "typed_other" and result.detail.startswith("the page typing model: ")


def test_the_training_records_each_pages_inputs() -> None:
    # (train_page_typing --check tells inputs that moved from another library by these)
    from benchmarks.train_page_typing import inputs_digest

    pages = [
        {"id": "wcxb-test/1", "label": 0, "x": [1.0, 0.5], "empty": False},
        {"id": "wcxb-test/2", "label": 1, "x": [0.0, 2.0], "empty": False},
        {"id": "wcxb-test/3", "label": 0, "x": [0.0, 0.0], "empty": True},  # an error page
        {"id": "wcxb-test/4", "label": 1, "x": None, "empty": False},  # refused before the model
    ]
    digests = inputs_digest(pages)
    assert set(digests) == {"wcxb-test/1", "wcxb-test/2"}
    assert inputs_digest(pages) == digests
    pages[1]["x"] = [0.0, 2.5]
    moved = inputs_digest(pages)
    assert moved["wcxb-test/1"] == digests["wcxb-test/1"] and moved["wcxb-test/2"] != digests["wcxb-test/2"]
