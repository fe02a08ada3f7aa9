"""Latin spellings of Russian personal names as they appear in translated documents.

A Soviet official appears in English, German and French sources as Andrei Vyshinsky, A. Ya.
Vyshinsky, Vyshinskii, Vishinsky, Wyschinski or Vychinski, and in the Russian originals as
Вышинский А. Я. This module takes the Cyrillic full name (given name, patronymic, surname, or
the Russian list order surname first) and produces the usual forms: full name, first name and
surname, initials, surname-first with initials, and the surname alone, each rendered through
every scheme of :mod:`korname.romanize.cyrillic`, plus English press habits (Andrei, Georgi,
Vishinsky, Shtykow) and conventional English first names (Joseph Stalin).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from .cyrillic import to_latin, transliterate

__all__ = [
    "CONVENTIONAL_GIVEN",
    "RussianName",
    "parse_russian_name",
    "russian_variants",
]

#: Label of the Cyrillic forms themselves (as written in Russian originals).
CYRILLIC = "cyrillic"
#: Label of the English newspaper habits layered on the Wikipedia scheme.
PRESS = "press"
#: Label of forms with a conventional English first name.
CONVENTIONAL = "conventional"

#: Conventional English first names for Russian given names, where English texts of the
#: period use them instead of a transliteration (Joseph Stalin, not Iosif Stalin).
CONVENTIONAL_GIVEN: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "Иосиф": ("Joseph",),
        "Александр": ("Alexander",),
        "Алексей": ("Alexei", "Alexey"),
        "Максим": ("Maxim",),
        "Пётр": ("Peter",),
        "Петр": ("Peter",),
        "Георгий": ("Georgi", "Georgy", "George"),
        "Евгений": ("Eugene", "Yevgeni", "Evgeni"),
        "Фёдор": ("Feodor", "Fedor"),
        "Федор": ("Feodor", "Fedor"),
        "Семён": ("Semyon",),
        "Семен": ("Semyon",),
    }
)

#: Frequent given names of Soviet officials of the period, to tell name order in two-word forms.
_COMMON_GIVEN_TEXT = """
    Абрам Алексей Анастас Анатолий Андрей Антон Аркадий Арсений Артём Борис Вадим Валентин
    Валерий Василий Виктор Виталий Владимир Владислав Всеволод Вячеслав Геннадий Григорий
    Давид Даниил Денис Дмитрий Евгений Егор Емельян Иван Игнатий Игорь Илья Иосиф Кирилл
    Климент Константин Кузьма Лаврентий Лазарь Лев Леонид Лука Макар Максим Матвей Михаил
    Никита Николай Олег Остап Павел Пантелеймон Семён Сергей Станислав Степан Терентий Тимофей
    Трофим Фёдор Федор Филипп Фома Харитон Юрий Яков Ян Александра Анна Валентина Вера
    Галина Екатерина Елена Елизавета Зинаида Ирина Людмила Мария Надежда Наталья Нина Ольга
    Софья Тамара Татьяна"""
_COMMON_GIVEN = frozenset(_COMMON_GIVEN_TEXT.split())
_SURNAME_ENDINGS = (
    "ов",
    "ев",
    "ёв",
    "ин",
    "ын",
    "ский",
    "цкий",
    "ской",
    "ая",
    "ова",
    "ева",
    "ина",
    "енко",
    "ук",
    "юк",
    "дзе",
    "швили",
    "ян",
)
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|ич)$")
_INITIALS = re.compile(r"^(?:[А-ЯЁ][а-яё]?\.)+$")
_INITIAL = re.compile(r"[А-ЯЁ][а-яё]?\.")
_PRESS_SCHEME = "wikipedia"
_PRESS_FINAL_Y = re.compile(r"(?<=[aeiou])y\b")
_OV_ENDING = re.compile(r"(?<=[oe])v\b")


@dataclass(frozen=True)
class RussianName:
    """A Russian name split into parts; ``given``/``patronymic`` may be initials only."""

    surname: str
    given: str | None = None
    patronymic: str | None = None

    @property
    def given_initial(self) -> str | None:
        return _initial(self.given)

    @property
    def patronymic_initial(self) -> str | None:
        return _initial(self.patronymic)

    @property
    def given_is_full(self) -> bool:
        return self.given is not None and not self.given.endswith(".")

    @property
    def patronymic_is_full(self) -> bool:
        return self.patronymic is not None and not self.patronymic.endswith(".")


def _initial(part: str | None) -> str | None:
    """Initial of a name part: Андрей -> А., Януарьевич -> Я. (already an initial: kept)."""
    if part is None:
        return None
    if part.endswith("."):
        return part
    return part[0].upper() + "."


def _is_patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.search(word.lower())) and word[:1].isupper()


def _split_initials(token: str) -> list[str]:
    return _INITIAL.findall(token)


def _known_given(word: str) -> bool:
    return word in CONVENTIONAL_GIVEN or word in _COMMON_GIVEN


def _surname_first(first: str, second: str) -> bool:
    """Whether a two-word name is in list order (Вышинский Андрей) rather than Андрей Вышинский."""
    if _known_given(first):
        return False
    if _known_given(second):
        return True
    return first.endswith(_SURNAME_ENDINGS) and not second.endswith(_SURNAME_ENDINGS)


def parse_russian_name(text: str) -> RussianName:
    """Split a Russian name written in Cyrillic into given name, patronymic and surname.

    Accepts "Андрей Януарьевич Вышинский", "Вышинский Андрей Януарьевич" (recognised by the
    patronymic), "Андрей Вышинский", "Вышинский А. Я.", "А.Я. Вышинский" and a lone surname.

    >>> parse_russian_name("Вышинский А.Я.")
    RussianName(surname='Вышинский', given='А.', patronymic='Я.')
    """
    words = unicodedata.normalize("NFC", text).split()
    if not words or not all(re.fullmatch(r"[\u0400-\u04ff.\-]+", w) for w in words):
        raise ValueError(f"{text!r} is not a Russian name in Cyrillic")
    initials = [i for w in words if _INITIALS.match(w) for i in _split_initials(w)]
    rest = [w for w in words if not _INITIALS.match(w)]
    if initials:
        if len(rest) != 1 or len(initials) > len(("given", "patronymic")):
            raise ValueError(f"{text!r}: expected initials and one surname")
        patronymic = initials[1] if len(initials) > 1 else None
        return RussianName(rest[0], initials[0], patronymic)
    if len(words) == 1:
        return RussianName(words[0])
    if len(words) == len(("given", "surname")):
        first, second = words
        if _is_patronymic(second):
            raise ValueError(f"{text!r}: given name and patronymic without a surname")
        if _surname_first(first, second):
            return RussianName(first, second)
        return RussianName(second, first)
    if len(words) == len(("given", "patronymic", "surname")):
        if _is_patronymic(words[1]):
            return RussianName(words[2], words[0], words[1])
        if _is_patronymic(words[2]):
            return RussianName(words[0], words[1], words[2])
        return RussianName(words[2], words[0], words[1])
    raise ValueError(f"{text!r}: expected at most three words")


def _cyrillic_forms(name: RussianName, surname_alone: bool) -> list[str]:
    """The written shapes a name takes in documents, in Cyrillic, most complete first."""
    forms: list[str] = []
    g, p, s = name.given, name.patronymic, name.surname
    gi, pi_ = name.given_initial, name.patronymic_initial
    if name.given_is_full and name.patronymic_is_full:
        forms.append(f"{g} {p} {s}")
    if name.given_is_full:
        forms.append(f"{g} {s}")
    if gi and pi_:
        forms += [f"{gi} {pi_} {s}", f"{gi}{pi_} {s}", f"{s} {gi} {pi_}", f"{s} {gi}{pi_}"]
    if gi:
        forms += [f"{gi} {s}", f"{s} {gi}"]
    if surname_alone or not gi:
        forms.append(s)
    return list(dict.fromkeys(forms))


def _add(found: dict[str, set[str]], form: str, labels: set[str] | frozenset[str]) -> None:
    found.setdefault(unicodedata.normalize("NFC", form), set()).update(labels)


def _press_given(cyr: str) -> str:
    """English press spelling of a given name: Andrei, Nikolai, Georgi, Dmitri."""
    latin = transliterate(cyr, _PRESS_SCHEME)
    if cyr.endswith("ий"):
        return latin[: -len("y")] + "i" if latin.endswith("y") else latin
    return _PRESS_FINAL_Y.sub("i", latin)


def _press_surnames(cyr: str) -> dict[str, str]:
    """English press spellings of a surname: ы as i (Vishinsky), -ov as -ow (Shtykow)."""
    plain = transliterate(cyr, _PRESS_SCHEME)
    out = {plain: PRESS}
    if "ы" in cyr:
        out[transliterate(cyr.replace("ы", "и"), _PRESS_SCHEME)] = PRESS + ":i"
    if _OV_ENDING.search(plain):
        out[_OV_ENDING.sub("w", plain)] = PRESS + ":w"
    return out


def _press_forms(name: RussianName, surname_alone: bool) -> dict[str, set[str]]:
    """Press and conventional forms: English first name or press spelling plus surname."""
    found: dict[str, set[str]] = {}
    surnames = _press_surnames(name.surname)
    given_forms: dict[str, str] = {}
    if name.given_is_full and name.given is not None:
        given_forms[_press_given(name.given)] = PRESS
        for english in CONVENTIONAL_GIVEN.get(name.given, ()):
            given_forms.setdefault(english, CONVENTIONAL)
    initials = ""
    if name.given_initial:
        initials = transliterate(name.given_initial, _PRESS_SCHEME)
        if name.patronymic_initial:
            initials += " " + transliterate(name.patronymic_initial, _PRESS_SCHEME)
    for surname, s_label in surnames.items():
        for given, g_label in given_forms.items():
            _add(found, f"{given} {surname}", {g_label if g_label != PRESS else s_label})
        if initials:
            _add(found, f"{initials} {surname}", {s_label})
            _add(found, f"{initials.replace('. ', '.')} {surname}", {s_label})
        if surname_alone or not initials:
            _add(found, surname, {s_label})
    return found


@lru_cache(maxsize=4096)
def _variants_cached(text: str, surname_alone: bool) -> tuple[tuple[str, frozenset[str]], ...]:
    name = parse_russian_name(text)
    found: dict[str, set[str]] = {}
    for cyr in _cyrillic_forms(name, surname_alone):
        _add(found, cyr, {CYRILLIC})
        for latin, schemes in to_latin(cyr).items():
            _add(found, latin, schemes)
    for form, labels in _press_forms(name, surname_alone).items():
        _add(found, form, labels)
    return tuple((form, frozenset(labels)) for form, labels in found.items())


def russian_variants(
    cyrillic_full_name: str, *, surname_alone: bool = True
) -> dict[str, frozenset[str]]:
    """Spellings of a Russian name in Cyrillic and Latin, each with the schemes producing it.

    Values are scheme names from :data:`korname.romanize.cyrillic.SCHEME_NAMES` (with their
    ``:ascii`` folds), ``cyrillic`` for the Russian forms, ``press`` / ``press:i`` /
    ``press:w`` for English newspaper habits and ``conventional`` for an English first name.
    With ``surname_alone=False`` the bare surname is left out (for surnames too common to
    identify a person on their own); it is kept when the input is a surname only.

    >>> v = russian_variants("Андрей Януарьевич Вышинский")
    >>> [f in v for f in ("A. Ya. Vyshinsky", "A.Ya. Vyshinsky", "Vishinsky", "Wyschinski")]
    [True, True, True, True]
    """
    return dict(_variants_cached(unicodedata.normalize("NFC", cyrillic_full_name), surname_alone))
