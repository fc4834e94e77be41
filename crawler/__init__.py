"""govarchive's Scrapy project: settings, the generic portal spider, WARC capture, the CLI."""

from config.version import __version__

__all__ = ["__version__"]
