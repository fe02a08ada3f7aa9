"""A thin spaCy pipeline component over korname's tagger (the core never imports spaCy).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("korname")
>>> doc = nlp("Cde. Kim II Sung met Shtykov.")
>>> [(s.text, s.kb_id_) for s in doc.spans["korname"]]
[('Kim II Sung', 'kim-il-sung'), ('Shtykov', 'shtykov-terentii')]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .table import AliasTable, load_table, read_table
from .tagger import Tagger

__all__ = ["KornameComponent", "make_korname_component"]

_TABLE_FILE = "aliases.yaml"
_CONFIG_FILE = "cfg.json"

for _attr in ("korname_candidates", "korname_method", "korname_confidence", "korname_steps"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)


class KornameComponent:
    """Puts korname's mentions on doc.spans[spans_key] (and on doc.ents when asked).

    Each span has label PERSON, kb_id_ = the person id ("" when ambiguous) and the extension
    attributes span._.korname_candidates / _method / _confidence / _steps.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "korname",
        *,
        table_path: str | None = None,
        spans_key: str = "korname",
        set_ents: bool = False,
    ) -> None:
        self.name = name
        self.table_path = table_path
        self.spans_key = spans_key
        self.set_ents = set_ents
        # Loaded on first use: from_disk (spacy.load) brings its own copy of the table.
        self._tagger: Tagger | None = None

    @property
    def tagger(self) -> Tagger:
        if self._tagger is None:
            path = self.table_path
            self._tagger = Tagger(load_table(path, extend=True) if path else load_table())
        return self._tagger

    @property
    def table(self) -> AliasTable:
        return self.tagger.table

    def _set_table(self, table: AliasTable) -> None:
        self._tagger = Tagger(table)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for m in self.tagger.tag(doc.text):
            span = doc.char_span(m.start, m.end, label="PERSON", kb_id=m.person_id or "",
                                 alignment_mode="expand")
            if span is None:
                continue
            span._.korname_candidates = list(m.candidates)
            span._.korname_method = m.method
            span._.korname_confidence = m.confidence
            span._.korname_steps = list(m.steps)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        if self.set_ents:
            doc.ents = filter_spans([*doc.ents, *spans])
        return doc

    def _config(self) -> dict[str, Any]:
        return {"spans_key": self.spans_key, "set_ents": self.set_ents}

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Write the table in use and the settings, so from_disk restores the same component."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        rows = [p.model_dump(mode="json", exclude_defaults=True) for p in self.table]
        (path / _TABLE_FILE).write_text(
            yaml.safe_dump(rows, allow_unicode=True, sort_keys=False), encoding="utf-8")
        (path / _CONFIG_FILE).write_text(json.dumps(self._config()), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> KornameComponent:
        path = Path(path)
        cfg = json.loads((path / _CONFIG_FILE).read_text(encoding="utf-8"))
        self.spans_key = cfg["spans_key"]
        self.set_ents = cfg["set_ents"]
        self._set_table(read_table(path / _TABLE_FILE))
        return self


@Language.factory(
    "korname",
    default_config={"table_path": None, "spans_key": "korname", "set_ents": False},
)
def make_korname_component(
    nlp: Language, name: str, table_path: str | None, spans_key: str, set_ents: bool
) -> KornameComponent:
    """The factory of nlp.add_pipe("korname"), also found via the spacy_factories entry point."""
    return KornameComponent(nlp, name, table_path=table_path, spans_key=spans_key,
                            set_ents=set_ents)
