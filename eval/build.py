#!/usr/bin/env python3
"""Build the archival evaluation corpus: eval/passages/*.yaml -> eval/gold/archival.jsonl.

The passages are written by hand with inline gold markup (see eval/README.md). This script
turns each passage into a clean gold document and into noisy copies that imitate what optical
character recognition does to typed archival pages, recomputing every gold offset while it
damages the text, so that ``text[start:end]`` is always the mention as it now reads.

The noise is drawn from a random generator seeded per passage and level, so the output is
byte-for-byte reproducible and adding a passage does not reshuffle the damage of the others.

Usage::

    python eval/build.py            # write eval/gold/archival.jsonl
    python eval/build.py --check    # exit 1 if the committed file is out of date
    python eval/build.py --stats    # print counts per source family, kind and noise level

Only the standard library and PyYAML are used, so the corpus can be rebuilt without installing
the package.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
PASSAGES_DIR = HERE / "passages"
OUTPUT = HERE / "gold" / "archival.jsonl"

#: Changing this string re-draws all noise; bump it only on purpose (and say so in the log).
SEED = "korname-archival-v1"

FAMILIES = ("wilson-rr", "soviet-mr", "cia", "frus", "press", "east-european")
KINDS = ("full", "surname", "pseudonym", "ocr")
NOISE_LEVELS = ("clean", "ocr-light", "ocr-heavy")
AMBIGUOUS = "?"

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MARK = re.compile(r"\{([^{}|]*)\|([^{}|]*)(?:\|([^{}|]*))?\}")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --------------------------------------------------------------------------------------------
# Noise rates. They are per opportunity (per mention, per word, per space), chosen from the
# reading of ~90 real scanned documents summarised in the project's archival conventions: a
# lightly damaged page shows "Il" read as "II" in a third to a half of the names that contain
# it, an occasional lost hyphen and a few broken words per page; a badly scanned CIA carbon
# shows garbage in one name out of three and wrecks a few ordinary words per line.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoiseProfile:
    """How much damage one noise level injects, per opportunity."""

    il_misread: float  # a name token "Il" read as II / I1 / 11 / lI
    il_forms: tuple[str, ...]  # the readings drawn for a misread "Il"
    double_space_with_il: float  # "Kim  II  Sung": doubled spaces come with the misread
    name_hyphen_lost: float  # "PAK HEONYEONG"
    name_space_lost: float  # "KimIl Sung"
    name_garbage: float  # one or two character confusions inside a name ("HO Kal")
    name_glued_to_next: float  # the space after a name is lost ("Nam Ilsaid")
    word_garbage: float  # a character confusion inside an ordinary lower-case word
    double_space: float  # a doubled space between ordinary words
    glued_words: float  # a lost space between two ordinary words
    diacritics_lost: float  # chance per document that non-ASCII letters print as "?"
    wrap_document: float  # chance per document that the page is kept with its line breaks
    wrap_width: tuple[int, int]  # line width range in characters
    hyphenate: float  # at a line end, chance that a long word is split instead of moved


LIGHT = NoiseProfile(
    il_misread=0.45,
    il_forms=("II", "II", "II", "II", "I1", "lI"),
    double_space_with_il=0.3,
    name_hyphen_lost=0.06,
    name_space_lost=0.02,
    name_garbage=0.0,
    name_glued_to_next=0.0,
    word_garbage=0.012,
    double_space=0.012,
    glued_words=0.004,
    diacritics_lost=0.0,
    wrap_document=0.5,
    wrap_width=(58, 74),
    hyphenate=0.25,
)

HEAVY = NoiseProfile(
    il_misread=0.7,
    il_forms=("II", "II", "I1", "11", "lI", "ll", ":1"),
    double_space_with_il=0.5,
    name_hyphen_lost=0.15,
    name_space_lost=0.06,
    name_garbage=0.3,
    name_glued_to_next=0.03,
    word_garbage=0.05,
    double_space=0.03,
    glued_words=0.01,
    diacritics_lost=0.6,
    wrap_document=1.0,
    wrap_width=(52, 70),
    hyphenate=0.35,
)

PROFILES = {"ocr-light": LIGHT, "ocr-heavy": HEAVY}

#: Typewriter-and-scanner confusions: what each letter (or pair) is misread as.
CONFUSIONS: dict[str, tuple[str, ...]] = {
    "rn": ("m",),
    "m": ("rn",),
    "cl": ("d",),
    "li": ("h",),
    "i": ("l", "1", "í"),
    "l": ("1", "I", "i"),
    "I": ("l", "1"),
    "e": ("c", "o"),
    "c": ("e",),
    "o": ("0", "c", "a"),
    "O": ("0", "Q"),
    "a": ("o", "s"),
    "n": ("u", "ri"),
    "u": ("n", "ii"),
    "h": ("b", "li"),
    "S": ("5", "B"),
    "B": ("8",),
    "G": ("C", "6"),
    "-": ("", ".", ":", "~"),
    "'": ("", "`", ","),
}

#: Letters that lose their diacritic marks or whole shape on old scanners and in old fonts.
NON_ASCII_LOSS = "ŏŭŎŬłńśżźćąęóŁŚŻĆöüäéáíèšžčřěůñ"

HYPHEN_MARKERS = ("-\n", "-\n", "-\n", "¬\n", "- ")
#: Minimum letters kept on each side of an end-of-line hyphenation.
MIN_SPLIT = 2
#: Ordinary words shorter than this are never damaged (they hold no useful signal).
MIN_WORD_DAMAGE = 4
#: Marked forms shorter than this ("O") are not searched for when looking for forgotten marks.
MIN_FORM_CHECK = 2


# --------------------------------------------------------------------------------------------
# Passages and their markup
# --------------------------------------------------------------------------------------------


class CorpusError(ValueError):
    """A passage file does not follow the markup rules; the message says where."""


@dataclass(frozen=True)
class Mention:
    """A gold mention: offsets into the document text, the person (None if ambiguous), kind."""

    start: int
    end: int
    person_id: str | None
    kind: str


@dataclass(frozen=True)
class Passage:
    """One hand-written passage after its markup has been parsed."""

    id: str
    date: str | None
    source: str
    text: str
    mentions: tuple[Mention, ...]
    origin: str  # file name, for error messages
    #: Strings that name nobody in the table and are left unmarked on purpose (Kim I.M.).
    unmarked: tuple[str, ...] = ()


def parse_markup(marked: str, where: str = "") -> tuple[str, tuple[Mention, ...]]:
    """Strip ``{surface|person_id[|kind]}`` marks and return the clean text and its mentions."""
    out: list[str] = []
    mentions: list[Mention] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        _check_no_braces(before, where)
        out.append(before)
        length += len(before)
        surface, pid, kind = m.group(1), m.group(2).strip(), (m.group(3) or "full").strip()
        if not surface or surface != surface.strip():
            raise CorpusError(f"{where}: mention {m.group(0)!r} has an empty or padded surface")
        if pid != AMBIGUOUS and not _ID.match(pid):
            raise CorpusError(f"{where}: {pid!r} in {m.group(0)!r} is not a person id or '?'")
        if kind not in KINDS:
            raise CorpusError(f"{where}: kind {kind!r} in {m.group(0)!r} is not one of {KINDS}")
        mentions.append(
            Mention(length, length + len(surface), None if pid == AMBIGUOUS else pid, kind)
        )
        out.append(surface)
        length += len(surface)
        pos = m.end()
    rest = marked[pos:]
    _check_no_braces(rest, where)
    out.append(rest)
    return "".join(out), tuple(mentions)


def _check_no_braces(chunk: str, where: str) -> None:
    """Reject stray braces: they are always a broken mark, never archival text."""
    for ch in "{}":
        i = chunk.find(ch)
        if i >= 0:
            snippet = chunk[max(0, i - 30) : i + 30]
            raise CorpusError(f"{where}: stray {ch!r} (broken mark?) near {snippet!r}")


def _date(value: Any, where: str) -> str | None:
    """Accept an ISO date (YAML may already have parsed it) or null."""
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.match(value):
        _dt.date.fromisoformat(value)
        return value
    raise CorpusError(f"{where}: date {value!r} is not YYYY-MM-DD or null")


def load_passages(directory: Path = PASSAGES_DIR) -> list[Passage]:
    """Read every passage file, in file-name order and then in file order."""
    passages: list[Passage] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            raise CorpusError(f"{path.name}: not valid YAML: {exc}") from exc
        if not isinstance(entries, list):
            raise CorpusError(f"{path.name}: the file must be a YAML list of passages")
        for n, entry in enumerate(entries, 1):
            where = f"{path.name} #{n}"
            if not isinstance(entry, dict):
                raise CorpusError(f"{where}: a passage is a mapping")
            unknown = set(entry) - {"id", "date", "source", "text", "note", "unmarked"}
            if unknown:
                raise CorpusError(f"{where}: unknown keys {sorted(unknown)}")
            pid = entry.get("id")
            if not isinstance(pid, str) or not _ID.match(pid):
                raise CorpusError(f"{where}: id {pid!r} is not a slug")
            where = f"{path.name} {pid}"
            if pid in seen:
                raise CorpusError(f"{where}: id already used in {seen[pid]}")
            seen[pid] = path.name
            source = entry.get("source")
            if source not in FAMILIES:
                raise CorpusError(f"{where}: source {source!r} is not one of {FAMILIES}")
            marked = entry.get("text")
            if not isinstance(marked, str) or not marked.strip():
                raise CorpusError(f"{where}: text is missing")
            text, mentions = parse_markup(marked.strip(), where)
            unmarked = entry.get("unmarked") or []
            if not isinstance(unmarked, list) or not all(isinstance(u, str) for u in unmarked):
                raise CorpusError(f"{where}: unmarked must be a list of strings")
            for u in unmarked:
                if u not in text:
                    raise CorpusError(f"{where}: unmarked string {u!r} is not in the text")
            passages.append(
                Passage(
                    pid,
                    _date(entry.get("date"), where),
                    source,
                    text,
                    mentions,
                    path.name,
                    tuple(unmarked),
                )
            )
    return passages


def unmarked_names(passages: Sequence[Passage]) -> list[tuple[str, str, int]]:
    """Places where a form marked somewhere in the corpus occurs without a mark.

    A forgotten mark is the commonest error in hand-made gold; a linker that finds the name
    would be charged with a false positive. Occurrences inside a passage's ``unmarked`` strings
    are deliberate and skipped. Returns (passage id, form, offset) triples.
    """
    forms = {p.text[m.start : m.end] for p in passages for m in p.mentions}
    forms = {f for f in forms if len(f) >= MIN_FORM_CHECK and "\n" not in f}
    pattern = re.compile(
        r"(?<![\w'’])(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w])"
    )
    found = []
    for p in passages:
        covered = [False] * len(p.text)
        for m in p.mentions:
            covered[m.start : m.end] = [True] * (m.end - m.start)
        for u in p.unmarked:
            for i in _find_all(p.text, u):
                covered[i : i + len(u)] = [True] * len(u)
        for hit in pattern.finditer(p.text):
            if not any(covered[hit.start() : hit.end()]):
                found.append((p.id, hit.group(0), hit.start()))
    return found


# --------------------------------------------------------------------------------------------
# Noise injection
#
# A document is held as segments: the text between mentions (owner -1) and the mentions
# (owner = index). Name damage rewrites mention segments, word damage rewrites the others;
# then the page is re-flowed character by character, each character remembering its owner,
# so the new offsets of every mention fall out of the owners at the end.
# --------------------------------------------------------------------------------------------

Segment = tuple[str, int]
_IL_TOKEN = re.compile(r"(?<![A-Za-z])Il(?![a-z])")
_LOWER_WORD = re.compile(r"(?<![\w.'’-])[a-z]{" + str(MIN_WORD_DAMAGE) + r",}(?![\w'’-])")


def segments_of(text: str, mentions: Sequence[Mention]) -> list[Segment]:
    """Cut a text into alternating outside / mention segments."""
    segs: list[Segment] = []
    pos = 0
    for i, m in enumerate(mentions):
        if m.start > pos:
            segs.append((text[pos : m.start], -1))
        segs.append((text[m.start : m.end], i))
        pos = m.end
    if pos < len(text):
        segs.append((text[pos:], -1))
    return segs


def confuse(word: str, rng: random.Random, times: int = 1) -> str:
    """Apply ``times`` scanner confusions at random places of ``word``."""
    for _ in range(times):
        spots = [(i, key) for key in CONFUSIONS for i in _find_all(word, key)]
        if not spots:
            break
        i, key = rng.choice(spots)
        word = word[:i] + rng.choice(CONFUSIONS[key]) + word[i + len(key) :]
    return word


def _find_all(text: str, key: str) -> Iterable[int]:
    i = text.find(key)
    while i >= 0:
        yield i
        i = text.find(key, i + 1)


def damage_name(name: str, p: NoiseProfile, rng: random.Random) -> str:
    """Damage one mention the way scanners damage names (never to an empty or padded form)."""
    new = name
    if _IL_TOKEN.search(new) and rng.random() < p.il_misread:
        new = _IL_TOKEN.sub(lambda _m: rng.choice(p.il_forms), new)
        if " " in new and rng.random() < p.double_space_with_il:
            new = new.replace(" ", "  ")
    if "-" in new and rng.random() < p.name_hyphen_lost:
        new = _drop_one(new, "-", rng)
    if new.count(" ") >= 1 and rng.random() < p.name_space_lost:
        new = _drop_one(new, " ", rng)
    if rng.random() < p.name_garbage:
        new = confuse(new, rng, times=rng.choice((1, 1, 2)))
    new = new.strip()
    return new if new else name


def _drop_one(text: str, ch: str, rng: random.Random) -> str:
    spots = [i for i in _find_all(text, ch) if 0 < i < len(text) - 1]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[:i] + text[i + 1 :]


def damage_outside(text: str, p: NoiseProfile, rng: random.Random) -> str:
    """Damage ordinary prose: only lower-case words and single spaces, never numerals or caps.

    Roman numerals, initials, dates and citations (World War II, 8.II.1950, I.V., ll. 89-91)
    are left exactly as written, so that they stay the traps they are meant to be.
    """
    text = _LOWER_WORD.sub(
        lambda m: confuse(m.group(0), rng) if rng.random() < p.word_garbage else m.group(0), text
    )

    def space(m: re.Match[str]) -> str:
        r = rng.random()
        if r < p.double_space:
            return "  "
        if r < p.double_space + p.glued_words:
            return ""
        return " "

    return re.sub(r"(?<=[a-z,]) (?=[a-z])", space, text)


def damage_segments(segs: list[Segment], p: NoiseProfile, rng: random.Random) -> list[Segment]:
    """Name damage in mentions, word damage elsewhere, and names glued to the next word."""
    out: list[Segment] = []
    for k, (text, owner) in enumerate(segs):
        if owner >= 0:
            out.append((damage_name(text, p, rng), owner))
            continue
        prev_is_name = k > 0 and segs[k - 1][1] >= 0
        new = damage_outside(text, p, rng)
        if prev_is_name and re.match(r" [a-z]", new) and rng.random() < p.name_glued_to_next:
            new = new[1:]
        out.append((new, owner))
    if rng.random() < p.diacritics_lost:
        table = str.maketrans({c: "?" for c in NON_ASCII_LOSS})
        out = [(t.translate(table), o) for t, o in out]
    return out


def reflow(
    chars: list[str], owners: list[int], p: NoiseProfile, rng: random.Random
) -> tuple[list[str], list[int]]:
    """Break the text into lines as a typed page would, hyphenating some long words.

    A line break that falls inside a name stays inside the mention ("Ri\\nPil-gyu"); so does
    a hyphenation mark ("Pak Heon-\\nyeong", "Heon¬\\nyeong", flattened "Heon- yeong").
    """
    text = "".join(chars)
    width = rng.randint(*p.wrap_width)
    out_c: list[str] = []
    out_o: list[int] = []
    col = 0
    for tok in re.finditer(r"\s+|\S+", text):
        a, b = tok.span()
        word = text[a:b]
        if word[0].isspace():
            out_c.extend(word)
            out_o.extend(owners[a:b])
            col = len(word) - word.rfind("\n") - 1 if "\n" in word else col + len(word)
            continue
        if col > 0 and col + len(word) > width:
            k = _split_point(word, owners[a:b], width - col)
            if k and rng.random() < p.hyphenate:
                owner = owners[a + k - 1]
                marker = "\n" if word[k - 1] == "-" else rng.choice(HYPHEN_MARKERS)
                out_c.extend(word[:k])
                out_o.extend(owners[a : a + k])
                out_c.extend(marker)
                out_o.extend([owner] * len(marker))
                out_c.extend(word[k:])
                out_o.extend(owners[a + k : b])
                col = len(word) - k if marker.endswith("\n") else col + len(word) + len(marker)
                continue
            if out_c and out_c[-1] == " ":
                out_c[-1] = "\n"
                col = 0
        out_c.extend(word)
        out_o.extend(owners[a:b])
        col += len(word)
    return out_c, out_o


def _split_point(word: str, owners: Sequence[int], room: int) -> int:
    """Where a word can be hyphenated to fit ``room`` characters; 0 when it cannot."""
    best = 0
    for k in range(MIN_SPLIT, len(word) - MIN_SPLIT + 1):
        if k + 1 > room:
            break
        left, right = word[k - 1], word[k]
        if owners[k - 1] != owners[k]:
            continue
        if (left.isalpha() and right.isalpha()) or left == "-":
            best = k
    return best


def add_noise(
    text: str, mentions: Sequence[Mention], level: str, rng: random.Random
) -> tuple[str, tuple[Mention, ...]]:
    """Return a damaged copy of ``text`` and its mentions with recomputed offsets.

    A mention whose text changed becomes kind "ocr"; its person stays the same.
    """
    p = PROFILES[level]
    segs = damage_segments(segments_of(text, mentions), p, rng)
    chars: list[str] = []
    owners: list[int] = []
    for seg_text, owner in segs:
        chars.extend(seg_text)
        owners.extend([owner] * len(seg_text))
    if rng.random() < p.wrap_document:
        chars, owners = reflow(chars, owners, p, rng)
    new_text = "".join(chars)
    spans: dict[int, list[int]] = {}
    for i, owner in enumerate(owners):
        if owner >= 0:
            spans.setdefault(owner, []).append(i)
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        idx = spans[i]
        start, end = idx[0], idx[-1] + 1
        if end - start != len(idx):
            raise AssertionError(f"mention {i} is no longer contiguous")
        kind = "ocr" if new_text[start:end] != text[m.start : m.end] else m.kind
        out.append(Mention(start, end, m.person_id, kind))
    return new_text, tuple(out)


def rng_for(passage_id: str, level: str) -> random.Random:
    """A generator seeded by the passage and level alone (stable under corpus edits)."""
    digest = hashlib.sha256(f"{SEED}:{passage_id}:{level}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


def document(passage: Passage, level: str) -> dict[str, Any]:
    """One gold document (the JSON Lines schema of the project's API notes)."""
    if level == "clean":
        text, mentions = passage.text, passage.mentions
    else:
        text, mentions = add_noise(
            passage.text, passage.mentions, level, rng_for(passage.id, level)
        )
    return {
        "id": f"{passage.id}-{level}",
        "text": text,
        "date": passage.date,
        "noise": level,
        "source": passage.source,
        "mentions": [
            {"start": m.start, "end": m.end, "person_id": m.person_id, "kind": m.kind}
            for m in mentions
        ],
    }


def build_documents(
    passages: Iterable[Passage], levels: Sequence[str] = NOISE_LEVELS
) -> list[dict[str, Any]]:
    """Every passage at every noise level, passage by passage."""
    return [document(p, level) for p in passages for level in levels]


def render(docs: Iterable[dict[str, Any]]) -> str:
    """Serialize documents as JSON Lines (UTF-8, one document a line, stable key order)."""
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def stats(docs: Sequence[dict[str, Any]]) -> str:
    """A short table of what the corpus contains."""
    lines = []
    for level in NOISE_LEVELS:
        sub = [d for d in docs if d["noise"] == level]
        kinds = Counter(m["kind"] for d in sub for m in d["mentions"])
        null = sum(m["person_id"] is None for d in sub for m in d["mentions"])
        total = sum(kinds.values())
        lines.append(
            f"{level}: {len(sub)} documents, {total} mentions, {null} ambiguous, "
            + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
        )
    fams = Counter(d["source"] for d in docs if d["noise"] == "clean")
    lines.append("families: " + ", ".join(f"{f} {fams[f]}" for f in FAMILIES))
    persons = {m["person_id"] for d in docs for m in d["mentions"] if m["person_id"]}
    lines.append(f"distinct persons: {len(persons)}")
    return "\n".join(lines)


def main(
    argv: Sequence[str] | None = None, write: Callable[[str], object] = sys.stdout.write
) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; fail if the committed corpus is out of date",
    )
    parser.add_argument("--stats", action="store_true", help="print corpus counts")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        passages = load_passages()
        docs = build_documents(passages)
    except CorpusError as exc:
        write(f"error: {exc}\n")
        return 2
    for pid, form, offset in unmarked_names(passages):
        write(
            f"warning: {pid}: {form!r} at {offset} is not marked (mark it or list it under"
            " unmarked)\n"
        )
    data = render(docs)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != data:
            write(f"{args.output.name} is out of date: run python eval/build.py\n")
            return 1
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_bytes(data.encode("utf-8"))
    if args.stats:
        write(stats(docs) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
