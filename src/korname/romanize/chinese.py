"""Chinese personal names: pinyin, Wade-Giles and Russian (Palladius) spellings from Hanzi.

Documents about Korea 1945-1994 name the same Chinese person as Peng Dehuai (pinyin, after
1979), P'eng Te-huai or Peng Teh-huai (Wade-Giles, before), Пэн Дэхуай in Soviet papers and
then "Pen Dekhuai" once those are translated. This module derives all of them from the
characters.

Readings come from ``pypinyin``, with two corrections it cannot make itself: surnames are read
from an own table (the reader picks the commonest reading of a character, but 单 is Shan and
薄 is Bo as surnames), and two-character surnames (欧阳, 诸葛) are split off before the
given name. Pinyin syllables are then spelled by the fixed tables in
:mod:`korname.romanize.wade_giles` and :mod:`korname.romanize.palladius`. Names whose
accepted spelling is not the systematic one (Chiang Kai-shek, Чан Кайши) come from a small
table of conventional forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from pypinyin import Style, lazy_pinyin

from .chinese_eastern import LANGUAGES as EASTERN_LANGUAGES
from .chinese_eastern import eastern_name
from .cyrillic import ascii_fold, to_latin
from .palladius import PINYIN_TO_PALLADIUS
from .wade_giles import PINYIN_TO_WADE_GILES

__all__ = [
    "SYSTEMS",
    "ChineseName",
    "chinese_variants",
    "read_chinese",
    "romanize_chinese",
]

#: Systems accepted by :func:`romanize_chinese`: pinyin, Wade-Giles, Palladius and the
#: Polish, Czech, German and Hungarian transcriptions of :mod:`.chinese_eastern`.
SYSTEMS: tuple[str, ...] = ("pinyin", "wg", "palladius", *EASTERN_LANGUAGES)

#: Longest accepted name in characters (surname of two plus a three-character given name,
#: with one spare); longer input is not a personal name and is rejected.
MAX_NAME_CHARS = 6

#: Surname readings that differ from a character's commonest reading (or that the reader
#: gets wrong for a lone character). Simplified and traditional forms both listed.
SURNAME_READINGS: Mapping[str, str] = MappingProxyType(
    {
        "单": "shan", "單": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao",
        "区": "ou", "區": "ou", "查": "zha", "乐": "yue", "樂": "yue", "薄": "bo", "盖": "ge",
        "蓋": "ge", "华": "hua", "華": "hua", "任": "ren", "沈": "shen", "瀋": "shen",
        "燕": "yan", "纪": "ji", "紀": "ji", "缪": "miao", "繆": "miao", "覃": "qin",
        "翟": "zhai", "祭": "zhai", "宓": "fu", "冼": "xian", "洗": "xian", "隗": "wei",
        "莫": "mo", "长": "chang", "長": "chang", "重": "chong", "种": "chong", "種": "chong",
        "秘": "bi", "贲": "ben", "賁": "ben", "员": "yun", "員": "yun", "柏": "bai",
        "卜": "bu", "藏": "zang", "曲": "qu", "尉": "wei", "都": "du", "句": "gou",
        "召": "shao", "郇": "xun", "繁": "po", "黑": "he", "葛": "ge", "折": "she",
        "石": "shi", "车": "che", "車": "che", "叶": "ye", "葉": "ye", "阚": "kan",
        "闞": "kan", "朝": "chao", "乜": "nie", "么": "yao", "庹": "tuo", "校": "xiao",
    }
)  # fmt: skip

#: Two-character surnames with their readings, simplified and traditional.
TWO_CHAR_SURNAMES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "欧阳": ("ou", "yang"), "歐陽": ("ou", "yang"), "司马": ("si", "ma"),
        "司馬": ("si", "ma"), "诸葛": ("zhu", "ge"), "諸葛": ("zhu", "ge"),
        "上官": ("shang", "guan"), "司徒": ("si", "tu"), "司空": ("si", "kong"),
        "东方": ("dong", "fang"), "東方": ("dong", "fang"), "夏侯": ("xia", "hou"),
        "皇甫": ("huang", "fu"), "尉迟": ("yu", "chi"), "尉遲": ("yu", "chi"),
        "公孙": ("gong", "sun"), "公孫": ("gong", "sun"), "慕容": ("mu", "rong"),
        "长孙": ("zhang", "sun"), "長孫": ("zhang", "sun"), "宇文": ("yu", "wen"),
        "令狐": ("ling", "hu"), "端木": ("duan", "mu"), "澹台": ("tan", "tai"),
        "澹臺": ("tan", "tai"), "轩辕": ("xuan", "yuan"), "軒轅": ("xuan", "yuan"),
        "闻人": ("wen", "ren"), "聞人": ("wen", "ren"), "南宫": ("nan", "gong"),
        "南宮": ("nan", "gong"), "万俟": ("mo", "qi"), "萬俟": ("mo", "qi"),
        "单于": ("chan", "yu"), "單于": ("chan", "yu"), "西门": ("xi", "men"),
        "西門": ("xi", "men"), "呼延": ("hu", "yan"), "申屠": ("shen", "tu"),
    }
)  # fmt: skip


@dataclass(frozen=True)
class Conventional:
    """Accepted spellings of a name that the systems do not produce."""

    latin: tuple[str, ...] = ()
    russian: str | None = None


#: Conventional forms keyed by the full name (simplified and traditional). Latin forms are
#: added to the variants; a Russian form replaces the systematic Palladius spelling, since
#: Russian texts use it consistently (Чан Кайши, not Цзян Цзеши).
CONVENTIONAL: Mapping[str, Conventional] = MappingProxyType(
    {
        "蒋介石": Conventional(("Chiang Kai-shek", "Chiang Kai-Shek"), "Чан Кайши"),
        "蔣介石": Conventional(("Chiang Kai-shek", "Chiang Kai-Shek"), "Чан Кайши"),
        "孙中山": Conventional(("Sun Yat-sen", "Sun Yat-Sen", "Sun Yatsen"), "Сунь Ятсен"),
        "孫中山": Conventional(("Sun Yat-sen", "Sun Yat-Sen", "Sun Yatsen"), "Сунь Ятсен"),
        "孙逸仙": Conventional(("Sun Yat-sen", "Sun Yat-Sen", "Sun Yatsen"), "Сунь Ятсен"),
        "孫逸仙": Conventional(("Sun Yat-sen", "Sun Yat-Sen", "Sun Yatsen"), "Сунь Ятсен"),
        "朱德": Conventional(("Chu Teh",)),
        "宋庆龄": Conventional(("Soong Ching-ling", "Soong Chingling")),
        "宋慶齡": Conventional(("Soong Ching-ling", "Soong Chingling")),
        "宋美龄": Conventional(("Soong Mei-ling", "Soong Meiling")),
        "宋美齡": Conventional(("Soong Mei-ling", "Soong Meiling")),
        "宋子文": Conventional(("T. V. Soong", "T.V. Soong")),
        "孔祥熙": Conventional(("H. H. Kung", "H.H. Kung")),
    }
)

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PINYIN_VOWEL_START = ("a", "o", "e")
_RU_VOWELS = frozenset("аоуэиеёюяы")
_RU_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщ")
_HYPHEN = "-"
_OLD_LABIAL_ENG = re.compile(r"(?<=[бпмфБПМФ])эн(?!ь)")
_APOSTROPHES = str.maketrans("", "", "'")


@dataclass(frozen=True)
class ChineseName:
    """A Chinese name read into toneless pinyin syllables (lower case, ü written as such)."""

    hanzi: str
    surname: tuple[str, ...]
    given: tuple[str, ...]


def _check(hanzi: str) -> str:
    text = unicodedata.normalize("NFC", hanzi).strip()
    chars = text.replace(" ", "")
    if not chars or len(chars) > MAX_NAME_CHARS or not all(_HAN.match(c) for c in chars):
        raise ValueError(f"{hanzi!r} is not a Chinese name in characters")
    if text.count(" ") > 1:
        raise ValueError(f"{hanzi!r}: at most one space, between surname and given name")
    return text


def _read(chars: str) -> tuple[str, ...]:
    return tuple(s.lower() for s in lazy_pinyin(chars, style=Style.NORMAL, v_to_u=True))


def _read_surname(chars: str) -> tuple[str, ...]:
    if chars in TWO_CHAR_SURNAMES:
        return TWO_CHAR_SURNAMES[chars]
    if len(chars) == 1 and chars in SURNAME_READINGS:
        return (SURNAME_READINGS[chars],)
    return _read(chars)


@lru_cache(maxsize=4096)
def read_chinese(hanzi: str) -> ChineseName:
    """Split a name into surname and given name and read both as pinyin syllables.

    A space may mark the boundary explicitly ("司马 光"); otherwise a two-character surname
    from :data:`TWO_CHAR_SURNAMES` is recognised, else the first character is the surname.

    >>> read_chinese("欧阳修")
    ChineseName(hanzi='欧阳修', surname=('ou', 'yang'), given=('xiu',))
    """
    text = _check(hanzi)
    if " " in text:
        sur, given = text.split(" ")
    elif len(text) > 2 and text[:2] in TWO_CHAR_SURNAMES:
        sur, given = text[:2], text[2:]
    else:
        sur, given = text[:1], text[1:]
    return ChineseName(text.replace(" ", ""), _read_surname(sur), _read(given) if given else ())


def _pinyin_join(syllables: tuple[str, ...]) -> str:
    """Join pinyin syllables into one word, with the apostrophe before a, o, e (Xi'an)."""
    out = ""
    for i, syl in enumerate(syllables):
        if i and syl.startswith(_PINYIN_VOWEL_START):
            out += "'"
        out += syl
    return out.capitalize()


def _wg(syl: str) -> str:
    return PINYIN_TO_WADE_GILES.get(syl, syl)


def _palladius(syl: str) -> str:
    return PINYIN_TO_PALLADIUS.get(syl, syl)


def _palladius_join(parts: list[str]) -> str:
    """Join Palladius syllables; a final -н (from -ng) takes ъ before a vowel (Чанъань)."""
    out = ""
    for part in parts:
        if out.endswith("н") and part[:1] in _RU_VOWELS:
            out += "ъ"
        out += part
    return out.capitalize()


def _cap_first(word: str) -> str:
    return word[:1].upper() + word[1:]


def _wg_name(name: ChineseName, sep: str = _HYPHEN) -> str:
    surname = _cap_first(_HYPHEN.join(_wg(s) for s in name.surname))
    if not name.given:
        return surname
    given = [_wg(s) for s in name.given]
    if sep == " ":
        given = [_cap_first(g) for g in given]
    return f"{surname} {_cap_first(sep.join(given))}"


def _pinyin_name(name: ChineseName) -> str:
    surname = _pinyin_join(name.surname)
    return f"{surname} {_pinyin_join(name.given)}" if name.given else surname


def _palladius_name(name: ChineseName, sep: str = "") -> str:
    surname = _palladius_join([_palladius(s) for s in name.surname])
    if not name.given:
        return surname
    given = [_palladius(s) for s in name.given]
    if sep:
        return f"{surname} {sep.join([given[0].capitalize(), *given[1:]])}"
    return f"{surname} {_palladius_join(given)}"


def romanize_chinese(hanzi: str, system: str) -> str:
    """The standard spelling of a Chinese name in one system.

    ``"pinyin"`` joins the given name (Mao Zedong), ``"wg"`` hyphenates it with the second
    syllable in lower case (Mao Tse-tung, P'eng Te-huai), ``"palladius"`` gives the Russian
    form (Мао Цзэдун; a conventional Russian form such as Чан Кайши when there is one).

    >>> romanize_chinese("伍修权", "wg")
    "Wu Hsiu-ch'üan"
    """
    name = read_chinese(hanzi)
    if system == "pinyin":
        return _pinyin_name(name)
    if system == "wg":
        return _wg_name(name)
    if system == "palladius":
        conventional = CONVENTIONAL.get(name.hanzi)
        if conventional is not None and conventional.russian:
            return conventional.russian
        return _palladius_name(name)
    if system in EASTERN_LANGUAGES:
        return eastern_name(name.surname, name.given, system)
    raise ValueError(f"unknown system {system!r}; expected one of {SYSTEMS}")


def _old_russian(cyr: str) -> str:
    """Pre-1960s Soviet practice: ын for eng after a labial (Пын, Фын), е for э after a
    consonant (Мао Цзе-дун, Пын Де-хуай), as in the 1951 telegrams."""
    chars = list(_OLD_LABIAL_ENG.sub("ын", cyr))
    for i in range(1, len(chars)):
        if chars[i] in "эЭ" and chars[i - 1].lower() in _RU_CONSONANTS:
            chars[i] = "е" if chars[i] == "э" else "Е"
    return "".join(chars)


def _add(found: dict[str, set[str]], form: str, label: str) -> None:
    found.setdefault(unicodedata.normalize("NFC", form), set()).add(label)


def _latin_variants(name: ChineseName, found: dict[str, set[str]]) -> None:
    _add(found, _pinyin_name(name), "pinyin")
    surname = _pinyin_join(name.surname)
    if name.given:
        _add(found, f"{surname} {' '.join(g.capitalize() for g in name.given)}", "pinyin:spaced")
        hyphened = _HYPHEN.join(name.given)
        _add(found, f"{surname} {hyphened.capitalize()}", "pinyin:hyphen")
    wg_forms = {
        "wg": _wg_name(name),
        "wg:spaced": _wg_name(name, " "),
        "wg:joined": _wg_name(name, ""),
    }
    for label, form in wg_forms.items():
        _add(found, form, label)
        no_umlaut = form.replace("ü", "u").replace("Ü", "U")
        _add(found, no_umlaut, label + ":no-umlaut")
        _add(found, form.translate(_APOSTROPHES), label + ":no-apostrophe")
        _add(found, no_umlaut.translate(_APOSTROPHES), label + ":plain")


def _eastern_variants(name: ChineseName, found: dict[str, set[str]]) -> None:
    """Polish, Czech, German and Hungarian press forms: hyphenated (Czou En-laj), joined
    (Czou Enlaj), each also without diacritics (Cou En-laj for Čou En-laj)."""
    for lang in EASTERN_LANGUAGES:
        for tag, sep in (("", _HYPHEN), ("joined", "")):
            form = eastern_name(name.surname, name.given, lang, sep)
            label = f"{lang}:{tag}" if tag else lang
            if sep == "" and len(name.given) < 2:
                continue
            _add(found, form, label)
            folded = ascii_fold(form)
            if folded != form:
                _add(found, folded, label + ":ascii")


#: Wade-Giles syllables the English-language press of the period wrote with a final h: te
#: and t'e (德, 特...) as Teh (Chu Teh, Peng Teh-huai).
_PRESS_EH: Mapping[str, str] = MappingProxyType({"te": "teh", "t'e": "t'eh"})


def _press_eh(wg: str) -> str:
    return _PRESS_EH.get(wg, wg)


def _press_and_hybrid_variants(name: ChineseName, found: dict[str, set[str]]) -> None:
    """Forms mixing habits: the press's -eh (Peng Teh-huai, label ``wg:press-eh``) and a
    pinyin surname with a Wade-Giles given name (ZHAO Tzu-yang, label ``hybrid:pinyin+wg``),
    as written when a later editor modernized only the surname."""
    if not name.given:
        return
    wg_sur = _cap_first(_HYPHEN.join(_wg(s) for s in name.surname))
    wg_given = [_wg(s) for s in name.given]
    press = [_press_eh(g) for g in wg_given]
    press_sur = _cap_first(_HYPHEN.join(_press_eh(_wg(s)) for s in name.surname))
    if press != wg_given or press_sur != wg_sur:
        form = f"{press_sur} {_cap_first(_HYPHEN.join(press))}"
        _add(found, form, "wg:press-eh")
        _add(found, form.translate(_APOSTROPHES), "wg:press-eh:plain")
    pinyin_sur = _pinyin_join(name.surname)
    if pinyin_sur != wg_sur:
        form = f"{pinyin_sur} {_cap_first(_HYPHEN.join(wg_given))}"
        _add(found, form, "hybrid:pinyin+wg")
        plain = form.translate(_APOSTROPHES).replace("ü", "u")
        _add(found, plain, "hybrid:pinyin+wg:plain")


def _russian_variants(name: ChineseName, found: dict[str, set[str]]) -> None:
    conventional = CONVENTIONAL.get(name.hanzi)
    cyrillic: dict[str, set[str]] = {}
    if conventional is not None and conventional.russian:
        _add(cyrillic, conventional.russian, "palladius:conventional")
    for label, form in (
        ("palladius", _palladius_name(name)),
        ("palladius:hyphen", _palladius_name(name, _HYPHEN)),
    ):
        _add(cyrillic, form, label)
        _add(cyrillic, _old_russian(form), label + ":old")
    for form, labels in cyrillic.items():
        for label in labels:
            _add(found, form, label)
        for latin, schemes in to_latin(form).items():
            for label in labels:
                for scheme in schemes:
                    _add(found, latin, f"{label}>{scheme}")


@lru_cache(maxsize=4096)
def _variants_cached(hanzi: str) -> tuple[tuple[str, frozenset[str]], ...]:
    name = read_chinese(hanzi)
    found: dict[str, set[str]] = {}
    _latin_variants(name, found)
    conventional = CONVENTIONAL.get(name.hanzi)
    if conventional is not None:
        for form in conventional.latin:
            _add(found, form, "conventional")
    _press_and_hybrid_variants(name, found)
    _russian_variants(name, found)
    _eastern_variants(name, found)
    return tuple((form, frozenset(labels)) for form, labels in found.items())


def chinese_variants(hanzi: str) -> dict[str, frozenset[str]]:
    """Every spelling of a Chinese name korname matches, each with the systems producing it.

    Labels: ``pinyin`` (Mao Zedong), ``pinyin:spaced`` (Mao Ze Dong), ``pinyin:hyphen``
    (Mao Ze-dong); ``wg`` (Mao Tse-tung), ``wg:spaced`` (Mao Tse Tung), ``wg:joined`` (Mao
    Tsetung), each also ``:no-umlaut``, ``:no-apostrophe`` and ``:plain`` (neither);
    ``conventional`` (Chiang Kai-shek); ``palladius`` (Мао Цзэдун), ``palladius:hyphen`` (Мао
    Цзэ-дун), their ``:old`` forms with е for э (Мао Цзе-дун), ``palladius:conventional``
    (Чан Кайши); and ``<palladius label>><scheme>`` for the Latin renderings of the Russian
    forms (Mao Tszedun); ``wg:press-eh`` (Peng Teh-huai) and ``hybrid:pinyin+wg`` (Zhao
    Tzu-yang), with ``:plain`` folds; the East European transcriptions ``pl`` (Czou En-laj),
    ``cs`` (Čou En-laj), ``de`` (Tschou En-lai) and ``hu`` (Csou En-laj), each also
    ``:joined`` and ``:ascii``. Output order is fixed; its size is bounded by the label set.

    >>> v = chinese_variants("毛泽东")
    >>> sorted(v["Mao Tse-tung"]), "palladius>bgn-pcgn" in v["Mao Tszedun"]
    (['de', 'wg', 'wg:no-apostrophe', 'wg:no-umlaut', 'wg:plain'], True)
    """
    return dict(_variants_cached(unicodedata.normalize("NFC", hanzi)))
