"""The korname command line: a thin layer over the library.

Exit codes: 0 success, 1 some inputs failed (each reported on one line), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .errors import InputError, KornameError
from .files import atomic_write, expand_inputs, read_text
from .lines import LineIndex
from .normalize import MODES, SPELLINGS, Report, normalize_and_report
from .table import AliasTable, load_table

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _table(args: argparse.Namespace) -> AliasTable:
    if args.table is not None:
        return load_table(args.table)
    if args.extend is not None:
        return load_table(args.extend, extend=True)
    return load_table()


def _add_table_options(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--table", metavar="FILE", help="use this table instead of the shipped one")
    g.add_argument("--extend", metavar="FILE", help="add this table's persons to the shipped table")


def _report_rows(name: str, report: Report) -> list[str]:
    rows = []
    lines = LineIndex(report.original)
    for c in report.changes:
        row = {"file": name, "line": lines.line_of(c.start), **c.to_dict()}
        rows.append(json.dumps(row, ensure_ascii=False))
    return rows


def _cmd_normalize(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    table = _table(args)
    opts = {"mode": args.mode, "table": table, "spelling": args.spelling, "date": args.date,
            "fuzzy": args.fuzzy}
    report_lines: list[str] = []
    failed = 0
    changed = 0
    if args.report == "-" and args.output is None:
        raise _UsageError("korname normalize: --report - needs -o OUTDIR (the cleaned text "
                          "already goes to standard output)")
    if args.paths == ["-"]:
        if args.output is not None:
            raise _UsageError("korname normalize: '-' writes to standard output; drop -o")
        text = sys.stdin.read()
        report = normalize_and_report(text, **opts)
        out.write(report.text)
        report_lines += _report_rows("-", report)
        changed = len(report.changes)
        files = 1
    else:
        if "-" in args.paths:
            raise _UsageError("korname normalize: '-' (stdin) cannot be mixed with files")
        pairs = list(expand_inputs(args.paths))
        if args.output is None and (len(pairs) != 1 or Path(args.paths[0]).is_dir()):
            raise _UsageError(
                "korname normalize: several inputs need -o OUTDIR (inputs are never overwritten)"
            )
        inputs = {p.resolve() for p, _ in pairs}
        files = 0
        for src, rel in pairs:
            files += 1
            try:
                text = read_text(src)
                report = normalize_and_report(text, **opts)
                if args.output is None:
                    out.write(report.text)
                else:
                    dest = Path(args.output) / rel
                    if dest.resolve() in inputs:
                        raise InputError(f"{src}: output {dest} would overwrite an input; "
                                         "choose another -o folder")
                    atomic_write(dest, report.text)
            except InputError as e:
                err.write(f"korname: {e}\n")
                failed += 1
                continue
            except OSError as e:
                err.write(f"korname: {src}: {e.strerror or e} (check the output folder)\n")
                failed += 1
                continue
            report_lines += _report_rows(str(src), report)
            changed += len(report.changes)
    if args.report is not None:
        body = "".join(line + "\n" for line in report_lines)
        if args.report == "-":
            out.write(body)
        else:
            atomic_write(Path(args.report), body)
    err.write(f"korname: {files} file(s), {changed} change(s), {failed} failed\n")
    return EXIT_FAILED if failed else EXIT_OK


def _read_arg(path: str) -> tuple[str, str]:
    if path == "-":
        return "-", sys.stdin.read()
    return path, read_text(Path(path))


def _each_input(paths: list[str], err: TextIO, failed: list[str]) -> Iterator[tuple[str, str]]:
    """(name, text) of every readable input; each unreadable one is reported and listed."""
    for path in paths:
        try:
            yield _read_arg(path)
        except InputError as e:
            err.write(f"korname: {e}\n")
            failed.append(path)


def _cmd_tag(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .tagger import get_tagger

    tagger = get_tagger(_table(args))
    failed: list[str] = []
    for name, text in _each_input(args.paths, err, failed):
        for m in tagger.tag(text, date=args.date):
            out.write(json.dumps({"file": name, **m.to_dict()}, ensure_ascii=False) + "\n")
    return EXIT_FAILED if failed else EXIT_OK


def _cmd_explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .explain import explain_report

    table = _table(args)
    failed: list[str] = []
    for name, text in _each_input(args.paths, err, failed):
        report = normalize_and_report(text, mode=args.mode, table=table, date=args.date)
        out.write(explain_report(name, report, table))
    return EXIT_FAILED if failed else EXIT_OK


def _cmd_check_table(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .check import check_table, table_statistics

    table = load_table(args.file, extend=args.extend) if args.file else load_table()
    # A table that loads passes: load_table reported any bad entry as a user error already.
    out.write(table_statistics(table) if args.stats else check_table(table))
    return EXIT_OK


def _cmd_romanize(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .romanize import SYSTEMS, romanize

    systems = SYSTEMS if args.system == "all" else (args.system,)
    for name in args.names:
        for system in systems:
            try:
                out.write(f"{system}\t{romanize(name, system)}\n")
            except ValueError as e:
                if args.system != "all":
                    raise _UsageError(f"korname romanize: {e}") from None
    return EXIT_OK


def _cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .evaluate import evaluate, format_report, to_json

    report = evaluate(args.gold, table=_table(args), mode=args.mode)
    out.write(to_json(report) + "\n" if args.json else format_report(report))
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="korname", description="Find, link and normalize person names in "
                "translated archival documents on Korea.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    n = sub.add_parser("normalize", help="clean files, folders (*.txt) or - (stdin)")
    n.add_argument("paths", nargs="+", metavar="PATH")
    n.add_argument("-o", "--output", metavar="OUTDIR", help="folder for the cleaned copies")
    n.add_argument("--mode", choices=MODES, default="canonical")
    n.add_argument("--spelling", choices=SPELLINGS, default="table")
    n.add_argument("--report", metavar="FILE.jsonl", help="write every change as JSON lines")
    n.add_argument("--date", help="document date (year) for resolving namesakes")
    n.add_argument("--fuzzy", type=float, metavar="SCORE",
                   help="also apply fuzzy candidates scoring at least SCORE (0-100)")
    _add_table_options(n)
    n.set_defaults(func=_cmd_normalize)

    t = sub.add_parser("tag", help="print mentions as JSON lines")
    t.add_argument("paths", nargs="+", metavar="FILE")
    t.add_argument("--date")
    _add_table_options(t)
    t.set_defaults(func=_cmd_tag)

    e = sub.add_parser("explain", help="print each change with its reasons")
    e.add_argument("paths", nargs="+", metavar="FILE")
    e.add_argument("--mode", choices=MODES, default="canonical")
    e.add_argument("--date")
    _add_table_options(e)
    e.set_defaults(func=_cmd_explain)

    c = sub.add_parser("check-table", help="validate an alias table and list ambiguous keys")
    c.add_argument("file", nargs="?", metavar="FILE")
    c.add_argument("--extend", action="store_true", help="check FILE added to the shipped table")
    c.add_argument("--stats", action="store_true",
                   help="print the table's size by group as Markdown (as in README)")
    c.set_defaults(func=_cmd_check_table)

    r = sub.add_parser("romanize", help="spell a Hangul or Hanzi name in one or all systems")
    r.add_argument("names", nargs="+", metavar="NAME")
    r.add_argument("--system", default="mr", help="a system name, or 'all'")
    r.set_defaults(func=_cmd_romanize)

    v = sub.add_parser("eval", help="score a gold-annotated corpus (JSON lines)")
    v.add_argument("gold", metavar="GOLD", help="a .jsonl gold file or a folder of them")
    v.add_argument("--mode", choices=MODES, default="canonical")
    v.add_argument("--json", action="store_true", help="print the scores as JSON")
    _add_table_options(v)
    v.set_defaults(func=_cmd_eval)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    out, err = sys.stdout, sys.stderr
    try:
        args = _parser().parse_args(list(argv) if argv is not None else None)
        return int(args.func(args, out, err))
    except _UsageError as e:
        err.write(f"{e}\n")
        return EXIT_USAGE
    except KornameError as e:
        err.write(f"korname: error: {e}\n")
        return EXIT_USAGE if not isinstance(e, InputError) else EXIT_FAILED
    except ValueError as e:
        err.write(f"korname: error: {e}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.write("korname: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
