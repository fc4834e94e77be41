"""Where the site inference's CPU goes, step by step: this tree against another commit.

    .venv/bin/python benchmarks/infer_steps.py [--baseline REF] [--rounds 2] [--articles 300] [--cold]

The pages, order and schedule of ``infer_cost.py``'s ``infer`` part (the inference runs of one
ingest in one long-lived worker: 16, 32, 64, 128, 256 candidate pages and the end), or with
``--cold`` one cold run over the first 240 pages, in one fresh subprocess per tree, ABBA. In
each, the inference's steps (module functions: reading the pages, the page facts and their
parts, URL templates, page types, the article template's selectors, ...) are wrapped to add
up their own CPU time (``time.process_time``, inclusive: a step's parts are inside it); a
step a tree does not have reads 0. Reported: ms of CPU per page of the site of each step for
each tree (median over rounds), the ratio, and whether both trees gave the same models (a
digest of every run's model JSON). The wrappers cost a little (a few % of the total).
"""

from __future__ import annotations

import argparse
import collections
import functools
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://tinhuy.laocai.gov.vn"

#: (module, function, label): the steps, in the order :func:`pipelines.inference.infer`
#: takes them; the indent says which step holds which
STEPS = [
    ("model", "read_samples", "read pages (parse, lines, links, skeleton)"),
    ("pagetypes", "page_facts", "page facts"),
    ("pagetypes", "learn_chrome", "  chrome lines"),
    ("pagetypes", "site_affixes", "  site name affixes"),
    ("pagetypes", "copies", "  copies"),
    ("pagetypes", "find_headline", "  headline"),
    ("pagetypes", "find_dates", "  dates"),
    ("pagetypes", "_own_words", "  own words"),
    ("pagekind", "form_kind", "  form kind"),
    ("pagetypes", "_headlines_by_slot", "  headlines by slot"),
    ("model", "group_urls", "URL templates (clustering)"),
    ("pagetypes", "assign_types", "page types"),
    ("model", "_layouts", "article templates"),
    ("template", "learn", "  template selectors (learn)"),
    ("template", "_recurring_patterns", "    recurring lines"),
    ("template", "_labels", "    line labels"),
    ("template", "_title", "    title"),
    ("template", "_date", "    date"),
    ("template", "_body", "    body and lead"),
    ("template", "_remove", "    remove"),
    ("template", "_author", "    author (labelled)"),
    ("locators", "author_place", "    author (by place)"),
    ("model", "_fit_share", "  template fit"),
    ("model", "_split", "  split by body element"),
    ("model", "_shared_removes", "shared removes"),
    ("model", "_off_template", "off-template pages"),
    ("model", "_marker", "article marker"),
    ("model", "_reaches_all", "follow complete"),
    ("model", "_deny_rules", "deny rules"),
    ("model", "infer", "whole inference"),
]


def worker(src: str, articles: int, cold: bool) -> dict[str, Any]:
    """What a subprocess runs: the steps' CPU over the tree in ``src`` (first on sys.path)."""
    sys.path.insert(0, src)
    import pipelines
    from archive.capture import CaptureRef
    from benchmarks.extraction_quality import site_pages
    from benchmarks.sitegen import build_generated_site
    from pipelines import pagekind
    from pipelines.inference import locators, model, pagetypes, template
    from pipelines.sitemodel import ModelSample

    assert Path(pipelines.__file__).resolve().is_relative_to(Path(src).resolve()), pipelines.__file__
    modules = {"model": model, "pagetypes": pagetypes, "template": template,
               "locators": locators, "pagekind": pagekind}  # fmt: skip
    cpu: collections.Counter[str] = collections.Counter()

    def wrap(module: Any, name: str, label: str) -> None:
        real = getattr(module, name, None)
        if real is None:
            return

        @functools.wraps(real)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                cpu[label] += time.process_time() - start

        setattr(module, name, timed)

    for module, name, label in STEPS:
        wrap(modules[module], name, label)
    pages = [(BASE + p, b, h) for p, b, h in
             site_pages(build_generated_site(n_articles=articles, per_page=50))]  # fmt: skip
    by_url = {u: (u, b, h) for u, b, h in pages}
    order = list(pages)
    random.Random(0).shuffle(order)
    runs: list[str] = []
    if cold:
        runs.append(model.infer(pages[:240]).to_json())
    else:
        sample = ModelSample()
        for n, (url, _, _) in enumerate(order):
            sample.offer(CaptureRef(n, url, "2024-03-20T01:00:00Z", warc_file="bench.warc.gz"))
            if sample.due:
                runs.append(model.infer([by_url[c.url] for c in sample.take()]).to_json())
        if sample.changed:
            runs.append(model.infer([by_url[c.url] for c in sample.take()]).to_json())
    digest = hashlib.sha1("\n".join(runs).encode("utf-8")).hexdigest()
    return {"pages": len(pages), "ms": {k: 1000 * v / len(pages) for k, v in cpu.items()},
            "digest": digest}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", help="git ref to compare with (default: git merge-base HEAD main)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of each tree (default 2)")
    parser.add_argument("--articles", type=int, default=300, help="article pages (default 300)")
    parser.add_argument("--cold", action="store_true", help="one cold run over 240 pages")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.articles, args.cold)))
        return 0
    sys.path.insert(0, str(ROOT))
    from benchmarks.infer_cost import baseline_trees

    baseline, trees = baseline_trees(args.baseline)
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    for round_ in range(args.rounds):
        for name in list(trees) if round_ % 2 == 0 else list(trees)[::-1]:  # ABBA
            env = dict(os.environ, PYTHONPATH=str(trees[name]), PYTHONHASHSEED="0")
            command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(trees[name]),
                       "--articles", str(args.articles)] + (["--cold"] if args.cold else [])  # fmt: skip
            out = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
            results[name].append(json.loads(out.stdout))
    same = len({r["digest"] for runs in results.values() for r in runs}) == 1
    labels = [label for _, _, label in STEPS]
    ms = {name: {label: statistics.median(r["ms"].get(label, 0.0) for r in runs) for label in labels}
          for name, runs in results.items()}  # fmt: skip
    if args.json:
        print(json.dumps({"baseline": baseline, "ms_per_page": ms, "identical": same}, indent=2))
        return 0 if same else 1
    print(f"baseline {baseline[:12]}, {results['this'][0]['pages']} pages, "
          f"{'one cold run' if args.cold else 'the runs of one ingest'}, {args.rounds} rounds")  # fmt: skip
    print(f"{'step (CPU ms per page of the site)':<46} {'baseline':>8} {'this':>8} {'ratio':>6}")
    for label in labels:
        a, b = ms["baseline"][label], ms["this"][label]
        ratio = f"{b / a:6.2f}" if a else "     -"
        print(f"{label:<46} {a:8.2f} {b:8.2f} {ratio}")
    print("models: " + ("identical" if same else "DIFFERENT"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
