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

import appeal_rules
import appeal_rules.errors
from appeal_rules import BodyKind, ProvisionalPolicy, WorkingCalendar
from appeal_rules.errors import ProvisionalResultWarning


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
