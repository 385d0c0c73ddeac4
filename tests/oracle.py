"""An independent working-day oracle for cross-checking the library's dates.

It answers the same questions as :class:`appeal_rules.WorkingCalendar` (is a day a working day,
which is the n-th working day after a date, how many working days lie between two dates, when a
period counted from a date ends) **without** the library's precomputed index, its ``Day`` records,
its conventions or ``dateutil``: only ``holidays.country_holidays("KZ", ...)``, its
``weekend_workdays`` and plain day-by-day date arithmetic. It is deliberately slow and obvious, so
that a wrong date from the fast index cannot be reproduced by the same mistake here.

The rules it encodes, from the library's documentation (not from its code):

* a day is a working day if it is Monday to Friday and not a KZ holiday (holidays, carried-over
  holidays and transferred days off are all entries of ``country_holidays("KZ")``), or if it is a
  weekend day that a transfer act made working (``weekend_workdays``); an overlay's days off and
  working days override both;
* ``nth_working_day(d, n)``: ``d`` itself is never counted; ``n == 0`` gives ``d`` if it is a
  working day, else the next one (the meaning of ``holidays``' ``get_nth_working_day``);
* ``between(a, b)`` counts working days in ``(a, b]``, negated when ``b < a``;
* periods: Civil Code arts. 173-175 as the library documents them (day 1 is the day after the
  start; a calendar-day or month period ending on a day off moves to the next working day; a month
  period ending on a date the month lacks is ambiguous unless rounded down or up).

Every answer that would leave the calendar's years is ``None``.

>>> o = oracle_for(2024, 2026)
>>> o.is_working(dt.date(2025, 1, 3)), o.is_working(dt.date(2025, 1, 5))
(False, True)
>>> o.nth_working_day(dt.date(2024, 12, 31), 5)
datetime.date(2025, 1, 10)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import holidays

__all__ = ["AMBIGUOUS", "Oracle", "OraclePeriod", "add_months", "oracle_for"]

ONE_DAY = dt.timedelta(days=1)

#: The answer of :func:`add_months` when the target month lacks the start's day and no rounding is chosen.
AMBIGUOUS: Literal["ambiguous"] = "ambiguous"


@dataclass(frozen=True)
class OraclePeriod:
    """The oracle's answer for a counted period."""

    due: dt.date
    counted: tuple[dt.date, ...]  # working days counted (working-day periods only)
    skipped: tuple[dt.date, ...]  # non-working days from the first day counted to the due date
    rolled_from: dt.date | None  # the nominal last day, when it was a day off and the period moved


@dataclass(frozen=True)
class Oracle:
    """Working days of Kazakhstan from ``first`` to ``last`` (both included), by plain lookups."""

    first: dt.date
    last: dt.date
    days_off: frozenset[dt.date]  # holidays and overlay days off (any weekday)
    weekend_working: frozenset[dt.date]  # weekend days made working (transfer acts, overlays)

    def holds(self, day: dt.date) -> bool:
        """Whether ``day`` is inside the calendar's years."""
        return self.first <= day <= self.last

    def is_working(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day (``day`` must be inside the calendar)."""
        if day in self.weekend_working:
            return True
        return day.weekday() < 5 and day not in self.days_off

    def _step(self, day: dt.date, forward: bool) -> dt.date | None:
        nxt = day + ONE_DAY if forward else day - ONE_DAY
        return nxt if self.holds(nxt) else None

    def next_working_on_or_after(self, day: dt.date) -> dt.date | None:
        """``day`` if it is a working day, else the next one; ``None`` if the calendar ends first."""
        current: dt.date | None = day
        while current is not None:
            if self.is_working(current):
                return current
            current = self._step(current, forward=True)
        return None

    def nth_working_day(self, day: dt.date, n: int) -> dt.date | None:
        """The ``n``-th working day after ``day`` (before it when ``n < 0``), counted one day at a time."""
        if not self.holds(day):
            return None
        if n == 0:
            return self.next_working_on_or_after(day)
        if abs(n) > (self.last - self.first).days + 1:  # more working days than the calendar has days
            return None
        forward = n > 0
        remaining = abs(n)
        current: dt.date | None = day
        while remaining:
            assert current is not None
            current = self._step(current, forward)
            if current is None:
                return None
            if self.is_working(current):
                remaining -= 1
        return current

    def working_days_in(self, after: dt.date, through: dt.date) -> list[dt.date]:
        """The working days ``d`` with ``after < d <= through``, in order."""
        out: list[dt.date] = []
        current = after + ONE_DAY
        while current <= through:
            if self.is_working(current):
                out.append(current)
            current += ONE_DAY
        return out

    def off_days_in(self, first: dt.date, through: dt.date) -> tuple[dt.date, ...]:
        """The non-working days from ``first`` to ``through``, both included, in order."""
        out: list[dt.date] = []
        current = first
        while current <= through:
            if not self.is_working(current):
                out.append(current)
            current += ONE_DAY
        return tuple(out)

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``; negative when ``end < start``."""
        if end >= start:
            return len(self.working_days_in(start, end))
        return -len(self.working_days_in(end, start))

    def working_day_period(self, start: dt.date, n: int, *, same_day: bool = False) -> OraclePeriod | None:
        """A period of ``n`` working days from ``start``: day 1 is the next working day after ``start``.

        With ``same_day``, ``start`` is day 1 when it is a working day (the what-if convention).
        ``n == 0`` ends on ``start`` itself.
        """
        if not self.holds(start):
            return None
        if n == 0:
            return OraclePeriod(start, (), (), None)
        counts_start = same_day and self.is_working(start)
        counted: list[dt.date] = [start] if counts_start else []
        current = start
        while len(counted) < n:
            nxt = self._step(current, forward=True)
            if nxt is None:
                return None
            current = nxt
            if self.is_working(current):
                counted.append(current)
        due = counted[-1]
        first = start if counts_start else start + ONE_DAY
        return OraclePeriod(due, tuple(counted), self.off_days_in(first, due), None)

    def rolled_period(self, start: dt.date, nominal: dt.date) -> OraclePeriod | None:
        """A calendar-day or month period from ``start`` whose last day is ``nominal`` (Civil Code art. 175)."""
        if not self.holds(start) or not self.holds(nominal):
            return None
        due = self.next_working_on_or_after(nominal)
        if due is None:
            return None
        rolled = None if due == nominal else nominal
        return OraclePeriod(due, (), self.off_days_in(start + ONE_DAY, due), rolled)

    def calendar_day_period(self, start: dt.date, n: int) -> OraclePeriod | None:
        """A period of ``n`` calendar days from ``start``, moved forward off a day off."""
        if not self.holds(start) or n > (self.last - start).days:
            return None
        return self.rolled_period(start, start + dt.timedelta(days=n))

    def month_period(
        self, start: dt.date, n: int, rounding: Literal["down", "up"] | None
    ) -> OraclePeriod | Literal["ambiguous"] | None:
        """A period of ``n`` months from ``start`` (see :func:`add_months`), moved off a day off."""
        if not self.holds(start):
            return None
        nominal = add_months(start, n, rounding)
        if nominal is None:
            return None
        if isinstance(nominal, str):
            return AMBIGUOUS
        return self.rolled_period(start, nominal)


def days_in_month(year: int, month: int) -> int:
    """The number of days of a month, by counting back from the first of the next month."""
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - ONE_DAY).day


def add_months(
    start: dt.date, n: int, rounding: Literal["down", "up"] | None
) -> dt.date | Literal["ambiguous"] | None:
    """The same day ``n`` months after ``start``; ``None`` past year 9999.

    When the target month lacks that day: :data:`AMBIGUOUS` without rounding, the month's last day
    rounding ``"down"`` (Civil Code art. 174), the first day of the next month rounding ``"up"``.
    """
    months = start.year * 12 + (start.month - 1) + n
    year, month0 = divmod(months, 12)
    if not 1 <= year <= 9999:
        return None
    month = month0 + 1
    length = days_in_month(year, month)
    if start.day <= length:
        return dt.date(year, month, start.day)
    if rounding is None:
        return AMBIGUOUS
    last = dt.date(year, month, length)
    if rounding == "down":
        return last
    return last + ONE_DAY if last < dt.date.max else None


@lru_cache(maxsize=32)
def _oracle(
    first_year: int,
    last_year: int,
    extra_off: frozenset[dt.date],
    extra_working: frozenset[dt.date],
) -> Oracle:
    kz = holidays.country_holidays("KZ", years=range(first_year, last_year + 1))
    off = {day for day in kz if isinstance(day, dt.date)}
    weekend_working = {day for day in kz.weekend_workdays if isinstance(day, dt.date) and day.weekday() >= 5}
    return Oracle(
        dt.date(first_year, 1, 1),
        dt.date(last_year, 12, 31),
        frozenset((off - extra_working) | extra_off),
        frozenset((weekend_working - extra_off) | extra_working),
    )


def oracle_for(
    first_year: int = 2018,
    last_year: int = 2030,
    *,
    days_off: Iterable[dt.date] = (),
    working_days: Iterable[dt.date] = (),
) -> Oracle:
    """The oracle for a calendar of ``first_year`` to ``last_year``, with overlays' days laid over it."""
    return _oracle(first_year, last_year, frozenset(days_off), frozenset(working_days))
