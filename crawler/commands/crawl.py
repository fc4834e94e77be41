"""``scrapy crawl SITE -a NAME=VALUE``: Scrapy's own command, with the spider arguments
checked first (:mod:`crawler.spiders.args`), so an unknown name or a bad value is a usage
error of one line (exit code 2) rather than a traceback once the crawler is built."""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from crawler.environment import contact_warning, warn_once
from crawler.spiders.args import SpiderArgumentError, spider_arguments


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1:
            try:
                arguments = spider_arguments(args[0], opts.spargs)
            except SpiderArgumentError as exc:
                raise UsageError(str(exc), print_help=False) from None
            # the live site unless -a base_url says where (a replica on 127.0.0.1: no warning)
            target = arguments.base_url or f"https://{args[0]}.invalid/"
            assert self.settings is not None
            warn_once(contact_warning(self.settings.get("GOVARCHIVE_CONTACT"), [target]))
        super().run(args, opts)
