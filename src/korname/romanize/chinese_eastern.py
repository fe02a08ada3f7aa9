"""Chinese names as the Polish, Czech, German and Hungarian press transcribed them.

Embassy reports and newspapers of the socialist countries did not write Wade-Giles or pinyin:
each language had its own transcription of Mandarin, so Zhou Enlai is "Czou En-laj" in Polish,
"Čou En-laj" in Czech, "Tschou En-lai" in German and "Csou En-laj" in Hungarian, and Mao Zedong
is "Mao Ce-tung" in three of them. The rules are regular: an initial and a final of a pinyin
syllable each have a fixed spelling in the target language, with a few context rules (the
apical vowel of zi/zhi, the y- and w- syllables without an initial, uo after dentals). This
module writes them down as per-language tables of initials and finals and generates, once, the
full table pinyin syllable -> target syllable for every syllable of
:data:`korname.romanize.wade_giles.PINYIN_TO_WADE_GILES` (about 410).

The tables follow the published practice of each language:

* Polish (traditional press transcription, before pinyin): voiceless stops for b/d/g, cz for
  zh/ch and for j/q before i as ci, s for x, sz for sh, ż for r, c for z/c, -y for the apical
  vowel (szy, cy), aj/ej for ai/ei, ung for ong, ien for ian (Czou En-laj, Mao Ce-tung, Teng
  Siao-ping, Czen I);
* Czech (the Czech transcription of Chinese): p/pch, t/tch, k/kch for the unaspirated and the
  aspirated stops, č/čch for zh/ch, ť for j, čch for q, s for x, š for sh, ž for r, c/cch for
  z/c, an apostrophe for the apical vowel (c', š'), iou for iu (Čou En-laj, Mao Ce-tung, Čchen I,
  Pcheng Te-chuaj);
* German (the German press form of Wade-Giles, as in Tschou En-lai, Tschiang Kai-schek): the
  Wade-Giles syllable without aspiration marks, ch written tsch and sh written sch;
* Hungarian (the Hungarian popular transcription): cs for zh/ch/j/q, hsz for x, s for sh, zs
  for r, c for z/c, sz for s, e for the apical vowel, aj/ej, v for w (Csou En-laj, Mao Ce-tung,
  Teng Hsziao-ping, Csen Ji).

Spellings keep their diacritics (ž, ü); the matching side folds them, and the variants also
carry the ASCII form.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from .wade_giles import PINYIN_TO_WADE_GILES

__all__ = ["LANGUAGES", "eastern_name", "eastern_syllable", "eastern_table", "split_pinyin"]

#: Languages with a table, in the order their forms are generated.
LANGUAGES: tuple[str, ...] = ("pl", "cs", "de", "hu")

#: Pinyin initials, longest first so that zh/ch/sh win over z/c/s.
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
             "x", "r", "z", "c", "s")  # fmt: skip

#: y- and w- syllables are written finals: the glide spells the final's medial.
_GLIDE_FINALS: Mapping[str, str] = MappingProxyType({
    "yi": "i", "ya": "ia", "yo": "io", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian",
    "yin": "in", "yang": "iang", "ying": "ing", "yong": "iong", "yu": "ü", "yue": "üe",
    "yuan": "üan", "yun": "ün", "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai", "wei": "ui",
    "wan": "uan", "wen": "un", "wang": "uang", "weng": "ueng",
})  # fmt: skip

_APICAL_RETROFLEX = frozenset(("zh", "ch", "sh", "r"))
_APICAL_DENTAL = frozenset(("z", "c", "s"))
_PALATAL = frozenset(("j", "q", "x"))
#: Initials after which pinyin uo is written o (Wade-Giles practice, kept by pl/hu/de).
_UO_AS_O = frozenset(("b", "p", "m", "f", "d", "t", "n", "l", "z", "c", "s", "zh", "ch", "r"))


def split_pinyin(syllable: str) -> tuple[str, str]:
    """(initial, final) of a toneless pinyin syllable; the initial is "" for y-/w-/vowel ones.

    j/q/x + u is the final ü (ju = j + ü); y-/w- syllables give their written final (you = iu).

    >>> split_pinyin("zhou"), split_pinyin("you"), split_pinyin("qu")
    (('zh', 'ou'), ('', 'iu'), ('q', 'ü'))
    """
    syl = syllable.replace("v", "ü")
    if syl in _GLIDE_FINALS:
        return "", _GLIDE_FINALS[syl]
    for ini in _INITIALS:
        if syl.startswith(ini) and len(syl) > len(ini):
            final = syl[len(ini):]
            if ini in _PALATAL and final.startswith("u"):
                final = "ü" + final[1:]
            return ini, final
    return "", syl


# --- per-language tables ------------------------------------------------------------------

#: Common finals (pinyin -> target) after an initial; language tables override some.
_BASE_FINALS: Mapping[str, str] = MappingProxyType({
    "a": "a", "o": "o", "e": "e", "ai": "aj", "ei": "ej", "ao": "ao", "ou": "ou", "an": "an",
    "en": "en", "ang": "ang", "eng": "eng", "ong": "ung", "er": "er", "i": "i", "ia": "ia",
    "io": "io", "ie": "ie", "iao": "iao", "iu": "iu", "ian": "ien", "in": "in", "iang": "iang",
    "ing": "ing", "iong": "iung", "u": "u", "ua": "ua", "uo": "uo", "uai": "uaj", "ui": "uej",
    "uan": "uan", "un": "un", "uang": "uang", "ueng": "ueng", "ü": "ü", "üe": "üe",
    "üan": "üan", "ün": "ün",
})  # fmt: skip
#: Finals written alone (y-/w- and vowel syllables), common part.
_BASE_ALONE: Mapping[str, str] = MappingProxyType({
    "i": "i", "ia": "ja", "io": "jo", "ie": "je", "iao": "jao", "iu": "ju", "ian": "jen",
    "in": "in", "iang": "jang", "ing": "ing", "iong": "jung", "u": "u", "ua": "wa", "uo": "wo",
    "uai": "waj", "ui": "wej", "uan": "wan", "un": "wen", "uang": "wang", "ueng": "weng",
    "ü": "jü", "üe": "jüe", "üan": "jüan", "ün": "jün",
})  # fmt: skip

#: j and q are c before their i/ü finals (Ciang Cing for Jiang Qing).
_PL_INITIALS: Mapping[str, str] = MappingProxyType({
    "b": "p", "p": "p", "m": "m", "f": "f", "d": "t", "t": "t", "n": "n", "l": "l", "g": "k",
    "k": "k", "h": "ch", "j": "c", "q": "c", "x": "s", "zh": "cz",
    "ch": "cz", "sh": "sz", "r": "ż", "z": "c", "c": "c", "s": "s",
})  # fmt: skip
_CS_INITIALS: Mapping[str, str] = MappingProxyType({
    "b": "p", "p": "pch", "m": "m", "f": "f", "d": "t", "t": "tch", "n": "n", "l": "l",
    "g": "k", "k": "kch", "h": "ch", "j": "ť", "q": "čch", "x": "s", "zh": "č", "ch": "čch",
    "sh": "š", "r": "ž", "z": "c", "c": "cch", "s": "s",
})  # fmt: skip
_HU_INITIALS: Mapping[str, str] = MappingProxyType({
    "b": "p", "p": "p", "m": "m", "f": "f", "d": "t", "t": "t", "n": "n", "l": "l", "g": "k",
    "k": "k", "h": "h", "j": "cs", "q": "cs", "x": "hsz", "zh": "cs", "ch": "cs", "sh": "s",
    "r": "zs", "z": "c", "c": "c", "s": "sz",
})  # fmt: skip

_CS_FINALS = MappingProxyType({**_BASE_FINALS, "iu": "iou"})
_CS_ALONE = MappingProxyType({**_BASE_ALONE, "iu": "jou", "in": "jin", "ing": "jing",
                              "u": "wu", "un": "wen"})  # fmt: skip
_HU_ALONE = MappingProxyType({
    **_BASE_ALONE, "i": "ji", "in": "jin", "ing": "jing", "iu": "jou", "u": "vu", "ua": "va",
    "uo": "vo", "uai": "vaj", "ui": "vej", "uan": "van", "un": "ven", "uang": "vang",
    "ueng": "veng",
})  # fmt: skip

#: The apical vowel of zi/ci/si and zhi/chi/shi/ri.
_APICAL: Mapping[str, tuple[str, str]] = MappingProxyType({
    # language: (after z c s, after zh ch sh r)
    "pl": ("y", "y"), "cs": ("'", "'"), "hu": ("e", "e"),
})  # fmt: skip


def _slavic_syllable(lang: str, ini: str, final: str) -> str:
    """Polish, Czech or Hungarian spelling of one (initial, final) pair."""
    initials = {"pl": _PL_INITIALS, "cs": _CS_INITIALS, "hu": _HU_INITIALS}[lang]
    finals = _CS_FINALS if lang == "cs" else _BASE_FINALS
    alone = {"pl": _BASE_ALONE, "cs": _CS_ALONE, "hu": _HU_ALONE}[lang]
    if not ini:
        return alone.get(final, finals.get(final, final))
    head = initials[ini]
    if final == "i" and ini in _APICAL_DENTAL:
        return head + _APICAL[lang][0]
    if final == "i" and ini in _APICAL_RETROFLEX:
        return head + _APICAL[lang][1]
    if lang != "cs":
        if final == "uo" and ini in _UO_AS_O:
            return head + "o"
        if final == "e" and ini in ("g", "k", "h"):
            return head + "o"  # ge, ke, he: ko, ho (Ho Lung)
    return head + finals.get(final, final)


def _german_syllable(syllable: str) -> str:
    """German press form: Wade-Giles without aspiration marks, ch -> tsch, sh -> sch."""
    wg = PINYIN_TO_WADE_GILES.get(syllable, syllable).replace("'", "")
    if wg.startswith("ch"):
        return "tsch" + wg[2:]
    if wg.startswith("sh"):
        return "sch" + wg[2:]
    return wg


def eastern_syllable(syllable: str, lang: str) -> str:
    """One pinyin syllable in one language's transcription (lower case).

    >>> [eastern_syllable("zhou", lang) for lang in LANGUAGES]
    ['czou', 'čou', 'tschou', 'csou']
    """
    if lang == "de":
        return _german_syllable(syllable)
    if lang not in _APICAL:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    return _slavic_syllable(lang, *split_pinyin(syllable))


@cache
def eastern_table(lang: str) -> Mapping[str, str]:
    """The full pinyin syllable -> target table of one language, generated once."""
    return MappingProxyType({syl: eastern_syllable(syl, lang) for syl in PINYIN_TO_WADE_GILES})


def eastern_name(surname: tuple[str, ...], given: tuple[str, ...], lang: str,
                 sep: str = "-") -> str:
    """A name in one language: surname, then the given syllables joined by ``sep``.

    >>> eastern_name(("mao",), ("ze", "dong"), "pl"), eastern_name(("zhou",), ("en", "lai"), "de")
    ('Mao Ce-tung', 'Tschou En-lai')
    """
    table = eastern_table(lang)

    def spell(syl: str) -> str:
        return table.get(syl) or eastern_syllable(syl, lang)

    sur = "".join(spell(s) for s in surname)
    sur = sur[:1].upper() + sur[1:]
    if not given:
        return sur
    parts = [spell(g) for g in given]
    if sep == " ":
        parts = [p[:1].upper() + p[1:] for p in parts]
    joined = sep.join(parts)
    return f"{sur} {joined[:1].upper() + joined[1:]}"
