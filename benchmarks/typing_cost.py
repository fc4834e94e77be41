"""CPU of the page typing model (its inputs and its trees) against another commit's, side by
side in one run, on the same public benchmark pages.

    .venv/bin/python benchmarks/typing_cost.py [--baseline REF] [--every 4]

The baseline's ``pipelines/pagemodel.py`` and ``pagemodel.json`` (default: where this branch
last met main, ``git merge-base HEAD main``) are loaded beside this tree's; every page of WCXB
and the article-extraction benchmark (every ``--every``-th) is read and extracted once
(:func:`pipelines.page.read_page`, :func:`pipelines.content.extract_body`, the dates), then
both models' :func:`features` run on it, alternately first, and their scores. Reported: ms of
CPU per page of each and their ratio, and each model's share of the read-and-extract time.
The machine is noisy: the ratios are the figures.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extraction_quality import SHARED, _load, _origin
from config.profile import adhoc_profile
from pipelines import pagemodel
from pipelines.chrome import Learned
from pipelines.content import extract_body
from pipelines.metadata import page_dates
from pipelines.page import read_page
from pipelines.record import NotAnArticle


def _baseline(ref: str, folder: Path) -> ModuleType:
    for name in ("pagemodel.py", "pagemodel.json"):
        text = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{ref}:pipelines/{name}"], capture_output=True, text=True, check=True
        ).stdout
        (folder / name).write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("baseline_pagemodel", folder / "pagemodel.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="git ref (default: git merge-base HEAD main)")
    parser.add_argument("--every", type=int, default=4, help="every n-th page (default: 4)")
    args = parser.parse_args(argv)
    ref = args.baseline or subprocess.run(
        ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        old = _baseline(ref, Path(tmp))
        cpu = {"extract": 0.0, "features this": 0.0, "features baseline": 0.0, "score this": 0.0, "score baseline": 0.0}
        pages = 0
        for name in ("wcxb-test", "article-extraction-benchmark"):
            folder = SHARED / name
            if not folder.is_dir():
                continue
            for row in _load(folder, None)[:: args.every]:
                url = row.get("url") or _origin("")
                raw = gzip.decompress((folder / row["html"]).read_bytes())
                start = time.process_time()
                page = read_page(raw, url, {}, adhoc_profile(_origin(url)), Learned())
                if isinstance(page, NotAnArticle):
                    continue
                text = extract_body(page)
                dates = page_dates(page, text)
                cpu["extract"] += time.process_time() - start
                order = [("this", pagemodel), ("baseline", old)]
                for label, module in order if pages % 2 else order[::-1]:
                    start = time.process_time()
                    x = module.features(page, text, dates)
                    cpu[f"features {label}"] += time.process_time() - start
                    start = time.process_time()
                    module.not_article_score(x)
                    cpu[f"score {label}"] += time.process_time() - start
                pages += 1
    if not pages:
        print("no public benchmark pages under", SHARED)
        return 1
    ms = {k: 1000 * v / pages for k, v in cpu.items()}
    this, base = ms["features this"] + ms["score this"], ms["features baseline"] + ms["score baseline"]
    print(f"{pages} pages, baseline {ref[:12]}; ms of CPU a page:")
    for key, value in ms.items():
        print(f"  {key}: {value:.2f}")
    print(f"  model (inputs + trees) this/baseline: {this / base:.2f}")
    print(f"  model / read and extract: this {this / ms['extract']:.3f}, baseline {base / ms['extract']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
