"""Revised Romanization of Korean (2000) as applied to person names.

For names the RR writes the surname apart and the given name as one word with an optional
hyphen, and shows *no* sound change between the given name's syllables (Han Boknam, Hong
Bitna in the official examples), so 김창룡 is Gim Chang-ryong, not Gim Changnyong. Each
syllable is therefore romanized on its own: initial as at the start of a word, final as before
a pause. Joined forms written by people who do apply liaison (Gim Cheorwon, Bak Mogwol) are
produced by :func:`rr_joined_liaison` as a variant.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from .jamo import SILENT, Syllable, syllables
from .registry import register

__all__ = ["revised_romanization", "rr_given", "rr_joined_liaison", "rr_surname", "rr_syllable"]

RR_INITIAL: Mapping[str, str] = MappingProxyType({
    "ㄱ": "g", "ㄲ": "kk", "ㄴ": "n", "ㄷ": "d", "ㄸ": "tt", "ㄹ": "r", "ㅁ": "m", "ㅂ": "b",
    "ㅃ": "pp", "ㅅ": "s", "ㅆ": "ss", "ㅇ": "", "ㅈ": "j", "ㅉ": "jj", "ㅊ": "ch", "ㅋ": "k",
    "ㅌ": "t", "ㅍ": "p", "ㅎ": "h",
})  # fmt: skip
RR_VOWEL: Mapping[str, str] = MappingProxyType({
    "ㅏ": "a", "ㅐ": "ae", "ㅑ": "ya", "ㅒ": "yae", "ㅓ": "eo", "ㅔ": "e", "ㅕ": "yeo",
    "ㅖ": "ye", "ㅗ": "o", "ㅘ": "wa", "ㅙ": "wae", "ㅚ": "oe", "ㅛ": "yo", "ㅜ": "u", "ㅝ": "wo",
    "ㅞ": "we", "ㅟ": "wi", "ㅠ": "yu", "ㅡ": "eu", "ㅢ": "ui", "ㅣ": "i",
})  # fmt: skip
#: Finals before a pause, by their neutral sound.
RR_FINAL: Mapping[str, str] = MappingProxyType({
    "": "", "ㄱ": "k", "ㄴ": "n", "ㄷ": "t", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p", "ㅇ": "ng",
})  # fmt: skip
#: A written final moved onto a following vowel (liaison) in joined forms.
RR_LIAISON: Mapping[str, str] = MappingProxyType({
    "ㄱ": "g", "ㄲ": "kk", "ㄷ": "d", "ㄹ": "r", "ㅂ": "b", "ㅅ": "s", "ㅆ": "ss", "ㅈ": "j",
    "ㅊ": "ch", "ㅌ": "t", "ㅍ": "p", "ㅎ": "",
})  # fmt: skip


def rr_syllable(syl: Syllable) -> str:
    """One syllable on its own, lower case: 석 -> seok, 룡 -> ryong."""
    return RR_INITIAL[syl.initial] + RR_VOWEL[syl.vowel] + RR_FINAL[syl.sound_final]


@lru_cache(maxsize=4096)
def rr_given(given: str) -> tuple[str, ...]:
    """The RR syllables of a given name, each romanized on its own (no assimilation)."""
    return tuple(rr_syllable(s) for s in syllables(given))


@lru_cache(maxsize=1024)
def rr_surname(surname: str) -> str:
    """A surname in strict RR, capitalized: 김 -> Gim, 이 -> I, 남궁 -> Namgung."""
    return "".join(rr_syllable(s) for s in syllables(surname)).capitalize()


@lru_cache(maxsize=4096)
def rr_joined_liaison(given: str) -> str:
    """The given name joined, with a final carried over to a following vowel: 철원 -> Cheorwon.

    Only liaison is shown (no nasal assimilation): 응렬 -> Eungryeol, as such forms are written.
    """
    sylls = syllables(given)
    out = []
    for i, syl in enumerate(sylls):
        head = RR_INITIAL[syl.initial] + RR_VOWEL[syl.vowel]
        nxt = sylls[i + 1] if i + 1 < len(sylls) else None
        if nxt is not None and nxt.initial == SILENT and syl.final in RR_LIAISON:
            out.append(head + RR_LIAISON[syl.final])
        else:
            out.append(head + RR_FINAL[syl.sound_final])
    return "".join(out).capitalize()


@register("rr")
def revised_romanization(surname: str, given: str) -> str:
    """Revised Romanization for names: syllable by syllable, given name hyphenated.

    >>> revised_romanization("김", "창룡")
    'Gim Chang-ryong'
    """
    sur = rr_surname(surname)
    return f"{sur} {'-'.join(rr_given(given)).capitalize()}" if given else sur
