"""The North Korean official romanization of names, as DPRK English-language media print it.

The DPRK system (1992, revised 2002 and 2012) is derived from MR, with these differences that
matter for names:

* ㅈ is j (Jong, Ju); the aspirates are ch, kh, th, ph (Jang Song Thaek); no apostrophes;
* every given-name syllable is written apart and capitalized (Pak Tong Gu, An Pok Chol);
* the given name's first syllable is voiceless; a later syllable's plain stop is voiced after a
  vowel or a sonorant (Kim Kye Gwan, Choe Thae Bok) and nothing else assimilates;
* 리/류/룡 keep r (Ri Yong Ho, Choe Ryong Hae), and the surname 李 is Ri even where a source
  writes it 이.

The official tables write ŏ and ŭ with breves, but DPRK media drop them (Kim Jong Un, Kang Sok
Ju), and so do the translations korname reads: :func:`north_korean` gives the form without
breves and :func:`nk_name` can keep them. Names with an established spelling of their own are
in :data:`NK_FIXED` (Kim Il Sung).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from .jamo import NO_FINAL, SONORANT_FINALS, Syllable, syllables
from .registry import register

__all__ = ["NK_FIXED", "nk_name", "north_korean"]

NK_INITIAL: Mapping[str, str] = MappingProxyType({
    "ㄱ": "k", "ㄲ": "kk", "ㄴ": "n", "ㄷ": "t", "ㄸ": "tt", "ㄹ": "r", "ㅁ": "m", "ㅂ": "p",
    "ㅃ": "pp", "ㅅ": "s", "ㅆ": "ss", "ㅇ": "", "ㅈ": "j", "ㅉ": "jj", "ㅊ": "ch", "ㅋ": "kh",
    "ㅌ": "th", "ㅍ": "ph", "ㅎ": "h",
})  # fmt: skip
NK_VOICED: Mapping[str, str] = MappingProxyType({"ㄱ": "g", "ㄷ": "d", "ㅂ": "b"})
NK_VOWEL: Mapping[str, str] = MappingProxyType({
    "ㅏ": "a", "ㅐ": "ae", "ㅑ": "ya", "ㅒ": "yae", "ㅓ": "ŏ", "ㅔ": "e", "ㅕ": "yŏ", "ㅖ": "ye",
    "ㅗ": "o", "ㅘ": "wa", "ㅙ": "wae", "ㅚ": "oe", "ㅛ": "yo", "ㅜ": "u", "ㅝ": "wŏ", "ㅞ": "we",
    "ㅟ": "wi", "ㅠ": "yu", "ㅡ": "ŭ", "ㅢ": "ŭi", "ㅣ": "i",
})  # fmt: skip
NK_FINAL: Mapping[str, str] = MappingProxyType({
    "": "", "ㄱ": "k", "ㄴ": "n", "ㄷ": "t", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p", "ㅇ": "ng",
})  # fmt: skip
#: Surnames written differently from their syllable: 李 is Ri in the North however written.
NK_SURNAMES: Mapping[str, str] = MappingProxyType({"이": "Ri"})
#: Names whose established DPRK spelling differs from the system's output.
NK_FIXED: Mapping[str, str] = MappingProxyType({"김일성": "Kim Il Sung"})

_BREVES = str.maketrans({"ŏ": "o", "ŭ": "u", "Ŏ": "O", "Ŭ": "U"})


def _syllable(syl: Syllable, prev: Syllable | None) -> str:
    ini = NK_INITIAL[syl.initial]
    if prev is not None and syl.initial in NK_VOICED and (
        prev.sound_final == NO_FINAL or prev.sound_final in SONORANT_FINALS
    ):
        ini = NK_VOICED[syl.initial]
    word = ini + NK_VOWEL[syl.vowel] + NK_FINAL[syl.sound_final]
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=4096)
def nk_given(given: str) -> tuple[str, ...]:
    """The given name's syllables, capitalized, with breves (the official letters)."""
    sylls = syllables(given)
    return tuple(_syllable(s, sylls[i - 1] if i else None) for i, s in enumerate(sylls))


def nk_surname(surname: str) -> str:
    if surname in NK_SURNAMES:
        return NK_SURNAMES[surname]
    sylls = syllables(surname)
    word = "".join(_syllable(s, sylls[i - 1] if i else None) for i, s in enumerate(sylls))
    return word[:1] + word[1:].lower()


def nk_name(surname: str, given: str, *, breves: bool = False, fixed: bool = True) -> str:
    """The DPRK form; ``breves`` keeps ŏ/ŭ, ``fixed`` applies :data:`NK_FIXED`."""
    if fixed and surname + given in NK_FIXED:
        return NK_FIXED[surname + given]
    text = " ".join((nk_surname(surname), *nk_given(given)))
    return text if breves else text.translate(_BREVES)


@register("nk")
def north_korean(surname: str, given: str) -> str:
    """North Korean official system, as printed: syllables apart, j/th/ph/kh, no breves.

    >>> north_korean("장", "성택")
    'Jang Song Thaek'
    """
    return nk_name(surname, given)
