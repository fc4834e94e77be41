"""Train the single-page typing model (``pipelines/pagemodel.json``).

    pip install scikit-learn        # training only: the model runs without it
    python -m benchmarks.train_page_typing [--check]
    python -m benchmarks.train_page_typing --cv [REPEATS]

Training pages, each read by the extraction stages exactly as the single-page path reads
it (:func:`benchmarks.extraction_quality.body_and_verdict`'s stages): the **tuning half**
of WCXB (``page_type``) and of the article-extraction benchmark (articles), by the fixed
hash of :func:`benchmarks.extraction_quality.half`; no fixture family (the model is applied
only to pages that are not Vietnamese). The held-out halves are never read here. Three
gradient-boosted tree ensembles (scikit-learn, seeds 0-2) are fitted and averaged (their
log-odds: one ensemble of all their trees, a third of the learning rate each), which steadies
the scores the threshold rests on (each tree sees a random 30 % of the features at each split,
for the same reason); the threshold is set on 5-fold cross-validated scores of the training
pages, averaged over three cross-validations: above every article's (pages labelled articles
with no body text, an error page in WCXB, are left out). ``--check`` retrains and fails if the shipped
JSON differs, saying why: the training is deterministic for given inputs and scikit-learn
version (both recorded in the JSON by a training: a digest of each page's inputs), so a
difference is inputs that moved (the extraction stages changed since) or another version.

``--cv`` is the development protocol (docs/extraction.md, "Page typing"): the whole
procedure, threshold included, in repeated nested 5-fold cross-validation on the tuning
half, scored as the single-page path decides (the hand rules first, with the canonical URL
followed as the benchmark follows it, then the model where the path asks it): WCXB's other
pages refused, its articles and the article-extraction benchmark's kept, means over the
repeats.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extraction_quality import SHARED, _load, _origin, half
from config.profile import adhoc_profile
from pipelines import pagemodel
from pipelines.chrome import Learned
from pipelines.classify import classify_page, classify_text
from pipelines.content import extract_body
from pipelines.metadata import page_dates
from pipelines.page import read_page
from pipelines.record import NotAnArticle

SEED = 0
BAG = 3  # ensembles averaged (seeds SEED .. SEED + BAG - 1)
CV_REPEATS = 3  # --cv default (each repeat fits 48 ensembles a fold)
REPEATS = 3  # cross-validations (fold seeds SEED ..), each page's scores averaged
# each ensemble: 300 trees of depth 4, each split choosing among a random share of the inputs
TREES = {"n_estimators": 300, "max_depth": 4, "learning_rate": 0.05, "subsample": 0.8, "max_features": 0.3}


def page_verdict(raw: bytes, url: str, site: str) -> tuple[list[float] | None, str | None, bool]:
    """(the model's inputs, the hand rules' refusal with the model off, whether the single-page
    path would ask the model) for one page, read as the benchmark reads it."""
    asked: list[bool] = []

    def ask(x: list[float]) -> float | None:
        asked.append(True)
        return None

    page = read_page(raw, url, {}, adhoc_profile(_origin(site)), Learned())
    if isinstance(page, NotAnArticle):
        return None, page.reason, False
    refused = classify_page(page)
    text = extract_body(page)
    dates = page_dates(page, text)
    real, pagemodel.not_article_score = pagemodel.not_article_score, ask
    try:
        refused = refused or classify_text(page, text, dates)
    finally:
        pagemodel.not_article_score = real
    x = pagemodel.features(page, text, dates)
    return x, refused.reason if refused is not None else None, bool(asked) and refused is None


def _public(args: tuple[str, str]) -> tuple[list[float] | None, str | None, bool]:
    path, url = args
    raw = gzip.decompress(Path(path).read_bytes())
    x, rule, asked = page_verdict(raw, url or _origin(url), url)
    if rule == "duplicate_of_canonical":  # a crawl fetches the canonical URL (as the benchmark)
        page = read_page(raw, url or _origin(url), {}, adhoc_profile(_origin(url)), Learned())
        canonical = classify_page(page) if not isinstance(page, NotAnArticle) else None
        if canonical is not None:
            # (the model's inputs stay those of the page's own URL, as it was trained)
            _, rule, asked = page_verdict(raw, canonical.detail, url)
    return x, rule, asked


def tuning_pages(workers: int = 2) -> list[dict[str, Any]]:
    """Every tuning-half page of WCXB and the article-extraction benchmark: its id, label
    (1 = not an article), the model's inputs, the rules' refusal and whether the model runs.
    The held-out halves are never read."""
    out: list[dict[str, Any]] = []
    for name in ("wcxb-test", "article-extraction-benchmark"):
        folder = SHARED / name
        if not folder.is_dir():
            continue
        rows = [r for r in _load(folder, None) if half(str(r["id"])) == "tuning"]
        jobs = [(str(folder / r["html"]), r.get("url") or "") for r in rows]
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_public, jobs, chunksize=8))
        for row, (x, rule, asked) in zip(rows, results, strict=True):
            out.append({
                "id": f"{name}/{row['id']}", "label": int(row.get("page_type", "article") != "article"),
                "type": row.get("page_type", "article"), "x": x, "rule": rule, "asked": asked,
                # (a page labelled an article with no body text is not one: WCXB holds an
                # error page so labelled; it teaches nothing about articles)
                "empty": not str(row.get("body", "x")).strip(),
            })  # fmt: skip
    return out


def training(pages: list[dict[str, Any]]) -> tuple[list[list[float]], list[int]]:
    """(features, label: 1 = not an article) of the training pages among ``pages``: a page
    labelled an article with no body text is not one (WCXB holds an error page so labelled;
    it teaches nothing about articles)."""
    kept = [p for p in pages if p["x"] is not None and not (p["empty"] and not p["label"])]
    return [p["x"] for p in kept], [p["label"] for p in kept]


def _ensemble(x: Any, y: Any) -> list[Any]:
    from sklearn.ensemble import GradientBoostingClassifier

    return [
        GradientBoostingClassifier(**TREES, random_state=SEED + b).fit(x, y)
        for b in range(BAG)
    ]


def _raw(models: list[Any], x: Any) -> Any:
    import numpy as np

    return np.mean([m.decision_function(x) for m in models], axis=0)


def _threshold(x: Any, y: Any, seed: int) -> tuple[float, Any]:
    """(the threshold: just above every article's score, each out of fold and averaged over
    ``REPEATS`` 5-fold cross-validations with fold seeds ``seed``..; those scores)."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    logits = np.zeros(len(y))
    for repeat in range(REPEATS):
        for part, test in StratifiedKFold(5, shuffle=True, random_state=seed + repeat).split(x, y):
            logits[test] += _raw(_ensemble(x[part], y[part]), x[test]) / REPEATS
    scores = 1.0 / (1.0 + np.exp(-logits))
    articles = sorted(float(s) for s, label in zip(scores, y, strict=True) if not label)
    # above the cross-validated score of every article: the hand rules already refuse one
    # article of WCXB's tuning half, all the 1 % of its articles the target lets go
    return min(0.999, (articles[-1] if articles else 0.0) + 1e-6), scores


def inputs_digest(pages: list[dict[str, Any]]) -> dict[str, str]:
    """A short digest of each training page's inputs and label, by page id: the model is a
    function of these (and of the library's version), so ``--check`` can tell inputs that
    moved (the extraction stages changed) from a training that is not reproducible."""
    out = {}
    for p in pages:
        if p["x"] is None or (p["empty"] and not p["label"]):
            continue
        text = json.dumps([p["label"], [round(v, 9) for v in p["x"]]])
        out[p["id"]] = hashlib.sha256(text.encode()).hexdigest()[:12]
    return out


def train(xs: list[list[float]], ys: list[int], digests: dict[str, str] | None = None) -> dict[str, Any]:
    import numpy as np
    import sklearn

    x, y = np.array(xs), np.array(ys)
    threshold, scores = _threshold(x, y, SEED)
    articles = [float(s) for s, label in zip(scores, y, strict=True) if not label]
    others = [float(s) for s, label in zip(scores, y, strict=True) if label]
    final = _ensemble(x, y)
    trees = []
    for est in (e for m in final for e in m.estimators_[:, 0]):
        t = est.tree_
        trees.append([
            [-1 if t.children_left[i] == -1 else int(t.feature[i]), round(float(t.threshold[i]), 10),
             int(t.children_left[i]), int(t.children_right[i]), round(float(t.value[i][0][0]), 7)]
            for i in range(t.node_count)
        ])  # fmt: skip
    # the priors' log-odds, averaged
    init = float(np.mean([m._raw_predict_init(x[:1])[0, 0] for m in final]))  # noqa: SLF001
    return {
        "features": list(pagemodel.FEATURES),
        "init": round(init, 10),
        "learning_rate": final[0].learning_rate / BAG,
        "threshold": round(threshold, 6),
        "trees": trees,
        "trained_on": {
            "pages": len(y),
            "not_articles": int(y.sum()),
            "cross_validated": {
                "articles_kept": float(np.mean([s < threshold for s in articles])),
                "others_refused": float(np.mean([s >= threshold for s in others])),
            },
            # what the trees are a function of: the library (its tree building is pinned by
            # version: the ``train`` extra) and each training page's inputs
            "scikit_learn": sklearn.__version__,
            "inputs": digests or {},
        },
    }


def cross_validate(pages: list[dict[str, Any]], repeats: int = CV_REPEATS) -> dict[str, float]:
    """The whole procedure (fit, threshold from inner cross-validation) in repeated 5-fold
    cross-validation on the tuning half, scored as the single-page path decides: a page is
    refused by the hand rules (model off) or, where the path asks the model, by the model
    trained without its fold. Mean over ``repeats`` (outer fold seeds 100..)."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    train = [p for p in pages if p["x"] is not None and not (p["empty"] and not p["label"])]
    x, y = np.array([p["x"] for p in train]), np.array([p["label"] for p in train])
    wcxb = np.array([p["id"].startswith("wcxb") for p in train])
    rules = np.array([p["rule"] is not None for p in train])
    asked = np.array([p["asked"] for p in train])
    # pages left out of training (an article with no body text): the rules' verdict, or
    # each fold's model in turn (none of them saw it)
    spare = [p for p in pages if p["x"] is not None and p["empty"] and not p["label"]]
    figures: dict[str, list[float]] = {"others_refused": [], "model_refused": [], "articles_kept": [], "aeb_kept": []}
    for repeat in range(repeats):
        refused = np.zeros(len(y), bool)
        spare_refused = np.zeros(len(spare))
        for part, test in StratifiedKFold(5, shuffle=True, random_state=100 + repeat).split(x, y):
            cut, _ = _threshold(x[part], y[part], 1000 + repeat)
            models = _ensemble(x[part], y[part])

            def score(xs: Any, models: list[Any] = models) -> Any:
                return 1.0 / (1.0 + np.exp(-_raw(models, xs)))

            refused[test] = rules[test] | (asked[test] & (score(x[test]) >= cut))
            for i, p in enumerate(spare):
                hit = p["rule"] is not None or (p["asked"] and score(np.array([p["x"]]))[0] >= cut)
                spare_refused[i] += hit / 5
        others = (y == 1) & wcxb
        figures["others_refused"].append(float(refused[others].mean()))
        figures["model_refused"].append(float(refused[others & ~rules & asked].mean()))
        figures["articles_kept"].append(float((~refused[(y == 0) & wcxb]).sum() + (1 - spare_refused).sum()))
        figures["aeb_kept"].append(float((~refused[(y == 0) & ~wcxb]).sum()))
    out = {key: float(np.mean(v)) for key, v in figures.items()}
    out.update(
        repeats=repeats,
        others=int(((y == 1) & wcxb).sum()),
        others_left_to_model=int(((y == 1) & wcxb & ~rules & asked).sum()),
        articles=int(((y == 0) & wcxb).sum()) + len(spare),
        aeb=int(((y == 0) & ~wcxb).sum()),
        others_refused_min=float(np.min(figures["others_refused"])),
        others_refused_max=float(np.max(figures["others_refused"])),
    )
    return out


def check(pages: list[dict[str, Any]], digests: dict[str, str]) -> int:
    """Retrain and compare with the shipped model; when they differ, say why: the inputs of
    some training pages moved (the extraction stages changed since the training: retraining
    is a change to score like any other) or, the inputs being the same, the library."""
    import sklearn

    shipped = json.loads(pagemodel.MODEL_FILE.read_text(encoding="utf-8"))
    text = json.dumps(train(*training(pages), digests), separators=(",", ":")) + "\n"
    if pagemodel.MODEL_FILE.read_text(encoding="utf-8") == text:
        print("the shipped model is the trained one")
        return 0
    was = shipped.get("trained_on", {})
    if "inputs" not in was:
        print("the shipped model differs; it records neither its inputs nor scikit-learn's version "
              "(trained before they were recorded), so whether its inputs moved cannot be told")
        return 1
    moved = sorted(k for k in set(digests) | set(was.get("inputs", {})) if digests.get(k) != was.get("inputs", {}).get(k))
    if moved:
        print(f"the shipped model differs: the inputs of {len(moved)} training pages moved ({', '.join(moved[:5])}"
              f"{', ...' if len(moved) > 5 else ''})")
    else:
        print(f"the shipped model differs with the same inputs: scikit-learn {sklearn.__version__} here, "
              f"{was.get('scikit_learn', '?')} when it was trained")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped model differs")
    parser.add_argument(
        "--cv", type=int, nargs="?", const=CV_REPEATS, metavar="REPEATS",
        help=f"report the procedure's repeated nested cross-validation on the tuning half ({CV_REPEATS} repeats)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    pages = tuning_pages()
    if args.cv:
        figures = cross_validate(pages, args.cv)
        print(
            f"tuning half, {figures['repeats']} x {5}-fold cross-validation (mean): WCXB others refused "
            f"{100 * figures['others_refused']:.1f}% of {figures['others']} "
            f"({100 * figures['others_refused_min']:.1f}-{100 * figures['others_refused_max']:.1f}%; by the model "
            f"{100 * figures['model_refused']:.1f}% of the {figures['others_left_to_model']} the rules leave), WCXB "
            f"articles kept {figures['articles_kept']:.2f}/{figures['articles']}, AEB kept "
            f"{figures['aeb_kept']:.2f}/{figures['aeb']}"
        )
        return 0
    digests = inputs_digest(pages)
    if args.check:
        return check(pages, digests)
    data = train(*training(pages), digests)
    text = json.dumps(data, separators=(",", ":")) + "\n"
    pagemodel.MODEL_FILE.write_text(text, encoding="utf-8")
    shown = {k: v for k, v in data["trained_on"].items() if k != "inputs"}
    print(json.dumps(shown, indent=1), "threshold", data["threshold"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
