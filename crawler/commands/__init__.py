"""Scrapy commands of the project (``COMMANDS_MODULE``): ``crawl`` checks the spider
arguments before anything starts."""
