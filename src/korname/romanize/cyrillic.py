"""Cyrillic -> Latin renderings as translators of Russian documents produce them.

A name that reached English through a Russian document (Хо Га И, Цой Ен Ген, Вышинский) is
spelled according to whatever transliteration habit the translator had: BGN/PCGN gives
"Kho Ga I", GOST 7.79 gives "Ho Ga I", ALA-LC gives "Tsoi", ISO 9 gives "Coj". This module
pushes one Cyrillic string through a fixed set of schemes and returns every distinct Latin
result with the schemes that produce it, so the matching side can recognise all of them.

The schemes come from the ``iuliia`` package, plus small tables of our own for the German
(Duden), French, Polish, Czech and Hungarian conventions, which ``iuliia`` does not ship and
which the press and the embassy reports of those countries use (Wyschinski, Vychinski,
Sztykow and Gorbaczow, Štykov and Gorbačov, Stikov and Gorbacsov). Polish has a second form
with plain e after consonants (``pl:e``: Szewardnadze, Kim Ir Sen, where the strict rule gives
Szewardnadzie, Kim Ir Sien), Hungarian one with ш written sz as in Polish (``hu:sz``:
Sztikov, where the rule gives Stikov). Two corrections are applied around ``iuliia`` 0.13:
schemes that leave ``ё`` untouched get it mapped to ``е`` first (the usual
Russian print practice, and what translators then transliterate), and BGN/PCGN's middle dot,
a disambiguation marker nobody writes in running text, is removed.

Every result also gets an ASCII fold (diacritics, tie bars and soft/hard-sign marks removed),
because typed and OCR'd documents rarely keep them. The output is bounded by the number of
schemes (at most twice that many keys) and is deterministic.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache, lru_cache, partial
from types import MappingProxyType

import iuliia

__all__ = [
    "ASCII_SUFFIX",
    "SCHEME_NAMES",
    "ascii_fold",
    "to_latin",
    "transliterate",
]

#: Suffix of the scheme name under which an ASCII fold of a scheme's output is recorded.
ASCII_SUFFIX = ":ascii"

#: ``iuliia`` schemes used, by the short names korname reports. Chosen to cover the habits
#: actually met in translations: UK/US government (BGN/PCGN), Wikipedia, passports (ICAO,
#: MVD), library catalogues (ALA-LC, with and without diacritics), Soviet/ISO standards
#: (GOST 7.79 systems A and B, UNGEGN, scientific) and plain-keyboard chat (Telegram).
_IULIIA_SCHEMES: Mapping[str, str] = MappingProxyType(
    {
        "bgn-pcgn": "BGN_PCGN",
        "wikipedia": "WIKIPEDIA",
        "icao": "ICAO_DOC_9303",
        "mvd-310": "MVD_310",
        "mvd-782": "MVD_782",
        "gost-779": "GOST_779",
        "gost-779b": "GOST_779_ALT",
        "ungegn": "UNGEGN_1987",
        "scientific": "SCIENTIFIC",
        "ala-lc": "ALA_LC",
        "ala-lc:plain": "ALA_LC_ALT",
        "telegram": "TELEGRAM",
    }
)

_VOWELS = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_SIGNS = frozenset("ьъЬЪ")
_HUSHERS = frozenset("жчшщЖЧШЩ")

# German (Duden) transliteration of Russian, the convention of German newspapers and of the
# German translations of Soviet documents: w for в, sch for ш and ж, tsch for ч, z for ц, j for й/ь.
_DE_BASE: Mapping[str, str] = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch",
        "з": "s", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z",
        "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "ju", "я": "ja",
    }
)  # fmt: skip

# French convention (Vychinski, Khrouchtchev, Staline): ou for у, ch for ш, tch for ч,
# kh for х, gu before e/i/y, ss between vowels, -ine for a final -ин.
_FR_BASE: Mapping[str, str] = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j",
        "з": "z", "и": "i", "й": "ï", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "iou", "я": "ia",
    }
)  # fmt: skip

# Polish (the PWN practical transcription, as in Polish newspapers and embassy reports):
# w for в, sz/cz/szcz/ż for ш/ч/щ/ж, ch for х, c for ц, y for ы, ł for a hard л, and the
# vowels е/ё/ю/я as je/jo/ju/ja word-initially or after a vowel, ie/io/iu/ia after a consonant.
_PL_BASE: Mapping[str, str] = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "o", "ж": "ż",
        "з": "z", "и": "i", "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
        "ч": "cz", "ш": "sz", "щ": "szcz", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "u", "я": "a",
    }
)  # fmt: skip
#: Polish glide of е ё ю я: written j at the start or after a vowel, i after a consonant.
_PL_IOTATED = frozenset("еёюя")
#: Letters after which Polish writes no glide (ż sz cz szcz c take plain e/o/u/a; л turns l).
_PL_HARD = frozenset("жшчщцл")

# Czech (the Czech transcription of Russian): v, š/č/šč/ž, ch, c, y for ы, j for й; е/ё/ю/я
# as je/jo/ju/ja except е after a consonant (e; ě after д т н: Těrentij, Medveděv).
_CS_BASE: Mapping[str, str] = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž",
        "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
        "ч": "č", "ш": "š", "щ": "šč", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "ju", "я": "ja",
    }
)  # fmt: skip
_CS_E_HACEK = frozenset("дтн")

# Hungarian (the Hungarian rules for Russian names): v, s/cs/scs/zs for ш/ч/щ/ж, h for х,
# sz for с, c for ц, i for ы, j for й; е/ё/ю/я as je/jo/ju/ja except е after a consonant.
_HU_BASE: Mapping[str, str] = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zs",
        "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "sz", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
        "ч": "cs", "ш": "s", "щ": "scs", "ъ": "", "ы": "i", "ь": "", "э": "e",
        "ю": "ju", "я": "ja",
    }
)  # fmt: skip

#: Distinct inputs remembered by :func:`to_latin` (a table has a few thousand Cyrillic forms).
_CACHE_SIZE = 8192

_WORD = re.compile(r"[\u0400-\u04ff]+")
# Marks that carry no letter of their own in a Latin rendering: primes and apostrophes for
# the soft and hard signs, the backtick of GOST 7.79 system B, BGN's middle dot.
_MARKS = re.compile("[\u02b9\u02ba\u2019\u201d\u00b7`'\"]")
_MIDDLE_DOT = "\u00b7"
_LATIN_EXTRA: Mapping[str, str] = MappingProxyType(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}
)


def _match_case(out: str, src: str, word: str) -> str:
    """Give ``out`` the case of the Cyrillic letter ``src`` (word-level all-caps preserved)."""
    if not out or not src.isupper():
        return out
    if word.isupper() and len(word) > 1:
        return out.upper()
    return out[0].upper() + out[1:]


def _de_letter(word: str, i: int) -> str:
    """German rendering of ``word[i]`` in its context."""
    low = word.lower()
    ch = low[i]
    prev = low[i - 1] if i > 0 else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    end = i + 1 == len(low)
    if ch == "е":
        return "je" if (i == 0 or prev in _VOWELS or prev in _SIGNS) else "e"
    if ch == "ё":
        return "o" if prev in _HUSHERS else "jo"
    if ch == "й" and prev in "иы" and end:
        return ""  # -ий -> -i, -ый -> -y (Wyschinski, Gorki)
    if ch == "с" and prev in _VOWELS and nxt in _VOWELS:
        return "ss"
    if ch == "ь" and nxt == "о":
        return "j"
    if ch == "ъ" and nxt in _VOWELS:
        return ""
    return _DE_BASE.get(ch, ch)


def _fr_letter(word: str, i: int) -> str:
    """French rendering of ``word[i]`` in its context."""
    low = word.lower()
    ch = low[i]
    prev = low[i - 1] if i > 0 else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    end = i + 1 == len(low)
    if ch == "г" and nxt in "еиэыё":
        return "gu"
    if ch == "е":
        return "ie" if (prev in _VOWELS or prev in _SIGNS) else "e"
    if ch == "ё":
        return "e" if prev in _HUSHERS else "io"  # Gorbatchev, Khrouchtchev; Fiodor
    if ch == "й" and prev in "иы" and end:
        return ""  # -ский -> -ski (Vychinski)
    if ch == "й" and prev in _VOWELS:
        return "ï" if end or nxt not in _VOWELS else "i"
    if ch == "с" and prev in _VOWELS and nxt in _VOWELS:
        return "ss"
    if ch == "н" and prev == "и" and end and i > 1:
        return "ne"  # Сталин -> Staline, Ленин -> Lenine
    if ch in "ьъ" and nxt in _VOWELS:
        return "i" if ch == "ь" and nxt not in "еёюя" else ""
    return _FR_BASE.get(ch, ch)


def _pl_letter(word: str, i: int, *, plain_e: bool = False) -> str:
    """Polish rendering of ``word[i]`` in its context (Sztykow, Gorbaczow, Iwanow).

    ``plain_e`` writes е after a consonant as e instead of ie, the looser press habit for
    non-Russian names (Szewardnadze, Kim Ir Sen rather than Szewardnadzie, Kim Ir Sien).
    """
    low = word.lower()
    ch = low[i]
    prev = low[i - 1] if i > 0 else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    end = i + 1 == len(low)
    if ch == "л":
        return "l" if nxt and nxt in "еёюяиь" else "ł"
    if ch in _PL_IOTATED:
        if i == 0 or prev in _VOWELS or prev in _SIGNS:
            glide = "j"
        elif prev in _PL_HARD or (plain_e and ch == "е"):
            glide = ""
        else:
            glide = "i"
        return glide + _PL_BASE[ch]
    if ch == "и" and prev and prev in "жшц":
        return "y"
    if ch == "й" and end and i > 1 and low[i - 1] in "иы" and low[i - 2] in "кг":
        return ""  # -ский -> -ski, -цкий -> -cki
    if ch == "ь" and nxt in _VOWELS:
        return "" if nxt in _PL_IOTATED else "j"
    return _PL_BASE.get(ch, ch)


def _iotated(word: str, i: int, base: Mapping[str, str], after_consonant: str) -> str:
    """е ё ю я of the Czech and Hungarian rules: the base form (je, jo...) word-initially and
    after vowels and signs; ``after_consonant`` for е after a consonant; ё after a husher is o."""
    low = word.lower()
    ch, prev = low[i], low[i - 1] if i > 0 else ""
    if i == 0 or prev in _VOWELS or prev in _SIGNS:
        return "je" if ch == "е" else base[ch]
    if ch == "е":
        return after_consonant
    if ch == "ё" and prev in _HUSHERS | {"ц"}:
        return "o"
    return base[ch]


def _cs_letter(word: str, i: int) -> str:
    """Czech rendering of ``word[i]`` in its context (Štykov, Gorbačov, Ševardnadze)."""
    low = word.lower()
    ch = low[i]
    prev = low[i - 1] if i > 0 else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if ch in "еёюя":
        return _iotated(word, i, _CS_BASE, "ě" if prev in _CS_E_HACEK else "e")
    if ch == "ь" and nxt in _VOWELS:
        return "" if nxt in "еёюя" else "j"
    return _CS_BASE.get(ch, ch)


def _hu_letter(word: str, i: int) -> str:
    """Hungarian rendering of ``word[i]`` in its context (Sztikov, Gorbacsov, Sevardnadze)."""
    low = word.lower()
    ch = low[i]
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if ch in "еёюя":
        return _iotated(word, i, _HU_BASE, "e")
    if ch == "ь" and nxt in _VOWELS:
        return "" if nxt in "еёюя" else "j"
    return _HU_BASE.get(ch, ch)


def _hu_sz_letter(word: str, i: int) -> str:
    """Hungarian with ш written sz, the Polish spelling carried into Hungarian texts (Sztikov)."""
    if word[i].lower() == "ш":
        return "sz"
    return _hu_letter(word, i)


#: Distinct (word, scheme) pairs remembered by the table schemes: names repeat few words.
_WORD_CACHE_SIZE = 16384


@lru_cache(maxsize=_WORD_CACHE_SIZE)
def _table_word(w: str, letter: Callable[[str, int], str]) -> str:
    return "".join(_match_case(letter(w, i), w[i], w) for i in range(len(w)))


def _table_translit(text: str, letter: Callable[[str, int], str]) -> str:
    """Transliterate every Cyrillic word of ``text`` letter by letter with ``letter``."""
    return _WORD.sub(lambda m: _table_word(m.group(0), letter), text)


def _pl_plain_e_letter(word: str, i: int) -> str:
    return _pl_letter(word, i, plain_e=True)


@cache
def _yo_blind(scheme: str) -> bool:
    """True when the ``iuliia`` scheme leaves ``ё`` as Cyrillic (0.13 does for several)."""
    return "ё" in getattr(iuliia, scheme).translate("ё")


def _iuliia(text: str, scheme: str) -> str:
    if _yo_blind(scheme):
        text = text.replace("ё", "е").replace("Ё", "Е")
    schema = getattr(iuliia, scheme)

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.isupper() and len(w) > 1:
            # iuliia capitalises only the first Latin letter of a digraph (ChKhVE); go via
            # title case and upper-case the result.
            return str(schema.translate(w.capitalize())).upper()
        return str(schema.translate(w))

    return _WORD.sub(word, text).replace(_MIDDLE_DOT, "")


def _scheme_functions() -> dict[str, Callable[[str], str]]:
    funcs: dict[str, Callable[[str], str]] = {}
    for name, attr in _IULIIA_SCHEMES.items():
        funcs[name] = partial(_iuliia, scheme=attr)
    funcs["de-duden"] = lambda text: _table_translit(text, _de_letter)
    funcs["fr"] = lambda text: _table_translit(text, _fr_letter)
    funcs["pl"] = lambda text: _table_translit(text, _pl_letter)
    funcs["pl:e"] = lambda text: _table_translit(text, _pl_plain_e_letter)
    funcs["cs"] = lambda text: _table_translit(text, _cs_letter)
    funcs["hu"] = lambda text: _table_translit(text, _hu_letter)
    funcs["hu:sz"] = lambda text: _table_translit(text, _hu_sz_letter)
    return funcs


_SCHEMES: Mapping[str, Callable[[str], str]] = MappingProxyType(_scheme_functions())

#: All scheme names :func:`to_latin` may report (without the ASCII-fold suffix).
SCHEME_NAMES: tuple[str, ...] = tuple(_SCHEMES)


def transliterate(cyr: str, scheme: str) -> str:
    """Render ``cyr`` in one scheme (a name from :data:`SCHEME_NAMES`).

    >>> transliterate("Хо Га И", "bgn-pcgn")
    'Kho Ga I'
    """
    try:
        func = _SCHEMES[scheme]
    except KeyError:
        raise ValueError(f"unknown scheme {scheme!r}; expected one of {SCHEME_NAMES}") from None
    return func(unicodedata.normalize("NFC", cyr))


@lru_cache(maxsize=_WORD_CACHE_SIZE)
def ascii_fold(latin: str) -> str:
    """Plain-ASCII form of a Latin rendering: no diacritics, tie bars or sign marks.

    >>> ascii_fold("T͡soĭ Ianuarʹevich Vyšinskij")
    'Tsoi Ianuarevich Vysinskij'
    """
    decomposed = unicodedata.normalize("NFKD", latin)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    kept = "".join(_LATIN_EXTRA.get(c, c) for c in kept)
    kept = _MARKS.sub("", kept)
    return kept.encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=_CACHE_SIZE)
def _to_latin_cached(cyr: str) -> tuple[tuple[str, frozenset[str]], ...]:
    found: dict[str, set[str]] = {}
    for name, func in _SCHEMES.items():
        latin = func(cyr)
        found.setdefault(latin, set()).add(name)
        folded = ascii_fold(latin)
        if folded != latin:
            found.setdefault(folded, set()).add(name + ASCII_SUFFIX)
    return tuple((latin, frozenset(names)) for latin, names in found.items() if latin.strip())


def to_latin(cyr: str) -> dict[str, frozenset[str]]:
    """All Latin renderings of a Cyrillic string, each with the schemes that produce it.

    Keys are in a fixed order (scheme order, first occurrence). A scheme's ASCII fold is
    recorded as ``"<scheme>:ascii"`` when it differs from the scheme's own output.

    >>> r = to_latin("Хо Га И")
    >>> {"bgn-pcgn", "icao", "wikipedia"} <= r["Kho Ga I"], sorted(r["Ho Ga I"])
    (True, ['gost-779', 'hu', 'hu:sz', 'telegram', 'ungegn'])
    """
    return dict(_to_latin_cached(unicodedata.normalize("NFC", cyr)))
