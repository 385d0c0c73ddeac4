"""Counting a period: the units, the conventions and their articles, and the edges of a calendar.

Civil Code art. 173: a period in days runs from the day after the event; art. 174: a period in
months ends on the same date of the last month, or on the last day of a month that lacks that date;
art. 175: a period ending on a day off ends on the next working day; art. 176: it ends at the end
of its last day (art. 173 and APPC art. 76(2) are the library's counting.day_one rule). A period in
working days counts only the calendar's working days. A period that would run past the calendar is
refused, never guessed.
"""

from __future__ import annotations

import datetime as dt
import typing

import pytest

import appeal_rules
import appeal_rules.calendar
import appeal_rules.errors
from appeal_rules import Convention, InvalidInputError, WorkingCalendar, count_period, registration_date
from appeal_rules.calendar import DayKind
from appeal_rules.deadlines import MonthRounding
from appeal_rules.errors import CalendarRangeError
from appeal_rules.rules import Term, Unit
from golden import Snapshot

UTC = dt.UTC
# 2022 ends on Saturday 31 December: no working day follows it in a calendar that ends with 2022.
CAL_2022 = WorkingCalendar(first_year=2022, last_year=2022)



def assert_only_past_the_2025_horizon(reasons: tuple[str, ...]) -> None:
    """One reason: 1 January 2026 is past the last year a blank 2026 calendar confirms, 2025 (the words are
    pinned in tests/test_provisional_policy.py)."""
    assert len(reasons) == 1
    assert reasons[0].startswith("2026-01-01 is past the calendar data horizon (the last confirmed year is 2025)")


# --- terms and conventions --------------------------------------------------------------------------


@pytest.mark.parametrize(("term", "text"), [
    (Term(0, Unit.WORKING_DAYS), "0 working days"),
    (Term(1, Unit.WORKING_DAYS), "1 working day"),
    (Term(2, Unit.CALENDAR_DAYS), "2 calendar days"),
    (Term(1, Unit.MONTHS), "1 month"),
    (Term(12, Unit.MONTHS), "12 months"),
])
def test_a_term_reads_as_its_count_and_unit(term: Term, text: str) -> None:
    """A term reads as its count and its unit, singular for one: "1 working day", "12 months"."""
    assert term.describe() == text


def test_each_convention_counts_its_unit_and_cites_its_articles() -> None:
    """Working days (next day or same day), calendar days (Civil Code arts. 173, 175), months (arts. 173-175)."""
    assert [c.unit for c in Convention] == [Unit.WORKING_DAYS, Unit.WORKING_DAYS, Unit.CALENDAR_DAYS, Unit.MONTHS]
    assert Convention.SAME_DAY.citation == "no act: offered for what-if analysis only"
    civil_code = "Civil Code (General Part)"
    assert Convention.CALENDAR_DAYS.citation == f"{civil_code}, art. 173; {civil_code}, art. 175"
    assert Convention.MONTHS.citation == f"{civil_code}, art. 173; {civil_code}, art. 174; {civil_code}, art. 175"
    assert [k for k in DayKind if k.is_working] == [DayKind.WORKING, DayKind.WORKING_WEEKEND, DayKind.OVERLAY_WORKING]


def test_every_period_names_the_calendar_version_it_was_counted_on() -> None:
    """Whatever its unit, a counted period names the calendar data it was counted on."""
    version = appeal_rules.calendar.default_calendar().version
    for term in (Term(5, Unit.WORKING_DAYS), Term(10, Unit.CALENDAR_DAYS), Term(2, Unit.MONTHS)):
        assert appeal_rules.count_period(dt.date(2025, 3, 3), term).calendar_version == version


# --- working days ------------------------------------------------------------------------------------


def test_the_days_a_period_skips_keep_their_own_records() -> None:
    """The non-working days a period skips carry their own records (holiday, transfer), not a bare weekend."""
    cal = WorkingCalendar(2024, 2026)
    period = appeal_rules.count_period(dt.date(2024, 12, 31), Term(10, Unit.WORKING_DAYS), calendar=cal)
    assert period.skipped == tuple(cal.day(d.date) for d in period.skipped)
    assert [d.kind for d in period.skipped[:3]] == [DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.TRANSFERRED]


def _blank_2026() -> WorkingCalendar:
    """A frozen 2026 calendar with no holiday at all, unconfirmed: 1 January is a plain Thursday."""
    return WorkingCalendar.from_snapshot({"first_year": 2026, "last_year": 2026, "horizon": 2025,
                                          "version": "blank", "estimated": [], "days": []})


def test_the_days_skipped_from_the_calendars_first_day_do_not_depend_on_how_many_days_are_off() -> None:
    """A calendar is data: one whose days off outnumber its working days (here 2026 with every weekday
    from February off) skips, from its first day, exactly the days off between the counted days."""
    off = [dt.date(2026, 2, 1) + dt.timedelta(days=n) for n in range(334)]
    days = [{"date": d.isoformat(), "kind": "holiday", "name": "Closed", "moved": None, "act": "Order (test)",
             "estimated": False} for d in off if d.weekday() < 5]
    cal = WorkingCalendar.from_snapshot({"first_year": 2026, "last_year": 2026, "horizon": 2025,
                                         "version": "mostly off", "estimated": [], "days": days})
    period = appeal_rules.count_period(dt.date(2026, 1, 1), Term(3, Unit.WORKING_DAYS),
                                       convention=Convention.SAME_DAY, calendar=cal)
    assert period.counted == (dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 5))
    assert [d.date for d in period.skipped] == [dt.date(2026, 1, 3), dt.date(2026, 1, 4)]


def test_a_same_day_period_may_start_on_the_calendars_first_day() -> None:
    """Day 1 is the calendar's first day itself; the days off skipped and the horizon are counted from it."""
    cal = _blank_2026()
    period = appeal_rules.count_period(dt.date(2026, 1, 1), Term(3, Unit.WORKING_DAYS),
                                       convention=Convention.SAME_DAY, calendar=cal)
    assert period.counted == (dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 5))
    assert [d.date for d in period.skipped] == [dt.date(2026, 1, 3), dt.date(2026, 1, 4)]
    assert_only_past_the_2025_horizon(period.provisional_reasons)
    zero = appeal_rules.count_period(dt.date(2026, 1, 1), Term(0, Unit.WORKING_DAYS),
                                     convention=Convention.SAME_DAY, calendar=cal)
    assert (zero.due, zero.counted, zero.skipped) == (dt.date(2026, 1, 1), (), ())
    assert zero.provisional_reasons == period.provisional_reasons
    next_day = appeal_rules.count_period(dt.date(2026, 1, 1), Term(1, Unit.WORKING_DAYS), calendar=cal)
    assert next_day.provisional_reasons[0].startswith("2026-01-02 is past")


@pytest.mark.parametrize("n", [1, 5, -1, -5, 0])
def test_an_aware_datetime_or_a_date_subclass_counts_as_its_date(n: int) -> None:
    """An aware datetime (or a date subclass) takes the checked path; the answer is the same as for a date."""

    class Sub(dt.date):
        pass

    for day in (dt.date(2025, 1, 3), dt.date(2024, 12, 31), dt.date(2025, 1, 5)):
        expected = appeal_rules.add_working_days(day, n)
        aware = dt.datetime(day.year, day.month, day.day, 12, tzinfo=UTC)  # 17:00 in Almaty, same day
        assert appeal_rules.add_working_days(aware, n) == expected
        assert appeal_rules.add_working_days(Sub(day.year, day.month, day.day), n) == expected


def test_counting_from_past_the_calendar_is_refused() -> None:
    """1 January 2031 is past the default calendar: no working day is guessed from it."""
    with pytest.raises(appeal_rules.errors.CalendarRangeError):
        appeal_rules.add_working_days(dt.date(2031, 1, 1), 1)


def test_a_period_explains_each_day_counted_and_skipped_and_the_articles(snapshot: Snapshot) -> None:
    """explain(): the days counted and skipped with the reason for each, the move off a day off (art. 175), the
    end of the last day (art. 176), and the horizon when the result is provisional. Golden texts in
    tests/snapshots/period_explain.txt."""
    periods = {
        "5 working days over the New Year of 2025": count_period(dt.date(2024, 12, 31), Term(5, Unit.WORKING_DAYS)),
        "3 calendar days ending on a Saturday": count_period(dt.date(2025, 1, 1), Term(3, Unit.CALENDAR_DAYS)),
        "1 working day past the horizon": count_period(dt.date(2026, 12, 31), Term(1, Unit.WORKING_DAYS)),
        "5 working days past the horizon over two years": count_period(dt.date(2027, 12, 27),
                                                                       Term(5, Unit.WORKING_DAYS)),
    }
    text = "".join(f"## {name}\n{p.explain()}\n\n" for name, p in periods.items())
    # The calendar's data version names the holidays release: the golden text holds a placeholder.
    snapshot.check("period_explain.txt", text.replace(appeal_rules.calendar.default_calendar().version, "{CALENDAR}"))


# --- calendar days and months (Civil Code arts. 174, 175) ----------------------------------------------


def test_a_calendar_day_period_may_end_on_the_calendars_last_day() -> None:
    """A calendar-day period whose last day is the calendar's last day (a working day) ends there."""
    period = appeal_rules.count_period(dt.date(2030, 12, 30), Term(1, Unit.CALENDAR_DAYS))
    assert period.due == dt.date(2030, 12, 31)
    assert period.rolled_from is None


@pytest.mark.parametrize(
    ("start", "term", "text"),
    [
        (dt.date(2022, 12, 30), Term(1, Unit.CALENDAR_DAYS), "1 calendar day from 2022-12-30"),
        (dt.date(2022, 10, 31), Term(2, Unit.MONTHS), "2 months from 2022-10-31"),
    ],
)
def test_a_last_day_off_with_no_working_day_after_it_in_the_calendar_is_refused(
    start: dt.date, term: Term, text: str
) -> None:
    """Art. 175 moves a period ending on a day off to the next working day: when the calendar has none, the
    period is refused and the error says how far the calendar reaches.
    """
    assert not CAL_2022.is_working_day(dt.date(2022, 12, 31))
    with pytest.raises(CalendarRangeError) as caught:
        count_period(start, term, calendar=CAL_2022)
    (problem,) = caught.value.problems
    assert problem.path == "term"
    assert problem.message.startswith(text)
    assert problem.accepted == "a period within the calendar's range, 2022-01-01 to 2022-12-31"


def test_the_same_period_in_a_longer_calendar_rolls_to_the_next_working_day() -> None:
    """Art. 175: one calendar day from Friday 30 December 2022 ends on Saturday 31, moved to Wednesday 4 January."""
    period = count_period(dt.date(2022, 12, 30), Term(1, Unit.CALENDAR_DAYS),
                          calendar=WorkingCalendar(first_year=2022, last_year=2023))
    assert period.rolled_from == dt.date(2022, 12, 31)
    # 1-2 January are New Year's Day; the one on Sunday is carried over to Tuesday 3 January.
    assert period.due == dt.date(2023, 1, 4)


def test_only_a_month_period_records_a_month_end_rounding() -> None:
    """Civil Code art. 174 concerns month periods: a period in calendar days or working days has no
    month-end rounding to record, even when it starts on the 31st."""
    for term in (Term(30, Unit.CALENDAR_DAYS), Term(5, Unit.WORKING_DAYS)):
        assert appeal_rules.count_period(dt.date(2025, 1, 31), term).month_end is None
    assert appeal_rules.count_period(dt.date(2025, 1, 31), Term(1, Unit.MONTHS)).month_end is MonthRounding.DOWN


def test_a_rounding_asked_for_where_the_month_has_the_date_changes_nothing() -> None:
    """Art. 174 needs a rounding only when the last month lacks the date (that case, 31 January 2025, is
    tests/test_deadlines.py::test_month_period_end_of_month_needs_a_rounding): one month from 15 January 2025
    ends on 15 February whatever the rounding, a Saturday, so on Monday 17 February (art. 175)."""
    for rounding in MonthRounding:
        period = appeal_rules.count_period(dt.date(2025, 1, 15), Term(1, Unit.MONTHS), rounding=rounding)
        assert (period.due, period.rolled_from) == (dt.date(2025, 2, 17), dt.date(2025, 2, 15))


# --- registration dates ------------------------------------------------------------------------------


def test_an_arrival_whose_time_zone_has_no_offset_is_naive() -> None:
    """A tzinfo whose utcoffset() is None makes the datetime naive."""

    class Floating(dt.tzinfo):
        def utcoffset(self, d: dt.datetime | None) -> dt.timedelta | None:
            return None

        def dst(self, d: dt.datetime | None) -> dt.timedelta | None:
            return None

        def tzname(self, d: dt.datetime | None) -> str | None:
            return None

    with pytest.raises(appeal_rules.InvalidInputError, match="got a naive datetime"):
        appeal_rules.registration_date(dt.datetime(2025, 1, 6, 10, tzinfo=Floating()))


@pytest.mark.parametrize(
    "arrived",
    [
        dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.UTC),  # Almaty is ahead of UTC: past year 9999
        dt.datetime(1, 1, 1, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=12))),  # before year 1 in Almaty
    ],
)
def test_an_arrival_that_cannot_be_put_in_kazakhstan_time_is_refused(arrived: dt.datetime) -> None:
    """An arrival at the ends of Python's datetimes has no date in Kazakhstan: refused as ``arrived``, a value error."""
    with pytest.raises(InvalidInputError) as caught:
        registration_date(arrived)
    (problem,) = caught.value.problems
    assert (problem.path, problem.accepted) == ("arrived", "a date in the calendar's range")
    assert arrived.isoformat() in problem.message
    assert not problem.is_type_error


# --- found by fuzzing ----------------------------------------------------------------------------------


def test_a_month_period_past_year_9999_is_refused_as_past_the_calendar() -> None:
    """Found by fuzzing. Was: dateutil's ValueError ('year 10353 is out of range') escaped."""
    with pytest.raises(CalendarRangeError):
        appeal_rules.count_period(dt.date(2020, 1, 31), Term(100_000, Unit.MONTHS))


def test_a_term_accepts_its_unit_given_as_the_units_value() -> None:
    """Found by fuzzing. Was: Term(0, "working_days") kept the string, and describe() raised
    KeyError: 'working_days'."""
    term = Term(0, typing.cast(Unit, "working_days"))
    assert term.unit is Unit.WORKING_DAYS
    assert term.describe() == "0 working days"


@pytest.mark.parametrize("convention", [Convention.NEXT_DAY, Convention.SAME_DAY])
@pytest.mark.parametrize("length", [0, 1, 5, 15])
@pytest.mark.parametrize("start", [dt.date(2024, 12, 31), dt.date(2025, 1, 4), dt.date(2025, 1, 5),
                                   dt.date(2026, 12, 18), dt.date(2030, 12, 20), dt.date(2030, 12, 31)])
def test_a_due_date_read_without_the_day_lists_is_the_counted_periods(
    start: dt.date, length: int, convention: Convention
) -> None:
    """Civil Code art. 173: a working-day period runs from the day after the start (or from the start
    itself, what-if). Reading only its last day, its calendar flag and its rules from the index gives
    what counting every day gives, and a period past the calendar is refused the same way."""
    idx = appeal_rules.calendar.default_calendar().index()
    term = Term(length, Unit.WORKING_DAYS)
    try:
        period = appeal_rules.deadlines.count_on_index(idx, start.toordinal(), term, convention)
    except CalendarRangeError as refused:
        message = str(refused)
        with pytest.raises(CalendarRangeError) as caught:
            appeal_rules.deadlines.due_on_index(idx, start.toordinal(), term, convention)
        assert str(caught.value) == message  # naming the same start, term and range
        return
    assert appeal_rules.deadlines.due_on_index(idx, start.toordinal(), term, convention) == (
        period.due, period.provisional_reasons, period.rule_ids)
