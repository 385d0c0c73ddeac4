"""Escalation: what a complainant can do next, at each stage of the procedure.

A complaint goes first to the head of the provider or of the ministry over it (2018 standard
clause 2; Law "On State Services" No. 88-V art. 25), reviewed within 5 working days (art. 25; from
1 July 2021 APPC art. 99); then to the quality authority (clause 8), within 15; then, under the APPC,
to the administrative court within one month (APPC arts. 91(5), 136(1), (6), counted under Civil
Code arts. 173-175), or straight to court with no superior body (art. 91(6)); under the 2018
standard, to court "under the laws of Kazakhstan" (clause 10). The options are counted on the
calendar given, with the rules read on ``rules_on``, and each names its basis.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import appeal_rules
import appeal_rules.errors
import appeal_rules.procedure
from appeal_rules import BodyKind, CalendarOverlay, Escalation, ProvisionalPolicy, Respondent, Stage, WorkingCalendar
from appeal_rules.rules import Term
from golden import Snapshot

# --- every stage, as text ----------------------------------------------------------------------------


def _describe_term(term: Term | None) -> str | None:
    return None if term is None else term.describe()


def render_escalation(e: Escalation) -> str:
    """Every field of an escalation, one line per option plus its explanation."""
    lines = [f"{e.stage.value}, rules of {e.rules_on} ({e.regime}), waiting until {e.waiting_until}, "
             f"{len(e.provisional_reasons)} provisional reason(s), basis {[v.version for v in e.basis]}",
             f"note: {e.note}"]
    for o in e.options:
        lines.append(
            f"- {o.kind.value} {[b.value for b in o.bodies]} {o.label!r}; review {_describe_term(o.review_term)}; "
            f"limit {_describe_term(o.time_limit)}; act by {o.act_by}; through "
            f"{o.lodge_through and o.lodge_through.value}; forwarding {_describe_term(o.forwarding_term)}; "
            f"expired {o.expired}; basis {[v.version for v in o.basis]}")
        lines.append(f"  {o.explanation}")
    return "\n".join(lines)


#: A complaint under the APPC, and one under the 2018 standard: learned of, registered, asked about.
APPC: dict[str, Any] = {"on": dt.date(2025, 2, 24), "registered_on": dt.date(2025, 2, 3),
                        "learned_on": dt.date(2025, 1, 10)}
OLD: dict[str, Any] = {"on": dt.date(2019, 4, 22), "registered_on": dt.date(2019, 4, 1),
                       "learned_on": dt.date(2019, 3, 1)}

#: case -> (stage, arguments). The golden text of each is tests/snapshots/escalation/<case>.txt.
ESCALATIONS: dict[str, tuple[Stage, dict[str, Any]]] = {
    # Before filing: to whom, within which term and limit (2018 standard clauses 2, 7; APPC arts. 92, 99).
    "before_filing.appc": (Stage.BEFORE_FILING, {**APPC}),
    "before_filing.appc.no_superior": (Stage.BEFORE_FILING, {**APPC, "has_superior": False}),
    "before_filing.appc.state_corporation": (
        Stage.BEFORE_FILING, {**APPC, "respondent": Respondent.STATE_CORPORATION_EMPLOYEE, "has_superior": False}),
    # About the State Corporation itself: its head or the ministry's (seed clause 1), or its head alone
    # when no ministry is over it; and before the applicant says when they learned of the act.
    "before_filing.appc.the_state_corporation_itself": (
        Stage.BEFORE_FILING, {**APPC, "respondent": Respondent.STATE_CORPORATION}),
    "before_filing.appc.the_state_corporation_itself.no_superior": (
        Stage.BEFORE_FILING, {**APPC, "respondent": Respondent.STATE_CORPORATION, "has_superior": False}),
    "before_filing.appc.learned_on_unknown": (Stage.BEFORE_FILING, {**APPC, "learned_on": None}),
    "before_filing.2018": (Stage.BEFORE_FILING, {**OLD, "has_superior": False}),
    # Waiting for the first answer, and past its review term.
    "first_instance_pending.appc": (Stage.FIRST_INSTANCE_PENDING, {**APPC, "on": dt.date(2025, 2, 10)}),
    "first_instance_pending.2018": (Stage.FIRST_INSTANCE_PENDING, {**OLD, "on": dt.date(2019, 4, 3)}),
    "first_instance_overdue.appc": (Stage.FIRST_INSTANCE_OVERDUE, {**APPC, "on": dt.date(2025, 2, 11)}),
    "first_instance_overdue.2018": (Stage.FIRST_INSTANCE_OVERDUE, {**OLD}),
    # Answered: the quality authority, or the court within a month of the answer (APPC arts. 91(5), 136).
    "first_instance_answered.appc": (Stage.FIRST_INSTANCE_ANSWERED, {**APPC, "answered_on": dt.date(2025, 2, 10)}),
    # The court month from 10 February 2025 ends on 11 March: on it the option is open, the day after expired.
    "first_instance_answered.appc.last_day": (
        Stage.FIRST_INSTANCE_ANSWERED, {**APPC, "on": dt.date(2025, 3, 11), "answered_on": dt.date(2025, 2, 10)}),
    "first_instance_answered.appc.expired": (
        Stage.FIRST_INSTANCE_ANSWERED, {**APPC, "on": dt.date(2025, 3, 12), "answered_on": dt.date(2025, 2, 10)}),
    # Answered on the day of filing, with no learned_on: the lodging limit has no last day.
    "first_instance_answered.appc.same_day": (
        Stage.FIRST_INSTANCE_ANSWERED, {**APPC, "answered_on": dt.date(2025, 2, 3), "learned_on": None}),
    "first_instance_answered.2018": (Stage.FIRST_INSTANCE_ANSWERED, {**OLD, "answered_on": dt.date(2019, 4, 8)}),
    # The quality authority: 15 working days, then the court.
    "quality_pending.appc": (Stage.QUALITY_PENDING, {**APPC}),
    "quality_overdue.appc": (Stage.QUALITY_OVERDUE, {**APPC, "on": dt.date(2025, 2, 25)}),
    "quality_answered.appc": (Stage.QUALITY_ANSWERED, {**APPC, "answered_on": dt.date(2025, 2, 20)}),
    "quality_answered.2018": (Stage.QUALITY_ANSWERED, {**OLD, "answered_on": dt.date(2019, 4, 20)}),
    "court.appc": (Stage.COURT, {**APPC}),
    # Past the data horizon, and rules read at an earlier date than the registration.
    "pending.provisional": (
        Stage.FIRST_INSTANCE_PENDING, {"on": dt.date(2026, 12, 29), "registered_on": dt.date(2026, 12, 28)}),
    "overdue.provisional": (
        Stage.FIRST_INSTANCE_OVERDUE,
        {"on": dt.date(2027, 2, 2), "registered_on": dt.date(2026, 12, 28), "learned_on": dt.date(2026, 12, 1)}),
    "rules_on.2018_for_a_2021_registration": (
        Stage.FIRST_INSTANCE_OVERDUE,
        {"on": dt.date(2021, 7, 30), "registered_on": dt.date(2021, 7, 5), "rules_on": dt.date(2021, 6, 30)}),
}


@pytest.mark.parametrize("name", sorted(ESCALATIONS))
def test_each_stage_offers_the_next_steps_the_law_gives(name: str, snapshot: Snapshot) -> None:
    """Every field of the escalation at each stage, under both regimes: the options, their bodies, terms, limits
    and last days, whether each is expired, and the rule versions each rests on. The texts were read against
    the rule tests (tests/test_rules_clauses.py, tests/test_regimes.py)."""
    stage, kwargs = ESCALATIONS[name]
    snapshot.check(f"escalation/{name}.txt", render_escalation(appeal_rules.escalation_options(stage, **kwargs)) + "\n")


# --- what each stage is counted on ----------------------------------------------------------------


def test_the_deadline_and_the_court_month_are_counted_on_the_calendar_given() -> None:
    """The review deadline and the court's month are counted on the calendar passed, not the default one."""
    order = CalendarOverlay(act="Order (test)", days_off=(dt.date(2027, 1, 8), dt.date(2027, 2, 11)),
                            confirms_years=(2026, 2027))
    cal = WorkingCalendar(overlays=(order,))
    pending = appeal_rules.escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2027, 1, 5),
                                              registered_on=dt.date(2027, 1, 4), calendar=cal)
    assert pending.waiting_until == appeal_rules.review_deadline(dt.date(2027, 1, 4), BodyKind.SERVICE_PROVIDER,
                                                                 calendar=cal).due
    assert pending.waiting_until != appeal_rules.review_deadline(dt.date(2027, 1, 4), BodyKind.SERVICE_PROVIDER).due
    assert pending.calendar_version == cal.version
    answered = appeal_rules.escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2027, 1, 20),
                                               registered_on=dt.date(2027, 1, 4), answered_on=dt.date(2027, 1, 11),
                                               calendar=cal)
    court = answered.options[0]
    assert court.act_by == dt.date(2027, 2, 12)  # 11 February is a day off under the order: the next working day
    assert appeal_rules.escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2027, 1, 20),
                                           registered_on=dt.date(2027, 1, 4),
                                           answered_on=dt.date(2027, 1, 11)).options[0].act_by == dt.date(2027, 2, 11)


def test_every_stage_names_the_calendar_version() -> None:
    """Whatever the stage, the escalation says which calendar data its dates were counted on."""
    cal = WorkingCalendar(2024, 2026)
    for stage in (Stage.COURT, Stage.BEFORE_FILING, Stage.QUALITY_ANSWERED):
        e = appeal_rules.escalation_options(stage, on=dt.date(2025, 3, 3), calendar=cal)
        assert e.calendar_version == cal.version, stage


def test_a_pending_stage_reads_the_rules_in_force_on_rules_on() -> None:
    """A pending stage with rules_on before the APPC counts the 2018 review term and cites it."""
    e = appeal_rules.escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2021, 7, 6),
                                        registered_on=dt.date(2021, 7, 5), rules_on=dt.date(2021, 6, 30))
    assert "review_term.first_instance@2018" in [v.version for v in e.basis]


def test_the_provisional_policy_applies_to_every_date_of_an_escalation() -> None:
    """raise: the pending review deadline and a provisional court month are refused; mark: marked."""
    with pytest.raises(appeal_rules.errors.ProvisionalResultError):
        appeal_rules.escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2026, 12, 29),
                                        registered_on=dt.date(2026, 12, 28), on_provisional=ProvisionalPolicy.RAISE)
    answered = appeal_rules.escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2026, 12, 15),
                                               registered_on=dt.date(2026, 12, 1), answered_on=dt.date(2026, 12, 10))
    assert answered.provisional  # the court's month runs into 2027
    assert answered.provisional_reasons[-1].startswith("2027-01-01 is past the calendar data horizon")
    assert len(set(answered.provisional_reasons)) == len(answered.provisional_reasons)


def test_without_the_answer_date_the_court_option_has_no_last_day() -> None:
    """Without answered_on the court option has no last day, and is not expired."""
    e = appeal_rules.escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2025, 3, 3))
    (court,) = e.options
    assert (court.kind, court.act_by, court.expired) == (appeal_rules.procedure.OptionKind.GO_TO_COURT, None, False)
