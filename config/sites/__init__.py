"""Site modules: code for the few portals that a profile cannot describe, beside the profiles.

One module per site, named after the site id (dashes become underscores:
``config/sites/fx_liferay.py`` for ``fx-liferay``), referenced from the profile
(``module: config.sites.fx_liferay``). A module uses only the standard library and the data
it is given (it sits on the lowest floor: the crawler and extraction both call it). Every hook
is optional:

- ``start_urls(profile) -> list[str]``: more URLs to start from (a JSON listing API).
- ``discover(url, body: bytes, content_type: str, profile) -> list[str]``: URLs found in a
  response the generic spider cannot read (JSON, odd pagination); they go through the
  profile's link rules like any link.
- ``prepare(tree)``: change the parsed page (lxml) before extraction (pure, in place).
- ``postprocess(record) -> record``: fix an extracted :class:`pipelines.record.ArticleRecord`.

The crawl calls the first two through :class:`crawler.sitehooks.SiteModuleMiddleware`
(a spider middleware); extraction calls the last two (``pipelines.extract.site_hook``).
"""
