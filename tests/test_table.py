"""Loading alias tables: validation errors name file, line, entry, field and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from korname import AliasTable, Person, TableError, load_table
from korname.table import read_table


def write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "mine.yaml"
    p.write_text(body, encoding="utf-8")
    return p


def error_of(path: Path) -> str:
    with pytest.raises(TableError) as e:
        read_table(path)
    return str(e.value)


def test_shipped_table_loads_and_iterates_persons() -> None:
    table = load_table()
    assert len(table) >= 11
    assert all(isinstance(p, Person) for p in table)
    assert table["kim-il-sung"].hangul == "김일성"
    assert load_table() is table  # cached


def test_unknown_field(tmp_path: Path) -> None:
    msg = error_of(write(tmp_path, "- id: a-b\n  name: A B\n  nickname: x\n"))
    assert "mine.yaml:1: entry 'a-b': field 'nickname': unknown field" in msg
    assert "known fields:" in msg and "\n" not in msg


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    msg = error_of(write(tmp_path, "- id: a-b\n  name: A\n- id: a-b\n  name: B\n"))
    assert "mine.yaml:3: entry 'a-b': field 'id': duplicate id" in msg
    assert "line 1" in msg


def test_invalid_hangul(tmp_path: Path) -> None:
    msg = error_of(write(tmp_path, "- id: kim\n  name: Kim\n  hangul: 김x성\n"))
    assert "entry 'kim': field 'hangul': '김x성' is not Hangul" in msg


def test_alias_claimed_by_two_persons(tmp_path: Path) -> None:
    body = ("- id: a\n  name: A\n  aliases: [Vasiliev]\n"
            "- id: b\n  name: B\n  aliases: [Vasiliev]\n")
    msg = error_of(write(tmp_path, body))
    assert "alias 'Vasiliev' is also claimed by" in msg and "shared: true" in msg


def test_alias_declared_shared_is_ambiguous(tmp_path: Path) -> None:
    body = ("- id: stalin\n  name: Joseph Stalin\n  origin: other\n"
            "  aliases: [{form: Vasiliev, kind: pseudonym, shared: true}]\n"
            "- id: vasiliev\n  name: Nikolai Vasiliev\n  origin: other\n"
            "  aliases: [{form: Vasiliev, shared: true}]\n")
    table = read_table(write(tmp_path, body))
    from korname import tag

    [m] = tag("a cable from Vasiliev", table=table)
    assert m.person_id is None and sorted(m.candidates) == ["stalin", "vasiliev"]


def test_malformed_yaml_has_line_number(tmp_path: Path) -> None:
    msg = error_of(write(tmp_path, "- id: a\n  name: [unclosed\n- id: b\n"))
    assert "mine.yaml:" in msg and "malformed YAML" in msg
    line = int(msg.split("mine.yaml:")[1].split(":")[0])
    assert line >= 2


def test_bad_qid_and_missing_name(tmp_path: Path) -> None:
    bad_qid = write(tmp_path, "- id: a\n  name: A\n  wikidata: X12\n")
    assert "not a Wikidata QID" in error_of(bad_qid)
    assert "field 'name': required field is missing" in error_of(write(tmp_path, "- id: a\n"))


def test_extend_shipped_table(tmp_path: Path) -> None:
    mine = write(tmp_path, "- id: new-person\n  name: Ri Kang-guk\n  hangul: 리강국\n"
                 "- id: kim-il\n  name: Kim Il (politician)\n  hangul: 김일\n")
    table = load_table(mine, extend=True)
    assert "new-person" in table and "kim-il-sung" in table
    assert table["kim-il"].name == "Kim Il (politician)"
    assert len(load_table(mine)) == 2


def test_from_persons_and_immutability() -> None:
    table = AliasTable.from_persons([{"id": "x-y", "name": "X Y"}])
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen error
        table["x-y"].name = "Z"  # type: ignore[misc]
    with pytest.raises(TableError):
        AliasTable.from_persons([{"id": "x", "name": "X"}, {"id": "x", "name": "Y"}])
