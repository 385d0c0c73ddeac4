"""The text each command prints: a deadline, an escalation, a month, the rules applied and two flags.

Two flags are shown apart, never blurred: *Provisional* (the calendar data past the confirmed
years) and *Confirmed* (every rule applied rests on a source read in its act).

>>> flags_text((), ())
['Provisional: no', 'Confirmed: yes, every rule applied rests on a source read in its act']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from appeal_rules.calendar import _WEEKDAYS
from appeal_rules.deadlines import Convention
from appeal_rules.procedure import Escalation, ReviewDeadline
from appeal_rules.rules import RuleVersion
from appeal_rules.serialization import CalendarMonth

__all__ = ["calendar_text", "deadline_text", "escalation_text", "flags_text", "rule_sources_text",
           "unconfirmed_reason"]


def __dir__() -> list[str]:
    return __all__


_CONVENTION_TEXT = {
    Convention.NEXT_DAY: "day 1 is the first working day after registration",
    Convention.SAME_DAY: "day 1 is the day of registration if it is a working day (what-if only)",
    Convention.CALENDAR_DAYS: "calendar days from the day after; a last day off moves to the next working day",
    Convention.MONTHS: "months; a last day off moves to the next working day",
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _day(day: dt.date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.isoformat()}"


def _human(value: str) -> str:
    return value.replace("_", " ")


def _distinct(versions: Iterable[RuleVersion]) -> list[RuleVersion]:
    return list({v.version: v for v in versions}.values())


def unconfirmed_reason(versions: Iterable[RuleVersion]) -> str:
    """Which rule versions applied rest on a source not read in its act (blank when none)."""
    return "; ".join(f"{v.version} rests on {v.sources[0].cite()}, not read in the act"
                     for v in _distinct(versions) if not v.confirmed)


def flags_text(provisional_reasons: Sequence[str], basis: Iterable[RuleVersion]) -> list[str]:
    """The two flags of a result, each on its own line with its reasons."""
    if provisional_reasons:
        lines = ["Provisional: YES, the result rests on unconfirmed calendar data:",
                 *(f"  - {r}" for r in provisional_reasons)]
    else:
        lines = ["Provisional: no"]
    unconfirmed = [v for v in _distinct(basis) if not v.confirmed]
    if unconfirmed:
        lines.append("Confirmed: NO, a rule applied rests on a source not read in its act:")
        lines += [f"  - {v.version}: {v.sources[0].cite()}" for v in unconfirmed]
    else:
        lines.append("Confirmed: yes, every rule applied rests on a source read in its act")
    return lines


def _rules_text(versions: Iterable[RuleVersion]) -> list[str]:
    """The rule versions, each with its sources; callers pass distinct versions."""
    lines = []
    for v in versions:
        until = f" to {v.effective_to.isoformat()}" if v.effective_to else ""
        lines.append(f"  {v.version} (in force from {v.effective_from.isoformat()}{until})")
        lines.append(f"    {v.summary}")
        for s in v.sources:
            lines.append(f"    - {s.cite()} [{'confirmed' if s.confirmed else 'NOT confirmed'}] {s.url}")
            if s.note:
                lines.append(f"      note: {s.note}")
    return lines


def rule_sources_text(versions: Iterable[RuleVersion]) -> list[str]:
    """One line per distinct rule version: its sources, the unread ones marked."""
    lines = []
    for v in _distinct(versions):
        unconfirmed = [s.cite() for s in v.sources if not s.confirmed]
        flag = f" [NOT confirmed: {'; '.join(unconfirmed)}]" if unconfirmed else ""
        lines.append(f"  {v.version}: {v.cite()}{flag}")
    return lines


def deadline_text(d: ReviewDeadline) -> str:
    """What ``deadline`` prints."""
    lines = [
        f"Due: {_day(d.due)} (the reviewer has until the end of that day)",
        f"Reviewer: {_human(d.reviewer.value)}; registered {_day(d.registered_on)}",
        f"Term: {d.term.describe()} ({d.rule_version})",
        f"Counting: {d.period.convention.value}: {_CONVENTION_TEXT[d.period.convention]} "
        f"({d.period.convention.citation})",
        *flags_text(d.provisional_reasons, d.basis),
        "",
    ]
    lines.append(f"Working days counted ({len(d.counted)}):")  # review terms are never 0 days
    for i, day in enumerate(d.counted, 1):
        note = " (a weekend day made working)" if day.weekday() >= 5 else ""
        lines.append(f"  {i:>2}. {_day(day)}{note}")
    lines.append(f"Days skipped ({len(d.skipped)}):")
    lines += [f"  {day.describe()}" for day in d.skipped]
    lines += ["", "Rules applied:", *_rules_text(d.basis), "", f"Calendar data: {d.period.calendar_version}"]
    return "\n".join(lines)


def escalation_text(e: Escalation, on: dt.date) -> str:
    """What ``escalation`` prints."""
    lines = [
        f"Stage: {_human(e.stage.value)} on {on.isoformat()} (rules of the {e.regime} regime, read on "
        f"{e.rules_on.isoformat()})",
        *flags_text(e.provisional_reasons, e.rules_applied),
    ]
    if e.waiting_until is not None:
        lines.append(f"Waiting until: {_day(e.waiting_until)}")
    if e.note:
        lines.append(f"Note: {e.note}")
    if e.options:
        lines += ["", "Options:"]
    for i, o in enumerate(e.options, 1):
        lines.append(f"{i}. {o.label}" + ("  [EXPIRED]" if o.expired else ""))
        lines.append(f"   To: {', '.join(_human(b.value) for b in o.bodies)}")
        if o.lodge_through is not None:
            forwarding = f", which forwards it within {o.forwarding_term.describe()}" if o.forwarding_term else ""
            lines.append(f"   Lodge through: the {_human(o.lodge_through.value)}{forwarding}")
        if o.review_term is not None:
            lines.append(f"   Review term: {o.review_term.describe()}")
        if o.time_limit is not None:
            by = f"; act by {_day(o.act_by)}" if o.act_by else " (the start is not known: give the date)"
            lines.append(f"   Time limit: {o.time_limit.describe()}{by}")
        lines.append(f"   Why: {o.explanation}")
        lines.append(f"   Sources: {'; '.join(dict.fromkeys(s.cite() for v in o.basis for s in v.sources))}")
    lines += ["", "Rules applied:", *_rules_text(e.rules_applied)]
    return "\n".join(lines)


def calendar_text(m: CalendarMonth) -> str:
    """What ``calendar`` prints."""
    lines = [f"{_MONTHS[m.month - 1]} {m.year}: {m.working_days} working days", f"Calendar data: {m.calendar_version}",
             "", f"{'Date':<10}  {'Day':<9}  {'Working':<7}  {'Kind':<15}  Name, act and marks"]
    for d in m.days:
        notes = []
        if d.name and d.kind.value not in ("working", "weekend"):
            notes.append(d.name)
        if d.moved is not None:
            notes.append(f"moved from {d.moved.isoformat()}" if not d.working else
                         f"day off moved to {d.moved.isoformat()}")
        if d.act:
            notes.append(f"under {d.act}")
        if d.estimated:
            notes.append("date estimated")
        marks = [mark for mark, on in (("[transferred]", d.transferred), ("[provisional]", d.provisional)) if on]
        text = "; ".join(notes) + (" " if notes and marks else "") + " ".join(marks)
        lines.append(f"{d.date.isoformat():<10}  {d.weekday:<9}  {'yes' if d.working else 'no':<7}  "
                     f"{d.kind.value:<15}  {text}".rstrip())
    reasons = m.provisional_reasons
    lines += ["", *(["Provisional: YES, the result rests on unconfirmed calendar data:",
                     *(f"  - {r}" for r in reasons)] if reasons else ["Provisional: no"])]
    return "\n".join(lines)
