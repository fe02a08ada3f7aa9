"""Korean names as German, Polish, Czech and Hungarian texts wrote them straight from Korean.

Most Korean names in East European embassy reports came through Russian (Kim Ir Sen, Pak Hen
En: the Cyrillic schemes of :mod:`.cyrillic` render those), but the press and later reports
also transcribed Korean directly, with the letters of their own language: German "Kim Tschong
Il", Polish "Kim Dzong Il", Hungarian "Kim Dzsong Il", Czech "Kim Čong-il". The spelling is
per syllable, like MR without its junction rules: each jamo has a fixed spelling, and the plain
stops ㄱ ㄷ ㅂ ㅈ are voiced between voiced sounds.

Two voicing habits are met. The German and Czech texts follow MR and the Library of Congress
rules, where the given name's first syllable counts as word-initial (Kim Tschong Il); the
Polish and Hungarian ones follow the North Korean official English, which voices it after a
vowel or sonorant ending of the surname (Kim Dzong Il, Kim Dzsong Il). Each language gives its
own habit first and the other second.

Surnames take the language's syllable spelling, except the few with a fixed form in that
language (李 is Li, 崔 is Tschoi in German). Diacritics are kept; the matching side folds them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from .jamo import NO_FINAL, SILENT, SONORANT_FINALS, Syllable, syllables
from .registry import register

__all__ = ["EASTERN_KOREAN", "EasternKorean", "eastern_korean", "eastern_korean_spellings"]

#: Word-initial letters shared by the tables; each language overrides its own.
_INITIAL: Mapping[str, str] = MappingProxyType({
    "ㄱ": "k", "ㄲ": "kk", "ㄴ": "n", "ㄷ": "t", "ㄸ": "tt", "ㄹ": "r", "ㅁ": "m", "ㅂ": "p",
    "ㅃ": "pp", "ㅅ": "s", "ㅆ": "ss", "ㅇ": "", "ㅋ": "k", "ㅌ": "t", "ㅍ": "p", "ㅎ": "h",
})  # fmt: skip
_FINAL: Mapping[str, str] = MappingProxyType({
    NO_FINAL: "", "ㄱ": "k", "ㄴ": "n", "ㄷ": "t", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p", "ㅇ": "ng",
})  # fmt: skip
#: Vowels as the Slavic-alphabet languages write them; German and Hungarian override some.
_VOWEL: Mapping[str, str] = MappingProxyType({
    "ㅏ": "a", "ㅐ": "e", "ㅑ": "ja", "ㅒ": "je", "ㅓ": "o", "ㅔ": "e", "ㅕ": "jo", "ㅖ": "je",
    "ㅗ": "o", "ㅘ": "wa", "ㅙ": "we", "ㅚ": "oe", "ㅛ": "jo", "ㅜ": "u", "ㅝ": "wo", "ㅞ": "we",
    "ㅟ": "wi", "ㅠ": "ju", "ㅡ": "y", "ㅢ": "ui", "ㅣ": "i",
})  # fmt: skip


@dataclass(frozen=True)
class EasternKorean:
    """One language's transcription of Korean: letters by jamo, habits, fixed surnames."""

    name: str
    initial: Mapping[str, str]
    #: ㄱ ㄷ ㅂ ㅈ between voiced sounds.
    voiced: Mapping[str, str]
    vowel: Mapping[str, str]
    surnames: Mapping[str, str]
    #: True when the given name's first stop is voiced after the surname (NK habit).
    voice_given_start: bool
    #: True when the given name is hyphenated (Kim Čong-il) rather than spaced (Kim Dzong Il).
    hyphenated: bool
    #: What the registered system says of itself.
    description: str


_LI = {"이": "Li", "리": "Li"}

#: German press transcription: tsch/dsch, sch-less s, umlauts for ㅐ ㅚ ㅡ.
GERMAN = EasternKorean(
    "ko-de",
    MappingProxyType({**_INITIAL, "ㅈ": "tsch", "ㅉ": "tsch", "ㅊ": "tsch"}),
    MappingProxyType({"ㄱ": "g", "ㄷ": "d", "ㅂ": "b", "ㅈ": "dsch"}),
    MappingProxyType({**_VOWEL, "ㅐ": "ä", "ㅒ": "jä", "ㅙ": "wä", "ㅚ": "ö", "ㅡ": "ü",
                      "ㅢ": "üi"}),
    MappingProxyType({**_LI, "최": "Tschoi"}),
    voice_given_start=False,
    hyphenated=False,
    description=("German press transcription of Korean: tsch/dsch, umlauts, apart (Kim "
                 "Tschong Il)."),
)  # fmt: skip
#: Polish press transcription: cz, dz, w-glides, y for ㅡ.
POLISH = EasternKorean(
    "ko-pl",
    MappingProxyType({**_INITIAL, "ㅈ": "cz", "ㅉ": "cz", "ㅊ": "cz"}),
    MappingProxyType({"ㄱ": "g", "ㄷ": "d", "ㅂ": "b", "ㅈ": "dz"}),
    _VOWEL,
    MappingProxyType(_LI),
    voice_given_start=True,
    hyphenated=False,
    description=("Polish press transcription of Korean: cz/dz, y for ㅡ, NK voicing (Kim "
                 "Dzong Il)."),
)
#: Czech transcription: č/dž, čch/tch/pch/kch for the aspirates, hyphenated given names.
CZECH = EasternKorean(
    "ko-cs",
    MappingProxyType({**_INITIAL, "ㅈ": "č", "ㅉ": "č", "ㅊ": "čch", "ㅋ": "kch", "ㅌ": "tch",
                      "ㅍ": "pch"}),
    MappingProxyType({"ㄱ": "g", "ㄷ": "d", "ㅂ": "b", "ㅈ": "dž"}),
    _VOWEL,
    MappingProxyType(_LI),
    voice_given_start=False,
    hyphenated=True,
    description=("Czech transcription of Korean: č/dž, čch for ㅊ, hyphenated given name (Kim "
                 "Čong-il)."),
)  # fmt: skip
#: Hungarian transcription: cs/dzs, sz for ㅅ, v-glides, ö and u for ㅚ and ㅡ.
HUNGARIAN = EasternKorean(
    "ko-hu",
    MappingProxyType({**_INITIAL, "ㅅ": "sz", "ㅆ": "ssz", "ㅈ": "cs", "ㅉ": "cs", "ㅊ": "cs"}),
    MappingProxyType({"ㄱ": "g", "ㄷ": "d", "ㅂ": "b", "ㅈ": "dzs"}),
    MappingProxyType({**_VOWEL, "ㅘ": "va", "ㅙ": "ve", "ㅚ": "ö", "ㅝ": "vo", "ㅞ": "ve",
                      "ㅟ": "vi", "ㅡ": "u"}),
    MappingProxyType(_LI),
    voice_given_start=True,
    hyphenated=False,
    description="Hungarian transcription of Korean: cs/dzs, sz, NK voicing (Kim Dzsong Il).",
)  # fmt: skip

#: The languages, in the order their spellings are generated.
EASTERN_KOREAN: tuple[EasternKorean, ...] = (GERMAN, POLISH, HUNGARIAN, CZECH)


def _voiced_env(prev: Syllable | None) -> bool:
    """After a vowel or a sonorant final, where a plain stop is voiced."""
    if prev is None:
        return False
    return prev.sound_final == NO_FINAL or prev.sound_final in SONORANT_FINALS


def _syllable(lang: EasternKorean, syl: Syllable, *, voiced: bool) -> str:
    ini = "" if syl.initial == SILENT else lang.initial[syl.initial]
    if voiced and syl.initial in lang.voiced:
        ini = lang.voiced[syl.initial]
    return ini + lang.vowel[syl.vowel] + _FINAL[syl.sound_final]


def _surname(lang: EasternKorean, surname: str) -> str:
    if surname in lang.surnames:
        return lang.surnames[surname]
    sylls = syllables(surname)
    text = "".join(_syllable(lang, s, voiced=i > 0 and _voiced_env(sylls[i - 1]))
                   for i, s in enumerate(sylls))
    return text[:1].upper() + text[1:]


def _given(lang: EasternKorean, surname: str, given: str, *, voice_start: bool) -> list[str]:
    prev: Syllable | None = syllables(surname)[-1] if voice_start else None
    out = []
    for syl in syllables(given):
        out.append(_syllable(lang, syl, voiced=_voiced_env(prev)))
        prev = syl
    return out


def _shape(surname: str, parts: list[str], *, hyphenated: bool) -> str:
    if not parts:
        return surname
    if hyphenated:
        joined = "-".join(parts)
        return f"{surname} {joined[:1].upper() + joined[1:]}"
    return " ".join([surname, *(p[:1].upper() + p[1:] for p in parts)])


@lru_cache(maxsize=2048)
def eastern_korean_spellings(surname: str, given: str) -> tuple[tuple[str, str], ...]:
    """(spelling, label) pairs for every language: its own habit (label ``ko-de``...) and the
    other voicing habit (``:voiced`` / ``:voiceless``). The other shape (spaced for hyphenated
    and back) is left out: match keys fold hyphens to spaces, so it would add nothing.

    >>> dict(eastern_korean_spellings("김", "정일"))["Kim Dzong Il"]
    'ko-pl'
    """
    out: list[tuple[str, str]] = []
    for lang in EASTERN_KOREAN:
        sur = _surname(lang, surname)
        own = _given(lang, surname, given, voice_start=lang.voice_given_start)
        other = _given(lang, surname, given, voice_start=not lang.voice_given_start)
        out.append((_shape(sur, own, hyphenated=lang.hyphenated), lang.name))
        if other != own:
            tag = "voiceless" if lang.voice_given_start else "voiced"
            out.append((_shape(sur, other, hyphenated=lang.hyphenated), f"{lang.name}:{tag}"))
    return tuple(out)


def eastern_korean(surname: str, given: str, language: str) -> str:
    """The spelling of one language (``ko-de``, ``ko-pl``, ``ko-hu``, ``ko-cs``) in its own
    habit.

    >>> eastern_korean("김", "정일", "ko-de"), eastern_korean("김", "정일", "ko-hu")
    ('Kim Tschong Il', 'Kim Dzsong Il')
    """
    for text, label in eastern_korean_spellings(surname, given):
        if label == language:
            return text
    names = ", ".join(lang.name for lang in EASTERN_KOREAN)
    raise ValueError(f"unknown language {language!r}; expected one of {names}")


def _system(lang: EasternKorean) -> Callable[[str, str], str]:
    """The registered system of one language: its spelling of (surname, given)."""

    def convert(surname: str, given: str) -> str:
        return eastern_korean(surname, given, lang.name)

    convert.__doc__ = lang.description
    convert.__name__ = convert.__qualname__ = f"korean_{lang.name.removeprefix('ko-')}"
    return convert


for _lang in EASTERN_KOREAN:
    register(_lang.name)(_system(_lang))
