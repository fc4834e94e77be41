"""Datasette on an archive: the govarchive plugin (folding, search, raw captures) and the app.

:func:`crawler.datasette_plugin.app.build_datasette` builds the Datasette instance that
``govarchive serve`` runs; :mod:`crawler.datasette_plugin.hooks` is the plugin it registers;
:mod:`crawler.datasette_plugin.metadata` describes the tables, facets and canned queries.
"""
