"""A disk cache of validated tables with their compiled index, keyed by content.

The key is a hash of the table file's bytes and of korname's own matching code (folds,
variants, romanization), so a change to either builds afresh. The cache lives in
$KORNAME_CACHE_DIR, else $XDG_CACHE_HOME/korname, else ~/.cache/korname; set
KORNAME_CACHE_DIR=off to disable it. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .table import AliasTable

__all__ = ["cache_dir", "load_cached", "store"]

#: Bump when the pickled layout changes.
CACHE_FORMAT = 2
_PACKAGE = Path(__file__).resolve().parent
#: The code whose output the cache holds.
_CODE = ("keys.py", "variants.py", "index.py", "table.py", "hangul.py", "romanize")


def cache_dir() -> Path | None:
    """Where cached tables live, or None when caching is off."""
    env = os.environ.get("KORNAME_CACHE_DIR")
    if env:
        return None if env.lower() in ("off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "korname"


@lru_cache(maxsize=1)
def _code_hash() -> str:
    h = hashlib.sha256(str(CACHE_FORMAT).encode())
    for name in _CODE:
        p = _PACKAGE / name
        files = sorted(p.rglob("*.py")) if p.is_dir() else [p]
        for f in files:
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def _entry(data: bytes) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    key = hashlib.sha256(data + _code_hash().encode()).hexdigest()[:32]
    return folder / f"table-{key}.pickle"


def load_cached(data: bytes) -> AliasTable | None:
    """The table (with its index) built earlier from these bytes, or None."""
    path = _entry(data)
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as f:
            table: AliasTable = pickle.load(f)  # our own cache folder
    except Exception:  # a stale or damaged cache is rebuilt, never an error
        return None
    return table


def store(data: bytes, table: AliasTable) -> None:
    """Save a table and its compiled index for the next load; failures are ignored."""
    path = _entry(data)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".table-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return
