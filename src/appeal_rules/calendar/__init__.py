"""Kazakhstan's working-day calendar, built from the ``holidays`` package, with a data horizon.

The calendar answers three questions in constant time from a precomputed index (built once, on
first use): is a day a working day, which day is the n-th working day after a date, and how many
working days lie between two dates. It also says *why* a day is not a working day (weekend,
public holiday, holiday carried over from a day off, day off moved by the yearly transfer act, or
an overlay an integrator added) and whether an answer rests on data that is not yet confirmed.

Sources, per kind of day:

* weekends: Labour Code art. 84 (Sunday; Saturday in a five-day week);
* public holidays and their carry-over to the next working day: Law "On Holidays" art. 5;
* days off moved by the Government's decree (from 2024, the Labour Ministry's order), and the
  weekend days made working by it: ``holidays``' Kazakhstan data, each year with its act;
* Kurban Ait (first day) is fixed each year by the Spiritual Administration of Muslims.

**Data horizon.** :data:`CONFIRMED_YEARS` lists, year by year, the sources that the year's transfer
act (or the absence of one) and Kurban Ait are final. The horizon is the last year of the unbroken
run of confirmed years; any result that touches a later day is *provisional* and says, for the first
such day of each year, what is missing (the transfer act, an estimated Kurban Ait date) and how to
settle it (an overlay that confirms the year). A year confirmed after an unconfirmed one still
gives provisional results until the years before it are confirmed.

>>> import datetime as dt
>>> from appeal_rules.calendar import default_calendar
>>> cal = default_calendar()
>>> cal.is_working_day(dt.date(2025, 1, 5))   # a Sunday made a working day
True
>>> cal.day(dt.date(2025, 1, 3)).describe()
'Friday 2025-01-03: day off moved from Sunday 2025-01-05 by the transfer act'
>>> cal.horizon  # 2027: neither a transfer act nor the final Kurban Ait date is confirmed
2026
"""

from __future__ import annotations

from appeal_rules.calendar._calendar import (
    WorkingCalendar,
    add_working_days,
    default_calendar,
    is_working_day,
    resolve_calendar,
    working_days_between,
)
from appeal_rules.calendar._confirmations import CONFIRMED_YEARS, CalendarOverlay, YearConfirmation
from appeal_rules.calendar._days import Day, DayKind
from appeal_rules.calendar._index import CalendarIndex
from appeal_rules.calendar._index import index_from_days as index_from_days
from appeal_rules.calendar._sources import days_from_holidays as days_from_holidays
from appeal_rules.calendar._sources import days_from_snapshot as days_from_snapshot

__all__ = [
    "CONFIRMED_YEARS",
    "CalendarIndex",
    "CalendarOverlay",
    "Day",
    "DayKind",
    "WorkingCalendar",
    "YearConfirmation",
    "add_working_days",
    "default_calendar",
    "is_working_day",
    "resolve_calendar",
    "working_days_between",
]


def __dir__() -> list[str]:
    return __all__
