"""JSON for services: every value and result as JSON, requests from JSON, one entry point, schemas.

* :func:`to_json` / :func:`dumps` turn any value type or result (and any library error) into JSON:
  dates as ``YYYY-MM-DD``, enums as their values, computed properties (``due``, ``provisional``,
  ``provisional_reasons``, ``calendar_version``, ``rule_version``...) included. Every top-level
  payload carries ``schema_version`` (:data:`SCHEMA_VERSION`); requests and results also carry
  their ``kind``.
* :func:`from_json` structures JSON into a value type or a request. It checks everything and
  raises one :class:`~appeal_rules.errors.InvalidInputError` listing *every* problem, each with
  its field path (``complaint.lodged_on``, ``overlays[0].days_off[2]``); unknown fields are
  problems too. ``from_json(T, to_json(x)) == x`` for every value type and request.
* :func:`handle` is the one call a service needs: a request in (``"kind"``: ``deadline``,
  ``escalation``, ``explain`` or ``calendar``), a result or an error payload out, never an
  exception for bad input.
* :func:`json_schema` generates JSON Schema (draft 2020-12) from the attrs types themselves, so
  the published files in ``docs/schema/`` (``python -m appeal_rules.serialization docs/schema``)
  cannot drift from what :func:`to_json` writes and :func:`from_json` reads.

>>> from appeal_rules.serialization import handle
>>> response = handle({"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "service_provider"})
>>> response["schema_version"], response["kind"], response["due"], response["provisional"]
('1', 'review_deadline', '2025-01-10', False)
>>> handle({"kind": "deadline", "registered_on": "2024-13-01"})["error"]["problems"][0]["path"]
'registered_on'
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import functools
import json
import os
import re
import sys
import types
import typing
import warnings
from calendar import monthrange as _monthrange
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeVar, overload

import attrs

from appeal_rules._validate import accepted_values, check_date, check_int, describe, raise_if
from appeal_rules.calendar import (
    _WEEKDAYS,
    CalendarOverlay,
    Day,
    DayKind,
    WorkingCalendar,
    default_calendar,
    resolve_calendar,
)
from appeal_rules.deadlines import Convention, Period, ProvisionalPolicy
from appeal_rules.errors import (
    AppealRulesError,
    InputTypeError,
    InvalidInputError,
    OutsideCoverageError,
    Problem,
    ProvisionalResultError,
)
from appeal_rules.model import Body, BodyKind, Complaint, Registration, Respondent
from appeal_rules.procedure import (
    Assessment,
    Escalation,
    ReviewDeadline,
    Stage,
    assess,
    escalation_options,
    review_deadline,
)
from appeal_rules.rules import RuleVersion, Term
from appeal_rules.sources import Source

__all__ = [
    "INPUT_TYPES",
    "SCHEMA_NAMES",
    "SCHEMA_VERSION",
    "CalendarDay",
    "CalendarMonth",
    "CalendarRequest",
    "ComplaintRequest",
    "DeadlineRequest",
    "ErrorInfo",
    "ErrorResponse",
    "EscalationRequest",
    "calendar_month",
    "dumps",
    "evaluate",
    "from_json",
    "handle",
    "json_schema",
    "to_json",
    "write_schemas",
]


def __dir__() -> list[str]:
    return __all__


#: The version of the JSON shapes below; carried by every top-level payload. It changes only when
#: a payload changes incompatibly (a field removed or retyped); new fields keep the version.
SCHEMA_VERSION = "1"

T = TypeVar("T")

_JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_SCHEMA_BASE_URL = "https://github.com/appeal-rules/appeal_rules/blob/main/docs/schema/"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_ACCEPTED = "a date as YYYY-MM-DD"


def _doc(text: str) -> dict[str, str]:
    """The attrs field metadata carrying the field's description for the JSON Schema."""
    return {"description": text}


# --- converters for the request types ----------------------------------------------------------


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
    hints = _hints(cls)
    problems: list[Problem] = []
    for field in attrs.fields(cls):
        _check_python(hints[field.name], getattr(obj, field.name), field.name, problems)
    raise_if(problems)


def _check_python(hint: Any, value: object, path: str, problems: list[Problem]) -> None:
    """Whether a Python value fits ``hint`` (the request types' own validation)."""
    args = _optional_args(hint)
    if args is not None:
        if value is not None:
            _check_python(args, value, path, problems)
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
            accepted = f"a {hint.__name__} or {accepted_values(hint)}"
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


_OVERLAYS_DOC = _doc("Acts the holidays package does not have yet, laid over the calendar (see CalendarOverlay).")
_POLICY_DOC = _doc("What to do when the result rests on unconfirmed calendar data: mark (default), warn or "
                   "raise. Over JSON, warn is the same as mark: the result says provisional and why.")


@attrs.frozen
class DeadlineRequest:
    """A request for a review deadline (``"kind": "deadline"``), answered by :func:`~appeal_rules.review_deadline`.

    >>> import datetime as dt
    >>> from appeal_rules import BodyKind
    >>> evaluate(DeadlineRequest(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER)).due
    datetime.date(2025, 1, 10)
    """

    KIND: ClassVar[str] = "deadline"

    registered_on: dt.date = attrs.field(converter=_date_in, metadata=_doc("The day the complaint was registered."))
    reviewer: BodyKind = attrs.field(converter=_body_kind_in, metadata=_doc("The body that reviews it."))
    lodged_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=_doc("The day it was lodged (must not be after registration)."))
    rules_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=_doc("The day the rules are read at (default: registration)."))
    convention: Convention | None = attrs.field(
        default=None, converter=_convention_in,
        metadata=_doc("How the days are counted (default: next_day, day 1 is the day after registration)."))
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
    >>> req = EscalationRequest(Stage.FIRST_INSTANCE_ANSWERED, dt.date(2025, 2, 3), answered_on=dt.date(2025, 1, 20))
    >>> [o.kind.value for o in evaluate(req).options]
    ['complain_quality_authority', 'go_to_court']
    """

    KIND: ClassVar[str] = "escalation"

    stage: Stage = attrs.field(converter=_stage_in, metadata=_doc("Where the complaint stands."))
    on: dt.date = attrs.field(converter=_date_in, metadata=_doc("The day the question is asked."))
    respondent: Respondent = attrs.field(
        default=Respondent.SERVICE_PROVIDER, converter=_respondent_in,
        metadata=_doc("Who the complaint is about."))
    registered_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=_doc("Registration day (needed at pending and overdue stages)."))
    answered_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=_doc("The day the answer was received (answered stages)."))
    learned_on: dt.date | None = attrs.field(
        default=None, converter=_date_in, metadata=_doc("The day the applicant learned of the act."))
    has_superior: bool = attrs.field(default=True, metadata=_doc("Whether the body has a superior body."))
    rules_on: dt.date | None = attrs.field(
        default=None, converter=_date_in,
        metadata=_doc("The day the rules are read at (default: registration, else on)."))
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
    >>> c = Complaint("provider_official", "decision", "post", dt.date(2024, 12, 31))
    >>> evaluate(ComplaintRequest(c, Registration(dt.date(2024, 12, 31)))).deadline.due
    datetime.date(2025, 1, 10)
    """

    KIND: ClassVar[str] = "explain"

    complaint: Complaint = attrs.field(metadata=_doc("The complaint."))
    registration: Registration | None = attrs.field(
        default=None, metadata=_doc("Its registration record, once registered."))
    on: dt.date | None = attrs.field(
        default=None, converter=_date_in,
        metadata=_doc("The day the question is asked (default: registration, else lodging); it decides the stage."))
    on_provisional: ProvisionalPolicy = attrs.field(
        default=ProvisionalPolicy.MARK, converter=_policy_in, metadata=_POLICY_DOC)
    overlays: tuple[CalendarOverlay, ...] = attrs.field(default=(), converter=_tuple_in, metadata=_OVERLAYS_DOC)

    def __attrs_post_init__(self) -> None:
        _check_fields(self)


@attrs.frozen
class CalendarRequest:
    """A request for a month of the working-day calendar (``"kind": "calendar"``).

    Answered by :func:`calendar_month`.

    >>> evaluate(CalendarRequest(2025, 1)).working_days  # Sunday 5 January 2025 was worked
    20
    """

    KIND: ClassVar[str] = "calendar"

    year: int = attrs.field(metadata=_doc("The year, e.g. 2025."))
    month: int = attrs.field(metadata=_doc("The month, 1 to 12."))
    overlays: tuple[CalendarOverlay, ...] = attrs.field(default=(), converter=_tuple_in, metadata=_OVERLAYS_DOC)

    def __attrs_post_init__(self) -> None:
        _check_fields(self)


# --- results of the surfaces (the calendar month, errors) ---------------------------------------


@attrs.frozen
class CalendarDay:
    """One day of a :class:`CalendarMonth`: working or not, why, and whether it is transferred or provisional.

    >>> calendar_month(2025, 1).days[2].transferred  # Friday 3 January 2025, moved from Sunday 5 January
    True
    """

    date: dt.date = attrs.field(metadata=_doc("The day."))
    weekday: str = attrs.field(metadata=_doc("Its weekday, in English."))
    working: bool = attrs.field(metadata=_doc("Whether it is a working day."))
    kind: DayKind = attrs.field(metadata=_doc("Why it is, or is not, a working day."))
    name: str | None = attrs.field(metadata=_doc("The holiday's name, where it has one."))
    moved: dt.date | None = attrs.field(metadata=_doc("The other end of a transfer, where the day was moved."))
    act: str | None = attrs.field(metadata=_doc("The act of an overlay that made the day what it is."))
    estimated: bool = attrs.field(metadata=_doc("Whether the holiday's date is an estimate."))
    transferred: bool = attrs.field(
        metadata=_doc("Whether the transfer act moved a day off here, or made this weekend day a working day."))
    provisional: bool = attrs.field(
        metadata=_doc("Whether the day rests on unconfirmed data (past the horizon, or an estimated date)."))
    description: str = attrs.field(metadata=_doc("The day in one line of English."))


@attrs.frozen
class CalendarMonth:
    """A month of Kazakhstan's working-day calendar, day by day, with the data version behind it.

    >>> m = calendar_month(2025, 1)
    >>> m.working_days, [d.date.day for d in m.days if d.kind.value == "holiday"]
    (20, [1, 2, 7])
    """

    year: int = attrs.field(metadata=_doc("The year."))
    month: int = attrs.field(metadata=_doc("The month, 1 to 12."))
    working_days: int = attrs.field(metadata=_doc("How many working days the month has."))
    calendar_version: str = attrs.field(metadata=_doc("The calendar's data version."))
    horizon: int = attrs.field(metadata=_doc("The last year whose calendar is confirmed."))
    provisional_reasons: tuple[str, ...] = attrs.field(
        metadata=_doc("Why some days of the month are provisional (empty when none is)."))
    days: tuple[CalendarDay, ...] = attrs.field(metadata=_doc("Every day of the month, in order."))

    @property
    def provisional(self) -> bool:
        """Whether any day of the month rests on unconfirmed calendar data."""
        return bool(self.provisional_reasons)


@attrs.frozen
class ErrorInfo:
    """What went wrong: the error's type, its message and every problem with its path.

    >>> ErrorInfo("InvalidInputError", "1 problem", (Problem("on", "missing", "a date"),)).problems[0].path
    'on'
    """

    type: str = attrs.field(metadata=_doc("The error's class in appeal_rules.errors, e.g. InvalidInputError."))
    message: str = attrs.field(metadata=_doc("The whole error as text."))
    problems: tuple[Problem, ...] = attrs.field(metadata=_doc("Every problem found, each with its field path."))


@attrs.frozen
class ErrorResponse:
    """The payload :func:`handle` returns for a request it refuses (``"kind": "error"``).

    >>> to_json(ErrorResponse(ErrorInfo("InvalidInputError", "m", ())))["kind"]
    'error'
    """

    KIND: ClassVar[str] = "error"

    error: ErrorInfo = attrs.field(metadata=_doc("What went wrong."))


_TRANSFER_KINDS = frozenset({DayKind.TRANSFERRED, DayKind.WORKING_WEEKEND})


def calendar_month(year: int, month: int, *, calendar: WorkingCalendar | None = None) -> CalendarMonth:
    """The days of ``month`` of ``year``: working or not, kind, name, transferred and provisional.

    >>> m = calendar_month(2025, 1)
    >>> [(d.date.day, d.kind.value) for d in m.days if d.transferred]
    [(3, 'transferred'), (5, 'working_weekend')]
    >>> calendar_month(2025, 13)
    Traceback (most recent call last):
    ...
    appeal_rules.errors.InvalidInputError: 1 problem:
    - month: got 13; accepted: a whole number >= 1 and <= 12
    """
    problems: list[Problem] = []
    y = check_int(year, "year", problems, minimum=1, maximum=9999)
    m = check_int(month, "month", problems, minimum=1, maximum=12)
    raise_if(problems)
    assert y is not None and m is not None
    cal = resolve_calendar(calendar)
    first = dt.date(y, m, 1)
    last = first.replace(day=_monthrange(y, m)[1])
    if not cal.first_day <= first <= cal.last_day:
        raise _range_error(cal, first)
    reasons = cal.provisional_reasons(first, last)
    days = tuple(_calendar_day(cal, d) for d in cal.days(first, last))
    return CalendarMonth(y, m, sum(d.working for d in days), cal.version, cal.horizon, reasons, days)


def _range_error(cal: WorkingCalendar, day: dt.date) -> InvalidInputError:
    from appeal_rules.errors import CalendarRangeError

    return CalendarRangeError.single(
        "year", f"{day:%B %Y} is outside the calendar",
        f"a month from {cal.first_day:%B %Y} to {cal.last_day:%B %Y}",
    )


def _calendar_day(cal: WorkingCalendar, day: Day) -> CalendarDay:
    provisional = day.estimated or bool(cal.provisional_reasons(day.date, day.date))
    return CalendarDay(day.date, _WEEKDAYS[day.date.weekday()], day.is_working, day.kind, day.name, day.moved,
                       day.act, day.estimated, day.kind in _TRANSFER_KINDS, provisional, day.describe())


# --- the JSON layout of each type --------------------------------------------------------------

#: The types :func:`from_json` builds: the value types and the requests.
INPUT_TYPES: tuple[type, ...] = (
    Complaint, Registration, Body, CalendarOverlay, Term, Source,
    DeadlineRequest, EscalationRequest, ComplaintRequest, CalendarRequest,
)

# Types whose JSON is not simply their attrs fields: (JSON key, source) pairs in order. A source is
# an attribute or property name, a dotted path through attributes, or ``name()`` for a method.
_LAYOUTS: dict[type, tuple[tuple[str, str], ...]] = {
    RuleVersion: (
        ("rule", "rule_id"), ("version", "version"), ("regime", "regime"),
        ("effective_from", "effective_from"), ("effective_to", "effective_to"), ("summary", "summary"),
        ("explanation", "explanation"), ("confirmed", "confirmed"), ("term", "term"), ("citation", "cite()"),
        ("sources", "sources"),
    ),
    ReviewDeadline: (
        ("reviewer", "reviewer"), ("registered_on", "registered_on"), ("due", "due"), ("term", "term"),
        ("convention", "period.convention"), ("counted", "counted"), ("skipped", "skipped"),
        ("rolled_from", "period.rolled_from"), ("provisional", "provisional"),
        ("provisional_reasons", "provisional_reasons"), ("calendar_version", "period.calendar_version"),
        ("rule_version", "rule_version"), ("confirmed", "confirmed"), ("explanation", "explain()"),
        ("basis", "basis"),
    ),
    Period: (
        ("start", "start"), ("term", "term"), ("convention", "convention"), ("due", "due"),
        ("counted", "counted"), ("skipped", "skipped"), ("rolled_from", "rolled_from"),
        ("provisional", "provisional"), ("provisional_reasons", "provisional_reasons"),
        ("calendar_version", "calendar_version"), ("explanation", "explain()"),
    ),
    Day: (
        ("date", "date"), ("kind", "kind"), ("name", "name"), ("moved", "moved"), ("act", "act"),
        ("estimated", "estimated"), ("working", "is_working"), ("description", "describe()"),
    ),
    Escalation: (
        ("stage", "stage"), ("rules_on", "rules_on"), ("regime", "regime"), ("waiting_until", "waiting_until"),
        ("note", "note"), ("provisional", "provisional"), ("provisional_reasons", "provisional_reasons"),
        ("calendar_version", "calendar_version"), ("options", "options"), ("basis", "basis"),
    ),
    Assessment: (
        ("complaint", "complaint"), ("registration", "registration"), ("on", "on"),
        ("addressees", "addressees"), ("addressee_check", "addressee_check"), ("proof", "proof"),
        ("answer", "answer"), ("deadline", "deadline"), ("escalation", "escalation"),
        ("explanation", "explain()"),
    ),
    CalendarMonth: (
        ("year", "year"), ("month", "month"), ("working_days", "working_days"),
        ("calendar_version", "calendar_version"), ("horizon", "horizon"), ("provisional", "provisional"),
        ("provisional_reasons", "provisional_reasons"), ("days", "days"),
    ),
    Problem: (("path", "path"), ("message", "message"), ("accepted", "accepted")),
}


@attrs.frozen
class _Key:
    """One key of a type's JSON: where its value comes from, its type hint and its description."""

    name: str
    source: str
    hint: Any
    description: str


@functools.cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _first_paragraph(text: str | None) -> str:
    """The first paragraph of a docstring, on one line, with reST markup reduced to plain text."""
    if not text:  # pragma: no cover - every documented type has a docstring (a test enforces it)
        return ""
    paragraph = " ".join(text.strip().split("\n\n")[0].split())
    paragraph = re.sub(r":[a-z]+:`(~?)([^`]+)`",
                       lambda m: m.group(2).rsplit(".", 1)[-1] if m.group(1) else m.group(2), paragraph)
    return paragraph.replace("``", "")


def _resolve(cls: type, source: str) -> tuple[Any, str]:
    """The type hint and description of ``source`` (see :data:`_LAYOUTS`) on ``cls``."""
    hint: Any = cls
    description = ""
    for part in source.split("."):
        owner = hint
        name = part.removesuffix("()")
        if attrs.has(owner) and name in attrs.fields_dict(owner) and not part.endswith("()"):
            hint = _hints(owner)[name]
            description = attrs.fields_dict(owner)[name].metadata.get("description", "")
            continue
        member = getattr(owner, name)
        function = member.fget if isinstance(member, property) else member
        hint = typing.get_type_hints(function)["return"]
        description = _first_paragraph(function.__doc__)
    return hint, description


@functools.cache
def _keys(cls: Any) -> tuple[_Key, ...]:
    """The keys of ``cls``'s JSON, in order."""
    layout = _LAYOUTS.get(cls)
    if layout is None:
        layout = tuple((f.name, f.name) for f in attrs.fields(cls))
    return tuple(_Key(name, source, *_resolve(cls, source)) for name, source in layout)


def _get(obj: object, source: str) -> object:
    value = obj
    for part in source.split("."):
        value = getattr(value, part[:-2])() if part.endswith("()") else getattr(value, part)
    return value


# The results handle() returns, by the ``kind`` their payload carries.
_RESULT_KINDS: dict[type, str] = {
    ReviewDeadline: "review_deadline", Escalation: "escalation", Assessment: "assessment",
    CalendarMonth: "calendar_month",
}


def _kind_of(cls: type) -> str | None:
    """The ``kind`` a top-level payload of ``cls`` carries: a request's or a result's, else none.

    Value types carry no ``kind`` (several have a field of that name, such as ``Body.kind``).
    """
    kind = getattr(cls, "KIND", None)
    if isinstance(kind, str):
        return kind
    return _RESULT_KINDS.get(cls)


# --- to JSON -----------------------------------------------------------------------------------


def _encode(value: object) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    if attrs.has(type(value)):
        cls: Any = type(value)
        return {key.name: _encode(_get(value, key.source)) for key in _keys(cls)}
    raise InputTypeError.single("obj", f"cannot encode {describe(value)}",
                                "a value type or result of appeal_rules (attrs classes), dates, enums")


def _error_response(err: AppealRulesError) -> ErrorResponse:
    if isinstance(err, InvalidInputError):
        problems = err.problems
    else:  # ProvisionalResultError: no field is wrong, the policy refused the answer
        problems = (Problem("on_provisional", str(err),
                            "a result on confirmed calendar data, or on_provisional 'mark'"),)
    return ErrorResponse(ErrorInfo(type(err).__name__, str(err), problems))


def to_json(obj: object) -> dict[str, Any]:
    """``obj`` (a value type, request, result or library error) as a JSON-ready ``dict``.

    Dates become ``YYYY-MM-DD``, enums their values, rule versions carry their id, citation and
    sources, results their computed properties. The payload starts with ``schema_version``, then
    for requests and results the ``kind`` that :func:`handle` dispatches on or answers with (value
    types carry none: ``Body`` has a field of that name). An
    :class:`~appeal_rules.errors.AppealRulesError` becomes an error payload.

    >>> import datetime as dt
    >>> from appeal_rules import review_deadline, BodyKind, Term, Unit
    >>> data = to_json(review_deadline(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER))
    >>> data["due"], data["rule_version"], data["basis"][0]["sources"][0]["provision"]
    ('2025-01-10', 'review_term.first_instance@appc', 'art. 25')
    >>> to_json(Term(5, Unit.WORKING_DAYS))
    {'schema_version': '1', 'length': 5, 'unit': 'working_days'}
    """
    if isinstance(obj, AppealRulesError):
        obj = _error_response(obj)
    if not attrs.has(type(obj)):
        raise InputTypeError.single("obj", f"got {describe(obj)}",
                                    "a value type, request or result of appeal_rules, or one of its errors")
    body = _encode(obj)
    kind = _kind_of(type(obj))
    head = {"schema_version": SCHEMA_VERSION} if kind is None else {"schema_version": SCHEMA_VERSION, "kind": kind}
    return {**head, **body}


def dumps(obj: object, *, indent: int | None = None) -> str:
    """:func:`to_json` as a JSON string (UTF-8 text, non-ASCII characters kept as they are).

    >>> from appeal_rules import Term, Unit
    >>> dumps(Term(15, Unit.WORKING_DAYS))
    '{"schema_version": "1", "length": 15, "unit": "working_days"}'
    """
    if indent is not None:
        problems: list[Problem] = []
        check_int(indent, "indent", problems, minimum=0, maximum=16)
        raise_if(problems)
    return json.dumps(to_json(obj), ensure_ascii=False, indent=indent)


# --- from JSON ---------------------------------------------------------------------------------


def _optional_args(hint: Any) -> Any:
    """``X`` for a hint ``X | None``, else ``None``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        assert len(args) == 1, hint
        return args[0]
    return None


def _accepted(hint: Any) -> str:  # noqa: PLR0911 - one answer per JSON type
    inner = _optional_args(hint)
    if inner is not None:  # pragma: no cover - only a missing required optional field asks this; none exist
        return f"{_accepted(inner)}, or null"
    if typing.get_origin(hint) is tuple:
        return f"an array, each item {_accepted(typing.get_args(hint)[0])}"
    if hint is dt.date:
        return _DATE_ACCEPTED
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return accepted_values(hint)
    if hint is bool:
        return "true or false"
    if hint is int:
        return "a whole number"
    if hint is str:
        return "a string"
    return f"an object ({hint.__name__})"


def _json_describe(value: object) -> str:
    """A JSON-flavoured description of a rejected value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    names = {str: "string", int: "number", float: "number", dict: "object", list: "array"}
    kind = next((n for t, n in names.items() if isinstance(value, t)), type(value).__name__)
    if isinstance(value, (dict, list)):
        return kind
    text = json.dumps(value) if isinstance(value, (str, int, float)) else repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{kind} {text}"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _structure(hint: Any, value: object, path: str, problems: list[Problem]) -> Any:  # noqa: PLR0911
    inner = _optional_args(hint)
    if inner is not None:
        return None if value is None else _structure(inner, value, path, problems)
    type_error = Problem(path, f"got {_json_describe(value)}", _accepted(hint), is_type_error=True)
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, list):
            problems.append(type_error)
            return None
        item = typing.get_args(hint)[0]
        return tuple(_structure(item, v, f"{path}[{i}]", problems) for i, v in enumerate(value))
    if hint is dt.date:
        if not isinstance(value, str):
            problems.append(type_error)
        elif not _ISO_DATE.fullmatch(value):
            problems.append(Problem(path, f"got {_json_describe(value)}", _DATE_ACCEPTED))
        else:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                problems.append(Problem(path, f"{value} is not a day of the calendar", _DATE_ACCEPTED))
        return None
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        if isinstance(value, str):
            for member in hint:
                if member.value == value:
                    return member
            problems.append(Problem(path, f"unknown value {value!r}", _accepted(hint)))
        else:
            problems.append(type_error)
        return None
    if hint is bool:
        if isinstance(value, bool):
            return value
    elif hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif hint is str:
        if isinstance(value, str):
            return value
    elif attrs.has(hint):
        return _structure_object(hint, value, path, problems, top=False)
    else:  # pragma: no cover - every input type's fields are covered above
        raise AssertionError(f"no JSON form for {hint!r}")
    problems.append(type_error)
    return None


def _structure_object(cls: type, value: object, path: str, problems: list[Problem], *, top: bool) -> Any:
    if not isinstance(value, dict):
        problems.append(Problem(path, f"got {_json_describe(value)}", f"an object ({cls.__name__})", True))
        return None
    before = len(problems)
    fields = attrs.fields_dict(cls)
    hints = _hints(cls)
    kind = _kind_of(cls) if top else None
    envelope: tuple[str, ...] = ("schema_version",) if kind is None else ("schema_version", "kind")
    if not top:
        envelope = ()
    for key in value:
        if key not in fields and key not in envelope:
            problems.append(Problem(_join(path, str(key)), "unknown field",
                                    f"the fields of {cls.__name__}: {', '.join(fields)}"))
    if top and "schema_version" in value and value["schema_version"] != SCHEMA_VERSION:
        problems.append(Problem(_join(path, "schema_version"), f"got {_json_describe(value['schema_version'])}",
                                f'"{SCHEMA_VERSION}" (or no schema_version)'))
    if kind is not None and "kind" in value and value["kind"] != kind:
        problems.append(Problem(_join(path, "kind"), f"got {_json_describe(value['kind'])}",
                                f'"{kind}" (or no kind)'))
    kwargs: dict[str, Any] = {}
    for name, field in fields.items():
        where = _join(path, name)
        if name not in value:
            if field.default is attrs.NOTHING:
                problems.append(Problem(where, "missing", _accepted(hints[name])))
            continue
        kwargs[name] = _structure(hints[name], value[name], where, problems)
    if len(problems) > before:
        return None
    try:
        return cls(**kwargs)
    except InvalidInputError as err:  # the type's own checks across fields (e.g. learned_on <= lodged_on)
        problems.extend(attrs.evolve(p, path=_join(path, p.path)) for p in err.problems)
        return None


def from_json(cls: type[T], data: object) -> T:
    """Build a ``cls`` (one of :data:`INPUT_TYPES`) from JSON: a parsed object or JSON text.

    Every problem is collected, each with its path, and raised once as
    :class:`~appeal_rules.errors.InvalidInputError` (:class:`~appeal_rules.errors.InputTypeError`
    when every problem is one of type). Unknown fields are problems; ``schema_version`` and, for a
    request, ``kind``, if present at the top, must match.

    >>> from appeal_rules import Complaint
    >>> c = from_json(Complaint, {"respondent": "state_corporation", "appealed": "action",
    ...                           "channel": "post", "lodged_on": "2025-03-03"})
    >>> c.respondent.value, c.lodged_on
    ('state_corporation', datetime.date(2025, 3, 3))
    >>> try:
    ...     from_json(ComplaintRequest, {"complaint": {"channel": "fax", "lodged_on": "3 March", "colour": 1}})
    ... except InvalidInputError as err:
    ...     for problem in err.problems:
    ...         print(problem.path, "|", problem.message)
    complaint.colour | unknown field
    complaint.respondent | missing
    complaint.appealed | missing
    complaint.channel | unknown value 'fax'
    complaint.lodged_on | got string "3 March"
    """
    if cls not in INPUT_TYPES:
        raise InputTypeError.single("cls", f"got {describe(cls)}",
                                    "one of: " + ", ".join(t.__name__ for t in INPUT_TYPES))
    if isinstance(data, (str, bytes, bytearray)):
        data = _parse_text(data)
    problems: list[Problem] = []
    result = _structure_object(cls, data, "", problems, top=True)
    raise_if(problems)
    assert isinstance(result, cls)
    return result


def _parse_text(text: str | bytes | bytearray) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InvalidInputError.single(
            "", f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}", "a JSON object") from None
    except UnicodeDecodeError as err:
        raise InvalidInputError.single("", f"not UTF-8 text: {err.reason}", "a JSON object in UTF-8") from None


# --- evaluating requests -----------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _calendar(overlays: tuple[CalendarOverlay, ...]) -> WorkingCalendar:
    return WorkingCalendar(overlays=overlays) if overlays else default_calendar()


def _deadline_paths(rules_on_given: bool) -> dict[str, str]:
    """:func:`~appeal_rules.review_deadline`'s problem paths in a deadline request's field names."""
    return {"on": "rules_on" if rules_on_given else "registered_on", "start": "registered_on",
            "term": "registered_on"}


def _remap(err: InvalidInputError, mapping: Mapping[str, str]) -> InvalidInputError:
    """The same error with the library functions' argument names replaced by the request's paths."""
    problems = [attrs.evolve(p, path=mapping.get(p.path, p.path)) for p in err.problems]
    return type(err)(problems)


@overload
def evaluate(request: DeadlineRequest) -> ReviewDeadline: ...
@overload
def evaluate(request: EscalationRequest) -> Escalation: ...
@overload
def evaluate(request: ComplaintRequest) -> Assessment: ...
@overload
def evaluate(request: CalendarRequest) -> CalendarMonth: ...
def evaluate(request: object) -> object:
    """Answer a request object: the Python side of :func:`handle`, raising instead of returning errors.

    Errors name the request's own paths (``registration.body``, ``rules_on``); the calendar is
    built once per distinct set of overlays and reused.

    >>> import datetime as dt
    >>> from appeal_rules import BodyKind
    >>> evaluate(DeadlineRequest(dt.date(2026, 12, 18), BodyKind.QUALITY_AUTHORITY)).provisional
    True
    """
    if isinstance(request, DeadlineRequest):
        return _evaluate_deadline(request)
    if isinstance(request, EscalationRequest):
        return _evaluate_escalation(request)
    if isinstance(request, ComplaintRequest):
        return _evaluate_complaint(request)
    if isinstance(request, CalendarRequest):
        # calendar_month names its own problems by year and month, the request's fields.
        return calendar_month(request.year, request.month, calendar=_calendar(request.overlays))
    raise InputTypeError.single("request", f"got {describe(request)}",
                                "a DeadlineRequest, EscalationRequest, ComplaintRequest or CalendarRequest")


def _evaluate_deadline(req: DeadlineRequest) -> ReviewDeadline:
    cal = _calendar(req.overlays)
    try:
        return review_deadline(req.registered_on, req.reviewer, lodged_on=req.lodged_on, rules_on=req.rules_on,
                               convention=req.convention, calendar=cal, on_provisional=req.on_provisional)
    except InvalidInputError as err:
        raise _remap(err, _deadline_paths(req.rules_on is not None)) from None


def _evaluate_escalation(req: EscalationRequest) -> Escalation:
    cal = _calendar(req.overlays)
    try:
        return escalation_options(
            req.stage, on=req.on, respondent=req.respondent, registered_on=req.registered_on,
            answered_on=req.answered_on, learned_on=req.learned_on, has_superior=req.has_superior,
            rules_on=req.rules_on, calendar=cal, on_provisional=req.on_provisional,
        )
    except InvalidInputError as err:
        rules = "rules_on" if req.rules_on is not None else "registered_on" if req.registered_on else "on"
        mapping = {"start": rules, "term": rules}
        if isinstance(err, OutsideCoverageError):
            mapping["on"] = rules
        raise _remap(err, mapping) from None


def _evaluate_complaint(req: ComplaintRequest) -> Assessment:
    cal = _calendar(req.overlays)
    c, reg = req.complaint, req.registration
    try:
        return assess(c, registration=reg, on=req.on, calendar=cal, on_provisional=req.on_provisional)
    except InvalidInputError as err:
        office = ("complaint.office" if c.office is not None else "registration.body" if reg is not None
                  else "complaint.addressee" if c.addressee is not None else "complaint.respondent")
        mapping = {
            "respondent": "complaint.respondent", "addressee": "complaint.addressee", "channel": "complaint.channel",
            "office": office, "lodged_on": "complaint.lodged_on", "learned_on": "complaint.learned_on",
            "registered_on": "registration.registered_on", "reviewer": "registration.body",
            "rules_on": "complaint.lodged_on", "start": "complaint.lodged_on", "term": "complaint.lodged_on",
        }
        if isinstance(err, OutsideCoverageError):  # the rules are read at the lodging date
            mapping["on"] = "complaint.lodged_on"
        raise _remap(err, mapping) from None


# --- the service entry point -------------------------------------------------------------------

_REQUESTS: dict[str, type] = {
    cls.KIND: cls for cls in (DeadlineRequest, EscalationRequest, ComplaintRequest, CalendarRequest)
}


def handle(request: Mapping[str, Any] | str | bytes) -> dict[str, Any]:
    """Answer one JSON request; never raises for bad input.

    ``request`` is a parsed JSON object or JSON text with a ``kind``: ``deadline``
    (:class:`DeadlineRequest`), ``escalation`` (:class:`EscalationRequest`), ``explain``
    (:class:`ComplaintRequest`) or ``calendar`` (:class:`CalendarRequest`). The answer is the
    result's JSON (``kind`` ``review_deadline``, ``escalation``, ``assessment`` or
    ``calendar_month``) or an error payload ``{"schema_version", "kind": "error", "error": {"type",
    "message", "problems": [{"path", "message", "accepted"}]}}`` listing every problem.

    >>> handle('{"kind": "escalation", "stage": "court", "on": "2025-02-03"}')["options"]
    []
    >>> [p["path"] for p in handle({"kind": "deadline", "reviewer": "court", "extra": 1})["error"]["problems"]]
    ['extra', 'registered_on']
    """
    try:
        data = _parse_text(request) if isinstance(request, (str, bytes, bytearray)) else request
        if not isinstance(data, Mapping):
            raise InvalidInputError.single("", f"got {_json_describe(data)}",
                                           f"a JSON object with a kind: {', '.join(_REQUESTS)}")
        kind = data.get("kind")
        cls = _REQUESTS.get(kind) if isinstance(kind, str) else None
        if cls is None:
            message = "missing" if kind is None else f"got {_json_describe(kind)}"
            raise InvalidInputError.single("kind", message, "one of: " + ", ".join(_REQUESTS))
        parsed: Any = from_json(cls, dict(data))
        with warnings.catch_warnings():
            # Over JSON the result itself says it is provisional and why; a warning has nowhere to go.
            warnings.simplefilter("ignore", category=Warning)
            result = evaluate(parsed)
        return to_json(result)
    except (InvalidInputError, ProvisionalResultError) as err:
        return to_json(err)


# --- JSON Schema -------------------------------------------------------------------------------

# name -> (title, the type, "input" or "output"), or for a union, the names it is one of.
_SCHEMAS: dict[str, tuple[str, type, str] | tuple[str, tuple[str, ...]]] = {
    "deadline-request": ("A request for a review deadline", DeadlineRequest, "input"),
    "escalation-request": ("A request for the options open at a stage", EscalationRequest, "input"),
    "explain-request": ("A request to assess one complaint", ComplaintRequest, "input"),
    "calendar-request": ("A request for a month of the working-day calendar", CalendarRequest, "input"),
    "request": ("Any request handle() accepts",
                ("deadline-request", "escalation-request", "explain-request", "calendar-request")),
    "review-deadline": ("A review deadline", ReviewDeadline, "output"),
    "escalation": ("The options open at a stage", Escalation, "output"),
    "assessment": ("Every decision about one complaint", Assessment, "output"),
    "calendar-month": ("A month of the working-day calendar", CalendarMonth, "output"),
    "error": ("A refused request", ErrorResponse, "output"),
    "response": ("Any payload handle() returns",
                 ("review-deadline", "escalation", "assessment", "calendar-month", "error")),
}

#: The names :func:`json_schema` knows, one file each in ``docs/schema/``.
SCHEMA_NAMES: tuple[str, ...] = tuple(_SCHEMAS)


class _SchemaBuilder:
    """Walks attrs fields (input) or JSON layouts (output) and type hints into JSON Schema."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.defs: dict[str, dict[str, Any]] = {}

    def hint(self, hint: Any) -> dict[str, Any]:
        inner = _optional_args(hint)
        if inner is not None:
            return {"anyOf": [self.hint(inner), {"type": "null"}]}
        if typing.get_origin(hint) is tuple:
            return {"type": "array", "items": self.hint(typing.get_args(hint)[0])}
        if hint is dt.date:
            return {"type": "string", "format": "date"}
        simple = {bool: "boolean", int: "integer", str: "string"}
        if hint in simple:
            return {"type": simple[hint]}
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            if hint.__name__ not in self.defs:
                self.defs[hint.__name__] = {
                    "title": hint.__name__, "description": _first_paragraph(hint.__doc__),
                    "type": "string", "enum": [m.value for m in hint],
                }
            return {"$ref": f"#/$defs/{hint.__name__}"}
        assert attrs.has(hint), hint
        if hint.__name__ not in self.defs:
            self.defs[hint.__name__] = {}  # reserve the name (recursive types)
            self.defs[hint.__name__] = self.object(hint, top=False)
        return {"$ref": f"#/$defs/{hint.__name__}"}

    def object(self, cls: type, *, top: bool) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        if top:
            properties["schema_version"] = {"description": "The version of the JSON shapes.",
                                            "const": SCHEMA_VERSION}
            kind = _kind_of(cls)
            assert kind is not None, cls
            properties["kind"] = {"description": "What the payload is.", "const": kind}
            required += ["kind"] if self.mode == "input" else ["schema_version", "kind"]
        if self.mode == "input":
            hints = _hints(cls)
            for field in attrs.fields(cls):
                prop = self.hint(hints[field.name])
                if field.metadata.get("description"):
                    prop = {"description": field.metadata["description"], **prop}
                if field.default is attrs.NOTHING:
                    required.append(field.name)
                elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # pragma: no branch
                    prop["default"] = _encode(field.default)
                properties[field.name] = prop
        else:
            for key in _keys(cls):
                prop = self.hint(key.hint)
                properties[key.name] = {"description": key.description, **prop} if key.description else prop
                required.append(key.name)
        schema: dict[str, Any] = {"title": cls.__name__}
        description = _first_paragraph(cls.__doc__)
        if description:  # pragma: no branch - every schema type has a docstring
            schema["description"] = description
        schema.update({"type": "object", "properties": properties, "required": required,
                       "additionalProperties": False})
        return schema


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) ``name`` (one of :data:`SCHEMA_NAMES`), generated from the types.

    Requests list what :func:`from_json` reads (fields with a default are optional); results list
    every key :func:`to_json` writes (all required). Enums are ``enum`` of their values, dates
    strings of format ``date``.

    >>> schema = json_schema("deadline-request")
    >>> schema["required"], schema["properties"]["reviewer"]
    (['kind', 'registered_on', 'reviewer'], {'description': 'The body that reviews it.', '$ref': '#/$defs/BodyKind'})
    >>> json_schema("review-deadline")["properties"]["due"]["format"]
    'date'
    """
    spec = _SCHEMAS.get(name) if isinstance(name, str) else None
    if spec is None:
        raise InvalidInputError.single("name", f"unknown schema {name!r}", "one of: " + ", ".join(SCHEMA_NAMES))
    head = {"$schema": _JSON_SCHEMA_DIALECT, "$id": f"{_SCHEMA_BASE_URL}{name}.json", "title": spec[0]}
    if len(spec) == 3:
        _, cls, mode = spec
        builder = _SchemaBuilder(mode)
        body = builder.object(cls, top=True)
        body.pop("title")
        schema = {**head, **body}
    else:
        _, members = spec
        schema = dict(head)
        builder = _SchemaBuilder("output")
        for member in members:
            member_schema = json_schema(member)
            builder.defs.update(member_schema.pop("$defs", {}))
            # A payload's own definition is keyed by its schema name: "escalation" (a payload, with
            # schema_version and kind) must not clash with "Escalation" (the value nested in an assessment).
            builder.defs[member] = {k: v for k, v in member_schema.items() if k not in ("$schema", "$id")}
        schema["oneOf"] = [{"$ref": f"#/$defs/{member}"} for member in members]
    if builder.defs:  # pragma: no branch - every published schema has nested types
        schema["$defs"] = dict(sorted(builder.defs.items()))
    return schema


def write_schemas(directory: str | Path) -> tuple[Path, ...]:
    """Write every schema of :data:`SCHEMA_NAMES` to ``directory/<name>.json``; return the paths.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in write_schemas(tmp)][:2]
    ['deadline-request.json', 'escalation-request.json']
    """
    if not isinstance(directory, (str, os.PathLike)):
        raise InputTypeError.single("directory", f"got {describe(directory)}", "a path (str or os.PathLike)")
    target = Path(directory)
    if "\x00" in str(target):
        raise InvalidInputError.single("directory", f"{str(target)!r} holds a NUL character", "a valid path")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMA_NAMES:
        path = target / f"{name}.json"
        path.write_text(_schema_text(name), encoding="utf-8")
        written.append(path)
    return tuple(written)


def _schema_text(name: str) -> str:
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False) + "\n"


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m appeal_rules.serialization",
        description="Write the JSON Schema files of the service payloads.",
        epilog="Example:\n  python -m appeal_rules.serialization docs/schema",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("directory", help="where to write <name>.json, one file per schema")
    args = parser.parse_args(argv)
    for path in write_schemas(args.directory):
        print(path)
    return 0


if __name__ == "__main__":
    from appeal_rules.serialization import _main as main

    sys.exit(main())
