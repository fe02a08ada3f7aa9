"""Checks of the bundled archival evaluation corpus itself (eval/), not of the library.

A gold corpus with a wrong offset, a forgotten mark or a person id the table lacks would make
every score computed on it misleading, so the corpus is tested like code.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
GOLD = EVAL / "gold" / "archival.jsonl"

#: Person ids the corpus uses that the table does not define yet (facts not verified).
#: Any other missing id is a typo and fails the build.
KNOWN_MISSING: frozenset[str] = frozenset()

MIN_PASSAGES = 80
MIN_CLEAN_MENTIONS = 600


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("korname_eval_build", EVAL / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


build = _load_build()
PASSAGES = build.load_passages()
DOCS: list[dict[str, Any]] = build.build_documents(PASSAGES)


def _table_persons() -> list[dict[str, Any]]:
    """The shipped table."""
    files = [ROOT / "data" / "aliases.yaml"]
    persons: list[dict[str, Any]] = []
    for path in files:
        if path.exists():
            persons.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return persons


TABLE = _table_persons()
TABLE_IDS = {p["id"] for p in TABLE}
USED_IDS = sorted({m.person_id for p in PASSAGES for m in p.mentions if m.person_id})


def _surfaces(marked_text: str) -> list[str]:
    return [m.group(1) for m in build._MARK.finditer(marked_text)]


def _raw_entries() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for path in sorted((EVAL / "passages").glob("*.yaml")):
        entries.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return entries


# ------------------------------------------------------------------------------ gold format


def test_committed_corpus_is_up_to_date_and_deterministic() -> None:
    first = build.render(DOCS)
    second = build.render(build.build_documents(build.load_passages()))
    assert first == second
    assert GOLD.read_bytes() == first.encode("utf-8"), "run: python eval/build.py"


def test_documents_follow_the_gold_schema() -> None:
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        assert list(doc) == ["id", "text", "date", "noise", "source", "mentions"]
        assert doc["noise"] in ("clean", "ocr-light", "ocr-heavy")
        assert doc["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["date"])
        for m in doc["mentions"]:
            assert list(m) == ["start", "end", "person_id", "kind"]
            assert m["kind"] in ("full", "surname", "pseudonym", "ocr")
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids))


def test_clean_spans_equal_the_marked_text() -> None:
    entries = {e["id"]: e for e in _raw_entries()}
    for doc in DOCS:
        if doc["noise"] != "clean":
            continue
        pid = doc["id"].removesuffix("-clean")
        surfaces = _surfaces(entries[pid]["text"])
        spans = [doc["text"][m["start"] : m["end"]] for m in doc["mentions"]]
        assert spans == surfaces, pid
        assert "{" not in doc["text"] and "}" not in doc["text"]


def test_noisy_spans_are_exact_and_ordered() -> None:
    clean = {d["id"].removesuffix("-clean"): d for d in DOCS if d["noise"] == "clean"}
    for doc in DOCS:
        if doc["noise"] == "clean":
            continue
        base = clean[doc["id"].rsplit("-ocr-", 1)[0]]
        assert len(doc["mentions"]) == len(base["mentions"])
        prev_end = 0
        for m, b in zip(doc["mentions"], base["mentions"], strict=True):
            span = doc["text"][m["start"] : m["end"]]
            assert span and span == span.strip(), (doc["id"], span)
            assert m["start"] >= prev_end
            prev_end = m["end"]
            assert m["person_id"] == b["person_id"]
            was = base["text"][b["start"] : b["end"]]
            assert (m["kind"] == "ocr") == (span != was) or b["kind"] == "ocr", (doc["id"], span)


def test_noise_keeps_the_text_between_mentions_recognisable() -> None:
    """Noise damages, it does not rewrite: the text keeps its length within a few percent."""
    clean = {d["id"].removesuffix("-clean"): d["text"] for d in DOCS if d["noise"] == "clean"}
    for doc in DOCS:
        if doc["noise"] != "clean":
            base = clean[doc["id"].rsplit("-ocr-", 1)[0]]
            assert abs(len(doc["text"]) - len(base)) <= 0.05 * len(base), doc["id"]


# ------------------------------------------------------------------------------ persons


MISSING_IDS = sorted(set(USED_IDS) - TABLE_IDS)


def test_every_person_id_is_in_the_table_or_known_to_be_pending() -> None:
    assert set(MISSING_IDS) <= KNOWN_MISSING, "unknown person ids (typos?)"


@pytest.mark.xfail(
    bool(MISSING_IDS), strict=True, reason=f"ids not yet in the table: {', '.join(MISSING_IDS)}"
)
def test_every_person_id_is_in_the_table() -> None:
    assert MISSING_IDS == []


def test_no_table_form_is_left_unmarked() -> None:
    assert build.unmarked_names(PASSAGES) == []


def _fold(form: str) -> str:
    return re.sub(r"[\s\-'’.]", "", form).casefold()


def test_deliberately_unmarked_strings_name_nobody_in_the_table() -> None:
    forms: dict[str, str] = {}
    for person in TABLE:
        for alias in [person["name"], *(person.get("aliases") or [])]:
            form = alias if isinstance(alias, str) else alias["form"]
            forms[_fold(form)] = person["id"]
    clashes = [
        (p.id, u, forms[_fold(u)]) for p in PASSAGES for u in p.unmarked if _fold(u) in forms
    ]
    assert clashes == []


# ------------------------------------------------------------------------------ coverage


def test_corpus_size_and_families() -> None:
    assert len(PASSAGES) >= MIN_PASSAGES
    assert sum(len(p.mentions) for p in PASSAGES) >= MIN_CLEAN_MENTIONS
    assert {p.source for p in PASSAGES} == set(build.FAMILIES)
    kinds = {m.kind for p in PASSAGES for m in p.mentions}
    assert kinds == {"full", "surname", "pseudonym", "ocr"}
    assert any(m.person_id is None for p in PASSAGES for m in p.mentions)
    assert any(p.date is None for p in PASSAGES)


TRAPS = [
    "World War II",
    "II Corps",
    "II-Corps",
    "\nII. ",
    "Nicholas II",
    "Pius XII",
    "I.V. Stalin",
    "V.I. Lenin",
    "Kim I.M.",
    "ll. 89-91",
    "II. 75-87",
    "2.II.1950",
    "24.III.50",
    "[sic]",
]

CONVENTIONS = [
    r"\{Pak Heon-yeong\|pak-hon-yong\} \[\{Pak Hon Yong\|pak-hon-yong\}\]",  # compatible bracket
    r"\{Mun Il\|mun-il\} \[\{Mun Il\|mun-il\}\]",  # identical bracket
    r"\{Kim Il\|kim-il\} \[\{Kim Il Sung\|kim-il-sung\}\]",  # wrong bracket
    r"\[Foreign Minister\] \{",  # role prefix
    r"\{Mao \[Zedong\]\|",  # completion
    r"\{\[N\.V\.\] Roshchin\|",  # completed initials
    r"\|pseudonym\} \[\{Stalin\|",  # pseudonym gloss in brackets
    r"\|pseudonym\} \(\{Stalin\|",  # parenthesized gloss
    r"\(\{Ridgway\|",  # heading gloss
    r"\{S H T Y K O V\|",  # letter-spaced signature
    r"\{KIM IL SUNG\|",
    r"\{KIM Il-song\|",
    r"\{CH'OE Yong-gon\|",
    r"\{KIM Tubong\|",
    r"Cdes\. \{",
    r"Cde\. \{",
    r"Comr\. \{",
    r"Comrade \{",
    r"Premier \{",
    r"Marshal \{",
    r"Minister \{",
    r"Ambassador \{",
    r"General \{",
    r"Mr\. \{",
    r"\}'s ",
    r"\}’s ",  # possessives, straight and curly
    r"\{Sun Yup Paik\|",
    r"\{Il Kwon Chung\|",
    r"\{Do Young Chang\|",  # given name first
    r"\{Filippov\|",
    r"\{Feng Xi\|",
    r"\{Fyn Si\|",
    r"\{MATVEYEV\|",
    r"\{Matveev\|",
    r"\{Kim Ir Sen\|",
    r"\{Kan Gen\|",
    r"\{Li Zhou-yuan\|",
    r"\{Shivkov\|",  # via other languages
    r"\{Zhou\nEnlai\|",
    r"\{Pak Heon- yeong\|",
    r"\{PAK HEONYEONG\|",
    r"\{HO Kal\|",
    r"\{PAK nu\|",
    r"\{Kim II Sung\|",  # damage written into the source itself
    r"\{Kim\|\?\|surname\}",
    r"\{Kim\|kim-il-sung\|surname\}",  # ambiguous and resolvable
]


def test_every_convention_class_is_covered() -> None:
    clean = "\n".join(p.text for p in PASSAGES)
    marked = "\n".join(e["text"] for e in _raw_entries())
    assert [t for t in TRAPS if t not in clean] == []
    assert [c for c in CONVENTIONS if not re.search(c, marked)] == []


def test_noise_injects_every_damage_class() -> None:
    spans = {
        level: [
            d["text"][m["start"] : m["end"]]
            for d in DOCS
            if d["noise"] == level
            for m in d["mentions"]
        ]
        for level in ("ocr-light", "ocr-heavy")
    }
    joined = "\n".join(spans["ocr-light"] + spans["ocr-heavy"])
    for mark in ("II", "I1", "11", "lI", "  ", "-\n", "¬\n", "- ", "\n"):
        assert mark in joined, mark
    damaged = {
        level: sum(
            1 for d in DOCS if d["noise"] == level for m in d["mentions"] if m["kind"] == "ocr"
        )
        for level in spans
    }
    assert 0 < damaged["ocr-light"] < damaged["ocr-heavy"]
    lost_hyphen = re.compile(r"\b(?:Heonyeong|Yonggeon|Chongil|Juyeon)\b")
    assert lost_hyphen.search(joined)


# ------------------------------------------------------------------------------ builder units


def test_outside_damage_never_touches_numerals_initials_or_citations() -> None:
    brutal = build.NoiseProfile(
        il_misread=1.0,
        il_forms=("II",),
        double_space_with_il=0.0,
        name_hyphen_lost=0.0,
        name_space_lost=0.0,
        name_garbage=0.0,
        name_glued_to_next=0.0,
        word_garbage=1.0,
        double_space=0.0,
        glued_words=0.0,
        diacritics_lost=0.0,
        wrap_document=0.0,
        wrap_width=(60, 60),
        hyphenate=0.0,
    )
    traps = "World War II, II Corps, 8.II.1950, 24.III.50, I.V. Stalin, V.I. Kim I.M. ll. 89-91"
    assert build.damage_outside(traps, brutal, random.Random(1)) == traps
    damaged = build.damage_outside("the political situation", brutal, random.Random(1))
    assert damaged != "the political situation" and damaged.startswith("the ")


def test_il_misreading_applies_only_to_the_name_token_il() -> None:
    always = build.LIGHT.__class__(
        **{
            **build.LIGHT.__dict__,
            "il_misread": 1.0,
            "il_forms": ("II",),
            "double_space_with_il": 0.0,
            "name_hyphen_lost": 0.0,
            "name_space_lost": 0.0,
        }
    )
    rng = random.Random(3)
    assert build.damage_name("Kim Il Sung", always, rng) == "Kim II Sung"
    assert build.damage_name("Pak Il-u", always, rng) == "Pak II-u"
    assert build.damage_name("Kim Ilsong", always, rng) == "Kim Ilsong"
    assert build.damage_name("Illarionov", always, rng) == "Illarionov"


def test_offsets_survive_reflow_inside_names() -> None:
    text = "Comrade Pak Heon-yeong and Comrade Kim Il Sung met Comrade Zhou Enlai. " * 3
    mentions = []
    for m in re.finditer(r"Pak Heon-yeong|Kim Il Sung|Zhou Enlai", text):
        mentions.append(build.Mention(m.start(), m.end(), "x", "full"))
    for seed in range(30):
        new, moved = build.add_noise(text, mentions, "ocr-heavy", random.Random(seed))
        for m in moved:
            span = new[m.start : m.end]
            assert span and span[0] in "PKZ5" and span == span.strip()


@pytest.mark.parametrize(
    ("marked", "message"),
    [
        ("Comrade {Kim Il Sung|kim-il-sung", "stray '{'"),
        ("Comrade {Kim Il Sung|kim-il-sung|nickname}", "kind 'nickname'"),
        ("Comrade { Kim|kim-il-sung}", "padded"),
        ("Comrade {Kim|Kim Il Sung}", "not a person id"),
    ],
)
def test_markup_errors_are_reported(marked: str, message: str) -> None:
    with pytest.raises(build.CorpusError, match=re.escape(message)):
        build.parse_markup(marked, "test")


def test_markup_parses_ids_kinds_and_ambiguity() -> None:
    text, mentions = build.parse_markup(
        "Cde. {Kim|kim-il-sung|surname} and {Filippov|stalin-joseph|pseudonym}"
        " met {Kim Jong-suk|?}."
    )
    assert text == "Cde. Kim and Filippov met Kim Jong-suk."
    assert [(text[m.start : m.end], m.person_id, m.kind) for m in mentions] == [
        ("Kim", "kim-il-sung", "surname"),
        ("Filippov", "stalin-joseph", "pseudonym"),
        ("Kim Jong-suk", None, "full"),
    ]
