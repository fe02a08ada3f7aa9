"""The compiled matching index: every variant's key, the persons behind it, one automaton."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import ahocorasick_rs

from .keys import explain_fold, fold_key, is_word_char
from .variants import Variant, surname_forms, variants

if TYPE_CHECKING:
    from .table import AliasTable

__all__ = ["KeyEntry", "NameIndex"]

#: Keys shorter than this are never matched on their own (they occur inside too many words).
MIN_KEY_CHARS = 3
#: The kind of entry that marks a bare surname: a cue for coreference, not a mention.
SURNAME_CUE = "surname-cue"


@dataclass(frozen=True)
class KeyEntry:
    """One spelling behind a key: whose it is and what produced it."""

    person_id: str
    variant: str
    systems: frozenset[str]
    kind: str


@dataclass
class NameIndex:
    """Keys (folded spellings) with their entries, and an Aho-Corasick automaton over them."""

    keys: list[str]
    entries: list[tuple[KeyEntry, ...]]
    automaton: ahocorasick_rs.AhoCorasick = field(repr=False)
    #: key index -> the distinct person ids behind it (more than one: an ambiguous key)
    persons: list[tuple[str, ...]] = field(repr=False)

    @classmethod
    def build(cls, table: AliasTable) -> NameIndex:
        items: list[tuple[str, Iterable[Variant]]] = []
        for p in table:
            spellings = variants(p)
            items.append((p.id, spellings))
            cue = frozenset({"surname"})
            items.append((p.id, [Variant(s, cue, SURNAME_CUE) for s in surname_forms(p, spellings)]))
        return cls.from_variants(items)

    @classmethod
    def from_variants(cls, items: Iterable[tuple[str, Iterable[Variant]]]) -> NameIndex:
        by_key: dict[str, list[KeyEntry]] = {}
        for person_id, person_variants in items:
            for v in person_variants:
                key = fold_key(v.text)
                short = len(key) < MIN_KEY_CHARS and v.kind != SURNAME_CUE
                if short or not key or not (is_word_char(key[0]) and is_word_char(key[-1])):
                    continue
                by_key.setdefault(key, []).append(KeyEntry(person_id, v.text, v.systems, v.kind))
        keys = sorted(by_key)
        entries = [tuple(sorted(by_key[k], key=_entry_order)) for k in keys]
        # A key that is a real spelling of someone is a name, even if it is another's surname.
        entries = [tuple(e for e in es if e.kind != SURNAME_CUE) or es for es in entries]
        persons = [tuple(dict.fromkeys(e.person_id for e in es)) for es in entries]
        automaton = ahocorasick_rs.AhoCorasick(
            keys, implementation=ahocorasick_rs.Implementation.DFA
        ) if keys else ahocorasick_rs.AhoCorasick(["\x00"])
        return cls(keys, entries, automaton, persons)

    def is_cue(self, key_id: int) -> bool:
        """Whether a key is only a surname (a cue for coreference, not a mention)."""
        return self.entries[key_id][0].kind == SURNAME_CUE

    def keys_with_prefix(self, prefix: str) -> range:
        """Indexes of the keys that start with prefix (keys are sorted)."""
        from bisect import bisect_left

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
        lo, hi = 0, len(self.keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.keys[mid] < key:
                lo = mid + 1
            else:
                hi = mid
        return self.entries[lo] if lo < len(self.keys) and self.keys[lo] == key else ()

    def find(self, key_text: str) -> list[tuple[int, int, int]]:
        """Whole-word, leftmost-longest, non-overlapping matches in a folded text.

        Overlapping search first, then the word-boundary check, then greedy selection: a
        leftmost-longest automaton would let an invalid hit inside a word hide a valid one.
        Returns (key index, start, end) in key offsets.
        """
        hits = self.automaton.find_matches_as_indexes(key_text, overlapping=True)
        if not hits:
            return []
        n = len(key_text)
        valid = [
            (s, -e, k)
            for k, s, e in hits
            if (s == 0 or not key_text[s - 1].isalnum()) and (e == n or not key_text[e].isalnum())
        ]
        valid.sort()
        out: list[tuple[int, int, int]] = []
        last_end = -1
        for s, neg_e, k in valid:
            if s >= last_end:
                out.append((k, s, -neg_e))
                last_end = -neg_e
        return out


def _entry_order(e: KeyEntry) -> tuple[int, str]:
    # Table forms first (their wording is the archivist's), then generated ones.
    rank = {"name": 0, "alias": 1}.get(e.kind, 2)
    return rank, e.variant


def fired_folds(text: str) -> tuple[str, ...]:
    """The folds that change text on its way to its key."""
    return explain_fold(text)[1]
