"""The gold-corpus scorer: file validation, hand-computed scores, edits outside gold mentions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from korname import AliasTable, Change, InputError
from korname.evaluate import (
    EvalReport,
    Predicted,
    evaluate,
    format_report,
    load_gold,
    score,
    to_json,
)


def _span(text: str, form: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    return start, start + len(form)


def _mention(text: str, form: str, pid: str | None, kind: str = "full",
             nth: int = 0) -> dict[str, Any]:
    s, e = _span(text, form, nth)
    return {"start": s, "end": e, "person_id": pid, "kind": kind}


def _write(path: Path, docs: list[dict[str, Any]] | list[str]) -> Path:
    lines = [d if isinstance(d, str) else json.dumps(d, ensure_ascii=False) for d in docs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


TEXT_A = "Kim Il Sung met Pak Hon-yong and Kim."
TEXT_B = "Nam II met Kim."
DOC_A = {
    "id": "a", "text": TEXT_A, "date": "1950-09-22", "noise": "clean", "source": "test",
    "mentions": [
        _mention(TEXT_A, "Kim Il Sung", "kim-il-sung"),
        _mention(TEXT_A, "Pak Hon-yong", "pak-hon-yong"),
        _mention(TEXT_A, "Kim", "kim-il-sung", "surname", nth=1),
    ],
}
DOC_B = {
    "id": "b", "text": TEXT_B, "date": None, "noise": "ocr-heavy",
    "mentions": [
        _mention(TEXT_B, "Nam II", "nam-il", "ocr"),
        _mention(TEXT_B, "Kim", None, "surname"),
    ],
}


def _predictions() -> dict[str, list[Predicted]]:
    a, b = TEXT_A, TEXT_B
    return {
        "a": [
            Predicted(*_span(a, "Kim Il Sung"), "kim-il-sung", "exact"),  # detected and linked
            Predicted(*_span(a, "Pak Hon-yong"), None, "folded"),  # detected, not linked
            Predicted(*_span(a, "Kim", 1), "kim-il", "coreference"),  # detected, wrong person
            Predicted(*_span(a, "met"), "kim-il", "fuzzy"),  # not a name at all
        ],
        "b": [Predicted(*_span(b, "Kim"), None, "coreference")],  # ambiguous, left unlinked
    }


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    return _write(tmp_path / "gold.jsonl", [DOC_A, "", DOC_B])


def test_load_gold_reads_documents_and_skips_blank_lines(gold_file: Path) -> None:
    docs = load_gold(gold_file)
    assert [d.id for d in docs] == ["a", "b"]
    assert [d.line for d in docs] == [1, 3]
    assert docs[0].date == "1950-09-22" and docs[1].date is None
    assert [(m.start, m.end, m.person_id, m.kind) for m in docs[0].mentions] == [
        (0, 11, "kim-il-sung", "full"), (16, 28, "pak-hon-yong", "full"),
        (33, 36, "kim-il-sung", "surname"),
    ]
    assert docs[1].noise == "ocr-heavy"


def test_load_gold_reads_a_folder_of_files(tmp_path: Path) -> None:
    _write(tmp_path / "1.jsonl", [DOC_A])
    _write(tmp_path / "2.jsonl", [DOC_B])
    (tmp_path / "notes.txt").write_text("not gold")
    assert [d.id for d in load_gold(tmp_path)] == ["a", "b"]


def test_detection_and_linking_scores_match_hand_counts(gold_file: Path) -> None:
    r = score(load_gold(gold_file), _predictions())
    assert (r.documents, r.gold_mentions, r.predicted_mentions) == (2, 5, 5)
    # Detection: 4 gold spans found (3 in a, 1 in b), "met" is extra, "Nam II" is missed.
    assert (r.detection.tp, r.detection.fp, r.detection.fn) == (4, 1, 1)
    assert r.detection.precision == pytest.approx(0.8)
    assert r.detection.recall == pytest.approx(0.8)
    assert r.detection.f1 == pytest.approx(0.8)
    # Linking: 3 predictions name a person, 1 is right; 4 gold mentions have a person.
    assert (r.linking.tp, r.linking.fp, r.linking.fn) == (1, 2, 3)
    assert r.linking.precision == pytest.approx(1 / 3)
    assert r.linking.recall == pytest.approx(1 / 4)
    assert r.linking.f1 == pytest.approx(2 / 7)
    assert r.edits_total is None and r.edits_outside is None


def test_breakdown_by_noise_method_and_kind(gold_file: Path) -> None:
    r = score(load_gold(gold_file), _predictions())
    noise = {n.noise: n for n in r.by_noise}
    assert list(noise) == ["clean", "ocr-heavy"]
    assert noise["clean"].documents == 1
    assert (noise["clean"].detection.tp, noise["clean"].detection.fp,
            noise["clean"].detection.fn) == (3, 1, 0)
    assert (noise["clean"].linking.tp, noise["clean"].linking.fp,
            noise["clean"].linking.fn) == (1, 2, 2)
    assert (noise["ocr-heavy"].detection.tp, noise["ocr-heavy"].detection.fn) == (1, 1)
    assert (noise["ocr-heavy"].linking.tp, noise["ocr-heavy"].linking.fn) == (0, 1)

    methods = {m.method: (m.predicted, m.detected, m.linked_predicted, m.linked_correct)
               for m in r.by_method}
    assert methods == {
        "exact": (1, 1, 1, 1), "folded": (1, 1, 0, 0), "coreference": (2, 2, 1, 0),
        "fuzzy": (1, 0, 1, 0),
    }
    assert r.by_method[0].method == "coreference"  # most predictions first

    kinds = {k.kind: (k.gold, k.detected, k.linkable, k.linked) for k in r.by_kind}
    assert kinds == {"full": (2, 2, 2, 1), "surname": (2, 2, 1, 0), "ocr": (1, 0, 1, 0)}
    full = next(k for k in r.by_kind if k.kind == "full")
    assert (full.detection_recall, full.linking_recall) == (1.0, 0.5)


def test_a_document_without_predictions_counts_as_nothing_found(gold_file: Path) -> None:
    r = score(load_gold(gold_file), {})
    assert (r.detection.tp, r.detection.fp, r.detection.fn) == (0, 0, 5)
    assert (r.linking.tp, r.linking.fp, r.linking.fn) == (0, 0, 4)
    assert r.detection.precision == 0.0 and r.detection.f1 == 0.0


def test_edits_outside_gold_mentions_are_counted(tmp_path: Path) -> None:
    text = "Pak Heon-yeong [Pak Hon Yong] said that II Corps and Kim  II  Sung left."
    doc = {"id": "c", "text": text, "mentions": [
        _mention(text, "Pak Heon-yeong", "pak-hon-yong"),
        _mention(text, "Pak Hon Yong", "pak-hon-yong"),
        _mention(text, "Kim  II  Sung", "kim-il-sung", "ocr"),
    ]}
    docs = load_gold(_write(tmp_path / "g.jsonl", [doc]))
    merge_end = text.index("]") + 1
    corps = _span(text, "II Corps")
    kim = _span(text, "Kim  II  Sung")
    changes = {"c": [
        # Merging the bracket only removes " [" and "]" between two gold mentions: inside.
        Change(0, merge_end, text[:merge_end], "Pak Hon-yong", "pak-hon-yong", ()),
        # The roman numeral of "II Corps" is not a name: outside.
        Change(corps[0], corps[0] + 2, "II", "Il", None, ()),
        # The OCR repair stays within its gold mention: inside.
        Change(kim[0], kim[1], "Kim  II  Sung", "Kim Il Sung", "kim-il-sung", ()),
        # A change that runs from a name into the next word: outside.
        Change(kim[0], kim[1] + 5, "Kim  II  Sung left", "Kim Il Sung", "kim-il-sung", ()),
    ]}
    r = score(docs, {}, changes=changes)
    assert (r.edits_total, r.edits_outside) == (4, 2)
    assert [(e.doc_id, e.start, e.before) for e in r.outside_examples] == [
        ("c", corps[0], "II"), ("c", kim[0], "Kim  II  Sung left"),
    ]


def test_report_formats_as_text_and_json(gold_file: Path) -> None:
    r = score(load_gold(gold_file), _predictions(), system="baseline")
    text = format_report(r)
    assert text.endswith("\n")
    assert "baseline on " in text.splitlines()[0]
    assert "detection        0.800   0.800   0.800      4      1      1" in text
    assert "linking          0.333   0.250   0.286      1      2      3" in text
    assert "not measured" in text
    data = json.loads(to_json(r))
    assert data["detection"]["f1"] == pytest.approx(0.8)
    assert data["linking"]["recall"] == pytest.approx(0.25)
    assert [n["noise"] for n in data["by_noise"]] == ["clean", "ocr-heavy"]
    assert {m["method"]: m["detection_precision"] for m in data["by_method"]}["fuzzy"] == 0.0


def _table() -> AliasTable:
    return AliasTable.from_persons([
        {"id": "kim-il-sung", "name": "Kim Il Sung", "aliases": ["Kim Il-sung"]},
        {"id": "nam-il", "name": "Nam Il"},
    ])


def test_evaluate_runs_korname_end_to_end(tmp_path: Path) -> None:
    text = "Kim Il-sung met Nam Il after World War II."
    doc = {"id": "e", "text": text, "date": "1953", "noise": "clean", "mentions": [
        _mention(text, "Kim Il-sung", "kim-il-sung"), _mention(text, "Nam Il", "nam-il"),
    ]}
    r = evaluate(_write(tmp_path / "g.jsonl", [doc]), table=_table())
    assert isinstance(r, EvalReport)
    assert (r.detection.tp, r.detection.fp, r.detection.fn) == (2, 0, 0)
    assert (r.linking.tp, r.linking.fp, r.linking.fn) == (2, 0, 0)
    assert r.edits_outside == 0
    assert r.edits_total == 1  # Kim Il-sung -> Kim Il Sung in canonical mode
    assert r.unknown_ids == ()
    assert r.system == "korname (canonical)"


def test_evaluate_lists_gold_ids_the_table_lacks(tmp_path: Path) -> None:
    text = "Nam Il met Pak Hon-yong."
    doc = {"id": "f", "text": text, "mentions": [
        _mention(text, "Nam Il", "nam-il"), _mention(text, "Pak Hon-yong", "pak-hon-yong"),
    ]}
    r = evaluate(_write(tmp_path / "g.jsonl", [doc]), table=_table(), mode="repair")
    assert r.unknown_ids == ("pak-hon-yong",)
    assert (r.linking.tp, r.linking.fn) == (1, 1)
    assert r.edits_total == 0
    assert "not in the table" in format_report(r)


GOOD = {"id": "x", "text": "Nam Il", "mentions": [{"start": 0, "end": 6, "person_id": "nam-il"}]}


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "a document must be a JSON object"),
    ({**GOOD, "mention": []}, "unknown field 'mention'"),
    ({"text": "Nam Il", "mentions": []}, "field 'id' is missing"),
    ({"id": "x", "mentions": []}, "field 'text' is missing"),
    ({"id": "x", "text": "Nam Il"}, "field 'mentions' is missing"),
    ({**GOOD, "noise": "ocr"}, "unknown noise level 'ocr'"),
    ({**GOOD, "date": "22.09.1950"}, "is not a date"),
    ({**GOOD, "date": "1950-02-30"}, "is not a date"),
    ({**GOOD, "mentions": [{"start": 0, "end": 6}]}, "field 'person_id' is missing"),
    ({**GOOD, "mentions": [{"start": 0, "end": 9, "person_id": None}]}, "is not inside the text"),
    ({**GOOD, "mentions": [{"start": 3, "end": 3, "person_id": None}]}, "is not inside the text"),
    ({**GOOD, "mentions": [{"start": "0", "end": 6, "person_id": None}]}, "must be integers"),
    ({**GOOD, "mentions": [{"start": 0, "end": 4, "person_id": None}]}, "starts or ends with"),
    ({**GOOD, "mentions": [{"start": 0, "end": 6, "person_id": None, "kind": "title"}]},
     "unknown kind 'title'"),
    ({**GOOD, "mentions": [{"start": 0, "end": 6, "person_id": "", "kind": "full"}]},
     "person_id must be a person id or null"),
    ({**GOOD, "mentions": [{"start": 0, "end": 6, "person_id": None, "form": "Nam II"}]},
     "is not the text at 0-6"),
    ({**GOOD, "mentions": [{"start": 0, "end": 6, "person_id": None, "who": 1}]},
     "unknown field 'who'"),
    ({**GOOD, "mentions": [{"start": 0, "end": 6, "person_id": None},
                           {"start": 4, "end": 6, "person_id": None}]}, "overlap"),
])
def test_load_gold_errors_name_file_and_line(tmp_path: Path, line: Any, message: str) -> None:
    path = _write(tmp_path / "bad.jsonl", [GOOD | {"id": "ok"}, line])
    with pytest.raises(InputError) as info:
        load_gold(path)
    text = str(info.value)
    assert text.startswith(f"{path}:2: ")
    assert message in text
    assert "\n" not in text


def test_load_gold_rejects_duplicate_ids_and_empty_files(tmp_path: Path) -> None:
    path = _write(tmp_path / "dup.jsonl", [GOOD, GOOD])
    with pytest.raises(InputError, match=r"dup\.jsonl:2: duplicate document id 'x' .*dup\.jsonl:1"):
        load_gold(path)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(InputError, match="no documents"):
        load_gold(empty)
    with pytest.raises(InputError, match="no such file"):
        load_gold(tmp_path / "missing.jsonl")
