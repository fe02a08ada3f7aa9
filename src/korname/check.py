"""check-table: what a table holds, and the keys that more than one person claims."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from .table import AliasTable

__all__ = ["check_table", "table_statistics"]

#: How the groups of the table are summed up in the statistics.
_REGIONS = (
    ("North Korea", "dprk-"),
    ("South Korea", "rok-"),
    ("China (PRC and ROC)", ("prc-", "roc")),
    ("Soviet Union", "ussr-"),
    ("United States and UN", ("us-", "un")),
    ("Eastern Europe", "eastern-europe"),
    ("Other", ""),
)


def _share(n: int, total: int) -> str:
    return f"{n} ({100 * n / total:.0f}%)" if total else "0"


def table_statistics(table: AliasTable) -> str:
    """A Markdown table: persons by region, and how many have native forms and a QID."""
    rows = []
    seen: set[str] = set()
    for label, prefixes in _REGIONS:
        people = [p for p in table if p.id not in seen and p.group.startswith(prefixes)]
        seen.update(p.id for p in people)
        if not people:
            continue
        n = len(people)
        rows.append(
            f"| {label} | {n} | {_share(sum(1 for p in people if p.hangul), n)} "
            f"| {_share(sum(1 for p in people if p.hanja or p.hanzi), n)} "
            f"| {_share(sum(1 for p in people if p.cyrillic or p.russian_name), n)} "
            f"| {_share(sum(1 for p in people if p.wikidata), n)} |"
        )
    everyone = list(table)
    total = len(everyone)
    rows.append(
        f"| **all** | **{total}** | {_share(sum(1 for p in everyone if p.hangul), total)} "
        f"| {_share(sum(1 for p in everyone if p.hanja or p.hanzi), total)} "
        f"| {_share(sum(1 for p in everyone if p.cyrillic or p.russian_name), total)} "
        f"| {_share(sum(1 for p in everyone if p.wikidata), total)} |"
    )
    head = ("| group | persons | Hangul | Hanja / Hanzi | Cyrillic | Wikidata QID |\n"
            "|---|---:|---:|---:|---:|---:|")
    return head + "\n" + "\n".join(rows) + "\n"


def check_table(table: AliasTable) -> str:
    """A readable summary of a loaded table.

    Loading is the check: a malformed entry never loads (load_table raises TableError naming
    the file, line, entry and fix). Here the compiled index is built and every key that
    several persons share is listed: it will be reported as ambiguous, never guessed.
    """
    index = table.index
    groups = Counter(p.group or "(none)" for p in table)
    lines = [
        f"{len(table)} persons, {len(index)} match keys "
        f"({', '.join(table.sources) or 'in memory'})",
        "groups: " + ", ".join(f"{g} {n}" for g, n in sorted(groups.items())),
    ]
    ambiguous = index.ambiguous_keys()
    declared = 0
    for key, _persons in ambiguous:
        entries = index.entries[bisect_left(index.keys, key)]  # keys are sorted
        if all(e.kind != "generated" for e in entries):
            declared += 1
    lines.append(f"{len(ambiguous)} ambiguous key(s) (reported with candidates, never guessed); "
                 f"{declared} declared in the table")
    lines.extend(f"  ambiguous: {key!r} -> {', '.join(persons)}" for key, persons in ambiguous)
    lines.append("ok")
    return "\n".join(lines) + "\n"
