"""CPU of a worker's extraction and site inference: this tree against another commit's,
side by side in one run, with the outputs of both checked equal.

    .venv/bin/python benchmarks/infer_cost.py [--baseline REF] [--rounds 3] [--articles 300]

The baseline commit (default: where this branch last met main, ``git merge-base HEAD
main``; main itself may hold other changes of what these parts produce) is exported (``git
archive``) into a temporary folder; each round runs one fresh subprocess per tree,
alternately (ABBA), over the same generated portal (benchmarks/sitegen.py: articles,
listings, pagination; 50 articles a listing page). Each subprocess measures its own CPU time (``time.process_time``) of three parts:

- ``extract``: :func:`pipelines.extract.extract` of every HTML page (ad hoc profile), once;
- ``infer``: the inference runs of one ingest in one long-lived worker: the pages offered in a
  crawl-like order to a :class:`pipelines.sitemodel.ModelSample`, :func:`pipelines.inference.infer`
  run over its sample whenever it is due (16, 32, 64, 128, 256 candidate pages) and once at
  the end (the sample changed);
- ``infer1``: one more cold :func:`infer` over the first 240 pages in a fresh process (no
  earlier run to reuse anything from);
- ``ingest``: the runs an ingest takes (in a fresh worker): as ``infer``, but with the
  tree's own schedule (a :class:`pipelines.knowledge.SiteKnowledge` adopting each model, its
  sample told whether the model was stable, where the tree has that: fewer runs), over the
  same pages offered in the same order.

and a digest of what they produced (every run's model as JSON for ``infer``, the final
model, the one an ingest keeps, for ``ingest``, every record), which must be the same for
both trees (``outputs: identical``); and, in each tree, the last ``infer`` run's model
inferred again cold over the same sample (everything the runs kept between them dropped:
:func:`pipelines.inference.sample.clear_cache`), which must be the same model (a rebuild
infers it from the final sample alone). Reported: ms of CPU per page of each part
for each tree (the median over rounds) and their ratio this/baseline. The machine is noisy:
the ratio is the figure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://tinhuy.laocai.gov.vn"
PARTS = ("extract", "infer", "infer1", "ingest")


def export(ref: str, into: Path) -> Path:
    """The source of ``ref`` in a folder of ``into`` (made once per commit)."""
    sha = subprocess.run(
        ["git", "rev-parse", "--verify", ref + "^{commit}"], cwd=ROOT, check=True,
        capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    folder = into / f"govarchive-{sha[:12]}"
    if not folder.exists():
        tar = subprocess.run(["git", "archive", sha], cwd=ROOT, check=True, capture_output=True)
        folder.mkdir(parents=True)
        with tarfile.open(fileobj=__import__("io").BytesIO(tar.stdout)) as archive:
            archive.extractall(folder, filter="data")
    return folder


def baseline_trees(ref: str | None) -> tuple[str, dict[str, Path]]:
    """The baseline ref (``ref``, default: where this branch last met main, ``git merge-base
    HEAD main``) and the two trees an ABBA run compares: it, exported to the temporary
    folder, and this one."""
    ref = ref or subprocess.run(
        ["git", "merge-base", "HEAD", "main"], cwd=ROOT, check=True, capture_output=True,
        text=True,
    ).stdout.strip()  # fmt: skip
    return ref, {"baseline": export(ref, Path(tempfile.gettempdir())), "this": ROOT}


def run_tree(src: Path, articles: int) -> dict[str, Any]:
    """One subprocess measuring the tree in ``src``."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", str(src),
         "--articles", str(articles)],
        env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout)


def _digest(items: list[str]) -> str:
    return hashlib.sha1("\n".join(items).encode("utf-8")).hexdigest()


def worker(src: str, articles: int) -> dict[str, Any]:
    """What a subprocess runs: the three parts over the tree in ``src`` (first on sys.path)."""
    sys.path.insert(0, src)
    from dataclasses import asdict

    import pipelines
    from archive.capture import CaptureRef
    from benchmarks.extraction_quality import site_pages
    from benchmarks.sitegen import build_generated_site
    from config.profile import adhoc_profile
    from pipelines.extract import extract
    from pipelines.inference import infer
    from pipelines.sitemodel import ModelSample

    assert Path(pipelines.__file__).resolve().is_relative_to(Path(src).resolve()), pipelines.__file__
    pages = [(BASE + p, b, h) for p, b, h in
             site_pages(build_generated_site(n_articles=articles, per_page=50))]  # fmt: skip
    by_url = {u: (u, b, h) for u, b, h in pages}
    order = list(pages)
    random.Random(0).shuffle(order)
    profile = adhoc_profile(BASE + "/")
    cpu: dict[str, float] = {}
    digests: dict[str, str] = {}

    start = time.process_time()
    model = infer(pages[:240])
    cpu["infer1"] = time.process_time() - start
    digests["infer1"] = _digest([model.to_json()])

    start = time.process_time()
    records = [extract(b, u, h, profile) for u, b, h in pages]
    cpu["extract"] = time.process_time() - start
    digests["extract"] = _digest([
        json.dumps(asdict(r), sort_keys=True, default=str, ensure_ascii=False) for r in records
    ])  # fmt: skip

    sample = ModelSample()
    runs: list[str] = []
    sizes: list[int] = []
    start = time.process_time()
    for n, (url, _, _) in enumerate(order):
        sample.offer(CaptureRef(n, url, "2024-03-20T01:00:00Z", warc_file="bench.warc.gz"))
        if sample.due:
            took = [by_url[c.url] for c in sample.take()]
            sizes.append(len(took))
            runs.append(infer(took).to_json())
    if sample.changed:
        took = [by_url[c.url] for c in sample.take()]
        sizes.append(len(took))
        runs.append(infer(took).to_json())
    cpu["infer"] = time.process_time() - start
    digests["infer"] = _digest(runs)
    # what the runs kept between them (the samples and the facts worked out of them) must
    # not show: the last run's model is the one a cold inference of its sample gives (a
    # rebuild infers it from the sample alone)
    from pipelines.inference.sample import clear_cache

    clear_cache()
    cold = infer(took).to_json()
    warm_is_cold = cold == runs[-1]
    cpu["ingest"], digests["ingest"], taken = _ingest_runs(src, articles)
    return {"pages": len(pages), "runs": sizes, "ingest_runs": taken, "cpu": cpu,
            "digests": digests, "warm_is_cold": warm_is_cold}  # fmt: skip


def _ingest_runs(src: str, articles: int) -> tuple[float, str, list[int]]:
    """The ``ingest`` part, in a fresh subprocess (no pages kept from the other parts)."""
    env = dict(os.environ, PYTHONPATH=src, PYTHONHASHSEED="0")
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", src, "--ingest",
         "--articles", str(articles)],
        env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    got = json.loads(out)
    return got["cpu"], got["digest"], got["runs"]


def ingest_worker(src: str, articles: int) -> dict[str, Any]:
    """The runs of one ingest with the tree's schedule (see the module's ``ingest``)."""
    sys.path.insert(0, src)
    from archive.capture import CaptureRef
    from benchmarks.extraction_quality import site_pages
    from benchmarks.sitegen import build_generated_site
    from config.profile import adhoc_profile
    from pipelines.inference import infer
    from pipelines.knowledge import SiteKnowledge

    pages = [(BASE + p, b, h) for p, b, h in
             site_pages(build_generated_site(n_articles=articles, per_page=50))]  # fmt: skip
    by_url = {u: (u, b, h) for u, b, h in pages}
    order = list(pages)
    random.Random(0).shuffle(order)
    knowledge = SiteKnowledge(profile=adhoc_profile(BASE + "/"))
    sample = knowledge.sample
    assert sample is not None
    sizes: list[int] = []
    start = time.process_time()

    def run() -> None:
        took = [by_url[c.url] for c in sample.take()]
        sizes.append(len(took))
        knowledge.adopt(infer(took))
        if hasattr(sample, "settled"):  # a tree with a stable-model schedule
            sample.settled(knowledge.stable)

    for n, (url, _, _) in enumerate(order):
        sample.offer(CaptureRef(n, url, "2024-03-20T01:00:00Z", warc_file="bench.warc.gz"))
        if sample.due:
            run()
    if sample.changed:
        run()
    cpu = time.process_time() - start
    assert knowledge.inferred is not None
    return {"cpu": cpu, "digest": _digest([knowledge.inferred.to_json()]), "runs": sizes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--baseline", help="git ref to compare with (default: git merge-base HEAD main)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each tree (default 3)")
    parser.add_argument("--articles", type=int, default=300, help="article pages (default 300)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--ingest", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        run = ingest_worker if args.ingest else worker
        print(json.dumps(run(args.worker, args.articles)))
        return 0
    baseline, trees = baseline_trees(args.baseline)
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    load = os.getloadavg()[0]
    for round_ in range(args.rounds):
        names = list(trees) if round_ % 2 == 0 else list(trees)[::-1]  # ABBA
        for name in names:
            results[name].append(run_tree(trees[name], args.articles))
            print(f"round {round_ + 1} {name}: " + ", ".join(
                f"{k} {v:.2f} s" for k, v in results[name][-1]["cpu"].items()), file=sys.stderr)
    load = (load + os.getloadavg()[0]) / 2
    first = {name: runs[0] for name, runs in results.items()}
    same = {p: first["baseline"]["digests"][p] == first["this"]["digests"][p] for p in PARTS}
    warm_is_cold = all(r["warm_is_cold"] for runs in results.values() for r in runs)
    pages = first["this"]["pages"]
    per_page = {
        name: {p: 1000 * statistics.median(r["cpu"][p] for r in runs) / pages for p in PARTS}
        for name, runs in results.items()
    }
    report = {
        "baseline": baseline, "pages": pages, "rounds": args.rounds, "load": round(load, 1),
        "runs": first["this"]["runs"],
        "ingest_runs": {n: r[0].get("ingest_runs") for n, r in results.items()}, "ms_per_page": per_page, "identical": same, "warm_is_cold": warm_is_cold,
        "ratio": {p: per_page["this"][p] / per_page["baseline"][p] for p in PARTS},
    }  # fmt: skip
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"baseline {baseline[:12]}, {pages} pages, inference runs over {report['runs']} pages, {args.rounds} rounds, "
          f"load average {report['load']}")  # fmt: skip
    print("an ingest's runs: " + ", ".join(f"{n} {r}" for n, r in report["ingest_runs"].items()))
    print(f"{'part':<8} {'baseline ms/page':>17} {'this ms/page':>13} {'ratio':>6}  outputs")
    for p in PARTS:
        print(f"{p:<8} {per_page['baseline'][p]:>17.2f} {per_page['this'][p]:>13.2f} "
              f"{report['ratio'][p]:>6.2f}  {'identical' if same[p] else 'DIFFERENT'}")  # fmt: skip
    print("the last run's model, inferred again cold (nothing kept): "
          + ("identical" if warm_is_cold else "DIFFERENT"))  # fmt: skip
    return 0 if all(same.values()) and warm_is_cold else 1


if __name__ == "__main__":
    sys.exit(main())
