"""korname: find, link and normalize person names in translated archival documents on Korea.

>>> from korname import normalize
>>> normalize("Kim II Sung met Heo Gai [Ho Ka I] in 1950.")
'Kim Il Sung met Ho Ka-i in 1950.'
"""

from __future__ import annotations

from .config import Config
from .errors import InputError, KornameError, TableError
from .mention import Mention
from .normalize import Change, Report, normalize, normalize_and_report
from .table import Alias, AliasTable, Person, load_table
from .tagger import Tagger, tag
from .variants import Variant, variants

__all__ = [
    "Alias",
    "AliasTable",
    "Change",
    "Config",
    "InputError",
    "KornameError",
    "Mention",
    "Person",
    "Report",
    "TableError",
    "Tagger",
    "Variant",
    "load_table",
    "normalize",
    "normalize_and_report",
    "romanize",
    "tag",
    "variants",
]

__version__ = "0.1.0"


def romanize(native: str, system: str = "mr") -> str:
    """Spell a Hangul name (or Hanzi, for "pinyin" / "wg" / "palladius") in one system.

    >>> romanize("김일성", "mr"), romanize("김일성", "nk")
    ('Kim Il-sŏng', 'Kim Il Sung')
    """
    from .romanize import romanize as _romanize

    return _romanize(native, system)
