"""What counting a period and dating a registration refuse, and how they say so.

A period is a start date and a ``Term`` counted under a convention (Civil Code arts. 173-175; APPC
art. 76(2)); a month that ends on a date the month lacks needs a rounding (Civil Code art. 174). A
registration date is read from an aware arrival time in the office's hours and time zone. Each bad
input below is refused with every problem: the error's class and, for each problem, the path of
the field and what it accepts. The words of the messages are in ``tests/snapshots/error_texts.txt``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import Convention, InvalidInputError, ProvisionalPolicy
from appeal_rules.errors import CalendarRangeError, InputTypeError, ProvisionalResultError
from appeal_rules.rules import Unit
from refusals import FAR_WEST, UTC, D, Refusal, ar, refused

#: case -> the bad input and the refusal it must get.
COUNTING_REFUSALS: dict[str, Refusal] = {
    'hours.aware': Refusal(
        lambda: ar.deadlines.OfficeHours(dt.time(9, tzinfo=UTC), dt.time(18)),
        InputTypeError, [('opens', 'a naive datetime.time (local time)')],
    ),
    'hours.equal': Refusal(
        lambda: ar.deadlines.OfficeHours(dt.time(9), dt.time(9)),
        InvalidInputError, [('closes', 'closes > opens')],
    ),
    'hours.reversed': Refusal(
        lambda: ar.deadlines.OfficeHours(dt.time(18), dt.time(9)),
        InvalidInputError, [('closes', 'closes > opens')],
    ),
    'hours.types': Refusal(
        lambda: ar.deadlines.OfficeHours(9, "18:30"),
        InputTypeError, [
            ('opens', 'a naive datetime.time (local time)'),
            ('closes', 'a naive datetime.time (local time)'),
        ],
    ),
    'period.all_options_wrong': Refusal(
        lambda: ar.count_period(D, 5, convention="x", rounding=1, on_provisional="loud"),
        InvalidInputError, [
            ('term', 'a Term, e.g. Term(5, Unit.WORKING_DAYS)'),
            ('convention', 'one of: next_day, same_day, calendar_days, months'),
            ('rounding', 'a MonthRounding or one of: down, up'),
            ('on_provisional', 'one of: mark, warn, raise'),
        ],
    ),
    'period.calendar_type': Refusal(
        lambda: ar.count_period(D, ar.rules.Term(5, Unit.WORKING_DAYS), calendar="default"),
        InputTypeError, [('calendar', 'a WorkingCalendar or None')],
    ),
    'period.cd_past_end': Refusal(
        lambda: ar.count_period(dt.date(2030, 12, 27), ar.rules.Term(5, Unit.CALENDAR_DAYS)),
        CalendarRangeError, [
            ('term', "a period within the calendar's range, 2018-01-01 to 2030-12-31"),
        ],
    ),
    'period.cd_roll_past_end': Refusal(
        lambda: ar.count_period(dt.date(2018, 12, 30), ar.rules.Term(1, Unit.CALENDAR_DAYS),
                                calendar=ar.WorkingCalendar(2018, 2018)),
        CalendarRangeError, [
            ('term', "a period within the calendar's range, 2018-01-01 to 2018-12-31"),
        ],
    ),
    'period.convention_unit': Refusal(
        lambda: ar.count_period(D, ar.rules.Term(5, Unit.WORKING_DAYS), convention=Convention.MONTHS),
        InvalidInputError, [('convention', 'a convention for working_days')],
    ),
    'period.convention_unit_cd': Refusal(
        lambda: ar.count_period(D, ar.rules.Term(5, Unit.CALENDAR_DAYS), convention="next_day"),
        InvalidInputError, [('convention', 'a convention for calendar_days')],
    ),
    'period.months_past_9999': Refusal(
        lambda: ar.count_period(dt.date(2020, 1, 31), ar.rules.Term(100_000, Unit.MONTHS)),
        CalendarRangeError, [('term', 'a period ending within the calendar')],
    ),
    'period.months_past_end': Refusal(
        lambda: ar.count_period(dt.date(2030, 6, 30), ar.rules.Term(7, Unit.MONTHS)),
        CalendarRangeError, [
            ('term', "a period within the calendar's range, 2018-01-01 to 2030-12-31"),
        ],
    ),
    'period.options_strings': Refusal(
        lambda: ar.count_period(D, ar.rules.Term(1, Unit.MONTHS), convention="weeks", rounding="sideways"),
        InvalidInputError, [
            ('convention', 'one of: next_day, same_day, calendar_days, months'),
            ('rounding', 'one of: down, up'),
        ],
    ),
    'period.raise': Refusal(
        lambda: ar.count_period(dt.date(2026, 12, 29), ar.rules.Term(5, Unit.WORKING_DAYS),
                                on_provisional=ProvisionalPolicy.RAISE),
        ProvisionalResultError, None,
    ),
    'period.start_before': Refusal(
        lambda: ar.count_period(dt.date(2017, 1, 1), ar.rules.Term(5, Unit.WORKING_DAYS)),
        CalendarRangeError, [('start', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'period.start_type': Refusal(
        lambda: ar.count_period("2025-01-06", ar.rules.Term(5, Unit.WORKING_DAYS)),
        InputTypeError, [('start', 'a datetime.date')],
    ),
    'period.term_type': Refusal(
        lambda: ar.count_period(D, 5),
        InputTypeError, [('term', 'a Term, e.g. Term(5, Unit.WORKING_DAYS)')],
    ),
    'period.wd_past_end': Refusal(
        lambda: ar.count_period(dt.date(2030, 12, 27), ar.rules.Term(5, Unit.WORKING_DAYS)),
        CalendarRangeError, [
            ('term', "a period within the calendar's range, 2018-01-01 to 2030-12-31"),
        ],
    ),
    'registration.bad_zone_key': Refusal(
        lambda: ar.registration_date(dt.datetime(2025, 1, 6, 10, tzinfo=UTC), time_zone="../etc"),
        InvalidInputError, [('time_zone', "an IANA zone such as 'Asia/Almaty'")],
    ),
    'registration.date': Refusal(
        lambda: ar.registration_date(D),
        InputTypeError, [('arrived', 'an aware datetime.datetime')],
    ),
    'registration.everything_wrong': Refusal(
        lambda: ar.registration_date("x", office_hours=(9, 18), time_zone=5, calendar=5),
        InputTypeError, [
            ('arrived', 'an aware datetime.datetime'),
            ('office_hours', 'an OfficeHours'),
            ('time_zone', 'an IANA zone name'),
        ],
    ),
    'registration.naive': Refusal(
        lambda: ar.registration_date(dt.datetime(2025, 1, 6, 10)),
        InvalidInputError, [('arrived', "a datetime with a time zone (e.g. tzinfo=ZoneInfo('Asia/Almaty'))")],
    ),
    'registration.next_day_outside': Refusal(
        lambda: ar.registration_date(dt.datetime(2030, 12, 31, 17, tzinfo=UTC)),
        CalendarRangeError, [('n', 'a count that stays within 2018-01-01 to 2030-12-31')],
    ),
    'registration.outside': Refusal(
        lambda: ar.registration_date(dt.datetime(2031, 1, 6, 10, tzinfo=UTC)),
        CalendarRangeError, [('day', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'registration.overflow': Refusal(
        lambda: ar.registration_date(dt.datetime.max.replace(tzinfo=FAR_WEST)),
        InvalidInputError, [('arrived', "a date in the calendar's range")],
    ),
    'registration.unknown_zone': Refusal(
        lambda: ar.registration_date(dt.datetime(2025, 1, 6, 10, tzinfo=UTC), time_zone="Asia/Nowhere"),
        InvalidInputError, [('time_zone', "an IANA zone such as 'Asia/Almaty'")],
    ),
    'term.bool': Refusal(
        lambda: ar.rules.Term(True, Unit.MONTHS),
        InputTypeError, [('length', 'a whole number (int)')],
    ),
    'term.negative': Refusal(
        lambda: ar.rules.Term(-1, Unit.WORKING_DAYS),
        InvalidInputError, [('length', 'a whole number >= 0 and <= 100000')],
    ),
    'term.too_long': Refusal(
        lambda: ar.rules.Term(100_001, Unit.MONTHS),
        InvalidInputError, [('length', 'a whole number >= 0 and <= 100000')],
    ),
    'term.types': Refusal(
        lambda: ar.rules.Term("5", 5),
        InputTypeError, [
            ('length', 'a whole number (int)'),
            ('unit', 'a Unit or one of: working_days, calendar_days, months'),
        ],
    ),
    'term.unknown_unit': Refusal(
        lambda: ar.rules.Term(5, "weeks"),
        InvalidInputError, [('unit', 'one of: working_days, calendar_days, months')],
    ),
}


@pytest.mark.parametrize("name", sorted(COUNTING_REFUSALS))
def test_a_bad_period_or_registration_input_is_refused_naming_each_field_and_what_it_accepts(name: str) -> None:
    """count_period, Term, registration_date and OfficeHours refuse a bad input with every problem."""
    refused(COUNTING_REFUSALS[name])
