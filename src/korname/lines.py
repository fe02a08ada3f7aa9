"""Line numbers of offsets in a text, for reports and explanations."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

__all__ = ["LineIndex"]


class LineIndex:
    """Maps offsets of one text to 1-based line numbers.

    The line breaks are found once, on first use; each lookup is then a binary search, so a
    report of thousands of changes does not rescan the text for every one of them.
    """

    def __init__(self, text: str) -> None:
        self._text = text

    @cached_property
    def _breaks(self) -> list[int]:
        text = self._text
        breaks = []
        i = text.find("\n")
        while i != -1:
            breaks.append(i)
            i = text.find("\n", i + 1)
        return breaks

    def line_of(self, offset: int) -> int:
        """The line (from 1) on which the character at offset stands."""
        return bisect_right(self._breaks, offset - 1) + 1
