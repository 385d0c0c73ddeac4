"""The results the JSON surfaces add to the library's own: a calendar month, an error, a batch summary.

>>> calendar_month(2025, 1).working_days  # Sunday 5 January 2025 was worked
20
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from typing import ClassVar

import attrs

from appeal_rules._validate import check_int, raise_if
from appeal_rules.calendar import Day, DayKind, WorkingCalendar, resolve_calendar
from appeal_rules.errors import CalendarRangeError, Problem
from appeal_rules.render import weekday_name
from appeal_rules.serialization._common import doc

__all__ = ["BatchSummary", "CalendarDay", "CalendarMonth", "ErrorInfo", "ErrorResponse", "calendar_month"]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen
class CalendarDay:
    """One day of a :class:`CalendarMonth`: working or not, why, and whether it is transferred or provisional.

    >>> calendar_month(2025, 1).days[2].transferred  # Friday 3 January 2025, moved from Sunday 5 January
    True
    """

    date: dt.date = attrs.field(metadata=doc("The day."))
    weekday: str = attrs.field(metadata=doc("Its weekday, in English."))
    working: bool = attrs.field(metadata=doc("Whether it is a working day."))
    kind: DayKind = attrs.field(metadata=doc("Why it is, or is not, a working day."))
    name: str | None = attrs.field(metadata=doc("The holiday's name, where it has one."))
    moved: dt.date | None = attrs.field(metadata=doc("The other end of a transfer, where the day was moved."))
    act: str | None = attrs.field(metadata=doc("The act of an overlay that made the day what it is."))
    estimated: bool = attrs.field(metadata=doc("Whether the holiday's date is an estimate."))
    transferred: bool = attrs.field(
        metadata=doc("Whether the transfer act moved a day off here, or made this weekend day a working day."))
    provisional: bool = attrs.field(
        metadata=doc("Whether the day rests on unconfirmed data (past the horizon, or an estimated date)."))
    description: str = attrs.field(metadata=doc("The day in one line of English."))


@attrs.frozen
class CalendarMonth:
    """A month of Kazakhstan's working-day calendar, day by day, with the data version behind it.

    >>> m = calendar_month(2025, 1)
    >>> m.working_days, [d.date.day for d in m.days if d.kind.value == "holiday"]
    (20, [1, 2, 7])
    """

    year: int = attrs.field(metadata=doc("The year."))
    month: int = attrs.field(metadata=doc("The month, 1 to 12."))
    working_days: int = attrs.field(metadata=doc("How many working days the month has."))
    calendar_version: str = attrs.field(metadata=doc("The calendar's data version."))
    horizon: int = attrs.field(metadata=doc("The last year whose calendar is confirmed."))
    provisional_reasons: tuple[str, ...] = attrs.field(
        metadata=doc("Why some days of the month are provisional (empty when none is)."))
    days: tuple[CalendarDay, ...] = attrs.field(metadata=doc("Every day of the month, in order."))

    @property
    def provisional(self) -> bool:
        """Whether any day of the month rests on unconfirmed calendar data."""
        return bool(self.provisional_reasons)


@attrs.frozen
class ErrorInfo:
    """What went wrong: the error's type, its message and every problem with its path.

    >>> ErrorInfo("InvalidInputError", "1 problem", (Problem("on", "missing", "a date"),)).problems[0].path
    'on'
    """

    type: str = attrs.field(metadata=doc("The error's class in appeal_rules.errors, e.g. InvalidInputError."))
    message: str = attrs.field(metadata=doc("The whole error as text."))
    problems: tuple[Problem, ...] = attrs.field(metadata=doc("Every problem found, each with its field path."))


@attrs.frozen
class ErrorResponse:
    """The payload :func:`handle` returns for a request it refuses (``"kind": "error"``).

    >>> from appeal_rules.serialization import to_json
    >>> to_json(ErrorResponse(ErrorInfo("InvalidInputError", "m", ())))["kind"]
    'error'
    """

    KIND: ClassVar[str] = "error"

    error: ErrorInfo = attrs.field(metadata=doc("What went wrong."))


_TRANSFER_KINDS = frozenset({DayKind.TRANSFERRED, DayKind.WORKING_WEEKEND})


def calendar_month(year: int, month: int, *, calendar: WorkingCalendar | None = None) -> CalendarMonth:
    """The days of ``month`` of ``year``: working or not, kind, name, transferred and provisional.

    >>> m = calendar_month(2025, 1)
    >>> [(d.date.day, d.kind.value) for d in m.days if d.transferred]
    [(3, 'transferred'), (5, 'working_weekend')]
    >>> calendar_month(2025, 13)
    Traceback (most recent call last):
    ...
    appeal_rules.errors.InvalidInputError: 1 problem:
    - month: got 13; accepted: a whole number >= 1 and <= 12
    """
    problems: list[Problem] = []
    y = check_int(year, "year", problems)  # its range is the calendar's, checked below
    m = check_int(month, "month", problems, minimum=1, maximum=12)
    raise_if(problems)
    assert y is not None and m is not None
    cal = resolve_calendar(calendar)
    if not cal.first_year <= y <= cal.last_year:  # the calendar holds whole years
        shown = f"{dt.date(y, m, 1):%B %Y}" if 1 <= y <= 9999 else str(y) if abs(y) < 10 ** 9 else "the year"
        raise CalendarRangeError.single("year", f"{shown} is outside the calendar",
                                        f"a month from {cal.first_day:%B %Y} to {cal.last_day:%B %Y}")
    first = dt.date(y, m, 1)
    last = first.replace(day=monthrange(y, m)[1])
    reasons = cal.provisional_reasons(first, last)
    days = tuple(_calendar_day(cal, d) for d in cal.days(first, last))
    return CalendarMonth(y, m, sum(d.working for d in days), cal.version, cal.horizon, reasons, days)


def _calendar_day(cal: WorkingCalendar, day: Day) -> CalendarDay:
    provisional = day.estimated or bool(cal.provisional_reasons(day.date, day.date))
    return CalendarDay(day.date, weekday_name(day.date), day.is_working, day.kind, day.name, day.moved,
                       day.act, day.estimated, day.kind in _TRANSFER_KINDS, provisional, day.describe())


@attrs.frozen
class BatchSummary:
    """What a batch run did: rows read and written, rows that failed, the calendar data used.

    The payload of ``appeal-rules batch --json`` (``"kind": "batch_summary"``).

    >>> BatchSummary(rows=3, failed=1, calendar_version="holidays 0.109; overlays none; horizon 2025").succeeded
    2
    """

    KIND: ClassVar[str] = "batch_summary"

    rows: int = attrs.field(metadata=doc("Rows read, and written (none is dropped)."))
    failed: int = attrs.field(metadata=doc("Rows written with an error."))
    calendar_version: str = attrs.field(metadata=doc("The calendar's data version."))

    @property
    def succeeded(self) -> int:
        """Rows written with a due date."""
        return self.rows - self.failed
