"""Line numbers of offsets in a text, for reports and explanations."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from itertools import accumulate

__all__ = ["LineIndex"]

_PLUS_ONE = (1).__add__
#: Lookups answered by counting before the line starts are found (counting costs about a
#: seventh of finding them all, for a long document).
_COUNTED_LOOKUPS = 6


class LineIndex:
    """Maps offsets of one text to 1-based line numbers.

    The first few lookups count line breaks directly (a document's context rules ask for a
    handful); after that the line starts are found once and each lookup is a binary search,
    so a report of thousands of changes does not rescan the text for every one of them.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._counted = 0

    @cached_property
    def _starts(self) -> list[int]:
        # Where each line after the first starts: the running sum of the lengths of the lines
        # before it, each with its line break (all at C speed: split, map, accumulate).
        return list(accumulate(map(_PLUS_ONE, map(len, self._text.split("\n")[:-1]))))

    def line_of(self, offset: int) -> int:
        """The line (from 1) on which the character at offset stands."""
        if self._counted < _COUNTED_LOOKUPS:
            self._counted += 1
            return self._text.count("\n", 0, max(offset, 0)) + 1
        return bisect_right(self._starts, offset) + 1
