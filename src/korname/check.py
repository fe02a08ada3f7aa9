"""check-table: what a table holds, and the keys that more than one person claims."""

from __future__ import annotations

from collections import Counter

from .table import AliasTable

__all__ = ["check_table"]


def check_table(table: AliasTable) -> tuple[str, bool]:
    """A readable summary of a loaded (hence valid) table, and whether it passes.

    Loading already rejected malformed entries; here the compiled index is built and every key
    that several persons share is listed: it will be reported as ambiguous, never guessed.
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
        entries = index.entries[index.keys.index(key)]
        if all(e.kind != "generated" for e in entries):
            declared += 1
    lines.append(f"{len(ambiguous)} ambiguous key(s) (reported with candidates, never guessed); "
                 f"{declared} declared in the table")
    lines.extend(f"  ambiguous: {key!r} -> {', '.join(persons)}" for key, persons in ambiguous)
    lines.append("ok")
    return "\n".join(lines) + "\n", True
