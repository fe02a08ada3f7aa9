"""Korean names in Russian Cyrillic: the Kontsevich system and the traditional Soviet spellings.

:func:`kontsevich` is the strict system (A. Kontsevich's tables, the Russian scholarly
standard): pronunciation-based, surname apart and the given name as one word, with the junction
rules of the standard (김일성 -> Ким Ильсон, 정일 -> Чонъиль, 창룡 -> Чханнён).

Soviet documents mostly do not follow it. They write each syllable apart and keep older
habits: ㅓ and ㅕ as е (Сен, Чен, Ен), final ㄹ as р (Ир), 최 as Цой, ㅈ inside the name as
чж or дж, and a given name's first stop voiced after the surname (Хо Га И, Ким Дэ Чжун). The
habits are not applied consistently (Пак Хон Ен next to Пак Хон Ён), so
:func:`traditional_spellings` builds the bounded, ranked set of per-syllable spellings: every
syllable has a list of renderings, best first, and a spelling costs the sum of the positions it
uses. :func:`russian_traditional` is the cheapest one (Ким Ир Сен, Цой Ен Ген).
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from .jamo import NO_FINAL, SILENT, SONORANT_FINALS, Syllable, syllables
from .registry import register

__all__ = [
    "MAX_TRADITIONAL",
    "kontsevich",
    "kontsevich_name",
    "russian_traditional",
    "traditional_spellings",
]

#: How many traditional per-syllable spellings of one name are kept.
MAX_TRADITIONAL = 16

K_INITIAL: Mapping[str, str] = MappingProxyType({
    "ㄱ": "к", "ㄲ": "кк", "ㄴ": "н", "ㄷ": "т", "ㄸ": "тт", "ㄹ": "р", "ㅁ": "м", "ㅂ": "п",
    "ㅃ": "пп", "ㅅ": "с", "ㅆ": "сс", "ㅇ": "", "ㅈ": "ч", "ㅉ": "чч", "ㅊ": "чх", "ㅋ": "кх",
    "ㅌ": "тх", "ㅍ": "пх", "ㅎ": "х",
})  # fmt: skip
#: Plain stops between voiced sounds (after a vowel or м н нъ ль р).
K_VOICED: Mapping[str, str] = MappingProxyType({"ㄱ": "г", "ㄷ": "д", "ㅂ": "б", "ㅈ": "дж"})
#: Finals before a pause or a consonant, by their neutral sound.
K_FINAL: Mapping[str, str] = MappingProxyType({
    "": "", "ㄱ": "к", "ㄴ": "н", "ㄷ": "т", "ㄹ": "ль", "ㅁ": "м", "ㅂ": "п", "ㅇ": "н",
})  # fmt: skip
#: A written final carried over to a following vowel.
K_LIAISON: Mapping[str, str] = MappingProxyType({
    "ㄱ": "г", "ㄲ": "кк", "ㄴ": "н", "ㄷ": "д", "ㄹ": "р", "ㅁ": "м", "ㅂ": "б", "ㅅ": "с",
    "ㅆ": "сс", "ㅈ": "дж", "ㅊ": "чх", "ㅋ": "кх", "ㅌ": "тх", "ㅍ": "пх", "ㅎ": "",
})  # fmt: skip
K_VOWEL: Mapping[str, str] = MappingProxyType({
    "ㅏ": "а", "ㅐ": "э", "ㅑ": "я", "ㅒ": "йя", "ㅓ": "о", "ㅔ": "е", "ㅕ": "ё", "ㅖ": "е",
    "ㅗ": "о", "ㅘ": "ва", "ㅙ": "вэ", "ㅚ": "ве", "ㅛ": "ё", "ㅜ": "у", "ㅝ": "во", "ㅞ": "ве",
    "ㅟ": "ви", "ㅠ": "ю", "ㅡ": "ы", "ㅢ": "ый", "ㅣ": "и",
})  # fmt: skip
#: The stop finals that a following ㅎ aspirates (ㄱ+ㅎ -> кх).
_ASPIRATED = MappingProxyType({"ㄱ": "кх", "ㄷ": "тх", "ㅂ": "пх"})
#: Surnames with a Russian form of their own: 李 is Ли however it is written.
K_SURNAMES: Mapping[str, str] = MappingProxyType({"이": "Ли", "리": "Ли"})


def _vowel(syl: Syllable, *, after_consonant: bool, first: bool) -> str:
    """Vowel letters; ㅔ is э without a consonant before it, ㅢ is и except word-initially."""
    if syl.vowel == "ㅔ" and not after_consonant:
        return "э"
    if syl.vowel == "ㅢ" and (after_consonant or not first):
        return "и"
    return K_VOWEL[syl.vowel]


def _junction(prev: Syllable, nxt: Syllable) -> tuple[str, str]:
    """Kontsevich letters for (the final of prev, the initial of nxt) inside one word."""
    fin, ini, sound = prev.final, nxt.initial, prev.sound_final
    if ini == SILENT:
        return ("нъ", "") if fin == "ㅇ" else ("", K_LIAISON.get(fin, ""))
    if ini in ("ㄹ", "ㄴ"):
        if sound in ("ㄹ", "ㄴ") and (ini == "ㄹ" or sound == "ㄹ"):
            return "л", "л"
        if sound == NO_FINAL:
            return "", K_INITIAL[ini]
        if sound in ("ㅁ", "ㅂ"):
            return "м", "н"
        return "н", "н"
    if ini == "ㅁ" and sound in ("ㄱ", "ㄷ", "ㅂ"):
        return ("м" if sound == "ㅂ" else "н"), "м"
    if ini == "ㅎ" and sound in _ASPIRATED:
        return "", _ASPIRATED[sound]
    if ini in K_VOICED and (sound == NO_FINAL or sound in SONORANT_FINALS):
        return K_FINAL[sound], K_VOICED[ini]
    return K_FINAL[sound], K_INITIAL[ini]


def kontsevich_word(hangul: str) -> str:
    """One word in strict Kontsevich, capitalized."""
    sylls = syllables(hangul)
    out = ""
    onset = K_INITIAL[sylls[0].initial]
    for i, syl in enumerate(sylls):
        out += onset + _vowel(syl, after_consonant=bool(onset), first=i == 0)
        if i + 1 < len(sylls):
            fin, onset = _junction(syl, sylls[i + 1])
            out += fin
        else:
            out += K_FINAL[syl.sound_final]
    return out[:1].upper() + out[1:]


@lru_cache(maxsize=2048)
def kontsevich_name(surname: str, given: str) -> str:
    sur = K_SURNAMES.get(surname) or kontsevich_word(surname)
    return f"{sur} {kontsevich_word(given)}" if given else sur


@register("kontsevich")
def kontsevich(surname: str, given: str) -> str:
    """Kontsevich (strict Russian scholarly system): surname, then the given name as one word.

    >>> kontsevich("김", "일성")
    'Ким Ильсон'
    """
    return kontsevich_name(surname, given)


# --- traditional per-syllable spellings --------------------------------------------------------

#: Surnames with traditional forms of their own, best first.
_TRAD_SURNAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "최": ("Цой", "Чхве", "Чой"), "이": ("Ли",), "리": ("Ли",), "류": ("Рю", "Лю", "Ю"),
    "임": ("Им", "Лим"), "림": ("Рим", "Лим", "Им"), "로": ("Ро", "Но"), "라": ("Ра", "На"),
    "노": ("Но", "Ро"),
})  # fmt: skip
#: ㅓ is е after these consonants in the old spellings (Сен, Чен, Ген) and о elsewhere (Хо,
#: Чхоль).
_E_AFTER = frozenset("ㄱㅅㅈㅆㅉ")
#: ㅡ is sometimes written е (Ли Сен Еп), last.
_TRAD_VOWEL: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ㅕ": ("е", "ё"), "ㅛ": ("е", "ё"), "ㅐ": ("э", "е"), "ㅒ": ("йя", "я"), "ㅔ": ("е", "э"),
    "ㅡ": ("ы", "е"),
})  # fmt: skip
#: The syllable 애 (ㅐ without an initial) is also written Ай, last (Пак Ден Ай, Пак Чен Ай).
_TRAD_BARE_AE = ("э", "е", "ай")
_TRAD_ASPIRATE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ㅊ": ("чх", "ч"), "ㅌ": ("тх", "т"), "ㅍ": ("пх", "п"), "ㅋ": ("кх", "к"),
})  # fmt: skip


#: An aspirate between voiced sounds is sometimes written voiced, last of all (Ро Дэ У).
_ASPIRATE_VOICED: Mapping[str, str] = MappingProxyType({"ㅌ": "д", "ㅍ": "б", "ㅋ": "г"})


def _trad_initials(syl: Syllable, prev: Syllable | None, *, given_first: bool) -> tuple[str, ...]:
    ini = syl.initial
    voiced_env = prev is not None and (
        prev.sound_final == NO_FINAL or prev.sound_final in SONORANT_FINALS
    )
    if ini in _TRAD_ASPIRATE:
        if voiced_env and ini in _ASPIRATE_VOICED:
            return (*_TRAD_ASPIRATE[ini], _ASPIRATE_VOICED[ini])
        return _TRAD_ASPIRATE[ini]
    if ini == "ㅈ":
        if not voiced_env:
            return ("ч",)
        return ("ч", "чж", "дж") if given_first else ("чж", "дж", "ч")
    if ini in K_VOICED and voiced_env:
        return (K_VOICED[ini], K_INITIAL[ini])
    return (K_INITIAL[ini],)


def _trad_vowels(syl: Syllable, *, first_in_name: bool) -> tuple[str, ...]:
    v = syl.vowel
    if v == "ㅓ":
        return ("е", "о") if syl.initial in _E_AFTER else ("о", "е")
    if v == "ㅢ":
        return ("ы", "ый", "и") if syl.initial == SILENT and first_in_name else ("и",)
    if v == "ㅐ" and syl.initial == SILENT:
        return _TRAD_BARE_AE
    return _TRAD_VOWEL.get(v, (K_VOWEL[v],))


def _trad_finals(syl: Syllable) -> tuple[str, ...]:
    """Final ㄹ is р in the old spellings of 일 (Ким Ир Сен, Нам Ир), ль elsewhere (Чхоль)."""
    if syl.sound_final != "ㄹ":
        return (K_FINAL[syl.sound_final],)
    return ("р", "ль") if syl.vowel == "ㅣ" else ("ль", "р")


def _trad_options(syl: Syllable, prev: Syllable | None, *, given_first: bool) -> tuple[str, ...]:
    """The renderings of one syllable written apart, best first, capitalized."""
    letters = (
        _trad_initials(syl, prev, given_first=given_first),
        _trad_vowels(syl, first_in_name=prev is None or given_first),
        _trad_finals(syl),
    )
    ranked = sorted(
        itertools.product(*(range(len(part)) for part in letters)),
        key=lambda idx: (sum(idx), idx),
    )
    spelled = ("".join(letters[k][i] for k, i in enumerate(idx)).capitalize() for idx in ranked)
    return tuple(dict.fromkeys(spelled))


def _trad_surname(surname: str) -> tuple[str, ...]:
    if surname in _TRAD_SURNAMES:
        return _TRAD_SURNAMES[surname]
    sylls = syllables(surname)
    parts = [_trad_options(s, sylls[i - 1] if i else None, given_first=False)
             for i, s in enumerate(sylls)]
    # A two-syllable surname is one word: take the best rendering of each syllable.
    return ("".join(p[0] for p in parts).capitalize(),) if len(parts) > 1 else parts[0]


@lru_cache(maxsize=2048)
def traditional_spellings(surname: str, given: str) -> tuple[str, ...]:
    """Bounded per-syllable Soviet spellings, cheapest first: ('Ким Ир Сен', 'Ким Иль Сен'...)."""
    sur_syl = syllables(surname)[-1]
    options = [_trad_surname(surname)]
    prev: Syllable | None = sur_syl
    for i, syl in enumerate(syllables(given)):
        options.append(_trad_options(syl, prev, given_first=i == 0))
        prev = syl
    ranked = heapq.nsmallest(
        MAX_TRADITIONAL,
        itertools.product(*(range(len(o)) for o in options)),
        key=lambda idx: (sum(idx), idx),
    )
    return tuple(" ".join(options[k][i] for k, i in enumerate(idx)) for idx in ranked)


def hyphenated(spaced: str) -> str:
    """'Пак Чхан Ок' -> 'Пак Чхан-ок': the per-syllable form with a hyphenated given name."""
    sur, *given = spaced.split(" ")
    if len(given) < 2:
        return spaced
    return f"{sur} {given[0]}-{'-'.join(g.lower() for g in given[1:])}"


@register("ru-trad")
def russian_traditional(surname: str, given: str) -> str:
    """Traditional Soviet Cyrillic: syllables apart, ㅓ/ㅕ as е, final ㄹ as р, 최 as Цой.

    >>> russian_traditional("최", "용건")
    'Цой Ен Ген'
    """
    return traditional_spellings(surname, given)[0]
