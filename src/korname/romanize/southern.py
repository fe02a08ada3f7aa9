"""Common South Korean spellings: how names are actually written in the South and abroad.

Passports, newspapers and the persons themselves mostly follow neither MR nor RR: surnames have
conventional forms (Park, Lee, Choi, Kang, Ahn, Oh, Roh), and given names mix MR and RR letters
with English vowel spellings: oo or u for ㅜ, u or eo for ㅓ (Sung, Hun), ee for ㅢ/ㅣ, young
for 영, shin for 신 (Park Chung-hee, Kim Dae-jung, Kim Young-sam, Ban Ki-moon).

Such spellings are many, so they are generated from ranked options in two styles (the RR-like
habit of recent passports, and the older English-letter habit: u for ㅓ, oo for ㅜ, ee for ㅢ).
In each style every surname and given-name syllable has a list of spellings, best first, and a
spelling's cost is the sum of the positions chosen. The cheapest spellings of the two styles
are taken in turn, up to :data:`MAX_SOUTHERN`, so the output is bounded and deterministic.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from .jamo import SILENT, Syllable, syllables
from .registry import register
from .rr import rr_surname

__all__ = ["CONVENTIONAL_SURNAMES", "MAX_SOUTHERN", "common_south", "southern_spellings"]

#: How many common South Korean spellings of one name are kept.
MAX_SOUTHERN = 12

#: Conventional spellings of the frequent surnames, most common first (the first is also the
#: conventional surname that the RR variants use). Anything else falls back to strict RR.
CONVENTIONAL_SURNAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "김": ("Kim", "Gim"), "이": ("Lee", "Yi", "Rhee", "I"), "리": ("Lee", "Ri", "Rhee"),
    "박": ("Park", "Pak", "Bak", "Bahk"), "최": ("Choi", "Choe", "Chey"),
    "정": ("Jung", "Chung", "Jeong", "Cheong"), "강": ("Kang", "Gang"), "조": ("Cho", "Jo"),
    "윤": ("Yoon", "Yun"), "장": ("Jang", "Chang"), "임": ("Lim", "Im", "Rim"),
    "림": ("Lim", "Rim", "Im"), "한": ("Han",), "오": ("Oh", "O"), "서": ("Seo", "Suh"),
    "신": ("Shin", "Sin"), "권": ("Kwon", "Gwon"), "황": ("Hwang",), "안": ("Ahn", "An"),
    "송": ("Song",), "유": ("Yoo", "Yu"), "류": ("Ryu", "Yoo", "Yu"), "홍": ("Hong",),
    "전": ("Jeon", "Chun", "Jun"), "고": ("Ko", "Go"), "문": ("Moon", "Mun"),
    "양": ("Yang",), "량": ("Yang", "Ryang"), "손": ("Son", "Sohn"), "배": ("Bae", "Pae"),
    "백": ("Baek", "Paik", "Paek"), "허": ("Heo", "Huh", "Hur"), "노": ("Roh", "Noh", "No"),
    "로": ("Roh", "Ro"), "남": ("Nam",), "심": ("Shim", "Sim"), "하": ("Ha",),
    "곽": ("Kwak", "Gwak"), "성": ("Sung", "Seong"), "차": ("Cha",), "주": ("Joo", "Ju"),
    "우": ("Woo", "U"), "구": ("Koo", "Ku", "Gu"), "민": ("Min",), "진": ("Jin", "Chin"),
    "지": ("Ji", "Chi"), "엄": ("Um", "Eom"), "채": ("Chae",), "원": ("Won",),
    "천": ("Chun", "Cheon"), "방": ("Bang", "Pang"), "공": ("Kong", "Gong"),
    "현": ("Hyun", "Hyeon"), "함": ("Ham",), "변": ("Byun", "Byeon"), "염": ("Yeom", "Yum"),
    "여": ("Yeo", "Yuh", "Lyuh"), "려": ("Ryo", "Yeo"), "추": ("Choo", "Chu"),
    "도": ("Do", "Doh"), "소": ("So",), "석": ("Seok", "Suk"), "선": ("Sun", "Seon"),
    "설": ("Seol", "Sul"), "마": ("Ma",), "길": ("Gil", "Kil"), "연": ("Yeon", "Youn"),
    "위": ("Wi", "Wee"), "표": ("Pyo",), "명": ("Myung", "Myeong"), "기": ("Ki", "Gi"),
    "반": ("Ban",), "나": ("Na", "Ra"), "라": ("Ra", "Na"), "왕": ("Wang",),
    "금": ("Keum", "Kum"), "옥": ("Ok",), "육": ("Yook", "Yuk"), "인": ("In",),
    "맹": ("Maeng",), "제": ("Je",), "모": ("Mo",), "탁": ("Tak",), "국": ("Kook", "Kuk"),
    "어": ("Eo", "Uh"), "은": ("Eun",), "편": ("Pyun", "Pyeon"), "용": ("Yong",),
    "룡": ("Ryong", "Yong"), "예": ("Ye",), "경": ("Kyung", "Gyeong"), "봉": ("Bong",),
    "사": ("Sa",), "부": ("Boo", "Bu"), "태": ("Tae",), "피": ("Pi",),
    "계": ("Kye", "Gye"), "황보": ("Hwangbo",),
    "남궁": ("Namgoong", "Namgung"), "제갈": ("Jegal",), "선우": ("Sunwoo", "Seonu"),
    "독고": ("Dokko", "Dokgo"), "사공": ("Sagong",), "서문": ("Seomun",),
})  # fmt: skip


@dataclass(frozen=True)
class Style:
    """One habit of spelling given names: letter options, best first, for that habit."""

    name: str
    initials: Mapping[str, tuple[str, ...]]
    vowels: Mapping[str, tuple[str, ...]]
    #: Whole syllables with spellings of their own (young, shin, hee, woo).
    syllables: Mapping[str, tuple[str, ...]]


_BASE_INITIAL: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ㄱ": ("g", "k"), "ㄲ": ("kk", "gg"), "ㄴ": ("n",), "ㄷ": ("d", "t"), "ㄸ": ("tt", "dd"),
    "ㄹ": ("r", "l"), "ㅁ": ("m",), "ㅂ": ("b", "p"), "ㅃ": ("pp", "bb"), "ㅅ": ("s",),
    "ㅆ": ("ss",), "ㅇ": ("",), "ㅈ": ("j", "ch"), "ㅉ": ("jj", "tch"), "ㅊ": ("ch",),
    "ㅋ": ("k",), "ㅌ": ("t",), "ㅍ": ("p",), "ㅎ": ("h",),
})  # fmt: skip
_BASE_VOWEL: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ㅏ": ("a",), "ㅐ": ("ae",), "ㅑ": ("ya",), "ㅒ": ("yae",), "ㅓ": ("eo", "u", "o"),
    "ㅔ": ("e",), "ㅕ": ("yeo", "yu", "yo"), "ㅖ": ("ye",), "ㅗ": ("o",), "ㅘ": ("wa",),
    "ㅙ": ("wae",), "ㅚ": ("oe", "oi"), "ㅛ": ("yo",), "ㅜ": ("u", "oo"), "ㅝ": ("wo",),
    "ㅞ": ("we",), "ㅟ": ("wi", "wee"), "ㅠ": ("yu", "yoo"), "ㅡ": ("eu", "u"),
    "ㅢ": ("ui", "ee", "i"), "ㅣ": ("i", "ee"),
})  # fmt: skip

#: The RR-like habit of passports after 2000: Kim Dae-jung, Moon Jae-in, Yoon Seok-yeol.
RR_LIKE = Style(
    "rr-like",
    _BASE_INITIAL,
    _BASE_VOWEL,
    MappingProxyType({
        "영": ("yeong", "young"), "신": ("sin", "shin"), "희": ("hui", "hee"),
        "의": ("ui", "eui"), "이": ("i", "yi"), "우": ("u", "woo"), "시": ("si", "shi"),
    }),
)  # fmt: skip
#: The older English-letter habit: Park Chung-hee, Paik Sun-yup, Lyuh Woon-hyung, Kim Young-sam.
ENGLISH_LIKE = Style(
    "english-like",
    MappingProxyType({**_BASE_INITIAL, "ㄱ": ("k", "g"), "ㅈ": ("ch", "j")}),
    MappingProxyType({
        **_BASE_VOWEL, "ㅓ": ("u", "o", "eo"), "ㅕ": ("yu", "yo", "yeo"), "ㅜ": ("oo", "u"),
        "ㅡ": ("u", "eu"), "ㅢ": ("ee", "ui"), "ㅠ": ("yoo", "yu"), "ㅟ": ("wee", "wi"),
        "ㅚ": ("oi", "oe"),
    }),
    MappingProxyType({
        "영": ("young", "yong"), "신": ("shin", "sin"), "희": ("hee", "hui"),
        "의": ("eui", "ui"), "이": ("ee", "i", "yi"), "우": ("woo", "u"), "운": ("woon", "un"),
        "시": ("shi", "si"), "식": ("shik", "sik"),
    }),
)  # fmt: skip
STYLES: tuple[Style, ...] = (RR_LIKE, ENGLISH_LIKE)

_FINAL: Mapping[str, str] = MappingProxyType({
    "": "", "ㄱ": "k", "ㄴ": "n", "ㄷ": "t", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p", "ㅇ": "ng",
})  # fmt: skip


def _syllable_options(syl: Syllable, style: Style) -> tuple[str, ...]:
    whole = style.syllables.get(syl.text())
    if whole:
        return whole
    fin = _FINAL[syl.sound_final]
    ini = ("",) if syl.initial == SILENT else style.initials[syl.initial]
    vowels = style.vowels[syl.vowel]
    if fin:  # ee is an open-syllable spelling (Hee, Mee); nobody writes Eel for 일
        vowels = tuple(v for v in vowels if v != "ee") or vowels
    # Options ordered by the sum of the letter ranks, so one letter changes at a time.
    ranked = sorted(
        itertools.product(range(len(ini)), range(len(vowels))), key=lambda ij: (sum(ij), ij)
    )
    return tuple(dict.fromkeys(ini[i] + vowels[j] + fin for i, j in ranked))


def surname_spellings(surname: str) -> tuple[str, ...]:
    """Conventional spellings of a surname, best first (strict RR when not in the table)."""
    return CONVENTIONAL_SURNAMES.get(surname) or (rr_surname(surname),)


def _ranked(surname: str, given: str, style: Style) -> list[str]:
    options = [surname_spellings(surname)]
    options += [_syllable_options(s, style) for s in syllables(given)]
    ranked = heapq.nsmallest(
        MAX_SOUTHERN,
        itertools.product(*(range(len(o)) for o in options)),
        key=lambda idx: (sum(idx), idx),
    )
    out = []
    for idx in ranked:
        sur = options[0][idx[0]]
        parts = [options[k][i] for k, i in enumerate(idx) if k]
        out.append(f"{sur} {'-'.join(parts).capitalize()}" if parts else sur)
    return out


@lru_cache(maxsize=2048)
def southern_spellings(surname: str, given: str) -> tuple[str, ...]:
    """The :data:`MAX_SOUTHERN` best spellings, taken in turn from each style's cheapest ones.

    >>> southern_spellings("박", "정희")[:4]
    ('Park Jeong-hui', 'Park Chung-hee', 'Park Jeong-hee', 'Park Chung-hui')
    """
    per_style = [_ranked(surname, given, style) for style in STYLES]
    merged = (s for group in itertools.zip_longest(*per_style) for s in group if s)
    return tuple(dict.fromkeys(merged))[:MAX_SOUTHERN]


@register("sk")
def common_south(surname: str, given: str) -> str:
    """Common South Korean spelling: conventional surname, RR-like given name (Park Jeong-hui).

    The best-ranked of :func:`southern_spellings`; the others are variants.
    """
    return southern_spellings(surname, given)[0]
