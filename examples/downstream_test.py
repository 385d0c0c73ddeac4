"""A downstream test module: how a project built on appeal_rules tests its own code with
appeal_rules.testing's Hypothesis strategies and the frozen calendar.

Run it as a script (``python examples/downstream_test.py``) or with pytest
(``python -m pytest examples/downstream_test.py``). It needs ``pip install 'appeal_rules[hypothesis]'``.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from appeal_rules import BodyKind, Complaint, InvalidInputError, review_deadline, working_days_between
from appeal_rules.labels import label
from appeal_rules.testing import (
    InvalidComplaintInput,
    complaints,
    frozen_calendar,
    invalid_complaint_inputs,
    working_days,
)

# The frozen calendar: the same answers whatever version of `holidays` is installed.
CALENDAR = frozen_calendar()
# Complaints lodged late in 2030 would have review terms running past the calendar's last day.
LAST_LODGING = dt.date(2030, 11, 30)
# Deterministic, quick, and no example database left behind by a script run.
CHECKS = settings(max_examples=50, deadline=None, derandomize=True, database=None)


# --- the downstream code under test --------------------------------------------------------------


def deadline_notice(complaint: Complaint, lang: str = "en") -> str:
    """The line a case-tracking app shows: who reviews the complaint, and by when.

    The complaint is taken as registered the day it is lodged.
    """
    reviewer = complaint.addressee or BodyKind.SERVICE_PROVIDER
    deadline = review_deadline(complaint.lodged_on, reviewer, calendar=CALENDAR)
    return f"{label(reviewer, lang)}: {deadline.due.isoformat()}"


def form_errors(fields: dict[str, object]) -> set[str]:
    """The fields of a complaint form to highlight: the paths of every problem found."""
    try:
        Complaint(**fields)
    except InvalidInputError as err:
        return {problem.path for problem in err.problems}
    return set()


# --- its tests -------------------------------------------------------------------------------------


@CHECKS
@given(working_days(CALENDAR, max_value=LAST_LODGING))
def test_first_instance_has_five_working_days(day: dt.date) -> None:
    due = review_deadline(day, BodyKind.SERVICE_PROVIDER, calendar=CALENDAR).due
    assert working_days_between(day, due, calendar=CALENDAR) == 5
    assert CALENDAR.is_working_day(due)


@CHECKS
@given(complaints(CALENDAR, max_date=LAST_LODGING, valid_addressee=True), st.sampled_from(["kk", "ru", "en"]))
def test_notice_names_the_reviewer_and_a_working_day(complaint: Complaint, lang: str) -> None:
    notice = deadline_notice(complaint, lang)
    reviewer, due = notice.rsplit(": ", 1)
    assert reviewer == label(complaint.addressee or BodyKind.SERVICE_PROVIDER, lang)
    assert CALENDAR.is_working_day(dt.date.fromisoformat(due))
    assert dt.date.fromisoformat(due) > complaint.lodged_on


@CHECKS
@given(invalid_complaint_inputs())
def test_form_highlights_every_bad_field(case: InvalidComplaintInput) -> None:
    assert form_errors(dict(case.kwargs)) == case.paths


@CHECKS
@given(st.from_type(Complaint))  # registered by appeal_rules through Hypothesis's entry point
def test_valid_complaints_have_no_form_errors(complaint: Complaint) -> None:
    fields: dict[str, object] = {
        "respondent": complaint.respondent.value, "appealed": complaint.appealed.value,
        "channel": complaint.channel.value, "lodged_on": complaint.lodged_on, "learned_on": complaint.learned_on,
    }
    assert form_errors(fields) == set()


if __name__ == "__main__":
    checks = [
        test_first_instance_has_five_working_days,
        test_notice_names_the_reviewer_and_a_working_day,
        test_form_highlights_every_bad_field,
        test_valid_complaints_have_no_form_errors,
    ]
    for check in checks:
        check()
        print(f"ok  {check.__name__}")
    print(f"{len(checks)} downstream checks passed")
    lodged = Complaint("service_provider", "decision", "post", dt.date(2024, 12, 31))
    print("for example, lodged on 2024-12-31:", deadline_notice(lodged, "ru"))
