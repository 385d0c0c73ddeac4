"""Hypothesis strategies for the library's inputs and values, and a frozen calendar, for test suites.

This module is public: use it in your own tests of code built on ``appeal_rules``. It needs
Hypothesis, an optional dependency (``pip install 'appeal_rules[hypothesis]'``); importing
``appeal_rules`` itself never imports Hypothesis.

* values: :func:`complaints`, :func:`registrations`, :func:`bodies`, :func:`terms`,
  :func:`calendar_overlays` (valid ones), :func:`stages`;
* dates and times: :func:`calendar_dates`, :func:`working_days`, :func:`naive_datetimes`,
  :func:`aware_datetimes`;
* call arguments: :func:`escalation_requests` (keyword arguments that
  :func:`~appeal_rules.procedure.escalation_options` accepts) and :func:`invalid_complaint_inputs`
  (keyword arguments that :class:`~appeal_rules.model.Complaint` refuses, with the problem paths
  it must report);
* :func:`frozen_calendar`: the 2018-2030 calendar from a snapshot shipped in the package, so that
  your tests do not change when the ``holidays`` package is upgraded.

When the package is installed, Hypothesis registers strategies for :class:`~appeal_rules.model.Complaint`,
:class:`~appeal_rules.model.Registration`, :class:`~appeal_rules.model.Body`,
:class:`~appeal_rules.calendar.CalendarOverlay`, :class:`~appeal_rules.rules.Term` and
:class:`~appeal_rules.calendar.WorkingCalendar` (the frozen calendar) through its ``hypothesis``
entry point, so ``st.from_type(Complaint)`` and ``st.builds`` with type hints just work. Enums
need nothing: Hypothesis draws their members by itself.

>>> from hypothesis import find
>>> from appeal_rules import Channel
>>> find(complaints(), lambda c: c.channel is Channel.PORTAL).channel
<Channel.PORTAL: 'portal'>
"""

from __future__ import annotations

# The hook comes first: when this module is the first to import Hypothesis, Hypothesis runs its
# entry points while this module is still being imported, and finds the hook already defined.
_SETUP: dict[str, bool] = {"ready": False, "requested": False}


def _hypothesis_setup_hook() -> None:
    """Register this module's strategies with :func:`hypothesis.strategies.register_type_strategy`.

    Hypothesis calls it through the ``hypothesis`` entry point when it is imported; calling it
    again is harmless.

    >>> import hypothesis.strategies as st
    >>> from hypothesis import find
    >>> from appeal_rules import Complaint
    >>> _hypothesis_setup_hook()
    >>> isinstance(find(st.from_type(Complaint), lambda c: True), Complaint)
    True
    """
    if not _SETUP["ready"]:  # called while this module imports Hypothesis: register at its end
        _SETUP["requested"] = True
        return
    _register_type_strategies()


import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import functools  # noqa: E402
import importlib.resources  # noqa: E402
import json  # noqa: E402
import pathlib  # noqa: E402
import sys  # noqa: E402
from collections.abc import Mapping, Sequence  # noqa: E402
from typing import Any, Required, TypedDict  # noqa: E402

import attrs  # noqa: E402

try:
    from hypothesis import strategies as st
    from hypothesis.strategies import SearchStrategy
except ModuleNotFoundError as _err:  # pragma: no cover - exercised in a subprocess by the tests
    if _err.name is None or not _err.name.startswith("hypothesis"):
        raise
    raise ImportError(
        "appeal_rules.testing needs Hypothesis, an optional dependency of appeal_rules: "
        "install it with  pip install 'appeal_rules[hypothesis]'"
    ) from _err

from appeal_rules._validate import kazakhstan_tz  # noqa: E402
from appeal_rules.calendar import CalendarOverlay, DayKind, WorkingCalendar, resolve_calendar  # noqa: E402
from appeal_rules.model import AppealedAct, Body, BodyKind, Channel, Complaint, Registration, Respondent  # noqa: E402
from appeal_rules.procedure import (  # noqa: E402
    ANSWERED_STAGES,
    OVERDUE_STAGES,
    PENDING_STAGES,
    Stage,
    addressees,
    review_deadline,
)
from appeal_rules.rules import COVERAGE_START, Term, Unit  # noqa: E402

__all__ = [
    "SNAPSHOT_RESOURCE",
    "EscalationRequest",
    "InvalidComplaintInput",
    "aware_datetimes",
    "bodies",
    "calendar_dates",
    "calendar_overlays",
    "complaints",
    "escalation_requests",
    "frozen_calendar",
    "invalid_complaint_inputs",
    "naive_datetimes",
    "registrations",
    "stages",
    "terms",
    "working_days",
    "write_snapshot",
]


def __dir__() -> list[str]:
    return __all__


#: Where the frozen calendar's snapshot lives inside the package.
SNAPSHOT_RESOURCE = "data/kz-calendar-2018-2030.json"

_ONE_DAY = dt.timedelta(days=1)
# Periods counted from a date may run up to 3 months and a few days (the lodging limit, rolled
# forward past days off): dates that start such periods stay this far from the calendar's end.
_PERIOD_MARGIN = dt.timedelta(days=120)


# --- the frozen calendar -----------------------------------------------------------------------


@functools.cache
def frozen_calendar() -> WorkingCalendar:
    """Kazakhstan's 2018-2030 working-day calendar, frozen in a snapshot shipped with the package.

    It never consults the ``holidays`` package, so its answers do not change when ``holidays`` is
    upgraded; its :attr:`~appeal_rules.calendar.WorkingCalendar.version` starts with ``"frozen "``.
    Pass it as ``calendar=`` to the library's functions (and to these strategies) for tests that
    must not move. The same object is returned on every call (a calendar is immutable).

    >>> import datetime as dt
    >>> cal = frozen_calendar()
    >>> cal.version.startswith("frozen "), cal.first_year, cal.last_year
    (True, 2018, 2030)
    >>> cal.is_working_day(dt.date(2025, 1, 5))  # a Sunday made a working day
    True
    """
    text = importlib.resources.files("appeal_rules").joinpath(SNAPSHOT_RESOURCE).read_text(encoding="utf-8")
    return WorkingCalendar.from_snapshot(json.loads(text))


def write_snapshot(path: str | pathlib.Path, calendar: WorkingCalendar | None = None) -> pathlib.Path:
    """Write a calendar's snapshot as JSON to ``path``, and return the path.

    ``calendar`` defaults to a fresh 2018-2030 calendar built from the installed ``holidays``.

    To refresh the snapshot shipped in the package after checking a ``holidays`` upgrade, run
    ``python -m appeal_rules.testing --write-snapshot src/appeal_rules/data/kz-calendar-2018-2030.json``.

    >>> import json, pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = write_snapshot(pathlib.Path(tmp) / "calendar.json", frozen_calendar())
    ...     json.loads(path.read_text(encoding="utf-8"))["version"].startswith("frozen ")
    True
    """
    cal = calendar if calendar is not None else WorkingCalendar()
    target = pathlib.Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(cal.snapshot(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


# --- dates and times ---------------------------------------------------------------------------


def _bounds(
    cal: WorkingCalendar, min_value: dt.date | None, max_value: dt.date | None
) -> tuple[dt.date, dt.date]:
    lo = max(cal.first_day, min_value) if min_value is not None else cal.first_day
    hi = min(cal.last_day, max_value) if max_value is not None else cal.last_day
    if lo > hi:
        raise ValueError(f"no date of the calendar ({cal.first_day} to {cal.last_day}) lies in {lo} to {hi}")
    return lo, hi


def calendar_dates(
    calendar: WorkingCalendar | None = None, *, min_value: dt.date | None = None, max_value: dt.date | None = None
) -> SearchStrategy[dt.date]:
    """Dates that ``calendar`` holds, optionally narrowed to ``min_value`` .. ``max_value``.

    ``calendar`` defaults to the library's default calendar (2018-2030).

    >>> import datetime as dt
    >>> from hypothesis import find
    >>> find(calendar_dates(), lambda d: True)
    datetime.date(2018, 1, 1)
    >>> find(calendar_dates(min_value=dt.date(2025, 3, 1)), lambda d: True)
    datetime.date(2025, 3, 1)
    """
    lo, hi = _bounds(resolve_calendar(calendar), min_value, max_value)
    return st.dates(min_value=lo, max_value=hi)


@functools.lru_cache(maxsize=16)
def _working_dates(cal: WorkingCalendar, lo: dt.date, hi: dt.date) -> tuple[dt.date, ...]:
    return tuple(d.date for d in cal.days(lo, hi) if d.is_working)


def working_days(
    calendar: WorkingCalendar | None = None, *, min_value: dt.date | None = None, max_value: dt.date | None = None
) -> SearchStrategy[dt.date]:
    """Working days of ``calendar``, optionally within ``min_value`` .. ``max_value``.

    ``calendar`` defaults to the library's default calendar. The days shrink towards the earliest;
    the calendar is read when the first example is drawn, not when the strategy is made.

    >>> import datetime as dt
    >>> from hypothesis import find
    >>> find(working_days(frozen_calendar()), lambda d: d >= dt.date(2025, 1, 1))  # 1-3 Jan are days off
    datetime.date(2025, 1, 5)
    """
    cal = resolve_calendar(calendar)
    lo, hi = _bounds(cal, min_value, max_value)

    def build() -> SearchStrategy[dt.date]:
        dates = _working_dates(cal, lo, hi)
        if not dates:
            raise ValueError(f"the calendar has no working day from {lo} to {hi}")
        return st.sampled_from(dates)

    return st.deferred(build)


def naive_datetimes(calendar: WorkingCalendar | None = None) -> SearchStrategy[dt.datetime]:
    """Datetimes with no time zone, on the days of ``calendar``.

    Every function of the library refuses them where it takes a date, since their day in
    Kazakhstan is unknown.

    >>> from hypothesis import find
    >>> find(naive_datetimes(), lambda t: True).tzinfo is None
    True
    """
    lo, hi = _bounds(resolve_calendar(calendar), None, None)
    return st.datetimes(min_value=dt.datetime.combine(lo, dt.time.min), max_value=dt.datetime.combine(hi, dt.time.max))


def _time_zones() -> list[dt.tzinfo]:
    offsets = (-12, -5, 0, 3, 5, 6, 9, 14)
    return [kazakhstan_tz(), dt.UTC] + [dt.timezone(dt.timedelta(hours=h)) for h in offsets if h != 0]


def aware_datetimes(calendar: WorkingCalendar | None = None) -> SearchStrategy[dt.datetime]:
    """Datetimes with a time zone whose date in Kazakhstan lies within ``calendar``.

    The zones are Kazakhstan's, UTC, and fixed offsets from -12 to +14 hours; the library
    converts such a datetime to its date in Kazakhstan.

    >>> import datetime as dt
    >>> from hypothesis import find
    >>> t = find(aware_datetimes(), lambda t: t.utcoffset() == dt.timedelta(hours=-12))
    >>> t.tzinfo is not None
    True
    """
    lo, hi = _bounds(resolve_calendar(calendar), None, None)
    # One day of margin at each end: a wall-clock time converted to Kazakhstan time moves by < 1 day.
    return st.datetimes(
        min_value=dt.datetime.combine(lo + _ONE_DAY, dt.time.min),
        max_value=dt.datetime.combine(hi - _ONE_DAY, dt.time.max),
        timezones=st.sampled_from(_time_zones()),
    )


# --- values ------------------------------------------------------------------------------------


def stages() -> SearchStrategy[Stage]:
    """Every :class:`~appeal_rules.procedure.Stage`, shrinking towards ``BEFORE_FILING``.

    >>> from hypothesis import find
    >>> find(stages(), lambda s: True)
    <Stage.BEFORE_FILING: 'before_filing'>
    """
    return st.sampled_from(Stage)


_UNIT_MAX = {Unit.WORKING_DAYS: 60, Unit.CALENDAR_DAYS: 90, Unit.MONTHS: 12}


def terms(unit: Unit | None = None) -> SearchStrategy[Term]:
    """Terms a rule could set, of ``unit`` if given.

    Up to 60 working days, 90 calendar days or 12 months, each at least 0.

    >>> from hypothesis import find
    >>> from appeal_rules.rules import Unit
    >>> find(terms(Unit.MONTHS), lambda t: t.length >= 3)
    Term(length=3, unit=<Unit.MONTHS: 'months'>)
    """
    units = st.just(unit) if unit is not None else st.sampled_from(Unit)
    return units.flatmap(lambda u: st.builds(Term, st.integers(0, _UNIT_MAX[u]), st.just(u)))


_PLACES = ("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Oral", "Turkistan")
_BODY_NAMES = {
    BodyKind.SERVICE_PROVIDER: ("Akimat of {}", "Department of Land Relations of {}", "Akimat of {} district"),
    BodyKind.MINISTRY: ("Ministry of Labour and Social Protection of the Population",
                        "Ministry of Internal Affairs", "Ministry of Justice"),
    BodyKind.STATE_CORPORATION: ('Branch of the State Corporation "Government for Citizens" in {}',),
    BodyKind.QUALITY_AUTHORITY: ("Department of the Agency for Civil Service Affairs in {}",
                                 "Agency of the Republic of Kazakhstan for Civil Service Affairs"),
    BodyKind.COURT: ("Specialised interdistrict administrative court of {}",),
}


def _names(kind: BodyKind) -> SearchStrategy[str]:
    realistic = st.builds(str.format, st.sampled_from(_BODY_NAMES[kind]), st.sampled_from(_PLACES))
    return st.one_of(realistic, st.text(min_size=1, max_size=60))


def _addresses() -> SearchStrategy[str]:
    return st.builds(
        "{:06d}, {}, {} street {}".format,
        st.integers(10000, 999999), st.sampled_from(_PLACES),
        st.sampled_from(("Abay", "Dostyk", "Kabanbay Batyr", "Republic Square")), st.integers(1, 200),
    )


def bodies(kind: BodyKind | None = None) -> SearchStrategy[Body]:
    """Valid :class:`~appeal_rules.model.Body` values, of ``kind`` if given.

    Names are realistic or arbitrary text; the postal address may be missing.

    >>> from hypothesis import find
    >>> from appeal_rules import BodyKind
    >>> find(bodies(BodyKind.COURT), lambda b: True).kind
    <BodyKind.COURT: 'court'>
    """
    kinds = st.just(kind) if kind is not None else st.sampled_from(BodyKind)
    return kinds.flatmap(
        lambda k: st.builds(Body, st.just(k), _names(k), st.none() | _addresses(), st.booleans())
    )


#: The bodies that have an office a complaint can be registered at (a court has none here).
_OFFICES = tuple(b for b in BodyKind if b is not BodyKind.COURT)


def complaints(
    calendar: WorkingCalendar | None = None,
    *,
    min_date: dt.date | None = None,
    max_date: dt.date | None = None,
    valid_addressee: bool = False,
) -> SearchStrategy[Complaint]:
    """Valid :class:`~appeal_rules.model.Complaint` values lodged on a day of ``calendar``.

    The lodging date lies within ``min_date`` .. ``max_date`` if given. The addressee, the office
    (never a court, which :func:`~appeal_rules.procedure.assess` refuses as one) and the day the
    applicant learned of the act (never after the lodging) may each be missing.
    With ``valid_addressee=True`` the addressee is always one that may receive the complaint
    (see :func:`~appeal_rules.procedure.addressees`).

    >>> from hypothesis import find
    >>> c = find(complaints(valid_addressee=True), lambda c: c.respondent.is_state_corporation)
    >>> c.addressee
    <BodyKind.STATE_CORPORATION: 'state_corporation'>
    """
    lo, hi = _bounds(resolve_calendar(calendar), min_date, max_date)
    lo = max(lo, COVERAGE_START) if valid_addressee else lo

    @st.composite
    def build(draw: st.DrawFn) -> Complaint:
        respondent = draw(st.sampled_from(Respondent))
        lodged = draw(st.dates(lo, hi))
        if valid_addressee:
            addressee: BodyKind | None = draw(st.sampled_from(addressees(respondent, rules_on=lodged)))
        else:
            addressee = draw(st.none() | st.sampled_from(BodyKind))
        return Complaint(
            respondent,
            draw(st.sampled_from(AppealedAct)),
            draw(st.sampled_from(Channel)),
            lodged,
            addressee,
            draw(st.none() | st.sampled_from(_OFFICES)),
            draw(st.none() | st.dates(lo, lodged)),
        )

    return build()


def registrations(
    calendar: WorkingCalendar | None = None, *, min_date: dt.date | None = None, max_date: dt.date | None = None
) -> SearchStrategy[Registration]:
    """Valid :class:`~appeal_rules.model.Registration` records on days of ``calendar``.

    The incoming number, who accepted the complaint and where to collect the answer may each be
    missing.

    >>> from hypothesis import find
    >>> find(registrations(), lambda r: r.number is not None).number
    'No. 1'
    """
    lo, hi = _bounds(resolve_calendar(calendar), min_date, max_date)
    names = st.sampled_from(("Abenov A.", "Ivanova M.", "Seitkali N.", "Kim V.")) | st.text(max_size=40)
    collection = st.builds("room {}, {:02d}:00".format, st.integers(1, 400), st.integers(9, 17))
    return st.builds(
        Registration,
        st.dates(lo, hi),
        st.sampled_from(BodyKind),
        st.none() | st.integers(1, 99_999).map("No. {}".format),
        st.none() | names,
        st.none() | collection,
    )


@functools.lru_cache(maxsize=16)
def _overlay_candidates(cal: WorkingCalendar) -> tuple[tuple[dt.date, ...], tuple[dt.date, ...]]:
    """(days an overlay may make days off, weekend days it may make working) in ``cal``."""
    days = cal.days(cal.first_day, cal.last_day)
    off = tuple(d.date for d in days if d.kind in (DayKind.WORKING, DayKind.WORKING_WEEKEND))
    working = tuple(d.date for d in days if d.kind is DayKind.WEEKEND)
    return off, working


def calendar_overlays(calendar: WorkingCalendar | None = None, *, max_days: int = 3) -> SearchStrategy[CalendarOverlay]:
    """Valid :class:`~appeal_rules.calendar.CalendarOverlay` values for ``calendar``.

    ``calendar`` defaults to the library's default calendar. Each overlay makes up to
    ``max_days`` working days days off and up to ``max_days`` plain weekend days working, names
    no day twice, and may confirm some years. ``WorkingCalendar(overlays=calendar.overlays +
    (overlay,))`` accepts every one of them (the overlay is checked against the live
    ``holidays`` data, so the calendar must not be a frozen one with different data).

    >>> from hypothesis import find
    >>> from appeal_rules import WorkingCalendar
    >>> o = find(calendar_overlays(), lambda o: len(o.days_off) == 1)
    >>> WorkingCalendar(overlays=(o,)).is_working_day(o.days_off[0])
    False
    """
    cal = resolve_calendar(calendar)
    years = list(range(cal.first_year, cal.last_year + 1))

    def build() -> SearchStrategy[CalendarOverlay]:
        off, working = _overlay_candidates(cal)
        act = st.builds("Order of the Minister of Labour and Social Protection No. {}".format, st.integers(1, 999))
        url = st.just("") | st.builds("https://adilet.zan.kz/rus/docs/V{}".format, st.integers(10**9, 10**10))
        return st.builds(
            CalendarOverlay,
            act=act,
            url=url,
            days_off=st.lists(st.sampled_from(off), max_size=max_days, unique=True).map(tuple),
            working_days=st.lists(st.sampled_from(working), max_size=max_days, unique=True).map(tuple),
            confirms_years=st.lists(st.sampled_from(years), max_size=3, unique=True).map(lambda ys: tuple(sorted(ys))),
        )

    return st.deferred(build)


# --- call arguments ----------------------------------------------------------------------------


class EscalationRequest(TypedDict, total=False):
    """Keyword arguments for :func:`~appeal_rules.procedure.escalation_options`.

    ``stage`` and ``on`` are always there; the rest as the stage needs them.

    >>> import datetime as dt
    >>> from appeal_rules import Stage, escalation_options
    >>> request: EscalationRequest = {"stage": Stage.COURT, "on": dt.date(2025, 1, 6)}
    >>> escalation_options(**request).options
    ()
    """

    stage: Required[Stage]
    on: Required[dt.date]
    respondent: Respondent
    registered_on: dt.date
    answered_on: dt.date
    learned_on: dt.date
    has_superior: bool
    calendar: WorkingCalendar


#: The body whose review term a pending or overdue stage waits on (as escalation_options counts it).
_REVIEWER = {**PENDING_STAGES, **OVERDUE_STAGES}


def escalation_requests(
    calendar: WorkingCalendar | None = None, *, stage: Stage | None = None
) -> SearchStrategy[EscalationRequest]:
    """Keyword arguments that :func:`~appeal_rules.procedure.escalation_options` accepts.

    Every stage is drawn (or only ``stage``): a pending stage's ``on`` is within the review term,
    an overdue stage's after it, every date on or before ``on``, an answer on or after the
    registration, and every period the options count ends within the calendar. ``calendar``
    (default: the library's default) counts the terms and, when given, is passed on in the request.

    >>> from hypothesis import find
    >>> from appeal_rules import Stage, escalation_options
    >>> request = find(escalation_requests(stage=Stage.FIRST_INSTANCE_OVERDUE), lambda r: True)
    >>> escalation_options(**request).waiting_until is None and request["on"] > request["registered_on"]
    True
    """
    cal = resolve_calendar(calendar)
    lo, hi = _bounds(cal, COVERAGE_START, cal.last_day - _PERIOD_MARGIN)
    stage_strategy = st.just(stage) if stage is not None else st.sampled_from(Stage)

    @st.composite
    def build(draw: st.DrawFn) -> EscalationRequest:
        chosen = draw(stage_strategy)
        request: EscalationRequest = {"stage": chosen, "on": lo, "respondent": draw(st.sampled_from(Respondent))}
        if calendar is not None:
            request["calendar"] = calendar
        if chosen in _REVIEWER:
            registered = draw(st.dates(lo, hi - dt.timedelta(days=60)))
            due = review_deadline(registered, _REVIEWER[chosen], calendar=cal).due
            if chosen in PENDING_STAGES:
                on = draw(st.dates(registered, due))
            else:
                on = draw(st.dates(due + _ONE_DAY, min(hi, due + dt.timedelta(days=400))))
            request["registered_on"], request["on"] = registered, on
            if draw(st.booleans()):
                request["learned_on"] = draw(st.dates(lo, registered))
        elif chosen in ANSWERED_STAGES:
            on = draw(st.dates(lo, hi))
            answered = draw(st.dates(lo, on))
            request["on"], request["answered_on"] = on, answered
            if draw(st.booleans()):
                request["registered_on"] = draw(st.dates(lo, answered))
            if draw(st.booleans()):
                request["learned_on"] = draw(st.dates(lo, answered))
        else:  # before filing, or in court
            on = draw(st.dates(lo, hi))
            request["on"] = on
            if draw(st.booleans()):
                request["learned_on"] = draw(st.dates(lo, on))
            request["has_superior"] = draw(st.booleans())
        return request

    return build()


@attrs.frozen
class InvalidComplaintInput:
    """Keyword arguments that :class:`~appeal_rules.model.Complaint` must refuse, with the paths.

    :attr:`paths` is the set of problem paths its :class:`~appeal_rules.errors.InvalidInputError`
    must report, no more and no fewer.

    >>> import datetime as dt
    >>> from appeal_rules import Complaint, InvalidInputError
    >>> case = InvalidComplaintInput({"respondent": "fax", "appealed": "decision", "channel": "post",
    ...                               "lodged_on": dt.date(2025, 1, 6)}, frozenset({"respondent"}))
    >>> try:
    ...     Complaint(**case.kwargs)
    ... except InvalidInputError as err:
    ...     print({p.path for p in err.problems} == case.paths)
    True
    """

    kwargs: Mapping[str, Any]
    paths: frozenset[str]


def _bad_enum_values(enum_values: Sequence[str], *, optional: bool) -> SearchStrategy[Any]:
    unknown = st.sampled_from([v for v in ("fax", "email", "telegram", "", "DECISION", "Post", "unknown")
                               if v not in enum_values])
    wrong_type = st.one_of(st.integers(-5, 5), st.just(1.5), st.just(b"post"))
    return unknown | wrong_type if optional else unknown | wrong_type | st.none()


def _bad_dates(*, optional: bool) -> SearchStrategy[Any]:
    bad = st.one_of(
        st.dates().map(dt.date.isoformat),
        st.integers(0, 20_300_101),
        st.datetimes(min_value=dt.datetime(2018, 1, 1), max_value=dt.datetime(2030, 12, 31)),  # naive
    )
    return bad if optional else bad | st.none()


def invalid_complaint_inputs(calendar: WorkingCalendar | None = None) -> SearchStrategy[InvalidComplaintInput]:
    """Deliberately invalid :class:`~appeal_rules.model.Complaint` keyword arguments, with paths.

    One or more fields of valid arguments are replaced by a wrong value (an unknown or mistyped
    enum value, a string, number or naive datetime instead of a date, a ``learned_on`` after
    ``lodged_on``); :attr:`InvalidComplaintInput.paths` names every problem the error must report.

    >>> from hypothesis import find
    >>> case = find(invalid_complaint_inputs(), lambda c: len(c.paths) == 2)
    >>> len(case.paths)
    2
    """
    lo, hi = _bounds(resolve_calendar(calendar), None, None)
    fields = ("respondent", "appealed", "channel", "lodged_on", "addressee", "office", "learned_on")
    enums: dict[str, list[str]] = {
        "respondent": [m.value for m in Respondent], "appealed": [m.value for m in AppealedAct],
        "channel": [m.value for m in Channel], "addressee": [m.value for m in BodyKind],
        "office": [m.value for m in BodyKind],
    }

    @st.composite
    def build(draw: st.DrawFn) -> InvalidComplaintInput:
        lodged = draw(st.dates(lo, hi - _ONE_DAY))
        kwargs: dict[str, Any] = {
            "respondent": draw(st.sampled_from(Respondent)),
            "appealed": draw(st.sampled_from(AppealedAct)),
            "channel": draw(st.sampled_from(Channel)),
            "lodged_on": lodged,
            "addressee": draw(st.none() | st.sampled_from(BodyKind)),
            "office": draw(st.none() | st.sampled_from(BodyKind)),
            "learned_on": draw(st.none() | st.dates(lo, lodged)),
        }
        broken = draw(st.lists(st.sampled_from(fields), min_size=1, max_size=len(fields), unique=True))
        paths: set[str] = set()
        for name in broken:
            if name in enums:
                kwargs[name] = draw(_bad_enum_values(enums[name], optional=name in ("addressee", "office")))
                paths.add(name)
            elif name == "lodged_on":
                kwargs[name] = draw(_bad_dates(optional=False))
                paths.add(name)
            elif "lodged_on" in broken or draw(st.booleans()):
                kwargs[name] = draw(_bad_dates(optional=True))
                paths.add(name)
            else:  # learned after lodged: a problem only while lodged_on itself is valid
                kwargs[name] = draw(st.dates(lodged + _ONE_DAY, hi))
                paths.add(name)
        return InvalidComplaintInput(kwargs, frozenset(paths))

    return build()


# --- registration with Hypothesis --------------------------------------------------------------


def _register_type_strategies() -> None:
    st.register_type_strategy(Complaint, st.deferred(complaints))
    st.register_type_strategy(Registration, st.deferred(registrations))
    st.register_type_strategy(Body, st.deferred(bodies))
    st.register_type_strategy(CalendarOverlay, st.deferred(calendar_overlays))
    st.register_type_strategy(Term, st.deferred(terms))
    st.register_type_strategy(WorkingCalendar, st.deferred(lambda: st.just(frozen_calendar())))


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m appeal_rules.testing",
        description="Tools for the frozen calendar that appeal_rules.testing ships.",
    )
    parser.add_argument("--write-snapshot", metavar="PATH", required=True,
                        help="write the 2018-2030 calendar, built from the installed holidays package, to PATH")
    args = parser.parse_args(argv)
    path = write_snapshot(args.write_snapshot)
    print(f"wrote {path} ({WorkingCalendar.from_snapshot(json.loads(path.read_text(encoding='utf-8'))).version})")
    return 0


_SETUP["ready"] = True
if _SETUP["requested"]:
    _register_type_strategies()

if __name__ == "__main__":
    sys.exit(_main())
