"""Letters lost to "?": "K?m Il Sung", "Boles?aw Bierut" (ł lost to an encoding), "M?ty?s R?kosi".

A scan or an encoding that could not read a letter writes "?" in its place. The match key
cannot know the letter, so the tagger reads the text with each such "?" filled by a letter
that makes a word of the table's keys ("K?m": kim, kum...), choosing among several by the
names the index finds there (LostLetters). A "?" that ends a word is a question mark when the
word is a word of the keys as it stands ("Was it Kim?") or no filling makes one ("Who was
he?"); otherwise it is a lost final letter ("Mikul?? ?urina" for Mikuláš Šurina).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product
from string import ascii_lowercase

from .index import NameIndex
from .keys import fold_text

__all__ = ["LOST", "MAX_LOST_PER_WORD", "MIN_LETTERS_BEFORE_FINAL", "LostLetters", "fillings",
           "lost_words"]

#: A "?" next to a letter: a lost letter, unless it ends a word that is a word of the keys
#: as it stands ("Kim?", see fillings) or no filling makes one ("Really?", "Pozna?").
LOST = re.compile(r"\?(?:(?=[^\W\d_])|(?<=[^\W\d_]\?))")
#: Words with more lost letters than this are left alone: each "?" multiplies the fillings
#: tried by 26, and a word that damaged is better left to the fuzzy candidates.
MAX_LOST_PER_WORD = 2
#: A word ending in "?" needs this many letters for the "?" to be read as a lost letter: after
#: a shorter word ("Did you see Pa?") a question mark is likelier than a lost letter.
MIN_LETTERS_BEFORE_FINAL = 3
#: How far around a word with lost letters the index is asked for the names that cover it
#: (longer than any name).
_REACH = 80
#: How many words with lost letters a filler remembers the fillings of.
_REMEMBERED = 1 << 16


def lost_words(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every word of text (letters and "?"s; hyphens and spaces end it, as they
    end a key's words) holding a "?" next to a letter. Found from the "?"s, which are rare, not
    by reading every word."""
    n = len(text)
    at = text.find("?")
    while at != -1:
        if LOST.match(text, at):
            start = at
            while start and (text[start - 1].isalpha() or text[start - 1] == "?"):
                start -= 1
            end = at + 1
            while end < n and (text[end].isalpha() or text[end] == "?"):
                end += 1
            yield start, end
            at = text.find("?", end)
        else:
            at = text.find("?", at + 1)


def fillings(word: str, vocabulary: frozenset[str]) -> list[str]:
    """The words of the vocabulary (lower-case key words) that word can be with each "?" one
    letter, written in the word's case: "K?m" -> ["Kam", "Kim", "Kum"] when those are key
    words, "Mikul??" -> ["Mikulas"]. [] when none fits, when the word has too many "?"s, or when
    it ends with a question mark after a key word ("Kim?", "Stalin?") or a word of fewer than
    MIN_LETTERS_BEFORE_FINAL letters ("Pa?")."""
    holes = [i for i, c in enumerate(word) if c == "?"]
    if not holes or len(holes) > MAX_LOST_PER_WORD:
        return []
    if holes[-1] == len(word) - 1 and (
        len(word) - len(holes) < MIN_LETTERS_BEFORE_FINAL
        or (len(holes) == 1 and word[:-1].lower() in vocabulary)
    ):
        return []  # a question mark after a key word, or after a word too short to tell
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


class LostLetters:
    """Fills the lost letters of texts for one index: each word's letters by the words of the
    index's keys, several fillings decided by the names the index finds around the word."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        #: Every word of every key: what a word with lost letters may be filled to.
        self.vocabulary = frozenset(w for key in index.keys for w in key.split(" "))
        self._fillings: dict[str, list[str]] = {}

    def fill(self, text: str) -> str:
        """text with each word's lost letters ("K?m") filled; the same length, so offsets hold.
        A word with one possible filling gets it (the scan then finds a name there or not);
        one with several ("K?m": Kim, Kum...) gets the filling that makes it part of the
        longest name there, in text order, so that a filled word helps the next."""
        remembered = self._fillings
        single: list[tuple[int, int, str]] = []
        several: list[tuple[int, int, list[str]]] = []
        for start, end in lost_words(text):
            word = text[start:end]
            options = remembered.get(word)
            if options is None:
                options = fillings(word, self.vocabulary)
                if len(remembered) < _REMEMBERED:
                    remembered[word] = options
            if len(options) == 1:
                single.append((start, end, options[0]))
            elif options:
                several.append((start, end, options))
        text = _put(text, single)
        for start, end, options in several:
            best = self._best(text, start, end, options)
            if best is not None:
                text = _put(text, [(start, end, best)])
        return text

    def _best(self, text: str, start: int, end: int, options: list[str]) -> str | None:
        """The filling of text[start:end] under the longest hit of the index that covers the
        word (a name or a bare surname), if the fillings that give it name the same persons
        ("KIM IL S?NG": SONG and SUNG are both Kim Il Sung; the first is taken)."""
        lo = max(0, start - _REACH)
        hi = min(len(text), end + _REACH)
        index = self.index
        n_keys = len(index.keys)
        best: list[tuple[str, tuple[str, ...]]] = []
        best_len = 0
        for option in options:
            folded = fold_text(f"{text[lo:start]}{option}{text[end:hi]}")
            covering = 0
            who: tuple[str, ...] = ()
            for key_id, s, e in index.hits(folded.key):
                if key_id >= n_keys:
                    continue  # a title word or two one-letter words in a row
                os, oe = folded.to_original(s) + lo, folded.to_original(e - 3) + 1 + lo
                if os <= start and oe >= end and oe - os > covering:
                    covering, who = oe - os, index.persons[key_id]
            if covering > best_len:
                best, best_len = [(option, who)], covering
            elif covering and covering == best_len:
                best.append((option, who))
        if not best or any(who != best[0][1] for _option, who in best):
            return None
        return best[0][0]


def _put(text: str, words: list[tuple[int, int, str]]) -> str:
    """text with each (start, end) replaced by its word of the same length, in text order."""
    if not words:
        return text
    parts: list[str] = []
    done = 0
    for start, end, word in words:
        parts += (text[done:start], word)
        done = end
    return "".join((*parts, text[done:]))
