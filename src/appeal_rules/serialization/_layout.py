"""The JSON layout of every type: which keys, from where, of which type, in which order.

A private module shared by the codec (which writes the keys) and the schemas (which describe them).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import typing
from typing import Any

import attrs

from appeal_rules._validate import describe
from appeal_rules.calendar import CalendarOverlay, Day
from appeal_rules.deadlines import Period
from appeal_rules.errors import InputTypeError, Problem
from appeal_rules.model import Body, Complaint, Registration
from appeal_rules.procedure import Assessment, Escalation, ReviewDeadline
from appeal_rules.rules import RuleVersion, Term
from appeal_rules.serialization._common import first_paragraph, hints
from appeal_rules.serialization.requests import CalendarRequest, ComplaintRequest, DeadlineRequest, EscalationRequest
from appeal_rules.serialization.results import CalendarMonth
from appeal_rules.sources import Source

#: The types from_json builds: the value types and the requests.
INPUT_TYPES: tuple[type, ...] = (
    Complaint, Registration, Body, CalendarOverlay, Term, Source,
    DeadlineRequest, EscalationRequest, ComplaintRequest, CalendarRequest,
)


# Types whose JSON is not simply their attrs fields: (JSON key, source) pairs in order. A source is
# an attribute or property name, a dotted path through attributes, or ``name()`` for a method (its
# return type and docstring go to the schema).
KeySource = str
LAYOUTS: dict[type, tuple[tuple[str, KeySource], ...]] = {
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
        ("calendar_version", "calendar_version"), ("explanation", "explain()"), ("basis", "basis"),
    ),
    Day: (
        ("date", "date"), ("kind", "kind"), ("name", "name"), ("moved", "moved"), ("act", "act"),
        ("estimated", "estimated"), ("working", "is_working"), ("description", "describe()"),
    ),
    Escalation: (
        ("stage", "stage"), ("rules_on", "rules_on"), ("regime", "regime"), ("waiting_until", "waiting_until"),
        ("note", "note"), ("provisional", "provisional"), ("provisional_reasons", "provisional_reasons"),
        ("calendar_version", "calendar_version"), ("confirmed", "confirmed"), ("options", "options"),
        ("basis", "basis"),
    ),
    Assessment: (
        ("complaint", "complaint"), ("registration", "registration"), ("on", "on"),
        ("addressees", "addressees"), ("addressee_check", "addressee_check"), ("proof", "proof"),
        ("answer", "answer"), ("deadline", "deadline"), ("escalation", "escalation"),
        ("provisional", "provisional"), ("confirmed", "confirmed"),
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
class Key:
    """One key of a type's JSON: where its value comes from, its type hint and its description."""

    name: str
    source: KeySource
    hint: Any
    description: str


def _resolve(cls: type, source: KeySource) -> tuple[Any, str]:
    """The type hint and description of ``source`` (see :data:`LAYOUTS`) on ``cls``."""
    hint: Any = cls
    description = ""
    for part in source.split("."):
        owner = hint
        name = part.removesuffix("()")
        if attrs.has(owner) and name in attrs.fields_dict(owner) and not part.endswith("()"):
            hint = hints(owner)[name]
            description = attrs.fields_dict(owner)[name].metadata.get("description", "")
            continue
        member = getattr(owner, name)
        function = member.fget if isinstance(member, property) else member
        hint = typing.get_type_hints(function)["return"]
        description = first_paragraph(function.__doc__)
    return hint, description


@functools.cache
def keys(cls: Any) -> tuple[Key, ...]:
    """The keys of ``cls``'s JSON, in order."""
    layout = LAYOUTS.get(cls)
    if layout is None:
        layout = tuple((f.name, f.name) for f in attrs.fields(cls))
    return tuple(Key(name, source, *_resolve(cls, source)) for name, source in layout)


def _get(obj: object, source: KeySource) -> object:
    value = obj
    for part in source.split("."):
        value = getattr(value, part[:-2])() if part.endswith("()") else getattr(value, part)
    return value


# The results handle() returns, by the ``kind`` their payload carries.
RESULT_KINDS: dict[type, str] = {
    ReviewDeadline: "review_deadline", Escalation: "escalation", Assessment: "assessment",
    CalendarMonth: "calendar_month",
}


def kind_of(cls: type) -> str | None:
    """The ``kind`` a top-level payload of ``cls`` carries: a request's or a result's, else none.

    Value types carry no ``kind`` (several have a field of that name, such as ``Body.kind``).
    """
    kind = getattr(cls, "KIND", None)
    if isinstance(kind, str):
        return kind
    return RESULT_KINDS.get(cls)


def encode(value: object) -> Any:
    """``value`` in its JSON form (without the top-level ``schema_version`` and ``kind``)."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [encode(item) for item in value]
    if attrs.has(type(value)):
        cls: Any = type(value)
        return {key.name: encode(_get(value, key.source)) for key in keys(cls)}
    raise InputTypeError.single("obj", f"cannot encode {describe(value)}",
                                "a value type or result of appeal_rules (attrs classes), dates, enums")
