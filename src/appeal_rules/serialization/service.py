"""The service entry point: a request in, a result or an error payload out, never an exception.

>>> handle({"kind": "calendar", "year": 2025, "month": 1})["working_days"]
20
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Mapping
from typing import Any, overload

import attrs

from appeal_rules._validate import describe
from appeal_rules.calendar import CalendarOverlay, WorkingCalendar, default_calendar
from appeal_rules.errors import InputTypeError, InvalidInputError, OutsideCoverageError, ProvisionalResultError
from appeal_rules.procedure import Assessment, Escalation, ReviewDeadline, assess, escalation_options, review_deadline
from appeal_rules.serialization._layout import RESULT_KINDS
from appeal_rules.serialization.codec import error_response, json_describe, parse, structure, to_json
from appeal_rules.serialization.limits import Limits
from appeal_rules.serialization.requests import CalendarRequest, ComplaintRequest, DeadlineRequest, EscalationRequest
from appeal_rules.serialization.results import CalendarMonth, calendar_month

__all__ = ["evaluate", "handle"]


def __dir__() -> list[str]:
    return __all__


#: The request types, by the ``kind`` that selects them.
REQUESTS: dict[str, type] = {
    cls.KIND: cls for cls in (DeadlineRequest, EscalationRequest, ComplaintRequest, CalendarRequest)
}
assert set(RESULT_KINDS) == {ReviewDeadline, Escalation, Assessment, CalendarMonth}

_DEFAULT_LIMITS = Limits()


# --- evaluating requests -----------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def calendar(overlays: tuple[CalendarOverlay, ...]) -> WorkingCalendar:
    """The calendar with ``overlays`` laid over it, built once per distinct tuple of overlays."""
    return WorkingCalendar(overlays=overlays) if overlays else default_calendar()


def deadline_paths(rules_on_given: bool) -> dict[str, str]:
    """:func:`~appeal_rules.review_deadline`'s problem paths in a deadline request's field names."""
    return {"on": "rules_on" if rules_on_given else "registered_on", "term": "registered_on"}


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
        return calendar_month(request.year, request.month, calendar=calendar(request.overlays))
    raise InputTypeError.single("request", f"got {describe(request)}",
                                "a DeadlineRequest, EscalationRequest, ComplaintRequest or CalendarRequest")


def _evaluate_deadline(req: DeadlineRequest) -> ReviewDeadline:
    cal = calendar(req.overlays)
    try:
        return review_deadline(req.registered_on, req.reviewer, lodged_on=req.lodged_on, rules_on=req.rules_on,
                               convention=req.convention, calendar=cal, on_provisional=req.on_provisional)
    except InvalidInputError as err:
        raise _remap(err, deadline_paths(req.rules_on is not None)) from None


def _evaluate_escalation(req: EscalationRequest) -> Escalation:
    cal = calendar(req.overlays)
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
    cal = calendar(req.overlays)
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


def handle(request: object, *, limits: Limits | None = None) -> dict[str, Any]:
    """Answer one JSON request; never raises, whatever ``request`` is.

    ``request`` is JSON text (``str`` or ``bytes``) or a parsed JSON object with a ``kind``:
    ``deadline`` (:class:`DeadlineRequest`), ``escalation`` (:class:`EscalationRequest`),
    ``explain`` (:class:`ComplaintRequest`) or ``calendar`` (:class:`CalendarRequest`). The answer
    is the result's JSON (``kind`` ``review_deadline``, ``escalation``, ``assessment`` or
    ``calendar_month``) or an error payload ``{"schema_version", "kind": "error", "error": {"type",
    "message", "problems": [{"path", "message", "accepted"}]}}`` listing every problem. A payload
    past ``limits`` (default :class:`Limits`: 1 000 000 characters, 32 levels of nesting, numbers of
    32 digits) is refused before it is parsed; at most 100 problems are listed, the last entry
    counting the rest; a rejected value is echoed to its first 40 characters. Even a ``limits``
    that is not a :class:`Limits` is answered with an error payload.

    >>> handle('{"kind": "escalation", "stage": "court", "on": "2025-02-03"}')["options"]
    []
    >>> [p["path"] for p in handle({"kind": "deadline", "reviewer": "court", "extra": 1})["error"]["problems"]]
    ['extra', 'registered_on']
    >>> handle('{"kind": "calendar", "year": ' + "9" * 5000 + ', "month": 1}')["error"]["problems"][0]["message"]
    'a number of 5000 digits'
    """
    if limits is None:
        limits = _DEFAULT_LIMITS
    elif not isinstance(limits, Limits):  # the caller's mistake, answered like any other
        refusal = InputTypeError.single("limits", f"got {describe(limits)}", "a Limits, or None for the defaults")
        return to_json(error_response(refusal))
    try:
        return to_json(_answer(request, limits))
    except (InvalidInputError, ProvisionalResultError) as err:
        return to_json(error_response(err, limits))


def _answer(request: object, limits: Limits) -> object:
    """The result for ``request``, or the error refusing it raised."""
    if isinstance(request, Mapping) and not isinstance(request, dict):
        try:
            request = dict(request)
        except Exception as err:
            raise InvalidInputError.single("", f"the object could not be read ({type(err).__name__})",
                                           f"a JSON object with a kind: {', '.join(REQUESTS)}") from None
    if not isinstance(request, (str, bytes, bytearray, dict)):
        raise InvalidInputError.single("", f"got {json_describe(request, limits.max_echo)}",
                                       f"a JSON object with a kind: {', '.join(REQUESTS)}")
    data = parse(request, limits)
    if not isinstance(data, dict):
        raise InvalidInputError.single("", f"got {json_describe(data, limits.max_echo)}",
                                       f"a JSON object with a kind: {', '.join(REQUESTS)}")
    kind = data.get("kind")
    cls = REQUESTS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        message = "missing" if kind is None else f"got {json_describe(kind, limits.max_echo)}"
        raise InvalidInputError.single("kind", message, "one of: " + ", ".join(REQUESTS))
    parsed: Any = structure(cls, data, limits)
    with warnings.catch_warnings():
        # Over JSON the result itself says it is provisional and why; a warning has nowhere to go.
        warnings.simplefilter("ignore", category=Warning)
        return evaluate(parsed)
