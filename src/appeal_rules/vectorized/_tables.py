"""The calendar laid out for whole-column indexing, and results given back as the input's kind."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from appeal_rules.calendar import WorkingCalendar, resolve_calendar
from appeal_rules.errors import (
    CalendarRangeError,
    InputTypeError,
    Problem,
)
from appeal_rules.vectorized._columns import (
    ELEMENT_ACCEPTED,
    EPOCH,
    I64,
    NAT,
    BadElements,
    ColumnKind,
    DateColumn,
    Mask,
    imported_pandas,
)

# --- the calendar as whole-column tables ---------------------------------------------------------


@attrs.frozen(eq=False)
class CalendarTables:
    """The calendar laid out for array indexing: per day from ``first``, working-day ranks."""

    calendar: WorkingCalendar
    first: int
    last: int
    working: I64  # ordinals of the working days, ascending
    rank: I64  # per day from ``first``: working days on or before it
    before: I64  # per day from ``first``: working days strictly before it

    @classmethod
    def of(cls, calendar: object) -> CalendarTables:
        cal = resolve_calendar(calendar)
        first, last, working_view = cal.working_day_ordinals()
        working = np.asarray(working_view, dtype=np.int64)
        days = np.arange(first, last + 1, dtype=np.int64)
        return cls(cal, first, last, working, np.searchsorted(working, days, "right").astype(np.int64),
                   np.searchsorted(working, days, "left").astype(np.int64))

    def offsets(self, dates: DateColumn, name: str, bad: BadElements) -> tuple[I64, Mask]:
        """Offsets of ``dates`` from the first day (0 where unusable) and the rows that are usable."""
        o = dates.ordinals
        known = ~(dates.missing | dates.bad_type)
        outside = known & ((o < self.first) | (o > self.last))
        accepted = (f"a date from {self.calendar.first_day.isoformat()} to "
                    f"{self.calendar.last_day.isoformat()}")
        bad.add(spread(dates.bad_type, bad.size), InputTypeError,
                lambda i: Problem(_path(name, i, dates), dates.describe_bad(_at(i, dates)), ELEMENT_ACCEPTED, True))
        bad.add(spread(outside, bad.size), CalendarRangeError,
                lambda i: Problem(_path(name, i, dates), f"{iso_or_day(int(o[_at(i, dates)]))} is outside the calendar",
                                  accepted))
        usable = known & ~outside
        return np.where(usable, o - self.first, 0), usable

    def date_of(self, position: I64) -> I64:
        """Ordinals of the working days at ``position`` (positions already checked)."""
        return self.working[position]


def spread(mask: npt.NDArray[Any], size: int) -> npt.NDArray[Any]:
    """A column's mask, broadcast to ``size`` rows when the column is one value."""
    return np.broadcast_to(mask, (size,)) if len(mask) != size else mask


def _at(i: int, dates: DateColumn) -> int:
    return 0 if len(dates.ordinals) == 1 else i


def _path(name: str, i: int, dates: DateColumn) -> str:
    return name if dates.scalar else f"{name}[{i}]"


def iso_or_day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat() if 1 <= ordinal <= dt.date.max.toordinal() else f"day {ordinal}"


# --- giving results back as the kind of the input -------------------------------------------------


def dates_out(kind: ColumnKind, ordinals: I64, missing: Mask) -> Any:
    days = np.where(missing, NAT, ordinals - EPOCH).view("datetime64[D]")
    if kind.pandas is None:
        return days.astype(f"datetime64[{kind.unit}]")
    pd = imported_pandas()
    values = days.astype(f"datetime64[{kind.unit}]")
    if isinstance(kind.pandas, pd.Index):
        return pd.DatetimeIndex(values, name=kind.pandas.name)
    return pd.Series(values, index=kind.pandas.index, name=kind.pandas.name)


def values_out(kind: ColumnKind, values: npt.NDArray[Any], missing: Mask, pandas_dtype: str) -> Any:
    if kind.pandas is None:
        return np.ma.MaskedArray(np.where(missing, values.dtype.type(0), values), mask=missing.copy())
    pd = imported_pandas()
    data = pd.array(np.where(missing, values.dtype.type(0), values), dtype=pandas_dtype)
    data[missing] = pd.NA
    if isinstance(kind.pandas, pd.Index):
        return pd.Index(data, name=kind.pandas.name)
    return pd.Series(data, index=kind.pandas.index, name=kind.pandas.name)


def first_pandas(*columns: DateColumn) -> ColumnKind:
    for column in columns:
        if column.kind.pandas is not None and not column.scalar:
            return column.kind
    return next((c.kind for c in columns if not c.scalar), columns[0].kind)
