"""The two regimes (the 2018 standard; the APPC from 1 July 2021) and the versions of each rule.

Sources for the APPC rules: Administrative Procedural and Process Code No. 350-VI, in force from
1 July 2021 (research/legal.md, Q2): art. 91(2) deemed refusal, 91(4) lodging through the body
whose act is appealed and forwarding within 3 working days, 91(6) no superior body -> court,
92 three months to lodge, 100(5) deemed refusal of the complaint, 136(1) and (6) one month to sue.
Names of the quality body: research/legal.md, Q4.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from appeal_rules import (
    AppealedAct,
    BodyKind,
    Channel,
    Complaint,
    Escalation,
    InvalidInputError,
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
from appeal_rules.errors import OutsideCoverageError
from appeal_rules.procedure import Option, OptionKind, quality_authority_name
from appeal_rules.rules import (
    APPC_IN_FORCE,
    COVERAGE_START,
    LAW_291_VIII_IN_FORCE,
    RULES,
    Rule,
    RuleVersion,
    Term,
    Unit,
    rule,
)
from procedure_strategies import COVERAGE_END, rule_dates

APPC = "Administrative Procedural and Process Code No. 350-VI"
LAW_88 = 'Law "On State Services" No. 88-V of 15.04.2013'
SEED = "Service standard, appeal procedure (2018)"
LAW_221 = 'Law "On the procedure for considering appeals of individuals and legal entities" No. 221-III of 12.01.2007'
ACSAAC = "Agency of the Republic of Kazakhstan for Civil Service Affairs and Anti-Corruption"
ACSA = "Agency of the Republic of Kazakhstan for Civil Service Affairs"

_3WD = Term(3, Unit.WORKING_DAYS)
_1M = Term(1, Unit.MONTHS)
_3M = Term(3, Unit.MONTHS)


def cites(version: RuleVersion, act: str, provision: str) -> bool:
    return any(s.act == act and s.provision.startswith(provision) for s in version.sources)


def versions(items: tuple[RuleVersion, ...]) -> list[str]:
    return [v.version for v in items]


def option(escalation: Escalation, kind: OptionKind) -> Option:
    found = [o for o in escalation.options if o.kind is kind]
    assert len(found) == 1, (kind, escalation.options)
    return found[0]


def applied(escalation: Escalation, rule_id: str) -> RuleVersion:
    found = [v for v in escalation.rules_applied if v.rule_id == rule_id]
    assert len(found) == 1, (rule_id, versions(escalation.rules_applied))
    return found[0]


# The same complaint about a provider's decision, in 2019 and in 2025: lodged on a Monday, reviewed
# within 5 working days, answered on the Friday, the applicant disagreeing.
class Case:
    def __init__(self, learned: dt.date, registered: dt.date, answered: dt.date, due: dt.date) -> None:
        self.learned, self.registered, self.answered, self.due = learned, registered, answered, due


CASE_2019 = Case(dt.date(2019, 3, 15), dt.date(2019, 4, 1), dt.date(2019, 4, 5), dt.date(2019, 4, 8))
CASE_2025 = Case(dt.date(2025, 1, 15), dt.date(2025, 2, 3), dt.date(2025, 2, 7), dt.date(2025, 2, 10))


def answered(case: Case, respondent: Respondent = Respondent.SERVICE_PROVIDER) -> Escalation:
    return escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=case.answered + dt.timedelta(days=3),
                              respondent=respondent, registered_on=case.registered, answered_on=case.answered,
                              learned_on=case.learned)


def overdue(case: Case) -> Escalation:
    return escalation_options(Stage.FIRST_INSTANCE_OVERDUE, on=case.due + dt.timedelta(days=10),
                              registered_on=case.registered, learned_on=case.learned)


# --- rules that exist only under the APPC --------------------------------------------------------


def test_forwarding_step_only_under_appc() -> None:
    """APPC art. 91(4): the complaint is lodged with the body whose act is appealed, which forwards it
    with the case file to the reviewing body within 3 working days of receipt. The 2018 standard
    names no intermediary: the complaint goes to the quality body directly (clause 8)."""
    before = option(answered(CASE_2019), OptionKind.COMPLAIN_QUALITY_AUTHORITY)
    assert before.lodge_through is None
    assert before.forwarding_term is None
    forwarding_2018 = [v for v in before.basis if v.rule_id == "forwarding"]
    assert versions(tuple(forwarding_2018)) == ["forwarding@2018"]

    after = option(answered(CASE_2025), OptionKind.COMPLAIN_QUALITY_AUTHORITY)
    assert after.lodge_through is BodyKind.SERVICE_PROVIDER
    assert after.forwarding_term == _3WD
    forwarding = [v for v in after.basis if v.rule_id == "forwarding"]
    assert versions(tuple(forwarding)) == ["forwarding@appc"]
    assert cites(forwarding[0], APPC, "art. 91(4)")
    assert "3 working days" in after.explanation

    # The switch is on the day the APPC came into force (rules read at the registration date).
    last_day = escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2021, 7, 12),
                                  registered_on=dt.date(2021, 6, 30), answered_on=dt.date(2021, 7, 2))
    first_day = escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2021, 7, 12),
                                   registered_on=APPC_IN_FORCE, answered_on=dt.date(2021, 7, 2))
    assert (last_day.regime, first_day.regime) == ("2018", "appc")
    assert option(last_day, OptionKind.COMPLAIN_QUALITY_AUTHORITY).lodge_through is None
    assert option(first_day, OptionKind.COMPLAIN_QUALITY_AUTHORITY).lodge_through is BodyKind.SERVICE_PROVIDER


@pytest.mark.parametrize("who", [Respondent.STATE_CORPORATION, Respondent.STATE_CORPORATION_EMPLOYEE])
def test_forwarding_goes_through_the_state_corporation_for_its_complaints(who: Respondent) -> None:
    """APPC art. 91(4): the complaint is lodged "with the body whose act is challenged". A complaint
    about the State Corporation was reviewed by the head of the State Corporation (seed clause 5),
    so at the next step it is lodged through the State Corporation, not through a service provider."""
    quality = option(answered(CASE_2025, who), OptionKind.COMPLAIN_QUALITY_AUTHORITY)
    assert quality.lodge_through is BodyKind.STATE_CORPORATION


def test_deemed_refusal_only_under_appc() -> None:
    """APPC art. 91(2) and 100(5): a body that misses its review term is deemed, from the day the term
    expired, to have refused; art. 136(6): the applicant may then sue within one month after the
    complaint-review term expired. The 2018 standard has no such rule: the missed term is itself an
    inaction that can be complained of (clause 1), and it sets no time limit for the court."""
    in_2019 = overdue(CASE_2019)
    missed_2018 = applied(in_2019, "missed_term")
    assert missed_2018.version == "missed_term@2018"
    assert not missed_2018.confirmed  # inferred from clause 1, and says so
    court_2019 = option(in_2019, OptionKind.GO_TO_COURT)
    assert court_2019.time_limit is None
    assert court_2019.act_by is None

    in_2025 = overdue(CASE_2025)
    missed = applied(in_2025, "missed_term")
    assert missed.version == "missed_term@appc"
    assert cites(missed, APPC, "art. 91(2)")
    assert cites(missed, APPC, "art. 100(5)")
    court = option(in_2025, OptionKind.GO_TO_COURT)
    assert court.time_limit == _1M
    assert cites(court.basis[0], APPC, "art. 136")
    # The term ran out on Mon 10 Feb 2025; a month later is Mon 10 March, the day off for 8 March
    # (a Saturday in 2025), so the month ends on Tue 11 March (Civil Code art. 175).
    assert court.act_by == dt.date(2025, 3, 11)
    # Both escalations are open on a deemed refusal: the quality body and the court.
    assert [o.kind for o in in_2025.options] == [OptionKind.COMPLAIN_QUALITY_AUTHORITY, OptionKind.GO_TO_COURT]

    # At the quality body: registered Mon 3 Feb 2025, 15 working days end Mon 24 Feb; a month later,
    # Mon 24 and Tue 25 March are the Nauryz days carried over from Sat 22 and Sun 23 March.
    at_quality = escalation_options(Stage.QUALITY_OVERDUE, on=dt.date(2025, 3, 3), registered_on=dt.date(2025, 2, 3))
    assert applied(at_quality, "missed_term").version == "missed_term@appc"
    assert option(at_quality, OptionKind.GO_TO_COURT).act_by == dt.date(2025, 3, 26)


def test_lodging_limit_three_months_under_appc() -> None:
    """APPC art. 92(1): a complaint is lodged within three months of the day the applicant learned of
    the act (in force from 1 July 2021). Before that, Law No. 221-III art. 12 gave the same three
    months to complain to the superior official or body, "from the time when the person ... became
    aware of the action or decision", and a missed term was no ground to refuse to consider the
    complaint (English text quoted on arhivsaran.kz; not read in the act, so unconfirmed)."""
    in_2019 = escalation_options(Stage.BEFORE_FILING, on=dt.date(2019, 3, 29), learned_on=CASE_2019.learned)
    first_2019 = option(in_2019, OptionKind.COMPLAIN_FIRST_INSTANCE)
    assert first_2019.time_limit == _3M
    assert first_2019.act_by == dt.date(2019, 6, 17)  # 15 June 2019 is a Saturday (Civil Code art. 175)
    limit_2019 = applied(in_2019, "lodging_limit")
    assert limit_2019.version == "lodging_limit@2018"
    assert cites(limit_2019, LAW_221, "art. 12")
    assert not limit_2019.confirmed
    assert "still be considered" in limit_2019.explanation

    in_2025 = escalation_options(Stage.BEFORE_FILING, on=dt.date(2025, 1, 31), learned_on=CASE_2025.learned)
    first = option(in_2025, OptionKind.COMPLAIN_FIRST_INSTANCE)
    limit = applied(in_2025, "lodging_limit")
    assert limit.version == "lodging_limit@appc"
    assert cites(limit, APPC, "art. 92")
    assert first.time_limit == _3M
    assert first.act_by == dt.date(2025, 4, 15)  # 15 January + 3 months, a Tuesday
    assert not first.expired
    # 29 November + 3 months: no 29 February in 2025, so the last day of February (Civil Code art. 174).
    month_end = escalation_options(Stage.BEFORE_FILING, on=dt.date(2024, 12, 2), learned_on=dt.date(2024, 11, 29))
    assert option(month_end, OptionKind.COMPLAIN_FIRST_INSTANCE).act_by == dt.date(2025, 2, 28)
    late = escalation_options(Stage.BEFORE_FILING, on=dt.date(2025, 5, 5), learned_on=CASE_2025.learned)
    assert option(late, OptionKind.COMPLAIN_FIRST_INSTANCE).expired
    # The same limit applies to the complaint to the quality body.
    quality = option(answered(CASE_2025), OptionKind.COMPLAIN_QUALITY_AUTHORITY)
    assert (quality.time_limit, quality.act_by) == (_3M, dt.date(2025, 4, 15))
    assert option(answered(CASE_2019), OptionKind.COMPLAIN_QUALITY_AUTHORITY).time_limit == _3M


def test_no_superior_body_goes_straight_to_court() -> None:
    """APPC art. 91(6): where the body has no superior body, the applicant goes to court (and must be
    told so); art. 136(1): within one month of receiving the act. Before 1 July 2021, Law No. 221-III
    art. 12: "In the absence of a superior officer or entity ... the application is submitted
    directly to the court"; no time limit for it was found, so none is given."""
    alone = escalation_options(Stage.BEFORE_FILING, on=dt.date(2025, 2, 3), learned_on=CASE_2025.learned,
                               has_superior=False)
    court = option(alone, OptionKind.GO_TO_COURT)
    assert court.bodies == (BodyKind.COURT,)
    no_superior = [v for v in court.basis if v.rule_id == "no_superior"]
    assert versions(tuple(no_superior)) == ["no_superior@appc"]
    assert cites(no_superior[0], APPC, "art. 91(6)")
    assert court.time_limit == _1M
    assert court.act_by == dt.date(2025, 2, 17)  # 15 February 2025 is a Saturday
    # About the State Corporation itself with no ministry over it: its own head only, and the rule
    # naming the ministry's head is neither cited nor said.
    corporation = option(escalation_options(Stage.BEFORE_FILING, on=dt.date(2025, 2, 3), has_superior=False,
                                            respondent=Respondent.STATE_CORPORATION),
                         OptionKind.COMPLAIN_FIRST_INSTANCE)
    assert corporation.bodies == (BodyKind.STATE_CORPORATION,)
    assert "addressee.state_corporation_ministry" not in [v.rule_id for v in corporation.basis]
    assert "head of the ministry" not in corporation.explanation

    with_superior = escalation_options(Stage.BEFORE_FILING, on=dt.date(2025, 2, 3), learned_on=CASE_2025.learned)
    assert [o.kind for o in with_superior.options] == [OptionKind.COMPLAIN_FIRST_INSTANCE]
    in_2019 = escalation_options(Stage.BEFORE_FILING, on=dt.date(2019, 4, 1), has_superior=False)
    assert [o.kind for o in in_2019.options] == [OptionKind.COMPLAIN_FIRST_INSTANCE, OptionKind.GO_TO_COURT]
    court_2019 = option(in_2019, OptionKind.GO_TO_COURT)
    assert versions(court_2019.basis) == ["court@2018", "no_superior@2018"]
    assert cites(court_2019.basis[1], LAW_221, "art. 12")
    assert (court_2019.time_limit, court_2019.act_by) == (None, None)
    # The last day of the 2018 regime and the first of the APPC's.
    assert rule_version("no_superior", dt.date(2021, 6, 30)).version == "no_superior@2018"
    assert rule_version("no_superior", APPC_IN_FORCE).version == "no_superior@appc"


def test_six_months_when_the_act_gave_no_appeal_information() -> None:
    """APPC art. 92(1-1): if the administrative act (or its annex) does not state how it can be
    appealed (art. 80(5)), the complaint may be lodged within six months of the day the applicant
    learned of the act. Added by Law No. 241-VIII of 17.12.2025, in force ten calendar days after its
    first publication, whose date was not found: the version starts on the earliest possible day,
    28 December 2025, and is unconfirmed. Before it, and whenever the act did tell, three months."""
    def first(learned: dt.date, informed: bool | None) -> Option:
        e = escalation_options(Stage.BEFORE_FILING, on=learned, learned_on=learned, appeal_information_given=informed)
        return option(e, OptionKind.COMPLAIN_FIRST_INSTANCE)

    before, after = dt.date(2025, 12, 27), dt.date(2025, 12, 29)
    assert rule_version("lodging_limit.no_appeal_information", before).term is None
    six = rule_version("lodging_limit.no_appeal_information", dt.date(2025, 12, 28))
    assert (six.version, six.term) == ("lodging_limit.no_appeal_information@2025-12", Term(6, Unit.MONTHS))
    assert not six.confirmed
    assert cites(six, APPC, "art. 92(1-1)")
    # The day before the earliest start: three months even without appeal information.
    assert (first(before, False).time_limit, first(before, False).act_by) == (_3M, dt.date(2026, 3, 27))
    # From 28 December 2025: six months without it (29 June 2026 is a Monday), three with it or unknown.
    no_info = first(after, False)
    assert (no_info.time_limit, no_info.act_by) == (Term(6, Unit.MONTHS), dt.date(2026, 6, 29))
    assert "lodging_limit.no_appeal_information@2025-12" in versions(no_info.basis)
    assert "six months" in no_info.explanation
    for informed in (True, None):
        assert first(after, informed).time_limit == _3M
        assert "lodging_limit.no_appeal_information@2025-12" not in versions(first(after, informed).basis)
    # The quality body's complaint takes the same limit.
    quality = escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2026, 2, 2), learned_on=after,
                                 registered_on=dt.date(2026, 1, 12), answered_on=dt.date(2026, 1, 16),
                                 appeal_information_given=False)
    assert option(quality, OptionKind.COMPLAIN_QUALITY_AUTHORITY).time_limit == Term(6, Unit.MONTHS)
    # The input is a yes, a no, or unknown (None), nothing else.
    with pytest.raises(InvalidInputError) as caught:
        escalation_options(Stage.BEFORE_FILING, on=after, appeal_information_given="no")  # type: ignore[arg-type]
    assert (caught.value.problems[0].path, caught.value.problems[0].accepted) == (
        "appeal_information_given", "True, False or None")
    with pytest.raises(InvalidInputError) as caught:
        Complaint(Respondent.SERVICE_PROVIDER, AppealedAct.DECISION, Channel.POST, after,
                  appeal_information_given=0)  # type: ignore[arg-type]
    assert caught.value.problems[0].path == "appeal_information_given"
    # assess() passes it on for a complaint about a decision (an administrative act), not an action.
    for appealed, limit in ((AppealedAct.DECISION, Term(6, Unit.MONTHS)), (AppealedAct.ACTION, _3M)):
        complaint = Complaint(Respondent.SERVICE_PROVIDER, appealed, Channel.POST, after, learned_on=after,
                              appeal_information_given=False)
        assert option(assess(complaint).escalation, OptionKind.COMPLAIN_FIRST_INSTANCE).time_limit == limit
    # ... and once the complaint is registered: its first review ran out on 19 January 2026, so on
    # 2 February the quality body's complaint is open, with the six months of art. 92(1-1).
    registered = Complaint(Respondent.SERVICE_PROVIDER, AppealedAct.DECISION, Channel.POST, dt.date(2026, 1, 12),
                           learned_on=dt.date(2026, 1, 12), appeal_information_given=False)
    overdue = assess(registered, registration=Registration(dt.date(2026, 1, 12)), on=dt.date(2026, 2, 2))
    assert overdue.escalation.stage is Stage.FIRST_INSTANCE_OVERDUE
    assert option(overdue.escalation, OptionKind.COMPLAIN_QUALITY_AUTHORITY).time_limit == Term(6, Unit.MONTHS)


def test_quality_authority_name_on_date() -> None:
    """The authorised quality body: the Agency for Civil Service Affairs and Anti-Corruption (Decree
    No. 328 of 13.09.2016) until the Agency for Civil Service Affairs was formed by Decree No. 74 of
    22.07.2019, in force on signing (research/legal.md, Q4)."""
    assert quality_authority_name(COVERAGE_START) == ACSAAC
    assert quality_authority_name(dt.date(2019, 7, 21)) == ACSAAC
    assert quality_authority_name(dt.date(2019, 7, 22)) == ACSA
    assert quality_authority_name(dt.date(2025, 2, 3)) == ACSA
    decree_74 = rule_version("quality_authority.name", dt.date(2019, 7, 22))
    assert decree_74.effective_from == dt.date(2019, 7, 22)
    assert any("No. 74 of 22.07.2019" in s.act for s in decree_74.sources)
    # 21 July 2019, 20:00 UTC was already 22 July in Almaty (UTC+6 then).
    assert quality_authority_name(dt.datetime(2019, 7, 21, 20, 0, tzinfo=dt.UTC)) == ACSA
    with pytest.raises(OutsideCoverageError):
        quality_authority_name(dt.date(2017, 12, 31))
    # The escalation names the body in its label.
    assert option(answered(CASE_2019), OptionKind.COMPLAIN_QUALITY_AUTHORITY).label == f"Complain to the {ACSAAC}"
    assert option(answered(CASE_2025), OptionKind.COMPLAIN_QUALITY_AUTHORITY).label == f"Complain to the {ACSA}"


def test_quality_authority_label_names_the_body_existing_on_the_day() -> None:
    """Decree No. 74 of 22.07.2019 replaced the Agency for Civil Service Affairs and Anti-Corruption
    on signing. An applicant who, on 29 July 2019, disagrees with an answer to a complaint registered
    on 15 July must be sent to the Agency for Civil Service Affairs, which then existed, not to the
    abolished Agency."""
    escalation = escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2019, 7, 29),
                                    registered_on=dt.date(2019, 7, 15), answered_on=dt.date(2019, 7, 19))
    label = option(escalation, OptionKind.COMPLAIN_QUALITY_AUTHORITY).label
    assert label == f"Complain to the {ACSA}"


# --- the same complaint under each regime --------------------------------------------------------


def test_same_complaint_in_2019_and_2025_differs_only_where_the_law_changed() -> None:
    """The same complaint, answered and disputed, in 2019 (2018 standard) and in 2025 (APPC): the
    forwarding step, the lodging and court limits and the deemed refusal appear only in 2025; the
    addressees, the 5/15 working-day terms and the quality body as next step stay the same, and
    every answer names the rule version and source it applied."""
    old, new = answered(CASE_2019), answered(CASE_2025)
    assert (old.regime, new.regime) == ("2018", "appc")
    assert (old.rules_on, new.rules_on) == (CASE_2019.registered, CASE_2025.registered)
    assert [o.kind for o in old.options] == [o.kind for o in new.options] == [
        OptionKind.COMPLAIN_QUALITY_AUTHORITY, OptionKind.GO_TO_COURT,
    ]

    # Unchanged rules: the same version (and so the same sources) in both years.
    for rule_id in ("scope", "quality_authority"):
        assert applied(old, rule_id) == applied(new, rule_id)
        assert applied(old, rule_id).version == f"{rule_id}@all"
    old_q, new_q = (option(e, OptionKind.COMPLAIN_QUALITY_AUTHORITY) for e in (old, new))
    assert old_q.review_term == new_q.review_term == Term(15, Unit.WORKING_DAYS)
    assert old_q.bodies == new_q.bodies == (BodyKind.QUALITY_AUTHORITY,)

    # Changed rules: each names its own version and source.
    assert applied(old, "review_term.quality_authority").version == "review_term.quality_authority@2018"
    assert applied(new, "review_term.quality_authority").version == "review_term.quality_authority@appc"
    assert (old_q.lodge_through, old_q.forwarding_term) == (None, None)
    assert (new_q.lodge_through, new_q.forwarding_term) == (BodyKind.SERVICE_PROVIDER, _3WD)
    old_court, new_court = (option(e, OptionKind.GO_TO_COURT) for e in (old, new))
    assert (old_court.time_limit, old_court.act_by) == (None, None)
    assert applied(old, "court").version == "court@2018"
    # Court within one month of receiving the decision (Fri 7 Feb 2025 -> Fri 7 March 2025).
    assert (new_court.time_limit, new_court.act_by) == (_1M, dt.date(2025, 3, 7))
    assert applied(new, "court").version == "court@appc"
    assert cites(applied(new, "court"), APPC, "art. 136(1), (6)")
    for escalation in (old, new):
        for version in escalation.rules_applied:
            assert version.sources, version.version
            assert version.in_force_on(escalation.rules_on)


@pytest.mark.parametrize(
    ("case", "term_version"),
    [(CASE_2019, "review_term.first_instance@2018"), (CASE_2025, "review_term.first_instance@appc")],
)
def test_review_deadline_and_addressees_name_their_version(case: Case, term_version: str) -> None:
    """review_deadline names the review-term version (seed clause 7 in 2019; Law No. 88-V art. 25(2)
    and APPC art. 99 in 2025), with the same 5 working days; the addressees did not change, and
    check_addressee names the same version (seed clause 2) in both years."""
    deadline = review_deadline(case.registered, BodyKind.SERVICE_PROVIDER)
    assert deadline.rule_version == term_version
    assert deadline.term == Term(5, Unit.WORKING_DAYS)
    assert deadline.due == case.due
    assert deadline.basis[0].cite() in deadline.explain()
    if term_version.endswith("@2018"):
        assert any(s.act == SEED and s.provision == "clause 7" for s in deadline.basis[0].sources)
    else:
        assert cites(deadline.basis[0], LAW_88, "art. 25")
        assert cites(deadline.basis[0], APPC, "art. 99")
    assert f"counting.day_one@{term_version.rsplit('@', 1)[1]}" in versions(deadline.basis)

    who = Respondent.PROVIDER_OFFICIAL
    assert addressees(who, rules_on=case.registered) == (BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY)
    check = check_addressee(who, BodyKind.MINISTRY, rules_on=case.registered)
    assert check.valid
    assert check.basis == (rule_version("addressee.provider", dt.date(2019, 4, 1)),)
    assert check.basis[0].cite() in check.reason


# --- the versions of every rule ------------------------------------------------------------------


def _spans(r: Rule) -> list[RuleVersion]:
    return sorted(r.versions, key=lambda v: v.effective_from)


@pytest.mark.parametrize("r", RULES, ids=[r.id for r in RULES])
def test_versions_tile_the_coverage_without_gaps_or_overlaps(r: Rule) -> None:
    """For every rule, exactly one version applies on each day from COVERAGE_START to 2030-12-31.

    Checked at the version boundaries: the versions, in order, follow each other day after day, the
    first starts by COVERAGE_START and the last runs past 2030; then each boundary day (and its
    neighbours) has exactly one version in force, the one rule_version returns."""
    spans = _spans(r)
    assert all(v.rule_id == r.id for v in spans)
    assert len({v.version for v in spans}) == len(spans), "two versions share an identifier"
    for v in spans:
        assert v.effective_to is None or v.effective_from <= v.effective_to, v.version
    for a, b in pairwise(spans):
        assert a.effective_to is not None, f"{a.version} never ends but {b.version} follows it"
        assert b.effective_from == a.effective_to + dt.timedelta(days=1), (a.version, b.version)
    assert spans[0].effective_from <= COVERAGE_START
    assert spans[-1].effective_to is None or spans[-1].effective_to >= COVERAGE_END
    boundaries = {COVERAGE_START, COVERAGE_END}
    for v in spans:
        for edge in (v.effective_from, v.effective_to):
            if edge is not None:
                boundaries |= {edge - dt.timedelta(days=1), edge, edge + dt.timedelta(days=1)}
    for day in sorted(d for d in boundaries if COVERAGE_START <= d <= COVERAGE_END):
        in_force = [v for v in r.versions if v.in_force_on(day)]
        assert len(in_force) == 1, (day, versions(tuple(in_force)))
        assert rule_version(r.id, day) is in_force[0]


def test_inferred_sources_are_not_marked_confirmed() -> None:
    """A source is confirmed only when the rule was read in the act; when the library infers it, it
    is not confirmed and the note says how (:class:`appeal_rules.sources.Source`). So a source whose note
    says it is applied by inference, or an APPC provision cited for a version that ended before the
    APPC came into force (1 July 2021), is never marked confirmed, and a version resting only on
    such a source reports confirmed=False."""
    wrong = [
        f"{v.version}: {s.cite()} ({s.note})"
        for r in RULES for v in r.versions for s in v.sources
        if s.confirmed and ("infer" in s.note.lower()
                            or (s.act == APPC and v.effective_to is not None and v.effective_to < APPC_IN_FORCE))
    ]
    assert wrong == []
    # Its own summary says the 2018 version is "not confirmed for this regime".
    assert rule_version("registration.next_working_day", dt.date(2019, 4, 1)).confirmed is False


@given(st.sampled_from(RULES), rule_dates())
def test_exactly_one_version_on_any_covered_day(r: Rule, day: dt.date) -> None:
    """Any rule, any day in coverage: exactly one version is in force, and rule_version returns it."""
    in_force = [v for v in r.versions if v.in_force_on(day)]
    assert len(in_force) == 1
    found = rule_version(r.id, day)
    assert found is in_force[0]
    assert found.sources
    assert rule(r.id).versions == r.versions


@given(st.sampled_from(RULES), st.dates(max_value=COVERAGE_START - dt.timedelta(days=1)))
def test_dates_before_coverage_are_refused(r: Rule, day: dt.date) -> None:
    """Dates before COVERAGE_START are refused: the library encodes no earlier rules."""
    with pytest.raises(OutsideCoverageError) as caught:
        rule_version(r.id, day)
    problem = caught.value.problems[0]
    assert problem.path == "rules_on"
    assert COVERAGE_START.isoformat() in problem.accepted


def test_public_functions_refuse_dates_before_coverage() -> None:
    """Every function that reads the rules refuses 31 December 2017 (before COVERAGE_START)."""
    day = COVERAGE_START - dt.timedelta(days=1)
    who = Respondent.SERVICE_PROVIDER
    calls: list[Callable[[], object]] = [
        lambda: addressees(who, rules_on=day),
        lambda: check_addressee(who, BodyKind.MINISTRY, rules_on=day),
        lambda: acceptance_proof(BodyKind.MINISTRY, Channel.POST, rules_on=day),
        lambda: answer_delivery(BodyKind.MINISTRY, Channel.POST, rules_on=day),
        lambda: review_deadline(dt.date(2018, 1, 3), BodyKind.MINISTRY, rules_on=day),
        lambda: escalation_options(Stage.BEFORE_FILING, on=day),
        lambda: quality_authority_name(day),
    ]
    for call in calls:
        with pytest.raises(OutsideCoverageError):
            call()


# --- Law No. 291-VIII (12 July 2026) -------------------------------------------------------------


def test_law_291_viii_version_is_reported_unconfirmed() -> None:
    """Law No. 291-VIII of 19.05.2026 amends Law No. 88-V art. 25(2), first paragraph (the 5 working
    days), from 12 July 2026; its wording was not read (research/amendments.md, Q1), so the version
    in force from that day keeps 5 working days and says it is not confirmed. The 15 working days
    at the quality body (art. 25(2), second paragraph) are not flagged by that law."""
    assert dt.date(2026, 7, 12) == LAW_291_VIII_IN_FORCE
    amended = rule_version("review_term.first_instance", LAW_291_VIII_IN_FORCE)
    assert amended.version == "review_term.first_instance@2026-07"
    assert amended.confirmed is False
    assert amended.term == Term(5, Unit.WORKING_DAYS)
    assert any("291-VIII" in s.provision and not s.confirmed for s in amended.sources)
    before = rule_version("review_term.first_instance", LAW_291_VIII_IN_FORCE - dt.timedelta(days=1))
    assert before.version == "review_term.first_instance@appc"
    assert before.confirmed is True

    # Registered Mon 13 July 2026: due Mon 20 July, reported as resting on the unconfirmed version.
    deadline = review_deadline(dt.date(2026, 7, 13), BodyKind.MINISTRY)
    assert deadline.rule_version == "review_term.first_instance@2026-07"
    assert deadline.confirmed is False
    assert deadline.due == dt.date(2026, 7, 20)
    assert "Rules: unconfirmed: review_term.first_instance@2026-07" in deadline.explain()
    assert "291-VIII" in deadline.explain()
    # Registered Fri 10 July, before the amendment: the APPC-era version, confirmed.
    assert review_deadline(dt.date(2026, 7, 10), BodyKind.MINISTRY).confirmed is True
    quality = review_deadline(dt.date(2026, 7, 13), BodyKind.QUALITY_AUTHORITY)
    assert quality.rule_version == "review_term.quality_authority@appc"
    assert quality.confirmed is True

    waiting = escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2026, 7, 14),
                                 registered_on=dt.date(2026, 7, 13))
    term = applied(waiting, "review_term.first_instance")
    assert term.version == "review_term.first_instance@2026-07"
    assert term.confirmed is False
    assert waiting.waiting_until == dt.date(2026, 7, 20)
