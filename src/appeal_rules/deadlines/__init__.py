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

from appeal_rules.deadlines._counting import count_on_index, count_period, due_on_index
from appeal_rules.deadlines._period import Convention, MonthRounding, Period, ProvisionalPolicy, apply_policy
from appeal_rules.deadlines._registration import DEFAULT_OFFICE_HOURS, OfficeHours, registration_date

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
