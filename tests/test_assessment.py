"""assess(): every step of the procedure for one complaint, and how its inputs reach each step.

An assessment answers, for a complaint as lodged: to whom it goes (2018 standard clauses 2, 5; Law
No. 88-V art. 25), the proof of acceptance (clauses 4-6), how the answer is delivered (clauses 6, 7),
the review deadline from the registration (art. 25; APPC art. 99), and what can be done next (APPC
arts. 91, 92, 136), all read under the rules in force on the day the complaint was lodged and
counted on the calendar given.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import appeal_rules
import appeal_rules.calendar
import appeal_rules.errors
from appeal_rules import (
    AppealedAct,
    BodyKind,
    CalendarOverlay,
    Channel,
    Complaint,
    InvalidInputError,
    ProvisionalPolicy,
    Registration,
    Respondent,
    Stage,
    WorkingCalendar,
    assess,
)
from appeal_rules.errors import InvalidAddresseeError
from golden import Snapshot

# --- every step, as text ----------------------------------------------------------------------------


ASSESSED: dict[str, tuple[Complaint, dict[str, Any]]] = {
    "provider.registered.pending": (
        Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.IN_PERSON, dt.date(2024, 12, 31),
                  addressee=BodyKind.SERVICE_PROVIDER, learned_on=dt.date(2024, 12, 20)),
        {"registration": Registration(dt.date(2024, 12, 31)), "on": dt.date(2025, 1, 6)}),
    "corporation.portal.overdue": (
        Complaint(Respondent.STATE_CORPORATION, AppealedAct.INACTION, Channel.PORTAL, dt.date(2019, 4, 1),
                  addressee=BodyKind.MINISTRY),
        {"registration": Registration(dt.date(2019, 4, 2), BodyKind.STATE_CORPORATION), "on": dt.date(2019, 4, 30)}),
    "provider.post.before_filing": (
        Complaint(Respondent.SERVICE_PROVIDER, AppealedAct.ACTION, Channel.POST, dt.date(2025, 3, 3),
                  office=BodyKind.MINISTRY, learned_on=dt.date(2025, 2, 14)),
        {}),
    "provider.appc.overdue": (
        Complaint(Respondent.SERVICE_PROVIDER, AppealedAct.DECISION, Channel.IN_PERSON, dt.date(2025, 2, 3),
                  learned_on=dt.date(2025, 1, 10)),
        {"registration": Registration(dt.date(2025, 2, 3)), "on": dt.date(2025, 2, 24)}),
    "corporation.appc.expired_limit": (
        Complaint(Respondent.STATE_CORPORATION_EMPLOYEE, AppealedAct.ACTION, Channel.POST, dt.date(2025, 6, 2),
                  learned_on=dt.date(2025, 1, 10)),
        {}),
    "corporation.appc.overdue": (
        Complaint(Respondent.STATE_CORPORATION_EMPLOYEE, AppealedAct.ACTION, Channel.IN_PERSON, dt.date(2025, 2, 3),
                  learned_on=dt.date(2025, 1, 10)),
        {"registration": Registration(dt.date(2025, 2, 3), BodyKind.STATE_CORPORATION), "on": dt.date(2025, 2, 24)}),
}


@pytest.mark.parametrize("name", sorted(ASSESSED))
def test_an_assessment_explains_every_step(name: str, snapshot: Snapshot) -> None:
    """explain(): to whom, the proof of acceptance, the answer's delivery, the review deadline and the next steps,
    each with its sources. Golden text: tests/snapshots/assessment/<case>.txt."""
    complaint, kwargs = ASSESSED[name]
    text = appeal_rules.assess(complaint, **kwargs).explain()
    # The calendar's data version names the holidays release: the golden text holds a placeholder.
    version = appeal_rules.calendar.default_calendar().version
    snapshot.check(f"assessment/{name}.txt", text.replace(version, "{CALENDAR}") + "\n")


# --- the inputs reaching each step -----------------------------------------------------------------


def test_the_office_is_the_one_named_else_the_registering_body_else_a_valid_addressee() -> None:
    """The office is the one named, else the registering body, else a valid addressee, else the first allowed."""
    lodged = dt.date(2025, 3, 3)
    invalid = Complaint(Respondent.STATE_CORPORATION_EMPLOYEE, AppealedAct.DECISION, Channel.POST, lodged,
                        addressee=BodyKind.MINISTRY)
    assert appeal_rules.assess(invalid).proof.office is BodyKind.STATE_CORPORATION
    valid = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, lodged,
                      addressee=BodyKind.MINISTRY)
    assert appeal_rules.assess(valid).proof.office is BodyKind.MINISTRY
    plain = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, lodged)
    registered = appeal_rules.assess(plain, registration=Registration(lodged, BodyKind.MINISTRY))
    assert registered.proof.office is BodyKind.MINISTRY
    assert registered.answer.methods[1] == "collected at the office of the ministry"
    named = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, lodged,
                      addressee=BodyKind.MINISTRY, office=BodyKind.SERVICE_PROVIDER)
    assert appeal_rules.assess(named, registration=Registration(lodged, BodyKind.MINISTRY)).proof.office is (
        BodyKind.SERVICE_PROVIDER)


def test_the_calendar_policy_respondent_and_lodging_date_reach_every_step() -> None:
    """The calendar, the policy, the respondent and the lodging date reach the deadline and the escalation."""
    order = CalendarOverlay(act="Order (test)", days_off=(dt.date(2027, 1, 8),), confirms_years=(2026, 2027))
    cal = WorkingCalendar(overlays=(order,))
    c = Complaint(Respondent.STATE_CORPORATION_EMPLOYEE, AppealedAct.DECISION, Channel.POST, dt.date(2027, 1, 4),
                  learned_on=dt.date(2026, 12, 1))
    registered = appeal_rules.assess(c, registration=Registration(dt.date(2027, 1, 4), BodyKind.STATE_CORPORATION),
                                     on=dt.date(2027, 1, 5), calendar=cal)
    assert registered.deadline is not None
    assert registered.deadline.due == appeal_rules.review_deadline(dt.date(2027, 1, 4), BodyKind.STATE_CORPORATION,
                                                                   calendar=cal).due
    assert registered.escalation.waiting_until == registered.deadline.due
    assert registered.escalation.calendar_version == cal.version
    before = appeal_rules.assess(c, on=dt.date(2027, 1, 5), calendar=cal)
    assert before.escalation.calendar_version == cal.version
    assert before.escalation.options[0].bodies == (BodyKind.STATE_CORPORATION,)
    assert before.escalation.options[0].act_by == dt.date(2027, 3, 1)  # 1 December + 3 months, on the calendar
    with pytest.raises(appeal_rules.errors.ProvisionalResultError):
        appeal_rules.assess(c, on=dt.date(2027, 1, 5), on_provisional=ProvisionalPolicy.RAISE)
    with pytest.raises(appeal_rules.errors.ProvisionalResultError):
        appeal_rules.assess(c, registration=Registration(dt.date(2027, 1, 4), BodyKind.STATE_CORPORATION),
                            on=dt.date(2027, 1, 5), on_provisional=ProvisionalPolicy.RAISE)
    # Rules are read at the lodging date: lodged under the 2018 standard, asked about under the APPC.
    old = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2021, 6, 30))
    assert appeal_rules.assess(old, on=dt.date(2021, 7, 5)).escalation.regime == "2018"


def test_a_complaint_is_pending_on_its_due_date_and_overdue_the_day_after() -> None:
    """The review term includes its last day (Civil Code art. 176): pending on 10 February 2025, overdue on the 11th."""
    c = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2025, 2, 3))
    registration = Registration(dt.date(2025, 2, 3))
    on_due = appeal_rules.assess(c, registration=registration, on=dt.date(2025, 2, 10))
    assert on_due.escalation.stage is Stage.FIRST_INSTANCE_PENDING
    after = appeal_rules.assess(c, registration=registration, on=dt.date(2025, 2, 11))
    assert after.escalation.stage is Stage.FIRST_INSTANCE_OVERDUE


# --- a registration before the complaint was lodged ----------------------------------------------------


COMPLAINT = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2025, 1, 6),
                      addressee=BodyKind.SERVICE_PROVIDER)


def test_a_registration_before_lodging_is_refused_naming_the_lodging_date() -> None:
    """A complaint cannot be registered before it was lodged: the registration date is refused, not the addressee."""
    with pytest.raises(InvalidInputError) as caught:
        assess(COMPLAINT, registration=Registration(dt.date(2025, 1, 3)))
    assert not isinstance(caught.value, InvalidAddresseeError)
    (problem,) = caught.value.problems
    assert (problem.path, problem.accepted) == ("registration.registered_on", "a date on or after complaint.lodged_on")
    assert "(2025-01-06)" in problem.message


def test_a_registration_on_the_day_of_lodging_is_accepted() -> None:
    """Registered the day it was lodged: 5 working days from Monday 6 January 2025, Tuesday 7 January (Orthodox
    Christmas) skipped, end on Tuesday 14 January. The assessment keeps the registration it was given.
    """
    result = assess(COMPLAINT, registration=Registration(dt.date(2025, 1, 6)))
    assert result.registration == Registration(dt.date(2025, 1, 6))
    assert result.deadline is not None
    assert result.deadline.due == dt.date(2025, 1, 14)  # Tuesday 7 January is Orthodox Christmas
