"""Seeded generator of archival-style English prose with embedded person-name mentions.

The speed benchmark needs megabytes of text that look like translated telegrams and reports
(titles before names, possessives, bracketed alternates, ALL CAPS cipher style, CIA style
surnames, roman numerals and dates that must not match) with a known density of mentions, and
it needs to know where the mentions are so that every approach can be checked for doing the
same matching work. Everything is drawn from one ``random.Random(seed)``: the same seed and
size give the same text on every machine.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["MENTIONS_PER_MB", "Embedded", "generate", "surname_of"]

#: Mentions per million characters, as counted in real translated documents about Korea.
MENTIONS_PER_MB = 3700
#: Characters in one million (the text size unit of the benchmark).
MB = 1_000_000
#: Sentences per paragraph (paragraphs are separated by a blank line).
SENTENCES_PER_PARAGRAPH = (3, 9)
#: Share of mentions written in ALL CAPS (ciphered telegrams).
P_UPPER = 0.08
#: Share of mentions in CIA style: surname in capitals, given name as is.
P_CIA = 0.08
#: Share of mentions followed by a possessive 's.
P_POSSESSIVE = 0.1
#: Share of mentions followed by a bracketed alternate spelling of the same person.
P_BRACKET = 0.06
#: Share of mentions followed later in the sentence by the bare surname.
P_SURNAME_AGAIN = 0.15

_TITLES = (
    "Comrade", "Cde.", "Premier", "Chairman", "Marshal", "Minister", "Vice Premier", "General",
    "Ambassador", "Counsellor", "Mr.", "Dr.", "Foreign Minister", "Party Secretary",
)
_OPENINGS = (
    "On {date} I was visited by {title} {P}.",
    "{P} reported that the situation at the front had become serious.",
    "In conversation with {P} the question of {topic} was discussed.",
    "{title} {P} said that {clause}.",
    "According to {P}, {clause}.",
    "The telegram was signed by {P} and sent to {place} on {date}.",
    "{P} and {P} were present at the meeting of the {org}.",
    "Those who spoke, {P}, {P} and {P}, came to the common opinion that {clause}.",
    "{P} asked me to pass on to {title} {P} that {clause}.",
    "At the end of the conversation {P} thanked the Soviet government for {topic}.",
    "The {org} instructed {P} to prepare a report on {topic}.",
    "I informed {P} of the contents of the telegram of {date}.",
)
_CLAUSES = (
    "the {org} would discuss the question of {topic} within the next week",
    "the troops of II Corps could not hold the line without reinforcements",
    "the decision on {topic} had been postponed until after the plenum",
    "the delegation would leave for {place} on {date}",
    "it was necessary to ask the Chinese comrades for aid",
    "there were no objections to the draft agreement on {topic}",
    "the materials of the {org} had been sent by courier to {place}",
    "the American imperialists were preparing a new offensive",
    "the harvest in the northern provinces was better than in 1949",
    "the experience of World War II showed the importance of {topic}",
    "he would report on this matter personally",
)
_FILLER = (
    "The meeting lasted two and a half hours.",
    "The text of the resolution is attached.",
    "Nº {num} {date} {num}*",
    "TsAMO RF, f. {num}, op. {num}, d. {num}, ll. {num}-{num}.",
    "II. The political situation in the country.",
    "Copies were sent to the Ministry of Foreign Affairs and to the General Staff.",
    "The discussion of {topic} continued on {date}.",
    "The incoming cipher telegram of 8.II.1950 was read out in full.",
    "No decision was taken [sic] on the remaining questions.",
    "See also the report of the {org} of {date}, point III.",
    "The question of {topic} was raised again by the members of the {org}.",
)
_TOPICS = (
    "military aid", "the armistice negotiations", "the exchange of prisoners",
    "the land reform", "the unification of the country", "the economic plan for 1951",
    "the supply of weapons", "the training of officers", "railway transport",
    "the elections to the Supreme People's Assembly", "the repatriation of Koreans",
)
_ORGS = (
    "Central Committee", "Political Council", "Military Commission", "Cabinet of Ministers",
    "Supreme People's Assembly", "Ministry of Foreign Affairs", "General Staff",
    "Korean Workers' Party CC", "Presidium",
)
_PLACES = (
    "Pyongyang", "Moscow", "Beijing", "Seoul", "Kaesong", "Panmunjom", "Wonsan", "Sinuiju",
    "Vladivostok", "Khabarovsk", "Kanggye",
)
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_YEARS = (1945, 1994)
_DAYS = 28
_NUM_MAX = 9999


@dataclass(frozen=True)
class Embedded:
    """A mention the generator wrote: text[start:end] is a table spelling of person_id."""

    start: int
    end: int
    person_id: str


def surname_of(form: str) -> str:
    """The first word of a spelling, which is the surname in family-name-first forms."""
    return form.split(" ", 1)[0].split("-", 1)[0]


class _Writer:
    """Appends pieces of text and records where the person mentions went."""

    def __init__(self, forms: Sequence[tuple[str, str]], rng: random.Random) -> None:
        if not forms:
            raise ValueError("the text generator needs at least one (form, person_id) pair")
        self.forms = forms
        self.by_person: dict[str, list[str]] = defaultdict(list)
        for form, pid in forms:
            self.by_person[pid].append(form)
        self.rng = rng
        self.parts: list[str] = []
        self.pos = 0
        self.mentions: list[Embedded] = []

    def put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def mention(self) -> None:
        rng = self.rng
        form, pid = self.forms[rng.randrange(len(self.forms))]
        self._one(form, pid)
        r = rng.random()
        if r < P_POSSESSIVE:
            self.put(rng.choice(("'s", "\u2019s")) + " proposal")
        elif r < P_POSSESSIVE + P_BRACKET:
            others = self.by_person[pid]
            self.put(" [")
            self._one(others[rng.randrange(len(others))], pid)
            self.put("]")
        if rng.random() < P_SURNAME_AGAIN:
            self.put(f", and {surname_of(form)} agreed")

    def _one(self, form: str, pid: str) -> None:
        r = self.rng.random()
        if r < P_UPPER:
            shown = form.upper()
        elif r < P_UPPER + P_CIA:
            head, sep, tail = form.partition(" ")
            shown = head.upper() + sep + tail
        else:
            shown = form
        # upper() can change the length of a few letters; keep the offsets honest.
        if len(shown) != len(form):
            shown = form
        self.mentions.append(Embedded(self.pos, self.pos + len(shown), pid))
        self.put(shown)

    def fill(self, template: str) -> None:
        """Write a template, replacing {P} by a mention and the other fields by filler."""
        rng = self.rng
        rest = template
        while rest:
            i = rest.find("{")
            if i < 0:
                self.put(rest)
                return
            if i:
                self.put(rest[:i])
            j = rest.index("}", i)
            field = rest[i + 1 : j]
            rest = rest[j + 1 :]
            if field == "P":
                self.mention()
            elif field == "clause":
                self.fill(rng.choice(_CLAUSES))
            else:
                self.put(self._field(field))

    def _field(self, field: str) -> str:
        rng = self.rng
        if field == "date":
            return f"{rng.randint(1, _DAYS)} {rng.choice(_MONTHS)} {rng.randint(*_YEARS)}"
        if field == "num":
            return str(rng.randint(1, _NUM_MAX))
        if field == "title":
            return rng.choice(_TITLES)
        if field == "topic":
            return rng.choice(_TOPICS)
        if field == "org":
            return rng.choice(_ORGS)
        if field == "place":
            return rng.choice(_PLACES)
        raise KeyError(field)


def generate(
    forms: Sequence[tuple[str, str]],
    size_chars: int,
    *,
    seed: int = 0,
    mentions_per_mb: int = MENTIONS_PER_MB,
) -> tuple[str, list[Embedded]]:
    """Text of about ``size_chars`` characters and the mentions embedded in it.

    ``forms`` are (spelling, person id) pairs; mentions are drawn from them uniformly, so a
    table with many spellings per person exercises all of them. The density of mentions is
    kept near ``mentions_per_mb`` by mixing sentences with and without names.
    """
    rng = random.Random(seed)
    w = _Writer(forms, rng)
    while w.pos < size_chars:
        for k in range(rng.randint(*SENTENCES_PER_PARAGRAPH)):
            if k:
                w.put(" ")
            # Keep the running density on target: a sentence with names when below it.
            wanted = w.pos * mentions_per_mb / MB
            if len(w.mentions) < wanted:
                w.fill(rng.choice(_OPENINGS))
            else:
                w.fill(rng.choice(_FILLER))
        w.put("\n\n")
    return "".join(w.parts), w.mentions
