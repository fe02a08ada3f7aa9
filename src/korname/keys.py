"""Match keys: one fold function for the index and the text, so that they cannot drift.

A key is the text with case, diacritics, apostrophes, separators and the OCR confusions of
"Il" folded away. Each fold is a small named function in :data:`FOLDS` (applied in order), which
is what :func:`explain_fold` replays on a span to say why it matched. :func:`fold_text` does the
same work on a whole text at compiled speed (str.translate, re) and keeps a map from key offsets
back to offsets in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from string import ascii_lowercase

from .config import DEFAULT

__all__ = [
    "FOLDS",
    "LETTER_PAIRS",
    "OCR_COLON",
    "OCR_FOLDS",
    "OCR_IL",
    "OCR_IL_WORDS",
    "Fold",
    "FoldedText",
    "explain_fold",
    "fold_key",
    "fold_text",
    "is_word_char",
    "letter_run",
    "plain_folds_beyond",
    "replay_folds",
]

# --- character tables --------------------------------------------------------------------------

_DELETE = "\x00"  # placeholder for characters that are dropped (removed by the deletion pass)
_APOSTROPHES = "’‘`ʼ′´ʻ"
_HYPHENS = "‐‑‒¬"
_SPACES = "\t\r\x0b\x0c\xa0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_SOFT = "\xad\u200b\u200c\u200d\ufeff"
#: Latin letters with diacritics (Latin-1 Supplement to Latin Extended-B, and Latin Extended
#: Additional). Only letters whose decomposition starts with an ASCII letter are folded.
_LATIN_RANGES = ((0x00C0, 0x0250), (0x1E00, 0x1F00))
_COMBINING = (0x0300, 0x0370)


def _diacritic_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _LATIN_RANGES:
        for cp in range(lo, hi):
            base = unicodedata.normalize("NFD", chr(cp))[0]
            if base != chr(cp) and base.isascii() and base.isalpha():
                table[cp] = base
    table.update({ord("ł"): "l", ord("Ł"): "L", ord("ø"): "o", ord("Ø"): "O", ord("đ"): "d"})
    # Ordinal indicators ("Nº 79") are letters too; fold them like the letters they come from.
    table.update({ord("º"): "o", ord("ª"): "a"})
    for cp in range(*_COMBINING):
        table[cp] = _DELETE
    return table


_DIACRITICS = _diacritic_table()


def _punctuation_table() -> dict[int, str]:
    """Every non-alphanumeric character of ASCII and common punctuation becomes a space."""
    table = {cp: " " for cp in range(0x80) if not chr(cp).isalnum()}
    for lo, hi in ((0x00A0, 0x00C0), (0x2000, 0x2070), (0x3000, 0x3040), (0xFF00, 0xFF10)):
        table.update({cp: " " for cp in range(lo, hi) if not chr(cp).isalnum()})
    table.update({ord(c): " " for c in "×÷ʹʺ˝"})
    return table


_PUNCTUATION_TABLE = _punctuation_table()
#: Its ASCII entries as a table for UTF-8 bytes (every other byte stays), for a text that keeps
#: letters of other scripts (see _translate).
_PUNCTUATION_BYTES = bytes(ord(_PUNCTUATION_TABLE.get(b, chr(b))) if b < 0x80 else b
                           for b in range(256))
#: casefold and punctuation_to_space in one table for ASCII bytes: the key of an ASCII text in
#: one pass over its bytes (str.lower and then str.translate take a third longer).
_KEY_BYTES = bytes(ord(_PUNCTUATION_TABLE.get(b, chr(b)).lower()) if b < 0x80 else b
                   for b in range(256))
_APOSTROPHE_TABLE = {ord(c): "'" for c in _APOSTROPHES}
_SEPARATOR_TABLE = {ord(c): " " for c in _SPACES} | {ord(c): "-" for c in _HYPHENS} | {
    ord(c): _DELETE for c in _SOFT
}
#: The three same-length character folds in one table, for the fast path.
_CHAR_TABLE = str.maketrans(_DIACRITICS | _APOSTROPHE_TABLE | _SEPARATOR_TABLE)
#: Its entries for ASCII characters: tab, vertical tab, form feed, carriage return, backquote.
_CHAR_TABLE_ASCII = tuple((chr(cp), str(m)) for cp, m in _CHAR_TABLE.items() if cp < 0x80)

# --- deletion patterns (they shorten the text; offsets are kept by the fast path) -------------

# Each pattern starts with a literal character, so that the regular-expression engine can
# skip to its candidates instead of trying a look-behind at every position (about 30 times
# faster); the look-behinds come after the first character.
_LETTER = r"[^\W\d_]"
#: A hyphen at the end of a line, or before a space inside a word; the space or line break after
#: it is asked first (most hyphens of a text join words, and fail there).
_EOL_HYPHEN = re.compile(rf"-(?=[ \n])(?<={_LETTER}-)(?:[ ]*\n[ ]*(?={_LETTER})|[ ](?=[a-z]))")
_INNER_APOSTROPHE = re.compile(rf"'(?<={_LETTER}')(?={_LETTER})(?!s\b)")
#: The period of an initial ("V. I.", "Ya.") before a space; a sentence's period stays. Two
#: quick refusals come first (a letter before the period, not two small letters): a text has
#: a period every fifty characters or so, nearly all after a word of small letters.
_PERIOD_BEFORE_SPACE = re.compile(
    r"\.(?<=[A-Za-z]\.)(?<![a-z][a-z]\.)(?=[ \n])(?:(?<=\b[A-Z]\.)|(?<=\b[A-Z][a-z]\.))")
#: Runs of separators, found after line breaks and hyphens were read as spaces (written as two
#: literal spaces then any more, so that the engine searches for the pair at literal speed).
_SPACE_RUN = re.compile(r"  ( *)")
#: Two spaced single letters: every letter-spaced word has them (found at literal speed).
_LETTER_SPACED_HINT = re.compile(r" [A-Za-z] [A-Za-z]\b")
OCR_COLON = re.compile(r":(?<=[ \n]:)(?=(?:11|II|ll|lI|I1)\b)")
#: A letter-spaced word: one-letter words, all of them (possessive: never a shorter run that
#: would leave "SHTYKO V."), then no word character and no period but one that ends a sentence.
_LETTER_SPACED = re.compile(
    rf"[A-Z](?<![\w.].)(?: [A-Za-z](?!\w)){{{DEFAULT.letter_spaced_min - 1},}}+"
    r"(?!\w|\.(?!\s|\Z))"
)
#: A spelling of plain letters, hyphens and single spaces, as most table spellings are.
_PLAIN = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+)*\Z")
#: The same with apostrophes inside words ("T'AE", "Ch'oe").
_PLAIN_APOSTROPHES = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*(?:[ -][A-Za-z]+(?:'[A-Za-z]+)*)*\Z")
_PLACEHOLDERS = re.compile(_DELETE + "+")
#: Tokens that OCR makes of "Il": two capital I's, I and one, two ones, l and I... (any two
#: of I, 1, l as a whole token; "Il" itself is left as it is).
OCR_IL = re.compile(r"[I1l](?<![\w.].)[I1l](?!\w|\.\d)")
#: What OCR_IL changes in a plain spelling (letters, single spaces and hyphens): a whole token
#: II, lI or ll. "Il" itself is read as it is, so the commonest syllable of Korean names does
#: not send a spelling down the slow path.
_PLAIN_OCR = re.compile(r"(?<![A-Za-z])(?:II|lI|ll)(?![A-Za-z])")
#: The words an OCR confusion of "Il" leaves in a key folded without the ocr_il fold ("ii" of
#: "II", "11", "ll", "li" of "lI"...): every lowercased pair of I, 1 and l but "il" itself.
OCR_IL_WORDS = frozenset(a + b for a in "i1l" for b in "i1l") - {"il"}
#: OCR_IL split by its first character: a pattern that starts with a literal is searched at
#: literal speed, one that starts with a character class is tried at every position (three
#: literal passes take about half the time of one class pass over English text).
_OCR_IL_BY_FIRST = tuple(re.compile(rf"{c}(?<![\w.]{c})[I1l](?!\w|\.\d)") for c in "I1l")
#: What either _PLAIN_OCR or _LETTER_SPACED finds (the only tests of a plain spelling that
#: read letter case).
_CASE_SENSITIVE = re.compile(f"{_PLAIN_OCR.pattern}|{_LETTER_SPACED.pattern}")
#: Three spaced single letters: in every match of _LETTER_SPACED (a literal first, so that the
#: engine tries it at the spaces only, not at every position as _CASE_SENSITIVE).
_THREE_SINGLES = re.compile(r" [A-Za-z] [A-Za-z] [A-Za-z]")


def _case_sensitive(s: str) -> bool:
    """Whether _CASE_SENSITIVE finds anything in s, three to five times faster on names: each
    of its alternatives needs something found first at literal speed (II, lI or ll; three
    spaced single letters)."""
    if "II" in s or "lI" in s or "ll" in s or _THREE_SINGLES.search(s):
        return _CASE_SENSITIVE.search(s) is not None
    return False


#: Two one-letter words in a row, as a key writes them (" s h "). Every letter-spaced run
#: ("S H T Y K O V", four letters at least) leaves three such words in a row in a key folded
#: without join_letter_spaced, which an overlapping search reports as two pairs two characters
#: apart (" s h " and " h t "); a key without them is the same with or without that fold. Pairs,
#: not triples: 676 patterns instead of 17,576 make a smaller automaton, whose search is faster
#: when its states are in cache (see letter_run).
LETTER_PAIRS = tuple(f" {a} {b} " for a in ascii_lowercase for b in ascii_lowercase)


def letter_run(pair_starts: Iterable[int]) -> bool:
    """Whether the starts of LETTER_PAIRS found in a key show three one-letter words in a row:
    two pairs that share their middle word start two characters apart."""
    starts = set(pair_starts)
    return any(s + 2 in starts for s in starts)


def is_word_char(ch: str) -> bool:
    """Whether a key character continues a word (a match may not start or end next to it)."""
    return ch.isalnum()


# --- the fold registry -------------------------------------------------------------------------


@dataclass(frozen=True)
class Fold:
    """One named transformation of the text towards its key."""

    name: str
    doc: str
    apply: Callable[[str], str]
    ocr: bool = False


FOLDS: list[Fold] = []


_StrFn = Callable[[str], str]


def _fold(name: str, *, ocr: bool = False) -> Callable[[_StrFn], _StrFn]:
    def register(func: _StrFn) -> _StrFn:
        FOLDS.append(Fold(name, (func.__doc__ or "").strip(), func, ocr))
        return func

    return register


@_fold("strip_diacritics")
def strip_diacritics(s: str) -> str:
    """Drop diacritics: ŏ ǒ ô ö -> o, ŭ -> u, é -> e, ł -> l (precomposed or combining)."""
    return s.translate(_DIACRITICS).replace(_DELETE, "")


@_fold("unify_apostrophes")
def unify_apostrophes(s: str) -> str:
    """Write every apostrophe look-alike (’ ‘ ` ʼ) as '."""
    return s.translate(_APOSTROPHE_TABLE)


@_fold("unify_separators")
def unify_separators(s: str) -> str:
    """Tabs and unusual spaces become a space, ‐ ‑ ¬ a hyphen; soft hyphens are dropped."""
    return s.translate(_SEPARATOR_TABLE).replace(_DELETE, "")


def _matches(pattern: re.Pattern[str]) -> Callable[[str], list[tuple[int, int]]]:
    def spans(s: str) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(s)]

    return spans


def _matches_at(pattern: re.Pattern[str], first: str) -> Callable[[str], list[tuple[int, int]]]:
    """The spans of pattern, whose every match starts with the character first, a rare one in
    prose (an apostrophe, a colon): str.find reaches each at memory speed, where the engine's
    own search reads every character of the text (about a nanosecond each), the bulk of a
    pass whose candidates are few."""
    match = pattern.match

    def spans(s: str) -> list[tuple[int, int]]:
        out = []
        find = s.find
        at = find(first)
        while at != -1:
            m = match(s, at)
            if m is None:
                at = find(first, at + 1)
            else:
                out.append(m.span())
                at = find(first, max(m.end(), at + 1))
        return out

    return spans


def _letter_spaced_gaps(s: str) -> list[tuple[int, int]]:
    gaps: list[tuple[int, int]] = []
    if not _LETTER_SPACED_HINT.search(s):
        return gaps  # a cheap scan first: letter-spaced words are rare
    for m in _LETTER_SPACED.finditer(s):
        base = m.start()
        gaps.extend((base + i, base + i + 1) for i, c in enumerate(m.group()) if c == " ")
    return gaps


#: Folds that delete characters, in order, each as the spans it deletes (used by both paths).
DELETIONS: list[tuple[str, Callable[[str], list[tuple[int, int]]]]] = []


def _deletion(name: str, spans: Callable[[str], list[tuple[int, int]]], doc: str,
              *, ocr: bool = False) -> None:
    DELETIONS.append((name, spans))

    def apply(s: str) -> str:
        cuts = spans(s)  # once: explanations replay every fold on each new spelling
        return _cut(s, cuts)[0] if cuts else s

    FOLDS.append(Fold(name, doc, apply, ocr))


_deletion("join_hyphenation", _matches(_EOL_HYPHEN),
          'Undo end-of-line hyphenation: "Heon-\\nyeong", "Heon- yeong" -> "Heonyeong".')
_deletion("drop_inner_apostrophes", _matches_at(_INNER_APOSTROPHE, "'"),
          "Drop apostrophes inside a word (Ch'oe -> Choe); a possessive 's stays a boundary.")
_deletion("drop_periods", _matches(_PERIOD_BEFORE_SPACE),
          'The period of an initial before a space goes: "V. I. Ivanov" = "V.I. Ivanov".')


def _separator_runs(s: str) -> list[tuple[int, int]]:
    # A blank line ends a paragraph, and no name runs across it: its second line break is
    # marked so that it ends any run (a long text has thousands of paragraph breaks, and each
    # collapsed run is one more segment for every offset to be mapped through).
    spaced = s.replace("\n\n", "\n\x01").replace("\n", " ").replace("-", " ")
    return [(m.start() + 1, m.end()) for m in _SPACE_RUN.finditer(spaced)]


_deletion("collapse_separators", _separator_runs,
          "A run of spaces, hyphens and line breaks counts as its first character; a blank "
          "line is not a run (no name crosses a paragraph break).")
_deletion("join_letter_spaced", _letter_spaced_gaps,
          'Join letter-spaced capitals: "S H T Y K O V" -> "SHTYKOV".')
_deletion("drop_ocr_colon", _matches_at(OCR_COLON, ":"),
          'Drop the stray colon of scanned "KIM :11-Bong".', ocr=True)


@_fold("separators_to_space")
def separators_to_space(s: str) -> str:
    """Hyphens and line breaks separate syllables just as spaces do."""
    return s.replace("-", " ").replace("\n", " ")


@_fold("ocr_il", ocr=True)
def ocr_il(s: str) -> str:
    """Read the OCR confusions of "Il" (II, I1, 11, lI, ll) as "Il"; only whole tokens."""
    return OCR_IL.sub("Il", s)


@_fold("casefold")
def casefold(s: str) -> str:
    """Ignore case (İ was already made I, so the length never changes)."""
    return s.lower()


@_fold("punctuation_to_space")
def punctuation_to_space(s: str) -> str:
    """Punctuation only separates words: "[Pak", "Sung's", "I.V." are read as spaced words."""
    return s.translate(_PUNCTUATION_TABLE)


OCR_FOLDS = frozenset(f.name for f in FOLDS if f.ocr)


def replay_folds(s: str) -> tuple[str, tuple[str, ...]]:
    """Apply every fold in order; return the key and the folds that changed the text."""
    fired = []
    for fold in FOLDS:
        new = fold.apply(s)
        if new != s:
            fired.append(fold.name)
        s = new
    return s, tuple(fired)


def explain_fold(s: str) -> tuple[str, tuple[str, ...]]:
    """The key of a span and the folds that made it, as :func:`replay_folds` finds them.

    A plain spelling (letters, diacritics, single hyphens and spaces, and apostrophes inside
    words, as most spellings in capitals are: "LIM BONG T'AE") can only be changed by a few
    folds, so its explanation is read off directly; anything else is replayed.
    """
    plain = s
    fired = []
    if not s.isascii():
        plain = s.translate(_DIACRITICS)
        if plain != s:
            fired.append("strip_diacritics")
        unified = plain.translate(_APOSTROPHE_TABLE)
        if unified != plain:
            fired.append("unify_apostrophes")
            plain = unified
    if "'" in plain:
        if not _PLAIN_APOSTROPHES.match(plain):
            return replay_folds(s)
        dropped = _INNER_APOSTROPHE.sub("", plain)
        if "'" in dropped:
            return replay_folds(s)  # a possessive 's: punctuation, and more folds
        fired.append("drop_inner_apostrophes")
        plain = dropped
    elif not _PLAIN.match(plain):
        return replay_folds(s)
    if _case_sensitive(plain):
        return replay_folds(s)
    if "-" in plain:
        fired.append("separators_to_space")
        plain = plain.replace("-", " ")
    lowered = plain.lower()
    if lowered != plain:
        fired.append("casefold")
    return lowered, tuple(fired)


def plain_folds_beyond(span: str, spelling: str) -> tuple[str, ...] | None:
    """The folds span needs beyond those spelling needs itself, when both are plain spellings
    of one key that differ only in letter case and hyphens ("KIM IL SUNG", "KIM Il-sung" for
    "Kim Il Sung", "LIM BONG T'AE" for "Lim Bong T'ae", "KIM IL-SŎNG" for "Kim Il-sŏng");
    None for any other pair.

    That is what comparing their explanations gives (a property test checks it), read off
    without explaining either: in a plain spelling only strip_diacritics and
    drop_inner_apostrophes (both on the same letters in both), separators_to_space and casefold
    can fire, and the OCR, letter-spacing and possessive tests, the only ones that read letter
    case, must find nothing in either. Spans written in capitals are most of the spans that
    are not table spellings.
    """
    lowered = span.lower()
    spelling_lowered = spelling.lower()
    if lowered != spelling_lowered and (
            lowered.replace("-", " ") != spelling_lowered.replace("-", " ")):
        return None
    if span.isascii():
        if not spelling.isascii():
            return None
        plain, its = span, spelling
    else:
        plain, its = span.translate(_DIACRITICS), spelling.translate(_DIACRITICS)
        if not its.isascii():
            return None
    if "'" in plain:
        if (not _PLAIN_APOSTROPHES.match(plain) or "'" in _INNER_APOSTROPHE.sub("", plain)
                or "'" in _INNER_APOSTROPHE.sub("", its)):
            return None
    elif not _PLAIN.match(plain):
        return None
    # One search for both tests in both: a NUL between them reads as the end of each.
    if _case_sensitive(f"{plain}\x00{its}"):
        return None
    hyphens = ("separators_to_space",) if "-" in span and "-" not in spelling else ()
    if lowered != span and spelling_lowered == spelling:
        return (*hyphens, "casefold")
    return hyphens


# --- the fast path -----------------------------------------------------------------------------


_Stage = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class FoldedText:
    """A text's key and the map from key offsets to offsets in the original text."""

    key: str
    #: Key offsets where a kept segment starts (sorted), and the original offset of each;
    #: empty when nothing was deleted.
    _seg_key: tuple[int, ...] = ()
    _seg_orig: tuple[int, ...] = ()
    #: With fold_text(ocr_il=False): the text the key was lowered from, same length as the key,
    #: where OCR_IL tells which words of the key the ocr_il fold would have changed.
    cased: str | None = None

    @property
    def segments(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(key offsets where kept segments start, their original offsets); both empty when
        nothing was deleted."""
        return self._seg_key, self._seg_orig

    def to_original(self, pos: int) -> int:
        """Original offset of the character at key offset pos."""
        if not self._seg_key:
            return pos
        i = bisect_right(self._seg_key, pos) - 1
        return self._seg_orig[i] + (pos - self._seg_key[i])


def _compose(outer: _Stage, inner: _Stage) -> _Stage:
    """One map from two: outer maps the last text to the middle one, inner middle to first."""
    out_key: list[int] = []
    out_orig: list[int] = []
    inner_key, inner_orig = inner
    outer_key, outer_mid = outer
    n_inner = len(inner_key)
    for j, (f_start, m_start) in enumerate(zip(outer_key, outer_mid, strict=True)):
        length = outer_key[j + 1] - f_start if j + 1 < len(outer_key) else None
        i = bisect_right(inner_key, m_start) - 1
        out_key.append(f_start)
        out_orig.append(inner_orig[i] + (m_start - inner_key[i]))
        i += 1
        while i < n_inner and (length is None or inner_key[i] < m_start + length):
            out_key.append(f_start + inner_key[i] - m_start)
            out_orig.append(inner_orig[i])
            i += 1
    return tuple(out_key), tuple(out_orig)


def _cut(t: str, cuts: list[tuple[int, int]]) -> tuple[str, _Stage]:
    """Remove the cut spans from t; return the rest and the map of its segments."""
    pieces = []
    seg_key: list[int] = []
    seg_orig: list[int] = []
    prev = 0
    klen = 0
    for s, e in cuts:
        if s > prev:
            pieces.append(t[prev:s])
            seg_key.append(klen)
            seg_orig.append(prev)
            klen += s - prev
        prev = e
    if prev < len(t) or not pieces:
        pieces.append(t[prev:])
        seg_key.append(klen)
        seg_orig.append(prev)
    return "".join(pieces), (tuple(seg_key), tuple(seg_orig))


_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


_ASCII_BYTES = bytes(range(0x80))


def _non_ascii_chars(s: str) -> set[str]:
    """The distinct non-ASCII characters of s, found at memory speed: encode, delete every
    ASCII byte, decode what is left."""
    rest = s.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return set(rest.decode("utf-8", "surrogatepass"))


def _translate(s: str, table: dict[int, str],
               ascii_entries: tuple[tuple[str, str], ...] | None = None,
               ascii_bytes: bytes | None = None) -> str:
    """str.translate, fast on mostly-ASCII text.

    CPython translates ASCII text through a cached fast path but any other text one character
    at a time (about 80 times slower); so the rare non-ASCII runs are translated apart.
    ``ascii_entries``: the table's entries for ASCII characters, when they are a few that are
    rare in prose (tabs, carriage returns, backquotes): they are then looked for and replaced
    at memory speed instead of translating the whole text, whether or not it is ASCII.
    ``ascii_bytes``: the table's ASCII entries as a table for UTF-8 bytes (each maps to one
    ASCII character), used when letters of other scripts remain: translating the UTF-8 bytes
    leaves every byte of those letters as it is.
    """
    if not s.isascii():
        # Typical archival English has a few distinct non-ASCII characters (ŏ, ’, —): replace
        # each through the table, and the rest is often ASCII again.
        for ch in _non_ascii_chars(s):
            mapped = table.get(ord(ch))
            if mapped is not None:
                s = s.replace(ch, mapped)
        if not s.isascii() and ascii_entries is None:
            # Only characters the table does not map are left outside ASCII.
            if ascii_bytes is not None:
                data = s.encode("utf-8", "surrogatepass").translate(ascii_bytes)
                return data.decode("utf-8", "surrogatepass")
            return "".join([part.translate(table) for part in _NON_ASCII_RUN.split(s)])
    if ascii_entries is None:
        return s.translate(table)
    for ch, mapped in ascii_entries:
        if ch in s:
            s = s.replace(ch, mapped)
    return s


def _ocr_il_sub(t: str) -> str:
    """OCR_IL.sub("Il", t), faster: one substitution per literal-first pattern.

    The passes give the text OCR_IL gives in one: a match is a whole two-character token
    that follows neither a word character nor ".", so matches never overlap; a replaced
    token starts with "I", where the later passes ("1", "l") do not start; and a replacement
    only turns word characters into word characters inside a token that no "." precedes, so
    every look-around of the other passes (word character, ".", a digit after ".") reads as
    it did in the original.
    """
    for pattern in _OCR_IL_BY_FIRST:
        t = pattern.sub("Il", t)
    return t


def fold_text(text: str, *, letter_spaced: bool = True, ocr_il: bool = True) -> FoldedText:
    """Fold a whole text to its key at compiled speed, keeping offsets.

    Equivalent to :func:`explain_fold` (a property test checks it): same-length folds run as one
    str.translate; dropped characters (combining marks, soft hyphens) go first, then each fold
    that deletes characters finds its spans with a regular expression and cuts them out in one
    join, in registry order. Each cut keeps a map of its segments, so key positions map back
    to the original.

    ``letter_spaced=False`` leaves out join_letter_spaced, the costliest pass and the one that
    almost never applies: the key is then the same unless it holds three one-letter words in
    a row (see :data:`LETTER_PAIRS`), which the tagger's automaton watches for.

    ``ocr_il=False`` leaves out ocr_il (three passes over the text, for the few words it
    changes): the key then has the lowercased confusions (:data:`OCR_IL_WORDS`) where the fold
    writes "il", and ``cased`` keeps the text to tell them by (``OCR_IL.match(cased, pos)``).
    The index's automaton has patterns for the keys as either would read (see NameIndex.hits).
    """
    t = _translate(text, _CHAR_TABLE, _CHAR_TABLE_ASCII)
    stages: list[_Stage] = []
    if _DELETE in t:
        t, stage = _cut(t, [m.span() for m in _PLACEHOLDERS.finditer(t)])
        stages.append(stage)
    for name, spans_of in DELETIONS:
        if not letter_spaced and name == "join_letter_spaced":
            continue
        cuts = spans_of(t)
        if cuts:
            t, stage = _cut(t, cuts)
            stages.append(stage)
    cased = None
    if ocr_il:
        t = _ocr_il_sub(t)
    else:
        cased = t
    # casefold, separators_to_space and punctuation_to_space in one table (for the bytes of
    # an ASCII text, the commonest case); ocr_il does not look at them beyond "." and word
    # characters, which both keep until after it.
    if t.isascii():
        key = t.encode("ascii").translate(_KEY_BYTES).decode("ascii")
    else:
        key = _translate(t.lower(), _PUNCTUATION_TABLE, ascii_bytes=_PUNCTUATION_BYTES)
    if not stages:
        return FoldedText(key, cased=cased)
    combined = stages[0]
    for stage in stages[1:]:
        combined = _compose(stage, combined)
    return FoldedText(key, *combined, cased)


@lru_cache(maxsize=1 << 18)
def fold_key(s: str) -> str:
    """The key of one spelling (a variant in the index, or a span of text)."""
    plain = s.translate(_DIACRITICS) if not s.isascii() else s
    if _PLAIN.match(plain) and not _case_sensitive(plain):
        # Only case, diacritics and hyphens to fold: the same result, ten times faster.
        return plain.lower().replace("-", " ")
    return fold_text(s).key.strip()
