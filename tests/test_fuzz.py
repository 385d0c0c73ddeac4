"""Hypothesis fuzzing of every public callable, with an independent oracle for every date.

What is fuzzed (discovered by introspection, so a new public function is fuzzed without a change
here):

* every function and every class constructor in ``appeal_rules.__all__`` (exceptions, warnings
  and enums excepted, see :data:`EXEMPT`), and every public method with arguments of those classes
  (``WorkingCalendar.add_working_days``, ``WorkingCalendar.from_snapshot``, ...);
* the public functions and classes of :mod:`appeal_rules.serialization` and
  :mod:`appeal_rules.labels`, and ``appeal_rules.cli.main(argv)``, when those modules exist.

Valid values come from the public strategies of :mod:`appeal_rules.testing` where they serve (see
the comment at "strategies" below). Each argument gets, per example, either a value of its
annotated type (dates from year 1 to 9999,
aware and naive datetimes with offsets up to +-23:59, whole numbers up to +-2**63 and 10**12, enum
members and their string values, calendars, overlays, snapshots, ...) or arbitrary junk (``None``,
bools, floats with NaN, strings, bytes, empty and malformed containers, foreign objects).

What is asserted, for every call:

1. only errors of the library (subclasses of :class:`~appeal_rules.AppealRulesError`) escape: never a
   bare ``KeyError``, ``IndexError``, ``AttributeError``, ``OverflowError``, ``TypeError`` or
   ``ValueError`` (and ``cli.main`` never raises, not even ``SystemExit``: it returns its exit code);
2. no hang: each call is bounded - at most :data:`SOFT_LIMIT_S` seconds of CPU (``time.process_time``)
   and :data:`HARD_LIMIT_S` seconds of wall time (``time.perf_counter``, and ``signal.setitimer`` to
   interrupt it where available) - a hang detector, not a performance assertion;
3. no silently wrong date: every successful ``add_working_days``, ``is_working_day``,
   ``working_days_between``, ``count_period``, ``review_deadline``, ``registration_date``,
   ``calendar_month``, pending ``escalation_options`` and ``assess`` is checked against the
   independent oracle in ``tests/oracle.py``; where the oracle has an answer for well-typed input,
   a refusal is a failure too; ``provisional`` must be true exactly when the due date is past the
   calendar's data horizon, and the provisional policy (mark, warn, raise) must be obeyed;
4. a :class:`~appeal_rules.errors.ProvisionalResultWarning` is the only warning, and only under ``warn``.

Running it (``--no-cov``: the suite's ``addopts`` require 100% coverage, which one file never reaches):

* CI: ``python -m pytest tests/test_fuzz.py --no-cov`` (the ``ci`` Hypothesis profile of
  ``tests/conftest.py``: 60 derandomized examples per callable, plus exhaustive oracle sweeps of the
  default calendar; the file takes about 12 s, 30 s of CPU with coverage on);
* long mode: ``HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py --no-cov`` (5 000 examples
  per callable, random seeds; about 20 minutes);
* a summary of what was tried (examples per callable, returns, every documented error seen and how
  often, oracle checks, known bugs hit) is written when ``FUZZ_REPORT=path`` is set (``.json`` for
  JSON, anything else for Markdown), e.g.
  ``FUZZ_REPORT=fuzz-report.md python -m pytest tests/test_fuzz.py --no-cov``. docs/quality.md
  gives the figures of both profiles.

Known bugs (found by this fuzzer, not fixed yet) are listed in :data:`KNOWN_BUGS`: the fuzzer
tolerates exactly those escapes (and counts them in the report), and each has a minimal example in
a ``test_bug_*`` test marked ``xfail(strict=True)``, which fails as soon as the bug is fixed: then
delete the marker and the entry.
"""

from __future__ import annotations

import collections.abc
import contextlib
import copy
import csv
import datetime as dt
import enum
import functools
import importlib
import inspect
import io
import json
import os
import reprlib
import signal
import sys
import tempfile
import threading
import time
import types
import typing
import warnings
import zoneinfo
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import appeal_rules as ar
import appeal_rules.errors
import appeal_rules.model
import appeal_rules.rules
from appeal_rules import (
    AppealedAct,
    AppealRulesError,
    BodyKind,
    CalendarOverlay,
    Channel,
    Complaint,
    Convention,
    InvalidInputError,
    ProvisionalPolicy,
    Registration,
    Respondent,
    ReviewDeadline,
    Stage,
    WorkingCalendar,
)
from appeal_rules import testing as public
from appeal_rules.calendar import CONFIRMED_YEARS, YearConfirmation, default_calendar
from appeal_rules.deadlines import DEFAULT_OFFICE_HOURS, MonthRounding, OfficeHours, Period
from appeal_rules.errors import (
    AmbiguousDateError,
    CalendarRangeError,
    InputTypeError,
    ProvisionalResultError,
    ProvisionalResultWarning,
)
from appeal_rules.rules import APPC_IN_FORCE, RULES, Term, Unit
from oracle import AMBIGUOUS, Oracle, OraclePeriod, oracle_for

# --- limits ---------------------------------------------------------------------------------------

#: A call using more CPU time than this fails as a suspected hang (generous: the slowest honest
#: call, building a 109-year calendar with overlays, takes about 0.2 s). CPU time, measured with
#: ``time.process_time``, so that a loaded machine does not make a slow call look hung.
SOFT_LIMIT_S = 2.0
#: A call still running after this much wall-clock time (``time.perf_counter``) fails too, and on
#: POSIX it is interrupted by ``SIGALRM`` at that point, so that a hang that does not burn CPU
#: (a deadlock) fails the test instead of blocking CI.
HARD_LIMIT_S = 30.0

KZ = zoneinfo.ZoneInfo("Asia/Almaty")
COVERAGE_START = dt.date(2018, 1, 1)

# --- what is fuzzed -------------------------------------------------------------------------------

#: The public API: the top level, then the public names of the modules that own everything below
#: it (the top level re-exports the names most callers need; the rest are public in their module).
PUBLIC_MODULES: tuple[Any, ...] = (ar, ar.calendar, ar.deadlines, ar.procedure, ar.rules, ar.labels, ar.model,
                                   ar.errors, ar.sources)
PUBLIC: dict[str, Any] = {}
for _module in PUBLIC_MODULES:
    for _name in _module.__all__:
        PUBLIC.setdefault(_name, getattr(_module, _name))
PUBLIC_API = types.SimpleNamespace(**PUBLIC)

#: Public names deliberately not fuzzed, each with the reason.
EXEMPT: dict[str, str] = {
    # Exception and warning classes: their constructors take a message or problems the library
    # builds itself; the fuzz contract is about the API's inputs (errors are what it raises).
    **{name: "an exception or warning class" for name, obj in PUBLIC.items()
       if inspect.isclass(obj) and issubclass(obj, BaseException)},
    # Enum classes: calling one is Python's lookup by value (ValueError for an unknown value); the
    # library's functions accept members and their string values, and those are fuzzed.
    **{name: "an enum (lookup by value is Python's)" for name, obj in PUBLIC.items()
       if inspect.isclass(obj) and issubclass(obj, enum.Enum)},
    # The trusted counting API the library's own modules call after checking their input once, at
    # the edge (issue 10): it is documented as taking checked values and checks nothing again, so
    # junk is out of its contract. The public functions built on it are fuzzed.
    **{f"CalendarIndex.{name}": "trusted counting API (checked values only)"
       for name in ("check_ordinal", "day", "days_off", "is_working", "nth_position", "ordinal",
                    "provisional_reasons")},
    "count_on_index": "trusted counting API (checked values only)",
    "due_on_index": "trusted counting API (checked values only)",
    "apply_policy": "applies a checked policy to the reasons a checked computation produced",
}

#: Modules besides the package whose public callables are fuzzed when they exist.
EXTRA_MODULES = ("appeal_rules.serialization", "appeal_rules.labels")

#: Arguments fuzzed with well-typed values only (never junk), each with the reason.
TYPED_ONLY: dict[str, str] = {
    # argv is a list of command-line words by nature; a non-list is a programming error that
    # argparse reports as Python's TypeError, and None means "the process's arguments" (pytest's).
    "cli.main.argv": "command-line words only",
    # run_batch reads and writes streams: a non-stream is a programming error (csv's TypeError);
    # what is fuzzed is the CSV text read from the stream, and the calendar.
    "cli.run_batch.source": "a text stream of fuzzed CSV",
    "cli.run_batch.sink": "a text stream",
    "cli.run_batch.progress": "a callable or None",
}

#: Targets that write files or print: they run with the working directory in a fresh temporary
#: directory and with stdout and stderr captured.
SANDBOXED = frozenset({"serialization.write_schemas", "cli.main", "cli.run_batch"})


@dataclass(frozen=True)
class Param:
    """One parameter of a fuzzed callable."""

    name: str
    annotation: Any
    required: bool
    positional: bool  # passed by position (``self`` of a method)


@dataclass(frozen=True)
class Target:
    """A public callable to fuzz."""

    name: str
    func: Callable[..., Any]
    params: tuple[Param, ...]
    #: A validating constructor or a function: its result is used further (lazy calendars built,
    #: ``explain()`` called); a plain record's constructor is only called.
    exercise_result: bool = True


def _hints_of(func: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(func)
    except (NameError, TypeError):  # pragma: no cover - an annotation that does not resolve
        return {}


def _function_target(name: str, func: Callable[..., Any], *, self_type: type | None = None) -> Target:
    hints = _hints_of(func)
    params: list[Param] = []
    for p in inspect.signature(func).parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.name == "self" and self_type is not None:
            params.append(Param("self", self_type, required=True, positional=True))
            continue
        params.append(Param(p.name, hints.get(p.name, Any), required=p.default is p.empty,
                            positional=p.kind is p.POSITIONAL_ONLY))
    return Target(name, func, tuple(params))


def _class_target(name: str, cls: type) -> Target:
    if attrs.has(cls):
        attrs.resolve_types(cls)
        params = tuple(
            Param(f.alias or f.name, f.type if f.type is not None else Any,
                  required=f.default is attrs.NOTHING, positional=False)
            for f in attrs.fields(cls) if f.init
        )
        validates = hasattr(cls, "__attrs_post_init__") or any(
            f.validator is not None or f.converter is not None for f in attrs.fields(cls))
        return Target(name, cls, params, exercise_result=validates)
    init_function: Callable[..., Any] = vars(cls)["__init__"]  # the class's own __init__, self included
    init = _function_target(name, init_function)
    return Target(name, cls, tuple(p for p in init.params if p.name != "self"))


def is_public_name(name: str) -> bool:
    """Public by its name: no leading underscore, and not a copy a mutation tool added (``xǁCǁf__mutmut_1``)."""
    return not name.startswith("_") and "__mutmut" not in name and "\u01c1" not in name


def _methods_of(prefix: str, cls: type) -> list[Target]:
    out: list[Target] = []
    for meth_name, raw in vars(cls).items():
        if not is_public_name(meth_name):
            continue
        name = f"{prefix}.{meth_name}"
        if isinstance(raw, classmethod):
            func = getattr(cls, meth_name)
            target = _function_target(name, func)
        elif isinstance(raw, staticmethod):
            target = _function_target(name, raw.__func__)
        elif inspect.isfunction(raw):
            target = _function_target(name, raw, self_type=cls)
        else:
            continue
        if len([p for p in target.params if p.name != "self"]) == 0:
            continue  # no argument to fuzz; such methods are exercised on every result instead
        out.append(target)
    return out


def _module_targets(prefix: str, module: Any, names: typing.Iterable[str]) -> list[Target]:
    out: list[Target] = []
    for name in names:
        obj = getattr(module, name)
        full = f"{prefix}{name}"
        if full in EXEMPT or not callable(obj):
            continue
        if inspect.isclass(obj):
            if issubclass(obj, (BaseException, enum.Enum)):
                continue  # see EXEMPT
            out.append(_class_target(full, obj))
            out += [t for t in _methods_of(full, obj) if t.name not in EXEMPT]
        elif inspect.isfunction(obj):
            out.append(_function_target(full, obj))
    return out


def _optional_module(name: str) -> types.ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as err:
        if err.name != name:  # the module exists but something it imports does not: a real error
            raise
        return None


def discover_targets() -> list[Target]:
    """Every public callable of the package (and of the extra modules that exist), introspected."""
    targets = _module_targets("", PUBLIC_API, tuple(PUBLIC))
    for modname in EXTRA_MODULES:
        module = _optional_module(modname)
        if module is not None:
            short = modname.rsplit(".", 1)[1]
            targets += _module_targets(f"{short}.", module, getattr(module, "__all__", ()))
    cli = _optional_module("appeal_rules.cli")
    if cli is not None:
        targets += _module_targets("cli.", cli, getattr(cli, "__all__", ()))
    return targets


TARGETS = discover_targets()
TARGETS_BY_NAME = {t.name: t for t in TARGETS}

# --- the calendars the fuzzer passes as ``calendar=`` -----------------------------------------------

_EXAMPLE_OVERLAY = CalendarOverlay(
    act="Order of the Labour Minister (fuzz example)",
    days_off=(dt.date(2027, 1, 8),), working_days=(dt.date(2027, 1, 16),), confirms_years=(2026, 2027),
)


@functools.cache
def calendar_pool() -> tuple[WorkingCalendar, ...]:
    """Valid calendars of different shapes, built once (the default first)."""
    default = default_calendar()
    pool = (
        default,
        WorkingCalendar(2024, 2026),
        WorkingCalendar(2018, 2018),
        WorkingCalendar(1991, 2099),
        WorkingCalendar(overlays=(_EXAMPLE_OVERLAY,)),
        WorkingCalendar.from_snapshot(default.snapshot()),
    )
    for cal in pool:
        cal.horizon  # noqa: B018 - build every index now, outside the timed calls
    return pool


def oracle_of(cal: WorkingCalendar) -> Oracle:
    """The independent oracle for a calendar of the pool (or any calendar without custom confirmations)."""
    return oracle_for(
        cal.first_year, cal.last_year,
        days_off=[d for o in cal.overlays for d in o.days_off],
        working_days=[d for o in cal.overlays for d in o.working_days],
    )


def horizon_end(cal: WorkingCalendar) -> dt.date:
    """The last confirmed day, from the documented rule (the unbroken run of confirmed years from the first)."""
    confirmed = {c.year for c in CONFIRMED_YEARS} | {y for o in cal.overlays for y in o.confirms_years}
    year = cal.first_year - 1
    while year < cal.last_year and year + 1 in confirmed:
        year += 1
    return dt.date(year, 12, 31) if year >= cal.first_year else cal.first_day - dt.timedelta(days=1)


# --- strategies -------------------------------------------------------------------------------------
#
# Valid values come from the public strategies of appeal_rules.testing (the ones a downstream suite
# uses), so the fuzzer exercises them too. The fuzzer also needs what they deliberately never draw:
# days and moments around and far outside the calendar (years 1-9999, offsets up to +-23:59),
# overlays that contradict the data, terms up to the library's limit; those are built here.

OFFSET_ZONES: tuple[dt.tzinfo, ...] = (
    dt.UTC,
    dt.timezone(dt.timedelta(hours=23, minutes=59)),
    dt.timezone(-dt.timedelta(hours=23, minutes=59)),
    dt.timezone(dt.timedelta(hours=5)),
    KZ,
    zoneinfo.ZoneInfo("Asia/Aqtobe"),
    zoneinfo.ZoneInfo("Pacific/Kiritimati"),  # UTC+14
    zoneinfo.ZoneInfo("Etc/GMT+12"),  # UTC-12
    zoneinfo.ZoneInfo("America/New_York"),
)

EDGE_DATES = (
    dt.date.min, dt.date.max, dt.date(1, 1, 2), dt.date(9999, 12, 30),
    dt.date(2017, 12, 31), dt.date(2018, 1, 1), dt.date(2018, 12, 31), dt.date(2021, 6, 30), dt.date(2021, 7, 1),
    dt.date(2024, 2, 29), dt.date(2024, 12, 31), dt.date(2025, 1, 3), dt.date(2025, 1, 5), dt.date(2025, 12, 31),
    dt.date(2026, 1, 1), dt.date(2026, 7, 11), dt.date(2026, 7, 12), dt.date(2030, 12, 31), dt.date(2031, 1, 1),
    dt.date(1991, 1, 1), dt.date(2099, 12, 31),
)


class _DateSubclass(dt.date):
    """A ``date`` subclass (as ``pendulum`` or ``arrow`` types are): accepted, but not ``type(x) is date``."""


def in_range_dates() -> st.SearchStrategy[dt.date]:
    """Days in the default calendar (2018-2030, the public ``calendar_dates``) and just around it."""
    return public.calendar_dates() | st.dates(dt.date(2017, 11, 1), dt.date(2031, 2, 28))


def any_dates() -> st.SearchStrategy[dt.date]:
    """Days in and around the calendar, edges, and any day from year 1 to 9999."""
    return st.one_of(in_range_dates(), in_range_dates(), st.sampled_from(EDGE_DATES), st.dates())


def aware_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Aware datetimes, mostly near the calendar's years, in zones with offsets up to +-23:59 (and years 1-9999).

    The public ``aware_datetimes`` stays a day inside the calendar, with offsets up to +-14 hours.
    """
    near = public.aware_datetimes() | st.datetimes(dt.datetime(2017, 12, 1), dt.datetime(2031, 1, 31),
                                                   timezones=st.sampled_from(OFFSET_ZONES))
    anywhere = st.datetimes(timezones=st.sampled_from(OFFSET_ZONES))
    edges = st.sampled_from([dt.datetime.min, dt.datetime.max]).flatmap(
        lambda d: st.sampled_from(OFFSET_ZONES).map(lambda tz: d.replace(tzinfo=tz)))
    return st.one_of(near, near, anywhere, edges)


def naive_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Naive datetimes (refused: their time zone is unknown), in the calendar (the public strategy) or anywhere."""
    return public.naive_datetimes() | st.datetimes()


def date_like() -> st.SearchStrategy[Any]:
    """What a date argument may be given as: dates (mostly), aware and naive datetimes, a date subclass."""
    return st.one_of(
        any_dates(), any_dates(), any_dates(), aware_datetimes(), naive_datetimes(),
        in_range_dates().map(lambda d: _DateSubclass(d.year, d.month, d.day)),
    )


def whole_numbers() -> st.SearchStrategy[int]:
    """Small counts, years, and extremes (+-10**12, +-2**63, the limits the library sets)."""
    return st.one_of(
        st.integers(-40, 40), st.integers(-40, 40), st.integers(1985, 2105),
        st.sampled_from([10**12, -(10**12), 2**63, -(2**63) - 1, 2**31, 100_000, 100_001, 4_748, -4_748, 9_999]),
        st.integers(),
    )


LIB_ENUMS: tuple[type[enum.Enum], ...] = tuple(
    obj for obj in PUBLIC.values() if inspect.isclass(obj) and issubclass(obj, enum.Enum)
)
RULE_IDS = tuple(r.id for r in RULES)
VERSION_IDS = tuple(v.version for r in RULES for v in r.versions)
ZONE_NAMES = ("Asia/Almaty", "Asia/Aqtobe", "UTC", "Europe/Moscow", "Pacific/Kiritimati", "Etc/GMT+12",
              "", "Asia/Nowhere", "asia/almaty", "../../etc/passwd", "/etc/localtime", "\x00", "Asia/Almaty ")


def enum_values() -> st.SearchStrategy[str]:
    """The string value of any member of any library enum."""
    return st.sampled_from([m.value for e in LIB_ENUMS for m in e if isinstance(m.value, str)])


def texts() -> st.SearchStrategy[str]:
    """Strings: rule and version ids, enum values, zone names, words and arbitrary text."""
    return st.one_of(
        st.sampled_from(RULE_IDS + VERSION_IDS), enum_values(), st.sampled_from(ZONE_NAMES),
        st.sampled_from(["", " ", "en", "kk", "ru", "de", "Victory Day", "2024-12-31", "2024-13-01", "null"]),
        st.text(max_size=12),
    )


def _leaf_junk() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(), st.booleans(), whole_numbers(), st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=6), st.binary(max_size=4), st.sampled_from([m for e in LIB_ENUMS for m in e]),
        enum_values(), any_dates(), aware_datetimes(), naive_datetimes(),
        st.times(timezones=st.none() | st.sampled_from(OFFSET_ZONES)), st.timedeltas(),
        st.builds(object), st.just(NotImplemented), st.just(...), st.complex_numbers(allow_nan=True),
        st.sampled_from([Term(5, Unit.WORKING_DAYS), _EXAMPLE_OVERLAY, DEFAULT_OFFICE_HOURS, RULES[0]]),
        st.sampled_from([str, int, dt.date, Term, WorkingCalendar]),
    )


def junk() -> st.SearchStrategy[Any]:
    """Arbitrary values: scalars of every kind, and empty or malformed containers of them."""
    leaf = _leaf_junk()
    hashable = st.one_of(st.integers(), st.text(max_size=4), any_dates())
    return st.one_of(
        leaf, leaf, leaf,
        st.lists(leaf, max_size=3), st.lists(leaf, max_size=3).map(tuple),
        st.sets(hashable, max_size=3), st.frozensets(hashable, max_size=3),
        st.dictionaries(st.text(max_size=4), leaf, max_size=3),
        st.just([]), st.just(()), st.just({}), st.just(set()),
    )


def terms() -> st.SearchStrategy[Term]:
    """Valid terms: those a rule could set (the public ``terms``), and long ones up to the limit of 100 000."""
    lengths = st.one_of(st.integers(0, 400), st.integers(0, 100_000),
                        st.sampled_from([0, 1, 12, 155, 156, 4_748, 95_771, 95_772, 99_999, 100_000]))
    return public.terms() | public.terms() | st.builds(Term, lengths, st.sampled_from(list(Unit)))


def overlays() -> st.SearchStrategy[CalendarOverlay]:
    """Overlays, valid (the public ``calendar_overlays``) or contradicting the base data or each other (days
    anywhere from 2017 to 2031)."""
    days = st.lists(st.dates(dt.date(2017, 12, 20), dt.date(2031, 1, 10)), max_size=3)
    return st.one_of(
        st.just(_EXAMPLE_OVERLAY),
        public.calendar_overlays(),
        st.builds(CalendarOverlay, act=st.sampled_from(["Order (fuzz)", "Decree No. 1"]),
                  days_off=days.map(tuple), working_days=days.map(tuple),
                  confirms_years=st.lists(st.integers(2018, 2032), max_size=2).map(tuple)),
    )


def year_confirmations() -> st.SearchStrategy[Any]:
    """Confirmation records: the real ones, shuffled subsets, wrong Kurban Ait dates."""
    real = st.sampled_from(CONFIRMED_YEARS)
    wrong = st.builds(YearConfirmation, st.integers(2018, 2030), st.just("act"), st.just("src"),
                      in_range_dates(), st.just("src"))
    return st.one_of(real, real, wrong)


@functools.cache
def _default_snapshot() -> dict[str, Any]:
    return default_calendar().snapshot()


@st.composite
def snapshots(draw: st.DrawFn) -> Any:
    """Snapshot data: the real one, with years changed, keys missing, or values replaced by junk."""
    data = copy.deepcopy(_default_snapshot())
    action = draw(st.sampled_from(["keep", "years", "drop", "junk", "day", "days", "estimated"]))
    if action == "years":
        data["first_year"], data["last_year"] = draw(st.sampled_from([(2024, 2026), (2018, 2018), (2030, 2030)]))
    elif action == "drop":
        del data[draw(st.sampled_from(sorted(data)))]
    elif action == "junk":
        data[draw(st.sampled_from(sorted(data)))] = draw(junk())
    elif action == "day":
        i = draw(st.integers(0, len(data["days"]) - 1))
        day = dict(data["days"][i])
        day[draw(st.sampled_from(sorted(day)))] = draw(junk() | texts())
        data["days"][i] = day if draw(st.booleans()) else draw(junk())
    elif action == "days":
        data["days"] = draw(st.lists(junk(), max_size=2))
    else:
        data["estimated"] = draw(st.lists(junk() | st.just("2026-05-27"), max_size=2))
    return data


def office_hours() -> st.SearchStrategy[OfficeHours]:
    """Valid office hours, from very short to almost the whole day."""
    return st.tuples(st.times(), st.times()).filter(lambda p: p[0] < p[1]).map(lambda p: OfficeHours(*p))


def complaints() -> st.SearchStrategy[Complaint]:
    """Valid complaints: the public ``complaints``, and ones lodged just around the rules' coverage."""
    day = st.dates(dt.date(2017, 12, 1), dt.date(2031, 1, 31))
    return public.complaints() | st.builds(
        lambda r, a, c, lodged, addressee, office, back: Complaint(
            r, a, c, lodged, addressee, office, None if back is None else lodged - dt.timedelta(days=back)),
        st.sampled_from(list(Respondent)), st.sampled_from(list(AppealedAct)), st.sampled_from(list(Channel)),
        day, st.none() | st.sampled_from(list(BodyKind)), st.none() | st.sampled_from(list(BodyKind)),
        st.none() | st.integers(0, 200),
    )


def registrations() -> st.SearchStrategy[Registration]:
    """Valid registration records (any body): the public ``registrations``, and ones just around the calendar."""
    return public.registrations() | st.builds(Registration, st.dates(dt.date(2017, 12, 1), dt.date(2031, 1, 31)),
                                              st.sampled_from(list(BodyKind)))


def _safe_token(token: str) -> bool:
    """Whether a command-line word stays inside the sandbox directory (no path separators, no ``..``)."""
    return "/" not in token and "\\" not in token and ".." not in token and not token.startswith("~")


def cli_argv() -> st.SearchStrategy[list[str]]:
    """Command lines for ``cli.main``: commands, options, dates, enum values, noise (no path out of the sandbox)."""
    words = st.one_of(
        st.sampled_from(["deadline", "escalation", "explain", "calendar", "batch", "--help", "-h", "--version",
                         "--json", "--reviewer", "--lodged-on", "--rules-on", "--convention", "--on",
                         "--on-provisional", "--respondent", "--appealed", "--channel", "--registered-on",
                         "--answered-on", "--learned-on", "--no-superior", "--overlay", "--json-file", "-o",
                         "2024-12-31", "2025-01-03", "2024-13-01", "0001-01-01", "9999-12-31", "2031-01-01",
                         "2025", "1", "13", "--", "-", "-x", "5", "-5", "99999999999999", "in.csv", "out.csv"]),
        enum_values(),
        st.text(max_size=8),
    ).filter(_safe_token)
    return st.lists(words, max_size=6)


CSV_COLUMNS = ("id", "registered_on", "reviewer", "lodged_on", "respondent", "channel", "appealed", "rules_on",
               "convention", "due", "error", "note")


@st.composite
def csv_sources(draw: st.DrawFn) -> io.StringIO:
    """CSV text for ``run_batch``: headers with or without the required columns, cells valid or not."""
    header = draw(st.one_of(st.just(["id", "registered_on", "reviewer"]),
                            st.lists(st.sampled_from(CSV_COLUMNS), min_size=0, max_size=6, unique=True)))
    cell = st.one_of(
        in_range_dates().map(dt.date.isoformat), in_range_dates().map(dt.date.isoformat), enum_values(),
        st.sampled_from(["", " ", "2024-13-01", "0001-01-01", "9999-12-31", "\x00", "a,b", '"', "\ufeff"]),
        st.text(max_size=5),
    )
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=len(header) + 1), max_size=4))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    if draw(st.integers(0, 5)) == 0:
        text = draw(st.sampled_from(["", "\ufeff" + text, text + '"unterminated', text.replace(",", "\x00", 1)]))
    return io.StringIO(text)


def _progress(rows: int, failed: int) -> None:
    """A progress callback for ``run_batch``."""


def json_values() -> st.SearchStrategy[Any]:
    """JSON-like values: scalars (incl. date strings), and arrays and objects of them, two levels deep."""
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texts())
    keys = st.text(max_size=6) | enum_values()
    flat = st.one_of(st.lists(scalars, max_size=3), st.dictionaries(keys, scalars, max_size=3))
    nested = st.one_of(st.lists(flat | scalars, max_size=2), st.dictionaries(keys, flat | scalars, max_size=2))
    return st.one_of(scalars, flat, nested)


def _json_for_hint(hint: Any, depth: int) -> st.SearchStrategy[Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([_json_for_hint(a, depth) for a in args])
    if hint is type(None):
        return st.none()
    if hint is dt.date:
        return st.one_of(in_range_dates().map(dt.date.isoformat), st.dates().map(dt.date.isoformat),
                         st.sampled_from(["2024-13-01", "3 March", "2024-1-1", ""]))
    if hint is bool:
        return st.booleans()
    if hint is int:
        return whole_numbers()
    if hint is str:
        return texts()
    if inspect.isclass(hint) and issubclass(hint, enum.Enum):
        return st.sampled_from([m.value for m in hint]) | texts()
    if origin is tuple and args and depth < 3:
        return st.lists(_json_for_hint(args[0], depth + 1), max_size=2)
    if inspect.isclass(hint) and attrs.has(hint) and depth < 3:
        return json_objects(hint, depth + 1)
    return json_values()


def json_objects(cls: type, depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """JSON objects shaped like ``cls`` (an attrs type): some fields, plausible or junk values, maybe an unknown one."""
    attrs.resolve_types(cls)
    fields = [f for f in attrs.fields(cls) if f.init]

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields:
            if f.default is attrs.NOTHING or draw(st.booleans()):
                plausible: bool = draw(st.booleans()) or draw(st.booleans()) or draw(st.booleans())
                if plausible:
                    out[f.name] = draw(_json_for_hint(f.type, depth))
                else:
                    out[f.name] = draw(json_values())
        if not out and len(fields) > 0 and draw(st.booleans()):
            out[fields[0].name] = draw(json_values())
        if draw(st.integers(0, 9)) == 0:
            out[draw(st.text(max_size=5))] = draw(json_values())
        return out

    return build()


def _serialization_requests() -> st.SearchStrategy[Any]:
    ser = _optional_module("appeal_rules.serialization")
    if ser is None:
        return st.nothing()
    kinds: dict[str, type] = {}
    for cls in getattr(ser, "INPUT_TYPES", ()):
        kind = getattr(cls, "KIND", None)
        if isinstance(kind, str):
            kinds[kind] = cls
    if not kinds:
        return json_values()

    @st.composite
    def request(draw: st.DrawFn) -> Any:
        kind = draw(st.sampled_from(sorted(kinds)))
        body = draw(json_objects(kinds[kind]))
        body["kind"] = kind if draw(st.integers(0, 9)) else draw(json_values())
        if draw(st.integers(0, 4)) == 0:
            return json.dumps(body) if draw(st.booleans()) else json.dumps(body).encode()
        return body

    return request()


@functools.cache
def sample_values() -> tuple[object, ...]:
    """Valid values and results of the library, for ``to_json``, ``dumps``, ``label`` and the like."""
    d = dt.date(2024, 12, 31)
    deadline = ar.review_deadline(d, BodyKind.SERVICE_PROVIDER)
    complaint = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.IN_PERSON, d,
                          addressee=BodyKind.SERVICE_PROVIDER)
    values: list[object] = [
        deadline, deadline.period, deadline.period.skipped[0], deadline.basis[0], deadline.basis[0].texts,
        Term(5, Unit.WORKING_DAYS),
        complaint, Registration(d), ar.model.Body(BodyKind.MINISTRY, "Ministry"), _EXAMPLE_OVERLAY,
        ar.assess(complaint, registration=Registration(d), on=dt.date(2025, 1, 6)),
        ar.escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2025, 2, 3), answered_on=dt.date(2025, 1, 20)),
        ar.acceptance_proof(BodyKind.STATE_CORPORATION, Channel.POST, rules_on=d), ar.rules.rule("court"),
        ar.check_addressee(Respondent.STATE_CORPORATION, BodyKind.MINISTRY, rules_on=d),
        ar.answer_delivery(BodyKind.SERVICE_PROVIDER, Channel.PORTAL, rules_on=d), DEFAULT_OFFICE_HOURS,
        InvalidInputError.single("x", "y", "z"), ar.rules.SEED_CLAUSES[0], CONFIRMED_YEARS[0],
    ]
    # The results that explain themselves in a language: an extension check and an option.
    extended = ar.review_deadline(dt.date(2026, 2, 2), BodyKind.QUALITY_AUTHORITY, extension=ar.Extension(
        12, dt.date(2026, 2, 27), BodyKind.QUALITY_AUTHORITY, decided_on=dt.date(2026, 2, 18)))
    values += [extended.extension, ar.escalation_options(Stage.COURT, on=d).basis[0]]
    values += list(ar.escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2025, 3, 3)).options)
    ser = _optional_module("appeal_rules.serialization")
    if ser is not None and hasattr(ser, "calendar_month"):
        values.append(ser.calendar_month(2025, 1))
    return tuple(values)


def _request_objects() -> st.SearchStrategy[Any]:
    ser = _optional_module("appeal_rules.serialization")
    input_types = tuple(getattr(ser, "INPUT_TYPES", ())) if ser is not None else ()
    if not input_types:
        return st.nothing()

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        assert ser is not None
        cls = draw(st.sampled_from(input_types))
        try:
            return ser.from_json(cls, draw(json_objects(cls)))
        except AppealRulesError:
            return draw(st.sampled_from(sample_values()))

    return build()


# Strategies chosen by parameter name, where the annotation is too broad to fuzz well.
NAME_HINTS: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "rule_id": lambda: st.sampled_from(RULE_IDS) | texts(),
    "time_zone": lambda: st.sampled_from(ZONE_NAMES) | texts(),
    "n": whole_numbers,
    "first_year": lambda: st.integers(1985, 2105) | whole_numbers(),
    "last_year": lambda: st.integers(1985, 2105) | whole_numbers(),
    "year": lambda: st.integers(2015, 2033) | whole_numbers(),
    "month": lambda: st.integers(0, 13) | whole_numbers(),
    "lang": lambda: st.sampled_from(["en", "kk", "ru", "de", "", "EN"]) | texts(),
    "english_name": lambda: st.sampled_from(
        ["Victory Day", "Nowruz Holiday (observed)", "Day off (substituted from 01/05/2025)", "Day off",
         "Working day", "Victory Day; Day off", "Eid al-Adha (estimated)", "Unknown Day", ";", "; "]) | texts(),
    "member_or_key": lambda: st.sampled_from([m for e in LIB_ENUMS for m in e]) | st.sampled_from(VERSION_IDS)
    | st.sampled_from([v for r in RULES for v in r.versions]) | texts(),
    "name": lambda: st.sampled_from(
        getattr(_optional_module("appeal_rules.serialization"), "SCHEMA_NAMES", ("deadline-request",))) | texts(),
    "directory": lambda: st.sampled_from(["schemas", "a/b", "", ".", "x\x00y"]) | st.text(
        alphabet="abc_-", min_size=1, max_size=5),
    "indent": lambda: st.none() | st.integers(-2, 4) | st.sampled_from(["\t", ""]),
    "request": lambda: _serialization_requests() | _request_objects() | json_values(),
    "obj": lambda: st.sampled_from(sample_values()) | _request_objects(),
    "argv": cli_argv,
    "source": csv_sources,
    "sink": lambda: st.builds(io.StringIO),
    "progress": lambda: st.sampled_from([None, _progress]),
}


def _snapshot_or_json(hint: Any) -> st.SearchStrategy[Any]:
    return snapshots() | json_values()


def typed(hint: Any, name: str) -> st.SearchStrategy[Any]:
    """Values of the type an argument is annotated with (valid, or valid-looking)."""
    if name in NAME_HINTS:
        return NAME_HINTS[name]()
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([typed(a, name) for a in args])
    if hint is type(None):
        return st.none()
    if hint is bool:
        return st.booleans()
    if hint is int:
        return whole_numbers()
    if hint is str:
        return texts()
    if hint is dt.datetime:
        return st.one_of(aware_datetimes(), aware_datetimes(), naive_datetimes(), any_dates())
    if hint is dt.date:
        return date_like()
    if hint is dt.time:
        return st.times(timezones=st.none() | st.sampled_from(OFFSET_ZONES))
    if inspect.isclass(hint) and issubclass(hint, enum.Enum):
        if not list(hint):  # enum.Enum itself: any member of any library enum
            return st.sampled_from([m for e in LIB_ENUMS for m in e])
        return st.one_of(st.sampled_from(list(hint)), st.sampled_from([m.value for m in hint]), texts())
    if origin in (tuple, list, collections.abc.Sequence, set, frozenset) and args:
        element = typed(args[0], name)
        return st.one_of(st.lists(element, max_size=3).map(tuple), st.lists(element, max_size=3),
                         st.sets(st.integers(2018, 2030) | any_dates(), max_size=2))
    if origin in (collections.abc.Mapping, dict) or hint is Mapping:
        return _snapshot_or_json(hint)
    if origin is type:
        ser = _optional_module("appeal_rules.serialization")
        known: tuple[Any, ...] = tuple(getattr(ser, "INPUT_TYPES", ())) if ser is not None else ()
        return st.sampled_from((*known, Complaint, Term, int, str)) if known else st.sampled_from([Term, int])
    special: dict[Any, Callable[[], st.SearchStrategy[Any]]] = {
        Term: terms, WorkingCalendar: lambda: st.sampled_from(calendar_pool()),
        CalendarOverlay: overlays, YearConfirmation: year_confirmations, OfficeHours: office_hours,
        Complaint: complaints, Registration: registrations, object: junk, Any: junk,
    }
    if hint in special:
        return special[hint]()
    if inspect.isclass(hint):
        same = [v for v in sample_values() if isinstance(v, hint)]
        if same:
            return st.sampled_from(same)
    return junk()


# Plausible values by parameter name: what a well-behaved caller passes (most examples use these,
# so that the oracle has results to check; the rest are typed edge cases and junk).
VALID_BY_NAME: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "n": lambda: st.integers(-30, 30),
    "first_year": lambda: st.integers(2016, 2032),
    "last_year": lambda: st.integers(2016, 2032),
    "year": lambda: st.integers(2018, 2030),
    "month": lambda: st.integers(1, 12),
    "rule_id": lambda: st.sampled_from(RULE_IDS),
    "time_zone": lambda: st.sampled_from(["Asia/Almaty", "Asia/Aqtobe", "UTC", "Europe/Moscow", "Pacific/Kiritimati"]),
}


def valid_dates() -> st.SearchStrategy[dt.date]:
    """Days inside the default calendar, leaving room to count forward (the common case)."""
    return public.calendar_dates(max_value=dt.date(2030, 9, 30))


def valid(hint: Any, name: str) -> st.SearchStrategy[Any]:
    """A value a well-behaved caller would pass for this parameter (falls back to :func:`typed`)."""
    if name in VALID_BY_NAME:
        return VALID_BY_NAME[name]()
    if name in NAME_HINTS:
        return NAME_HINTS[name]()
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([valid(a, name) for a in args])
    if hint is dt.date:
        return valid_dates()
    if hint is dt.datetime:
        return st.datetimes(dt.datetime(2018, 1, 2), dt.datetime(2030, 9, 30), timezones=st.sampled_from(OFFSET_ZONES))
    if hint is int and name not in NAME_HINTS:
        return st.integers(-30, 30)
    if inspect.isclass(hint) and issubclass(hint, enum.Enum) and list(hint):
        return st.sampled_from(list(hint))
    if hint is Term:
        return st.builds(Term, st.integers(0, 40), st.sampled_from(list(Unit)))
    return typed(hint, name)


def _value_strategy(target_name: str, param: Param) -> st.SearchStrategy[Any]:
    if param.name == "self":
        cls = param.annotation
        if cls is WorkingCalendar:
            return st.sampled_from(calendar_pool())
        same = [v for v in sample_values() if isinstance(v, cls)]
        assert same, f"no sample instance of {cls.__name__}: add one to sample_values()"
        return st.sampled_from(same)
    good, edgy = valid(param.annotation, param.name), typed(param.annotation, param.name)
    bad = edgy if f"{target_name}.{param.name}" in TYPED_ONLY else junk()
    return _tiers(good, edgy, bad)


def _tiers(good: st.SearchStrategy[Any], edgy: st.SearchStrategy[Any],
           bad: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``good`` 3/4 of the time, ``edgy`` 1/8, ``bad`` 1/8; shrinking goes towards ``good``.

    Chosen with fair booleans: ``one_of`` and ``sampled_from`` favour their last branches.
    """

    @st.composite
    def pick(draw: st.DrawFn) -> Any:
        if not draw(st.booleans()) or not draw(st.booleans()):
            return draw(good)
        return draw(bad) if draw(st.booleans()) else draw(edgy)

    return pick()


@functools.cache
def _strategies_for(target_name: str) -> tuple[tuple[Param, st.SearchStrategy[Any]], ...]:
    target = TARGETS_BY_NAME[target_name]
    return tuple((p, _value_strategy(target_name, p)) for p in target.params)


@st.composite
def _coherent_escalation(draw: st.DrawFn) -> dict[str, Any]:
    """Arguments of escalation_options that fit together: the public ``escalation_requests`` (dates in the
    order each stage needs), with a provisional policy sometimes."""
    out: dict[str, Any] = dict(draw(public.escalation_requests()))
    if draw(st.booleans()):
        out["on_provisional"] = draw(st.sampled_from(list(ProvisionalPolicy)))
    return out


@st.composite
def _coherent_review_deadline(draw: st.DrawFn) -> dict[str, Any]:
    """Arguments of review_deadline that fit together (lodged on or before registration)."""
    registered = draw(valid_dates())
    out: dict[str, Any] = {"registered_on": registered,
                           "reviewer": draw(st.sampled_from([b for b in BodyKind if b is not BodyKind.COURT]))}
    if draw(st.booleans()):
        out["lodged_on"] = registered - dt.timedelta(days=draw(st.integers(0, 10)))
    if draw(st.booleans()):
        out["convention"] = draw(st.sampled_from([Convention.NEXT_DAY, Convention.SAME_DAY]))
    if draw(st.booleans()):
        out["calendar"] = draw(st.sampled_from(calendar_pool()))
    if draw(st.booleans()):
        out["on_provisional"] = draw(st.sampled_from(list(ProvisionalPolicy)))
    return out


@st.composite
def _coherent_assess(draw: st.DrawFn) -> dict[str, Any]:
    """Arguments of assess that fit together (registered after lodging, by a body that may receive it)."""
    complaint = draw(public.complaints(max_date=dt.date(2030, 9, 30), valid_addressee=draw(st.booleans())))
    lodged = complaint.lodged_on
    bodies = ([BodyKind.STATE_CORPORATION] if complaint.respondent.is_state_corporation
              else [BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY])
    out: dict[str, Any] = {"complaint": complaint}
    if draw(st.booleans()):
        registered = lodged + dt.timedelta(days=draw(st.integers(0, 5)))
        out["registration"] = Registration(registered, draw(st.sampled_from(bodies)))
        out["on"] = registered + dt.timedelta(days=draw(st.integers(0, 40)))
    if draw(st.booleans()):
        out["on_provisional"] = draw(st.sampled_from(list(ProvisionalPolicy)))
    return out


@st.composite
def _coherent_count_period(draw: st.DrawFn) -> dict[str, Any]:
    """Arguments of count_period that fit together: a convention for the term's unit, month ends for months."""
    unit = draw(st.sampled_from(list(Unit)))
    out: dict[str, Any] = {"term": Term(draw(st.integers(0, 40 if unit is not Unit.MONTHS else 14)), unit)}
    if unit is Unit.MONTHS:
        year, month = draw(st.integers(2018, 2029)), draw(st.integers(1, 12))
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        out["start"] = dt.date(year, month, min(last, draw(st.integers(29, 31))))
        if draw(st.booleans()):
            out["rounding"] = draw(st.sampled_from(list(MonthRounding)))
    else:
        out["start"] = draw(valid_dates())
        if unit is Unit.WORKING_DAYS and draw(st.booleans()):
            out["convention"] = draw(st.sampled_from([Convention.NEXT_DAY, Convention.SAME_DAY]))
    if draw(st.booleans()):
        out["calendar"] = draw(st.sampled_from(calendar_pool()))
    if draw(st.booleans()):
        out["on_provisional"] = draw(st.sampled_from(list(ProvisionalPolicy)))
    return out


#: Targets whose arguments must fit together to get past validation: half of their examples start
#: from a coherent set, with some arguments then replaced by fuzzed ones.
COHERENT: dict[str, Callable[[], st.SearchStrategy[dict[str, Any]]]] = {
    "count_period": _coherent_count_period,
    "escalation_options": _coherent_escalation,
    "review_deadline": _coherent_review_deadline,
    "assess": _coherent_assess,
}


@st.composite
def arguments(draw: st.DrawFn, target_name: str) -> dict[str, Any]:
    """Arguments for one call: mostly plausible, sometimes edge cases or junk; optional ones sometimes left out."""
    base: dict[str, Any] | None = None
    if target_name in COHERENT and draw(st.booleans()):
        base = draw(COHERENT[target_name]())
    out: dict[str, Any] = {}
    for param, strategy in _strategies_for(target_name):
        if param.name == "self":
            out["self"] = draw(strategy)
        elif base is not None:
            # Keep the coherent value 3 times in 4 (fair booleans: integers() favours its bounds).
            replace = draw(st.booleans()) and draw(st.booleans())
            if param.name in base and not replace:
                out[param.name] = base[param.name]
            elif param.required or replace:
                out[param.name] = draw(strategy)
        elif param.required or draw(st.booleans()):
            out[param.name] = draw(strategy)
    return out


# --- running a call ---------------------------------------------------------------------------------


class HangError(BaseException):
    """A call ran past :data:`HARD_LIMIT_S` (a ``BaseException``, so that no ``except Exception`` eats it)."""


@contextlib.contextmanager
def bounded(label: str) -> Iterator[None]:
    """Fail if the block uses more than :data:`SOFT_LIMIT_S` of CPU or :data:`HARD_LIMIT_S` of wall time.

    On POSIX the block is interrupted at :data:`HARD_LIMIT_S`. A hang detector, not a performance test.
    """
    use_timer = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    previous: Any = None
    if use_timer:
        def on_alarm(signum: int, frame: object) -> None:
            raise HangError(f"{label} still running after {HARD_LIMIT_S} s")

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, HARD_LIMIT_S)
    start, start_cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        if use_timer:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    cpu, wall = time.process_time() - start_cpu, time.perf_counter() - start
    assert cpu <= SOFT_LIMIT_S, f"suspected hang: {label} used {cpu:.2f} s of CPU (limit {SOFT_LIMIT_S} s)"
    assert wall <= HARD_LIMIT_S, f"suspected hang: {label} took {wall:.2f} s (limit {HARD_LIMIT_S} s)"


@dataclass
class Outcome:
    """What a call did: its result or its error, and the warnings it emitted."""

    result: Any = None
    error: BaseException | None = None
    warned: tuple[warnings.WarningMessage, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


@contextlib.contextmanager
def _redirect_stdin(stream: io.StringIO) -> Iterator[None]:
    previous = sys.stdin
    sys.stdin = stream
    try:
        yield
    finally:
        sys.stdin = previous


def _exercise(value: object) -> None:
    """Use a result as a caller would: build a lazy calendar, call every public no-argument method."""
    if isinstance(value, WorkingCalendar):
        value.version  # noqa: B018 - builds the index (overlays and snapshots are checked here)
        value.is_working_day(value.first_day)
        return
    items = value if isinstance(value, tuple) else (value,)
    for item in items:
        if not attrs.has(type(item)) or not type(item).__module__.startswith("appeal_rules"):
            continue
        for attr_name, raw in inspect.getmembers(type(item)):
            if not is_public_name(attr_name):
                continue
            if isinstance(raw, property):
                getattr(item, attr_name)
            elif inspect.isfunction(raw) and len(inspect.signature(raw).parameters) == 1:
                getattr(item, attr_name)()


def call(target: Target, kwargs: Mapping[str, Any]) -> Outcome:
    """Call ``target`` with ``kwargs`` under the time bound, recording warnings; exercise the result."""
    args = [kwargs[p.name] for p in target.params if p.positional and p.name in kwargs]
    named = {p.name: kwargs[p.name] for p in target.params if not p.positional and p.name in kwargs}
    outcome = Outcome()
    with contextlib.ExitStack() as stack:
        if target.name in SANDBOXED:
            tmp = stack.enter_context(tempfile.TemporaryDirectory())
            stack.enter_context(contextlib.chdir(tmp))
            stack.enter_context(contextlib.redirect_stdout(io.StringIO()))
            stack.enter_context(contextlib.redirect_stderr(io.StringIO()))
            stack.enter_context(_redirect_stdin(io.StringIO("id,registered_on,reviewer\n1,2024-12-31,ministry\n")))
        caught = stack.enter_context(warnings.catch_warnings(record=True))
        warnings.simplefilter("always")
        with bounded(target.name):
            try:
                outcome.result = target.func(*args, **named)
                if target.exercise_result:
                    _exercise(outcome.result)
            except Exception as err:
                outcome.error = err
            except SystemExit as err:
                outcome.error = err
        outcome.warned = tuple(caught)
    return outcome


# --- known bugs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownBug:
    """A bug this fuzzer found that is not fixed yet; its ``test`` reproduces it (xfail, strict)."""

    id: str
    test: str
    matches: Callable[[str, Mapping[str, Any], BaseException], bool]


def _bad_calendar(kwargs: Mapping[str, Any]) -> bool:
    cal = kwargs.get("calendar")
    return "calendar" in kwargs and cal is not None and not isinstance(cal, WorkingCalendar)


#: Open bugs: the escapes (or warnings) the fuzz tests tolerate until src is fixed, each with its test.
#: None is open: the last one (a snapshot's "estimated" flag read with bool()) is fixed and kept as
#: test_fixed_snapshot_estimated_flag_is_checked.
KNOWN_BUGS: tuple[KnownBug, ...] = ()

#: Errors other than the library's that a target may raise, with the reason.
ALSO_ALLOWED: dict[str, tuple[type[BaseException], ...]] = {
    # Writing files can fail for reasons outside the input (a file where a directory is wanted,
    # permissions, a full disk): OSError is the honest report of those.
    "serialization.write_schemas": (OSError,),
}

# --- checking an outcome ------------------------------------------------------------------------------

STATS: defaultdict[str, Counter[str]] = defaultdict(Counter)


def as_date(value: object) -> dt.date | None:
    """The date the library should read ``value`` as (aware datetimes in Kazakhstan time), else None."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return None
        try:
            return value.astimezone(KZ).date()
        except OverflowError:
            return None
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    return None


def as_int(value: object) -> int | None:
    """``value`` if it is a whole number and not a bool."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


E = typing.TypeVar("E", bound=enum.Enum)


def as_member(enum_type: type[E], value: object) -> E | None:
    """``value`` as a member of ``enum_type`` (a member, or a member's string value), else None."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:
            if member.value == value:
                return member
    return None


def as_calendar(kwargs: Mapping[str, Any]) -> WorkingCalendar | None:
    """The calendar a call uses: ``self``, the ``calendar`` argument, or the default; None if invalid."""
    if isinstance(kwargs.get("self"), WorkingCalendar):
        cal: WorkingCalendar = kwargs["self"]
        return cal
    value = kwargs.get("calendar")
    if value is None:
        return default_calendar()
    return value if isinstance(value, WorkingCalendar) else None


def as_policy(kwargs: Mapping[str, Any]) -> ProvisionalPolicy | None:
    """The provisional policy of a call (default: mark), or None if the argument is invalid."""
    if "on_provisional" not in kwargs:
        return ProvisionalPolicy.MARK
    return as_member(ProvisionalPolicy, kwargs["on_provisional"])


_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 160
_REPR.maxlevel = 3


def shown(kwargs: Mapping[str, Any]) -> str:
    """The arguments of a call, shortened for a failure message."""
    return ", ".join(f"{k}={_REPR.repr(v)}" for k, v in kwargs.items())


def _fail(target: str, kwargs: Mapping[str, Any], outcome: Outcome, why: str) -> typing.NoReturn:
    got = _REPR.repr(outcome.result) if outcome.ok else f"{type(outcome.error).__name__}: {outcome.error}"
    pytest.fail(f"{why}\n  call: {target}({shown(kwargs)})\n  got: {got}")


def expect_due(target: str, kwargs: Mapping[str, Any], outcome: Outcome, cal: WorkingCalendar,
               expected: OraclePeriod | None, period: Period | None, policy: ProvisionalPolicy | None) -> None:
    """Check a counted period against the oracle's, including the provisional flag and policy."""
    if expected is None:  # the oracle runs out of calendar: the library must refuse
        if outcome.ok:
            _fail(target, kwargs, outcome, "the oracle says the period runs past the calendar, yet a date came back")
        return
    provisional = expected.due > horizon_end(cal)
    if outcome.ok:
        assert period is not None
        STATS[target]["oracle checks"] += 1
        if period.due != expected.due:
            _fail(target, kwargs, outcome, f"due {period.due}, the oracle says {expected.due}")
        if period.counted != expected.counted and period.term.unit is Unit.WORKING_DAYS:
            _fail(target, kwargs, outcome, f"counted {period.counted}, the oracle says {expected.counted}")
        if tuple(d.date for d in period.skipped) != expected.skipped:
            _fail(target, kwargs, outcome, f"skipped {[d.date for d in period.skipped]}, oracle {expected.skipped}")
        if period.rolled_from != expected.rolled_from:
            _fail(target, kwargs, outcome, f"rolled_from {period.rolled_from}, oracle {expected.rolled_from}")
        if period.provisional != provisional:
            _fail(target, kwargs, outcome, f"provisional {period.provisional}, but the horizon ends "
                  f"{horizon_end(cal)} and the due date is {expected.due}")
        if provisional and policy is ProvisionalPolicy.RAISE:
            _fail(target, kwargs, outcome, "a provisional result under on_provisional=raise")
        return
    if provisional and policy is ProvisionalPolicy.RAISE and isinstance(outcome.error, ProvisionalResultError):
        return
    if policy is not None:
        _fail(target, kwargs, outcome, f"refused, but the oracle gives due {expected.due}")


def check_calendar_query(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """is_working_day, add_working_days, working_days_between, day, days, provisional_reasons."""
    method = target.rsplit(".", 1)[-1]
    cal = as_calendar(kwargs)
    dates: dict[str, dt.date | None] = {k: as_date(kwargs[k]) for k in ("day", "start", "end") if k in kwargs}
    n = as_int(kwargs["n"]) if "n" in kwargs else 0
    if cal is None or n is None or any(v is None for v in dates.values()):
        if outcome.ok and cal is not None:
            _fail(target, kwargs, outcome, "an argument of the wrong type was accepted")
        return
    oracle = oracle_of(cal)
    days = {k: v for k, v in dates.items() if v is not None}
    in_range = all(oracle.holds(v) for v in days.values())
    if not in_range:
        if outcome.ok:
            _fail(target, kwargs, outcome, f"a date outside {oracle.first}..{oracle.last} was accepted")
        if not isinstance(outcome.error, CalendarRangeError):
            _fail(target, kwargs, outcome, "a date outside the calendar must raise CalendarRangeError")
        return
    expected: object
    if method == "is_working_day":
        expected = oracle.is_working(days["day"])
    elif method == "add_working_days":
        expected = oracle.nth_working_day(days["day"], n)
        if expected is None:
            if outcome.ok or not isinstance(outcome.error, CalendarRangeError):
                _fail(target, kwargs, outcome, "the count runs past the calendar: CalendarRangeError expected")
            return
    elif method == "working_days_between":
        expected = oracle.between(days["start"], days["end"])
    elif method == "day":
        expected = (days["day"], oracle.is_working(days["day"]))
    elif method == "days":
        a, b = days["start"], days["end"]
        expected = [(a + dt.timedelta(days=i), oracle.is_working(a + dt.timedelta(days=i)))
                    for i in range(max(0, (b - a).days + 1))]
    elif method == "provisional_reasons":
        expected = days["end"] > horizon_end(cal) if days["end"] >= days["start"] else None
    else:  # pragma: no cover - only the names above are routed here
        raise AssertionError(method)
    if not outcome.ok:
        _fail(target, kwargs, outcome, f"valid input refused (the oracle says {expected!r})")
    got = outcome.result
    if method == "day":
        got = (got.date, got.is_working)
    elif method == "days":
        got = [(d.date, d.is_working) for d in got]
    elif method == "provisional_reasons":
        if expected is None:
            return
        got = bool(got)
    STATS[target]["oracle checks"] += 1
    if got != expected or type(got) is not type(expected):
        _fail(target, kwargs, outcome, f"the oracle says {expected!r}")


def _period_expectation(oracle: Oracle, start: dt.date, term: Term, conv: Convention,
                        rounding: MonthRounding | None) -> OraclePeriod | str | None:
    if term.unit is Unit.WORKING_DAYS:
        return oracle.working_day_period(start, term.length, same_day=conv is Convention.SAME_DAY)
    if term.unit is Unit.CALENDAR_DAYS:
        return oracle.calendar_day_period(start, term.length)
    # Without a rounding, the month end Civil Code art. 174 prescribes: the short month's last day.
    return oracle.month_period(start, term.length, "down" if rounding is None else rounding.value)


def check_count_period(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """count_period against the oracle, for every unit and convention."""
    cal = as_calendar(kwargs)
    start = as_date(kwargs["start"])
    term = kwargs["term"] if isinstance(kwargs["term"], Term) else None
    conv_in = kwargs.get("convention")
    conv = None if conv_in is None else as_member(Convention, conv_in)
    rnd_in = kwargs.get("rounding")
    rounding = None if rnd_in is None else as_member(MonthRounding, rnd_in)
    policy = as_policy(kwargs)
    if (cal is None or start is None or term is None or (conv_in is not None and conv is None)
            or (rnd_in is not None and rounding is None) or policy is None):
        if outcome.ok:
            _fail(target, kwargs, outcome, "an invalid argument was accepted")
        return
    default = {Unit.WORKING_DAYS: Convention.NEXT_DAY, Unit.CALENDAR_DAYS: Convention.CALENDAR_DAYS,
               Unit.MONTHS: Convention.MONTHS}[term.unit]
    conv = conv or default
    conv_unit = {Convention.NEXT_DAY: Unit.WORKING_DAYS, Convention.SAME_DAY: Unit.WORKING_DAYS,
                 Convention.CALENDAR_DAYS: Unit.CALENDAR_DAYS, Convention.MONTHS: Unit.MONTHS}[conv]
    if conv_unit is not term.unit:
        if outcome.ok:
            _fail(target, kwargs, outcome, f"convention {conv.value} accepted for a term in {term.unit.value}")
        return
    oracle = oracle_of(cal)
    if not oracle.holds(start):
        if outcome.ok or not isinstance(outcome.error, CalendarRangeError):
            _fail(target, kwargs, outcome, "a start outside the calendar must raise CalendarRangeError")
        return
    expected = _period_expectation(oracle, start, term, conv, rounding)
    if expected == AMBIGUOUS:
        if not isinstance(outcome.error, AmbiguousDateError):
            _fail(target, kwargs, outcome, "the month lacks the day and no rounding was given: AmbiguousDateError")
        return
    if expected is None and not outcome.ok:
        if isinstance(outcome.error, (CalendarRangeError, AmbiguousDateError)):
            return
        _fail(target, kwargs, outcome, "past the calendar: CalendarRangeError expected")
    assert not isinstance(expected, str)
    expect_due(target, kwargs, outcome, cal, expected, outcome.result if outcome.ok else None, policy)


def _counted_from(oracle: Oracle, registered: dt.date, rules_day: dt.date) -> dt.date | None:
    """The day a review term counts from: from 1 July 2021 (APPC art. 64(3)), a registration recorded
    on a day off counts from the next working day; before, from the day recorded."""
    if rules_day < APPC_IN_FORCE or oracle.is_working(registered):
        return registered
    return oracle.nth_working_day(registered, 1)


def _review_days(reviewer: BodyKind) -> int:
    """The review term, from the seed text (clauses 7 and 9) and Law No. 88-V art. 25: not from the library."""
    return 15 if reviewer is BodyKind.QUALITY_AUTHORITY else 5


def check_review_deadline(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """review_deadline against the oracle: 5 or 15 working days, day 1 after registration."""
    cal = as_calendar(kwargs)
    registered = as_date(kwargs["registered_on"])
    reviewer = as_member(BodyKind, kwargs["reviewer"])
    policy = as_policy(kwargs)
    optional = {k: kwargs.get(k) for k in ("lodged_on", "rules_on")}
    parsed = {k: None if v is None else as_date(v) for k, v in optional.items()}
    conv_in = kwargs.get("convention")
    conv = None if conv_in is None else as_member(Convention, conv_in)
    extension = kwargs.get("extension")
    invalid = (cal is None or registered is None or reviewer is None or policy is None
               or any(optional[k] is not None and parsed[k] is None for k in optional)
               or (conv_in is not None and conv is None)
               or (extension is not None and not isinstance(extension, ar.Extension)))
    if invalid:
        if outcome.ok:
            _fail(target, kwargs, outcome, "an invalid argument was accepted")
        return
    assert cal is not None
    assert registered is not None
    assert reviewer is not None
    lodged, rules_on = parsed["lodged_on"], parsed["rules_on"]
    refusable = (reviewer is BodyKind.COURT or (lodged is not None and lodged > registered)
                 or (rules_on or registered) < COVERAGE_START
                 or (conv is not None and conv not in (Convention.NEXT_DAY, Convention.SAME_DAY)))
    if refusable:
        if outcome.ok:
            _fail(target, kwargs, outcome, "accepted a court reviewer, a registration before lodging, a date "
                  "before 2018 or a convention for another unit")
        return
    oracle = oracle_of(cal)
    if not oracle.holds(registered):
        if outcome.ok or not isinstance(outcome.error, CalendarRangeError):
            _fail(target, kwargs, outcome, "a registration outside the calendar must raise CalendarRangeError")
        return
    if extension is not None:  # an extended term: tests/test_extension.py checks those by hand
        return
    start = _counted_from(oracle, registered, rules_on or registered)
    expected = (None if start is None
                else oracle.working_day_period(start, _review_days(reviewer), same_day=conv is Convention.SAME_DAY))
    if expected is None and not outcome.ok:
        return
    result: ReviewDeadline | None = outcome.result if outcome.ok else None
    expect_due(target, kwargs, outcome, cal, expected, None if result is None else result.period, policy)


def check_registration_date(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """registration_date: the day it arrived if a working day before closing time, else the next working day."""
    arrived = kwargs["arrived"]
    hours = kwargs.get("office_hours", DEFAULT_OFFICE_HOURS)
    zone_name = kwargs.get("time_zone", "Asia/Almaty")
    cal = as_calendar(kwargs)
    aware = isinstance(arrived, dt.datetime) and arrived.tzinfo is not None and arrived.utcoffset() is not None
    if not aware or not isinstance(hours, OfficeHours) or not isinstance(zone_name, str) or cal is None:
        if outcome.ok:
            _fail(target, kwargs, outcome, "an invalid argument was accepted")
        return
    try:
        zone = zoneinfo.ZoneInfo(zone_name)
    except (ValueError, KeyError):
        return  # an unknown zone: refused, unless python-dateutil knows it (the library's fallback)
    try:
        local = arrived.astimezone(zone)
    except OverflowError:
        if outcome.ok:
            _fail(target, kwargs, outcome, "an arrival that cannot be converted was accepted")
        return
    oracle = oracle_of(cal)
    day = local.date()
    expected: dt.date | None = None
    if oracle.holds(day):
        before_closing = local.time().replace(tzinfo=None) < hours.closes
        expected = day if oracle.is_working(day) and before_closing else oracle.nth_working_day(day, 1)
    if expected is None:
        if outcome.ok:
            _fail(target, kwargs, outcome, "the oracle has no registration day inside the calendar")
        return
    if not outcome.ok:
        _fail(target, kwargs, outcome, f"valid arrival refused; the oracle says {expected}")
    STATS[target]["oracle checks"] += 1
    if outcome.result != expected:
        _fail(target, kwargs, outcome, f"the oracle says {expected}")


def check_escalation(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """At a pending stage the reviewer has until the review deadline: check it against the oracle."""
    if not outcome.ok or outcome.result.waiting_until is None:
        return
    stage = as_member(Stage, kwargs["stage"])
    registered = as_date(kwargs.get("registered_on"))
    cal = as_calendar(kwargs)
    assert stage in (Stage.FIRST_INSTANCE_PENDING, Stage.QUALITY_PENDING)
    assert registered is not None
    assert cal is not None
    reviewer = BodyKind.QUALITY_AUTHORITY if stage is Stage.QUALITY_PENDING else BodyKind.SERVICE_PROVIDER
    if kwargs.get("extension") is not None:  # an extended term: tests/test_extension.py checks those by hand
        return
    oracle = oracle_of(cal)
    rules_on = as_date(kwargs.get("rules_on")) or registered
    start = _counted_from(oracle, registered, rules_on)
    expected = None if start is None else oracle.working_day_period(start, _review_days(reviewer))
    STATS[target]["oracle checks"] += 1
    if expected is None or outcome.result.waiting_until != expected.due:
        _fail(target, kwargs, outcome, f"waiting until {outcome.result.waiting_until}, the oracle says {expected}")


def check_assess(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """An assessment's review deadline against the oracle."""
    if not outcome.ok or outcome.result.deadline is None:
        return
    registration: Registration = kwargs["registration"]
    cal = as_calendar(kwargs)
    assert cal is not None
    if kwargs.get("extension") is not None:  # an extended term: tests/test_extension.py checks those by hand
        return
    oracle = oracle_of(cal)
    start = _counted_from(oracle, registration.registered_on, registration.registered_on)
    expected = None if start is None else oracle.working_day_period(start, _review_days(registration.body))
    STATS[target]["oracle checks"] += 1
    if expected is None or outcome.result.deadline.due != expected.due:
        _fail(target, kwargs, outcome, f"deadline {outcome.result.deadline.due}, the oracle says {expected}")


def check_calendar_month(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """serialization.calendar_month: every day's working flag and the month's count, against the oracle."""
    if not outcome.ok:
        return
    cal = as_calendar(kwargs)
    assert cal is not None
    oracle = oracle_of(cal)
    month = outcome.result
    expected = [oracle.is_working(d.date) for d in month.days]
    STATS[target]["oracle checks"] += 1
    if [d.working for d in month.days] != expected or month.working_days != sum(expected):
        _fail(target, kwargs, outcome, "working days differ from the oracle's")
    if [d.date.day for d in month.days] != list(range(1, len(month.days) + 1)) or not 28 <= len(month.days) <= 31:
        _fail(target, kwargs, outcome, "the month's days are not its days")


def check_cli(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """cli.main returns one of its documented exit codes and never raises."""
    if not outcome.ok:
        _fail(target, kwargs, outcome, "main() must return its exit code, not raise")
    if outcome.result not in (0, 1, 2, 3):
        _fail(target, kwargs, outcome, "exit codes are 0, 1, 2 and 3")


def check_run_batch(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """Every due date written by run_batch agrees with the oracle; no row is dropped."""
    if not outcome.ok:
        return
    cal = as_calendar(kwargs)
    assert cal is not None
    oracle = oracle_of(cal)
    rows = list(csv.DictReader(io.StringIO(kwargs["sink"].getvalue())))
    if len(rows) != outcome.result.rows:
        _fail(target, kwargs, outcome, f"{len(rows)} rows written for {outcome.result.rows} read")
    for row in rows:
        if not row.get("due"):
            continue
        try:
            registered = dt.date.fromisoformat(row["registered_on"])
        except (TypeError, ValueError):
            continue  # a form the library reads and this check does not
        reviewer = as_member(BodyKind, row["reviewer"])
        conv = as_member(Convention, row.get("convention") or "next_day")
        if reviewer is None:
            _fail(target, kwargs, outcome, f"a due date for reviewer {row['reviewer']!r}")
        expected = oracle.working_day_period(registered, _review_days(reviewer), same_day=conv is Convention.SAME_DAY)
        STATS[target]["oracle checks"] += 1
        if expected is None or row["due"] != expected.due.isoformat():
            _fail(target, kwargs, outcome, f"row {row}: the oracle says {expected}")


def check_handle(target: str, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """serialization.handle never raises for bad input and always answers a payload with a kind."""
    if not outcome.ok:
        _fail(target, kwargs, outcome, "handle() must never raise for bad input")
    if not isinstance(outcome.result, dict) or "kind" not in outcome.result:
        _fail(target, kwargs, outcome, "handle() must answer a JSON object with a kind")
    json.dumps(outcome.result)  # JSON-ready


ORACLE_CHECKS: dict[str, Callable[[str, Mapping[str, Any], Outcome], None]] = {
    "is_working_day": check_calendar_query,
    "add_working_days": check_calendar_query,
    "working_days_between": check_calendar_query,
    "WorkingCalendar.is_working_day": check_calendar_query,
    "WorkingCalendar.add_working_days": check_calendar_query,
    "WorkingCalendar.working_days_between": check_calendar_query,
    "WorkingCalendar.day": check_calendar_query,
    "WorkingCalendar.days": check_calendar_query,
    "WorkingCalendar.provisional_reasons": check_calendar_query,
    "count_period": check_count_period,
    "review_deadline": check_review_deadline,
    "registration_date": check_registration_date,
    "escalation_options": check_escalation,
    "assess": check_assess,
    "serialization.calendar_month": check_calendar_month,
    "serialization.handle": check_handle,
    "cli.main": check_cli,
    "cli.run_batch": check_run_batch,
}


def check_provisional_policy(target: Target, kwargs: Mapping[str, Any], outcome: Outcome) -> None:
    """A warning only under ``warn``; ProvisionalResultError only under ``raise``; nothing else warns."""
    policy = as_policy(kwargs) if any(p.name == "on_provisional" for p in target.params) else None
    for w in outcome.warned:
        if not issubclass(w.category, ProvisionalResultWarning):
            bug = next((b for b in KNOWN_BUGS if isinstance(w.message, Warning)
                        and b.matches(target.name, kwargs, w.message)), None)
            if bug is not None:
                STATS[target.name][f"known bug: {bug.id}"] += 1
                continue
            _fail(target.name, kwargs, outcome, f"unexpected warning {w.category.__name__}: {w.message}")
        STATS[target.name]["ProvisionalResultWarning"] += 1
        if policy is not ProvisionalPolicy.WARN and not target.name.startswith(("serialization.", "cli.")):
            _fail(target.name, kwargs, outcome, f"a provisional warning under policy {policy}")
    if isinstance(outcome.error, ProvisionalResultError) and policy is not ProvisionalPolicy.RAISE \
            and not target.name.startswith(("serialization.", "cli.")):
        _fail(target.name, kwargs, outcome, f"ProvisionalResultError under policy {policy}")
    reasons = getattr(outcome.result, "provisional_reasons", None) if outcome.ok and target.exercise_result else None
    if not isinstance(reasons, tuple):  # a plain record built from fuzzed fields holds whatever it was given
        reasons = None
    if reasons and policy is ProvisionalPolicy.WARN and not outcome.warned:
        _fail(target.name, kwargs, outcome, "a provisional result under policy warn without a warning")
    if reasons and policy is ProvisionalPolicy.RAISE:
        _fail(target.name, kwargs, outcome, "a provisional result under policy raise")


def run_and_check(target: Target, kwargs: Mapping[str, Any], *, label: str | None = None) -> Outcome:
    """One fuzz example: call, classify the outcome, check it, count it (under ``label``, default the target)."""
    outcome = call(target, kwargs)
    name = label or target.name
    stats = STATS[name]
    stats["examples"] += 1
    err = outcome.error
    if err is None:
        stats["returned"] += 1
    elif isinstance(err, AppealRulesError):
        stats[type(err).__name__] += 1
    elif isinstance(err, ALSO_ALLOWED.get(target.name, ())):
        stats[type(err).__name__] += 1
        return outcome
    else:
        for bug in KNOWN_BUGS:
            if bug.matches(target.name, kwargs, err):
                stats[f"known bug: {bug.id}"] += 1
                return outcome
        raise AssertionError(
            f"{type(err).__name__} escaped (not an AppealRulesError): {err}\n  call: {target.name}({shown(kwargs)})"
        ) from err
    check_provisional_policy(target, kwargs, outcome)
    checker = ORACLE_CHECKS.get(target.name)
    if checker is not None:
        checker(name, kwargs, outcome)
    return outcome


# --- the report ---------------------------------------------------------------------------------------

#: The errors a call can raise: every subclass of AppealRulesError the package exports (the root
#: itself is never raised on its own).
DOCUMENTED_ERRORS = tuple(
    name for name, obj in PUBLIC.items()
    if inspect.isclass(obj) and issubclass(obj, AppealRulesError) and obj is not AppealRulesError
)


def write_report(path: Path) -> None:
    """The fuzzing summary: per callable, examples, returns, errors seen; totals; as JSON or Markdown."""
    totals: Counter[str] = Counter()
    for counts in STATS.values():
        totals.update(counts)
    errors_seen = {name: totals[name] for name in DOCUMENTED_ERRORS if totals[name]}
    not_seen = [n for n in DOCUMENTED_ERRORS if not totals[n]]
    per_callable = {name: dict(sorted(counts.items())) for name, counts in sorted(STATS.items())}
    data: dict[str, Any] = {
        "profile": os.environ.get("HYPOTHESIS_PROFILE", "ci"),
        "callables": sum(1 for counts in STATS.values() if counts["examples"]),
        "examples": totals["examples"],
        "returned": totals["returned"],
        "oracle_checks": totals["oracle checks"],
        "documented_errors_seen": errors_seen,
        "documented_errors_not_seen": not_seen,
        "other_outcomes": {k: v for k, v in totals.items()
                           if k not in errors_seen and k not in ("examples", "returned", "oracle checks")},
        "per_callable": per_callable,
    }
    if path.suffix == ".json":
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        return
    lines = [
        f"Profile `{data['profile']}`: {data['callables']} callables, {data['examples']} examples, "
        f"{data['returned']} returned a value, {data['oracle_checks']} results checked against the oracle.",
        "",
        "| Documented error | Times raised |",
        "|---|---:|",
        *[f"| `{name}` | {count} |" for name, count in errors_seen.items()],
        "",
        f"Documented errors not seen: {', '.join(not_seen) or 'none'}.",
        f"Other outcomes: {json.dumps(data['other_outcomes'])}.",
        "",
        "| Callable (or oracle sweep) | Examples | Returned | Oracle checks | Errors and warnings |",
        "|---|---:|---:|---:|---|",
    ]
    for name, seen in per_callable.items():
        errs = ", ".join(f"{k} {v}" for k, v in seen.items() if k not in ("examples", "returned", "oracle checks"))
        lines.append(f"| `{name}` | {seen.get('examples', 0)} | {seen.get('returned', 0)} | "
                     f"{seen.get('oracle checks', 0)} | {errs} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module", autouse=True)
def _fuzz_report() -> Iterator[None]:
    yield
    target = os.environ.get("FUZZ_REPORT")
    if target:
        write_report(Path(target))


# --- the tests ----------------------------------------------------------------------------------------


def test_every_public_callable_is_fuzzed_or_exempt() -> None:
    """Discovery found the package's functions and classes; everything left out is listed with a reason."""
    names = {t.name for t in TARGETS}
    for name, obj in PUBLIC.items():
        if callable(obj):
            assert name in names or name in EXEMPT, f"{name} is neither fuzzed nor exempt"
    for expected in ("add_working_days", "review_deadline", "count_period", "WorkingCalendar",
                     "WorkingCalendar.add_working_days", "WorkingCalendar.from_snapshot", "assess"):
        assert expected in names
    # Every exemption names something public: a name of the API, or a method or argument of one.
    assert all(name in PUBLIC or name.split(".", 1)[0] in PUBLIC or name.startswith("cli.") for name in EXEMPT)


@pytest.mark.parametrize("target_name", sorted(TARGETS_BY_NAME))
@given(data=st.data())
def test_fuzz(target_name: str, data: st.DataObject) -> None:
    """Arbitrary arguments: only documented errors escape, no hang, and every date agrees with the oracle."""
    target = TARGETS_BY_NAME[target_name]
    kwargs = data.draw(arguments(target_name), label="arguments")
    run_and_check(target, kwargs)


@given(start=st.dates(dt.date(2018, 1, 1), dt.date(2030, 12, 31)), n=st.integers(-300, 300),
       cal=st.sampled_from(list(range(6))))
def test_add_working_days_round_trips_with_working_days_between(start: dt.date, n: int, cal: int) -> None:
    """``working_days_between(d, add_working_days(d, n)) == n`` for n >= 0, and both agree with the oracle."""
    calendar = calendar_pool()[cal]
    if not calendar.first_day <= start <= calendar.last_day:
        start = calendar.first_day + dt.timedelta(days=(start - dt.date(2018, 1, 1)).days % 365)
    oracle = oracle_of(calendar)
    expected = oracle.nth_working_day(start, n)
    if expected is None:
        with pytest.raises(CalendarRangeError):
            calendar.add_working_days(start, n)
        return
    due = calendar.add_working_days(start, n)
    assert due == expected
    if n > 0:
        assert calendar.working_days_between(start, due) == n == oracle.between(start, due)


# --- exhaustive cross-checks over the default calendar ----------------------------------------------


def test_every_day_of_the_default_calendar_matches_the_oracle() -> None:
    """All 4 748 days of 2018-2030: working or not, as the oracle says."""
    oracle = oracle_for(2018, 2030)
    cal = default_calendar()
    day = dt.date(2018, 1, 1)
    wrong = []
    while day <= dt.date(2030, 12, 31):
        if cal.is_working_day(day) != oracle.is_working(day):
            wrong.append(day)
        STATS["sweep: is_working_day, every day"]["oracle checks"] += 1
        day += dt.timedelta(days=1)
    assert wrong == []


@pytest.mark.parametrize("n", [-5, -1, 0, 1, 5, 15])
def test_add_working_days_matches_the_oracle_from_every_day(n: int) -> None:
    """From every day of 2018-2030, the n-th working day (or the refusal past the calendar's edge)."""
    oracle = oracle_for(2018, 2030)
    day = dt.date(2018, 1, 1)
    while day <= dt.date(2030, 12, 31):
        expected = oracle.nth_working_day(day, n)
        if expected is None:
            with pytest.raises(CalendarRangeError):
                ar.add_working_days(day, n)
        else:
            assert ar.add_working_days(day, n) == expected, (day, n)
        STATS["sweep: add_working_days, every day and n"]["oracle checks"] += 1
        day += dt.timedelta(days=1)


@pytest.mark.parametrize("reviewer", [BodyKind.SERVICE_PROVIDER, BodyKind.QUALITY_AUTHORITY])
def test_review_deadline_matches_the_oracle_for_every_registration_day(reviewer: BodyKind) -> None:
    """Registered on any day of 2018-2030: the review deadline is the oracle's 5th or 15th working day after
    (from 1 July 2021, after the next working day when registration was recorded on a day off: APPC art. 64(3))."""
    oracle = oracle_for(2018, 2030)
    horizon = horizon_end(default_calendar())
    day = dt.date(2018, 1, 1)
    while day <= dt.date(2030, 12, 31):
        start = _counted_from(oracle, day, day)
        expected = None if start is None else oracle.working_day_period(start, _review_days(reviewer))
        if expected is None:
            with pytest.raises(CalendarRangeError):
                ar.review_deadline(day, reviewer)
        else:
            got = ar.review_deadline(day, reviewer)
            assert (got.due, got.counted, got.provisional) == (expected.due, expected.counted, expected.due > horizon)
        STATS["sweep: review_deadline, every registration day"]["oracle checks"] += 1
        day += dt.timedelta(days=1)


def test_month_periods_from_every_month_end_match_the_oracle() -> None:
    """Month periods from the 28th-31st of every month of 2023-2025, 0-13 months, without rounding, down and up."""
    target = TARGETS_BY_NAME["count_period"]
    for year in range(2023, 2026):
        for month in range(1, 13):
            last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
            for day in range(28, last + 1):
                for n in range(14):
                    for rounding in (None, MonthRounding.DOWN, MonthRounding.UP):
                        kwargs: dict[str, Any] = {"start": dt.date(year, month, day), "term": Term(n, Unit.MONTHS)}
                        if rounding is not None:
                            kwargs["rounding"] = rounding
                        run_and_check(target, kwargs, label="sweep: count_period, months from month ends")


@pytest.mark.parametrize("n", [1, 30])
def test_calendar_day_periods_from_every_day_match_the_oracle(n: int) -> None:
    """Calendar-day periods from every day of 2018-2030 (rolled forward off days off, refused past the end)."""
    target = TARGETS_BY_NAME["count_period"]
    day = dt.date(2018, 1, 1)
    while day <= dt.date(2030, 12, 31):
        run_and_check(target, {"start": day, "term": Term(n, Unit.CALENDAR_DAYS)},
                      label="sweep: count_period, calendar days from every day")
        day += dt.timedelta(days=1)


def test_the_oracle_agrees_with_the_documented_days() -> None:
    """The oracle itself, against days the library's documentation states (not computed by the library)."""
    o = oracle_for(2018, 2030)
    assert not o.is_working(dt.date(2025, 1, 3))  # moved from Sunday 5 January 2025
    assert o.is_working(dt.date(2025, 1, 5))
    assert not o.is_working(dt.date(2024, 3, 25))  # Nowruz carried over
    assert o.is_working(dt.date(2024, 1, 8))  # Christmas on a Sunday: no carry-over
    assert o.is_working(dt.date(2020, 5, 11))
    assert o.nth_working_day(dt.date(2024, 12, 31), 5) == dt.date(2025, 1, 10)
    assert o.nth_working_day(dt.date(2025, 1, 10), -5) == dt.date(2024, 12, 31)
    assert o.between(dt.date(2025, 1, 1), dt.date(2025, 1, 31)) == 20
    assert o.nth_working_day(dt.date(2030, 12, 31), 1) is None
    assert o.working_day_period(dt.date(2024, 12, 31), 5, same_day=True) is not None
    same = o.working_day_period(dt.date(2024, 12, 31), 5, same_day=True)
    assert same is not None
    assert same.due == dt.date(2025, 1, 9)
    assert o.month_period(dt.date(2025, 1, 31), 1, None) == AMBIGUOUS
    down = o.month_period(dt.date(2025, 1, 31), 1, "down")
    assert isinstance(down, OraclePeriod)
    assert down.due == dt.date(2025, 2, 28)


# --- bugs found by the fuzzer ------------------------------------------------------------------------
#
# An open bug gets a minimal example here, named test_bug_<what>, stating the correct behaviour and
# marked ``xfail(strict=True, raises=<the exception that escapes today>)``, plus a KNOWN_BUGS entry
# so that the fuzz tests tolerate exactly that escape. When src is fixed, strict xfail fails the
# test: drop the marker, rename it test_fixed_<what>, and delete the KNOWN_BUGS entry.
#
# None is open. Every bug found so far is fixed, and a test keeps each fixed: those of the JSON and
# CLI surfaces below; those of the library functions beside the behaviour they pin, in
# test_calendar_inputs.py, test_calendar_overlays_and_snapshots.py, test_counting.py and
# test_rule_table.py (their docstrings start "Found by fuzzing"), and in the refusal tables of the
# test_*_inputs.py modules.


@pytest.mark.parametrize("indent", [1.5, 10**12])
def test_fixed_dumps_refuses_an_indent_json_cannot_use(indent: object) -> None:
    """Was: indent=1.5 raised json's TypeError, indent=10**12 a MemoryError."""
    from appeal_rules.serialization import dumps

    with pytest.raises(InvalidInputError):
        dumps(Term(5, Unit.WORKING_DAYS), indent=indent)  # type: ignore[arg-type]


@pytest.mark.parametrize("directory", [None, "x\x00y"])
def test_fixed_write_schemas_refuses_a_directory_that_is_not_a_path(directory: object, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Was: None raised pathlib's TypeError, a NUL byte os's ValueError."""
    from appeal_rules.serialization import write_schemas

    monkeypatch.chdir(tmp_path)
    with pytest.raises(InvalidInputError):
        write_schemas(directory)  # type: ignore[arg-type]


def test_fixed_calendar_month_refuses_a_calendar_that_is_not_one() -> None:
    """Was: calendar=5 raised AttributeError."""
    from appeal_rules.serialization import calendar_month

    with pytest.raises(InputTypeError):
        calendar_month(2025, 1, calendar=5)  # type: ignore[arg-type]


def test_fixed_run_batch_refuses_a_calendar_that_is_not_one() -> None:
    """Was: calendar=5 raised AttributeError."""
    from appeal_rules.cli import run_batch

    source = io.StringIO("id,registered_on,reviewer\n1,2024-12-31,ministry\n")
    with pytest.raises(InputTypeError):
        run_batch(source, io.StringIO(), calendar=5)  # type: ignore[arg-type]


def test_every_known_bug_has_its_test() -> None:
    """Each KNOWN_BUGS entry names a test_bug_* test of this module, and each test_bug_* test has its
    entry (so a fixed bug is noticed and an open one is never tolerated without its test)."""
    bug_tests = sorted(name for name, value in globals().items() if name.startswith("test_bug_") and callable(value))
    assert sorted(bug.test for bug in KNOWN_BUGS) == bug_tests
