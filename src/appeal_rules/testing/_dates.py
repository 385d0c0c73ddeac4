"""Strategies for dates and times on a calendar's days."""

from __future__ import annotations

import datetime as dt
import functools

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from appeal_rules._validate import kazakhstan_tz
from appeal_rules.calendar import WorkingCalendar, resolve_calendar

ONE_DAY = dt.timedelta(days=1)


# --- dates and times ---------------------------------------------------------------------------


def date_bounds(
    cal: WorkingCalendar, min_value: dt.date | None, max_value: dt.date | None
) -> tuple[dt.date, dt.date]:
    lo = max(cal.first_day, min_value) if min_value is not None else cal.first_day
    hi = min(cal.last_day, max_value) if max_value is not None else cal.last_day
    if lo > hi:
        raise ValueError(f"no date of the calendar ({cal.first_day} to {cal.last_day}) lies in {lo} to {hi}")
    return lo, hi


def calendar_dates(
    calendar: WorkingCalendar | None = None, *, min_value: dt.date | None = None, max_value: dt.date | None = None
) -> SearchStrategy[dt.date]:
    """Dates that ``calendar`` holds, optionally narrowed to ``min_value`` .. ``max_value``.

    ``calendar`` defaults to the library's default calendar (2018-2030).

    >>> import datetime as dt
    >>> from hypothesis import find
    >>> find(calendar_dates(), lambda d: True)
    datetime.date(2018, 1, 1)
    >>> find(calendar_dates(min_value=dt.date(2025, 3, 1)), lambda d: True)
    datetime.date(2025, 3, 1)
    """
    lo, hi = date_bounds(resolve_calendar(calendar), min_value, max_value)
    return st.dates(min_value=lo, max_value=hi)


@functools.lru_cache(maxsize=16)
def _working_dates(cal: WorkingCalendar, lo: dt.date, hi: dt.date) -> tuple[dt.date, ...]:
    return tuple(d.date for d in cal.days(lo, hi) if d.is_working)


def working_days(
    calendar: WorkingCalendar | None = None, *, min_value: dt.date | None = None, max_value: dt.date | None = None
) -> SearchStrategy[dt.date]:
    """Working days of ``calendar``, optionally within ``min_value`` .. ``max_value``.

    ``calendar`` defaults to the library's default calendar. The days shrink towards the earliest;
    the calendar is read when the first example is drawn, not when the strategy is made.

    >>> import datetime as dt
    >>> from hypothesis import find
    >>> find(working_days(frozen_calendar()), lambda d: d >= dt.date(2025, 1, 1))  # 1-3 Jan are days off
    datetime.date(2025, 1, 5)
    """
    cal = resolve_calendar(calendar)
    lo, hi = date_bounds(cal, min_value, max_value)

    def build() -> SearchStrategy[dt.date]:
        dates = _working_dates(cal, lo, hi)
        if not dates:
            raise ValueError(f"the calendar has no working day from {lo} to {hi}")
        return st.sampled_from(dates)

    return st.deferred(build)


def naive_datetimes(calendar: WorkingCalendar | None = None) -> SearchStrategy[dt.datetime]:
    """Datetimes with no time zone, on the days of ``calendar``.

    Every function of the library refuses them where it takes a date, since their day in
    Kazakhstan is unknown.

    >>> from hypothesis import find
    >>> find(naive_datetimes(), lambda t: True).tzinfo is None
    True
    """
    lo, hi = date_bounds(resolve_calendar(calendar), None, None)
    return st.datetimes(min_value=dt.datetime.combine(lo, dt.time.min), max_value=dt.datetime.combine(hi, dt.time.max))


def _time_zones() -> list[dt.tzinfo]:
    offsets = (-12, -5, 0, 3, 5, 6, 9, 14)
    return [kazakhstan_tz(), dt.UTC] + [dt.timezone(dt.timedelta(hours=h)) for h in offsets if h != 0]


def aware_datetimes(calendar: WorkingCalendar | None = None) -> SearchStrategy[dt.datetime]:
    """Datetimes with a time zone whose date in Kazakhstan lies within ``calendar``.

    The zones are Kazakhstan's, UTC, and fixed offsets from -12 to +14 hours; the library
    converts such a datetime to its date in Kazakhstan.

    >>> import datetime as dt
    >>> from hypothesis import find
    >>> t = find(aware_datetimes(), lambda t: t.utcoffset() == dt.timedelta(hours=-12))
    >>> t.tzinfo is not None
    True
    """
    lo, hi = date_bounds(resolve_calendar(calendar), None, None)
    # One day of margin at each end: a wall-clock time converted to Kazakhstan time moves by < 1 day.
    return st.datetimes(
        min_value=dt.datetime.combine(lo + ONE_DAY, dt.time.min),
        max_value=dt.datetime.combine(hi - ONE_DAY, dt.time.max),
        timezones=st.sampled_from(_time_zones()),
    )
