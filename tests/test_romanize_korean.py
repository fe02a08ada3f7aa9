"""The Korean systems against the development gold list of romanized names.

The table below is the project's development list of Korean names (MR, LC, RR, North Korean,
strict Kontsevich and attested Russian forms, alternates and attested spellings), with
"checked" telling whether each entry was re-read against a source. Every system given for an
entry must come out exactly (after Unicode NFC); alternates and attested forms must be among
the generated spellings.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

import pytest

from korname.hangul import split_name
from korname.romanize import romanize
from korname.romanize.hanja import hanja_to_hangul
from korname.romanize.jamo import Syllable, apply_initial_law
from korname.romanize.kontsevich import MAX_TRADITIONAL, hyphenated, traditional_spellings
from korname.romanize.korean import cyrillic_forms, hangul_alternates, korean_variants
from korname.romanize.mr import mr_given
from korname.romanize.southern import MAX_SOUTHERN, southern_spellings


class Gold(NamedTuple):
    hangul: str
    mr: str | None
    lc: str | None
    rr: str | None
    nk: str | None
    kontsevich: str | None
    cyrillic: str | None
    alternates: tuple[str, ...]
    attested: tuple[str, ...]
    checked: bool
    hanja: str | None


GOLD: tuple[Gold, ...] = (
    Gold(
        "김철원",
        "Kim Ch'ŏr-wŏn",
        "Kim Ch'ŏr-wŏn",
        "Gim Cheol-won",
        None,
        None,
        None,
        ("Gim Cheorwon",),
        (),
        checked=True,
        hanja="金哲源",
    ),
    Gold(
        "이석민",
        "Yi Sŏng-min",
        "Yi Sŏng-min",
        "I Seok-min",
        None,
        None,
        None,
        ("I Sŏng-min", "Lee Seok-min", "Yi Seok-min"),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "류성민",
        "Yu Sŏng-min",
        "Yu Sŏng-min",
        "Ryu Seong-min",
        None,
        None,
        None,
        ("Ryu Sŏng-min", "Yu Seong-min"),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "나민주",
        "Na Min-ju",
        "Na Min-ju",
        "Na Min-ju",
        None,
        None,
        None,
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "안중근",
        "An Chung-gŭn",
        "An Chung-gŭn",
        "An Jung-geun",
        None,
        "Ан Чунгын",
        "Ан Чунгын",
        (),
        ("Ан Чун Гын", "Ан Чжун Гын"),
        checked=True,
        hanja="安重根",
    ),
    Gold(
        "오영혜",
        "O Yŏng-hye",
        "O Yŏng-hye",
        "O Yeong-hye",
        None,
        None,
        None,
        (),
        (),
        checked=True,
        hanja="吳齡蕙",
    ),
    Gold(
        "이어령",
        "Yi Ŏ-ryŏng",
        "Yi Ŏ-ryŏng",
        "I Eo-ryeong",
        None,
        None,
        None,
        ("I Ŏ-ryŏng",),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "김창룡",
        "Kim Ch'ang-nyong",
        "Kim Ch'ang-nyong",
        "Gim Chang-ryong",
        None,
        "Ким Чханнён",
        None,
        ("Gim Changryong",),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "김철운",
        "Kim Ch'ŏr-un",
        "Kim Ch'ŏr-un",
        "Gim Cheol-un",
        None,
        None,
        None,
        ("Gim Cheorun",),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "이율곡",
        "Yi Yul-gok",
        "Yi Yul-gok",
        "I Yul-gok",
        None,
        None,
        None,
        ("I Yul-gok",),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "김지하",
        "Kim Chi-ha",
        "Kim Chi-ha",
        "Gim Ji-ha",
        None,
        None,
        None,
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "김소월",
        "Kim So-wŏl",
        "Kim So-wŏl",
        "Gim So-wol",
        None,
        None,
        None,
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "이승만",
        "Yi Sŭng-man",
        "Yi Sŭng-man",
        "I Seung-man",
        None,
        "Ли Сынман",
        "Ли Сын Ман",
        ("I Sŭng-man",),
        ("Syngman Rhee", "Rhee Syngman", "Rhee Syng-man", "I Seungman", "Yi Sung-man"),
        checked=True,
        hanja="李承晩",
    ),
    Gold(
        "이순신",
        "Yi Sun-sin",
        "Yi Sun-sin",
        "I Sun-sin",
        None,
        None,
        None,
        ("I Sun-sin", "Yi Sun-shin"),
        ("Yi Sun-shin",),
        checked=True,
        hanja="李舜臣",
    ),
    Gold(
        "이원수",
        "Yi Wŏn-su",
        "Yi Wŏn-su",
        "I Won-su",
        None,
        None,
        None,
        ("I Wŏn-su",),
        (),
        checked=True,
        hanja="異園樹",
    ),
    Gold(
        "김리나",
        "Kim Ri-na",
        "Kim Ri-na",
        "Gim Ri-na",
        None,
        None,
        None,
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "최란",
        "Ch'oe Ran",
        "Ch'oe Ran",
        "Choe Ran",
        None,
        None,
        None,
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "하리수",
        "Ha Ri-su",
        "Ha Ri-su",
        "Ha Ri-su",
        None,
        None,
        None,
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "이류환",
        "Yi Ryu-hwan",
        "Yi Ryu-hwan",
        "I Ryu-hwan",
        None,
        None,
        None,
        ("I Ryu-hwan",),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "신립",
        "Sin Rip",
        "Sin Rip",
        "Sin Rip",
        None,
        None,
        None,
        (),
        (),
        checked=True,
        hanja="申砬",
    ),
    Gold(
        "하륜",
        "Ha Ryun",
        "Ha Ryun",
        "Ha Ryun",
        None,
        None,
        None,
        (),
        (),
        checked=True,
        hanja="河崙",
    ),
    Gold(
        "안응렬",
        "An Ŭng-nyŏl",
        "An Ŭng-nyŏl",
        "An Eung-ryeol",
        None,
        None,
        None,
        ("An Eungryeol",),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "박목월",
        "Pak Mog-wŏl",
        "Pak Mog-wŏl",
        "Bak Mok-wol",
        None,
        None,
        None,
        ("Bak Mogwol",),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "이퇴계",
        "Yi T'oe-gye",
        "Yi T'oe-gye",
        "I Toe-gye",
        None,
        None,
        None,
        ("I T'oe-gye",),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "김일성",
        "Kim Il-sŏng",
        "Kim Il-sŏng",
        "Gim Il-seong",
        "Kim Il Sung",
        "Ким Ильсон",
        "Ким Ир Сен",
        (),
        ("Kim Il Sung", "Kim Il-sung", "Kim Ir Sen", "Kim Il-sen (Polish)", "Ким-Ир Сен"),
        checked=True,
        hanja="金日成",
    ),
    Gold(
        "김정일",
        "Kim Chŏng-il",
        "Kim Chŏng-il",
        "Gim Jeong-il",
        "Kim Jong Il",
        "Ким Чонъиль",
        "Ким Чен Ир",
        (),
        ("Kim Jong-il", "Kim Dzsong Il"),
        checked=True,
        hanja="金正日",
    ),
    Gold(
        "박헌영",
        "Pak Hŏn-yŏng",
        "Pak Hŏn-yŏng",
        "Bak Heon-yeong",
        "Pak Hon Yong",
        "Пак Хонён",
        "Пак Хон Ён",
        (),
        (
            "Pak Heon-yeong",
            "Pak Hon-yong",
            "Pak Hon-Yong",
            "Bak Heon-yeong",
            "Pak Hŏnyŏng",
            "Пак Хон Ен",
        ),
        checked=True,
        hanja="朴憲永",
    ),
    Gold(
        "김두봉",
        "Kim Tu-bong",
        "Kim Tu-bong",
        "Gim Du-bong",
        "Kim Tu Bong",
        "Ким Тубон",
        None,
        (),
        ("Kim Du-bong",),
        checked=True,
        hanja="金枓奉",
    ),
    Gold(
        "최용건",
        "Ch'oe Yong-gŏn",
        "Ch'oe Yong-gŏn",
        "Choe Yong-geon",
        "Choe Yong Gon",
        "Чхве Ёнгон",
        "Цой Ен Ген",
        (),
        ("Zoi En Gen", "Choi Yong-kun", "Choe Yong-gon", "Ch'oe Yonggŏn"),
        checked=True,
        hanja="崔庸健",
    ),
    Gold(
        "박창옥",
        "Pak Ch'ang-ok",
        "Pak Ch'ang-ok",
        "Bak Chang-ok",
        "Pak Chang Ok",
        "Пак Чханъок",
        "Пак Чхан-ок",
        (),
        ("Pak Chan Ok", "Pak Chang-ok"),
        checked=True,
        hanja="朴昌玉",
    ),
    Gold(
        "최창익",
        "Ch'oe Ch'ang-ik",
        "Ch'oe Ch'ang-ik",
        "Choe Chang-ik",
        "Choe Chang Ik",
        "Чхве Чханъик",
        "Чхве Чхан-ик",
        (),
        ("Цой Чан Ик",),
        checked=True,
        hanja="崔昌益",
    ),
    Gold(
        "남일",
        "Nam Il",
        "Nam Il",
        "Nam Il",
        "Nam Il",
        "Нам Иль",
        "Нам Ир",
        (),
        (),
        checked=True,
        hanja="南日",
    ),
    Gold(
        "이승엽",
        "Yi Sŭng-yŏp",
        "Yi Sŭng-yŏp",
        "I Seung-yeop",
        None,
        "Ли Сынъёп",
        "Ли Сын Еп",
        ("I Sŭng-yŏp", "Ri Sŭng-yŏp"),
        (),
        checked=True,
        hanja="李承燁",
    ),
    Gold(
        "최룡해",
        "Ch'oe Ryong-hae",
        "Ch'oe Ryong-hae",
        "Choe Ryong-hae",
        "Choe Ryong Hae",
        "Чхве Рёнхэ",
        "Чхве Рён Хэ",
        (),
        ("Цой Рен Хэ", "Ch'oe Ryonghae"),
        checked=True,
        hanja="崔龍海",
    ),
    Gold(
        "장성택",
        "Chang Sŏng-t'aek",
        "Chang Sŏng-t'aek",
        "Jang Seong-taek",
        "Jang Song Thaek",
        "Чан Сонтхэк",
        "Чан Сон Тхэк",
        (),
        ("Jang Song-thaek", "Чан Сон Тхек (Ukrainian)"),
        checked=True,
        hanja="張成澤",
    ),
    Gold(
        "김영남",
        "Kim Yŏng-nam",
        "Kim Yŏng-nam",
        "Gim Yeong-nam",
        "Kim Yong Nam",
        "Ким Ённам",
        "Ким Ён Нам",
        (),
        ("Kim Yong-nam",),
        checked=True,
        hanja="金永南",
    ),
    Gold(
        "최태복",
        "Ch'oe T'ae-bok",
        "Ch'oe T'ae-bok",
        "Choe Tae-bok",
        "Choe Thae Bok",
        "Чхве Тхэбок",
        None,
        (),
        (),
        checked=False,
        hanja=None,
    ),
    Gold(
        "박정희",
        "Pak Chŏng-hŭi",
        "Pak Chŏng-hŭi",
        "Bak Jeong-hui",
        None,
        "Пак Чонхи",
        "Пак Чон Хи",
        (),
        ("Park Chung-hee", "Park Chung Hee"),
        checked=True,
        hanja="朴正熙",
    ),
    Gold(
        "한설야",
        "Han Sŏr-ya",
        "Han Sŏr-ya",
        "Han Seol-ya",
        "Han Sol Ya",
        None,
        None,
        ("Han Seorya",),
        ("Han Sorya",),
        checked=False,
        hanja="韓雪野",
    ),
    Gold(
        "박일우",
        "Pak Ir-u",
        "Pak Ir-u",
        "Bak Il-u",
        "Pak Il U",
        "Пак Иру",
        None,
        ("Bak Iru",),
        (),
        checked=False,
        hanja="朴一禹",
    ),
    Gold(
        "방학세",
        "Pang Hak-se",
        "Pang Hak-se",
        "Bang Hak-se",
        "Pang Hak Se",
        "Пан Хаксе",
        None,
        (),
        (),
        checked=False,
        hanja="方學世",
    ),
    Gold(
        "백선엽",
        "Paek Sŏn-yŏp",
        "Paek Sŏn-yŏp",
        "Baek Seon-yeop",
        None,
        "Пэк Сонёп",
        None,
        (),
        ("Paik Sun-yup",),
        checked=False,
        hanja="白善燁",
    ),
    Gold(
        "여운형",
        "Yŏ Un-hyŏng",
        "Yŏ Un-hyŏng",
        "Yeo Un-hyeong",
        None,
        "Ё Унхён",
        None,
        (),
        ("Lyuh Woon-hyung",),
        checked=False,
        hanja="呂運亨",
    ),
    Gold(
        "김형직",
        "Kim Hyŏng-jik",
        "Kim Hyŏng-jik",
        "Gim Hyeong-jik",
        "Kim Hyong Jik",
        "Ким Хёнджик",
        "Ким Хен Чжик",
        (),
        ("Ким Хен Джик",),
        checked=True,
        hanja="金亨稷",
    ),
    Gold(
        "김정숙",
        "Kim Chŏng-suk",
        "Kim Chŏng-suk",
        "Gim Jeong-suk",
        "Kim Jong Suk",
        "Ким Чонсук",
        "Ким Чен Сук",
        (),
        (),
        checked=True,
        hanja="金正淑",
    ),
    Gold(
        "김성주",
        "Kim Sŏng-ju",
        "Kim Sŏng-ju",
        "Gim Seong-ju",
        "Kim Song Ju",
        "Ким Сонджу",
        "Ким Сон Джу",
        (),
        ("Ким Сон Чжу",),
        checked=True,
        hanja="金成柱",
    ),
    Gold(
        "박의춘",
        "Pak Ŭi-ch'un",
        "Pak Ŭi-ch'un",
        "Bak Ui-chun",
        "Pak Ui Chun",
        "Пак Ыйчхун",
        "Пак Ы Чун",
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "현철해",
        "Hyŏn Ch'ŏr-hae",
        "Hyŏn Ch'ŏr-hae",
        "Hyeon Cheol-hae",
        "Hyon Chol Hae",
        None,
        "Хён Чхоль Хэ",
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "김격식",
        "Kim Kyŏk-sik",
        "Kim Kyŏk-sik",
        "Gim Gyeok-sik",
        "Kim Kyok Sik",
        "Ким Кёксик",
        "Ким Гек Сик",
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "노광철",
        "No Kwang-ch'ŏl",
        "No Kwang-ch'ŏl",
        "No Gwang-cheol",
        "No Kwang Chol",
        "Но Кванчхоль",
        "Но Гван Чхоль",
        (),
        (),
        checked=True,
        hanja=None,
    ),
    Gold(
        "김영주",
        "Kim Yŏng-ju",
        "Kim Yŏng-ju",
        "Gim Yeong-ju",
        "Kim Yong Ju",
        "Ким Ёнджу",
        "Ким Ён-чжу",
        (),
        (),
        checked=True,
        hanja="金英柱",
    ),
    Gold(
        "리주연",
        "Ri Chu-yŏn",
        "Yi Chu-yŏn",
        "Ri Ju-yeon",
        "Ri Ju Yon",
        None,
        None,
        ("I Ju-yeon",),
        (),
        checked=False,
        hanja=None,
    ),
)

SYSTEMS = ("mr", "lc", "rr", "nk", "kontsevich")

#: Attested spellings no rule of the engine produces, with the reason.
NOT_GENERATED = {
    "Syngman Rhee": "fixed personal spelling, given name first: a table alias",
    "Rhee Syngman": "fixed personal spelling: a table alias",
    "Rhee Syng-man": "fixed personal spelling: a table alias",
    "Zoi En Gen": "German-style spelling with E for word-initial Е; the Duden table gives Jen",
    "Lyuh Woon-hyung": "personal spelling; Lyuh is the third surname choice, beyond the bound",
}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def match_fold(text: str) -> str:
    """What the matcher ignores: case, diacritics, apostrophes, hyphens and spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-'’ʹ`]", "", text).lower()


def _system_cases() -> list[object]:
    cases: list[object] = []
    for g in GOLD:
        for system in SYSTEMS:
            expected = getattr(g, system)
            if expected:
                cases.append(pytest.param(g.hangul, system, expected, id=f"{system}-{g.hangul}"))
    return cases


@pytest.mark.parametrize(("hangul", "system", "expected"), _system_cases())
def test_system_matches_gold(hangul: str, system: str, expected: str) -> None:
    assert romanize(hangul, system) == nfc(expected)


def test_gold_covers_every_system_and_unchecked_entries() -> None:
    counts = {s: sum(1 for g in GOLD if getattr(g, s)) for s in SYSTEMS}
    assert counts == {"mr": 52, "lc": 52, "rr": 52, "nk": 24, "kontsevich": 28}
    assert sum(1 for g in GOLD if not g.checked) == 7


@pytest.mark.parametrize("gold", [g for g in GOLD if g.cyrillic], ids=lambda g: g.hangul)
def test_attested_cyrillic_is_generated(gold: Gold) -> None:
    forms = {text for text, _ in cyrillic_forms(gold.hangul)}
    assert gold.cyrillic in forms


@pytest.mark.parametrize(
    ("hangul", "alternate"),
    [(g.hangul, a) for g in GOLD for a in g.alternates],
)
def test_alternates_are_generated(hangul: str, alternate: str) -> None:
    assert nfc(alternate) in korean_variants(hangul).found


def _attested_cases() -> list[object]:
    cases: list[object] = []
    for g in GOLD:
        for form in g.attested:
            form = re.sub(r"\s*\(.*\)", "", form)
            marks = ()
            if form in NOT_GENERATED:
                marks = (pytest.mark.xfail(strict=True, reason=NOT_GENERATED[form]),)
            cases.append(pytest.param(g.hangul, form, marks=marks, id=f"{g.hangul}-{form}"))
    return cases


@pytest.mark.parametrize(("hangul", "form"), _attested_cases())
def test_attested_spellings_are_matched(hangul: str, form: str) -> None:
    generated = {match_fold(t) for t in korean_variants(hangul).found}
    assert match_fold(form) in generated


@pytest.mark.parametrize("gold", [g for g in GOLD if g.hanja], ids=lambda g: g.hangul)
def test_hanja_reading_includes_the_hangul(gold: Gold) -> None:
    assert gold.hanja is not None
    assert gold.hangul in hanja_to_hangul(gold.hanja)


# --- rules that the gold list does not exercise ------------------------------------------------


def test_hanja_south_reading_first_and_north_kept() -> None:
    assert hanja_to_hangul("吳齡蕙") == ("오영혜", "오령혜")
    assert hanja_to_hangul("崔龍海") == ("최용해", "최룡해")
    assert hanja_to_hangul("李承晩") == ("이승만", "리승만")
    assert hanja_to_hangul("金日成") == ("김일성",)  # 金 is 김 as a surname, not 금


def test_hanja_unknown_character_gives_nothing() -> None:
    assert hanja_to_hangul("金鑫鑫") == ()


def test_hanja_two_character_surname() -> None:
    assert hanja_to_hangul("皇甫仁") == ("황보인",)


def test_initial_sound_law() -> None:
    law = [apply_initial_law(Syllable.of(s)).text() for s in "리류룡로녀라남"]
    assert law == ["이", "유", "용", "노", "여", "나", "남"]


def test_hangul_alternates() -> None:
    assert hangul_alternates("최룡해") == ("최용해",)
    assert hangul_alternates("이승만") == ("리승만",)
    assert hangul_alternates("리주연") == ("이주연",)
    assert hangul_alternates("김일성") == ()


def test_two_syllable_surnames() -> None:
    assert split_name("남궁억") == ("남궁", "억")
    assert romanize("남궁억", "mr") == "Namgung Ŏk"
    assert romanize("남궁억", "rr") == "Namgung Eok"
    assert romanize("선우휘", "mr") == "Sŏnu Hwi"
    assert romanize("황보인", "nk") == "Hwangbo In"
    assert romanize("황보인", "ru-trad") == "Хванбо Ин"  # voiced inside the surname word
    assert romanize("남궁억", "kontsevich") == "Намгун Ок"
    assert romanize("김", "mr") == "Kim"  # a surname alone


def test_mr_junctions() -> None:
    assert mr_given("설주") == ("sŏl", "chu")  # Sino-Korean tensing after ㄹ, written
    assert mr_given("설주", tense_after_l=False) == ("sŏl", "ju")
    assert mr_given("백남") == ("paeng", "nam")  # ㄱ+ㄴ -> ng-n
    assert mr_given("법명") == ("pŏm", "myŏng")  # ㅂ+ㅁ -> m-m
    assert mr_given("신라") == ("sil", "la")  # ㄴ+ㄹ -> l-l
    assert mr_given("순희") == ("sun", "hŭi")
    assert mr_given("시우") == ("si", "u")
    assert mr_given("시우", shi=True) == ("shi", "u")  # ROK 1984
    assert mr_given("쉬인") == ("shwi", "in")


def test_mr_single_syllable_given_names() -> None:
    assert romanize("최란") == "Ch'oe Ran"
    assert romanize("신립", "lc") == "Sin Rip"


def test_nk_voicing_after_sonorant_only() -> None:
    assert romanize("김계관", "nk") == "Kim Kye Gwan"
    assert romanize("안복철", "nk") == "An Pok Chol"
    assert romanize("박동구", "nk") == "Pak Tong Gu"
    assert romanize("리용호", "nk") == "Ri Yong Ho"
    assert romanize("김정은", "nk") == "Kim Jong Un"


def test_yale() -> None:
    assert romanize("김일성", "yale") == "Kim Ilseng"
    assert romanize("박정희", "yale") == "Pak Cenghuy"
    assert romanize("문무", "yale") == "Mun Mu"  # wu shortened after labials
    assert romanize("김두봉", "yale") == "Kim Twupong"


def test_common_south_is_bounded_and_ranked() -> None:
    ranked = southern_spellings("박", "정희")
    assert ranked[:2] == ("Park Jeong-hui", "Park Chung-hee")
    assert len(ranked) == MAX_SOUTHERN
    assert romanize("김대중", "sk") == "Kim Dae-jung"
    assert "Paik Sun-yup" in southern_spellings("백", "선엽")


def test_traditional_russian() -> None:
    assert romanize("김일성", "ru-trad") == "Ким Ир Сен"
    assert romanize("최용건", "ru-trad") == "Цой Ен Ген"
    assert romanize("허가이", "ru-trad") == "Хо Га И"
    assert romanize("노광철", "ru-trad") == "Но Гван Чхоль"
    spellings = traditional_spellings("박", "헌영")
    assert "Пак Хон Ен" in spellings and "Пак Хен Ен" in spellings
    assert len(traditional_spellings("현", "철해")) == MAX_TRADITIONAL
    assert hyphenated("Ким Ён Чжу") == "Ким Ён-чжу"


def test_kontsevich_junctions() -> None:
    assert romanize("김정일", "kontsevich") == "Ким Чонъиль"
    assert romanize("김창룡", "kontsevich") == "Ким Чханнён"
    assert romanize("박의춘", "kontsevich") == "Пак Ыйчхун"
    assert romanize("박정희", "kontsevich") == "Пак Чонхи"
    assert romanize("김백남", "kontsevich") == "Ким Пэннам"
