"""The strategies registered with Hypothesis for its from_type."""

from __future__ import annotations

from hypothesis import strategies as st

from appeal_rules.calendar import CalendarOverlay, WorkingCalendar
from appeal_rules.model import Body, Complaint, Registration
from appeal_rules.rules import Term
from appeal_rules.testing._snapshot import frozen_calendar
from appeal_rules.testing._values import bodies, calendar_overlays, complaints, registrations, terms

# --- registration with Hypothesis --------------------------------------------------------------


def register_type_strategies() -> None:
    st.register_type_strategy(Complaint, st.deferred(complaints))
    st.register_type_strategy(Registration, st.deferred(registrations))
    st.register_type_strategy(Body, st.deferred(bodies))
    st.register_type_strategy(CalendarOverlay, st.deferred(calendar_overlays))
    st.register_type_strategy(Term, st.deferred(terms))
    st.register_type_strategy(WorkingCalendar, st.deferred(lambda: st.just(frozen_calendar())))
