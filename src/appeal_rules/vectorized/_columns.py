"""Columns of dates read once at the edge, and their bad elements reported together."""

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
from appeal_rules.errors import (
    InputTypeError,
    InvalidInputError,
    Problem,
)

#: How many bad elements an error names one by one; the rest are counted in one more problem.
MAX_PROBLEMS: Final = 10


Errors = Literal["raise", "coerce"]


I64 = npt.NDArray[np.int64]


Mask = npt.NDArray[np.bool_]


EPOCH: Final = dt.date(1970, 1, 1).toordinal()  # datetime64 counts days from 1970-01-01


NAT: Final = np.iinfo(np.int64).min  # NaT's integer value


_DATES_ACCEPTED: Final = ("a numpy datetime64 array, a pandas Series or DatetimeIndex of timestamps, "
                          "or a list of datetime.date")


ELEMENT_ACCEPTED: Final = ("a datetime.date, a datetime with a time zone, a numpy datetime64 or a pandas "
                            "Timestamp; None or NaT for a missing date")


# --- problems with elements, gathered over whole columns ---------------------------------------


class BadElements:
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


def checked_errors(errors: object) -> Errors:
    if errors == "raise" or errors == "coerce":  # noqa: PLR1714 - narrows the Literal for mypy
        return errors
    raise InvalidInputError.single("errors", f"got {describe(errors)}", '"raise" or "coerce"')


# --- reading columns ---------------------------------------------------------------------------


def imported_pandas() -> Any:
    """The pandas module if the caller has imported it (then a pandas input is possible), else None."""
    return sys.modules.get("pandas")


@attrs.frozen
class ColumnKind:
    """What a column was, so that a result can be given back as the same kind."""

    pandas: Any  # the Series or Index whose index (and name) the result keeps, or None
    unit: str  # the datetime64 unit of date results


@attrs.frozen(eq=False)
class DateColumn:
    """A column of dates as proleptic ordinals; ``missing`` and ``bad_type`` rows hold 0."""

    ordinals: I64
    missing: Mask
    bad_type: Mask
    describe_bad: Callable[[int], str]
    kind: ColumnKind
    scalar: bool


def read_dates(values: Any, name: str, *, allow_scalar: bool = False) -> DateColumn:
    """Read ``values`` (a column of dates, or one date where ``allow_scalar``) as ordinals."""
    pd = imported_pandas()
    if pd is not None and isinstance(values, (pd.Series, pd.Index)):
        dtype = values.dtype
        if isinstance(dtype, pd.DatetimeTZDtype):
            if isinstance(values, pd.Series):
                values = values.dt.tz_convert(KAZAKHSTAN_TZ_NAME).dt.tz_localize(None)
            else:
                values = values.tz_convert(KAZAKHSTAN_TZ_NAME).tz_localize(None)
        if values.dtype.kind == "M":
            array = values.to_numpy()
            return _from_datetime64(array, ColumnKind(values, np.datetime_data(array.dtype)[0]))
        if values.dtype.kind != "O":
            raise InputTypeError.single(name, f"got a pandas column of {values.dtype}", _DATES_ACCEPTED)
        return _from_objects(values.to_numpy(dtype=object), ColumnKind(values, "us"), scalar=False)
    if isinstance(values, np.ndarray):
        if values.ndim != 1:
            raise InvalidInputError.single(name, f"got a {values.ndim}-dimensional array", "a one-dimensional array")
        if values.dtype.kind == "M":
            return _from_datetime64(values, ColumnKind(None, np.datetime_data(values.dtype)[0]))
        if values.dtype.kind != "O":
            raise InputTypeError.single(name, f"got a numpy array of {values.dtype}", _DATES_ACCEPTED)
        return _from_objects(values, ColumnKind(None, "D"), scalar=False)
    if isinstance(values, (list, tuple)):
        return _from_objects(object_column(values), ColumnKind(None, "D"), scalar=False)
    if allow_scalar and (values is None or isinstance(values, (dt.date, np.datetime64))):
        column = np.empty(1, dtype=object)
        column[0] = values
        return _from_objects(column, ColumnKind(None, "D"), scalar=True)
    accepted = _DATES_ACCEPTED + (", or one date" if allow_scalar else "")
    raise InputTypeError.single(name, f"got {describe(values)}", accepted)


def object_column(values: list[Any] | tuple[Any, ...]) -> npt.NDArray[Any]:
    """A list as a one-dimensional object array, whatever its elements are (even lists)."""
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column


def _from_datetime64(array: npt.NDArray[Any], kind: ColumnKind) -> DateColumn:
    days = array.astype("datetime64[D]").view(np.int64)
    missing = days == NAT
    ordinals = np.where(missing, 0, days + EPOCH)
    return DateColumn(ordinals, missing, np.zeros(len(days), dtype=bool), str, kind, scalar=False)


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
        return None if days == NAT else days + EPOCH
    if is_nan(value):  # pandas' missing value in an object column
        return None
    return -1


def is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _from_objects(column: npt.NDArray[Any], kind: ColumnKind, *, scalar: bool) -> DateColumn:
    # Read once at the edge: the one Python pass per element this module makes, for lists and objects.
    pd = imported_pandas()
    read = [_object_ordinal(v, pd) for v in column.tolist()]
    missing = np.fromiter((o is None for o in read), dtype=bool, count=len(read))
    raw = np.fromiter((0 if o is None else o for o in read), dtype=np.int64, count=len(read))
    bad_type = raw == -1

    def describe_bad(i: int) -> str:
        value = column[i]
        if isinstance(value, dt.datetime) and (value.tzinfo is None or value.utcoffset() is None):
            return f"got a naive datetime {value.isoformat()}"
        return f"got {describe(value)}"

    return DateColumn(np.where(bad_type, 0, raw), missing, bad_type, describe_bad, kind, scalar)


def check_broadcast(name: str, size: int, target: int) -> None:
    if size not in (1, target):
        raise InvalidInputError.single(name, f"has {size} elements, not {target}",
                                       f"{target} elements (one per row), or a single value")


def item_at(column: Any, i: int) -> object:
    """Element ``i`` of a column (a list, an array, a pandas Series or Index), for an error message."""
    pd = imported_pandas()
    value = column.iloc[i] if pd is not None and isinstance(column, pd.Series) else column[i]
    return value.item() if isinstance(value, np.generic) else value
