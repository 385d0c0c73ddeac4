"""Input checks shared by every public function: dates, whole numbers, enum members.

Each check appends to a list of problems instead of raising, so that a whole input can be
validated and every problem reported at once (see :class:`appeal_rules.errors.InvalidInputError`).
"""

from __future__ import annotations

import datetime as dt
import enum
import zoneinfo
from collections.abc import Sequence
from typing import TypeVar

import attrs

from appeal_rules.errors import InvalidInputError, Problem

#: Kazakhstan's local time for converting aware datetimes. ``Asia/Almaty`` is the zone of the
#: capital; since 2024-03-01 the whole country is on UTC+5, before that this zone was UTC+6.
KAZAKHSTAN_TZ_NAME = "Asia/Almaty"

E = TypeVar("E", bound=enum.Enum)


def kazakhstan_tz(name: str = KAZAKHSTAN_TZ_NAME) -> dt.tzinfo:
    """The zone ``name`` from the system's or ``tzdata``'s database, else from python-dateutil's copy."""
    try:
        return zoneinfo.ZoneInfo(name)
    except zoneinfo.ZoneInfoNotFoundError:  # pragma: no cover - machines without a tz database
        from dateutil.zoneinfo import get_zonefile_instance

        zone = get_zonefile_instance().get(name)
        if zone is None:
            raise
        return zone


def describe(value: object) -> str:
    """A short, safe description of a rejected value for an error message."""
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


def check_date(value: object, path: str, problems: list[Problem]) -> dt.date | None:
    """Return ``value`` as a ``date``, or record why it cannot be one.

    A naive ``datetime`` is refused (its time zone is unknown); an aware one is converted to
    Kazakhstan local time and its date is taken.
    """
    if type(value) is dt.date:  # the usual argument, answered first
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            problems.append(
                Problem(
                    path,
                    f"got a naive datetime {value.isoformat()}",
                    "a datetime.date, or a datetime with a time zone (converted to Kazakhstan time)",
                )
            )
            return None
        try:
            return value.astimezone(kazakhstan_tz()).date()
        except OverflowError:
            problems.append(
                Problem(path, f"{value.isoformat()} cannot be converted to Kazakhstan time", "a date in years 2-9998")
            )
            return None
    if isinstance(value, dt.date):
        return value
    problems.append(Problem(path, f"got {describe(value)}", "a datetime.date", is_type_error=True))
    return None


def check_int(
    value: object, path: str, problems: list[Problem], *, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    """Return ``value`` if it is a whole number (not a bool) within bounds, else record why not."""
    if type(value) is int and minimum is None and maximum is None:  # the usual argument, answered first
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(Problem(path, f"got {describe(value)}", "a whole number (int)", is_type_error=True))
        return None
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        low = "" if minimum is None else f">= {minimum}"
        high = "" if maximum is None else f"<= {maximum}"
        bounds = " and ".join(b for b in (low, high) if b)
        problems.append(Problem(path, f"got {value}", f"a whole number {bounds}"))
        return None
    return value


def check_enum(value: object, enum_type: type[E], path: str, problems: list[Problem]) -> E | None:
    """Return ``value`` as a member of ``enum_type``; a member's value (string) is accepted too."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:
            if member.value == value:
                return member
        problems.append(Problem(path, f"unknown value {value!r}", accepted_values(enum_type)))
        return None
    problems.append(
        Problem(path, f"got {describe(value)}", f"a {enum_type.__name__} or {accepted_values(enum_type)}", True)
    )
    return None


def accepted_values(enum_type: type[enum.Enum]) -> str:
    """The text "one of: a, b, c" for an enum's values."""
    return "one of: " + ", ".join(str(m.value) for m in enum_type)


def raise_if(problems: Sequence[Problem], error: type[InvalidInputError] = InvalidInputError) -> None:
    """Raise the error for ``problems``, if any: an instance of every problem's class.

    Problems without a class of their own are taken as ``error``'s (or, for a type problem, as
    :class:`InputTypeError`'s); see :meth:`InvalidInputError.from_problems`.
    """
    if not problems:
        return
    if error is not InvalidInputError:
        problems = [p if p.kind is not None or p.is_type_error else attrs.evolve(p, kind=error) for p in problems]
    raise InvalidInputError.from_problems(problems)


def one_date(value: object, path: str) -> dt.date:
    """``value`` as a date (:func:`check_date`), or the error for it raised at once."""
    problems: list[Problem] = []
    day = check_date(value, path, problems)
    raise_if(problems)
    assert day is not None
    return day
