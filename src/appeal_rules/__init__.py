"""appeal_rules: Kazakhstan's procedure for appealing public-service decisions, as code.

To whom a complaint goes, what proves it was accepted, how long the reviewer has (counted in
Kazakhstan's working days, day by day), and where to go next, each answer naming the clause of
the service standard or the article of the law it applied.

>>> import datetime as dt
>>> import appeal_rules as ar
>>> deadline = ar.review_deadline(dt.date(2024, 12, 31), ar.BodyKind.SERVICE_PROVIDER)
>>> deadline.due
datetime.date(2025, 1, 10)
"""

from appeal_rules.calendar import (
    CONFIRMED_YEARS,
    CalendarOverlay,
    Day,
    DayKind,
    WorkingCalendar,
    YearConfirmation,
    add_working_days,
    default_calendar,
    is_working_day,
    working_days_between,
)
from appeal_rules.deadlines import (
    DEFAULT_OFFICE_HOURS,
    Convention,
    MonthRounding,
    OfficeHours,
    Period,
    ProvisionalPolicy,
    count_period,
    registration_date,
)
from appeal_rules.errors import (
    AmbiguousDateError,
    AppealRulesError,
    CalendarConflictError,
    CalendarRangeError,
    InputTypeError,
    InvalidAddresseeError,
    InvalidInputError,
    InvalidTransitionError,
    OutsideCoverageError,
    Problem,
    ProvisionalResultError,
    ProvisionalResultWarning,
)
from appeal_rules.model import (
    AppealedAct,
    Body,
    BodyKind,
    Channel,
    Complaint,
    PortalStatus,
    Registration,
    Respondent,
)
from appeal_rules.procedure import (
    FIRST_INSTANCE,
    PORTAL_TRANSITIONS,
    AcceptanceProof,
    AddresseeCheck,
    AnswerDelivery,
    Assessment,
    Escalation,
    Option,
    OptionKind,
    ReviewDeadline,
    Stage,
    acceptance_proof,
    addressees,
    answer_delivery,
    assess,
    check_addressee,
    check_transition,
    escalation_options,
    portal_transitions,
    quality_authority_name,
    review_deadline,
)
from appeal_rules.rules import (
    APPC_IN_FORCE,
    COVERAGE_START,
    RULES,
    SEED_CLAUSES,
    Rule,
    RuleVersion,
    SeedClause,
    Term,
    Unit,
    rule,
    rule_version,
)
from appeal_rules.sources import Source

__version__ = "0.1.0"

__all__ = [
    "APPC_IN_FORCE",
    "CONFIRMED_YEARS",
    "COVERAGE_START",
    "DEFAULT_OFFICE_HOURS",
    "FIRST_INSTANCE",
    "PORTAL_TRANSITIONS",
    "RULES",
    "SEED_CLAUSES",
    "AcceptanceProof",
    "AddresseeCheck",
    "AmbiguousDateError",
    "AnswerDelivery",
    "AppealRulesError",
    "AppealedAct",
    "Assessment",
    "Body",
    "BodyKind",
    "CalendarConflictError",
    "CalendarOverlay",
    "CalendarRangeError",
    "Channel",
    "Complaint",
    "Convention",
    "Day",
    "DayKind",
    "Escalation",
    "InputTypeError",
    "InvalidAddresseeError",
    "InvalidInputError",
    "InvalidTransitionError",
    "MonthRounding",
    "OfficeHours",
    "Option",
    "OptionKind",
    "OutsideCoverageError",
    "Period",
    "PortalStatus",
    "Problem",
    "ProvisionalPolicy",
    "ProvisionalResultError",
    "ProvisionalResultWarning",
    "Registration",
    "Respondent",
    "ReviewDeadline",
    "Rule",
    "RuleVersion",
    "SeedClause",
    "Source",
    "Stage",
    "Term",
    "Unit",
    "WorkingCalendar",
    "YearConfirmation",
    "__version__",
    "acceptance_proof",
    "add_working_days",
    "addressees",
    "answer_delivery",
    "assess",
    "check_addressee",
    "check_transition",
    "count_period",
    "default_calendar",
    "escalation_options",
    "is_working_day",
    "portal_transitions",
    "quality_authority_name",
    "registration_date",
    "review_deadline",
    "rule",
    "rule_version",
    "working_days_between",
]


def __dir__() -> list[str]:
    return __all__
