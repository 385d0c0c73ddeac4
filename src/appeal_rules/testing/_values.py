"""Strategies for valid values: stages, terms, bodies, complaints, registrations, overlays."""

from __future__ import annotations

import datetime as dt
import functools

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from appeal_rules.calendar import CalendarOverlay, DayKind, WorkingCalendar, resolve_calendar
from appeal_rules.model import AppealedAct, Body, BodyKind, Channel, Complaint, Registration, Respondent
from appeal_rules.procedure import (
    Stage,
    addressees,
)
from appeal_rules.rules import COVERAGE_START, Term, Unit
from appeal_rules.testing._dates import date_bounds

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
    lo, hi = date_bounds(resolve_calendar(calendar), min_date, max_date)
    lo = max(lo, COVERAGE_START) if valid_addressee else lo

    @st.composite
    def build(draw: st.DrawFn) -> Complaint:
        respondent = draw(st.sampled_from(Respondent))
        lodged = draw(st.dates(lo, hi))
        if valid_addressee:
            addressee: BodyKind | None = draw(st.sampled_from(addressees(respondent, lodged_on=lodged)))
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
    lo, hi = date_bounds(resolve_calendar(calendar), min_date, max_date)
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
