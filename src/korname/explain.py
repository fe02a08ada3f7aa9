"""Readable explanations of changes: each step of a mention in words a historian can check."""

from __future__ import annotations

from .keys import FOLDS
from .lines import LineIndex
from .normalize import Report
from .table import AliasTable

__all__ = ["describe_step", "describe_steps", "explain_report"]

_FOLD_DOCS = {f.name: f.doc for f in FOLDS}
_SYSTEM_NAMES = {
    "mr": "McCune-Reischauer",
    "lc": "Library of Congress",
    "rr": "Revised Romanization",
    "nk": "North Korean official romanization",
    "yale": "Yale romanization",
    "sk": "a common South Korean spelling",
    "kontsevich": "Kontsevich Cyrillic",
    "ru-trad": "traditional Soviet Cyrillic",
    "pinyin": "pinyin",
    "wg": "Wade-Giles",
    "palladius": "Palladius Cyrillic",
}


def _system(name: str) -> str:
    base = name.split(":")[0].split(">")[0].split("+")[0]
    if name.startswith("table:"):
        return f"the table's {name[6:].replace('+joined', ' (given name joined)')} spelling"
    return _SYSTEM_NAMES.get(base, name) + (f" ({name})" if name != base else "")


def describe_step(step: str) -> str:
    """One step of a mention's explanation, in words."""
    kind, _, detail = step.partition(":")
    if kind == "spelling":
        return f"spelling produced by {_system(detail)}"
    if step in _FOLD_DOCS:
        return f"{step}: {_FOLD_DOCS[step]}"
    if kind in ("bracket", "bracket-conflict", "life-dates", "date", "co-occurrence",
                "coreference", "title", "fuzzy", "lost-letter"):
        return f"{kind}: {detail}"
    return step


def describe_steps(steps: tuple[str, ...]) -> list[str]:
    """The steps in words, the spelling systems behind the matched spelling on one line."""
    systems = [s.partition(":")[2] for s in steps if s.startswith("spelling:")]
    out = []
    if systems:
        by_family: dict[str, list[str]] = {}
        for system in systems:
            by_family.setdefault(_system(system).split(" (")[0], []).append(system)
        families = "; ".join(
            family if len(names) == 1 and _system(names[0]) == family
            else f"{family} ({', '.join(names)})"
            for family, names in by_family.items()
        )
        out.append(f"spelling produced by {families}")
    out.extend(describe_step(s) for s in steps if not s.startswith("spelling:"))
    return out


def explain_report(name: str, report: Report, table: AliasTable) -> str:
    """Every change of a report with its reasons, then the ambiguous mentions left alone."""
    lines = LineIndex(report.original)
    out = [f"{name}: {len(report.changes)} change(s)"]
    for c in report.changes:
        line_no = lines.line_of(c.start)
        who = ""
        if c.person_id is not None and c.person_id in table:
            p = table[c.person_id]
            who = f"  [{p.id}: {p.name}, {p.born or '?'}-{p.died or '?'}]"
        out.append(f"  line {line_no}: {c.before!r} -> {c.after!r}{who}")
        out.extend(f"      - {text}" for text in describe_steps(c.steps))
    unresolved = [m for m in report.mentions if m.person_id is None]
    if unresolved:
        out.append(f"  {len(unresolved)} mention(s) left unresolved:")
        for m in unresolved:
            line_no = lines.line_of(m.start)
            cands = ", ".join(m.candidates) or "no candidate"
            out.append(f"  line {line_no}: {m.text!r} could be: {cands}")
    return "\n".join(out) + "\n"
