"""Yale romanization (S. E. Martin): a letter-for-letter transliteration used by linguists.

Yale spells the written jamo, not the sound, so no junction rules apply: 김일성 is Kim Ilseng.
ㅜ is wu, shortened to u after the labials m, p, pp, ph (Martin's abbreviation); ㅡ is u; the
vowels with a final i-glide are written -y (ay, ey, oy, uy).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .jamo import SILENT, Syllable, syllables
from .registry import register

__all__ = ["yale", "yale_word"]

YALE_CONSONANT: Mapping[str, str] = MappingProxyType({
    "ㄱ": "k", "ㄲ": "kk", "ㄴ": "n", "ㄷ": "t", "ㄸ": "tt", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p",
    "ㅃ": "pp", "ㅅ": "s", "ㅆ": "ss", "ㅇ": "ng", "ㅈ": "c", "ㅉ": "cc", "ㅊ": "ch", "ㅋ": "kh",
    "ㅌ": "th", "ㅍ": "ph", "ㅎ": "h",
    "ㄳ": "ks", "ㄵ": "nc", "ㄶ": "nh", "ㄺ": "lk", "ㄻ": "lm", "ㄼ": "lp", "ㄽ": "ls",
    "ㄾ": "lth", "ㄿ": "lph", "ㅀ": "lh", "ㅄ": "ps", "": "",
})  # fmt: skip
YALE_VOWEL: Mapping[str, str] = MappingProxyType({
    "ㅏ": "a", "ㅐ": "ay", "ㅑ": "ya", "ㅒ": "yay", "ㅓ": "e", "ㅔ": "ey", "ㅕ": "ye", "ㅖ": "yey",
    "ㅗ": "o", "ㅘ": "wa", "ㅙ": "way", "ㅚ": "oy", "ㅛ": "yo", "ㅜ": "wu", "ㅝ": "we",
    "ㅞ": "wey", "ㅟ": "wi", "ㅠ": "yu", "ㅡ": "u", "ㅢ": "uy", "ㅣ": "i",
})  # fmt: skip
_LABIALS = frozenset("ㅁㅂㅃㅍ")


def _syllable(syl: Syllable) -> str:
    ini = "" if syl.initial == SILENT else YALE_CONSONANT[syl.initial]
    vowel = YALE_VOWEL[syl.vowel]
    if syl.vowel == "ㅜ" and syl.initial in _LABIALS:
        vowel = "u"
    return ini + vowel + YALE_CONSONANT[syl.final]


def yale_word(hangul: str) -> str:
    """One word in Yale, lower case."""
    return "".join(_syllable(s) for s in syllables(hangul))


@register("yale")
def yale(surname: str, given: str) -> str:
    """Yale: jamo by jamo, surname apart, given name as one word.

    >>> yale("김", "일성")
    'Kim Ilseng'
    """
    sur = yale_word(surname).capitalize()
    return f"{sur} {yale_word(given).capitalize()}" if given else sur
