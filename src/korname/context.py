"""Document context: titles, brackets, dates, co-occurrence, coreference and fuzzy candidates.

Each rule is a small function in :data:`CONTEXT_RULES`, run in order over a document's
mentions. A rule only narrows or adds with evidence it can state, and the statement becomes
a step of the mention. With no evidence an ambiguous mention stays unresolved.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from operator import itemgetter, sub
from typing import TYPE_CHECKING

from .keys import fold_key
from .lines import LineIndex
from .mention import Mention
from .titles import TITLE_ENDINGS, TITLE_WORDS

if TYPE_CHECKING:
    from .tagger import Cue, Tagger

__all__ = ["CONTEXT_RULES", "Document", "apply_context", "document_year"]

_OPEN = re.compile(r"\s*[\[(]\s*\Z")
#: At most this many characters between a name and its bracketed alternate: " [ ".
_BRACKET_GAP = 4
_CLOSE = re.compile(r"\A\s*[\])]")
#: A year of the period the archives cover, as text.
_YEAR_TEXT = r"1[89]\d\d|20\d\d"
_YEAR = re.compile(rf"\b({_YEAR_TEXT})\b")
#: Life dates stated just after a name: ", who died in 1949", ", born 1917", ", killed in 1983",
#: " (1917-1949)", " (1900-76)", " (b. 1917)", " (d. 1949)", " (최용건, 1900-76)", and after a
#: name that is itself in brackets, "(이범석, 1900-72)". A lone year in brackets is no life date
#: (it may date anything).
_LIFE_SPAN = (rf"(?:b\.|born|d\.|died)\s*(?:{_YEAR_TEXT})"
              rf"|(?:{_YEAR_TEXT})\s*[-–]\s*(?:{_YEAR_TEXT}|\d\d)")
_LIFE_DATES = re.compile(
    rf",?\s{{0,3}}(?:who\s+(?:was\s+)?)?(?P<verb>born|died|killed)\s+(?:in\s+)?"
    rf"(?P<year>{_YEAR_TEXT})\b"
    rf"|\s{{0,3}}\((?:[^\W\d_]+,\s*)?(?P<span>{_LIFE_SPAN})\s*\)"
    rf"|,\s*(?P<inner>{_LIFE_SPAN})\s*\)"
)
#: The parts of such a span: what the year is (b. or d.), or the two years of a range.
_LIFE_SPAN_PARTS = re.compile(
    rf"(?P<kind>b\.|born|d\.|died)?\s*(?P<lo>{_YEAR_TEXT})(?:\s*[-–]\s*(?P<hi>\d+))?")
#: A date in the first lines of a document ("September 22, 1950", "1950-09-22").
_HEADER_LINES = 8
_HEADER_CHARS = 2000
#: How many characters before a name the title's word may begin.
_TITLE_REACH = 16
#: How many strings of the characters before a name a tagger remembers the title of (each
#: costs about 150 bytes).
_TITLES_REMEMBERED = 1 << 16
#: What may follow a bare surname to make a name of it: one to three syllable-like tokens.
_NAME_TAIL = re.compile(r"[ \t]{1,3}([A-Z:1][\w'’:]{0,12}(?:[- ][A-Za-z1][\w'’]{0,10}){0,2})")
#: A word of such a tail (hyphens and spaces separate them).
_TAIL_WORD = re.compile(r"[^\s-]+")
_COMPLETION = re.compile(r" ?\[([^\[\]\n]{1,40})\]")
#: Words that may follow a surname without making it a longer name (any case).
_NOT_A_GIVEN_NAME = frozenset(
    {"the", "he", "she", "it", "they", "we", "i", "in", "on", "at", "and", "but", "as", "to",
     "of", "for", "with", "by", "from", "then", "this", "that", "comrade", "cde", "mr", "mrs",
     "is", "was", "are", "were", "has", "had", "have", "said", "says", "will", "would", "also",
     "who", "which", "not", "or", "a", "an", "stop", "himself", "did", "do", "does", "told"}
)
#: Initials, a first name with initials, or bracketed initials just before a surname
#: ("V.I. Ivanov", "Nikita S. Khrushchev", "[N.V.] Roshchin"), and a suffix after it.
_INITIALS_BEFORE = re.compile(
    r"(?<![\w.])(?:\[(?:[A-Z]\.\s?){1,3}\]\s?|(?:[A-Z][a-z]+\s)?"
    r"(?:(?:[A-Z]|Ya|Yu|Ye|Zh|Kh|Ch|Sh|Ts)\.\s?){1,3})\Z"
)
#: How far before a surname its initials may start.
_INITIALS_REACH = 24
#: A capitalised word just before a name that starts with initials: its first name, if the
#: table has that person under it ("Jacob A. Malik": "Jacob Malik").
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][^\W\d_]+)[ \t]+\Z")
_SUFFIX_AFTER = re.compile(r",?\s(?:Jr|Sr)\.?(?![\w])")


@dataclass
class Document:
    """What the rules read: the text, its tagger, its year and its bare surnames."""

    text: str
    tagger: Tagger
    year: int | None
    cues: list[Cue]
    #: What the scan saw of title words: the mentions it found and the indexes of those that
    #: a title word's key stands just before (no other can have a title). None: not known.
    after_title: tuple[list[Mention], list[int]] | None = None

    def maybe_titled(self, mentions: list[Mention]) -> Iterable[int]:
        """Indexes of the mentions a title may stand before: those the scan saw a title word
        before, if these are the scan's mentions; else all."""
        if self.after_title is not None and self.after_title[0] is mentions:
            return self.after_title[1]
        return range(len(mentions))

    def title_before(self, start: int) -> str | None:
        """The title word just before a name ("Comrade", "Cde.", "[Minister]"), if any (see
        _title_ending): read from the _TITLE_REACH characters before the name, which a long
        text repeats ("Party Secretary ", "pass on to Comrade "), so the tagger remembers the
        title each such string ends with."""
        lo = start - _TITLE_REACH if start > _TITLE_REACH else 0
        before = self.text[lo:start]
        known = self.tagger.titles_before
        title = known.get(before, "")  # no title word is empty: "" is not known yet
        if title == "":
            title = _title_ending(before)
            if len(known) < _TITLES_REMEMBERED:
                known[before] = title
        return title

    def line_of(self, offset: int) -> int:
        return self.lines.line_of(offset)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)


Rule = Callable[[Document, list[Mention]], list[Mention]]

_new = tuple.__new__
_START = itemgetter(0)
_END = itemgetter(1)
_PERSON = itemgetter(3)
_VARIANT = itemgetter(9)


#: A step lists at most this many candidates by name (the mention carries them all).
_LISTED = 5


def _in_group(m: Mention, group: int) -> Mention:
    """m as a member of a bracket group (m.with_changes(group=group), without its keyword
    handling: this runs for every bracketed alternate)."""
    return _new(Mention, (*m[:11], group))


def _alternate(text: str, a: Mention, b: Mention) -> bool:
    """Whether b is the whole content of a bracket right after a, and both are names of more
    than one word."""
    return (" " in a.text and " " in b.text and text[a.end:b.start].strip() in ("[", "(")
            and text[b.end:b.end + 1] in ("]", ")"))


def _some(ids: Sequence[str]) -> str:
    """Candidates for a step: "a, b, c", or the first few and how many more."""
    if len(ids) <= _LISTED:
        return ", ".join(ids)
    return f"{', '.join(ids[:_LISTED])} and {len(ids) - _LISTED} more"


def _positions(text: str, char: str) -> list[int]:
    """Every offset of char in text."""
    out = []
    i = text.find(char)
    while i != -1:
        out.append(i)
        i = text.find(char, i + 1)
    return out

CONTEXT_RULES: list[tuple[str, Rule]] = []


def _rule(name: str) -> Callable[[Rule], Rule]:
    def register(func: Rule) -> Rule:
        CONTEXT_RULES.append((name, func))
        return func

    return register


def _title_ending(before: str) -> str | None:
    """The title word that ends the characters before a name, if any: their last word
    (spaces, tabs, "]" and at most one line break after it), without "[" or "(", when it is
    in TITLE_WORDS. A telegram wraps its lines anywhere ("COMRADE\nPONOMAREV"); a blank line
    ends a paragraph, and no title reaches across it."""
    head = before.rstrip(" \t\r]")
    if head.endswith("\n"):
        head = head[:-1].rstrip(" \t\r]")
        if head.endswith("\n"):
            return None
    if len(head) == len(before):
        return None  # no space between the word and the name
    if head[-3:].lower() not in TITLE_ENDINGS and not head[-1:].isspace():
        return None  # the word before ends as no title does (another space may follow it)
    words = head.rsplit(None, 1)
    if not words:
        return None
    word = words[-1].lstrip("[(")
    return word if word.lower() in TITLE_WORDS else None


def document_year(text: str, date: str | int | None = None) -> int | None:
    """The year a document speaks from: the date given, else the first year in its header."""
    if isinstance(date, int):
        return date
    if isinstance(date, str):
        m = _YEAR.search(date)
        if not m:
            raise ValueError(f"date '{date}' has no year; give it as 1950 or 1950-09-22")
        return int(m.group())
    head = "\n".join(text[:_HEADER_CHARS].lstrip().splitlines()[:_HEADER_LINES])
    m = _YEAR.search(head)
    return int(m.group()) if m else None


def _resolve(doc: Document, m: Mention, pid: str, step: str) -> Mention:
    cfg = doc.tagger.config
    conf = cfg.confidence_ocr if m.method == "ocr" else cfg.confidence_folded
    return m.with_changes(person_id=pid, name=doc.tagger.table[pid].name, confidence=conf,
                          steps=(*m.steps, step))


@_rule("titles")
def titles(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A title just before a name (Comrade, Cde., Marshal...) is context, outside the span."""
    out = mentions
    # The steps of a titled mention, by its steps before and the title: made once per pair (a
    # long text repeats both), which spares making a tuple per mention.
    titled = doc.tagger.titled_steps
    for i in doc.maybe_titled(mentions):
        m = mentions[i]
        t = doc.title_before(m[0])
        if t is None:
            continue
        steps = titled.get((m[8], t))
        if steps is None:
            steps = titled[(m[8], t)] = (*m[8], f"title:{t}")
        if out is mentions:
            out = list(mentions)
        out[i] = _new(Mention, (*m[:8], steps, *m[9:]))
    return out


@_rule("completions")
def completions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A name completed in brackets ("Mao [Zedong]") is one mention of the full name."""
    text = doc.text
    if "[" not in text:
        return mentions
    # _completion's own first test ("[" just after the name, or a space between), found from
    # the brackets: a text has far fewer of them than names. The mentions are in order and do
    # not overlap, so their ends ascend, and a bracket's name is found by bisection.
    ends = list(map(_END, mentions))
    n = len(ends)
    todo: list[int] = []
    for p in _positions(text, "["):
        i = bisect_left(ends, p - 1)
        while i < n and ends[i] <= p:
            if not todo or todo[-1] < i:
                todo.append(i)
            i += 1
    # A full name with another full name in brackets is a name and its alternate ("Pak
    # Heon-yeong [Pak Hon Yong]", the brackets rule's business), never a completion: the two
    # together are no one's name.
    todo = [i for i in todo if not (i + 1 < len(mentions) and _alternate(text, mentions[i],
                                                                         mentions[i + 1]))]
    if not todo:
        return mentions
    out = list(mentions)
    for i in todo:
        m = out[i]
        full = _completion(doc, m)
        if full is not None and (m.person_id is None or m.person_id in full.candidates):
            out[i] = full
    return out


@_rule("brackets")
def bracket_groups(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """'A [B]' or 'A (B)': one group when B is compatible with A; a conflict is reported."""
    text = doc.text
    if "[" not in text and "(" not in text:
        return mentions
    out = list(mentions)
    group = 0
    # Neighbours close enough for a bracket between them (the gaps computed at C speed); this
    # rule changes no mention's place, so the places of the input decide.
    starts = list(map(_START, mentions))
    gaps = map(sub, starts[1:], map(_END, mentions))
    close = [i for i, gap in enumerate(gaps) if gap <= _BRACKET_GAP]
    for i in close:
        a, b = out[i], out[i + 1]
        between = text[a.end:b.start]
        if not ("[" in between or "(" in between):
            continue
        if not (_OPEN.match(between) and _CLOSE.search(text[b.end:b.end + 3])):
            continue
        shared = set(a.candidates) & set(b.candidates)
        if len(shared) == 1:
            pid = next(iter(shared))
            group += 1
            if a.person_id != pid:
                a = _resolve(doc, a, pid, f"bracket:{b.text} names the same person")
            if b.person_id != pid:
                b = _resolve(doc, b, pid, f"bracket:{a.text} names the same person")
            out[i], out[i + 1] = _in_group(a, group), _in_group(b, group)
        elif not shared:
            out[i] = a.with_changes(steps=(*a.steps, f"bracket-conflict:{b.text} is another "
                                           "person; not merged"))
            out[i + 1] = b.with_changes(steps=(*b.steps, f"bracket-conflict:{a.text} is "
                                               "another person; not merged"))
    return out


def _life_dates(said: re.Match[str]) -> tuple[int | None, int | None]:
    """The years of birth and death a match of _LIFE_DATES states (None: not stated)."""
    if said["year"]:
        year = int(said["year"])
        return (year, None) if said["verb"] == "born" else (None, year)
    parts = _LIFE_SPAN_PARTS.match(said["span"] or said["inner"])
    assert parts is not None  # the same span, matched just now
    lo, hi, kind = parts["lo"], parts["hi"], parts["kind"]
    if hi is not None:  # "1900-76": the century of the first year
        return int(lo), int(lo[:2] + hi if len(hi) == 2 else hi)
    return (int(lo), None) if kind in ("b.", "born") else (None, int(lo))


@_rule("life-dates")
def life_dates(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """An ambiguous name followed by its own life dates ("KIM Chong-suk, who died in 1949",
    "Lee Beom-seok (1900-1972)"): the one candidate whose table dates are those. Stated next to
    the name, they outweigh the document's year (a 1974 report may recall someone who died
    in 1949)."""
    if None not in map(_PERSON, mentions):
        return mentions  # nothing to resolve (the common case)
    table = doc.tagger.table
    text = doc.text
    out = mentions
    for i in _unresolved(mentions):
        m = mentions[i]
        if len(m.candidates) < 2 or m.method == "fuzzy":
            continue
        said = _LIFE_DATES.match(text, m.end)
        if said is None:
            continue
        born, died = _life_dates(said)
        fits = [c for c in m.candidates
                if (born is None or table[c].born == born)
                and (died is None or table[c].died == died)]
        if len(fits) == 1:
            p = table[fits[0]]
            if out is mentions:
                out = list(mentions)
            out[i] = _resolve(doc, m, p.id, f"life-dates:{said.group().strip(' ,()')} fits "
                              f"{p.id} ({p.born or '?'}-{p.died or '?'}) and no other candidate")
    return out


@_rule("date")
def date_evidence(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """An ambiguous name whose candidates but one were not active in the document's year."""
    if doc.year is None or None not in map(_PERSON, mentions):
        return mentions  # no year, or nothing to resolve (the common case)
    table = doc.tagger.table
    out = list(mentions)
    for i in _unresolved(mentions):
        m = out[i]
        if len(m.candidates) > 1 and m.method != "fuzzy":
            fits = [c for c in m.candidates if table[c].alive_in(doc.year) is not False]
            if len(fits) == 1:
                p = table[fits[0]]
                lo, hi = p.active or (p.born, p.died)
                out[i] = _resolve(doc, m, p.id, f"date:{doc.year} fits {p.id} "
                                  f"({lo or '?'}-{hi or '?'}) and no other candidate")
    return out


@_rule("co-occurrence")
def co_occurrence(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """An ambiguous name of which exactly one candidate is named unambiguously elsewhere."""
    if None not in map(_PERSON, mentions):
        return mentions  # nothing to resolve (the common case)
    named = set(map(_PERSON, mentions))
    named.discard(None)
    out = list(mentions)
    for i in _unresolved(mentions):
        m = out[i]
        if len(m.candidates) > 1 and m.method != "fuzzy":
            present = [c for c in m.candidates if c in named]
            if len(present) == 1:
                out[i] = _resolve(doc, m, present[0],
                                  f"co-occurrence:{present[0]} is named elsewhere in the document")
    return out


def _unresolved(mentions: list[Mention]) -> list[int]:
    """Indexes of the mentions linked to no one."""
    return [i for i, pid in enumerate(map(_PERSON, mentions)) if pid is None]


def _completion(doc: Document, cue: Cue | Mention) -> Mention | None:
    """'Chairman Mao [Zedong]': a surname completed in brackets is the full name."""
    if "[" not in doc.text[cue.end:cue.end + 2]:
        return None
    m = _COMPLETION.match(doc.text, cue.end)
    if not m:
        return None
    tagger = doc.tagger
    entries = tagger.index.lookup(f"{cue.text} {m.group(1)}")
    persons = tuple(dict.fromkeys(e.person_id for e in entries))
    if not persons:
        return None
    cfg = tagger.config
    step = f"bracket:completion {m.group().strip()}"
    pid = persons[0] if len(persons) == 1 else None
    name = tagger.table[pid].name if pid else None
    conf = cfg.confidence_folded if pid else cfg.confidence_ambiguous
    return Mention(cue.start, m.end(), doc.text[cue.start:m.end()], pid, name, persons, "folded",
                   conf, ("spelling:" + ",".join(sorted(entries[0].systems)), step),
                   entries[0].variant)


def _tail_end(text: str, tail: re.Match[str]) -> int | None:
    """Where the name-shaped syllables after a surname (_NAME_TAIL's match just after it)
    end, or None if none of them can be part of a name."""
    end = pos = tail.start()
    for word in _TAIL_WORD.finditer(text, pos, tail.end()):
        if word.group().strip(".,;:'’").lower() in _NOT_A_GIVEN_NAME:
            break
        end = word.end()
    return end if end > pos else None


@cache
def _rapidfuzz() -> tuple[Callable[..., list[tuple[str, float, int]]], Callable[..., float]]:
    """rapidfuzz's process.extract and fuzz.ratio, imported when a text first needs them (once,
    not per name: a text can name hundreds of persons the table does not know)."""
    from rapidfuzz import fuzz, process

    return process.extract, fuzz.ratio


def _fuzzy(doc: Document, cue: Cue, end: int) -> Mention | None:
    """A known surname with syllables that match nothing: propose the closest names."""
    tagger = doc.tagger
    index = tagger.index
    query = fold_key(doc.text[cue.start:end])
    choices = tagger.fuzzy_choices(fold_key(cue.text))
    extract, ratio = _rapidfuzz()
    found = extract(query, choices, scorer=ratio, limit=5,
                    score_cutoff=tagger.config.fuzzy_report_threshold)
    if not found:
        return None
    persons: dict[str, float] = {}
    for _key, score, i in found:
        for pid in index.persons[i]:
            persons.setdefault(pid, score)
    best = found[0][1]
    steps = tuple(f"fuzzy:{query!r} ~ {key!r} score {score:.0f}" for key, score, _ in found)
    return Mention(cue.start, end, doc.text[cue.start:end], None, None, tuple(persons), "fuzzy",
                   round(best / 100 * tagger.config.confidence_ambiguous, 2), steps, None,
                   score=round(best, 1))


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all its line holds, but spaces."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (not text[line_start:start].strip()
            and not text[end:len(text) if line_end == -1 else line_end].strip())


def _titled_surname(
    doc: Document, cue: Cue, same_surname: tuple[str, ...], steps: tuple[str, ...]
) -> Mention | None:
    """'General Clark', 'Marshal Zakharov' before any full mention: the one Western or Soviet
    person of the table with that surname who was active in the document's year, if there is
    exactly one. Korean and Chinese surnames are shared by far too many people for this."""
    table = doc.tagger.table
    if any(table[p].origin in ("korean", "chinese") for p in same_surname):
        return None
    fits = [p for p in same_surname
            if doc.year is None or table[p].alive_in(doc.year) is not False]
    if len(fits) != 1:
        return None
    pid = fits[0]
    why = "the only person of that surname in the table"
    if doc.year is not None and len(same_surname) > 1:
        why += f" active in {doc.year}"
    return Mention(cue.start, cue.end, cue.text, pid, table[pid].name, (pid,), "title",
                   doc.tagger.config.confidence_coreference, (*steps, f"title-surname:{why}"))


@_rule("coreference")
def coreference(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A bare surname ("Kim", "Comrade Pak") names the one person of that surname named before.

    Several such persons make an ambiguous mention with the candidates; a surname followed by
    syllables that match no name is a fuzzy candidate instead; a surname completed in brackets
    ("Mao [Zedong]") is the full name.
    """
    if not doc.cues:
        return mentions
    index = doc.tagger.index
    cfg = doc.tagger.config
    table = doc.tagger.table
    # Where each person is first named (later mentions are written over by earlier ones when
    # the mentions are read backwards), and the names that could not be resolved, by the key of
    # their first word.
    pids = list(map(_PERSON, mentions))
    first_seen = dict(zip(reversed(pids), map(_START, reversed(mentions)), strict=True))
    first_seen.pop(None, None)
    place = first_seen.__getitem__
    unresolved: dict[str, list[Mention]] = {}
    if None in pids:
        for i in _unresolved(mentions):
            unresolved.setdefault(fold_key(mentions[i].text).split(" ")[0], []).append(
                mentions[i])
    # Surname cue -> the persons of that surname this document names, in the order they are
    # first named: the persons named before a place are a prefix of it. (From the persons
    # named, not from each surname's persons: a common surname has thousands in a large
    # table, a document names a few hundred persons.) The persons are taken in groups that
    # have the same surname cues, far fewer than persons, each group in the order of first
    # naming (one lookup of each person's group).
    present = {cue.key_id for cue in doc.cues}
    order = dict.fromkeys(pids)
    order.pop(None, None)
    group_of, cues_of_group = index.cue_groups
    groups: dict[int, list[str]] = {}
    for group_id, pid in zip(map(group_of.__getitem__, order), order, strict=True):
        group = groups.get(group_id)
        if group is None:
            groups[group_id] = [pid]
        else:
            group.append(pid)
    # Tuples: the persons named before a place are a slice of one, which a mention takes as
    # its candidates as it is.
    named_by_cue: dict[int, tuple[str, ...]] = {}
    for group_id, group in groups.items():
        keys = [key_id for key_id in cues_of_group[group_id] if key_id in present]
        if keys:
            members = tuple(group)
            for key_id in keys:
                of_cue = named_by_cue.get(key_id)
                named_by_cue[key_id] = members if of_cue is None else tuple(sorted(
                    [*of_cue, *members], key=place))
    # (surname cue, how many of its persons were named before) -> those persons and how a step
    # lists them: a document repeats a bare surname after the same persons again and again.
    listed: dict[tuple[int, int], tuple[tuple[str, ...], str]] = {}
    added: list[Mention] = []
    text = doc.text
    for cue in doc.cues:
        start, end, written, key_id, maybe_titled = cue
        if not written[:1].isupper():
            continue
        if "[" in text[end:end + 2]:  # _completion's own first test, inlined
            completed = _completion(doc, cue)
            if completed is not None:
                added.append(completed)
                continue
        tail = _NAME_TAIL.match(text, end)
        if tail:
            tail_end = _tail_end(text, tail)
            if tail_end is not None:
                fuzzy = _fuzzy(doc, cue, tail_end)
                if fuzzy is not None:
                    added.append(fuzzy)
                continue
        of_cue = named_by_cue.get(key_id)
        before = of_cue[:bisect_left(of_cue, start, key=place)] if of_cue else ()
        # A name of this surname that could not be resolved makes a bare surname uncertain.
        unsure = [c for m in unresolved.get(fold_key(written), ()) if m.end <= start
                  for c in m.candidates] if unresolved else []
        title = doc.title_before(start) if maybe_titled else None
        steps: tuple[str, ...] = (f"title:{title}",) if title else ()
        # FRUS headings gloss a role with the bare surname: "Commander in Chief (Clark)".
        gloss = text[start - 1:start] == "(" and text[end:end + 1] == ")"
        if gloss:
            steps = (*steps, "gloss:surname in parentheses after a role")
        # A ciphered telegram is signed with the surname in capitals on a line of its own
        # ("SHTYKOV", "I V A N O V").
        signed = written.isupper() and _alone_on_line(text, start, end)
        if signed:
            steps = (*steps, "signature:surname in capitals alone on its line")
        if not before and (title or gloss or signed) and not unsure:
            titled = _titled_surname(doc, cue, index.persons[key_id], steps)
            if titled is not None:
                added.append(titled)
            continue
        if not before:
            continue
        if unsure and set(unsure) - set(before):
            before = tuple(dict.fromkeys([*before, *unsure]))
            steps = (f"coreference:an unresolved name of surname {written} precedes", *steps)
        # Mentions made with tuple.__new__ (no keyword handling): this runs for every bare
        # surname of every document.
        if len(before) == 1:
            pid = before[0]
            line = doc.line_of(first_seen[pid])
            steps = (f"coreference:{written} is {pid}, named on line {line}", *steps)
            added.append(_new(Mention, (start, end, written, pid, table[pid].name, (pid,),
                                        "coreference", cfg.confidence_coreference, steps, None,
                                        None, None)))
        else:
            if unsure:
                candidates, some = before, _some(before)
            else:
                known = listed.get((key_id, len(before)))
                if known is None:
                    known = listed[(key_id, len(before))] = (before, _some(before))
                candidates, some = known
            steps = (f"coreference:{written} could be any of {some}", *steps)
            added.append(_new(Mention, (start, end, written, None, None, candidates,
                                        "coreference", cfg.confidence_ambiguous, steps, None,
                                        None, None)))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=_START)


@_rule("initials")
def initials_and_suffixes(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Initials or a first name with initials before a Western or Russian surname, and Jr./Sr.
    after a name, belong to the name: "V.I. Ivanov", "Nikita S. Khrushchev", "[N.V.] Roshchin",
    "William K. Harrison, Jr."."""
    if not doc.tagger.takes_initials:
        return mentions
    text = doc.text
    western_ids = doc.tagger.western
    # Spellings joined by NUL (which no spelling holds): one C-speed test for a period at the
    # end of any of them.
    spellings = "\x00".join(filter(None, map(_VARIANT, mentions))) + "\x00"
    if western_ids.isdisjoint(map(_PERSON, mentions)) and ".\x00" not in spellings:
        return mentions  # no Western or Soviet name, no abbreviated spelling (the common case)
    # The mentions anything below applies to (most are neither).
    todo = [i for i, m in enumerate(mentions)
            if m.person_id in western_ids or (m.variant and m.variant[-1:] == ".")]
    if not todo:
        return mentions
    out = list(mentions)
    for i in todo:
        m = out[i]
        # Names may not overlap: initials begin after the previous name as it now stands.
        prev_end = out[i - 1].end if i else 0
        # Only a bare surname or a name that starts with initials takes more in front: a name
        # with its first name ("Terentii Shtykov") is whole already.
        western = m.person_id in western_ids
        bare = " " not in m.text or m.text[1:2] == "."
        start, end, steps = m.start, m.end, m.steps
        if western and bare:
            before = _INITIALS_BEFORE.search(text, max(prev_end, m.start - _INITIALS_REACH),
                                             m.start)
            if before and before.start() >= prev_end and before.group().strip():
                start = before.start()
                first = before.group().split(None, 1)[0]
                if first.lower() in TITLE_WORDS:  # "Ambassador V. Razuvaev": a title, kept out
                    start += len(first) + (len(before.group()) - len(before.group().lstrip()))
                    start += len(text[start:m.start]) - len(text[start:m.start].lstrip())
                if start < m.start:
                    steps = (*steps, f"initials:{text[start:m.start].strip()}")
            elif m.text[1:2] == ".":
                word = _WORD_BEFORE.search(text, max(prev_end, m.start - _INITIALS_REACH),
                                           m.start)
                full = f"{word[1]} {m.text.rsplit(None, 1)[-1]}" if word else ""
                if word and any(e.person_id == m.person_id
                                for e in doc.tagger.index.lookup(full)):
                    start = word.start()
                    steps = (*steps, f"given-name:{word[1]} (the table has {full})")
        if western:
            after = _SUFFIX_AFTER.match(text, m.end)
            if after:
                end = after.end()
                steps = (*steps, f"suffix:{after.group().strip(', ')}")
        if m.variant and m.variant.endswith(".") and text[end:end + 1] == ".":
            end += 1  # the abbreviation's own period ("Harrison Jr.") belongs to the name
        if (start, end) != (m.start, m.end):
            out[i] = m.with_changes(start=start, end=end, text=text[start:end], steps=steps)
    return out


def apply_context(
    text: str,
    mentions: list[Mention],
    tagger: Tagger,
    *,
    cues: list[Cue] | None = None,
    date: str | int | None = None,
    after_title: list[int] | None = None,
) -> list[Mention]:
    """Run every context rule in order over a document's mentions.

    ``after_title``: the indexes of the mentions the scan saw a title word's key just before
    (see Tagger.scan); without it, every mention is looked at for a title.
    """
    doc = Document(text, tagger, document_year(text, date), cues or [],
                   None if after_title is None else (mentions, after_title))
    for _name, rule in CONTEXT_RULES:
        mentions = rule(doc, mentions)
    return mentions
