"""Working-day arithmetic over whole columns: is a working day, add, count between."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from appeal_rules._validate import describe
from appeal_rules.calendar import WorkingCalendar
from appeal_rules.errors import (
    CalendarRangeError,
    InputTypeError,
    InvalidInputError,
    Problem,
)
from appeal_rules.vectorized._columns import (
    I64,
    BadElements,
    Errors,
    Mask,
    check_broadcast,
    checked_errors,
    imported_pandas,
    is_nan,
    item_at,
    object_column,
    read_dates,
)
from appeal_rules.vectorized._tables import CalendarTables, dates_out, first_pandas, iso_or_day, spread, values_out

# --- the public functions -------------------------------------------------------------------------


def is_working_day(dates: Any, *, calendar: WorkingCalendar | None = None, errors: Errors = "raise") -> Any:
    """Whether each date is a working day in Kazakhstan (see :func:`appeal_rules.is_working_day`).

    >>> import numpy as np
    >>> from appeal_rules.vectorized import is_working_day
    >>> is_working_day(np.array(["2025-01-03", "2025-01-05"], dtype="datetime64[D]")).tolist()
    [False, True]
    """
    mode = checked_errors(errors)
    column = read_dates(dates, "dates")
    tables = CalendarTables.of(calendar)
    bad = BadElements(len(column.ordinals))
    offsets, usable = tables.offsets(column, "dates", bad)
    bad.settle(mode)
    working = (tables.rank[offsets] - tables.before[offsets]).astype(bool)
    return values_out(column.kind, working, ~usable, "boolean")


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
    mode = checked_errors(errors)
    column = read_dates(dates, "dates")
    size = len(column.ordinals)
    counts, n_missing, n_bad, n_scalar = _counts(n, size)
    tables = CalendarTables.of(calendar)
    bad = BadElements(size)
    offsets, usable = tables.offsets(column, "dates", bad)
    bad.add(n_bad, InputTypeError, lambda i: Problem("n" if n_scalar else f"n[{i}]",
                                                     f"got {describe(item_at(n, i))}", "a whole number (int)", True))
    usable &= ~n_missing & ~n_bad
    limit = len(tables.working) + 1  # a count beyond the calendar's working days runs past it anyway
    clipped = np.clip(counts, -limit, limit)
    position = np.where(clipped > 0, tables.rank[offsets] + clipped - 1, tables.before[offsets] + clipped)
    past = usable & ((position < 0) | (position >= len(tables.working)))
    cal = tables.calendar

    def run_past(i: int) -> Problem:
        edge = cal.last_day if counts[i] >= 0 else cal.first_day
        start = iso_or_day(int(column.ordinals[i]))
        return Problem(f"dates[{i}]" if n_scalar else f"n[{i}]",
                       f"{int(counts[i])} working days from {start} run past {edge.isoformat()}",
                       f"a count that stays within {cal.first_day.isoformat()} to {cal.last_day.isoformat()}")

    bad.add(past, CalendarRangeError, run_past)
    bad.settle(mode)
    usable &= ~past
    result = tables.date_of(np.where(usable, position, 0))
    return dates_out(column.kind, result, ~usable)


def _counts(n: object, size: int) -> tuple[I64, Mask, Mask, bool]:
    """``n`` as one count per row: the counts (0 where unusable), missing rows, bad rows, scalar."""
    none = np.zeros(size, dtype=bool)
    if isinstance(n, (int, np.integer)) and not isinstance(n, (bool, np.bool_)):
        return np.full(size, int(n), dtype=np.int64), none, none, True
    pd = imported_pandas()
    if pd is not None and isinstance(n, (pd.Series, pd.Index)):
        # Nullable integers (Int64 with <NA>) become floats with NaN: missing, as in a float column.
        array: npt.NDArray[Any] = (n.to_numpy(dtype="float64", na_value=np.nan) if n.dtype.kind in "iuf"
                                   else n.to_numpy())
    elif isinstance(n, (list, tuple, np.ndarray)):
        array = n if isinstance(n, np.ndarray) else object_column(n)
        if array.ndim != 1:
            raise InvalidInputError.single("n", f"got a {array.ndim}-dimensional array", "a one-dimensional array")
    else:
        raise InputTypeError.single("n", f"got {describe(n)}", "a whole number (int), or a column of them")
    check_broadcast("n", len(array), size)
    if array.dtype.kind in "iu":
        counts = array.astype(np.int64)
        missing, bad = np.zeros(len(array), dtype=bool), np.zeros(len(array), dtype=bool)
    elif array.dtype.kind == "f":
        missing = np.isnan(array)
        whole = np.where(missing, 0.0, array)
        bad = (whole != np.round(whole)) | (np.abs(whole) > 2**53)
        counts = np.where(missing | bad, 0, whole).astype(np.int64)
    elif array.dtype.kind == "O":
        read = [None if v is None or is_nan(v) else
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
    mode = checked_errors(errors)
    a = read_dates(start, "start", allow_scalar=True)
    b = read_dates(end, "end", allow_scalar=True)
    size = max(len(a.ordinals), len(b.ordinals))
    check_broadcast("start", len(a.ordinals), size)
    check_broadcast("end", len(b.ordinals), size)
    tables = CalendarTables.of(calendar)
    bad = BadElements(size)
    a_off, a_ok = tables.offsets(a, "start", bad)
    b_off, b_ok = tables.offsets(b, "end", bad)
    bad.settle(mode)
    usable = spread(a_ok, size) & spread(b_ok, size)
    counts = tables.rank[spread(b_off, size)] - tables.rank[spread(a_off, size)]
    return values_out(first_pandas(a, b), counts, ~usable, "Int64")
