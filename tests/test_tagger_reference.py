"""A slow, obviously-correct reference tagger that the fast one must agree with."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from korname import AliasTable, Tagger
from korname.config import DEFAULT
from korname.keys import fold_key

PERSONS = [
    {"id": "kim-il-sung", "name": "Kim Il Sung", "aliases": ["Kim Il-sung"]},
    {"id": "kim-il", "name": "Kim Il"},
    {"id": "o-jin-u", "name": "O Jin-u"},
    {"id": "nam-il", "name": "Nam Il"},
    {"id": "stalin", "name": "Joseph Stalin", "origin": "other"},
    {"id": "pak-il-u", "name": "Pak Il-u"},
]
TABLE = AliasTable.from_persons(PERSONS)
WORDS = ["Kim", "Il", "II", "11", "ll", "lI", "8.II", "Sung", "O", "Jin", "u", "Jin-u", "to", "Nam",
         "Pak", "Il-u",
         "Stalin", "Joseph", "said", "Vietnam", "the", ",", ".", "[", "]"]


def reference_tag(text: str) -> list[tuple[int, int, str]]:
    """Try every word-aligned span; keep leftmost-longest non-overlapping key matches."""
    keys = {}
    index = TABLE.index
    for i, (key, persons) in enumerate(zip(index.keys, index.persons, strict=True)):
        if not index.is_cue(i):  # a bare surname is a cue for coreference, not a match
            keys[key] = persons
    n = len(text)
    starts = [i for i in range(n) if text[i].isalnum() and (i == 0 or not text[i - 1].isalnum())]
    ends = [j for j in range(1, n + 1)
            if text[j - 1].isalnum() and (j == n or not text[j].isalnum())]
    out = []
    pos = 0
    for s in starts:
        if s < pos:
            continue
        best = None
        for e in ends:
            if e > s and fold_key(text[s:e]) in keys:
                best = e
        if best is not None:
            out.append((s, best, text[s:best]))
            pos = best
    return out


def _letter_spaced(words: list[str]) -> bool:
    """Whether the text has a run of one-letter words that the letter-spacing fold joins into
    one word ("O O O O" -> "OOOO", as "S H T Y K O V" -> "SHTYKOV"): the reference does not
    model that fold, whose cases are in tests/cases/."""
    run = 0
    for w in words:
        run = run + 1 if len(w) == 1 and w.isalpha() else 0
        if run >= DEFAULT.letter_spaced_min:
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=10).filter(lambda w: not _letter_spaced(w))
       .map(" ".join))
@example("O O O Jin-u")  # three one-letter words are no letter-spaced word
def test_fast_tagger_agrees_with_reference(text: str) -> None:
    got = [(m.start, m.end, m.text) for m in Tagger(TABLE).scan(text)]
    assert got == reference_tag(text)


def test_reference_itself() -> None:
    assert reference_tag("to Kim Il Sung and O Jin-u") == [(3, 14, "Kim Il Sung"),
                                                           (19, 26, "O Jin-u")]


def test_results_do_not_depend_on_the_hash_seed() -> None:
    """Spellings come out of sets; the index orders them totally, so every process agrees."""
    import os
    import subprocess
    import sys

    code = ("from korname import tag; "
            "print([(m.text, m.person_id, m.candidates, m.steps) for m in "
            "tag('MIKOYAN and Cde. Kim II Sung met Lee Beom-seok, Choe Yong-gon and Pak.')])")
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "KORNAME_CACHE_DIR": "off"}
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, check=True,
                                capture_output=True, text=True).stdout)
    assert len(outs) == 1 and "kim-il-sung" in outs.pop()
