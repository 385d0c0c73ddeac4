"""appeal_rules: Kazakhstan's procedure for appealing public-service decisions, as code.

To whom a complaint goes, what proves it was accepted, how long the reviewer has (counted in
Kazakhstan's working days, day by day), and where to go next, each answer naming the clause of
the service standard or the article of the law it applied.

The top level holds what most callers need: the inputs, the decisions, the results and the root
errors. Everything else is public in the module that owns it, in the order data flows:
:mod:`appeal_rules.rules` (the rulebook), :mod:`appeal_rules.calendar`,
:mod:`appeal_rules.deadlines`, :mod:`appeal_rules.procedure`, then the surfaces
(:mod:`appeal_rules.labels`, :mod:`appeal_rules.serialization`, :mod:`appeal_rules.cli`,
:mod:`appeal_rules.vectorized`, :mod:`appeal_rules.testing`); the errors are in
:mod:`appeal_rules.errors`.

>>> import datetime as dt
>>> import appeal_rules as ar
>>> deadline = ar.review_deadline(dt.date(2024, 12, 31), ar.BodyKind.SERVICE_PROVIDER)
>>> deadline.due
datetime.date(2025, 1, 10)
>>> len(ar.__all__) <= 35
True
"""

from appeal_rules.calendar import (
    CalendarOverlay,
    WorkingCalendar,
    add_working_days,
    is_working_day,
    working_days_between,
)
from appeal_rules.deadlines import Convention, ProvisionalPolicy, count_period, registration_date
from appeal_rules.errors import AppealRulesError, InvalidInputError, Problem
from appeal_rules.labels import label
from appeal_rules.model import (
    AppealedAct,
    BodyKind,
    Channel,
    Complaint,
    Extension,
    PortalStatus,
    Registration,
    Respondent,
)
from appeal_rules.procedure import (
    Assessment,
    Escalation,
    ReviewDeadline,
    Stage,
    acceptance_proof,
    addressees,
    answer_delivery,
    assess,
    check_addressee,
    escalation_options,
    require_valid_addressee,
    review_deadline,
)
from appeal_rules.rules import rule_version

__version__ = "0.1.0"

__all__ = [
    "AppealRulesError",
    "AppealedAct",
    "Assessment",
    "BodyKind",
    "CalendarOverlay",
    "Channel",
    "Complaint",
    "Convention",
    "Escalation",
    "Extension",
    "InvalidInputError",
    "PortalStatus",
    "Problem",
    "ProvisionalPolicy",
    "Registration",
    "Respondent",
    "ReviewDeadline",
    "Stage",
    "WorkingCalendar",
    "__version__",
    "acceptance_proof",
    "add_working_days",
    "addressees",
    "answer_delivery",
    "assess",
    "check_addressee",
    "count_period",
    "escalation_options",
    "is_working_day",
    "label",
    "registration_date",
    "require_valid_addressee",
    "review_deadline",
    "rule_version",
    "working_days_between",
]


def __dir__() -> list[str]:
    return __all__
