"""Letters lost to "?": which words hold one, and what they can be filled to."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from korname.lost import (
    MAX_LOST_PER_WORD,
    MIN_LETTERS_BEFORE_FINAL,
    LostLetters,
    fillings,
    lost_words,
)
from korname.tagger import get_tagger

VOCABULARY = frozenset({"kim", "kum", "il", "sung", "song", "boleslaw", "matyas", "rakosi", "ik"})


def reference_fillings(word: str, vocabulary: frozenset[str]) -> set[str]:
    """The definition: vocabulary words that match word with each "?" any letter a-z."""
    holes = word.count("?")
    if not holes or holes > MAX_LOST_PER_WORD:
        return set()
    if word.endswith("?") and (len(word) - holes < MIN_LETTERS_BEFORE_FINAL or (
            holes == 1 and word[:-1].lower() in vocabulary)):
        return set()  # a question mark after a key word or a short word
    pattern = "".join("[a-z]" if c == "?" else re.escape(c.lower()) for c in word)
    return {v for v in vocabulary if re.fullmatch(pattern, v)}


def test_lost_words_are_those_with_a_question_mark_before_a_letter() -> None:
    text = "K?m Il Sung, Boles?aw, Was it Kim? Really?Yes. Pozna? Chang-?k 8?"
    # Candidates: a "?" next to a letter; fillings then tell a question mark from a lost letter.
    assert [text[s:e] for s, e in lost_words(text)] == [
        "K?m", "Boles?aw", "Kim?", "Really?Yes", "Pozna?", "?k"]


def test_fillings_keep_the_case_of_the_word() -> None:
    assert fillings("K?m", VOCABULARY) == ["Kim", "Kum"]
    assert fillings("K?M", VOCABULARY) == ["KIM", "KUM"]
    assert fillings("M?ty?s", VOCABULARY) == ["Matyas"]
    assert fillings("?k", VOCABULARY) == ["ik"]
    assert fillings("Kim?", VOCABULARY) == []  # a question mark after a key word
    assert fillings("Pozna?", VOCABULARY) == []  # no key word: a question mark too
    assert fillings("Mikul??", VOCABULARY | {"mikulas"}) == ["Mikulas"]  # lost final letters
    assert fillings("Novotn?", VOCABULARY | {"novotny"}) == ["Novotny"]
    assert fillings("Ki?", VOCABULARY) == []  # too short to tell from a question mark
    assert fillings("Sun?", VOCABULARY) == ["Sung"]
    assert fillings("S??n?", VOCABULARY) == []  # three lost letters: left to fuzzy candidates


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="kimusngo?KIM", min_size=1, max_size=6))
def test_fillings_are_the_vocabulary_words_that_fit(word: str) -> None:
    found = fillings(word, VOCABULARY)
    assert {f.lower() for f in found} == reference_fillings(word, VOCABULARY)
    for f in found:
        assert len(f) == len(word)
        assert all(a == b for a, b in zip(word, f, strict=True) if a != "?")


def test_filling_keeps_offsets_and_decides_only_where_a_name_does() -> None:
    filler = LostLetters(get_tagger().index)
    text = "K?m Il Sung wrote; S?ng said. M?ty?s R?kosi and Boles?aw. Why?Not"
    filled = filler.fill(text)
    assert len(filled) == len(text)
    # "S?ng" alone could be the surname Song or Sung (other persons): no name decides, so it
    # stays; "Boles?aw" has one filling (a key word) and gets it, a name there or not.
    assert filled == "Kim Il Sung wrote; S?ng said. Matyas Rakosi and Boleslaw. Why?Not"


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="ab?- .\n8_łŁé", max_size=16))
def test_lost_words_are_the_words_with_a_lost_letter(text: str) -> None:
    # The definition: the words of letters and "?"s in which a "?" stands next to a letter.
    words = [m.span() for m in re.finditer(r"(?:[^\W\d_]|\?)+", text)
             if re.search(r"\?(?=[^\W\d_])|(?<=[^\W\d_])\?", m.group())]
    assert list(lost_words(text)) == words
