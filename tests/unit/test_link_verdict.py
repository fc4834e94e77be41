"""The spider's link verdicts, remembered per URL (crawler/spiders/portal.py): the same answers
as a spider asked for the first time, and the archived-article check stays live."""

from __future__ import annotations

import pytest

from config.profile import load_profile
from crawler.spiders import portal
from crawler.spiders.portal import PortalSpider

BASE = "https://tinhuy.laocai.gov.vn/"
URLS = [
    BASE + "tin-tuc/tin-hoat-dong/mot-bai.html",  # article
    BASE + "tin-tuc/tin-hoat-dong.html?page=3",  # listing (follow rule)
    BASE + "tin-tuc/tin-hoat-dong",  # no follow rule: only from a sitemap
    BASE + "dang-nhap?next=/",  # denied
    BASE + "anh/logo.PNG",  # media
    "https://other.example/tin-tuc/tin-hoat-dong/mot-bai.html",  # offsite
    "http://tinhuy.laocai.gov.vn/tin-tuc/tin-hoat-dong/mot-bai.html#x",  # another scheme
    BASE + "tin-tuc/tin-hoat-dong/hai-bai.html?utm_source=x",  # canonicalized
]


def _spider() -> PortalSpider:
    return PortalSpider(profile=load_profile("laocai-tinhuy"))


def test_remembered_verdicts_are_the_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    spider = _spider()
    first = [spider.link_verdict(u, s) for _ in range(3) for u in URLS for s in ("link", "sitemap")]
    monkeypatch.setattr(portal, "RULED_CACHE", 4)  # evictions on the way
    small = _spider()
    again = [small.link_verdict(u, s) for _ in range(3) for u in URLS for s in ("link", "sitemap")]
    n = len(URLS) * 2
    assert first[:n] == first[n : 2 * n] == first[2 * n :]  # asked again: remembered
    assert first == again
    assert len(small._ruled) <= 4
    verdicts = dict(zip(URLS, [spider.link_verdict(u, "link")[1] for u in URLS], strict=True))
    assert verdicts[URLS[0]] is None and verdicts[URLS[1]] is None
    assert verdicts[URLS[2]] == "not_followed" and spider.link_verdict(URLS[2], "sitemap")[1] is None
    assert [verdicts[u] for u in URLS[3:6]] == ["denied", "media", "offsite"]


def test_an_article_archived_after_its_verdict_is_no_longer_requested() -> None:
    spider = _spider()
    url, why = spider.link_verdict(URLS[0], "link")
    assert why is None
    spider._known_articles.add(url)
    assert spider.link_verdict(URLS[0], "link") == (url, "known_article")


def test_a_profile_sites_new_wrote_follows_every_link_and_offers_every_page() -> None:
    """``inferred``: its follow and article rules are a site model's evidence, so a link they
    do not cover is followed and its page goes to extraction (as ad hoc); deny rules hold."""
    hand = _spider()
    written = PortalSpider(profile=load_profile("laocai-tinhuy").model_copy(update={"inferred": True}))
    assert hand.link_verdict(URLS[2], "link")[1] == "not_followed"
    assert not hand.is_article_url(URLS[1])
    assert written.link_verdict(URLS[2], "link")[1] is None
    assert written.is_article_url(URLS[1]) and written.is_article_url(URLS[2])
    assert [written.link_verdict(u, "link")[1] for u in URLS[3:6]] == ["denied", "media", "offsite"]
    assert written.link_verdict(URLS[0], "link")[1] is None


def test_without_url_rules_an_archived_article_is_known_whatever_its_shape() -> None:
    """Ad hoc (no article rules) or a site model's rules: the page decided it was an article,
    so a re-crawl skips it as a profile's does (it was fetched again: round 21's walk)."""
    from config.profile import adhoc_profile

    adhoc = PortalSpider(profile=adhoc_profile(BASE))
    written = PortalSpider(profile=load_profile("laocai-tinhuy").model_copy(update={"inferred": True}))
    hand = _spider()
    odd = BASE + "tin-tuc/tin-hoat-dong"  # matches no article rule
    for spider in (adhoc, written, hand):
        spider._known_articles.add(odd)
    assert adhoc.link_verdict(odd, "link") == (odd, "known_article")
    assert written.link_verdict(odd, "link") == (odd, "known_article")
    assert hand.link_verdict(odd, "sitemap") == (odd, None)  # its rules say it is no article
    assert adhoc.link_verdict(URLS[1], "link")[1] is None  # a listing, never archived: fetched
    # a killed crawl's page, extracted from its WARC now: ad hoc it may be a listing, whose
    # links the resumed crawl needs; by a profile's article rules it is an article
    orphan = BASE + "tin-tuc/tin-hoat-dong/ba-bai.html"
    for spider in (adhoc, hand):
        spider._known_articles.add(orphan)
        spider._orphan_urls.add(orphan)
    assert adhoc.link_verdict(orphan, "link") == (orphan, None)
    assert hand.link_verdict(orphan, "link") == (orphan, "known_article")
