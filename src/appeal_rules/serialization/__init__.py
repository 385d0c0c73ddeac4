"""JSON for services: every value and result as JSON, requests from JSON, one entry point, schemas.

The package has one module per concern: ``requests`` (the request types), ``results`` (the
calendar month, the error and the batch summary payloads), ``codec`` (to and from JSON),
``limits`` (how much of a payload is read), ``schema`` (the JSON Schemas) and ``service``
(:func:`evaluate` and :func:`handle`). Every public name is importable from here.

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
  exception, whatever it is given: a payload past its :class:`Limits` (size, nesting, digits) is
  refused before it is parsed, and a refusal lists at most 100 problems.
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

# The answers of evaluate(), whose type hints docs/_ext/ruletable.py resolves in this namespace.
from appeal_rules.procedure import Assessment, Escalation, ReviewDeadline  # noqa: F401
from appeal_rules.serialization._common import SCHEMA_VERSION
from appeal_rules.serialization._layout import INPUT_TYPES
from appeal_rules.serialization.codec import dumps, from_json, to_json
from appeal_rules.serialization.limits import Limits
from appeal_rules.serialization.requests import CalendarRequest, ComplaintRequest, DeadlineRequest, EscalationRequest
from appeal_rules.serialization.results import (
    BatchSummary,
    CalendarDay,
    CalendarMonth,
    ErrorInfo,
    ErrorResponse,
    calendar_month,
)
from appeal_rules.serialization.schema import SCHEMA_NAMES, json_schema, write_schemas
from appeal_rules.serialization.service import evaluate, handle

__all__ = [
    "INPUT_TYPES",
    "SCHEMA_NAMES",
    "SCHEMA_VERSION",
    "BatchSummary",
    "CalendarDay",
    "CalendarMonth",
    "CalendarRequest",
    "ComplaintRequest",
    "DeadlineRequest",
    "ErrorInfo",
    "ErrorResponse",
    "EscalationRequest",
    "Limits",
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
