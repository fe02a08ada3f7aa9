"""Properties over random texts: idempotence, offsets, and no damage outside names."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from korname import normalize, normalize_and_report, tag

PROSE = ["the", "delegation", "said", "that", "troops", "will", "arrive", "Corps", "Army",
         "Part", "World", "War", "II", "III", "IV", "XII", "Nicholas", "Pius", "I.V.", "V.I.",
         "8.II.1950", "24.III.50", "ll.", "89-91", "II.", "f.", "op.", "d.", "TsAMO", "1950",
         "comrade", "Comrade", "Cde.", "Premier", "Minister", "General", "[", "]", "(", ")",
         ",", ".", ";", "\n", "\n\n", "-", "—", "Il", "Sung", "Pak", "O", "to", "I", "a"]
NAMES = ["Kim Il Sung", "Kim II Sung", "KIM IL SUNG", "Kim Il-sung", "Heo Gai", "Ho Ka I",
         "Pak Heon-yeong", "Pak Hon Yong", "Kim Du-bong", "Pak II-u", "Zhou Enlai", "Mao Zedong",
         "Stalin", "Shtykov", "Kim II", "Kim Il", "Ri Ju-yeon"]

prose = st.lists(st.sampled_from(PROSE), max_size=25).map(" ".join)


def _is_name_free(words: str) -> bool:
    return not tag(words)


@settings(max_examples=200, deadline=None)
@given(prose)
def test_name_free_text_is_unchanged(text: str) -> None:
    if _is_name_free(text):
        assert normalize(text) == text
        assert normalize(text, mode="repair") == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PROSE), st.sampled_from(NAMES)), max_size=25)
       .map(" ".join))
@example("I.V. I.V. Shtykov")  # a surname with initials is no bare surname: the name is written
def test_idempotent_and_offsets(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    fixed = normalize(text, mode="repair")
    assert normalize(fixed, mode="repair") == fixed
    for m in tag(text):
        assert text[m.start:m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(prose, st.sampled_from(NAMES)), min_size=1, max_size=6), prose)
def test_only_inserted_names_change(parts: list[tuple[str, str]], tail: str) -> None:
    text = ""
    spans = []
    for filler, name in parts:
        text += filler + " ( "
        spans.append((len(text), len(text) + len(name)))
        text += name + " ) "
    text += tail
    report = normalize_and_report(text)
    for c in report.changes:
        assert any(s <= c.start and c.end <= e for s, e in spans), (c, spans)
