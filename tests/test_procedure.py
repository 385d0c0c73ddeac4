"""Properties of the procedure's decisions: addressees, review deadlines, escalation, input checks.

Sources: seed clauses 2, 5, 7 and 9 (addressees; 5 and 15 working days from registration); Law
No. 88-V art. 25(2); APPC arts. 91, 99, 136 (research/legal.md).
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from appeal_rules import (
    AppealedAct,
    AppealRulesError,
    BodyKind,
    Channel,
    Complaint,
    Convention,
    InvalidInputError,
    PortalStatus,
    ProvisionalPolicy,
    Registration,
    Respondent,
    Stage,
    acceptance_proof,
    addressees,
    answer_delivery,
    assess,
    check_addressee,
    escalation_options,
    review_deadline,
    rule_version,
)
from appeal_rules.calendar import default_calendar
from appeal_rules.errors import (
    InputTypeError,
    InvalidAddresseeError,
    OutsideCoverageError,
    ProvisionalResultError,
    ProvisionalResultWarning,
)
from appeal_rules.procedure import (
    portal_transitions,
    quality_authority_name,
    require_valid_addressee,
    require_valid_transition,
)
from appeal_rules.rules import COVERAGE_START, RuleVersion
from procedure_strategies import (
    EscalationCase,
    body_kinds,
    channels,
    escalation_cases,
    first_instance_bodies,
    offices,
    registration_dates,
    respondents,
    rule_dates,
    wrong_typed_values,
)

STATE_CORPORATION_SIDE = st.sampled_from([Respondent.STATE_CORPORATION, Respondent.STATE_CORPORATION_EMPLOYEE])
PENDING = st.sampled_from([Stage.FIRST_INSTANCE_PENDING, Stage.QUALITY_PENDING])
OVERDUE = st.sampled_from([Stage.FIRST_INSTANCE_OVERDUE, Stage.QUALITY_OVERDUE])
REVIEWER_AT = {
    Stage.FIRST_INSTANCE_PENDING: BodyKind.SERVICE_PROVIDER,
    Stage.FIRST_INSTANCE_OVERDUE: BodyKind.SERVICE_PROVIDER,
    Stage.QUALITY_PENDING: BodyKind.QUALITY_AUTHORITY,
    Stage.QUALITY_OVERDUE: BodyKind.QUALITY_AUTHORITY,
}


def assert_in_force(basis: tuple[RuleVersion, ...], day: dt.date) -> None:
    """Every version applied is the one in force on ``day``, and says where it comes from."""
    assert basis, "a result without a basis"
    for version in basis:
        assert version.in_force_on(day), f"{version.version} is not in force on {day}"
        assert rule_version(version.rule_id, day) == version
        assert version.sources


# --- addressees ----------------------------------------------------------------------------------


@given(respondents, rule_dates())
def test_every_addressee_passes_check_addressee(who: Respondent, day: dt.date) -> None:
    """Seed clauses 2 and 5: the bodies addressees() names are exactly those check_addressee accepts,
    and each answer gives its reason and the rule version in force."""
    allowed = addressees(who, rules_on=day)
    assert allowed, "no body may receive the complaint"
    assert len(set(allowed)) == len(allowed)
    for body in BodyKind:
        check = check_addressee(who, body, rules_on=day)
        assert check.valid == (body in allowed), (who, body)
        assert check.addressee is body
        assert check.reason
        assert_in_force(check.basis, day)
        if check.valid:
            assert require_valid_addressee(who, body, rules_on=day) == check


@given(STATE_CORPORATION_SIDE, st.sampled_from([b for b in BodyKind if b is not BodyKind.STATE_CORPORATION]),
       rule_dates())
def test_state_corporation_complaint_to_another_body_is_invalid(who: Respondent, body: BodyKind, day: dt.date) -> None:
    """Seed clause 5: a complaint about an employee's incorrect service goes to the head of the State
    Corporation; seed clause 1 (as read in docs/concepts.md) lets a complaint about the State
    Corporation itself go to the head of the ministry too. Any other body is not a valid addressee;
    the reason says so, and require_valid_addressee raises InvalidAddresseeError naming what is
    accepted."""
    itself = who is Respondent.STATE_CORPORATION
    assume(not (itself and body is BodyKind.MINISTRY))
    check = check_addressee(who, body, rules_on=day)
    assert not check.valid
    assert "head of the State Corporation" in check.reason
    assert body.value.replace("_", " ") in check.reason
    assert "clause 5" in check.reason
    with pytest.raises(InvalidAddresseeError) as caught:
        require_valid_addressee(who, body, rules_on=day)
    assert isinstance(caught.value, InvalidInputError)
    problem = caught.value.problems[0]
    assert problem.path == "addressee"
    assert problem.accepted == ("one of: state_corporation, ministry" if itself else "one of: state_corporation")


def test_state_corporation_complaint_to_a_ministry_on_a_real_day() -> None:
    """The same, on 3 February 2025, as a user would meet it."""
    day = dt.date(2025, 2, 3)
    check = check_addressee(Respondent.STATE_CORPORATION_EMPLOYEE, BodyKind.MINISTRY, rules_on=day)
    assert (check.valid, [v.version for v in check.basis]) == (False, ["addressee.state_corporation@all"])
    with pytest.raises(InvalidAddresseeError, match="not to the ministry"):
        require_valid_addressee(Respondent.STATE_CORPORATION_EMPLOYEE, BodyKind.MINISTRY, rules_on=day)


# --- the rules date of the steps of lodging -------------------------------------------------------
# To whom the complaint goes (seed clauses 1, 2, 5), what proves it was accepted (clauses 4-6) and
# how its answer comes (clauses 6, 7) are settled when it is lodged: each function reads the rules
# at ``rules_on``, by default at ``lodged_on``. Their rules have one version each, from 2018-01-01
# (COVERAGE_START), so the day the rules start is the boundary that tells which date was read.

#: Each step of lodging, called with only the rules date's keywords left to give.
LODGING_STEPS: dict[str, Callable[..., object]] = {
    "addressees": lambda **days: addressees(Respondent.STATE_CORPORATION, **days),
    "check_addressee": lambda **days: check_addressee(Respondent.PROVIDER_OFFICIAL, BodyKind.MINISTRY, **days),
    "require_valid_addressee": lambda **days: require_valid_addressee(
        Respondent.STATE_CORPORATION_EMPLOYEE, BodyKind.STATE_CORPORATION, **days),
    "acceptance_proof": lambda **days: acceptance_proof(BodyKind.STATE_CORPORATION, Channel.PORTAL, **days),
    "answer_delivery": lambda **days: answer_delivery(BodyKind.MINISTRY, Channel.PORTAL, **days),
}
lodging_steps = st.sampled_from(sorted(LODGING_STEPS))
BEFORE_COVERAGE = COVERAGE_START - dt.timedelta(days=3)


@given(lodging_steps, rule_dates())
def test_a_step_of_lodging_reads_the_rules_on_the_lodging_day_by_default(name: str, day: dt.date) -> None:
    """Given only the day the complaint is lodged, each step answers as if the rules were read on
    that day."""
    step = LODGING_STEPS[name]
    assert step(lodged_on=day) == step(rules_on=day)


@pytest.mark.parametrize("name", sorted(LODGING_STEPS))
def test_a_step_of_lodging_refuses_a_lodging_day_before_the_rules(name: str) -> None:
    """The default is the lodging day itself: lodged three days before the rules this library encodes
    start (COVERAGE_START), the step is refused under ``lodged_on``, the caller's own name."""
    with pytest.raises(OutsideCoverageError) as caught:
        LODGING_STEPS[name](lodged_on=BEFORE_COVERAGE)
    assert [(p.path, p.accepted) for p in caught.value.problems] == [
        ("lodged_on", f"a date on or after {COVERAGE_START.isoformat()}")]


@pytest.mark.parametrize("name", sorted(LODGING_STEPS))
def test_rules_on_overrides_the_lodging_day_across_the_start_of_the_rules(name: str) -> None:
    """``rules_on`` wins over ``lodged_on``: a complaint lodged before COVERAGE_START is answered
    under the rules of a later ``rules_on``, and one lodged after it is refused for a ``rules_on``
    before it, under ``rules_on``."""
    step = LODGING_STEPS[name]
    assert step(lodged_on=BEFORE_COVERAGE, rules_on=COVERAGE_START) == step(rules_on=COVERAGE_START)
    with pytest.raises(OutsideCoverageError) as caught:
        step(lodged_on=COVERAGE_START, rules_on=BEFORE_COVERAGE)
    assert [p.path for p in caught.value.problems] == ["rules_on"]


@given(lodging_steps, rule_dates(), rule_dates())
def test_rules_on_and_the_lodging_day_together_answer_as_rules_on(name: str, lodged: dt.date, rules: dt.date) -> None:
    """With both dates given, the answer is the one read on ``rules_on``."""
    step = LODGING_STEPS[name]
    assert step(lodged_on=lodged, rules_on=rules) == step(rules_on=rules)


@pytest.mark.parametrize("name", sorted(LODGING_STEPS))
def test_a_step_of_lodging_without_a_date_is_refused(name: str) -> None:
    """Without ``rules_on`` or ``lodged_on`` there is no day to read the rules at: one problem, under
    ``rules_on``, naming the two keywords that give one."""
    with pytest.raises(InvalidInputError) as caught:
        LODGING_STEPS[name]()
    assert caught.value.common_class is InvalidInputError
    assert [(p.path, p.accepted) for p in caught.value.problems] == [("rules_on", "a date as rules_on or as lodged_on")]


@pytest.mark.parametrize("name", sorted(LODGING_STEPS))
def test_a_bad_lodging_day_is_reported_under_lodged_on(name: str) -> None:
    """A lodging day that is not a date is refused under ``lodged_on``, even when ``rules_on`` is
    given and would win."""
    for days in ({"lodged_on": "2025-01-06"}, {"lodged_on": "2025-01-06", "rules_on": dt.date(2025, 1, 6)}):
        with pytest.raises(InputTypeError) as caught:
            LODGING_STEPS[name](**days)
        assert [(p.path, p.accepted) for p in caught.value.problems] == [("lodged_on", "a datetime.date")]


# --- review deadlines ----------------------------------------------------------------------------


@given(registration_dates(), first_instance_bodies)
def test_first_instance_deadline_never_after_the_quality_body(registered: dt.date, body: BodyKind) -> None:
    """Seed clauses 7 and 9 (Law No. 88-V art. 25(2)): 5 working days at the provider, the ministry or
    the State Corporation, 15 at the quality body, both from the day after registration; for the
    same registration the first deadline is the 5th of the 15 working days the quality body has."""
    first = review_deadline(registered, body)
    quality = review_deadline(registered, BodyKind.QUALITY_AUTHORITY)
    assert (first.term.length, quality.term.length) == (5, 15)
    assert registered < first.due < quality.due
    assert len(first.counted) == 5
    assert len(quality.counted) == 15
    assert first.counted == quality.counted[:5]
    assert all(registered < d for d in first.counted)
    assert list(quality.counted) == sorted(set(quality.counted))
    skipped = {d.date for d in quality.skipped}
    assert not skipped & set(quality.counted)
    # Every day from the day counting starts from (registration, or from 1 July 2021 the next working
    # day when registration was recorded on a day off: APPC art. 64(3)) to the due date is either
    # counted or skipped as not working.
    assert quality.period.start == (quality.registration_moved_to or registered)
    assert (quality.due - quality.period.start).days == len(quality.counted) + len(skipped)
    assert_in_force(first.basis, registered)
    assert_in_force(quality.basis, registered)


@given(registration_dates(), offices, st.integers(min_value=1, max_value=40))
def test_registration_before_lodging_is_refused(registered: dt.date, reviewer: BodyKind, days: int) -> None:
    """A complaint cannot be registered before it was lodged: review_deadline refuses lodged_on after
    registered_on, and accepts any lodged_on on or before it without changing the answer."""
    lodged = registered + dt.timedelta(days=days)
    with pytest.raises(InvalidInputError) as caught:
        review_deadline(registered, reviewer, lodged_on=lodged)
    problem = caught.value.problems[0]
    assert problem.path == "registered_on"
    assert registered.isoformat() in problem.message
    assert lodged.isoformat() in problem.message
    earlier = max(COVERAGE_START, registered - dt.timedelta(days=days))
    assert review_deadline(registered, reviewer, lodged_on=earlier).due == review_deadline(registered, reviewer).due
    assert review_deadline(registered, reviewer, lodged_on=registered).due == review_deadline(registered, reviewer).due


@given(registration_dates(), offices, rule_dates())
def test_review_deadline_reads_the_rules_at_rules_on(
    registered: dt.date, reviewer: BodyKind, rules_on: dt.date
) -> None:
    """The rules are read at ``rules_on`` when given (else at registration): every version in the
    basis is the one in force on that day."""
    deadline = review_deadline(registered, reviewer, rules_on=rules_on)
    assert_in_force(deadline.basis, rules_on)
    assert deadline.basis[0].rule_id == (
        "review_term.quality_authority" if reviewer is BodyKind.QUALITY_AUTHORITY else "review_term.first_instance"
    )
    assert deadline.rule_version == deadline.basis[0].version


# --- proof and answer ----------------------------------------------------------------------------


@given(offices, channels, rule_dates())
def test_proof_and_answer_name_versions_in_force(office: BodyKind, channel: Channel, day: dt.date) -> None:
    """acceptance_proof and answer_delivery say what to expect and name the versions in force."""
    proof = acceptance_proof(office, channel, rules_on=day)
    assert proof.items
    assert_in_force(proof.basis, day)
    answer = answer_delivery(office, channel, rules_on=day)
    assert "by post" in answer.methods
    assert_in_force(answer.basis, day)


# --- escalation ----------------------------------------------------------------------------------


@given(escalation_cases(PENDING))
def test_pending_stage_waits_until_the_review_deadline(case: EscalationCase) -> None:
    """While the reviewer still has time, no escalation is open: the result waits until the review
    deadline (5 working days at the first level, 15 at the quality body) and offers nothing."""
    escalation = escalation_options(case.stage, **case.kwargs())
    assert case.registered_on is not None
    due = review_deadline(case.registered_on, REVIEWER_AT[case.stage], rules_on=case.rules_on).due
    assert escalation.waiting_until == due == case.due
    assert escalation.options == ()
    assert due.isoformat() in escalation.note
    assert any(v.rule_id.startswith("review_term.") for v in escalation.basis)


@given(escalation_cases(PENDING), st.integers(min_value=1, max_value=60))
def test_pending_after_the_term_ran_out_is_refused(case: EscalationCase, late: int) -> None:
    """A complaint cannot still be pending after its review term ran out: the stage is refused, and
    the error names the stage to use instead."""
    assert case.due is not None
    kwargs = case.kwargs() | {"on": case.due + dt.timedelta(days=late)}
    with pytest.raises(InvalidInputError) as caught:
        escalation_options(case.stage, **kwargs)
    problem = caught.value.problems[0]
    assert problem.path == "stage"
    assert case.due.isoformat() in problem.message
    assert "overdue" in problem.accepted


@given(escalation_cases(OVERDUE))
def test_overdue_before_the_term_ran_out_is_refused(case: EscalationCase) -> None:
    """Nor is a complaint overdue while its reviewer still has time (on or before the due date)."""
    assert case.due is not None
    assert case.registered_on is not None
    kwargs = case.kwargs() | {"on": case.due}
    with pytest.raises(InvalidInputError) as caught:
        escalation_options(case.stage, **kwargs)
    assert caught.value.problems[0].path == "stage"


@given(escalation_cases())
def test_every_option_has_a_basis_in_force_on_rules_on(case: EscalationCase) -> None:
    """Every option names the rules it rests on, every version named is the one in force on the day
    the rules are read (rules_on, else the registration date, else on), and act_by, where given,
    is a real day after the event it is counted from."""
    escalation = escalation_options(case.stage, **case.kwargs())
    assert escalation.rules_on == case.expected_rules_on
    assert escalation.regime == rule_version("forwarding", escalation.rules_on).regime

    def assert_read_on_their_days(basis: tuple[RuleVersion, ...]) -> None:
        # The quality authority's name is a fact of the day the applicant turns to it (``on``), not of
        # the rules' date (procedure.escalation_options; test_regimes.py names the body on the day).
        named = tuple(v for v in basis if v.rule_id == "quality_authority.name")
        assert_in_force(tuple(v for v in basis if v not in named), escalation.rules_on)
        if named:
            assert_in_force(named, case.on)

    assert_read_on_their_days(escalation.basis)
    for option in escalation.options:
        assert option.basis, option
        assert option.explanation
        assert_read_on_their_days(option.basis)
        assert option.expired == (option.act_by is not None and option.act_by < case.on)
        if option.act_by is not None:
            assert option.time_limit is not None
    assert_read_on_their_days(escalation.rules_applied)
    if case.stage in (Stage.FIRST_INSTANCE_PENDING, Stage.QUALITY_PENDING, Stage.COURT):
        assert escalation.options == ()
        assert escalation.note
    else:
        assert escalation.options
        assert escalation.waiting_until is None


# --- wrong-typed inputs --------------------------------------------------------------------------

DAY = dt.date(2025, 2, 3)
COMPLAINT = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, DAY,
                      addressee=BodyKind.SERVICE_PROVIDER)

#: Each public function with a valid call, every argument given, so that each can be replaced in turn.
VALID_CALLS: dict[str, tuple[Callable[..., object], dict[str, Any]]] = {
    "addressees": (addressees, {"respondent": Respondent.SERVICE_PROVIDER, "lodged_on": DAY, "rules_on": DAY}),
    "check_addressee": (check_addressee, {"respondent": Respondent.SERVICE_PROVIDER,
                                          "addressee": BodyKind.MINISTRY, "lodged_on": DAY, "rules_on": DAY}),
    "acceptance_proof": (acceptance_proof, {"office": BodyKind.MINISTRY, "channel": Channel.POST, "lodged_on": DAY,
                                            "rules_on": DAY}),
    "answer_delivery": (answer_delivery, {"office": BodyKind.MINISTRY, "channel": Channel.POST, "lodged_on": DAY,
                                          "rules_on": DAY}),
    "review_deadline": (review_deadline, {
        "registered_on": DAY, "reviewer": BodyKind.MINISTRY, "lodged_on": DAY, "rules_on": DAY,
        "convention": Convention.NEXT_DAY, "calendar": default_calendar(), "on_provisional": ProvisionalPolicy.MARK,
    }),
    "escalation_options": (escalation_options, {
        "stage": Stage.FIRST_INSTANCE_ANSWERED, "on": dt.date(2025, 2, 17), "respondent": Respondent.SERVICE_PROVIDER,
        "registered_on": DAY, "answered_on": dt.date(2025, 2, 7), "learned_on": dt.date(2025, 1, 15),
        "has_superior": True, "rules_on": DAY, "calendar": default_calendar(),
        "on_provisional": ProvisionalPolicy.MARK,
    }),
    "require_valid_transition": (require_valid_transition,
                                 {"current": PortalStatus.DELIVERED, "new": PortalStatus.REGISTERED}),
    "portal_transitions": (portal_transitions, {"status": PortalStatus.DELIVERED}),
    "rule_version": (rule_version, {"rule_id": "court", "rules_on": DAY}),
    "quality_authority_name": (quality_authority_name, {"on": DAY}),
    "assess": (assess, {"complaint": COMPLAINT, "registration": Registration(DAY), "on": dt.date(2025, 2, 5),
                        "calendar": default_calendar(), "on_provisional": ProvisionalPolicy.MARK}),
}


def none_is_valid(function: Callable[..., object], arg: str) -> bool:
    """Whether ``arg`` defaults to None (so None is a valid value, not a wrong-typed one)."""
    parameter = inspect.signature(function).parameters[arg]
    return parameter.default is None


WRONG_TYPED: list[object] = [None, "2025-02-03", 20250203, dt.datetime(2025, 2, 3, 10, 0)]
CASES = [
    (name, arg, value)
    for name, (function, kwargs) in VALID_CALLS.items()
    for arg in kwargs
    for value in WRONG_TYPED
    if not (value is None and none_is_valid(function, arg))
]


def call_with(name: str, arg: str, value: object) -> str | None:
    """Call ``name`` with ``arg`` replaced by ``value``; describe what went wrong, or None if refused
    with an AppealRulesError as it should be."""
    function, kwargs = VALID_CALLS[name]
    try:
        function(**(kwargs | {arg: value}))
    except AppealRulesError:
        return None
    except Exception as exc:  # the property: nothing but the library's own errors escapes
        return f"{name}({arg}={value!r}) let {type(exc).__name__} escape: {exc}"
    return f"{name}({arg}={value!r}) accepted a wrong-typed value"


def test_the_valid_calls_are_valid() -> None:
    """The calls the next tests spoil are accepted as given (else the tests would prove nothing)."""
    for function, kwargs in VALID_CALLS.values():
        function(**kwargs)


@pytest.mark.parametrize(("name", "arg", "value"), CASES, ids=[f"{n}-{a}-{type(v).__name__}" for n, a, v in CASES])
def test_wrong_typed_argument_raises_only_library_errors(name: str, arg: str, value: object) -> None:
    """None, a string, an int or a naive datetime in place of any argument is refused with an
    AppealRulesError, never a bare KeyError, IndexError or AttributeError."""
    assert call_with(name, arg, value) is None


@given(st.sampled_from([(n, a) for n, (_, kw) in VALID_CALLS.items() for a in kw]), wrong_typed_values())
def test_arbitrary_wrong_values_raise_only_library_errors(name_arg: tuple[str, str], value: object) -> None:
    """The same for arbitrary values of the wrong type (numbers, bytes, lists, dicts, objects)."""
    name, arg = name_arg
    assert call_with(name, arg, value) is None


@given(body_kinds, rule_dates())
def test_a_court_is_not_a_first_instance_reviewer(body: BodyKind, day: dt.date) -> None:
    """A court has no review term and takes no complaint under this procedure (seed clause 10 sends
    the applicant to court "in accordance with legislation"): review_deadline and acceptance_proof
    refuse it, with the reason, and accept every other body."""
    if body is BodyKind.COURT:
        with pytest.raises(InvalidInputError, match="court"):
            review_deadline(dt.date(2025, 2, 3), body, rules_on=day)
        with pytest.raises(InvalidInputError, match="court"):
            acceptance_proof(body, Channel.POST, rules_on=day)
    else:
        assert review_deadline(dt.date(2025, 2, 3), body, rules_on=day).reviewer is body


# --- the provisional policy of the composite functions -------------------------------------------
# escalation_options and assess count several dates; each applies ``on_provisional`` once, to the
# reasons of all of them (found while triaging the mutation survivors: WARN used to warn once per
# counted date, and an invalid policy was accepted whenever no date was counted).


def _provisional_complaint() -> tuple[Complaint, Registration]:
    # Registered 2026-12-28: the 5 working days run into January 2027, past the data horizon.
    c = Complaint(Respondent.SERVICE_PROVIDER, AppealedAct.DECISION, Channel.POST, dt.date(2026, 12, 28),
                  learned_on=dt.date(2026, 12, 20))
    return c, Registration(dt.date(2026, 12, 28))


def test_assess_warns_once_with_every_reason() -> None:
    c, reg = _provisional_complaint()
    marked = assess(c, registration=reg, on=dt.date(2027, 1, 4))
    assert marked.deadline is not None
    assert marked.deadline.provisional_reasons
    with pytest.warns(ProvisionalResultWarning) as caught:
        warned = assess(c, registration=reg, on=dt.date(2027, 1, 4), on_provisional=ProvisionalPolicy.WARN)
    assert len(caught) == 1
    message = str(caught[0].message)
    for reason in marked.deadline.provisional_reasons + marked.escalation.provisional_reasons:
        assert reason in message
    assert warned == marked
    with pytest.raises(ProvisionalResultError) as raised:
        assess(c, registration=reg, on=dt.date(2027, 1, 4), on_provisional=ProvisionalPolicy.RAISE)
    assert str(raised.value) == message


@pytest.mark.skipif("MUTANT_UNDER_TEST" in os.environ,
                    reason="mutmut's trampolines add frames outside the package between the library's own")
def test_composite_warnings_point_at_the_caller() -> None:
    c, reg = _provisional_complaint()
    with pytest.warns(ProvisionalResultWarning) as from_assess:
        assess(c, registration=reg, on=dt.date(2027, 1, 4), on_provisional=ProvisionalPolicy.WARN)
    with pytest.warns(ProvisionalResultWarning) as from_escalation:
        escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2026, 12, 29), registered_on=dt.date(2026, 12, 28),
                           on_provisional=ProvisionalPolicy.WARN)
    assert [w.filename for w in (*from_assess, *from_escalation)] == [__file__, __file__]  # not a line of the library


def test_escalation_warns_once_for_the_deadline_and_the_court_month() -> None:
    # Overdue at the first instance in 2027: the deadline and the court limit are both provisional.
    kwargs: dict[str, Any] = {"on": dt.date(2027, 2, 1), "registered_on": dt.date(2026, 12, 28),
                              "learned_on": dt.date(2026, 12, 20)}
    marked = escalation_options(Stage.FIRST_INSTANCE_OVERDUE, **kwargs)
    assert len(marked.provisional_reasons) >= 1
    with pytest.warns(ProvisionalResultWarning) as caught:
        escalation_options(Stage.FIRST_INSTANCE_OVERDUE, on_provisional=ProvisionalPolicy.WARN, **kwargs)
    assert len(caught) == 1
    assert str(caught[0].message) == "provisional result: " + "; ".join(marked.provisional_reasons)
    with pytest.raises(ProvisionalResultError, match="provisional result: "):
        escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2026, 12, 29), registered_on=dt.date(2026, 12, 28),
                           on_provisional=ProvisionalPolicy.RAISE)


@pytest.mark.parametrize("stage", [Stage.BEFORE_FILING, Stage.COURT])
def test_escalation_refuses_an_unknown_policy_even_when_nothing_is_counted(stage: Stage) -> None:
    with pytest.raises(InvalidInputError) as caught:
        escalation_options(stage, on=dt.date(2025, 1, 6), on_provisional="sometimes")  # type: ignore[arg-type]
    assert [(p.path, p.message, p.accepted) for p in caught.value.problems] == [
        ("on_provisional", "unknown value 'sometimes'", "one of: mark, warn, raise")]


def test_assess_refuses_an_unknown_policy_without_a_registration() -> None:
    c, _ = _provisional_complaint()
    with pytest.raises(InputTypeError) as caught:
        assess(c, on_provisional=5)  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["on_provisional"]


# --- the two flags: provisional (calendar data) and unconfirmed (a rule's source not read) --------


def _flag_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith(("Calendar:", "Rules:"))]


def test_review_deadline_explain_states_both_flags_when_only_the_rule_is_unconfirmed() -> None:
    """Law No. 291-VIII amends Law No. 88-V art. 25(2) from 12 July 2026 and its wording was not
    read: a deadline registered 13 July 2026 is on a confirmed calendar (2026) but rests on an
    unconfirmed rule version. explain() says both, on separate lines, never one for the other
    (issue 9 part 2: the text said "Provisional: no" and hid the unconfirmed rule)."""
    d = review_deadline(dt.date(2026, 7, 13), BodyKind.MINISTRY)
    assert (d.provisional, d.confirmed) == (False, False)
    calendar, rules = _flag_lines(d.explain())
    assert calendar == f"Calendar: confirmed for every day looked at ({default_calendar().version})."
    assert rules.startswith("Rules: unconfirmed: review_term.first_instance@2026-07 (Law \"On State Services\"")
    assert "the amended wording was not available" in rules


def test_review_deadline_explain_states_both_flags_when_only_the_calendar_is_provisional() -> None:
    """Registered 18 December 2026 at the quality body, 15 working days (Law No. 88-V art. 25) run
    into 2027, which is not confirmed: provisional, while every rule applied is confirmed."""
    d = review_deadline(dt.date(2026, 12, 18), BodyKind.QUALITY_AUTHORITY)
    assert (d.provisional, d.confirmed) == (True, True)
    calendar, rules = _flag_lines(d.explain())
    assert calendar == f"Calendar: provisional because {d.provisional_reasons[0]}."
    assert rules.startswith("Rules: all confirmed")


def test_escalation_has_the_rules_flag_and_explains_both() -> None:
    """An escalation counts dates (calendar flag) under rule versions of its own and of its options
    (rules flag): pending at the first instance on 14 July 2026, the review term is the unconfirmed
    2026-07 version (Law No. 291-VIII), on a confirmed calendar."""
    e = escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2026, 7, 14), registered_on=dt.date(2026, 7, 13))
    assert (e.provisional, e.confirmed) == (False, False)
    with pytest.raises(AttributeError):
        e.confirmed = True  # type: ignore[misc] # a read-only property
    calendar, rules = _flag_lines(e.explain())
    assert calendar.startswith("Calendar: confirmed for every day looked at")
    assert rules.startswith("Rules: unconfirmed: review_term.first_instance@2026-07")
    later = escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2026, 12, 29),
                               registered_on=dt.date(2026, 12, 28))
    assert later.provisional
    assert _flag_lines(later.explain())[0].startswith("Calendar: provisional because 2027-01-01 is past")


def test_assessment_explain_ends_with_both_flags_for_the_whole_assessment() -> None:
    """An assessment's flags cover every decision: provisional if the deadline or an option's date
    is, confirmed only if every rule version behind every step is."""
    c, reg = _provisional_complaint()
    a = assess(c, registration=reg, on=dt.date(2027, 1, 4))
    assert a.provisional
    assert a.provisional_reasons == tuple(dict.fromkeys(
        (a.deadline.provisional_reasons if a.deadline else ()) + a.escalation.provisional_reasons))
    assert a.confirmed is all(v.confirmed for v in a.rules_applied)
    assert len({v.version for v in a.rules_applied}) == len(a.rules_applied)
    last_two = a.explain().splitlines()[-2:]
    assert last_two[0] == f"Calendar: provisional because {'; and because '.join(a.provisional_reasons)}."
    assert last_two[1].startswith("Rules: ")
    final = assess(Complaint(Respondent.SERVICE_PROVIDER, AppealedAct.DECISION, Channel.POST, dt.date(2026, 7, 13)),
                   registration=Registration(dt.date(2026, 7, 13)), on=dt.date(2026, 7, 14))
    assert (final.provisional, final.confirmed) == (False, False)
    assert final.explain().splitlines()[-1].startswith("Rules: unconfirmed: ")
