"""The forkserver's warm-up (:mod:`pipelines.warmup`) fills only dateparser's own caches: a
process that ran it parses every date as one that did not."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pipelines.pool import PRELOAD

ROOT = Path(__file__).resolve().parents[2]
DATES = [
    "Thứ hai, 12 tháng 3 năm 2024 10:15 GMT+7", "ngày 5 tháng 11 năm 2023 lúc 08:00",
    "14 tháng 5 năm 2022", "Cập nhật: 03/04/2021 07:30 (GMT+07:00)", "tháng 12, 2020",
    "Thứ sáu, 1 tháng 1, 2021 - 9:05 ICT", "2019 tháng 7 ngày 30",
]  # fmt: skip
SCRIPT = """
import json, sys
if sys.argv[1] == "warm":
    import pipelines.warmup
from pipelines import dates
out = [repr(dates._dateparser_fallback(d, tz)) for d in json.loads(sys.argv[2])
       for tz in ("Asia/Ho_Chi_Minh", dates.AS_WRITTEN, "UTC")]
print(json.dumps([out, dates._dateparser.cache_info().currsize]))
"""


def _parse(mode: str) -> list:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode, json.dumps(DATES)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout)


def test_the_warm_up_is_preloaded_last_and_changes_no_date() -> None:
    assert PRELOAD[-1] == "pipelines.warmup"
    cold, warm = _parse("cold"), _parse("warm")
    assert warm == cold
    assert sum(x != "None" for x in cold[0]) >= 10


def test_the_warm_up_leaves_the_projects_parsers_alone() -> None:
    script = "import pipelines.warmup\nfrom pipelines import dates\nprint(dates._dateparser.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True,
                         capture_output=True, text=True)  # fmt: skip
    assert out.stdout.strip() == "0"
