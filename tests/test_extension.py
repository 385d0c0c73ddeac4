# ruff: noqa: RUF002 - the act is quoted in its Russian text on purpose
"""Extending a review term: Law No. 88-V "On State Services" art. 25(4).

The current wording (read in the adilet mirror, derived/chunks/gosuslugi.jsonl): the review term of
the quality body, of central state bodies, of local executive bodies and of akims "продлевается не
более чем на десять рабочих дней" when an additional study or check (including on site) or more
information is needed; the official "в течение трех рабочих дней с момента продления срока" tells
the applicant of the extension, with its reasons. When this wording came into force was not found:
the library applies it wherever the caller reports an extension, as confirmed from 1 January 2026
and as unconfirmed before.

Dates: February 2026 and February 2025 have no holidays; Monday 2 February 2026 + 15 working days
is Monday 23 February, Monday 3 February 2025 + 15 is Monday 24 February (2025 calendar:
https://pobipb.kz/kalendar-vyxodnyx-i-prazdnichnyx-dnej-na-2025-god).
"""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import (
    AppealedAct,
    Assessment,
    BodyKind,
    Channel,
    Complaint,
    Extension,
    InvalidInputError,
    Registration,
    Respondent,
    Stage,
    assess,
    escalation_options,
    review_deadline,
    rule_version,
)
from appeal_rules.procedure import OptionKind
from appeal_rules.rules import EXTENSION_TEXT_CONFIRMED_FROM, Term, Unit

Q = BodyKind.QUALITY_AUTHORITY
REGISTERED_2026 = dt.date(2026, 2, 2)  # Monday; 15 working days end Monday 23 February
REGISTERED_2025 = dt.date(2025, 2, 3)  # Monday; 15 working days end Monday 24 February


def five_days_told_in_time(year: int = 2026) -> Extension:
    """5 working days decided on Wednesday 18 February, the applicant told on Friday the 20th."""
    return Extension(5, dt.date(year, 2, 20), Q, decided_on=dt.date(year, 2, 18))


def test_an_extension_moves_the_deadline_and_the_court_month() -> None:
    """Art. 25(4): the term is extended by the working days granted (here 5): the quality body has
    until Monday 2 March 2026, not 23 February. No refusal is deemed before then, so the pending stage
    waits until 2 March, and the court month (APPC art. 136(6), from the deemed refusal) runs from
    2 March to Thursday 2 April. Both stages say how the term was extended."""
    plain = review_deadline(REGISTERED_2026, Q)
    extended = review_deadline(REGISTERED_2026, Q, extension=five_days_told_in_time())
    assert plain.due == dt.date(2026, 2, 23)
    assert extended.due == dt.date(2026, 3, 2)
    assert extended.term == Term(20, Unit.WORKING_DAYS)
    assert extended.counted[-5:] == (dt.date(2026, 2, 24), dt.date(2026, 2, 25), dt.date(2026, 2, 26),
                                     dt.date(2026, 2, 27), dt.date(2026, 3, 2))
    check = extended.extension
    assert check is not None
    assert (check.applied_days, check.lawful, check.findings) == (5, True, ())
    assert check.notice_due == dt.date(2026, 2, 23)  # 3 working days after Wednesday 18 February
    assert [v.version for v in extended.basis][-2:] == ["review_term.extension@2026",
                                                       "review_term.extension_notice@2026"]
    assert "Extension: 5 working days by the quality authority" in extended.explain()

    waiting = escalation_options(Stage.QUALITY_PENDING, on=dt.date(2026, 2, 25), registered_on=REGISTERED_2026,
                                 extension=five_days_told_in_time())
    assert waiting.waiting_until == dt.date(2026, 3, 2)
    assert "Extension: 5 working days" in waiting.note
    with pytest.raises(InvalidInputError) as caught:  # not yet overdue on 25 February
        escalation_options(Stage.QUALITY_OVERDUE, on=dt.date(2026, 2, 25), registered_on=REGISTERED_2026,
                           extension=five_days_told_in_time())
    assert caught.value.problems[0].path == "stage"
    overdue = escalation_options(Stage.QUALITY_OVERDUE, on=dt.date(2026, 3, 3), registered_on=REGISTERED_2026,
                                 extension=five_days_told_in_time())
    court = [o for o in overdue.options if o.kind is OptionKind.GO_TO_COURT]
    assert [o.act_by for o in court] == [dt.date(2026, 4, 2)]
    assert overdue.note.startswith("Extension: 5 working days by the quality authority, the applicant told")
    assert "review_term.extension@2026" in [v.version for v in overdue.rules_applied]


def test_the_extension_text_is_confirmed_from_2026_and_applied_unconfirmed_before() -> None:
    """When art. 25(4) came into force was not found: on 31 December 2025 the library applies the
    current wording with the source marked unconfirmed, from 1 January 2026 as read. The days are the
    same on both sides: 5 working days after Monday 24 February 2025 is Monday 3 March 2025."""
    last_unconfirmed = EXTENSION_TEXT_CONFIRMED_FROM - dt.timedelta(days=1)
    assert rule_version("review_term.extension", last_unconfirmed).version == "review_term.extension@before-2026"
    assert not rule_version("review_term.extension", last_unconfirmed).confirmed
    assert rule_version("review_term.extension", EXTENSION_TEXT_CONFIRMED_FROM).confirmed
    for rule_id in ("review_term.extension", "review_term.extension_notice"):
        for day in (last_unconfirmed, EXTENSION_TEXT_CONFIRMED_FROM):
            assert rule_version(rule_id, day).term is not None
    in_2025 = review_deadline(REGISTERED_2025, Q, extension=five_days_told_in_time(2025))
    assert in_2025.due == dt.date(2025, 3, 3)
    assert not in_2025.confirmed
    assert "when it came into force was not found" in in_2025.explain()
    assert review_deadline(REGISTERED_2026, Q, extension=five_days_told_in_time()).confirmed


def test_a_notice_later_than_three_working_days_is_reported() -> None:
    """Art. 25(4), second paragraph: the applicant is told within three working days of the extension.
    Told on Tuesday 24 February of an extension decided on Wednesday the 18th is late (the last day was
    Monday the 23rd): reported with the rule; the extension is still counted, since the text does not
    say a late notice undoes it. Without the decision date, the latest day the term could still be
    extended (its last day, 23 February) is the start: told on Friday 27 February is late (26th)."""
    late = review_deadline(REGISTERED_2026, Q, extension=Extension(5, dt.date(2026, 2, 24), Q,
                                                                   decided_on=dt.date(2026, 2, 18)))
    assert late.due == dt.date(2026, 3, 2)
    assert late.extension is not None
    assert not late.extension.lawful
    [finding] = late.extension.findings
    assert "told on 2026-02-24, later than 3 working days after the extension on 2026-02-18" in finding
    assert "art. 25(4), second paragraph" in finding
    assert f"Extension not as the law allows: {finding}" in late.explain()
    undated = review_deadline(REGISTERED_2026, Q, extension=Extension(5, dt.date(2026, 2, 26), Q))
    assert undated.extension is not None
    assert undated.extension.lawful
    assert undated.extension.notice_due == dt.date(2026, 2, 26)
    undated_late = review_deadline(REGISTERED_2026, Q, extension=Extension(5, dt.date(2026, 2, 27), Q))
    assert undated_late.extension is not None
    assert "the end of the unextended term on 2026-02-23" in undated_late.extension.findings[0]


def test_an_extension_longer_than_ten_working_days_counts_ten() -> None:
    """Art. 25(4): "не более чем на десять рабочих дней". Twelve granted: reported, and ten counted:
    23 February + 10 working days is Tuesday 10 March 2026 (Sunday 8 March, International Women's
    Day, is carried over to Monday the 9th). Ten, the most allowed, are counted as they are, with
    nothing to report."""
    ten = review_deadline(REGISTERED_2026, Q, extension=Extension(10, dt.date(2026, 2, 20), Q,
                                                                  decided_on=dt.date(2026, 2, 18)))
    assert ten.extension is not None
    assert (ten.extension.applied_days, ten.extension.findings, ten.due) == (10, (), dt.date(2026, 3, 10))
    long = review_deadline(REGISTERED_2026, Q, extension=Extension(12, dt.date(2026, 2, 20), Q,
                                                                   decided_on=dt.date(2026, 2, 18)))
    assert long.extension is not None
    assert long.extension.applied_days == 10
    assert long.due == dt.date(2026, 3, 10)
    assert "12 working days granted, but the term may be extended by at most 10" in long.extension.findings[0]


@pytest.mark.parametrize(
    ("reviewer", "body", "why"),
    [
        (BodyKind.STATE_CORPORATION, BodyKind.STATE_CORPORATION, "the State Corporation is not among the bodies"),
        (Q, BodyKind.MINISTRY, "is not the body reviewing this complaint"),
        (BodyKind.SERVICE_PROVIDER, Q, "is not the body reviewing this complaint"),
    ],
)
def test_an_extension_by_a_body_that_may_not_extend_is_not_counted(
    reviewer: BodyKind, body: BodyKind, why: str
) -> None:
    """Art. 25(4) names the bodies that may extend: the quality body, central state bodies, local
    executive bodies and akims; the State Corporation is not among them, and a body extends only its
    own review term. Such an extension is reported and the term stays as it was."""
    plain = review_deadline(REGISTERED_2026, reviewer)
    d = review_deadline(REGISTERED_2026, reviewer, extension=Extension(5, dt.date(2026, 2, 3), body))
    assert d.due == plain.due
    assert d.extension is not None
    assert d.extension.applied_days == 0
    assert why in d.extension.findings[0]


def test_a_ministry_or_a_provider_may_extend_the_first_review() -> None:
    """A central state body (the ministry) may extend the 5 working days; a provider may if it is a
    local executive body or an akim, which the inputs cannot tell, so its extension is counted on the
    caller's word. 5 working days from Monday 2 February 2026 end Monday 9 February; 3 more, Thursday
    the 12th."""
    for body in (BodyKind.MINISTRY, BodyKind.SERVICE_PROVIDER):
        d = review_deadline(REGISTERED_2026, BodyKind.MINISTRY,
                            extension=Extension(3, dt.date(2026, 2, 9), body, decided_on=dt.date(2026, 2, 6)))
        assert d.due == dt.date(2026, 2, 12)
        assert d.extension is not None
        assert d.extension.lawful


def test_an_extension_decided_after_the_term_ran_out_is_not_counted() -> None:
    """An extension lengthens a running term; one decided on 24 February 2026, after the 15 working
    days ran out on the 23rd, extends nothing (an inference from the text, said in the finding). One
    decided on the 23rd, the term's last day, extends the running term: 5 more working days end on
    Monday 2 March."""
    d = review_deadline(REGISTERED_2026, Q, extension=Extension(5, dt.date(2026, 2, 24), Q,
                                                                decided_on=dt.date(2026, 2, 24)))
    assert d.due == dt.date(2026, 2, 23)
    assert d.extension is not None
    assert "after the term had run out on 2026-02-23" in d.extension.findings[0]
    last_day = review_deadline(REGISTERED_2026, Q, extension=Extension(5, dt.date(2026, 2, 24), Q,
                                                                       decided_on=dt.date(2026, 2, 23)))
    assert last_day.extension is not None
    assert (last_day.extension.applied_days, last_day.extension.findings) == (5, ())
    assert last_day.due == dt.date(2026, 3, 2)


def test_assess_follows_the_extended_term() -> None:
    """assess() passes the extension to the deadline and to the escalation: on 25 February 2026 a
    complaint at the ministry, extended by 5 working days, is still pending."""
    complaint = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2026, 2, 16))
    registration = Registration(dt.date(2026, 2, 16), BodyKind.MINISTRY)
    extension = Extension(5, dt.date(2026, 2, 20), BodyKind.MINISTRY, decided_on=dt.date(2026, 2, 19))
    a: Assessment = assess(complaint, registration=registration, on=dt.date(2026, 2, 25), extension=extension)
    assert a.deadline is not None
    assert (a.deadline.due, a.escalation.stage) == (dt.date(2026, 3, 2), Stage.FIRST_INSTANCE_PENDING)
    assert a.escalation.waiting_until == dt.date(2026, 3, 2)
    assert "Extension: 5 working days by the ministry" in a.explain()


def test_extension_inputs_are_checked() -> None:
    """An Extension needs at least one working day, a date for the notice, a body that reviews
    complaints and a decision no later than the notice; an extension makes sense only while a term
    runs, and only for a registered complaint. Every problem is reported at once."""
    with pytest.raises(InvalidInputError) as caught:
        Extension(0, "soon", BodyKind.COURT, decided_on=dt.date(2026, 1, 1))
    assert [p.path for p in caught.value.problems] == ["working_days", "notified_on", "body"]
    with pytest.raises(InvalidInputError) as caught:
        Extension(3, dt.date(2026, 1, 1), Q, decided_on=dt.date(2026, 1, 2))
    assert (caught.value.problems[0].path, caught.value.problems[0].accepted) == (
        "decided_on", "a date on or before notified_on")
    with pytest.raises(InvalidInputError) as caught:
        review_deadline(REGISTERED_2026, Q, extension=5)  # type: ignore[arg-type]
    assert (caught.value.problems[0].path, caught.value.problems[0].accepted) == ("extension", "an Extension or None")
    with pytest.raises(InvalidInputError) as caught:
        escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2026, 3, 3), answered_on=dt.date(2026, 3, 2),
                           extension=five_days_told_in_time())
    assert (caught.value.problems[0].path, caught.value.problems[0].accepted) == (
        "extension", "an extension only at a pending or overdue stage")
    with pytest.raises(InvalidInputError) as caught:
        escalation_options(Stage.QUALITY_PENDING, on=dt.date(2026, 2, 3), registered_on=REGISTERED_2026,
                           extension="5 days")  # type: ignore[arg-type]
    assert caught.value.problems[0].path == "extension"
    complaint = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2026, 2, 16))
    with pytest.raises(InvalidInputError) as caught:
        assess(complaint, extension=five_days_told_in_time())
    assert (caught.value.problems[0].path, caught.value.problems[0].accepted) == (
        "extension", "an extension together with a registration")
    with pytest.raises(InvalidInputError) as caught:
        assess(complaint, extension=[])  # type: ignore[arg-type]
    assert caught.value.problems[0].path == "extension"
