"""Error classes. Every message is one line that names the place and says how to fix it."""

from __future__ import annotations

__all__ = ["InputError", "KornameError", "TableError"]


class KornameError(Exception):
    """Base class of every error korname raises on purpose."""


class TableError(KornameError, ValueError):
    """An alias table that cannot be used as it is.

    The message names the file, the line where known, the entry id and the field, and the fix.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        entry: str | None = None,
        field: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.entry = entry
        self.field = field
        self.fix = fix
        self.detail = message
        where = path or "<table>"
        if line is not None:
            where += f":{line}"
        parts = [where]
        if entry is not None:
            parts.append(f"entry '{entry}'")
        if field is not None:
            parts.append(f"field '{field}'")
        text = ": ".join(parts) + f": {message}"
        if fix:
            text += f" ({fix})"
        super().__init__(text)


class InputError(KornameError, ValueError):
    """A text or file argument that cannot be processed (not UTF-8, not found, bad mode...)."""
