"""The fast fold (whole text, compiled) against the slow one (fold by fold), and offsets."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from korname.keys import (
    FOLDS,
    LETTER_PAIRS,
    explain_fold,
    fold_key,
    fold_text,
    letter_run,
    plain_folds_beyond,
    replay_folds,
)

PIECES = ["Kim", "Il", "II", "I1", "11", "lI", "Sung", "sŏng", "Ch'oe", "Ch’oe", "P'eng", "-",
          " ", "  ", "\n", "-\n", "- ", "¬\n", "'s", "’s", "S H T Y K O V", ":11", "KIM", ".", ",",
          "[", "]", "8.II.1950", "World War II", "ŭ", "o\u0306", "\xad", "\t", "İ", "Dubong",
          "T'AE", "KIM'S", "’", "Ŏ", "l'l", "\xa0", "‐", "`", "김일성", "КИМ", "Ким", "\u212a",
          "，", "金"]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_fast_fold_equals_fold_by_fold(text: str) -> None:
    assert fold_text(text).key == replay_folds(text)[0]
    assert explain_fold(text) == replay_folds(text)
    assert fold_key(text) == replay_folds(text)[0].strip()


@settings(max_examples=600, deadline=None)
@given(texts)
def test_fold_without_letter_spacing_differs_only_at_a_letter_run(text: str) -> None:
    # The tagger folds without join_letter_spaced first and folds again only when the key
    # holds three one-letter words in a row (keys.letter_run): without them the two agree.
    fast = fold_text(text, letter_spaced=False)
    if not re.search(r"(?= [a-z] [a-z] [a-z] )", f" {fast.key} "):
        assert fast == fold_text(text)


def test_letter_pairs_are_the_lowercase_pairs() -> None:
    assert len(LETTER_PAIRS) == 26 ** 2 and " s h " in LETTER_PAIRS
    assert fold_text("met S H T Y K O V today", letter_spaced=False).key == \
        "met s h t y k o v today"
    assert fold_text("met S H T Y K O V today").key == "met shtykov today"


def _pair_starts(padded: str) -> list[int]:
    """Where each of LETTER_PAIRS stands in a padded key, overlaps included (the automaton's
    overlapping search reports them all)."""
    return [i for i in range(len(padded)) if padded[i:i + 5] in LETTER_PAIRS]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_letter_run_is_three_one_letter_words_in_a_row(text: str) -> None:
    padded = f" {fold_text(text, letter_spaced=False).key} "
    expected = re.search(r"(?= [a-z] [a-z] [a-z] )", padded) is not None
    assert letter_run(_pair_starts(padded)) is expected


def test_letter_run_needs_the_pairs_to_share_a_word() -> None:
    assert letter_run(_pair_starts(" met s h t today "))
    assert not letter_run(_pair_starts(" v i lenin and i v stalin "))  # pairs, never three
    assert not letter_run(_pair_starts(" a b and c d "))
    assert not letter_run([])


@settings(max_examples=300, deadline=None)
@given(texts)
def test_key_offsets_map_into_the_original(text: str) -> None:
    folded = fold_text(text)
    positions = [folded.to_original(i) for i in range(len(folded.key))]
    assert positions == sorted(set(positions))
    assert all(0 <= p < len(text) for p in positions)
    # A letter of the key comes from a letter or digit of the text, a space from a non-letter.
    assert [c.isalnum() for c in folded.key] == [text[p].isalnum() for p in positions]


def test_named_folds() -> None:
    assert fold_key("KIM Il-sŏng") == fold_key("Kim Il Song") == "kim il song"
    assert fold_key("Ch'oe Yong-gon") == fold_key("Ch’oe Yong Gon") == "choe yong gon"
    assert fold_key("Kim II Sung") == fold_key("Kim I1 Sung") == fold_key("Kim 11 Sung") == \
        fold_key("Kim lI Sung") == "kim il sung"
    assert fold_key("Pak Heon-\nyeong") == fold_key("Pak Heon- yeong") == "pak heonyeong"
    assert fold_key("S H T Y K O V") == "shtykov"
    assert fold_key("Li Kenong") == "li kenong"  # "Li" is a surname, never OCR for "Il"
    assert explain_fold("Kim II Sung")[1] == ("ocr_il", "casefold")
    assert [f.name for f in FOLDS][:2] == ["strip_diacritics", "unify_apostrophes"]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_fold_key_shortcut_equals_full_fold(text: str) -> None:
    from korname.keys import fold_key

    fold_key.cache_clear()
    assert fold_key(text) == fold_text(text).key.strip()


def _folds_beyond(span: str, spelling: str) -> tuple[str, ...]:
    """The slow definition: the folds of span's explanation that spelling's does not have."""
    theirs = set(explain_fold(spelling)[1])
    return tuple(f for f in explain_fold(span)[1] if f not in theirs)


NAME_PIECES = ["Kim", "kim", "KIM", "Il", "IL", "il", "II", "ll", "Sŏng", "SŎNG", "T'ae", "T'AE",
               "t'ae", "'s", "'S", "S", "H", "T", "a", "Ye", "-", " ", "  ", ".", "K"]
names = st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=7).map("".join)


@st.composite
def same_key_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A spelling and the same letters with some in other case and hyphens for spaces."""
    spelling = draw(names)
    flips = draw(st.lists(st.booleans(), min_size=len(spelling), max_size=len(spelling)))
    span = "".join(
        ({"-": " ", " ": "-"}.get(c, c.swapcase()) if flip else c)
        for c, flip in zip(spelling, flips, strict=True)
    )
    return span, spelling


@settings(max_examples=1500, deadline=None)
@given(same_key_pairs())
def test_plain_folds_beyond_is_the_difference_of_explanations(pair: tuple[str, str]) -> None:
    span, spelling = pair
    beyond = plain_folds_beyond(span, spelling)
    if beyond is not None:
        assert explain_fold(span)[0] == explain_fold(spelling)[0]
        assert beyond == _folds_beyond(span, spelling)


def test_plain_folds_beyond_examples() -> None:
    assert plain_folds_beyond("KIM IL SUNG", "Kim Il Sung") == ()
    assert plain_folds_beyond("KIM IL-SUNG", "kim il sung") == ("separators_to_space",
                                                               "casefold")
    assert plain_folds_beyond("LIM BONG T'AE", "Lim Bong T'ae") == ()
    assert plain_folds_beyond("KIM IL-SŎNG", "Kim Il-sŏng") == ()
    assert _folds_beyond("KIM IL-SŎNG", "kim il sŏng") == ("separators_to_space", "casefold")
    assert plain_folds_beyond("KIM IL-SŎNG", "kim il sŏng") == ("separators_to_space",
                                                               "casefold")
    # Not plain, or not the same letters: the explanations must be compared.
    assert plain_folds_beyond("Kim II Sung", "Kim Ii Sung") is None  # OCR reads case
    assert plain_folds_beyond("S H T Y K O V", "s h t y k o v") is None  # letter spacing
    assert plain_folds_beyond("KIM'S", "Kim's") is None  # a possessive only in lower case
    assert plain_folds_beyond("Kim Il Sung", "Kim Il Song") is None
    assert plain_folds_beyond("Kim  Il", "Kim Il") is None
