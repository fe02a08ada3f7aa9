"""The alias table: canonical persons loaded from YAML through pydantic into an immutable table."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic.dataclasses import dataclass as pydantic_dataclass

from .errors import TableError
from .hangul import is_hangul_name

__all__ = ["Alias", "AliasTable", "Person", "load_table", "shipped_table_path"]

Origin = Literal["korean", "chinese", "russian", "other"]
AliasKind = Literal["fixed", "pseudonym", "birth-name", "translation", "ocr"]

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff ]+$")
_CYRILLIC = re.compile(r"^[\u0400-\u04ff .\-']+$")


@pydantic_dataclass(frozen=True, slots=True, config=ConfigDict(extra="forbid"))
class Alias:
    """A spelling no rule generates: a fixed form (Syngman Rhee) or a pseudonym (Filippov).

    A slotted dataclass rather than a model: a large table holds a hundred thousand of them.
    """

    form: str = Field(min_length=1)
    kind: AliasKind = "fixed"
    #: Set on every person that claims this form to declare the form ambiguous on purpose.
    shared: bool = False
    note: str = ""


class Person(BaseModel):
    """One canonical person of the table."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str = Field(min_length=1)
    origin: Origin = "korean"
    group: str = ""
    role: str = ""
    hangul: str | None = None
    hanja: str | None = None
    hanzi: str | None = None
    cyrillic: tuple[str, ...] = ()
    russian_name: str | None = None
    born: int | None = None
    died: int | None = None
    active: tuple[int, int] | None = None
    wikidata: str | None = None
    aliases: tuple[Alias, ...] = ()
    given_first: bool = False
    surname_alone: bool | None = None
    sources: tuple[str, ...] = ()
    note: str = ""

    @field_validator("id")
    @classmethod
    def _check_id(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(f"'{v}' is not a slug; use lower-case letters, digits and hyphens")
        return v

    @field_validator("hangul")
    @classmethod
    def _check_hangul(cls, v: str | None) -> str | None:
        if v is not None and not is_hangul_name(v):
            raise ValueError(f"'{v}' is not Hangul; write the name in Hangul syllables")
        return v

    @field_validator("hanja", "hanzi")
    @classmethod
    def _check_han(cls, v: str | None) -> str | None:
        if v is not None and not _HAN.match(v):
            raise ValueError(f"'{v}' is not written in Han characters")
        return v

    @field_validator("cyrillic", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return (v,) if isinstance(v, str) else v

    @field_validator("cyrillic")
    @classmethod
    def _check_cyrillic(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for form in v:
            if not _CYRILLIC.match(form):
                raise ValueError(f"'{form}' is not written in Cyrillic letters")
        return v

    @field_validator("russian_name")
    @classmethod
    def _check_russian_name(cls, v: str | None) -> str | None:
        if v is not None and not _CYRILLIC.match(v):
            raise ValueError(f"'{v}' is not written in Cyrillic letters")
        return v

    @field_validator("aliases", mode="before")
    @classmethod
    def _alias_strings(cls, v: Any) -> Any:
        if isinstance(v, list):
            return [{"form": a} if isinstance(a, str) else a for a in v]
        return v

    @field_validator("active", mode="before")
    @classmethod
    def _parse_active(cls, v: Any) -> Any:
        if isinstance(v, str):
            m = re.fullmatch(r"\s*(\d{4})\s*-\s*(\d{4})\s*", v)
            if not m:
                raise ValueError(f"'{v}' is not a year range; write it as 1945-1994")
            return (int(m.group(1)), int(m.group(2)))
        return v

    @field_validator("wikidata")
    @classmethod
    def _check_qid(cls, v: str | None) -> str | None:
        if v is not None and not _QID.match(v):
            raise ValueError(f"'{v}' is not a Wikidata QID; write it as Q12345")
        return v

    @property
    def uses_surname_alone(self) -> bool:
        """Whether the bare surname is a name key (Stalin, Shtykov) rather than context only."""
        if self.surname_alone is not None:
            return self.surname_alone
        return self.origin in ("russian", "other")

    def alive_in(self, year: int) -> bool | None:
        """Whether the person could act in a document of this year; None when unknown."""
        lo = self.active[0] if self.active else self.born
        hi = self.active[1] if self.active else self.died
        if lo is None and hi is None:
            return None
        return (lo is None or year >= lo) and (hi is None or year <= hi)


#: libyaml's parser when PyYAML was built with it (ten times faster), else the pure one.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """A safe loader that remembers the line on which every mapping starts."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = dict(loader.construct_mapping(node, deep=True))
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


class AliasTable:
    """An immutable collection of persons, iterable over its Person records.

    Build one with :func:`load_table`, :meth:`from_persons` or :meth:`extend`. The compiled
    matching index is built on first use and kept with the table.
    """

    __slots__ = ("_by_id", "_index", "_persons", "_sources")

    def __init__(self, persons: Iterable[Person], *, sources: tuple[str, ...] = ()) -> None:
        by_id: dict[str, Person] = {}
        for p in persons:
            if p.id in by_id:
                raise TableError("duplicate id", entry=p.id, field="id",
                                 fix="give every person its own id")
            by_id[p.id] = p
        self._persons = tuple(by_id.values())
        self._by_id: Mapping[str, Person] = by_id
        self._sources = sources
        self._index: Any = None

    @classmethod
    def from_persons(cls, persons: Iterable[Person | Mapping[str, Any]]) -> AliasTable:
        return cls(p if isinstance(p, Person) else Person.model_validate(p) for p in persons)

    def __iter__(self) -> Iterator[Person]:
        return iter(self._persons)

    def __len__(self) -> int:
        return len(self._persons)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._by_id

    def __getitem__(self, person_id: str) -> Person:
        return self._by_id[person_id]

    def get(self, person_id: str) -> Person | None:
        return self._by_id.get(person_id)

    def __repr__(self) -> str:
        return f"<AliasTable {len(self)} persons>"

    @property
    def sources(self) -> tuple[str, ...]:
        """The files this table was read from, in order."""
        return self._sources

    def __getstate__(self) -> dict[str, Any]:
        return {"persons": self._persons, "sources": self._sources, "index": self._index}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._persons = state["persons"]
        self._by_id = {p.id: p for p in self._persons}
        self._sources = state["sources"]
        self._index = state["index"]

    def extend(self, other: AliasTable) -> AliasTable:
        """A new table with other's persons added; an entry with the same id replaces ours."""
        merged = dict(self._by_id)
        merged.update((p.id, p) for p in other)
        return AliasTable(merged.values(), sources=self._sources + other._sources)

    @property
    def index(self) -> Any:
        """The compiled matching index (a korname.index.NameIndex), built once."""
        if self._index is None:
            from .index import NameIndex

            self._index = NameIndex.build(self)
        return self._index


def shipped_table_path() -> Path:
    """Where the alias table shipped with korname lives."""
    packaged = resources.files("korname") / "data" / "aliases.yaml"
    if packaged.is_file():
        return Path(str(packaged))
    # An editable install or a checkout: the one copy at the top of the repository.
    return Path(__file__).resolve().parents[2] / "data" / "aliases.yaml"


def _read_entries(path: Path) -> list[dict[str, Any]]:
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TableError("no such file", path=shown, fix="check the path") from None
    except UnicodeDecodeError as e:
        raise TableError(f"not UTF-8 text ({e.reason})", path=shown,
                         fix="save the table as UTF-8") from None
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else None
        raise TableError(f"malformed YAML: {e.problem}", path=shown, line=line,
                         fix="fix the indentation or quoting on that line") from None
    if data is None:
        return []
    if isinstance(data, dict) and "persons" in data:
        data = data["persons"]
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        raise TableError("the table must be a list of persons", path=shown,
                         fix="start each entry with '- id: ...'")
    return data


def _validate(entry: dict[str, Any], path: str) -> Person:
    line = entry.get("__line__")
    ident = entry.get("id") if isinstance(entry.get("id"), str) else None
    try:
        return Person.model_validate(_strip_lines(entry))
    except ValidationError as e:
        err = e.errors()[0]
        loc = [str(x) for x in err["loc"]]
        field = ".".join(loc) if loc else None
        if err["type"] == "extra_forbidden":
            allowed = ", ".join(Person.model_fields) if len(loc) == 1 else ", ".join(
                f.name for f in fields(Alias))
            raise TableError("unknown field", path=path, line=line, entry=ident, field=field,
                             fix=f"known fields: {allowed}") from None
        if err["type"] == "missing":
            raise TableError("required field is missing", path=path, line=line, entry=ident,
                             field=field, fix="add it to the entry") from None
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise TableError(msg, path=path, line=line, entry=ident, field=field) from None


def _check_aliases(persons: list[Person], lines: dict[str, int | None], path: str) -> None:
    """An alias form claimed by two persons must be declared shared by both."""
    from .keys import fold_key

    claims: dict[str, list[tuple[Person, Alias]]] = {}
    for p in persons:
        for a in p.aliases:
            claims.setdefault(fold_key(a.form), []).append((p, a))
    for owners in claims.values():
        ids = {p.id for p, _ in owners}
        if len(ids) > 1 and not all(a.shared for _, a in owners):
            p, a = next((p, a) for p, a in owners if not a.shared)
            others = ", ".join(sorted(ids - {p.id}))
            raise TableError(f"alias '{a.form}' is also claimed by {others}", path=path,
                             line=lines.get(p.id), entry=p.id, field="aliases",
                             fix="remove it from one person, or mark it 'shared: true' on each")


def read_table(path: str | Path) -> AliasTable:
    """Read and validate one YAML table file (no caching)."""
    path = Path(path)
    shown = str(path)
    persons: list[Person] = []
    lines: dict[str, int | None] = {}
    for entry in _read_entries(path):
        person = _validate(entry, shown)
        if person.id in lines:
            raise TableError("duplicate id", path=shown, line=entry.get("__line__"),
                             entry=person.id, field="id",
                             fix=f"the id is already used on line {lines[person.id]}")
        lines[person.id] = entry.get("__line__")
        persons.append(person)
    _check_aliases(persons, lines, shown)
    return AliasTable(persons, sources=(shown,))


@lru_cache(maxsize=16)
def _cached(path: str, mtime_ns: int, size: int) -> AliasTable:
    from . import cache

    try:
        data = Path(path).read_bytes()
    except OSError:
        return read_table(path)
    table = cache.load_cached(data)
    if table is None:
        table = read_table(path)
        table.index  # noqa: B018 - compile now, so that the cache holds the index
        cache.store(data, table)
    return table


def load_table(path: str | Path | None = None, *, extend: bool = False) -> AliasTable:
    """Load an alias table.

    ``load_table()`` gives the table shipped with korname; ``load_table(path)`` reads your own;
    ``load_table(path, extend=True)`` adds your persons to the shipped ones (an entry with the
    id of a shipped person replaces it). Tables are cached until the file changes.
    """
    if path is None:
        return _load_cached(shipped_table_path())
    mine = _load_cached(Path(path))
    return load_table().extend(mine) if extend else mine


def _load_cached(path: Path) -> AliasTable:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise TableError("no such file", path=str(path), fix="check the path") from None
    return _cached(str(path), st.st_mtime_ns, st.st_size)
