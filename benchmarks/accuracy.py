"""Accuracy side by side: korname and the keyword baselines on the same gold corpus.

    python -m benchmarks.accuracy [GOLD] [--markdown]

GOLD is a gold JSON Lines file or folder (default: eval/gold/). korname is scored with
``korname.evaluate.evaluate`` (normalize_and_report in canonical mode, so its edits outside gold
mentions are counted too). The baselines get what a user of a keyword tool would write down
from the shipped table: each person's name, aliases and Cyrillic forms; they cannot produce
the romanization variants they were not given, nor repair OCR damage, nor resolve a bare
surname from context. One more row gives flashtext every spelling korname generates, to show
how much of the difference is the variant generator and how much is folding and context.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from korname import load_table, variants
from korname.evaluate import EvalReport, GoldDoc, Predicted, evaluate, load_gold, score

from .baselines import APPROACHES

__all__ = ["main", "run_all"]

DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold"
#: Baseline approaches and how the table names them (matches do not depend on the spaCy setup).
BASELINES = {
    "flashtext": "flashtext, table spellings",
    "spacy-ruler": "spaCy EntityRuler (phrase, LOWER), table spellings",
    "spacy-phrase": "spaCy PhraseMatcher (LOWER), table spellings",
}


def _shipped_persons() -> list[dict[str, Any]]:
    return [p.model_dump(exclude_defaults=True) for p in load_table()]


def _generated_persons() -> list[dict[str, Any]]:
    """Every person with all of korname's generated spellings listed as aliases."""
    return [
        {"id": p.id, "name": p.name, "aliases": sorted({v.text for v in variants(p)})}
        for p in load_table()
    ]


def _baseline(docs: Sequence[GoldDoc], name: str, persons: list[dict[str, Any]],
              label: str) -> tuple[EvalReport, float]:
    approach = APPROACHES[name]
    state = approach.build(persons)
    run: Callable[[Any, str], Any] = approach.run
    t0 = time.perf_counter()
    predicted = {
        d.id: [Predicted(s, e, pid, "keyword") for s, e, pid in run(state, d.text)]
        for d in docs
    }
    return score(docs, predicted, system=label), time.perf_counter() - t0


def run_all(gold: Path) -> list[tuple[EvalReport, float]]:
    """korname and every baseline on the gold corpus, with the seconds each took to tag it."""
    docs = load_gold(gold)
    t0 = time.perf_counter()
    mine = evaluate(gold)
    out = [(mine, time.perf_counter() - t0)]
    shipped = _shipped_persons()
    for name, label in BASELINES.items():
        out.append(_baseline(docs, name, shipped, label))
    out.append(_baseline(docs, "flashtext", _generated_persons(),
                         "flashtext, every spelling korname generates"))
    return out


def format_side_by_side(results: Sequence[tuple[EvalReport, float]]) -> str:
    """A Markdown table: detection and linking P/R/F1 and edits outside gold, per system."""
    first = results[0][0]
    noise = [n.noise for n in first.by_noise]
    lines = [
        f"Gold: {first.gold}: {first.documents} documents, {first.gold_mentions} mentions",
        "",
        "| system | det P | det R | det F1 | link P | link R | link F1 | "
        + " | ".join(f"link F1 {n}" for n in noise) + " | edits outside gold |",
        "|---|" + "---:|" * (7 + len(noise)),
    ]
    for r, _ in results:
        by = {n.noise: n.linking.f1 for n in r.by_noise}
        edits = "-" if r.edits_outside is None else f"{r.edits_outside} of {r.edits_total}"
        lines.append(
            f"| {r.system} | {r.detection.precision:.3f} | {r.detection.recall:.3f} "
            f"| {r.detection.f1:.3f} | {r.linking.precision:.3f} | {r.linking.recall:.3f} "
            f"| {r.linking.f1:.3f} | " + " | ".join(f"{by.get(n, 0.0):.3f}" for n in noise)
            + f" | {edits} |"
        )
    if first.unknown_ids:
        lines += ["", f"Note: {len(first.unknown_ids)} gold person ids are not in the shipped "
                  "table; their mentions count as misses for every system."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.accuracy", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--details", action="store_true",
                    help="also print korname's full report (by method, kind and noise)")
    args = ap.parse_args(argv)
    from korname.evaluate import format_report

    gold = args.gold
    if gold == DEFAULT_GOLD:
        gold = Path(os.path.relpath(gold))  # shown in the report; keep it short
    results = run_all(gold)
    print(format_side_by_side(results))
    if args.details:
        print()
        print(format_report(results[0][0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
