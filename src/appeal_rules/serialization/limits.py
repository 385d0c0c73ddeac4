"""How much of a payload the JSON layer reads: bounded time and memory, whatever a client sends.

A service cannot choose what it is sent. :func:`~appeal_rules.serialization.handle` and
:func:`~appeal_rules.serialization.from_json` check a payload against :class:`Limits` *before*
parsing it (JSON text: its size, how deep its arrays and objects nest, how long its numbers are;
a parsed object: the same, walked without recursion), and refuse it with an error payload when it
is too big. What they echo of a bad value is cut to a short prefix, and the problems listed are
capped, the last entry counting the rest.

>>> from appeal_rules.serialization import handle
>>> refused = handle("[" * 5000 + "]" * 5000)
>>> refused["error"]["problems"][0]["accepted"]
'arrays and objects nested at most 32 deep (Limits.max_depth)'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from appeal_rules.errors import InputTypeError, InvalidInputError, Problem

__all__ = ["Limits"]


def __dir__() -> list[str]:
    return __all__


def _within(low: int, high: int) -> Any:
    """An attrs validator: a whole number (not a bool) from ``low`` to ``high``."""

    def check(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputTypeError.single(attribute.name, f"got {type(value).__name__}", "a whole number (int)")
        if not low <= value <= high:
            raise InvalidInputError.single(attribute.name, f"got {value}", f"a whole number >= {low} and <= {high}")

    return check


@attrs.frozen
class Limits:
    """The most a JSON payload may hold before it is refused, and how much of a refusal is echoed.

    ``max_size`` counts characters of JSON text (bytes when the text is ``bytes``), and for an
    already-parsed object about the characters its JSON would take. ``max_depth`` is how deep
    arrays and objects may nest (a request needs 4). ``max_int_digits`` is the longest run of
    digits in a number (a request's longest, a year, has 4). An error lists at most
    ``max_problems`` problems and then one entry counting the rest; a rejected value is echoed to
    at most ``max_echo`` characters, then an ellipsis and its full length.

    >>> Limits()
    Limits(max_size=1000000, max_depth=32, max_int_digits=32, max_problems=100, max_echo=40)
    >>> from appeal_rules.serialization import handle
    >>> handle('{"kind": "calendar", "year": 2025, "month": 1}', limits=Limits(max_size=20))["error"]["type"]
    'InvalidInputError'
    """

    max_size: int = attrs.field(default=1_000_000, validator=_within(1, 1_000_000_000))
    max_depth: int = attrs.field(default=32, validator=_within(1, 200))
    # Python refuses to read an integer of more than 4 300 digits (sys.int_info.default_max_str_digits).
    max_int_digits: int = attrs.field(default=32, validator=_within(1, 4300))
    max_problems: int = attrs.field(default=100, validator=_within(1, 100_000))
    max_echo: int = attrs.field(default=40, validator=_within(1, 100_000))


# --- echoing a rejected value --------------------------------------------------------------------


def cut(text: str, limit: int) -> str:
    """``text``, or its first ``limit`` characters, an ellipsis and how long it was."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text)} characters)"


def cut_quoted(value: str, limit: int, *, as_json: bool) -> str:
    """``value`` quoted (as JSON, or as Python's ``repr``), cut inside the quotes when too long."""
    quote = json.dumps if as_json else repr
    if len(value) <= limit:
        return quote(value)
    quoted = quote(value[:limit])
    return f"{quoted[:-1]}…{quoted[-1]} ({len(value)} characters)"


# --- before parsing: the text ----------------------------------------------------------------------

# A JSON string (escapes included), so that brackets and digits inside strings are not counted.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _size_problem(size: int, limits: Limits, unit: str) -> Problem:
    return Problem("", f"the payload is {size} {unit} long",
                   f"a payload of at most {limits.max_size} {unit} (Limits.max_size)")


def _object_size_problem(limits: Limits) -> Problem:
    return Problem("", f"the object takes more than {limits.max_size} characters as JSON",
                   f"an object of at most {limits.max_size} characters as JSON (Limits.max_size)")


def _depth_problem(path: str, limits: Limits) -> Problem:
    return Problem(path, f"arrays and objects nested more than {limits.max_depth} deep",
                   f"arrays and objects nested at most {limits.max_depth} deep (Limits.max_depth)")


def _digits_problem(path: str, digits: int, limits: Limits) -> Problem:
    return Problem(path, f"a number of {digits} digits",
                   f"numbers of at most {limits.max_int_digits} digits (Limits.max_int_digits)")


def check_size(length: int, limits: Limits, unit: str) -> Problem | None:
    """The problem with a text of ``length`` characters (or bytes), if it is too long."""
    return _size_problem(length, limits, unit) if length > limits.max_size else None


def check_text(text: str, limits: Limits) -> Problem | None:
    """The first reason to refuse JSON ``text`` before parsing it: too deep, or a number too long.

    Strings are skipped (a bracket or a digit inside one is text); what is left is scanned without
    recursion, so the check costs one pass however the text nests.
    """
    bare = _STRING.sub('""', text)
    depth = 0
    for bracket in _NOT_BRACKET.sub("", bare):
        depth += 1 if bracket in "[{" else -1
        if depth > limits.max_depth:
            return _depth_problem("", limits)
    longest = re.search(f"[0-9]{{{limits.max_int_digits + 1},}}", bare)
    if longest is not None:
        digits = re.match(r"[0-9]*", bare[longest.start():])
        assert digits is not None
        return _digits_problem("", len(digits.group()), limits)
    return None


# --- after parsing: an object handed over as it is -------------------------------------------------


def _path(node: tuple[Any, ...] | None, limit: int) -> str:
    """The path of a node of :func:`check_object`'s walk: (parent, key) pairs, keys cut to ``limit``."""
    parts: list[str] = []
    while node is not None:
        node, key = node
        parts.append(f"[{key}]" if isinstance(key, int) else "." + cut(key, limit))
    return "".join(reversed(parts)).lstrip(".")


def check_object(data: object, limits: Limits) -> Problem | None:
    """The first reason to refuse a parsed JSON value: too big, too deep, a non-string key, a long number.

    Walks dicts and lists with an explicit stack (no recursion, cycles stop at the depth limit) and
    stops as soon as the estimated JSON size passes :attr:`Limits.max_size`. Anything the value's
    own methods raise while it is read is a refusal too.
    """
    try:
        return _walk(data, limits)
    except Exception as err:
        return Problem("", f"the object could not be read ({type(err).__name__})",
                       "a JSON object: a dict of strings, numbers, booleans, null, lists and dicts")


def _walk(data: object, limits: Limits) -> Problem | None:
    """Depth first, one iterator per open container: the memory used grows with the depth only."""
    ceiling = 10 ** limits.max_int_digits
    root: Iterator[tuple[Any, object]] = iter(((None, data),))
    # (the open container's (key, value) pairs, its path node, whether its keys must be strings)
    stack: list[tuple[Iterator[tuple[Any, object]], tuple[Any, ...] | None, bool]] = [(root, None, False)]
    size = 0
    while stack:
        items, parent, keyed = stack[-1]
        entry = next(items, None)
        if entry is None:
            stack.pop()
            continue
        key, value = entry
        if keyed:
            if not isinstance(key, str):
                return Problem(_path(parent, limits.max_echo), f"a key of type {type(key).__name__}",
                               "string keys, as in JSON")
            size += len(key) + 4
        node = None if key is None else (parent, key)
        if isinstance(value, dict):
            if len(stack) > limits.max_depth:
                return _depth_problem(_path(node, limits.max_echo), limits)
            size += 2
            stack.append((iter(value.items()), node, True))
        elif isinstance(value, list):
            if len(stack) > limits.max_depth:
                return _depth_problem(_path(node, limits.max_echo), limits)
            size += 2 + len(value)
            stack.append((enumerate(value), node, False))
        elif isinstance(value, str):
            size += len(value) + 2
        elif isinstance(value, int) and not isinstance(value, bool):
            if abs(value) >= ceiling:
                # str() of a number past 4 300 digits raises; log10(2) = 0.30103 counts its digits then.
                digits = len(str(abs(value))) if value.bit_length() < 14_000 else int(value.bit_length() * 0.30103) + 1
                return _digits_problem(_path(node, limits.max_echo), digits, limits)
            size += limits.max_int_digits
        else:
            size += 5
        if size > limits.max_size:
            return _object_size_problem(limits)
    return None


# --- capping the problems listed ----------------------------------------------------------------


class Collector:
    """Problems as they are found: the first ``limit`` kept, the rest only counted."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.kept: list[Problem] = []
        self.count = 0
        self.all_type_errors = True

    @property
    def full(self) -> bool:
        """Whether a further problem would only be counted (so it need not be described)."""
        return len(self.kept) >= self.limit

    def skip(self, *, is_type_error: bool) -> None:
        """Count a problem past the limit without building it."""
        self.count += 1
        self.all_type_errors = self.all_type_errors and is_type_error

    def append(self, problem: Problem) -> None:
        """Record one problem."""
        self.count += 1
        self.all_type_errors = self.all_type_errors and problem.is_type_error
        if len(self.kept) < self.limit:
            self.kept.append(problem)

    def error(self) -> InvalidInputError | None:
        """The error for the problems recorded (capped), or ``None`` when there is none."""
        if not self.count:
            return None
        cls = InputTypeError if self.all_type_errors else InvalidInputError
        return capped(cls, self.kept, self.count)


_CAPPED = "(Limits.max_problems)"


def is_capped(err: InvalidInputError) -> bool:
    """Whether ``err`` was already capped by :func:`capped` (its last problem counts the rest)."""
    return bool(err.problems) and err.problems[-1].path == "" and err.problems[-1].accepted.endswith(_CAPPED)


def capped(cls: type[InvalidInputError], kept: Sequence[Problem], count: int) -> InvalidInputError:
    """An error of ``cls`` for ``count`` problems of which ``kept`` are listed, a last entry counting the rest."""
    if count <= len(kept):
        return cls(kept)
    rest = count - len(kept)
    summary = Problem("", f"{rest} more problem{'s' if rest != 1 else ''} not listed",
                      f"a request with fewer problems: the first {len(kept)} are listed {_CAPPED}")
    err = cls([*kept, summary])
    lines = [f"{count} problems (the first {len(kept)} listed):", *(f"- {p.render()}" for p in err.problems)]
    err.args = ("\n".join(lines),)
    return err
