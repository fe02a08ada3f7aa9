"""The spaCy component inside a real blank English pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy

from korname.spacy_component import KornameComponent


def test_component_in_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("korname", config={"set_ents": True})
    doc = nlp("Cde. Kim II Sung wrote to Cde. Stalin; World War II was over.")
    spans = list(doc.spans["korname"])
    assert [(s.text, s.kb_id_, s.label_) for s in spans] == [
        ("Kim II Sung", "kim-il-sung", "PERSON"), ("Stalin", "stalin-joseph", "PERSON")]
    assert spans[0]._.korname_method == "ocr"
    assert "ocr_il" in spans[0]._.korname_steps
    assert [e.text for e in doc.ents] == ["Kim II Sung", "Stalin"]


def test_to_disk_from_disk_round_trip(tmp_path: Path) -> None:
    table = tmp_path / "extra.yaml"
    table.write_text("- id: quennell-tessa\n  name: Tessa Quennell\n  origin: other\n",
                     encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("korname", config={"table_path": str(table), "spans_key": "names"})
    nlp.to_disk(tmp_path / "pipe")
    table.unlink()  # the saved pipeline must not depend on the original file
    nlp2 = spacy.load(tmp_path / "pipe")
    comp = nlp2.get_pipe("korname")
    assert isinstance(comp, KornameComponent) and comp.spans_key == "names"
    doc = nlp2("Tessa Quennell met Kim Il Sung.")
    assert [(s.text, s.kb_id_) for s in doc.spans["names"]] == [
        ("Tessa Quennell", "quennell-tessa"), ("Kim Il Sung", "kim-il-sung")]


def test_factory_is_registered_by_entry_point() -> None:
    from importlib.metadata import entry_points

    eps = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert eps["korname"] == "korname.spacy_component:make_korname_component"
