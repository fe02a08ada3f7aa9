"""Synthetic alias tables of any size, and the spelling lists the baselines are given.

A synthetic person is a Korean name built from real surnames and given-name syllables, each
with the romanizations that occur in archival documents (Pak / Park / Bak, sung / song /
seong / sŏng), written hyphenated, spaced or joined. Every spelling is listed as an explicit
alias, so korname and the keyword-list baselines are given exactly the same strings: the
benchmark then measures the matching, not the variant generator. About
``KEYS_PER_PERSON`` distinct lower-cased spellings per person give the ~100,000 keys of a
5,000-person table.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "KEYS_PER_PERSON",
    "baseline_keys",
    "forms_of",
    "synthetic_persons",
]

#: Distinct lower-cased spellings kept per synthetic person.
KEYS_PER_PERSON = 20

_SURNAMES: tuple[tuple[str, ...], ...] = (
    ("Kim", "Gim", "Kimm"), ("Pak", "Park", "Bak", "Pakh"), ("Ri", "Yi", "Lee", "Li", "Rhee"),
    ("Choe", "Choi", "Ch'oe", "Tsoi", "Chwe"), ("Chong", "Jeong", "Chung", "Jung"),
    ("Kang", "Gang", "Kan"), ("Cho", "Jo", "Tsyo"), ("Yun", "Yoon", "Iun"), ("Han", "Khan"),
    ("O", "Oh"), ("Nam", "Nahm"), ("Ho", "Heo", "Hoh", "Kho"), ("Mun", "Moon", "Moun"),
    ("Im", "Lim", "Rim"), ("So", "Seo", "Suh"), ("Kwon", "Gwon", "Kwan"),
    ("Hwang", "Whang"), ("An", "Ahn"), ("Song", "Soung"), ("Yu", "Yoo", "Ryu"),
    ("Hong", "Khong"), ("Chon", "Jeon", "Chun"), ("Ko", "Go", "Koh"), ("Shin", "Sin", "Sinn"),
    ("Pang", "Bang"), ("Paek", "Baek", "Paik"), ("Chu", "Ju", "Joo"), ("Tak", "Tagh"),
)
_SYLLABLES: tuple[tuple[str, ...], ...] = (
    ("il", "ir"), ("sung", "song", "seong", "sŏng"), ("chol", "cheol", "ch'ol", "chŏl"),
    ("hui", "hee", "hwi"), ("yong", "yeong", "yŏng"), ("ho", "kho"), ("nam", "nahm"),
    ("bong", "pong"), ("gu", "ku", "koo"), ("ju", "chu", "joo"), ("jun", "chun", "joon"),
    ("hyon", "hyeon", "hyŏn"), ("chang", "ch'ang", "tsang"), ("dok", "tok", "deok"),
    ("man", "mahn"), ("su", "soo"), ("gyu", "kyu", "kiu"), ("won", "weon", "wŏn"),
    ("hak", "khak"), ("tae", "dae", "t'ae"), ("sik", "shik"), ("gil", "kil"),
    ("chan", "ch'an", "tsan"), ("min", "myn"), ("ok", "ock"), ("hwan", "khwan"),
    ("bin", "pin"), ("dong", "tong"), ("gon", "kon", "geon", "kŏn"), ("sok", "seok", "sŏk"),
    ("ung", "eung", "ŭng"), ("hyok", "hyeok", "hyŏk"), ("pil", "phil"), ("jae", "chae"),
    ("mu", "moo"), ("yon", "yeon", "yŏn"), ("jin", "chin"), ("taek", "t'aek", "daek"),
    ("kwang", "gwang"), ("mo", "moh"), ("hyong", "hyeong"), ("gap", "kap"), ("sun", "soon"),
)


def _given_forms(sylls: tuple[str, str]) -> Iterable[str]:
    """Given-name spellings: hyphenated, spaced, joined, in every romanization."""
    for a, b in itertools.product(*(_SYLLABLES_BY_KEY[s] for s in sylls)):
        yield f"{a.capitalize()}-{b}"
        yield f"{a.capitalize()} {b.capitalize()}"
        yield f"{a.capitalize()}{b}"


_SYLLABLES_BY_KEY = {group[0]: group for group in _SYLLABLES}


def synthetic_persons(n_persons: int, *, seed: int = 0) -> list[dict[str, Any]]:
    """``n_persons`` person records (dicts in the Person schema) with explicit aliases.

    Names are distinct (surname, syllable, syllable) combinations; different persons may still
    share a spelling (Kim Il-song / Kim Il-sung style collisions), as real tables do.
    """
    rng = random.Random(seed)
    combos = [
        (s, a, b)
        for s in range(len(_SURNAMES))
        for a in _SYLLABLES_BY_KEY
        for b in _SYLLABLES_BY_KEY
        if a != b
    ]
    if n_persons > len(combos):
        raise ValueError(f"at most {len(combos)} synthetic persons can be made")
    chosen = rng.sample(combos, n_persons)
    persons: list[dict[str, Any]] = []
    for i, (s, a, b) in enumerate(chosen):
        spellings: dict[str, str] = {}
        for surname, given in itertools.product(_SURNAMES[s], _given_forms((a, b))):
            form = f"{surname} {given}"
            spellings.setdefault(form.lower(), form)
        keep = list(spellings.values())
        first = keep[0]
        rest = keep[1:]
        rng.shuffle(rest)
        aliases = [first, *rest[: KEYS_PER_PERSON - 1]]
        persons.append({
            "id": f"syn-{i:05d}",
            "name": first,
            "origin": "korean",
            "aliases": aliases,
        })
    return persons


def forms_of(persons: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(spelling, person id) for the name and every alias of each person, as written."""
    out: list[tuple[str, str]] = []
    for p in persons:
        seen: set[str] = set()
        for form in (p["name"], *(_alias_form(a) for a in p.get("aliases", ()))):
            if form not in seen:
                seen.add(form)
                out.append((form, p["id"]))
    return out


def baseline_keys(persons: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Lower-cased keyword -> person id: what a keyword-list user writes from the table.

    Only the spellings the table spells out (name, aliases, Cyrillic forms) are given; the
    keyword tools cannot generate romanization variants. A key claimed by two persons goes to
    the first, as a simple keyword list would keep it.
    """
    keys: dict[str, str] = {}
    for p in persons:
        forms = [p["name"], *(_alias_form(a) for a in p.get("aliases", ()))]
        cyr = p.get("cyrillic") or ()
        forms.extend([cyr] if isinstance(cyr, str) else cyr)
        for form in forms:
            keys.setdefault(form.lower(), p["id"])
    return keys


def _alias_form(alias: Any) -> str:
    if isinstance(alias, str):
        return alias
    if isinstance(alias, Mapping):
        return str(alias["form"])
    return str(alias.form)
