"""A sample complaint, from start to finish: to whom it goes (with the addressee check), what proves
it was accepted, its review deadline with every day counted and skipped (and why), and the
escalation path. Every step prints the rule version it applied and that version's source.

Run from a clone of the repository::

    python examples/quickstart.py

All dates are fixed, so the output is the same on every run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import appeal_rules as ar
import appeal_rules.calendar
import appeal_rules.rules

#: Kazakhstan's time since 1 March 2024 (UTC+5); a fixed offset needs no time-zone database.
UTC_PLUS_5 = dt.timezone(dt.timedelta(hours=5), "UTC+5")

# The sample: a provider's official refused a service; the applicant learned of the refusal on
# 20 December 2024 and handed a complaint, addressed to the head of the provider, in at the
# provider's office on Tuesday 31 December 2024 at 11:20.
COMPLAINT = ar.Complaint(
    respondent=ar.Respondent.PROVIDER_OFFICIAL,
    appealed=ar.AppealedAct.DECISION,
    channel=ar.Channel.IN_PERSON,
    lodged_on=dt.date(2024, 12, 31),
    addressee=ar.BodyKind.SERVICE_PROVIDER,
    office=ar.BodyKind.SERVICE_PROVIDER,
    learned_on=dt.date(2024, 12, 20),
)
ARRIVED = dt.datetime(2024, 12, 31, 11, 20, tzinfo=UTC_PLUS_5)
ANSWERED_ON = dt.date(2025, 1, 9)  # the day the answer was received, in the "answered" branch
ASKED_ON = dt.date(2025, 1, 13)  # the day the applicant asks what to do next
QUALITY_REGISTERED_ON = dt.date(2025, 1, 20)  # when the quality body registers the next complaint


def name(kind: ar.BodyKind | None) -> str:
    return "-" if kind is None else kind.value.replace("_", " ")


def day(d: dt.date) -> str:
    return f"{d:%a} {d.isoformat()}"


def sources(versions: Iterable[ar.rules.RuleVersion]) -> str:
    return "; ".join(f"{v.version} ({v.cite()})" for v in versions)


def heading(text: str) -> None:
    print(f"\n{text}\n{'-' * len(text)}")


def to_whom() -> None:
    heading("1. To whom the complaint goes")
    lodged = COMPLAINT.lodged_on
    bodies = ar.addressees(COMPLAINT.respondent, lodged_on=lodged)
    print(f"A complaint about a {name_of(COMPLAINT.respondent)} may be addressed to the head of: "
          + " or ".join(name(b) for b in bodies) + ".")
    assert COMPLAINT.addressee is not None
    check = ar.check_addressee(COMPLAINT.respondent, COMPLAINT.addressee, lodged_on=lodged)
    print(f"Addressee check, head of the {name(check.addressee)}: {'valid' if check.valid else 'NOT valid'}.")
    print(f"  {check.reason}")
    wrong = ar.check_addressee(COMPLAINT.respondent, ar.BodyKind.STATE_CORPORATION, lodged_on=lodged)
    print(f"For contrast, head of the {name(wrong.addressee)}: {'valid' if wrong.valid else 'NOT valid'}.")
    print(f"  {wrong.reason}")
    print(f"  Source: {sources(check.basis)}")


def name_of(respondent: ar.Respondent) -> str:
    return respondent.value.replace("_", " ")


def acceptance() -> dt.date:
    heading("2. Registration and proof of acceptance")
    registered = ar.registration_date(ARRIVED)
    rule = ar.rule_version("registration.next_working_day", registered)
    print(f"Arrived {ARRIVED:%a %Y-%m-%d %H:%M} ({ARRIVED.tzname()}), during office hours: "
          f"registered {day(registered)}.")
    print(f"  {rule.explanation}")
    print(f"  Source: {sources([rule])}")
    assert COMPLAINT.office is not None
    proof = ar.acceptance_proof(COMPLAINT.office, COMPLAINT.channel, lodged_on=COMPLAINT.lodged_on)
    print(f"Proof of acceptance at the {name(proof.office)} ({proof.channel.value.replace('_', ' ')}):")
    for item in proof.items:
        print(f"  - {item}")
    if proof.note:
        print(f"  Note: {proof.note}")
    print(f"  Source: {sources(proof.basis)}")
    return registered


def review(registered: dt.date) -> ar.ReviewDeadline:
    heading("3. The review deadline")
    deadline = ar.review_deadline(registered, ar.BodyKind.SERVICE_PROVIDER, lodged_on=COMPLAINT.lodged_on)
    print(f"Term: {deadline.term.describe()} from registration on {day(registered)}.")
    print(f"  Source: {sources(deadline.basis)}")
    print("Working days counted (day 1 is the first working day after registration):")
    for i, counted in enumerate(deadline.counted, 1):
        print(f"  day {i}: {day(counted)}")
    print("Days skipped, with the reason:")
    for skipped in deadline.skipped:
        print(f"  - {skipped.describe()}")
    print(f"Last day: {day(deadline.due)}, until the end of that day (Civil Code art. 176).")
    if deadline.provisional:
        print("Provisional: " + "; ".join(deadline.provisional_reasons))
    else:
        print(f"Not provisional: every day looked at is confirmed (calendar {ar.calendar.default_calendar().version}).")
    return deadline


_SHOWN: set[tuple[str, str]] = set()  # (why, source) pairs already printed, not printed twice


def show_options(escalation: ar.Escalation) -> None:
    for option in escalation.options:
        print(f"  * {option.label}")
        if option.lodge_through is not None:
            print(f"      lodge it through the {name(option.lodge_through)}, which forwards it within "
                  f"{option.forwarding_term.describe() if option.forwarding_term else '-'}")
        if option.review_term is not None:
            print(f"      review term there: {option.review_term.describe()}")
        if option.time_limit is not None:
            last = day(option.act_by) if option.act_by else "counted from a date not given"
            print(f"      time limit: {option.time_limit.describe()}; last day {last}"
                  + (" (EXPIRED)" if option.expired else ""))
        why = (option.explanation, sources(option.basis))
        if why in _SHOWN:
            print("      why and source: as above")
        else:
            print(f"      why: {why[0]}")
            print(f"      source: {why[1]}")
            _SHOWN.add(why)
    if escalation.note:
        print(f"  {escalation.note}")


def escalation(deadline: ar.ReviewDeadline) -> None:
    heading("4. The escalation path")
    print(f"Step 1: the head of the {name(deadline.reviewer)} reviews it by {day(deadline.due)} "
          f"({deadline.term.describe()}).")
    overdue = ar.escalation_options(ar.Stage.FIRST_INSTANCE_OVERDUE, on=ASKED_ON, respondent=COMPLAINT.respondent,
                                    registered_on=deadline.registered_on, learned_on=COMPLAINT.learned_on)
    print(f"\nIf no answer has come by then (asked on {day(ASKED_ON)}; regime '{overdue.regime}'):")
    print(f"  {ar.rule_version('missed_term', overdue.rules_on).explanation} "
          f"(source: {sources(v for v in overdue.basis if v.rule_id == 'missed_term')})")
    show_options(overdue)
    answered = ar.escalation_options(ar.Stage.FIRST_INSTANCE_ANSWERED, on=ASKED_ON, respondent=COMPLAINT.respondent,
                                     registered_on=deadline.registered_on, learned_on=COMPLAINT.learned_on,
                                     answered_on=ANSWERED_ON)
    print(f"\nIf the answer came on {day(ANSWERED_ON)} and the applicant disagrees (asked on {day(ASKED_ON)}):")
    show_options(answered)

    quality = ar.review_deadline(QUALITY_REGISTERED_ON, ar.BodyKind.QUALITY_AUTHORITY)
    print(f"\nStep 2: if the quality body registers the complaint on {day(QUALITY_REGISTERED_ON)}, it has "
          f"{quality.term.describe()}: last day {day(quality.due)}.")
    print(f"  skipped: {', '.join(d.describe() for d in quality.skipped)}")
    print(f"  source: {sources(quality.basis)}")
    final = ar.escalation_options(ar.Stage.QUALITY_ANSWERED, on=dt.date(2025, 2, 14),
                                  registered_on=QUALITY_REGISTERED_ON, answered_on=dt.date(2025, 2, 7),
                                  respondent=COMPLAINT.respondent)
    print("\nStep 3: if the quality body answered on Fri 2025-02-07 and the applicant still disagrees:")
    show_options(final)
    print(f"\nRules applied along the way: {', '.join(v.version for v in final.rules_applied)}.")


def main() -> None:
    print("appeal_rules quick start: one complaint, step by step")
    print(f"Complaint: about a {name_of(COMPLAINT.respondent)}'s {COMPLAINT.appealed.value}, lodged "
          f"{COMPLAINT.channel.value.replace('_', ' ')} on {day(COMPLAINT.lodged_on)}; the applicant learned of "
          f"the act on {day(COMPLAINT.learned_on or COMPLAINT.lodged_on)}.")
    to_whom()
    registered = acceptance()
    deadline = review(registered)
    escalation(deadline)


if __name__ == "__main__":
    main()
