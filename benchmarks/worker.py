"""One measurement in a fresh process: build one approach, run it over the text, print JSON.

A fresh process per approach and round keeps the peak memory of one approach from hiding in
another's and gives every approach a cold start. The peak is the process's high-water mark
(VmHWM) counted from just before the build, after the text and the person records are in
memory; where Linux does not let us reset the mark, ru_maxrss is used and the figure is an
upper bound.

Usage (run.py does this): python -m benchmarks.worker APPROACH TABLE TEXT_FILE SIZE_CHARS
where TABLE is "shipped" or "synthetic:KEYS:SEED".

Paired: python -m benchmarks.worker --paired A,B TABLE TEXT_FILE SIZE_CHARS builds both
approaches in one process and runs them by turns, document by document (the first document
A then B, the next B then A, ...), so that both see the machine in the same state: on a shared
machine whose speed drifts by tens of percent within seconds, the ratio of their throughputs
is then far steadier than one taken from two processes run at different times. Build time and
memory are not reported in this mode (both approaches live in the one process).
"""

from __future__ import annotations

import gc
import json
import re
import resource
import sys
import time
from pathlib import Path
from typing import Any

from .baselines import APPROACHES, Span, chunks, run_piece, run_text
from .synthetic import KEYS_PER_PERSON, synthetic_persons

__all__ = ["load_persons", "main", "memory_mb", "paired"]

_KIB = 1024
_MIB = 1024 * 1024
_RESET_PEAK = "5"  # writing 5 to /proc/self/clear_refs resets VmHWM (Linux >= 4.0)


def load_persons(spec: str) -> list[dict[str, Any]]:
    """Person records for a table spec: "shipped" or "synthetic:KEYS:SEED"."""
    if spec == "shipped":
        from korname import load_table

        return [p.model_dump(exclude_defaults=True) for p in load_table()]
    kind, keys, seed = spec.split(":")
    if kind != "synthetic":
        raise ValueError(f"unknown table spec {spec!r}")
    n_persons = max(1, -(-int(keys) // KEYS_PER_PERSON))
    return synthetic_persons(n_persons, seed=int(seed))


def memory_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MiB."""
    try:
        status = Path("/proc/self/status").read_text()
        rss = re.search(r"VmRSS:\s+(\d+) kB", status)
        hwm = re.search(r"VmHWM:\s+(\d+) kB", status)
        if rss and hwm:
            return int(rss.group(1)) / _KIB, int(hwm.group(1)) / _KIB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / _KIB
    return peak, peak


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text(_RESET_PEAK)
    except OSError:
        return False
    return True


def _warm_imports(name: str) -> None:
    """Import what the approach needs before the clock starts (imports are not build time)."""
    if name.startswith("korname"):
        import korname
        import korname.index  # noqa: F401
    elif name.startswith("spacy"):
        import spacy
        import spacy.lang.en
        import spacy.matcher
        import spacy.pipeline
        import spacy.util

        spacy.blank("en")
    elif name == "flashtext":
        import flashtext  # type: ignore[import-untyped]  # noqa: F401


def _inputs(names: list[str], spec: str, text_file: str,
            size: str) -> tuple[list[dict[str, Any]], str]:
    """The approaches' imports done, then the person records and the text (its first size
    characters), all before any clock starts."""
    for name in names:
        _warm_imports(name)
    return load_persons(spec), Path(text_file).read_text(encoding="utf-8")[: int(size)]


def paired(names: list[str], spec: str, text_file: str, size: str) -> dict[str, Any]:
    """Build every approach of names, then run them by turns over the documents of the text
    (the order rotating from one document to the next); their times, MB/s and match counts."""
    persons, text = _inputs(names, spec, text_file, size)
    states = {name: APPROACHES[name].build(persons) for name in names}
    # What the builds left for the collector is collected now, not in the first timed calls.
    gc.collect()
    run_s = dict.fromkeys(names, 0.0)
    found: dict[str, list[Span]] = {name: [] for name in names}
    for i, (off, piece) in enumerate(chunks(text)):
        turn = i % len(names)
        for name in names[turn:] + names[:turn]:
            # Each call starts with an empty young generation, as in a process of its own: the
            # collection an approach's allocations set off then walks its own new objects, not
            # those the other approach's last call left (untimed, like the rest of the turn).
            gc.collect(0)
            t0 = time.perf_counter()
            run_piece(APPROACHES[name], states[name], off, piece, found[name])
            run_s[name] += time.perf_counter() - t0
    mb = len(text.encode("utf-8")) / 1e6
    return {
        "paired": names,
        "chars": len(text),
        "mb": mb,
        "run_s": run_s,
        "mbps": {name: mb / t if t > 0 else float("inf") for name, t in run_s.items()},
        "found": {name: len(spans) if APPROACHES[name].gives_spans else None
                  for name, spans in found.items()},
    }


def main(argv: list[str]) -> int:
    if argv[:1] == ["--paired"]:
        print(json.dumps(paired(argv[1].split(","), *argv[2:])))
        return 0
    name, spec, text_file, size = argv
    approach = APPROACHES[name]
    persons, text = _inputs([name], spec, text_file, size)
    mentions_file = Path(text_file).with_suffix(".mentions.json")
    embedded = [tuple(m) for m in json.loads(mentions_file.read_text()) if m[1] <= len(text)]

    exact_peak = _reset_peak()
    rss0, _ = memory_mb()
    t0 = time.perf_counter()
    state = approach.build(persons)
    t1 = time.perf_counter()
    rss1, _ = memory_mb()
    found = run_text(approach, state, text)
    t2 = time.perf_counter()
    _, peak = memory_mb()

    result: dict[str, Any] = {
        "approach": name,
        "chars": len(text),
        "mb": len(text.encode("utf-8")) / 1e6,
        "build_s": t1 - t0,
        "run_s": t2 - t1,
        "rss_before_mb": rss0,
        "build_mb": rss1 - rss0,
        "peak_mb": peak - rss0 if exact_peak else peak,
        "peak_abs_mb": peak,
        "peak_exact": exact_peak,
        "embedded": len(embedded),
    }
    result["mbps"] = result["mb"] / result["run_s"] if result["run_s"] > 0 else float("inf")
    if isinstance(found, list):
        spans = {(s, e) for s, e, _ in found}
        linked = {(s, e, pid) for s, e, pid in found}
        result["found"] = len(found)
        result["embedded_found"] = sum(1 for s, e, _ in embedded if (s, e) in spans)
        result["embedded_linked"] = sum(1 for m in embedded if m in linked)
    else:
        result["found"] = None
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
