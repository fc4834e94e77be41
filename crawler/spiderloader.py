"""Site profiles as Scrapy spiders: ``scrapy list`` shows the profiles, ``scrapy crawl ID`` runs one.

Each profile becomes a subclass of the generic :class:`PortalSpider` whose ``custom_settings``
carry the profile's politeness and limits (spider priority, so command-line ``-s`` wins).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from config.profile import SITES_DIR, SiteProfile, check_site_id, list_profiles, load_profile
from crawler.spiders.portal import PortalSpider


def profile_settings(profile: SiteProfile) -> dict[str, Any]:
    return {
        "DOWNLOAD_DELAY": profile.politeness.delay,
        "CONCURRENT_REQUESTS_PER_DOMAIN": profile.politeness.concurrency,
        "AUTOTHROTTLE_ENABLED": profile.politeness.autothrottle,
        "DEPTH_LIMIT": profile.limits.depth or 0,
        "CLOSESPIDER_PAGECOUNT": profile.limits.max_pages or 0,
    }


def spider_for_profile(profile: SiteProfile) -> type[PortalSpider]:
    """A PortalSpider subclass bound to ``profile``."""
    return type(
        f"PortalSpider_{profile.id.replace('-', '_')}",
        (PortalSpider,),
        {"name": profile.id, "profile": profile, "custom_settings": profile_settings(profile)},
    )


class ProfileSpiderLoader:
    """SPIDER_LOADER_CLASS: one spider per profile in ``GOVARCHIVE_SITES_DIR``."""

    def __init__(self, sites_dir: Path):
        self.sites_dir = sites_dir

    @classmethod
    def from_settings(cls, settings: Any) -> ProfileSpiderLoader:
        return cls(Path(settings.get("GOVARCHIVE_SITES_DIR") or SITES_DIR))

    def list(self) -> list[str]:
        return [p.stem for p in list_profiles(self.sites_dir)]

    def load(self, spider_name: str) -> type[PortalSpider]:
        """The spider of site ``spider_name``: a site id (Scrapyd passes what a job names),
        never a file path."""
        try:
            check_site_id(spider_name, "spider")
            profile = load_profile(spider_name, self.sites_dir)
        except Exception as exc:  # Scrapy expects KeyError for an unknown spider
            raise KeyError(str(exc)) from None
        return spider_for_profile(profile)

    def find_by_request(self, request: Any) -> list[str]:
        return []
