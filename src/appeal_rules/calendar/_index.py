"""The calendar's days counted once: the index and its public counting API."""

from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_left
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

import attrs

from appeal_rules._validate import check_date, raise_if
from appeal_rules.calendar._days import Day, DayKind
from appeal_rules.errors import CalendarRangeError, Problem

if TYPE_CHECKING:
    IntArray = array[int]
else:  # array[int] is subscriptable only from Python 3.12: the hints stay resolvable at run time
    IntArray = array

@attrs.frozen(eq=False)
class CalendarIndex:
    """The calendar's days, counted once: the small public counting API that deadlines use.

    Days are named by their proleptic Gregorian ordinal (:meth:`datetime.date.toordinal`), from
    :attr:`first` to :attr:`last`. The working days are numbered by *position*, 0 for the first
    working day of the calendar, ascending; :attr:`working_dates` holds them in that order. Every
    method here trusts its ordinal arguments (they come from :meth:`ordinal` or
    :meth:`check_ordinal`, which check a date once, at the edge) and answers in constant time, but
    for the lists of days it returns.

    >>> import datetime as dt
    >>> from appeal_rules.calendar import default_calendar
    >>> idx = default_calendar().index()
    >>> o = idx.ordinal(dt.date(2024, 12, 31), "start")
    >>> idx.working_dates[idx.nth_position(o, 5)]  # the 5th working day after 31 December 2024
    datetime.date(2025, 1, 10)
    >>> [d.date.day for d in idx.days_off(o + 1, o + 5)]  # 1-2 January, the moved day off, the weekend
    [1, 2, 3, 4]
    """

    #: Ordinal of the first day the calendar holds.
    first: int
    #: Ordinal of the last day the calendar holds.
    last: int
    #: One byte per day from ``first``: 1 where the day is a working day.
    working: bytes
    #: Per day from ``first``: the number of working days on or before it.
    rank: IntArray
    #: Ordinals of the working days, ascending (position -> ordinal).
    working_ords: IntArray
    #: The same days as dates (position -> date), so that a period's days are one slice.
    working_dates: tuple[dt.date, ...]
    #: Ordinals of the non-working days, ascending.
    off_ords: IntArray
    #: Their records, aligned with ``off_ords``.
    off_days: tuple[Day, ...]
    #: Every day that is not a plain weekday or weekend, by ordinal.
    special: Mapping[int, Day]
    #: Estimated holidays in unconfirmed years, ascending ordinals.
    estimated_ords: tuple[int, ...]
    #: Ordinal of the last confirmed day.
    horizon: int
    #: The last confirmed year.
    horizon_year: int
    #: The data version (see :attr:`WorkingCalendar.version`).
    version: str
    #: Per date of the calendar: its :attr:`rank` (so the position of the first working day after it).
    #: It answers ``add_working_days`` with one look-up, which the 50x target needs (docs/performance.md).
    rank_by_date: Mapping[dt.date, int] = attrs.field(repr=False)

    @property
    def first_day(self) -> dt.date:
        """The first day the calendar holds."""
        return dt.date.fromordinal(self.first)

    @property
    def last_day(self) -> dt.date:
        """The last day the calendar holds."""
        return dt.date.fromordinal(self.last)

    def check_ordinal(self, value: object, path: str, problems: list[Problem]) -> int | None:
        """The ordinal of the date ``value``, or ``None`` with the reason recorded in ``problems``.

        A date outside the calendar is a :class:`~appeal_rules.errors.CalendarRangeError` problem.

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> problems = []
        >>> default_calendar().index().check_ordinal(dt.date(2031, 1, 1), "day", problems) is None
        True
        >>> problems[0].error_class.__name__, problems[0].accepted
        ('CalendarRangeError', 'a date from 2018-01-01 to 2030-12-31')
        """
        day = value if type(value) is dt.date else check_date(value, path, problems)
        if day is None:
            return None
        o = day.toordinal()
        if not self.first <= o <= self.last:
            problems.append(Problem(path, f"{day.isoformat()} is outside the calendar",
                                    f"a date from {self.first_day.isoformat()} to {self.last_day.isoformat()}",
                                    kind=CalendarRangeError))
            return None
        return o

    def ordinal(self, value: object, path: str) -> int:
        """The ordinal of the date ``value``, or the error for it (named ``path``) raised at once.

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> idx = default_calendar().index()
        >>> idx.ordinal(dt.date(2025, 1, 5), "day") == dt.date(2025, 1, 5).toordinal()
        True
        """
        problems: list[Problem] = []
        o = self.check_ordinal(value, path, problems)
        if o is None:
            raise_if(problems)
        assert o is not None
        return o

    def is_working(self, o: int) -> bool:
        """Whether the day ``o`` is a working day."""
        return self.working[o - self.first] == 1

    def day(self, o: int) -> Day:
        """The :class:`Day` record of the day ``o``."""
        special = self.special.get(o)
        if special is not None:
            return special
        d = dt.date.fromordinal(o)
        return Day(d, DayKind.WEEKEND if d.weekday() >= 5 else DayKind.WORKING)

    def nth_position(self, o: int, n: int) -> int:
        """The position of the ``n``-th working day after the day ``o`` (before it if ``n < 0``).

        With ``n == 0``: ``o`` itself if it is a working day, else the next working day. The result
        may lie outside ``range(len(working_dates))`` when the count runs past the calendar.

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> idx = default_calendar().index()
        >>> saturday = dt.date(2025, 1, 4).toordinal()
        >>> idx.working_dates[idx.nth_position(saturday, 0)]  # Sunday 5 January was a working day
        datetime.date(2025, 1, 5)
        """
        offset = o - self.first
        on_or_before = self.rank[offset]
        if n > 0:
            return on_or_before + n - 1
        before = on_or_before - self.working[offset]
        return before + n if n < 0 else before

    def days_off(self, a: int, b: int) -> tuple[Day, ...]:
        """The non-working days from ``a`` to ``b`` (both included), each saying why.

        Found without searching: every day is working or not, so the days off on or before a day
        number its offset plus one minus its :attr:`rank`.
        """
        if b < a:
            return ()
        a_off, b_off = a - self.first, b - self.first
        before = a_off - self.rank[a_off - 1] if a_off > 0 else 0
        return self.off_days[before:b_off + 1 - self.rank[b_off]]

    def provisional_reasons(self, a: int, b: int) -> tuple[str, ...]:
        """Why an answer that looked at the days ``a`` to ``b`` (inclusive) is provisional; empty if not.

        One reason per year past the horizon that the days touch, from the first such day.
        """
        if b <= self.horizon:  # estimated holidays are dropped from confirmed years, so none lie here
            return ()
        first_o = max(a, self.horizon + 1)
        reasons: list[str] = []
        year = dt.date.fromordinal(first_o).year
        while first_o <= b:
            year_end = dt.date(year, 12, 31).toordinal()
            # An estimated date matters when it, or a day either side (it may move a day), is looked at.
            lo = bisect_left(self.estimated_ords, first_o - 1)
            hi = bisect_left(self.estimated_ords, min(b, year_end) + 2)
            estimated = tuple(o for o in self.estimated_ords[lo:hi] if dt.date.fromordinal(o).year == year)
            reasons.append(_unconfirmed_reason(first_o, year, estimated, self))
            first_o, year = year_end + 1, year + 1
        return tuple(reasons)


#: The names people in Kazakhstan use for holidays whose ``holidays`` name differs.
_LOCAL_NAMES: Final = {"Eid al-Adha": "Kurban Ait"}


def _unconfirmed_reason(first_o: int, year: int, estimated: tuple[int, ...], idx: CalendarIndex) -> str:
    """Why the days from ``first_o`` in ``year`` (past the horizon) are provisional, and how to settle it."""
    missing = "the act moving days off (or word that none was issued)"
    if estimated:
        missing += "".join(
            f" and the date of {_LOCAL_NAMES.get(str(d.name), str(d.name))} (estimated {d.date.isoformat()}; "
            "fixed each year by the Spiritual Administration of Muslims of Kazakhstan, it may move a day)"
            for d in (idx.special[o] for o in estimated)
        ) + " are"
    else:
        missing += " is"
    return (
        f"{dt.date.fromordinal(first_o).isoformat()} is past the calendar data horizon (the last confirmed year is "
        f"{idx.horizon_year}): for {year} {missing} not confirmed; to settle it, confirm {year} with an overlay "
        f"(a file passed with --overlay, or CalendarOverlay(confirms_years=({year},)) in Python)"
    )


# --- building the index -----------------------------------------------------------------------


def index_from_days(
    special: dict[int, Day], estimated: list[int], horizon_year: int, version: str, *, first_year: int, last_year: int
) -> CalendarIndex:
    """The :class:`CalendarIndex` of ``first_year`` to ``last_year`` from its special days (checked data)."""
    first = dt.date(first_year, 1, 1).toordinal()
    last = dt.date(last_year, 12, 31).toordinal()
    working = bytearray(last - first + 1)
    rank = array("l", [0]) * len(working)
    working_ords = array("l")
    working_dates: list[dt.date] = []
    off_ords = array("l")
    off_days: list[Day] = []
    rank_by_date: dict[dt.date, int] = {}
    count = 0
    for o in range(first, last + 1):
        day = special.get(o)
        date = dt.date.fromordinal(o)
        is_work = day.is_working if day is not None else date.weekday() < 5
        if is_work:
            working[o - first] = 1
            working_ords.append(o)
            working_dates.append(date)
            count += 1
        else:
            off_ords.append(o)
            off_days.append(day if day is not None else Day(date, DayKind.WEEKEND))
        rank[o - first] = count
        rank_by_date[date] = count
    horizon = min(dt.date(horizon_year, 12, 31).toordinal(), last) if horizon_year >= first_year else first - 1
    return CalendarIndex(
        first, last, bytes(working), rank, working_ords, tuple(working_dates), off_ords, tuple(off_days),
        {o: d for o, d in special.items() if first <= o <= last},
        tuple(o for o in sorted(estimated) if first <= o <= last),
        horizon, horizon_year, version, rank_by_date,
    )
