"""Strategies for the keyword arguments that escalation_options accepts."""

from __future__ import annotations

import datetime as dt
from typing import Required, TypedDict

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from appeal_rules.calendar import WorkingCalendar, resolve_calendar
from appeal_rules.model import Respondent
from appeal_rules.procedure import (
    ANSWERED_STAGES,
    OVERDUE_STAGES,
    PENDING_STAGES,
    Stage,
    review_deadline,
)
from appeal_rules.rules import COVERAGE_START
from appeal_rules.testing._dates import ONE_DAY, date_bounds

# Periods counted from a date may run up to 3 months and a few days (the lodging limit, rolled
# forward past days off): dates that start such periods stay this far from the calendar's end.
_PERIOD_MARGIN = dt.timedelta(days=120)


# --- call arguments ----------------------------------------------------------------------------


class EscalationArguments(TypedDict, total=False):
    """Keyword arguments for :func:`~appeal_rules.procedure.escalation_options`.

    ``stage`` and ``on`` are always there; the rest as the stage needs them.

    >>> import datetime as dt
    >>> from appeal_rules import Stage, escalation_options
    >>> request: EscalationArguments = {"stage": Stage.COURT, "on": dt.date(2025, 1, 6)}
    >>> escalation_options(**request).options
    ()
    """

    stage: Required[Stage]
    on: Required[dt.date]
    respondent: Respondent
    registered_on: dt.date
    answered_on: dt.date
    learned_on: dt.date
    has_superior: bool
    calendar: WorkingCalendar


#: The body whose review term a pending or overdue stage waits on (as escalation_options counts it).
_REVIEWER = {**PENDING_STAGES, **OVERDUE_STAGES}


def escalation_requests(
    calendar: WorkingCalendar | None = None, *, stage: Stage | None = None
) -> SearchStrategy[EscalationArguments]:
    """Keyword arguments that :func:`~appeal_rules.procedure.escalation_options` accepts.

    Every stage is drawn (or only ``stage``): a pending stage's ``on`` is within the review term,
    an overdue stage's after it, every date on or before ``on``, an answer on or after the
    registration, and every period the options count ends within the calendar. ``calendar``
    (default: the library's default) counts the terms and, when given, is passed on in the request.

    >>> from hypothesis import find
    >>> from appeal_rules import Stage, escalation_options
    >>> request = find(escalation_requests(stage=Stage.FIRST_INSTANCE_OVERDUE), lambda r: True)
    >>> escalation_options(**request).waiting_until is None and request["on"] > request["registered_on"]
    True
    """
    cal = resolve_calendar(calendar)
    lo, hi = date_bounds(cal, COVERAGE_START, cal.last_day - _PERIOD_MARGIN)
    stage_strategy = st.just(stage) if stage is not None else st.sampled_from(Stage)

    @st.composite
    def build(draw: st.DrawFn) -> EscalationArguments:
        chosen = draw(stage_strategy)
        request: EscalationArguments = {"stage": chosen, "on": lo, "respondent": draw(st.sampled_from(Respondent))}
        if calendar is not None:
            request["calendar"] = calendar
        if chosen in _REVIEWER:
            registered = draw(st.dates(lo, hi - dt.timedelta(days=60)))
            due = review_deadline(registered, _REVIEWER[chosen], calendar=cal).due
            if chosen in PENDING_STAGES:
                on = draw(st.dates(registered, due))
            else:
                on = draw(st.dates(due + ONE_DAY, min(hi, due + dt.timedelta(days=400))))
            request["registered_on"], request["on"] = registered, on
            if draw(st.booleans()):
                request["learned_on"] = draw(st.dates(lo, registered))
        elif chosen in ANSWERED_STAGES:
            on = draw(st.dates(lo, hi))
            answered = draw(st.dates(lo, on))
            request["on"], request["answered_on"] = on, answered
            if draw(st.booleans()):
                request["registered_on"] = draw(st.dates(lo, answered))
            if draw(st.booleans()):
                request["learned_on"] = draw(st.dates(lo, answered))
        else:  # before filing, or in court
            on = draw(st.dates(lo, hi))
            request["on"] = on
            if draw(st.booleans()):
                request["learned_on"] = draw(st.dates(lo, on))
            request["has_superior"] = draw(st.booleans())
        return request

    return build()
