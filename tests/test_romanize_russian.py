"""Cyrillic -> Latin renderings and Russian name variants on real names."""

from __future__ import annotations

import doctest

import pytest

from korname.romanize import cyrillic, russian
from korname.romanize.cyrillic import SCHEME_NAMES, ascii_fold, to_latin, transliterate
from korname.romanize.russian import parse_russian_name, russian_variants

# --- to_latin on Korean names written in Cyrillic (attested forms, romanization rules §1) ---


def test_ho_ga_i() -> None:
    r = to_latin("Хо Га И")
    assert {"bgn-pcgn", "wikipedia", "icao", "mvd-310"} <= r["Kho Ga I"]
    assert {"gost-779", "ungegn", "telegram"} <= r["Ho Ga I"]


def test_tsoy_yen_gen() -> None:
    r = to_latin("Цой Ен Ген")
    assert {"bgn-pcgn", "wikipedia"} <= r["Tsoy Yen Gen"]
    assert {"icao", "ala-lc:plain"} <= r["Tsoi En Gen"]
    assert {"gost-779", "scientific"} <= r["Coj En Gen"]


def test_chkhve_ryon_khe() -> None:
    r = to_latin("Чхве Рён Хэ")
    assert "wikipedia" in r["Chkhve Ryon Khe"]
    assert "bgn-pcgn" in r["Chkhve Ren Khe"]
    assert "telegram" in r["Chhve Ren He"]


def test_yo_is_never_left_in_cyrillic() -> None:
    # iuliia 0.13 leaves ё untouched in several schemes; no result may keep a Cyrillic letter.
    for text in ("Пак Хон Ён", "Ким Ён Сам", "Хрущёв", "ЁЛКИН"):
        for latin in to_latin(text):
            assert not any("\u0400" <= ch <= "\u04ff" for ch in latin), (text, latin)
    assert to_latin("Пак Хон Ён")["Pak Khon Yen"] >= {"bgn-pcgn"}
    assert "wikipedia" in to_latin("Пак Хон Ён")["Pak Khon Yon"]


def test_all_caps_words_keep_digraphs_upper() -> None:
    assert transliterate("ЧХВЕ", "bgn-pcgn") == "CHKHVE"
    assert transliterate("ЦОЙ Ен Ген", "wikipedia") == "TSOY Yen Gen"


def test_ascii_fold_and_labels() -> None:
    r = to_latin("Ким Ильсон")
    assert "ala-lc" in r["Kim Ilʹson"]
    assert "ala-lc:ascii" in r["Kim Ilson"]
    folded = ascii_fold("T͡soĭ Vyšinskij Yanuar’yevich Tsz·edun")
    assert folded == "Tsoi Vysinskij Yanuaryevich Tszedun"
    assert all(
        not label.endswith(":ascii") or label[: -len(":ascii")] in SCHEME_NAMES
        for labels in r.values()
        for label in labels
    )


def test_german_and_french_tables() -> None:
    assert transliterate("Андрей Януарьевич Вышинский", "de-duden") == (
        "Andrei Januarjewitsch Wyschinski"
    )
    assert transliterate("Хрущёв", "de-duden") == "Chruschtschow"
    assert transliterate("Вышинский", "fr") == "Vychinski"
    assert transliterate("Сталин", "fr") == "Staline"
    assert transliterate("Горбачёв", "fr") == "Gorbatchev"


def test_unknown_scheme() -> None:
    with pytest.raises(ValueError, match="unknown scheme"):
        transliterate("Хо", "klingon")


# --- Russian names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname", "given", "patronymic"),
    [
        ("Андрей Януарьевич Вышинский", "Вышинский", "Андрей", "Януарьевич"),
        ("Вышинский Андрей Януарьевич", "Вышинский", "Андрей", "Януарьевич"),
        ("Вышинский А.Я.", "Вышинский", "А.", "Я."),
        ("А. Я. Вышинский", "Вышинский", "А.", "Я."),
        ("Терентий Штыков", "Штыков", "Терентий", None),
        ("Штыков Терентий", "Штыков", "Терентий", None),
        ("Пузанов", "Пузанов", None, None),
        ("Дмитрий Дмитриевич Шостакович", "Шостакович", "Дмитрий", "Дмитриевич"),
    ],
)
def test_parse(text: str, surname: str, given: str | None, patronymic: str | None) -> None:
    name = parse_russian_name(text)
    assert (name.surname, name.given, name.patronymic) == (surname, given, patronymic)


@pytest.mark.parametrize("bad", ["", "Kim Il Sung", "Андрей Януарьевич", "А Б В Г"])
def test_parse_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_russian_name(bad)


def test_vyshinsky() -> None:
    v = russian_variants("Андрей Януарьевич Вышинский")
    assert "wikipedia" in v["Vyshinsky"]
    assert "icao" in v["Vyshinskii"]
    assert "bgn-pcgn" in v["Vyshinskiy"]
    assert "press:i" in v["Vishinsky"]
    assert "de-duden" in v["Wyschinski"]
    assert "fr" in v["Vychinski"]
    assert "wikipedia" in v["A. Ya. Vyshinsky"]
    assert "wikipedia" in v["A.Ya. Vyshinsky"]
    assert "wikipedia" in v["A. Vyshinsky"]
    assert "press" in v["Andrei Vyshinsky"]
    assert "icao" in v["Andrei Ianuarevich Vyshinskii"]
    assert "cyrillic" in v["Вышинский А. Я."]
    assert "wikipedia" in v["Vyshinsky A. Ya."]


def test_surname_alone_switch() -> None:
    with_surname = russian_variants("Андрей Януарьевич Вышинский")
    without = russian_variants("Андрей Януарьевич Вышинский", surname_alone=False)
    assert "Vyshinsky" in with_surname
    assert "Vyshinsky" not in without
    assert "Вышинский" not in without
    assert "A. Ya. Vyshinsky" in without
    # A surname given alone is kept: there is nothing else to match.
    assert "Puzanov" in russian_variants("Пузанов", surname_alone=False)


def test_shtykov() -> None:
    v = russian_variants("Терентий Фомич Штыков")
    assert "wikipedia" in v["Shtykov"]
    assert "press:w" in v["Shtykow"]
    assert "de-duden" in v["Schtykow"]
    assert "wikipedia" in v["T. F. Shtykov"]
    assert "press" in v["Terenti Shtykov"]
    assert "wikipedia" in v["Terenty Shtykov"]


def test_stalin() -> None:
    v = russian_variants("Иосиф Виссарионович Сталин")
    assert v["Joseph Stalin"] == {"conventional"}
    assert "wikipedia" in v["Iosif Stalin"]
    assert "wikipedia" in v["I. V. Stalin"]
    assert "fr" in v["Staline"]
    assert "cyrillic" in v["Сталин И. В."]


def test_molotov() -> None:
    v = russian_variants("Вячеслав Михайлович Молотов")
    assert "wikipedia" in v["Vyacheslav Molotov"]
    assert "wikipedia" in v["V. M. Molotov"]
    assert "de-duden" in v["Molotow"]
    assert "icao" in v["Viacheslav Mikhailovich Molotov"]


def test_zakharov() -> None:
    v = russian_variants("Матвей Васильевич Захаров")
    assert "press" in v["Matvei Zakharov"]
    assert "wikipedia" in v["Matvey Zakharov"]
    assert "wikipedia" in v["M. V. Zakharov"]
    assert "de-duden" in v["Sacharow"]


def test_razuvaev() -> None:
    v = russian_variants("Владимир Николаевич Разуваев")
    assert "icao" in v["Razuvaev"]
    assert "wikipedia" in v["Razuvayev"]
    assert "icao" in v["V. N. Razuvaev"]
    assert "de-duden" in v["Rasuwajew"]


def test_puzanov() -> None:
    v = russian_variants("Александр Михайлович Пузанов")
    assert v["Alexander Puzanov"] == {"conventional"}
    assert "wikipedia" in v["Aleksandr Puzanov"]
    assert "wikipedia" in v["A. M. Puzanov"]


def test_georgy() -> None:
    v = russian_variants("Георгий Константинович Жуков")
    assert "wikipedia" in v["Georgy Zhukov"]
    assert {"press", "conventional"} & v["Georgi Zhukov"]
    assert "de-duden" in v["Georgi Konstantinowitsch Schukow"]


def test_variants_are_bounded_and_deterministic() -> None:
    max_variants = 150
    v = russian_variants("Андрей Януарьевич Вышинский")
    assert 0 < len(v) <= max_variants
    assert list(v) == list(russian_variants("Андрей Януарьевич Вышинский"))


def test_docstring_examples() -> None:
    for module in (cyrillic, russian):
        assert doctest.testmod(module).failed == 0
