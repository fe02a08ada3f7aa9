"""File helpers for the CLI: read UTF-8 text, write atomically, never over an input."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError

__all__ = ["atomic_write", "expand_inputs", "read_text"]


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, or raise InputError with a one-line reason and fix."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (check the path)") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder (give the folder itself as PATH)") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: not text (it contains NUL bytes); skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "convert it to UTF-8, e.g. iconv -f cp1252 -t utf-8"
        ) from None


def atomic_write(path: Path, text: str) -> None:
    """Write text to path through a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def expand_inputs(args: list[str], pattern: str = "*.txt") -> Iterator[tuple[Path, Path]]:
    """Each input file with the path it should have below an output folder.

    A file keeps its name; a folder contributes its matching files (recursively), keeping
    their paths relative to the folder.
    """
    for arg in args:
        p = Path(arg)
        if p.is_dir():
            for f in sorted(p.rglob(pattern)):
                if f.is_file():
                    yield f, f.relative_to(p)
        else:
            yield p, Path(p.name)
