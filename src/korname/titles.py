"""Title words: what stands just before a name without being part of it ("Comrade Kim",
"Cde. Pak", "[Minister] Ri").

The context rule ``titles`` reads them in the text. The index's automaton also looks for
their keys, so that the rule looks only at the names a title word stands before.
"""

from __future__ import annotations

from .keys import fold_key

__all__ = ["TITLE_ENDINGS", "TITLE_KEYS", "TITLE_WORDS"]

#: Words that, just before a name, are a title (the last word of "Vice Premier",
#: "Foreign Minister", "Lieutenant General" is enough). Compared in lower case.
TITLE_WORDS = frozenset(
    {
        "comrade", "comrades", "cde.", "cdes.", "comr.", "tov.", "premier", "chairman",
        "marshal", "minister", "deputy", "general", "gen.", "lt.", "col.", "colonel", "major",
        "admiral", "ambassador", "counsellor", "counselor", "secretary", "president", "mr.",
        "mrs.", "dr.", "prof.", "envoy", "commander", "delegate", "chargé",
    }
)
#: The title words as a folded text writes them ("Cde." -> "cde", "chargé" -> "charge").
TITLE_KEYS = tuple(sorted({fold_key(w) for w in TITLE_WORDS}))
#: The last three letters of every title word: a word that ends otherwise is no title (a test
#: that spares splitting the words before most names).
TITLE_ENDINGS = frozenset(w[-3:] for w in TITLE_WORDS)
