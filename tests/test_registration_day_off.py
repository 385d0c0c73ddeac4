# ruff: noqa: RUF002 - the act is quoted in its Russian text on purpose
"""A registration recorded on a day off: APPC art. 64(3).

APPC art. 64(3) (adilet mirror, derived/chunks/appk.jsonl): «Обращение регистрируется в день его
поступления. Если обращение поступило после окончания рабочего дня или в нерабочий день, то оно
регистрируется в ближайший следующий за ним рабочий день.» In force with the APPC from 1 July 2021.
Before that no rule was found (docs/known-gaps.md): the term counts from the day recorded.

Dates: Saturday 4 January 2025 is a day off; Sunday 5 January 2025 was made a working day by the
transfer act (Friday 3 January off instead); Tuesday 7 January is Orthodox Christmas. Saturday
26 June 2021 and Saturday 3 July 2021 (made a working day by the 2021 transfer act, Monday 5 July off;
Tuesday 6 July is Capital Day) lie on either side of 1 July 2021.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import (
    AppealedAct,
    BodyKind,
    Channel,
    Complaint,
    Registration,
    Respondent,
    Stage,
    WorkingCalendar,
    assess,
    escalation_options,
    review_deadline,
)
from appeal_rules.errors import CalendarRangeError
from appeal_rules.procedure import RowAnswers
from appeal_rules.rules import APPC_IN_FORCE

P = BodyKind.SERVICE_PROVIDER


def test_a_registration_recorded_on_a_day_off_counts_from_the_next_working_day() -> None:
    """Registered (as recorded) on Saturday 4 January 2025: under art. 64(3) the complaint is
    registered on the next working day, the working Sunday 5 January, so the 5 working days are 6, 8,
    9, 10 and 13 January and the reviewer has until Monday 13 January, not Friday 10 January (what
    counting from the Saturday gave). The result says so and cites the rule."""
    d = review_deadline(dt.date(2025, 1, 4), P)
    assert d.registered_on == dt.date(2025, 1, 4)
    assert d.registration_moved_to == dt.date(2025, 1, 5)
    assert d.due == dt.date(2025, 1, 13)
    assert d.counted == (dt.date(2025, 1, 6), dt.date(2025, 1, 8), dt.date(2025, 1, 9), dt.date(2025, 1, 10),
                         dt.date(2025, 1, 13))
    assert d.period.start == dt.date(2025, 1, 5)
    assert "registration.next_working_day@appc" in [v.version for v in d.basis]
    text = d.explain()
    assert "2025-01-04 is not a working day" in text
    assert "registered on the next working day, 2025-01-05" in text
    assert "art. 64(2)-(3)" in text
    # Registered on the working Sunday itself: nothing moves.
    on_sunday = review_deadline(dt.date(2025, 1, 5), P)
    assert (on_sunday.registration_moved_to, on_sunday.due) == (None, dt.date(2025, 1, 13))
    assert "registration.next_working_day@appc" not in [v.version for v in on_sunday.basis]


def test_the_rule_applies_from_1_july_2021_only() -> None:
    """Art. 64(3) is in force from 1 July 2021. Saturday 26 June 2021, recorded as the registration
    day, still counts from that day (no earlier rule found): 5 working days end Friday 2 July. Read
    under the rules of 1 July 2021, the same registration counts from Monday 28 June: Saturday 3 July
    2021 is a working day (transfer act), so the 5th working day is that Saturday. A day off
    recorded after 1 July, Sunday 4 July 2021, counts from Wednesday 7 July (Monday 5 July was off by
    the transfer act, Tuesday 6 July is Capital Day)."""
    saturday = dt.date(2021, 6, 26)
    before = review_deadline(saturday, P)
    assert (before.registration_moved_to, before.due) == (None, dt.date(2021, 7, 2))
    assert "registration.next_working_day@2018" not in [v.version for v in before.basis]
    read_later = review_deadline(saturday, P, rules_on=APPC_IN_FORCE)
    assert (read_later.registration_moved_to, read_later.due) == (dt.date(2021, 6, 28), dt.date(2021, 7, 3))
    after = review_deadline(dt.date(2021, 7, 4), P)
    assert after.registration_moved_to == dt.date(2021, 7, 7)
    assert after.counted[0] == dt.date(2021, 7, 8)


def test_escalation_and_assess_wait_for_the_moved_deadline() -> None:
    """The escalation and the assessment count from the same day: on Friday 10 January 2025 the
    complaint recorded on Saturday 4 January is still pending until the 13th."""
    e = escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2025, 1, 10), registered_on=dt.date(2025, 1, 4))
    assert e.waiting_until == dt.date(2025, 1, 13)
    complaint = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2025, 1, 3))
    a = assess(complaint, registration=Registration(dt.date(2025, 1, 4), P), on=dt.date(2025, 1, 10))
    assert a.deadline is not None
    assert (a.deadline.due, a.escalation.stage) == (dt.date(2025, 1, 13), Stage.FIRST_INSTANCE_PENDING)
    assert "2025-01-04 is not a working day" in a.explain()


def test_a_day_off_at_the_end_of_the_calendar_has_no_next_working_day_to_move_to() -> None:
    """A calendar of 2022-2023 ends on Sunday 31 December 2023: a complaint recorded on Saturday the
    30th has no working day after it in the calendar to be registered on, so its 5 working days are
    counted from the day recorded and run past the calendar, which is refused as such (the range of
    the calendar is what is accepted), for one registration and for many (RowAnswers, after a day off
    of the same group, Sunday 10 December, moved to Monday the 11th)."""
    cal = WorkingCalendar(2022, 2023)
    saturday = dt.date(2023, 12, 30)
    with pytest.raises(CalendarRangeError) as alone:
        review_deadline(saturday, BodyKind.MINISTRY, calendar=cal)
    [problem] = alone.value.problems
    assert (problem.path, problem.accepted) == (
        "term", "a period within the calendar's range, 2022-01-01 to 2023-12-31")
    assert "from 2023-12-30 run past 2023-12-31" in problem.message
    rows = RowAnswers(cal)
    sunday = dt.date(2023, 12, 10)
    assert rows.review(sunday, BodyKind.MINISTRY, sunday, None)[0] == review_deadline(sunday, BodyKind.MINISTRY).due
    with pytest.raises(CalendarRangeError) as together:
        rows.review(saturday, BodyKind.MINISTRY, saturday, None)
    assert together.value.problems == alone.value.problems
