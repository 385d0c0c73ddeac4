"""assess: a registration dated before the complaint was lodged is refused, with every other problem."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import (
    AppealedAct,
    BodyKind,
    Channel,
    Complaint,
    InvalidAddresseeError,
    InvalidInputError,
    Registration,
    Respondent,
    Stage,
    assess,
    escalation_options,
)

COMPLAINT = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2025, 1, 6),
                      addressee=BodyKind.SERVICE_PROVIDER)
BEFORE_LODGING = ("registration.registered_on",
                  "2025-01-03 is before the complaint was lodged (2025-01-06)",
                  "a date on or after complaint.lodged_on")


def test_a_registration_before_lodging_is_refused() -> None:
    with pytest.raises(InvalidInputError) as caught:
        assess(COMPLAINT, registration=Registration(dt.date(2025, 1, 3)))
    assert not isinstance(caught.value, InvalidAddresseeError)
    assert [(p.path, p.message, p.accepted) for p in caught.value.problems] == [BEFORE_LODGING]


def test_with_a_wrong_body_too_both_are_listed_and_the_error_is_not_only_about_the_addressee() -> None:
    with pytest.raises(InvalidInputError) as caught:
        assess(COMPLAINT, registration=Registration(dt.date(2025, 1, 3), BodyKind.STATE_CORPORATION))
    assert not isinstance(caught.value, InvalidAddresseeError)
    assert [(p.path, p.message, p.accepted) for p in caught.value.problems] == [
        BEFORE_LODGING,
        ("registration.body", "state_corporation may not receive this complaint",
         "one of: service_provider, ministry"),
    ]


def test_the_same_day_is_accepted() -> None:
    result = assess(COMPLAINT, registration=Registration(dt.date(2025, 1, 6)))
    assert result.deadline is not None
    assert result.deadline.due == dt.date(2025, 1, 14)  # Tuesday 7 January is Orthodox Christmas


def test_escalation_refuses_an_answer_before_the_registration() -> None:
    """An answer cannot come before the complaint was registered: the input is refused, naming both dates."""
    with pytest.raises(InvalidInputError) as err:
        escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2025, 2, 3),
                           registered_on=dt.date(2025, 1, 20), answered_on=dt.date(2025, 1, 13))
    (problem,) = err.value.problems
    assert problem.path == "answered_on"
    assert "2025-01-13 is before registered_on 2025-01-20" in problem.message
    assert problem.accepted == "a date on or after registered_on"
