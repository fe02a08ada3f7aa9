"""The seed document: the first real text korname must clean."""

from __future__ import annotations

import re

from korname import normalize, normalize_and_report, tag


def test_every_kim_ii_sung_is_repaired(seed_text: str) -> None:
    assert seed_text.count("Kim II Sung") == 5
    out = normalize(seed_text, mode="repair")
    assert "Kim II Sung" not in out
    assert out.count("Kim Il Sung") == seed_text.count("Kim Il Sung") + 5


def test_persons_are_tagged_and_linked(seed_text: str) -> None:
    found = {(m.text, m.person_id) for m in tag(seed_text)}
    for pair in [
        ("Heo Gai", "ho-ka-i"), ("Ho Ka I", "ho-ka-i"),
        ("Pak Heon-yeong", "pak-hon-yong"), ("Pak Hon Yong", "pak-hon-yong"),
        ("Kim Du-bong", "kim-tu-bong"), ("Kim Du Bong", "kim-tu-bong"),
        ("Ri Ju-yeon", "ri-ju-yon"), ("Ri Ju Yon", "ri-ju-yon"),
        ("Pak II-u", "pak-il-u"), ("Pak II U", "pak-il-u"),
        ("Zhou Enlai", "zhou-enlai"), ("Mao Zedong", "mao-zedong"),
        ("Stalin", "stalin-joseph"), ("Shtykov", "shtykov-terentii"),
        ("Kim II Sung", "kim-il-sung"), ("Kim Il Sung", "kim-il-sung"),
    ]:
        assert pair in found


def test_pak_il_u_bracket_resolves_to_one_name(seed_text: str) -> None:
    out = normalize(seed_text)
    assert "Those who spoke, Pak Hon-yong, Kim Tu-bong, Pak Il-u, came" in out
    assert "[Pak II U]" not in out


def test_archive_citation_and_other_text_unchanged(seed_text: str) -> None:
    report = normalize_and_report(seed_text)
    assert "d. 125, II. 89-91. Translated" in report.text
    # Outside the changed spans the text is byte-identical.
    prev = 0
    pieces = []
    for c in report.changes:
        pieces.append(seed_text[prev:c.start])
        pieces.append(c.after)
        prev = c.end
    pieces.append(seed_text[prev:])
    assert "".join(pieces) == report.text
    changed = [seed_text[c.start:c.end] for c in report.changes]
    assert all(re.search(r"[A-Z]", c) for c in changed)
    assert "Cde. Stalin" in report.text


def test_seed_is_idempotent(seed_text: str) -> None:
    once = normalize(seed_text)
    assert normalize(once) == once
    repaired = normalize(seed_text, mode="repair")
    assert normalize(repaired, mode="repair") == repaired


def test_mentions_point_into_the_original(seed_text: str) -> None:
    for m in tag(seed_text):
        assert seed_text[m.start:m.end] == m.text
        assert m.steps
