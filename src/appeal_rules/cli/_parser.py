"""The ``appeal-rules`` argument parser, its exit codes and the choices it offers.

The docs' option tables (docs/cli.md) are generated from :func:`build_parser`, so what the page
shows is what the command takes.

>>> sorted(build_parser()._subparsers._group_actions[0].choices)  # doctest: +NORMALIZE_WHITESPACE
['batch', 'calendar', 'deadline', 'escalation', 'explain']
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, NoReturn

from appeal_rules.cli._cells import COLUMNS, DATE_FORMS
from appeal_rules.deadlines import Convention, ProvisionalPolicy
from appeal_rules.model import AppealedAct, BodyKind, Channel, Respondent
from appeal_rules.procedure import FIRST_INSTANCE, Stage
from appeal_rules.rules import LANGUAGES, Unit

__all__ = [
    "BROKEN_PIPE", "CONVENTIONS", "DELIMITERS", "EXIT_CODES", "INVALID", "OK", "PROG", "PROVISIONAL", "REVIEWERS",
    "ROWS_FAILED", "build_parser", "trimmed",
]


def __dir__() -> list[str]:
    return __all__


OK, ROWS_FAILED, INVALID, PROVISIONAL = 0, 1, 2, 3
PROG = "appeal-rules"

#: Exit status when the reader of stdout goes away (128 + SIGPIPE, as a shell reports it).
BROKEN_PIPE = 141

#: Every exit status of the command and what it means. ``--help`` and the table in the docs
#: (docs/cli.md) are generated from it.
EXIT_CODES: dict[int, str] = {
    OK: "done",
    ROWS_FAILED: "batch only: some rows failed; each has its problems in the error column, and no row is dropped",
    INVALID: "usage error or invalid input; every problem is listed on stderr",
    PROVISIONAL: "the result rests on unconfirmed calendar data and --on-provisional raise was given",
    BROKEN_PIPE: "the output was closed early (for example by piping into head): the command stops quietly, "
                 "as Unix tools do",
}
_EXIT_CODES_HELP = "Exit codes:\n" + "\n".join(f"  {code:<3}  {meaning}" for code, meaning in EXIT_CODES.items())

#: The bodies that review complaints under the procedure (a court's limits are not review terms).
REVIEWERS = tuple(b.value for b in BodyKind if b in FIRST_INSTANCE or b is BodyKind.QUALITY_AUTHORITY)
#: The counting conventions of a review term: it is in working days, so only those conventions apply.
CONVENTIONS = tuple(c.value for c in Convention if c.unit is Unit.WORKING_DAYS)
_BODIES = tuple(b.value for b in BodyKind)
#: The delimiters ``batch --delimiter`` names.
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}


def trimmed(value: str) -> str:
    """An argument without the spaces around it: every command reads its values the same way."""
    return value.strip()


def _values(enum_type: type[Any]) -> list[str]:
    return [m.value for m in enum_type]


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """A fixed width, so the help and the generated docs do not depend on the terminal."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=100, max_help_position=32)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors follow the same format as input errors."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(INVALID)


def _command(sub: Any, name: str, help_text: str, description: str, examples: Sequence[str]) -> Any:
    epilog = "Example" + ("s" if len(examples) > 1 else "") + ":\n" + "\n".join(f"  {e}" for e in examples)
    return sub.add_parser(name, help=help_text, description=textwrap.fill(description, 100),
                          epilog=epilog + "\n\n" + _EXIT_CODES_HELP, formatter_class=_Formatter)


def _date(parser: Any, *flags: str, help_text: str, **kwargs: Any) -> None:
    parser.add_argument(*flags, metavar=kwargs.pop("metavar", "DATE"), type=trimmed,
                        help=f"{help_text} (YYYY-MM-DD or DD.MM.YYYY)", **kwargs)


def _choice(parser: Any, flag: str, choices: Sequence[str], help_text: str, **kwargs: Any) -> None:
    parser.add_argument(flag, choices=list(choices), type=trimmed, help=help_text, **kwargs)


def _add_output_options(parser: Any, lang_help: str = "the language of the text output: Kazakh, Russian or "
                                                       "English (default); JSON is the same in every language") -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON (errors too, on stderr)")
    _choice(parser, "--lang", LANGUAGES, default="en", help_text=lang_help)
    parser.add_argument("--overlay", action="append", default=[], metavar="FILE",
                        help="a CalendarOverlay as JSON (an act the holidays data lacks); may be repeated")


def _add_policy(parser: Any) -> None:
    _choice(parser, "--on-provisional", _values(ProvisionalPolicy), default="mark",
            help_text="when the result rests on unconfirmed calendar data: mark it (default), also warn on "
                      "stderr, or refuse it (exit 3)")


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``appeal-rules`` and its five commands."""
    from appeal_rules import __version__

    parser = _Parser(
        prog=PROG,
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
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    p = _command(sub, "deadline", "the review deadline of a complaint",
                 "The last day the reviewer has to answer a complaint registered on REGISTERED_ON, with every "
                 "working day counted, every day skipped and why, and the rule applied with its sources.",
                 ["appeal-rules deadline 2024-12-31 --reviewer service_provider",
                  "appeal-rules deadline 18.12.2026 --reviewer quality_authority --on-provisional warn --json"])
    _date(p, "registered_on", metavar="REGISTERED_ON", help_text="the day the complaint was registered")
    _choice(p, "--reviewer", REVIEWERS, required=True, help_text="the body that reviews the complaint")
    _date(p, "--lodged-on", help_text="the day it was lodged (must not be after registration)")
    _date(p, "--rules-on", help_text="read the rules in force on DATE (default: REGISTERED_ON)")
    _choice(p, "--convention", CONVENTIONS,
            help_text="how days are counted (default next_day: day 1 is the day after registration)")
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
    _choice(p, "--respondent", _values(Respondent), help_text="who the complaint is about")
    _choice(p, "--appealed", _values(AppealedAct), help_text="what is appealed")
    _choice(p, "--channel", _values(Channel), help_text="how the complaint is lodged")
    _date(p, "--lodged-on", help_text="the day it was lodged")
    _date(p, "--learned-on", help_text="the day the applicant learned of the act")
    _choice(p, "--addressee", _BODIES, help_text="the body whose head the complaint is addressed to")
    _choice(p, "--office", _BODIES, help_text="the office it was handed in or posted to")
    _date(p, "--registered-on", help_text="the day it was registered, once it was")
    _choice(p, "--registered-by", _BODIES,
            help_text="the body that registered it (default: --addressee, else the first body that may receive it)")
    p.add_argument("--number", type=trimmed, help="the incoming number of the registration")
    _date(p, "--on", help_text="the day the question is asked (default: registration, else lodging)")
    _add_policy(p)
    _add_output_options(p)

    p = _command(sub, "escalation", "the options open at a stage",
                 "What the applicant can do next at STAGE on the day --on: where to complain or go to court, "
                 "the review term that brings, the time limit and the last day, each with its sources.",
                 ["appeal-rules escalation first_instance_answered --on 2025-02-03 --answered-on 2025-01-20",
                  "appeal-rules escalation first_instance_pending --on 08.01.2025 --registered-on 06.01.2025"])
    p.add_argument("stage", metavar="STAGE", choices=_values(Stage), type=trimmed,
                   help="one of: " + ", ".join(_values(Stage)))
    _date(p, "--on", required=True, help_text="the day the question is asked")
    _choice(p, "--respondent", _values(Respondent), default="service_provider",
            help_text="who the complaint is about (default: service_provider)")
    _date(p, "--registered-on", help_text="the day the complaint was registered (pending, overdue)")
    _date(p, "--answered-on", help_text="the day the answer was received (answered stages)")
    _date(p, "--learned-on", help_text="the day the applicant learned of the act")
    p.add_argument("--no-superior", action="store_true", help="the body has no superior body")
    _date(p, "--rules-on", help_text="read the rules in force on DATE")
    _add_policy(p)
    _add_output_options(p)

    p = _command(sub, "calendar", "a month of the working-day calendar",
                 "Every day of the month: working or not, its kind and name, days moved by the transfer act "
                 "and days resting on unconfirmed data marked.",
                 ["appeal-rules calendar 2025 1", "appeal-rules calendar 2027 3 --json"])
    p.add_argument("year", metavar="YEAR", type=trimmed, help="the year, e.g. 2025")
    p.add_argument("month", metavar="MONTH", type=trimmed, help="the month, 1 to 12")
    _add_output_options(p)

    p = _command(sub, "batch", "review deadlines for every row of a CSV file",
                 "Read a CSV (columns id, registered_on, reviewer; optional " + ", ".join(list(COLUMNS)[3:])
                 + "; headers in English, Russian or Kazakh; any other column is passed through) and write it "
                 "back with the result columns after its own. A bad row gets its problems in the error column "
                 "and the run goes on: no row is dropped. Rows are streamed, so memory does not grow with the "
                 "file. The output replaces OUT.csv only once the run has finished. Progress is shown on "
                 f"stderr when it is a terminal. Dates in cells: {DATE_FORMS}.",
                 ["appeal-rules batch complaints.csv -o deadlines.csv",
                  "appeal-rules batch excel.csv --encoding cp1251 --excel -o deadlines.csv",
                  "appeal-rules batch - < complaints.csv > deadlines.csv"])
    p.add_argument("input", metavar="IN.csv", help="the CSV to read ('-' for stdin)")
    p.add_argument("-o", "--output", metavar="OUT.csv", default="-", help="where to write the CSV (default: stdout)")
    p.add_argument("--delimiter", choices=list(DELIMITERS), type=trimmed,
                   help="the input's delimiter (default: detected from the header line)")
    p.add_argument("--encoding", default="utf-8", metavar="NAME",
                   help="the input's encoding, e.g. cp1251 (default: utf-8, with or without a byte-order mark)")
    p.add_argument("--column", action="append", default=[], metavar="FIELD=HEADER",
                   help="read FIELD from the column HEADER; may be repeated (FIELD: " + ", ".join(COLUMNS) + ")")
    p.add_argument("--excel", action="store_true",
                   help="write what Excel in a Kazakh or Russian locale opens: UTF-8 with a byte-order mark, "
                        "separated by ;")
    _add_output_options(p, "the language of the summary on stderr: Kazakh, Russian or English (default); the CSV "
                           "and JSON are the same in every language")
    return parser
