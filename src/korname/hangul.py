"""Hangul syllable arithmetic (Unicode chapter 3.12) and surname splitting."""

from __future__ import annotations

__all__ = [
    "L_COUNT",
    "N_COUNT",
    "S_BASE",
    "S_COUNT",
    "TWO_SYLLABLE_SURNAMES",
    "T_COUNT",
    "V_COUNT",
    "compose",
    "decompose",
    "is_hangul_name",
    "is_hangul_syllable",
    "split_name",
]

S_BASE = 0xAC00  # first precomposed syllable, 가
L_COUNT = 19  # initial consonants (choseong)
V_COUNT = 21  # vowels (jungseong)
T_COUNT = 28  # final consonants (jongseong), index 0 = no final
N_COUNT = V_COUNT * T_COUNT  # syllables that share one initial
S_COUNT = L_COUNT * N_COUNT  # all precomposed syllables

#: Surnames written with two syllables; every other surname is the first syllable.
TWO_SYLLABLE_SURNAMES = frozenset(
    {"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절", "소봉"}
)


def is_hangul_syllable(ch: str) -> bool:
    return S_BASE <= ord(ch) < S_BASE + S_COUNT


def is_hangul_name(text: str) -> bool:
    """True when text is one or more words of precomposed Hangul syllables."""
    words = text.split(" ")
    return bool(text) and all(w and all(is_hangul_syllable(c) for c in w) for w in words)


def decompose(ch: str) -> tuple[int, int, int]:
    """Split one syllable into (initial, vowel, final) indexes; final 0 means none."""
    index = ord(ch) - S_BASE
    if not 0 <= index < S_COUNT:
        raise ValueError(f"{ch!r} is not a precomposed Hangul syllable")
    initial, rest = divmod(index, N_COUNT)
    vowel, final = divmod(rest, T_COUNT)
    return initial, vowel, final


def compose(initial: int, vowel: int, final: int = 0) -> str:
    return chr(S_BASE + (initial * V_COUNT + vowel) * T_COUNT + final)


def split_name(hangul: str) -> tuple[str, str]:
    """Split a Korean name into (surname, given name).

    A space in the input is taken as the boundary the author meant; otherwise a known
    two-syllable surname is recognised, and the first syllable is the surname.
    """
    name = hangul.strip()
    if " " in name:
        surname, given = name.split(" ", 1)
        return surname, given.replace(" ", "")
    if len(name) >= 3 and name[:2] in TWO_SYLLABLE_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]
