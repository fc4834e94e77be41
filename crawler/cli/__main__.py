"""``python -m crawler.cli``: the govarchive command line."""

from crawler.cli import main

main()
