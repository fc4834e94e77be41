"""Precision and recall of the legal reference parser on a hand-labelled set.

    .venv/bin/python -m benchmarks.refs_quality            # both parts, with the misses
    .venv/bin/python -m benchmarks.refs_quality --part tune --show 50
    .venv/bin/python -m benchmarks.refs_quality --build    # refs_labelled.src.txt -> .jsonl

The set (``benchmarks/data/refs_labelled.jsonl``, built from the hand-written
``refs_labelled.src.txt``) holds sentences of the fixture families, of the Lào Cai replica
and sentences written in the style of provincial portals, many with near-misses (phone
numbers, dates, addresses, money, scores, plates, URLs, article and clause numbers, form
numbers). Each line is ``{"text", "origin", "refs": [{"start", "end", "raw", "key"}]}``;
spans are character offsets into ``text`` (NFD lines keep their decomposed form).

Labelling rules (applied by hand, before the parser was tuned):

- A reference is a document number with its issuer code ("số ký hiệu"):
  ``NUMBER[/YEAR]/CODE`` (``1234/QĐ-UBND``, ``13/2023/NĐ-CP``) or ``NUMBER-CODE/ORG``
  (``05-NQ/TU``). Shorthand without the code ("Nghị định 13", "Luật Đất đai 2024"), form
  numbers ("Mẫu số 01/TK-SDDPNN", "Tờ khai 02/TNCN"), codes inside URLs and a code without
  a number ("ký hiệu QĐ-UBND") are not references.
- The span starts at the type word when the type word (optionally followed by "số")
  stands right before the number ("Quyết định số 1234/QĐ-UBND", "NĐ 13/2023/NĐ-CP"), else
  at the number; it ends with the code.
- The key is ``TYPE:CODE`` (:func:`archive.docrefs.make_key`). TYPE is named by the code's
  type abbreviation when it has one (``QĐ`` quyết định, ``NQ`` nghị quyết, ``TTLT``
  thông tư liên tịch...), else by the type word naming the document ("Luật Đất đai số
  31/2024/QH15" is a luật; "Văn bản số 567/UBND-KT" a công văn), else ``cong-van`` for a
  code made of agency names only. CODE is the number without leading zeros, the year, and
  the issuer code accent-folded, lower-cased, its separators made ``-``.

A predicted reference counts as found when its span overlaps a labelled span with the same
key; the exact-span figure is printed beside. The set is split once by a hash of each
sentence (:func:`part`): about a third is ``heldout`` and was not looked at while tuning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "benchmarks" / "data"
SOURCE = DATA / "refs_labelled.src.txt"
LABELLED = DATA / "refs_labelled.jsonl"
_MARK = re.compile(r"\[\[(.+?)\|\|([^\]]+)\]\]")


def parse_source_line(line: str) -> dict[str, Any] | None:
    """One line of the source file as a labelled record (None for comments and blanks)."""
    if not line.strip() or line.startswith("#"):
        return None
    origin, marked = line.rstrip("\n").split("\t", 1)
    nfd = origin.endswith("-nfd")
    form = "NFD" if nfd else "NFC"
    text, refs, pos = "", [], 0
    for match in _MARK.finditer(marked):
        text += unicodedata.normalize(form, marked[pos : match.start()])
        raw = unicodedata.normalize(form, match.group(1))
        refs.append({"start": len(text), "end": len(text) + len(raw), "raw": raw,
                     "key": match.group(2)})  # fmt: skip
        text += raw
        pos = match.end()
    text += unicodedata.normalize(form, marked[pos:])
    return {"text": text, "origin": origin.removesuffix("-nfd"), "refs": refs}


def build() -> int:
    """Write ``refs_labelled.jsonl`` from the source file; return the number of lines."""
    records = [r for line in SOURCE.open(encoding="utf-8") if (r := parse_source_line(line))]
    with LABELLED.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


def load() -> list[dict[str, Any]]:
    with LABELLED.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def part(text: str) -> str:
    """``heldout`` for about a third of the sentences (a fixed hash), else ``tune``."""
    digest = hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).digest()
    return "heldout" if digest[0] % 3 == 0 else "tune"


def score(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall and the mistakes of the parser over ``records``."""
    from pipelines.legalrefs import find_refs

    found = correct = exact = labelled = 0
    misses: list[str] = []
    for record in records:
        text, gold = record["text"], record["refs"]
        predicted = find_refs(text)
        labelled += len(gold)
        found += len(predicted)
        matched: set[int] = set()
        for ref in predicted:
            hit = next((i for i, g in enumerate(gold) if i not in matched
                        and g["key"] == ref.key and ref.start < g["end"] and g["start"] < ref.end),
                       None)  # fmt: skip
            if hit is None:
                misses.append(f"  extra  {ref.key:<40} {text[ref.start:ref.end]!r} in {text!r}")
                continue
            matched.add(hit)
            correct += 1
            exact += (ref.start, ref.end) == (gold[hit]["start"], gold[hit]["end"])
        for i, g in enumerate(gold):
            if i not in matched:
                misses.append(f"  missed {g['key']:<40} {g['raw']!r} in {text!r}")
    return {
        "sentences": len(records),
        "labelled": labelled,
        "found": found,
        "correct": correct,
        "precision": correct / found if found else 1.0,
        "recall": correct / labelled if labelled else 1.0,
        "exact_spans": exact / correct if correct else 1.0,
        "misses": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", action="store_true", help="rebuild the JSONL and stop")
    parser.add_argument("--part", choices=("tune", "heldout", "all"), default="all")
    parser.add_argument("--show", type=int, default=20, help="mistakes to print per part")
    args = parser.parse_args()
    if args.build:
        print(f"{build()} sentences written to {LABELLED.relative_to(ROOT)}")
        return
    records = load()
    parts = ("tune", "heldout") if args.part == "all" else (args.part,)
    print(f"{'part':<8} {'sentences':>9} {'refs':>5} {'found':>5} {'precision':>9} "
          f"{'recall':>7} {'exact spans':>11}")  # fmt: skip
    results = {}
    for name in parts:
        result = score([r for r in records if part(r["text"]) == name])
        results[name] = result
        print(f"{name:<8} {result['sentences']:>9} {result['labelled']:>5} {result['found']:>5} "
              f"{result['precision']:>9.3f} {result['recall']:>7.3f} "
              f"{result['exact_spans']:>11.3f}")  # fmt: skip
    for name, result in results.items():
        if result["misses"] and args.show:
            print(f"\n{name}: {len(result['misses'])} mistakes")
            print("\n".join(result["misses"][: args.show]))
    print("\ntargets on the held-out part: precision >= 0.98, recall >= 0.95")


if __name__ == "__main__":
    main()
