"""The special days, read from the holidays package (with confirmations, overlays) or a snapshot."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from importlib import metadata
from typing import Any

import attrs

from appeal_rules._validate import describe, raise_if
from appeal_rules.calendar._confirmations import CalendarOverlay, YearConfirmation
from appeal_rules.calendar._days import Day, DayKind
from appeal_rules.errors import CalendarConflictError, Problem
from appeal_rules.rules import COVERAGE_START, rule_version


def _citation(rule_id: str, day: dt.date) -> str:
    """The sources of rule ``rule_id`` in force on ``day``, as a :attr:`Day.act` names them.

    The rulebook starts at :data:`~appeal_rules.rules.COVERAGE_START`; a calendar that reaches
    further back names the acts of that first day for its earlier days (see docs/known-gaps.md).
    """
    return rule_version(rule_id, max(day, COVERAGE_START)).cite()


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
    if horizon < first_year:  # no year of the calendar is confirmed: the last one confirmed before it
        horizon = max((y for y in confirmed.keys() | overlay_years if y < first_year), default=horizon)
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
    elif not 1 <= horizon <= 9999:
        problems.append(Problem("snapshot.horizon", f"{horizon} is not a year of the calendar's dates",
                                "the last confirmed year, from 1 to 9999"))
    version = data["version"]
    if not isinstance(version, str):
        problems.append(Problem("snapshot.version", f"got {describe(version)}", "a string", True))
    raise_if(problems)
    return special, estimated, horizon, str(version)
