"""The compiled matching index: every variant's key, the persons behind it, one automaton."""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import product
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

import ahocorasick_rs

from .gcpause import gc_paused
from .keys import LETTER_PAIRS, OCR_IL, OCR_IL_WORDS, fold_key, is_word_char
from .titles import TITLE_KEYS
from .variants import Variant, surname_forms, variants

if TYPE_CHECKING:
    from .table import AliasTable

__all__ = ["KeyEntry", "NameIndex"]

#: Keys shorter than this are never matched on their own (they occur inside too many words).
MIN_KEY_CHARS = 3
#: The kind of entry that marks a bare surname: a cue for coreference, not a mention.
SURNAME_CUE = "surname-cue"


#: A key's "il" words that get patterns for their OCR confusions ("Kim II Sung" for "kim il
#: sung"): each such word multiplies the key's patterns by nine, so a key with more (no name
#: has them) is matched with the confusions in its first few only.
MAX_OCR_IL_WORDS = 3
#: The pattern of a key that is only matched through its checked pattern: no folded text
#: holds a NUL (the fold deletes it), so it never matches.
_NEVER = "\x00"

#: Where a checked pattern holds an OCR_IL_WORDS word, and whether the text there must be an
#: OCR confusion of "Il" (True: the pattern stands for a key's "il") or must not (False: the
#: key has that word itself, "li" of "Li Peng").
_Checks = tuple[tuple[int, bool], ...]


class KeyEntry(NamedTuple):
    """One spelling behind a key: whose it is and what produced it (a tuple: 100,000 of
    them must stay small)."""

    person_id: str
    variant: str
    systems: frozenset[str]
    kind: str


class _CueGroupOf(dict[str, int]):
    """Person id -> group of surname cues, 0 (none) for a person it leaves out: a key
    function at C speed."""

    def __missing__(self, person_id: str) -> int:
        return 0


@dataclass
class NameIndex:
    """Keys (folded spellings) with their entries, and an Aho-Corasick automaton over them."""

    keys: list[str]
    entries: list[tuple[KeyEntry, ...]]
    patterns: Patterns = field(repr=False)
    #: key index -> the distinct person ids behind it (more than one: an ambiguous key)
    persons: list[tuple[str, ...]] = field(repr=False)

    @property
    def runs_from(self) -> int:
        """The first hit index of two one-letter words in a row (keys.LETTER_PAIRS)."""
        return self.patterns.runs_from

    @classmethod
    def build(cls, table: AliasTable) -> NameIndex:
        def items() -> Iterator[tuple[str, Iterable[Variant]]]:
            # One person at a time: all spellings of a large table never exist at once.
            cue = frozenset({"surname"})
            for p in table:
                spellings = variants(p)
                yield p.id, spellings
                yield p.id, [Variant(s, cue, SURNAME_CUE) for s in surname_forms(p, spellings)]

        with gc_paused():
            index = cls.from_variants(items())
            _ = index.cue_groups  # the persons by surname, made while the collector rests
            index.entry_for("")
        # Everything above was made while the collector rested, so it all sits in the youngest
        # generation. Left there, the first collections of the next tag() calls would walk it
        # generation by generation, three times over (about 0.4 s at 100,000 keys, more than
        # a third of tagging 5 MB in a fresh process). One full collection now moves it to the
        # oldest generation in a single pass, where it is walked again only after the heap
        # has grown by a quarter.
        gc.collect()
        return index

    @classmethod
    def from_variants(cls, items: Iterable[tuple[str, Iterable[Variant]]]) -> NameIndex:
        by_key: dict[str, list[KeyEntry]] = {}
        # Many spellings share one set of systems; keep one copy of each set.
        shared: dict[frozenset[str], frozenset[str]] = {}
        for person_id, person_variants in items:
            for v in person_variants:
                key = fold_key(v.text)
                short = len(key) < MIN_KEY_CHARS and v.kind != SURNAME_CUE
                if short or not key or not (is_word_char(key[0]) and is_word_char(key[-1])):
                    continue
                systems = shared.setdefault(v.systems, v.systems)
                by_key.setdefault(key, []).append(KeyEntry(person_id, v.text, systems, v.kind))
        keys = sorted(by_key)
        entries = [tuple(sorted(by_key[k], key=_entry_order)) for k in keys]
        # A key that is a real spelling of someone is a name, even if it is another's surname.
        entries = [tuple(e for e in es if e.kind != SURNAME_CUE) or es for es in entries]
        # One tuple for each distinct set of persons (most keys name one person, who has
        # dozens of keys): less memory, and a mention refers to a tuple other mentions used.
        distinct: dict[tuple[str, ...], tuple[str, ...]] = {}
        persons = [distinct.setdefault(ps, ps) for ps in (
            tuple(dict.fromkeys(e.person_id for e in es)) for es in entries)]
        return cls(keys, entries, Patterns.compile(keys), persons)

    @property
    def cue_flags(self) -> list[bool]:
        """For each key, whether it is only a surname cue (computed once)."""
        flags: list[bool] | None = self.__dict__.get("_cue_flags")
        if flags is None:
            flags = self.__dict__["_cue_flags"] = [es[0].kind == SURNAME_CUE for es in self.entries]
        return flags

    def entry_for(self, variant: str) -> KeyEntry | None:
        """The (first) entry of exactly this spelling, if any."""
        by_variant: dict[str, KeyEntry] | None = self.__dict__.get("_by_variant")
        if by_variant is None:
            by_variant = {}
            for es in self.entries:
                for e in es:
                    by_variant.setdefault(e.variant, e)
            self.__dict__["_by_variant"] = by_variant
        return by_variant.get(variant)

    @property
    def cue_groups(self) -> tuple[dict[str, int], list[tuple[int, ...]]]:
        """Persons grouped by their surname-cue keys (computed once): person id -> group, and
        each group's cue keys in key order. Group 0 has no cue keys; it is every person the
        map leaves out. A table has far fewer groups than persons."""
        groups: tuple[dict[str, int], list[tuple[int, ...]]] | None = self.__dict__.get(
            "_cue_groups")
        if groups is None:
            collect: dict[str, list[int]] = {}
            for key_id, flag in enumerate(self.cue_flags):
                if flag:
                    for pid in self.persons[key_id]:
                        collect.setdefault(pid, []).append(key_id)
            number: dict[tuple[int, ...], int] = {(): 0}
            group_of = _CueGroupOf(
                {p: number.setdefault(tuple(k), len(number)) for p, k in collect.items()})
            groups = self.__dict__["_cue_groups"] = (group_of, list(number))
        return groups

    def __getstate__(self) -> dict[str, Any]:
        # The automaton is not picklable; it is made again from the keys and the checked
        # patterns (kept: finding them takes as long as making the automaton).
        patterns = self.patterns
        return {"keys": self.keys, "entries": self.entries, "persons": self.persons,
                "checked": (patterns.checked_text, patterns.checked, patterns.only_checked)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.keys = state["keys"]
        self.entries = state["entries"]
        self.persons = state["persons"]
        self.patterns = Patterns.assemble(self.keys, *state["checked"])

    def is_cue(self, key_id: int) -> bool:
        """Whether a key is only a surname (a cue for coreference, not a mention)."""
        return self.cue_flags[key_id]

    def keys_with_prefix(self, prefix: str) -> range:
        """Indexes of the keys that start with prefix (keys are sorted)."""
        return range(bisect_left(self.keys, prefix), bisect_left(self.keys, prefix + "\uffff"))

    def __len__(self) -> int:
        return len(self.keys)

    def ambiguous_keys(self) -> list[tuple[str, tuple[str, ...]]]:
        """Keys that more than one person claims, with the persons."""
        return [(k, p) for i, (k, p) in enumerate(zip(self.keys, self.persons, strict=True))
                if len(p) > 1 and not self.is_cue(i)]

    def lookup(self, text: str) -> tuple[KeyEntry, ...]:
        """The entries for a spelling, or () when no person has it."""
        key = fold_key(text)
        keys = self.keys
        i = bisect_left(keys, key)  # keys are sorted
        return self.entries[i] if i < len(keys) and keys[i] == key else ()

    def hits(self, key_text: str, cased: str | None = None) -> list[tuple[int, int, int]]:
        """Every whole-word hit in a folded text: (key index, start, end + 2) in key offsets,
        leftmost first, and longest first among those that start together.

        In a folded text every word is bounded by spaces (punctuation became spaces), and the
        automaton's patterns for keys are the keys with a space on each side: so it reports
        whole words only, never a key inside a word. The search is overlapping (two names that
        share the space between them are both seen); the tagger's scan then keeps the
        leftmost-longest hits that do not overlap. A key index of len(keys) or more is no key: below
        len(keys) + len(TITLE_KEYS) it is a title word at the end of a word (titles.TITLE_KEYS;
        its end is reported as a key's, end + 2), from :attr:`runs_from` on two one-letter words
        in a row (keys.LETTER_PAIRS).

        ``cased``: for a key folded without the ocr_il fold (keys.fold_text(ocr_il=False)), its
        ``cased`` text. The hits are then those of the key the fold would give: the automaton
        also has each key with its "il" words written as OCR confusions ("kim ii sung"), and
        such a pattern, or a key with a word like those ("li peng"), counts only where OCR_IL
        says that the text there is (or is not) a confusion of "Il" (see Patterns.resolve)."""
        hits = self.raw_hits(key_text)
        patterns = self.patterns
        if patterns.checked and hits and max(hits)[0] >= patterns.checked_from:
            lo, hi = patterns.checked_from, patterns.runs_from
            out = []
            for hit in hits:
                if lo <= hit[0] < hi:
                    key_id = patterns.resolve(hit[0], hit[1], cased)
                    if key_id < 0:
                        continue
                    hit = (key_id, hit[1], hit[2])
                out.append(hit)
            return out
        return hits

    def raw_hits(self, key_text: str) -> list[tuple[int, int, int]]:
        """The hits as :meth:`hits` orders them, before the checked patterns' hits (indexes
        from ``patterns.checked_from`` up to :attr:`runs_from`) are made keys: for a caller
        that meets them one by one anyway (the tagger's scan) and resolves only those."""
        padded = f" {key_text} "
        # The automaton searches bytes: a str haystack would cost a map from every byte to its
        # character, built before each search (eight bytes per byte of text). A key is ASCII
        # in most English texts, where byte and character offsets are the same.
        if padded.isascii():
            hits = self.patterns.automaton.find_matches_as_indexes(
                padded.encode("ascii"), overlapping=True)
        else:
            data = padded.encode("utf-8", "surrogatepass")
            hits = self._in_characters(
                self.patterns.automaton.find_matches_as_indexes(data, overlapping=True), data)
        # Padded [s, e) is " key ": the key is [s, e - 2) in key_text. The automaton reports
        # hits as its search moves on, by end; a stable sort by start, descending, keeps that
        # order among hits that start together, and reversing gives start ascending and end
        # descending (one sort with a C key function instead of two; no two hits share both
        # start and end: keys are distinct, checked patterns too, and a title word's pattern
        # has no space before it).
        hits.sort(key=_START, reverse=True)
        hits.reverse()
        return hits

    def _in_characters(self, hits: list[tuple[int, int, int]],
                       data: bytes) -> list[tuple[int, int, int]]:
        """Hits with UTF-8 byte offsets into data given as character offsets. The automaton
        reports them by end: each end is counted on from the one before, and the start is the
        end less the pattern's length in characters."""
        lengths: list[int] | None = self.__dict__.get("_pattern_lengths")
        if lengths is None:  # made for the first such text (a list as long as the patterns)
            patterns = self.patterns
            lengths = self.__dict__["_pattern_lengths"] = list(map(len, _pattern_texts(
                self.keys, patterns.checked_text, patterns.only_checked)))
        out = []
        chars = done = 0
        for index, _start, e in hits:
            if e != done:
                if e < done:  # not by end after all: map every offset
                    return _in_characters_any_order(hits, data)
                chars += len(data[done:e].decode("utf-8", "surrogatepass"))
                done = e
            out.append((index, chars - lengths[index], chars))
        return out


_START = itemgetter(1)


def _in_characters_any_order(hits: list[tuple[int, int, int]],
                              data: bytes) -> list[tuple[int, int, int]]:
    """Hits with UTF-8 byte offsets into data given as character offsets, in any order. Every
    offset is a character's first byte: a pattern starts with a space or a letter's first byte,
    which no byte inside a character equals."""
    at: dict[int, int] = {}
    chars = done = 0
    for offset in sorted({o for _, s, e in hits for o in (s, e)}):
        chars += len(data[done:offset].decode("utf-8", "surrogatepass"))
        at[offset] = chars
        done = offset
    return [(index, at[s], at[e]) for index, s, e in hits]


class Patterns(NamedTuple):
    """The automaton over a list of keys and what its hit indexes stand for.

    Its patterns, in order: each key (or _NEVER, for a key matched through its checked
    pattern), the title words, the checked patterns, the pairs of one-letter words. The
    title words serve the titles rule; the pairs tell the tagger when a key folded without
    join_letter_spaced may differ (keys.letter_run). A title word is looked for at the end of
    a word, not as a whole word: a deletion may have joined it to the word before
    ("Comrade-\nGeneral" is "comradegeneral"), where the titles rule, reading the text, still
    sees "General".
    The checked patterns are the keys as a text folded without ocr_il may hold them: each
    with the keys it stands for and the checks that tell which (see NameIndex.hits).
    """

    automaton: ahocorasick_rs.BytesAhoCorasick
    checked_from: int
    runs_from: int
    checked: tuple[tuple[tuple[int, _Checks], ...], ...]
    #: The text of each checked pattern, and the keys matched only through theirs: with the
    #: keys, all it takes to make the automaton again (see NameIndex.__getstate__).
    checked_text: tuple[str, ...] = ()
    only_checked: frozenset[int] = frozenset()

    @classmethod
    def compile(cls, keys: list[str]) -> Patterns:
        """The patterns of sorted keys: each key with a word "il" also as its OCR confusions
        (the first MAX_OCR_IL_WORDS such words), and each key with a word like one of them
        ("li", "ll") checked, not searched as it is."""
        only_checked: set[int] = set()
        checked: dict[str, list[tuple[int, _Checks]]] = {}
        for key_id, key in enumerate(keys):
            padded = f" {key} "
            if _IL_LIKE_WORD.search(padded) is None:
                continue  # no word "il" or one like it: the key as it is
            words = key.split(" ")
            starts = [0]
            for w in words[:-1]:
                starts.append(starts[-1] + len(w) + 1)
            its = tuple((at, False) for at, w in zip(starts, words, strict=True)
                        if w in OCR_IL_WORDS)
            if its:
                only_checked.add(key_id)
                checked.setdefault(padded, []).append((key_id, its))
            il_at = [at for at, w in zip(starts, words, strict=True) if w == "il"]
            for combo in product(_IL_READINGS, repeat=min(len(il_at), MAX_OCR_IL_WORDS)):
                if not any(combo):
                    continue
                chars = list(padded)
                checks = list(its)
                for at, word in zip(il_at, combo, strict=False):
                    if word:
                        chars[at + 1:at + 3] = word
                        checks.append((at, True))
                checked.setdefault("".join(chars), []).append((key_id, tuple(sorted(checks))))
        return cls.assemble(keys, tuple(checked), tuple(tuple(alts) for alts in checked.values()),
                            frozenset(only_checked))

    @classmethod
    def assemble(cls, keys: list[str], checked_text: tuple[str, ...],
                 checked: tuple[tuple[tuple[int, _Checks], ...], ...],
                 only_checked: frozenset[int]) -> Patterns:
        """The automaton over keys and checked patterns that :meth:`compile` found."""
        automaton = ahocorasick_rs.BytesAhoCorasick(
            [p.encode("utf-8") for p in _pattern_texts(keys, checked_text, only_checked)])
        checked_from = len(keys) + len(TITLE_KEYS)
        return cls(automaton, checked_from, checked_from + len(checked), checked, checked_text,
                   only_checked)

    def resolve(self, index: int, start: int, cased: str | None) -> int:
        """The key a checked pattern's hit at start stands for: the one whose checks pass there
        (at most one does), or -1. cased None: the key was folded with ocr_il, so no word of it
        is a confusion."""
        match = OCR_IL.match
        for key_id, checks in self.checked[index - self.checked_from]:
            if all((cased is not None and match(cased, start + at) is not None) is confusion
                   for at, confusion in checks):
                return key_id
        return -1


def _pattern_texts(keys: list[str], checked_text: tuple[str, ...],
                   only_checked: frozenset[int]) -> Iterator[str]:
    """The automaton's patterns in the order of their hit indexes (see Patterns)."""
    yield from (_NEVER if key_id in only_checked else f" {key} "
                for key_id, key in enumerate(keys))
    yield from (f"{t} " for t in TITLE_KEYS)
    yield from checked_text
    yield from LETTER_PAIRS


#: A word "il" or one of OCR_IL_WORDS, spaces around it.
_IL_LIKE_WORD = re.compile(r" [il1][il1] ")
#: What an "il" word of a key may be read from: as it is (""), or each OCR confusion.
_IL_READINGS = ("", *sorted(OCR_IL_WORDS))


def _entry_order(e: KeyEntry) -> tuple[int, str, str, str, tuple[str, ...]]:
    # Table forms first (their wording is the archivist's), then generated ones; the rest of
    # the key makes the order total, so that results never depend on set iteration order
    # (which changes with Python's hash seed from one process to the next).
    rank = {"name": 0, "alias": 1}.get(e.kind, 2)
    return rank, e.variant, e.kind, e.person_id, tuple(sorted(e.systems))
