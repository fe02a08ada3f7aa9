"""Every plausible spelling of a Korean name, each with the systems and rules that produce it.

The spellings come from the Hangul (or, when it is missing, from the Hanja through
:mod:`.hanja`): each system's own form (:mod:`.mr`, :mod:`.rr`, :mod:`.nk`, :mod:`.yale`,
:mod:`.southern`), the surface variants translators produce from them (no breves, no
apostrophes, given name spaced or joined, capitals, the CIA's capitalized surname), the
initial-sound-law pairs (리/이, 룡/용), and the forms that came through Russian: Kontsevich and
the traditional Soviet spellings in Cyrillic, pushed through the Cyrillic -> Latin schemes.

Labels name the producing rule: ``mr`` for the system's form, ``mr:plain+spaced`` for a surface
variant of it, ``ru-trad>bgn-pcgn`` for a Cyrillic form rendered by a scheme, ``law:`` in front
when the Hangul was first put in its other initial-sound-law form.

The output is bounded by :data:`MAX_VARIANTS`: spellings are added in order of importance and
the less likely ones are dropped first, so the result is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..hangul import split_name
from .jamo import Syllable, apply_initial_law
from .kontsevich import hyphenated, kontsevich_name, traditional_spellings
from .korean_eastern import eastern_korean_spellings
from .mr import LC_SURNAMES, join_given, mr_given, mr_isolated_given, mr_surname
from .nk import nk_name
from .rr import rr_given, rr_joined_liaison, rr_surname
from .southern import CONVENTIONAL_SURNAMES, southern_spellings
from .via_cyrillic import latin_in, latin_renderings
from .yale import yale_word

__all__ = [
    "MAX_VARIANTS",
    "Collector",
    "chinese_influenced",
    "cyrillic_forms",
    "eastern_forms",
    "hangul_alternates",
    "hybrid_traditional",
    "korean_latin_variants",
    "south_form",
]

#: Upper bound on the spellings generated for one person.
MAX_VARIANTS = 300
#: Traditional Soviet spellings (cheapest first) rendered into Latin in every scheme.
LATIN_FROM_TRADITIONAL = 4
#: The less likely traditional spellings are rendered only in these schemes: the passport
#: scheme (Pak Chen Ai, Li Sen Ep, Ro De U), BGN/PCGN, and the German, Polish and Hungarian
#: habits of East European reports (Tschoi Jen Gen).
DEEP_SCHEMES = ("icao", "bgn-pcgn:ascii", "de-duden", "pl:e", "hu")
#: Traditional spellings whose given name is paired with the MR surname (CHOE YON GEN).
HYBRID_FROM_TRADITIONAL = 6
#: Schemes rendering the given name of those hybrids: Wikipedia gives Yon for Ён, ICAO En.
HYBRID_SCHEMES = ("wikipedia", "icao")
#: Schemes left out for Korean names: the strict Polish ie after consonants (Kim Ir Sien) and
#: the Hungarian sz for ш are habits of Russian names, not of Korean ones.
KOREAN_SKIPPED_SCHEMES = frozenset({"pl", "pl:ascii", "hu:sz", "hu:sz:ascii"})
#: The Chinese-influenced reading of чж as zh (Palladius: Чжоу is Zhou), through ICAO.
ZH_SCHEMES = ("icao",)
#: Common South Korean spellings also written spaced and joined.
SOUTHERN_SURFACE = 4

#: Surnames whose initial-sound-law partner is the same surname (李 이/리, 柳 유/류...).
SURNAME_LAW_PAIRS = {
    "이": "리", "리": "이", "유": "류", "류": "유", "임": "림", "림": "임", "노": "로",
    "로": "노", "나": "라", "라": "나", "양": "량", "량": "양", "여": "려", "려": "여",
    "염": "렴", "렴": "염", "육": "륙", "륙": "육", "용": "룡", "룡": "용",
}  # fmt: skip

_BREVES = str.maketrans({"ŏ": "o", "ŭ": "u", "Ŏ": "O", "Ŭ": "U"})


@dataclass
class Collector:
    """Spellings in insertion order with their labels; stops taking new ones at the limit."""

    limit: int = MAX_VARIANTS
    found: dict[str, set[str]] = field(default_factory=dict)

    def add(self, text: str, label: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        labels = self.found.get(text)
        if labels is not None:
            labels.add(label)
        elif len(self.found) < self.limit:
            self.found[text] = {label}

    def add_all(self, items: Iterable[tuple[str, str]]) -> None:
        for text, label in items:
            self.add(text, label)

    def result(self) -> dict[str, frozenset[str]]:
        return {text: frozenset(labels) for text, labels in self.found.items()}


def hangul_alternates(hangul: str) -> tuple[str, ...]:
    """The other initial-sound-law spellings of a name: 최룡해 -> 최용해, 이승만 -> 리승만.

    The surname switches with its partner from :data:`SURNAME_LAW_PAIRS`; a given name written
    with initial ㄹ/ㄴ gets its South Korean form. (The reverse, 용 -> 룡, needs the Hanja.)
    """
    surname, given = split_name(hangul)
    surnames = [surname]
    if surname in SURNAME_LAW_PAIRS:
        surnames.append(SURNAME_LAW_PAIRS[surname])
    givens = [given]
    if given:
        first = Syllable.of(given[0])
        south = apply_initial_law(first)
        if south != first:
            givens.append(south.text() + given[1:])
    out = [s + " " + g if g else s for s in surnames for g in givens]
    return tuple(o.replace(" ", "") if len(o.split(" ")[0]) == 1 else o for o in out[1:])


def south_form(hangul: str) -> str:
    """The name with the initial-sound law applied to the surname and the given name's start."""
    surname, given = split_name(hangul)
    parts = [surname, given]
    for i, part in enumerate(parts):
        if part:
            parts[i] = apply_initial_law(Syllable.of(part[0])).text() + part[1:]
    return parts[0] + parts[1]


def _capitalize_words(parts: Iterable[str]) -> str:
    return " ".join(p[:1].upper() + p[1:] for p in parts)


#: Surface folds: (tag, drop apostrophes, drop breves).
_FOLDS: tuple[tuple[str, bool, bool], ...] = (
    ("", False, False), ("no-apostrophes", True, False), ("no-breves", False, True),
    ("plain", True, True),
)
_SHAPES = ("", "spaced", "joined")


def _label(prefix: str, *tags: str) -> str:
    kept = [t for t in tags if t]
    return f"{prefix}:{'+'.join(kept)}" if kept else prefix


def _shape(surname: str, given: tuple[str, ...], shape: str) -> str:
    if not given:
        return surname
    if shape == "spaced":
        return f"{surname} {_capitalize_words(given)}"
    if shape == "joined":
        return f"{surname} {''.join(given).capitalize()}"
    return f"{surname} {join_given(given)}"


def _surface(
    prefix: str,
    surname: str,
    given: tuple[str, ...],
    *,
    tag: str = "",
    folds: tuple[tuple[str, bool, bool], ...] = _FOLDS,
    shapes: tuple[str, ...] = _SHAPES,
) -> list[tuple[str, str]]:
    """A system's form with hyphenated, spaced and joined given names, with and without marks."""
    out: list[tuple[str, str]] = []
    for fold, no_apostrophes, no_breves in folds:
        for shape in shapes:
            text = _shape(surname, given, shape)
            if no_apostrophes:
                text = text.replace("'", "")
            if no_breves:
                text = text.translate(_BREVES)
            out.append((text, _label(prefix, tag, fold, shape)))
    return out


_PLAIN = (_FOLDS[0], _FOLDS[-1])


def _mr_variants(surname: str, given: str, label: str) -> list[tuple[str, str]]:
    """MR and LC forms with their surface variants, ROK-1984 shi, and CIA capitals."""
    gparts = mr_given(given) if given else ()
    sur = mr_surname(surname)
    out = _surface(label, sur, gparts)
    lc_sur = LC_SURNAMES.get(surname, sur)
    out += _surface(label.replace("mr", "lc"), lc_sur, gparts, folds=_PLAIN, shapes=("",))
    plain_sur = mr_surname(surname, table=False)
    if plain_sur != sur:
        out += _surface(label, plain_sur, gparts, tag="surname-by-sound", folds=_PLAIN)
    plain = _shape(sur, gparts, "").replace("'", "").translate(_BREVES)
    head, _, rest = plain.partition(" ")
    out.append((f"{head.upper()} {rest}".strip(), _label(label, "cia")))
    out.append((plain.upper(), _label(label, "caps")))
    if given:
        for tag, parts in (("shi", mr_given(given, shi=True)),
                           ("voiced-after-l", mr_given(given, tense_after_l=False))):
            if parts != gparts:
                out += _surface(label, sur, parts, tag=tag, folds=_PLAIN, shapes=("",))
    return out


def _mr_isolated(surname: str, given: str, label: str) -> list[tuple[str, str]]:
    """MR with each given-name syllable romanized as if word-initial (YI P'il-kyu for 리필규,
    not Ri P'il-gyu): a common practice that ignores the junction rules. MR and LC surnames."""
    if not given:
        return []
    parts = mr_isolated_given(given)
    if parts == mr_given(given):
        return []
    out: list[tuple[str, str]] = []
    sur = mr_surname(surname)
    for name, s in ((label, sur), (label.replace("mr", "lc"), LC_SURNAMES.get(surname, sur))):
        out += _surface(name, s, parts, tag="isolated", folds=_PLAIN, shapes=("",))
    return list(dict.fromkeys(out))


def _rr_variants(surname: str, given: str, label: str) -> list[tuple[str, str]]:
    parts = rr_given(given) if given else ()
    out: list[tuple[str, str]] = []
    strict = rr_surname(surname)
    conventional = CONVENTIONAL_SURNAMES.get(surname, (strict,))[0]
    for sur, tag in ((strict, ""), (conventional, "conventional")):
        out += _surface(label, sur, parts, tag=tag, folds=_FOLDS[:1])
        if given:
            out.append((f"{sur} {rr_joined_liaison(given)}", _label(label, tag, "joined-liaison")))
    return out


def _nk_variants(surname: str, given: str, label: str) -> list[tuple[str, str]]:
    primary = nk_name(surname, given)
    system = nk_name(surname, given, fixed=False)
    breves = nk_name(surname, given, breves=True, fixed=False)
    out = [(primary, label), (system, f"{label}:system"), (breves, f"{label}:breves")]
    for text, tag in ((primary, ""), (system, "system")):
        sur, *rest = text.split(" ")
        if len(rest) > 1:
            hyphen = f"{rest[0]}-{'-'.join(r.lower() for r in rest[1:])}"
            out.append((f"{sur} {hyphen}", _label(label, tag, "hyphen")))
            out.append((f"{sur} {''.join(rest).capitalize()}", _label(label, tag, "joined")))
    out.append((primary.upper(), f"{label}:caps"))
    return out


def _sk_variants(surname: str, given: str, label: str) -> list[tuple[str, str]]:
    ranked = southern_spellings(surname, given)
    out = [(text, label) for text in ranked]
    for text in ranked[:SOUTHERN_SURFACE]:
        sur, _, rest = text.partition(" ")
        if "-" in rest:
            parts = rest.split("-")
            out.append((f"{sur} {_capitalize_words(parts)}", f"{label}:spaced"))
            out.append((f"{sur} {''.join(parts).capitalize()}", f"{label}:joined"))
    return out


def _lc_southern(surname: str, given: str, label: str) -> list[tuple[str, str]]:
    """The LC surname with a common South Korean given name (Yi Sung Yup for 리승엽), as
    English-language writers combine the scholarly surname with the familiar given name."""
    lc = LC_SURNAMES.get(surname)
    if not lc or not given:
        return []
    out: list[tuple[str, str]] = []
    for text in southern_spellings(surname, given)[:SOUTHERN_SURFACE]:
        sur, _, rest = text.partition(" ")
        if sur == lc:
            continue
        out.append((f"{lc} {rest}", label))  # spaced is the same match key
    return out


def _yale(surname: str, given: str, label: str) -> list[tuple[str, str]]:
    text = yale_word(surname).capitalize()
    return [(f"{text} {yale_word(given).capitalize()}" if given else text, label)]


def korean_latin_variants(hangul: str, prefix: str = "") -> list[tuple[str, str]]:
    """The Latin spellings of one Hangul name, most important first, as (text, label)."""
    surname, given = split_name(hangul)
    p = prefix
    out: list[tuple[str, str]] = []
    mr = _mr_variants(surname, given, f"{p}mr")
    rr = _rr_variants(surname, given, f"{p}rr")
    nk = _nk_variants(surname, given, f"{p}nk")
    sk = _sk_variants(surname, given, f"{p}sk")
    # The systems' own forms first, then their surface variants.
    out += [mr[0], rr[0], nk[0], sk[0], *_yale(surname, given, f"{p}yale")]
    out += mr + nk + rr + sk
    out += _mr_isolated(surname, given, f"{p}mr")
    out += _lc_southern(surname, given, f"{p}hybrid:lc+sk")
    return out


def eastern_forms(hangul: str) -> list[tuple[str, str]]:
    """German, Polish, Hungarian and Czech transcriptions straight from Korean (labels
    ``ko-de``, ``ko-pl``...; see :mod:`.korean_eastern`)."""
    return list(eastern_korean_spellings(*split_name(hangul)))


def hybrid_traditional(hangul: str, traditional: Iterable[str]) -> list[tuple[str, str]]:
    """The MR surname with a given name that came through Russian (CHOE YON GEN for Цой Ён
    Ген, CHOE CHAN IK for Цой Чан Ик), label ``hybrid:mr+ru-trad``: a translator who knew
    the surname's English form but copied the given name from the Russian document."""
    surname, given = split_name(hangul)
    if not given:
        return []
    sur = mr_surname(surname).replace("'", "").translate(_BREVES)
    out: list[tuple[str, str]] = []
    for cyr in traditional:
        _, _, cyr_given = cyr.partition(" ")
        for latin in latin_in(cyr_given, HYBRID_SCHEMES):
            out.append((f"{sur} {latin}", "hybrid:mr+ru-trad"))
    return out


def chinese_influenced(traditional: Iterable[str]) -> list[tuple[str, str]]:
    """Traditional spellings with чж read as zh, as in the Palladius spelling of Chinese
    names (LI ZHU EN for Ли Чжу Ен), label ``ru-trad:zh>icao``."""
    out: list[tuple[str, str]] = []
    for cyr in traditional:
        if "чж" not in cyr.lower():
            continue
        zh = cyr.replace("чж", "ж").replace("Чж", "Ж").replace("ЧЖ", "Ж")
        for latin, schemes in latin_in(zh, ZH_SCHEMES).items():
            out += [(latin, f"ru-trad:zh>{scheme}") for scheme in sorted(schemes)]
    return out


def cyrillic_forms(hangul: str) -> list[tuple[str, str]]:
    """Cyrillic spellings: strict Kontsevich, then the traditional ones and their hyphenations."""
    surname, given = split_name(hangul)
    out = [(kontsevich_name(surname, given), "kontsevich")]
    trad = traditional_spellings(surname, given)
    out += [(t, "ru-trad") for t in trad]
    out += [(hyphenated(t), "ru-trad:hyphen") for t in trad]
    return out


def add_latin_of_cyrillic(collect: Collector, cyr: str, source: str) -> None:
    """Add the Latin renderings of one Cyrillic form, labelled ``source>scheme``."""
    for latin, schemes in latin_renderings(cyr).items():
        kept = sorted(schemes - KOREAN_SKIPPED_SCHEMES)
        for scheme in kept:
            collect.add(latin, f"{source}>{scheme}")


def korean_variants(
    hangul: str | None,
    hanja_spellings: tuple[str, ...] = (),
    cyrillic: tuple[str, ...] = (),
    extra: Iterable[tuple[str, str]] = (),
) -> Collector:
    """Collect a Korean person's generated spellings; ``extra`` (the Russian name's forms) is
    added right after the Korean systems' forms, ahead of the Cyrillic-derived ones."""
    collect = Collector()
    extra = list(extra)
    spellings: list[str] = []
    if hangul:
        spellings.append(hangul)
    spellings += [h for h in hanja_spellings if h not in spellings]
    if not spellings:
        for cyr in cyrillic:
            collect.add(cyr, "cyrillic")
            add_latin_of_cyrillic(collect, cyr, "cyrillic")
        collect.add_all(extra)
        return collect
    main = spellings[0]
    collect.add_all(korean_latin_variants(main))
    collect.add_all(extra)
    for cyr in cyrillic:
        add_latin_of_cyrillic(collect, cyr, "cyrillic")
    cyr_forms = cyrillic_forms(main)
    add_latin_of_cyrillic(collect, cyr_forms[0][0], "kontsevich")
    traditional = [text for text, label in cyr_forms if label == "ru-trad"]
    for text in traditional[:LATIN_FROM_TRADITIONAL]:
        add_latin_of_cyrillic(collect, text, "ru-trad")
    others = spellings[1:] + [a for a in hangul_alternates(main) if a not in spellings]
    for alt in others:
        collect.add_all(korean_latin_variants(alt, prefix="law:")[:5])
    for cyr in cyrillic:
        collect.add(cyr, "cyrillic")
    collect.add_all(cyr_forms)
    # Less attested families last, so the bound drops them first.
    collect.add_all(hybrid_traditional(main, traditional[:HYBRID_FROM_TRADITIONAL]))
    collect.add_all(eastern_forms(main))
    collect.add_all(chinese_influenced(traditional))
    for text in traditional[LATIN_FROM_TRADITIONAL:]:
        for latin, schemes in latin_in(text, DEEP_SCHEMES).items():
            collect.add_all((latin, f"ru-trad>{scheme}") for scheme in sorted(schemes))
    return collect
