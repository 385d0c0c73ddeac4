"""Counting periods: day 1, roll-forward, months, conventions, the data horizon, registration dates.

Each example's docstring paraphrases the clause it checks (Civil Code arts. 173-176; APPC
art. 64(3), 76(2),(5); Law No. 88-V art. 25's 5 and 15 working days) and cites where the days
it relies on were published.
"""

from __future__ import annotations

import datetime as dt
import sys
import warnings
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from appeal_rules import (
    CalendarOverlay,
    Convention,
    InvalidInputError,
    ProvisionalPolicy,
    WorkingCalendar,
    add_working_days,
    count_period,
    is_working_day,
    registration_date,
    rule_version,
    working_days_between,
)
from appeal_rules.calendar import DayKind, default_calendar
from appeal_rules.deadlines import MonthRounding, OfficeHours, Period
from appeal_rules.errors import CalendarRangeError, InputTypeError, ProvisionalResultError, ProvisionalResultWarning
from appeal_rules.rules import RULES, Term, Unit
from calendar_strategies import (
    aware_datetimes,
    calendar_days,
    date_pairs,
    dates,
    month_counts,
    month_starts,
    office_hours,
    positive_counts,
    signed_counts,
)

UTC = dt.UTC
ALMATY = ZoneInfo("Asia/Almaty")
LAST_CONFIRMED = dt.date(2026, 12, 31)

# Sources of the days the examples rely on.
NEW_YEAR_2025 = "https://energy-city.kz/pavlodar/kazahstanczy-poluchat-chetyre-vyhodnyh-dnya-na-novyj-god"
MARCH_2025 = "https://egemen.kz/article/382962-nauryz-merekelerinde-qazaqstandyqtar-qansha-kun-demalady"
KURBAN_2024 = ("https://golos-naroda.kz/33368-dumk-opredelil-tochnuiu-datu-kurban-aita-vykhodnoi-den-otmenen-"
               "1717752158/amp")
KURBAN_2026 = ("https://www.zakon.kz/obshestvo/6496885-ramazan2026-oraza-i-kurban-ayt-opublikovan-kalendar-"
               "musulmanskikh-prazdnikov-v-kazakhstane.html")


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def wd(n: int) -> Term:
    return Term(n, Unit.WORKING_DAYS)


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every day from ``first`` to ``last``, both included."""
    return [dt.date.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1)]


def review_term(rule_id: str) -> Term:
    """The review term the rule table sets (Law No. 88-V art. 25), read in 2025."""
    term = rule_version(rule_id, d("2025-03-05")).term
    assert term is not None
    return term


FIFTEEN_WD = review_term("review_term.quality_authority")
FIVE_WD = review_term("review_term.first_instance")


# --- the tests the rule table names -------------------------------------------------------------


def test_day_one_is_the_day_after_registration() -> None:
    """A period starts on the day after the event that begins it (Civil Code art. 173; APPC
    art. 76(2)): the day of registration is not counted, day 1 is the next working day.

    Registered Monday 2024-11-04, 5 working days: day 1 is Tuesday 5 November, due Monday
    11 November. Registered Tuesday 2024-12-31 (issue 3): 1-2 January are New Year, Friday
    3 January is the day off moved from Sunday 5 January, which was worked (Labour ministry
    order No. 436); 7 January is Christmas, so day 1 is Sunday 5 January and the due date is
    2025-01-10. Source of the 2025 days:
    https://energy-city.kz/pavlodar/kazahstanczy-poluchat-chetyre-vyhodnyh-dnya-na-novyj-god
    """
    plain = count_period(d("2024-11-04"), wd(5))
    assert plain.counted == (d("2024-11-05"), d("2024-11-06"), d("2024-11-07"), d("2024-11-08"), d("2024-11-11"))
    assert plain.due == d("2024-11-11")
    assert plain.convention is Convention.NEXT_DAY
    assert "Civil Code (General Part), art. 173" in plain.convention.citation

    period = count_period(d("2024-12-31"), FIVE_WD)
    assert period.due == d("2025-01-10")
    assert d("2024-12-31") not in period.counted
    assert period.counted == (d("2025-01-05"), d("2025-01-06"), d("2025-01-08"), d("2025-01-09"), d("2025-01-10"))
    assert [(day.date, day.kind) for day in period.skipped] == [
        (d("2025-01-01"), DayKind.HOLIDAY),
        (d("2025-01-02"), DayKind.HOLIDAY),
        (d("2025-01-03"), DayKind.TRANSFERRED),
        (d("2025-01-04"), DayKind.WEEKEND),
        (d("2025-01-07"), DayKind.HOLIDAY),
    ]
    assert period.rolled_from is None
    assert not period.provisional
    assert "1. 2025-01-05" in period.explain()


def test_calendar_days_roll_forward_to_working_day() -> None:
    """If the last day of a period is not a working day, the period ends on the next working day
    (Civil Code art. 175; APPC art. 76(5)).

    12 calendar days from Friday 2024-12-20 end on 1 January 2025 (New Year); 2 January is New
    Year too, Friday 3 January a moved day off, Saturday 4 January a weekend; Sunday 5 January
    was a working day, so the period ends then
    (https://energy-city.kz/pavlodar/kazahstanczy-poluchat-chetyre-vyhodnyh-dnya-na-novyj-god).
    One month from 2025-02-08 ends on Saturday 8 March (Women's Day), carried over to Monday
    10 March, so the period ends on Tuesday 11 March
    (https://egemen.kz/article/382962-nauryz-merekelerinde-qazaqstandyqtar-qansha-kun-demalady).
    """
    period = count_period(d("2024-12-20"), Term(12, Unit.CALENDAR_DAYS))
    assert period.convention is Convention.CALENDAR_DAYS
    assert period.rolled_from == d("2025-01-01")
    assert period.due == d("2025-01-05")
    assert period.counted == ()
    assert "Civil Code (General Part), art. 175" in period.explain()

    month = count_period(d("2025-02-08"), Term(1, Unit.MONTHS))
    assert month.rolled_from == d("2025-03-08")
    assert month.due == d("2025-03-11")
    assert [day.kind for day in month.skipped if day.date >= d("2025-03-08")] == [
        DayKind.HOLIDAY, DayKind.WEEKEND, DayKind.CARRIED_OVER]

    on_time = count_period(d("2024-12-20"), Term(10, Unit.CALENDAR_DAYS))  # Monday 30 December
    assert on_time.due == d("2024-12-30")
    assert on_time.rolled_from is None


def test_after_hours_registers_next_working_day() -> None:
    """A complaint is registered the day it arrives; one arriving after office hours or on a
    non-working day is registered on the next working day (APPC art. 64(2)-(3)).

    Default hours close at 18:30 Almaty time. Tuesday 2024-12-31 was a working day, 1-4 January
    2025 days off and Sunday 5 January a working day
    (https://energy-city.kz/pavlodar/kazahstanczy-poluchat-chetyre-vyhodnyh-dnya-na-novyj-god);
    Saturday 8 March 2025 (Women's Day) was carried over to Monday 10 March
    (https://egemen.kz/article/382962-nauryz-merekelerinde-qazaqstandyqtar-qansha-kun-demalady).
    """
    def at(iso: str) -> dt.date:
        return registration_date(dt.datetime.fromisoformat(iso).replace(tzinfo=ALMATY))

    assert at("2024-12-31T18:29") == d("2024-12-31")
    assert at("2024-12-31T18:30") == d("2025-01-05")  # at closing time: too late
    assert at("2024-12-31T19:00") == d("2025-01-05")
    assert at("2025-01-03T10:00") == d("2025-01-05")  # the moved day off
    assert at("2025-01-05T10:00") == d("2025-01-05")  # the working Sunday
    assert at("2025-03-07T19:00") == d("2025-03-11")
    assert at("2025-03-08T11:00") == d("2025-03-11")
    assert at("2025-03-07T07:00") == d("2025-03-07")  # before opening on a working day: that day


def test_rule_table_names_tests_that_exist() -> None:
    """The rule table (src/appeal_rules/rules.py) names the tests that check each rule; the ones
    in this module must exist under those names."""
    here = sys.modules[__name__]
    prefix = "tests/test_deadlines.py::"
    named = [ref.removeprefix(prefix) for r in RULES for ref in r.tested_by if ref.startswith(prefix)]
    assert set(named) == {
        "test_day_one_is_the_day_after_registration",
        "test_calendar_days_roll_forward_to_working_day",
        "test_after_hours_registers_next_working_day",
        "test_month_end_follows_civil_code_art_174",
    }
    assert all(callable(getattr(here, name, None)) for name in named)


# --- more examples from sourced days ---------------------------------------------------------------


def test_kurban_ait_on_a_sunday_is_not_carried_over_in_a_deadline() -> None:
    """Kurban Ait is a day off but not a state holiday, so it is never carried over (Labour Code
    art. 84(5); Law "On Holidays" art. 5). In 2024 it fell on Sunday 16 June and the forecast
    Monday off was cancelled: 5 working days from Wednesday 12 June end on Wednesday 19 June.
    https://golos-naroda.kz/33368-dumk-opredelil-tochnuiu-datu-kurban-aita-vykhodnoi-den-otmenen-1717752158/amp
    """
    period = count_period(d("2024-06-12"), FIVE_WD)
    assert period.due == d("2024-06-19")
    assert d("2024-06-17") in period.counted
    assert (d("2024-06-16"), DayKind.HOLIDAY) in [(day.date, day.kind) for day in period.skipped]


def test_quality_body_term_over_nauryz_2025() -> None:
    """The quality body reviews within 15 working days of registration (Law No. 88-V art. 25).
    Registered Wednesday 2025-03-05: Monday 10 March (Women's Day carried over), Friday 21 March
    (Nauryz) and Monday-Tuesday 24-25 March (Nauryz on the weekend, carried over) are days off,
    so the term ends on Tuesday 1 April 2025.
    https://egemen.kz/article/382962-nauryz-merekelerinde-qazaqstandyqtar-qansha-kun-demalady
    """
    assert wd(15) == FIFTEEN_WD
    period = count_period(d("2025-03-05"), FIFTEEN_WD)
    assert period.due == d("2025-04-01")
    assert len(period.counted) == 15
    assert {d("2025-03-10"), d("2025-03-21"), d("2025-03-24"), d("2025-03-25")} <= {
        day.date for day in period.skipped}


def test_2022_law_made_1_december_a_working_day_in_deadlines() -> None:
    """The 2022 holidays law dropped First President's Day (1 December): 5 working days from
    Monday 2022-11-28 count Thursday 1 December and end on Monday 5 December.
    https://golos-naroda.kz/10039-den-respubliki-ofitsialno-vernulsia-v-kazakhstan-tokaev-podpisal-zakon-1664429213
    """
    period = count_period(d("2022-11-28"), FIVE_WD)
    assert d("2022-12-01") in period.counted
    assert period.due == d("2022-12-05")


def test_2026_constitution_day_change_in_deadlines() -> None:
    """In 2026 Constitution Day moved from 30 August to 15 March (not held in 2026), so Monday
    31 August 2026 is a working day: 5 working days from Thursday 27 August end on Thursday
    3 September, and the result is final: 2026 is a confirmed year, 31 August among its ordinary days.
    https://taspanews.kz/novosti-kazakhstana/v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-vykhodnogo-795514517615
    """
    period = count_period(d("2026-08-27"), FIVE_WD)
    assert period.counted[1] == d("2026-08-31")
    assert period.due == d("2026-09-03")
    assert not period.provisional


def test_same_day_convention_counts_the_registration_day() -> None:
    """The what-if convention counts a working registration day as day 1; no act says so, and
    its citation says that. Registered 2024-12-31: due 2025-01-09, a day earlier than the rule.
    https://energy-city.kz/pavlodar/kazahstanczy-poluchat-chetyre-vyhodnyh-dnya-na-novyj-god
    """
    period = count_period(d("2024-12-31"), FIVE_WD, convention=Convention.SAME_DAY)
    assert period.due == d("2025-01-09")
    assert period.counted[0] == d("2024-12-31")
    assert "no act" in Convention.SAME_DAY.citation
    # On a day off the registration day cannot count: the same as the rule.
    assert count_period(d("2025-01-04"), FIVE_WD, convention="same_day").due == count_period(  # type: ignore[arg-type]
        d("2025-01-04"), FIVE_WD).due


def test_month_end_follows_civil_code_art_174() -> None:
    """Civil Code art. 174: a period of months ends on the same date of its last month, and if that
    month has no such date, on the last day of that month. So "31 January + 1 month" ends on 28
    February 2025 by default, and the period says which article decided it (it used to be refused
    with AmbiguousDateError unless a rounding was chosen). UP, the first day of March, is a what-if:
    in 2025 that is a Saturday, so the period rolls forward to Monday 3 March (art. 175). The
    court's 1 month (APPC art. 136) from Monday 20 January 2025 ends on Thursday 20 February. No
    holiday falls on these days (2025 calendar:
    https://pobipb.kz/kalendar-vyxodnyx-i-prazdnichnyx-dnej-na-2025-god)."""
    plain = count_period(d("2025-01-31"), Term(1, Unit.MONTHS))
    assert (plain.due, plain.month_end) == (d("2025-02-28"), MonthRounding.DOWN)
    assert "last day (Civil Code (General Part), art. 174)" in plain.explain()
    assert rule_version("counting.month_end", d("2025-01-31")).sources[0].provision == "art. 174"
    down = count_period(d("2025-01-31"), Term(1, Unit.MONTHS), rounding=MonthRounding.DOWN)
    assert down == plain
    up = count_period(d("2025-01-31"), Term(1, Unit.MONTHS), rounding="up")  # type: ignore[arg-type]
    assert down.due == d("2025-02-28")
    assert down.rolled_from is None
    assert up.due == d("2025-03-03")
    assert up.rolled_from == d("2025-03-01")
    assert up.month_end is MonthRounding.UP
    assert "what-if rounding; no act says so" in up.explain()
    # A leap year has the 29th.
    assert count_period(d("2024-01-31"), Term(1, Unit.MONTHS), rounding=MonthRounding.DOWN).due == d("2024-02-29")
    # A date every month has needs no rounding: one month from Monday 20 January 2025.
    assert count_period(d("2025-01-20"), Term(1, Unit.MONTHS)).due == d("2025-02-20")
    assert count_period(d("2025-01-20"), Term(1, Unit.MONTHS)).month_end is None


# --- the data horizon ------------------------------------------------------------------------------


def test_quality_body_complaint_past_the_horizon_is_provisional() -> None:
    """Days after the last confirmed year (2026) rest on data not yet confirmed (no 2027 transfer
    act or word that none will be issued, no Kurban Ait date for 2027), so a result that touches
    them is provisional and says why. A complaint registered at the quality body on Friday
    2026-12-18 (15 working days, Law No. 88-V art. 25): Christmas (7 January) is skipped and the
    term ends on Wednesday 13 January 2027. The reason names 1 January 2027, the first
    unconfirmed day, not the window's first day, and not Kurban Ait, which cannot fall in it."""
    period = count_period(d("2026-12-18"), FIFTEEN_WD)
    assert period.due == d("2027-01-13")
    assert period.provisional
    (reason,) = period.provisional_reasons
    assert reason.startswith("2027-01-01 is past the calendar data horizon (the last confirmed year is 2026)")
    assert "Kurban Ait" not in reason
    assert "2026-12-19" not in reason
    assert period.explain().splitlines()[-1] == f"Calendar: provisional because {reason}."


def test_warn_policy_emits_provisional_warning() -> None:
    """Under the WARN policy a provisional result is returned with a ProvisionalResultWarning."""
    with pytest.warns(ProvisionalResultWarning, match="horizon"):
        period = count_period(d("2026-12-18"), FIFTEEN_WD, on_provisional=ProvisionalPolicy.WARN)
    assert period.due == d("2027-01-13")
    with pytest.warns(ProvisionalResultWarning):
        count_period(d("2026-12-18"), FIFTEEN_WD, on_provisional="warn")  # type: ignore[arg-type]


def test_raise_policy_raises_provisional_error() -> None:
    """Under the RAISE policy a provisional result is refused with ProvisionalResultError."""
    with pytest.raises(ProvisionalResultError, match="horizon"):
        count_period(d("2026-12-18"), FIFTEEN_WD, on_provisional=ProvisionalPolicy.RAISE)


def test_confirmed_year_is_not_provisional() -> None:
    """2024's calendar is confirmed (Government decree G24G0000109; Kurban Ait fixed on 16 June,
    https://golos-naroda.kz/33368-dumk-opredelil-tochnuiu-datu-kurban-aita-vykhodnoi-den-otmenen-1717752158/amp):
    no reasons, no warning, no error under any policy."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for policy in ProvisionalPolicy:
            period = count_period(d("2024-06-12"), FIFTEEN_WD, on_provisional=policy)
            assert period.provisional_reasons == ()
            assert not period.provisional
            assert period.due == d("2024-07-03")
    assert caught == []


def test_horizon_boundary() -> None:
    """A period that ends on 2026-12-31 is confirmed; one that reaches 2027 is provisional from
    1 January 2027 on (1, 2 and 4 January 2027 are New Year holidays, Law "On Holidays")."""
    inside = count_period(d("2026-12-24"), FIVE_WD)
    assert inside.due == d("2026-12-31")
    assert not inside.provisional
    across = count_period(d("2026-12-24"), wd(6))
    assert across.due == d("2027-01-05")
    assert across.provisional
    assert across.provisional_reasons[0].startswith("2027-01-01 ")


def test_a_deadline_computed_today_is_final() -> None:
    """Issue 9 part 2: on 2026-11-30 a complaint registered that day at the provider (5 working
    days, Law No. 88-V art. 25) is due Monday 7 December 2026 and is not provisional, since 2026 is
    confirmed (eGov calendar: https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6 ),
    so the raise policy does not refuse it."""
    period = count_period(d("2026-11-30"), FIVE_WD, on_provisional=ProvisionalPolicy.RAISE)
    assert period.due == d("2026-12-07")
    assert not period.provisional
    assert period.explain().splitlines()[-1] == (
        f"Calendar: confirmed for every day looked at ({default_calendar().version}).")


def test_a_period_past_the_calendar_states_the_supported_range() -> None:
    """A CLI or CSV user cannot build a calendar: a period past 2030-12-31 is refused with the
    range the calendar supports, not with a Python hint (issue 9 part 5)."""
    with pytest.raises(CalendarRangeError) as caught:
        count_period(d("2030-12-27"), FIVE_WD)
    (problem,) = caught.value.problems
    assert problem.path == "term"
    assert problem.accepted == "a period within the calendar's range, 2018-01-01 to 2030-12-31"
    assert "WorkingCalendar" not in str(caught.value)


def test_estimated_kurban_ait_makes_a_period_provisional() -> None:
    """Kurban Ait 2027 is only the holidays package's estimate (Sunday 16 May; the DUMK fixes the
    date each year, and it may move a day): a period that skips it says the date is estimated,
    while Kurban Ait 2026 (Wednesday 27 May, DUMK calendar:
    https://www.zakon.kz/obshestvo/6496885-ramazan2026-oraza-i-kurban-ayt-opublikovan-kalendar-musulmanskikh-prazdnikov-v-kazakhstane.html
    ) is confirmed."""
    period = count_period(d("2027-05-12"), FIVE_WD)
    assert any("estimated 2027-05-16" in r for r in period.provisional_reasons)
    kurban = [day for day in period.skipped if day.date == d("2027-05-16")]
    assert len(kurban) == 1
    assert kurban[0].estimated
    confirmed = count_period(d("2026-05-22"), FIVE_WD)
    assert confirmed.due == d("2026-06-01")
    assert not confirmed.provisional


def test_overlay_confirming_2027_makes_2027_periods_final() -> None:
    """An overlay that confirms 2027 (an act the holidays package lacks) moves the horizon, and
    the period records that calendar's data version."""
    order = CalendarOverlay(act="Order of the Labour Minister (hypothetical, for tests)", confirms_years=(2027,))
    cal = WorkingCalendar(overlays=(order,))
    period = count_period(d("2027-05-12"), FIVE_WD, calendar=cal)
    assert period.due == count_period(d("2027-05-12"), FIVE_WD).due
    assert not period.provisional
    assert period.calendar_version == cal.version
    assert period.calendar_version != default_calendar().version


# --- input errors ------------------------------------------------------------------------------------


def test_count_period_input_errors() -> None:
    """Wrong inputs are refused with InvalidInputError, wrong types with InputTypeError."""
    with pytest.raises(InputTypeError):
        count_period(d("2024-06-12"), 5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError) as caught:
        count_period(d("2024-06-12"), FIVE_WD, convention=Convention.MONTHS)
    assert caught.value.problems[0].path == "convention"
    with pytest.raises(InvalidInputError, match="naive"):
        count_period(dt.datetime(2024, 6, 12, 10, 0), FIVE_WD)
    with pytest.raises(InputTypeError):
        count_period("2024-06-12", FIVE_WD)  # type: ignore[arg-type]
    with pytest.raises(CalendarRangeError):
        count_period(d("2031-01-06"), FIVE_WD)
    with pytest.raises(CalendarRangeError, match="2030-12-31"):
        count_period(d("2030-12-20"), FIFTEEN_WD)
    with pytest.raises(CalendarRangeError):
        count_period(d("2030-12-20"), Term(1, Unit.MONTHS))
    with pytest.raises(InvalidInputError):
        Term(-1, Unit.WORKING_DAYS)
    with pytest.raises(InputTypeError):
        Term(True, Unit.WORKING_DAYS)


def test_term_with_unit_given_by_value_counts_or_is_refused() -> None:
    """Term accepts a unit's value ("working_days") without complaint; count_period must then
    count it like the member, or refuse it with InvalidInputError, never fail with an
    AttributeError."""
    try:
        term = Term(5, "working_days")
    except InvalidInputError:
        return
    try:
        due = count_period(d("2024-06-12"), term).due
    except InvalidInputError:
        return
    assert due == d("2024-06-19")


def test_aware_start_is_converted_to_almaty_date() -> None:
    """An aware start is read in Kazakhstan time: 19:30Z on 30 December 2024 is 00:30 on
    31 December in Almaty (UTC+5 since 2024-03-01), so the period counts from 31 December."""
    period = count_period(dt.datetime(2024, 12, 30, 19, 30, tzinfo=UTC), FIVE_WD)
    assert period.start == d("2024-12-31")
    assert period.due == d("2025-01-10")


# --- registration dates -----------------------------------------------------------------------------


def test_registration_refuses_naive_and_wrong_types() -> None:
    """A naive arrival time has no time zone: refused (InvalidInputError, not a type error); a
    date or a string is the wrong type (InputTypeError); an unknown zone is refused."""
    with pytest.raises(InvalidInputError) as caught:
        registration_date(dt.datetime(2024, 12, 31, 19, 0))
    assert not isinstance(caught.value, TypeError)
    assert caught.value.problems[0].path == "arrived"
    for wrong in (d("2024-12-31"), "2024-12-31T19:00+05:00", None):
        with pytest.raises(InputTypeError):
            registration_date(wrong)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError) as caught_zone:
        registration_date(dt.datetime(2024, 12, 31, 19, 0, tzinfo=UTC), time_zone="Mars/Olympus")
    assert caught_zone.value.problems[0].path == "time_zone"
    with pytest.raises(InputTypeError):
        registration_date(dt.datetime(2024, 12, 31, 19, 0, tzinfo=UTC), office_hours=(9, 18))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError) as caught_many:
        registration_date("x", office_hours="9-18", time_zone=5)  # type: ignore[arg-type]
    assert {p.path for p in caught_many.value.problems} == {"arrived", "office_hours", "time_zone"}


def test_registration_across_the_2024_time_zone_change() -> None:
    """Almaty time was UTC+6 until 2024-03-01 and UTC+5 since (Government decree of 19.01.2024,
    https://interfax.ru/world/940956). 12:45Z on Wednesday 28 February 2024 was 18:45 in Almaty,
    after closing: registered Thursday 29 February. 12:45Z on Friday 1 March 2024 was 17:45:
    registered that day. In Aqtobe (always UTC+5) the February arrival was 17:45, in time."""
    assert registration_date(dt.datetime(2024, 2, 28, 12, 45, tzinfo=UTC)) == d("2024-02-29")
    assert registration_date(dt.datetime(2024, 3, 1, 12, 45, tzinfo=UTC)) == d("2024-03-01")
    assert registration_date(dt.datetime(2024, 2, 28, 12, 45, tzinfo=UTC), time_zone="Asia/Aqtobe") == d("2024-02-28")
    # 18:30Z on 29 February 2024 is 23:30 +05 on the 29th (the clocks went back at 18:00Z): after
    # hours on Thursday, registered Friday 1 March.
    assert registration_date(dt.datetime(2024, 2, 29, 18, 30, tzinfo=UTC)) == d("2024-03-01")


def test_registration_with_custom_office_hours() -> None:
    """An office's own hours decide what is after hours: closing at 17:00, an arrival at 17:45
    on Friday 1 March 2024 is registered on Monday 4 March; with the default 18:30, that day."""
    arrived = dt.datetime(2024, 3, 1, 17, 45, tzinfo=ALMATY)
    early = OfficeHours(dt.time(9, 0), dt.time(17, 0))
    assert registration_date(arrived, office_hours=early) == d("2024-03-04")
    assert registration_date(arrived) == d("2024-03-01")
    with pytest.raises(InvalidInputError):
        OfficeHours(dt.time(18, 0), dt.time(9, 0))
    with pytest.raises(InputTypeError):
        OfficeHours(dt.time(9, 0, tzinfo=UTC), dt.time(18, 0))


def test_registration_past_the_calendar_is_refused() -> None:
    """After hours on 2030-12-31 the next working day is outside the calendar: refused."""
    with pytest.raises(CalendarRangeError):
        registration_date(dt.datetime(2030, 12, 31, 20, 0, tzinfo=ALMATY))


@given(arrived=aware_datetimes(), hours=office_hours())
@example(arrived=dt.datetime(2024, 12, 31, 18, 30, tzinfo=ALMATY), hours=OfficeHours(dt.time(9), dt.time(18, 30)))
@example(arrived=dt.datetime(2025, 1, 4, 19, 30, tzinfo=UTC), hours=OfficeHours(dt.time(9), dt.time(18, 30)))
def test_registration_is_that_day_in_hours_else_next_working_day(arrived: dt.datetime, hours: OfficeHours) -> None:
    """Registered on the local arrival day if it is a working day and the office has not closed;
    otherwise on the first working day after it (APPC art. 64(3))."""
    local = arrived.astimezone(ALMATY)
    registered = registration_date(arrived, office_hours=hours)
    assert is_working_day(registered)
    in_time = is_working_day(local.date()) and local.time() < hours.closes
    if in_time:
        assert registered == local.date()
    else:
        assert registered > local.date()
        assert working_days_between(local.date(), registered) == 1


# --- properties ---------------------------------------------------------------------------------------

WD_STARTS = dates(max_value=dt.date(2030, 10, 31))  # 30 working days later is still in 2030


@given(start=WD_STARTS, n=positive_counts())
@example(start=d("2024-12-31"), n=5)
@example(start=d("2025-01-04"), n=1)
def test_working_day_deadline_is_a_working_day_after_registration(start: dt.date, n: int) -> None:
    """A deadline in working days is a working day, strictly after registration; the days from
    the day after registration to the due date are exactly the n days counted and the days
    skipped, each skipped day being a day off."""
    period = count_period(start, wd(n))
    assert is_working_day(period.due)
    assert period.due > start
    assert period.due == add_working_days(start, n)
    assert len(period.counted) == n
    assert period.counted[-1] == period.due
    assert all(is_working_day(day) for day in period.counted)
    assert all(not day.is_working and not is_working_day(day.date) for day in period.skipped)
    covered = sorted([*period.counted, *(day.date for day in period.skipped)])
    assert covered == days_between(start + dt.timedelta(days=1), period.due)


@given(pair=date_pairs(max_value=dt.date(2030, 10, 31)), n=positive_counts())
def test_later_registration_never_gives_an_earlier_due_date(pair: tuple[dt.date, dt.date], n: int) -> None:
    """Registering later never brings the deadline forward."""
    earlier, later = pair
    assert count_period(earlier, wd(n)).due <= count_period(later, wd(n)).due


@given(start=dates(), n=signed_counts())
@example(start=d("2025-01-04"), n=0)
@example(start=d("2025-01-04"), n=-3)
def test_add_and_between_are_inverse(start: dt.date, n: int) -> None:
    """working_days_between(d, add_working_days(d, n)) == n for n >= 1 from any day, and for every
    n from a working day. (From a day off, add_working_days(d, 0) is the next working day, one
    working day later, and a backward count starts before d.)"""
    try:
        target = add_working_days(start, n)
    except CalendarRangeError:
        return
    if n >= 1 or is_working_day(start):
        assert working_days_between(start, target) == n


@given(pair=st.tuples(dates(), dates()))
def test_add_undoes_between_on_working_days(pair: tuple[dt.date, dt.date]) -> None:
    """Between two working days a and b, add_working_days(a, working_days_between(a, b)) == b."""
    first, second = (add_working_days(day, 0) if day <= dt.date(2030, 12, 20) else None for day in pair)
    if first is None or second is None:
        return
    assert add_working_days(first, working_days_between(first, second)) == second


@given(start=dates(max_value=dt.date(2030, 11, 15)))
@example(start=d("2024-12-31"))
def test_five_day_deadline_never_after_fifteen_day_deadline(start: dt.date) -> None:
    """The provider's 5 working days never end after the quality body's 15 (Law No. 88-V art. 25)."""
    five = count_period(start, FIVE_WD).due
    fifteen = count_period(start, FIFTEEN_WD).due
    assert five < fifteen
    assert working_days_between(five, fifteen) == 10


@given(start=WD_STARTS, n=st.integers(0, 30))
@example(start=d("2024-12-31"), n=1)
@example(start=d("2025-01-04"), n=1)
def test_same_day_convention_never_later_than_next_day(start: dt.date, n: int) -> None:
    """Counting the registration day as day 1 never gives a later date than the rule; on a working
    registration day it gives the (n-1)-th working day after it, on a day off the same date."""
    same = count_period(start, wd(n), convention=Convention.SAME_DAY)
    rule = count_period(start, wd(n))
    assert same.due <= rule.due
    if n >= 1 and is_working_day(start):
        assert same.due == add_working_days(start, n - 1)
        assert same.counted[0] == start
    elif n >= 1:
        assert same.due == rule.due


@given(start=dates(max_value=dt.date(2030, 10, 15)), length=calendar_days())
@example(start=d("2024-12-20"), length=12)
def test_calendar_day_period_rolls_forward_to_the_nearest_working_day(start: dt.date, length: int) -> None:
    """A calendar-day period ends ``length`` days after the start, or, if that is a day off, on the
    nearest following working day (Civil Code art. 175): every day between is a day off."""
    period = count_period(start, Term(length, Unit.CALENDAR_DAYS))
    nominal = start + dt.timedelta(days=length)
    assert is_working_day(period.due)
    assert period.due >= nominal
    assert not any(is_working_day(day) for day in days_between(nominal, period.due - dt.timedelta(days=1)))
    assert period.rolled_from == (None if is_working_day(nominal) else nominal)


def _month_end(start: dt.date, months: int) -> tuple[dt.date, dt.date] | None:
    """The month period's nominal end (DOWN, UP), or None when the date exists (no rounding)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = (following - dt.timedelta(days=1)).day
    if start.day <= last:
        return None
    return dt.date(year, month, last), following


@given(start=month_starts(), months=month_counts())
@example(start=d("2025-01-31"), months=1)
@example(start=d("2024-01-30"), months=1)
@example(start=d("2024-02-29"), months=12)
@example(start=d("2025-03-31"), months=0)
def test_month_periods_end_as_civil_code_art_174_says(start: dt.date, months: int) -> None:
    """A month period ends on the same date in the last month (Civil Code art. 174); where that
    date does not exist, on that month's last day (DOWN, the default); DOWN never ends after UP (the
    next month's first day, a what-if); either rolls forward to a working day."""
    ends = _month_end(start, months)
    down = count_period(start, Term(months, Unit.MONTHS), rounding=MonthRounding.DOWN)
    up = count_period(start, Term(months, Unit.MONTHS), rounding=MonthRounding.UP)
    assert down.due <= up.due
    assert is_working_day(down.due)
    assert is_working_day(up.due)
    if ends is None:
        index = start.month - 1 + months
        nominal = dt.date(start.year + index // 12, index % 12 + 1, start.day)
        plain = count_period(start, Term(months, Unit.MONTHS))
        assert plain.due == down.due == up.due == add_working_days(nominal, 0)
    else:
        assert count_period(start, Term(months, Unit.MONTHS)) == down
        assert down.due == add_working_days(ends[0], 0)
        assert up.due == add_working_days(ends[1], 0)


@given(start=WD_STARTS, n=st.integers(0, 30), conv=st.sampled_from([Convention.NEXT_DAY, Convention.SAME_DAY]))
def test_provisional_exactly_when_a_period_reaches_past_the_horizon(start: dt.date, n: int, conv: Convention) -> None:
    """A working-day period is provisional exactly when the days it looks at reach past 2026 (the
    last confirmed year); estimated holidays lie only in those years."""
    period: Period = count_period(start, wd(n), convention=conv)
    looked_at_until = max(period.due, start)
    assert period.provisional is (looked_at_until > LAST_CONFIRMED)
