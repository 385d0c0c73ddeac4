"""Whole columns at once: working-day arithmetic and review deadlines over numpy arrays and pandas columns.

The same answers as the scalar functions (:func:`appeal_rules.add_working_days`,
:func:`~appeal_rules.working_days_between`, :func:`~appeal_rules.is_working_day`,
:func:`~appeal_rules.review_deadline`), on the same calendar (overlays, data horizon, frozen
snapshots), for a whole register in one call. It needs numpy (``pip install appeal_rules[numpy]``);
``import appeal_rules`` does not import this module, and pandas is never imported here: a pandas
object is recognised only if the caller has imported pandas already.

**Inputs.** Dates may be a numpy ``datetime64`` array of any unit (the calendar date is taken), a
pandas ``Series`` or ``DatetimeIndex`` (naive timestamps are taken as local dates; aware ones are
converted to Kazakhstan time, ``Asia/Almaty``, first), or a list (or object array) of
``datetime.date``. ``None``, ``NaT`` and ``NaN`` are missing values.

**Outputs** are of the kind of the input: pandas in, pandas out, with the index and name kept
(dates as ``datetime64``, flags as the nullable ``boolean`` dtype, counts as ``Int64``, missing as
``NaT``/``<NA>``). Otherwise numpy: dates as ``datetime64`` in the input's unit (``[D]`` for a
list), flags and counts as a :class:`numpy.ma.MaskedArray` whose mask marks the missing rows
(numpy's booleans and integers have no missing value).

**Bad elements** (a date outside the calendar's years, a count that runs past them, a value of the
wrong type) follow pandas' ``errors=``: ``"raise"`` (the default) raises the library's error (a
:class:`~appeal_rules.errors.CalendarRangeError`, :class:`~appeal_rules.errors.InputTypeError`,
:class:`~appeal_rules.errors.OutsideCoverageError`, or :class:`~appeal_rules.errors.InvalidInputError`
for a mix) whose problems name the first :data:`MAX_PROBLEMS` bad positions (``dates[3]``) and
count the rest; ``"coerce"`` makes them missing. An argument that is not a column at all (an
``int``, a 2-D array, a column of numbers) is refused whatever ``errors`` says.

The work is done on the calendar's working-day ordinals
(:meth:`~appeal_rules.calendar.WorkingCalendar.working_day_ordinals`) with ``numpy.searchsorted`` and array
indexing: no Python call per element, except to read a list or an object array once.

>>> import numpy as np
>>> from appeal_rules import vectorized as vz
>>> days = np.array(["2024-12-31", "2025-01-03", "NaT"], dtype="datetime64[D]")
>>> vz.add_working_days(days, 5)
array(['2025-01-10', '2025-01-10', 'NaT'], dtype='datetime64[D]')
>>> vz.is_working_day(days)
masked_array(data=[True, False, --], mask=[False, False,  True], fill_value=True)
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections.abc import Callable
from typing import Any, Final, Literal

import attrs
import numpy as np
import numpy.typing as npt

from appeal_rules._validate import KAZAKHSTAN_TZ_NAME, describe, kazakhstan_tz
from appeal_rules.calendar import WorkingCalendar, default_calendar, resolve_calendar
from appeal_rules.errors import (
    CalendarRangeError,
    InputTypeError,
    InvalidInputError,
    OutsideCoverageError,
    Problem,
)
from appeal_rules.model import BodyKind
from appeal_rules.procedure import review_deadline
from appeal_rules.rules import COVERAGE_START, RULES, rule_version

__all__ = [
    "MAX_PROBLEMS",
    "ReviewDeadlines",
    "add_working_days",
    "is_working_day",
    "review_deadlines",
    "working_days_between",
]


def __dir__() -> list[str]:
    return __all__


#: How many bad elements an error names one by one; the rest are counted in one more problem.
MAX_PROBLEMS: Final = 10

Errors = Literal["raise", "coerce"]
I64 = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]

_EPOCH: Final = dt.date(1970, 1, 1).toordinal()  # datetime64 counts days from 1970-01-01
_NAT: Final = np.iinfo(np.int64).min  # NaT's integer value
_DATES_ACCEPTED: Final = ("a numpy datetime64 array, a pandas Series or DatetimeIndex of timestamps, "
                          "or a list of datetime.date")
_ELEMENT_ACCEPTED: Final = ("a datetime.date, a datetime with a time zone, a numpy datetime64 or a pandas "
                            "Timestamp; None or NaT for a missing date")


# --- problems with elements, gathered over whole columns ---------------------------------------


class _Bad:
    """Bad elements found by whole-column checks, in the order of the checks.

    Each check gives a mask of bad rows, the error class it belongs to, and how to describe one
    bad row; a row is described by the first check that flagged it.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.checks: list[tuple[Mask, type[InvalidInputError], bool, Callable[[int], Problem]]] = []

    def add(self, mask: Mask, error: type[InvalidInputError], describe_row: Callable[[int], Problem]) -> None:
        if mask.any():
            self.checks.append((mask, error, error is InputTypeError, describe_row))

    def settle(self, errors: Errors) -> None:
        """Raise for the bad rows under ``"raise"``; under ``"coerce"`` they are left missing.

        The callers leave every row a check flagged out of the rows they answer, so coercing needs
        nothing more here.
        """
        if errors == "coerce" or not self.checks:
            return
        bad = np.zeros(self.size, dtype=bool)
        for mask, *_ in self.checks:
            bad |= mask
        positions = np.flatnonzero(bad)
        problems: list[Problem] = []
        for i in positions[:MAX_PROBLEMS].tolist():
            problems.append(next(describe_row(i) for mask, _, _, describe_row in self.checks if mask[i]))
        classes = {error for _, error, _, _ in self.checks}
        rest = len(positions) - len(problems)
        if rest:
            problems.append(Problem(
                "", f"{rest} more bad element{'s' if rest != 1 else ''} not listed ({len(positions)} in all)",
                'errors="coerce" to make bad elements missing', all(t for _, _, t, _ in self.checks),
            ))
        raise (classes.pop() if len(classes) == 1 else InvalidInputError)(problems)


def _check_errors(errors: object) -> Errors:
    if errors == "raise" or errors == "coerce":  # noqa: PLR1714 - narrows the Literal for mypy
        return errors
    raise InvalidInputError.single("errors", f"got {describe(errors)}", '"raise" or "coerce"')


# --- reading columns ---------------------------------------------------------------------------


def _pandas() -> Any:
    """The pandas module if the caller has imported it (then a pandas input is possible), else None."""
    return sys.modules.get("pandas")


@attrs.frozen
class _Kind:
    """What a column was, so that a result can be given back as the same kind."""

    pandas: Any  # the Series or Index whose index (and name) the result keeps, or None
    unit: str  # the datetime64 unit of date results


@attrs.frozen(eq=False)
class _Dates:
    """A column of dates as proleptic ordinals; ``missing`` and ``bad_type`` rows hold 0."""

    ordinals: I64
    missing: Mask
    bad_type: Mask
    describe_bad: Callable[[int], str]
    kind: _Kind
    scalar: bool


def _dates(values: Any, name: str, *, allow_scalar: bool = False) -> _Dates:
    """Read ``values`` (a column of dates, or one date where ``allow_scalar``) as ordinals."""
    pd = _pandas()
    if pd is not None and isinstance(values, (pd.Series, pd.Index)):
        dtype = values.dtype
        if isinstance(dtype, pd.DatetimeTZDtype):
            if isinstance(values, pd.Series):
                values = values.dt.tz_convert(KAZAKHSTAN_TZ_NAME).dt.tz_localize(None)
            else:
                values = values.tz_convert(KAZAKHSTAN_TZ_NAME).tz_localize(None)
        if values.dtype.kind == "M":
            array = values.to_numpy()
            return _from_datetime64(array, _Kind(values, np.datetime_data(array.dtype)[0]))
        if values.dtype.kind != "O":
            raise InputTypeError.single(name, f"got a pandas column of {values.dtype}", _DATES_ACCEPTED)
        return _from_objects(values.to_numpy(dtype=object), _Kind(values, "us"), scalar=False)
    if isinstance(values, np.ndarray):
        if values.ndim != 1:
            raise InvalidInputError.single(name, f"got a {values.ndim}-dimensional array", "a one-dimensional array")
        if values.dtype.kind == "M":
            return _from_datetime64(values, _Kind(None, np.datetime_data(values.dtype)[0]))
        if values.dtype.kind != "O":
            raise InputTypeError.single(name, f"got a numpy array of {values.dtype}", _DATES_ACCEPTED)
        return _from_objects(values, _Kind(None, "D"), scalar=False)
    if isinstance(values, (list, tuple)):
        return _from_objects(_object_column(values), _Kind(None, "D"), scalar=False)
    if allow_scalar and (values is None or isinstance(values, (dt.date, np.datetime64))):
        column = np.empty(1, dtype=object)
        column[0] = values
        return _from_objects(column, _Kind(None, "D"), scalar=True)
    accepted = _DATES_ACCEPTED + (", or one date" if allow_scalar else "")
    raise InputTypeError.single(name, f"got {describe(values)}", accepted)


def _object_column(values: list[Any] | tuple[Any, ...]) -> npt.NDArray[Any]:
    """A list as a one-dimensional object array, whatever its elements are (even lists)."""
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column


def _from_datetime64(array: npt.NDArray[Any], kind: _Kind) -> _Dates:
    days = array.astype("datetime64[D]").view(np.int64)
    missing = days == _NAT
    ordinals = np.where(missing, 0, days + _EPOCH)
    return _Dates(ordinals, missing, np.zeros(len(days), dtype=bool), str, kind, scalar=False)


def _object_ordinal(value: object, pd: Any) -> int | None:  # noqa: PLR0911 - one return per kind of element
    """The ordinal of one element of a list or object array; None if missing; -1 if not a date."""
    if value is None:
        return None
    if type(value) is dt.date:
        return value.toordinal()
    if isinstance(value, dt.datetime):
        if value != value:  # pandas' NaT is a datetime that is not equal to itself  # noqa: PLR0124
            return None
        if value.tzinfo is not None and value.utcoffset() is not None:
            try:
                return value.astimezone(kazakhstan_tz()).toordinal()
            except (OverflowError, ValueError):
                return -1
        # A naive pandas Timestamp is a local date, as in a datetime64 column; a naive datetime is
        # refused as the scalar functions refuse it (its time zone is unknown).
        return value.toordinal() if pd is not None and isinstance(value, pd.Timestamp) else -1
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, np.datetime64):
        days = int(value.astype("datetime64[D]").astype(np.int64))
        return None if days == _NAT else days + _EPOCH
    if _is_nan(value):  # pandas' missing value in an object column
        return None
    return -1


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _from_objects(column: npt.NDArray[Any], kind: _Kind, *, scalar: bool) -> _Dates:
    # Read once at the edge: the one Python pass per element this module makes, for lists and objects.
    pd = _pandas()
    read = [_object_ordinal(v, pd) for v in column.tolist()]
    missing = np.fromiter((o is None for o in read), dtype=bool, count=len(read))
    raw = np.fromiter((0 if o is None else o for o in read), dtype=np.int64, count=len(read))
    bad_type = raw == -1

    def describe_bad(i: int) -> str:
        value = column[i]
        if isinstance(value, dt.datetime) and (value.tzinfo is None or value.utcoffset() is None):
            return f"got a naive datetime {value.isoformat()}"
        return f"got {describe(value)}"

    return _Dates(np.where(bad_type, 0, raw), missing, bad_type, describe_bad, kind, scalar)


def _broadcast(name: str, size: int, target: int) -> None:
    if size not in (1, target):
        raise InvalidInputError.single(name, f"has {size} elements, not {target}",
                                       f"{target} elements (one per row), or a single value")


# --- the calendar as whole-column tables ---------------------------------------------------------


@attrs.frozen(eq=False)
class _Tables:
    """The calendar laid out for array indexing: per day from ``first``, working-day ranks."""

    calendar: WorkingCalendar
    first: int
    last: int
    working: I64  # ordinals of the working days, ascending
    rank: I64  # per day from ``first``: working days on or before it
    before: I64  # per day from ``first``: working days strictly before it

    @classmethod
    def of(cls, calendar: object) -> _Tables:
        cal = resolve_calendar(calendar)
        first, last, working_view = cal.working_day_ordinals()
        working = np.asarray(working_view, dtype=np.int64)
        days = np.arange(first, last + 1, dtype=np.int64)
        return cls(cal, first, last, working, np.searchsorted(working, days, "right").astype(np.int64),
                   np.searchsorted(working, days, "left").astype(np.int64))

    def offsets(self, dates: _Dates, name: str, bad: _Bad) -> tuple[I64, Mask]:
        """Offsets of ``dates`` from the first day (0 where unusable) and the rows that are usable."""
        o = dates.ordinals
        known = ~(dates.missing | dates.bad_type)
        outside = known & ((o < self.first) | (o > self.last))
        accepted = (f"a date from {self.calendar.first_day.isoformat()} to "
                    f"{self.calendar.last_day.isoformat()}")
        bad.add(_spread(dates.bad_type, bad.size), InputTypeError,
                lambda i: Problem(_path(name, i, dates), dates.describe_bad(_at(i, dates)), _ELEMENT_ACCEPTED, True))
        bad.add(_spread(outside, bad.size), CalendarRangeError,
                lambda i: Problem(_path(name, i, dates), f"{_iso(int(o[_at(i, dates)]))} is outside the calendar",
                                  accepted))
        usable = known & ~outside
        return np.where(usable, o - self.first, 0), usable

    def date_of(self, position: I64) -> I64:
        """Ordinals of the working days at ``position`` (positions already checked)."""
        return self.working[position]


def _spread(mask: npt.NDArray[Any], size: int) -> npt.NDArray[Any]:
    """A column's mask, broadcast to ``size`` rows when the column is one value."""
    return np.broadcast_to(mask, (size,)) if len(mask) != size else mask


def _at(i: int, dates: _Dates) -> int:
    return 0 if len(dates.ordinals) == 1 else i


def _path(name: str, i: int, dates: _Dates) -> str:
    return name if dates.scalar else f"{name}[{i}]"


def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat() if 1 <= ordinal <= dt.date.max.toordinal() else f"day {ordinal}"


# --- giving results back as the kind of the input -------------------------------------------------


def _dates_out(kind: _Kind, ordinals: I64, missing: Mask) -> Any:
    days = np.where(missing, _NAT, ordinals - _EPOCH).view("datetime64[D]")
    if kind.pandas is None:
        return days.astype(f"datetime64[{kind.unit}]")
    pd = _pandas()
    values = days.astype(f"datetime64[{kind.unit}]")
    if isinstance(kind.pandas, pd.Index):
        return pd.DatetimeIndex(values, name=kind.pandas.name)
    return pd.Series(values, index=kind.pandas.index, name=kind.pandas.name)


def _values_out(kind: _Kind, values: npt.NDArray[Any], missing: Mask, pandas_dtype: str) -> Any:
    if kind.pandas is None:
        return np.ma.MaskedArray(np.where(missing, values.dtype.type(0), values), mask=missing.copy())
    pd = _pandas()
    data = pd.array(np.where(missing, values.dtype.type(0), values), dtype=pandas_dtype)
    data[missing] = pd.NA
    if isinstance(kind.pandas, pd.Index):
        return pd.Index(data, name=kind.pandas.name)
    return pd.Series(data, index=kind.pandas.index, name=kind.pandas.name)


def _first_pandas(*columns: _Dates) -> _Kind:
    for column in columns:
        if column.kind.pandas is not None and not column.scalar:
            return column.kind
    return next((c.kind for c in columns if not c.scalar), columns[0].kind)


# --- the public functions -------------------------------------------------------------------------


def is_working_day(dates: Any, *, calendar: WorkingCalendar | None = None, errors: Errors = "raise") -> Any:
    """Whether each date is a working day in Kazakhstan (see :func:`appeal_rules.is_working_day`).

    >>> import numpy as np
    >>> from appeal_rules.vectorized import is_working_day
    >>> is_working_day(np.array(["2025-01-03", "2025-01-05"], dtype="datetime64[D]")).tolist()
    [False, True]
    """
    mode = _check_errors(errors)
    column = _dates(dates, "dates")
    tables = _Tables.of(calendar)
    bad = _Bad(len(column.ordinals))
    offsets, usable = tables.offsets(column, "dates", bad)
    bad.settle(mode)
    working = (tables.rank[offsets] - tables.before[offsets]).astype(bool)
    return _values_out(column.kind, working, ~usable, "boolean")


def add_working_days(
    dates: Any, n: Any, *, calendar: WorkingCalendar | None = None, errors: Errors = "raise"
) -> Any:
    """The ``n``-th working day after each date (before it if ``n`` is negative).

    The meaning of the scalar :func:`appeal_rules.add_working_days`: the date itself is never
    counted, and with ``n == 0`` the result is the date if it is a working day, else the next one.
    ``n`` is one whole number for every row or a column of them (``NaN`` or ``<NA>`` in a float or
    nullable column is missing). A result past the calendar's years is a bad element (``n[i]``).

    >>> import numpy as np
    >>> from appeal_rules.vectorized import add_working_days
    >>> add_working_days(np.array(["2025-01-10", "2025-01-10"], dtype="datetime64[D]"), np.array([-5, 0]))
    array(['2024-12-31', '2025-01-10'], dtype='datetime64[D]')
    """
    mode = _check_errors(errors)
    column = _dates(dates, "dates")
    size = len(column.ordinals)
    counts, n_missing, n_bad, n_scalar = _counts(n, size)
    tables = _Tables.of(calendar)
    bad = _Bad(size)
    offsets, usable = tables.offsets(column, "dates", bad)
    bad.add(n_bad, InputTypeError, lambda i: Problem("n" if n_scalar else f"n[{i}]",
                                                     f"got {describe(_item(n, i))}", "a whole number (int)", True))
    usable &= ~n_missing & ~n_bad
    limit = len(tables.working) + 1  # a count beyond the calendar's working days runs past it anyway
    clipped = np.clip(counts, -limit, limit)
    position = np.where(clipped > 0, tables.rank[offsets] + clipped - 1, tables.before[offsets] + clipped)
    past = usable & ((position < 0) | (position >= len(tables.working)))
    cal = tables.calendar

    def run_past(i: int) -> Problem:
        edge = cal.last_day if counts[i] >= 0 else cal.first_day
        start = _iso(int(column.ordinals[i]))
        return Problem(f"dates[{i}]" if n_scalar else f"n[{i}]",
                       f"{int(counts[i])} working days from {start} run past {edge.isoformat()}",
                       f"a count that stays within {cal.first_day.isoformat()} to {cal.last_day.isoformat()}")

    bad.add(past, CalendarRangeError, run_past)
    bad.settle(mode)
    usable &= ~past
    result = tables.date_of(np.where(usable, position, 0))
    return _dates_out(column.kind, result, ~usable)


def _item(column: Any, i: int) -> object:
    """Element ``i`` of a column (a list, an array, a pandas Series or Index), for an error message."""
    pd = _pandas()
    value = column.iloc[i] if pd is not None and isinstance(column, pd.Series) else column[i]
    return value.item() if isinstance(value, np.generic) else value


def _counts(n: object, size: int) -> tuple[I64, Mask, Mask, bool]:
    """``n`` as one count per row: the counts (0 where unusable), missing rows, bad rows, scalar."""
    none = np.zeros(size, dtype=bool)
    if isinstance(n, (int, np.integer)) and not isinstance(n, (bool, np.bool_)):
        return np.full(size, int(n), dtype=np.int64), none, none, True
    pd = _pandas()
    if pd is not None and isinstance(n, (pd.Series, pd.Index)):
        # Nullable integers (Int64 with <NA>) become floats with NaN: missing, as in a float column.
        array: npt.NDArray[Any] = (n.to_numpy(dtype="float64", na_value=np.nan) if n.dtype.kind in "iuf"
                                   else n.to_numpy())
    elif isinstance(n, (list, tuple, np.ndarray)):
        array = n if isinstance(n, np.ndarray) else _object_column(n)
        if array.ndim != 1:
            raise InvalidInputError.single("n", f"got a {array.ndim}-dimensional array", "a one-dimensional array")
    else:
        raise InputTypeError.single("n", f"got {describe(n)}", "a whole number (int), or a column of them")
    _broadcast("n", len(array), size)
    if array.dtype.kind in "iu":
        counts = array.astype(np.int64)
        missing, bad = np.zeros(len(array), dtype=bool), np.zeros(len(array), dtype=bool)
    elif array.dtype.kind == "f":
        missing = np.isnan(array)
        whole = np.where(missing, 0.0, array)
        bad = (whole != np.round(whole)) | (np.abs(whole) > 2**53)
        counts = np.where(missing | bad, 0, whole).astype(np.int64)
    elif array.dtype.kind == "O":
        read = [None if v is None or _is_nan(v) else
                (int(v) if isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) else "bad")
                for v in array.tolist()]
        missing = np.fromiter((v is None for v in read), dtype=bool, count=len(read))
        bad = np.fromiter((v == "bad" for v in read), dtype=bool, count=len(read))
        counts = np.fromiter((v if isinstance(v, int) else 0 for v in read), dtype=np.int64, count=len(read))
    else:
        raise InputTypeError.single("n", f"got a column of {array.dtype}", "a whole number (int), or a column of them")
    return (np.broadcast_to(counts, (size,)), np.broadcast_to(missing, (size,)),
            np.broadcast_to(bad, (size,)), False)


def working_days_between(
    start: Any, end: Any, *, calendar: WorkingCalendar | None = None, errors: Errors = "raise"
) -> Any:
    """Working days after each ``start`` up to and including each ``end`` (negative if ``end`` is earlier).

    The convention of the scalar :func:`appeal_rules.working_days_between`. Either argument may be
    one date for every row. Rows are paired by position; a pandas result keeps the index of the
    first pandas argument.

    >>> import datetime as dt
    >>> from appeal_rules.vectorized import working_days_between
    >>> working_days_between([dt.date(2024, 12, 31), None], dt.date(2025, 1, 10)).tolist()
    [5, None]
    """
    mode = _check_errors(errors)
    a = _dates(start, "start", allow_scalar=True)
    b = _dates(end, "end", allow_scalar=True)
    size = max(len(a.ordinals), len(b.ordinals))
    _broadcast("start", len(a.ordinals), size)
    _broadcast("end", len(b.ordinals), size)
    tables = _Tables.of(calendar)
    bad = _Bad(size)
    a_off, a_ok = tables.offsets(a, "start", bad)
    b_off, b_ok = tables.offsets(b, "end", bad)
    bad.settle(mode)
    usable = _spread(a_ok, size) & _spread(b_ok, size)
    counts = tables.rank[_spread(b_off, size)] - tables.rank[_spread(a_off, size)]
    return _values_out(_first_pandas(a, b), counts, ~usable, "Int64")


# --- review deadlines -------------------------------------------------------------------------------


@attrs.frozen(eq=False)
class ReviewDeadlines:
    """Review deadlines for a numpy column of registrations, one row per registration.

    ``due`` is ``datetime64`` (``NaT`` where missing); ``provisional`` and ``confirmed`` are
    masked boolean arrays. The review-term rule version applied is kept as a small code per row,
    ``version_code``, an index into ``versions`` (-1 where missing); :attr:`rule_version` spells
    it out. A pandas input gives a ``DataFrame`` with the columns ``due``, ``provisional``,
    ``confirmed`` and ``rule_version`` (a categorical) instead.

    >>> import numpy as np
    >>> from appeal_rules import BodyKind
    >>> from appeal_rules.vectorized import review_deadlines
    >>> r = review_deadlines(np.array(["2021-06-30", "2021-07-01"], dtype="datetime64[D]"),
    ...                      BodyKind.SERVICE_PROVIDER)
    >>> r.due.tolist(), r.rule_version.tolist()
    ([datetime.date(2021, 7, 8), datetime.date(2021, 7, 9)], ['review_term.first_instance@2018', \
'review_term.first_instance@appc'])
    """

    due: npt.NDArray[np.datetime64]
    provisional: np.ma.MaskedArray[Any, np.dtype[np.bool_]]
    confirmed: np.ma.MaskedArray[Any, np.dtype[np.bool_]]
    version_code: npt.NDArray[np.int16]
    versions: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.due)

    @property
    def rule_version(self) -> npt.NDArray[np.str_]:
        """The rule version of each row as text (``""`` where missing), built on demand."""
        return np.array([*self.versions, ""], dtype=str)[self.version_code]


_KINDS: Final = tuple(BodyKind)


def _reviewers(reviewer: object, size: int) -> tuple[I64, bool]:
    """Each row's reviewer as an index into ``_KINDS``; -1 for a missing value, -2 for a bad one."""
    lookup: dict[object, int] = {}
    for i, kind in enumerate(_KINDS):
        lookup[kind] = lookup[kind.value] = i
    if isinstance(reviewer, (BodyKind, str)):
        code = lookup.get(reviewer)
        if code is None:
            raise InvalidInputError.single("reviewer", f"unknown value {reviewer!r}", _accepted_kinds())
        return np.full(size, code, dtype=np.int64), True
    pd = _pandas()
    if pd is not None and isinstance(reviewer, (pd.Series, pd.Index, pd.Categorical)):
        # factorize hashes the column once; only its few distinct values are looked up.
        codes, uniques = pd.factorize(reviewer)
        table = np.array([lookup.get(u, -2) for u in uniques] + [-1], dtype=np.int64)
        _broadcast("reviewer", len(codes), size)
        return table[codes], False
    if isinstance(reviewer, (list, tuple, np.ndarray)):
        array = reviewer if isinstance(reviewer, np.ndarray) else _object_column(reviewer)
        if array.ndim != 1:
            raise InvalidInputError.single("reviewer", f"got a {array.ndim}-dimensional array",
                                           "a one-dimensional array")
        _broadcast("reviewer", len(array), size)
        if array.dtype.kind == "U":
            # A few whole-column comparisons, one per kind of body.
            out = np.full(len(array), -2, dtype=np.int64)
            for i, kind in enumerate(_KINDS):
                out[array == kind.value] = i
            return out, False
        if array.dtype.kind == "O":
            return np.fromiter((-1 if v is None or _is_nan(v)
                                else (lookup.get(v, -2) if _hashable(v) else -2) for v in array.tolist()),
                               dtype=np.int64, count=len(array)), False
        raise InputTypeError.single("reviewer", f"got a column of {array.dtype}", _accepted_kinds())
    raise InputTypeError.single("reviewer", f"got {describe(reviewer)}", _accepted_kinds())


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _accepted_kinds() -> str:
    kinds = ", ".join(k.value for k in _KINDS if k is not BodyKind.COURT)
    return f"a BodyKind or one of: {kinds}; or a column of them"


@attrs.frozen(eq=False)
class _RuleSpans:
    """What the scalar ``review_deadline`` applies, by span of registration dates and reviewer.

    The spans are cut wherever any rule changes version, so that within one span every rule the
    scalar function reads has one version; each (span, reviewer) is asked of the scalar function
    once, and its answer (the term, the rule version, confirmed) holds for every row in it.
    """

    starts: I64  # ordinal of each span's first day, ascending
    # Flat tables, one cell per (span, reviewer): cell = span * len(_KINDS) + reviewer.
    length: I64  # term in working days; -1 where the scalar function refused
    version: I64  # index into ``names``
    confirmed: Mask
    names: tuple[str, ...]
    refusals: dict[int, Problem]  # cell -> the scalar function's problem with it
    # Per span: whether a registration recorded on a non-working day counts from the next working
    # day (APPC art. 64(3), rule ``registration.next_working_day``), and whether that rule is confirmed.
    moves: Mask
    moves_confirmed: Mask

    @classmethod
    def asked(cls, wanted: set[int]) -> _RuleSpans:
        cuts = {COVERAGE_START}
        for r in RULES:
            for v in r.versions:
                cuts.add(v.effective_from)
                if v.effective_to is not None:
                    cuts.add(v.effective_to + dt.timedelta(days=1))
        starts = sorted(c for c in cuts if c >= COVERAGE_START)
        cells = len(starts) * len(_KINDS)
        length = np.full(cells, -1, dtype=np.int64)
        version = np.zeros(cells, dtype=np.int64)
        confirmed = np.zeros(cells, dtype=bool)
        names: dict[str, int] = {}
        refusals: dict[int, Problem] = {}
        sample_calendar = default_calendar()  # the term and the rules do not depend on the calendar
        registration = [rule_version("registration.next_working_day", start) for start in starts]
        moves = np.array([v.regime == "appc" for v in registration], dtype=bool)
        moves_confirmed = np.array([v.confirmed for v in registration], dtype=bool)
        for s, start in enumerate(starts):
            for k in sorted(wanted):
                cell = s * len(_KINDS) + k
                try:
                    sample = review_deadline(start, _KINDS[k], calendar=sample_calendar)
                except InvalidInputError as err:
                    refusals[cell] = err.problems[0]
                    continue
                length[cell] = sample.term.length
                version[cell] = names.setdefault(sample.rule_version, len(names))
                confirmed[cell] = sample.confirmed
        return cls(np.array([d.toordinal() for d in starts], dtype=np.int64), length, version, confirmed,
                   tuple(names), refusals, moves, moves_confirmed)


def review_deadlines(
    registered: Any,
    reviewer: Any,
    *,
    calendar: WorkingCalendar | None = None,
    errors: Errors = "raise",
) -> Any:
    """The review deadline of each registration: the due date, provisional, confirmed, the rule version.

    Row by row the answer of the scalar :func:`appeal_rules.review_deadline` (its default
    convention: day 1 is the first working day after registration; the rules read at the
    registration date): ``due``, ``provisional`` (the counted days reach past the calendar's data
    horizon), ``confirmed`` (every rule applied was read in its act) and ``rule_version`` (the
    review-term rule version). The explanation, the days counted and skipped stay with the scalar
    function. ``reviewer`` is one :class:`~appeal_rules.BodyKind` (or its value) for every row, or a
    column of them (strings, members, a pandas categorical), paired with the registrations by
    position. A registration before the rules this
    library encodes is an :class:`~appeal_rules.errors.OutsideCoverageError`; a court, which has
    no review term here, is refused as the scalar function refuses it.

    A pandas ``registered`` gives a ``DataFrame`` with the columns ``due``, ``provisional``,
    ``confirmed`` and ``rule_version`` and its index; anything else a :class:`ReviewDeadlines`.
    The term and the rule versions are asked of the scalar function once per reviewer and span of
    dates in which no rule changes version; the dates are then counted on ``calendar``.

    >>> import datetime as dt
    >>> from appeal_rules.vectorized import review_deadlines
    >>> r = review_deadlines([dt.date(2024, 12, 31), dt.date(2026, 12, 18)],
    ...                      ["service_provider", "quality_authority"])
    >>> r.due.tolist(), r.provisional.tolist()
    ([datetime.date(2025, 1, 10), datetime.date(2027, 1, 13)], [False, True])
    """
    mode = _check_errors(errors)
    column = _dates(registered, "registered")
    size = len(column.ordinals)
    codes, one_reviewer = _reviewers(reviewer, size)
    tables = _Tables.of(calendar)
    present = codes >= 0
    counted = np.bincount(codes[present], minlength=len(_KINDS))
    spans = _RuleSpans.asked({k for k in range(len(_KINDS)) if counted[k]})
    bad = _Bad(size)
    offsets, usable = tables.offsets(column, "registered", bad)
    reviewer_path = "reviewer" if one_reviewer else "reviewer[{}]"
    unknown = codes == -2
    bad.add(unknown, InvalidInputError, lambda i: Problem(
        reviewer_path.format(i), f"got {describe(_item(reviewer, i))}", _accepted_kinds()))
    usable &= present
    ordinals = column.ordinals
    span = np.searchsorted(spans.starts, ordinals, "right") - 1
    before_rules = usable & (span < 0)
    bad.add(before_rules, OutsideCoverageError, lambda i: Problem(
        f"registered[{i}]", f"{_iso(int(ordinals[i]))} is before the rules this library encodes",
        f"a date on or after {COVERAGE_START.isoformat()}"))
    usable &= ~before_rules
    # One cell per (span, reviewer): each row's term, version and confirmed are gathers from small tables.
    cell = np.where(usable, span * len(_KINDS) + codes, 0)
    if spans.refusals:
        if one_reviewer and len(spans.refusals) == len(spans.starts):  # refused whatever the date
            raise InvalidInputError([next(iter(spans.refusals.values()))])
        asked = cell
        refused = usable & np.isin(asked, list(spans.refusals))
        bad.add(refused, InvalidInputError,
                lambda i: attrs.evolve(spans.refusals[int(asked[i])], path=reviewer_path.format(i)))
        usable &= ~refused
        cell = np.where(usable, cell, 0)
    length = spans.length[cell]
    # A registration on a non-working day moves to the next working day where the rules say so: day 1
    # is then the working day after that one, one position later than counting from the day itself.
    moved = usable & spans.moves[np.maximum(span, 0)] & (tables.rank[offsets] == tables.before[offsets])
    position = np.where(length > 0, tables.rank[offsets] + length - 1 + moved, -1)
    past = usable & (position >= len(tables.working))
    cal = tables.calendar
    bad.add(past, CalendarRangeError, lambda i: Problem(
        f"registered[{i}]", f"{int(length[i])} working days from {_iso(int(ordinals[i]))} run past "
        f"{cal.last_day.isoformat()}, the calendar's last day",
        f"a period within the calendar's range, {cal.first_day.isoformat()} to {cal.last_day.isoformat()}"))
    bad.settle(mode)
    usable &= ~past
    due = np.where(position >= 0, tables.date_of(np.where(usable & (position >= 0), position, 0)), ordinals)
    horizon = dt.date(min(cal.horizon, cal.last_year), 12, 31).toordinal()
    missing = ~usable
    kind = column.kind
    version = np.where(usable, spans.version[cell], -1).astype(np.int16)
    due_out = _dates_out(kind, due, missing)
    provisional = _values_out(kind, due > horizon, missing, "boolean")
    rules_confirmed = spans.confirmed[cell] & (~moved | spans.moves_confirmed[np.maximum(span, 0)])
    confirmed = _values_out(kind, rules_confirmed, missing, "boolean")
    pd = _pandas()
    if kind.pandas is not None:
        index = kind.pandas.index if isinstance(kind.pandas, pd.Series) else kind.pandas
        return pd.DataFrame({
            "due": due_out.to_numpy(),
            "provisional": provisional.array,
            "confirmed": confirmed.array,
            "rule_version": pd.Categorical.from_codes(version, categories=list(spans.names)),
        }, index=index)
    return ReviewDeadlines(due_out, provisional, confirmed, version, spans.names)
