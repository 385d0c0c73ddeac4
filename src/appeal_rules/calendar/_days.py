"""A calendar day and its kind: working day, weekend, holiday, carried over, moved, overlaid."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Final

import attrs

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
    >>> from appeal_rules import default_calendar
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

    def describe(self) -> str:
        """The day and its kind in one line of English."""
        head = f"{_WEEKDAYS[self.date.weekday()]} {self.date.isoformat()}"
        moved = f"{_WEEKDAYS[self.moved.weekday()]} {self.moved.isoformat()}" if self.moved else ""
        est = " (date estimated)" if self.estimated else ""
        text = {
            DayKind.WORKING: "working day",
            DayKind.WEEKEND: "weekend",
            DayKind.HOLIDAY: f"public holiday, {self.name}{est}",
            DayKind.CARRIED_OVER: f"day off, {self.name} carried over from a day off",
            DayKind.TRANSFERRED: "day off" + (f" moved from {moved}" if moved else "") + " by the transfer act",
            DayKind.WORKING_WEEKEND: "working day by the transfer act"
                                     + (f" (day off moved to {moved})" if moved else ""),
            DayKind.OVERLAY_DAY_OFF: f"day off under {self.act}",
            DayKind.OVERLAY_WORKING: f"working day under {self.act}",
        }[self.kind]
        return f"{head}: {text}"
