"""Values and results to JSON, JSON to values and requests: every problem at once, each with its path.

* :func:`to_json` / :func:`dumps` turn any value type or result (and any library error) into JSON:
  dates as ``YYYY-MM-DD``, enums as their values, computed properties included. Every top-level
  payload carries ``schema_version``; requests and results also carry their ``kind``.
* :func:`from_json` structures JSON (text or a parsed object) into a value type or a request,
  within :class:`~appeal_rules.serialization.Limits`. ``from_json(T, to_json(x)) == x`` for every
  value type and request.

>>> from appeal_rules.rules import Term, Unit
>>> from_json(Term, to_json(Term(5, Unit.WORKING_DAYS)))
Term(length=5, unit=<Unit.WORKING_DAYS: 'working_days'>)
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import reprlib
import typing
from typing import Any, TypeVar

import attrs

from appeal_rules._validate import check_int, describe, raise_if
from appeal_rules.errors import AppealRulesError, InputTypeError, InvalidInputError, Problem
from appeal_rules.serialization._common import (
    DATE_ACCEPTED,
    SCHEMA_VERSION,
    hints,
    members_text,
    narrowed,
    optional_args,
)
from appeal_rules.serialization._layout import INPUT_TYPES, encode, kind_of
from appeal_rules.serialization.limits import (
    Collector,
    Limits,
    capped,
    check_object,
    check_size,
    check_text,
    cut,
    cut_quoted,
    is_capped,
)
from appeal_rules.serialization.results import ErrorInfo, ErrorResponse

__all__ = ["dumps", "from_json", "to_json"]


def __dir__() -> list[str]:
    return __all__


T = TypeVar("T")

_DEFAULT_LIMITS = Limits()
# The longest a path, message or accepted text of an error payload gets (a library message may
# quote a value the caller gave, such as an overlay's act).
_TEXT_LIMIT = 500


# --- to JSON -----------------------------------------------------------------------------------


def error_response(err: AppealRulesError, limits: Limits = _DEFAULT_LIMITS) -> ErrorResponse:
    """The payload of a library error: its problems, at most ``limits.max_problems`` of them listed."""
    if isinstance(err, InvalidInputError):
        problems = err.problems
        if len(problems) > limits.max_problems and not is_capped(err):
            err = capped(type(err), problems[:limits.max_problems], len(problems))
            problems = err.problems
    else:  # ProvisionalResultError: no field is wrong, the policy refused the answer
        problems = (Problem("on_provisional", str(err),
                            "a result on confirmed calendar data, or on_provisional 'mark' or 'warn'"),)
    problems = tuple(Problem(cut(p.path, _TEXT_LIMIT), cut(p.message, _TEXT_LIMIT), cut(p.accepted, _TEXT_LIMIT),
                             p.is_type_error) for p in problems)
    name = err.common_class.__name__ if isinstance(err, InvalidInputError) else type(err).__name__
    return ErrorResponse(ErrorInfo(name, str(err), problems))


def to_json(obj: object) -> dict[str, Any]:
    """``obj`` (a value type, request, result or library error) as a JSON-ready ``dict``.

    Dates become ``YYYY-MM-DD``, enums their values, rule versions carry their id, citation and
    sources, results their computed properties. The payload starts with ``schema_version``, then
    for requests and results the ``kind`` that :func:`~appeal_rules.serialization.handle`
    dispatches on or answers with (value types carry none: ``Body`` has a field of that name). An
    :class:`~appeal_rules.errors.AppealRulesError` becomes an error payload, listing at most
    :attr:`Limits.max_problems <appeal_rules.serialization.Limits.max_problems>` problems.

    >>> import datetime as dt
    >>> from appeal_rules import review_deadline, BodyKind
    >>> from appeal_rules.rules import Term, Unit
    >>> data = to_json(review_deadline(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER))
    >>> data["due"], data["rule_version"], data["basis"][0]["sources"][0]["provision"]
    ('2025-01-10', 'review_term.first_instance@appc', 'art. 25')
    >>> to_json(Term(5, Unit.WORKING_DAYS))
    {'schema_version': '1', 'length': 5, 'unit': 'working_days'}
    """
    if isinstance(obj, AppealRulesError):
        obj = error_response(obj)
    if not attrs.has(type(obj)):
        raise InputTypeError.single("obj", f"got {describe(obj)}",
                                    "a value type, request or result of appeal_rules, or one of its errors")
    body = encode(obj)
    kind = kind_of(type(obj))
    head = {"schema_version": SCHEMA_VERSION} if kind is None else {"schema_version": SCHEMA_VERSION, "kind": kind}
    return {**head, **body}


def dumps(obj: object, *, indent: int | None = None) -> str:
    """:func:`to_json` as a JSON string (UTF-8 text, non-ASCII characters kept as they are).

    >>> from appeal_rules.rules import Term, Unit
    >>> dumps(Term(15, Unit.WORKING_DAYS))
    '{"schema_version": "1", "length": 15, "unit": "working_days"}'
    """
    if indent is not None:
        problems: list[Problem] = []
        check_int(indent, "indent", problems, minimum=0, maximum=16)
        raise_if(problems)
    return json.dumps(to_json(obj), ensure_ascii=False, indent=indent)


# --- from JSON ---------------------------------------------------------------------------------


def accepted(hint: Any, members: tuple[enum.Enum, ...] | None = None) -> str:  # noqa: PLR0911 - one per JSON type
    """What JSON a field of type ``hint`` accepts, in words (only ``members`` of an enum, if given)."""
    inner = optional_args(hint)
    if inner is not None:  # pragma: no cover - only a missing required optional field asks this; none exist
        return f"{accepted(inner, members)}, or null"
    if typing.get_origin(hint) is tuple:
        return f"an array, each item {accepted(typing.get_args(hint)[0])}"
    if hint is dt.date:
        return DATE_ACCEPTED
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return members_text(tuple(hint) if members is None else members)
    if hint is bool:
        return "true or false"
    if hint is int:
        return "a whole number"
    if hint is str:
        return "a string"
    return f"an object ({hint.__name__})"


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 60


def json_describe(value: object, limit: int) -> str:  # noqa: PLR0911 - one answer per JSON type
    """A JSON-flavoured description of a rejected value, cut to about ``limit`` characters."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return f"string {cut_quoted(value, limit, as_json=True)}"
    if isinstance(value, (int, float)):
        return f"number {cut(json.dumps(value), limit)}"
    return f"{type(value).__name__} {_REPR.repr(value)}"  # a Python value handed in a parsed object


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _Reader:
    """Structures parsed JSON into the input types, collecting (capped) problems."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.problems = Collector(limits.max_problems)

    def describe(self, value: object) -> str:
        return json_describe(value, self.limits.max_echo)

    def type_error(self, path: str, value: object, hint: Any, members: tuple[enum.Enum, ...] | None = None) -> None:
        """Record that ``value`` is not of the JSON type ``hint`` asks for."""
        if self.problems.full:
            self.problems.skip(is_type_error=True)
        else:
            self.problems.append(Problem(path, f"got {self.describe(value)}", accepted(hint, members), True))

    def value(self, hint: Any, value: object, path: str, members: tuple[enum.Enum, ...] | None = None) -> Any:  # noqa: PLR0911
        inner = optional_args(hint)
        if inner is not None:
            return None if value is None else self.value(inner, value, path, members)
        if typing.get_origin(hint) is tuple:
            if not isinstance(value, list):
                self.type_error(path, value, hint)
                return None
            item = typing.get_args(hint)[0]
            return tuple(self.value(item, v, f"{path}[{i}]") for i, v in enumerate(value))
        if hint is dt.date:
            return self.date(value, path)
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            if not isinstance(value, str):
                self.type_error(path, value, hint, members)
                return None
            for member in hint:
                if member.value == value:
                    return member
            if self.problems.full:
                self.problems.skip(is_type_error=False)
            else:
                echo = cut_quoted(value, self.limits.max_echo, as_json=False)
                self.problems.append(Problem(path, f"unknown value {echo}", accepted(hint, members)))
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
            return self.object(hint, value, path, top=False)
        else:  # pragma: no cover - every input type's fields are covered above
            raise AssertionError(f"no JSON form for {hint!r}")
        self.type_error(path, value, hint, members)
        return None

    def date(self, value: object, path: str) -> dt.date | None:
        if not isinstance(value, str):
            self.type_error(path, value, dt.date)
            return None
        if _ISO_DATE.fullmatch(value):  # fromisoformat alone would take 20250101 and 2025-W01-1 too
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                message = f"{value} is not a day of the calendar"
        else:
            message = ""
        if self.problems.full:
            self.problems.skip(is_type_error=False)
        else:
            self.problems.append(Problem(path, message or f"got {self.describe(value)}", DATE_ACCEPTED))
        return None

    def object(self, cls: type, value: object, path: str, *, top: bool) -> Any:
        problems = self.problems
        if not isinstance(value, dict):
            problems.append(Problem(path, f"got {self.describe(value)}", f"an object ({cls.__name__})", True))
            return None
        before = problems.count
        fields = attrs.fields_dict(cls)
        types = hints(cls)
        kind = kind_of(cls) if top else None
        envelope: tuple[str, ...] = ("schema_version", "kind")[: 0 if not top else 1 if kind is None else 2]
        for key in value:
            if key not in fields and key not in envelope:
                name = str(key)
                message = "unknown field"
                if len(name) > self.limits.max_echo:
                    message += f" (a name of {len(name)} characters)"
                    name = name[:self.limits.max_echo] + "…"
                known = f"the fields of {cls.__name__}: {', '.join(fields)}"
                problems.append(Problem(_join(path, name), message, known))
        if top and "schema_version" in value and value["schema_version"] != SCHEMA_VERSION:
            problems.append(Problem(_join(path, "schema_version"), f"got {self.describe(value['schema_version'])}",
                                    f'"{SCHEMA_VERSION}" (or no schema_version)'))
        if kind is not None and "kind" in value and value["kind"] != kind:
            problems.append(Problem(_join(path, "kind"), f"got {self.describe(value['kind'])}",
                                    f'"{kind}" (or no kind)'))
        kwargs: dict[str, Any] = {}
        for name, field in fields.items():
            where = _join(path, name)
            members = narrowed(cls, name)
            if name not in value:
                if field.default is attrs.NOTHING:
                    problems.append(Problem(where, "missing", accepted(types[name], members)))
                continue
            kwargs[name] = self.value(types[name], value[name], where, members)
        if problems.count > before:
            return None
        try:
            return cls(**kwargs)
        except InvalidInputError as err:  # the type's own checks across fields (e.g. learned_on <= lodged_on)
            for p in err.problems:
                problems.append(attrs.evolve(p, path=_join(path, p.path)))
            return None


def from_json(cls: type[T], data: object, *, limits: Limits | None = None) -> T:
    """Build a ``cls`` (one of :data:`~appeal_rules.serialization.INPUT_TYPES`) from JSON text or a parsed object.

    Every problem is collected, each with its path, and raised once as
    :class:`~appeal_rules.errors.InvalidInputError` (:class:`~appeal_rules.errors.InputTypeError`
    when every problem is one of type). Unknown fields are problems; ``schema_version`` and, for a
    request, ``kind``, if present at the top, must match. A payload past ``limits`` (default
    :class:`~appeal_rules.serialization.Limits`) is refused before it is read; at most
    ``limits.max_problems`` problems are listed.

    >>> from appeal_rules import Complaint
    >>> from appeal_rules.serialization import ComplaintRequest
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
    if limits is None:
        limits = _DEFAULT_LIMITS
    elif not isinstance(limits, Limits):
        raise InputTypeError.single("limits", f"got {describe(limits)}", "a Limits, or None for the defaults")
    return structure(cls, parse(data, limits), limits)


def structure(cls: type[T], data: object, limits: Limits) -> T:
    """Build a ``cls`` from parsed JSON that :func:`parse` let through; raise every problem (capped)."""
    reader = _Reader(limits)
    result = reader.object(cls, data, "", top=True)
    err = reader.problems.error()
    if err is not None:
        raise err
    assert isinstance(result, cls)
    return result


def parse(data: object, limits: Limits) -> object:
    """JSON text parsed, or a parsed value checked, within ``limits``; raise the refusal otherwise."""
    if isinstance(data, (bytes, bytearray)):
        problem = check_size(len(data), limits, "bytes")
        if problem is None:
            try:
                data = bytes(data).decode(json.detect_encoding(data), "surrogatepass")
            except UnicodeDecodeError as err:
                raise InvalidInputError.single("", f"not UTF-8 text: {err.reason}", "a JSON object in UTF-8") from None
    elif isinstance(data, str):
        problem = check_size(len(data), limits, "characters")
    else:
        problem = check_object(data, limits)
        if problem is None:
            return data
    if problem is None:
        assert isinstance(data, str)
        problem = check_text(data, limits)
    if problem is not None:
        raise InvalidInputError([problem])
    assert isinstance(data, str)
    try:
        return json.loads(data)
    except json.JSONDecodeError as err:
        raise InvalidInputError.single(
            "", f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}", "a JSON object") from None
