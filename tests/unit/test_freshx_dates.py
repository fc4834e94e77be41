"""A date fresh-X's families showed the crawl's site model losing (round 21, issue 10), on a
page built here (no family read)."""

from __future__ import annotations

from lxml import html

from pipelines.datefind import _from_selectors

TZ = "Asia/Ho_Chi_Minh"


def _meta(row: str) -> html.HtmlElement:
    return html.fromstring(f"<html><body><article><h1>Đối thoại</h1><div class='entry-meta'>{row}</div></article></body></html>")


def test_a_learned_place_around_a_time_element_keeps_its_machine_time() -> None:
    # the site model learns WordPress's "span.posted-on", whose text shows the day only; the
    # <time datetime> inside it tells that day's time
    tree = _meta("<span class='posted-on'><time datetime='2024-03-06T09:15:00+07:00'>06/03/2024</time></span>")
    assert _from_selectors(tree, [".posted-on"], TZ).published.iso == "2024-03-06T09:15:00+07:00"
    # another day in the machine value does not override the day shown
    other = _meta("<span class='posted-on'><time datetime='2024-03-07T09:15:00+07:00'>06/03/2024</time></span>")
    assert _from_selectors(other, [".posted-on"], TZ).published.iso[:10] == "2024-03-06"
    # two <time>s inside (published and updated): neither is taken for the time
    both = _meta(
        "<span class='posted-on'>06/03/2024 <time datetime='2024-03-06T09:15:00+07:00'></time>"
        "<time datetime='2024-03-06T17:00:00+07:00'></time></span>"
    )
    assert _from_selectors(both, [".posted-on"], TZ).published.precision == "day"
