"""A calendar day and its kind: working day, weekend, holiday, carried over, moved, overlaid."""

from __future__ import annotations

import datetime as dt
import enum

import attrs


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
