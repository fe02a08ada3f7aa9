"""The inlined and split fast paths give what the plain definitions they stand for give."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from korname import AliasTable
from korname.config import DEFAULT
from korname.context import (
    _TITLE_REACH,
    TITLE_WORDS,
    Document,
    _alternate,
    _completion,
    completions,
    coreference,
    titles,
)
from korname.keys import (
    _CASE_SENSITIVE,
    _CHAR_TABLE,
    _CHAR_TABLE_ASCII,
    _PUNCTUATION_BYTES,
    _PUNCTUATION_TABLE,
    DELETIONS,
    OCR_FOLDS,
    OCR_IL,
    _case_sensitive,
    _ocr_il_sub,
    _translate,
    explain_fold,
    fold_key,
    fold_text,
    plain_folds_beyond,
)
from korname.mention import Mention
from korname.tagger import Tagger, get_tagger

TITLE_PIECES = ["Comrade", "comrades", "Cde.", "CDE.", "[Minister]", "[", "]", "(", " ", "  ",
                "\t", "\n", "\r\n", "\n\n", "General", "GEN.", "chargé", "Vice", "x", "Kim",
                "Lt.", "the", "Mr.", "Deputy-Premier", "Premier", "1950", ","]
title_texts = st.lists(st.sampled_from(TITLE_PIECES), max_size=10).map("".join)

OCR_ALPHABET = "I1l.:-( \n8aIb"
ocr_texts = st.text(alphabet=OCR_ALPHABET, max_size=14)


def plain_title_before(text: str, start: int) -> str | None:
    """The definition of Document.title_before, without its shortcut."""
    lo = max(0, start - _TITLE_REACH)
    head = text[lo:start].rstrip(" \t\r]")
    if head.endswith("\n"):  # one line break is a space; a blank line ends the paragraph
        head = head[:-1].rstrip(" \t\r]")
        if head.endswith("\n"):
            return None
    if len(head) == start - lo:
        return None  # no space between the word and the name
    word = head.rsplit(None, 1)[-1].lstrip("[(") if head.strip() else ""
    return word if word.lower() in TITLE_WORDS else None


@settings(max_examples=300, deadline=None)
@given(title_texts, st.integers(min_value=0, max_value=200))
@example("Comrade\n]", 9)  # the word before ends with a line break: no three-letter shortcut
@example("]", 1)
def test_titles_rule_is_title_before(text: str, at: int) -> None:
    start = min(at, len(text))
    doc = Document(text, get_tagger(), None, [])
    mention = Mention(start, start, "", "kim-il-sung", "Kim Il Sung", ("kim-il-sung",), "exact",
                      1.0, ("spelling:table:name",))
    word = doc.title_before(start)
    assert word == plain_title_before(text, start)
    assert doc.title_before(start) == word  # now from what the tagger remembers
    expected = ("spelling:table:name", f"title:{word}") if word else ("spelling:table:name",)
    assert titles(doc, [mention])[0].steps == expected


TITLED_PIECES = [*TITLE_PIECES, "Kim Il Sung", "KIM II SUNG", "Pak Hon Yong", "Kim", "Cde.Kim",
                 "Pak", "Nam Il", "Zakharov", "General Kim Il Sung", "Gen.", "Lt. Col.", "Dr.",
                 "-\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TITLED_PIECES), max_size=10),
       st.sampled_from([" ", "", "  ", "\n"]))
@example(["Comrade", "Kim Il Sung", "]", "Pak Hon Yong"], " ")
@example(["[Minister]", "Nam Il"], "\t")
def test_titles_where_the_scan_saw_a_title_word(pieces: list[str], sep: str) -> None:
    # The scan notes the mentions just after a title word's key; the titles rule looks at those
    # only. It must find what it finds looking before every mention.
    text = sep.join(pieces)
    tagger = get_tagger()
    mentions, cues, after_title = tagger._scan(text)
    everywhere = titles(Document(text, tagger, None, cues), mentions)
    assert titles(Document(text, tagger, None, cues, (mentions, after_title)), mentions) == \
        everywhere
    # Bare surnames too: coreference looks for a title only before those the scan marked.
    looked = [c._replace(maybe_titled=True) for c in cues]
    assert coreference(Document(text, tagger, None, cues), everywhere) == \
        coreference(Document(text, tagger, None, looked), everywhere)


def test_titles_rule_reads_a_bracketed_title() -> None:
    text = "the [Minister] Kim Il Sung"
    doc = Document(text, get_tagger(), None, [])
    mention = Mention(15, 26, "Kim Il Sung", "kim-il-sung", "Kim Il Sung", ("kim-il-sung",),
                      "exact", 1.0, ())
    assert titles(doc, [mention])[0].steps == ("title:Minister",)


@settings(max_examples=2000, deadline=None)
@given(ocr_texts)
def test_ocr_il_passes_equal_one_substitution(text: str) -> None:
    assert _ocr_il_sub(text) == OCR_IL.sub("Il", text)


def test_ocr_il_passes_on_mixed_tokens() -> None:
    text = "Kim II Sung, Nam 1l, ll, 8.II.1950, II.5, (lI) III"
    assert _ocr_il_sub(text) == "Kim Il Sung, Nam Il, Il, 8.II.1950, II.5, (Il) III"


SCAN_PIECES = ["Kim Il Sung", "KIM II SUNG", "Pak Heon-\nyeong", "Pak Hon-\nyong",
               "Ch'oe Yong-gon", "CH\u2019OE Yong-kon", "V. I.", "Lenin", "Kim Il-s\u014fng",
               "Heo\xadGai", "S H T Y K O V", "  ", "\n", "-", ".", "said", "[", "]"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SCAN_PIECES), max_size=10).map(" ".join))
@example("\xadKim Il Sung")  # the first segment of the key starts after a deletion
def test_scan_spans_map_back_to_the_matched_key(text: str) -> None:
    # The scan maps each hit from key offsets back into the text inline (both ends through
    # the segments of the deletions): every span must be the text there, and refold to the
    # key of the spelling it matched.
    tagger = get_tagger()
    found = tagger.scan(text)
    for m in found:
        assert text[m.start:m.end] == m.text
        assert fold_key(m.text) == fold_key(m.variant), (m.text, m.variant)
    # Leftmost-longest selection: in order, and no two overlap.
    assert all(a.end <= b.start for a, b in pairwise(found))


@lru_cache(maxsize=1)
def _small_piece_tagger() -> Tagger:
    return Tagger(get_tagger().table, replace(DEFAULT, chunk_chars=16))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*SCAN_PIECES, "\n\n", "\xad"]), max_size=14).map(" ".join))
@example("said \xadKim Il Sung\n\nPak Hon-\nyong and Ch'oe Yong-gon")
def test_scan_in_pieces_maps_back_too(text: str) -> None:
    # A long text is folded and matched in pieces cut at blank lines; offsets are then the
    # piece's plus where it starts. Without a line break inside a paragraph, the pieces find
    # what the whole does.
    found = _small_piece_tagger().scan(text)
    for m in found:
        assert text[m.start:m.end] == m.text
        assert fold_key(m.text) == fold_key(m.variant), (m.text, m.variant)
    assert all(a.end <= b.start for a, b in pairwise(found))
    if "\n" not in text.replace("\n\n", ""):
        assert found == get_tagger().scan(text)


def test_prepared_fields_are_what_each_spelling_would_get() -> None:
    # The tagger prepares the fields of every table spelling in one pass; each must be what
    # the general path (_fields) gives for that spelling written exactly as in the table.
    # A tagger of its own: the shared one has also seen spans of other tests.
    from korname import Tagger

    tagger = Tagger(get_tagger().table)
    listed = 0
    for key_id, (first, others) in enumerate(zip(tagger._first, tagger._others, strict=True)):
        for fields in ([first] if first else []) + list(others):
            assert fields == tagger._fields(fields[6], key_id), fields[6]
            listed += 1
    assert listed > 30_000
    # The scan tells a bare surname by its missing fields.
    assert [first is None for first in tagger._first] == tagger.index.cue_flags


@lru_cache(maxsize=1)
def _name_keys() -> list[int]:
    """The keys of the shipped table's names (not those of bare surnames)."""
    return [i for i, f in enumerate(get_tagger()._first) if f]


@st.composite
def respelled(draw: st.DrawFn) -> tuple[int, str]:
    """A name's key and one of its spellings with its letters in any case and any of its
    spaces written as hyphens, unless that is one of the key's spellings as written."""
    index = get_tagger().index
    key_id = draw(st.sampled_from(_name_keys()))
    spelling = draw(st.sampled_from([e.variant for e in index.entries[key_id]]))
    span = "".join(draw(st.sampled_from([c, c.upper(), c.lower(), "-" if c == " " else c]))
                   for c in spelling)
    assume(span not in {e.variant for e in index.entries[key_id]})
    return key_id, span


@settings(max_examples=300, deadline=None)
@given(respelled())
def test_a_span_spelled_otherwise_is_no_table_spelling(respelling: tuple[int, str]) -> None:
    # The scan tells _fields that a span is none of its key's table spellings, and _fields
    # then does not look it up among all spellings: the lookup must find nothing there.
    key_id, span = respelling
    tagger = get_tagger()
    index = tagger.index
    # Spans the scan passes: written as no spelling of the key, folded to the key.
    assume(fold_key(span) == index.keys[key_id])
    assert index.entry_for(span) is None
    # ... and asks _in_other_case first, then _fields told that it did.
    fields = tagger._in_other_case(span, key_id)
    if fields is None:
        fields = tagger._fields(span, key_id, spelled_otherwise=True)
    assert fields == tagger._fields(span, key_id) == _fields_from_entries(tagger, span, key_id)


def _fields_from_entries(tagger: Tagger, span: str, key_id: int) -> tuple[Any, ...]:
    """The fields of a mention of key_id written as span, each read from the index's entries:
    the spelling as written if the table has it, else the first of the key's spellings that
    span writes in other letter case or hyphens, else the key's first spelling and the folds
    that explain span."""
    index = tagger.index
    cfg = tagger.config
    entry = index.entries[key_id][0]
    if entry.variant != span:
        entry = index.entry_for(span) or entry
    method, folds = "exact", ()
    if span != entry.variant:
        for e in index.entries[key_id]:
            plain = plain_folds_beyond(span, e.variant)
            if plain is not None:
                entry, method, folds = e, "folded", plain
                break
        else:
            span_folds = explain_fold(span)[1]
            folds = tuple(f for f in span_folds if f not in explain_fold(entry.variant)[1])
            method = "ocr" if any(f in OCR_FOLDS for f in folds) else "folded"
    persons = index.persons[key_id]
    confidence = {"exact": cfg.confidence_exact, "folded": cfg.confidence_folded,
                  "ocr": cfg.confidence_ocr}
    pid, name, conf = ((persons[0], tagger.table[persons[0]].name, confidence[method])
                       if len(persons) == 1 else (None, None, cfg.confidence_ambiguous))
    steps = tuple(f"spelling:{s}" for s in sorted(entry.systems)) + folds
    return pid, name, persons, method, conf, steps, entry.variant, None, None


@settings(max_examples=200, deadline=None)
@given(respelled(), st.sampled_from(["Il", "II", "lI"]))
def test_spans_damaged_or_in_other_case_get_the_fields_read_from_the_entries(
        respelling: tuple[int, str], il: str) -> None:
    # Spans that are no spelling of their key as written: in other case, hyphens for spaces,
    # or with OCR damage ("Il" as "II"), which _in_other_case leaves to the general path.
    key_id, span = respelling
    tagger = get_tagger()
    span = span.replace("Il", il)
    assume(span not in {e.variant for e in tagger.index.entries[key_id]})
    assert tagger._fields(span, key_id) == _fields_from_entries(tagger, span, key_id)


def test_context_prefilters_match_the_plain_scan() -> None:
    # Completions, brackets and initials find their few candidates from the brackets and the
    # gaps between names; the result must be the one a plain mention-by-mention pass gives.
    from korname.context import apply_context

    text = ("Pak Heon-yeong [Pak Hon Yong] met Mao [Zedong] and V.I. Ivanov (Ivanov). "
            "Kim Il Sung (Kim Il-song), Kim [Il Sung]; William K. Harrison, Jr. spoke.")
    tagger = get_tagger()
    mentions, cues, _ = tagger._scan(text)
    got = [(m.text, m.person_id, m.group) for m in apply_context(text, mentions, tagger,
                                                                  cues=cues)]
    assert got == [
        ("Pak Heon-yeong", "pak-hon-yong", 1), ("Pak Hon Yong", "pak-hon-yong", 1),
        ("Mao [Zedong]", "mao-zedong", None), ("V.I. Ivanov", "ivanov-vasily", None),
        ("Ivanov", "ivanov-vasily", None),
        ("Kim Il Sung", "kim-il-sung", 2), ("Kim Il-song", "kim-il-sung", 2),
        ("Kim [Il Sung]", "kim-il-sung", None), ("William K. Harrison, Jr.", "harrison-william",
                                                 None),
    ]


def test_spans_beyond_the_limit_are_explained_each_time(monkeypatch: Any) -> None:
    # A tagger remembers a bounded number of spans that are not table spellings; past the
    # bound it explains them afresh, with the same result.
    import korname.tagger
    from korname import Tagger

    text = "KIM IL SUNG met PAK HON YONG; Kim II Sung and Pak Hon-yong agreed."
    remembering = Tagger(get_tagger().table)
    expected = remembering.tag(text)
    assert [m.person_id for m in expected] == ["kim-il-sung", "pak-hon-yong", "kim-il-sung",
                                                "pak-hon-yong"]
    assert "Kim II Sung" in remembering._seen  # OCR damage: no table spelling
    monkeypatch.setattr(korname.tagger, "_SPANS_REMEMBERED", 0)
    forgetting = Tagger(get_tagger().table)
    assert forgetting.tag(text) == expected
    assert forgetting.tag(text) == expected
    assert len(forgetting._seen) == 0


HIT_TABLE = AliasTable.from_persons([
    {"id": "kim-il-sung", "name": "Kim Il Sung", "aliases": ["Ким Ир Сен", "김일성", "金日成"]},
    {"id": "pak-hon-yong", "name": "Pak Hon Yong", "aliases": ["Пак Хен Ен", "박헌영"]},
    {"id": "li-peng", "name": "Li Peng", "origin": "chinese"},
])
HIT_PIECES = ["Kim Il Sung", "KIM II SUNG", "Ким Ир Сен", "КИМ ИР СЕН", "김일성", "金日成", "Pak",
              "Пак Хен Ен", "박헌영", "Li Peng", "Comrade", "ŏ", "№", "—", "\udcff", " ", ", ", "x"]


def _every_occurrence(padded: str, needle: str) -> list[int]:
    found, at = [], padded.find(needle)
    while at != -1:
        found.append(at)
        at = padded.find(needle, at + 1)
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(HIT_PIECES), max_size=10).map("".join))
@example("Ким Ир Сен и 김일성 \udcff Kim Il Sung")  # non-ASCII key: byte offsets mapped back
def test_hits_are_every_occurrence_of_every_key(text: str) -> None:
    """The automaton searches the key's bytes: its hits, in characters, are exactly where
    each key stands as a whole word in the folded text (found here one key at a time)."""
    index = HIT_TABLE.index
    key = fold_text(text).key
    padded = f" {key} "
    expected = sorted((i, at, at + len(k) + 2) for i, k in enumerate(index.keys)
                      for at in _every_occurrence(padded, f" {k} "))
    hits = index.hits(key)
    got = sorted(h for h in hits if h[0] < len(index.keys))
    assert got == expected
    # Leftmost first, and longest first among those that start together.
    assert hits == sorted(hits, key=lambda h: (h[1], -h[2]))


def test_a_lone_surrogate_in_the_text_is_no_error() -> None:
    text = "Kim Il Sung met \udcff Ким Ир Сен."
    got = [(m.start, m.end, m.person_id) for m in Tagger(HIT_TABLE).tag(text)]
    assert got == [(0, 11, "kim-il-sung"), (18, 28, "kim-il-sung")]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="IlL1iaAbB -'.\x00", max_size=16))
@example("S H T Y K O V")
@example("Kim ll\x00Kim Il")
def test_case_sensitive_prefilter_is_the_search(text: str) -> None:
    assert _case_sensitive(text) == (_CASE_SENSITIVE.search(text) is not None)


TRANSLATE_ALPHABET = "aZ \t\r`'-.,ŏŎ’—º\u0306\xad김Жé\udcff\u2028"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=TRANSLATE_ALPHABET, max_size=16))
@example("Kim Il-sŏng’s\tfile")
def test_fast_translate_is_str_translate(text: str) -> None:
    assert _translate(text, _CHAR_TABLE, _CHAR_TABLE_ASCII) == text.translate(_CHAR_TABLE)
    assert _translate(text, _PUNCTUATION_TABLE) == text.translate(_PUNCTUATION_TABLE)
    assert (_translate(text, _PUNCTUATION_TABLE, ascii_bytes=_PUNCTUATION_BYTES)
            == text.translate(_PUNCTUATION_TABLE))


#: The deletion passes' patterns as first written, without their quick refusals.
PLAIN_DELETIONS = {
    "join_hyphenation": r"-(?<=[^\W\d_]-)(?:[ ]*\n[ ]*(?=[^\W\d_])|[ ](?=[a-z]))",
    "drop_inner_apostrophes": r"'(?<=[^\W\d_]')(?=[^\W\d_])(?!s\b)",
    "drop_periods": r"\.(?=[ \n])(?:(?<=\b[A-Z]\.)|(?<=\b[A-Z][a-z]\.))",
    "drop_ocr_colon": r":(?<=[ \n]:)(?=(?:11|II|ll|lI|I1)\b)",
}
DELETION_ALPHABET = "aAsSbIl1é .:'-\n"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=DELETION_ALPHABET, max_size=16))
@example("V. I. Ivanov, Ya. Malik")
@example("Ch'oe Kim's :11-Bong Heon-\nyeong Heon- yeong")
def test_deletion_passes_find_what_their_plain_patterns_find(text: str) -> None:
    passes = dict(DELETIONS)
    for name, pattern in PLAIN_DELETIONS.items():
        assert passes[name](text) == [m.span() for m in re.finditer(pattern, text)], name


def test_fuzzy_choices_are_the_surnames_names_and_made_once() -> None:
    tagger = Tagger(get_tagger().table)
    index = tagger.index
    expected = {i: index.keys[i] for i in index.keys_with_prefix("kim ") if not index.is_cue(i)}
    expected = dict(list(expected.items())[:tagger.config.fuzzy_max_candidates])
    got = tagger.fuzzy_choices("kim")
    assert got == expected and "kim il sung" in got.values()
    assert tagger.fuzzy_choices("kim") is got  # remembered
    assert tagger.fuzzy_choices("zzyzx") == {}


def test_fuzzy_choices_beyond_the_bound_are_made_each_time(monkeypatch: Any) -> None:
    import korname.tagger as tagger_module

    tagger = Tagger(get_tagger().table)
    monkeypatch.setattr(tagger_module, "_FUZZY_REMEMBERED", 1)
    got = tagger.fuzzy_choices("kim")
    assert len(got) > 1 and tagger.fuzzy_choices("kim") == got
    assert tagger.fuzzy_choices("kim") is not got  # too many to remember: made again


def test_hit_offsets_are_mapped_to_characters_in_any_order() -> None:
    """Hits in a non-ASCII key come back in characters: counted on from end to end as the
    automaton reports them, or offset by offset if they come in another order."""
    index = HIT_TABLE.index
    padded = f" {fold_text('Ким Ир Сен и 김일성, Kim Il Sung; 金日成').key} "
    data = padded.encode("utf-8")
    raw = index.patterns.automaton.find_matches_as_indexes(data, overlapping=True)
    in_order = index._in_characters(raw, data)
    assert [(padded[s:e], i) for i, s, e in in_order if i < len(index.keys)] == [
        (f" {index.keys[i]} ", i) for i, _s, _e in in_order if i < len(index.keys)]
    assert index._in_characters(raw[::-1], data) == in_order[::-1]


COMPLETION_PIECES = ["Mao", "[Zedong]", "[", "]", "Kim", "[Il Sung]", "Kim Il Sung", " ",
                     "[Pak Hon Yong]", "Pak Hon-yong", "[sic]", "x", "  ", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(COMPLETION_PIECES), max_size=12).map("".join))
@example("Mao [Zedong] and Mao[Zedong], Kim Il Sung [Pak Hon Yong] [sic]")
def test_completions_are_found_from_the_brackets(text: str) -> None:
    # The rule looks only at the names a bracket follows (found by bisection from the
    # brackets); the plain definition asks every name.
    tagger = get_tagger()
    mentions, cues, _ = tagger._scan(text)
    doc = Document(text, tagger, None, cues)
    expected = list(mentions)
    for i, m in enumerate(mentions):
        if i + 1 < len(mentions) and _alternate(text, m, mentions[i + 1]):
            continue
        full = _completion(doc, m)
        if full is not None and (m.person_id is None or m.person_id in full.candidates):
            expected[i] = full
    assert completions(doc, mentions) == expected


COREFERENCE_PIECES = ["Pak Hon-yong", "Paik Sun-yup", "Pak Il-u", "Kim Chaek", "Kim Kyu-sik",
                      "Mu Chong", "Kim Chon-hae", "Pak", "Kim", "Park", "Gim", "Paek",
                      "Comrade Kim", "(Pak)", "said", ".", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(COREFERENCE_PIECES), max_size=12).map(" ".join))
@example("Pak Hon-yong met Paik Sun-yup and Pak Il-u. Pak said. Kim Chaek, Mu Chong: Kim.")
def test_coreference_candidates_are_the_persons_of_the_surname_named_before(text: str) -> None:
    # The persons of each surname are gathered by groups of persons with the same surname
    # cues (a cue such as "pak" or "kim" belongs to several groups); the candidates of a bare
    # surname must be those a plain pass over the mentions finds: every person of that cue's
    # key named before it, in the order of first naming.
    tagger = get_tagger()
    index = tagger.index
    mentions, cues, _ = tagger._scan(text)
    first_seen: dict[str, int] = {}
    for m in mentions:
        if m.person_id is not None:
            first_seen.setdefault(m.person_id, m.start)
    by_place = {m.start: m for m in coreference(Document(text, tagger, None, cues), mentions)
                if m.method == "coreference"}
    for cue in cues:
        if cue.start not in by_place:
            continue
        before = [pid for pid, at in first_seen.items()
                  if at < cue.start and pid in index.persons[cue.key_id]]
        got = by_place[cue.start]
        assert got.candidates == tuple(before)
        assert got.person_id == (before[0] if len(before) == 1 else None)


def test_initials_rule_is_skipped_only_where_it_cannot_apply() -> None:
    # A table of Korean names without abbreviated spellings: the initials rule has nothing to
    # do, and skipping it gives what running it gives.
    from korname.context import apply_context

    korean = AliasTable.from_persons([
        {"id": "kim-a", "name": "Kim Il Sung", "hangul": "김일성", "born": 1912},
        {"id": "pak-a", "name": "Pak Hon Yong", "hangul": "박헌영", "born": 1900},
    ])
    tagger = Tagger(korean)
    assert not tagger.takes_initials
    text = "V.I. Kim Il Sung met T. F. Pak Hon Yong, Jr. and Kim. Then Pak spoke."
    mentions, cues, _ = tagger._scan(text)
    skipped = apply_context(text, mentions, tagger, cues=cues)
    tagger.takes_initials = True
    assert apply_context(text, mentions, tagger, cues=cues) == skipped
    assert [(m.text, m.person_id) for m in skipped] == [
        ("Kim Il Sung", "kim-a"), ("Pak Hon Yong", "pak-a"), ("Kim", "kim-a"), ("Pak", "pak-a")]
    # An abbreviated spelling or a Western person makes the rule apply.
    abbreviated = AliasTable.from_persons([
        {"id": "kim-a", "name": "Kim Il Sung", "hangul": "김일성", "aliases": ["Kim I.S."]}])
    assert Tagger(abbreviated).takes_initials
    assert get_tagger().takes_initials
