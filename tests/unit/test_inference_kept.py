"""What the inference keeps between runs in one process (the samples, and the facts, verdicts
and CSS matches worked out of them) never shows in a model: a run over a growing sample,
warm, gives the model a cold run (nothing kept) gives, as a rebuild infers it."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from benchmarks.extraction_quality import family_base, site_pages
from pipelines.inference import infer
from pipelines.inference import sample as sample_mod
from pipelines.urls import absolutize, canonicalize, on_origin
from tests.families import FAMILIES
from tests.fixtures import inference_site as site

# a commune portal with every trap, a table layout, a byline by place, split templates
SITES = ["fx-aspnet-table", "fx-footdate", "fx-tv"]


def _pages(site_id: str) -> list[tuple[str, bytes, dict[str, str]]]:
    family = FAMILIES[site_id]
    base = family_base(family).rstrip("/")
    return [(base + p, b, h) for p, b, h in site_pages(family.build_site())]


@pytest.mark.parametrize("site_id", ["inference_site", *SITES])
def test_a_warm_run_gives_the_cold_run_model(site_id: str) -> None:
    pages = site.pages() if site_id == "inference_site" else _pages(site_id)
    sample_mod.clear_cache()
    # growing samples, as a crawl's runs: the chrome lines, affixes and headlines change
    warm = [infer(pages[: len(pages) // 3]), infer(pages[: 2 * len(pages) // 3]), infer(pages)]
    cold = []
    for size in (len(pages) // 3, 2 * len(pages) // 3, len(pages)):
        sample_mod.clear_cache()
        cold.append(infer(pages[:size]))
    sample_mod.clear_cache()
    assert [m.to_json() for m in warm] == [m.to_json() for m in cold]


@pytest.mark.parametrize(
    "base",
    ["https://x.gov.vn/tin-tuc/a.html?id=3", "http://x.gov.vn/", "https://x.gov.vn/a/b/;p?q=1"],
)
def test_a_link_resolves_as_absolutize_then_canonicalize(base: str) -> None:
    hrefs = [
        "/tin-tuc/b.html#top", " /tin-tuc/c.html?utm_source=x ", "//X.gov.vn:443/d.html",
        "https://x.gov.vn/e.html", "HTTPS://x.gov.vn:443/f.html", "http:g.html", "h.html",
        "?page=2", "../i.html", "#only", "javascript:void(0)", "", None, "\\j\\k.html",
        "https://x.gov.vn:99999/bad-port", "https://other.vn/l.html",
    ]  # fmt: skip
    for _ in range(2):  # the second time from what the first kept
        for href in hrefs:
            url = absolutize(base, href)
            want = canonicalize(url.split("#", 1)[0]) if url else None
            u, b = urlsplit(want or ""), urlsplit(base)
            if u.hostname == "x.gov.vn" and u.scheme != b.scheme:  # the site's own URL: at the base's origin
                want = on_origin(want, canonicalize(base))
            got = sample_mod.link_of(base, href)
            assert (got[0] if got else None) == want, href


ARTICLE = """<html><head><title>Hội nghị tổng kết công tác năm</title></head><body>
<div class="article"><div class="today">Thứ Tư, 20/03/2024</div>
<h1>Hội nghị tổng kết công tác năm</h1><div class="date">Thứ Sáu, 15/03/2024 08:30</div>
<div class="noi-dung"><p>Nội dung bài viết về hội nghị tổng kết công tác năm của xã.</p></div>
</div></body></html>"""


def test_a_page_date_is_worked_out_again_when_a_chrome_line_it_read_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The date scan reads the site's chrome lines: a date line every page shows (today's
    date in a top bar) is no page's date. Kept with the answers it read, the page's date is
    reused while those answers hold, and scanned again when one changes."""
    from pipelines.chrome import Learned, normalize
    from pipelines.inference import pagetypes

    page = sample_mod.read_sample(
        "https://x.gov.vn/tin/a.html", ARTICLE.encode(), {"content-type": "text/html; charset=utf-8"}
    )
    assert page is not None
    head = pagetypes.find_headline(page, "Hội nghị tổng kết công tác năm")
    scans: list[int] = []
    real = pagetypes.find_dates
    monkeypatch.setattr(pagetypes, "find_dates", lambda *a, **k: scans.append(1) or real(*a, **k))
    tz = "Asia/Ho_Chi_Minh"
    today = Learned(frozenset({normalize("Thứ Tư, 20/03/2024")}))
    other = Learned(frozenset({normalize("Trang chủ | Giới thiệu | Liên hệ")}))
    dates = [pagetypes._kept_dates(page, tz, head, known)  # noqa: SLF001
             for known in (Learned(), today, Learned(), other, today)]  # fmt: skip
    assert [d.published.iso[:10] if d.published else None for d in dates] == [
        "2024-03-20", "2024-03-15", "2024-03-20", "2024-03-20", "2024-03-15"
    ]  # fmt: skip
    assert len(scans) == 2  # the scan read neither the menu line nor any other
    for known in (Learned(), today, other):
        fresh = real(page.tree, tz, [], head, None, known, url=page.url)
        assert pagetypes._kept_dates(page, tz, head, known) == fresh  # noqa: SLF001


@pytest.mark.parametrize("site_id", ["inference_site", *SITES])
def test_paragraph_keys_from_the_read_walk_are_each_elements_own(site_id: str) -> None:
    """A kept sample's block elements take their paragraphs from the walk that read the page
    (``block_paragraphs(..., spans=)``): the same lines a walk of each element gives."""
    from pipelines import body

    pages = site.pages() if site_id == "inference_site" else _pages(site_id)
    sample_mod.clear_cache()
    checked = 0
    for sample in sample_mod.read_samples(pages):
        lines, spans = sample.extra["block_lines"]
        for el in sample.tree.find("body").iter():
            if not isinstance(el.tag, str):
                continue
            own = body.block_paragraphs(el)
            if el in spans:
                start, end = spans[el]
                assert list(lines[start:end]) == own
                checked += 1
            assert sample_mod.paragraph_keys(el) == frozenset(sample_mod.normalize(x) for x in own)
    sample_mod.clear_cache()
    assert checked > 50
