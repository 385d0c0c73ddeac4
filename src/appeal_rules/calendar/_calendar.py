"""The working calendar, the default calendar, and the module-level shortcuts."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from appeal_rules._validate import check_int, describe, raise_if
from appeal_rules.calendar._confirmations import CONFIRMED_YEARS, CalendarOverlay, YearConfirmation
from appeal_rules.calendar._days import Day
from appeal_rules.calendar._index import CalendarIndex, index_from_days
from appeal_rules.calendar._sources import days_from_holidays, days_from_snapshot
from appeal_rules.errors import CalendarRangeError, InvalidInputError, Problem


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


# --- the default calendar and module-level shortcuts -------------------------------------------

_DEFAULT: WorkingCalendar | None = None
# The default calendar's ranks by date and working days, once its index is built (see add_working_days).
_DEFAULT_RANKS: Mapping[dt.date, int] = {}
_DEFAULT_DATES: tuple[dt.date, ...] = ()
_DATE = dt.date


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
    # The fast path that the 50x target at n = 5 needs (docs/performance.md): a plain date and a
    # positive int on the default calendar once its index is built, read with one look-up. What it
    # does not answer (another calendar, other types, a count past the calendar) goes the checked way.
    if type(day) is _DATE and type(n) is int and n > 0 and calendar is None:
        try:  # the ranks are empty until the default calendar's index is built
            return _DEFAULT_DATES[_DEFAULT_RANKS[day] + n - 1]
        except (KeyError, IndexError):
            pass  # outside the calendar, or not built yet: the checked way below answers or says why
    cal = resolve_calendar(calendar)
    if calendar is None:
        _remember_default_index(cal.index())
    return cal.add_working_days(day, n)


def _remember_default_index(idx: CalendarIndex) -> None:
    """Keep the default calendar's index for the fast path of :func:`add_working_days`."""
    global _DEFAULT_RANKS, _DEFAULT_DATES
    _DEFAULT_RANKS, _DEFAULT_DATES = idx.rank_by_date, idx.working_dates


def working_days_between(start: dt.date, end: dt.date, *, calendar: WorkingCalendar | None = None) -> int:
    """Working days after ``start`` up to and including ``end`` (see :meth:`WorkingCalendar.working_days_between`).

    >>> import datetime as dt
    >>> working_days_between(dt.date(2025, 1, 1), dt.date(2025, 1, 31))  # Sunday 5 January worked
    20
    """
    return resolve_calendar(calendar).working_days_between(start, end)
