"""The procedure tests' strategies (test_procedure, test_regimes, test_portal).

They build inputs that are *valid* for the procedure (dates inside the rules' coverage and far
enough from the calendar's last day that every period can be counted), so that a property can
demand an answer rather than tolerate an error. Dates, stages and escalation requests come from the
public strategies of :mod:`appeal_rules.testing`, the ones a downstream suite uses; what they do
not offer is added here, with the reason beside it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st

from appeal_rules import BodyKind, Channel, PortalStatus, Respondent, Stage, review_deadline
from appeal_rules.procedure import FIRST_INSTANCE
from appeal_rules.rules import COVERAGE_START
from appeal_rules.testing import calendar_dates, escalation_requests
from appeal_rules.testing import stages as public_stages

#: The last day whose rules the tests ask for: the working-day calendar ends here.
COVERAGE_END = dt.date(2030, 12, 31)
#: The last day a complaint is registered in generated cases: leaves room for 15 working days,
#: a 60-day wait and a 3-month limit before the calendar ends.
LAST_REGISTRATION = dt.date(2030, 5, 31)

# Enum members: the public module draws them inside its values; the tests sample them on their own.
respondents = st.sampled_from(list(Respondent))
body_kinds = st.sampled_from(list(BodyKind))
first_instance_bodies = st.sampled_from(sorted(FIRST_INSTANCE, key=lambda b: b.value))
reviewers = st.sampled_from([*sorted(FIRST_INSTANCE, key=lambda b: b.value), BodyKind.QUALITY_AUTHORITY])
offices = reviewers  # every body that takes a complaint under the procedure
channels = st.sampled_from(list(Channel))
portal_statuses = st.sampled_from(list(PortalStatus))
stages = public_stages()


def rule_dates() -> st.SearchStrategy[dt.date]:
    """Any day whose rules the library encodes and whose calendar it holds."""
    return calendar_dates(min_value=COVERAGE_START, max_value=COVERAGE_END)


def registration_dates() -> st.SearchStrategy[dt.date]:
    """A registration date that leaves room to count every term the procedure sets."""
    return calendar_dates(min_value=COVERAGE_START, max_value=LAST_REGISTRATION)


def days_after(start: dt.date, low: int, high: int) -> st.SearchStrategy[dt.date]:
    """A day from ``start + low`` to ``start + high`` days."""
    return st.dates(start + dt.timedelta(days=low), start + dt.timedelta(days=high))


@attrs.frozen
class EscalationCase:
    """A consistent set of arguments for :func:`appeal_rules.escalation_options`."""

    stage: Stage
    on: dt.date
    respondent: Respondent
    registered_on: dt.date | None
    answered_on: dt.date | None
    learned_on: dt.date | None
    has_superior: bool
    rules_on: dt.date | None
    #: The review deadline counted from ``registered_on`` (pending and overdue stages), else None.
    due: dt.date | None

    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments for ``escalation_options`` (``stage`` excluded)."""
        return {
            "on": self.on,
            "respondent": self.respondent,
            "registered_on": self.registered_on,
            "answered_on": self.answered_on,
            "learned_on": self.learned_on,
            "has_superior": self.has_superior,
            "rules_on": self.rules_on,
        }

    @property
    def expected_rules_on(self) -> dt.date:
        """The date the rules are read at: ``rules_on``, else the registration, else ``on``."""
        return self.rules_on or self.registered_on or self.on


_PENDING = {Stage.FIRST_INSTANCE_PENDING: BodyKind.SERVICE_PROVIDER, Stage.QUALITY_PENDING: BodyKind.QUALITY_AUTHORITY}
_OVERDUE = {Stage.FIRST_INSTANCE_OVERDUE: BodyKind.SERVICE_PROVIDER, Stage.QUALITY_OVERDUE: BodyKind.QUALITY_AUTHORITY}


@st.composite
def escalation_cases(draw: st.DrawFn, stage: st.SearchStrategy[Stage] = stages) -> EscalationCase:
    """A stage with dates that fit it (pending while the term runs, overdue after it, and so on): the public
    ``escalation_requests``, with the rules read on an earlier day too.

    Test-only addition: the public strategy leaves ``rules_on`` to its default (the registration, else
    ``on``); the properties also ask with the rules of an earlier day, and need the review deadline
    the request was drawn around.
    """
    chosen = draw(stage)
    request = draw(escalation_requests(stage=chosen))
    registered = request.get("registered_on")
    due: dt.date | None = None
    on = request["on"]
    rules_on = draw(st.none() | st.dates(COVERAGE_START, on))
    if chosen in _PENDING or chosen in _OVERDUE:
        assert registered is not None
        reviewer = (_PENDING | _OVERDUE)[chosen]
        due = review_deadline(registered, reviewer).due
        # The rules' date can move the deadline (from 1 July 2021 a registration recorded on a day
        # off counts from the next working day): an earlier date is kept only where it does not,
        # so that the stage the request was drawn for still fits.
        if rules_on is not None and review_deadline(registered, reviewer, rules_on=rules_on).due != due:
            rules_on = None
    return EscalationCase(
        stage=chosen,
        on=on,
        respondent=request["respondent"],
        registered_on=registered,
        answered_on=request.get("answered_on"),
        learned_on=request.get("learned_on"),
        has_superior=request.get("has_superior", True),
        rules_on=rules_on,
        due=due,
    )


def wrong_typed_values() -> st.SearchStrategy[object]:
    """Values of a type that no argument of the public functions accepts.

    Test-only: the public ``invalid_complaint_inputs`` breaks a Complaint's fields; the procedure's
    functions take other arguments too.
    """
    return st.one_of(
        st.integers(),
        st.floats(allow_nan=True),
        st.binary(max_size=4),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
        st.datetimes(dt.datetime(2018, 1, 1), dt.datetime(2030, 12, 31)),  # naive: time zone unknown
        st.builds(object),
    )
