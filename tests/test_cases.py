"""Runs the example table in tests/cases/*.yaml (schema: tests/cases/README.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from korname import normalize, tag

CASES_DIR = Path(__file__).parent / "cases"
KNOWN_FIELDS = {"id", "text", "mode", "spelling", "date", "fuzzy", "expected", "mentions",
                "no_mentions", "class", "xfail", "note"}


def _load() -> list[Any]:
    params = []
    seen: set[str] = set()
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            unknown = set(row) - KNOWN_FIELDS
            assert not unknown, f"{path.name}: case {row.get('id')}: unknown fields {unknown}"
            assert row["id"] not in seen, f"{path.name}: duplicate case id {row['id']}"
            seen.add(row["id"])
            marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if "xfail" in row else []
            params.append(pytest.param(row, id=f"{path.stem}:{row['id']}", marks=marks))
    return params


CASES = _load()


def test_there_are_cases() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES)
def test_case(case: dict[str, Any]) -> None:
    text = case["text"]
    opts = {"mode": case.get("mode", "canonical"), "spelling": case.get("spelling", "table"),
            "date": case.get("date"), "fuzzy": case.get("fuzzy")}
    assert "expected" in case or "mentions" in case or "no_mentions" in case, "case checks nothing"
    if "expected" in case:
        expected = text if case["expected"] == "same" else case["expected"]
        assert normalize(text, **opts) == expected
    found = tag(text, date=case.get("date"))
    if case.get("no_mentions"):
        assert [m.text for m in found] == []
    if "mentions" in case:
        got = [(m.text, m.person_id) for m in found]
        want = [(m["text"], m.get("person")) for m in case["mentions"]]
        assert got == want
        for m, w in zip(found, case["mentions"], strict=True):
            if "candidates" in w:
                assert sorted(m.candidates) == sorted(w["candidates"])
            if "method" in w:
                assert m.method == w["method"]
