"""The ``appeal-rules`` command: deadlines, explanations, escalation, the calendar and CSV batches.

Every command has ``--help`` with an example, and ``--json`` for machine-readable output (the same
JSON as :func:`appeal_rules.serialization.handle`). Dates are always arguments: the command never
reads the clock. Errors go to stderr, every problem on its own line (as a JSON error payload under
``--json``).

Exit codes: ``0`` done, ``1`` some batch rows failed, ``2`` invalid input, ``3`` a provisional
result refused, ``141`` output closed early; each is explained in :data:`EXIT_CODES` (the source of
``--help`` and of the table in the docs).

>>> main(["deadline", "2024-12-31", "--reviewer", "service_provider", "--json"])  # doctest: +ELLIPSIS
{
  "schema_version": "1",
  "kind": "review_deadline",
  ...
  "due": "2025-01-10",
...
0
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import io
import json
import operator
import os
import re
import sys
import textwrap
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, ClassVar, NoReturn, TextIO

import attrs

from appeal_rules.calendar import _WEEKDAYS, CalendarOverlay, WorkingCalendar, resolve_calendar
from appeal_rules.deadlines import Convention, ProvisionalPolicy
from appeal_rules.errors import InvalidInputError, Problem, ProvisionalResultError
from appeal_rules.model import AppealedAct, BodyKind, Channel, Respondent
from appeal_rules.procedure import (
    FIRST_INSTANCE,
    Escalation,
    ReviewDeadline,
    Stage,
    addressees,
    check_addressee,
    review_deadline,
)
from appeal_rules.rules import RuleVersion, Unit, rule
from appeal_rules.serialization import (
    CalendarMonth,
    CalendarRequest,
    ComplaintRequest,
    DeadlineRequest,
    EscalationRequest,
    _deadline_paths,
    dumps,
    evaluate,
    from_json,
)
from appeal_rules.serialization import _calendar as _overlaid_calendar

__all__ = ["EXIT_CODES", "BatchSummary", "main", "run_batch"]


def __dir__() -> list[str]:
    return __all__


_OK, _ROWS_FAILED, _INVALID, _PROVISIONAL = 0, 1, 2, 3
_PROG = "appeal-rules"

#: Exit status when the reader of stdout goes away (128 + SIGPIPE, as a shell reports it).
_BROKEN_PIPE = 141

#: Every exit status of the command and what it means. ``--help`` and the table in the docs
#: (docs/cli.md) are generated from it.
EXIT_CODES: dict[int, str] = {
    _OK: "done",
    _ROWS_FAILED: "batch only: some rows failed; each has its problems in the error column, and no row is dropped",
    _INVALID: "usage error or invalid input; every problem is listed on stderr",
    _PROVISIONAL: "the result rests on unconfirmed calendar data and --on-provisional raise was given",
    _BROKEN_PIPE: "the output was closed early (for example by piping into head): the command stops quietly, "
                  "as Unix tools do",
}
_EXIT_CODES_HELP = "Exit codes:\n" + "\n".join(f"  {code:<3}  {meaning}" for code, meaning in EXIT_CODES.items())


def _values(enum_type: type[Any]) -> list[str]:
    return [m.value for m in enum_type]


#: The bodies that review complaints under the procedure (a court's limits are not review terms).
_REVIEWERS = [b.value for b in BodyKind if b in FIRST_INSTANCE or b is BodyKind.QUALITY_AUTHORITY]
_CONVENTION_TEXT = {
    Convention.NEXT_DAY: "day 1 is the first working day after registration",
    Convention.SAME_DAY: "day 1 is the day of registration if it is a working day (what-if only)",
    Convention.CALENDAR_DAYS: "calendar days from the day after; a last day off moves to the next working day",
    Convention.MONTHS: "months; a last day off moves to the next working day",
}


# --- the parser --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors follow the same format as input errors."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(_INVALID)


def _command(
    sub: Any, name: str, help_text: str, description: str, examples: Sequence[str]
) -> argparse.ArgumentParser:
    epilog = "Example" + ("s" if len(examples) > 1 else "") + ":\n" + "\n".join(f"  {e}" for e in examples)
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=help_text, description=textwrap.fill(description, 100), epilog=epilog + "\n\n" + _EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON (errors too, on stderr)")
    parser.add_argument(
        "--overlay", action="append", default=[], metavar="FILE",
        help="a CalendarOverlay as JSON (an act the holidays data lacks); may be repeated",
    )


def _add_policy(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--on-provisional", choices=_values(ProvisionalPolicy), default="mark",
        help="when the result rests on unconfirmed calendar data: mark it (default), also warn on "
             "stderr, or refuse it (exit 3)",
    )


def _build_parser() -> argparse.ArgumentParser:
    from appeal_rules import __version__

    parser = _Parser(
        prog=_PROG,
        description=textwrap.fill(
            "Kazakhstan's procedure for appealing public-service decisions: review deadlines in working days, "
            "who receives a complaint, what proves acceptance, where to go next. Every answer names its source.",
            100),
        epilog="Examples:\n"
               "  appeal-rules deadline 2024-12-31 --reviewer service_provider\n"
               "  appeal-rules explain --respondent provider_official --appealed decision --channel post "
               "--lodged-on 2025-03-03\n"
               "  appeal-rules escalation first_instance_answered --on 2025-02-03 --answered-on 2025-01-20\n"
               "  appeal-rules calendar 2025 1\n"
               "  appeal-rules batch complaints.csv -o deadlines.csv\n\n" + _EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{_PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    p = _command(sub, "deadline", "the review deadline of a complaint",
                 "The last day the reviewer has to answer a complaint registered on REGISTERED_ON, with every "
                 "working day counted, every day skipped and why, and the rule applied with its sources.",
                 ["appeal-rules deadline 2024-12-31 --reviewer service_provider",
                  "appeal-rules deadline 2026-12-18 --reviewer quality_authority --on-provisional warn --json"])
    p.add_argument("registered_on", metavar="REGISTERED_ON", help="the day the complaint was registered (YYYY-MM-DD)")
    p.add_argument("--reviewer", required=True, choices=_REVIEWERS, help="the body that reviews the complaint")
    p.add_argument("--lodged-on", metavar="DATE", help="the day it was lodged (must not be after registration)")
    p.add_argument("--rules-on", metavar="DATE", help="read the rules in force on DATE (default: REGISTERED_ON)")
    # Review terms are in working days, so only the working-day conventions apply here.
    p.add_argument("--convention", choices=[c.value for c in Convention if c.unit is Unit.WORKING_DAYS],
                   help="how days are counted (default next_day: day 1 is the day after registration)")
    _add_policy(p)
    _add_output_options(p)

    p = _command(sub, "explain", "every decision about one complaint, readable by a person",
                 "To whom the complaint goes (and whether the chosen addressee may receive it), what proves "
                 "acceptance, how the answer comes, the review deadline once registered, and the options on "
                 "the day --on, each with its source. Give the complaint as options or as a JSON file.",
                 ["appeal-rules explain --respondent provider_official --appealed decision --channel in_person "
                  "--lodged-on 2024-12-31 --registered-on 2024-12-31 --on 2025-01-13",
                  "appeal-rules explain --json-file complaint.json --json"])
    p.add_argument("--json-file", metavar="FILE",
                   help="a ComplaintRequest as JSON ('-' for stdin), instead of the options below")
    p.add_argument("--respondent", choices=_values(Respondent), help="who the complaint is about")
    p.add_argument("--appealed", choices=_values(AppealedAct), help="what is appealed")
    p.add_argument("--channel", choices=_values(Channel), help="how the complaint is lodged")
    p.add_argument("--lodged-on", metavar="DATE", help="the day it was lodged")
    p.add_argument("--learned-on", metavar="DATE", help="the day the applicant learned of the act")
    p.add_argument("--addressee", choices=_values(BodyKind), help="the body whose head the complaint is addressed to")
    p.add_argument("--office", choices=_values(BodyKind), help="the office it was handed in or posted to")
    p.add_argument("--registered-on", metavar="DATE", help="the day it was registered, once it was")
    p.add_argument("--registered-by", choices=_values(BodyKind),
                   help="the body that registered it (default: --addressee, else the first body that may receive it)")
    p.add_argument("--number", help="the incoming number of the registration")
    p.add_argument("--on", metavar="DATE", help="the day the question is asked (default: registration, else lodging)")
    _add_policy(p)
    _add_output_options(p)

    p = _command(sub, "escalation", "the options open at a stage",
                 "What the applicant can do next at STAGE on the day --on: where to complain or go to court, "
                 "the review term that brings, the time limit and the last day, each with its sources.",
                 ["appeal-rules escalation first_instance_answered --on 2025-02-03 --answered-on 2025-01-20",
                  "appeal-rules escalation first_instance_pending --on 2025-01-08 --registered-on 2025-01-06"])
    p.add_argument("stage", metavar="STAGE", choices=_values(Stage), help="one of: " + ", ".join(_values(Stage)))
    p.add_argument("--on", required=True, metavar="DATE", help="the day the question is asked")
    p.add_argument("--respondent", choices=_values(Respondent), default="service_provider",
                   help="who the complaint is about (default: service_provider)")
    p.add_argument("--registered-on", metavar="DATE", help="the day the complaint was registered (pending, overdue)")
    p.add_argument("--answered-on", metavar="DATE", help="the day the answer was received (answered stages)")
    p.add_argument("--learned-on", metavar="DATE", help="the day the applicant learned of the act")
    p.add_argument("--no-superior", action="store_true", help="the body has no superior body")
    p.add_argument("--rules-on", metavar="DATE", help="read the rules in force on DATE")
    _add_policy(p)
    _add_output_options(p)

    p = _command(sub, "calendar", "a month of the working-day calendar",
                 "Every day of the month: working or not, its kind and name, days moved by the transfer act "
                 "and days resting on unconfirmed data marked.",
                 ["appeal-rules calendar 2025 1", "appeal-rules calendar 2027 3 --json"])
    p.add_argument("year", metavar="YEAR", help="the year, e.g. 2025")
    p.add_argument("month", metavar="MONTH", help="the month, 1 to 12")
    _add_output_options(p)

    p = _command(sub, "batch", "review deadlines for every row of a CSV file",
                 "Read a CSV (columns id, registered_on, reviewer; optional lodged_on, respondent, channel, "
                 "appealed, rules_on, convention; any other column is passed through) and write it back with "
                 "the columns addressee, due, provisional, rule_version and error. A bad row gets its problems "
                 "in the error column and the run goes on: no row is dropped. Rows are streamed, so memory "
                 "does not grow with the file. Progress is shown on stderr when it is a terminal.",
                 ["appeal-rules batch complaints.csv -o deadlines.csv",
                  "appeal-rules batch - < complaints.csv > deadlines.csv"])
    p.add_argument("input", metavar="IN.csv", help="the CSV to read ('-' for stdin)")
    p.add_argument("-o", "--output", metavar="OUT.csv", default="-", help="where to write the CSV (default: stdout)")
    _add_output_options(p)
    return parser


# --- errors ------------------------------------------------------------------------------------


def _option_name(path: str, options: Mapping[str, str]) -> str:
    """The command-line name of a request path: ``registration.body`` -> ``--registered-by``."""
    match = re.match(r"overlays\[(\d+)\](.*)", path)
    if match and "overlay_files" in options:
        files = options["overlay_files"].split("\n")
        index = int(match.group(1))
        return f"--overlay {files[index] if index < len(files) else index}{match.group(2)}"
    if path in options:
        return options[path]
    return path


def _report(err: InvalidInputError | ProvisionalResultError, args: argparse.Namespace,
            options: Mapping[str, str]) -> int:
    """Write ``err`` to stderr; return the exit code."""
    if isinstance(err, InvalidInputError):
        problems = [attrs.evolve(p, path=_option_name(p.path, options)) for p in err.problems]
        err = type(err)(problems)
    if args.json:
        sys.stderr.write(dumps(err, indent=2) + "\n")
    else:
        sys.stderr.write(f"{_PROG} {args.command}: error: {err}\n")
    return _PROVISIONAL if isinstance(err, ProvisionalResultError) else _INVALID


def _read_overlays(files: Sequence[str], problems: list[Problem]) -> list[CalendarOverlay]:
    """Each ``--overlay FILE`` as a :class:`CalendarOverlay`, for every command alike.

    A file is a JSON document of its own, as :func:`~appeal_rules.serialization.dumps` writes one
    (a ``schema_version`` at its top is checked, not refused). Its problems are named
    ``overlays[i]...`` by the file's position, which :func:`_option_name` shows as ``--overlay FILE``.
    """
    overlays: list[CalendarOverlay] = []
    for i, name in enumerate(files):
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            problems.append(Problem(f"--overlay {name}", f"cannot read: {err}", "a readable UTF-8 JSON file"))
            continue
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as err:
            problems.append(Problem(f"--overlay {name}", f"not valid JSON: {err.msg} at line {err.lineno}",
                                    "a CalendarOverlay as JSON"))
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


def _request(cls: type[Any], data: dict[str, Any], args: argparse.Namespace, problems: list[Problem]) -> Any:
    """Structure ``data`` like a JSON request, with the overlay files' overlays and problems added."""
    overlays = _read_overlays(getattr(args, "overlay", []), problems)
    data = {k: v for k, v in data.items() if v is not None}
    try:
        request = from_json(cls, data)
    except InvalidInputError as err:
        problems.extend(err.problems)
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
        sys.stderr.write(f"{_PROG} {args.command}: warning: {warning.message}\n")
    return code


def _print_json(obj: object) -> None:
    sys.stdout.write(dumps(obj, indent=2) + "\n")


# --- text output -------------------------------------------------------------------------------


def _day_text(day: dt.date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.isoformat()}"


def _human(value: str) -> str:
    return value.replace("_", " ")


def _rules_text(versions: Iterable[RuleVersion]) -> list[str]:
    """The rule versions, each with its sources; callers pass distinct versions."""
    lines = []
    for v in versions:
        until = f" to {v.effective_to.isoformat()}" if v.effective_to else ""
        lines.append(f"  {v.version} (in force from {v.effective_from.isoformat()}{until})")
        lines.append(f"    {v.summary}")
        for s in v.sources:
            lines.append(f"    - {s.cite()} [{'confirmed' if s.confirmed else 'NOT confirmed'}] {s.url}")
            if s.note:
                lines.append(f"      note: {s.note}")
    return lines


def _provisional_text(reasons: Sequence[str]) -> list[str]:
    if not reasons:
        return ["Provisional: no"]
    return ["Provisional: YES, the result rests on unconfirmed calendar data:"] + [f"  - {r}" for r in reasons]


def _deadline_text(d: ReviewDeadline) -> str:
    lines = [
        f"Due: {_day_text(d.due)} (the reviewer has until the end of that day)",
        f"Reviewer: {_human(d.reviewer.value)}; registered {_day_text(d.registered_on)}",
        f"Term: {d.term.describe()} ({d.rule_version})",
        f"Counting: {d.period.convention.value}: {_CONVENTION_TEXT[d.period.convention]} "
        f"({d.period.convention.citation})",
        *_provisional_text(d.provisional_reasons),
        "",
    ]
    lines.append(f"Working days counted ({len(d.counted)}):")  # review terms are never 0 days
    for i, day in enumerate(d.counted, 1):
        note = " (a weekend day made working)" if day.weekday() >= 5 else ""
        lines.append(f"  {i:>2}. {_day_text(day)}{note}")
    lines.append(f"Days skipped ({len(d.skipped)}):")
    lines += [f"  {day.describe()}" for day in d.skipped]
    lines += ["", "Rules applied:", *_rules_text(d.basis), "", f"Calendar data: {d.period.calendar_version}"]
    return "\n".join(lines)


def _escalation_text(e: Escalation, on: str) -> str:
    lines = [
        f"Stage: {_human(e.stage.value)} on {on} (rules of the {e.regime} regime, read on {e.rules_on.isoformat()})",
        *_provisional_text(e.provisional_reasons),
    ]
    if e.waiting_until is not None:
        lines.append(f"Waiting until: {_day_text(e.waiting_until)}")
    if e.note:
        lines.append(f"Note: {e.note}")
    if e.options:
        lines += ["", "Options:"]
    for i, o in enumerate(e.options, 1):
        lines.append(f"{i}. {o.label}" + ("  [EXPIRED]" if o.expired else ""))
        lines.append(f"   To: {', '.join(_human(b.value) for b in o.bodies)}")
        if o.lodge_through is not None:
            forwarding = f", which forwards it within {o.forwarding_term.describe()}" if o.forwarding_term else ""
            lines.append(f"   Lodge through: the {_human(o.lodge_through.value)}{forwarding}")
        if o.review_term is not None:
            lines.append(f"   Review term: {o.review_term.describe()}")
        if o.time_limit is not None:
            by = f"; act by {_day_text(o.act_by)}" if o.act_by else " (the start is not known: give the date)"
            lines.append(f"   Time limit: {o.time_limit.describe()}{by}")
        lines.append(f"   Why: {o.explanation}")
        lines.append(f"   Sources: {'; '.join(dict.fromkeys(s.cite() for v in o.basis for s in v.sources))}")
    lines += ["", "Rules applied:", *_rules_text(e.rules_applied)]
    return "\n".join(lines)


def _calendar_text(m: CalendarMonth) -> str:
    title = f"{_month_name(m.month)} {m.year}: {m.working_days} working days"
    lines = [title, f"Calendar data: {m.calendar_version}", "",
             f"{'Date':<10}  {'Day':<9}  {'Working':<7}  {'Kind':<15}  Name, act and marks"]
    for d in m.days:
        notes = []
        if d.name and d.kind.value not in ("working", "weekend"):
            notes.append(d.name)
        if d.moved is not None:
            notes.append(f"moved from {d.moved.isoformat()}" if not d.working else
                         f"day off moved to {d.moved.isoformat()}")
        if d.act:
            notes.append(f"under {d.act}")
        if d.estimated:
            notes.append("date estimated")
        marks = [mark for mark, on in (("[transferred]", d.transferred), ("[provisional]", d.provisional)) if on]
        text = "; ".join(notes) + (" " if notes and marks else "") + " ".join(marks)
        lines.append(f"{d.date.isoformat():<10}  {d.weekday:<9}  {'yes' if d.working else 'no':<7}  "
                     f"{d.kind.value:<15}  {text}".rstrip())
    lines += ["", *_provisional_text(m.provisional_reasons)]
    return "\n".join(lines)


def _month_name(month: int) -> str:
    return ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")[month - 1]


# --- commands ----------------------------------------------------------------------------------


def _deadline(args: argparse.Namespace) -> int:
    names = {"registered_on": "REGISTERED_ON", "reviewer": "--reviewer", "lodged_on": "--lodged-on",
             "rules_on": "--rules-on", "convention": "--convention", "on_provisional": "--on-provisional"}
    options = _options_for(args, names)

    def compute() -> int:
        data = {"registered_on": args.registered_on, "reviewer": args.reviewer, "lodged_on": args.lodged_on,
                "rules_on": args.rules_on, "convention": args.convention, "on_provisional": args.on_provisional}
        result = evaluate(_request(DeadlineRequest, data, args, []))
        if args.json:
            _print_json(result)
        else:
            print(_deadline_text(result))
        return _OK

    return _run(args, options, compute)


_COMPLAINT_FLAGS = ("respondent", "appealed", "channel", "lodged_on", "learned_on", "addressee", "office",
                    "registered_on", "registered_by", "number", "on")


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
            data = _read_request_file(args.json_file, problems)
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
            request = _request(ComplaintRequest, fields, args, problems)
        result = evaluate(request)
        if args.json:
            _print_json(result)
        else:
            print(result.explain())
            print("\nRules applied (version: sources):")
            seen: set[str] = set()
            for v in _assessment_basis(result):
                if v.version not in seen:
                    seen.add(v.version)
                    unconfirmed = [s.cite() for s in v.sources if not s.confirmed]
                    flag = f" [NOT confirmed: {'; '.join(unconfirmed)}]" if unconfirmed else ""
                    print(f"  {v.version}: {v.cite()}{flag}")
        return _OK

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


def _read_request_file(name: str, problems: list[Problem]) -> Any:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        problems.append(Problem("--json-file", f"cannot read {name}: {err}", "a readable UTF-8 JSON file"))
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        problems.append(Problem("--json-file", f"{name} is not valid JSON: {err.msg} at line {err.lineno}",
                                "a ComplaintRequest as JSON"))
        return None


def _escalation(args: argparse.Namespace) -> int:
    names = {"stage": "STAGE", "on": "--on", "respondent": "--respondent", "registered_on": "--registered-on",
             "answered_on": "--answered-on", "learned_on": "--learned-on", "has_superior": "--no-superior",
             "rules_on": "--rules-on", "on_provisional": "--on-provisional"}
    options = _options_for(args, names)

    def compute() -> int:
        data = {"stage": args.stage, "on": args.on, "respondent": args.respondent,
                "registered_on": args.registered_on, "answered_on": args.answered_on, "learned_on": args.learned_on,
                "has_superior": not args.no_superior, "rules_on": args.rules_on,
                "on_provisional": args.on_provisional}
        result = evaluate(_request(EscalationRequest, data, args, []))
        if args.json:
            _print_json(result)
        else:
            print(_escalation_text(result, args.on))
        return _OK

    return _run(args, options, compute)


def _calendar(args: argparse.Namespace) -> int:
    options = _options_for(args, {"year": "YEAR", "month": "MONTH"})

    def compute() -> int:
        data = {"year": _int_or_text(args.year), "month": _int_or_text(args.month)}
        result = evaluate(_request(CalendarRequest, data, args, []))
        if args.json:
            _print_json(result)
        else:
            print(_calendar_text(result))
        return _OK

    return _run(args, options, compute)


def _int_or_text(value: str) -> int | str:
    return int(value) if re.fullmatch(r"[+-]?[0-9]{1,9}", value.strip()) else value


# --- batch -------------------------------------------------------------------------------------


@attrs.frozen
class BatchSummary:
    """What a :func:`run_batch` did: rows read and written, rows that failed, the calendar data used.

    >>> BatchSummary(rows=3, failed=1, calendar_version="holidays 0.109; overlays none; horizon 2025").succeeded
    2
    """

    KIND: ClassVar[str] = "batch_summary"

    rows: int = attrs.field(metadata={"description": "Rows read, and written (none is dropped)."})
    failed: int = attrs.field(metadata={"description": "Rows written with an error."})
    calendar_version: str = attrs.field(metadata={"description": "The calendar's data version."})

    @property
    def succeeded(self) -> int:
        """Rows written with a due date."""
        return self.rows - self.failed


_REQUIRED_COLUMNS = ("id", "registered_on", "reviewer")
_OPTIONAL_COLUMNS = ("lodged_on", "respondent", "channel", "appealed", "rules_on", "convention")
#: The columns ``batch`` adds, in order, with what each holds (docs/cli.md's table is built from it).
_OUTPUT_COLUMNS: dict[str, str] = {
    "addressee": "the bodies that may receive a complaint about the respondent, separated by |; blank "
                 "without a respondent",
    "due": "the last day of the review term",
    "provisional": "true when the due date rests on unconfirmed calendar data",
    "rule_version": "the version of the review-term rule applied",
    "error": "every problem of the row, separated by ' | '; the other four are then blank",
}
_CACHE_LIMIT = 32_768  # entries per cache: memory is bounded however long the file


class _LineWriter:
    """Writes lines to a text stream, and formats a row as one CSV line.

    The csv module quotes a cell holding a carriage return or a line feed only when that character
    is in its line terminator, so rows are formatted with CR LF and the terminator is cut off; the
    lines written end with LF.
    """

    def __init__(self, sink: IO[str]) -> None:
        self.write = sink.write
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")

    def format(self, row: Sequence[str]) -> str:
        """``row`` as one CSV line, without its line end."""
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(row)
        return self._buffer.getvalue()[:-2]


class _Columns:
    """Where each known column is in the header (``-1`` when absent)."""

    def __init__(self, header: Sequence[str]) -> None:
        names = [h.strip() for h in header]
        missing = [c for c in _REQUIRED_COLUMNS if c not in names]
        if missing:
            raise InvalidInputError([Problem("header", f"missing column {c!r}", "a CSV header with the columns "
                                             f"{', '.join(_REQUIRED_COLUMNS)} (optional: "
                                             f"{', '.join(_OPTIONAL_COLUMNS)})") for c in missing])
        self.width = len(names)
        self.output = names + [c for c in _OUTPUT_COLUMNS if c not in names]
        self.index = {c: (names.index(c) if c in names else -1) for c in (*_REQUIRED_COLUMNS, *_OPTIONAL_COLUMNS)}
        self.out = {c: self.output.index(c) for c in _OUTPUT_COLUMNS}


class _RowEvaluator:
    """Answers one row at a time, with bounded caches keyed by the cells' text.

    The answers are pure functions of the cells, so a repeated combination of cells is answered
    from a cache without parsing it again: :attr:`answers` by every cell the answer depends on,
    :attr:`deadlines` by those the deadline depends on (a new respondent for a known registration
    date and reviewer costs no recount), and the addressee cell by the version of the addressee
    rule in force. Keys are strings (hashing an enum member costs a Python call) and share the
    enum values' strings. Each cache is emptied when it reaches ``_CACHE_LIMIT`` entries, so memory
    is bounded however long the file, and ``review_deadline`` is called so that it does not fill
    the calendar's own memo (see :meth:`_deadline`).
    """

    def __init__(self, calendar: WorkingCalendar) -> None:
        self.calendar = calendar
        self.dates: dict[str, dt.date] = {}
        self.answers: dict[tuple[str, str, str, str, str], tuple[str, str, str, str] | list[Problem]] = {}
        self.deadlines: dict[tuple[str, str, str, str], tuple[str, str, str] | list[Problem]] = {}
        self.versions: dict[str, str] = {}  # one string per rule version id
        self.addressee_cells: dict[tuple[str, str, str], str | Problem] = {}
        # The versions of the addressee rule, as (first day, last day, version id), for the
        # respondents who are not, and who are, the State Corporation or its employee.
        self.addressee_versions = {
            flag: tuple((v.effective_from, v.effective_to or dt.date.max, v.version) for v in rule(rule_id).versions)
            for flag, rule_id in ((False, "addressee.provider"), (True, "addressee.state_corporation"))
        }
        self.state_corporation = {m.value: m.is_state_corporation for m in Respondent}
        self.bodies = {m.value: m for m in BodyKind}
        self.respondents = {m.value: m for m in Respondent}
        self.enums: dict[type[Any], dict[str, Any]] = {
            enum_type: {m.value: m for m in enum_type}
            for enum_type in (BodyKind, Respondent, Channel, AppealedAct, Convention)
        }

    def date(self, text: str, column: str, problems: list[Problem]) -> dt.date | None:
        day = self.dates.get(text)
        if day is not None:
            return day
        value = text.strip()
        # The shape of YYYY-MM-DD; fromisoformat then accepts ASCII digits only.
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                problems.append(Problem(column, f"{value!r} is not a valid date", "a date as YYYY-MM-DD"))
                return None
            if len(self.dates) >= _CACHE_LIMIT:
                self.dates.clear()
            self.dates[text] = day
            return day
        problems.append(Problem(column, "missing" if not value else f"got {value!r}", "a date as YYYY-MM-DD"))
        return None

    def member(self, text: str, enum_type: type[Any], column: str, problems: list[Problem]) -> Any:
        table = self.enums[enum_type]
        found = table.get(text)
        if found is None:
            found = table.get(text.strip())
            if found is None:
                message = "missing" if not text.strip() else f"unknown value {text.strip()!r}"
                problems.append(Problem(column, message, "one of: " + ", ".join(table)))
        return found

    def answer(self, key: tuple[str, str, str, str, str]) -> tuple[str, str, str, str] | list[Problem]:
        """``(addressee, due, provisional, rule version)`` for the cells ``key``, or their problems.

        Called when ``key`` is not in :attr:`answers` yet; the answer is added to it.
        """
        found, canonical = self._answer(*key)
        if len(self.answers) >= _CACHE_LIMIT:
            self.answers.clear()
        self.answers[canonical or key] = found
        return found

    def _answer(self, reg_text: str, rev_text: str, rules_text: str, conv_text: str, resp_text: str) -> tuple[
            tuple[str, str, str, str] | list[Problem], tuple[str, str, str, str, str] | None]:
        """The answer for the cells, and the key to cache it under (sharing the enum values' strings)."""
        problems: list[Problem] = []
        registered = self.dates.get(reg_text) or self.date(reg_text, "registered_on", problems)
        reviewer = self.bodies.get(rev_text) or self.member(rev_text, BodyKind, "reviewer", problems)
        rules_on = self.date(rules_text, "rules_on", problems) if rules_text else None
        convention = self.member(conv_text, Convention, "convention", problems) if conv_text else None
        respondent = (self.respondents.get(resp_text) or self.member(resp_text, Respondent, "respondent", problems)
                      if resp_text else None)
        if problems:
            return problems, None
        assert registered is not None
        dkey = (reg_text, reviewer.value, rules_text, conv_text)
        deadline = self.deadlines.get(dkey)
        if deadline is None:
            deadline = self._deadline(registered, reviewer, rules_on, convention)
            if len(self.deadlines) >= _CACHE_LIMIT:
                self.deadlines.clear()
            self.deadlines[dkey] = deadline
        canonical = (reg_text, reviewer.value, rules_text, conv_text, respondent.value if respondent else "")
        if isinstance(deadline, list):
            return deadline, canonical
        cell = "" if respondent is None else self._addressee(respondent, reviewer, rules_on or registered,
                                                                  (respondent.value, reviewer.value))
        if isinstance(cell, Problem):
            return [cell], canonical
        return (cell, *deadline), canonical

    def _deadline(self, registered: dt.date, reviewer: BodyKind, rules_on: dt.date | None,
                  convention: Convention | None) -> tuple[str, str, str] | list[Problem]:
        """``(due, provisional, rule version)``, or the library's problems (named by the CSV's columns).

        ``lodged_on=registered`` is neutral (a registration is never before itself) and keeps the
        calendar's own memo, which holds whole results, out of the batch: :attr:`deadlines` keeps
        the three strings instead.
        """
        try:
            d = review_deadline(registered, reviewer, lodged_on=registered, rules_on=rules_on, convention=convention,
                                calendar=self.calendar)
        except InvalidInputError as err:
            paths = _deadline_paths(rules_on is not None)
            return [attrs.evolve(p, path=paths.get(p.path, p.path)) for p in err.problems]
        version = d.basis[0].version
        return (d.due.isoformat(), "true" if d.period.provisional_reasons else "false",
                self.versions.setdefault(version, version))

    def _addressee(self, respondent: Respondent, reviewer: BodyKind, day: dt.date,
                   texts: tuple[str, str]) -> str | Problem:
        """The bodies that may receive the complaint, or why the reviewer may not.

        The answer depends on the day only through the version of the addressee rule in force, so
        it is cached per version.
        """
        version = ""
        # Every date the deadline check lets through lies in some version, so the loop always breaks.
        spans = self.addressee_versions[self.state_corporation[respondent.value]]
        for first, last, version_id in spans:  # pragma: no branch
            if first <= day <= last:  # pragma: no branch
                version = version_id
                break
        key = (*texts, version)
        found = self.addressee_cells.get(key)
        if found is None:
            try:
                allowed = addressees(respondent, rules_on=day)
            except InvalidInputError as err:  # pragma: no cover - the deadline check refuses such dates first
                return attrs.evolve(err.problems[0], path=_ROW_PATHS.get(err.problems[0].path, "registered_on"))
            if reviewer in FIRST_INSTANCE and reviewer not in allowed:
                check = check_addressee(respondent, reviewer, rules_on=day)
                found = Problem("reviewer", check.reason, "one of: " + ", ".join(b.value for b in allowed))
            else:
                found = "|".join(b.value for b in allowed)
            self.addressee_cells[key] = found
        return found

    def registered_after_lodging(self, lodged: dt.date, reg_text: str, rev_text: str, rules_text: str,
                                 problems: list[Problem]) -> None:
        """Add the library's refusal of a registration before the lodging date, if it is one."""
        registered = self.date(reg_text, "registered_on", problems)
        if registered is None or lodged <= registered:  # pragma: no cover - called only when lodged > registered
            return
        rules_on = self.date(rules_text, "rules_on", problems) if rules_text else None
        try:
            review_deadline(registered, self.enums[BodyKind][rev_text.strip()], lodged_on=lodged, rules_on=rules_on,
                            calendar=self.calendar)
        except InvalidInputError as err:
            problems += [attrs.evolve(p, path=_ROW_PATHS.get(p.path, p.path)) for p in err.problems]


# The library's argument names in the CSV's column names.
_ROW_PATHS = {"on": "rules_on", "start": "registered_on", "term": "registered_on"}


def run_batch(
    source: IO[str],
    sink: IO[str],
    *,
    calendar: WorkingCalendar | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BatchSummary:
    r"""Read complaints from the CSV ``source``, write them with their review deadlines to ``sink``.

    Columns: ``id``, ``registered_on``, ``reviewer`` (required); ``lodged_on``, ``respondent``,
    ``channel``, ``appealed``, ``rules_on``, ``convention`` (optional, blank for none); any other
    column is passed through. Added (or overwritten, so an output can be fed back in):
    ``addressee`` (the bodies that may receive a complaint about the respondent, ``|``-separated),
    ``due``, ``provisional`` (``true``/``false``), ``rule_version``, ``error`` (every problem of
    the row, ``" | "``-separated; the other added cells are then blank). Rows are streamed one at a
    time; ``progress(rows, failed)`` is called every 8192 rows. A header without the required
    columns raises :class:`~appeal_rules.errors.InvalidInputError` before anything is written.
    The cyclic garbage collector is paused during the run (the rows make no cycles) and restored.

    >>> import io
    >>> out = io.StringIO()
    >>> src = io.StringIO("id,registered_on,reviewer,respondent\n1,2024-12-31,service_provider,provider_official\n"
    ...                   "2,,ministry,state_corporation\n")
    >>> run_batch(src, out).failed
    1
    >>> print(out.getvalue())
    id,registered_on,reviewer,respondent,addressee,due,provisional,rule_version,error
    1,2024-12-31,service_provider,provider_official,service_provider|ministry,2025-01-10,false,review_term.first_instance@appc,
    2,,ministry,state_corporation,,,,,registered_on: missing; accepted: a date as YYYY-MM-DD
    <BLANKLINE>
    """
    cal = resolve_calendar(calendar)
    reader = csv.reader(source)
    writer = _LineWriter(sink)
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInputError.single("header", "the file is empty", "a CSV header with the columns "
                                       + ", ".join(_REQUIRED_COLUMNS)) from None
    except csv.Error as err:
        raise InvalidInputError.single("header", f"unreadable CSV: {err}", "a CSV file") from None
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0][1:]
    cols = _Columns(header)
    writer.write(writer.format(cols.output) + "\n")
    ev = _RowEvaluator(cal)
    # The rows make no reference cycles, so reference counting frees them as they go; the cyclic
    # garbage collector would only walk the calendar and the caches again and again (about a tenth
    # of the run time). It is paused for the run and restored as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _rows(reader, writer, ev, cols, progress=progress)
    finally:
        if collecting:
            gc.enable()


def _rows(
    reader: Any, writer: _LineWriter, ev: _RowEvaluator, cols: _Columns, *,
    progress: Callable[[int, int], None] | None,
) -> BatchSummary:
    """The loop of :func:`run_batch`: one row read, answered and written at a time."""
    width, out_width = cols.width, len(cols.output)
    # Each row is extended in place to the output's width plus one blank sentinel cell, which
    # stands for every absent optional column; the sentinel is dropped before the row is written.
    at = {c: (i if i >= 0 else out_width) for c, i in cols.index.items()}
    key_of = operator.itemgetter(at["registered_on"], at["reviewer"], at["rules_on"], at["convention"],
                                 at["respondent"])
    i_reg, i_rev, i_rules = at["registered_on"], at["reviewer"], at["rules_on"]
    i_lodged, i_chan, i_app = at["lodged_on"], at["channel"], at["appealed"]
    o_addr, o_due, o_prov, o_rule, o_err = (cols.out[c] for c in _OUTPUT_COLUMNS)
    padding = [""] * (out_width + 1)
    tail = padding[width:]
    channels, appealed = ev.enums[Channel], ev.enums[AppealedAct]
    answers, answer, dates = ev.answers, ev.answer, ev.dates
    answered: Any  # the cells of a successful answer, (addressee, due, provisional, rule version)
    rows = failed = 0
    problems: list[Problem] = []  # the current row's; replaced only after a row had some
    pending: list[str] = []  # lines written 512 rows at a time
    write = writer.write
    commas = out_width - 1
    while True:
        try:
            for row in reader:
                n = len(row)
                if not n:
                    continue  # a blank line is not a row
                rows += 1
                if not rows & 511:
                    write("".join(pending))
                    pending.clear()
                    if progress is not None and not rows & 8191:
                        progress(rows, failed)
                if problems:
                    problems = []
                # += extends the row in place (no new list per row)
                if n == width:
                    row += tail  # noqa: PLW2901
                elif n < width:
                    row += padding[n:]  # noqa: PLW2901
                else:
                    extra = row[width:]
                    del row[width:]
                    row += tail  # noqa: PLW2901
                    problems.append(Problem("row", f"{n} cells, the header has {width}; extra cells: {extra}",
                                            "one cell per header column"))
                key = key_of(row)
                result = answers.get(key) or answer(key)
                if result.__class__ is list:
                    problems += result
                lodged_text = row[i_lodged]
                if lodged_text and lodged_text != key[0]:
                    lodged = dates.get(lodged_text) or ev.date(lodged_text, "lodged_on", problems)
                    if lodged is not None and result.__class__ is not list and lodged > (
                            dates.get(key[0]) or ev.date(key[0], "registered_on", problems) or lodged):
                        ev.registered_after_lodging(lodged, row[i_reg], row[i_rev], row[i_rules], problems)
                cell = row[i_chan]
                if cell and cell not in channels:
                    ev.member(cell, Channel, "channel", problems)
                cell = row[i_app]
                if cell and cell not in appealed:
                    ev.member(cell, AppealedAct, "appealed", problems)
                if problems:
                    failed += 1
                    row[o_addr] = row[o_due] = row[o_prov] = row[o_rule] = ""
                    row[o_err] = " | ".join(p.render() for p in problems)
                else:
                    answered = result
                    row[o_addr], row[o_due], row[o_prov], row[o_rule] = answered
                    row[o_err] = ""
                row.pop()  # the sentinel
                # A row with no comma, quote or line break in any cell is what csv.writer would write,
                # joined by commas; any other row goes through the csv module.
                line = ",".join(row)
                if line.count(",") != commas or '"' in line or "\n" in line or "\r" in line:
                    line = writer.format(row)
                pending.append(line + "\n")
        except csv.Error as err:  # an unreadable line keeps its place in the output, with the reason
            rows += 1
            failed += 1
            row = padding[:out_width]
            row[o_err] = f"line {reader.line_num}: unreadable CSV: {err}"
            pending.append(writer.format(row) + "\n")
            continue
        break
    write("".join(pending))
    return BatchSummary(rows, failed, ev.calendar.version)


class _Progress:
    """A one-line progress report on a terminal: rows, failures and how far through the file."""

    def __init__(self, stream: TextIO, source: IO[str]) -> None:
        self.stream = stream
        self.source = source
        self.size = 0
        try:
            self.size = os.fstat(source.fileno()).st_size
        except (OSError, ValueError, io.UnsupportedOperation):
            self.size = 0

    def __call__(self, rows: int, failed: int) -> None:
        where = ""
        if self.size:
            try:
                buffer: Any = getattr(self.source, "buffer", None)
                position = buffer.tell() if buffer is not None else 0
                where = f" ({min(100, 100 * position // self.size)}%)"
            except (OSError, ValueError):  # pragma: no cover - tell() on a regular file does not fail
                where = ""
        self.stream.write(f"\r{_PROG} batch: {rows:,} rows{where}, {failed:,} failed")
        self.stream.flush()

    def done(self, rows: int, failed: int) -> None:
        self.stream.write(f"\r{_PROG} batch: {rows:,} rows, {failed:,} failed. Done.\n")
        self.stream.flush()


def _batch(args: argparse.Namespace) -> int:
    options = _options_for(args, {})
    if args.json and args.output == "-":
        return _report(InvalidInputError.single("--json", "the CSV goes to stdout, so the JSON summary cannot",
                                                "--json with -o OUT.csv"), args, options)
    problems: list[Problem] = []
    overlays = _read_overlays(args.overlay, problems)
    try:
        if problems:
            raise InvalidInputError(problems)
        cal = _overlaid_calendar(tuple(overlays))
    except InvalidInputError as err:
        return _report(err, args, options)
    try:
        source = _open_in(args.input)
    except OSError as err:
        return _report(InvalidInputError.single("IN.csv", f"cannot read {args.input}: {err.strerror}",
                                                "a readable CSV file, or - for stdin"), args, options)
    try:
        sink = _open_out(args.output)
    except OSError as err:
        source.close()
        return _report(InvalidInputError.single("-o", f"cannot write {args.output}: {err.strerror}",
                                                "a writable path, or - for stdout"), args, options)
    tty = sys.stderr.isatty()
    progress = _Progress(sys.stderr, source) if tty else None
    failure: InvalidInputError | None = None
    try:
        summary = run_batch(source, sink, calendar=cal, progress=progress)
    except InvalidInputError as err:
        failure = err
    except UnicodeDecodeError as err:
        failure = InvalidInputError.single("IN.csv", f"not UTF-8 text: {err.reason}", "a UTF-8 CSV file")
    finally:
        if args.input == "-":
            if isinstance(source, io.TextIOWrapper) and source is not sys.stdin:
                source.detach()  # leave the process's stdin open
        else:
            source.close()
        if sink is not sys.stdout:
            sink.close()
        else:
            sink.flush()
    if failure is not None:
        if progress is not None:
            sys.stderr.write("\n")
        if args.output != "-":
            Path(args.output).unlink(missing_ok=True)  # no half-written output is left behind
        return _report(failure, args, options)
    if progress is not None:
        progress.done(summary.rows, summary.failed)
    elif summary.failed:
        sys.stderr.write(f"{_PROG} batch: {summary.failed} of {summary.rows} rows failed; "
                         "see their error column\n")
    if args.json:
        _print_json(summary)
    return _ROWS_FAILED if summary.failed else _OK


def _open_in(name: str) -> IO[str]:
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            return sys.stdin
        return io.TextIOWrapper(buffer, encoding="utf-8-sig", newline="")
    return open(name, encoding="utf-8-sig", newline="")


def _open_out(name: str) -> IO[str]:
    if name == "-":
        return sys.stdout
    return open(name, "w", encoding="utf-8", newline="")


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
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, usage errors
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else _INVALID)
    try:
        return _COMMANDS[args.command](args)
    except BrokenPipeError:
        # The reader went away (``appeal-rules calendar 2025 1 | head``): stop quietly, as Unix tools
        # do. Point stdout at the null device so the interpreter's final flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ is not None else 1)
        return _BROKEN_PIPE
