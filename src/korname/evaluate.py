"""Score korname (or any other tagger) against a gold-annotated corpus.

The gold format is JSON Lines, one document per line::

    {"id": "doc-001", "text": "...", "date": "1950-09-22", "noise": "clean",
     "source": "free text",
     "mentions": [{"start": 10, "end": 21, "person_id": "kim-il-sung", "kind": "full"}]}

``start``/``end`` are Python string offsets into ``text``; ``person_id`` is null for a name the
table cannot resolve there (ambiguous); ``kind`` is full, surname, pseudonym or ocr. ``date``
(null, YYYY, YYYY-MM or YYYY-MM-DD), ``noise`` (clean, ocr-light, ocr-heavy; default clean),
``source`` and ``kind`` (default full) may be left out; a mention may carry ``form``, which must
then equal ``text[start:end]`` (a check for hand-written files), and both levels may carry a
free ``note``.

Scoring is strict: a predicted mention detects a gold mention only with exactly the same span,
and links it only if it also names the same person. Linking counts only mentions with a person
id on either side: naming a person where the gold says "ambiguous" is a linking false positive,
leaving a resolvable mention unlinked a linking false negative. Edits outside gold mentions are
the changes normalize() makes to text that no gold mention covers; merging a bracketed
alternate into its name ("Pak Heon-yeong [Pak Hon Yong]") only removes brackets and spaces
between gold mentions and does not count.

Nothing here depends on spaCy or flashtext: the baselines in the benchmarks feed their own
predictions to :func:`score`.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, Protocol

from .errors import InputError
from .table import AliasTable, load_table

__all__ = [
    "KINDS",
    "NOISE_LEVELS",
    "EvalReport",
    "GoldDoc",
    "GoldMention",
    "KindRow",
    "MethodRow",
    "NoiseRow",
    "OutsideEdit",
    "Predicted",
    "Scores",
    "evaluate",
    "format_report",
    "load_gold",
    "score",
    "to_json",
]

NOISE_LEVELS = ("clean", "ocr-light", "ocr-heavy")
KINDS = ("full", "surname", "pseudonym", "ocr")
_DOC_KEYS = ("id", "text", "date", "noise", "source", "mentions", "note")
_MENTION_KEYS = ("start", "end", "person_id", "kind", "form", "note")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
#: Characters outside gold mentions that a bracket merge may remove without counting as an
#: edit outside the gold mentions.
_BRACKET_FILL = frozenset(" \t\n[]()")
#: Edits outside gold mentions listed by name in the report (all are counted).
MAX_OUTSIDE_EXAMPLES = 10
_NO_METHOD = "unknown"


# --- gold -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldMention:
    """One annotated name: ``text[start:end]`` as written, the person or None, its kind."""

    start: int
    end: int
    person_id: str | None
    kind: str = "full"


@dataclass(frozen=True)
class GoldDoc:
    """One annotated document, with the file and line it came from (for error messages)."""

    id: str
    text: str
    mentions: tuple[GoldMention, ...]
    date: str | None = None
    noise: str = "clean"
    source: str = ""
    path: str = ""
    line: int = 0


def _fail(path: str, line: int, message: str, fix: str | None = None) -> InputError:
    text = f"{path}:{line}: {message}"
    if fix:
        text += f" ({fix})"
    return InputError(text)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _parse_mention(raw: Any, i: int, text: str, path: str, line: int) -> GoldMention:
    where = f"mention {i}"
    if not isinstance(raw, dict):
        raise _fail(path, line, f"{where} is not an object",
                    'write {"start": 0, "end": 5, "person_id": "...", "kind": "full"}')
    unknown = [k for k in raw if k not in _MENTION_KEYS]
    if unknown:
        raise _fail(path, line, f"{where}: unknown field '{unknown[0]}'",
                    f"known fields: {', '.join(_MENTION_KEYS)}")
    for key in ("start", "end", "person_id"):
        if key not in raw:
            raise _fail(path, line, f"{where}: field '{key}' is missing",
                        "person_id may be null, but it must be there" if key == "person_id"
                        else "give Python string offsets into text")
    start, end = raw["start"], raw["end"]
    if not (_is_int(start) and _is_int(end)):
        raise _fail(path, line, f"{where}: start and end must be integers")
    if not 0 <= start < end <= len(text):
        raise _fail(path, line, f"{where}: span {start}-{end} is not inside the text "
                    f"(length {len(text)})", "need 0 <= start < end <= len(text)")
    span = text[start:end]
    if span != span.strip():
        raise _fail(path, line, f"{where}: span {start}-{end} {span!r} starts or ends with "
                    "whitespace", "trim the span to the name")
    if "form" in raw and raw["form"] != span:
        raise _fail(path, line, f"{where}: form {raw['form']!r} is not the text at "
                    f"{start}-{end}, which reads {span!r}", "fix the offsets or the form")
    pid = raw["person_id"]
    if pid is not None and (not isinstance(pid, str) or not pid):
        raise _fail(path, line, f"{where}: person_id must be a person id or null")
    kind = raw.get("kind", "full")
    if kind not in KINDS:
        raise _fail(path, line, f"{where}: unknown kind {kind!r}",
                    f"use one of: {', '.join(KINDS)}")
    return GoldMention(start, end, pid, kind)


def _parse_doc(raw: Any, path: str, line: int) -> GoldDoc:
    if not isinstance(raw, dict):
        raise _fail(path, line, "a document must be a JSON object",
                    'write {"id": ..., "text": ..., "mentions": [...]}')
    unknown = [k for k in raw if k not in _DOC_KEYS]
    if unknown:
        raise _fail(path, line, f"unknown field '{unknown[0]}'",
                    f"known fields: {', '.join(_DOC_KEYS)}")
    doc_id = raw.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise _fail(path, line, "field 'id' is missing or not a non-empty string")
    text = raw.get("text")
    if not isinstance(text, str):
        raise _fail(path, line, f"document '{doc_id}': field 'text' is missing or not a string")
    date = raw.get("date")
    if date is not None and not (isinstance(date, str) and _DATE.match(date) and _valid_date(
            date)):
        raise _fail(path, line, f"document '{doc_id}': date {date!r} is not a date",
                    "write YYYY-MM-DD, YYYY-MM, YYYY or null")
    noise = raw.get("noise", "clean")
    if noise not in NOISE_LEVELS:
        raise _fail(path, line, f"document '{doc_id}': unknown noise level {noise!r}",
                    f"use one of: {', '.join(NOISE_LEVELS)}")
    source = raw.get("source", "")
    if not isinstance(source, str):
        raise _fail(path, line, f"document '{doc_id}': source must be a string")
    raw_mentions = raw.get("mentions")
    if not isinstance(raw_mentions, list):
        raise _fail(path, line, f"document '{doc_id}': field 'mentions' is missing or not a list",
                    "write [] for a document without names")
    mentions = sorted(
        (_parse_mention(m, i, text, path, line) for i, m in enumerate(raw_mentions)),
        key=lambda m: (m.start, m.end),
    )
    for a, b in pairwise(mentions):
        if b.start < a.end:
            raise _fail(path, line, f"document '{doc_id}': mentions {a.start}-{a.end} and "
                        f"{b.start}-{b.end} overlap", "gold mentions must not overlap")
    return GoldDoc(doc_id, text, tuple(mentions), date, noise, source, path, line)


def _valid_date(s: str) -> bool:
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        _dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise InputError(f"{path}: no *.jsonl files in this folder")
        return files
    if not path.is_file():
        raise InputError(f"{path}: no such file (give a .jsonl gold file or a folder of them)")
    return [path]


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read and validate a gold corpus: one JSON Lines file, or a folder of ``*.jsonl`` files.

    Every problem raises :class:`InputError` with a one-line message that names the file and
    line and says how to fix it. Blank lines are skipped; document ids must be unique.
    """
    docs: list[GoldDoc] = []
    first_line: dict[str, str] = {}
    for file in _gold_files(Path(path)):
        shown = str(file)
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError as e:
            raise InputError(f"{shown}: not UTF-8 text ({e.reason})") from None
        for n, raw_line in enumerate(lines, 1):
            if not raw_line.strip():
                continue
            try:
                raw = json.loads(raw_line)
            except json.JSONDecodeError as e:
                raise _fail(shown, n, f"not valid JSON: {e.msg} at column {e.colno}",
                            "write one JSON object per line") from None
            doc = _parse_doc(raw, shown, n)
            if doc.id in first_line:
                raise _fail(shown, n, f"duplicate document id '{doc.id}'",
                            f"it is already used at {first_line[doc.id]}")
            first_line[doc.id] = f"{shown}:{n}"
            docs.append(doc)
    if not docs:
        raise InputError(f"{path}: no documents (expected one JSON object per line)")
    return docs


# --- predictions and scores ---------------------------------------------------------------------


class MentionLike(Protocol):
    """What score() needs of a predicted mention (korname's Mention has it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def person_id(self) -> str | None: ...


class ChangeLike(Protocol):
    """What score() needs of an edit (korname's Change has it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def before(self) -> str: ...
    @property
    def after(self) -> str: ...


@dataclass(frozen=True)
class Predicted:
    """A prediction from another system (a baseline), in the shape score() reads."""

    start: int
    end: int
    person_id: str | None
    method: str = "baseline"


@dataclass(frozen=True)
class Scores:
    """True positives, false positives and false negatives, with the derived figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class NoiseRow:
    """Scores of the documents of one noise level."""

    noise: str
    documents: int
    detection: Scores
    linking: Scores


@dataclass(frozen=True)
class MethodRow:
    """Precision of the predictions one method produced (recall has no method: gold has none)."""

    method: str
    predicted: int
    detected: int  # predicted spans that are gold spans
    linked_predicted: int  # predictions that name a person
    linked_correct: int  # ... and name the gold person of that span

    @property
    def detection_precision(self) -> float:
        return self.detected / self.predicted if self.predicted else 0.0

    @property
    def linking_precision(self) -> float:
        return self.linked_correct / self.linked_predicted if self.linked_predicted else 0.0


@dataclass(frozen=True)
class KindRow:
    """Recall on the gold mentions of one kind (full, surname, pseudonym, ocr)."""

    kind: str
    gold: int
    detected: int
    linkable: int  # gold mentions of this kind with a person id
    linked: int

    @property
    def detection_recall(self) -> float:
        return self.detected / self.gold if self.gold else 0.0

    @property
    def linking_recall(self) -> float:
        return self.linked / self.linkable if self.linkable else 0.0


@dataclass(frozen=True)
class OutsideEdit:
    """An edit that touched text outside every gold mention."""

    doc_id: str
    start: int
    end: int
    before: str
    after: str


@dataclass(frozen=True)
class EvalReport:
    """Everything one evaluation measured. Format it with format_report() or to_json()."""

    system: str
    gold: str
    documents: int
    gold_mentions: int
    predicted_mentions: int
    detection: Scores
    linking: Scores
    by_noise: tuple[NoiseRow, ...]
    by_method: tuple[MethodRow, ...]
    by_kind: tuple[KindRow, ...]
    #: None when the system makes no edits (a tagger-only baseline).
    edits_total: int | None = None
    edits_outside: int | None = None
    outside_examples: tuple[OutsideEdit, ...] = field(default=())
    #: Gold person ids missing from the table the system was given.
    unknown_ids: tuple[str, ...] = field(default=())


def _inside(change: ChangeLike, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether an edit only touches gold mentions (and the brackets/spaces between them)."""
    if change.start == change.end:
        return any(s <= change.start <= e for s, e in spans)
    covered = False
    for p in range(change.start, change.end):
        if any(s <= p < e for s, e in spans):
            covered = True
        elif text[p] not in _BRACKET_FILL:
            return False
    return covered


def _doc_scores(gold: GoldDoc, predicted: Sequence[MentionLike]) -> tuple[Scores, Scores]:
    gold_spans = {(m.start, m.end): m.person_id for m in gold.mentions}
    seen: set[tuple[int, int]] = set()
    det_tp = det_fp = 0
    link_tp = link_fp = 0
    for m in predicted:
        span = (m.start, m.end)
        if span in gold_spans and span not in seen:
            det_tp += 1
        else:
            det_fp += 1
        if m.person_id is not None:
            if span not in seen and gold_spans.get(span) == m.person_id:
                link_tp += 1
            else:
                link_fp += 1
        seen.add(span)
    linkable = sum(1 for pid in gold_spans.values() if pid is not None)
    return (Scores(det_tp, det_fp, len(gold_spans) - det_tp),
            Scores(link_tp, link_fp, linkable - link_tp))


def score(
    gold_docs: Sequence[GoldDoc],
    predicted: Mapping[str, Sequence[MentionLike]],
    *,
    changes: Mapping[str, Sequence[ChangeLike]] | None = None,
    system: str = "korname",
) -> EvalReport:
    """Score predictions (document id -> mentions) against gold documents.

    A document missing from ``predicted`` counts as one where nothing was found. ``changes``
    (document id -> edits, offsets into the original text) enables the count of edits outside
    gold mentions; without it that count is None.
    """
    detection = linking = Scores()
    noise_scores: dict[str, tuple[int, Scores, Scores]] = {}
    methods: dict[str, list[int]] = {}
    kinds: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in KINDS}
    edits_total = edits_outside = 0
    examples: list[OutsideEdit] = []
    n_pred = 0
    for doc in gold_docs:
        preds = list(predicted.get(doc.id, ()))
        n_pred += len(preds)
        det, link = _doc_scores(doc, preds)
        detection, linking = detection + det, linking + link
        docs_n, nd, nl = noise_scores.get(doc.noise, (0, Scores(), Scores()))
        noise_scores[doc.noise] = (docs_n + 1, nd + det, nl + link)

        gold_spans = {(m.start, m.end): m.person_id for m in doc.mentions}
        for m in preds:
            row = methods.setdefault(str(getattr(m, "method", _NO_METHOD)), [0, 0, 0, 0])
            span = (m.start, m.end)
            row[0] += 1
            row[1] += span in gold_spans
            if m.person_id is not None:
                row[2] += 1
                row[3] += gold_spans.get(span) == m.person_id
        found = {(m.start, m.end): m.person_id for m in preds}
        for g in doc.mentions:
            row = kinds.setdefault(g.kind, [0, 0, 0, 0])
            row[0] += 1
            row[1] += (g.start, g.end) in found
            if g.person_id is not None:
                row[2] += 1
                row[3] += found.get((g.start, g.end)) == g.person_id

        if changes is not None:
            spans = [(m.start, m.end) for m in doc.mentions]
            for c in changes.get(doc.id, ()):
                edits_total += 1
                if not _inside(c, doc.text, spans):
                    edits_outside += 1
                    if len(examples) < MAX_OUTSIDE_EXAMPLES:
                        examples.append(OutsideEdit(doc.id, c.start, c.end, c.before, c.after))

    order = {n: i for i, n in enumerate(NOISE_LEVELS)}
    return EvalReport(
        system=system,
        gold=_gold_name(gold_docs),
        documents=len(gold_docs),
        gold_mentions=sum(len(d.mentions) for d in gold_docs),
        predicted_mentions=n_pred,
        detection=detection,
        linking=linking,
        by_noise=tuple(NoiseRow(n, *noise_scores[n]) for n in
                       sorted(noise_scores, key=lambda n: order.get(n, len(order)))),
        by_method=tuple(MethodRow(m, *v) for m, v in
                        sorted(methods.items(), key=lambda kv: (-kv[1][0], kv[0]))),
        by_kind=tuple(KindRow(k, *v) for k, v in kinds.items() if v[0]),
        edits_total=edits_total if changes is not None else None,
        edits_outside=edits_outside if changes is not None else None,
        outside_examples=tuple(examples),
    )


def _gold_name(docs: Iterable[GoldDoc]) -> str:
    return ", ".join(dict.fromkeys(d.path for d in docs if d.path))


def _unknown_ids(docs: Sequence[GoldDoc], table: AliasTable) -> tuple[str, ...]:
    ids = (m.person_id for d in docs for m in d.mentions if m.person_id is not None)
    return tuple(sorted({pid for pid in ids if pid not in table}))


def evaluate(
    gold_path: str | Path,
    *,
    table: AliasTable | None = None,
    mode: Literal["canonical", "repair"] = "canonical",
) -> EvalReport:
    """Run normalize_and_report over every gold document and score mentions and edits.

    Each document is tagged with its own date (namesakes are told apart by life dates). Gold
    person ids the table does not have are listed in the report (``unknown_ids``): their
    mentions cannot be linked, and a typo in the gold should not pass for a tagger error.
    """
    from .normalize import normalize_and_report

    docs = load_gold(gold_path)
    table = table if table is not None else load_table()
    predicted: dict[str, Sequence[MentionLike]] = {}
    changes: dict[str, Sequence[ChangeLike]] = {}
    for d in docs:
        done = normalize_and_report(d.text, mode=mode, table=table, date=d.date)
        predicted[d.id] = done.mentions
        changes[d.id] = done.changes
    result = score(docs, predicted, changes=changes, system=f"korname ({mode})")
    return replace(result, unknown_ids=_unknown_ids(docs, table))


# --- output -----------------------------------------------------------------------------------


def _f(x: float) -> str:
    return f"{x:.3f}"


def format_report(report: EvalReport) -> str:
    """The report as aligned plain-text tables, ending with a newline."""
    r = report
    out = [
        f"{r.system} on {r.gold or 'gold'}: {r.documents} documents, "
        f"{r.gold_mentions} gold mentions, {r.predicted_mentions} predicted",
        "",
        f"{'':12} {'precision':>9} {'recall':>7} {'F1':>7} {'tp':>6} {'fp':>6} {'fn':>6}",
    ]
    for name, s in (("detection", r.detection), ("linking", r.linking)):
        out.append(f"{name:12} {_f(s.precision):>9} {_f(s.recall):>7} {_f(s.f1):>7} "
                   f"{s.tp:>6} {s.fp:>6} {s.fn:>6}")
    out += ["", f"{'by noise':12} {'docs':>5} {'det P':>6} {'det R':>6} {'det F1':>6} "
                f"{'link P':>6} {'link R':>6} {'link F1':>7}"]
    for n in r.by_noise:
        d, lk = n.detection, n.linking
        out.append(f"{n.noise:12} {n.documents:>5} {_f(d.precision):>6} {_f(d.recall):>6} "
                   f"{_f(d.f1):>6} {_f(lk.precision):>6} {_f(lk.recall):>6} {_f(lk.f1):>7}")
    out += ["", f"{'by method':12} {'found':>5} {'det P':>6} {'linked':>6} {'link P':>6}"]
    for m in r.by_method:
        out.append(f"{m.method:12} {m.predicted:>5} {_f(m.detection_precision):>6} "
                   f"{m.linked_predicted:>6} {_f(m.linking_precision):>6}")
    out += ["", f"{'by gold kind':12} {'gold':>5} {'det R':>6} {'link R':>6}"]
    for k in r.by_kind:
        out.append(f"{k.kind:12} {k.gold:>5} {_f(k.detection_recall):>6} "
                   f"{_f(k.linking_recall):>6}")
    out.append("")
    if r.edits_outside is None:
        out.append("edits outside gold mentions: not measured (the system makes no edits)")
    else:
        out.append(f"edits outside gold mentions: {r.edits_outside} (of {r.edits_total} edits)")
        for e in r.outside_examples:
            out.append(f"  {e.doc_id} {e.start}-{e.end}: {e.before!r} -> {e.after!r}")
    if r.unknown_ids:
        shown = ", ".join(r.unknown_ids[:MAX_OUTSIDE_EXAMPLES])
        more = len(r.unknown_ids) - MAX_OUTSIDE_EXAMPLES
        out.append(f"warning: {len(r.unknown_ids)} gold person ids are not in the table, their "
                   f"mentions cannot be linked: {shown}" + (f" (+{more} more)" if more > 0 else ""))
    return "\n".join(out) + "\n"


def to_json(report: EvalReport) -> str:
    """The report as JSON, with precision, recall and F1 written out."""
    data: dict[str, Any] = asdict(report)
    data["detection"] = report.detection.to_dict()
    data["linking"] = report.linking.to_dict()
    data["by_noise"] = [
        {"noise": n.noise, "documents": n.documents, "detection": n.detection.to_dict(),
         "linking": n.linking.to_dict()} for n in report.by_noise
    ]
    data["by_method"] = [
        {**asdict(m), "detection_precision": m.detection_precision,
         "linking_precision": m.linking_precision} for m in report.by_method
    ]
    data["by_kind"] = [
        {**asdict(k), "detection_recall": k.detection_recall,
         "linking_recall": k.linking_recall} for k in report.by_kind
    ]
    return json.dumps(data, ensure_ascii=False, indent=1)

