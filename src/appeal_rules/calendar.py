"""Kazakhstan's working-day calendar, built from the ``holidays`` package, with a data horizon.

The calendar answers three questions in constant time from a precomputed index (built once, on
first use): is a day a working day, which day is the n-th working day after a date, and how many
working days lie between two dates. It also says *why* a day is not a working day (weekend,
public holiday, holiday carried over from a day off, day off moved by the yearly transfer act, or
an overlay an integrator added) and whether an answer rests on data that is not yet confirmed.

Sources, per kind of day:

* weekends: Labour Code art. 84 (Sunday; Saturday in a five-day week);
* public holidays and their carry-over to the next working day: Law "On Holidays" art. 5;
* days off moved by the Government's decree (from 2024, the Labour Ministry's order), and the
  weekend days made working by it: ``holidays``' Kazakhstan data, each year with its act;
* Kurban Ait (first day) is fixed each year by the Spiritual Administration of Muslims.

**Data horizon.** :data:`CONFIRMED_YEARS` lists, year by year, the sources that the year's transfer
act (or the absence of one) and Kurban Ait are final. The horizon is the last year of the unbroken
run of confirmed years; any result that touches a later day is *provisional* and says, for the first
such day of each year, what is missing (the transfer act, an estimated Kurban Ait date) and how to
settle it (an overlay that confirms the year). A year confirmed after an unconfirmed one still
gives provisional results until the years before it are confirmed.

>>> import datetime as dt
>>> from appeal_rules.calendar import default_calendar
>>> cal = default_calendar()
>>> cal.is_working_day(dt.date(2025, 1, 5))   # a Sunday made a working day
True
>>> cal.day(dt.date(2025, 1, 3)).describe()
'Friday 2025-01-03: day off moved from Sunday 2025-01-05 by the transfer act'
>>> cal.horizon  # 2027: neither a transfer act nor the final Kurban Ait date is confirmed
2026
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import threading
import tomllib
from array import array
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from importlib import metadata, resources
from typing import TYPE_CHECKING, Any, Final

import attrs

from appeal_rules._validate import check_date, check_int, describe, raise_if
from appeal_rules.errors import CalendarConflictError, CalendarRangeError, InvalidInputError, Problem
from appeal_rules.rules import COVERAGE_START, rule_version

if TYPE_CHECKING:
    IntArray = array[int]
else:  # array[int] is subscriptable only from Python 3.12; the hints stay resolvable at run time
    IntArray = array

__all__ = [
    "CONFIRMED_YEARS",
    "CalendarIndex",
    "CalendarOverlay",
    "Day",
    "DayKind",
    "WorkingCalendar",
    "YearConfirmation",
    "add_working_days",
    "default_calendar",
    "is_working_day",
    "resolve_calendar",
    "working_days_between",
]


def __dir__() -> list[str]:
    return __all__


_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class DayKind(enum.Enum):
    """Why a day is, or is not, a working day."""

    #: Monday to Friday with nothing special.
    WORKING = "working"
    #: Saturday or Sunday (Labour Code art. 84).
    WEEKEND = "weekend"
    #: A public holiday on its own date (Law "On Holidays"; Labour Code art. 84(5)).
    HOLIDAY = "holiday"
    #: A holiday that fell on a day off, carried over to the next working day (Law "On Holidays" art. 5).
    CARRIED_OVER = "carried_over"
    #: A day off moved here from another day by the yearly transfer act (decree or order).
    TRANSFERRED = "transferred"
    #: A Saturday or Sunday made a working day by the yearly transfer act.
    WORKING_WEEKEND = "working_weekend"
    #: A day made non-working by an overlay (an act the ``holidays`` package does not have yet).
    OVERLAY_DAY_OFF = "overlay_day_off"
    #: A weekend day made working by an overlay.
    OVERLAY_WORKING = "overlay_working"

    @property
    def is_working(self) -> bool:
        """Whether days of this kind are working days."""
        return self in (DayKind.WORKING, DayKind.WORKING_WEEKEND, DayKind.OVERLAY_WORKING)


@attrs.frozen
class Day:
    """One calendar day with its kind, name and the act behind it.

    ``moved`` is the other end of a transfer: for a :attr:`DayKind.TRANSFERRED` day off, the day
    it was moved from; for a :attr:`DayKind.WORKING_WEEKEND`, the day off it was moved to.

    >>> import datetime as dt
    >>> from appeal_rules.calendar import default_calendar
    >>> d = default_calendar().day(dt.date(2024, 3, 25))
    >>> d.kind.value, d.name, d.is_working
    ('carried_over', 'Nowruz Holiday', False)
    """

    date: dt.date
    kind: DayKind
    name: str | None = None
    moved: dt.date | None = None
    act: str | None = None
    estimated: bool = False

    @property
    def is_working(self) -> bool:
        """Whether this is a working day."""
        return self.kind.is_working

    def describe(self, lang: str = "en") -> str:
        """The day and its kind in one line of English.

        ``lang`` says it in Kazakh (``"kk"``) or Russian (``"ru"``) instead.

        >>> import datetime as dt
        >>> Day(dt.date(2025, 1, 4), DayKind.WEEKEND).describe("ru")
        'суббота 04.01.2025: выходной день'
        """
        from appeal_rules.render import day_text

        return day_text(self, lang)

@attrs.frozen
class YearConfirmation:
    """The evidence that a year's calendar is final, each claim with its source.

    * ``transfer_act`` is the act that moved days off that year (a Government decree; from 2024 a
      Labour Ministry order), or ``None`` when the sources say **no transfer act** was issued: the
      year is then the Law "On Holidays" with its carry-over rule and nothing else, a complete
      calendar all the same. ``transfer_source`` is where the act is published or, for ``None``,
      the source showing that none was issued.
    * ``kurban_ait`` is the first day of Kurban Ait as fixed for that year, from
      ``kurban_ait_source``.
    * ``ordinary_days`` are days the sources say are neither a holiday nor a day off moved or
      carried over (31 August 2026, once Constitution Day was moved), from ``ordinary_days_source``.
    * ``confidence`` says, in a sentence, how firm the evidence is where it is not an act's text.

    The calendar refuses to build (:class:`~appeal_rules.errors.CalendarConflictError`) if the
    ``holidays`` data disagree with any of these: another Kurban Ait date, a day moved in a year
    without a transfer act, or a special day where the sources say there is none.

    >>> from appeal_rules.calendar import CONFIRMED_YEARS
    >>> c = {c.year: c for c in CONFIRMED_YEARS}[2026]
    >>> c.transfer_act is None, c.kurban_ait.isoformat(), [d.isoformat() for d in c.ordinary_days]
    (True, '2026-05-27', ['2026-08-30', '2026-08-31'])
    """

    year: int
    transfer_act: str | None
    transfer_source: str
    kurban_ait: dt.date
    kurban_ait_source: str
    ordinary_days: tuple[dt.date, ...] = ()
    ordinary_days_source: str = ""
    confidence: str = ""




def _citation(rule_id: str, day: dt.date) -> str:
    """The sources of rule ``rule_id`` in force on ``day``, as a :attr:`Day.act` names them.

    The rulebook starts at :data:`~appeal_rules.rules.COVERAGE_START`; a calendar that reaches
    further back names the acts of that first day for its earlier days (see docs/known-gaps.md).
    """
    return rule_version(rule_id, max(day, COVERAGE_START)).cite()

def _load_confirmed_years() -> tuple[YearConfirmation, ...]:
    """The confirmed years of ``rulebook/calendar_years.toml``, in the file's order.

    The rulebook holds them beside the rules: which act moved the days off in a year is data about
    that year, read once, at import; a key the file should not have, or a missing one, is refused then.
    """
    text = (resources.files("appeal_rules") / "rulebook" / "calendar_years.toml").read_text(encoding="utf-8")
    # A year without ``transfer_act`` is one the sources say had none.
    return tuple(YearConfirmation(**{"transfer_act": None, **y, "ordinary_days": tuple(y.get("ordinary_days", ()))})
                 for y in tomllib.loads(text)["years"])


#: Years whose calendar is confirmed: the transfer act is published (or none was issued) and Kurban
#: Ait is fixed. A year is confirmed here only with a source for each claim. Read from the rulebook
#: (``rulebook/calendar_years.toml``), where each claim's source is kept.
CONFIRMED_YEARS: tuple[YearConfirmation, ...] = _load_confirmed_years()


def _check_date_list(value: object, path: str, problems: list[Problem]) -> None:
    if not isinstance(value, (list, tuple, frozenset, set)):
        problems.append(Problem(path, f"got {describe(value)}", "a list of datetime.date", True))
        return
    for i, item in enumerate(sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value):
        if isinstance(item, dt.datetime) or not isinstance(item, dt.date):
            problems.append(Problem(f"{path}[{i}]", f"got {describe(item)}", "a datetime.date", True))


@attrs.frozen
class CalendarOverlay:
    """An act the ``holidays`` package does not have yet, laid over the base data.

    It names days made non-working and weekend days made working, under one citation, and the
    years it confirms as final.

    >>> import datetime as dt
    >>> from appeal_rules import CalendarOverlay, WorkingCalendar
    >>> order = CalendarOverlay(
    ...     act="Order of the Labour Minister (example)",
    ...     days_off=(dt.date(2027, 1, 8),), working_days=(dt.date(2027, 1, 16),),
    ...     confirms_years=(2026, 2027),
    ... )
    >>> cal = WorkingCalendar(overlays=(order,))
    >>> cal.is_working_day(dt.date(2027, 1, 8)), cal.is_working_day(dt.date(2027, 1, 16))
    (False, True)
    """

    act: str
    url: str = ""
    days_off: tuple[dt.date, ...] = ()
    working_days: tuple[dt.date, ...] = ()
    confirms_years: tuple[int, ...] = ()

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        if not isinstance(self.act, str) or not self.act.strip():
            problems.append(Problem("act", f"got {describe(self.act)}", "the citation of the act, a non-empty string"))
        if not isinstance(self.url, str):
            problems.append(Problem("url", f"got {describe(self.url)}", "a string", True))
        _check_date_list(self.days_off, "days_off", problems)
        _check_date_list(self.working_days, "working_days", problems)
        if not isinstance(self.confirms_years, (list, tuple)):
            problems.append(Problem("confirms_years", f"got {describe(self.confirms_years)}", "a list of years", True))
        else:
            for i, y in enumerate(self.confirms_years):
                check_int(y, f"confirms_years[{i}]", problems, minimum=1991, maximum=2100)
        raise_if(problems)

    def digest_payload(self) -> dict[str, Any]:
        """The overlay as plain data, in a canonical order (for the calendar's data version)."""
        return {
            "act": self.act,
            "url": self.url,
            "days_off": sorted(d.isoformat() for d in self.days_off),
            "working_days": sorted(d.isoformat() for d in self.working_days),
            "confirms_years": sorted(self.confirms_years),
        }


@attrs.frozen(eq=False)
class CalendarIndex:
    """The calendar's days, counted once: the small public counting API that deadlines use.

    Days are named by their proleptic Gregorian ordinal (:meth:`datetime.date.toordinal`), from
    :attr:`first` to :attr:`last`. The working days are numbered by *position*, 0 for the first
    working day of the calendar, ascending; :attr:`working_dates` holds them in that order. Every
    method here trusts its ordinal arguments (they come from :meth:`ordinal` or
    :meth:`check_ordinal`, which check a date once, at the edge) and answers in constant time, but
    for the lists of days it returns.

    >>> import datetime as dt
    >>> from appeal_rules.calendar import default_calendar
    >>> idx = default_calendar().index()
    >>> o = idx.ordinal(dt.date(2024, 12, 31), "start")
    >>> idx.working_dates[idx.nth_position(o, 5)]  # the 5th working day after 31 December 2024
    datetime.date(2025, 1, 10)
    >>> [d.date.day for d in idx.days_off(o + 1, o + 5)]  # 1-2 January, the moved day off, the weekend
    [1, 2, 3, 4]
    """

    #: Ordinal of the first day the calendar holds.
    first: int
    #: Ordinal of the last day the calendar holds.
    last: int
    #: One byte per day from ``first``: 1 where the day is a working day.
    working: bytes
    #: Per day from ``first``: the number of working days on or before it.
    rank: IntArray
    #: Ordinals of the working days, ascending (position -> ordinal).
    working_ords: IntArray
    #: The same days as dates (position -> date), so that a period's days are one slice.
    working_dates: tuple[dt.date, ...]
    #: Ordinals of the non-working days, ascending.
    off_ords: IntArray
    #: Their records, aligned with ``off_ords``.
    off_days: tuple[Day, ...]
    #: Every day that is not a plain weekday or weekend, by ordinal.
    special: Mapping[int, Day]
    #: Estimated holidays in unconfirmed years, ascending ordinals.
    estimated_ords: tuple[int, ...]
    #: Ordinal of the last confirmed day.
    horizon: int
    #: The last confirmed year.
    horizon_year: int
    #: The data version (see :attr:`WorkingCalendar.version`).
    version: str

    @property
    def first_day(self) -> dt.date:
        """The first day the calendar holds."""
        return dt.date.fromordinal(self.first)

    @property
    def last_day(self) -> dt.date:
        """The last day the calendar holds."""
        return dt.date.fromordinal(self.last)

    def check_ordinal(self, value: object, path: str, problems: list[Problem]) -> int | None:
        """The ordinal of the date ``value``, or ``None`` with the reason recorded in ``problems``.

        A date outside the calendar is a :class:`~appeal_rules.errors.CalendarRangeError` problem.

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> problems = []
        >>> default_calendar().index().check_ordinal(dt.date(2031, 1, 1), "day", problems) is None
        True
        >>> problems[0].error_class.__name__, problems[0].accepted
        ('CalendarRangeError', 'a date from 2018-01-01 to 2030-12-31')
        """
        day = value if type(value) is dt.date else check_date(value, path, problems)
        if day is None:
            return None
        o = day.toordinal()
        if not self.first <= o <= self.last:
            problems.append(Problem(path, f"{day.isoformat()} is outside the calendar",
                                    f"a date from {self.first_day.isoformat()} to {self.last_day.isoformat()}",
                                    kind=CalendarRangeError))
            return None
        return o

    def ordinal(self, value: object, path: str) -> int:
        """The ordinal of the date ``value``, or the error for it (named ``path``) raised at once.

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> idx = default_calendar().index()
        >>> idx.ordinal(dt.date(2025, 1, 5), "day") == dt.date(2025, 1, 5).toordinal()
        True
        """
        problems: list[Problem] = []
        o = self.check_ordinal(value, path, problems)
        if o is None:
            raise_if(problems)
        assert o is not None
        return o

    def is_working(self, o: int) -> bool:
        """Whether the day ``o`` is a working day."""
        return self.working[o - self.first] == 1

    def day(self, o: int) -> Day:
        """The :class:`Day` record of the day ``o``."""
        special = self.special.get(o)
        if special is not None:
            return special
        d = dt.date.fromordinal(o)
        return Day(d, DayKind.WEEKEND if d.weekday() >= 5 else DayKind.WORKING)

    def nth_position(self, o: int, n: int) -> int:
        """The position of the ``n``-th working day after the day ``o`` (before it if ``n < 0``).

        With ``n == 0``: ``o`` itself if it is a working day, else the next working day. The result
        may lie outside ``range(len(working_dates))`` when the count runs past the calendar.

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> idx = default_calendar().index()
        >>> saturday = dt.date(2025, 1, 4).toordinal()
        >>> idx.working_dates[idx.nth_position(saturday, 0)]  # Sunday 5 January was a working day
        datetime.date(2025, 1, 5)
        """
        offset = o - self.first
        on_or_before = self.rank[offset]
        if n > 0:
            return on_or_before + n - 1
        before = on_or_before - self.working[offset]
        return before + n if n < 0 else before

    def days_off(self, a: int, b: int) -> tuple[Day, ...]:
        """The non-working days from ``a`` to ``b`` (both included), each saying why.

        Found without searching: every day is working or not, so the days off on or before a day
        number its offset plus one minus its :attr:`rank`.
        """
        if b < a:
            return ()
        a_off, b_off = a - self.first, b - self.first
        before = a_off - self.rank[a_off - 1] if a_off > 0 else 0
        return self.off_days[before:b_off + 1 - self.rank[b_off]]

    def provisional_reasons(self, a: int, b: int) -> tuple[str, ...]:
        """Why an answer that looked at the days ``a`` to ``b`` (inclusive) is provisional; empty if not.

        One reason per year past the horizon that the days touch, from the first such day.
        """
        if b <= self.horizon:  # estimated holidays are dropped from confirmed years, so none lie here
            return ()
        first_o = max(a, self.horizon + 1)
        reasons: list[str] = []
        year = dt.date.fromordinal(first_o).year
        while first_o <= b:
            year_end = dt.date(year, 12, 31).toordinal()
            # An estimated date matters when it, or a day either side (it may move a day), is looked at.
            lo = bisect_left(self.estimated_ords, first_o - 1)
            hi = bisect_left(self.estimated_ords, min(b, year_end) + 2)
            estimated = tuple(o for o in self.estimated_ords[lo:hi] if dt.date.fromordinal(o).year == year)
            reasons.append(_unconfirmed_reason(first_o, year, estimated, self))
            first_o, year = year_end + 1, year + 1
        return tuple(reasons)


class WorkingCalendar:
    """Kazakhstan's working days for ``first_year`` to ``last_year``, with overlays and a horizon.

    The index is built on first use (about 10 ms for 13 years) and then answers in constant time.
    A calendar is immutable; build another one to add overlays.

    >>> import datetime as dt
    >>> cal = WorkingCalendar(first_year=2024, last_year=2026)
    >>> cal.add_working_days(dt.date(2024, 12, 31), 5)
    datetime.date(2025, 1, 10)
    """

    __slots__ = ("_confirmations", "_index", "_lock", "first_year", "last_year", "overlays")

    def __init__(
        self,
        first_year: int = 2018,
        last_year: int = 2030,
        overlays: Sequence[CalendarOverlay] = (),
        confirmations: Sequence[YearConfirmation] = CONFIRMED_YEARS,
    ) -> None:
        problems: list[Problem] = []
        fy = check_int(first_year, "first_year", problems, minimum=1991, maximum=2100)
        ly = check_int(last_year, "last_year", problems, minimum=1991, maximum=2099)
        if fy is not None and ly is not None and fy > ly:
            problems.append(Problem("last_year", f"{ly} is before first_year {fy}", "last_year >= first_year"))
        if not isinstance(overlays, (list, tuple)) or not all(isinstance(o, CalendarOverlay) for o in overlays):
            problems.append(Problem("overlays", f"got {describe(overlays)}", "a list of CalendarOverlay", True))
        if not isinstance(confirmations, (list, tuple)) or not all(
            isinstance(c, YearConfirmation) for c in confirmations
        ):
            problems.append(Problem("confirmations", f"got {describe(confirmations)}",
                                    "a list of YearConfirmation (default: CONFIRMED_YEARS)", True))
        raise_if(problems)
        self.first_year: int = first_year
        self.last_year: int = last_year
        self.overlays: tuple[CalendarOverlay, ...] = tuple(overlays)
        self._confirmations = tuple(confirmations)
        self._index: CalendarIndex | None = None
        self._lock = threading.Lock()
        if self.overlays:
            self.index()  # refuse contradictions when the calendar is built, not at first use

    def __repr__(self) -> str:
        return (f"WorkingCalendar(first_year={self.first_year}, last_year={self.last_year}, "
                f"overlays={len(self.overlays)})")

    # --- building -------------------------------------------------------------------------------

    def index(self) -> CalendarIndex:
        """The calendar's :class:`CalendarIndex`, built on first use (then kept: the calendar is immutable).

        >>> from appeal_rules.calendar import default_calendar
        >>> default_calendar().index().horizon_year
        2026
        """
        index = self._index
        if index is None:
            with self._lock:
                if self._index is None:
                    self._index = index_from_days(
                        *self._days(), first_year=self.first_year, last_year=self.last_year
                    )
                index = self._index
        return index

    def _days(self) -> tuple[dict[int, Day], list[int], int, str]:
        # A calendar from a snapshot has its index from the start (see from_snapshot).
        return days_from_holidays(self.first_year, self.last_year, self.overlays, self._confirmations)

    @classmethod
    def from_snapshot(cls, data: Mapping[str, Any]) -> WorkingCalendar:
        """A frozen calendar from :meth:`snapshot` data, for deterministic downstream tests.

        It never consults ``holidays``, so its answers do not change when ``holidays`` is upgraded.

        >>> from appeal_rules.calendar import default_calendar
        >>> import datetime as dt
        >>> frozen = WorkingCalendar.from_snapshot(default_calendar().snapshot())
        >>> frozen.version
        'frozen holidays 0.109; overlays none; horizon 2026'
        >>> frozen.add_working_days(dt.date(2024, 12, 31), 5)
        datetime.date(2025, 1, 10)
        """
        if not isinstance(data, Mapping):
            raise InvalidInputError.single("snapshot", f"got {describe(data)}",
                                           "a mapping from WorkingCalendar.snapshot()")
        problems: list[Problem] = []
        for key in ("first_year", "last_year", "days", "estimated", "horizon", "version"):
            if key not in data:
                problems.append(Problem(f"snapshot.{key}", "missing", "the output of WorkingCalendar.snapshot()"))
        raise_if(problems)
        parsed = days_from_snapshot(data)  # refuses a malformed snapshot now, not at first use
        cal = cls(first_year=data["first_year"], last_year=data["last_year"])
        cal._index = index_from_days(*parsed, first_year=cal.first_year, last_year=cal.last_year)
        return cal

    def snapshot(self) -> dict[str, Any]:
        """The calendar as plain JSON-able data (every special day, the horizon, the version)."""
        idx = self.index()
        return {
            "first_year": self.first_year,
            "last_year": self.last_year,
            "horizon": idx.horizon_year,
            "version": idx.version if idx.version.startswith("frozen ") else "frozen " + idx.version,
            "estimated": [dt.date.fromordinal(o).isoformat() for o in idx.estimated_ords],
            "days": [
                {
                    "date": d.date.isoformat(),
                    "kind": d.kind.value,
                    "name": d.name,
                    "moved": d.moved.isoformat() if d.moved else None,
                    "act": d.act,
                    "estimated": d.estimated,
                }
                for d in sorted(idx.special.values(), key=lambda d: d.date)
            ],
        }

    # --- facts about the calendar ---------------------------------------------------------------

    @property
    def version(self) -> str:
        """The data version: the ``holidays`` version, a digest of the overlays, and the horizon."""
        return self.index().version

    @property
    def horizon(self) -> int:
        """The last year whose calendar is confirmed; later days give provisional results."""
        return self.index().horizon_year

    @property
    def first_day(self) -> dt.date:
        """The first day the calendar holds."""
        return dt.date(self.first_year, 1, 1)

    @property
    def last_day(self) -> dt.date:
        """The last day the calendar holds."""
        return dt.date(self.last_year, 12, 31)

    def working_day_ordinals(self) -> tuple[int, int, memoryview]:
        """The calendar's working days as ordinals, for whole-column arithmetic (``appeal_rules.vectorized``).

        Returns ``(first, last, working)``: the proleptic Gregorian ordinals
        (:meth:`datetime.date.toordinal`) of the first and last day the calendar holds, and a
        read-only view of the ordinals of every working day between them, ascending (item format
        ``"l"``; ``numpy.asarray`` reads it without a copy).

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> first, last, working = default_calendar().working_day_ordinals()
        >>> dt.date.fromordinal(first), dt.date.fromordinal(last), working.readonly
        (datetime.date(2018, 1, 1), datetime.date(2030, 12, 31), True)
        >>> dt.date(2025, 1, 5).toordinal() in working  # a Sunday made a working day
        True
        """
        idx = self.index()
        return idx.first, idx.last, memoryview(idx.working_ords).toreadonly()

    # --- queries --------------------------------------------------------------------------------

    def is_working_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day in Kazakhstan.

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> default_calendar().is_working_day(dt.date(2024, 1, 8))  # Christmas on a Sunday: no carry-over
        True
        """
        idx = self.index()
        return idx.is_working(idx.ordinal(day, "day"))

    def day(self, day: dt.date) -> Day:
        """The :class:`Day` record for ``day``: its kind, name and the act behind it."""
        idx = self.index()
        return idx.day(idx.ordinal(day, "day"))

    def days(self, start: dt.date, end: dt.date) -> tuple[Day, ...]:
        """Every day from ``start`` to ``end``, both included."""
        idx = self.index()
        a, b = self._ordinals(idx, [], ("start", start), ("end", end))
        return tuple(idx.day(o) for o in range(a, b + 1))

    def _ordinals(self, idx: CalendarIndex, problems: list[Problem], *named: tuple[str, object]) -> list[int]:
        """Check several date arguments at once; raise one error listing these and ``problems``."""
        found = [idx.check_ordinal(value, path, problems) for path, value in named]
        raise_if(problems)
        return [o for o in found if o is not None]

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``day`` (before it if ``n`` is negative).

        Same meaning as ``holidays``' ``get_nth_working_day``: ``day`` itself is never counted; with
        ``n == 0`` the result is ``day`` if it is a working day, otherwise the next working day.

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> default_calendar().add_working_days(dt.date(2025, 1, 10), -5)
        datetime.date(2024, 12, 31)
        """
        idx = self._index or self.index()
        problems: list[Problem] = []
        o = idx.check_ordinal(day, "day", problems)
        if type(n) is not int:
            check_int(n, "n", problems)
        if problems:
            raise_if(problems)
        assert o is not None
        position = idx.nth_position(o, n)
        if not 0 <= position < len(idx.working_dates):
            edge = self.last_day if n >= 0 else self.first_day
            raise CalendarRangeError.single(
                "n",
                f"{n} working days from {dt.date.fromordinal(o).isoformat()} run past {edge.isoformat()}",
                f"a count that stays within {self.first_day.isoformat()} to {self.last_day.isoformat()}",
            )
        return idx.working_dates[position]

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """How many working days come after ``start`` up to and including ``end``.

        ``start`` is excluded and ``end`` included, so that
        ``working_days_between(d, add_working_days(d, n)) == n`` for every ``n >= 1`` (and for
        ``n == 0`` when ``d`` is a working day). If ``end`` is
        before ``start`` the count is negative: ``-working_days_between(end, start)``.
        (``holidays``' ``get_working_days_count`` includes both ends instead.)

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> default_calendar().working_days_between(dt.date(2024, 12, 31), dt.date(2025, 1, 10))
        5
        """
        idx = self.index()
        a, b = self._ordinals(idx, [], ("start", start), ("end", end))
        return idx.rank[b - idx.first] - idx.rank[a - idx.first]

    def provisional_reasons(self, start: dt.date, end: dt.date) -> tuple[str, ...]:
        """Why an answer that looked at the days ``start`` to ``end`` (inclusive) is provisional.

        The tuple is empty when every one of those days is confirmed.

        >>> import datetime as dt
        >>> from appeal_rules.calendar import default_calendar
        >>> print(default_calendar().provisional_reasons(dt.date(2026, 12, 29), dt.date(2027, 1, 9))[0])
        2027-01-01 is past the calendar data horizon (the last confirmed year is 2026): for 2027 the act
        moving days off (or word that none was issued) is not confirmed; to settle it, confirm 2027 with
        an overlay (a file passed with --overlay, or CalendarOverlay(confirms_years=(2027,)) in Python)
        >>> default_calendar().provisional_reasons(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        ()
        """
        idx = self.index()
        a, b = self._ordinals(idx, [], ("start", start), ("end", end))
        return idx.provisional_reasons(a, b)


#: The names people in Kazakhstan use for holidays whose ``holidays`` name differs.
_LOCAL_NAMES: Final = {"Eid al-Adha": "Kurban Ait"}


def _unconfirmed_reason(first_o: int, year: int, estimated: tuple[int, ...], idx: CalendarIndex) -> str:
    """Why the days from ``first_o`` in ``year`` (past the horizon) are provisional, and how to settle it."""
    missing = "the act moving days off (or word that none was issued)"
    if estimated:
        missing += "".join(
            f" and the date of {_LOCAL_NAMES.get(str(d.name), str(d.name))} (estimated {d.date.isoformat()}; "
            "fixed each year by the Spiritual Administration of Muslims of Kazakhstan, it may move a day)"
            for d in (idx.special[o] for o in estimated)
        ) + " are"
    else:
        missing += " is"
    return (
        f"{dt.date.fromordinal(first_o).isoformat()} is past the calendar data horizon (the last confirmed year is "
        f"{idx.horizon_year}): for {year} {missing} not confirmed; to settle it, confirm {year} with an overlay "
        f"(a file passed with --overlay, or CalendarOverlay(confirms_years=({year},)) in Python)"
    )


# --- building the index -----------------------------------------------------------------------


def index_from_days(
    special: dict[int, Day], estimated: list[int], horizon_year: int, version: str, *, first_year: int, last_year: int
) -> CalendarIndex:
    """The :class:`CalendarIndex` of ``first_year`` to ``last_year`` from its special days (checked data)."""
    first = dt.date(first_year, 1, 1).toordinal()
    last = dt.date(last_year, 12, 31).toordinal()
    working = bytearray(last - first + 1)
    rank = array("l", [0]) * len(working)
    working_ords = array("l")
    working_dates: list[dt.date] = []
    off_ords = array("l")
    off_days: list[Day] = []
    count = 0
    for o in range(first, last + 1):
        day = special.get(o)
        date = dt.date.fromordinal(o)
        is_work = day.is_working if day is not None else date.weekday() < 5
        if is_work:
            working[o - first] = 1
            working_ords.append(o)
            working_dates.append(date)
            count += 1
        else:
            off_ords.append(o)
            off_days.append(day if day is not None else Day(date, DayKind.WEEKEND))
        rank[o - first] = count
    horizon = min(dt.date(horizon_year, 12, 31).toordinal(), last) if horizon_year >= first_year else first - 1
    return CalendarIndex(
        first, last, bytes(working), rank, working_ords, tuple(working_dates), off_ords, tuple(off_days),
        {o: d for o, d in special.items() if first <= o <= last},
        tuple(o for o in sorted(estimated) if first <= o <= last),
        horizon, horizon_year, version,
    )


def days_from_holidays(
    first_year: int, last_year: int, overlays: Sequence[CalendarOverlay], confirmations: Sequence[YearConfirmation]
) -> tuple[dict[int, Day], list[int], int, str]:
    """The special days, estimated dates, horizon and version from ``holidays``, the confirmations and overlays.

    Every disagreement of a confirmation or an overlay with the data is raised at once
    (:class:`~appeal_rules.errors.CalendarConflictError`).
    """
    import holidays
    from holidays.countries import kazakhstan

    years = range(first_year, last_year + 1)
    named = holidays.country_holidays("KZ", years=years, language="en_US", islamic_show_estimated=False)
    flagged = holidays.country_holidays("KZ", years=years, language="en_US", islamic_show_estimated=True)
    unobserved = holidays.country_holidays("KZ", years=years, language="en_US", observed=False,
                                           islamic_show_estimated=False)
    transfers: dict[dt.date, dt.date] = {}  # day off -> the day it was moved from
    table: dict[int, Any] = kazakhstan.KazakhstanStaticHolidays.special_public_holidays
    # The neighbouring years too: a transfer can cross New Year (28.12.2013 worked for 03.01.2014),
    # and each end must know the other even when only one lies in the calendar.
    for year in range(first_year - 1, last_year + 2):
        entries: Any = table.get(year, ())
        if entries and not isinstance(entries[0], tuple):
            entries = (entries,)
        for entry in entries:
            # 3-field entries are one-off holidays, not transfers; the KZ table has none today.
            if len(entry) >= 4:  # pragma: no branch
                to_m, to_d, from_m, from_d, *from_year = entry
                transfers[dt.date(year, to_m, to_d)] = dt.date(from_year[0] if from_year else year, from_m, from_d)
    moved_to = {src: dst for dst, src in transfers.items()}
    weekend_workdays = set(named.weekend_workdays)

    confirmed = {c.year: c for c in confirmations}

    def transfer_act(year: int) -> str:
        c = confirmed.get(year)
        if c is not None and c.transfer_act is not None:
            return c.transfer_act
        # A year confirmed without a transfer act but with a day moved in the data is refused below.
        return f"the transfer act for {year} (holidays package data)"

    special: dict[int, Day] = {}
    estimated: list[int] = []
    for day, name in named.items():
        if not first_year <= day.year <= last_year:  # pragma: no cover - holidays keeps to the years asked
            continue
        is_estimated = flagged.get(day) != name
        if day in transfers:
            special[day.toordinal()] = Day(day, DayKind.TRANSFERRED, "Day off", transfers[day],
                                           transfer_act(day.year))
        elif day not in unobserved:
            special[day.toordinal()] = Day(day, DayKind.CARRIED_OVER, name.removesuffix(" (observed)"),
                                           act=_citation("calendar.carry_over", day))
        else:
            special[day.toordinal()] = Day(day, DayKind.HOLIDAY, name, act=_citation("calendar.public_holidays", day),
                                           estimated=is_estimated)
            if is_estimated:
                estimated.append(day.toordinal())
    for day in weekend_workdays:
        if first_year <= day.year <= last_year:
            special[day.toordinal()] = Day(day, DayKind.WORKING_WEEKEND, "Working day", moved_to.get(day),
                                           transfer_act(day.year))

    problems: list[Problem] = []
    # Confirmed Kurban Ait dates must agree with the data.
    for year in years:
        c = confirmed.get(year)
        if c is None:
            continue
        ours = [o for o, d in special.items() if d.date.year == year and d.name == "Eid al-Adha"]
        if ours != [c.kurban_ait.toordinal()]:
            problems.append(Problem(
                f"confirmations[{year}]",
                f"Kurban Ait {c.kurban_ait.isoformat()} ({c.kurban_ait_source}) disagrees with the holidays data "
                f"({', '.join(dt.date.fromordinal(o).isoformat() for o in ours) or 'none'})",
                "an overlay correcting the date, or a confirmation that matches the data",
            ))
        problems.extend(_check_confirmation(c, special))

    _apply_overlays(special, overlays, problems)
    raise_if(problems, CalendarConflictError)
    # An overlay that confirms a year vouches for its transfers and its Kurban Ait date.
    overlay_years = {y for o in overlays for y in o.confirms_years}
    horizon = first_year - 1
    while horizon < last_year and (horizon + 1 in confirmed or horizon + 1 in overlay_years):
        horizon += 1
    # In a confirmed year (by CONFIRMED_YEARS or by an overlay) no date is an estimate any more.
    settled = confirmed.keys() | overlay_years
    for o in estimated:
        if dt.date.fromordinal(o).year in settled:
            special[o] = attrs.evolve(special[o], estimated=False)
    estimated = [o for o in estimated if dt.date.fromordinal(o).year not in settled]
    digest = "none"
    if overlays:
        payload = json.dumps([o.digest_payload() for o in overlays], sort_keys=True).encode()
        digest = hashlib.sha256(payload).hexdigest()[:12]
    version = f"holidays {metadata.version('holidays')}; overlays {digest}; horizon {horizon}"
    return special, estimated, horizon, version


def _check_confirmation(c: YearConfirmation, special: Mapping[int, Day]) -> list[Problem]:
    """Where the base data (before overlays) contradict a confirmation's other claims."""
    problems: list[Problem] = []
    if c.transfer_act is None:
        moved = sorted(d.date for d in special.values() if d.date.year == c.year
                       and d.kind in (DayKind.TRANSFERRED, DayKind.WORKING_WEEKEND))
        if moved:
            problems.append(Problem(
                f"confirmations[{c.year}].transfer_act",
                f"no transfer act in {c.year} ({c.transfer_source}), but the holidays data move "
                + ", ".join(d.isoformat() for d in moved),
                "the act that moved them, or a confirmation that matches the data",
            ))
    for i, day in enumerate(c.ordinary_days):
        found = special.get(day.toordinal())
        if found is not None:
            problems.append(Problem(
                f"confirmations[{c.year}].ordinary_days[{i}]",
                f"{day.isoformat()} is an ordinary day ({c.ordinary_days_source}), but the holidays data "
                f"say {found.describe()}",
                "an overlay correcting the day, or a confirmation that matches the data",
            ))
    return problems


def _apply_overlays(special: dict[int, Day], overlays: Sequence[CalendarOverlay], problems: list[Problem]) -> None:
    """Lay each overlay over the base days, recording every conflict instead of stopping at one."""
    claimed: dict[dt.date, tuple[str, str]] = {}  # day -> (act, what it made the day)
    for i, overlay in enumerate(overlays):
        for what, days in (("day off", overlay.days_off), ("working day", overlay.working_days)):
            for j, day in enumerate(days):
                path = f"overlays[{i}].{'days_off' if what == 'day off' else 'working_days'}[{j}]"
                earlier = claimed.get(day)
                if earlier is not None:
                    kind = "duplicate" if earlier[1] == what else "contradiction"
                    problems.append(Problem(
                        path, f"{kind}: {day.isoformat()} is made a {what} here and a {earlier[1]} by {earlier[0]}",
                        "each day named once, by one act",
                    ))
                    continue
                claimed[day] = (overlay.act, what)
                base = special.get(day.toordinal())
                weekend = day.weekday() >= 5
                if what == "day off":
                    if base is not None and base.kind is not DayKind.WORKING_WEEKEND:
                        problems.append(Problem(
                            path, f"{day.isoformat()} is already a day off in the base data ({base.describe()})",
                            "a day that is a working day in the base data",
                        ))
                    elif base is None and weekend:
                        problems.append(Problem(path, f"{day.isoformat()} is a weekend day already",
                                                "a day that is a working day in the base data"))
                    else:
                        special[day.toordinal()] = Day(day, DayKind.OVERLAY_DAY_OFF, "Day off", act=overlay.act)
                elif base is not None:
                    problems.append(Problem(
                        path, f"{day.isoformat()} was already moved by the base data ({base.describe()})",
                        "a weekend day that the base data leaves as a day off",
                    ))
                elif not weekend:
                    problems.append(Problem(path, f"{day.isoformat()} is a weekday, already a working day",
                                            "a Saturday or Sunday"))
                else:
                    special[day.toordinal()] = Day(day, DayKind.OVERLAY_WORKING, "Working day", act=overlay.act)


def days_from_snapshot(data: Mapping[str, Any]) -> tuple[dict[int, Day], list[int], int, str]:
    """The special days, estimated dates, horizon and version of :meth:`WorkingCalendar.snapshot` data."""
    problems: list[Problem] = []
    special: dict[int, Day] = {}
    days = data["days"]
    if not isinstance(days, list):
        problems.append(Problem("snapshot.days", f"got {describe(days)}", "a list of day records", True))
        days = []
    for i, raw in enumerate(days):
        try:
            day = dt.date.fromisoformat(raw["date"])
            moved = raw.get("moved")
            flag = raw.get("estimated", False)
            if not isinstance(flag, bool):  # JSON's "false" is a string, and bool("false") is True
                problems.append(Problem(f"snapshot.days[{i}].estimated", f"got {describe(flag)}",
                                        "true or false", True))
                continue
            special[day.toordinal()] = Day(
                day, DayKind(raw["kind"]), raw.get("name"), dt.date.fromisoformat(moved) if moved else None,
                raw.get("act"), flag,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            problems.append(Problem(f"snapshot.days[{i}]", f"unreadable: {err!r}",
                                    "a day from WorkingCalendar.snapshot()"))
    estimated: list[int] = []
    raw_estimated = data["estimated"]
    if not isinstance(raw_estimated, list):
        problems.append(Problem("snapshot.estimated", f"got {describe(raw_estimated)}", "a list of ISO dates", True))
        raw_estimated = []
    for i, raw in enumerate(raw_estimated):
        try:
            estimated.append(dt.date.fromisoformat(raw).toordinal())
        except (TypeError, ValueError) as err:
            problems.append(Problem(f"snapshot.estimated[{i}]", f"unreadable: {err!r}", "an ISO date"))
    horizon = data["horizon"]
    if isinstance(horizon, bool) or not isinstance(horizon, int):
        problems.append(Problem("snapshot.horizon", f"got {describe(horizon)}", "a year (int)", True))
        horizon = 0
    version = data["version"]
    if not isinstance(version, str):
        problems.append(Problem("snapshot.version", f"got {describe(version)}", "a string", True))
    raise_if(problems)
    return special, estimated, horizon, str(version)


# --- the default calendar and module-level shortcuts -------------------------------------------

_DEFAULT: WorkingCalendar | None = None


def default_calendar() -> WorkingCalendar:
    """The calendar used when none is given: 2018-2030, no overlays, built on first use.

    >>> default_calendar().first_year, default_calendar().last_year
    (2018, 2030)
    """
    global _DEFAULT  # noqa: PLW0603 - a lazily built, immutable singleton
    if _DEFAULT is None:
        _DEFAULT = WorkingCalendar()
    return _DEFAULT


def resolve_calendar(calendar: object, problems: list[Problem] | None = None) -> WorkingCalendar:
    """``calendar`` if it is a :class:`WorkingCalendar`, the default calendar if it is ``None``.

    Anything else is a type problem: recorded in ``problems`` if given (the default calendar is
    returned so that checking can go on), raised as :class:`InputTypeError` otherwise.

    >>> resolve_calendar(None) is default_calendar()
    True
    """
    if calendar is None and problems is None:  # the common case, first
        return default_calendar()
    if problems is not None and not isinstance(problems, list):
        raise_if([Problem("problems", f"got {describe(problems)}", "a list to collect problems in, or None", True)])
    if calendar is None:
        return default_calendar()
    if isinstance(calendar, WorkingCalendar):
        return calendar
    problem = Problem("calendar", f"got {describe(calendar)}", "a WorkingCalendar or None", True)
    if problems is None:
        raise_if([problem])
    else:
        problems.append(problem)
    return default_calendar()


def is_working_day(day: dt.date, *, calendar: WorkingCalendar | None = None) -> bool:
    """Whether ``day`` is a working day in Kazakhstan (see :meth:`WorkingCalendar.is_working_day`).

    >>> import datetime as dt
    >>> is_working_day(dt.date(2020, 5, 11))  # the carried-over Victory Day moved to Friday 8 May
    True
    """
    return resolve_calendar(calendar).is_working_day(day)


def add_working_days(day: dt.date, n: int, *, calendar: WorkingCalendar | None = None) -> dt.date:
    """The ``n``-th working day after ``day`` (see :meth:`WorkingCalendar.add_working_days`).

    >>> import datetime as dt
    >>> add_working_days(dt.date(2024, 12, 31), 5)
    datetime.date(2025, 1, 10)
    """
    return resolve_calendar(calendar).add_working_days(day, n)


def working_days_between(start: dt.date, end: dt.date, *, calendar: WorkingCalendar | None = None) -> int:
    """Working days after ``start`` up to and including ``end`` (see :meth:`WorkingCalendar.working_days_between`).

    >>> import datetime as dt
    >>> working_days_between(dt.date(2025, 1, 1), dt.date(2025, 1, 31))  # Sunday 5 January worked
    20
    """
    return resolve_calendar(calendar).working_days_between(start, end)

