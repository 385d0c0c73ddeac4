"""Whole columns at once (appeal_rules.vectorized): the scalar answers, row by row, on arrays and pandas.

The scalar functions are the specification: every property here compares a column's answer with
the scalar function's answer for each of its rows, missing rows and refused rows included. The
input kinds, the ``errors=`` convention and the calendar (overlays, horizon, snapshot) follow.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import appeal_rules as ar
from appeal_rules import BodyKind, CalendarOverlay, InvalidInputError, WorkingCalendar
from appeal_rules import vectorized as vz
from appeal_rules.calendar import default_calendar
from appeal_rules.errors import CalendarRangeError, InputTypeError, OutsideCoverageError
from calendar_strategies import aware_datetimes

CAL = default_calendar()
FIRST, LAST = CAL.first_day, CAL.last_day
EVERY_DAY = np.arange(np.datetime64(FIRST, "D"), np.datetime64(LAST, "D") + 1)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def days(*texts: str | None) -> np.ndarray[Any, np.dtype[np.datetime64]]:
    return np.array([t or "NaT" for t in texts], dtype="datetime64[D]")


def as_dates(column: Any) -> list[dt.date | None]:
    """A numpy or pandas column of dates as a list of ``date`` (``None`` where missing)."""
    values = np.asarray(column, dtype="datetime64[D]")
    return [None if np.isnat(v) else v.astype(dt.date) for v in values]


def as_values(column: Any) -> list[Any]:
    """A masked array or a nullable pandas column as a list, ``None`` where missing."""
    if isinstance(column, np.ma.MaskedArray):
        return column.tolist()  # type: ignore[no-any-return]
    return [None if v is pd.NA else v for v in column.tolist()]


def scalar_or_none(function: Any, *args: Any, **kwargs: Any) -> Any:
    """The scalar function's answer, or ``None`` where it refuses the row (coerced to missing)."""
    if any(a is None for a in args):
        return None
    try:
        return function(*args, **kwargs)
    except InvalidInputError:
        return None


# --- the scalar answer, row by row ----------------------------------------------------------------

#: Dates a little outside the calendar too (refused by the scalar functions), and missing ones.
maybe_dates = st.one_of(st.none(), st.dates(FIRST - dt.timedelta(days=40), LAST + dt.timedelta(days=40)))
counts = st.integers(-45, 45)


@given(st.lists(st.tuples(maybe_dates, counts), max_size=40), st.sampled_from(["list", "numpy", "pandas"]))
def test_add_working_days_is_the_scalar_answer_row_by_row(rows: list[tuple[dt.date | None, int]], kind: str) -> None:
    """The n-th working day after each date is the scalar add_working_days' answer for that row; a
    missing date stays missing and a row the scalar function refuses is missing under coerce."""
    dates = [r[0] for r in rows]
    n = np.array([r[1] for r in rows], dtype=np.int64)
    column: Any = {"list": dates, "numpy": days(*(x.isoformat() if x else None for x in dates)),
                   "pandas": pd.Series(pd.to_datetime(dates), dtype="datetime64[s]")}[kind]
    got = vz.add_working_days(column, n, errors="coerce")
    assert as_dates(got) == [scalar_or_none(ar.add_working_days, x, int(k)) for x, k in rows]


@given(st.lists(st.tuples(maybe_dates, maybe_dates), max_size=40))
def test_working_days_between_is_the_scalar_answer_row_by_row(
    rows: list[tuple[dt.date | None, dt.date | None]]
) -> None:
    """Working days after start up to and including end, per row, as the scalar function counts them."""
    start, end = [r[0] for r in rows], [r[1] for r in rows]
    got = vz.working_days_between(start, pd.Series(end, dtype=object), errors="coerce")
    assert as_values(got) == [scalar_or_none(ar.working_days_between, a, b) for a, b in rows]


@given(st.lists(maybe_dates, max_size=40))
def test_is_working_day_is_the_scalar_answer_row_by_row(dates: list[dt.date | None]) -> None:
    """A day is a working day in the column exactly when the scalar is_working_day says so."""
    got = vz.is_working_day(dates, errors="coerce")
    assert as_values(got) == [scalar_or_none(ar.is_working_day, x) for x in dates]


@given(st.lists(aware_datetimes(), min_size=1, max_size=30))
def test_aware_timestamps_give_the_scalar_answer_for_the_day_in_kazakhstan(moments: list[dt.datetime]) -> None:
    """An aware datetime counts from its date in Kazakhstan, in a list as in the scalar functions,
    and in a pandas column of aware timestamps (converted to Asia/Almaty) alike."""
    expected = [ar.add_working_days(m, 5) for m in moments]
    assert as_dates(vz.add_working_days(moments, 5)) == expected
    column = pd.Series(pd.to_datetime([m.astimezone(dt.UTC) for m in moments]))
    assert as_dates(vz.add_working_days(column, 5)) == expected


reviewers = st.one_of(st.none(), st.sampled_from([k.value for k in BodyKind]))


@given(st.lists(st.tuples(maybe_dates, reviewers), max_size=30))
def test_review_deadlines_are_the_scalar_answers_row_by_row(rows: list[tuple[dt.date | None, str | None]]) -> None:
    """Per row: the due date, provisional, confirmed and the review-term rule version of the scalar
    review_deadline (Law No. 88-V art. 25: 5 working days at the first instance, 15 at the quality
    body; the version in force on the registration day); refused rows (a court, a date outside the
    calendar or past its end) are missing under coerce."""
    registered = pd.Series([r[0] for r in rows], dtype=object)
    got = vz.review_deadlines(registered, pd.Series([r[1] for r in rows], dtype=object), errors="coerce")
    expected = [scalar_or_none(ar.review_deadline, x, k) for x, k in rows]
    assert as_dates(got["due"]) == [e.due if e else None for e in expected]
    assert as_values(got["provisional"]) == [e.provisional if e else None for e in expected]
    assert as_values(got["confirmed"]) == [e.confirmed if e else None for e in expected]
    assert [None if pd.isna(v) else v for v in got["rule_version"].tolist()] == [
        e.rule_version if e else None for e in expected]


def test_add_working_days_on_every_day_for_every_count_from_minus_30_to_30() -> None:
    """Every day of the calendar, every n from -30 to 30: the column answer is the scalar one.

    The scalar answers for n = -1, 0 and 1 are taken day by day; the others follow from them,
    because the n-th working day after a date is the first working day after the (n-1)-th (and
    backwards alike), so the whole grid is checked with array indexing."""
    start = FIRST.toordinal()

    def scalar_table(n: int) -> np.ndarray[Any, np.dtype[np.int64]]:
        out = [scalar_or_none(CAL.add_working_days, x, n) for x in EVERY_DAY.astype(dt.date)]
        return np.array([-1 if x is None else x.toordinal() - start for x in out], dtype=np.int64)

    following, previous = scalar_table(1), scalar_table(-1)
    expected = {0: scalar_table(0), 1: following, -1: previous}
    for n in range(2, 31):
        for sign, step in ((1, following), (-1, previous)):
            prior = expected[sign * (n - 1)]
            expected[sign * n] = np.where(prior >= 0, step[np.maximum(prior, 0)], -1)
    grid = np.repeat(EVERY_DAY, 61)
    ns = np.tile(np.arange(-30, 31), len(EVERY_DAY))
    got = vz.add_working_days(grid, ns, errors="coerce").reshape(len(EVERY_DAY), 61)
    want = np.stack([expected[n] for n in range(-30, 31)], axis=1)
    got_offsets = np.where(np.isnat(got), -1, (got - np.datetime64(FIRST, "D")).astype(np.int64))
    assert (got_offsets == want).all()
    assert (want >= 0).sum() > 0.99 * want.size  # the check is not vacuous: few rows run off the ends


# --- what the columns may be -----------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["D", "h", "s", "ms", "us", "ns"])
def test_datetime64_of_any_unit_gives_the_calendar_date_back_in_that_unit(unit: str) -> None:
    """The calendar date of each value counts, whatever the unit; the result keeps the unit."""
    column = np.array(["2024-12-31T23:59", "2025-01-03T00:00"], dtype="datetime64[m]").astype(f"datetime64[{unit}]")
    got = vz.add_working_days(column, 5)
    assert got.dtype == np.dtype(f"datetime64[{unit}]")
    assert as_dates(got) == [d("2025-01-10"), d("2025-01-10")]


def test_a_series_gives_a_series_with_its_index_and_name() -> None:
    series = pd.Series(pd.to_datetime(["2024-12-31", None, "2025-01-03"]), index=["a", "b", "c"], name="registered")
    due = vz.add_working_days(series, 5)
    assert isinstance(due, pd.Series)
    assert list(due.index) == ["a", "b", "c"]
    assert due.name == "registered"
    assert due.dtype == series.dtype
    assert as_dates(due) == [d("2025-01-10"), None, d("2025-01-10")]
    flags = vz.is_working_day(series)
    assert str(flags.dtype) == "boolean"
    assert as_values(flags) == [True, None, False]
    gaps = vz.working_days_between(series, d("2025-01-31"))
    assert str(gaps.dtype) == "Int64"
    assert list(gaps.index) == ["a", "b", "c"]


def test_a_datetime_index_gives_an_index() -> None:
    index = pd.DatetimeIndex(["2025-01-03", "2025-01-05"], name="day")
    assert isinstance(vz.add_working_days(index, 0), pd.DatetimeIndex)
    assert vz.is_working_day(index).tolist() == [False, True]
    frame = vz.review_deadlines(index, BodyKind.SERVICE_PROVIDER)
    assert list(frame.index) == list(index)


def test_aware_timestamps_are_converted_to_kazakhstan_time_first() -> None:
    """20:00 UTC on 31 December 2024 is 1 January 2025 in Almaty (UTC+6 until 1 March 2024, +5
    since): a public holiday, so n = 0 gives the next working day, Sunday 5 January (worked)."""
    utc = pd.Series(pd.to_datetime(["2024-12-31T20:00Z", "2024-12-31T18:00Z"]))
    assert as_dates(vz.add_working_days(utc, 0)) == [d("2025-01-05"), d("2024-12-31")]
    assert vz.is_working_day(pd.DatetimeIndex(utc)).tolist() == [False, True]
    aware = [dt.datetime(2024, 12, 31, 20, tzinfo=dt.UTC)]
    assert as_dates(vz.add_working_days(aware, 0)) == [d("2025-01-05")]


def test_a_list_gives_numpy_and_missing_values_are_missing() -> None:
    """A list (or an object array) may mix dates, naive pandas Timestamps (local dates, as in a
    pandas column), numpy datetime64 values and date subclasses; None, NaT and NaN are missing."""

    class Day(dt.date):
        pass

    column = [d("2024-12-31"), None, pd.Timestamp("2024-12-31 23:00"), pd.NaT, float("nan"),
              np.datetime64("2024-12-31"), np.datetime64("NaT"), Day(2024, 12, 31)]
    got = vz.add_working_days(column, 5)
    assert isinstance(got, np.ndarray)
    assert got.dtype == np.dtype("datetime64[D]")
    assert as_dates(got) == [d("2025-01-10"), None, d("2025-01-10"), None, None, d("2025-01-10"), None,
                             d("2025-01-10")]
    assert as_dates(vz.add_working_days(np.array(column, dtype=object), 5)) == as_dates(got)


def test_count_columns_may_be_lists_arrays_floats_and_nullable_integers() -> None:
    """n is one whole number or a column of them; NaN and <NA> are missing counts."""
    dates = days("2025-01-10", "2025-01-10", "2025-01-10")
    expected = [d("2024-12-31"), None, d("2025-01-17")]
    assert as_dates(vz.add_working_days(dates, [-5, None, 5])) == expected
    assert as_dates(vz.add_working_days(dates, np.array([-5.0, np.nan, 5.0]))) == expected
    assert as_dates(vz.add_working_days(dates, pd.Series([-5, None, 5], dtype="Int64"))) == expected
    assert as_dates(vz.add_working_days(dates, pd.Series([-5, 0, 5], dtype=object))) == [
        d("2024-12-31"), d("2025-01-10"), d("2025-01-17")]
    assert as_dates(vz.add_working_days(dates, np.int64(0))) == [d("2025-01-10")] * 3
    assert as_dates(vz.add_working_days(dates, [5])) == [d("2025-01-17")] * 3


def test_one_date_for_every_row_in_working_days_between() -> None:
    assert as_values(vz.working_days_between(d("2024-12-31"), [d("2025-01-10"), d("2024-12-31")])) == [5, 0]
    assert as_values(vz.working_days_between(d("2025-01-10"), np.datetime64("2024-12-31"))) == [-5]


def test_empty_columns_give_empty_results() -> None:
    assert len(vz.add_working_days(np.array([], dtype="datetime64[D]"), 5)) == 0
    assert len(vz.review_deadlines([], [])) == 0


def test_the_module_shows_only_its_public_names() -> None:
    assert dir(vz) == vz.__all__


def test_import_appeal_rules_does_not_import_numpy() -> None:
    """The core stays pure Python: numpy is needed only by appeal_rules.vectorized."""
    code = "import sys, appeal_rules; print('numpy' in sys.modules, 'pandas' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


# --- bad elements and bad arguments ---------------------------------------------------------------


def test_dates_outside_the_calendar_raise_a_range_error_naming_their_positions() -> None:
    with pytest.raises(CalendarRangeError) as err:
        vz.is_working_day(days("2017-12-31", "2020-01-01", "2031-01-01"))
    problems = err.value.problems
    assert [p.path for p in problems] == ["dates[0]", "dates[2]"]
    assert all(p.accepted == "a date from 2018-01-01 to 2030-12-31" for p in problems)
    assert str(err.value).splitlines()[1] == (
        "- dates[0]: 2017-12-31 is outside the calendar; accepted: a date from 2018-01-01 to 2030-12-31")


def test_errors_coerce_makes_bad_elements_missing() -> None:
    column = days("2017-12-31", "2020-01-09", "2031-01-01")
    assert as_values(vz.is_working_day(column, errors="coerce")) == [None, True, None]
    assert as_dates(vz.add_working_days(days("2030-12-30", "2030-12-02"), 5, errors="coerce")) == [
        None, d("2030-12-09")]


def test_only_the_first_bad_positions_are_named_and_the_rest_counted() -> None:
    column = np.full(25, np.datetime64("2040-01-01"))
    with pytest.raises(CalendarRangeError) as err:
        vz.add_working_days(column, 1)
    problems = err.value.problems
    assert len(problems) == vz.MAX_PROBLEMS + 1
    assert problems[-1].message == "15 more bad elements not listed (25 in all)"
    assert problems[-1].accepted == 'errors="coerce" to make bad elements missing'


def test_wrong_types_raise_a_type_error_and_a_mix_a_general_error() -> None:
    with pytest.raises(InputTypeError) as err:
        vz.add_working_days([d("2020-01-01"), "2020-01-02", dt.datetime(2020, 1, 3)], 1)
    assert [p.path for p in err.value.problems] == ["dates[1]", "dates[2]"]
    assert "a naive datetime" in err.value.problems[1].message
    assert err.value.problems[0].accepted.startswith("a datetime.date, a datetime with a time zone")
    with pytest.raises(InvalidInputError) as mixed:
        vz.add_working_days(["2020-01-02", d("2040-01-01")], 1)
    assert type(mixed.value) is InvalidInputError
    assert [p.path for p in mixed.value.problems] == ["dates[0]", "dates[1]"]


def test_a_count_that_runs_past_the_calendar_is_a_range_error() -> None:
    with pytest.raises(CalendarRangeError) as err:
        vz.add_working_days(days("2030-12-20", "2018-01-05"), np.array([50, -50]))
    assert [p.path for p in err.value.problems] == ["n[0]", "n[1]"]
    assert "run past 2030-12-31" in err.value.problems[0].message
    assert "run past 2018-01-01" in err.value.problems[1].message
    with pytest.raises(CalendarRangeError) as one_count:
        vz.add_working_days(days("2030-12-20"), 10**12)
    assert one_count.value.problems[0].path == "dates[0]"


def test_bad_counts_are_bad_elements() -> None:
    with pytest.raises(InputTypeError) as err:
        vz.add_working_days(days("2020-01-01", "2020-01-01", "2020-01-01"), [1, True, "2"])
    assert [p.path for p in err.value.problems] == ["n[1]", "n[2]"]
    assert err.value.problems[0].accepted == "a whole number (int)"
    with pytest.raises(InputTypeError):
        vz.add_working_days(days("2020-01-01"), np.array([1.5]))
    got = vz.add_working_days(days("2020-01-01", "2020-01-01"), np.array([1.5, 1.0]), errors="coerce")
    assert as_dates(got) == [None, ar.add_working_days(d("2020-01-01"), 1)]


@pytest.mark.parametrize(("call", "path", "error"), [
    (lambda: vz.is_working_day(d("2020-01-01")), "dates", InputTypeError),
    (lambda: vz.is_working_day(np.zeros((2, 2), dtype="datetime64[D]")), "dates", InvalidInputError),
    (lambda: vz.is_working_day(np.array([20200101])), "dates", InputTypeError),
    (lambda: vz.is_working_day(pd.Series([20200101])), "dates", InputTypeError),
    (lambda: vz.add_working_days(days("2020-01-01"), True), "n", InputTypeError),
    (lambda: vz.add_working_days(days("2020-01-01"), np.array([True])), "n", InputTypeError),
    (lambda: vz.add_working_days(days("2020-01-01"), np.ones((1, 1))), "n", InvalidInputError),
    (lambda: vz.add_working_days(days("2020-01-01", "2020-01-02"), [1, 2, 3]), "n", InvalidInputError),
    (lambda: vz.working_days_between(days("2020-01-01"), days("2020-01-01", "2020-01-02", "2020-01-03")[:0]),
     "end", InvalidInputError),
    (lambda: vz.is_working_day(days("2020-01-01"), errors="ignore"),  # type: ignore[arg-type]
     "errors", InvalidInputError),
    (lambda: vz.review_deadlines(days("2020-01-01"), 3), "reviewer", InputTypeError),
    (lambda: vz.review_deadlines(days("2020-01-01"), "judge"), "reviewer", InvalidInputError),
    (lambda: vz.review_deadlines(days("2020-01-01"), BodyKind.COURT), "reviewer", InvalidInputError),
    (lambda: vz.review_deadlines(days("2020-01-01"), np.array([1])), "reviewer", InputTypeError),
    (lambda: vz.review_deadlines(days("2020-01-01"), np.array([["ministry"]])), "reviewer", InvalidInputError),
])
def test_an_argument_that_is_not_a_column_is_refused_whatever_errors_says(
    call: Any, path: str, error: type[InvalidInputError]
) -> None:
    with pytest.raises(error) as err:
        call()
    assert type(err.value) is error
    assert err.value.problems[0].path == path


def test_far_dates_are_described_even_past_the_years_python_holds() -> None:
    with pytest.raises(CalendarRangeError) as err:
        vz.is_working_day(np.array(["-20000-01-01", "20000-01-01"], dtype="datetime64[D]"))
    assert [p.message.endswith("is outside the calendar") for p in err.value.problems] == [True, True]
    with pytest.raises(InputTypeError) as overflow:
        vz.is_working_day([dt.datetime.max.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5)))])
    assert overflow.value.problems[0].path == "dates[0]"


# --- review deadlines ------------------------------------------------------------------------------


def test_review_terms_follow_the_reviewer_and_the_rules_in_force() -> None:
    """5 working days at the provider, the ministry or the State Corporation and 15 at the quality
    body (Law No. 88-V art. 25; seed clauses 7 and 9); the version applied is the one in force on
    the registration day: the 2018 standard to 30 June 2021, the APPC regime from 1 July 2021."""
    registered = days("2021-06-30", "2021-07-01", "2021-07-01")
    got = vz.review_deadlines(registered, np.array(["ministry", "ministry", "quality_authority"]))
    assert got.rule_version.tolist() == ["review_term.first_instance@2018", "review_term.first_instance@appc",
                                         "review_term.quality_authority@appc"]
    assert as_dates(got.due) == [ar.review_deadline(x, k).due for x, k in (
        (d("2021-06-30"), BodyKind.MINISTRY), (d("2021-07-01"), BodyKind.MINISTRY),
        (d("2021-07-01"), BodyKind.QUALITY_AUTHORITY))]
    assert as_values(got.confirmed) == [True, True, True]


def test_reviewer_columns_of_every_kind() -> None:
    registered = days("2024-12-31", "2024-12-31", "2024-12-31")
    expected = [d("2025-01-10"), d("2025-01-24"), None]
    members = [BodyKind.SERVICE_PROVIDER, BodyKind.QUALITY_AUTHORITY, None]
    for reviewer in (members, np.array(members, dtype=object),
                     pd.Series(["service_provider", "quality_authority", None], dtype="category"),
                     pd.Categorical(["service_provider", "quality_authority", None])):
        assert as_dates(vz.review_deadlines(registered, reviewer).due) == expected


def test_bad_reviewers_are_bad_elements_and_a_court_is_refused_as_the_scalar_refuses_it() -> None:
    """A court's time limits are not review terms under this procedure (the scalar function's refusal)."""
    registered = days("2024-12-31", "2024-12-31", "2024-12-31")
    with pytest.raises(InvalidInputError) as err:
        vz.review_deadlines(registered, ["court", "judge", ["ministry"]])
    assert [p.path for p in err.value.problems] == ["reviewer[0]", "reviewer[1]", "reviewer[2]"]
    assert err.value.problems[0].accepted == "service_provider, ministry, state_corporation or quality_authority"
    assert err.value.problems[1].accepted.startswith("a BodyKind or one of: service_provider, ministry")
    got = vz.review_deadlines(registered, np.array(["court", "nobody", "ministry"]), errors="coerce")
    assert as_dates(got.due) == [None, None, d("2025-01-10")]
    assert got.rule_version.tolist() == ["", "", "review_term.first_instance@appc"]


def test_registrations_before_the_rules_raise_outside_coverage() -> None:
    """Dates before COVERAGE_START (2018-01-01) are refused, as rule_version refuses them."""
    cal = WorkingCalendar(first_year=2017, last_year=2019)
    with pytest.raises(OutsideCoverageError) as err:
        vz.review_deadlines(days("2017-12-29", "2018-01-03"), "ministry", calendar=cal)
    assert [p.path for p in err.value.problems] == ["registered[0]"]
    assert err.value.problems[0].accepted == "a date on or after 2018-01-01"


def test_a_term_that_runs_past_the_calendar_is_a_range_error() -> None:
    with pytest.raises(CalendarRangeError) as err:
        vz.review_deadlines(days("2030-12-20"), "quality_authority")
    assert err.value.problems[0].path == "registered[0]"
    assert err.value.problems[0].accepted == "a period within the calendar's range, 2018-01-01 to 2030-12-31"


def test_a_registration_on_a_day_off_counts_from_the_next_working_day_as_the_scalar_does() -> None:
    """APPC art. 64(3), from 1 July 2021: registered Saturday 2025-01-04, the complaint counts as
    registered on the working Sunday 2025-01-05, so the 5 working days end on 13 January, not 10.
    Before 1 July 2021 (Saturday 2019-04-06) the recorded day is kept."""
    r = vz.review_deadlines(days("2025-01-04", "2019-04-06"), "service_provider")
    assert r.due.tolist() == [d("2025-01-13"), d("2019-04-12")]


def test_a_pandas_frame_of_deadlines() -> None:
    registered = pd.Series(pd.to_datetime(["2024-12-31", "2026-12-18", None]), index=[10, 20, 30])
    frame = vz.review_deadlines(registered, pd.Series(["service_provider", "quality_authority", "ministry"],
                                                      index=[10, 20, 30]))
    assert list(frame.columns) == ["due", "provisional", "confirmed", "rule_version"]
    assert list(frame.index) == [10, 20, 30]
    assert as_dates(frame["due"]) == [d("2025-01-10"), d("2027-01-13"), None]
    assert as_values(frame["provisional"]) == [False, True, None]


# --- the calendar ----------------------------------------------------------------------------------

ORDER = CalendarOverlay(act="Order of the Labour Minister (hypothetical, for tests)",
                        days_off=(d("2027-01-08"),), working_days=(d("2027-01-16"),), confirms_years=(2026,))


def test_overlays_snapshots_and_the_horizon_are_those_of_the_calendar_given() -> None:
    """An overlay's day off and working Saturday move the answers; a frozen snapshot answers as its
    calendar; provisional follows the calendar's horizon (moved to 2026 by the overlay)."""
    cal = WorkingCalendar(overlays=(ORDER,))
    assert as_dates(vz.add_working_days(days("2027-01-07"), 1)) == [d("2027-01-08")]
    assert as_dates(vz.add_working_days(days("2027-01-07"), 1, calendar=cal)) == [d("2027-01-11")]
    assert vz.is_working_day(days("2027-01-16"), calendar=cal).tolist() == [True]
    frozen = WorkingCalendar.from_snapshot(CAL.snapshot())
    assert (vz.add_working_days(EVERY_DAY[:-60], 7, calendar=frozen) == vz.add_working_days(EVERY_DAY[:-60], 7)).all()
    registered = days("2026-05-20", "2026-12-28")
    for calendar in (CAL, cal):
        got = vz.review_deadlines(registered, "ministry", calendar=calendar)
        assert as_values(got.provisional) == [ar.review_deadline(x, BodyKind.MINISTRY, calendar=calendar).provisional
                                              for x in (d("2026-05-20"), d("2026-12-28"))]
    assert as_values(vz.review_deadlines(registered, "ministry", calendar=cal).provisional) == [False, True]
