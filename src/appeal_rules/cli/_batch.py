
r"""``batch``: the review deadline of every row of a CSV file, streamed row by row.

Each row is read, checked, answered and written before the next is read; a bad row is written in
its place with its problems in the ``error`` column. The deadlines are
:func:`~appeal_rules.review_deadline`'s, counted by :class:`~appeal_rules.procedure.RowAnswers`
with the addressees (the rules asked once per group of rows under the same rules).

>>> import io
>>> out = io.StringIO()
>>> run_batch(io.StringIO("id;Дата регистрации;reviewer\n1;31.12.2024;service_provider\n"), out).rows
1
>>> out.getvalue().splitlines()[1]
'1,31.12.2024,service_provider,,2025-01-10,false,true,review_term.first_instance@appc,,'
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any

import attrs

from appeal_rules.calendar import WorkingCalendar, resolve_calendar
from appeal_rules.cli._cells import (
    REQUIRED,
    detect_delimiter,
    match_header,
    parse_date,
)
from appeal_rules.cli._parser import CONVENTIONS, REVIEWERS
from appeal_rules.cli._text import unconfirmed_reason
from appeal_rules.deadlines import Convention
from appeal_rules.errors import InvalidInputError, Problem
from appeal_rules.model import AppealedAct, BodyKind, Channel, Respondent
from appeal_rules.procedure import (
    FIRST_INSTANCE,
    ReviewRules,
    RowAnswers,
    check_addressee,
    review_deadline,
)
from appeal_rules.serialization import BatchSummary

__all__ = ["FIELDS", "OUTPUT_COLUMNS", "BatchSummary", "Decoding", "process", "quote_cell", "run_batch"]


def __dir__() -> list[str]:
    return __all__


#: The columns ``batch`` adds after the input's own, in order, with what each holds (docs/cli.md's
#: table is built from it).
OUTPUT_COLUMNS: dict[str, str] = {
    "addressee": "the bodies that may receive a complaint about the respondent, separated by |; blank "
                 "without a respondent",
    "due": "the last day of the review term (YYYY-MM-DD)",
    "provisional": "true when the due date rests on unconfirmed calendar data",
    "confirmed": "true when every rule version applied rests on a source read in its act",
    "rule_version": "the version of the review-term rule applied",
    "reason": "why the answer is provisional or unconfirmed, separated by ' | '; blank when neither",
    "error": "every problem of the row, separated by ' | '; the other result cells are then blank",
}
_PROGRESS_EVERY = 8192
#: The members each enum column accepts, by value.
_ENUMS: dict[str, dict[str, Any]] = {
    "reviewer": {v: BodyKind(v) for v in REVIEWERS}, "convention": {v: Convention(v) for v in CONVENTIONS},
    "respondent": {m.value: m for m in Respondent}, "channel": {m.value: m for m in Channel},
    "appealed": {m.value: m for m in AppealedAct},
}
#: The tables of the enum cells most rows have, looked up directly (an exact cell needs no trimming).
_REVIEWERS, _RESPONDENTS, _CHANNELS = _ENUMS["reviewer"], _ENUMS["respondent"], _ENUMS["channel"]


@attrs.define
class Decoding:
    """How the lines of a file were decoded: the encoding, and the lines that could not be."""

    encoding: str
    bad_lines: list[int] = attrs.field(factory=list)


def run_batch(
    source: IO[str],
    sink: IO[str],
    *,
    calendar: WorkingCalendar | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BatchSummary:
    r"""Read complaints from the CSV ``source``, write them with their review deadlines to ``sink``.

    The delimiter (``,``, ``;`` or tab) is taken from the header line. Columns: ``id``,
    ``registered_on``, ``reviewer`` (required); ``lodged_on``, ``respondent``, ``channel``,
    ``appealed``, ``rules_on``, ``convention`` (optional, blank for none); headers are matched
    ignoring case and the spaces around them, and Russian and Kazakh names are accepted. Dates are
    ``YYYY-MM-DD`` or ``DD.MM.YYYY``. Every input column is written unchanged, then the result
    columns ``addressee``, ``due``, ``provisional``, ``confirmed``, ``rule_version``, ``reason``
    and ``error`` (every problem of the row; the other result cells are then blank). Rows are
    streamed one at a time; ``progress(rows, failed)`` is called every 8192 rows. A header without
    the required columns raises :class:`~appeal_rules.errors.InvalidInputError` before anything
    is written.

    >>> import io
    >>> out = io.StringIO()
    >>> src = io.StringIO("id,registered_on,reviewer,respondent\n1,2024-12-31,service_provider,provider_official\n"
    ...                   "2,,ministry,state_corporation\n")
    >>> run_batch(src, out).failed
    1
    >>> print(out.getvalue().replace("\r\n", "\n"))
    id,registered_on,reviewer,respondent,addressee,due,provisional,confirmed,rule_version,reason,error
    1,2024-12-31,service_provider,provider_official,service_provider|ministry,2025-01-10,false,true,review_term.first_instance@appc,,
    2,,ministry,state_corporation,,,,,,,registered_on: missing; accepted: a date as YYYY-MM-DD or DD.MM.YYYY
    <BLANKLINE>
    """
    return process(source, sink, calendar=resolve_calendar(calendar), progress=progress)


def process(
    lines: Iterable[str],
    sink: IO[str],
    *,
    calendar: WorkingCalendar,
    progress: Callable[[int, int], None] | None = None,
    delimiter: str | None = None,
    columns: Mapping[str, str] | None = None,
    out_delimiter: str = ",",
    decoding: Decoding | None = None,
) -> BatchSummary:
    """:func:`run_batch` over text ``lines``, with the command's choices of delimiters and columns.

    ``decoding.bad_lines`` is filled by whoever decodes ``lines`` as they are read: a row that
    holds such a line fails, named by its line number.
    """
    source = iter(lines)
    first = next(source, None)
    if first is None:
        raise InvalidInputError.single("header", "the file is empty", "a CSV header naming " + ", ".join(REQUIRED))
    if decoding is not None and decoding.bad_lines:
        raise InvalidInputError([_undecodable(decoding, "header")])
    first = first.removeprefix("\ufeff")
    reader = csv.reader(itertools.chain([first], source), delimiter=delimiter or detect_delimiter(first))
    try:
        header = next(reader)
    except csv.Error as err:
        raise InvalidInputError.single("header", f"unreadable CSV: {err}", "a CSV file") from None
    problems: list[Problem] = []
    found = match_header(header, columns or {}, problems)
    if problems:
        raise InvalidInputError(problems)
    # A row's cells but its last two go through the csv module into ``line``; the last two, the reason
    # and the error (free text, a provisional reason about 450 characters), are quoted by quote_cell:
    # the csv module writes about 13 ns a character (docs/performance.md, the batch).
    line = io.StringIO()
    cells_writer = csv.writer(line, delimiter=out_delimiter, lineterminator="\r\n")  # quotes a cell with \r or \n

    def write(cells: list[str], reason: str, error: str) -> None:
        cells_writer.writerow(cells)
        sink.write(f"{line.getvalue()[:-2]}{out_delimiter}{quote_cell(reason, out_delimiter)}"
                   f"{out_delimiter}{quote_cell(error, out_delimiter)}\r\n")
        line.seek(0)
        line.truncate()

    *names, reason_name, error_name = OUTPUT_COLUMNS
    write([*header, *names], reason_name, error_name)
    end = len(names)
    rows = failed = 0
    width, seen_bad = len(header), 0
    # A row's cells in the order of FIELDS; a field without a column reads the blank cell after the row.
    cells_of = operator.itemgetter(*[found.get(field, width) for field in FIELDS])
    blank = [""]
    run = _Answers(RowAnswers(calendar))
    while True:
        try:
            for row in reader:
                if not row:
                    continue  # a blank line is not a row
                rows += 1
                problems = []
                if decoding is not None and len(decoding.bad_lines) > seen_bad:
                    problems.append(_undecodable(decoding, "row", decoding.bad_lines[seen_bad:]))
                    seen_bad = len(decoding.bad_lines)
                if len(row) != width:
                    extra = f"; extra cells: {row[width:]}" if len(row) > width else ""
                    problems.append(Problem("row", f"{len(row)} cells, the header has {width}{extra}",
                                            "one cell per header column"))
                    row = (row + [""] * width)[:width]  # noqa: PLW2901
                result = _answer(run, cells_of(row + blank), problems)
                if problems:
                    failed += 1
                    result = [""] * (len(OUTPUT_COLUMNS) - 1) + [" | ".join(p.render() for p in problems)]
                write(row + result[:end], result[end], result[end + 1])
                if progress is not None and not rows % _PROGRESS_EVERY:
                    progress(rows, failed)
        except csv.Error as err:  # an unreadable line keeps its place in the output, with the reason
            rows += 1
            failed += 1
            write([""] * (width + end), "", f"line {reader.line_num}: unreadable CSV: {err}")
            continue
        break
    return BatchSummary(rows, failed, calendar.version)


def quote_cell(text: str, delimiter: str) -> str:
    """``text`` as the csv module writes one cell (minimal quoting, ``"`` doubled), for the given ``delimiter``.

    >>> quote_cell('a, "b" c', ","), quote_cell("a; b", ",")
    ('"a, ""b"" c"', 'a; b')
    """
    if delimiter in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _undecodable(decoding: Decoding, path: str, lines: Sequence[int] = (1,)) -> Problem:
    numbers = ", ".join(str(n) for n in lines)
    hint = "" if decoding.encoding.lower().replace("-", "") == "cp1251" else " (try --encoding cp1251)"
    return Problem(path, f"line {numbers} cannot be decoded as {decoding.encoding}{hint}",
                   "text in the encoding given by --encoding (default utf-8)")


def _member(text: str, field: str, problems: list[Problem], *, required: bool = False) -> Any:
    """The enum member a cell names (trimmed), ``None`` for a blank optional cell, else a problem."""
    table = _ENUMS[field]
    found = table.get(text) or table.get(text.strip())
    if found is None and (required or text.strip()):
        value = text.strip()
        problems.append(Problem(field, f"unknown value {value!r}" if value else "missing",
                                "one of: " + ", ".join(table)))
    return found


#: The fields a row is read by, in the order :func:`_answer` takes their cells.
FIELDS = ("registered_on", "reviewer", "lodged_on", "rules_on", "convention", "respondent", "channel", "appealed")


@attrs.define
class _Answers:
    """One run's answers, and what a register repeats from row to row, worked out once per run.

    The answers are :class:`~appeal_rules.procedure.RowAnswers`' (which asks the rules once per
    group of rows). What repeats: the day each date cell's text names, and the unconfirmed note of
    each group's rules. The batch target of docs/performance.md needs both.
    """

    answers: RowAnswers
    dates: dict[str, dt.date] = attrs.field(factory=dict)
    notes: dict[ReviewRules, str] = attrs.field(factory=dict)

    def date(self, text: str, field: str, problems: list[Problem], *, optional: bool = False) -> dt.date | None:
        """The day a cell names; ``None`` for a blank ``optional`` cell, or with a problem added."""
        found = self.dates.get(text)
        if found is None:
            if optional and (not text or text.isspace()):
                return None
            found = parse_date(text, field, problems)
            if found is not None and len(self.dates) < _DATES_KEPT:
                self.dates[text] = found
        return found



#: At most this many date texts are remembered in a run (a register names a few thousand days).
_DATES_KEPT = 100_000


def _answer(run: _Answers, cells: Sequence[str], problems: list[Problem]) -> list[str]:
    """The result cells of one row (its cells in the order of :data:`FIELDS`), or ``[]`` with its problems."""
    answers = run.answers
    reg_text, rev_text, lodged_text, rules_text, conv_text, resp_text, channel, appealed = cells
    dates = run.dates  # a register repeats its days: a day seen before is read straight from here
    registered = dates.get(reg_text) or run.date(reg_text, "registered_on", problems)
    reviewer = _REVIEWERS.get(rev_text) or _member(rev_text, "reviewer", problems, required=True)
    lodged = (dates.get(lodged_text) or run.date(lodged_text, "lodged_on", problems, optional=True)
              if lodged_text else None)
    rules_on = run.date(rules_text, "rules_on", problems, optional=True) if rules_text else None
    convention = _member(conv_text, "convention", problems) if conv_text else None
    respondent = (_RESPONDENTS.get(resp_text) or _member(resp_text, "respondent", problems)) if resp_text else None
    if channel and channel not in _CHANNELS:
        _member(channel, "channel", problems)
    if appealed:
        _member(appealed, "appealed", problems)
    if problems or registered is None:
        return []
    day = rules_on or registered
    try:
        # A lodging date changes no answer: the library only refuses a registration before it, so
        # such a row asks review_deadline, whose refusal it then reports.
        if lodged is not None and lodged > registered:
            review_deadline(registered, reviewer, lodged_on=lodged, rules_on=rules_on, convention=convention,
                            calendar=answers.calendar)
        due, provisional, rules = answers.review(registered, reviewer, day, convention)
    except InvalidInputError as err:
        paths = {"rules_on": "rules_on" if rules_on else "registered_on", "term": "registered_on"}
        problems += [attrs.evolve(p, path=paths.get(p.path, p.path)) for p in err.problems]
        return []
    addressee = ""
    if respondent is not None:
        allowed = answers.addressees(respondent, day)
        if reviewer not in allowed and reviewer in FIRST_INSTANCE:
            reason = check_addressee(respondent, reviewer, rules_on=day).reason.rstrip(".")
            problems.append(Problem("reviewer", reason, "one of: " + ", ".join(b.value for b in allowed)))
            return []
        addressee = "|".join([b._value_ for b in allowed])  # _value_: Enum.value is a slow descriptor
    confirmed = rules.confirmed
    reason = ""
    if provisional or not confirmed:
        reasons = [f"provisional: {r}" for r in provisional]
        if not confirmed:  # the same for every row counted under these rules: written once per group
            unconfirmed = run.notes.get(rules)
            if unconfirmed is None:
                unconfirmed = run.notes[rules] = f"unconfirmed: {unconfirmed_reason(rules.basis)}"
            reasons.append(unconfirmed)
        reason = " | ".join(reasons)
    return [addressee, due.isoformat(), "true" if provisional else "false", "true" if confirmed else "false",
            rules.rule_version, reason, ""]
