"""The command line on real files in temporary folders."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from korname.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_normalize_folder_recursively_with_report(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("Kim II Sung spoke.\n", encoding="utf-8")
    (src / "sub" / "b.txt").write_text("Nothing here, World War II.\n", encoding="utf-8")
    (src / "bad.txt").write_bytes(b"Kim \xff\xfe Sung\n")
    (src / "notes.md").write_text("Kim II Sung\n", encoding="utf-8")
    code, _, err = run(["normalize", str(src), "-o", str(tmp_path / "out"),
                          "--report", str(tmp_path / "r.jsonl")], capsys)
    assert code == 1
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Kim Il Sung spoke.\n"
    assert (tmp_path / "out" / "sub" / "b.txt").read_text() == "Nothing here, World War II.\n"
    assert not (tmp_path / "out" / "bad.txt").exists()
    assert not (tmp_path / "out" / "notes.md").exists()
    assert "bad.txt: not UTF-8 text (byte 0xff at offset 4)" in err
    assert "Traceback" not in err
    [row] = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert row["before"] == "Kim II Sung" and row["after"] == "Kim Il Sung"
    assert row["person_id"] == "kim-il-sung" and row["line"] == 1 and "ocr_il" in row["steps"]
    assert (src / "a.txt").read_text() == "Kim II Sung spoke.\n"  # input untouched


def test_stdin_to_stdout(monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Pak Heon-yeong [Pak Hon Yong] came."))
    code, out, _ = run(["normalize", "-"], capsys)
    assert (code, out) == (0, "Pak Hon-yong came.")


def test_never_overwrites_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Kim II Sung\n", encoding="utf-8")
    code, _, err = run(["normalize", str(tmp_path), "-o", str(tmp_path)], capsys)
    assert code == 1 and "would overwrite an input" in err
    assert f.read_text() == "Kim II Sung\n"


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.txt").write_text("y")
    code, _, err = run(["normalize", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], capsys)
    assert code == 2 and "need -o OUTDIR" in err
    code, _, err = run(["normalize", str(tmp_path / "a.txt"), "--mode", "weird"], capsys)
    assert code == 2 and "invalid choice" in err and "Traceback" not in err
    code, _, err = run(["frobnicate"], capsys)
    assert code == 2


def test_bad_table_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = tmp_path / "t.yaml"
    t.write_text("- id: a\n  name: A\n  colour: red\n", encoding="utf-8")
    code, _, err = run(["check-table", str(t)], capsys)
    assert code == 2
    assert err.count("\n") == 1 and "t.yaml:1: entry 'a': field 'colour': unknown field" in err


def test_tag_prints_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Cde. Stalin and Kim II Sung", encoding="utf-8")
    code, out, _ = run(["tag", str(f)], capsys)
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0
    assert [(r["text"], r["person_id"], r["start"]) for r in rows] == [
        ("Stalin", "stalin-joseph", 5), ("Kim II Sung", "kim-il-sung", 16)]


def test_check_table_shipped(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check-table"], capsys)
    assert code == 0 and out.rstrip().endswith("ok") and "persons" in out


def test_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Then Kim II Sung spoke.\n", encoding="utf-8")
    code, out, _ = run(["explain", str(f)], capsys)
    assert code == 0
    assert "line 1: 'Kim II Sung' -> 'Kim Il Sung'" in out
    assert 'ocr_il: Read the OCR confusions of "Il"' in out


def test_readme_statistics_match_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    code, out, _ = run(["check-table", "--stats"], capsys)
    assert code == 0 and "| **all** |" in out
    start = readme.index("<!-- table-statistics")
    body = readme[readme.index("\n", start) + 1:readme.index("<!-- /table-statistics -->")]
    assert body == out


def test_eval_command_scores_a_gold_file(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    text = "Kim II Sung met Cde. Stalin in World War II."
    doc = {"id": "d1", "text": text, "date": "1950-01-01", "noise": "clean", "source": "test",
           "mentions": [{"start": 0, "end": 11, "person_id": "kim-il-sung", "kind": "ocr"},
                        {"start": 21, "end": 27, "person_id": "stalin-joseph", "kind": "full"}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    code, out, _ = run(["eval", str(gold), "--json"], capsys)
    assert code == 0
    scores = json.loads(out)
    assert (scores["gold_mentions"], scores["predicted_mentions"]) == (2, 2)
    assert scores["linking"] == {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0,
                                 "f1": 1.0}
    code, out, _ = run(["eval", str(gold)], capsys)
    assert code == 0 and "edits outside gold mentions: 0" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": 5}\n', encoding="utf-8")
    code, _, err = run(["eval", str(bad)], capsys)
    assert code in (1, 2) and "bad.jsonl" in err and "Traceback" not in err


def test_report_to_stdout_only_when_texts_go_to_files(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Kim II Sung\n", encoding="utf-8")
    code, out, _ = run(["normalize", str(f), "-o", str(tmp_path / "o"), "--report", "-"], capsys)
    assert code == 0 and json.loads(out)["after"] == "Kim Il Sung"
    code, _, err = run(["normalize", str(f), "--report", "-"], capsys)
    assert code == 2 and "--report - needs -o OUTDIR" in err
