"""Letters lost to "?": "K?m Il Sung", "Boles?aw Bierut" (ł lost to an encoding), "M?ty?s R?kosi".

A scan or an encoding that could not read a letter writes "?" in its place. The match key
cannot know the letter, so the tagger reads the text with each such "?" filled by a letter
that makes a word of the table's keys ("K?m": kim, kum...), choosing among several by the
names the index finds there (see Tagger._fill_lost). A "?" is taken for a lost letter only
when a letter follows it: "Who was he?" keeps its question mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product
from string import ascii_lowercase

__all__ = ["LOST", "MAX_LOST_PER_WORD", "fillings", "lost_words"]

#: A "?" just before a letter: a lost letter, never a question mark (which ends a word).
LOST = re.compile(r"\?(?=[^\W\d_])")
#: A word of letters and "?"s (hyphens and spaces end it, as they end a key's words).
_WORD = re.compile(r"(?:[^\W\d_]|\?)+")
#: Words with more lost letters than this are left alone: each "?" multiplies the fillings
#: tried by 26, and a word that damaged is better left to the fuzzy candidates.
MAX_LOST_PER_WORD = 2


def lost_words(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every word of text holding a lost letter."""
    for m in _WORD.finditer(text):
        if LOST.search(m.group()):
            yield m.span()


def fillings(word: str, vocabulary: frozenset[str]) -> list[str]:
    """The words of the vocabulary (lower-case key words) that word can be with each "?" one
    letter, written in the word's case: "K?m" -> ["Kam", "Kim", "Kum"] when those are key
    words. [] when none fits, or the word has too many "?"s or ends with one."""
    holes = [i for i, c in enumerate(word) if c == "?"]
    if not holes or len(holes) > MAX_LOST_PER_WORD or word.endswith("?"):
        return []
    letters = [c for c in word if c != "?"]
    upper = len(letters) > 1 and all(c.isupper() for c in letters)
    out = []
    chars = list(word)
    for filled in product(ascii_lowercase, repeat=len(holes)):
        for i, c in zip(holes, filled, strict=True):
            chars[i] = c.upper() if upper else c
        candidate = "".join(chars)
        if candidate.lower() in vocabulary:
            out.append(candidate)
    return out
