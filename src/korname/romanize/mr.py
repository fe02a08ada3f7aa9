"""McCune-Reischauer (MR) and the Library of Congress rules for personal names (LC).

MR writes how a name sounds, so the letters of a syllable depend on its neighbours. For person
names the Library of Congress rules (Korean Romanization and Word Division, "Personal names")
fix the details:

* surname and given name are romanized separately: no sound change across the space;
* the given name is hyphenated between syllables, and sound changes inside it are shown across
  the hyphen (Ch'ang-nyong, Mog-wŏl, Ch'ŏr-wŏn, Sŏng-min for 석민);
* the given name's first syllable counts as word-initial, so its stop is voiceless
  (Kim Tae-jung, Kim Chi-ha);
* a given name written with initial ㄹ keeps r (Kim Ri-na, Ha Ryun).

The junction table below (final of one syllable x initial of the next) is written from the
MR 1939 tables as the LC reproduces them: voicing between voiced sounds, nasal assimilation
(ㄱ+ㅁ -> ng-m, ㅂ+ㄴ -> m-n), liaison of a final before a vowel (ㄹ -> r, ㄱ -> g) and the ㄹ
rules (ㄴ+ㄹ -> l-l, ㅇ+ㄹ -> ng-n).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from .jamo import NO_FINAL, SILENT, SONORANT_FINALS, Syllable, syllables
from .registry import register

__all__ = [
    "LC_SURNAMES",
    "MR_SURNAMES",
    "library_of_congress",
    "mccune_reischauer",
    "mr_given",
    "mr_isolated_given",
    "mr_surname",
]

#: Word-initial (and post-obstruent) values of the initials; apostrophes mark aspiration.
MR_INITIAL: Mapping[str, str] = MappingProxyType({
    "ㄱ": "k", "ㄲ": "kk", "ㄴ": "n", "ㄷ": "t", "ㄸ": "tt", "ㄹ": "r", "ㅁ": "m", "ㅂ": "p",
    "ㅃ": "pp", "ㅅ": "s", "ㅆ": "ss", "ㅇ": "", "ㅈ": "ch", "ㅉ": "tch", "ㅊ": "ch'",
    "ㅋ": "k'", "ㅌ": "t'", "ㅍ": "p'", "ㅎ": "h",
})  # fmt: skip
#: Plain stops voiced between voiced sounds (after a vowel or ㄴ ㄹ ㅁ ㅇ).
MR_VOICED: Mapping[str, str] = MappingProxyType({"ㄱ": "g", "ㄷ": "d", "ㅂ": "b", "ㅈ": "j"})
#: Finals before a pause, by their neutral sound.
MR_FINAL: Mapping[str, str] = MappingProxyType({
    "": "", "ㄱ": "k", "ㄴ": "n", "ㄷ": "t", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p", "ㅇ": "ng",
})  # fmt: skip
#: A written final carried over to a following vowel (liaison), by the written letter.
MR_LIAISON: Mapping[str, str] = MappingProxyType({
    "ㄱ": "g", "ㄲ": "kk", "ㄴ": "n", "ㄷ": "d", "ㄹ": "r", "ㅁ": "m", "ㅂ": "b", "ㅅ": "s",
    "ㅆ": "ss", "ㅈ": "j", "ㅊ": "ch'", "ㅋ": "k'", "ㅌ": "t'", "ㅍ": "p'", "ㅎ": "",
})  # fmt: skip
MR_VOWEL: Mapping[str, str] = MappingProxyType({
    "ㅏ": "a", "ㅐ": "ae", "ㅑ": "ya", "ㅒ": "yae", "ㅓ": "ŏ", "ㅔ": "e", "ㅕ": "yŏ", "ㅖ": "ye",
    "ㅗ": "o", "ㅘ": "wa", "ㅙ": "wae", "ㅚ": "oe", "ㅛ": "yo", "ㅜ": "u", "ㅝ": "wŏ", "ㅞ": "we",
    "ㅟ": "wi", "ㅠ": "yu", "ㅡ": "ŭ", "ㅢ": "ŭi", "ㅣ": "i",
})  # fmt: skip

#: Nasal assimilation of a stop final before ㄴ ㅁ ㄹ: ㄱ -> ng, ㄷ -> n, ㅂ -> m.
_NASALIZED = MappingProxyType({"ㄱ": "ng", "ㄷ": "n", "ㅂ": "m"})
_NASALS = frozenset("ㄴㅁ")

#: Surnames MR writes by convention rather than by sound. 이 is Yi (I is the plain reading,
#: generated as a variant); 류 and 라 follow the South Korean reading. 리 stays Ri: it is the
#: North Korean spelling, and MR transcribes the name as the person wrote it.
MR_SURNAMES: Mapping[str, str] = MappingProxyType({"이": "Yi", "류": "Yu", "라": "Na"})
#: LC personal-name rule: 李/異 are always Yi, 류/유 are Yu, 라/나 are Na.
LC_SURNAMES: Mapping[str, str] = MappingProxyType(
    {"이": "Yi", "리": "Yi", "류": "Yu", "유": "Yu", "라": "Na", "나": "Na"}
)


def _initial(syl: Syllable, *, shi: bool) -> str:
    """Word-initial value of a syllable's initial (MR ㅅ is sh before ㅟ, and before ㅣ in shi)."""
    if syl.initial in "ㅅㅆ" and (syl.vowel == "ㅟ" or (shi and syl.vowel == "ㅣ")):
        return MR_INITIAL[syl.initial] + "h"
    return MR_INITIAL[syl.initial]


def junction(prev: Syllable, nxt: Syllable, *, tense_after_l: bool = True) -> tuple[str, str]:
    """MR letters for (the final of prev, the initial of nxt) inside one word.

    ``tense_after_l`` writes the Sino-Korean tensing of ㄷ and ㅈ after ㄹ (Sŏl-chu); without it
    they are voiced like other stops after a sonorant (Sŏl-ju), the other common reading.
    """
    fin, ini = prev.final, nxt.initial
    sound = prev.sound_final
    if ini == SILENT:  # liaison: the final is pronounced with the next vowel
        return ("ng", "") if fin == "ㅇ" else (MR_LIAISON.get(fin, MR_FINAL[sound]), "")
    if ini == "ㄹ":
        if sound in ("ㄴ", "ㄹ"):
            return "l", "l"
        if sound == NO_FINAL:
            return "", "r"
        return _NASALIZED.get(sound, MR_FINAL[sound]), "n"
    if ini in _NASALS:
        if sound == "ㄹ" and ini == "ㄴ":
            return "l", "l"
        return _NASALIZED.get(sound, MR_FINAL[sound]), MR_INITIAL[ini]
    if ini == "ㅎ" and sound == "ㄹ":
        return "r", "h"
    if ini in MR_VOICED and (sound == NO_FINAL or sound in SONORANT_FINALS):
        if sound == "ㄹ" and ini in "ㄷㅈ" and tense_after_l:
            return "l", MR_INITIAL[ini]
        return MR_FINAL[sound], MR_VOICED[ini]
    if ini == "ㅅ" and sound == "ㄷ":
        return "s", "s"
    return MR_FINAL[sound], MR_INITIAL[ini]


def _word(sylls: tuple[Syllable, ...], *, shi: bool, tense_after_l: bool) -> list[str]:
    """Romanize syllables as one word; returns the syllables' letters, junctions applied."""
    parts = [_initial(sylls[0], shi=shi) if sylls else ""]
    for i, syl in enumerate(sylls):
        vowel = MR_VOWEL[syl.vowel]
        parts[i] += vowel
        if i + 1 < len(sylls):
            fin, ini = junction(syl, sylls[i + 1], tense_after_l=tense_after_l)
            nxt = sylls[i + 1]
            if (ini == "s" and nxt.vowel == "ㅟ") or (shi and ini == "s" and nxt.vowel == "ㅣ"):
                ini = "sh"
            parts[i] += fin
            parts.append(ini)
        else:
            parts[i] += MR_FINAL[syl.sound_final]
    return parts


@lru_cache(maxsize=4096)
def mr_given(given: str, *, shi: bool = False, tense_after_l: bool = True) -> tuple[str, ...]:
    """The MR syllables of a given name (lower case), sound changes shown across the breaks.

    >>> "-".join(mr_given("창룡"))
    "ch'ang-nyong"
    """
    return tuple(_word(syllables(given), shi=shi, tense_after_l=tense_after_l))


@lru_cache(maxsize=4096)
def mr_isolated_given(given: str) -> tuple[str, ...]:
    """The MR syllables of a given name each romanized on its own, as if word-initial: no
    voicing, nasalization or liaison across the breaks (필규 -> p'il-kyu, not p'il-gyu).

    >>> "-".join(mr_isolated_given("필규"))
    "p'il-kyu"
    """
    return tuple(_word((s,), shi=False, tense_after_l=True)[0] for s in syllables(given))


@lru_cache(maxsize=1024)
def mr_surname(surname: str, *, table: bool = True, shi: bool = False) -> str:
    """A surname in MR, as one capitalized word (two-syllable surnames joined: Namgung)."""
    if table and surname in MR_SURNAMES:
        return MR_SURNAMES[surname]
    return _cap("".join(_word(syllables(surname), shi=shi, tense_after_l=True)))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def join_given(parts: tuple[str, ...]) -> str:
    """Hyphenated given name, first letter capitalized: Ch'ŏr-wŏn."""
    return _cap("-".join(parts))


@register("mr")
def mccune_reischauer(surname: str, given: str) -> str:
    """McCune-Reischauer: surname apart, given name hyphenated with its sound changes shown.

    >>> mccune_reischauer("김", "철원")
    "Kim Ch'ŏr-wŏn"
    """
    sur = mr_surname(surname)
    return f"{sur} {join_given(mr_given(given))}" if given else sur


@register("lc")
def library_of_congress(surname: str, given: str) -> str:
    """Library of Congress personal names: MR with 李/리 -> Yi, 류/유 -> Yu, 라/나 -> Na.

    >>> library_of_congress("리", "주연")
    'Yi Chu-yŏn'
    """
    sur = LC_SURNAMES.get(surname) or mr_surname(surname)
    return f"{sur} {join_given(mr_given(given))}" if given else sur
