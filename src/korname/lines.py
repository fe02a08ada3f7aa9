"""Line numbers of offsets in a text, for reports and explanations."""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["LineIndex"]


class LineIndex:
    """Maps offsets of one text to 1-based line numbers.

    Each lookup counts the line breaks between itself and the nearest offset looked up before
    (or the start of the text), and remembers its own: a document's context rules ask for a
    handful of lines (counting is cheaper than finding every line start of the text), and a
    report of thousands of changes, asked in order or in reverse, counts across the text once
    in all.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        #: Offsets whose line is known, sorted, and their lines.
        self._marks = [0]
        self._lines = [1]

    def line_of(self, offset: int) -> int:
        """The line (from 1) on which the character at offset stands."""
        offset = min(max(offset, 0), len(self._text))
        marks, lines = self._marks, self._lines
        i = bisect_right(marks, offset) - 1
        below = marks[i]
        if offset == below:
            return lines[i]
        if i + 1 < len(marks) and marks[i + 1] - offset < offset - below:
            line = lines[i + 1] - self._text.count("\n", offset, marks[i + 1])
        else:
            line = lines[i] + self._text.count("\n", below, offset)
        marks.insert(i + 1, offset)
        lines.insert(i + 1, line)
        return line
