"""East European and hybrid spellings: Polish, Czech, Hungarian forms of Russian, Chinese and
Korean names, and the mixed forms translators produce (gold spellings of the archival corpus)."""

from __future__ import annotations

import doctest

import pytest

import korname
from korname.romanize import (
    chinese_eastern,
    korean_eastern,
    name_variants,
    romanize,
)
from korname.romanize.chinese import chinese_variants
from korname.romanize.chinese_eastern import eastern_name, eastern_table, split_pinyin
from korname.romanize.cyrillic import transliterate
from korname.romanize.kontsevich import traditional_spellings
from korname.romanize.korean import MAX_VARIANTS
from korname.romanize.mr import mr_isolated_given
from korname.romanize.russian import russian_variants
from korname.romanize.wade_giles import PINYIN_TO_WADE_GILES
from korname.table import Person

# --- Russian names in Polish, Czech and Hungarian ----------------------------------------------


@pytest.mark.parametrize(
    ("cyrillic", "scheme", "latin"),
    [
        ("Штыков", "pl", "Sztykow"),
        ("Иванов", "pl", "Iwanow"),
        ("Горбачёв", "pl", "Gorbaczow"),
        ("Шеварднадзе", "pl:e", "Szewardnadze"),
        ("Шеварднадзе", "pl", "Szewardnadzie"),
        ("Хрущёв", "pl", "Chruszczow"),
        ("Вячеслав Молотов", "pl", "Wiaczesław Mołotow"),
        ("Михаил Сергеевич", "pl", "Michaił Siergiejewicz"),
        ("Вышинский", "pl", "Wyszynski"),
        ("Штыков", "cs", "Štykov"),
        ("Горбачёв", "cs", "Gorbačov"),
        ("Шеварднадзе", "cs", "Ševardnadze"),
        ("Терентий", "cs", "Těrentij"),
        ("Штыков", "hu", "Stikov"),
        ("Штыков", "hu:sz", "Sztikov"),
        ("Горбачёв", "hu", "Gorbacsov"),
        ("Шеварднадзе", "hu", "Sevardnadze"),
        ("Хрущёв", "hu", "Hruscsov"),
        ("Сергеевич", "hu", "Szergejevics"),
        ("Ким Ир Сен", "hu", "Kim Ir Szen"),
        ("Чой Ен Ген", "de-duden", "Tschoi Jen Gen"),
        ("Илья", "pl", "Ilja"),
    ],
)
def test_east_european_schemes(cyrillic: str, scheme: str, latin: str) -> None:
    assert transliterate(cyrillic, scheme) == latin


@pytest.mark.parametrize(
    ("cyrillic", "form", "label"),
    [
        ("Терентий Фомич Штыков", "Sztykow", "pl"),
        ("Терентий Фомич Штыков", "Štykov", "cs"),
        ("Терентий Фомич Штыков", "Stykov", "cs:ascii"),
        ("Терентий Фомич Штыков", "Sztikov", "hu:sz"),
        ("Михаил Сергеевич Горбачёв", "Gorbaczow", "pl"),
        ("Михаил Сергеевич Горбачёв", "Gorbačov", "cs"),
        ("Михаил Сергеевич Горбачёв", "Gorbacov", "cs:ascii"),
        ("Михаил Сергеевич Горбачёв", "Gorbacsov", "hu"),
        ("Эдуард Амвросиевич Шеварднадзе", "Szewardnadze", "pl:e"),
        ("Эдуард Амвросиевич Шеварднадзе", "Ševardnadze", "cs"),
        ("Эдуард Амвросиевич Шеварднадзе", "Sevardnadze", "hu"),
        ("Василий Иванов", "Iwanow", "pl"),
    ],
)
def test_russian_person_forms(cyrillic: str, form: str, label: str) -> None:
    assert label in russian_variants(cyrillic)[form]


# --- Chinese names in the East European transcriptions -----------------------------------------


@pytest.mark.parametrize(
    ("hanzi", "system", "expected"),
    [
        ("周恩來", "pl", "Czou En-laj"),
        ("毛澤東", "pl", "Mao Ce-tung"),
        ("陳毅", "pl", "Czen I"),
        ("周恩來", "cs", "Čou En-laj"),
        ("毛澤東", "cs", "Mao Ce-tung"),
        ("陳毅", "cs", "Čchen I"),
        ("彭德懷", "cs", "Pcheng Te-chuaj"),
        ("周恩來", "de", "Tschou En-lai"),
        ("毛澤東", "de", "Mao Tse-tung"),
        ("陳毅", "de", "Tschen I"),
        ("周恩來", "hu", "Csou En-laj"),
        ("毛澤東", "hu", "Mao Ce-tung"),
        ("邓小平", "hu", "Teng Hsziao-ping"),
        ("邓小平", "pl", "Teng Siao-ping"),
        ("江青", "pl", "Ciang Cing"),
        ("刘少奇", "cs", "Liou Šao-čchi"),
    ],
)
def test_chinese_east_european_systems(hanzi: str, system: str, expected: str) -> None:
    assert romanize(hanzi, system) == expected


def test_chinese_eastern_labels() -> None:
    v = chinese_variants("周恩來")
    assert "pl" in v["Czou En-laj"]
    assert "pl:joined" in v["Czou Enlaj"]
    assert v["Čou En-laj"] == frozenset({"cs"})
    assert v["Cou En-laj"] == frozenset({"cs:ascii"})
    assert "de" in v["Tschou En-lai"]
    assert "hu" in v["Csou En-laj"]


def test_pinyin_split_and_tables_cover_every_syllable() -> None:
    assert split_pinyin("xiao") == ("x", "iao")
    assert split_pinyin("wei") == ("", "ui")
    assert split_pinyin("ju") == ("j", "ü")
    assert split_pinyin("er") == ("", "er")
    for lang in chinese_eastern.LANGUAGES:
        table = eastern_table(lang)
        assert set(table) == set(PINYIN_TO_WADE_GILES)
        assert all(table.values()), lang
    assert len(eastern_table("pl")) > 400
    # the apical vowel of zi/zhi and the zero-initial yi
    assert [eastern_table(lang)["zhi"] for lang in ("pl", "cs", "de", "hu")] == [
        "czy", "č'", "tschih", "cse",
    ]  # fmt: skip
    assert [eastern_table(lang)["yi"] for lang in ("pl", "cs", "de", "hu")] == [
        "i", "i", "i", "ji",
    ]  # fmt: skip
    assert eastern_name(("mao",), ("ze", "dong"), "pl", " ") == "Mao Ce Tung"


def test_press_eh_and_pinyin_wade_giles_hybrid() -> None:
    peng = chinese_variants("彭德懷")
    assert peng["Peng Teh-huai"] == frozenset({"wg:press-eh:plain"})
    assert peng["P'eng Teh-huai"] == frozenset({"wg:press-eh"})
    zhao = chinese_variants("赵紫阳")
    assert zhao["Zhao Tzu-yang"] == frozenset({"hybrid:pinyin+wg", "hybrid:pinyin+wg:plain"})
    # press -eh is only for te/t'e: Mao's tse stays
    assert "Mao Tseh-tung" not in chinese_variants("毛澤東")


# --- Korean names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hangul", "system", "expected"),
    [
        ("김정일", "ko-de", "Kim Tschong Il"),
        ("김정일", "ko-pl", "Kim Dzong Il"),
        ("김정일", "ko-hu", "Kim Dzsong Il"),
        ("김정일", "ko-cs", "Kim Čong-il"),
        ("최용건", "ko-de", "Tschoi Jong Gon"),
        ("김일성", "ko-hu", "Kim Il Szong"),
    ],
)
def test_korean_east_european_systems(hangul: str, system: str, expected: str) -> None:
    assert romanize(hangul, system) == expected


def test_korean_eastern_other_voicing() -> None:
    spellings = dict(korean_eastern.eastern_korean_spellings("김", "정일"))
    assert spellings["Kim Dschong Il"] == "ko-de:voiced"
    assert spellings["Kim Czong Il"] == "ko-pl:voiceless"


def test_traditional_additions() -> None:
    assert "Ро Дэ У" in traditional_spellings("노", "태우")
    assert "Пак Чен Ай" in traditional_spellings("박", "정애")
    assert "Ли Сен Еп" in traditional_spellings("리", "승엽")
    # ай only for the bare syllable 애, not inside 태
    assert not any("ай" in t for t in traditional_spellings("노", "태우"))


def test_mr_isolated_syllables() -> None:
    assert mr_isolated_given("필규") == ("p'il", "kyu")
    assert mr_isolated_given("용건") == ("yong", "kŏn")


def _person(pid: str) -> Person:
    return next(p for p in korname.load_table() if p.id == pid)


@pytest.mark.parametrize(
    ("pid", "form", "label"),
    [
        ("kim-jong-il", "Kim Tschong Il", "ko-de"),
        ("kim-jong-il", "Kim Dzong Il", "ko-pl"),
        ("kim-jong-il", "Kim Dzsong Il", "ko-hu"),
        ("kim-il-sung", "Kim Ir Szen", "cyrillic>hu"),
        ("choe-yong-gon", "Tschoi Jen Gen", "ru-trad>de-duden"),
        ("roh-tae-woo", "Ro De U", "ru-trad>icao"),
        ("ri-ju-yon", "Li Zhu En", "ru-trad:zh>icao"),
        ("pak-chong-ae", "Pak Chen Ai", "ru-trad>icao"),
        ("ri-sung-yop", "Li Sen Ep", "ru-trad>icao"),
        ("choe-yong-gon", "Choe Yon Gen", "hybrid:mr+ru-trad"),
        ("choe-chang-ik", "Choe Chan Ik", "hybrid:mr+ru-trad"),
        ("pak-kum-chol", "Pak Kym Chkhol", "ru-trad>icao"),
        ("ri-pil-gyu", "Yi P'il-kyu", "lc:isolated"),
        ("ri-sung-yop", "Yi Sung-yup", "hybrid:lc+sk"),
    ],
)
def test_korean_person_forms(pid: str, form: str, label: str) -> None:
    assert label in name_variants(_person(pid))[form]


def test_bounded_and_deterministic() -> None:
    table = korname.load_table()
    for person in table:
        first = name_variants(person)
        assert len(first) <= MAX_VARIANTS
        assert list(first) == list(name_variants(person))


@pytest.mark.parametrize(
    ("text", "form", "pid"),
    [
        ("Cde. Sztykow met Czou En-laj.", "Sztykow", "shtykov-terentii"),
        ("Cde. Sztykow met Czou En-laj.", "Czou En-laj", "zhou-enlai"),
        ("Gorbaczow and Szewardnadze arrived.", "Gorbaczow", "gorbachev-mikhail"),
        ("Gorbaczow and Szewardnadze arrived.", "Szewardnadze", "shevardnadze-eduard"),
        ("Marshal Czen I and Cde. Mao Ce-tung.", "Czen I", "chen-yi"),
        ("Marshal Czen I and Cde. Mao Ce-tung.", "Mao Ce-tung", "mao-zedong"),
        ("Premier Tschou En-lai spoke.", "Tschou En-lai", "zhou-enlai"),
        ("Premier Csou En-laj spoke.", "Csou En-laj", "zhou-enlai"),
        ("Premier Čou En-laj spoke.", "Čou En-laj", "zhou-enlai"),
        ("Cde. Kim Tschong Il spoke.", "Kim Tschong Il", "kim-jong-il"),
        ("Cde. Kim Dzong Il spoke.", "Kim Dzong Il", "kim-jong-il"),
        ("Cde. Kim Dzsong Il spoke.", "Kim Dzsong Il", "kim-jong-il"),
        ("Cde. Kim Ir Szen spoke.", "Kim Ir Szen", "kim-il-sung"),
        ("President Ro De U visited.", "Ro De U", "roh-tae-woo"),
        ("AMBASSADOR LI ZHU EN LEFT.", "LI ZHU EN", "ri-ju-yon"),
        ("Cde. Pak Chen Ai spoke.", "Pak Chen Ai", "pak-chong-ae"),
        ("Cde. Li Sen Ep spoke.", "Li Sen Ep", "ri-sung-yop"),
        ("WITH CHOE CHAN IK AND PAK KYM CHKHOL.", "CHOE CHAN IK", "choe-chang-ik"),
        ("WITH CHOE CHAN IK AND PAK KYM CHKHOL.", "PAK KYM CHKHOL", "pak-kum-chol"),
        ("Premier ZHAO Tzu-yang arrived.", "ZHAO Tzu-yang", "zhao-ziyang"),
        ("Marshal Peng Teh-huai arrived.", "Peng Teh-huai", "peng-dehuai"),
        ("SO and YI P'il-kyu fled.", "YI P'il-kyu", "ri-pil-gyu"),
        ("Minister Yi Sung Yup spoke.", "Yi Sung Yup", "ri-sung-yop"),
    ],
)
def test_tagged_to_the_right_person(text: str, form: str, pid: str) -> None:
    found = {m.text: m.person_id for m in korname.tag(text)}
    assert found.get(form) == pid


@pytest.mark.parametrize("text", ["Cde. Tschoi Jen Gen spoke.", "CHOE YON GEN SPOKE."])
def test_choe_yong_gon_forms_need_a_date(text: str) -> None:
    """崔庸健 and 崔英健 share the Soviet spelling Цой Ен Ген: without a date both fit."""
    mention = korname.tag(text)[0]
    assert mention.person_id is None
    assert set(mention.candidates) == {"choe-yong-gon", "choe-yong-gon-1951"}
    assert korname.tag(text, date="1956-10-02")[0].person_id == "choe-yong-gon"


def test_docstring_examples() -> None:
    for module in (chinese_eastern, korean_eastern):
        assert doctest.testmod(module).failed == 0
