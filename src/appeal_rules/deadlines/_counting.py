"""Counting a term from a day on the calendar's index: checked at the edge, or trusted."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from appeal_rules._validate import check_enum, describe, raise_if
from appeal_rules.calendar import CalendarIndex, WorkingCalendar, resolve_calendar
from appeal_rules.deadlines._period import (
    CONVENTION_RULES,
    EVERY_COUNT,
    Convention,
    MonthRounding,
    Period,
    ProvisionalPolicy,
    apply_policy,
)
from appeal_rules.errors import (
    CalendarRangeError,
    InvalidInputError,
    Problem,
)
from appeal_rules.rules import Term, Unit

# The rules a working-day count applies, by the convention's value (due_on_index reads them on every
# call; an enum member hashes in Python, its value string in C).
_WORKING_DAY_RULES = {c.value: CONVENTION_RULES[c.value] + EVERY_COUNT for c in Convention}
_SAME_DAY = Convention.SAME_DAY  # read once: an enum member's look-up by name costs about 65 ns


def count_period(
    start: dt.date,
    term: Term,
    *,
    convention: Convention | None = None,
    rounding: MonthRounding | None = None,
    calendar: WorkingCalendar | None = None,
    on_provisional: ProvisionalPolicy = ProvisionalPolicy.MARK,
) -> Period:
    """Count ``term`` from ``start`` under ``convention`` on ``calendar``.

    The convention defaults to the one that fits the term's unit: :attr:`Convention.NEXT_DAY` for
    working days, :attr:`Convention.CALENDAR_DAYS` and :attr:`Convention.MONTHS` for the others.
    A month period whose end date does not exist in its last month ends on that month's last day,
    as Civil Code art. 174 prescribes (rule ``counting.month_end``); ``rounding=MonthRounding.UP``
    takes the next month's first day instead, for what-if analysis.

    >>> import datetime as dt
    >>> from appeal_rules import count_period
    >>> from appeal_rules.deadlines import MonthRounding
    >>> from appeal_rules.rules import Term, Unit
    >>> count_period(dt.date(2025, 1, 31), Term(1, Unit.MONTHS)).due
    datetime.date(2025, 2, 28)
    >>> count_period(dt.date(2025, 1, 31), Term(1, Unit.MONTHS), rounding=MonthRounding.UP).due
    datetime.date(2025, 3, 3)
    >>> count_period(dt.date(2024, 12, 31), Term(5, Unit.WORKING_DAYS), convention=Convention.SAME_DAY).due
    datetime.date(2025, 1, 9)
    """
    cal = resolve_calendar(calendar)
    problems: list[Problem] = []
    if not isinstance(term, Term):
        problems.append(Problem("term", f"got {describe(term)}", "a Term, e.g. Term(5, Unit.WORKING_DAYS)", True))
    conv = None if convention is None else check_enum(convention, Convention, "convention", problems)
    rnd = None if rounding is None else check_enum(rounding, MonthRounding, "rounding", problems)
    policy = check_enum(on_provisional, ProvisionalPolicy, "on_provisional", problems)
    raise_if(problems)
    assert isinstance(term, Term) and policy is not None
    if conv is not None and conv.unit is not term.unit:
        raise InvalidInputError.single(
            "convention", f"{conv.value} counts {conv.unit.value}, but the term is in {term.unit.value}",
            f"a convention for {term.unit.value}",
        )
    idx = cal.index()
    period = count_on_index(idx, idx.ordinal(start, "start"), term, conv, rnd or MonthRounding.DOWN)
    apply_policy(policy, period.provisional_reasons)
    return period


def count_on_index(
    idx: CalendarIndex, start: int, term: Term, convention: Convention | None,
    rounding: MonthRounding = MonthRounding.DOWN,
) -> Period:
    """Count ``term`` from the day ``start`` (an ordinal of ``idx``) under ``convention``.

    ``convention=None`` is the one that fits the term's unit (see :func:`count_period`).

    The counting behind :func:`count_period`, for code that has checked its arguments already:
    ``start`` comes from :meth:`~appeal_rules.calendar.CalendarIndex.ordinal` and ``convention``
    counts the term's unit. Nothing is checked again; a period running past the calendar raises
    :class:`~appeal_rules.errors.CalendarRangeError`. The result is marked provisional where it
    is; no provisional policy is applied (the caller applies its own, once).

    >>> import datetime as dt
    >>> from appeal_rules.calendar import default_calendar
    >>> from appeal_rules.rules import Term, Unit
    >>> idx = default_calendar().index()
    >>> count_on_index(idx, dt.date(2024, 12, 31).toordinal(), Term(5, Unit.WORKING_DAYS), Convention.NEXT_DAY).due
    datetime.date(2025, 1, 10)
    """
    if convention is None:
        convention = _default_convention(term.unit)
    if term.unit is Unit.WORKING_DAYS:
        return _count_working_days(idx, start, term, convention)
    # Calendar days or months: the nominal last day, rolled forward to a working day (Civil Code art. 175).
    month_end: MonthRounding | None = None
    if term.unit is Unit.CALENDAR_DAYS:
        nominal = start + term.length
    else:
        last, month_end = _add_months(dt.date.fromordinal(start), term.length, rounding)
        nominal = last.toordinal()
    if nominal > idx.last:
        raise _past_range(idx, dt.date.fromordinal(start), term)
    due = nominal
    rolled_from: dt.date | None = None
    if not idx.is_working(nominal):
        pos = idx.nth_position(nominal, 0)
        if pos >= len(idx.working_ords):
            raise _past_range(idx, dt.date.fromordinal(start), term)
        due = idx.working_ords[pos]
        rolled_from = dt.date.fromordinal(nominal)
    begin = start + 1
    return Period(dt.date.fromordinal(start), term, convention, dt.date.fromordinal(due), (),
                  idx.days_off(begin, due), rolled_from, idx.provisional_reasons(min(begin, due), due), idx.version,
                  month_end)


def _count_working_days(idx: CalendarIndex, start: int, term: Term, convention: Convention) -> Period:
    """Count ``term`` working days from the day ``start``.

    Day 1 is the first working day after the start, or the start itself when the registration day
    counts (:attr:`Convention.SAME_DAY`) and is a working day. Read straight from the index's
    arrays (see :class:`~appeal_rules.calendar.CalendarIndex`): ``rank`` counts the working days on
    or before a day, so it is the position of the first working day after it, and the days off on
    or before a day number its offset plus one minus its rank.
    """
    offset = start - idx.first
    rank = idx.rank
    same_day = convention is Convention.SAME_DAY and idx.working[offset] == 1
    start_day = dt.date.fromordinal(start)
    if term.length == 0:
        due_offset, due_day = offset, start_day  # no day counted: the start itself
        counted: tuple[dt.date, ...] = ()
    else:
        first_pos = rank[offset] - 1 if same_day else rank[offset]
        pos = first_pos + term.length - 1
        if pos >= len(idx.working_dates):
            raise _past_range(idx, start_day, term)
        due_offset, due_day = idx.working_ords[pos] - idx.first, idx.working_dates[pos]
        counted = idx.working_dates[first_pos:pos + 1]
    begin_offset = offset if same_day else offset + 1  # the first day the period may count
    off_before = begin_offset - rank[begin_offset - 1] if begin_offset > 0 else 0
    off_through_due = due_offset + 1 - rank[due_offset]
    skipped = idx.off_days[off_before:off_through_due] if off_through_due > off_before else ()
    due = idx.first + due_offset
    reasons = idx.provisional_reasons(min(idx.first + begin_offset, due), due) if due > idx.horizon else ()
    return Period(start_day, term, convention, due_day, counted, skipped, None, reasons, idx.version)


def due_on_index(
    idx: CalendarIndex, start: int, term: Term, convention: Convention
) -> tuple[dt.date, tuple[str, ...], tuple[str, ...]]:
    """The due date, provisional reasons and rule ids of :func:`count_on_index` for a working-day term.

    The same answer without the lists of days counted and skipped (``term`` is in working days and
    ``convention`` counts them; nothing is checked again): :class:`~appeal_rules.ReviewDeadline`
    holds it and builds its :class:`Period` on access, which the 3x target of ``review_deadline``
    needs (docs/performance.md).

    >>> import datetime as dt
    >>> from appeal_rules.calendar import default_calendar
    >>> from appeal_rules.rules import Term, Unit
    >>> idx = default_calendar().index()
    >>> due_on_index(idx, dt.date(2024, 12, 31).toordinal(), Term(5, Unit.WORKING_DAYS), Convention.NEXT_DAY)[0]
    datetime.date(2025, 1, 10)
    """
    offset = start - idx.first
    same_day = convention is _SAME_DAY and idx.working[offset] == 1
    if term.length == 0:
        due_offset, due_day = offset, dt.date.fromordinal(start)
    else:
        pos = (idx.rank[offset] - 1 if same_day else idx.rank[offset]) + term.length - 1
        if pos >= len(idx.working_dates):
            raise _past_range(idx, dt.date.fromordinal(start), term)
        due_offset, due_day = idx.working_ords[pos] - idx.first, idx.working_dates[pos]
    due = idx.first + due_offset
    if due > idx.horizon:
        begin = start if same_day else start + 1
        return due_day, idx.provisional_reasons(min(begin, due), due), _WORKING_DAY_RULES[convention._value_]
    return due_day, (), _WORKING_DAY_RULES[convention._value_]


def _default_convention(unit: Unit) -> Convention:
    if unit is Unit.WORKING_DAYS:
        return Convention.NEXT_DAY
    return Convention.CALENDAR_DAYS if unit is Unit.CALENDAR_DAYS else Convention.MONTHS


def _past_range(idx: CalendarIndex, start: dt.date, term: Term) -> InvalidInputError:
    """The error for a period that ends after the calendar's last day.

    The message states the range the calendar supports, which is all a command-line or CSV user
    can act on; in Python, a :class:`~appeal_rules.calendar.WorkingCalendar` built with a later
    ``last_year`` holds more years (their results are provisional past the data horizon).
    """
    return CalendarRangeError.single(
        "term", f"{term.describe()} from {start} run past {idx.last_day.isoformat()}, the calendar's last day",
        f"a period within the calendar's range, {idx.first_day.isoformat()} to {idx.last_day.isoformat()}",
    )


def _add_months(day: dt.date, months: int, rounding: MonthRounding) -> tuple[dt.date, MonthRounding | None]:
    """``day`` plus ``months``, and the rounding applied when the last month lacks ``day``'s date.

    Civil Code art. 174 ends such a period on the last day of that month (``DOWN``); ``UP`` (the
    next month's first day) exists for what-if analysis.
    """
    try:
        result = day + relativedelta(months=months)
    except (ValueError, OverflowError):  # past year 9999: certainly past any calendar
        raise CalendarRangeError.single(
            "term", f"{day.isoformat()} + {months} months is past year 9999", "a period ending within the calendar"
        ) from None
    if result.day == day.day:
        return result, None
    return (result if rounding is MonthRounding.DOWN else result + dt.timedelta(days=1)), rounding
