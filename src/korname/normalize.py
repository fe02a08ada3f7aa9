"""normalize(): rewrite the mentions a tagger found, and report every change with its reasons."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Literal

from .keys import OCR_COLON, OCR_IL
from .mention import Mention
from .table import AliasTable, Person, load_table
from .tagger import get_tagger
from .variants import display_surname

__all__ = ["Change", "Report", "normalize", "normalize_and_report", "render_name", "repair_ocr"]

Mode = Literal["canonical", "repair"]
MODES = ("canonical", "repair")
SPELLINGS = ("table", "mr", "lc", "rr", "nk", "yale", "pinyin", "wg")

_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


@dataclass(frozen=True)
class Change:
    """One edit: original offsets, the text before and after, and why."""

    start: int
    end: int
    before: str
    after: str
    person_id: str | None
    steps: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["steps"] = list(self.steps)
        return d


@dataclass(frozen=True)
class Report:
    """The result of normalize_and_report: new text, the mentions found, the changes made."""

    text: str
    original: str
    mentions: tuple[Mention, ...]
    changes: tuple[Change, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "mentions": [m.to_dict() for m in self.mentions],
            "changes": [c.to_dict() for c in self.changes],
        }


def repair_ocr(span: str) -> str:
    """Undo OCR damage inside a name and nothing else: II -> Il, ':11' -> 'Il', double spaces.

    >>> repair_ocr("Kim  II  Sung"), repair_ocr("KIM II SUNG"), repair_ocr("KIM :11-Bong")
    ('Kim Il Sung', 'KIM IL SUNG', 'KIM Il-Bong')
    """
    letters = [c for c in span if c.isalpha()]
    shouting = len(letters) > 2 and all(c.isupper() for c in letters if c not in "Il")
    # The same patterns as the match-key folds drop_ocr_colon and ocr_il, but keeping case.
    fixed = OCR_COLON.sub("", span)
    fixed = OCR_IL.sub("IL" if shouting and not _has_lower(span) else "Il", fixed)
    return _SPACE_RUN.sub(" ", fixed)


def _has_lower(s: str) -> bool:
    return any(c.islower() for c in s if c != "l")


def render_name(person: Person, mention: Mention, spelling: str = "table") -> str:
    """The canonical form of one mention: display name (or a system's spelling), in its case."""
    if spelling not in SPELLINGS:
        raise ValueError(f"unknown spelling '{spelling}'; use one of: {', '.join(SPELLINGS)}")
    out = person.name
    if spelling != "table":
        native = person.hangul if person.origin == "korean" else person.hanzi
        korean = spelling in ("mr", "lc", "rr", "nk", "yale") and person.origin == "korean"
        chinese = spelling in ("pinyin", "wg") and person.origin == "chinese"
        if native and (korean or chinese):
            from .romanize import romanize

            out = romanize(native, spelling)
    # A bare surname: the table spelling matched is one word (the text as written may have
    # gained spaces: "S H T Y K O V" is the surname Shtykov), and the initials rule did not
    # take initials or a first name into the mention ("I.V. Shtykov" is no bare surname).
    if (len((mention.variant or mention.text).split()) == 1 and len(out.split()) > 1
            and not any(step.startswith("initials:") for step in mention.steps)):
        # A bare surname ("Stalin", "Shtykow") stays a bare surname, in the canonical spelling.
        if spelling == "table":
            out = display_surname(person)
        else:  # every system writes Korean and Chinese names surname first
            east_asian = person.origin in ("korean", "chinese")
            out = out.split()[0] if east_asian else out.split()[-1]
    return _in_house_style(out, mention.text, person)


def _in_house_style(out: str, written: str, person: Person) -> str:
    """Keep the case style of the document: ALL CAPS stays in capitals, and the CIA style
    (surname alone in capitals: "KIM Il-song") keeps its capital surname."""
    # str.isupper() first: it is false for most names, and true whenever every letter is a
    # capital (the exact test below also rejects letters without case, such as Hangul).
    if written.isupper():
        letters = [c for c in written if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return out.upper()
    words = written.split()
    first = words[0] if words else ""
    if len(first) > 1 and first.isupper() and " " in out and person.origin == "korean":
        surname = display_surname(person)
        words = out.split()
        at = 0 if words[0] == surname else (-1 if words[-1] == surname else None)
        if at is not None:
            words[at] = words[at].upper()
            return " ".join(words)
    return out


def _is_native(m: Mention) -> bool:
    """A name written in Hangul, Hanja or Hanzi: linked, but left in its script."""
    # One C-speed search; NUL is in no step (steps quote names, and no name holds one).
    return "\x00spelling:native:" in "\x00" + "\x00".join(m.steps)


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"unknown mode '{mode}'; use one of: {', '.join(MODES)}")


def _edit_for(
    m: Mention, table: AliasTable, mode: str, spelling: str, fuzzy: float | None
) -> str:
    if m.method == "fuzzy":
        # Fuzzy candidates are only reported, unless the caller asks for them with a threshold
        # and one person clearly fits.
        apply = fuzzy is not None and m.score is not None and m.score >= fuzzy
        if apply and len(m.candidates) == 1:
            return render_name(table[m.candidates[0]], m, spelling)
        return m.text
    if mode == "repair" or m.person_id is None or _is_native(m):
        return repair_ocr(m.text) if m.method == "ocr" else m.text
    return render_name(table[m.person_id], m, spelling)


def normalize_and_report(
    text: str,
    *,
    mode: Mode = "canonical",
    table: AliasTable | None = None,
    spelling: str = "table",
    date: str | int | None = None,
    fuzzy: float | None = None,
) -> Report:
    """Normalize text and say what changed.

    Canonical mode writes every resolved mention as the person's display name (or in the
    spelling system asked for) and merges a bracket group whose parts are the same person;
    repair mode only undoes OCR damage inside names. Ambiguous mentions are never rewritten to a
    person, only repaired. Fuzzy candidates (a known surname with syllables that match no
    name) are applied only with ``fuzzy=`` a rapidfuzz score threshold (0-100). Text outside
    the changed spans stays byte-identical.
    """
    _check_mode(mode)
    if spelling not in SPELLINGS:
        raise ValueError(f"unknown spelling '{spelling}'; use one of: {', '.join(SPELLINGS)}")
    table = table if table is not None else load_table()
    mentions = get_tagger(table).tag(text, date=date)
    changes: list[Change] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if mode == "canonical" and m.group is not None and m.person_id is not None:
            # A group's members stand together (the brackets rule groups neighbours): read
            # them from here, not by scanning every later mention for each group.
            j = i + 1
            while j < len(mentions) and mentions[j].group == m.group:
                j += 1
            members = mentions[i:j]
            last = members[-1]
            close = text.find("]" if "[" in text[m.end:last.start] else ")", last.end)
            # A pseudonym glossed with the real name ("Filippov [Stalin]") is written as the
            # real name was: render from the first member that is not a pseudonym.
            model = next((x for x in members if "spelling:table:pseudonym" not in x.steps), m)
            after = render_name(table[m.person_id], model, spelling)
            # A gloss in the person's own script ("Mao Zedong (毛澤東)") is kept, not merged.
            native_gloss = any(_is_native(x) for x in members)
            if close != -1 and not native_gloss and all(x.person_id == m.person_id
                                                        for x in members):
                before = text[m.start:close + 1]
                steps = (*m.steps, "bracket:merge " + " + ".join(x.text for x in members))
                changes.append(Change(m.start, close + 1, before, after, m.person_id, steps))
                i += len(members)
                continue
        after = _edit_for(m, table, mode, spelling, fuzzy)
        if after != m.text:
            changes.append(Change(m.start, m.end, m.text, after, m.person_id, m.steps))
        i += 1
    pieces = []
    prev = 0
    for c in changes:
        pieces.append(text[prev:c.start])
        pieces.append(c.after)
        prev = c.end
    pieces.append(text[prev:])
    return Report("".join(pieces), text, tuple(mentions), tuple(changes))


def normalize(
    text: str,
    *,
    mode: Mode = "canonical",
    table: AliasTable | None = None,
    spelling: str = "table",
    date: str | int | None = None,
    fuzzy: float | None = None,
) -> str:
    """Rewrite the names in text.

    >>> normalize("Then Kim II Sung spoke; World War II and II Corps stay as they are.")
    'Then Kim Il Sung spoke; World War II and II Corps stay as they are.'
    >>> normalize("Pak Heon-yeong [Pak Hon Yong] spoke.")
    'Pak Hon-yong spoke.'
    >>> normalize("Pak Heon-yeong [Pak Hon Yong] and Kim II Sung.", mode="repair")
    'Pak Heon-yeong [Pak Hon Yong] and Kim Il Sung.'
    """
    return normalize_and_report(text, mode=mode, table=table, spelling=spelling, date=date,
                                fuzzy=fuzzy).text
