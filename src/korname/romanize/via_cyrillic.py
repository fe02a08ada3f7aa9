"""Latin spellings that reached English through Russian: Cyrillic variants through the schemes.

:func:`korname.romanize.cyrillic.to_latin` renders one Cyrillic string in every scheme. The
Korean engine needs it for many strings built from few words (Ким, Ир, Сен, Ильсон...), and a
rendering costs about a millisecond per string. The schemes transliterate word by word, so this
module renders each *word* once (cached) and assembles whole strings scheme by scheme: the same
result as calling ``to_latin`` on the string, at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

__all__ = ["latin_in", "latin_renderings"]

_WORD = re.compile(r"[\u0400-\u04ff]+")
_ASCII = ":ascii"
_CACHE_WORDS = 16384
_CACHE_STRINGS = 8192


@lru_cache(maxsize=_CACHE_WORDS)
def _word_schemes(word: str) -> Mapping[str, str]:
    """scheme name -> rendering of one Cyrillic word, ASCII folds included for every scheme."""
    from . import cyrillic

    by_scheme: dict[str, str] = {}
    for latin, schemes in cyrillic.to_latin(word).items():
        for scheme in schemes:
            by_scheme[scheme] = latin
    for scheme in cyrillic.SCHEME_NAMES:
        by_scheme.setdefault(scheme, word)
        by_scheme.setdefault(scheme + _ASCII, by_scheme[scheme])
    return by_scheme


@lru_cache(maxsize=_CACHE_STRINGS)
def _renderings(cyr: str) -> tuple[tuple[str, frozenset[str]], ...]:
    from . import cyrillic

    pieces = _WORD.split(cyr)
    words = _WORD.findall(cyr)
    tables = [_word_schemes(w) for w in words]
    found: dict[str, set[str]] = {}
    for scheme in cyrillic.SCHEME_NAMES:
        full = _assemble(pieces, [t[scheme] for t in tables])
        found.setdefault(full, set()).add(scheme)
        folded = _assemble(pieces, [t[scheme + _ASCII] for t in tables])
        if folded != full:
            found.setdefault(folded, set()).add(scheme + _ASCII)
    return tuple((k, frozenset(v)) for k, v in found.items() if k.strip())


def _assemble(pieces: list[str], words: list[str]) -> str:
    out = [pieces[0]]
    for word, sep in zip(words, pieces[1:], strict=True):
        out += (word, sep)
    return "".join(out)


def latin_renderings(cyr: str) -> dict[str, frozenset[str]]:
    """Latin renderings of a Cyrillic string -> the schemes producing them (as ``to_latin``)."""
    return dict(_renderings(cyr))


def latin_in(cyr: str, schemes: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Latin renderings of a Cyrillic string in the given schemes only (``scheme`` or
    ``scheme:ascii`` names), for the less likely forms that need not go through all of them."""
    pieces = _WORD.split(cyr)
    tables = [_word_schemes(w) for w in _WORD.findall(cyr)]
    found: dict[str, set[str]] = {}
    for scheme in schemes:
        full = _assemble(pieces, [t[scheme] for t in tables])
        if full.strip():
            found.setdefault(full, set()).add(scheme)
    return {k: frozenset(v) for k, v in found.items()}
