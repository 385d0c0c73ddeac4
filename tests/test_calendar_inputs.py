"""What a working-day calendar refuses, and how it says so.

A calendar is built from years (the first from 1991 to 2100, the last up to 2099), overlays (acts that
move days off) and year confirmations (each confirmed year's transfer act and Kurban Ait date);
it can be read back from a snapshot. Each bad input below is refused at once with every problem:
the error's class (``InputTypeError`` when every problem is one of type, ``CalendarConflictError``
when an act contradicts the data, ``CalendarRangeError`` for a date outside the calendar) and, for
each problem, the path of the field and what that field accepts. The words of the messages are in
``tests/snapshots/error_texts.txt`` (see ``tests/test_error_texts.py``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import BodyKind, InvalidInputError, WorkingCalendar
from appeal_rules.calendar import CONFIRMED_YEARS
from appeal_rules.errors import CalendarConflictError, CalendarRangeError, InputTypeError
from refusals import FAR_WEST, UTC, D, Refusal, ar, overlay, refused, snap

#: case -> the bad input and the refusal it must get.
CALENDAR_REFUSALS: dict[str, Refusal] = {
    'calendar.confirmations_items': Refusal(
        lambda: ar.WorkingCalendar(confirmations=[CONFIRMED_YEARS[0], 2019]),
        InputTypeError, [('confirmations', 'a list of YearConfirmation (default: CONFIRMED_YEARS)')],
    ),
    'calendar.confirmations_type': Refusal(
        lambda: ar.WorkingCalendar(confirmations=5),
        InputTypeError, [('confirmations', 'a list of YearConfirmation (default: CONFIRMED_YEARS)')],
    ),
    'calendar.everything_wrong': Refusal(
        lambda: ar.WorkingCalendar("x", 1990, overlays={1}, confirmations=None),
        InvalidInputError, [
            ('first_year', 'a whole number (int)'),
            ('last_year', 'a whole number >= 1991 and <= 2099'),
            ('overlays', 'a list of CalendarOverlay'),
            ('confirmations', 'a list of YearConfirmation (default: CONFIRMED_YEARS)'),
        ],
    ),
    'calendar.first_year_high': Refusal(
        lambda: ar.WorkingCalendar(first_year=2101, last_year=2099),
        InvalidInputError, [('first_year', 'a whole number >= 1991 and <= 2100')],
    ),
    'calendar.first_year_low': Refusal(
        lambda: ar.WorkingCalendar(first_year=1990),
        InvalidInputError, [('first_year', 'a whole number >= 1991 and <= 2100')],
    ),
    'calendar.kurban_ait_disagrees': Refusal(
        lambda: ar.WorkingCalendar(confirmations=[
            ar.calendar.YearConfirmation(2025, "act", "src", dt.date(2025, 6, 7), "kurban source")]).version,
        CalendarConflictError, [
            ('confirmations[2025]', 'an overlay correcting the date, or a confirmation that matches the data'),
        ],
    ),
    'calendar.kurban_ait_none': Refusal(
        lambda: ar.WorkingCalendar(2005, 2005, confirmations=[
            ar.calendar.YearConfirmation(2005, "act", "src", dt.date(2005, 1, 21), "kurban source")]).version,
        CalendarConflictError, [
            ('confirmations[2005]', 'an overlay correcting the date, or a confirmation that matches the data'),
        ],
    ),
    'calendar.kurban_ait_twice': Refusal(
        lambda: ar.WorkingCalendar(2039, 2039, confirmations=[
            ar.calendar.YearConfirmation(2039, "act", "src", dt.date(2039, 1, 1), "kurban source")]).version,
        CalendarConflictError, [
            ('confirmations[2039]', 'an overlay correcting the date, or a confirmation that matches the data'),
        ],
    ),
    'calendar.last_year_high': Refusal(
        lambda: ar.WorkingCalendar(last_year=2100),
        InvalidInputError, [('last_year', 'a whole number >= 1991 and <= 2099')],
    ),
    'calendar.overlays_items': Refusal(
        lambda: ar.WorkingCalendar(overlays=[overlay(), 5]),
        InputTypeError, [('overlays', 'a list of CalendarOverlay')],
    ),
    'calendar.overlays_type': Refusal(
        lambda: ar.WorkingCalendar(overlays=5),
        InputTypeError, [('overlays', 'a list of CalendarOverlay')],
    ),
    'calendar.resolve_problems_type': Refusal(
        lambda: ar.calendar.resolve_calendar(False, ()),
        InputTypeError, [('problems', 'a list to collect problems in, or None')],
    ),
    'calendar.resolve_problems_type_no_calendar': Refusal(
        lambda: ar.calendar.resolve_calendar(None, ()),
        InputTypeError, [('problems', 'a list to collect problems in, or None')],
    ),
    'calendar.years_reversed': Refusal(
        lambda: ar.WorkingCalendar(2025, 2024),
        InvalidInputError, [('last_year', 'last_year >= first_year')],
    ),
    'calendar.years_types': Refusal(
        lambda: ar.WorkingCalendar(first_year="2020", last_year=True),
        InputTypeError, [('first_year', 'a whole number (int)'), ('last_year', 'a whole number (int)')],
    ),
    'overlay.act_empty': Refusal(
        lambda: ar.CalendarOverlay(act=" "),
        InvalidInputError, [('act', 'the citation of the act, a non-empty string')],
    ),
    'overlay.act_type': Refusal(
        lambda: ar.CalendarOverlay(act=5),
        InvalidInputError, [('act', 'the citation of the act, a non-empty string')],
    ),
    'overlay.confirms_years_items': Refusal(
        lambda: overlay(confirms_years=[1990, 2101, True, "2026"]),
        InvalidInputError, [
            ('confirms_years[0]', 'a whole number >= 1991 and <= 2100'),
            ('confirms_years[1]', 'a whole number >= 1991 and <= 2100'),
            ('confirms_years[2]', 'a whole number (int)'),
            ('confirms_years[3]', 'a whole number (int)'),
        ],
    ),
    'overlay.confirms_years_type': Refusal(
        lambda: overlay(confirms_years=2026),
        InputTypeError, [('confirms_years', 'a list of years')],
    ),
    'overlay.contradiction': Refusal(
        lambda: ar.WorkingCalendar(overlays=[
            overlay(days_off=[dt.date(2027, 1, 16)]), overlay(act="Second", working_days=[dt.date(2027, 1, 16)])]),
        CalendarConflictError, [
            ('overlays[0].days_off[0]', 'a day that is a working day in the base data'),
            ('overlays[1].working_days[0]', 'each day named once, by one act'),
        ],
    ),
    'overlay.days_off_items': Refusal(
        lambda: overlay(days_off=[D, "2025-01-07", dt.datetime(2025, 1, 8, tzinfo=UTC)]),
        InputTypeError, [('days_off[1]', 'a datetime.date'), ('days_off[2]', 'a datetime.date')],
    ),
    'overlay.days_off_type': Refusal(
        lambda: overlay(days_off=5),
        InputTypeError, [('days_off', 'a list of datetime.date')],
    ),
    'overlay.duplicate': Refusal(
        lambda: ar.WorkingCalendar(overlays=[overlay(days_off=[dt.date(2027, 1, 8)]),
                                              overlay(act="Second", days_off=[dt.date(2027, 1, 8)])]),
        CalendarConflictError, [('overlays[1].days_off[0]', 'each day named once, by one act')],
    ),
    'overlay.off_on_holiday': Refusal(
        lambda: ar.WorkingCalendar(overlays=[overlay(days_off=[dt.date(2025, 1, 1)])]),
        CalendarConflictError, [('overlays[0].days_off[0]', 'a day that is a working day in the base data')],
    ),
    'overlay.off_on_weekend': Refusal(
        lambda: ar.WorkingCalendar(overlays=[overlay(days_off=[dt.date(2027, 1, 9)])]),
        CalendarConflictError, [('overlays[0].days_off[0]', 'a day that is a working day in the base data')],
    ),
    'overlay.url_type': Refusal(
        lambda: overlay(url=5),
        InputTypeError, [('url', 'a string')],
    ),
    'overlay.working_days_set': Refusal(
        lambda: overlay(working_days={D, 5}),
        InputTypeError, [('working_days[0]', 'a datetime.date')],
    ),
    'overlay.working_on_moved_weekend': Refusal(
        lambda: ar.WorkingCalendar(overlays=[overlay(working_days=[dt.date(2025, 1, 5)])]),
        CalendarConflictError, [
            ('overlays[0].working_days[0]', 'a weekend day that the base data leaves as a day off'),
        ],
    ),
    'overlay.working_on_weekday': Refusal(
        lambda: ar.WorkingCalendar(overlays=[overlay(working_days=[dt.date(2027, 1, 8)])]),
        CalendarConflictError, [('overlays[0].working_days[0]', 'a Saturday or Sunday')],
    ),
    'query.add_before_start': Refusal(
        lambda: ar.add_working_days(dt.date(2018, 1, 3), -2),
        CalendarRangeError, [('n', 'a count that stays within 2018-01-01 to 2030-12-31')],
    ),
    'query.add_both_wrong': Refusal(
        lambda: ar.add_working_days("x", 1.5),
        InputTypeError, [('day', 'a datetime.date'), ('n', 'a whole number (int)')],
    ),
    'query.add_calendar_type': Refusal(
        lambda: ar.add_working_days(D, 1, calendar=5),
        InputTypeError, [('calendar', 'a WorkingCalendar or None')],
    ),
    'query.add_n_type': Refusal(
        lambda: ar.add_working_days(D, "5"),
        InputTypeError, [('n', 'a whole number (int)')],
    ),
    'query.add_past_end': Refusal(
        lambda: ar.add_working_days(dt.date(2030, 12, 31), 1),
        CalendarRangeError, [('n', 'a count that stays within 2018-01-01 to 2030-12-31')],
    ),
    'query.add_range_and_type': Refusal(
        lambda: ar.add_working_days(dt.date(2017, 1, 1), True),
        InvalidInputError, [('day', 'a date from 2018-01-01 to 2030-12-31'), ('n', 'a whole number (int)')],
    ),
    'query.add_zero_past_end': Refusal(
        lambda: ar.WorkingCalendar(2018, 2018).add_working_days(dt.date(2018, 12, 31), 0),
        CalendarRangeError, [('n', 'a count that stays within 2018-01-01 to 2018-12-31')],
    ),
    'query.between_mixed': Refusal(
        lambda: ar.working_days_between("a", dt.date(2031, 1, 1)),
        InvalidInputError, [('start', 'a datetime.date'), ('end', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'query.between_range': Refusal(
        lambda: ar.working_days_between(dt.date(2017, 1, 1), dt.date(2031, 1, 1)),
        CalendarRangeError, [
            ('start', 'a date from 2018-01-01 to 2030-12-31'),
            ('end', 'a date from 2018-01-01 to 2030-12-31'),
        ],
    ),
    'query.day_after': Refusal(
        lambda: ar.is_working_day(dt.date(2031, 1, 1)),
        CalendarRangeError, [('day', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'query.day_before': Refusal(
        lambda: ar.is_working_day(dt.date(2017, 12, 31)),
        CalendarRangeError, [('day', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'query.day_naive': Refusal(
        lambda: ar.is_working_day(dt.datetime(2025, 1, 6, 10)),
        InvalidInputError, [('day', 'a datetime.date, or a datetime with a time zone (converted to Kazakhstan time)')],
    ),
    'query.day_overflow': Refusal(
        lambda: ar.is_working_day(dt.datetime.max.replace(tzinfo=FAR_WEST)),
        InvalidInputError, [('day', 'a date in years 2-9998')],
    ),
    'query.day_record': Refusal(
        lambda: ar.calendar.default_calendar().day(None),
        InputTypeError, [('day', 'a datetime.date')],
    ),
    'query.day_type': Refusal(
        lambda: ar.is_working_day("2025-01-06"),
        InputTypeError, [('day', 'a datetime.date')],
    ),
    'query.days_range': Refusal(
        lambda: ar.calendar.default_calendar().days(D, dt.date(2031, 1, 1)),
        CalendarRangeError, [('end', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'query.days_start_before': Refusal(
        lambda: ar.calendar.default_calendar().days(dt.date(2017, 1, 1), dt.date(2025, 1, 1)),
        CalendarRangeError, [('start', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'query.provisional_end_after': Refusal(
        lambda: ar.calendar.default_calendar().provisional_reasons(dt.date(2025, 1, 6), dt.date(2031, 1, 1)),
        CalendarRangeError, [('end', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'query.provisional_range': Refusal(
        lambda: ar.calendar.default_calendar().provisional_reasons(dt.date(2017, 1, 1), D),
        CalendarRangeError, [('start', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'snapshot.all_missing': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot({}),
        InvalidInputError, [
            ('snapshot.first_year', 'the output of WorkingCalendar.snapshot()'),
            ('snapshot.last_year', 'the output of WorkingCalendar.snapshot()'),
            ('snapshot.days', 'the output of WorkingCalendar.snapshot()'),
            ('snapshot.estimated', 'the output of WorkingCalendar.snapshot()'),
            ('snapshot.horizon', 'the output of WorkingCalendar.snapshot()'),
            ('snapshot.version', 'the output of WorkingCalendar.snapshot()'),
        ],
    ),
    'snapshot.day_unreadable': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(days=[
            {"date": "2025-13-01", "kind": "holiday"}, {"kind": "holiday"}, {"date": "2025-01-01", "kind": "x"},
            {"date": "2025-01-01", "kind": "holiday", "moved": 5}, 5])).version,
        InvalidInputError, [
            ('snapshot.days[0]', 'a day from WorkingCalendar.snapshot()'),
            ('snapshot.days[1]', 'a day from WorkingCalendar.snapshot()'),
            ('snapshot.days[2]', 'a day from WorkingCalendar.snapshot()'),
            ('snapshot.days[3]', 'a day from WorkingCalendar.snapshot()'),
            ('snapshot.days[4]', 'a day from WorkingCalendar.snapshot()'),
        ],
    ),
    'snapshot.days_not_list': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(days=None)).version,
        InputTypeError, [('snapshot.days', 'a list of day records')],
    ),
    'snapshot.days_text': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(days="x")),
        InputTypeError, [('snapshot.days', 'a list of day records')],
    ),
    'snapshot.estimated_not_list': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(estimated="2026-05-27")).version,
        InputTypeError, [('snapshot.estimated', 'a list of ISO dates')],
    ),
    'snapshot.estimated_unreadable': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(estimated=["x", 5])).version,
        InvalidInputError, [('snapshot.estimated[0]', 'an ISO date'), ('snapshot.estimated[1]', 'an ISO date')],
    ),
    'snapshot.horizon_bool': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(horizon=True)).version,
        InputTypeError, [('snapshot.horizon', 'a year (int)')],
    ),
    'snapshot.horizon_type': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(horizon="2025")).version,
        InputTypeError, [('snapshot.horizon', 'a year (int)')],
    ),
    'snapshot.not_a_mapping': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot([1]),
        InvalidInputError, [('snapshot', 'a mapping from WorkingCalendar.snapshot()')],
    ),
    'snapshot.version_missing': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(version=KeyError)),
        InvalidInputError, [('snapshot.version', 'the output of WorkingCalendar.snapshot()')],
    ),
    'snapshot.version_type': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(version=5)).version,
        InputTypeError, [('snapshot.version', 'a string')],
    ),
    'snapshot.years_wrong': Refusal(
        lambda: ar.WorkingCalendar.from_snapshot(snap(first_year=1980)).version,
        InvalidInputError, [('first_year', 'a whole number >= 1991 and <= 2100')],
    ),
}


@pytest.mark.parametrize("name", sorted(CALENDAR_REFUSALS))
def test_a_bad_calendar_input_is_refused_naming_each_field_and_what_it_accepts(name: str) -> None:
    """Construction, overlays, confirmations, snapshots and day queries refuse a bad input with every problem."""
    refused(CALENDAR_REFUSALS[name])


# --- found by fuzzing: arguments that once escaped as bare Python errors ----------------------------


def test_confirmations_that_are_not_year_confirmations_are_refused_at_construction() -> None:
    """Found by fuzzing. Was: confirmations=5 raised TypeError at construction; [2018], {2018} and [.., "2019"] raised
    AttributeError at the calendar's first use."""
    for confirmations in (5, [2018], {2018}, [CONFIRMED_YEARS[0], "2019"]):
        with pytest.raises(InputTypeError):
            WorkingCalendar(confirmations=confirmations).version  # type: ignore[arg-type]  # noqa: B018


@pytest.mark.parametrize("calendar", [5, "default", [], False])
def test_a_calendar_argument_that_is_not_a_calendar_is_refused_even_when_falsy(calendar: object) -> None:
    """Found by fuzzing. Was: calendar=5 raised AttributeError ('int' object has no attribute
    'is_working_day'); a falsy one silently meant the default calendar."""
    with pytest.raises(InputTypeError):
        ar.is_working_day(dt.date(2025, 1, 6), calendar=calendar)
    with pytest.raises(InputTypeError):
        ar.review_deadline(dt.date(2025, 1, 6), BodyKind.MINISTRY, calendar=calendar)
