"""One test per rule of the seed text (the service standard's appeal procedure, 2018).

Each test's docstring quotes the clause it checks (/work/shared/reference/seed-appeal-procedure.txt,
numbered as in :data:`appeal_rules.rules.SEED_CLAUSES`); the rule it checks names the test in its
``tested_by``. Dates are real: 1 April 2019 and 3 February 2025 are ordinary Mondays with no holiday
in the following three weeks, so the working days can be counted by hand.
"""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from appeal_rules import (
    AppealedAct,
    BodyKind,
    Channel,
    Complaint,
    PortalStatus,
    Respondent,
    Stage,
    acceptance_proof,
    addressees,
    answer_delivery,
    check_addressee,
    escalation_options,
    review_deadline,
)
from appeal_rules.errors import InvalidInputError, OutsideCoverageError
from appeal_rules.procedure import OptionKind, portal_transitions
from appeal_rules.rules import RULES, SEED_CLAUSES, RuleVersion, Term, Unit, rule

SEED = "Service standard, appeal procedure (2018)"
LAW_88 = 'Law "On State Services" No. 88-V of 15.04.2013'
APPC = "Administrative Procedural and Process Code No. 350-VI"

MON_2019 = dt.date(2019, 4, 1)  # 2018 regime (seed text)
MON_2025 = dt.date(2025, 2, 3)  # APPC regime
RULE_DAYS = (MON_2019, MON_2025)

PROVIDER_SIDE = (Respondent.SERVICE_PROVIDER, Respondent.PROVIDER_OFFICIAL)
STATE_CORPORATION_SIDE = (Respondent.STATE_CORPORATION, Respondent.STATE_CORPORATION_EMPLOYEE)


def cites(version: RuleVersion, act: str, provision: str) -> bool:
    """Whether ``version`` names ``act`` with a provision starting with ``provision``."""
    return any(s.act == act and s.provision.startswith(provision) for s in version.sources)


def cites_seed(version: RuleVersion, clause: str) -> bool:
    """Whether ``version`` names seed clause ``clause`` ("clause 7"; not "clause 1" for "clause 10")."""
    return any(s.act == SEED and s.provision == f"clause {clause}" for s in version.sources)


def only(versions: tuple[RuleVersion, ...], rule_id: str) -> RuleVersion:
    """The one version of ``rule_id`` among ``versions``."""
    found = [v for v in versions if v.rule_id == rule_id]
    assert len(found) == 1, f"{rule_id} applied {len(found)} times in {[v.version for v in versions]}"
    return found[0]


# --- clause 1 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("day", RULE_DAYS)
def test_scope_decision_action_inaction(day: dt.date) -> None:
    """Clause 1: "The procedure for appealing decisions, actions (inaction) of central state bodies,
    as well as service providers and (or) its officials, the State Corporation and (or) its
    employees in the provision of public services"."""
    assert {a.value for a in AppealedAct} == {"decision", "action", "inaction"}
    assert {r.value for r in Respondent} == {
        "service_provider", "provider_official", "state_corporation", "state_corporation_employee",
    }
    for who in Respondent:
        for what in AppealedAct:
            complaint = Complaint(who, what, Channel.POST, day)
            assert (complaint.respondent, complaint.appealed) == (who, what)
        escalation = escalation_options(Stage.BEFORE_FILING, on=day, respondent=who)
        scope = only(escalation.basis, "scope")
        assert scope.version == "scope@all"
        assert cites_seed(scope, "1")
        assert [o.kind for o in escalation.options] == [OptionKind.COMPLAIN_FIRST_INSTANCE]


# --- clause 2 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("day", RULE_DAYS)
@pytest.mark.parametrize("who", PROVIDER_SIDE)
def test_provider_complaint_goes_to_head_of_provider_or_ministry(who: Respondent, day: dt.date) -> None:
    """Clause 2: "Appeal against decisions, actions (inaction) of the service provider and (or) its
    officials ... the complaint moves addressed to the head of service provider or to the head of
    the Ministry ... at the address specified in paragraph 14 of the present standard"."""
    assert addressees(who, rules_on=day) == (BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY)
    for to in (BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY):
        check = check_addressee(who, to, rules_on=day)
        assert check.valid, check.reason
        assert [v.version for v in check.basis] == ["addressee.provider@all"]
        assert cites_seed(check.basis[0], "2")
        assert "clause 2" in check.reason
    # The quality body and the court come later (clauses 8 and 10), never as the first addressee.
    for to in (BodyKind.QUALITY_AUTHORITY, BodyKind.COURT):
        check = check_addressee(who, to, rules_on=day)
        assert not check.valid
        assert to.value.replace("_", " ") in check.reason


# --- clause 5 (addressee) ------------------------------------------------------------------------


@pytest.mark.parametrize("day", RULE_DAYS)
@pytest.mark.parametrize("who", STATE_CORPORATION_SIDE)
def test_state_corporation_complaint_goes_to_its_head(who: Respondent, day: dt.date) -> None:
    """Clause 5: "In case of incorrect service by the worker, the appeal shall be submitted to the
    head of the State Corporation". The State Corporation's head may receive any complaint about the
    State Corporation or its employee; for an employee's service it is the only addressee."""
    assert addressees(who, rules_on=day)[0] == BodyKind.STATE_CORPORATION
    check = check_addressee(who, BodyKind.STATE_CORPORATION, rules_on=day)
    assert check.valid
    assert [v.version for v in check.basis] == ["addressee.state_corporation@all"]
    assert cites_seed(check.basis[0], "5")
    others = (BodyKind.SERVICE_PROVIDER, BodyKind.QUALITY_AUTHORITY, BodyKind.COURT)
    for to in others + ((BodyKind.MINISTRY,) if who is Respondent.STATE_CORPORATION_EMPLOYEE else ()):
        wrong = check_addressee(who, to, rules_on=day)
        assert not wrong.valid
        assert "head of the State Corporation" in wrong.reason


@pytest.mark.parametrize("day", RULE_DAYS)
def test_state_corporation_itself_may_also_go_to_the_ministry(day: dt.date) -> None:
    """Clause 1: complaints about "the service provider and (or) its officials, [the State
    Corporation] and (or) its employees" go "to the head of service provider or to the head of the
    Ministry, State Corporation"; the clause lists the addressees without pairing them with the bodies
    complained about, and only clause 5 ties one complaint (an employee's incorrect service) to the
    State Corporation's head. So a complaint about the State Corporation itself may go to the head of
    the ministry (a reading of the English text, marked unconfirmed; docs/concepts.md). The reading
    holds from the first day the library covers: earlier dates are refused."""
    who = Respondent.STATE_CORPORATION
    assert addressees(who, rules_on=day) == (BodyKind.STATE_CORPORATION, BodyKind.MINISTRY)
    check = check_addressee(who, BodyKind.MINISTRY, rules_on=day)
    assert check.valid
    assert [v.version for v in check.basis] == ["addressee.state_corporation_ministry@all"]
    assert cites_seed(check.basis[0], "1")
    assert not check.basis[0].confirmed
    assert "head of the ministry" in check.reason
    employee = check_addressee(Respondent.STATE_CORPORATION_EMPLOYEE, BodyKind.MINISTRY, rules_on=day)
    assert not employee.valid
    first_day = rule("addressee.state_corporation_ministry").versions[0].effective_from
    assert check_addressee(who, BodyKind.MINISTRY, rules_on=first_day).valid
    with pytest.raises(OutsideCoverageError):
        check_addressee(who, BodyKind.MINISTRY, rules_on=first_day - dt.timedelta(days=1))


# --- clauses 3 and 6 (channels) ------------------------------------------------------------------


@pytest.mark.parametrize("day", RULE_DAYS)
def test_channels_post_in_person_portal(day: dt.date) -> None:
    """Clause 3: "The complaint is submitted in writing by mail or purposely through office of service
    provider, a Government Corporation or Ministry"; clause 6: "When sending a complaint through the
    portal ..."."""
    assert {c.value for c in Channel} == {"post", "in_person", "portal"}
    for office in (BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION):
        for channel in Channel:
            proof = acceptance_proof(office, channel, rules_on=day)
            assert (proof.office, proof.channel) == (office, channel)
            channels = only(proof.basis, "channels")
            assert cites_seed(channels, "3")
            assert cites_seed(channels, "6")
    assert Complaint("provider_official", "decision", "in_person", day).channel is Channel.IN_PERSON


# --- clause 4 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("day", RULE_DAYS)
@pytest.mark.parametrize("office", [BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY])
@pytest.mark.parametrize("channel", [Channel.POST, Channel.IN_PERSON])
def test_proof_at_provider_lists_stamp_number_date_name_and_answer_place(
    office: BodyKind, channel: Channel, day: dt.date
) -> None:
    """Clause 4: "Confirmation of acceptance of the complaint is its registration (a stamp, entering
    number and date) in the office of the service provider or the Ministry, with the surname and
    initials of the person who received the complaint, the time and place, receiving a response to
    the complaint"."""
    proof = acceptance_proof(office, channel, rules_on=day)
    text = " | ".join(proof.items)
    for needed in ("stamp", "number", "date", "surname and initials", "time and place", "answer"):
        assert needed in text, f"{needed!r} missing from {proof.items}"
    version = only(proof.basis, "proof.provider_or_ministry")
    assert cites_seed(version, "4")
    assert "second copy" not in text  # that is the State Corporation's proof (clause 5)


# --- clause 5 (proof) ----------------------------------------------------------------------------


@pytest.mark.parametrize("day", RULE_DAYS)
@pytest.mark.parametrize("channel", [Channel.POST, Channel.IN_PERSON])
def test_proof_at_state_corporation_on_second_copy_or_covering_letter(channel: Channel, day: dt.date) -> None:
    """Clause 5: "Confirmation of acceptance of the complaint in the office of the State Corporation
    received as if on purpose, and by mail, is its registration (a stamp, entering number and
    registration date are put down on a second copy of the complaint or in the covering letter to
    the complaint)"."""
    proof = acceptance_proof(BodyKind.STATE_CORPORATION, channel, rules_on=day)
    text = " | ".join(proof.items)
    for needed in ("stamp", "second copy", "covering letter", "number", "date of registration"):
        assert needed in text, f"{needed!r} missing from {proof.items}"
    assert "surname" not in text  # the receiver's name is the provider's proof (clause 4)
    assert cites_seed(only(proof.basis, "proof.state_corporation"), "5")


# --- clause 6 (portal) ---------------------------------------------------------------------------


@pytest.mark.parametrize("day", RULE_DAYS)
@pytest.mark.parametrize("office", [BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION])
def test_proof_on_portal_is_the_status_trail(office: BodyKind, day: dt.date) -> None:
    """Clause 6: "When sending a complaint through the portal to the service recipient from
    'personal account' available information on the treatment, which is updated during the
    processing of the appeal by the service provider (the level of delivery, registration,
    performance, response on the review or not to review)"."""
    proof = acceptance_proof(office, Channel.PORTAL, rules_on=day)
    expected = ("delivered", "registered", "in execution", "answered", "refused review")
    assert len(proof.items) == len(expected)
    for item, status in zip(proof.items, expected, strict=True):
        assert f"'{status}'" in item
        assert "personal account" in item
    assert cites_seed(only(proof.basis, "proof.portal"), "6")
    # The trail starts at delivery and ends at an answer or a refusal to review.
    assert portal_transitions(PortalStatus.DELIVERED) == frozenset({PortalStatus.REGISTERED})
    assert portal_transitions(PortalStatus.ANSWERED) == frozenset()
    assert portal_transitions(PortalStatus.REFUSED_REVIEW) == frozenset()


# --- clause 7 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("reviewer", [BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION])
@pytest.mark.parametrize(
    ("registered", "due", "version"),
    [
        # Mon 1 Apr 2019: Tue 2, Wed 3, Thu 4, Fri 5, (Sat 6, Sun 7 skipped) Mon 8.
        (dt.date(2019, 4, 1), dt.date(2019, 4, 8), "review_term.first_instance@2018"),
        # Mon 3 Feb 2025: Tue 4 ... Fri 7, Mon 10.
        (dt.date(2025, 2, 3), dt.date(2025, 2, 10), "review_term.first_instance@appc"),
        # Fri 7 Feb 2025: the weekend is skipped, Mon 10 ... Fri 14.
        (dt.date(2025, 2, 7), dt.date(2025, 2, 14), "review_term.first_instance@appc"),
        # Tue 31 Dec 2024: 1-2 Jan New Year, Fri 3 Jan a moved day off, Sat 4 off, Sun 5 Jan a working
        # day (transfer act), Mon 6, Tue 7 Jan Orthodox Christmas, Wed 8, Thu 9, Fri 10.
        (dt.date(2024, 12, 31), dt.date(2025, 1, 10), "review_term.first_instance@appc"),
    ],
)
def test_first_instance_review_term_is_5_working_days(
    reviewer: BodyKind, registered: dt.date, due: dt.date, version: str
) -> None:
    """Clause 7: "The complaint of service recipient arrived in service provider's address of the
    Ministry or State Corporation, subject to review within 5 (five) working days from the date of
    its registration"."""
    deadline = review_deadline(registered, reviewer)
    assert deadline.term == Term(5, Unit.WORKING_DAYS)
    assert deadline.due == due
    assert len(deadline.counted) == 5
    assert deadline.counted[0] > registered  # counted from the day after registration
    assert deadline.counted[-1] == due
    assert deadline.rule_version == version
    term_rule = deadline.basis[0]
    if version.endswith("@2018"):
        assert cites_seed(term_rule, "7")
    else:
        assert cites(term_rule, LAW_88, "art. 25")


# --- clause 7 (answer) ---------------------------------------------------------------------------


@pytest.mark.parametrize("day", RULE_DAYS)
@pytest.mark.parametrize("office", [BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION])
def test_answer_by_post_or_collected(office: BodyKind, day: dt.date) -> None:
    """Clause 7: "Motivated answer about results of consideration of complaint shall be sent to the
    applicant by post or can get it from the service provider office, Ministry or State
    Corporation"."""
    where = office.value.replace("_", " ")
    for channel in (Channel.POST, Channel.IN_PERSON):
        delivery = answer_delivery(office, channel, rules_on=day)
        assert delivery.methods == ("by post", f"collected at the office of the {where}")
        assert cites_seed(only(delivery.basis, "answer_delivery"), "7")
    on_portal = answer_delivery(office, Channel.PORTAL, rules_on=day)
    assert on_portal.methods[:2] == ("by post", f"collected at the office of the {where}")
    assert any("personal account" in m for m in on_portal.methods[2:])


def test_answer_delivery_refuses_a_court() -> None:
    """Clause 7 names the offices that answer a complaint: "the service provider office, Ministry or
    State Corporation". A court gives no answer under this procedure (acceptance_proof and
    review_deadline already refuse it), so "collected at the office of the court", cited to
    clause 7, has no source."""
    with pytest.raises(InvalidInputError) as caught:
        answer_delivery(BodyKind.COURT, Channel.POST, rules_on=MON_2025)
    assert caught.value.problems[0].path == "office"


# --- clause 8 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("registered", "answered", "on"),
    [(dt.date(2019, 4, 1), dt.date(2019, 4, 5), dt.date(2019, 4, 15)),
     (dt.date(2025, 2, 3), dt.date(2025, 2, 7), dt.date(2025, 2, 17))],
)
@pytest.mark.parametrize("who", list(Respondent))
def test_disagreement_goes_to_quality_authority(
    who: Respondent, registered: dt.date, answered: dt.date, on: dt.date
) -> None:
    """Clause 8: "In case of disagreement with results of the rendered state service the applicant
    lodged a complaint to the competent authority for assessing and monitoring the quality of
    public services"."""
    escalation = escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=on, respondent=who,
                                    registered_on=registered, answered_on=answered)
    first = escalation.options[0]
    assert first.kind is OptionKind.COMPLAIN_QUALITY_AUTHORITY
    assert first.bodies == (BodyKind.QUALITY_AUTHORITY,)
    assert first.review_term == Term(15, Unit.WORKING_DAYS)
    quality = only(first.basis, "quality_authority")
    assert quality.version == "quality_authority@all"
    assert cites_seed(quality, "8")
    assert "Agency of the Republic of Kazakhstan for Civil Service Affairs" in first.label


# --- clause 9 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("registered", "due", "version"),
    [
        # Mon 1 Apr 2019: 2-5, 8-12, 15-19 April (14 days), Mon 22 April is day 15.
        (dt.date(2019, 4, 1), dt.date(2019, 4, 22), "review_term.quality_authority@2018"),
        # Mon 3 Feb 2025: 4-7, 10-14, 17-21 February (14 days), Mon 24 February is day 15.
        (dt.date(2025, 2, 3), dt.date(2025, 2, 24), "review_term.quality_authority@appc"),
    ],
)
def test_quality_authority_review_term_is_15_working_days(registered: dt.date, due: dt.date, version: str) -> None:
    """Clause 9: "The complaint of service recipient, arrived to the authorized body to assess and
    monitor the quality of public services, shall be submitted within 15 (fifteen) working days from
    the date of its registration"."""
    deadline = review_deadline(registered, BodyKind.QUALITY_AUTHORITY)
    assert deadline.term == Term(15, Unit.WORKING_DAYS)
    assert deadline.due == due
    assert len(deadline.counted) == 15
    assert {d.weekday() for d in deadline.counted} <= {0, 1, 2, 3, 4}
    assert deadline.rule_version == version
    if version.endswith("@2018"):
        assert cites_seed(deadline.basis[0], "9")
    else:
        assert cites(deadline.basis[0], LAW_88, "art. 25")


# --- clause 10 -----------------------------------------------------------------------------------


def test_court_after_disagreement() -> None:
    """Clause 10: "In disagreement cases with results of the rendered state service the applicant goes
    to court in accordance with legislation of the Republic of Kazakhstan". From 1 July 2021 the
    APPC sets the time limit: one month from receiving the complaint decision (art. 136(1), (6))."""
    in_2019 = escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2019, 5, 6),
                                 registered_on=dt.date(2019, 4, 1), answered_on=dt.date(2019, 4, 19))
    assert [o.kind for o in in_2019.options] == [OptionKind.GO_TO_COURT]
    court_2019 = in_2019.options[0]
    assert court_2019.bodies == (BodyKind.COURT,)
    assert [v.version for v in court_2019.basis] == ["court@2018"]
    assert cites_seed(court_2019.basis[0], "10")
    assert court_2019.time_limit is None
    assert court_2019.act_by is None

    in_2025 = escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2025, 2, 24),
                                 registered_on=dt.date(2025, 2, 3), answered_on=dt.date(2025, 2, 7))
    assert [o.kind for o in in_2025.options] == [OptionKind.GO_TO_COURT]
    court_2025 = in_2025.options[0]
    assert [v.version for v in court_2025.basis] == ["court@appc", "counting.day_one@appc", "counting.month_end@all",
                                                     "counting.roll_forward@appc"]  # the month's counting
    assert cites(court_2025.basis[0], APPC, "art. 136")
    assert court_2025.time_limit == Term(1, Unit.MONTHS)
    assert court_2025.act_by == dt.date(2025, 3, 7)  # 7 February + 1 month, a Friday
    assert not court_2025.expired

    # At the first level the court is open too, beside the quality body (clauses 8 and 10).
    first = escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2019, 4, 15),
                               registered_on=dt.date(2019, 4, 1), answered_on=dt.date(2019, 4, 5))
    assert [o.kind for o in first.options] == [OptionKind.COMPLAIN_QUALITY_AUTHORITY, OptionKind.GO_TO_COURT]


# --- the rule table itself -----------------------------------------------------------------------


def test_every_seed_clause_rule_names_a_test_here_and_cites_its_clause() -> None:
    """Every rule encoding a seed clause names a test of this module that exists, and at least one
    version of it cites that clause."""
    this_module = sys.modules[__name__]
    assert [c.id for c in SEED_CLAUSES] == [str(n) for n in range(1, 11)]
    for clause in SEED_CLAUSES:
        for rule_id in clause.rule_ids:
            encoded = rule(rule_id)
            assert any(cites_seed(v, clause.id) for v in encoded.versions), (clause.id, rule_id)
            mine = [t.split("::")[1] for t in encoded.tested_by if t.startswith("tests/test_rules_clauses.py::")]
            assert mine, rule_id
            for name in mine:
                assert callable(getattr(this_module, name, None)), f"{rule_id}: {name} is not in this module"


def test_law_88_sources_point_to_the_law() -> None:
    """A source marked confirmed must have been read in the act or an official explainer quoting it
    (:class:`appeal_rules.sources.Source`). For Law No. 88-V that is the law on adilet (Z1300000088) or the
    gov.kz explainer; the seed standard's page quotes no article of the law, and which of the
    amendments to art. 25 (Laws 408-V of 2015, 272-VI of 2019) fixed the 5/15 working days was not
    found (research/legal.md, Q1 amendment history), so a confirmed 'Law No. 88-V, art. 25' for the
    2018 regime cannot rest on the seed page."""
    law_pages = ("https://adilet.zan.kz/rus/docs/Z1300000088", "https://www.gov.kz/situations/741/intro?lang=en")
    wrong = [
        f"{v.version}: {s.cite()} -> {s.url}"
        for r in RULES for v in r.versions for s in v.sources
        if s.act == LAW_88 and s.confirmed and s.url not in law_pages
    ]
    assert wrong == []
