"""count_period at the calendar's last day, registration_date at the ends of Python's datetimes."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import (
    CalendarRangeError,
    InvalidInputError,
    Term,
    Unit,
    WorkingCalendar,
    count_period,
    registration_date,
)

# 2022 ends on Saturday 31 December: no working day follows it in a calendar that ends with 2022.
CAL_2022 = WorkingCalendar(first_year=2022, last_year=2022)


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
    assert not CAL_2022.is_working_day(dt.date(2022, 12, 31))
    with pytest.raises(CalendarRangeError) as caught:
        count_period(start, term, calendar=CAL_2022)
    (problem,) = caught.value.problems
    assert problem.path == "term"
    assert problem.message == f"{text} run past 2022-12-31, the calendar's last day"
    assert problem.accepted == "a period within the calendar's range, 2022-01-01 to 2022-12-31"


def test_the_same_period_in_a_longer_calendar_rolls_to_the_next_working_day() -> None:
    period = count_period(dt.date(2022, 12, 30), Term(1, Unit.CALENDAR_DAYS),
                          calendar=WorkingCalendar(first_year=2022, last_year=2023))
    assert period.rolled_from == dt.date(2022, 12, 31)
    # 1-2 January are New Year's Day; the one on Sunday is carried over to Tuesday 3 January.
    assert period.due == dt.date(2023, 1, 4)


@pytest.mark.parametrize(
    "arrived",
    [
        dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.UTC),  # Almaty is ahead of UTC: past year 9999
        dt.datetime(1, 1, 1, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=12))),  # before year 1 in Almaty
    ],
)
def test_an_arrival_that_cannot_be_put_in_kazakhstan_time_is_refused(arrived: dt.datetime) -> None:
    with pytest.raises(InvalidInputError) as caught:
        registration_date(arrived)
    (problem,) = caught.value.problems
    assert (problem.path, problem.message, problem.accepted) == (
        "arrived", f"{arrived.isoformat()} cannot be converted", "a date in the calendar's range"
    )
    assert not problem.is_type_error
