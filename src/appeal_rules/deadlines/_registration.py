"""The day a complaint is registered, from the moment it arrived and the office's hours."""

from __future__ import annotations

import datetime as dt

import attrs

from appeal_rules._validate import describe, kazakhstan_tz, raise_if
from appeal_rules.calendar import WorkingCalendar, resolve_calendar
from appeal_rules.errors import (
    InvalidInputError,
    Problem,
)


@attrs.frozen
class OfficeHours:
    """An office's working hours on a working day, in local time.

    A complaint arriving at or after ``closes`` is registered on the next working day.

    >>> OfficeHours(dt.time(9, 0), dt.time(18, 30)).closes
    datetime.time(18, 30)
    """

    opens: dt.time
    closes: dt.time

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        for name in ("opens", "closes"):
            value = getattr(self, name)
            if not isinstance(value, dt.time) or value.tzinfo is not None:
                problems.append(Problem(name, f"got {describe(value)}", "a naive datetime.time (local time)", True))
        raise_if(problems)
        if self.opens >= self.closes:
            raise InvalidInputError.single("closes", f"{self.closes} is not after {self.opens}", "closes > opens")


#: 09:00 to 18:30, the usual hours of a state body's office in Kazakhstan (a working day of
#: 9:00-18:30 with a lunch break); pass the office's own hours where they differ.
DEFAULT_OFFICE_HOURS = OfficeHours(dt.time(9, 0), dt.time(18, 30))


def registration_date(
    arrived: dt.datetime,
    *,
    office_hours: OfficeHours = DEFAULT_OFFICE_HOURS,
    time_zone: str = "Asia/Almaty",
    calendar: WorkingCalendar | None = None,
) -> dt.date:
    """The date a complaint that arrived at ``arrived`` is registered (APPC art. 64(2)-(3)).

    ``arrived`` must be aware: it is converted to ``time_zone`` (default ``Asia/Almaty``, the zone of
    the capital: UTC+5 since 1 March 2024, UTC+6 before). On a working day before closing time the
    complaint is registered that day; after closing time, or on a non-working day, on the next
    working day. A naive datetime is refused. (A complaint arriving before opening time on a
    working day is registered that day.)

    >>> import datetime as dt
    >>> utc = dt.timezone.utc
    >>> registration_date(dt.datetime(2025, 1, 3, 10, 0, tzinfo=utc))  # Friday 3 Jan 2025 was a day off
    datetime.date(2025, 1, 5)
    >>> registration_date(dt.datetime(2024, 12, 31, 13, 0, tzinfo=utc))  # 18:00 in Almaty: still open
    datetime.date(2024, 12, 31)
    """
    problems: list[Problem] = []
    if not isinstance(arrived, dt.datetime):
        problems.append(Problem("arrived", f"got {describe(arrived)}", "an aware datetime.datetime", True))
    elif arrived.tzinfo is None or arrived.utcoffset() is None:
        problems.append(Problem("arrived", f"got a naive datetime {arrived.isoformat()}",
                                "a datetime with a time zone (e.g. tzinfo=ZoneInfo('Asia/Almaty'))"))
    if not isinstance(office_hours, OfficeHours):
        problems.append(Problem("office_hours", f"got {describe(office_hours)}", "an OfficeHours", True))
    tz = None
    if not isinstance(time_zone, str):
        problems.append(Problem("time_zone", f"got {describe(time_zone)}", "an IANA zone name", True))
    else:
        try:
            tz = kazakhstan_tz(time_zone)
        except (ValueError, KeyError):
            problems.append(Problem("time_zone", f"unknown zone {time_zone!r}", "an IANA zone such as 'Asia/Almaty'"))
    raise_if(problems)
    assert isinstance(arrived, dt.datetime) and tz is not None
    cal = resolve_calendar(calendar)
    try:
        local = arrived.astimezone(tz)
    except OverflowError:
        raise InvalidInputError.single(
            "arrived", f"{arrived.isoformat()} cannot be converted", "a date in the calendar's range"
        ) from None
    day = local.date()
    if cal.is_working_day(day) and local.time().replace(tzinfo=None) < office_hours.closes:
        return day
    return cal.add_working_days(day, 1)
