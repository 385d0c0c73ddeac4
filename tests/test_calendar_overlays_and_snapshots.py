"""Overlays (acts that move days after the data was published) and frozen snapshots of a calendar.

A government order may move a day off after the ``holidays`` package was released: an overlay lays
its days off and working days over the data, names its act, may confirm years (moving the data
horizon) and changes the calendar's version, so that every result says which data it used. A
snapshot freezes a calendar's days to JSON and reads them back unchanged.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from importlib import metadata

import pytest

import appeal_rules
import appeal_rules.calendar
import appeal_rules.errors
from appeal_rules import CalendarOverlay, WorkingCalendar
from appeal_rules.calendar import Day, DayKind, default_calendar
from appeal_rules.errors import InputTypeError
from refusals import snap

# --- overlays -----------------------------------------------------------------------------------------


def test_an_overlay_moves_its_days_names_its_act_and_changes_the_version() -> None:
    """An order's days off and working days carry its act; the years it confirms move the horizon; the version
    names a digest of the overlay.
    """
    order = CalendarOverlay(act="Order No. 1 (test)", url="https://example.invalid/1",
                            days_off=(dt.date(2027, 1, 8),), working_days=(dt.date(2027, 1, 16),),
                            confirms_years=(2026, 2027))
    cal = WorkingCalendar(overlays=(order,))
    assert cal.day(dt.date(2027, 1, 8)) == Day(dt.date(2027, 1, 8), DayKind.OVERLAY_DAY_OFF, "Day off",
                                               act="Order No. 1 (test)")
    assert cal.day(dt.date(2027, 1, 16)) == Day(dt.date(2027, 1, 16), DayKind.OVERLAY_WORKING, "Working day",
                                                act="Order No. 1 (test)")
    assert cal.day(dt.date(2027, 1, 8)).describe() == "Friday 2027-01-08: day off under Order No. 1 (test)"
    assert cal.day(dt.date(2027, 1, 16)).describe() == "Saturday 2027-01-16: working day under Order No. 1 (test)"
    assert cal.horizon == 2027
    kurban_2026 = cal.day(dt.date(2026, 5, 27))
    assert kurban_2026.kind is DayKind.HOLIDAY
    assert not kurban_2026.estimated  # the overlay confirms 2026
    assert cal.day(dt.date(2028, 5, 5)).estimated  # 2028 is not confirmed
    assert cal.snapshot()["estimated"][0] == "2028-05-05"
    payload = [order.digest_payload()]
    assert payload == [{"act": "Order No. 1 (test)", "url": "https://example.invalid/1",
                        "days_off": ["2027-01-08"], "working_days": ["2027-01-16"], "confirms_years": [2026, 2027]}]
    digest = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:12]
    assert cal.version == f"holidays {metadata.version('holidays')}; overlays {digest}; horizon 2027"


def test_the_same_act_in_another_order_gives_the_same_version() -> None:
    """Days and years sorted, so that the same act in another order gives the same calendar version."""
    a = CalendarOverlay(act="A", days_off=(dt.date(2027, 1, 12), dt.date(2027, 1, 11)), confirms_years=(2027, 2026))
    b = CalendarOverlay(act="A", days_off=(dt.date(2027, 1, 11), dt.date(2027, 1, 12)), confirms_years=(2026, 2027))
    assert a.digest_payload() == b.digest_payload()
    assert WorkingCalendar(overlays=(a,)).version == WorkingCalendar(overlays=(b,)).version


# --- snapshots ----------------------------------------------------------------------------------------


def test_a_snapshot_read_back_keeps_every_day_and_the_years() -> None:
    """A frozen calendar has the same days, years and horizon as the one it was taken from; its version says frozen."""
    source = WorkingCalendar(2024, 2026)
    frozen = WorkingCalendar.from_snapshot(source.snapshot())
    assert (frozen.first_year, frozen.last_year) == (2024, 2026)
    assert frozen.days(frozen.first_day, frozen.last_day) == source.days(source.first_day, source.last_day)
    assert frozen.horizon == 2026
    assert frozen.version == "frozen " + source.version
    assert frozen.snapshot() == {**source.snapshot(), "version": "frozen " + source.version}
    assert frozen.provisional_reasons(dt.date(2026, 5, 27), dt.date(2026, 5, 27)) == ()
    before = WorkingCalendar.from_snapshot(
        WorkingCalendar(2024, 2026, confirmations=appeal_rules.calendar.CONFIRMED_YEARS[:-1]).snapshot())
    assert before.horizon == 2025
    assert "Kurban Ait (estimated 2026-05-27;" in before.provisional_reasons(dt.date(2026, 5, 27),
                                                                          dt.date(2026, 5, 27))[0]


def test_a_snapshot_day_without_optional_fields_reads_as_a_plain_record() -> None:
    """A day record without "estimated", "name", "act" or "moved" is read as not estimated, without them."""
    data = snap(days=[{"date": "2025-01-01", "kind": "holiday"}], estimated=[])
    day = WorkingCalendar.from_snapshot(data).day(dt.date(2025, 1, 1))
    assert day == Day(dt.date(2025, 1, 1), DayKind.HOLIDAY)


def test_estimated_days_on_the_first_and_last_day_of_a_snapshot_are_reported() -> None:
    """Estimated holidays on the first and the last day of the calendar are reported."""
    data = {"first_year": 2026, "last_year": 2026, "horizon": 2025, "version": "test",
            "estimated": ["2026-01-01", "2026-12-31"],
            "days": [{"date": "2026-01-01", "kind": "holiday", "name": "A", "estimated": True},
                     {"date": "2026-12-31", "kind": "holiday", "name": "B", "estimated": True}]}
    cal = WorkingCalendar.from_snapshot(data)
    assert "the date of A (estimated 2026-01-01;" in cal.provisional_reasons(
        dt.date(2026, 1, 1), dt.date(2026, 1, 1))[0]
    assert "the date of B (estimated 2026-12-31;" in cal.provisional_reasons(
        dt.date(2026, 12, 31), dt.date(2026, 12, 31))[0]
    assert cal.day(dt.date(2026, 12, 31)).describe() == "Thursday 2026-12-31: public holiday, B (date estimated)"
    assert cal.version == "test"


def test_every_bad_estimated_flag_of_a_snapshot_is_reported_with_its_value() -> None:
    """Each day's flag is checked (not only the first bad one) and the message shows the value."""
    data = appeal_rules.calendar.default_calendar().snapshot()
    data["days"] = [dict(d) for d in data["days"]]
    data["days"][0]["estimated"] = "false"
    data["days"][3]["estimated"] = None
    with pytest.raises(appeal_rules.errors.InputTypeError) as caught:
        WorkingCalendar.from_snapshot(data)
    assert [(p.path, p.accepted) for p in caught.value.problems] == [
        ("snapshot.days[0].estimated", "true or false"),
        ("snapshot.days[3].estimated", "true or false"),
    ]
    assert ["'false'" in caught.value.problems[0].message, "None" in caught.value.problems[1].message] == [True, True]


@pytest.mark.parametrize("horizon", [10000, 0, -5])
def test_a_snapshot_horizon_that_is_no_year_is_refused(horizon: int) -> None:
    """Was: a horizon of 10000 raised a bare ValueError (outside the library's errors) and one of 0 built
    a calendar saying "the last confirmed year is 0". A horizon is a year from 1 to 9999."""
    data = copy.deepcopy(default_calendar().snapshot())
    data["horizon"] = horizon
    with pytest.raises(appeal_rules.errors.InvalidInputError) as caught:
        WorkingCalendar.from_snapshot(data)
    assert [(p.path, p.accepted) for p in caught.value.problems] == [
        ("snapshot.horizon", "the last confirmed year, from 1 to 9999")]


@pytest.mark.parametrize("horizon", [1, 9999])
def test_a_snapshot_horizon_may_be_any_year_of_the_calendars_dates(horizon: int) -> None:
    """The first and the last year a date can have are horizons a snapshot may state."""
    data = copy.deepcopy(default_calendar().snapshot())
    data["horizon"] = horizon
    assert WorkingCalendar.from_snapshot(data).horizon == horizon


# --- found by fuzzing ----------------------------------------------------------------------------------


def test_a_snapshot_days_estimated_flag_is_true_false_or_absent() -> None:
    """Found by fuzzing. Was (long mode): from_snapshot read a day's "estimated" with bool(), so the JSON string "false"
    meant True, and NotImplemented emitted a DeprecationWarning. Now anything but a bool is refused."""
    for flag in ("false", 0, None, NotImplemented):
        data = copy.deepcopy(default_calendar().snapshot())
        data["days"][0]["estimated"] = flag
        with pytest.raises(InputTypeError) as caught:
            WorkingCalendar.from_snapshot(data)
        assert [(p.path, p.accepted) for p in caught.value.problems] == [
            ("snapshot.days[0].estimated", "true or false")]
    data = copy.deepcopy(default_calendar().snapshot())
    data["days"][0]["estimated"] = True
    first = dt.date.fromisoformat(data["days"][0]["date"])
    assert WorkingCalendar.from_snapshot(data).day(first).estimated
    del data["days"][0]["estimated"]  # absent: not estimated, as snapshot() writes it for old data
    assert not WorkingCalendar.from_snapshot(data).day(first).estimated
