"""Explanations: every change says why, and its steps replay to the same key."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from korname import AliasTable, normalize_and_report, tag
from korname.check import check_table
from korname.explain import describe_step, explain_report
from korname.keys import FOLDS, OCR_FOLDS, fold_key, replay_folds

CASES = Path(__file__).parent / "cases"
FOLD_NAMES = {f.name for f in FOLDS}


def _texts() -> list[str]:
    rows = [r for p in sorted(CASES.glob("*.yaml")) for r in yaml.safe_load(p.read_text())]
    seed = (Path(__file__).parents[1] / "seeds" / "000_57dcb2219e70615d.txt").read_text()
    return [r["text"] for r in rows] + [seed]


def test_steps_replay_to_the_matched_spelling_key() -> None:
    checked = 0
    for text in _texts():
        for m in tag(text):
            if m.variant is None or m.method in ("coreference", "fuzzy", "title"):
                continue
            span = text[m.start:m.end]
            if span != m.text or "[" in span:  # completions are checked by their own cases
                continue
            # A lost letter ("K?m") is no fold: the step says how the span was read, and that
            # reading must replay to the spelling's key.
            lost = [s.partition(":")[2] for s in m.steps if s.startswith("lost-letter:")]
            if lost:
                written, _, span = lost[0].partition(" read as ")
                assert written == m.text and len(span) == len(written)
            key, fired = replay_folds(span)
            # The initials rule adds a suffix after the spelling ("Jr."), and initials or a
            # first name before it, with a step that says so.
            in_front = any(s.startswith(("initials:", "given-name:")) for s in m.steps)
            variant_key = fold_key(m.variant)
            assert (key == variant_key or key.startswith(variant_key)
                    or (in_front and key.endswith(f" {variant_key}")))
            folds = [s for s in m.steps if s in FOLD_NAMES]
            assert set(folds) <= set(fired), (m, fired)
            assert (m.method == "ocr") == (bool(lost) or any(f in OCR_FOLDS for f in folds))
            checked += 1
    assert checked > 100


def test_every_step_has_words() -> None:
    for text in _texts():
        for m in tag(text):
            for step in m.steps:
                words = describe_step(step)
                assert words and words != "" and (":" in words or " " in words), step


def test_explain_report_lists_changes_and_unresolved() -> None:
    text = "Kim II Sung met Lee Beom-seok and Pak Heon-yeong [Pak Hon Yong]."
    from korname import load_table

    table = load_table()
    out = explain_report("doc.txt", normalize_and_report(text), table)
    assert "doc.txt: 2 change(s)" in out
    assert "line 1: 'Kim II Sung' -> 'Kim Il Sung'  [kim-il-sung: Kim Il Sung, 1912-1994]" in out
    assert "bracket: merge Pak Heon-yeong + Pak Hon Yong" in out
    assert "'Lee Beom-seok' could be: lee-beom-seok-1900, lee-beom-seok-1925" in out


def test_check_table_reports_collisions_between_generated_spellings() -> None:
    table = AliasTable.from_persons([
        {"id": "choe-a", "name": "Choe Yong-gon", "hangul": "최용건", "born": 1900},
        {"id": "choe-b", "name": "Choe Yong-gon (official)", "hangul": "최용건", "born": 1951},
    ])
    text = check_table(table)
    assert text.endswith("ok\n")
    assert "ambiguous: 'choe yong gon' -> choe-a, choe-b" in text
    [m] = tag("Choe Yong-gon spoke.", table=table)
    assert m.person_id is None and m.candidates == ("choe-a", "choe-b")


def test_line_index_agrees_with_counting_line_breaks() -> None:
    from korname.lines import LineIndex

    text = "one\ntwo\n\nfour\n"
    lines = LineIndex(text)
    assert [lines.line_of(i) for i in range(len(text) + 1)] == [
        text.count("\n", 0, i) + 1 for i in range(len(text) + 1)]
    assert LineIndex("").line_of(0) == 1


@given(st.text(alphabet="ab\n", max_size=60), st.lists(st.integers(-3, 65), max_size=30))
def test_line_index_in_any_order_of_lookups(text: str, offsets: list[int]) -> None:
    from korname.lines import LineIndex

    lines = LineIndex(text)
    assert [lines.line_of(i) for i in offsets] == [
        text.count("\n", 0, max(i, 0)) + 1 for i in offsets]
