"""govarchive's Scrapy project: settings, the generic portal spider, WARC capture, the CLI."""

__version__ = "0.1.0"
