"""The Mention record: one name found in a text, linked (or not) to a person, with its reasons."""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["Mention"]

_new = tuple.__new__


class Mention(NamedTuple):
    """A name in a text (an immutable record; a named tuple because a large collection makes
    millions of them).

    ``text[start:end] == mention.text`` always holds for the text it was found in.
    ``person_id`` is None when the mention is ambiguous (see ``candidates``) or unresolved.
    ``steps`` names, in order, what made it match: the spelling system or table field behind
    the matched spelling, every fold applied to the text, and context rules.
    """

    start: int
    end: int
    text: str
    person_id: str | None
    name: str | None
    candidates: tuple[str, ...]
    method: str
    confidence: float
    steps: tuple[str, ...]
    #: The table spelling it matched (None for coreference and fuzzy candidates).
    variant: str | None = None
    #: The rapidfuzz score (0-100) of a fuzzy candidate.
    score: float | None = None
    #: Index of the bracket group this mention belongs to ("Pak Heon-yeong [Pak Hon Yong]").
    group: int | None = None

    @property
    def ambiguous(self) -> bool:
        return self.person_id is None and len(self.candidates) > 1

    def with_changes(self, **changes: Any) -> Mention:
        return self._replace(**changes)

    def with_step(self, step: str) -> Mention:
        """The same mention with one more step (cheaper than with_changes, used per mention)."""
        # tuple.__new__ skips the named tuple's keyword handling: this runs once per mention
        # that a context rule adds to.
        return _new(Mention, (*self[:8], (*self[8], step), *self[9:]))

    def to_dict(self) -> dict[str, Any]:
        d = self._asdict()
        d["candidates"] = list(self.candidates)
        d["steps"] = list(self.steps)
        return d
