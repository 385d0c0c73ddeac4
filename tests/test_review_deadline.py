"""The review deadline: counted from the registration, repeated questions, and the rules date.

Law "On State Services" No. 88-V art. 25 and APPC art. 99 (before 1 July 2021, clauses 7 and 9 of
the 2018 standard): a complaint to the provider, the ministry or the State Corporation is reviewed
within 5 working days of its registration, one to the quality authority within 15. The rules are read on
``rules_on``; the days are counted on the calendar given.
"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import appeal_rules
import appeal_rules.errors
from appeal_rules import BodyKind, ProvisionalPolicy, WorkingCalendar
from appeal_rules.deadlines import Convention
from appeal_rules.errors import ProvisionalResultWarning
from appeal_rules.model import Respondent
from appeal_rules.procedure import RowAnswers, addressees
from appeal_rules.rules import CHANGE_DATES
from appeal_rules.testing import calendar_dates


def test_a_repeated_question_on_one_calendar_gets_the_same_answer() -> None:
    """A repeated question on the same calendar gets an equal answer: 5 working days from
    Monday 3 March 2025 end on 11 March (8 March falls on a Saturday and is carried over to Monday 10 March).
    """
    cal = WorkingCalendar(2024, 2026)
    first = appeal_rules.review_deadline(dt.date(2025, 3, 3), appeal_rules.BodyKind.MINISTRY, calendar=cal)
    again = appeal_rules.review_deadline(dt.date(2025, 3, 3), appeal_rules.BodyKind.MINISTRY, calendar=cal)
    assert first == again
    assert first.due == dt.date(2025, 3, 11)  # 8 March, International Women's Day, is a Saturday: carried to 10


def test_a_repeated_provisional_question_still_warns_or_raises() -> None:
    """A repeated provisional question is marked each time, and warn and raise apply each time."""
    cal = WorkingCalendar(2026, 2027)
    day = dt.date(2026, 12, 28)
    first = appeal_rules.review_deadline(day, BodyKind.MINISTRY, calendar=cal)
    assert first.provisional
    with pytest.raises(appeal_rules.errors.ProvisionalResultError):
        appeal_rules.review_deadline(day, BodyKind.MINISTRY, calendar=cal, on_provisional=ProvisionalPolicy.RAISE)
    with pytest.warns(ProvisionalResultWarning, match="^provisional result: 2027-01-01 is past"):
        appeal_rules.review_deadline(day, BodyKind.MINISTRY, calendar=cal, on_provisional=ProvisionalPolicy.WARN)
    confirmed = dt.date(2026, 3, 3)
    appeal_rules.review_deadline(confirmed, BodyKind.MINISTRY, calendar=cal)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = appeal_rules.review_deadline(confirmed, BodyKind.MINISTRY, calendar=cal,
                                             on_provisional=ProvisionalPolicy.WARN)
    assert not again.provisional


@pytest.mark.parametrize(("rules_on", "error"), [
    ("2025-01-01", appeal_rules.errors.InputTypeError),
    (dt.datetime(2025, 1, 1), appeal_rules.InvalidInputError),  # naive on purpose: its day is unknown
])
def test_a_bad_rules_on_is_refused_under_its_own_name(rules_on: object, error: type[Exception]) -> None:
    """Only ``rules_on`` wrong: it is reported under its own name (not as ``on``)."""
    with pytest.raises(appeal_rules.InvalidInputError) as caught:
        appeal_rules.review_deadline(dt.date(2025, 3, 3), appeal_rules.BodyKind.SERVICE_PROVIDER,
                                     rules_on=rules_on)  # type: ignore[arg-type]
    assert type(caught.value) is error
    assert [p.path for p in caught.value.problems] == ["rules_on"]
    assert "2025-01-01" in caught.value.problems[0].message


def test_the_days_of_a_review_deadline_are_those_of_its_period() -> None:
    """Law No. 88-V art. 25: 5 working days from Tuesday 31 December 2024 end on Friday 10 January
    2025; the days counted and skipped are those of the period counted, whichever calendar of the same
    data counted it, and the answer equals the one given with every option spelled out."""
    plain = appeal_rules.review_deadline(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER)
    spelled = appeal_rules.review_deadline(
        dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER, calendar=WorkingCalendar(), rules_on=dt.date(2024, 12, 31),
        on_provisional=ProvisionalPolicy.MARK)
    assert plain == spelled
    assert hash(plain) == hash(spelled)
    assert plain.period == spelled.period
    assert plain.counted == plain.period.counted
    assert plain.skipped == plain.period.skipped
    assert (plain.due, plain.term, len(plain.counted)) == (dt.date(2025, 1, 10), plain.period.term, 5)
    assert plain != appeal_rules.review_deadline(dt.date(2024, 12, 31), BodyKind.MINISTRY)


@pytest.mark.parametrize("day", [dt.date(2017, 12, 31), dt.date(2031, 1, 5), dt.date(2030, 12, 28)])
def test_the_common_call_refuses_as_the_checked_one_does(day: dt.date) -> None:
    """The unchecked path for the common call (a plain date, default options) gives the same refusal,
    under the same argument name, as the checked path: a registration before the rules the library
    encodes is named registered_on, the argument the rules date defaults to, not rules_on."""
    def refusal(**options: object) -> tuple[type[BaseException], list[tuple[str, str]]]:
        with pytest.raises(appeal_rules.AppealRulesError) as caught:
            appeal_rules.review_deadline(day, BodyKind.QUALITY_AUTHORITY, **options)  # type: ignore[arg-type]
        return type(caught.value), [(p.path, p.accepted) for p in caught.value.problems]  # type: ignore[attr-defined]

    assert refusal() == refusal(calendar=appeal_rules.calendar.default_calendar())
    if day.year == 2017:
        assert refusal()[1][0][0] == "registered_on"


# --- many registrations at once ------------------------------------------------------------------

_NEAR_CHANGES = st.sampled_from([d + dt.timedelta(days=k) for d in CHANGE_DATES[1:] for k in (-3, -1, 0, 1, 2)])
_REVIEWERS = st.sampled_from([BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION,
                              BodyKind.QUALITY_AUTHORITY])


@given(st.lists(st.tuples(st.one_of(calendar_dates(), _NEAR_CHANGES), _REVIEWERS,
                          st.one_of(st.none(), calendar_dates(), _NEAR_CHANGES),
                          st.sampled_from([None, Convention.NEXT_DAY, Convention.SAME_DAY]),
                          st.sampled_from(list(Respondent))), min_size=1, max_size=30))
def test_many_registrations_answered_together_get_the_answers_each_gets_alone(
    rows: list[tuple[dt.date, BodyKind, dt.date | None, Convention | None, Respondent]],
) -> None:
    """RowAnswers asks the rules once per group of rows under the same rules (reviewer, convention,
    span between two changes of the rules, working day or not) and counts the others on the index:
    each row still gets review_deadline's due date, provisional reasons, term, rule version, basis and
    confirmed flag, and addressees' bodies, or its refusal. Registrations on days off move to the next
    working day from 1 July 2021 (APPC art. 64(3)), and not before."""
    answers = RowAnswers(appeal_rules.calendar.default_calendar())
    for registered, who, rules_on, convention, respondent in rows:
        day = rules_on or registered
        refusal: appeal_rules.InvalidInputError | None
        try:
            alone = appeal_rules.review_deadline(registered, who, rules_on=day, convention=convention)
        except appeal_rules.InvalidInputError as refused:
            refusal = refused
        else:
            refusal = None
        if refusal is not None:
            with pytest.raises(type(refusal)) as caught:
                answers.review(registered, who, day, convention)
            assert caught.value.problems == refusal.problems
            continue
        due, reasons, rules = answers.review(registered, who, day, convention)
        assert (due, reasons) == (alone.due, alone.provisional_reasons)
        assert (rules.term, rules.rule_version, rules.confirmed) == (alone.term, alone.rule_version, alone.confirmed)
        assert rules.basis == alone.basis
        if alone.registration_moved_to is not None:
            assert rules.moves
        assert answers.addressees(respondent, day) == addressees(respondent, rules_on=day)


def test_a_group_of_registrations_on_days_off_moves_each_to_its_own_next_working_day() -> None:
    """APPC art. 64(3): Saturday 4 and Sunday 12 January 2025 are both days off under the same rules,
    so they share a group, yet each counts from its own next working day: Sunday 5 January (a working
    Sunday by the transfer act) and Monday 13 January."""
    answers = RowAnswers(appeal_rules.calendar.default_calendar())
    first = answers.review(dt.date(2025, 1, 4), BodyKind.SERVICE_PROVIDER, dt.date(2025, 1, 4), None)
    second = answers.review(dt.date(2025, 1, 12), BodyKind.SERVICE_PROVIDER, dt.date(2025, 1, 12), None)
    assert first[2] is second[2]  # one group: the rules were asked once
    assert first[2].moves
    assert (first[0], second[0]) == (dt.date(2025, 1, 13), dt.date(2025, 1, 20))
    assert [v.version.split("@")[0] for v in first[2].basis].count("registration.next_working_day") == 1


def test_working_days_and_days_off_among_many_are_each_counted_by_their_own_rule() -> None:
    """APPC art. 64(3), from 1 July 2021: a registration on a day off counts from the next working day,
    one on a working day from that day; before 1 July 2021 every registration counts from the day
    recorded. Answered together, working days (Monday 6 and Wednesday 8 January 2025) and days off
    (Saturday 4 and Sunday 12 January 2025; Saturday 26 and Sunday 27 June 2021) each get
    review_deadline's due date, in whatever order they come."""
    days = [dt.date(2025, 1, 6), dt.date(2025, 1, 8), dt.date(2025, 1, 4), dt.date(2025, 1, 12),
            dt.date(2021, 6, 26), dt.date(2021, 6, 27), dt.date(2025, 1, 6)]
    for order in (days, days[::-1]):
        answers = RowAnswers(appeal_rules.calendar.default_calendar())
        dues = [answers.review(day, BodyKind.MINISTRY, day, None)[0] for day in order]
        assert dues == [appeal_rules.review_deadline(day, BodyKind.MINISTRY).due for day in order]


@pytest.mark.parametrize("registered", [dt.date(2017, 12, 29), dt.date(2031, 1, 6)])
def test_a_registration_outside_the_calendar_is_refused_among_many_as_alone(registered: dt.date) -> None:
    """A registration before or after the calendar's days cannot be counted on it: among many rows, after
    rows of the same reviewer and rules have been counted, it gets review_deadline's refusal
    (CalendarRangeError, naming registered_on and the calendar's range)."""
    answers = RowAnswers(appeal_rules.calendar.default_calendar())
    day = dt.date(2025, 1, 6)
    for counted in (dt.date(2025, 1, 6), dt.date(2025, 1, 4)):  # a working day and a day off
        answers.review(counted, BodyKind.MINISTRY, day, None)
    with pytest.raises(appeal_rules.errors.CalendarRangeError) as alone:
        appeal_rules.review_deadline(registered, BodyKind.MINISTRY, rules_on=day)
    with pytest.raises(appeal_rules.errors.CalendarRangeError) as among_many:
        answers.review(registered, BodyKind.MINISTRY, day, None)
    assert among_many.value.problems == alone.value.problems
    assert [(p.path, p.accepted) for p in among_many.value.problems] == [
        ("registered_on", "a date from 2018-01-01 to 2030-12-31")]
