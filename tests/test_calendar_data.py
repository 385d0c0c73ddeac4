"""A working-day calendar built from the holidays data, the transfer acts and the confirmed years.

Which days are public holidays is set by the Law "On Holidays in the Republic of Kazakhstan"
(art. 5, with the carry-over of a holiday falling on a day off); which days off are moved is set
each year by a transfer act (Labour Code art. 85(3)); Kurban Ait is dated each year by the Spiritual
Administration of Muslims. A new calendar reads each day from the ``holidays`` package's data, names
the act behind each special day, and is confirmed up to the last year whose act and Kurban Ait date
are recorded in ``CONFIRMED_YEARS`` (the data horizon); later dates are provisional.

The default calendar is built once per process, so these tests build fresh ones: only a fresh build
runs the builder.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import tomllib
from importlib import metadata
from pathlib import Path
from types import TracebackType
from typing import Any

import attrs
import holidays
import pytest

import appeal_rules
import appeal_rules.calendar._calendar as calendar_module
import appeal_rules.calendar._confirmations as confirmations_module
import appeal_rules.calendar._index as index_module
import appeal_rules.errors
from appeal_rules import CalendarOverlay, WorkingCalendar, add_working_days
from appeal_rules.calendar import CONFIRMED_YEARS, Day, DayKind, YearConfirmation
from appeal_rules.rules import COVERAGE_START, rule_version


def assert_only_past_the_2026_horizon(reasons: tuple[str, ...]) -> None:
    """One reason: 1 January 2027 is past the last confirmed year, 2026 (the words are pinned in
    tests/test_provisional_policy.py)."""
    assert len(reasons) == 1
    assert reasons[0].startswith("2027-01-01 is past the calendar data horizon (the last confirmed year is 2026)")


# --- every day, against a plain reading of the holidays data --------------------------------------


_SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d{2})/(\d{2})/(\d{4})\)$")


def expected_days(first_year: int, last_year: int) -> dict[dt.date, Day]:
    """Every special day of the calendar, read straight from ``holidays`` (names, transfers, carry-overs).

    A transferred day off is recognised by its name, "Day off (substituted from MM/DD/YYYY)", which
    also gives the day it was moved from; a carried-over holiday by its "(observed)" suffix; an
    estimated date by the "(estimated)" name ``islamic_show_estimated=True`` gives it in years that
    :data:`~appeal_rules.calendar.CONFIRMED_YEARS` does not confirm.
    """
    years = range(first_year, last_year + 1)
    named = holidays.country_holidays("KZ", years=years, language="en_US", islamic_show_estimated=False)
    flagged = holidays.country_holidays("KZ", years=years, language="en_US", islamic_show_estimated=True)
    confirmed = {c.year: c for c in CONFIRMED_YEARS}

    def act(year: int) -> str:
        c = confirmed.get(year)
        if c is not None and c.transfer_act is not None:
            return c.transfer_act
        return f"the transfer act for {year} (holidays package data)"

    out: dict[dt.date, Day] = {}
    moved_to: dict[dt.date, dt.date] = {}
    for day, name in named.items():
        if not first_year <= day.year <= last_year:
            continue
        m = _SUBSTITUTED.match(name)
        if m:
            source = dt.date(int(m[3]), int(m[1]), int(m[2]))
            moved_to[source] = day
            out[day] = Day(day, DayKind.TRANSFERRED, "Day off", source, act(day.year))
        elif name.endswith(" (observed)"):
            out[day] = Day(day, DayKind.CARRIED_OVER, name.removesuffix(" (observed)"),
                           act=rule_version("calendar.carry_over", max(day, COVERAGE_START)).cite())
        else:
            estimated = flagged.get(day) != name and day.year not in confirmed
            out[day] = Day(day, DayKind.HOLIDAY, name, estimated=estimated,
                           act=rule_version("calendar.public_holidays", max(day, COVERAGE_START)).cite())
    for day in named.weekend_workdays:
        if first_year <= day.year <= last_year:
            out[day] = Day(day, DayKind.WORKING_WEEKEND, "Working day", moved_to.get(day), act(day.year))
    return out


@pytest.mark.parametrize(("first_year", "last_year"), [(2018, 2030), (2014, 2017)])
def test_every_day_of_a_new_calendar_is_read_from_the_holidays_data(first_year: int, last_year: int) -> None:
    """Every day of a new calendar: its kind, its name, the other end of a transfer, the act, the estimate flag.

    2014-2017 too: the 2014 transfer moves a day across the year.
    """
    cal = WorkingCalendar(first_year, last_year)
    expected = expected_days(first_year, last_year)
    wrong = []
    for day in cal.days(cal.first_day, cal.last_day):
        want = expected.get(day.date) or Day(day.date, DayKind.WEEKEND if day.date.weekday() >= 5 else DayKind.WORKING)
        if day != want:
            wrong.append((day, want))
    assert wrong == []
    assert len(cal.snapshot()["days"]) == len(expected)


def test_the_days_keep_their_english_names_whatever_language_the_process_asks_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Unless a language is asked for, the holidays package names the days in the language of the
    process's locale (LANGUAGE, LC_ALL, LANG): a calendar built for a Kazakh locale still reads
    every day as in English, finds the confirmed Kurban Ait (Eid al-Adha) and flags only the
    estimated date of an unconfirmed year."""
    monkeypatch.setenv("LANGUAGE", "kk")
    assert holidays.country_holidays("KZ", years=2026).get(dt.date(2026, 1, 1)) != "New Year's Day"  # in effect
    cal = WorkingCalendar(2026, 2027)
    expected = expected_days(2026, 2027)
    wrong = []
    for day in cal.days(cal.first_day, cal.last_day):
        want = expected.get(day.date) or Day(day.date, DayKind.WEEKEND if day.date.weekday() >= 5 else DayKind.WORKING)
        if day != want:
            wrong.append((day, want))
    assert wrong == []
    assert cal.snapshot()["estimated"] == ["2027-05-16"]


def test_a_transfer_across_the_calendars_edge_keeps_its_other_end() -> None:
    """WorkingCalendar(2013, 2013): Saturday 28 December 2013 was worked for the day off on Friday 3 January 2014.

    The 2014 entry of the transfer table, (1, 3, 12, 28, 2013), names both ends; a 2013 calendar
    reads the neighbouring years' entries so that the working Saturday keeps the day off it was
    moved to (found by mutation testing).
    """
    day = WorkingCalendar(2013, 2013).day(dt.date(2013, 12, 28))
    assert day.kind is DayKind.WORKING_WEEKEND
    assert not day.describe().endswith("moved to )"), day.describe()
    assert day.moved == dt.date(2014, 1, 3)


def test_the_last_day_of_a_calendar_keeps_its_record() -> None:
    """31 December 2018 was a day off moved from Saturday 29 December: the last day of a 2018 calendar."""
    cal = WorkingCalendar(2018, 2018)
    day = cal.day(dt.date(2018, 12, 31))
    assert (day.kind, day.moved) == (DayKind.TRANSFERRED, dt.date(2018, 12, 29))
    assert not cal.is_working_day(dt.date(2018, 12, 31))


def test_a_day_describes_its_kind_and_the_act_behind_it() -> None:
    """A working day, a weekend, a transferred day and its working weekend, a carried-over holiday, an estimated one."""
    cal = appeal_rules.calendar.default_calendar()
    assert cal.day(dt.date(2025, 1, 6)).describe() == "Monday 2025-01-06: working day"
    assert cal.day(dt.date(2025, 1, 4)).describe() == "Saturday 2025-01-04: weekend"
    assert cal.day(dt.date(2025, 1, 5)).describe() == (
        "Sunday 2025-01-05: working day by the transfer act (day off moved to Friday 2025-01-03)")
    assert cal.day(dt.date(2024, 3, 25)).describe() == (
        "Monday 2024-03-25: day off, Nowruz Holiday carried over from a day off")
    assert cal.day(dt.date(2025, 6, 6)).describe() == "Friday 2025-06-06: public holiday, Eid al-Adha"
    assert cal.day(dt.date(2027, 5, 16)).describe() == (
        "Sunday 2027-05-16: public holiday, Eid al-Adha (date estimated)")
    # A transfer without its other end (a Day built by hand, or read from an old snapshot) says
    # nothing about it rather than "moved from " with a blank.
    kind = appeal_rules.calendar.DayKind
    assert appeal_rules.calendar.Day(dt.date(2025, 1, 3), kind.TRANSFERRED).describe() == (
        "Friday 2025-01-03: day off by the transfer act")
    assert appeal_rules.calendar.Day(dt.date(2025, 1, 5), kind.WORKING_WEEKEND).describe() == (
        "Sunday 2025-01-05: working day by the transfer act")


# --- the confirmed years and the data horizon ------------------------------------------------------


def test_each_confirmed_years_kurban_ait_is_its_eid_al_adha() -> None:
    """Each confirmed year's Kurban Ait date is that year's Eid al-Adha in the calendar."""
    cal = appeal_rules.calendar.default_calendar()
    for c in CONFIRMED_YEARS:
        assert isinstance(c, YearConfirmation)
        assert cal.day(c.kurban_ait).name == "Eid al-Adha"
        assert not cal.day(c.kurban_ait).estimated


def test_the_confirmed_years_are_read_from_the_rulebook_file() -> None:
    """CONFIRMED_YEARS is the rulebook's ``calendar_years.toml``, year by year in the file's order:
    each transfer act and its source, none where the file names none (2026: the sources say none was
    issued), each Kurban Ait date, and the ordinary days where the file lists them (31 August 2026
    is no longer a day off). The list is read at import; the reading is done again here to check it."""
    path = Path(appeal_rules.__file__).parent / "rulebook" / "calendar_years.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))["years"]
    read = confirmations_module._load_confirmed_years()
    assert [(c.year, c.transfer_act, c.transfer_source, c.kurban_ait, c.ordinary_days) for c in read] == [
        (y["year"], y.get("transfer_act"), y["transfer_source"], y["kurban_ait"], tuple(y.get("ordinary_days", ())))
        for y in raw
    ]
    by_year = {c.year: c for c in read}
    assert by_year[2018].transfer_act == "Government Decree No. 864 of 2017"
    assert by_year[2018].ordinary_days == ()
    assert by_year[2026].transfer_act is None
    assert by_year[2026].ordinary_days == (dt.date(2026, 8, 30), dt.date(2026, 8, 31))
    assert read == CONFIRMED_YEARS


@pytest.mark.parametrize("first_year", [2019, 2017])
def test_a_wrong_kurban_ait_date_is_refused_even_after_unconfirmed_years(first_year: int) -> None:
    """A confirmed year's Kurban Ait is checked even when the calendar starts in an unconfirmed year."""
    wrong = attrs.evolve(CONFIRMED_YEARS[1], kurban_ait=dt.date(2019, 8, 12))
    with pytest.raises(appeal_rules.errors.CalendarConflictError) as caught:
        WorkingCalendar(first_year, 2020, confirmations=(wrong,)).version  # noqa: B018 - builds the index
    assert [p.path for p in caught.value.problems] == ["confirmations[2019]"]
    assert "disagrees with the holidays data (2019-08-11)" in caught.value.problems[0].message


def test_a_new_calendar_is_confirmed_to_2026_and_later_kurban_ait_is_estimated() -> None:
    """The horizon is the last confirmed year (2026); Kurban Ait from 2027 on is an estimated date."""
    cal = WorkingCalendar(2018, 2030)
    assert cal.horizon == 2026
    assert cal.version == f"holidays {metadata.version('holidays')}; overlays none; horizon 2026"
    snapshot = cal.snapshot()
    assert snapshot["estimated"] == [d.isoformat() for d, day in sorted(expected_days(2018, 2030).items())
                                     if day.estimated]
    assert snapshot["estimated"][0] == "2027-05-16"
    assert cal.provisional_reasons(dt.date(2026, 12, 31), dt.date(2026, 12, 31)) == ()
    assert_only_past_the_2026_horizon(cal.provisional_reasons(dt.date(2027, 1, 1), dt.date(2027, 1, 1)))


def test_the_horizon_of_a_calendar_starting_at_or_after_the_last_confirmed_year() -> None:
    """A calendar whose first year is the last confirmed one is confirmed in it; one that starts later
    is not, and its index's horizon is the last confirmed day, 31 December 2026, before its first day."""
    starts_confirmed = WorkingCalendar(2026, 2027)
    assert starts_confirmed.horizon == 2026
    assert starts_confirmed.provisional_reasons(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == ()
    unconfirmed = WorkingCalendar(2027, 2028)
    assert unconfirmed.horizon == 2026
    assert unconfirmed.index().horizon == dt.date(2026, 12, 31).toordinal()  # the last confirmed day
    assert_only_past_the_2026_horizon(unconfirmed.provisional_reasons(dt.date(2027, 1, 1), dt.date(2027, 1, 1)))


def test_a_calendar_of_unconfirmed_years_names_the_last_confirmed_year_before_it() -> None:
    """Was: a calendar of 2030 alone said "the last confirmed year is 2029" (its first year less one),
    though 2027-2029 are not confirmed. It names 2026, the last year confirmed, and every day of it is
    provisional."""
    cal = WorkingCalendar(2030, 2030)
    assert cal.horizon == 2026
    assert cal.version.endswith("; horizon 2026")
    reason = cal.provisional_reasons(dt.date(2030, 3, 2), dt.date(2030, 3, 9))[0]
    assert reason.startswith("2030-03-02 is past the calendar data horizon (the last confirmed year is 2026)")
    assert WorkingCalendar(2028, 2029).horizon == 2026


def test_the_horizon_stops_at_the_calendars_last_year() -> None:
    """A calendar ending in 2024 is confirmed to 2024, though 2025 is confirmed too."""
    cal = WorkingCalendar(2018, 2024)
    assert cal.horizon == 2024
    assert cal.version.endswith("; horizon 2024")


def test_the_provisional_reasons_name_every_estimated_holiday() -> None:
    """One reason per unconfirmed year, each naming that year's estimated Kurban Ait."""
    reasons = appeal_rules.calendar.default_calendar().provisional_reasons(dt.date(2027, 1, 1), dt.date(2028, 12, 31))
    assert [r.split(" is past")[0] for r in reasons] == ["2027-01-01", "2028-01-01"]
    assert ["(estimated 2027-05-16;" in r for r in reasons] == [True, False]
    assert ["(estimated 2028-05-05;" in r for r in reasons] == [False, True]


# --- the default calendar, its text and its first use -----------------------------------------------


def test_the_default_calendar_holds_2018_to_2030() -> None:
    """WorkingCalendar() holds 2018 to 2030; the narrowest calendars build too."""
    cal = WorkingCalendar()
    assert (cal.first_day, cal.last_day) == (dt.date(2018, 1, 1), dt.date(2030, 12, 31))
    assert (cal.first_year, cal.last_year) == (2018, 2030)
    assert repr(cal) == "WorkingCalendar(first_year=2018, last_year=2030, overlays=0)"
    assert WorkingCalendar(1991, 1991).is_working_day(dt.date(1991, 12, 31))
    assert WorkingCalendar(2099, 2099).last_day == dt.date(2099, 12, 31)


def test_the_default_calendar_is_built_once_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """default_calendar() and resolve_calendar(None) return the one calendar built on first use."""
    monkeypatch.setattr(calendar_module, "_DEFAULT", None)
    first = appeal_rules.calendar.default_calendar()
    assert isinstance(first, WorkingCalendar)
    assert (first.first_year, first.last_year, first.overlays) == (2018, 2030, ())
    assert appeal_rules.calendar.default_calendar() is first
    assert appeal_rules.calendar.resolve_calendar(None) is first


def test_add_working_days_without_a_calendar_answers_from_the_default_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """add_working_days without a calendar answers from the default calendar: when that calendar is
    first built by the call, when it is asked again (answered from the index the first call kept),
    and after a call given another calendar, whose overlay makes Monday 6 January 2025 a day off."""
    monkeypatch.setattr(calendar_module, "_DEFAULT", None)
    monkeypatch.setattr(calendar_module, "_DEFAULT_RANKS", {})
    monkeypatch.setattr(calendar_module, "_DEFAULT_DATES", ())
    other = WorkingCalendar(overlays=(CalendarOverlay(act="Order (example)", days_off=(dt.date(2025, 1, 6),)),))
    friday = dt.date(2025, 1, 3)  # a day off moved from Sunday 5 January, which was worked
    assert add_working_days(friday, 2, calendar=other) == dt.date(2025, 1, 8)
    assert [add_working_days(friday, 2) for _ in range(3)] == [dt.date(2025, 1, 6)] * 3
    assert add_working_days(friday, 2, calendar=other) == dt.date(2025, 1, 8)
    assert [add_working_days(friday, 2) for _ in range(2)] == [dt.date(2025, 1, 6)] * 2


def test_repr_names_the_years_and_the_number_of_overlays() -> None:
    """A calendar's repr says which years it holds and how many overlays lie over the data."""
    assert repr(WorkingCalendar(first_year=2024, last_year=2026)) == (
        "WorkingCalendar(first_year=2024, last_year=2026, overlays=0)"
    )
    order = CalendarOverlay(act="Order (example)", days_off=(dt.date(2027, 1, 8),))
    assert repr(WorkingCalendar(overlays=[order])) == "WorkingCalendar(first_year=2018, last_year=2030, overlays=1)"


class _GateLock:
    """A lock that counts the threads that reached it, so a test can line them up before it opens."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.arrived = 0
        self.changed = threading.Condition()

    def __enter__(self) -> _GateLock:
        with self.changed:
            self.arrived += 1
            self.changed.notify_all()
        self.lock.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.lock.release()


def test_a_first_use_from_many_threads_builds_the_index_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads that ask a new calendar at once wait for one build of its index, then all get the same answer."""
    builds: list[int] = []
    real_build = index_module.index_from_days

    def counting_build(*args: Any, **kwargs: Any) -> Any:
        builds.append(1)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(calendar_module, "index_from_days", counting_build)
    cal = WorkingCalendar(first_year=2024, last_year=2025)
    gate = _GateLock()
    monkeypatch.setattr(cal, "_lock", gate)
    answers: list[dt.date] = []

    def ask() -> None:
        answers.append(cal.add_working_days(dt.date(2024, 12, 31), 5))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    gate.lock.acquire()  # every thread finds no index and waits at the lock
    try:
        for thread in threads:
            thread.start()
        with gate.changed:
            assert gate.changed.wait_for(lambda: gate.arrived == len(threads), timeout=20)
    finally:
        gate.lock.release()
    for thread in threads:
        thread.join(timeout=20)
        assert not thread.is_alive()
    assert answers == [dt.date(2025, 1, 10)] * len(threads)
    assert builds == [1]  # the threads that waited used the index the first one built
    assert cal.is_working_day(dt.date(2025, 1, 5)) is True
    assert builds == [1]


# --- the index: each day counted once ----------------------------------------------------------------


def test_the_index_holds_each_day_once_and_each_day_off_with_its_ordinal() -> None:
    """A calendar's index has one working flag and one rank per day from its first day to its last;
    the ordinals of its days off go with their records, in order; the working days it gives for
    whole-column arithmetic are C longs (item format ``"l"``), ascending, as documented."""
    cal = WorkingCalendar(2024, 2025)
    idx = cal.index()
    days = idx.last - idx.first + 1
    assert (len(idx.working), len(idx.rank)) == (days, days)
    assert list(idx.off_ords) == [d.date.toordinal() for d in idx.off_days]
    assert len(idx.off_ords) + len(idx.working_ords) == days
    first, last, working = cal.working_day_ordinals()
    assert (first, last) == (idx.first, idx.last)
    assert working.format == "l"
    assert list(working) == [d.toordinal() for d in idx.working_dates]


def test_the_days_off_from_a_calendars_first_day_and_of_a_single_day() -> None:
    """CalendarIndex.days_off(a, b) lists the days off from a to b, both included: from the
    calendar's first day (New Year 1-2 January 2018, the weekend of 6-7 January), of a single day,
    and none for a working day or an empty span."""
    idx = WorkingCalendar(2018, 2018).index()
    o = idx.first
    assert [d.date.day for d in idx.days_off(o, o + 7)] == [1, 2, 6, 7]
    assert [(d.date, d.name) for d in idx.days_off(o, o)] == [(dt.date(2018, 1, 1), "New Year's Day")]
    assert idx.days_off(o + 2, o + 2) == ()
    assert idx.days_off(o + 1, o) == ()


def test_the_days_off_from_the_first_day_of_a_calendar_that_is_mostly_days_off() -> None:
    """However few working days a calendar holds, the days off from its first day are found: here
    an overlay makes every working day from January to August 2030 a day off, so the year has more
    days off than working days."""
    base = WorkingCalendar(2030, 2030)
    closed = tuple(d.date for d in base.days(dt.date(2030, 1, 1), dt.date(2030, 8, 31)) if d.is_working)
    idx = WorkingCalendar(2030, 2030, overlays=(CalendarOverlay(act="Order (example)", days_off=closed),)).index()
    assert len(idx.working_ords) < len(idx.off_ords)
    assert [d.date for d in idx.days_off(idx.first, idx.first + 13)] == [dt.date(2030, 1, i) for i in range(1, 15)]
