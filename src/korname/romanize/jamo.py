"""Syllables as letters: the (initial, vowel, final) jamo of a Hangul syllable, by name.

The romanization systems are written as tables keyed by jamo letters (ㄱ, ㅓ, ㅇ...) rather
than by Unicode indexes, so that every rule reads like the published tables. This module turns
a precomposed syllable into its three letters and back, using the arithmetic of
:mod:`korname.hangul`, and holds the sound classes and the initial-sound law (두음법칙) that
several systems share.
"""

from __future__ import annotations

from typing import NamedTuple

from ..hangul import compose, decompose, is_hangul_syllable

__all__ = [
    "FINALS",
    "INITIALS",
    "NO_FINAL",
    "SILENT",
    "SONORANT_FINALS",
    "VOWELS",
    "Y_VOWELS",
    "Syllable",
    "apply_initial_law",
    "neutral_final",
    "syllables",
    "to_text",
]

#: The 19 initial consonants, in Unicode order (index = choseong index).
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
#: The 21 vowels, in Unicode order (index = jungseong index).
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
#: No final consonant (jongseong index 0).
NO_FINAL = ""
#: The 28 finals, in Unicode order; index 0 is "no final".
FINALS: tuple[str, ...] = (
    NO_FINAL, "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
    "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
)  # fmt: skip

#: The placeholder initial of a vowel-initial syllable.
SILENT = "ㅇ"
#: Vowels that start with an i/y glide (or are i): the environment of the initial-sound law.
Y_VOWELS = frozenset("ㅑㅒㅕㅖㅛㅠㅣ")
#: Finals after which a plain stop is voiced in MR, NK and the Russian conventions.
SONORANT_FINALS = frozenset("ㄴㄹㅁㅇ")

# The seven final sounds a written final is pronounced as before a pause (받침 대표음).
_NEUTRAL_FINAL = {
    "ㄱ": "ㄱ", "ㄲ": "ㄱ", "ㄳ": "ㄱ", "ㄺ": "ㄱ", "ㅋ": "ㄱ",
    "ㄴ": "ㄴ", "ㄵ": "ㄴ", "ㄶ": "ㄴ",
    "ㄷ": "ㄷ", "ㅅ": "ㄷ", "ㅆ": "ㄷ", "ㅈ": "ㄷ", "ㅊ": "ㄷ", "ㅌ": "ㄷ", "ㅎ": "ㄷ",
    "ㄹ": "ㄹ", "ㄼ": "ㄹ", "ㄽ": "ㄹ", "ㄾ": "ㄹ", "ㅀ": "ㄹ",
    "ㅁ": "ㅁ", "ㄻ": "ㅁ",
    "ㅂ": "ㅂ", "ㅍ": "ㅂ", "ㅄ": "ㅂ", "ㄿ": "ㅂ",
    "ㅇ": "ㅇ",
}  # fmt: skip


class Syllable(NamedTuple):
    """One Hangul syllable as its three jamo letters (final is "" when there is none)."""

    initial: str
    vowel: str
    final: str

    @classmethod
    def of(cls, ch: str) -> Syllable:
        i, v, f = decompose(ch)
        return cls(INITIALS[i], VOWELS[v], FINALS[f])

    def text(self) -> str:
        """The precomposed syllable."""
        return compose(INITIALS.index(self.initial), VOWELS.index(self.vowel),
                       FINALS.index(self.final))

    @property
    def sound_final(self) -> str:
        """The final as pronounced before a pause ("" when there is none)."""
        return neutral_final(self.final)


def neutral_final(final: str) -> str:
    """The representative sound (ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ) of a written final, "" for none."""
    return _NEUTRAL_FINAL.get(final, NO_FINAL)


def syllables(hangul: str) -> tuple[Syllable, ...]:
    """The syllables of a Hangul string; anything that is not a syllable raises ValueError."""
    out = []
    for ch in hangul:
        if not is_hangul_syllable(ch):
            raise ValueError(f"{ch!r} is not a precomposed Hangul syllable")
        out.append(Syllable.of(ch))
    return tuple(out)


def to_text(sylls: tuple[Syllable, ...]) -> str:
    return "".join(s.text() for s in sylls)


def apply_initial_law(syl: Syllable) -> Syllable:
    """The South Korean word-initial form of a syllable (두음법칙): 리 -> 이, 로 -> 노, 녀 -> 여.

    ㄹ becomes silent before i/y vowels and ㄴ elsewhere; ㄴ becomes silent before i/y vowels.
    Other syllables are returned unchanged.
    """
    if syl.initial == "ㄹ":
        return syl._replace(initial=SILENT if syl.vowel in Y_VOWELS else "ㄴ")
    if syl.initial == "ㄴ" and syl.vowel in Y_VOWELS:
        return syl._replace(initial=SILENT)
    return syl
