"""The procedure's decisions: to whom, what proves acceptance, by when, and what comes next.

Every result names the rule versions it applied (its ``basis``): how the answer comes, the review
deadline, the options at each stage.

The rules are read at a date (``rules_on``): by default the date the rule keys on (lodging for the
addressee, the proof of acceptance and the answer's delivery, registration for review terms, the
date of the stage for escalation). See :mod:`appeal_rules.rules`.

>>> import datetime as dt
>>> from appeal_rules import review_deadline, BodyKind
>>> d = review_deadline(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER)
>>> d.due, [v.version for v in d.basis][:1]
(datetime.date(2025, 1, 10), ['review_term.first_instance@appc'])
"""

from __future__ import annotations

from appeal_rules.procedure._assessment import assess
from appeal_rules.procedure._escalation import ANSWERED_STAGES as ANSWERED_STAGES
from appeal_rules.procedure._escalation import OVERDUE_STAGES as OVERDUE_STAGES
from appeal_rules.procedure._escalation import PENDING_STAGES as PENDING_STAGES
from appeal_rules.procedure._escalation import escalation_options, quality_authority_name
from appeal_rules.procedure._escalation import options_at as options_at
from appeal_rules.procedure._intake import (
    FIRST_INSTANCE,
    PORTAL_TRANSITIONS,
    AcceptanceProof,
    AddresseeCheck,
    AnswerDelivery,
    acceptance_proof,
    addressees,
    answer_delivery,
    check_addressee,
    portal_transitions,
    require_valid_addressee,
    require_valid_transition,
)
from appeal_rules.procedure._intake import addressee_check as addressee_check
from appeal_rules.procedure._intake import addressee_versions as addressee_versions
from appeal_rules.procedure._intake import allowed_addressees as allowed_addressees
from appeal_rules.procedure._intake import delivery_of_answer as delivery_of_answer
from appeal_rules.procedure._intake import proof_of_acceptance as proof_of_acceptance
from appeal_rules.procedure._intake import rules_date as rules_date
from appeal_rules.procedure._results import (
    Assessment,
    Escalation,
    ExtensionCheck,
    Option,
    OptionKind,
    ReviewDeadline,
    Stage,
)
from appeal_rules.procedure._review import ReviewRules as ReviewRules
from appeal_rules.procedure._review import RowAnswers as RowAnswers
from appeal_rules.procedure._review import counted_review_deadline as counted_review_deadline
from appeal_rules.procedure._review import review_deadline

__all__ = [
    "FIRST_INSTANCE",
    "PORTAL_TRANSITIONS",
    "AcceptanceProof",
    "AddresseeCheck",
    "AnswerDelivery",
    "Assessment",
    "Escalation",
    "ExtensionCheck",
    "Option",
    "OptionKind",
    "ReviewDeadline",
    "Stage",
    "acceptance_proof",
    "addressees",
    "answer_delivery",
    "assess",
    "check_addressee",
    "escalation_options",
    "portal_transitions",
    "quality_authority_name",
    "require_valid_addressee",
    "require_valid_transition",
    "review_deadline",
]


def __dir__() -> list[str]:
    return __all__
