"""An analyst's what-if: the review deadline for every registration day of a month, at both reviewers.

For each day of the month the table gives the last day of the review at the first level (5 working
days: the provider, the ministry or the State Corporation) and at the authorised quality body
(15 working days), and how many calendar days the holidays, carried-over holidays and transferred
days off moved each deadline compared with a plain Monday-to-Friday week. A day that is not a
working day is not a registration day: a complaint arriving then is registered on the next working
day (APPC art. 64(3)). The days that moved something are listed under the table, with the reason.

    python examples/what_if_month.py              # January 2025 (New Year, a transferred day off)
    python examples/what_if_month.py 2026 3       # March 2026 (8 March and Nauryz carried over)
    python examples/what_if_month.py 2024 6 --convention same_day

Results past the calendar's data horizon are marked ``*`` (provisional) and the reason is printed.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import sys
from collections.abc import Sequence

import appeal_rules as ar
import appeal_rules.calendar

DEFAULT_YEAR = 2025
DEFAULT_MONTH = 1
#: A fixed UTC offset for the arrival time; 10:00 local is within office hours before and after the
#: 2024 change from UTC+6 to UTC+5 (the library converts to Asia/Almaty itself).
UTC_PLUS_5 = dt.timezone(dt.timedelta(hours=5))


def plain_week_due(start: dt.date, days: int, convention: ar.Convention) -> dt.date:
    """The deadline if only Saturdays and Sundays were days off (the baseline the table compares with)."""
    current = start
    left = days
    if convention is ar.Convention.SAME_DAY and start.weekday() < 5:
        left -= 1
    while left > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def moved(deadline: ar.ReviewDeadline, convention: ar.Convention) -> str:
    shift = (deadline.due - plain_week_due(deadline.registered_on, deadline.term.length, convention)).days
    return f"{shift:+d}" if shift else "0"


def due_cell(deadline: ar.ReviewDeadline) -> str:
    return f"{deadline.due:%a %Y-%m-%d}{'*' if deadline.provisional else ' '}"


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("year", nargs="?", type=int, default=DEFAULT_YEAR, help=f"default {DEFAULT_YEAR}")
    parser.add_argument("month", nargs="?", type=int, default=DEFAULT_MONTH, choices=range(1, 13),
                        metavar="month", help=f"1-12, default {DEFAULT_MONTH}")
    parser.add_argument("--convention", choices=("next_day", "same_day"), default="next_day",
                        help="how day 1 is counted (default next_day: Civil Code art. 173; same_day is what-if only)")
    return parser.parse_args(argv)


def run(year: int, month: int, convention: ar.Convention) -> None:
    cal = ar.calendar.default_calendar()
    first, last = dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    providers = ar.rule_version("review_term.first_instance", first)
    quality = ar.rule_version("review_term.quality_authority", first)
    print(f"Review deadlines for complaints registered in {first:%B %Y}")
    print(f"  first level: {providers.version}, {providers.cite()}")
    print(f"  quality body: {quality.version}, {quality.cite()}")
    print(f"  counting: {convention.value} ({convention.citation}); calendar {cal.version}")
    print("  'moved' = calendar days added by holidays and transfers compared with a plain Mon-Fri week\n")

    header = f"{'Registered':<15} {'5 WD: last day':<16} {'moved':>5}   {'15 WD: last day':<16} {'moved':>5}"
    print(header)
    print("-" * len(header))
    notable: dict[dt.date, ar.calendar.Day] = {}
    reasons: list[str] = []
    latest = last
    for offset in range((last - first).days + 1):
        d = first + dt.timedelta(days=offset)
        info = cal.day(d)
        if info.kind is not ar.calendar.DayKind.WORKING:
            notable.setdefault(d, info)
        if not info.is_working:
            arrived = dt.datetime(d.year, d.month, d.day, 10, 0, tzinfo=UTC_PLUS_5)
            registered = ar.registration_date(arrived)
            what = "weekend" if info.kind is ar.calendar.DayKind.WEEKEND else (info.name or info.kind.value)
            print(f"{d:%a %Y-%m-%d}  not a working day ({what}): registered {registered:%a %Y-%m-%d}")
            continue
        row = []
        for reviewer in (ar.BodyKind.SERVICE_PROVIDER, ar.BodyKind.QUALITY_AUTHORITY):
            deadline = ar.review_deadline(d, reviewer, convention=convention)
            row.append(f"{due_cell(deadline):<16} {moved(deadline, convention):>5}")
            latest = max(latest, deadline.due)
            for skipped in deadline.skipped:
                if skipped.kind is not ar.calendar.DayKind.WEEKEND:
                    notable.setdefault(skipped.date, skipped)
            for reason in deadline.provisional_reasons:
                # One line for the horizon (the earliest day past it), one per estimated holiday.
                past_horizon = "calendar data horizon" in reason
                if reason not in reasons and not (past_horizon and any("horizon" in r for r in reasons)):
                    reasons.append(reason)
        print(f"{d:%a %Y-%m-%d}  " + "   ".join(row))

    for info in cal.days(first, latest):
        if info.kind not in (ar.calendar.DayKind.WORKING, ar.calendar.DayKind.WEEKEND):
            notable.setdefault(info.date, info)
    print("\nDays that move deadlines (holidays, carried-over holidays, transfers):")
    specials = [info for d, info in sorted(notable.items()) if info.kind is not ar.calendar.DayKind.WEEKEND]
    for info in specials:
        print(f"  {info.describe()}")
    if not specials:
        print("  none: only weekends")
    if reasons:
        print("\n* provisional:")
        for reason in reasons:
            print(f"  - {reason}")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    try:
        run(args.year, args.month, ar.Convention(args.convention))
    except ar.AppealRulesError as err:
        print(f"what_if_month: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
