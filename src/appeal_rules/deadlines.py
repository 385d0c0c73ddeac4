"""Counting periods on the working-day calendar: conventions, due dates, registration dates.

A period is counted from an event (here: a complaint's registration) under a named
:class:`Convention`. The default, :attr:`Convention.NEXT_DAY`, makes day 1 the first working day
after the day of registration (Civil Code art. 173; from 1 July 2021 also APPC art. 76(2), cited by
the rule version a result names). The others exist for
what-if analysis and for periods set in calendar days or months. Every :class:`Period` records
the convention it used, each working day it counted, each non-working day it skipped and why,
whether it rests on unconfirmed calendar data, and the calendar's data version.

>>> import datetime as dt
>>> from appeal_rules import count_period
>>> from appeal_rules.rules import Term, Unit
>>> p = count_period(dt.date(2024, 12, 31), Term(5, Unit.WORKING_DAYS))
>>> p.due, len(p.skipped)
(datetime.date(2025, 1, 10), 5)
"""

from __future__ import annotations

import datetime as dt
import enum
import warnings

import attrs
from dateutil.relativedelta import relativedelta

from appeal_rules._validate import check_enum, describe, kazakhstan_tz, raise_if
from appeal_rules.calendar import CalendarIndex, Day, WorkingCalendar, resolve_calendar
from appeal_rules.errors import (
    CalendarRangeError,
    InvalidInputError,
    Problem,
    ProvisionalResultError,
    ProvisionalResultWarning,
)
from appeal_rules.rules import COVERAGE_START, RuleVersion, Term, Unit, rule, rule_version

__all__ = [
    "DEFAULT_OFFICE_HOURS",
    "Convention",
    "MonthRounding",
    "OfficeHours",
    "Period",
    "ProvisionalPolicy",
    "apply_policy",
    "count_on_index",
    "count_period",
    "due_on_index",
    "registration_date",
]


def __dir__() -> list[str]:
    return __all__


class Convention(enum.Enum):
    """How the days of a period are counted. Each is cited in :attr:`citation`."""

    #: Day 1 is the first working day after the day of registration (the default).
    NEXT_DAY = "next_day"
    #: The day of registration counts as day 1 if it is a working day (what-if only: no act says so).
    SAME_DAY = "same_day"
    #: Calendar days from the day after; a last day that is not a working day moves to the next one.
    CALENDAR_DAYS = "calendar_days"
    #: Months: the same date in the last month; a last day that is not a working day moves forward.
    MONTHS = "months"

    @property
    def unit(self) -> Unit:
        """The unit of the periods this convention counts."""
        if self is Convention.CALENDAR_DAYS:
            return Unit.CALENDAR_DAYS
        return Unit.MONTHS if self is Convention.MONTHS else Unit.WORKING_DAYS

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rules of the rulebook that define the convention (none for the what-if :attr:`SAME_DAY`).

        >>> Convention.MONTHS.rule_ids
        ('counting.day_one', 'counting.month_end', 'counting.roll_forward')
        """
        return _CONVENTION_RULES[self._value_]

    @property
    def citation(self) -> str:
        """The acts behind the convention: the primary source of each of its rules, read from the rulebook.

        >>> Convention.NEXT_DAY.citation
        'Civil Code (General Part), art. 173'
        """
        if not self.rule_ids:
            return "no act: offered for what-if analysis only"
        return "; ".join(dict.fromkeys(v.sources[0].cite() for r in self.rule_ids for v in rule(r).versions))


# The rules of each convention, by the convention's value (looked up on every count).
_CONVENTION_RULES: dict[str, tuple[str, ...]] = {
    Convention.NEXT_DAY.value: ("counting.day_one",),
    Convention.SAME_DAY.value: (),
    Convention.CALENDAR_DAYS.value: ("counting.day_one", "counting.roll_forward"),
    Convention.MONTHS.value: ("counting.day_one", "counting.month_end", "counting.roll_forward"),
}
# The rules every count applies after those of its convention.
_EVERY_COUNT = ("calendar.working_days", "counting.end_of_day")
# The rules a working-day count applies, by the convention's value (due_on_index reads them on every
# call; an enum member hashes in Python, its value string in C).
_WORKING_DAY_RULES = {c.value: _CONVENTION_RULES[c.value] + _EVERY_COUNT for c in Convention}
_SAME_DAY = Convention.SAME_DAY  # read once: an enum member's look-up by name costs about 65 ns


class MonthRounding(enum.Enum):
    """What to do when a month period would end on a date the month lacks (31 January + 1 month).

    Civil Code art. 174 decides it: the last day of the short month (:attr:`DOWN`, the default of
    :func:`count_period`). :attr:`UP` is offered for what-if analysis only.
    """

    #: The last day of the short month (what Civil Code art. 174 prescribes; the default).
    DOWN = "down"
    #: The first day of the following month (what-if only: no act says so).
    UP = "up"


class ProvisionalPolicy(enum.Enum):
    """What happens when a result rests on unconfirmed calendar data."""

    #: Mark the result (``provisional`` is true and ``provisional_reasons`` says why). The default.
    MARK = "mark"
    #: Mark it and emit a :class:`~appeal_rules.errors.ProvisionalResultWarning`.
    WARN = "warn"
    #: Raise :class:`~appeal_rules.errors.ProvisionalResultError`.
    RAISE = "raise"


@attrs.frozen
class Period:
    """A counted period: its start, term, convention, due date and how it got there.

    ``counted`` lists the working days counted, in order (for calendar-day and month periods, it
    is empty). ``skipped`` lists the non-working days between the start and the due date, each a
    :class:`~appeal_rules.calendar.Day` saying why. ``rolled_from`` is the nominal last day when
    it was not a working day and the period moved forward (Civil Code art. 175). ``month_end`` is
    the rounding applied when a month period would have ended on a date its last month lacks
    (Civil Code art. 174: the last day of that month), else None.
    """

    start: dt.date
    term: Term
    convention: Convention
    due: dt.date
    counted: tuple[dt.date, ...]
    skipped: tuple[Day, ...]
    rolled_from: dt.date | None
    provisional_reasons: tuple[str, ...]
    calendar_version: str
    month_end: MonthRounding | None = None

    @property
    def provisional(self) -> bool:
        """Whether the result rests on calendar data that is not confirmed."""
        return bool(self.provisional_reasons)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rules the counting applied, by id, in the order they were applied.

        Day 1 is the day after the start (``counting.day_one``, unless the what-if ``same_day``
        convention counted the start itself); a month period ends on the same date of its last
        month or that month's last day (``counting.month_end``, unless the what-if rounding ``UP``
        was asked); a last day off moves to the next working day (``counting.roll_forward``, when
        it did); the days are read on the working-day calendar (``calendar.working_days``); the
        period runs to the end of its last day (``counting.end_of_day``).
        """
        ids = self.convention.rule_ids
        if self.month_end is MonthRounding.UP:
            ids = tuple(r for r in ids if r != "counting.month_end")
        if self.rolled_from is None and "counting.roll_forward" in ids:
            ids = tuple(r for r in ids if r != "counting.roll_forward")
        return ids + _EVERY_COUNT

    @property
    def basis(self) -> tuple[RuleVersion, ...]:
        """The versions of :attr:`rule_ids` in force on :attr:`start`, the day the period begins.

        Empty for a period that starts before :data:`~appeal_rules.rules.COVERAGE_START`, the
        first day whose rules the library encodes (a calendar may reach further back).

        >>> import datetime as dt
        >>> from appeal_rules import count_period
        >>> from appeal_rules.rules import Term, Unit
        >>> p = count_period(dt.date(2025, 2, 1), Term(1, Unit.MONTHS))  # 1 March 2025 is a Saturday
        >>> p.due, [v.version for v in p.basis][:3]
        (datetime.date(2025, 3, 3), ['counting.day_one@appc', 'counting.month_end@all', 'counting.roll_forward@appc'])
        """
        if self.start < COVERAGE_START:
            return ()
        return tuple(rule_version(r, self.start) for r in self.rule_ids)

    def explain(self, lang: str = "en") -> str:
        """The counting in plain English, one line per step, ending with the calendar flag.

        ``lang`` says it in Kazakh (``"kk"``) or Russian (``"ru"``) instead.

        The last line is ``Calendar: confirmed for every day looked at (<data version>).`` or
        ``Calendar: provisional because <reason>.`` (see :attr:`provisional_reasons`). The text is
        rendered by :mod:`appeal_rules.render`.

        >>> import datetime as dt
        >>> from appeal_rules import count_period
        >>> count_period(dt.date(2025, 1, 3), Term(1, Unit.WORKING_DAYS)).explain("ru").splitlines()[-2][:18]
        'Срок: 05.01.2025 ('

        """
        from appeal_rules.render import period_lines

        # The sources of the steps come from the rules the period applied, read on its first day.
        on = max(self.start, COVERAGE_START)
        citations = {step: _primary_source(rule_version(f"counting.{step}", on))
                     for step in ("month_end", "roll_forward", "end_of_day")}
        return "\n".join(period_lines(self, lang, citations))


def _primary_source(version: RuleVersion) -> str:
    """The first source of ``version``, cited: the act the rule rests on."""
    return version.sources[0].cite()

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


def apply_policy(policy: ProvisionalPolicy, reasons: tuple[str, ...]) -> None:
    """Warn or raise for a provisional result (non-empty ``reasons``), as ``policy`` says.

    Called once by the public function the caller called, so that a warning points at the
    caller's line (``stacklevel=3``: this function, the public function, its caller).

    >>> apply_policy(ProvisionalPolicy.RAISE, ())  # a confirmed result: nothing to do
    """
    if not reasons or policy is ProvisionalPolicy.MARK:
        return
    message = "provisional result: " + "; ".join(reasons)
    if policy is ProvisionalPolicy.RAISE:
        raise ProvisionalResultError(message)
    warnings.warn(message, ProvisionalResultWarning, stacklevel=3)


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


@attrs.frozen
class OfficeHours:
    """An office's working hours on a working day, in local time.

    A complaint arriving at or after ``closes`` is registered on the next working day.

    >>> OfficeHours(dt.time(9, 0), dt.time(18, 30)).closes
    datetime.time(18, 30)
    """

    opens: dt.time
    closes: dt.time

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        for name in ("opens", "closes"):
            value = getattr(self, name)
            if not isinstance(value, dt.time) or value.tzinfo is not None:
                problems.append(Problem(name, f"got {describe(value)}", "a naive datetime.time (local time)", True))
        raise_if(problems)
        if self.opens >= self.closes:
            raise InvalidInputError.single("closes", f"{self.closes} is not after {self.opens}", "closes > opens")


#: 09:00 to 18:30, the usual hours of a state body's office in Kazakhstan (a working day of
#: 9:00-18:30 with a lunch break); pass the office's own hours where they differ.
DEFAULT_OFFICE_HOURS = OfficeHours(dt.time(9, 0), dt.time(18, 30))


def registration_date(
    arrived: dt.datetime,
    *,
    office_hours: OfficeHours = DEFAULT_OFFICE_HOURS,
    time_zone: str = "Asia/Almaty",
    calendar: WorkingCalendar | None = None,
) -> dt.date:
    """The date a complaint that arrived at ``arrived`` is registered (APPC art. 64(2)-(3)).

    ``arrived`` must be aware: it is converted to ``time_zone`` (default ``Asia/Almaty``, the zone of
    the capital: UTC+5 since 1 March 2024, UTC+6 before). On a working day before closing time the
    complaint is registered that day; after closing time, or on a non-working day, on the next
    working day. A naive datetime is refused. (A complaint arriving before opening time on a
    working day is registered that day.)

    >>> import datetime as dt
    >>> utc = dt.timezone.utc
    >>> registration_date(dt.datetime(2025, 1, 3, 10, 0, tzinfo=utc))  # Friday 3 Jan 2025 was a day off
    datetime.date(2025, 1, 5)
    >>> registration_date(dt.datetime(2024, 12, 31, 13, 0, tzinfo=utc))  # 18:00 in Almaty: still open
    datetime.date(2024, 12, 31)
    """
    problems: list[Problem] = []
    if not isinstance(arrived, dt.datetime):
        problems.append(Problem("arrived", f"got {describe(arrived)}", "an aware datetime.datetime", True))
    elif arrived.tzinfo is None or arrived.utcoffset() is None:
        problems.append(Problem("arrived", f"got a naive datetime {arrived.isoformat()}",
                                "a datetime with a time zone (e.g. tzinfo=ZoneInfo('Asia/Almaty'))"))
    if not isinstance(office_hours, OfficeHours):
        problems.append(Problem("office_hours", f"got {describe(office_hours)}", "an OfficeHours", True))
    tz = None
    if not isinstance(time_zone, str):
        problems.append(Problem("time_zone", f"got {describe(time_zone)}", "an IANA zone name", True))
    else:
        try:
            tz = kazakhstan_tz(time_zone)
        except (ValueError, KeyError):
            problems.append(Problem("time_zone", f"unknown zone {time_zone!r}", "an IANA zone such as 'Asia/Almaty'"))
    raise_if(problems)
    assert isinstance(arrived, dt.datetime) and tz is not None
    cal = resolve_calendar(calendar)
    try:
        local = arrived.astimezone(tz)
    except OverflowError:
        raise InvalidInputError.single(
            "arrived", f"{arrived.isoformat()} cannot be converted", "a date in the calendar's range"
        ) from None
    day = local.date()
    if cal.is_working_day(day) and local.time().replace(tzinfo=None) < office_hours.closes:
        return day
    return cal.add_working_days(day, 1)
