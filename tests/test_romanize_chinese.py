"""Chinese names: pinyin, Wade-Giles and Palladius against the dev gold list, and variants."""

from __future__ import annotations

import doctest
import unicodedata

import pytest

from korname.romanize import chinese, palladius, wade_giles
from korname.romanize.chinese import (
    chinese_variants,
    read_chinese,
    romanize_chinese,
)

# The Chinese dev gold list (reference romanization-zh-dev.json): hanzi, traditional hanzi,
# pinyin, Wade-Giles, Russian, further Wade-Giles forms, and whether the entry was checked
# against a source.
GOLD: list[tuple[str, str, str, str, str, tuple[str, ...], bool]] = [
    ("毛泽东", "毛澤東", "Mao Zedong", "Mao Tse-tung", "Мао Цзэдун", (), True),
    ("彭德怀", "彭德懷", "Peng Dehuai", "P'eng Te-huai", "Пэн Дэхуай", (), True),
    ("朱德", "朱德", "Zhu De", "Chu Te", "Чжу Дэ", ("Chu Teh",), False),
    ("林彪", "林彪", "Lin Biao", "Lin Piao", "Линь Бяо", (), False),
    ("聂荣臻", "聶榮臻", "Nie Rongzhen", "Nieh Jung-chen", "Не Жунчжэнь", (), False),
    ("薄一波", "薄一波", "Bo Yibo", "Po I-po", "Бо Ибо", (), True),
    ("蒋介石", "蔣介石", "Jiang Jieshi", "Chiang Chieh-shih", "Чан Кайши",
     ("Chiang Kai-shek",), False),
    ("贺龙", "賀龍", "He Long", "Ho Lung", "Хэ Лун", (), False),
    ("董必武", "董必武", "Dong Biwu", "Tung Pi-wu", "Дун Биу", (), False),
    ("张闻天", "張聞天", "Zhang Wentian", "Chang Wen-t'ien", "Чжан Вэньтянь", (), False),
    ("洪学智", "洪學智", "Hong Xuezhi", "Hung Hsüeh-chih", "Хун Сюэчжи", (), False),
    ("李克农", "李克農", "Li Kenong", "Li K'o-nung", "Ли Кэнун", (), False),
    ("伍修权", "伍修權", "Wu Xiuquan", "Wu Hsiu-ch'üan", "У Сюцюань", (), False),
    ("陈云", "陳雲", "Chen Yun", "Ch'en Yün", "Чэнь Юнь", (), False),
    ("饶漱石", "饒漱石", "Rao Shushi", "Jao Shu-shih", "Жао Шуши", (), False),
    ("胡耀邦", "胡耀邦", "Hu Yaobang", "Hu Yao-pang", "Ху Яобан", (), True),
]  # fmt: skip

_NFC = "NFC"


def _nfc(text: str) -> str:
    return unicodedata.normalize(_NFC, text)


def _ids(entry: tuple[object, ...]) -> str:
    return str(entry[2])


@pytest.mark.parametrize("entry", GOLD, ids=[_ids(e) for e in GOLD])
@pytest.mark.parametrize(
    ("system", "column"), [("pinyin", 2), ("wg", 3), ("palladius", 4)], ids=["py", "wg", "ru"]
)
def test_gold_spelling(
    entry: tuple[str, str, str, str, str, tuple[str, ...], bool], system: str, column: int
) -> None:
    simplified, traditional = entry[0], entry[1]
    expected = _nfc(str(entry[column]))
    assert _nfc(romanize_chinese(simplified, system)) == expected
    assert _nfc(romanize_chinese(traditional, system)) == expected


@pytest.mark.parametrize("entry", GOLD, ids=[_ids(e) for e in GOLD])
def test_gold_forms_are_among_variants(
    entry: tuple[str, str, str, str, str, tuple[str, ...], bool],
) -> None:
    variants = chinese_variants(entry[0])
    for form in (entry[2], entry[3], entry[4], *entry[5]):
        assert _nfc(form) in variants


def test_variant_labels_for_mao() -> None:
    v = chinese_variants("毛泽东")
    assert v["Mao Zedong"] == {"pinyin"}
    assert v["Mao Ze Dong"] == {"pinyin:spaced"}
    assert v["Mao Ze-dong"] == {"pinyin:hyphen"}
    assert "wg" in v["Mao Tse-tung"]
    assert "wg:spaced" in v["Mao Tse Tung"]
    assert "wg:joined" in v["Mao Tsetung"]
    assert v["Мао Цзэдун"] == {"palladius"}
    assert v["Мао Цзэ-дун"] == {"palladius:hyphen"}
    # 1951 Soviet telegrams write Мао Цзе-дун.
    assert v["Мао Цзе-дун"] == {"palladius:hyphen:old"}
    assert {"palladius>bgn-pcgn", "palladius>wikipedia"} <= v["Mao Tszedun"]
    assert "palladius:hyphen>bgn-pcgn" in v["Mao Tsze-dun"]


def test_wade_giles_folds() -> None:
    v = chinese_variants("伍修权")
    assert "wg" in v["Wu Hsiu-ch'üan"]
    assert "wg:no-umlaut" in v["Wu Hsiu-ch'uan"]
    assert "wg:no-apostrophe" in v["Wu Hsiu-chüan"]
    assert "wg:plain" in v["Wu Hsiu-chuan"]
    assert "pinyin:spaced" in chinese_variants("周恩来")["Zhou En Lai"]


def test_peng_soviet_forms() -> None:
    v = chinese_variants("彭德怀")
    assert "palladius:hyphen" in v["Пэн Дэ-хуай"]
    # 1951 Soviet telegrams: Пын Де-хуэй (the old form of the surname).
    assert "palladius:hyphen:old" in v["Пын Де-хуай"]
    assert "palladius:old" in v["Пын Дехуай"]
    assert "palladius>bgn-pcgn" in v["Pen Dekhuay"]
    assert "palladius>icao" in v["Pen Dekhuai"]


@pytest.mark.parametrize(
    ("hanzi", "pinyin", "wg", "russian"),
    [
        # Wade-Giles syllables the reader package spells wrong (lai, huo, shuo).
        ("周恩来", "Zhou Enlai", "Chou En-lai", "Чжоу Эньлай"),
        ("霍去病", "Huo Qubing", "Huo Ch'ü-ping", "Хо Цюйбин"),
        # Surname heteronyms.
        ("单雄信", "Shan Xiongxin", "Shan Hsiung-hsin", "Шань Сюнсинь"),
        ("曾国藩", "Zeng Guofan", "Tseng Kuo-fan", "Цзэн Гофань"),
        ("仇英", "Qiu Ying", "Ch'iu Ying", "Цю Ин"),
        ("查良镛", "Zha Liangyong", "Cha Liang-yung", "Чжа Лянъюн"),
        ("区寿年", "Ou Shounian", "Ou Shou-nien", "Оу Шоунянь"),
        ("解学恭", "Xie Xuegong", "Hsieh Hsüeh-kung", "Се Сюэгун"),
        # Two-character surnames.
        ("欧阳修", "Ouyang Xiu", "Ou-yang Hsiu", "Оуян Сю"),
        ("诸葛亮", "Zhuge Liang", "Chu-ko Liang", "Чжугэ Лян"),
        ("司马光", "Sima Guang", "Ssu-ma Kuang", "Сыма Гуан"),
        # Pinyin apostrophe and Palladius hard sign before a vowel.
        ("张长安", "Zhang Chang'an", "Chang Ch'ang-an", "Чжан Чанъань"),
    ],
)
def test_rules(hanzi: str, pinyin: str, wg: str, russian: str) -> None:
    assert romanize_chinese(hanzi, "pinyin") == pinyin
    assert _nfc(romanize_chinese(hanzi, "wg")) == _nfc(wg)
    assert romanize_chinese(hanzi, "palladius") == russian


def test_explicit_boundary_and_reading() -> None:
    assert read_chinese("欧阳 修").surname == ("ou", "yang")
    assert read_chinese("毛 泽东").given == ("ze", "dong")
    assert romanize_chinese("朱 德", "wg") == "Chu Te"


@pytest.mark.parametrize("bad", ["", "Mao", "毛泽东毛泽东毛", "毛 泽 东", "Мао"])
def test_rejects_non_names(bad: str) -> None:
    with pytest.raises(ValueError):
        read_chinese(bad)


def test_unknown_system() -> None:
    with pytest.raises(ValueError, match="unknown system"):
        romanize_chinese("毛泽东", "yale")


def test_tables_cover_every_syllable_the_reader_returns() -> None:
    assert wade_giles.PINYIN_TO_WADE_GILES.keys() == palladius.PINYIN_TO_PALLADIUS.keys()
    assert wade_giles.PINYIN_TO_WADE_GILES["lai"] == "lai"
    assert wade_giles.PINYIN_TO_WADE_GILES["hai"] == "hai"
    assert wade_giles.PINYIN_TO_WADE_GILES["shuo"] == "shuo"
    assert wade_giles.PINYIN_TO_WADE_GILES["lüe"] == "lüeh"
    assert palladius.PINYIN_TO_PALLADIUS["hui"] == "хуэй"
    assert len(wade_giles.PINYIN_TO_WADE_GILES) == 420


def test_variants_are_deterministic_and_bounded() -> None:
    max_variants = 80
    first = chinese_variants("伍修权")
    assert list(first) == list(chinese_variants("伍修權".replace("權", "权")))
    assert 0 < len(first) <= max_variants


def test_docstring_examples() -> None:
    for module in (chinese,):
        assert doctest.testmod(module).failed == 0
