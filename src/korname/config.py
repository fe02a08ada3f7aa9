"""The one home of every default korname uses."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT", "Config"]


@dataclass(frozen=True)
class Config:
    """Tunable behaviour, frozen so that a tagger built with it cannot drift."""

    #: Confidence of a mention by how it matched (before context adjusts it).
    confidence_exact: float = 1.0
    confidence_folded: float = 0.95
    confidence_ocr: float = 0.85
    #: A name read with a lost letter filled in ("K?m Il Sung"): the only filling that fits.
    confidence_lost_letter: float = 0.8
    confidence_coreference: float = 0.75
    confidence_ambiguous: float = 0.5
    #: Fuzzy candidates below this rapidfuzz score (0-100) are not reported at all.
    fuzzy_report_threshold: float = 80.0
    #: Fuzzy candidates are compared against at most this many keys (blocking keeps it fast).
    fuzzy_max_candidates: int = 2000
    #: Letter-spaced capitals ("S H T Y K O V") need at least this many letters to be joined.
    letter_spaced_min: int = 4
    #: Texts are scanned in pieces of about this many characters, cut at blank lines.
    chunk_chars: int = 1 << 20


DEFAULT = Config()
