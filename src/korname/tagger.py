"""The tagger: finds every mention of a table's persons in a text and says why it matched."""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import NamedTuple

from .config import DEFAULT, Config
from .context import apply_context
from .gcpause import gc_paused
from .index import KeyEntry, NameIndex
from .keys import OCR_FOLDS, FoldedText, explain_fold, fold_text, letter_run, plain_folds_beyond
from .lost import LostLetters
from .mention import Mention
from .table import AliasTable, load_table

__all__ = ["Cue", "Tagger", "tag"]

_EXPLAIN_CACHE = 1 << 16
#: A tagger that prepares at least this many spellings collects garbage once when built: below
#: it, the collector's own passes over the new objects cost less than one full collection.
_COLLECT_AFTER = 50_000
#: How many written spans that are not table spellings a tagger remembers with their fields
#: (each costs about 200 bytes; beyond this, a new span is explained each time it is seen).
_SPANS_REMEMBERED = 1 << 18
#: person_id, name, candidates, method, confidence, steps, variant, score, group: every field
#: of a Mention after its place, so that one tuple makes the mention.
_MentionFields = tuple[
    "str | None", "str | None", tuple[str, ...], str, float, tuple[str, ...], str,
    None, None,
]
#: Makes a Mention from a tuple of all its fields without the keyword handling of the named
#: tuple's own constructor (about half the cost of making one, per mention of a long text).
_new_mention = tuple.__new__
#: Beyond any offset: the end of the last segment of a folded text.
_FAR = 1 << 62
#: How many candidates for fuzzy matching a tagger remembers, all surnames together (each
#: costs about 80 bytes; a surname has up to Config.fuzzy_max_candidates).
_FUZZY_REMEMBERED = 1 << 18


@lru_cache(maxsize=_EXPLAIN_CACHE)
def _folds_of(text: str) -> tuple[str, ...]:
    return explain_fold(text)[1]


@lru_cache(maxsize=_EXPLAIN_CACHE)
def _how(span: str, variant: str) -> tuple[str, tuple[str, ...]]:
    """Method and fold steps that turn the written span into the table spelling's key."""
    if span == variant:
        return "exact", ()
    mine = _folds_of(span)
    theirs = set(_folds_of(variant))
    steps = tuple(f for f in mine if f not in theirs)
    if not OCR_FOLDS.isdisjoint(steps):
        return "ocr", steps
    return "folded", steps


@lru_cache(maxsize=_EXPLAIN_CACHE)
def _spelling_steps(systems: frozenset[str]) -> tuple[str, ...]:
    """The steps naming the systems behind a spelling (one tuple per distinct set)."""
    return tuple(f"spelling:{s}" for s in sorted(systems))


def _chunks(text: str, size: int) -> Iterator[int]:
    """Start offsets of pieces of about size characters, cut at blank lines (or line breaks)."""
    start = 0
    n = len(text)
    while start < n:
        yield start
        if n - start <= size:
            return
        cut = text.find("\n\n", start + size)
        if cut == -1:
            cut = text.find("\n", start + size)
        if cut == -1:
            return
        start = cut + 1


class Cue(NamedTuple):
    """A bare surname in the text ("Kim", "PAK"): context decides whether it names someone."""

    start: int
    end: int
    text: str
    key_id: int
    #: False when the scan saw no title word's key just before it (no title to look for).
    maybe_titled: bool = True


class Tagger:
    """Finds mentions with a table's compiled index. Build once, call many times."""

    def __init__(self, table: AliasTable | None = None, config: Config = DEFAULT) -> None:
        self.table = table if table is not None else load_table()
        self.config = config
        self.index: NameIndex = self.table.index
        self._names = {p.id: p.name for p in self.table}
        #: Persons whose names take initials and a first name in front (Western and Soviet).
        self.western = frozenset(p.id for p in self.table if p.origin in ("russian", "other"))
        #: Whether the initials rule can ever apply: only to Western and Soviet persons and to
        #: abbreviated spellings ("Harrison Jr."); a table of Korean names alone has neither.
        self.takes_initials = bool(self.western) or any(
            e.variant.endswith(".") for es in self.index.entries for e in es)
        self._confidence = {"exact": config.confidence_exact, "folded": config.confidence_folded,
                            "ocr": config.confidence_ocr}
        #: (steps, title) -> the steps with the title rule's step: see context.titles.
        self.titled_steps: dict[tuple[tuple[str, ...], str], tuple[str, ...]] = {}
        #: The characters before a name -> the title word they end with, or None: see
        #: context.Document.title_before.
        self.titles_before: dict[str, str | None] = {}
        #: Key index -> the fields of its first table spelling (None exactly for a surname cue,
        #: which the scan reads from it): the spelling most mentions of the key are written in,
        #: one list index away.
        self._first: list[_MentionFields | None] = [None] * len(self.index)
        #: Key index -> the fields of its other table spellings ("Pak Hon-yong" and "Pak Hon
        #: Yong" share a key), tried in order after the first.
        self._others: list[tuple[_MentionFields, ...]] = [()] * len(self.index)
        with gc_paused():
            prepared = self._prepare()
        #: A written span that is no table spelling of the key it matched (capitals, OCR
        #: damage) -> (that key, the fields of its mentions but their place), remembered up to
        #: a bound: a long batch of damaged scans must not grow the tagger without limit.
        self._seen: dict[str, tuple[int, _MentionFields]] = {}
        #: Surname key -> its candidates for fuzzy matching (see fuzzy_choices), and how many
        #: candidates that is in all (bounded: a long batch must not grow the tagger).
        self._fuzzy_choices: dict[str, dict[int, str]] = {}
        self._fuzzy_remembered = 0
        if prepared >= _COLLECT_AFTER:
            # As after building the index (see NameIndex.build): one full collection moves
            # the prepared fields to the oldest generation at once, instead of letting the
            # next tag() calls' collections walk them generation by generation.
            gc.collect()

    def _prepare(self) -> int:
        """The fields of every table spelling written exactly as in the table, by key: what
        _fields gives for them, made in one pass over the index without explaining each one
        (the first sight of a spelling in a text then costs a list read; at 100,000 keys this
        is about a tenth of the index's build time). Returns how many were made."""
        first = self._first
        others = self._others
        index = self.index
        names = self._names
        exact = self._confidence["exact"]
        ambiguous = self.config.confidence_ambiguous
        steps_of = _spelling_steps
        made = 0
        for key_id, (entries, persons, cue) in enumerate(
            zip(index.entries, index.persons, index.cue_flags, strict=True)
        ):
            if cue:
                continue
            if len(persons) == 1:
                pid: str | None = persons[0]
                name: str | None = names[persons[0]]
                conf = exact
            else:
                pid, name, conf = None, None, ambiguous
            # The first entry of each spelling, as _fields (through entry_for) finds it: a
            # spelling's key is its fold, so no other key holds it.
            by_variant: dict[str, KeyEntry] = {}
            for e in entries:
                by_variant.setdefault(e.variant, e)
            mine = [(pid, name, persons, "exact", conf, steps_of(e.systems), variant, None, None)
                    for variant, e in by_variant.items()]
            first[key_id] = mine[0]
            others[key_id] = tuple(mine[1:])
            made += len(mine)
        return made

    def _fields(self, span: str, key_id: int, *, spelled_otherwise: bool = False) -> _MentionFields:
        """Every field of a mention of key_id written as span, but its place (cached).

        ``spelled_otherwise``: the caller knows that span is none of the table's spellings of
        key_id, neither as written (the scan compared it with each) nor in other letter case
        or hyphens (it asked _in_other_case): then it is no table spelling at all, since a
        spelling's key is its fold, and the table is not asked for it (a lookup in a dict of
        every spelling, for a span most often seen once)."""
        index = self.index
        entry: KeyEntry = index.entries[key_id][0]
        if entry.variant != span and not spelled_otherwise:
            # The spelling as written, if the table has it exactly (a key can hold many).
            entry = index.entry_for(span) or entry
        variant = entry.variant
        method = "exact"
        folds: tuple[str, ...] = ()
        if span != variant:
            # Most such spans are a table spelling of the key in other letter case or hyphens
            # ("KIM IL SUNG", "NAM CHIN HYŎK"); else the key's first spelling, and the folds
            # that explain span.
            other_case = None if spelled_otherwise else self._in_other_case(span, key_id)
            if other_case is not None:
                return other_case
            method, folds = _how(span, variant)
        steps = _spelling_steps(entry.systems) + folds
        persons = index.persons[key_id]
        if len(persons) == 1:
            pid: str | None = persons[0]
            name: str | None = self._names[persons[0]]
            conf = self._confidence[method]
        else:
            pid, name, conf = None, None, self.config.confidence_ambiguous
        return pid, name, persons, method, conf, steps, variant, None, None

    def _in_other_case(self, span: str, key_id: int) -> _MentionFields | None:
        """The fields of span if it is one of key_id's table spellings in other letter case or
        hyphens, else None: that spelling's prepared fields, with the folds span needs beyond
        the spelling's own read off without explaining either (see plain_folds_beyond).

        The spellings are tried in the order of the key's entries, each with its first entry's
        fields (as _prepare made them): what reading the entries themselves would find, from a
        tuple the scan has just read. A bare surname's key has none (no mention is made of it).
        """
        first = self._first[key_id]
        if first is None:
            return None
        for fields in (first, *self._others[key_id]):
            folds = plain_folds_beyond(span, fields[6])
            if folds is not None:
                pid, name, persons, _exact, conf, steps, variant, _, _ = fields
                if pid is not None:
                    conf = self._confidence["folded"]
                return pid, name, persons, "folded", conf, steps + folds, variant, None, None
        return None

    def _lost_fields(self, span: str, filled: str, key_id: int) -> _MentionFields:
        """The fields of a mention whose lost letters ("K?m") were read as in filled ("Kim")."""
        pid, name, persons, _method, conf, steps, variant, _, _ = self._fields(filled, key_id)
        if len(persons) == 1:
            conf = self.config.confidence_lost_letter
        return (pid, name, persons, "ocr", conf, (*steps, f"lost-letter:{span} read as {filled}"),
                variant, None, None)

    def fuzzy_choices(self, surname_key: str) -> dict[int, str]:
        """Key index -> key of the names that start with a surname's key (bare surnames left
        out), at most Config.fuzzy_max_candidates: what a name of that surname that matched
        nothing is compared with. Made once per surname: a text that names many persons the
        table does not know ("Kim Tae-hong") asks for the same few surnames again and again."""
        choices = self._fuzzy_choices.get(surname_key)
        if choices is None:
            index = self.index
            cue_flags = index.cue_flags
            keys = index.keys
            ids = [i for i in index.keys_with_prefix(surname_key + " ") if not cue_flags[i]]
            choices = {i: keys[i] for i in ids[:self.config.fuzzy_max_candidates]}
            if self._fuzzy_remembered + len(choices) <= _FUZZY_REMEMBERED:
                self._fuzzy_choices[surname_key] = choices
                self._fuzzy_remembered += len(choices)
        return choices

    @cached_property
    def _lost_letters(self) -> LostLetters:
        """The filler of lost letters for this index (made when a text first has one)."""
        return LostLetters(self.index)

    def scan(self, text: str) -> list[Mention]:
        """Dictionary matches only, without document context."""
        return self._scan(text)[0]

    def _scan(self, text: str) -> tuple[list[Mention], list[Cue], list[int]]:
        """The mentions of table spellings, the bare surnames, and the indexes of the mentions
        just after a title word (where the titles rule looks)."""
        out: list[Mention] = []
        cues: list[Cue] = []
        after_title: list[int] = []
        size = self.config.chunk_chars
        starts = list(_chunks(text, size)) if len(text) > size else [0]
        bounds = [*starts[1:], len(text)]
        for base, stop in zip(starts, bounds, strict=True):
            piece = text[base:stop] if (base, stop) != (0, len(text)) else text
            # Words with lost letters ("K?m") are read with them filled in, where a name fits.
            filled = self._lost_letters.fill(piece) if "?" in piece else piece
            # The fold without its letter-spacing pass first: the same key, unless the automaton
            # sees three one-letter words in a row (two pairs of them, hits past the keys), rare
            # in prose; then the piece is read again with that pass. Without ocr_il either: the
            # index reads the confusions of "Il" for the few words they are.
            marks = len(out), len(cues), len(after_title)
            folded = fold_text(filled, letter_spaced=False, ocr_il=False)
            pairs = self._read(text, base, piece, filled, folded, out, cues, after_title)
            if pairs and letter_run(pairs):
                del out[marks[0]:], cues[marks[1]:], after_title[marks[2]:]
                self._read(text, base, piece, filled, fold_text(filled, ocr_il=False), out,
                           cues, after_title)
        return out, cues, after_title

    def _read(self, text: str, base: int, piece: str, filled: str, folded: FoldedText,
              out: list[Mention], cues: list[Cue], after_title: list[int]) -> list[int]:
        """Add the mentions, bare surnames and titled mentions of one piece of text (at base in
        text; filled: the piece with its lost letters filled in, and folded its fold) to out,
        cues and after_title; return where pairs of one-letter words start in the key (hits
        that are no name: see keys.letter_run)."""
        index = self.index
        n_keys = len(index.keys)
        runs_from = index.runs_from  # the first hit index of a pair of one-letter words
        checked_from = index.patterns.checked_from
        resolve = index.patterns.resolve
        seen = self._seen
        seen_get = seen.get
        first = self._first
        others = self._others
        new_mention = new_cue = _new_mention
        pairs: list[int] = []
        hits = index.raw_hits(folded.key)
        key = folded.key
        cased = folded.cased
        seg_key, seg_orig = folded.segments
        n_seg = len(seg_key)
        # FoldedText.to_original for both ends of each hit, inlined: key offsets from
        # seg_key[i] up to seg_next are original offsets minus shift. Hits come in order, so
        # the segment only moves forward (most names lie within one segment).
        i = 0
        shift = base + seg_orig[0] - seg_key[0] if n_seg else base
        seg_next = seg_key[1] if n_seg > 1 else _FAR
        last_end = -1
        title_end = -1
        # Greedy leftmost-longest selection of the hits, in the loop that runs once per hit.
        for key_id, s, e in hits:
            if key_id >= n_keys:
                if key_id < checked_from:  # a title word: the next name may follow it
                    title_end = e - 2
                    continue
                if key_id >= runs_from:  # a pair of one-letter words: no name
                    pairs.append(s)
                    continue
                # A checked pattern (OCR confusions of "Il"): the key it stands for here.
                key_id = resolve(key_id, s, cased)
                if key_id < 0:
                    continue
            if s < last_end:
                continue  # overlaps the name chosen before
            e -= 2
            last_end = e
            titled = False
            if title_end >= 0:
                # Only spaces between the two in the key: the titles rule will look.
                titled = key[title_end:s].isspace()
                title_end = -1
            if s >= seg_next:
                i = bisect_right(seg_key, s) - 1
                shift = base + seg_orig[i] - seg_key[i]
                seg_next = seg_key[i + 1] if i + 1 < n_seg else _FAR
            if e <= seg_next:
                s += shift
                e += shift
            else:  # the name spans a deletion ("Heon-\nyeong")
                j = bisect_right(seg_key, e - 1) - 1
                s += shift
                e += base + seg_orig[j] - seg_key[j]
            span = text[s:e]
            fields = first[key_id]
            if fields is None:  # a bare surname: a cue, not a mention
                cues.append(new_cue(Cue, (s, e, span, key_id, titled)))
                continue
            if titled:
                after_title.append(len(out))
            if fields[6] != span:  # not the key's first table spelling
                for fields in others[key_id]:
                    if fields[6] == span:
                        break
                else:  # not a table spelling as written: capitals, OCR damage...
                    lost = filled[s - base:e - base] if filled is not piece else span
                    if lost != span:  # read with its lost letters filled in
                        fields = self._lost_fields(span, lost, key_id)
                    else:
                        known = seen_get(span)
                        if known is None or known[0] != key_id:
                            # Most often the key's spelling in capitals: its prepared
                            # fields, without reading the key's entries again.
                            fields = self._in_other_case(span, key_id)
                            if fields is None:
                                fields = self._fields(span, key_id, spelled_otherwise=True)
                            known = (key_id, fields)
                            if len(seen) < _SPANS_REMEMBERED:
                                seen[span] = known
                        fields = known[1]
            # Concatenated: unpacking builds a list first, about half again slower.
            out.append(new_mention(Mention, (s, e, span) + fields))  # noqa: RUF005
        return pairs

    def tag(self, text: str, *, date: str | int | None = None) -> list[Mention]:
        """Every mention in text, with document context applied (brackets, dates, coreference)."""
        with gc_paused():
            mentions, cues, after_title = self._scan(text)
            return apply_context(text, mentions, self, cues=cues, date=date,
                                 after_title=after_title)


@lru_cache(maxsize=8)
def _tagger_for(table: AliasTable) -> Tagger:
    return Tagger(table)


def get_tagger(table: AliasTable | None = None) -> Tagger:
    return _tagger_for(table if table is not None else load_table())


def tag(
    text: str, *, table: AliasTable | None = None, date: str | int | None = None
) -> list[Mention]:
    """Find every person mentioned in text.

    >>> [(m.text, m.person_id) for m in tag("Cde. Kim II Sung met Nam Il.")]
    [('Kim II Sung', 'kim-il-sung'), ('Nam Il', 'nam-il')]
    """
    return get_tagger(table).tag(text, date=date)
