"""Work every extraction worker and the site inference's process would each do on first use,
done once by the pool's forkserver before it forks them (:data:`pipelines.pool.PRELOAD` names
this module last; nothing else imports it).

dateparser compiles its timezone patterns (a few hundred alternations, with the ``regex``
module) and loads its Vietnamese locale the first time a process parses a date with it
(:func:`pipelines.dates._dateparser_fallback`): about 0.1 s of CPU on an idle core, several
times that under load, paid by each of the workers and by the inference's process in every
crawl (py-spy found it in each, perf23). Both are caches of dateparser's own, filled the same
whatever is parsed first, so a forked process finding them filled parses every date as it
would have: the parser made here is thrown away (the project's own cache of parsers,
``pipelines.dates._dateparser``, stays empty)."""

from __future__ import annotations


def warm() -> None:
    try:
        from dateparser.date import DateDataParser
        from dateparser.timezone_parser import _tz_regexes

        _tz_regexes()
        DateDataParser(languages=["vi"], try_previous_locales=False).get_date_data(
            "Thứ hai, 12 tháng 3 năm 2024 10:15 GMT+7"
        )
    except Exception:  # noqa: BLE001 - a warm-up only: a worker then pays it itself
        pass


warm()
