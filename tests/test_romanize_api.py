"""The public romanization API: systems, romanize(), name_variants() on real persons."""

from __future__ import annotations

import doctest
import importlib

import pytest

from korname.romanize import MAX_VARIANTS, SYSTEMS, name_variants, romanize
from korname.romanize.cyrillic import to_latin
from korname.romanize.registry import SYSTEM_REGISTRY, get_system
from korname.romanize.via_cyrillic import latin_renderings
from korname.table import Person

KIM_IL_SUNG = Person(
    id="kim-il-sung", name="Kim Il Sung", hangul="김일성", hanja="金日成", cyrillic=("Ким Ир Сен",)
)
HO_KA_I = Person(
    id="ho-ka-i", name="Ho Ka-i", hangul="허가이", cyrillic=("Хо Га И",),
    russian_name="Алексей Иванович Хегай",
)  # fmt: skip
CHOE_YONG_GON = Person(
    id="choe-yong-gon", name="Choe Yong-gon", hangul="최용건", cyrillic=("Цой Ен Ген",)
)
#: A Soviet official known by his Russian name only.
RUSSIAN = Person(
    id="shtykov", name="Terenti Shtykov", origin="russian", cyrillic=("Терентий Фомич Штыков",)
)
CHINESE = Person(
    id="peng-dehuai", name="Peng Dehuai", origin="chinese", hanzi="彭德怀", cyrillic=("Пэн Дэхуай",)
)


def test_systems_listed_in_order_and_registered() -> None:
    assert SYSTEMS == (
        "mr",
        "lc",
        "rr",
        "nk",
        "yale",
        "sk",
        "kontsevich",
        "ru-trad",
        "ko-de",
        "ko-pl",
        "ko-hu",
        "ko-cs",
        "pinyin",
        "wg",
        "palladius",
        "pl",
        "cs",
        "de",
        "hu",
    )
    assert set(SYSTEMS) == set(SYSTEM_REGISTRY)


def test_every_system_is_documented() -> None:
    for name in SYSTEMS:
        spec = get_system(name)
        assert spec.summary and spec.doc.startswith(spec.summary)
    assert get_system("nk").summary.startswith("North Korean official system")


def test_romanize_defaults_to_mr() -> None:
    assert romanize("김일성") == "Kim Il-sŏng"
    assert romanize(" 김대중 ") == "Kim Tae-jung"
    assert romanize("김 대중", "rr") == "Gim Dae-jung"


def test_romanize_every_korean_system() -> None:
    got = {s: romanize("최창익", s) for s in SYSTEMS[:8]}
    assert got == {
        "mr": "Ch'oe Ch'ang-ik", "lc": "Ch'oe Ch'ang-ik", "rr": "Choe Chang-ik",
        "nk": "Choe Chang Ik", "yale": "Choy Changik", "sk": "Choi Chang-ik",
        "kontsevich": "Чхве Чханъик", "ru-trad": "Цой Чхан Ик",
    }  # fmt: skip


def test_romanize_chinese_systems() -> None:
    assert romanize("毛泽东", "pinyin") == "Mao Zedong"
    assert romanize("毛泽东", "wg") == "Mao Tse-tung"
    assert romanize("毛泽东", "palladius") == "Мао Цзэдун"


def test_unknown_system_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown romanization system 'hepburn'.*mr, .*pinyin"):
        romanize("김일성", "hepburn")


def test_empty_name_is_an_error() -> None:
    with pytest.raises(ValueError, match="empty"):
        romanize("  ")


def test_kim_il_sung_variants() -> None:
    found = name_variants(KIM_IL_SUNG)
    assert found["Kim Il-sŏng"] == {"mr", "lc", "mr:no-apostrophes"}
    assert "mr:plain" in found["Kim Il-song"]
    assert "nk" in found["Kim Il Sung"]
    assert {"cyrillic>bgn-pcgn", "ru-trad>bgn-pcgn"} <= found["Kim Ir Sen"]
    assert found["KIM Il-song"] == {"mr:cia"}
    assert "kontsevich" in found["Ким Ильсон"]
    assert "Kim Ilson" in found


def test_ho_ka_i_variants() -> None:
    found = name_variants(HO_KA_I)
    assert "mr:plain" in found["Ho Ka-i"]
    assert "rr" in found["Heo Ga-i"]
    assert "ru-trad>bgn-pcgn" in found["Kho Ga I"]
    assert "Heo Gai" in found  # RR joined
    assert "Aleksei Ivanovich Khegai" in found  # the Russian name, through russian_variants
    assert "Ho Ka-i" in found and "Hŏ Ka-i" in found


def test_choe_yong_gon_variants() -> None:
    found = name_variants(CHOE_YONG_GON)
    assert "Ch'oe Yong-gŏn" in found and "Choi Yong-geon" in found
    assert "Tsoy Yen Gen" in found and "Tsoi En Gen" in found and "Coj En Gen" in found
    assert "Choe Yong Gon" in found  # NK


def test_variants_exclude_table_name_and_aliases() -> None:
    person = KIM_IL_SUNG.model_copy(update={"name": "Great Leader", "aliases": ()})
    found = name_variants(person)
    assert "Great Leader" not in found


def test_variants_from_hanja_when_hangul_is_missing() -> None:
    person = Person(id="o-yong-hye", name="O Yong-hye", hanja="吳齡蕙")
    found = name_variants(person)
    assert "mr" in found["O Yŏng-hye"]
    assert "law:mr" in found["O Ryŏng-hye"]


def test_variants_for_chinese_and_russian_persons() -> None:
    chinese = name_variants(CHINESE)
    assert "pinyin" in chinese["Peng Dehuai"]
    assert "wg" in chinese["P'eng Te-huai"]
    assert "cyrillic>bgn-pcgn" in chinese["Pen Dekhuay"]
    russian = name_variants(RUSSIAN)
    assert "Terentiy Fomich Shtykov" in russian


@pytest.mark.parametrize(
    "person", [KIM_IL_SUNG, HO_KA_I, CHOE_YONG_GON, CHINESE, RUSSIAN], ids=lambda p: p.id
)
def test_variants_bounded_and_deterministic(person: Person) -> None:
    first = name_variants(person)
    assert 0 < len(first) <= MAX_VARIANTS
    assert list(first.items()) == list(name_variants(person).items())


@pytest.mark.parametrize(
    "cyr",
    [
        "Ким Ир Сен",
        "Пак Чхан-ок",
        "Цой Ен Ген",
        "Ли Сынъёп",
        "Хён Чхоль Хэ",
        "Терентий Фомич Штыков",
    ],
)
def test_word_by_word_rendering_equals_to_latin(cyr: str) -> None:
    assert latin_renderings(cyr) == to_latin(cyr)


@pytest.mark.parametrize(
    "module",
    ["__init__", "hanja", "kontsevich", "mr", "nk", "rr", "southern", "yale"],
)
def test_docstring_examples(module: str) -> None:
    name = "korname.romanize" + ("" if module == "__init__" else f".{module}")
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0
