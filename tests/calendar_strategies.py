"""The calendar and deadline tests' strategies (tests/test_calendar.py, tests/test_deadlines.py).

Dates come from the public strategies of :mod:`appeal_rules.testing`, the ones a downstream suite
uses, so that this suite exercises them too. What the public module does not offer (counts, dates
weighted to month ends, office hours, arrival times in named zones well inside the calendar) is
built here, each with the reason beside it. Strategies that feed a count forward stop early enough
that the answer stays inside the default calendar, so a property never has to discard an example.

>>> import datetime as dt
>>> FIRST_DAY, LAST_DAY
(datetime.date(2018, 1, 1), datetime.date(2030, 12, 31))
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from hypothesis import strategies as st

from appeal_rules.deadlines import OfficeHours
from appeal_rules.testing import calendar_dates

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "ZONES",
    "aware_datetimes",
    "calendar_days",
    "date_pairs",
    "dates",
    "month_counts",
    "month_starts",
    "office_hours",
    "positive_counts",
    "signed_counts",
]

#: The first and last day the default calendar holds.
FIRST_DAY = dt.date(2018, 1, 1)
LAST_DAY = dt.date(2030, 12, 31)

#: Zones an arrival time may be given in: UTC, Kazakhstan's own (Asia/Almaty moved from UTC+6 to
#: UTC+5 on 2024-03-01; Asia/Aqtobe was always UTC+5) and two foreign ones.
ZONES: tuple[dt.tzinfo, ...] = (
    dt.UTC,
    zoneinfo.ZoneInfo("Asia/Almaty"),
    zoneinfo.ZoneInfo("Asia/Aqtobe"),
    zoneinfo.ZoneInfo("Europe/Moscow"),
    zoneinfo.ZoneInfo("America/New_York"),
)


def dates(min_value: dt.date = FIRST_DAY, max_value: dt.date = LAST_DAY) -> st.SearchStrategy[dt.date]:
    """Days of the default calendar (or a narrower range): the public ``calendar_dates``."""
    return calendar_dates(min_value=min_value, max_value=max_value)


def date_pairs(
    min_value: dt.date = FIRST_DAY, max_value: dt.date = LAST_DAY
) -> st.SearchStrategy[tuple[dt.date, dt.date]]:
    """Two days, earlier first (they may be equal)."""
    return st.tuples(dates(min_value, max_value), dates(min_value, max_value)).map(
        lambda pair: (min(pair), max(pair))
    )


# Counts are plain integers: the public ``terms`` draws whole Terms, and these properties count
# with bare numbers too (``add_working_days(day, n)`` takes a signed count, which no Term is).


def signed_counts(limit: int = 30) -> st.SearchStrategy[int]:
    """Working-day counts from ``-limit`` to ``limit``, zero included."""
    return st.integers(min_value=-limit, max_value=limit)


def positive_counts(limit: int = 30) -> st.SearchStrategy[int]:
    """Working-day counts from 1 to ``limit`` (a review term is at least one day)."""
    return st.integers(min_value=1, max_value=limit)


def calendar_days(limit: int = 60) -> st.SearchStrategy[int]:
    """Lengths of a period in calendar days, from 0 to ``limit``."""
    return st.integers(min_value=0, max_value=limit)


def month_counts(limit: int = 12) -> st.SearchStrategy[int]:
    """Lengths of a period in months, from 0 to ``limit``."""
    return st.integers(min_value=0, max_value=limit)


def month_starts(max_value: dt.date = dt.date(2029, 12, 31)) -> st.SearchStrategy[dt.date]:
    """Start days for month periods, weighted to the 28th-31st, where "+ n months" can be ambiguous.

    Test-only: the public ``calendar_dates`` draws days evenly, and would rarely reach the month
    ends that Civil Code art. 174 (a month lacking the date) is about.
    """
    late = st.builds(
        lambda year, month, day: dt.date(year, month, min(day, _days_in_month(year, month))),
        st.integers(2018, max_value.year), st.integers(1, 12), st.integers(28, 31),
    ).filter(lambda d: d <= max_value)
    return st.one_of(late, dates(FIRST_DAY, max_value))


def aware_datetimes(
    min_value: dt.datetime = dt.datetime(2018, 1, 2), max_value: dt.datetime = dt.datetime(2030, 12, 1)
) -> st.SearchStrategy[dt.datetime]:
    """Aware arrival times in one of :data:`ZONES`, well inside the calendar's range.

    Test-only: the public ``aware_datetimes`` uses fixed offsets, and reaches the calendar's last
    day; the registration tests need real IANA zones (Almaty's change of offset on 1 March 2024) and
    room for the next working day after the arrival.
    """
    return st.datetimes(min_value=min_value, max_value=max_value, timezones=st.sampled_from(ZONES))


def office_hours() -> st.SearchStrategy[OfficeHours]:
    """Valid office hours: opening on the hour from 07:00 to 10:00, closing from 16:00 to 20:59.

    Test-only: the public module has no strategy for OfficeHours.
    """
    return st.builds(
        OfficeHours,
        st.integers(7, 10).map(lambda h: dt.time(h, 0)),
        st.builds(dt.time, st.integers(16, 20), st.integers(0, 59)),
    )


def _days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day
