"""The automaton's checked patterns read the OCR confusions of "Il" as the ocr_il fold does.

The tagger folds a text without ocr_il (three passes over every text, for the few words it
changes) and lets the index find the keys in the confusions instead: each hit must be one the
fully folded text gives, and none may be missing.
"""

from __future__ import annotations

import pickle

from hypothesis import example, given, settings
from hypothesis import strategies as st

from korname import AliasTable, Tagger
from korname.index import MAX_OCR_IL_WORDS, Patterns
from korname.keys import OCR_IL_WORDS, fold_text
from korname.titles import TITLE_KEYS

PERSONS = [
    {"id": "kim-il-sung", "name": "Kim Il Sung"},
    {"id": "nam-il", "name": "Nam Il"},
    {"id": "li-peng", "name": "Li Peng", "origin": "chinese"},
    {"id": "li-il", "name": "Li Il"},
    {"id": "il-il", "name": "Pak Il Il"},
    {"id": "ll-kim", "name": "LL Kim", "origin": "other"},
]
TABLE = AliasTable.from_persons(PERSONS)
WORDS = ["Kim", "Il", "II", "Sung", "Nam", "Li", "LI", "lI", "li", "Peng", "11", "1l", "l1", "I1",
         "1I", "ll", "LL", "Ll", "lL", "iI", "Ii", "ii", "Pak", "8.II", "II.5", "ll.", "(", "-",
         "_", ".", "\n", "Kim-Il"]
texts = st.lists(st.sampled_from(WORDS), max_size=9).flatmap(
    lambda words: st.just(words).map(" ".join) | st.just(words).map("".join))


def _full(text: str, letter_spaced: bool) -> list[tuple[int, int, int]]:
    index = TABLE.index
    return index.hits(fold_text(text, letter_spaced=letter_spaced).key)


def _checked(text: str, letter_spaced: bool) -> list[tuple[int, int, int]]:
    folded = fold_text(text, letter_spaced=letter_spaced, ocr_il=False)
    return TABLE.index.hits(folded.key, folded.cased)


@settings(max_examples=1500, deadline=None)
@given(texts, st.booleans())
@example("Kim II Sung and Li Peng", True)
@example("lI Peng, 8.II Nam 11", True)
@example("Pak II 1l, Li lI", False)
def test_checked_patterns_give_the_hits_of_the_full_fold(text: str, letter_spaced: bool) -> None:
    assert _checked(text, letter_spaced) == _full(text, letter_spaced)


def test_the_confusions_are_read_and_the_look_alikes_are_not() -> None:
    tagger = Tagger(TABLE)
    text = "Kim II Sung met Nam 1l and Li Peng, not lI Peng; 8.II Sung. Li Il, lI Il, Pak ll I1."
    got = [(m.text, m.person_id) for m in tagger.scan(text)]
    assert got == [("Kim II Sung", "kim-il-sung"), ("Nam 1l", "nam-il"), ("Li Peng", "li-peng"),
                   ("Li Il", "li-il"), ("Pak ll I1", "il-il")]
    # "lI Il" is read as "Il Il": no one's name (Li Il is "Li", which OCR does not write lI).


def test_patterns_of_a_key() -> None:
    patterns = Patterns.compile(["kim il sung", "li peng", "nam il", "pak sung"])
    checked = patterns.checked
    # Eight confusions for each "il" word; "li peng" is checked too (its "li" is a key's own
    # word only where the text holds no confusion).
    assert len(checked) == 8 + 1 + 8
    assert patterns.runs_from - patterns.checked_from == len(checked)
    kim = [alts for alts in checked if alts[0][0] == 0]
    assert len(kim) == 8 and all(alts == ((0, ((4, True),)),) for alts in kim)
    assert ((1, ((0, False),)),) in checked


def test_only_the_first_il_words_get_confusions() -> None:
    key = " ".join(["il"] * (MAX_OCR_IL_WORDS + 1))
    patterns = Patterns.compile([key])
    assert len(patterns.checked) == 9 ** MAX_OCR_IL_WORDS - 1
    last = 3 * MAX_OCR_IL_WORDS  # where the last "il" starts
    assert all(at < last for alts in patterns.checked for _key, checks in alts
               for at, _confusion in checks)


def test_no_title_word_is_a_confusion() -> None:
    # The titles' patterns are not checked: no title key may hold a word the confusions leave.
    assert all(OCR_IL_WORDS.isdisjoint(t.split()) for t in TITLE_KEYS)


def test_a_pickled_index_makes_the_same_automaton() -> None:
    """The disk cache keeps the checked patterns and makes the automaton again from them."""
    index = TABLE.index
    again = pickle.loads(pickle.dumps(index))
    assert again.patterns[1:] == index.patterns[1:]  # all but the automaton itself
    folded = fold_text("Kim II Sung, lI Peng and Li Peng; Pak ll I1.", ocr_il=False)
    assert again.hits(folded.key, folded.cased) == index.hits(folded.key, folded.cased)
    assert [h[0] for h in index.hits(folded.key, folded.cased) if h[0] < len(index.keys)]
