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
from collections.abc import Callable
from dataclasses import dataclass

from .config import DEFAULT

__all__ = [
    "FOLDS",
    "OCR_FOLDS",
    "Fold",
    "FoldedText",
    "explain_fold",
    "fold_key",
    "fold_text",
    "is_word_char",
]

# --- character tables --------------------------------------------------------------------------

_DELETE = "\x00"  # placeholder for characters that are dropped (removed by the deletion pass)
_APOSTROPHES = "’‘`ʼ′´ʻ"
_HYPHENS = "‐‑‒¬"
_SPACES = "\t\r\x0b\x0c\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
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
    for cp in range(*_COMBINING):
        table[cp] = _DELETE
    return table


_DIACRITICS = _diacritic_table()
_APOSTROPHE_TABLE = {ord(c): "'" for c in _APOSTROPHES}
_SEPARATOR_TABLE = {ord(c): " " for c in _SPACES} | {ord(c): "-" for c in _HYPHENS} | {
    ord(c): _DELETE for c in _SOFT
}
#: The three same-length character folds in one table, for the fast path.
_CHAR_TABLE = str.maketrans(_DIACRITICS | _APOSTROPHE_TABLE | _SEPARATOR_TABLE)

# --- deletion patterns (they shorten the text; offsets are kept by the fast path) -------------

_LETTER = r"[^\W\d_]"
_EOL_HYPHEN = re.compile(rf"(?<={_LETTER})-[ ]*\n[ ]*(?={_LETTER})|(?<={_LETTER})-[ ](?=[a-z])")
_INNER_APOSTROPHE = re.compile(rf"(?<={_LETTER})'(?={_LETTER})(?!s\b)")
_SEPARATOR_RUN = re.compile(r"(?<=[ \n-])[ \n-]+")
_OCR_COLON = re.compile(r"(?<=[ \n]):(?=(?:11|II|ll|lI|I1)\b)")
_LETTER_SPACED = re.compile(
    rf"(?<![\w.])[A-Z](?: [A-Z]){{{DEFAULT.letter_spaced_min - 1},}}(?![\w.])"
)
_PLACEHOLDERS = re.compile(_DELETE + "+")
#: Tokens that OCR makes of "Il": two capital I's, I and one, two ones, l and I...
_OCR_IL = re.compile(r"(?<![\w.])(?:II|I1|1I|11|lI|l1|1l|ll)(?!\w|\.\d)")


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


def _fold(name: str, *, ocr: bool = False) -> Callable[[Callable[[str], str]], Callable[[str], str]]:
    def register(func: Callable[[str], str]) -> Callable[[str], str]:
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


@_fold("join_hyphenation")
def join_hyphenation(s: str) -> str:
    """Undo end-of-line hyphenation: "Heon-\\nyeong", "Heon- yeong" -> "Heonyeong"."""
    return _EOL_HYPHEN.sub("", s)


@_fold("drop_inner_apostrophes")
def drop_inner_apostrophes(s: str) -> str:
    """Drop apostrophes inside a word (Ch'oe -> Choe); a possessive 's stays a boundary."""
    return _INNER_APOSTROPHE.sub("", s)


@_fold("collapse_separators")
def collapse_separators(s: str) -> str:
    """A run of spaces, hyphens and line breaks counts as its first character."""
    return _SEPARATOR_RUN.sub("", s)


@_fold("join_letter_spaced")
def join_letter_spaced(s: str) -> str:
    """Join letter-spaced capitals: "S H T Y K O V" -> "SHTYKOV"."""
    return _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), s)


@_fold("drop_ocr_colon", ocr=True)
def drop_ocr_colon(s: str) -> str:
    """Drop the stray colon of scanned "KIM :11-Bong"."""
    return _OCR_COLON.sub("", s)


@_fold("separators_to_space")
def separators_to_space(s: str) -> str:
    """Hyphens and line breaks separate syllables just as spaces do."""
    return s.replace("-", " ").replace("\n", " ")


@_fold("ocr_il", ocr=True)
def ocr_il(s: str) -> str:
    """Read the OCR confusions of "Il" (II, I1, 11, lI, ll) as "Il"; only whole tokens."""
    return _OCR_IL.sub("Il", s)


@_fold("casefold")
def casefold(s: str) -> str:
    """Ignore case (İ was already made I, so the length never changes)."""
    return s.lower()


OCR_FOLDS = frozenset(f.name for f in FOLDS if f.ocr)
_DELETION_PATTERNS = (_EOL_HYPHEN, _INNER_APOSTROPHE, _SEPARATOR_RUN, _OCR_COLON)


def explain_fold(s: str) -> tuple[str, tuple[str, ...]]:
    """The slow path: apply every fold in order; return the key and the folds that changed it."""
    fired = []
    for fold in FOLDS:
        new = fold.apply(s)
        if new != s:
            fired.append(fold.name)
        s = new
    return s, tuple(fired)


# --- the fast path -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FoldedText:
    """A text's key and the map from key offsets to offsets in the original text."""

    key: str
    #: Key offsets where a kept segment starts (sorted), and the original offset of each.
    _seg_key: tuple[int, ...]
    _seg_orig: tuple[int, ...]

    def to_original(self, pos: int) -> int:
        """Original offset of a key offset (a start, or an end with end=True semantics)."""
        if not self._seg_key:
            return pos
        i = bisect_right(self._seg_key, pos) - 1
        return self._seg_orig[i] + (pos - self._seg_key[i])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of a key span; the end follows its last character."""
        return self.to_original(start), self.to_original(end - 1) + 1


def _deletions(t: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if _DELETE in t:
        spans.extend(m.span() for m in _PLACEHOLDERS.finditer(t))
    for pattern in _DELETION_PATTERNS:
        spans.extend(m.span() for m in pattern.finditer(t))
    for m in _LETTER_SPACED.finditer(t):
        base = m.start()
        spans.extend((base + i, base + i + 1) for i, c in enumerate(m.group()) if c == " ")
    if not spans:
        return spans
    spans.sort()
    merged = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = merged[-1]
        if s <= pe:
            merged[-1] = (ps, max(pe, e))
        else:
            merged.append((s, e))
    return merged


def fold_text(text: str) -> FoldedText:
    """Fold a whole text to its key at compiled speed, keeping offsets.

    Equivalent to :func:`explain_fold` (a property test checks it): same-length folds run as one
    str.translate; the folds that delete characters are found by regular expressions and cut
    out in one join; offsets of the kept segments map key positions back to the original.
    """
    t = text.translate(_CHAR_TABLE)
    cuts = _deletions(t)
    if cuts:
        pieces = []
        seg_key = []
        seg_orig = []
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
        t = "".join(pieces)
        offsets: tuple[tuple[int, ...], tuple[int, ...]] = (tuple(seg_key), tuple(seg_orig))
    else:
        offsets = ((), ())
    t = t.replace("-", " ").replace("\n", " ")
    if "I" in t or "1" in t or "l" in t:
        t = _OCR_IL.sub("Il", t)
    return FoldedText(t.lower(), *offsets)


def fold_key(s: str) -> str:
    """The key of one spelling (a variant in the index, or a span of text)."""
    return fold_text(s).key.strip()
