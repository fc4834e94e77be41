"""``scrapy crawl SITE -a NAME=VALUE``: Scrapy's own command, with the spider arguments
checked first (:mod:`crawler.spiders.args`), so an unknown name or a bad value is a usage
error of one line (exit code 2) rather than a traceback once the crawler is built."""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from crawler.spiders.args import SpiderArgumentError, spider_arguments


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1:
            try:
                spider_arguments(args[0], opts.spargs)
            except SpiderArgumentError as exc:
                raise UsageError(str(exc), print_help=False) from None
        super().run(args, opts)
