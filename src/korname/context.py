"""Document context: bracket groups, date evidence and co-occurrence.

Each rule only narrows a mention's candidates with evidence it can state; the statement is
added to the mention's steps. With no evidence an ambiguous mention stays unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .config import DEFAULT, Config
from .mention import Mention
from .table import AliasTable

__all__ = ["CONTEXT_RULES", "apply_context", "document_year"]

_OPEN = re.compile(r"\s*[\[(]\s*\Z")
_CLOSE = re.compile(r"\A\s*[\])]")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: A date in the first lines of a document ("September 22, 1950", "22.IX.1950", "1950-09-22").
_HEADER_LINES = 8

ContextRule = Callable[[str, list[Mention], AliasTable, "int | None", Config], list[Mention]]
CONTEXT_RULES: list[tuple[str, ContextRule]] = []


def _rule(name: str) -> Callable[[ContextRule], ContextRule]:
    def register(func: ContextRule) -> ContextRule:
        CONTEXT_RULES.append((name, func))
        return func

    return register


def document_year(text: str, date: str | int | None = None) -> int | None:
    """The year a document speaks from: the date given, else the first year in its header."""
    if isinstance(date, int):
        return date
    if isinstance(date, str):
        m = _YEAR.search(date)
        if not m:
            raise ValueError(f"date '{date}' has no year; give it as 1950 or 1950-09-22")
        return int(m.group())
    head = "\n".join(text.lstrip().splitlines()[:_HEADER_LINES])
    m = _YEAR.search(head)
    return int(m.group()) if m else None


def _resolve(m: Mention, table: AliasTable, pid: str, step: str, config: Config) -> Mention:
    conf = config.confidence_ocr if m.method == "ocr" else config.confidence_folded
    return m.with_changes(person_id=pid, name=table[pid].name, confidence=conf,
                          steps=(*m.steps, step))


@_rule("brackets")
def bracket_groups(
    text: str, mentions: list[Mention], table: AliasTable, year: int | None, config: Config
) -> list[Mention]:
    """'A [B]' or 'A (B)': one group when B is compatible with A; a conflict is reported."""
    out = list(mentions)
    group = 0
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (_OPEN.search(text[a.end:b.start]) and _CLOSE.search(text[b.end:b.end + 3])):
            continue
        if not _OPEN.match(text[a.end:b.start]):
            continue
        shared = set(a.candidates) & set(b.candidates)
        if len(shared) == 1:
            pid = next(iter(shared))
            group += 1
            step = f"bracket:{b.text} names the same person"
            out[i] = (a if a.person_id == pid else _resolve(a, table, pid, step, config))
            out[i + 1] = (b if b.person_id == pid else _resolve(
                b, table, pid, f"bracket:{a.text} names the same person", config))
            out[i] = out[i].with_changes(group=group)
            out[i + 1] = out[i + 1].with_changes(group=group)
        elif not shared:
            conflict = f"bracket-conflict:{b.text} is another person"
            out[i] = a.with_changes(steps=(*a.steps, conflict))
            out[i + 1] = b.with_changes(
                steps=(*b.steps, f"bracket-conflict:{a.text} is another person"))
    return out


@_rule("date")
def date_evidence(
    text: str, mentions: list[Mention], table: AliasTable, year: int | None, config: Config
) -> list[Mention]:
    """An ambiguous name whose candidates but one were not active in the document's year."""
    if year is None:
        return mentions
    out = []
    for m in mentions:
        if m.person_id is None and len(m.candidates) > 1:
            fits = [c for c in m.candidates if table[c].alive_in(year) is not False]
            if len(fits) == 1:
                p = table[fits[0]]
                span = p.active or (p.born, p.died)
                m = _resolve(m, table, fits[0],
                             f"date:{year} fits {p.id} ({span[0] or '?'}-{span[1] or '?'})", config)
        out.append(m)
    return out


@_rule("co-occurrence")
def co_occurrence(
    text: str, mentions: list[Mention], table: AliasTable, year: int | None, config: Config
) -> list[Mention]:
    """An ambiguous name of which exactly one candidate is named unambiguously elsewhere."""
    named = {m.person_id for m in mentions if m.person_id is not None}
    out = []
    for m in mentions:
        if m.person_id is None and len(m.candidates) > 1:
            present = [c for c in m.candidates if c in named]
            if len(present) == 1:
                m = _resolve(m, table, present[0],
                             f"co-occurrence:{present[0]} is named elsewhere in the document",
                             config)
        out.append(m)
    return out


def apply_context(
    text: str,
    mentions: list[Mention],
    table: AliasTable,
    *,
    date: str | int | None = None,
    config: Config = DEFAULT,
) -> list[Mention]:
    """Run every context rule in order over a document's mentions."""
    year = document_year(text, date)
    for _name, rule in CONTEXT_RULES:
        mentions = rule(text, mentions, table, year, config)
    return mentions
