"""The requests a service sends: one attrs type per ``kind``, checked when built.

Each request names the public function that answers it; :func:`~appeal_rules.serialization.evaluate`
calls it. Built from Python, a request converts an enum's value to its member and an aware datetime
to its date in Kazakhstan, then checks every field against its type and reports every problem at once.

>>> import datetime as dt
>>> DeadlineRequest(dt.date(2024, 12, 31), "service_provider").reviewer
<BodyKind.SERVICE_PROVIDER: 'service_provider'>
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from typing import Any, ClassVar

import attrs

from appeal_rules._validate import accepted_values, check_date, check_int, describe, raise_if
from appeal_rules.calendar import CalendarOverlay
from appeal_rules.deadlines import Convention, ProvisionalPolicy
from appeal_rules.errors import Problem
from appeal_rules.model import BodyKind, Complaint, Registration, Respondent
from appeal_rules.procedure import Stage
from appeal_rules.serialization._common import (
    NOT_COURT,
    doc,
    hints,
    members_text,
    narrowed,
    optional_args,
    working_day_conventions,
)

__all__ = ["CalendarRequest", "ComplaintRequest", "DeadlineRequest", "EscalationRequest"]


def __dir__() -> list[str]:
    return __all__




def _date_in(value: Any) -> Any:
    """An aware datetime becomes its date in Kazakhstan; anything else is left to validation."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None and value.utcoffset() is not None:
        return check_date(value, "", []) or value
    return value


def _member(enum_type: type[enum.Enum], value: Any) -> Any:
    """Accept an enum member or its value; anything else is left to validation."""
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        for member in enum_type:
            if member.value == value:
                return member
    return value


def _body_kind_in(value: Any) -> Any:
    return _member(BodyKind, value)


def _respondent_in(value: Any) -> Any:
    return _member(Respondent, value)


def _stage_in(value: Any) -> Any:
    return _member(Stage, value)


def _policy_in(value: Any) -> Any:
    return _member(ProvisionalPolicy, value)


def _convention_in(value: Any) -> Any:
    return None if value is None else _member(Convention, value)


def _tuple_in(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _check_fields(obj: object) -> None:
    """Check every field of ``obj`` against its type hint; raise once with every problem."""
    cls: Any = type(obj)
    types = hints(cls)
    problems: list[Problem] = []
    for field in attrs.fields(cls):
        _check_python(types[field.name], getattr(obj, field.name), field.name, problems, narrowed(cls, field.name))
    raise_if(problems)


def _check_python(
    hint: Any, value: object, path: str, problems: list[Problem], members: tuple[enum.Enum, ...] | None = None,
) -> None:
    """Whether a Python value fits ``hint`` (the request types' own validation)."""
    args = optional_args(hint)
    if args is not None:
        if value is not None:
            _check_python(args, value, path, problems, members)
        return
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, tuple):
            problems.append(Problem(path, f"got {describe(value)}", "a tuple", True))
            return
        for i, item in enumerate(value):
            _check_python(typing.get_args(hint)[0], item, f"{path}[{i}]", problems)
        return
    if hint is dt.date:
        check_date(value, path, problems)
    elif isinstance(hint, type) and issubclass(hint, enum.Enum):
        if not isinstance(value, hint):
            values = accepted_values(hint) if members is None else members_text(members)
            accepted = f"a {hint.__name__} or {values}"
            problems.append(Problem(path, f"got {describe(value)}", accepted, not isinstance(value, str)))
    elif hint is bool:
        if not isinstance(value, bool):
            problems.append(Problem(path, f"got {describe(value)}", "True or False", True))
    elif hint is int:
        check_int(value, path, problems)
    elif hint is str:  # pragma: no cover - no request field is a plain string yet; kept for the generic walker
        if not isinstance(value, str):
            problems.append(Problem(path, f"got {describe(value)}", "a string", True))
    elif isinstance(hint, type) and not isinstance(value, hint):
        problems.append(Problem(path, f"got {describe(value)}", f"a {hint.__name__}", True))


# --- requests ----------------------------------------------------------------------------------


_OVERLAYS_DOC = doc("Acts the holidays package does not have yet, laid over the calendar (see CalendarOverlay).")
_POLICY_DOC = doc("What to do when the result rests on unconfirmed calendar data: mark (default), warn or "
                   "raise. Over JSON, warn is the same as mark: the result says provisional and why.")


@attrs.frozen
class DeadlineRequest:
    """A request for a review deadline (``"kind": "deadline"``), answered by :func:`~appeal_rules.review_deadline`.

    >>> import datetime as dt
    >>> from appeal_rules import BodyKind
    >>> from appeal_rules.serialization import evaluate
    >>> evaluate(DeadlineRequest(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER)).due
    datetime.date(2025, 1, 10)
    """

    KIND: ClassVar[str] = "deadline"

    registered_on: dt.date = attrs.field(converter=_date_in, metadata=doc("The day the complaint was registered."))
    reviewer: BodyKind = attrs.field(
        converter=_body_kind_in,
        metadata=doc("The body that reviews it (a court's time limits are not review terms).", NOT_COURT))
    lodged_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=doc("The day it was lodged (must not be after registration)."))
    rules_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=doc("The day the rules are read at (default: registration)."))
    convention: Convention | None = attrs.field(
        default=None, converter=_convention_in,
        metadata=doc("How the days are counted (default: next_day, day 1 is the day after registration); "
                     "review terms are in working days, so only a working-day convention applies.",
                     working_day_conventions()))
    on_provisional: ProvisionalPolicy = attrs.field(
        default=ProvisionalPolicy.MARK, converter=_policy_in, metadata=_POLICY_DOC)
    overlays: tuple[CalendarOverlay, ...] = attrs.field(default=(), converter=_tuple_in, metadata=_OVERLAYS_DOC)

    def __attrs_post_init__(self) -> None:
        _check_fields(self)


@attrs.frozen
class EscalationRequest:
    """A request for the options open at a stage (``"kind": "escalation"``).

    Answered by :func:`~appeal_rules.escalation_options`.

    >>> import datetime as dt
    >>> from appeal_rules import Stage
    >>> from appeal_rules.serialization import evaluate
    >>> req = EscalationRequest(Stage.FIRST_INSTANCE_ANSWERED, dt.date(2025, 2, 3), answered_on=dt.date(2025, 1, 20))
    >>> [o.kind.value for o in evaluate(req).options]
    ['complain_quality_authority', 'go_to_court']
    """

    KIND: ClassVar[str] = "escalation"

    stage: Stage = attrs.field(converter=_stage_in, metadata=doc("Where the complaint stands."))
    on: dt.date = attrs.field(converter=_date_in, metadata=doc("The day the question is asked."))
    respondent: Respondent = attrs.field(
        default=Respondent.SERVICE_PROVIDER, converter=_respondent_in,
        metadata=doc("Who the complaint is about."))
    registered_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=doc("Registration day (needed at pending and overdue stages)."))
    answered_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=doc("The day the answer was received (answered stages)."))
    learned_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=doc("The day the applicant learned of the act."))
    has_superior: bool = attrs.field(default=True, metadata=doc("Whether the body has a superior body."))
    rules_on: dt.date | None = attrs.field(
        default=None, converter=_date_in,
        metadata=doc("The day the rules are read at (default: registration, else on)."))
    on_provisional: ProvisionalPolicy = attrs.field(
        default=ProvisionalPolicy.MARK, converter=_policy_in, metadata=_POLICY_DOC)
    overlays: tuple[CalendarOverlay, ...] = attrs.field(default=(), converter=_tuple_in, metadata=_OVERLAYS_DOC)

    def __attrs_post_init__(self) -> None:
        _check_fields(self)


@attrs.frozen
class ComplaintRequest:
    """A request to assess one complaint (``"kind": "explain"``), answered by :func:`~appeal_rules.assess`.

    >>> import datetime as dt
    >>> from appeal_rules import Complaint, Registration
    >>> from appeal_rules.serialization import evaluate
    >>> c = Complaint("provider_official", "decision", "post", dt.date(2024, 12, 31))
    >>> evaluate(ComplaintRequest(c, Registration(dt.date(2024, 12, 31)))).deadline.due
    datetime.date(2025, 1, 10)
    """

    KIND: ClassVar[str] = "explain"

    complaint: Complaint = attrs.field(metadata=doc("The complaint."))
    registration: Registration | None = attrs.field(
        default=None, metadata=doc("Its registration record, once registered."))
    on: dt.date | None = attrs.field(
        default=None, converter=_date_in,
        metadata=doc("The day the question is asked (default: registration, else lodging); it decides the stage."))
    on_provisional: ProvisionalPolicy = attrs.field(
        default=ProvisionalPolicy.MARK, converter=_policy_in, metadata=_POLICY_DOC)
    overlays: tuple[CalendarOverlay, ...] = attrs.field(default=(), converter=_tuple_in, metadata=_OVERLAYS_DOC)

    def __attrs_post_init__(self) -> None:
        _check_fields(self)


@attrs.frozen
class CalendarRequest:
    """A request for a month of the working-day calendar (``"kind": "calendar"``).

    Answered by :func:`~appeal_rules.serialization.calendar_month`.

    >>> from appeal_rules.serialization import evaluate
    >>> evaluate(CalendarRequest(2025, 1)).working_days  # Sunday 5 January 2025 was worked
    20
    """

    KIND: ClassVar[str] = "calendar"

    year: int = attrs.field(metadata=doc("The year, e.g. 2025."))
    month: int = attrs.field(metadata=doc("The month, 1 to 12."))
    overlays: tuple[CalendarOverlay, ...] = attrs.field(default=(), converter=_tuple_in, metadata=_OVERLAYS_DOC)

    def __attrs_post_init__(self) -> None:
        _check_fields(self)
