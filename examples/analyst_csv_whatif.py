"""An analyst's what-if over a CSV: how would a new transfer order move a file of deadlines?

It writes a CSV of complaints registered in December 2026 (a real export would come from a case
system), runs the batch twice, once on the calendar as published and once with a hypothetical
Labour Ministry order for 2027 laid over it (a ``CalendarOverlay``), and prints every row whose
due date moves. Dates and the order are fixed, so the output is reproducible.

    python examples/analyst_csv_whatif.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from appeal_rules import CalendarOverlay, WorkingCalendar, is_working_day
from appeal_rules.cli import run_batch

REVIEWERS = ("service_provider", "quality_authority")


def complaints_csv() -> str:
    """Two complaints a working day, 1-31 December 2026, one per reviewer (none on a day off)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "registered_on", "reviewer", "respondent"])
    day, n = dt.date(2026, 12, 1), 0
    while day.month == 12:
        if is_working_day(day):
            for reviewer in REVIEWERS:
                n += 1
                writer.writerow([n, day.isoformat(), reviewer, "provider_official"])
        day += dt.timedelta(days=1)
    return out.getvalue()


def due_dates(text: str, calendar: WorkingCalendar) -> dict[str, dict[str, str]]:
    out = io.StringIO()
    summary = run_batch(io.StringIO(text), out, calendar=calendar)
    assert summary.failed == 0, summary
    return {row["id"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}


def main() -> None:
    text = complaints_csv()
    published = due_dates(text, WorkingCalendar())
    # Hypothetical: an order moves Saturday 9 January 2027 (working) to Friday 8 January (off).
    order = CalendarOverlay(act="Hypothetical Labour Ministry order for 2027 (what-if)",
                            days_off=(dt.date(2027, 1, 8),), working_days=(dt.date(2027, 1, 9),))
    what_if = due_dates(text, WorkingCalendar(overlays=(order,)))
    moved = [(published[i], what_if[i]) for i in published if published[i]["due"] != what_if[i]["due"]]
    provisional = sum(row["provisional"] == "true" for row in published.values())
    print(f"{len(published)} complaints registered in December 2026; {provisional} deadlines are provisional")
    print(f"(calendar data: {WorkingCalendar().version}).")
    print(f"\nWith the hypothetical order, {len(moved)} due dates move:")
    print(f"{'id':>4}  {'registered':10}  {'reviewer':17}  {'published':10}  {'what-if':10}")
    for before, after in moved:
        print(f"{before['id']:>4}  {before['registered_on']:10}  {before['reviewer']:17}  "
              f"{before['due']:10}  {after['due']:10}")


if __name__ == "__main__":
    main()
