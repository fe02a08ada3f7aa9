"""Romanization engine: spelling variants of Korean, Chinese and Russian names.

Two entry points:

* :func:`romanize` gives one spelling of a native name in one system
  (``romanize("김일성", "mr") == "Kim Il-sŏng"``);
* :func:`name_variants` gives every plausible spelling of a table person, each with the names
  of the systems and rules that produce it, for the matching index.

Each system is a small documented function in :mod:`.registry` (see :data:`SYSTEMS`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import (  # noqa: F401 - they register the systems
    kontsevich,
    korean_eastern,
    mr,
    nk,
    rr,
    southern,
    yale,
)
from .hanja import hanja_to_hangul
from .korean import (
    MAX_VARIANTS,
    Collector,
    add_latin_of_cyrillic,
    korean_variants,
    south_form,
)
from .registry import SYSTEM_REGISTRY, get_system, register_whole

if TYPE_CHECKING:
    from ..table import Person

__all__ = ["MAX_VARIANTS", "SYSTEMS", "hanja_to_hangul", "name_variants", "romanize"]


#: The Chinese systems: each is one table of korname.romanize.chinese, with its description.
_CHINESE_SYSTEMS = {
    "pinyin": "Hanyu Pinyin: surname, space, given name joined (Mao Zedong).",
    "wg": "Wade-Giles: given name hyphenated, aspiration apostrophes (Mao Tse-tung, P'eng "
          "Te-huai).",
    "palladius": "Palladius: the Russian Cyrillic system for Chinese (Мао Цзэдун).",
    "pl": "Polish press transcription of Chinese: cz, sz, ż, c, aj, ung (Czou En-laj, Mao "
          "Ce-tung).",
    "cs": "Czech transcription of Chinese: č/čch, ť, š, ž, pch/tch/kch (Čou En-laj, Čchen I).",
    "de": "German press form of Wade-Giles: tsch for ch, sch for sh, no apostrophes (Tschou "
          "En-lai).",
    "hu": "Hungarian popular transcription of Chinese: cs, s, zs, sz, hsz, aj (Csou En-laj).",
}


def _chinese_system(code: str, description: str) -> Callable[[str], str]:
    def convert(hanzi: str) -> str:
        from . import chinese  # pypinyin loads only when a Chinese name is romanized

        return chinese.romanize_chinese(hanzi, code)

    convert.__doc__ = description
    convert.__name__ = convert.__qualname__ = f"chinese_{code}"
    return convert


for _code, _description in _CHINESE_SYSTEMS.items():
    register_whole(_code, "hanzi")(_chinese_system(_code, _description))


#: Names of all systems :func:`romanize` accepts, Korean first.
SYSTEMS: tuple[str, ...] = (
    "mr", "lc", "rr", "nk", "yale", "sk", "kontsevich", "ru-trad", "ko-de", "ko-pl", "ko-hu",
    "ko-cs", "pinyin", "wg", "palladius", "pl", "cs", "de", "hu",
)  # fmt: skip
assert set(SYSTEMS) == set(SYSTEM_REGISTRY), "every registered system is listed"


def romanize(native: str, system: str = "mr") -> str:
    """One spelling of a native name: Hangul for the Korean systems, Hanzi for the Chinese ones.

    >>> romanize("김일성"), romanize("김일성", "nk"), romanize("허가이", "ru-trad")
    ('Kim Il-sŏng', 'Kim Il Sung', 'Хо Га И')

    Unknown systems raise ValueError naming the known ones.
    """
    spec = get_system(system)
    text = " ".join(native.split())
    if not text:
        raise ValueError("nothing to romanize: the name is empty")
    return spec.convert(text)


def name_variants(person: Person) -> dict[str, frozenset[str]]:
    """Every plausible generated spelling of a person -> the systems/rules producing it.

    Korean persons: from the Hangul (or the Hanja when the Hangul is missing), their Cyrillic
    forms and their Russian name. Chinese persons: the Chinese variants of the Hanzi plus the
    Cyrillic forms. Russian persons: the Russian variants of each Cyrillic form. The table's own
    name and aliases are not included (:mod:`korname.variants` adds them). At most
    :data:`MAX_VARIANTS` spellings, in a fixed order.
    """
    if person.origin == "korean":
        hanja = _hanja_spellings(person.hangul, person.hanja)
        extra = Collector()
        if person.russian_name:
            _add_russian(extra, person.russian_name, surname_alone=person.uses_surname_alone)
        items = [(text, label) for text, labels in extra.found.items() for label in sorted(labels)]
        return korean_variants(person.hangul, hanja, person.cyrillic, items).result()
    collect = Collector()
    if person.origin == "chinese" and person.hanzi:
        from . import chinese

        for text, systems in chinese.chinese_variants(person.hanzi).items():
            for system in sorted(systems):
                collect.add(text, system)
    if person.origin == "russian":
        for cyr in person.cyrillic:
            _add_russian(collect, cyr, surname_alone=person.uses_surname_alone)
        if person.russian_name:
            _add_russian(collect, person.russian_name, surname_alone=person.uses_surname_alone)
    else:
        for cyr in person.cyrillic:
            collect.add(cyr, "cyrillic")
            add_latin_of_cyrillic(collect, cyr, "cyrillic")
    return collect.result()


def _hanja_spellings(hangul: str | None, hanja: str | None) -> tuple[str, ...]:
    """Hangul readings of the Hanja: all of them when the Hangul is missing, otherwise only the
    other initial-sound-law form of the same name (崔龍海: 최룡해 next to the written 최용해)."""
    if not hanja:
        return ()
    readings = hanja_to_hangul(hanja)
    if not hangul:
        return readings
    written = south_form(hangul)
    return tuple(r for r in readings if r != hangul and south_form(r) == written)


def _add_russian(collect: Collector, cyrillic: str, *, surname_alone: bool) -> None:
    from . import russian

    found = russian.russian_variants(cyrillic, surname_alone=surname_alone)
    for text, systems in found.items():
        for system in sorted(systems):
            collect.add(text, system)
