"""The disk cache of compiled tables: a hit gives the same table, damage is rebuilt."""

from __future__ import annotations

from pathlib import Path

import pytest

from korname import table as table_module
from korname import tag
from korname.cache import cache_dir


def _fresh_load(path: Path) -> table_module.AliasTable:
    table_module._cached.cache_clear()
    return table_module.load_table(path)


def test_second_load_comes_from_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORNAME_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "t.yaml"
    src.write_text("- id: a\n  name: Tessa Quennell\n  origin: other\n", encoding="utf-8")
    first = _fresh_load(src)
    [entry] = list((tmp_path / "cache").glob("table-*.pickle"))
    second = _fresh_load(src)
    assert second is not first
    assert [p.id for p in second] == ["a"]
    assert second.index.keys == first.index.keys
    assert [m.person_id for m in tag("Tessa Quennell came", table=second)] == ["a"]
    entry.write_bytes(b"not a pickle")
    third = _fresh_load(src)
    assert [m.person_id for m in tag("Quennell came", table=third)] == ["a"]


def test_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORNAME_CACHE_DIR", "off")
    assert cache_dir() is None
