"""Tests that kill the mutants mutation testing found alive (see docs/quality.md, "Mutation testing").

Each section names the functions whose mutants it kills and pins behaviour no other test pinned:

* every error message of the calendar, deadline and rule modules, word for word (the CLI and the
  JSON error payloads show them to people; a changed word is a changed interface);
* the rule-table builders, which run at import time (mutmut cannot tie them to a test otherwise);
* every day record of a freshly built calendar, against a plain reading of the ``holidays`` data
  (the default calendar is built once per process, so only a fresh build exercises the builder);
* snapshots, overlays, the data horizon and the edges of the calendar and of counted periods.

Wrong types are passed through ``ar`` (the package typed ``Any``) so that mypy lets them through.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import warnings
from collections.abc import Callable
from importlib import metadata
from typing import Any

import attrs
import holidays
import pytest

import appeal_rules
import appeal_rules.calendar as calendar_module
from appeal_rules import (
    CONFIRMED_YEARS,
    RULES,
    AcceptanceProof,
    AddresseeCheck,
    AppealedAct,
    BodyKind,
    CalendarOverlay,
    Channel,
    Complaint,
    Convention,
    Day,
    DayKind,
    Escalation,
    MonthRounding,
    ProvisionalPolicy,
    ProvisionalResultWarning,
    Registration,
    Respondent,
    Stage,
    Term,
    Unit,
    WorkingCalendar,
    YearConfirmation,
)
from appeal_rules.procedure import require_valid_addressee

#: The package as ``Any``: calls with deliberately wrong types go through it.
ar: Any = appeal_rules

D = dt.date(2025, 1, 6)
UTC = dt.UTC
FAR_WEST = dt.timezone(-dt.timedelta(hours=23, minutes=59))


def _snap(**changes: object) -> dict[str, Any]:
    """The default calendar's snapshot with keys replaced (or removed, for the value ``KeyError``)."""
    data = dict(ar.default_calendar().snapshot())
    for key, value in changes.items():
        if value is KeyError:
            del data[key]
        else:
            data[key] = value
    return data


def _overlay(**fields: object) -> Any:
    fields.setdefault("act", "Order (test)")
    return ar.CalendarOverlay(**fields)


# --- every error message, word for word ------------------------------------------------------------

#: name -> (the call, the error's exact class, the error's text; "{RULE_IDS}" stands for the rule ids).
ERROR_CASES: dict[str, tuple[Callable[[], object], str, str]] = {
    "calendar.first_year_low": (
        lambda: ar.WorkingCalendar(first_year=1990),
        "InvalidInputError",
        '1 problem:\n- first_year: got 1990; accepted: a whole number >= 1991 and <= 2100',
    ),
    "calendar.first_year_high": (
        lambda: ar.WorkingCalendar(first_year=2101, last_year=2099),
        "InvalidInputError",
        '1 problem:\n- first_year: got 2101; accepted: a whole number >= 1991 and <= 2100',
    ),
    "calendar.last_year_high": (
        lambda: ar.WorkingCalendar(last_year=2100),
        "InvalidInputError",
        '1 problem:\n- last_year: got 2100; accepted: a whole number >= 1991 and <= 2099',
    ),
    "calendar.years_types": (
        lambda: ar.WorkingCalendar(first_year="2020", last_year=True),
        "InputTypeError",
        (
            "2 problems:\n- first_year: got str '2020'; accepted: a whole number (int)\n- last_year: got "
            'bool True; accepted: a whole number (int)'
        ),
    ),
    "calendar.years_reversed": (
        lambda: ar.WorkingCalendar(2025, 2024),
        "InvalidInputError",
        '1 problem:\n- last_year: 2024 is before first_year 2025; accepted: last_year >= first_year',
    ),
    "calendar.overlays_type": (
        lambda: ar.WorkingCalendar(overlays=5),
        "InputTypeError",
        '1 problem:\n- overlays: got int 5; accepted: a list of CalendarOverlay',
    ),
    "calendar.overlays_items": (
        lambda: ar.WorkingCalendar(overlays=[_overlay(), 5]),
        "InputTypeError",
        (
            "1 problem:\n- overlays: got list [CalendarOverlay(act='Order (test)', url='', "
            'days_off=(),...; accepted: a list of CalendarOverlay'
        ),
    ),
    "calendar.confirmations_type": (
        lambda: ar.WorkingCalendar(confirmations=5),
        "InputTypeError",
        (
            '1 problem:\n- confirmations: got int 5; accepted: a list of YearConfirmation (default: '
            'CONFIRMED_YEARS)'
        ),
    ),
    "calendar.confirmations_items": (
        lambda: ar.WorkingCalendar(confirmations=[CONFIRMED_YEARS[0], 2019]),
        "InputTypeError",
        (
            "1 problem:\n- confirmations: got list [YearConfirmation(year=2018, transfer_act='Government "
            'Dec...; accepted: a list of YearConfirmation (default: CONFIRMED_YEARS)'
        ),
    ),
    "calendar.everything_wrong": (
        lambda: ar.WorkingCalendar("x", 1990, overlays={1}, confirmations=None),
        "InvalidInputError",
        (
            "4 problems:\n- first_year: got str 'x'; accepted: a whole number (int)\n- last_year: got "
            '1990; accepted: a whole number >= 1991 and <= 2099\n- overlays: got set {1}; accepted: a list '
            'of CalendarOverlay\n- confirmations: got NoneType None; accepted: a list of YearConfirmation '
            '(default: CONFIRMED_YEARS)'
        ),
    ),
    "calendar.kurban_ait_disagrees": (
        lambda: ar.WorkingCalendar(confirmations=[
            ar.YearConfirmation(2025, "act", "src", dt.date(2025, 6, 7), "kurban source")]).version,
        "CalendarConflictError",
        (
            '1 problem:\n- confirmations[2025]: Kurban Ait 2025-06-07 (kurban source) disagrees with the '
            'holidays data (2025-06-06); accepted: an overlay correcting the date, or a confirmation that '
            'matches the data'
        ),
    ),
    "calendar.kurban_ait_twice": (
        lambda: ar.WorkingCalendar(2039, 2039, confirmations=[
            ar.YearConfirmation(2039, "act", "src", dt.date(2039, 1, 1), "kurban source")]).version,
        "CalendarConflictError",
        (
            "1 problem:\n- confirmations[2039]: Kurban Ait 2039-01-01 (kurban source) disagrees with the "
            "holidays data (2039-01-05, 2039-12-26); accepted: an overlay correcting the date, or a "
            "confirmation that matches the data"
        ),
    ),
    "calendar.kurban_ait_none": (
        lambda: ar.WorkingCalendar(2005, 2005, confirmations=[
            ar.YearConfirmation(2005, "act", "src", dt.date(2005, 1, 21), "kurban source")]).version,
        "CalendarConflictError",
        (
            "1 problem:\n- confirmations[2005]: Kurban Ait 2005-01-21 (kurban source) disagrees with the "
            "holidays data (none); accepted: an overlay correcting the date, or a confirmation that matches "
            "the data"
        ),
    ),
    "snapshot.days_text": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(days="x")),
        "InputTypeError",
        "1 problem:\n- snapshot.days: got str 'x'; accepted: a list of day records",
    ),
    "query.provisional_end_after": (
        lambda: ar.default_calendar().provisional_reasons(dt.date(2025, 1, 6), dt.date(2031, 1, 1)),
        "CalendarRangeError",
        "1 problem:\n- end: 2031-01-01 is outside the calendar; accepted: a date from 2018-01-01 to 2030-12-31",
    ),
    "calendar.resolve_problems_type": (
        lambda: ar.resolve_calendar(False, ()),
        "InputTypeError",
        "1 problem:\n- problems: got tuple (); accepted: a list to collect problems in, or None",
    ),
    "calendar.resolve_problems_type_no_calendar": (  # the default calendar's fast path must not skip the check
        lambda: ar.resolve_calendar(None, ()),
        "InputTypeError",
        "1 problem:\n- problems: got tuple (); accepted: a list to collect problems in, or None",
    ),
    "query.days_start_before": (
        lambda: ar.default_calendar().days(dt.date(2017, 1, 1), dt.date(2025, 1, 1)),
        "CalendarRangeError",
        "1 problem:\n- start: 2017-01-01 is outside the calendar; accepted: a date from 2018-01-01 to 2030-12-31",
    ),
    "snapshot.not_a_mapping": (
        lambda: ar.WorkingCalendar.from_snapshot([1]),
        "InvalidInputError",
        '1 problem:\n- snapshot: got list [1]; accepted: a mapping from WorkingCalendar.snapshot()',
    ),
    "snapshot.all_missing": (
        lambda: ar.WorkingCalendar.from_snapshot({}),
        "InvalidInputError",
        (
            '6 problems:\n- snapshot.first_year: missing; accepted: the output of '
            'WorkingCalendar.snapshot()\n- snapshot.last_year: missing; accepted: the output of '
            'WorkingCalendar.snapshot()\n- snapshot.days: missing; accepted: the output of '
            'WorkingCalendar.snapshot()\n- snapshot.estimated: missing; accepted: the output of '
            'WorkingCalendar.snapshot()\n- snapshot.horizon: missing; accepted: the output of '
            'WorkingCalendar.snapshot()\n- snapshot.version: missing; accepted: the output of '
            'WorkingCalendar.snapshot()'
        ),
    ),
    "snapshot.version_missing": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(version=KeyError)),
        "InvalidInputError",
        '1 problem:\n- snapshot.version: missing; accepted: the output of WorkingCalendar.snapshot()',
    ),
    "snapshot.days_not_list": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(days=None)).version,
        "InputTypeError",
        '1 problem:\n- snapshot.days: got NoneType None; accepted: a list of day records',
    ),
    "snapshot.day_unreadable": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(days=[
            {"date": "2025-13-01", "kind": "holiday"}, {"kind": "holiday"}, {"date": "2025-01-01", "kind": "x"},
            {"date": "2025-01-01", "kind": "holiday", "moved": 5}, 5])).version,
        "InvalidInputError",
        (
            "5 problems:\n- snapshot.days[0]: unreadable: ValueError('month must be in 1..12'); accepted: "
            "a day from WorkingCalendar.snapshot()\n- snapshot.days[1]: unreadable: KeyError('date'); "
            'accepted: a day from WorkingCalendar.snapshot()\n- snapshot.days[2]: unreadable: '
            'ValueError("\'x\' is not a valid DayKind"); accepted: a day from WorkingCalendar.snapshot()\n'
            "- snapshot.days[3]: unreadable: TypeError('fromisoformat: argument must be str'); accepted: a "
            'day from WorkingCalendar.snapshot()\n- snapshot.days[4]: unreadable: TypeError("\'int\' '
            'object is not subscriptable"); accepted: a day from WorkingCalendar.snapshot()'
        ),
    ),
    "snapshot.estimated_not_list": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(estimated="2026-05-27")).version,
        "InputTypeError",
        "1 problem:\n- snapshot.estimated: got str '2026-05-27'; accepted: a list of ISO dates",
    ),
    "snapshot.estimated_unreadable": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(estimated=["x", 5])).version,
        "InvalidInputError",
        (
            '2 problems:\n- snapshot.estimated[0]: unreadable: ValueError("Invalid isoformat string: '
            '\'x\'"); accepted: an ISO date\n- snapshot.estimated[1]: unreadable: '
            "TypeError('fromisoformat: argument must be str'); accepted: an ISO date"
        ),
    ),
    "snapshot.horizon_type": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(horizon="2025")).version,
        "InputTypeError",
        "1 problem:\n- snapshot.horizon: got str '2025'; accepted: a year (int)",
    ),
    "snapshot.horizon_bool": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(horizon=True)).version,
        "InputTypeError",
        '1 problem:\n- snapshot.horizon: got bool True; accepted: a year (int)',
    ),
    "snapshot.version_type": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(version=5)).version,
        "InputTypeError",
        '1 problem:\n- snapshot.version: got int 5; accepted: a string',
    ),
    "snapshot.years_wrong": (
        lambda: ar.WorkingCalendar.from_snapshot(_snap(first_year=1980)).version,
        "InvalidInputError",
        '1 problem:\n- first_year: got 1980; accepted: a whole number >= 1991 and <= 2100',
    ),
    "overlay.act_empty": (
        lambda: ar.CalendarOverlay(act=" "),
        "InvalidInputError",
        "1 problem:\n- act: got str ' '; accepted: the citation of the act, a non-empty string",
    ),
    "overlay.act_type": (
        lambda: ar.CalendarOverlay(act=5),
        "InvalidInputError",
        '1 problem:\n- act: got int 5; accepted: the citation of the act, a non-empty string',
    ),
    "overlay.url_type": (
        lambda: _overlay(url=5),
        "InputTypeError",
        '1 problem:\n- url: got int 5; accepted: a string',
    ),
    "overlay.days_off_type": (
        lambda: _overlay(days_off=5),
        "InputTypeError",
        '1 problem:\n- days_off: got int 5; accepted: a list of datetime.date',
    ),
    "overlay.days_off_items": (
        lambda: _overlay(days_off=[D, "2025-01-07", dt.datetime(2025, 1, 8, tzinfo=UTC)]),
        "InputTypeError",
        (
            "2 problems:\n- days_off[1]: got str '2025-01-07'; accepted: a datetime.date\n- days_off[2]: "
            'got datetime datetime.datetime(2025, 1, 8, 0, 0, tzinfo=datetime.timez...; accepted: a '
            'datetime.date'
        ),
    ),
    "overlay.working_days_set": (
        lambda: _overlay(working_days={D, 5}),
        "InputTypeError",
        '1 problem:\n- working_days[0]: got int 5; accepted: a datetime.date',
    ),
    "overlay.confirms_years_type": (
        lambda: _overlay(confirms_years=2026),
        "InputTypeError",
        '1 problem:\n- confirms_years: got int 2026; accepted: a list of years',
    ),
    "overlay.confirms_years_items": (
        lambda: _overlay(confirms_years=[1990, 2101, True, "2026"]),
        "InvalidInputError",
        (
            '4 problems:\n- confirms_years[0]: got 1990; accepted: a whole number >= 1991 and <= 2100\n- '
            'confirms_years[1]: got 2101; accepted: a whole number >= 1991 and <= 2100\n- '
            'confirms_years[2]: got bool True; accepted: a whole number (int)\n- confirms_years[3]: got '
            "str '2026'; accepted: a whole number (int)"
        ),
    ),
    "overlay.duplicate": (
        lambda: ar.WorkingCalendar(overlays=[_overlay(days_off=[dt.date(2027, 1, 8)]),
                                                              _overlay(act="Second", days_off=[dt.date(2027, 1, 8)])]),
        "CalendarConflictError",
        (
            '1 problem:\n- overlays[1].days_off[0]: duplicate: 2027-01-08 is made a day off here and a day '
            'off by Order (test); accepted: each day named once, by one act'
        ),
    ),
    "overlay.contradiction": (
        lambda: ar.WorkingCalendar(overlays=[
            _overlay(days_off=[dt.date(2027, 1, 16)]), _overlay(act="Second", working_days=[dt.date(2027, 1, 16)])]),
        "CalendarConflictError",
        (
            '2 problems:\n- overlays[0].days_off[0]: 2027-01-16 is a weekend day already; accepted: a day '
            'that is a working day in the base data\n- overlays[1].working_days[0]: contradiction: '
            '2027-01-16 is made a working day here and a day off by Order (test); accepted: each day named '
            'once, by one act'
        ),
    ),
    "overlay.off_on_holiday": (
        lambda: ar.WorkingCalendar(overlays=[_overlay(days_off=[dt.date(2025, 1, 1)])]),
        "CalendarConflictError",
        (
            '1 problem:\n- overlays[0].days_off[0]: 2025-01-01 is already a day off in the base data '
            "(Wednesday 2025-01-01: public holiday, New Year's Day); accepted: a day that is a working day "
            'in the base data'
        ),
    ),
    "overlay.off_on_weekend": (
        lambda: ar.WorkingCalendar(overlays=[_overlay(days_off=[dt.date(2027, 1, 9)])]),
        "CalendarConflictError",
        (
            '1 problem:\n- overlays[0].days_off[0]: 2027-01-09 is a weekend day already; accepted: a day '
            'that is a working day in the base data'
        ),
    ),
    "overlay.working_on_moved_weekend": (
        lambda: ar.WorkingCalendar(overlays=[_overlay(working_days=[dt.date(2025, 1, 5)])]),
        "CalendarConflictError",
        (
            '1 problem:\n- overlays[0].working_days[0]: 2025-01-05 was already moved by the base data '
            '(Sunday 2025-01-05: working day by the transfer act (day off moved to Friday 2025-01-03)); '
            'accepted: a weekend day that the base data leaves as a day off'
        ),
    ),
    "overlay.working_on_weekday": (
        lambda: ar.WorkingCalendar(overlays=[_overlay(working_days=[dt.date(2027, 1, 8)])]),
        "CalendarConflictError",
        (
            '1 problem:\n- overlays[0].working_days[0]: 2027-01-08 is a weekday, already a working day; '
            'accepted: a Saturday or Sunday'
        ),
    ),
    "query.day_before": (
        lambda: ar.is_working_day(dt.date(2017, 12, 31)),
        "CalendarRangeError",
        (
            '1 problem:\n- day: 2017-12-31 is outside the calendar; accepted: a date from 2018-01-01 to '
            '2030-12-31'
        ),
    ),
    "query.day_after": (
        lambda: ar.is_working_day(dt.date(2031, 1, 1)),
        "CalendarRangeError",
        (
            '1 problem:\n- day: 2031-01-01 is outside the calendar; accepted: a date from 2018-01-01 to '
            '2030-12-31'
        ),
    ),
    "query.day_type": (
        lambda: ar.is_working_day("2025-01-06"),
        "InputTypeError",
        "1 problem:\n- day: got str '2025-01-06'; accepted: a datetime.date",
    ),
    "query.day_naive": (
        lambda: ar.is_working_day(dt.datetime(2025, 1, 6, 10)),
        "InvalidInputError",
        (
            '1 problem:\n- day: got a naive datetime 2025-01-06T10:00:00; accepted: a datetime.date, or a '
            'datetime with a time zone (converted to Kazakhstan time)'
        ),
    ),
    "query.day_overflow": (
        lambda: ar.is_working_day(dt.datetime.max.replace(tzinfo=FAR_WEST)),
        "InvalidInputError",
        (
            '1 problem:\n- day: 9999-12-31T23:59:59.999999-23:59 cannot be converted to Kazakhstan time; '
            'accepted: a date in years 2-9998'
        ),
    ),
    "query.add_past_end": (
        lambda: ar.add_working_days(dt.date(2030, 12, 31), 1),
        "CalendarRangeError",
        (
            '1 problem:\n- n: 1 working days from 2030-12-31 run past 2030-12-31; accepted: a count that '
            'stays within 2018-01-01 to 2030-12-31'
        ),
    ),
    "query.add_before_start": (
        lambda: ar.add_working_days(dt.date(2018, 1, 3), -2),
        "CalendarRangeError",
        (
            '1 problem:\n- n: -2 working days from 2018-01-03 run past 2018-01-01; accepted: a count that '
            'stays within 2018-01-01 to 2030-12-31'
        ),
    ),
    "query.add_zero_past_end": (
        lambda: ar.WorkingCalendar(2018, 2018).add_working_days(dt.date(2018, 12, 31), 0),
        "CalendarRangeError",
        (
            '1 problem:\n- n: 0 working days from 2018-12-31 run past 2018-12-31; accepted: a count that '
            'stays within 2018-01-01 to 2018-12-31'
        ),
    ),
    "query.add_n_type": (
        lambda: ar.add_working_days(D, "5"),
        "InputTypeError",
        "1 problem:\n- n: got str '5'; accepted: a whole number (int)",
    ),
    "query.add_both_wrong": (
        lambda: ar.add_working_days("x", 1.5),
        "InputTypeError",
        (
            "2 problems:\n- day: got str 'x'; accepted: a datetime.date\n- n: got float 1.5; accepted: a "
            'whole number (int)'
        ),
    ),
    "query.add_range_and_type": (
        lambda: ar.add_working_days(dt.date(2017, 1, 1), True),
        "InvalidInputError",
        (
            '2 problems:\n- day: 2017-01-01 is outside the calendar; accepted: a date from 2018-01-01 to '
            '2030-12-31\n- n: got bool True; accepted: a whole number (int)'
        ),
    ),
    "query.add_calendar_type": (
        lambda: ar.add_working_days(D, 1, calendar=5),
        "InputTypeError",
        '1 problem:\n- calendar: got int 5; accepted: a WorkingCalendar or None',
    ),
    "query.between_range": (
        lambda: ar.working_days_between(dt.date(2017, 1, 1), dt.date(2031, 1, 1)),
        "CalendarRangeError",
        (
            '2 problems:\n- start: 2017-01-01 is outside the calendar; accepted: a date from 2018-01-01 to '
            '2030-12-31\n- end: 2031-01-01 is outside the calendar; accepted: a date from 2018-01-01 to '
            '2030-12-31'
        ),
    ),
    "query.between_mixed": (
        lambda: ar.working_days_between("a", dt.date(2031, 1, 1)),
        "InvalidInputError",
        (
            "2 problems:\n- start: got str 'a'; accepted: a datetime.date\n- end: 2031-01-01 is outside "
            'the calendar; accepted: a date from 2018-01-01 to 2030-12-31'
        ),
    ),
    "query.days_range": (
        lambda: ar.default_calendar().days(D, dt.date(2031, 1, 1)),
        "CalendarRangeError",
        (
            '1 problem:\n- end: 2031-01-01 is outside the calendar; accepted: a date from 2018-01-01 to '
            '2030-12-31'
        ),
    ),
    "query.day_record": (
        lambda: ar.default_calendar().day(None),
        "InputTypeError",
        '1 problem:\n- day: got NoneType None; accepted: a datetime.date',
    ),
    "query.provisional_range": (
        lambda: ar.default_calendar().provisional_reasons(dt.date(2017, 1, 1), D),
        "CalendarRangeError",
        (
            '1 problem:\n- start: 2017-01-01 is outside the calendar; accepted: a date from 2018-01-01 to '
            '2030-12-31'
        ),
    ),
    "term.negative": (
        lambda: ar.Term(-1, Unit.WORKING_DAYS),
        "InvalidInputError",
        '1 problem:\n- length: got -1; accepted: a whole number >= 0 and <= 100000',
    ),
    "term.too_long": (
        lambda: ar.Term(100_001, Unit.MONTHS),
        "InvalidInputError",
        '1 problem:\n- length: got 100001; accepted: a whole number >= 0 and <= 100000',
    ),
    "term.types": (
        lambda: ar.Term("5", 5),
        "InputTypeError",
        (
            "2 problems:\n- length: got str '5'; accepted: a whole number (int)\n- unit: got int 5; "
            'accepted: a Unit or one of: working_days, calendar_days, months'
        ),
    ),
    "term.unknown_unit": (
        lambda: ar.Term(5, "weeks"),
        "InvalidInputError",
        (
            "1 problem:\n- unit: unknown value 'weeks'; accepted: one of: working_days, calendar_days, "
            'months'
        ),
    ),
    "term.bool": (
        lambda: ar.Term(True, Unit.MONTHS),
        "InputTypeError",
        '1 problem:\n- length: got bool True; accepted: a whole number (int)',
    ),
    "period.start_type": (
        lambda: ar.count_period("2025-01-06", ar.Term(5, Unit.WORKING_DAYS)),
        "InputTypeError",
        "1 problem:\n- start: got str '2025-01-06'; accepted: a datetime.date",
    ),
    "period.start_before": (
        lambda: ar.count_period(dt.date(2017, 1, 1), ar.Term(5, Unit.WORKING_DAYS)),
        "CalendarRangeError",
        (
            '1 problem:\n- start: 2017-01-01 is outside the calendar; accepted: a date from 2018-01-01 to '
            '2030-12-31'
        ),
    ),
    "period.term_type": (
        lambda: ar.count_period(D, 5),
        "InputTypeError",
        '1 problem:\n- term: got int 5; accepted: a Term, e.g. Term(5, Unit.WORKING_DAYS)',
    ),
    "period.all_options_wrong": (
        lambda: ar.count_period(D, 5, convention="x", rounding=1, on_provisional="loud"),
        "InvalidInputError",
        (
            '4 problems:\n- term: got int 5; accepted: a Term, e.g. Term(5, Unit.WORKING_DAYS)\n- '
            "convention: unknown value 'x'; accepted: one of: next_day, same_day, calendar_days, months\n- "
            'rounding: got int 1; accepted: a MonthRounding or one of: down, up\n- on_provisional: unknown '
            "value 'loud'; accepted: one of: mark, warn, raise"
        ),
    ),
    "period.options_strings": (
        lambda: ar.count_period(D, ar.Term(1, Unit.MONTHS), convention="weeks", rounding="sideways"),
        "InvalidInputError",
        (
            "2 problems:\n- convention: unknown value 'weeks'; accepted: one of: next_day, same_day, "
            "calendar_days, months\n- rounding: unknown value 'sideways'; accepted: one of: down, up"
        ),
    ),
    "period.convention_unit": (
        lambda: ar.count_period(D, ar.Term(5, Unit.WORKING_DAYS), convention=Convention.MONTHS),
        "InvalidInputError",
        (
            '1 problem:\n- convention: months counts months, but the term is in working_days; accepted: a '
            'convention for working_days'
        ),
    ),
    "period.convention_unit_cd": (
        lambda: ar.count_period(D, ar.Term(5, Unit.CALENDAR_DAYS), convention="next_day"),
        "InvalidInputError",
        (
            '1 problem:\n- convention: next_day counts working_days, but the term is in calendar_days; '
            'accepted: a convention for calendar_days'
        ),
    ),
    "period.wd_past_end": (
        lambda: ar.count_period(dt.date(2030, 12, 27), ar.Term(5, Unit.WORKING_DAYS)),
        "CalendarRangeError",
        (
            "1 problem:\n- term: 5 working days from 2030-12-27 run past 2030-12-31, the calendar's last day; "
            "accepted: a period within the calendar's range, 2018-01-01 to 2030-12-31"
        ),
    ),
    "period.cd_past_end": (
        lambda: ar.count_period(dt.date(2030, 12, 27), ar.Term(5, Unit.CALENDAR_DAYS)),
        "CalendarRangeError",
        (
            "1 problem:\n- term: 5 calendar days from 2030-12-27 run past 2030-12-31, the calendar's last day; "
            "accepted: a period within the calendar's range, 2018-01-01 to 2030-12-31"
        ),
    ),
    "period.cd_roll_past_end": (
        lambda: ar.count_period(dt.date(2018, 12, 30), ar.Term(1, Unit.CALENDAR_DAYS),
                                                           calendar=ar.WorkingCalendar(2018, 2018)),
        "CalendarRangeError",
        (
            "1 problem:\n- term: 1 calendar day from 2018-12-30 run past 2018-12-31, the calendar's last day; "
            "accepted: a period within the calendar's range, 2018-01-01 to 2018-12-31"
        ),
    ),
    "period.months_past_end": (
        lambda: ar.count_period(dt.date(2030, 6, 30), ar.Term(7, Unit.MONTHS)),
        "CalendarRangeError",
        (
            "1 problem:\n- term: 7 months from 2030-06-30 run past 2030-12-31, the calendar's last day; "
            "accepted: a period within the calendar's range, 2018-01-01 to 2030-12-31"
        ),
    ),
    "period.months_past_9999": (
        lambda: ar.count_period(dt.date(2020, 1, 31), ar.Term(100_000, Unit.MONTHS)),
        "CalendarRangeError",
        (
            '1 problem:\n- term: 2020-01-31 + 100000 months is past year 9999; accepted: a period ending '
            'within the calendar'
        ),
    ),
    "period.ambiguous": (
        lambda: ar.count_period(dt.date(2025, 1, 31), ar.Term(1, Unit.MONTHS)),
        "AmbiguousDateError",
        (
            '1 problem:\n- rounding: 2025-01-31 + 1 month(s) has no day 31 in February 2025; accepted: '
            'rounding=MonthRounding.DOWN (last day of that month, as Civil Code art. 174 prescribes) or '
            'MonthRounding.UP (first day of the next month)'
        ),
    ),
    "period.ambiguous_leap": (
        lambda: ar.count_period(dt.date(2024, 2, 29), ar.Term(12, Unit.MONTHS)),
        "AmbiguousDateError",
        (
            '1 problem:\n- rounding: 2024-02-29 + 12 month(s) has no day 29 in February 2025; accepted: '
            'rounding=MonthRounding.DOWN (last day of that month, as Civil Code art. 174 prescribes) or '
            'MonthRounding.UP (first day of the next month)'
        ),
    ),
    "period.raise": (
        lambda: ar.count_period(dt.date(2026, 12, 29), ar.Term(5, Unit.WORKING_DAYS),
                                                on_provisional=ProvisionalPolicy.RAISE),
        "ProvisionalResultError",
        (
            'provisional result: 2027-01-01 is past the calendar data horizon (the last confirmed year is '
            '2026): for 2027 the act moving days off (or word that none was issued) is not confirmed; to '
            'settle it, confirm 2027 with an overlay (a file passed with --overlay, or '
            'CalendarOverlay(confirms_years=(2027,)) in Python)'
        ),
    ),
    "period.calendar_type": (
        lambda: ar.count_period(D, ar.Term(5, Unit.WORKING_DAYS), calendar="default"),
        "InputTypeError",
        "1 problem:\n- calendar: got str 'default'; accepted: a WorkingCalendar or None",
    ),
    "hours.types": (
        lambda: ar.OfficeHours(9, "18:30"),
        "InputTypeError",
        (
            '2 problems:\n- opens: got int 9; accepted: a naive datetime.time (local time)\n- closes: got '
            "str '18:30'; accepted: a naive datetime.time (local time)"
        ),
    ),
    "hours.aware": (
        lambda: ar.OfficeHours(dt.time(9, tzinfo=UTC), dt.time(18)),
        "InputTypeError",
        (
            '1 problem:\n- opens: got time datetime.time(9, 0, tzinfo=datetime.timezone.utc); accepted: a '
            'naive datetime.time (local time)'
        ),
    ),
    "hours.reversed": (
        lambda: ar.OfficeHours(dt.time(18), dt.time(9)),
        "InvalidInputError",
        '1 problem:\n- closes: 09:00:00 is not after 18:00:00; accepted: closes > opens',
    ),
    "hours.equal": (
        lambda: ar.OfficeHours(dt.time(9), dt.time(9)),
        "InvalidInputError",
        '1 problem:\n- closes: 09:00:00 is not after 09:00:00; accepted: closes > opens',
    ),
    "registration.naive": (
        lambda: ar.registration_date(dt.datetime(2025, 1, 6, 10)),
        "InvalidInputError",
        (
            '1 problem:\n- arrived: got a naive datetime 2025-01-06T10:00:00; accepted: a datetime with a '
            "time zone (e.g. tzinfo=ZoneInfo('Asia/Almaty'))"
        ),
    ),
    "registration.date": (
        lambda: ar.registration_date(D),
        "InputTypeError",
        (
            '1 problem:\n- arrived: got date datetime.date(2025, 1, 6); accepted: an aware '
            'datetime.datetime'
        ),
    ),
    "registration.everything_wrong": (
        lambda: ar.registration_date("x", office_hours=(9, 18), time_zone=5,
                                                                     calendar=5),
        "InputTypeError",
        (
            "3 problems:\n- arrived: got str 'x'; accepted: an aware datetime.datetime\n- office_hours: "
            'got tuple (9, 18); accepted: an OfficeHours\n- time_zone: got int 5; accepted: an IANA zone '
            'name'
        ),
    ),
    "registration.unknown_zone": (
        lambda: ar.registration_date(dt.datetime(2025, 1, 6, 10, tzinfo=UTC),
                                                                 time_zone="Asia/Nowhere"),
        "InvalidInputError",
        (
            "1 problem:\n- time_zone: unknown zone 'Asia/Nowhere'; accepted: an IANA zone such as "
            "'Asia/Almaty'"
        ),
    ),
    "registration.bad_zone_key": (
        lambda: ar.registration_date(dt.datetime(2025, 1, 6, 10, tzinfo=UTC),
                                                                 time_zone="../etc"),
        "InvalidInputError",
        "1 problem:\n- time_zone: unknown zone '../etc'; accepted: an IANA zone such as 'Asia/Almaty'",
    ),
    "registration.overflow": (
        lambda: ar.registration_date(dt.datetime.max.replace(tzinfo=FAR_WEST)),
        "InvalidInputError",
        (
            '1 problem:\n- arrived: 9999-12-31T23:59:59.999999-23:59 cannot be converted; accepted: a date '
            "in the calendar's range"
        ),
    ),
    "registration.outside": (
        lambda: ar.registration_date(dt.datetime(2031, 1, 6, 10, tzinfo=UTC)),
        "CalendarRangeError",
        (
            '1 problem:\n- day: 2031-01-06 is outside the calendar; accepted: a date from 2018-01-01 to '
            '2030-12-31'
        ),
    ),
    "registration.next_day_outside": (
        lambda: ar.registration_date(dt.datetime(2030, 12, 31, 17, tzinfo=UTC)),
        "CalendarRangeError",
        (
            '1 problem:\n- n: 1 working days from 2030-12-31 run past 2030-12-31; accepted: a count that '
            'stays within 2018-01-01 to 2030-12-31'
        ),
    ),
    "rule.unknown": (
        lambda: ar.rule("courts"),
        "InvalidInputError",
        "1 problem:\n- rule_id: unknown rule 'courts'; accepted: one of: {RULE_IDS}",
    ),
    "rule.type": (
        lambda: ar.rule(5),
        "InvalidInputError",
        '1 problem:\n- rule_id: unknown rule 5; accepted: one of: {RULE_IDS}',
    ),
    "rule_version.before": (
        lambda: ar.rule_version("court", dt.date(2017, 12, 31)),
        "OutsideCoverageError",
        (
            '1 problem:\n- on: 2017-12-31 is before the rules this library encodes; accepted: a date on or '
            'after 2018-01-01'
        ),
    ),
    "rule_version.unknown": (
        lambda: ar.rule_version("courts", D),
        "InvalidInputError",
        "1 problem:\n- rule_id: unknown rule 'courts'; accepted: one of: {RULE_IDS}",
    ),
    "rule_version.date_type": (
        lambda: ar.rule_version("court", "2025-01-06"),
        "InputTypeError",
        "1 problem:\n- on: got str '2025-01-06'; accepted: a datetime.date",
    ),
    "rule_version.naive": (
        lambda: ar.rule_version(5, dt.datetime(2025, 1, 6)),
        "InvalidInputError",
        (
            '1 problem:\n- on: got a naive datetime 2025-01-06T00:00:00; accepted: a datetime.date, or a '
            'datetime with a time zone (converted to Kazakhstan time)'
        ),
    ),
    "rule_version.aware_before": (
        lambda: ar.rule_version("court", dt.datetime(2017, 12, 31, 12, tzinfo=UTC)),
        "OutsideCoverageError",
        (
            '1 problem:\n- on: 2017-12-31 is before the rules this library encodes; accepted: a date on or '
            'after 2018-01-01'
        ),
    ),
    "in_force_on.type": (
        lambda: ar.rule_version("court", D).in_force_on("2025-01-06"),
        "InputTypeError",
        "1 problem:\n- day: got str '2025-01-06'; accepted: a datetime.date",
    ),
    "procedure.pending_after_due": (
        lambda: ar.escalation_options(
            ar.Stage.FIRST_INSTANCE_PENDING,
            on=dt.date(2025, 2, 11),
            registered_on=dt.date(2025, 2, 3),
        ),
        "InvalidInputError",
        (
            '1 problem:\n- stage: the review term ended on 2025-02-10, before on 2025-02-11; accepted: '
            'stage first_instance_overdue or an answered stage'
        ),
    ),
    "procedure.quality_pending_after_due": (
        lambda: ar.escalation_options(
            ar.Stage.QUALITY_PENDING,
            on=dt.date(2025, 2, 25),
            registered_on=dt.date(2025, 2, 3),
        ),
        "InvalidInputError",
        (
            '1 problem:\n- stage: the review term ended on 2025-02-24, before on 2025-02-25; accepted: '
            'stage quality_overdue or an answered stage'
        ),
    ),
    "procedure.overdue_too_early": (
        lambda: ar.escalation_options(
            ar.Stage.FIRST_INSTANCE_OVERDUE,
            on=dt.date(2025, 2, 10),
            registered_on=dt.date(2025, 2, 3),
        ),
        "InvalidInputError",
        (
            '1 problem:\n- stage: the review term runs until 2025-02-10, on or after on 2025-02-10; '
            'accepted: a pending stage until the term has run out'
        ),
    ),
    "procedure.missing_registration": (
        lambda: ar.escalation_options("quality_overdue", on=dt.date(2025, 2, 10)),
        "InvalidInputError",
        (
            '1 problem:\n- registered_on: missing at stage quality_overdue; accepted: the date the '
            'complaint was registered'
        ),
    ),
    "procedure.escalation_everything_wrong": (
        lambda: ar.escalation_options(
            "stage 9",
            on="today",
            respondent=5,
            registered_on=dt.datetime(2025, 1, 1),
            answered_on=1,
            learned_on="x",
            has_superior="yes",
            rules_on=3,
        ),
        "InvalidInputError",
        (
            "8 problems:\n- stage: unknown value 'stage 9'; accepted: one of: before_filing, "
            'first_instance_pending, first_instance_overdue, first_instance_answered, quality_pending, '
            "quality_overdue, quality_answered, court\n- on: got str 'today'; accepted: a datetime.date\n- "
            'respondent: got int 5; accepted: a Respondent or one of: service_provider, provider_official, '
            'state_corporation, state_corporation_employee\n- registered_on: got a naive datetime '
            '2025-01-01T00:00:00; accepted: a datetime.date, or a datetime with a time zone (converted to '
            'Kazakhstan time)\n- answered_on: got int 1; accepted: a datetime.date\n- learned_on: got str '
            "'x'; accepted: a datetime.date\n- has_superior: got str 'yes'; accepted: True or False\n- "
            'rules_on: got int 3; accepted: a datetime.date'
        ),
    ),
    "procedure.dates_after_on": (
        lambda: ar.escalation_options(
            ar.Stage.FIRST_INSTANCE_ANSWERED,
            on=dt.date(2025, 2, 3),
            registered_on=dt.date(2025, 2, 4),
            answered_on=dt.date(2025, 2, 5),
            learned_on=dt.date(2025, 2, 6),
        ),
        "InvalidInputError",
        (
            '3 problems:\n- registered_on: 2025-02-04 is after on 2025-02-03; accepted: a date on or '
            'before on\n- answered_on: 2025-02-05 is after on 2025-02-03; accepted: a date on or before '
            'on\n- learned_on: 2025-02-06 is after on 2025-02-03; accepted: a date on or before on'
        ),
    ),
    "procedure.answered_before_registered": (
        lambda: ar.escalation_options(
            ar.Stage.FIRST_INSTANCE_ANSWERED,
            on=dt.date(2025, 2, 10),
            registered_on=dt.date(2025, 2, 4),
            answered_on=dt.date(2025, 2, 3),
        ),
        "InvalidInputError",
        (
            '1 problem:\n- answered_on: 2025-02-03 is before registered_on 2025-02-04; accepted: a date on '
            'or after registered_on'
        ),
    ),
    "procedure.escalation_before_coverage": (
        lambda: ar.escalation_options(ar.Stage.BEFORE_FILING, on=dt.date(2017, 12, 29)),
        "OutsideCoverageError",
        (
            '1 problem:\n- on: 2017-12-29 is before the rules this library encodes; accepted: a date on or '
            'after 2018-01-01'
        ),
    ),
    "procedure.deadline_court": (
        lambda: ar.review_deadline(dt.date(2025, 2, 3), ar.BodyKind.COURT),
        "InvalidInputError",
        (
            "1 problem:\n- reviewer: a court's time limits are not review terms under this procedure; "
            'accepted: service_provider, ministry, state_corporation or quality_authority'
        ),
    ),
    "procedure.deadline_everything_wrong": (
        lambda: ar.review_deadline("2025-02-03", "judge", lodged_on=5, rules_on="x"),
        "InvalidInputError",
        (
            "4 problems:\n- registered_on: got str '2025-02-03'; accepted: a datetime.date\n- reviewer: "
            "unknown value 'judge'; accepted: one of: service_provider, ministry, state_corporation, "
            'quality_authority, court\n- lodged_on: got int 5; accepted: a datetime.date\n- rules_on: got '
            "str 'x'; accepted: a datetime.date"
        ),
    ),
    "procedure.deadline_lodged_after": (
        lambda: ar.review_deadline(dt.date(2025, 2, 3), ar.BodyKind.MINISTRY, lodged_on=dt.date(2025, 2, 4)),
        "InvalidInputError",
        (
            '1 problem:\n- registered_on: 2025-02-03 is before lodged_on 2025-02-04; accepted: a '
            'registration date on or after the day the complaint was lodged'
        ),
    ),
    "procedure.deadline_convention_unit": (
        lambda: ar.review_deadline(dt.date(2025, 2, 3), ar.BodyKind.MINISTRY, convention=ar.Convention.MONTHS),
        "InvalidInputError",
        (
            '1 problem:\n- convention: months counts months, but the term is in working_days; accepted: a '
            'convention for working_days'
        ),
    ),
    "procedure.proof_at_court": (
        lambda: ar.acceptance_proof(ar.BodyKind.COURT, ar.Channel.POST, rules_on=dt.date(2025, 1, 6)),
        "InvalidInputError",
        (
            '1 problem:\n- office: a court does not take or review complaints under this procedure; '
            'accepted: service_provider, ministry, state_corporation or quality_authority'
        ),
    ),
    "procedure.proof_everything_wrong": (
        lambda: ar.acceptance_proof("bank", 5, rules_on=None),
        "InvalidInputError",
        (
            "3 problems:\n- office: unknown value 'bank'; accepted: one of: service_provider, ministry, "
            'state_corporation, quality_authority, court\n- channel: got int 5; accepted: a Channel or one '
            'of: post, in_person, portal\n- rules_on: got NoneType None; accepted: a datetime.date'
        ),
    ),
    "procedure.answer_types": (
        lambda: ar.answer_delivery(5, "fax", rules_on=dt.date(2017, 1, 1)),
        "InvalidInputError",
        (
            '2 problems:\n- office: got int 5; accepted: a BodyKind or one of: service_provider, ministry, '
            "state_corporation, quality_authority, court\n- channel: unknown value 'fax'; accepted: one "
            'of: post, in_person, portal'
        ),
    ),
    "procedure.addressees_types": (
        lambda: ar.addressees("me", rules_on="2025-01-06"),
        "InvalidInputError",
        (
            "2 problems:\n- respondent: unknown value 'me'; accepted: one of: service_provider, "
            'provider_official, state_corporation, state_corporation_employee\n- rules_on: got str '
            "'2025-01-06'; accepted: a datetime.date"
        ),
    ),
    "procedure.check_addressee_types": (
        lambda: ar.check_addressee(1, 2, rules_on=3),
        "InputTypeError",
        (
            '3 problems:\n- respondent: got int 1; accepted: a Respondent or one of: service_provider, '
            'provider_official, state_corporation, state_corporation_employee\n- addressee: got int 2; '
            'accepted: a BodyKind or one of: service_provider, ministry, state_corporation, '
            'quality_authority, court\n- rules_on: got int 3; accepted: a datetime.date'
        ),
    ),
    "procedure.portal_status_type": (
        lambda: ar.portal_transitions("sent"),
        "InvalidInputError",
        (
            "1 problem:\n- status: unknown value 'sent'; accepted: one of: delivered, registered, "
            'in_execution, answered, refused_review'
        ),
    ),
    "procedure.transition_from_final": (
        lambda: ar.check_transition(ar.PortalStatus.ANSWERED, ar.PortalStatus.DELIVERED),
        "InvalidTransitionError",
        (
            '1 problem:\n- new: the portal does not move from answered to delivered; accepted: no further '
            'status: answered is final'
        ),
    ),
    "procedure.transition_skipping": (
        lambda: ar.check_transition(ar.PortalStatus.DELIVERED, ar.PortalStatus.ANSWERED),
        "InvalidTransitionError",
        (
            '1 problem:\n- new: the portal does not move from delivered to answered; accepted: one of: '
            'registered'
        ),
    ),
    "procedure.transition_types": (
        lambda: ar.check_transition(1, "x"),
        "InvalidInputError",
        (
            '2 problems:\n- current: got int 1; accepted: a PortalStatus or one of: delivered, registered, '
            "in_execution, answered, refused_review\n- new: unknown value 'x'; accepted: one of: "
            'delivered, registered, in_execution, answered, refused_review'
        ),
    ),
    "procedure.quality_name_type": (
        lambda: ar.quality_authority_name("2025-01-06"),
        "InputTypeError",
        "1 problem:\n- on: got str '2025-01-06'; accepted: a datetime.date",
    ),
    "procedure.assess_types": (
        lambda: ar.assess("complaint", registration=5, on="x"),
        "InputTypeError",
        (
            "3 problems:\n- complaint: got str 'complaint'; accepted: a Complaint\n- registration: got int "
            "5; accepted: a Registration or None\n- on: got str 'x'; accepted: a datetime.date"
        ),
    ),
    "procedure.deadline_outside": (
        lambda: ar.review_deadline(dt.date(2031, 1, 6), ar.BodyKind.MINISTRY),
        "CalendarRangeError",
        (
            '1 problem:\n- registered_on: 2031-01-06 is outside the calendar; accepted: a date from '
            '2018-01-01 to 2030-12-31'
        ),
    ),
    "procedure.require_valid_addressee": (
        lambda: require_valid_addressee(
            ar.Respondent.PROVIDER_OFFICIAL, ar.BodyKind.STATE_CORPORATION,
            rules_on=dt.date(2025, 1, 6),
        ),
        "InvalidAddresseeError",
        (
            '1 problem:\n- addressee: A complaint about the provider or its official goes to the head of '
            'the provider or the head of the ministry over it: not to the state corporation (Service '
            'standard, appeal procedure (2018), clause 2; Law "On State Services" No. 88-V of 15.04.2013, '
            'art. 25); accepted: one of: service_provider, ministry'
        ),
    ),
    "procedure.has_superior_type_only": (
        lambda: ar.escalation_options(ar.Stage.BEFORE_FILING, on=dt.date(2025, 1, 6), has_superior="yes"),
        "InputTypeError",
        "1 problem:\n- has_superior: got str 'yes'; accepted: True or False",
    ),
    "procedure.missing_registration_member": (
        lambda: ar.escalation_options(ar.Stage.FIRST_INSTANCE_OVERDUE, on=dt.date(2025, 2, 10)),
        "InvalidInputError",
        (
            '1 problem:\n- registered_on: missing at stage first_instance_overdue; accepted: the date the '
            'complaint was registered'
        ),
    ),
    "procedure.escalation_calendar_and_stage": (
        lambda: ar.escalation_options("stage 9", on=dt.date(2025, 1, 6), calendar=5),
        "InvalidInputError",
        (
            "2 problems:\n- stage: unknown value 'stage 9'; accepted: one of: before_filing, "
            'first_instance_pending, first_instance_overdue, first_instance_answered, quality_pending, '
            'quality_overdue, quality_answered, court\n- calendar: got int 5; accepted: a WorkingCalendar '
            'or None'
        ),
    ),
    "procedure.assess_calendar_and_on": (
        lambda: ar.assess(
            ar.Complaint("service_provider",
            "decision",
            "post", dt.date(2025, 1, 6)),
            on="x",
            calendar=5,
        ),
        "InputTypeError",
        (
            "2 problems:\n- on: got str 'x'; accepted: a datetime.date\n- calendar: got int 5; accepted: a "
            'WorkingCalendar or None'
        ),
    ),
    "procedure.assess_on_before_registration": (
        lambda: ar.assess(
            ar.Complaint("service_provider",
            "decision",
            "post", dt.date(2025, 1, 6)),
            registration=ar.Registration(dt.date(2025, 1, 8)),
            on=dt.date(2025, 1, 7),
        ),
        "InvalidInputError",
        (
            '1 problem:\n- on: 2025-01-07 is before the complaint was registered; accepted: a date on or '
            'after that day'
        ),
    ),
    "procedure.assess_on_before_lodging": (
        lambda: ar.assess(
            ar.Complaint("service_provider",
            "decision",
            "post", dt.date(2025, 1, 6)),
            on=dt.date(2025, 1, 5),
        ),
        "InvalidInputError",
        (
            '1 problem:\n- on: 2025-01-05 is before the complaint was lodged; accepted: a date on or after '
            'that day'
        ),
    ),
    "procedure.assess_registration_body": (
        lambda: ar.assess(
            ar.Complaint("state_corporation",
            "decision",
            "post", dt.date(2025, 1, 6)),
            registration=ar.Registration(dt.date(2025, 1, 6), ar.BodyKind.MINISTRY),
        ),
        "InvalidAddresseeError",
        (
            '1 problem:\n- registration.body: ministry may not receive this complaint; accepted: one of: '
            'state_corporation'
        ),
    ),
    "procedure.assess_registration_body_and_date": (
        lambda: ar.assess(
            ar.Complaint("state_corporation",
            "decision",
            "post", dt.date(2025, 1, 6)),
            registration=ar.Registration(dt.date(2025, 1, 3), ar.BodyKind.MINISTRY),
        ),
        "InvalidInputError",
        (
            '2 problems:\n- registration.registered_on: 2025-01-03 is before the complaint was lodged '
            '(2025-01-06); accepted: a date on or after complaint.lodged_on\n- registration.body: ministry '
            'may not receive this complaint; accepted: one of: state_corporation'
        ),
    ),
}


@pytest.mark.parametrize("name", sorted(ERROR_CASES))
def test_error_message(name: str) -> None:
    """The error a bad input raises: its exact class and every problem's path, message and accepted text."""
    call, error_type, text = ERROR_CASES[name]
    with pytest.raises(appeal_rules.AppealRulesError) as info:
        call()
    assert type(info.value).__name__ == error_type
    assert str(info.value) == text.replace("{RULE_IDS}", ", ".join(r.id for r in RULES))


def test_provisional_error_joins_every_reason() -> None:
    """Under ``raise`` the message lists each reason, "; "-separated (one for each unconfirmed year)."""
    with pytest.raises(appeal_rules.ProvisionalResultError) as info:
        appeal_rules.count_period(dt.date(2027, 12, 27), Term(5, Unit.WORKING_DAYS),
                                  on_provisional=ProvisionalPolicy.RAISE)
    assert str(info.value) == (
        "provisional result: 2027-12-28 is past the calendar data horizon (the last confirmed year is 2026): for "
        "2027 the act moving days off (or word that none was issued) is not confirmed; to settle it, confirm 2027 "
        "with an overlay (a file passed with --overlay, or CalendarOverlay(confirms_years=(2027,)) in Python); "
        "2028-01-01 is past the calendar data horizon (the last confirmed year is 2026): for 2028 the act moving "
        "days off (or word that none was issued) is not confirmed; to settle it, confirm 2028 with an overlay (a "
        "file passed with --overlay, or CalendarOverlay(confirms_years=(2028,)) in Python)"
    )


def test_provisional_warning_message() -> None:
    with pytest.warns(ProvisionalResultWarning) as record:
        appeal_rules.count_period(dt.date(2026, 12, 29), Term(5, Unit.WORKING_DAYS),
                                  on_provisional=ProvisionalPolicy.WARN)
    assert len(record) == 1
    assert str(record[0].message) == (
        "provisional result: 2027-01-01 is past the calendar data horizon (the last confirmed year is 2026): for "
        "2027 the act moving days off (or word that none was issued) is not confirmed; to settle it, confirm 2027 "
        "with an overlay (a file passed with --overlay, or CalendarOverlay(confirms_years=(2027,)) in Python)"
    )


@pytest.mark.skipif("MUTANT_UNDER_TEST" in os.environ,
                    reason="mutmut's trampolines add frames outside the package between the library's own")
def test_fixed_provisional_warning_points_at_the_caller() -> None:
    """A warning is attributed to the caller's line, as ``warnings.warn(stacklevel=...)`` is meant to do.

    Found by mutation testing (a surviving ``stacklevel`` mutant): count_period's warning pointed at
    src/appeal_rules/deadlines.py and a first review_deadline's at procedure.py; fixed in ecb5a45.
    """
    cal = WorkingCalendar(2026, 2027)
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        appeal_rules.count_period(dt.date(2026, 12, 29), Term(5, Unit.WORKING_DAYS),
                                  on_provisional=ProvisionalPolicy.WARN)
        appeal_rules.review_deadline(dt.date(2026, 12, 26), appeal_rules.BodyKind.MINISTRY, calendar=cal,
                                     on_provisional=ProvisionalPolicy.WARN)
    assert [w.category for w in record] == [ProvisionalResultWarning, ProvisionalResultWarning]
    assert [w.filename for w in record] == [__file__, __file__]


def test_mark_neither_warns_nor_raises() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        period = appeal_rules.count_period(dt.date(2026, 12, 29), Term(5, Unit.WORKING_DAYS))
    assert period.provisional


# --- the rule-table builders (run at import time) ------------------------------------------------------


def test_rule_versions_cover_every_day_without_gaps_or_overlaps() -> None:
    """Each rule's versions follow one another day after day; the last is still in force."""
    for r in RULES:
        assert r.versions, r.id
        for earlier, later in zip(r.versions, r.versions[1:], strict=False):
            assert earlier.effective_to is not None, earlier.version
            assert later.effective_from == earlier.effective_to + dt.timedelta(days=1), later.version
        assert r.versions[-1].effective_to is None, r.id
        assert r.versions[0].effective_from <= dt.date(2018, 1, 1), r.id


def test_in_force_on_edges_and_inputs() -> None:
    """in_force_on: both ends included; aware datetimes are read in Kazakhstan time, date subclasses as dates."""
    v2018 = appeal_rules.rule_version("court", dt.date(2019, 1, 1))
    assert v2018.in_force_on(dt.date(2018, 1, 1))
    assert v2018.in_force_on(dt.date(2021, 6, 30))
    assert not v2018.in_force_on(dt.date(2021, 7, 1))
    assert not v2018.in_force_on(dt.date(2017, 12, 31))
    # 2021-06-30 20:00 UTC is 1 July 02:00 in Almaty: the APPC regime.
    assert not v2018.in_force_on(dt.datetime(2021, 6, 30, 20, tzinfo=UTC))
    assert v2018.in_force_on(dt.datetime(2021, 6, 30, 12, tzinfo=UTC))

    class Sub(dt.date):
        pass

    assert v2018.in_force_on(Sub(2021, 6, 30))
    assert not v2018.in_force_on(Sub(2021, 7, 1))


@pytest.mark.parametrize(("term", "text"), [
    (Term(0, Unit.WORKING_DAYS), "0 working days"),
    (Term(1, Unit.WORKING_DAYS), "1 working day"),
    (Term(2, Unit.CALENDAR_DAYS), "2 calendar days"),
    (Term(1, Unit.MONTHS), "1 month"),
    (Term(12, Unit.MONTHS), "12 months"),
])
def test_term_describe(term: Term, text: str) -> None:
    assert term.describe() == text


# --- a freshly built calendar, day by day, against the holidays data -----------------------------------

_SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d{2})/(\d{2})/(\d{4})\)$")


def expected_days(first_year: int, last_year: int) -> dict[dt.date, Day]:
    """Every special day of the calendar, read straight from ``holidays`` (names, transfers, carry-overs).

    A transferred day off is recognised by its name, "Day off (substituted from MM/DD/YYYY)", which
    also gives the day it was moved from; a carried-over holiday by its "(observed)" suffix; an
    estimated date by the "(estimated)" name ``islamic_show_estimated=True`` gives it in years that
    :data:`~appeal_rules.CONFIRMED_YEARS` does not confirm.
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
                           act=calendar_module._CARRY_OVER_ACT)
        else:
            estimated = flagged.get(day) != name and day.year not in confirmed
            out[day] = Day(day, DayKind.HOLIDAY, name, act=calendar_module._HOLIDAY_ACT, estimated=estimated)
    for day in named.weekend_workdays:
        if first_year <= day.year <= last_year:
            out[day] = Day(day, DayKind.WORKING_WEEKEND, "Working day", moved_to.get(day), act(day.year))
    return out


@pytest.mark.parametrize(("first_year", "last_year"), [(2018, 2030), (2014, 2017)])
def test_fresh_calendar_days_match_the_holidays_data(first_year: int, last_year: int) -> None:
    """Every day of a new calendar: kind, name, the other end of a transfer, the act, the estimate flag."""
    cal = WorkingCalendar(first_year, last_year)
    expected = expected_days(first_year, last_year)
    wrong = []
    for day in cal.days(cal.first_day, cal.last_day):
        want = expected.get(day.date) or Day(day.date, DayKind.WEEKEND if day.date.weekday() >= 5 else DayKind.WORKING)
        if day != want:
            wrong.append((day, want))
    assert wrong == []
    assert len(cal.snapshot()["days"]) == len(expected)


def test_fresh_calendar_horizon_version_and_estimates() -> None:
    cal = WorkingCalendar(2018, 2030)
    assert cal.horizon == 2026
    assert cal.version == f"holidays {metadata.version('holidays')}; overlays none; horizon 2026"
    snapshot = cal.snapshot()
    assert snapshot["estimated"] == [d.isoformat() for d, day in sorted(expected_days(2018, 2030).items())
                                     if day.estimated]
    assert snapshot["estimated"][0] == "2027-05-16"
    assert cal.provisional_reasons(dt.date(2026, 12, 31), dt.date(2026, 12, 31)) == ()
    assert cal.provisional_reasons(dt.date(2027, 1, 1), dt.date(2027, 1, 1)) == (
        "2027-01-01 is past the calendar data horizon (the last confirmed year is 2026): for 2027 the act moving "
        "days off (or word that none was issued) is not confirmed; to settle it, confirm 2027 with an overlay (a "
        "file passed with --overlay, or CalendarOverlay(confirms_years=(2027,)) in Python)",
    )


def test_default_calendar_years() -> None:
    """WorkingCalendar() holds 2018 to 2030; the narrowest calendars build too."""
    cal = WorkingCalendar()
    assert (cal.first_day, cal.last_day) == (dt.date(2018, 1, 1), dt.date(2030, 12, 31))
    assert (cal.first_year, cal.last_year) == (2018, 2030)
    assert repr(cal) == "WorkingCalendar(first_year=2018, last_year=2030, overlays=0)"
    assert WorkingCalendar(1991, 1991).is_working_day(dt.date(1991, 12, 31))
    assert WorkingCalendar(2099, 2099).last_day == dt.date(2099, 12, 31)


def test_horizon_at_and_before_the_first_year() -> None:
    """A calendar whose first year is the last confirmed one is confirmed in it; one that starts later is not."""
    starts_confirmed = WorkingCalendar(2026, 2027)
    assert starts_confirmed.horizon == 2026
    assert starts_confirmed.provisional_reasons(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == ()
    unconfirmed = WorkingCalendar(2027, 2028)
    assert unconfirmed.horizon == 2026
    assert unconfirmed.provisional_reasons(dt.date(2027, 1, 1), dt.date(2027, 1, 1)) == (
        "2027-01-01 is past the calendar data horizon (the last confirmed year is 2026): for 2027 the act moving "
        "days off (or word that none was issued) is not confirmed; to settle it, confirm 2027 with an overlay (a "
        "file passed with --overlay, or CalendarOverlay(confirms_years=(2027,)) in Python)",
    )


def test_default_calendar_is_built_once_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar_module, "_DEFAULT", None)
    first = appeal_rules.default_calendar()
    assert isinstance(first, WorkingCalendar)
    assert (first.first_year, first.last_year, first.overlays) == (2018, 2030, ())
    assert appeal_rules.default_calendar() is first
    assert appeal_rules.resolve_calendar(None) is first


def test_provisional_reasons_name_every_estimated_holiday() -> None:
    """One reason per unconfirmed year, each naming that year's estimated Kurban Ait."""
    reasons = appeal_rules.default_calendar().provisional_reasons(dt.date(2027, 1, 1), dt.date(2028, 12, 31))
    assert [r.split(" is past")[0] for r in reasons] == ["2027-01-01", "2028-01-01"]
    assert ["(estimated 2027-05-16;" in r for r in reasons] == [True, False]
    assert ["(estimated 2028-05-05;" in r for r in reasons] == [False, True]


def test_every_period_names_the_calendar_version() -> None:
    version = appeal_rules.default_calendar().version
    for term in (Term(5, Unit.WORKING_DAYS), Term(10, Unit.CALENDAR_DAYS), Term(2, Unit.MONTHS)):
        assert appeal_rules.count_period(dt.date(2025, 3, 3), term).calendar_version == version


def test_transfer_across_the_calendar_edge_keeps_its_other_end() -> None:
    """WorkingCalendar(2013, 2013): Saturday 28 December 2013 was worked for the day off on Friday 3 January 2014.

    The 2014 entry of the transfer table, (1, 3, 12, 28, 2013), names both ends; a 2013 calendar
    reads the neighbouring years' entries so that the working Saturday keeps the day off it was
    moved to (found by mutation testing).
    """
    day = WorkingCalendar(2013, 2013).day(dt.date(2013, 12, 28))
    assert day.kind is DayKind.WORKING_WEEKEND
    assert not day.describe().endswith("moved to )"), day.describe()
    assert day.moved == dt.date(2014, 1, 3)


def test_horizon_stops_at_the_last_year() -> None:
    """A calendar ending in 2024 is confirmed to 2024, though 2025 is confirmed too."""
    cal = WorkingCalendar(2018, 2024)
    assert cal.horizon == 2024
    assert cal.version.endswith("; horizon 2024")


def test_skipped_days_of_a_fresh_calendar_keep_their_records() -> None:
    """The non-working days a period skips carry their own records (holiday, transfer), not a bare weekend."""
    cal = WorkingCalendar(2024, 2026)
    period = appeal_rules.count_period(dt.date(2024, 12, 31), Term(10, Unit.WORKING_DAYS), calendar=cal)
    assert period.skipped == tuple(cal.day(d.date) for d in period.skipped)
    assert [d.kind for d in period.skipped[:3]] == [DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.TRANSFERRED]


def _blank_2026() -> WorkingCalendar:
    """A frozen 2026 calendar with no holiday at all, unconfirmed: 1 January is a plain Thursday."""
    return WorkingCalendar.from_snapshot({"first_year": 2026, "last_year": 2026, "horizon": 2025,
                                          "version": "blank", "estimated": [], "days": []})


def test_same_day_period_from_the_first_day_of_the_calendar() -> None:
    """Day 1 is the calendar's first day itself; the days off skipped and the horizon are counted from it."""
    cal = _blank_2026()
    period = appeal_rules.count_period(dt.date(2026, 1, 1), Term(3, Unit.WORKING_DAYS),
                                       convention=Convention.SAME_DAY, calendar=cal)
    assert period.counted == (dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 5))
    assert [d.date for d in period.skipped] == [dt.date(2026, 1, 3), dt.date(2026, 1, 4)]
    assert period.provisional_reasons == (
        "2026-01-01 is past the calendar data horizon (the last confirmed year is 2025): for 2026 the act moving "
        "days off (or word that none was issued) is not confirmed; to settle it, confirm 2026 with an overlay (a "
        "file passed with --overlay, or CalendarOverlay(confirms_years=(2026,)) in Python)",
    )
    zero = appeal_rules.count_period(dt.date(2026, 1, 1), Term(0, Unit.WORKING_DAYS),
                                     convention=Convention.SAME_DAY, calendar=cal)
    assert (zero.due, zero.counted, zero.skipped) == (dt.date(2026, 1, 1), (), ())
    assert zero.provisional_reasons == period.provisional_reasons
    next_day = appeal_rules.count_period(dt.date(2026, 1, 1), Term(1, Unit.WORKING_DAYS), calendar=cal)
    assert next_day.provisional_reasons[0].startswith("2026-01-02 is past")


def test_cite_joins_every_source() -> None:
    version = appeal_rules.rule_version("review_term.first_instance", dt.date(2025, 1, 6))
    assert version.cite() == "; ".join(s.cite() for s in version.sources)
    assert len(version.sources) == 2
    assert version.cite().count("; ") == 1


def test_last_day_of_a_calendar_keeps_its_record() -> None:
    """31 December 2018 was a day off moved from Saturday 29 December: the last day of a 2018 calendar."""
    cal = WorkingCalendar(2018, 2018)
    day = cal.day(dt.date(2018, 12, 31))
    assert (day.kind, day.moved) == (DayKind.TRANSFERRED, dt.date(2018, 12, 29))
    assert not cal.is_working_day(dt.date(2018, 12, 31))


# --- overlays -----------------------------------------------------------------------------------------


def test_overlay_days_their_records_the_horizon_and_the_version() -> None:
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


def test_overlay_digest_payload_is_canonical() -> None:
    """Days and years sorted, so that the same act in another order gives the same calendar version."""
    a = CalendarOverlay(act="A", days_off=(dt.date(2027, 1, 12), dt.date(2027, 1, 11)), confirms_years=(2027, 2026))
    b = CalendarOverlay(act="A", days_off=(dt.date(2027, 1, 11), dt.date(2027, 1, 12)), confirms_years=(2026, 2027))
    assert a.digest_payload() == b.digest_payload()
    assert WorkingCalendar(overlays=(a,)).version == WorkingCalendar(overlays=(b,)).version


# --- snapshots ----------------------------------------------------------------------------------------


def test_snapshot_round_trip_keeps_every_day_and_the_years() -> None:
    source = WorkingCalendar(2024, 2026)
    frozen = WorkingCalendar.from_snapshot(source.snapshot())
    assert (frozen.first_year, frozen.last_year) == (2024, 2026)
    assert frozen.days(frozen.first_day, frozen.last_day) == source.days(source.first_day, source.last_day)
    assert frozen.horizon == 2026
    assert frozen.version == "frozen " + source.version
    assert frozen.snapshot() == {**source.snapshot(), "version": "frozen " + source.version}
    assert frozen.provisional_reasons(dt.date(2026, 5, 27), dt.date(2026, 5, 27)) == ()
    before = WorkingCalendar.from_snapshot(WorkingCalendar(2024, 2026, confirmations=CONFIRMED_YEARS[:-1]).snapshot())
    assert before.horizon == 2025
    assert "Kurban Ait (estimated 2026-05-27;" in before.provisional_reasons(dt.date(2026, 5, 27),
                                                                          dt.date(2026, 5, 27))[0]


def test_snapshot_day_defaults() -> None:
    """A day record without "estimated", "name", "act" or "moved" is read as not estimated, without them."""
    data = _snap(days=[{"date": "2025-01-01", "kind": "holiday"}], estimated=[])
    day = WorkingCalendar.from_snapshot(data).day(dt.date(2025, 1, 1))
    assert day == Day(dt.date(2025, 1, 1), DayKind.HOLIDAY)


def test_snapshot_estimated_days_at_the_edges_of_the_calendar() -> None:
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


# --- edges of queries and periods ---------------------------------------------------------------------


def test_add_working_days_from_the_day_after_the_calendar() -> None:
    with pytest.raises(appeal_rules.CalendarRangeError):
        appeal_rules.add_working_days(dt.date(2031, 1, 1), 1)


@pytest.mark.parametrize("n", [1, 5, -1, -5, 0])
def test_add_working_days_slow_path_agrees_with_the_fast_path(n: int) -> None:
    """An aware datetime (or a date subclass) takes the checked path; the answer is the same as for a date."""

    class Sub(dt.date):
        pass

    for day in (dt.date(2025, 1, 3), dt.date(2024, 12, 31), dt.date(2025, 1, 5)):
        expected = appeal_rules.add_working_days(day, n)
        aware = dt.datetime(day.year, day.month, day.day, 12, tzinfo=UTC)  # 17:00 in Almaty, same day
        assert appeal_rules.add_working_days(aware, n) == expected
        assert appeal_rules.add_working_days(Sub(day.year, day.month, day.day), n) == expected


def test_calendar_day_period_ending_on_the_last_day() -> None:
    """A calendar-day period whose last day is the calendar's last day (a working day) ends there."""
    period = appeal_rules.count_period(dt.date(2030, 12, 30), Term(1, Unit.CALENDAR_DAYS))
    assert period.due == dt.date(2030, 12, 31)
    assert period.rolled_from is None


def test_month_period_rounding_up_and_down() -> None:
    down = appeal_rules.count_period(dt.date(2025, 1, 31), Term(1, Unit.MONTHS), rounding=MonthRounding.DOWN)
    up = appeal_rules.count_period(dt.date(2025, 1, 31), Term(1, Unit.MONTHS), rounding=MonthRounding.UP)
    assert (down.due, down.rolled_from) == (dt.date(2025, 2, 28), None)
    assert (up.due, up.rolled_from) == (dt.date(2025, 3, 3), dt.date(2025, 3, 1))  # 1 March 2025 is a Saturday
    exact = appeal_rules.count_period(dt.date(2025, 1, 15), Term(1, Unit.MONTHS), rounding=MonthRounding.UP)
    assert exact.due == dt.date(2025, 2, 17)  # 15 February is a Saturday; no rounding needed


def test_period_explain_text() -> None:
    period = appeal_rules.count_period(dt.date(2024, 12, 31), Term(5, Unit.WORKING_DAYS))
    assert period.explain() == "\n".join([
        "Counted 5 working days from 2024-12-31 (next_day: Civil Code art. 173; APPC art. 76(2)).",
        "Working days counted: 1. 2025-01-05, 2. 2025-01-06, 3. 2025-01-08, 4. 2025-01-09, 5. 2025-01-10.",
        "Skipped Wednesday 2025-01-01: public holiday, New Year's Day.",
        "Skipped Thursday 2025-01-02: public holiday, New Year's Day.",
        "Skipped Friday 2025-01-03: day off moved from Sunday 2025-01-05 by the transfer act.",
        "Skipped Saturday 2025-01-04: weekend.",
        "Skipped Tuesday 2025-01-07: public holiday, Orthodox Christmas.",
        "Due: 2025-01-10 (until the end of that day, Civil Code art. 176).",
        f"Calendar: confirmed for every day looked at ({appeal_rules.default_calendar().version}).",
    ])
    rolled = appeal_rules.count_period(dt.date(2025, 1, 1), Term(3, Unit.CALENDAR_DAYS))
    assert rolled.explain().splitlines()[-3:-1] == [
        "2025-01-04 is not a working day: the period ends on the next working day (Civil Code art. 175).",
        "Due: 2025-01-05 (until the end of that day, Civil Code art. 176).",
    ]
    provisional = appeal_rules.count_period(dt.date(2026, 12, 31), Term(1, Unit.WORKING_DAYS))
    assert provisional.explain().splitlines()[-1].startswith("Calendar: provisional because 2027-01-01 is past")
    two = appeal_rules.count_period(dt.date(2027, 12, 27), Term(5, Unit.WORKING_DAYS))
    assert two.explain().splitlines()[-1] == "Calendar: provisional because " + "; and because ".join(
        two.provisional_reasons) + "."


def test_day_describe_every_kind() -> None:
    cal = appeal_rules.default_calendar()
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
    kind = appeal_rules.DayKind
    assert appeal_rules.Day(dt.date(2025, 1, 3), kind.TRANSFERRED).describe() == (
        "Friday 2025-01-03: day off by the transfer act")
    assert appeal_rules.Day(dt.date(2025, 1, 5), kind.WORKING_WEEKEND).describe() == (
        "Sunday 2025-01-05: working day by the transfer act")


def test_review_deadline_is_memoized_per_calendar() -> None:
    """A repeated question on the same calendar returns the same answer object."""
    cal = WorkingCalendar(2024, 2026)
    first = appeal_rules.review_deadline(dt.date(2025, 3, 3), appeal_rules.BodyKind.MINISTRY, calendar=cal)
    again = appeal_rules.review_deadline(dt.date(2025, 3, 3), appeal_rules.BodyKind.MINISTRY, calendar=cal)
    assert first is again
    assert first.due == dt.date(2025, 3, 11)  # 8 March, International Women's Day, is a Saturday: carried to 10


def test_registration_date_refuses_a_tzinfo_without_an_offset() -> None:
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


def test_conventions_and_their_citations() -> None:
    assert [c.unit for c in Convention] == [Unit.WORKING_DAYS, Unit.WORKING_DAYS, Unit.CALENDAR_DAYS, Unit.MONTHS]
    assert Convention.SAME_DAY.citation == "no act: offered for what-if analysis only"
    assert Convention.CALENDAR_DAYS.citation == "Civil Code arts. 173, 175"
    assert Convention.MONTHS.citation == "Civil Code arts. 173, 174, 175"
    assert [k for k in DayKind if k.is_working] == [DayKind.WORKING, DayKind.WORKING_WEEKEND, DayKind.OVERLAY_WORKING]


def test_year_confirmations_are_consistent() -> None:
    """Each confirmed year's Kurban Ait date is that year's Eid al-Adha in the calendar."""
    cal = appeal_rules.default_calendar()
    for c in CONFIRMED_YEARS:
        assert isinstance(c, YearConfirmation)
        assert cal.day(c.kurban_ait).name == "Eid al-Adha"
        assert not cal.day(c.kurban_ait).estimated


# --- the procedure: every escalation, proof, addressee check and assessment, as text ------------------
#
# The texts below were read and checked against the rule tests (tests/test_rules_clauses.py,
# tests/test_regimes.py); they pin every field of the results at once, so that any change to the
# procedure's wording, options, dates or bases is a visible diff.

#: A complaint under the APPC, and one under the 2018 standard: learned of, registered, asked about.
APPC: dict[str, Any] = {"on": dt.date(2025, 2, 24), "registered_on": dt.date(2025, 2, 3),
                        "learned_on": dt.date(2025, 1, 10)}
OLD: dict[str, Any] = {"on": dt.date(2019, 4, 22), "registered_on": dt.date(2019, 4, 1),
                       "learned_on": dt.date(2019, 3, 1)}


def _describe_term(term: Term | None) -> str | None:
    return None if term is None else term.describe()


def render_escalation(e: Escalation) -> str:
    """Every field of an escalation, one line per option plus its explanation."""
    lines = [f"{e.stage.value}, rules of {e.rules_on} ({e.regime}), waiting until {e.waiting_until}, "
             f"{len(e.provisional_reasons)} provisional reason(s), basis {[v.version for v in e.basis]}",
             f"note: {e.note}"]
    for o in e.options:
        lines.append(
            f"- {o.kind.value} {[b.value for b in o.bodies]} {o.label!r}; review {_describe_term(o.review_term)}; "
            f"limit {_describe_term(o.time_limit)}; act by {o.act_by}; through "
            f"{o.lodge_through and o.lodge_through.value}; forwarding {_describe_term(o.forwarding_term)}; "
            f"expired {o.expired}; basis {[v.version for v in o.basis]}")
        lines.append(f"  {o.explanation}")
    return "\n".join(lines)


def render_proof(p: AcceptanceProof) -> str:
    return f"{p.office.value}/{p.channel.value}: {list(p.items)}; note {p.note!r}; basis {[v.version for v in p.basis]}"


def render_check(c: AddresseeCheck) -> str:
    return f"{c.addressee.value}: valid {c.valid}; {c.reason} basis {[v.version for v in c.basis]}"


#: name -> (stage, arguments, the escalation rendered by :func:`render_escalation`).
ESCALATION_CASES: dict[str, tuple[Stage, dict[str, Any], str]] = {
    "before_filing.appc": (
        Stage.BEFORE_FILING,
        {**APPC},
        (
            'before_filing, rules of 2025-02-03 (appc), waiting until None, 0 provisional reason(s), basis '
            "['scope@all']\n"
            'note: \n'
            "- complain_first_instance ['service_provider', 'ministry'] 'Complain to the head of the service "
            "provider or the head of the ministry'; review 5 working days; limit 3 months; act by 2025-04-10; "
            "through None; forwarding None; expired False; basis ['addressee.provider@all', "
            "'review_term.first_instance@appc', 'lodging_limit@appc', 'channels@all']\n"
            '  Address your complaint to the head of the body that provided the service, or to the head of the '
            "ministry over it, at the address published in the service's standard. The provider, the ministry "
            'or the State Corporation must review your complaint within 5 working days of registering it. '
            'Lodge your complaint within three months of the day you learned of the decision or action.'
        ),
    ),
    "before_filing.appc.no_superior": (
        Stage.BEFORE_FILING,
        {**APPC, "has_superior": False},
        (
            'before_filing, rules of 2025-02-03 (appc), waiting until None, 0 provisional reason(s), basis '
            "['scope@all']\n"
            'note: \n'
            "- complain_first_instance ['service_provider'] 'Complain to the head of the service provider'; "
            'review 5 working days; limit 3 months; act by 2025-04-10; through None; forwarding None; expired '
            "False; basis ['addressee.provider@all', 'review_term.first_instance@appc', 'lodging_limit@appc', "
            "'channels@all']\n"
            '  Address your complaint to the head of the body that provided the service, or to the head of the '
            "ministry over it, at the address published in the service's standard. The provider, the ministry "
            'or the State Corporation must review your complaint within 5 working days of registering it. '
            'Lodge your complaint within three months of the day you learned of the decision or action.\n'
            "- go_to_court ['court'] 'Go to court'; review None; limit 1 month; act by 2025-02-10; through "
            "None; forwarding None; expired True; basis ['court@appc', 'no_superior@appc']\n"
            '  You can go to the administrative court after your complaint has been decided, within one month '
            'of receiving the decision, or within one month after the review term ran out with no decision. '
            'The month is counted from the day you received the act (Civil Code arts. 173-175).'
        ),
    ),
    "before_filing.appc.state_corporation": (
        Stage.BEFORE_FILING,
        {**APPC, "respondent": Respondent.STATE_CORPORATION_EMPLOYEE, "has_superior": False},
        (
            'before_filing, rules of 2025-02-03 (appc), waiting until None, 0 provisional reason(s), basis '
            "['scope@all']\n"
            'note: \n'
            "- complain_first_instance ['state_corporation'] 'Complain to the head of the state corporation'; "
            'review 5 working days; limit 3 months; act by 2025-04-10; through None; forwarding None; expired '
            "False; basis ['addressee.state_corporation@all', 'review_term.first_instance@appc', "
            "'lodging_limit@appc', 'channels@all']\n"
            '  A complaint about the State Corporation "Government for Citizens" or one of its employees goes '
            'to the head of the State Corporation. The provider, the ministry or the State Corporation must '
            'review your complaint within 5 working days of registering it. Lodge your complaint within three '
            'months of the day you learned of the decision or action.\n'
            "- go_to_court ['court'] 'Go to court'; review None; limit 1 month; act by 2025-02-10; through "
            "None; forwarding None; expired True; basis ['court@appc', 'no_superior@appc']\n"
            '  You can go to the administrative court after your complaint has been decided, within one month '
            'of receiving the decision, or within one month after the review term ran out with no decision. '
            'The month is counted from the day you received the act (Civil Code arts. 173-175).'
        ),
    ),
    "before_filing.2018": (
        Stage.BEFORE_FILING,
        {**OLD, "has_superior": False},
        (
            'before_filing, rules of 2019-04-01 (2018), waiting until None, 0 provisional reason(s), basis '
            "['scope@all']\n"
            'note: \n'
            "- complain_first_instance ['service_provider'] 'Complain to the head of the service provider'; "
            'review 5 working days; limit None; act by None; through None; forwarding None; expired False; '
            "basis ['addressee.provider@all', 'review_term.first_instance@2018', 'lodging_limit@2018', "
            "'channels@all']\n"
            '  Address your complaint to the head of the body that provided the service, or to the head of the '
            "ministry over it, at the address published in the service's standard. The provider, the ministry "
            'or the State Corporation must review your complaint within 5 working days of registering it. The '
            'library does not encode a time limit for lodging a complaint before 1 July 2021.'
        ),
    ),
    "first_instance_pending.appc": (
        Stage.FIRST_INSTANCE_PENDING,
        {**APPC, "on": dt.date(2025, 2, 10)},
        (
            'first_instance_pending, rules of 2025-02-03 (appc), waiting until 2025-02-10, 0 provisional '
            "reason(s), basis ['scope@all', 'review_term.first_instance@appc', 'counting.day_one@all']\n"
            'note: No escalation is open yet: the reviewer has until the end of 2025-02-10 (Law "On State '
            'Services" No. 88-V of 15.04.2013, art. 25; Administrative Procedural and Process Code No. 350-VI, '
            'art. 99).'
        ),
    ),
    "first_instance_pending.2018": (
        Stage.FIRST_INSTANCE_PENDING,
        {**OLD, "on": dt.date(2019, 4, 3)},
        (
            'first_instance_pending, rules of 2019-04-01 (2018), waiting until 2019-04-08, 0 provisional '
            "reason(s), basis ['scope@all', 'review_term.first_instance@2018', 'counting.day_one@all']\n"
            'note: No escalation is open yet: the reviewer has until the end of 2019-04-08 (Service standard, '
            'appeal procedure (2018), clause 7; Law "On State Services" No. 88-V of 15.04.2013, art. 25).'
        ),
    ),
    "first_instance_overdue.appc": (
        Stage.FIRST_INSTANCE_OVERDUE,
        {**APPC, "on": dt.date(2025, 2, 11)},
        (
            'first_instance_overdue, rules of 2025-02-03 (appc), waiting until None, 0 provisional reason(s), '
            "basis ['scope@all', 'missed_term@appc']\n"
            'note: \n'
            "- complain_quality_authority ['quality_authority'] 'Complain to the Agency of the Republic of "
            "Kazakhstan for Civil Service Affairs'; review 15 working days; limit 3 months; act by 2025-04-10; "
            'through service_provider; forwarding 3 working days; expired False; basis '
            "['quality_authority@all', 'review_term.quality_authority@appc', 'forwarding@appc', "
            "'lodging_limit@appc', 'quality_authority.name@acsa']\n"
            '  If you disagree with the answer, you can complain to the authorised body for assessing and '
            'controlling the quality of public services. The authorised quality body must review your '
            'complaint within 15 working days of registering it. Lodge your complaint with the body whose '
            'decision you appeal. Within 3 working days it must either grant your complaint in full or send '
            'it, with the case file, to the body that will review it.\n'
            "- go_to_court ['court'] 'Go to court'; review None; limit 1 month; act by 2025-03-11; through "
            "None; forwarding None; expired False; basis ['court@appc']\n"
            '  You can go to the administrative court after your complaint has been decided, within one month '
            'of receiving the decision, or within one month after the review term ran out with no decision. '
            'The month is counted from the day the review term ran out (Civil Code arts. 173-175).'
        ),
    ),
    "first_instance_overdue.2018": (
        Stage.FIRST_INSTANCE_OVERDUE,
        {**OLD},
        (
            'first_instance_overdue, rules of 2019-04-01 (2018), waiting until None, 0 provisional reason(s), '
            "basis ['scope@all', 'missed_term@2018']\n"
            'note: \n'
            "- complain_quality_authority ['quality_authority'] 'Complain to the Agency of the Republic of "
            "Kazakhstan for Civil Service Affairs and Anti-Corruption'; review 15 working days; limit None; "
            "act by None; through None; forwarding None; expired False; basis ['quality_authority@all', "
            "'review_term.quality_authority@2018', 'forwarding@2018', 'lodging_limit@2018', "
            "'quality_authority.name@acsaac']\n"
            '  If you disagree with the answer, you can complain to the authorised body for assessing and '
            'controlling the quality of public services. The authorised quality body must review your '
            'complaint within 15 working days of registering it. Send your complaint directly to the body that '
            'will review it.\n'
            "- go_to_court ['court'] 'Go to court'; review None; limit None; act by None; through None; "
            "forwarding None; expired False; basis ['court@2018']\n"
            '  If you disagree with the result, you can go to court under the laws of Kazakhstan.'
        ),
    ),
    "first_instance_answered.appc": (
        Stage.FIRST_INSTANCE_ANSWERED,
        {**APPC, "answered_on": dt.date(2025, 2, 10)},
        (
            'first_instance_answered, rules of 2025-02-03 (appc), waiting until None, 0 provisional reason(s), '
            "basis ['scope@all']\n"
            'note: \n'
            "- complain_quality_authority ['quality_authority'] 'Complain to the Agency of the Republic of "
            "Kazakhstan for Civil Service Affairs'; review 15 working days; limit 3 months; act by 2025-04-10; "
            'through service_provider; forwarding 3 working days; expired False; basis '
            "['quality_authority@all', 'review_term.quality_authority@appc', 'forwarding@appc', "
            "'lodging_limit@appc', 'quality_authority.name@acsa']\n"
            '  If you disagree with the answer, you can complain to the authorised body for assessing and '
            'controlling the quality of public services. The authorised quality body must review your '
            'complaint within 15 working days of registering it. Lodge your complaint with the body whose '
            'decision you appeal. Within 3 working days it must either grant your complaint in full or send '
            'it, with the case file, to the body that will review it.\n'
            "- go_to_court ['court'] 'Go to court'; review None; limit 1 month; act by 2025-03-11; through "
            "None; forwarding None; expired False; basis ['court@appc']\n"
            '  You can go to the administrative court after your complaint has been decided, within one month '
            'of receiving the decision, or within one month after the review term ran out with no decision. '
            'The month is counted from the day you received the answer (Civil Code arts. 173-175).'
        ),
    ),
    "first_instance_answered.2018": (
        Stage.FIRST_INSTANCE_ANSWERED,
        {**OLD, "answered_on": dt.date(2019, 4, 8)},
        (
            'first_instance_answered, rules of 2019-04-01 (2018), waiting until None, 0 provisional reason(s), '
            "basis ['scope@all']\n"
            'note: \n'
            "- complain_quality_authority ['quality_authority'] 'Complain to the Agency of the Republic of "
            "Kazakhstan for Civil Service Affairs and Anti-Corruption'; review 15 working days; limit None; "
            "act by None; through None; forwarding None; expired False; basis ['quality_authority@all', "
            "'review_term.quality_authority@2018', 'forwarding@2018', 'lodging_limit@2018', "
            "'quality_authority.name@acsaac']\n"
            '  If you disagree with the answer, you can complain to the authorised body for assessing and '
            'controlling the quality of public services. The authorised quality body must review your '
            'complaint within 15 working days of registering it. Send your complaint directly to the body that '
            'will review it.\n'
            "- go_to_court ['court'] 'Go to court'; review None; limit None; act by None; through None; "
            "forwarding None; expired False; basis ['court@2018']\n"
            '  If you disagree with the result, you can go to court under the laws of Kazakhstan.'
        ),
    ),
    "quality_pending.appc": (
        Stage.QUALITY_PENDING,
        {**APPC},
        (
            'quality_pending, rules of 2025-02-03 (appc), waiting until 2025-02-24, 0 provisional reason(s), '
            "basis ['scope@all', 'review_term.quality_authority@appc', 'counting.day_one@all']\n"
            'note: No escalation is open yet: the reviewer has until the end of 2025-02-24 (Law "On State '
            'Services" No. 88-V of 15.04.2013, art. 25; Administrative Procedural and Process Code No. 350-VI, '
            'art. 99).'
        ),
    ),
    "quality_overdue.appc": (
        Stage.QUALITY_OVERDUE,
        {**APPC, "on": dt.date(2025, 2, 25)},
        (
            'quality_overdue, rules of 2025-02-03 (appc), waiting until None, 0 provisional reason(s), basis '
            "['scope@all', 'missed_term@appc']\n"
            'note: \n'
            "- go_to_court ['court'] 'Go to court'; review None; limit 1 month; act by 2025-03-26; through "
            "None; forwarding None; expired False; basis ['court@appc']\n"
            '  You can go to the administrative court after your complaint has been decided, within one month '
            'of receiving the decision, or within one month after the review term ran out with no decision. '
            'The month is counted from the day the review term ran out (Civil Code arts. 173-175).'
        ),
    ),
    "quality_answered.appc": (
        Stage.QUALITY_ANSWERED,
        {**APPC, "answered_on": dt.date(2025, 2, 20)},
        (
            'quality_answered, rules of 2025-02-03 (appc), waiting until None, 0 provisional reason(s), basis '
            "['scope@all']\n"
            'note: \n'
            "- go_to_court ['court'] 'Go to court'; review None; limit 1 month; act by 2025-03-20; through "
            "None; forwarding None; expired False; basis ['court@appc']\n"
            '  You can go to the administrative court after your complaint has been decided, within one month '
            'of receiving the decision, or within one month after the review term ran out with no decision. '
            'The month is counted from the day you received the answer (Civil Code arts. 173-175).'
        ),
    ),
    "quality_answered.2018": (
        Stage.QUALITY_ANSWERED,
        {**OLD, "answered_on": dt.date(2019, 4, 20)},
        (
            'quality_answered, rules of 2019-04-01 (2018), waiting until None, 0 provisional reason(s), basis '
            "['scope@all']\n"
            'note: \n'
            "- go_to_court ['court'] 'Go to court'; review None; limit None; act by None; through None; "
            "forwarding None; expired False; basis ['court@2018']\n"
            '  If you disagree with the result, you can go to court under the laws of Kazakhstan.'
        ),
    ),
    "court.appc": (
        Stage.COURT,
        {**APPC},
        (
            'court, rules of 2025-02-03 (appc), waiting until None, 0 provisional reason(s), basis '
            "['court@appc']\n"
            'note: The court is the last stage this library covers; appeals within the court system are out of '
            'scope.'
        ),
    ),
    "pending.provisional": (
        Stage.FIRST_INSTANCE_PENDING,
        {"on": dt.date(2026, 12, 29), "registered_on": dt.date(2026, 12, 28)},
        (
            'first_instance_pending, rules of 2026-12-28 (appc), waiting until 2027-01-06, 1 provisional '
            "reason(s), basis ['scope@all', 'review_term.first_instance@2026-07', 'counting.day_one@all']\n"
            'note: No escalation is open yet: the reviewer has until the end of 2027-01-06 (Law "On State '
            'Services" No. 88-V of 15.04.2013, art. 25(2) as amended by Law No. 291-VIII of 19.05.2026; '
            'Administrative Procedural and Process Code No. 350-VI, art. 99).'
        ),
    ),
    "overdue.provisional": (
        Stage.FIRST_INSTANCE_OVERDUE,
        {"on": dt.date(2027, 2, 2),
         "registered_on": dt.date(2026, 12, 28),
         "learned_on": dt.date(2026, 12, 1)},
        (
            'first_instance_overdue, rules of 2026-12-28 (appc), waiting until None, 2 provisional reason(s), '
            "basis ['scope@all', 'missed_term@appc']\n"
            'note: \n'
            "- complain_quality_authority ['quality_authority'] 'Complain to the Agency of the Republic of "
            "Kazakhstan for Civil Service Affairs'; review 15 working days; limit 3 months; act by 2027-03-01; "
            'through service_provider; forwarding 3 working days; expired False; basis '
            "['quality_authority@all', 'review_term.quality_authority@appc', 'forwarding@appc', "
            "'lodging_limit@appc', 'quality_authority.name@acsa']\n"
            '  If you disagree with the answer, you can complain to the authorised body for assessing and '
            'controlling the quality of public services. The authorised quality body must review your '
            'complaint within 15 working days of registering it. Lodge your complaint with the body whose '
            'decision you appeal. Within 3 working days it must either grant your complaint in full or send '
            'it, with the case file, to the body that will review it.\n'
            "- go_to_court ['court'] 'Go to court'; review None; limit 1 month; act by 2027-02-08; through "
            "None; forwarding None; expired False; basis ['court@appc']\n"
            '  You can go to the administrative court after your complaint has been decided, within one month '
            'of receiving the decision, or within one month after the review term ran out with no decision. '
            'The month is counted from the day the review term ran out (Civil Code arts. 173-175).'
        ),
    ),
    "rules_on.2018_for_a_2021_registration": (
        Stage.FIRST_INSTANCE_OVERDUE,
        {"on": dt.date(2021, 7, 30), "registered_on": dt.date(2021, 7, 5), "rules_on": dt.date(2021, 6, 30)},
        (
            'first_instance_overdue, rules of 2021-06-30 (2018), waiting until None, 0 provisional reason(s), '
            "basis ['scope@all', 'missed_term@2018']\n"
            'note: \n'
            "- complain_quality_authority ['quality_authority'] 'Complain to the Agency of the Republic of "
            "Kazakhstan for Civil Service Affairs'; review 15 working days; limit None; act by None; through "
            "None; forwarding None; expired False; basis ['quality_authority@all', "
            "'review_term.quality_authority@2018', 'forwarding@2018', 'lodging_limit@2018', "
            "'quality_authority.name@acsa']\n"
            '  If you disagree with the answer, you can complain to the authorised body for assessing and '
            'controlling the quality of public services. The authorised quality body must review your '
            'complaint within 15 working days of registering it. Send your complaint directly to the body that '
            'will review it.\n'
            "- go_to_court ['court'] 'Go to court'; review None; limit None; act by None; through None; "
            "forwarding None; expired False; basis ['court@2018']\n"
            '  If you disagree with the result, you can go to court under the laws of Kazakhstan.'
        ),
    ),
}


def _like(base: str, *changes: tuple[str, str]) -> str:
    """The text of the case ``base`` with each ``(old, new)`` replaced; ``old`` must occur exactly once."""
    text = ESCALATION_CASES[base][2]
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


# Variants of the first-level answer under the APPC (answered 2025-02-10; the court month ends on
# 2025-03-11): the day after that the option is expired; on it, it is not; answered on the day of
# filing, with no learned_on, the court month is counted from 2025-02-03 and the lodging limit is unknown.
ESCALATION_CASES["first_instance_answered.appc.expired"] = (
    Stage.FIRST_INSTANCE_ANSWERED,
    {**APPC, "on": dt.date(2025, 3, 12), "answered_on": dt.date(2025, 2, 10)},
    _like("first_instance_answered.appc",
          ("expired False; basis ['court@appc']", "expired True; basis ['court@appc']")),
)
ESCALATION_CASES["first_instance_answered.appc.last_day"] = (
    Stage.FIRST_INSTANCE_ANSWERED,
    {**APPC, "on": dt.date(2025, 3, 11), "answered_on": dt.date(2025, 2, 10)},
    _like("first_instance_answered.appc"),
)
ESCALATION_CASES["first_instance_answered.appc.same_day"] = (
    Stage.FIRST_INSTANCE_ANSWERED,
    {**APPC, "answered_on": dt.date(2025, 2, 3), "learned_on": None},
    _like("first_instance_answered.appc",
          ("act by 2025-04-10", "act by None"), ("act by 2025-03-11", "act by 2025-03-03")),
)


@pytest.mark.parametrize("name", sorted(ESCALATION_CASES))
def test_escalation_text(name: str) -> None:
    stage, kwargs, text = ESCALATION_CASES[name]
    assert render_escalation(appeal_rules.escalation_options(stage, **kwargs)) == text


PROOF_TEXTS: list[str] = [
    (
        "service_provider/post: ['a registration stamp', 'the incoming number and date', 'the surname and "
        "initials of the person who accepted the complaint', 'the time and place to collect the answer']; "
        "note ''; basis ['proof.provider_or_ministry@all', 'channels@all']"
    ),
    (
        "service_provider/in_person: ['a registration stamp', 'the incoming number and date', 'the surname "
        "and initials of the person who accepted the complaint', 'the time and place to collect the "
        "answer']; note ''; basis ['proof.provider_or_ministry@all', 'channels@all']"
    ),
    (
        'service_provider/portal: ["status \'delivered\' in the personal account", "status \'registered\' '
        'in the personal account", "status \'in execution\' in the personal account", "status \'answered\' '
        'in the personal account", "status \'refused review\' in the personal account"]; note \'The status '
        "trail is updated as the complaint is processed; answered and refused review are final.'; basis "
        "['proof.portal@all', 'channels@all']"
    ),
    (
        "ministry/post: ['a registration stamp', 'the incoming number and date', 'the surname and initials "
        "of the person who accepted the complaint', 'the time and place to collect the answer']; note ''; "
        "basis ['proof.provider_or_ministry@all', 'channels@all']"
    ),
    (
        "ministry/in_person: ['a registration stamp', 'the incoming number and date', 'the surname and "
        "initials of the person who accepted the complaint', 'the time and place to collect the answer']; "
        "note ''; basis ['proof.provider_or_ministry@all', 'channels@all']"
    ),
    (
        'ministry/portal: ["status \'delivered\' in the personal account", "status \'registered\' in the '
        'personal account", "status \'in execution\' in the personal account", "status \'answered\' in the '
        'personal account", "status \'refused review\' in the personal account"]; note \'The status trail '
        "is updated as the complaint is processed; answered and refused review are final.'; basis "
        "['proof.portal@all', 'channels@all']"
    ),
    (
        "state_corporation/post: ['a stamp on the second copy of the complaint or on its covering letter', "
        "'the incoming number', 'the date of registration']; note ''; basis "
        "['proof.state_corporation@all', 'channels@all']"
    ),
    (
        "state_corporation/in_person: ['a stamp on the second copy of the complaint or on its covering "
        "letter', 'the incoming number', 'the date of registration']; note ''; basis "
        "['proof.state_corporation@all', 'channels@all']"
    ),
    (
        'state_corporation/portal: ["status \'delivered\' in the personal account", "status \'registered\' '
        'in the personal account", "status \'in execution\' in the personal account", "status \'answered\' '
        'in the personal account", "status \'refused review\' in the personal account"]; note \'The status '
        "trail is updated as the complaint is processed; answered and refused review are final.'; basis "
        "['proof.portal@all', 'channels@all']"
    ),
    (
        "quality_authority/post: ['a registration stamp', 'the incoming number and date', 'the surname and "
        "initials of the person who accepted the complaint', 'the time and place to collect the answer']; "
        "note 'The standard names the proof only at the provider, the ministry and the State Corporation; "
        'the same registration record is expected at the quality body (inferred; see '
        "docs/known-gaps.md).'; basis ['proof.provider_or_ministry@all', 'channels@all']"
    ),
    (
        "quality_authority/in_person: ['a registration stamp', 'the incoming number and date', 'the "
        "surname and initials of the person who accepted the complaint', 'the time and place to collect "
        "the answer']; note 'The standard names the proof only at the provider, the ministry and the State "
        'Corporation; the same registration record is expected at the quality body (inferred; see '
        "docs/known-gaps.md).'; basis ['proof.provider_or_ministry@all', 'channels@all']"
    ),
    (
        'quality_authority/portal: ["status \'delivered\' in the personal account", "status \'registered\' '
        'in the personal account", "status \'in execution\' in the personal account", "status \'answered\' '
        'in the personal account", "status \'refused review\' in the personal account"]; note \'The status '
        "trail is updated as the complaint is processed; answered and refused review are final.'; basis "
        "['proof.portal@all', 'channels@all']"
    ),
]


# The check is the same for the provider and its official, and for the State Corporation and its
# employee: one list of texts (one per BodyKind) for each pair.
_PROVIDER_CHECK_TEXTS: list[str] = [
    (
        'service_provider: valid True; A complaint about the provider or its official goes to the head of '
        'the provider or the head of the ministry over it (Service standard, appeal procedure (2018), '
        'clause 2; Law "On State Services" No. 88-V of 15.04.2013, art. 25). basis '
        "['addressee.provider@all']"
    ),
    (
        'ministry: valid True; A complaint about the provider or its official goes to the head of the '
        'provider or the head of the ministry over it (Service standard, appeal procedure (2018), clause '
        '2; Law "On State Services" No. 88-V of 15.04.2013, art. 25). basis [\'addressee.provider@all\']'
    ),
    (
        'state_corporation: valid False; A complaint about the provider or its official goes to the head '
        'of the provider or the head of the ministry over it: not to the state corporation (Service '
        'standard, appeal procedure (2018), clause 2; Law "On State Services" No. 88-V of 15.04.2013, art. '
        "25). basis ['addressee.provider@all']"
    ),
    (
        'quality_authority: valid False; A complaint about the provider or its official goes to the head '
        'of the provider or the head of the ministry over it: not to the quality authority (Service '
        'standard, appeal procedure (2018), clause 2; Law "On State Services" No. 88-V of 15.04.2013, art. '
        "25). basis ['addressee.provider@all']"
    ),
    (
        'court: valid False; A complaint about the provider or its official goes to the head of the '
        'provider or the head of the ministry over it: not to the court (Service standard, appeal '
        'procedure (2018), clause 2; Law "On State Services" No. 88-V of 15.04.2013, art. 25). basis '
        "['addressee.provider@all']"
    ),
]
_STATE_CORPORATION_CHECK_TEXTS: list[str] = [
    (
        'service_provider: valid False; A complaint about the State Corporation or its employee goes to '
        'the head of the State Corporation: not to the service provider (Service standard, appeal '
        "procedure (2018), clause 5). basis ['addressee.state_corporation@all']"
    ),
    (
        'ministry: valid False; A complaint about the State Corporation or its employee goes to the head '
        'of the State Corporation: not to the ministry (Service standard, appeal procedure (2018), clause '
        "5). basis ['addressee.state_corporation@all']"
    ),
    (
        'state_corporation: valid True; A complaint about the State Corporation or its employee goes to '
        'the head of the State Corporation (Service standard, appeal procedure (2018), clause 5). basis '
        "['addressee.state_corporation@all']"
    ),
    (
        'quality_authority: valid False; A complaint about the State Corporation or its employee goes to '
        'the head of the State Corporation: not to the quality authority (Service standard, appeal '
        "procedure (2018), clause 5). basis ['addressee.state_corporation@all']"
    ),
    (
        'court: valid False; A complaint about the State Corporation or its employee goes to the head of '
        'the State Corporation: not to the court (Service standard, appeal procedure (2018), clause 5). '
        "basis ['addressee.state_corporation@all']"
    ),
]
ADDRESSEE_TEXTS: dict[Respondent, list[str]] = {
    Respondent.SERVICE_PROVIDER: _PROVIDER_CHECK_TEXTS,
    Respondent.PROVIDER_OFFICIAL: _PROVIDER_CHECK_TEXTS,
    Respondent.STATE_CORPORATION: _STATE_CORPORATION_CHECK_TEXTS,
    Respondent.STATE_CORPORATION_EMPLOYEE: _STATE_CORPORATION_CHECK_TEXTS,
}


ASSESSMENT_TEXTS: dict[str, str] = {
    "provider.appc.overdue": (
        'Complaint about the service provider (decision), lodged 2025-02-03 in person at the office.\n'
        '\n'
        '1. To whom: the head of the service provider or the head of the ministry.\n'
        '2. Proof of acceptance (Service standard, appeal procedure (2018), clause 4; Service standard, '
        'appeal procedure (2018), clause 3; Service standard, appeal procedure (2018), clause 6):\n'
        '   - a registration stamp\n'
        '   - the incoming number and date\n'
        '   - the surname and initials of the person who accepted the complaint\n'
        '   - the time and place to collect the answer\n'
        '3. The answer comes by post, or collected at the office of the service provider (Service '
        'standard, appeal procedure (2018), clause 7; Service standard, appeal procedure (2018), clause '
        '6).\n'
        '4. Review deadline:\n'
        '   Reviewer: service provider. Review term: 5 working days from registration on 2025-02-03 '
        '(review_term.first_instance@appc: Law "On State Services" No. 88-V of 15.04.2013, art. 25; '
        'Administrative Procedural and Process Code No. 350-VI, art. 99).\n'
        '   Counted 5 working days from 2025-02-03 (next_day: Civil Code art. 173; APPC art. 76(2)).\n'
        '   Working days counted: 1. 2025-02-04, 2. 2025-02-05, 3. 2025-02-06, 4. 2025-02-07, 5. '
        '2025-02-10.\n'
        '   Skipped Saturday 2025-02-08: weekend.\n'
        '   Skipped Sunday 2025-02-09: weekend.\n'
        '   Due: 2025-02-10 (until the end of that day, Civil Code art. 176).\n'
        '   Calendar: confirmed for every day looked at ({CALENDAR}).\n'
        '   Rules: all confirmed (supporting source not read: Administrative Procedural and Process Code No. '
        '350-VI, art. 76(2): written for procedures opened by an application; applied to complaint terms by '
        'inference).\n'
        '5. Options on 2025-02-24 (first_instance_overdue, rules of the appc regime):\n'
        '   - Complain to the Agency of the Republic of Kazakhstan for Civil Service Affairs; review term '
        '15 working days; lodged through the service provider; act by 2025-04-10 [Service standard, appeal '
        'procedure (2018), clause 8; Law "On State Services" No. 88-V of 15.04.2013, art. 25; '
        'Administrative Procedural and Process Code No. 350-VI, art. 99; Administrative Procedural and '
        'Process Code No. 350-VI, art. 91(4); Administrative Procedural and Process Code No. 350-VI, art. '
        '92; Presidential Decree No. 74 of 22.07.2019, effective on signing]\n'
        '   - Go to court; act by 2025-03-11 [Administrative Procedural and Process Code No. 350-VI, art. '
        '91(5); Administrative Procedural and Process Code No. 350-VI, art. 136(1), (6)]'
        '\n'
        '\nCalendar: confirmed for every day looked at ({CALENDAR}).\n'
        'Rules: all confirmed (supporting source not read: Administrative Procedural and Process Code No. '
        '350-VI, art. 76(2): written for procedures opened by an application; applied to complaint terms by '
        'inference).'
    ),
    "corporation.appc.expired_limit": (
        'Complaint about the state corporation employee (action), lodged 2025-06-02 in writing by post.\n'
        '\n'
        '1. To whom: the head of the state corporation.\n'
        '2. Proof of acceptance (Service standard, appeal procedure (2018), clause 5; Service standard, '
        'appeal procedure (2018), clause 3; Service standard, appeal procedure (2018), clause 6):\n'
        '   - a stamp on the second copy of the complaint or on its covering letter\n'
        '   - the incoming number\n'
        '   - the date of registration\n'
        '3. The answer comes by post, or collected at the office of the state corporation (Service '
        'standard, appeal procedure (2018), clause 7; Service standard, appeal procedure (2018), clause '
        '6).\n'
        '4. Review deadline: counted from registration, which has not happened yet.\n'
        '5. Options on 2025-06-02 (before_filing, rules of the appc regime):\n'
        '   - Complain to the head of the state corporation; review term 5 working days; act by 2025-04-10 '
        '(EXPIRED) [Service standard, appeal procedure (2018), clause 5; Law "On State Services" No. 88-V '
        'of 15.04.2013, art. 25; Administrative Procedural and Process Code No. 350-VI, art. 99; '
        'Administrative Procedural and Process Code No. 350-VI, art. 92; Service standard, appeal '
        'procedure (2018), clause 3; Service standard, appeal procedure (2018), clause 6]'
        '\n'
        '\nCalendar: confirmed for every day looked at ({CALENDAR}).\n'
        'Rules: all confirmed.'
    ),
    "corporation.appc.overdue": (
        'Complaint about the state corporation employee (action), lodged 2025-02-03 in person at the '
        'office.\n'
        '\n'
        '1. To whom: the head of the state corporation.\n'
        '2. Proof of acceptance (Service standard, appeal procedure (2018), clause 5; Service standard, '
        'appeal procedure (2018), clause 3; Service standard, appeal procedure (2018), clause 6):\n'
        '   - a stamp on the second copy of the complaint or on its covering letter\n'
        '   - the incoming number\n'
        '   - the date of registration\n'
        '3. The answer comes by post, or collected at the office of the state corporation (Service '
        'standard, appeal procedure (2018), clause 7; Service standard, appeal procedure (2018), clause '
        '6).\n'
        '4. Review deadline:\n'
        '   Reviewer: state corporation. Review term: 5 working days from registration on 2025-02-03 '
        '(review_term.first_instance@appc: Law "On State Services" No. 88-V of 15.04.2013, art. 25; '
        'Administrative Procedural and Process Code No. 350-VI, art. 99).\n'
        '   Counted 5 working days from 2025-02-03 (next_day: Civil Code art. 173; APPC art. 76(2)).\n'
        '   Working days counted: 1. 2025-02-04, 2. 2025-02-05, 3. 2025-02-06, 4. 2025-02-07, 5. '
        '2025-02-10.\n'
        '   Skipped Saturday 2025-02-08: weekend.\n'
        '   Skipped Sunday 2025-02-09: weekend.\n'
        '   Due: 2025-02-10 (until the end of that day, Civil Code art. 176).\n'
        '   Calendar: confirmed for every day looked at ({CALENDAR}).\n'
        '   Rules: all confirmed (supporting source not read: Administrative Procedural and Process Code No. '
        '350-VI, art. 76(2): written for procedures opened by an application; applied to complaint terms by '
        'inference).\n'
        '5. Options on 2025-02-24 (first_instance_overdue, rules of the appc regime):\n'
        '   - Complain to the Agency of the Republic of Kazakhstan for Civil Service Affairs; review term '
        '15 working days; lodged through the state corporation; act by 2025-04-10 [Service standard, '
        'appeal procedure (2018), clause 8; Law "On State Services" No. 88-V of 15.04.2013, art. 25; '
        'Administrative Procedural and Process Code No. 350-VI, art. 99; Administrative Procedural and '
        'Process Code No. 350-VI, art. 91(4); Administrative Procedural and Process Code No. 350-VI, art. '
        '92; Presidential Decree No. 74 of 22.07.2019, effective on signing]\n'
        '   - Go to court; act by 2025-03-11 [Administrative Procedural and Process Code No. 350-VI, art. '
        '91(5); Administrative Procedural and Process Code No. 350-VI, art. 136(1), (6)]'
        '\n'
        '\nCalendar: confirmed for every day looked at ({CALENDAR}).\n'
        'Rules: all confirmed (supporting source not read: Administrative Procedural and Process Code No. '
        '350-VI, art. 76(2): written for procedures opened by an application; applied to complaint terms by '
        'inference).'
    ),
    "provider.registered.pending": (
        'Complaint about the provider official (decision), lodged 2024-12-31 in person at the office.\n'
        '\n'
        '1. To whom: the head of the service provider or the head of the ministry.\n'
        '   Chosen addressee (service_provider) is valid: A complaint about the provider or its official '
        'goes to the head of the provider or the head of the ministry over it (Service standard, appeal '
        'procedure (2018), clause 2; Law "On State Services" No. 88-V of 15.04.2013, art. 25).\n'
        '2. Proof of acceptance (Service standard, appeal procedure (2018), clause 4; Service standard, '
        'appeal procedure (2018), clause 3; Service standard, appeal procedure (2018), clause 6):\n'
        '   - a registration stamp\n'
        '   - the incoming number and date\n'
        '   - the surname and initials of the person who accepted the complaint\n'
        '   - the time and place to collect the answer\n'
        '3. The answer comes by post, or collected at the office of the service provider (Service '
        'standard, appeal procedure (2018), clause 7; Service standard, appeal procedure (2018), clause '
        '6).\n'
        '4. Review deadline:\n'
        '   Reviewer: service provider. Review term: 5 working days from registration on 2024-12-31 '
        '(review_term.first_instance@appc: Law "On State Services" No. 88-V of 15.04.2013, art. 25; '
        'Administrative Procedural and Process Code No. 350-VI, art. 99).\n'
        '   Counted 5 working days from 2024-12-31 (next_day: Civil Code art. 173; APPC art. 76(2)).\n'
        '   Working days counted: 1. 2025-01-05, 2. 2025-01-06, 3. 2025-01-08, 4. 2025-01-09, 5. '
        '2025-01-10.\n'
        "   Skipped Wednesday 2025-01-01: public holiday, New Year's Day.\n"
        "   Skipped Thursday 2025-01-02: public holiday, New Year's Day.\n"
        '   Skipped Friday 2025-01-03: day off moved from Sunday 2025-01-05 by the transfer act.\n'
        '   Skipped Saturday 2025-01-04: weekend.\n'
        '   Skipped Tuesday 2025-01-07: public holiday, Orthodox Christmas.\n'
        '   Due: 2025-01-10 (until the end of that day, Civil Code art. 176).\n'
        '   Calendar: confirmed for every day looked at ({CALENDAR}).\n'
        '   Rules: all confirmed (supporting source not read: Administrative Procedural and Process Code No. '
        '350-VI, art. 76(2): written for procedures opened by an application; applied to complaint terms by '
        'inference).\n'
        '5. Options on 2025-01-06 (first_instance_pending, rules of the appc regime):\n'
        '   No escalation is open yet: the reviewer has until the end of 2025-01-10 (Law "On State '
        'Services" No. 88-V of 15.04.2013, art. 25; Administrative Procedural and Process Code No. 350-VI, '
        'art. 99).'
        '\n'
        '\nCalendar: confirmed for every day looked at ({CALENDAR}).\n'
        'Rules: all confirmed (supporting source not read: Administrative Procedural and Process Code No. '
        '350-VI, art. 76(2): written for procedures opened by an application; applied to complaint terms by '
        'inference).'
    ),
    "corporation.portal.overdue": (
        "Complaint about the state corporation (inaction), lodged 2019-04-01 through the eGov portal's "
        'personal account.\n'
        '\n'
        '1. To whom: the head of the state corporation.\n'
        '   Chosen addressee (ministry) is NOT valid: A complaint about the State Corporation or its '
        'employee goes to the head of the State Corporation: not to the ministry (Service standard, appeal '
        'procedure (2018), clause 5).\n'
        '2. Proof of acceptance (Service standard, appeal procedure (2018), clause 6; Service standard, '
        'appeal procedure (2018), clause 3):\n'
        "   - status 'delivered' in the personal account\n"
        "   - status 'registered' in the personal account\n"
        "   - status 'in execution' in the personal account\n"
        "   - status 'answered' in the personal account\n"
        "   - status 'refused review' in the personal account\n"
        '   The status trail is updated as the complaint is processed; answered and refused review are '
        'final.\n'
        '3. The answer comes by post, or collected at the office of the state corporation, or in the '
        'personal account on the eGov portal (Service standard, appeal procedure (2018), clause 7; Service '
        'standard, appeal procedure (2018), clause 6).\n'
        '4. Review deadline:\n'
        '   Reviewer: state corporation. Review term: 5 working days from registration on 2019-04-02 '
        '(review_term.first_instance@2018: Service standard, appeal procedure (2018), clause 7; Law "On '
        'State Services" No. 88-V of 15.04.2013, art. 25).\n'
        '   Counted 5 working days from 2019-04-02 (next_day: Civil Code art. 173; APPC art. 76(2)).\n'
        '   Working days counted: 1. 2019-04-03, 2. 2019-04-04, 3. 2019-04-05, 4. 2019-04-08, 5. '
        '2019-04-09.\n'
        '   Skipped Saturday 2019-04-06: weekend.\n'
        '   Skipped Sunday 2019-04-07: weekend.\n'
        '   Due: 2019-04-09 (until the end of that day, Civil Code art. 176).\n'
        '   Calendar: confirmed for every day looked at ({CALENDAR}).\n'
        '   Rules: all confirmed (supporting source not read: Law "On State Services" No. 88-V of 15.04.2013, '
        'art. 25: the 2018 wording of art. 25 was not read; the standard states the term; Administrative '
        'Procedural and Process Code No. 350-VI, art. 76(2): written for procedures opened by an application; '
        'applied to complaint terms by inference).\n'
        '5. Options on 2019-04-30 (first_instance_overdue, rules of the 2018 regime):\n'
        '   - Complain to the Agency of the Republic of Kazakhstan for Civil Service Affairs and '
        'Anti-Corruption; review term 15 working days [Service standard, appeal procedure (2018), clause '
        '8; Law "On State Services" No. 88-V of 15.04.2013, art. 25; Service standard, appeal procedure '
        '(2018), clause 9; Service standard, appeal procedure (2018), clauses 2, 8; Service standard, '
        'appeal procedure (2018), clauses 1-10; Presidential Decree No. 328 of 13.09.2016, formation of '
        'the Agency]\n'
        '   - Go to court [Service standard, appeal procedure (2018), clause 10]'
        '\n'
        '\nCalendar: confirmed for every day looked at ({CALENDAR}).\n'
        'Rules: unconfirmed: missed_term@2018 (Service standard, appeal procedure (2018), clause 1: '
        'inferred: clause 1 allows complaints about inaction); forwarding@2018 (Service standard, appeal '
        'procedure (2018), clauses 2, 8: inferred: the standard names no intermediary); lodging_limit@2018 '
        '(Service standard, appeal procedure (2018), clauses 1-10: the standard sets no lodging limit; other '
        'laws were not checked) (supporting source not read: Law "On State Services" No. 88-V of '
        '15.04.2013, art. 25: the 2018 wording of art. 25 was not read; the standard states the term; '
        'Administrative Procedural and Process Code No. 350-VI, art. 76(2): written for procedures opened '
        'by an application; applied to complaint terms by inference).'
    ),
    "provider.post.before_filing": (
        'Complaint about the service provider (action), lodged 2025-03-03 in writing by post.\n'
        '\n'
        '1. To whom: the head of the service provider or the head of the ministry.\n'
        '2. Proof of acceptance (Service standard, appeal procedure (2018), clause 4; Service standard, '
        'appeal procedure (2018), clause 3; Service standard, appeal procedure (2018), clause 6):\n'
        '   - a registration stamp\n'
        '   - the incoming number and date\n'
        '   - the surname and initials of the person who accepted the complaint\n'
        '   - the time and place to collect the answer\n'
        '3. The answer comes by post, or collected at the office of the ministry (Service standard, appeal '
        'procedure (2018), clause 7; Service standard, appeal procedure (2018), clause 6).\n'
        '4. Review deadline: counted from registration, which has not happened yet.\n'
        '5. Options on 2025-03-03 (before_filing, rules of the appc regime):\n'
        '   - Complain to the head of the service provider or the head of the ministry; review term 5 '
        'working days; act by 2025-05-14 [Service standard, appeal procedure (2018), clause 2; Law "On '
        'State Services" No. 88-V of 15.04.2013, art. 25; Administrative Procedural and Process Code No. '
        '350-VI, art. 99; Administrative Procedural and Process Code No. 350-VI, art. 92; Service '
        'standard, appeal procedure (2018), clause 3; Service standard, appeal procedure (2018), clause 6]'
        '\n'
        '\nCalendar: confirmed for every day looked at ({CALENDAR}).\n'
        'Rules: all confirmed.'
    ),
}


def test_acceptance_proof_text() -> None:
    offices = [BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION, BodyKind.QUALITY_AUTHORITY]
    got = [render_proof(appeal_rules.acceptance_proof(office, channel, rules_on=dt.date(2025, 1, 6)))
           for office in offices for channel in Channel]
    assert got == PROOF_TEXTS


def test_addressee_check_text() -> None:
    got = {r: [render_check(appeal_rules.check_addressee(r, b, rules_on=dt.date(2025, 1, 6))) for b in BodyKind]
           for r in Respondent}
    assert got == ADDRESSEE_TEXTS


ASSESSED: dict[str, tuple[Complaint, dict[str, Any]]] = {
    "provider.registered.pending": (
        Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.IN_PERSON, dt.date(2024, 12, 31),
                  addressee=BodyKind.SERVICE_PROVIDER, learned_on=dt.date(2024, 12, 20)),
        {"registration": Registration(dt.date(2024, 12, 31)), "on": dt.date(2025, 1, 6)}),
    "corporation.portal.overdue": (
        Complaint(Respondent.STATE_CORPORATION, AppealedAct.INACTION, Channel.PORTAL, dt.date(2019, 4, 1),
                  addressee=BodyKind.MINISTRY),
        {"registration": Registration(dt.date(2019, 4, 2), BodyKind.STATE_CORPORATION), "on": dt.date(2019, 4, 30)}),
    "provider.post.before_filing": (
        Complaint(Respondent.SERVICE_PROVIDER, AppealedAct.ACTION, Channel.POST, dt.date(2025, 3, 3),
                  office=BodyKind.MINISTRY, learned_on=dt.date(2025, 2, 14)),
        {}),
    "provider.appc.overdue": (
        Complaint(Respondent.SERVICE_PROVIDER, AppealedAct.DECISION, Channel.IN_PERSON, dt.date(2025, 2, 3),
                  learned_on=dt.date(2025, 1, 10)),
        {"registration": Registration(dt.date(2025, 2, 3)), "on": dt.date(2025, 2, 24)}),
    "corporation.appc.expired_limit": (
        Complaint(Respondent.STATE_CORPORATION_EMPLOYEE, AppealedAct.ACTION, Channel.POST, dt.date(2025, 6, 2),
                  learned_on=dt.date(2025, 1, 10)),
        {}),
    "corporation.appc.overdue": (
        Complaint(Respondent.STATE_CORPORATION_EMPLOYEE, AppealedAct.ACTION, Channel.IN_PERSON, dt.date(2025, 2, 3),
                  learned_on=dt.date(2025, 1, 10)),
        {"registration": Registration(dt.date(2025, 2, 3), BodyKind.STATE_CORPORATION), "on": dt.date(2025, 2, 24)}),
}


@pytest.mark.parametrize("name", sorted(ASSESSED))
def test_assessment_explain_text(name: str) -> None:
    complaint, kwargs = ASSESSED[name]
    expected = ASSESSMENT_TEXTS[name].replace("{CALENDAR}", appeal_rules.default_calendar().version)
    assert appeal_rules.assess(complaint, **kwargs).explain() == expected


def test_escalation_counts_on_the_calendar_it_is_given() -> None:
    """The review deadline and the court's month are counted on the calendar passed, not the default one."""
    order = CalendarOverlay(act="Order (test)", days_off=(dt.date(2027, 1, 8), dt.date(2027, 2, 11)),
                            confirms_years=(2026, 2027))
    cal = WorkingCalendar(overlays=(order,))
    pending = appeal_rules.escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2027, 1, 5),
                                              registered_on=dt.date(2027, 1, 4), calendar=cal)
    assert pending.waiting_until == appeal_rules.review_deadline(dt.date(2027, 1, 4), BodyKind.SERVICE_PROVIDER,
                                                                 calendar=cal).due
    assert pending.waiting_until != appeal_rules.review_deadline(dt.date(2027, 1, 4), BodyKind.SERVICE_PROVIDER).due
    assert pending.calendar_version == cal.version
    answered = appeal_rules.escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2027, 1, 20),
                                               registered_on=dt.date(2027, 1, 4), answered_on=dt.date(2027, 1, 11),
                                               calendar=cal)
    court = answered.options[0]
    assert court.act_by == dt.date(2027, 2, 12)  # 11 February is a day off under the order: the next working day
    assert appeal_rules.escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2027, 1, 20),
                                           registered_on=dt.date(2027, 1, 4),
                                           answered_on=dt.date(2027, 1, 11)).options[0].act_by == dt.date(2027, 2, 11)


def test_escalation_reads_the_rules_at_rules_on() -> None:
    """A pending stage with rules_on before the APPC counts the 2018 review term and cites it."""
    e = appeal_rules.escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2021, 7, 6),
                                        registered_on=dt.date(2021, 7, 5), rules_on=dt.date(2021, 6, 30))
    assert "review_term.first_instance@2018" in [v.version for v in e.basis]


def test_memoized_deadline_still_applies_the_policy() -> None:
    """A repeated provisional question is answered from the memo, and warn and raise still apply."""
    cal = WorkingCalendar(2026, 2027)
    day = dt.date(2026, 12, 28)
    first = appeal_rules.review_deadline(day, BodyKind.MINISTRY, calendar=cal)
    assert first.provisional
    with pytest.raises(appeal_rules.ProvisionalResultError):
        appeal_rules.review_deadline(day, BodyKind.MINISTRY, calendar=cal, on_provisional=ProvisionalPolicy.RAISE)
    with pytest.warns(ProvisionalResultWarning, match="^provisional result: 2027-01-01 is past"):
        appeal_rules.review_deadline(day, BodyKind.MINISTRY, calendar=cal, on_provisional=ProvisionalPolicy.WARN)
    confirmed = dt.date(2026, 3, 3)
    appeal_rules.review_deadline(confirmed, BodyKind.MINISTRY, calendar=cal)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = appeal_rules.review_deadline(confirmed, BodyKind.MINISTRY, calendar=cal,
                                             on_provisional=ProvisionalPolicy.WARN)
    assert not again.provisional


def test_escalation_applies_the_policy_to_every_date() -> None:
    """raise: the pending review deadline and a provisional court month are refused; mark: marked."""
    with pytest.raises(appeal_rules.ProvisionalResultError):
        appeal_rules.escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2026, 12, 29),
                                        registered_on=dt.date(2026, 12, 28), on_provisional=ProvisionalPolicy.RAISE)
    answered = appeal_rules.escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2026, 12, 15),
                                               registered_on=dt.date(2026, 12, 1), answered_on=dt.date(2026, 12, 10))
    assert answered.provisional  # the court's month runs into 2027
    assert answered.provisional_reasons[-1].startswith("2027-01-01 is past")
    assert len(set(answered.provisional_reasons)) == len(answered.provisional_reasons)


def test_escalation_names_the_calendar_version_at_every_stage() -> None:
    cal = WorkingCalendar(2024, 2026)
    for stage in (Stage.COURT, Stage.BEFORE_FILING, Stage.QUALITY_ANSWERED):
        e = appeal_rules.escalation_options(stage, on=dt.date(2025, 3, 3), calendar=cal)
        assert e.calendar_version == cal.version, stage


def test_answered_stage_without_the_answer_date() -> None:
    """Without answered_on the court option has no last day, and is not expired."""
    e = appeal_rules.escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2025, 3, 3))
    (court,) = e.options
    assert (court.kind, court.act_by, court.expired) == (appeal_rules.OptionKind.GO_TO_COURT, None, False)


def test_assessment_office_is_the_first_valid_choice() -> None:
    """The office is the one named, else the registering body, else a valid addressee, else the first allowed."""
    lodged = dt.date(2025, 3, 3)
    invalid = Complaint(Respondent.STATE_CORPORATION, AppealedAct.DECISION, Channel.POST, lodged,
                        addressee=BodyKind.MINISTRY)
    assert appeal_rules.assess(invalid).proof.office is BodyKind.STATE_CORPORATION
    valid = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, lodged,
                      addressee=BodyKind.MINISTRY)
    assert appeal_rules.assess(valid).proof.office is BodyKind.MINISTRY
    plain = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, lodged)
    registered = appeal_rules.assess(plain, registration=Registration(lodged, BodyKind.MINISTRY))
    assert registered.proof.office is BodyKind.MINISTRY
    assert registered.answer.methods[1] == "collected at the office of the ministry"
    named = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, lodged,
                      addressee=BodyKind.MINISTRY, office=BodyKind.SERVICE_PROVIDER)
    assert appeal_rules.assess(named, registration=Registration(lodged, BodyKind.MINISTRY)).proof.office is (
        BodyKind.SERVICE_PROVIDER)


def test_assessment_passes_its_inputs_to_every_step() -> None:
    """The calendar, the policy, the respondent and the lodging date reach the deadline and the escalation."""
    order = CalendarOverlay(act="Order (test)", days_off=(dt.date(2027, 1, 8),), confirms_years=(2026, 2027))
    cal = WorkingCalendar(overlays=(order,))
    c = Complaint(Respondent.STATE_CORPORATION, AppealedAct.DECISION, Channel.POST, dt.date(2027, 1, 4),
                  learned_on=dt.date(2026, 12, 1))
    registered = appeal_rules.assess(c, registration=Registration(dt.date(2027, 1, 4), BodyKind.STATE_CORPORATION),
                                     on=dt.date(2027, 1, 5), calendar=cal)
    assert registered.deadline is not None
    assert registered.deadline.due == appeal_rules.review_deadline(dt.date(2027, 1, 4), BodyKind.STATE_CORPORATION,
                                                                   calendar=cal).due
    assert registered.escalation.waiting_until == registered.deadline.due
    assert registered.escalation.calendar_version == cal.version
    before = appeal_rules.assess(c, on=dt.date(2027, 1, 5), calendar=cal)
    assert before.escalation.calendar_version == cal.version
    assert before.escalation.options[0].bodies == (BodyKind.STATE_CORPORATION,)
    assert before.escalation.options[0].act_by == dt.date(2027, 3, 1)  # 1 December + 3 months, on the calendar
    with pytest.raises(appeal_rules.ProvisionalResultError):
        appeal_rules.assess(c, on=dt.date(2027, 1, 5), on_provisional=ProvisionalPolicy.RAISE)
    with pytest.raises(appeal_rules.ProvisionalResultError):
        appeal_rules.assess(c, registration=Registration(dt.date(2027, 1, 4), BodyKind.STATE_CORPORATION),
                            on=dt.date(2027, 1, 5), on_provisional=ProvisionalPolicy.RAISE)
    # Rules are read at the lodging date: lodged under the 2018 standard, asked about under the APPC.
    old = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2021, 6, 30))
    assert appeal_rules.assess(old, on=dt.date(2021, 7, 5)).escalation.regime == "2018"


def test_assessment_is_pending_on_the_due_date_and_overdue_after() -> None:
    c = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2025, 2, 3))
    registration = Registration(dt.date(2025, 2, 3))
    on_due = appeal_rules.assess(c, registration=registration, on=dt.date(2025, 2, 10))
    assert on_due.escalation.stage is Stage.FIRST_INSTANCE_PENDING
    after = appeal_rules.assess(c, registration=registration, on=dt.date(2025, 2, 11))
    assert after.escalation.stage is Stage.FIRST_INSTANCE_OVERDUE


# --- survivors of the 2026-11-25 re-run (the snapshot flag check, confirmations after a gap) -------


def test_snapshot_reports_every_bad_estimated_flag_with_its_value() -> None:
    """Each day's flag is checked (not only the first bad one) and the message shows the value."""
    data = appeal_rules.default_calendar().snapshot()
    data["days"] = [dict(d) for d in data["days"]]
    data["days"][0]["estimated"] = "false"
    data["days"][3]["estimated"] = None
    with pytest.raises(appeal_rules.InputTypeError) as caught:
        WorkingCalendar.from_snapshot(data)
    assert [(p.path, p.message, p.accepted) for p in caught.value.problems] == [
        ("snapshot.days[0].estimated", "got str 'false'", "true or false"),
        ("snapshot.days[3].estimated", "got NoneType None", "true or false"),
    ]


@pytest.mark.parametrize("first_year", [2019, 2017])
def test_a_wrong_confirmation_is_refused_after_unconfirmed_years(first_year: int) -> None:
    """A confirmed year's Kurban Ait is checked even when the calendar starts in an unconfirmed year."""
    wrong = attrs.evolve(CONFIRMED_YEARS[1], kurban_ait=dt.date(2019, 8, 12))
    with pytest.raises(appeal_rules.CalendarConflictError) as caught:
        WorkingCalendar(first_year, 2020, confirmations=(wrong,)).version  # noqa: B018 - builds the index
    assert [p.path for p in caught.value.problems] == ["confirmations[2019]"]
    assert "disagrees with the holidays data (2019-08-11)" in caught.value.problems[0].message


@pytest.mark.parametrize(("rules_on", "message"), [
    ("2025-01-01", "got str '2025-01-01'"),
    (dt.datetime(2025, 1, 1), "got a naive datetime 2025-01-01T00:00:00"),  # naive on purpose
])
def test_review_deadline_refuses_a_bad_rules_on_by_its_own_name(rules_on: object, message: str) -> None:
    """Only ``rules_on`` wrong: the memo's fast path must not take it (and report it as ``on``)."""
    with pytest.raises(appeal_rules.InvalidInputError) as caught:
        appeal_rules.review_deadline(dt.date(2025, 3, 3), appeal_rules.BodyKind.SERVICE_PROVIDER,
                                     rules_on=rules_on)  # type: ignore[arg-type]
    assert [(p.path, p.message) for p in caught.value.problems] == [("rules_on", message)]
