"""The approaches compared by the benchmarks, behind one small interface.

Every approach is given the same person records and must find, case-insensitively, whole-word,
leftmost-longest and without overlaps, the table's spellings in a text, returning
(start, end, person id) with offsets into the original text. ``build`` turns the records into
the approach's matcher (timed as build time); ``run`` does the matching (timed as throughput).

The baselines are set up the way their documentation suggests, plus the fixes a careful user
would apply (see benchmarks/README.md): spaCy is measured both with pattern documents made by
the tagging pipeline itself (the obvious setup) and by a separate blank pipeline, which keeps
the tagging vocabulary's word cache free; flashtext is told that the non-ASCII letters of the
keys are word characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .synthetic import baseline_keys

__all__ = ["APPROACHES", "DOC_CHARS", "Approach", "Span", "chunks", "keyword_forms", "run_piece",
           "run_text"]

Span = tuple[int, int, "str | None"]
Persons = Sequence[Mapping[str, Any]]

#: Every approach gets the text as documents of about this many characters, cut at blank lines:
#: the size of a long archival file. A user calls a tagger once per document; spaCy takes at most
#: 1,000,000 characters per Doc, and korname's document context (coreference, brackets, dates)
#: is meant for one document, not for a whole corpus glued together.
DOC_CHARS = 100_000
#: The floor: one pass of a simple regular expression over the lower-cased text.
_FLOOR = re.compile(r"\b(?:kim|pak|ri)\b")
_LABEL = "PERSON"


@dataclass(frozen=True)
class Approach:
    """One way of doing the matching job."""

    name: str
    description: str
    build: Callable[[Persons], Any]
    run: Callable[[Any, str], list[Span] | int]
    #: Whether run() returns spans that can be checked against the embedded mentions.
    gives_spans: bool = True


def keyword_forms(persons: Persons) -> list[tuple[str, str]]:
    """(spelling as written, person id), one per lower-cased key, first claim wins."""
    keys = baseline_keys(persons)
    forms: dict[str, tuple[str, str]] = {}
    for p in persons:
        written = [p["name"]] + [a if isinstance(a, str) else a["form"] for a in
                                 p.get("aliases", ())]
        cyr = p.get("cyrillic") or ()
        written.extend([cyr] if isinstance(cyr, str) else cyr)
        for w in written:
            k = w.lower()
            if keys.get(k) == p["id"] and k not in forms:
                forms[k] = (w, p["id"])
    return list(forms.values())


def chunks(text: str, size: int = DOC_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces of at most about ``size`` characters, cut after blank lines."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n\n", start, end)
            if cut > start:
                end = cut + 2
        yield start, text[start:end]
        start = end


# --- korname ---------------------------------------------------------------------------------


def _korname_build(persons: Persons) -> Any:
    from korname.table import AliasTable
    from korname.tagger import get_tagger

    table = AliasTable.from_persons(persons)
    # The tagger tag(text, table=table) and normalize(text, table=table) use, built now (the
    # index and every spelling's prepared fields), so that build time is measured as such.
    get_tagger(table)
    return table


def _korname_tag(table: Any, text: str) -> list[Span]:
    from korname import tag

    return [(m.start, m.end, m.person_id) for m in tag(text, table=table)]


def _korname_scan(table: Any, text: str) -> list[Span]:
    from korname.tagger import get_tagger

    return [(m.start, m.end, m.person_id) for m in get_tagger(table).scan(text)]


def _korname_normalize(table: Any, text: str) -> int:
    from korname import normalize

    return len(normalize(text, table=table))


# --- floor -----------------------------------------------------------------------------------


def _floor_build(persons: Persons) -> Any:
    return None


def _floor_run(state: Any, text: str) -> int:
    return sum(1 for _ in _FLOOR.finditer(text.lower()))


# --- flashtext -------------------------------------------------------------------------------


def _flashtext_build(persons: Persons) -> Any:
    from flashtext import KeywordProcessor  # type: ignore[import-untyped]

    kp = KeywordProcessor(case_sensitive=False)
    extra: set[str] = set()
    for form, pid in keyword_forms(persons):
        kp.add_keyword(form, pid)
        extra.update(ch for ch in form.lower() if not ch.isascii() and ch.isalpha())
    for ch in sorted(extra):
        kp.add_non_word_boundary(ch)
    return kp


def _flashtext_run(kp: Any, text: str) -> list[Span]:
    return [(s, e, pid) for pid, s, e in kp.extract_keywords(text, span_info=True)]


# --- spaCy -----------------------------------------------------------------------------------


def _ruler_patterns(persons: Persons) -> list[dict[str, Any]]:
    return [{"label": _LABEL, "pattern": f, "id": pid} for f, pid in keyword_forms(persons)]


def _ruler_same_build(persons: Persons) -> Any:
    """The obvious setup: the ruler makes its pattern docs with the tagging pipeline."""
    import spacy

    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(_ruler_patterns(persons))
    return nlp


def _ruler_same_run(nlp: Any, text: str) -> list[Span]:
    return [(e.start_char, e.end_char, e.ent_id_ or None) for e in nlp(text).ents]


def _ruler_separate_build(persons: Persons) -> Any:
    """Pattern docs made by a separate blank pipeline; the tagging pipeline only tokenizes."""
    import spacy
    from spacy.pipeline import EntityRuler

    pattern_nlp = spacy.blank("en")
    ruler = EntityRuler(pattern_nlp, phrase_matcher_attr="LOWER")
    ruler.add_patterns(_ruler_patterns(persons))
    return spacy.blank("en"), ruler


def _ruler_separate_run(state: Any, text: str) -> list[Span]:
    nlp, ruler = state
    return [(e.start_char, e.end_char, e.ent_id_ or None) for e in ruler(nlp(text)).ents]


def _phrase_build(persons: Persons, *, separate: bool) -> Any:
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    maker: Any = spacy.blank("en") if separate else nlp
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    by_person: dict[str, list[str]] = {}
    for form, pid in keyword_forms(persons):
        by_person.setdefault(pid, []).append(form)
    for pid, forms in by_person.items():
        matcher.add(pid, list(maker.tokenizer.pipe(forms)))
    return nlp, matcher


def _phrase_run(state: Any, text: str) -> list[Span]:
    from spacy.util import filter_spans

    nlp, matcher = state
    spans = filter_spans(matcher(nlp.make_doc(text), as_spans=True))
    return [(s.start_char, s.end_char, s.label_) for s in spans]


def run_piece(approach: Approach, state: Any, off: int, piece: str, found: list[Span]) -> int:
    """Run an approach over one document that starts at off in a long text: its spans go to
    found with offsets into the text; returns the count of an approach that gives no spans."""
    got = approach.run(state, piece)
    if isinstance(got, int):
        return got
    found.extend((off + s, off + e, pid) for s, e, pid in got)
    return 0


def run_text(approach: Approach, state: Any, text: str) -> list[Span] | int:
    """Run an approach over a long text document by document; offsets are into the text."""
    found: list[Span] = []
    count = 0
    for off, piece in chunks(text):
        count += run_piece(approach, state, off, piece, found)
    return found if approach.gives_spans else count


APPROACHES: dict[str, Approach] = {
    a.name: a
    for a in (
        Approach("korname-tag", "korname tag()", _korname_build, _korname_tag),
        Approach("korname-scan", "korname Tagger.scan(): dictionary matches, no document "
                 "context", _korname_build, _korname_scan),
        Approach("korname-normalize", "korname normalize(), end to end", _korname_build,
                 _korname_normalize, gives_spans=False),
        Approach("floor", "floor: str.lower() + one simple regex pass", _floor_build,
                 _floor_run, gives_spans=False),
        Approach("flashtext", "flashtext KeywordProcessor", _flashtext_build, _flashtext_run),
        Approach("spacy-phrase", "spaCy PhraseMatcher (LOWER), patterns by the same nlp",
                 lambda p: _phrase_build(p, separate=False), _phrase_run),
        Approach("spacy-phrase-sep", "spaCy PhraseMatcher (LOWER), patterns by a separate nlp",
                 lambda p: _phrase_build(p, separate=True), _phrase_run),
        Approach("spacy-ruler", "spaCy EntityRuler (phrase, LOWER), obvious setup",
                 _ruler_same_build, _ruler_same_run),
        Approach("spacy-ruler-sep", "spaCy EntityRuler (phrase, LOWER), patterns by a separate nlp",
                 _ruler_separate_build, _ruler_separate_run),
    )
}
