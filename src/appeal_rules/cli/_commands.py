"""The five commands and :func:`main`: arguments checked once here, then the library answers.

A date argument is read by :func:`~appeal_rules.cli._cells.parse_date`, like a CSV cell; the rest
becomes a JSON request (:mod:`appeal_rules.serialization`), so the command and a service answer
alike. Problems are named by the argument that carries them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from appeal_rules.calendar import CalendarOverlay
from appeal_rules.cli._batch import Decoding, process
from appeal_rules.cli._cells import COLUMNS, parse_date
from appeal_rules.cli._files import check_encoding, decoded, is_same_file, open_input, replacing
from appeal_rules.cli._parser import BROKEN_PIPE, DELIMITERS, INVALID, OK, PROG, PROVISIONAL, ROWS_FAILED, build_parser
from appeal_rules.cli._progress import Progress
from appeal_rules.cli._text import calendar_text, deadline_text, escalation_text, rule_sources_text
from appeal_rules.errors import InvalidInputError, Problem, ProvisionalResultError
from appeal_rules.model import BodyKind, Respondent
from appeal_rules.render import phrase
from appeal_rules.rules import RuleVersion
from appeal_rules.serialization import (
    CalendarRequest,
    ComplaintRequest,
    DeadlineRequest,
    EscalationRequest,
    dumps,
    evaluate,
    from_json,
)
from appeal_rules.serialization.service import calendar as overlaid_calendar

__all__ = ["main"]


def __dir__() -> list[str]:
    return __all__


# --- errors ------------------------------------------------------------------------------------


def _option_name(path: str, options: Mapping[str, str]) -> str:
    """The command-line name of a request path: ``registration.body`` -> ``--registered-by``."""
    match = re.match(r"overlays\[(\d+)\](.*)", path)
    if match and "overlay_files" in options:
        files = options["overlay_files"].split("\n")
        index = int(match.group(1))
        return f"--overlay {files[index] if index < len(files) else index}{match.group(2)}"
    return options.get(path, path)


def _report(err: InvalidInputError | ProvisionalResultError, args: argparse.Namespace,
            options: Mapping[str, str]) -> int:
    """Write ``err`` to stderr; return the exit code."""
    if isinstance(err, InvalidInputError):
        err = type(err)([attrs.evolve(p, path=_option_name(p.path, options)) for p in err.problems])
    if args.json:
        sys.stderr.write(dumps(err, indent=2) + "\n")
    else:
        sys.stderr.write(f"{PROG} {args.command}: error: {err}\n")
    return PROVISIONAL if isinstance(err, ProvisionalResultError) else INVALID


def _read_json(name: str, path: str, what: str, problems: list[Problem]) -> Any:
    """The JSON document in the file ``name`` (``-`` for stdin); ``path`` names it in problems."""
    named = "" if name in path else f" {name}"
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        problems.append(Problem(path, f"cannot read{named}: {err}", "a readable UTF-8 JSON file"))
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        problems.append(Problem(path, f"{named.strip() + ' is ' if named else ''}not valid JSON: {err.msg} at line "
                                f"{err.lineno}", f"{what} as JSON"))
        return None


def _read_overlays(files: Sequence[str], problems: list[Problem]) -> list[CalendarOverlay]:
    """Each ``--overlay FILE`` as a :class:`CalendarOverlay`; problems named ``overlays[i]...``."""
    overlays: list[CalendarOverlay] = []
    for i, name in enumerate(files):
        before = len(problems)
        raw = _read_json(name, f"--overlay {name}", "a CalendarOverlay", problems)
        if len(problems) > before:
            continue
        try:
            overlays.append(from_json(CalendarOverlay, raw))
        except InvalidInputError as err:
            problems += [attrs.evolve(p, path=f"overlays[{i}]" + (f".{p.path}" if p.path else ""))
                         for p in err.problems]
    return overlays


def _options_for(args: argparse.Namespace, names: Mapping[str, str]) -> dict[str, str]:
    options = dict(names)
    if getattr(args, "overlay", None):
        options["overlay_files"] = "\n".join(args.overlay)
    return options


def _dates(data: dict[str, Any], paths: Sequence[str], problems: list[Problem]) -> set[str]:
    """Read the date arguments of ``data`` (dotted paths) in place, as ISO text; the paths refused."""
    refused: set[str] = set()
    for path in paths:
        *parents, key = path.split(".")
        holder = data
        for parent in parents:
            holder = holder.get(parent) or {}
        if holder.get(key) is None:
            continue
        day = parse_date(holder[key], path, problems)
        if day is None:
            refused.add(path)
            del holder[key]
        else:
            holder[key] = day.isoformat()
    return refused


def _request(cls: type[Any], data: dict[str, Any], args: argparse.Namespace, problems: list[Problem],
             date_paths: Sequence[str] = ()) -> Any:
    """Structure ``data`` like a JSON request, with the overlay files' overlays and problems added."""
    data = {k: v for k, v in data.items() if v is not None}
    refused = _dates(data, date_paths, problems)
    overlays = _read_overlays(getattr(args, "overlay", []), problems)
    try:
        request = from_json(cls, data)
    except InvalidInputError as err:
        problems.extend(p for p in err.problems if p.path not in refused)
        request = None
    if problems:
        raise InvalidInputError(problems)
    return attrs.evolve(request, overlays=request.overlays + tuple(overlays)) if overlays else request


def _run(args: argparse.Namespace, options: Mapping[str, str], compute: Callable[[], int]) -> int:
    """Run ``compute``; report library errors and provisional warnings on stderr."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            code = compute()
    except (InvalidInputError, ProvisionalResultError) as err:
        return _report(err, args, options)
    for warning in caught:
        sys.stderr.write(f"{PROG} {args.command}: warning: {warning.message}\n")
    return code


def _print_json(obj: object) -> None:
    sys.stdout.write(dumps(obj, indent=2) + "\n")


# --- commands ----------------------------------------------------------------------------------


def _deadline(args: argparse.Namespace) -> int:
    names = {"registered_on": "REGISTERED_ON", "reviewer": "--reviewer", "lodged_on": "--lodged-on",
             "rules_on": "--rules-on", "convention": "--convention", "on_provisional": "--on-provisional"}

    def compute() -> int:
        data = {"registered_on": args.registered_on, "reviewer": args.reviewer, "lodged_on": args.lodged_on,
                "rules_on": args.rules_on, "convention": args.convention, "on_provisional": args.on_provisional}
        result = evaluate(_request(DeadlineRequest, data, args, [], ("registered_on", "lodged_on", "rules_on")))
        print(dumps(result, indent=2) if args.json else deadline_text(result, args.lang))
        return OK

    return _run(args, _options_for(args, names), compute)


_COMPLAINT_FLAGS = ("respondent", "appealed", "channel", "lodged_on", "learned_on", "addressee", "office",
                    "registered_on", "registered_by", "number", "on")
_COMPLAINT_DATES = ("complaint.lodged_on", "complaint.learned_on", "registration.registered_on", "on")


def _explain(args: argparse.Namespace) -> int:
    names = {f"complaint.{f}": f"--{f.replace('_', '-')}" for f in _COMPLAINT_FLAGS[:7]}
    names.update({"registration.registered_on": "--registered-on", "registration.body": "--registered-by",
                  "registration.number": "--number", "on": "--on", "on_provisional": "--on-provisional"})
    options: dict[str, str] = {} if args.json_file else _options_for(args, names)

    def compute() -> int:
        problems: list[Problem] = []
        if args.json_file:
            given = [f"--{f.replace('_', '-')}" for f in _COMPLAINT_FLAGS if getattr(args, f) is not None]
            if given:
                problems.append(Problem(", ".join(given), "given with --json-file",
                                        "either --json-file or the complaint's options, not both"))
            data = _read_json(args.json_file, "--json-file", "a ComplaintRequest", problems)
            overlays = _read_overlays(args.overlay, problems)
            if problems:
                raise InvalidInputError(problems)
            request = from_json(ComplaintRequest, data)
            if overlays:  # after the request file's own overlays
                request = attrs.evolve(request, overlays=request.overlays + tuple(overlays))
        else:
            complaint = {f: getattr(args, f) for f in _COMPLAINT_FLAGS[:7]}
            fields: dict[str, Any] = {
                "complaint": {k: v for k, v in complaint.items() if v is not None},
                "on": args.on, "on_provisional": args.on_provisional,
            }
            if args.registered_on is not None or args.registered_by is not None or args.number is not None:
                body = args.registered_by or args.addressee or args.office or _first_addressee(args.respondent)
                registration = {"registered_on": args.registered_on, "body": body, "number": args.number}
                fields["registration"] = {k: v for k, v in registration.items() if v is not None}
            request = _request(ComplaintRequest, fields, args, problems, _COMPLAINT_DATES)
        result = evaluate(request)
        if args.json:
            _print_json(result)
        else:
            # explain() ends with both flags, Calendar: and Rules:, so they are not printed twice.
            print("\n".join([result.explain(args.lang), "", phrase("cli.rule_sources", args.lang),
                             *rule_sources_text(_assessment_basis(result), args.lang)]))
        return OK

    return _run(args, options, compute)


def _assessment_basis(a: Any) -> list[RuleVersion]:
    basis: list[RuleVersion] = []
    if a.addressee_check is not None:
        basis += a.addressee_check.basis
    basis += a.proof.basis + a.answer.basis
    if a.deadline is not None:
        basis += a.deadline.basis
    basis += a.escalation.rules_applied
    return basis


def _first_addressee(respondent: str | None) -> str:
    if respondent is not None and Respondent(respondent).is_state_corporation:
        return BodyKind.STATE_CORPORATION.value
    return BodyKind.SERVICE_PROVIDER.value


def _escalation(args: argparse.Namespace) -> int:
    names = {"stage": "STAGE", "on": "--on", "respondent": "--respondent", "registered_on": "--registered-on",
             "answered_on": "--answered-on", "learned_on": "--learned-on", "has_superior": "--no-superior",
             "rules_on": "--rules-on", "on_provisional": "--on-provisional"}

    def compute() -> int:
        data = {"stage": args.stage, "on": args.on, "respondent": args.respondent,
                "registered_on": args.registered_on, "answered_on": args.answered_on, "learned_on": args.learned_on,
                "has_superior": not args.no_superior, "rules_on": args.rules_on,
                "on_provisional": args.on_provisional}
        request = _request(EscalationRequest, data, args, [],
                           ("on", "registered_on", "answered_on", "learned_on", "rules_on"))
        result = evaluate(request)
        print(dumps(result, indent=2) if args.json else escalation_text(result, request.on, args.lang))
        return OK

    return _run(args, _options_for(args, names), compute)


def _calendar(args: argparse.Namespace) -> int:
    def compute() -> int:
        data = {"year": _int_or_text(args.year), "month": _int_or_text(args.month)}
        result = evaluate(_request(CalendarRequest, data, args, []))
        print(dumps(result, indent=2) if args.json else calendar_text(result, args.lang))
        return OK

    return _run(args, _options_for(args, {"year": "YEAR", "month": "MONTH"}), compute)


def _int_or_text(value: str) -> int | str:
    return int(value) if re.fullmatch(r"[+-]?[0-9]{1,9}", value) else value


# --- batch -------------------------------------------------------------------------------------


def _column_choices(given: Sequence[str], problems: list[Problem]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for item in given:
        field, sep, header = (part.strip() for part in item.partition("="))
        if not sep or field not in COLUMNS or not header:
            problems.append(Problem("--column", f"got {item!r}",
                                    "FIELD=HEADER with FIELD one of: " + ", ".join(COLUMNS)))
        else:
            chosen[field] = header
    return chosen


def _batch(args: argparse.Namespace) -> int:
    options = _options_for(args, {})
    problems: list[Problem] = []
    if args.json and args.output == "-":
        problems.append(Problem("--json", "the CSV goes to stdout, so the JSON summary cannot",
                                "--json with -o OUT.csv"))
    if is_same_file(args.input, args.output):
        problems.append(Problem("-o", f"{args.output} is the input file", "an output other than the input"))
    if check_encoding(args.encoding) is None:
        problems.append(Problem("--encoding", f"got {args.encoding!r}",
                                "an encoding that keeps ASCII as it is, e.g. utf-8, cp1251"))
    chosen = _column_choices(args.column, problems)
    overlays = _read_overlays(args.overlay, problems)
    try:
        if problems:
            raise InvalidInputError(problems)
        calendar = overlaid_calendar(tuple(overlays))
        source = open_input(args.input)
    except InvalidInputError as err:
        return _report(err, args, options)
    except OSError as err:
        return _report(InvalidInputError.single("IN.csv", f"cannot read {args.input}: {err.strerror}",
                                                "a readable CSV file, or - for stdin"), args, options)
    decoding = Decoding(args.encoding)
    lines = source if isinstance(source.read(0), str) else decoded(source, decoding)
    progress = Progress(sys.stderr, source) if sys.stderr.isatty() else None
    delimiter = DELIMITERS.get(args.delimiter or "")
    try:
        with replacing(args.output, encoding="utf-8-sig" if args.excel else "utf-8") as sink:
            summary = process(lines, sink, calendar=calendar, progress=progress, delimiter=delimiter,
                              columns=chosen, out_delimiter=";" if args.excel else ",", decoding=decoding)
    except InvalidInputError as err:
        if progress is not None:
            sys.stderr.write("\n")
        if chosen or any(p.message.startswith("missing column") for p in err.problems):
            err = InvalidInputError([attrs.evolve(p, accepted=p.accepted + ", or --column FIELD=HEADER")
                                     if p.message.startswith("missing column") else p for p in err.problems])
        return _report(err, args, options)
    except OSError as err:
        return _report(InvalidInputError.single("-o", f"cannot write {args.output}: {err.strerror}",
                                                "a writable path, or - for stdout"), args, options)
    finally:
        if args.input != "-":
            source.close()
    if progress is not None:
        progress.done(summary.rows, summary.failed)
    elif summary.failed:
        failed = phrase("cli.rows_failed", args.lang, failed=summary.failed, rows=summary.rows)
        sys.stderr.write(f"{PROG} batch: {failed}\n")
    if args.json:
        _print_json(summary)
    return ROWS_FAILED if summary.failed else OK


# --- entry point -------------------------------------------------------------------------------

_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "deadline": _deadline, "explain": _explain, "escalation": _escalation, "calendar": _calendar, "batch": _batch,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``appeal-rules`` with ``argv`` (default: the process's arguments); return the exit code.

    ``--help`` and ``--version`` print and return 0; a usage error returns 2. The function never
    calls :func:`sys.exit`, so it can be called in-process.

    >>> main(["calendar", "2025", "13"])
    2
    >>> main(["--version"])  # doctest: +ELLIPSIS
    appeal-rules ...
    0
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, usage errors
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else INVALID)
    try:
        return _COMMANDS[args.command](args)
    except BrokenPipeError:
        # The reader went away (``appeal-rules calendar 2025 1 | head``): stop quietly, as Unix tools
        # do. Point stdout at the null device so the interpreter's final flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ is not None else 1)
        return BROKEN_PIPE
