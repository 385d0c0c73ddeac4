"""The errors this library raises, all under one root, :class:`AppealRulesError`.

Every error that a caller can cause is an :class:`InvalidInputError` (also a :class:`ValueError`),
and an instance of the class of each problem it holds: of :class:`InputTypeError` (also a
:class:`TypeError`) when a problem is one of type, of :class:`CalendarRangeError` when a date lies
outside the calendar, and so on, whatever else came with it (see
:meth:`InvalidInputError.from_problems`).
An invalid input reports *every* problem it has at once, each with the field path where it was
found and what is accepted there, in :attr:`InvalidInputError.problems`.

>>> from appeal_rules import AppealRulesError, InvalidInputError, Problem
>>> err = InvalidInputError([Problem("registered_on", "got '2024-13-01'", "a datetime.date")])
>>> isinstance(err, AppealRulesError) and isinstance(err, ValueError)
True
>>> print(err)
1 problem:
- registered_on: got '2024-13-01'; accepted: a datetime.date
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import attrs

__all__ = [
    "AmbiguousDateError",
    "AppealRulesError",
    "CalendarConflictError",
    "CalendarRangeError",
    "InputTypeError",
    "InvalidAddresseeError",
    "InvalidInputError",
    "InvalidTransitionError",
    "OutsideCoverageError",
    "Problem",
    "ProvisionalResultError",
    "ProvisionalResultWarning",
]


def __dir__() -> list[str]:
    return __all__


class AppealRulesError(Exception):
    """The root of every error this library raises on purpose.

    >>> from appeal_rules import AppealRulesError, add_working_days
    >>> import datetime as dt
    >>> try:
    ...     add_working_days("2024-01-01", 5)  # type: ignore[arg-type]
    ... except AppealRulesError as err:
    ...     print(type(err).__name__)
    InputTypeError
    """


@attrs.frozen
class Problem:
    """One thing wrong with an input: where, what, and what would have been accepted.

    >>> Problem("complaint.channel", "got 'fax'", "one of: post, in_person, portal").render()
    "complaint.channel: got 'fax'; accepted: one of: post, in_person, portal"
    >>> Problem("on", "the rules start on 2018-01-01.", "a later date").render()  # no ".;"
    'on: the rules start on 2018-01-01; accepted: a later date'
    >>> Problem("x", "got list [1, 2...", "a date").render()  # an ellipsis is kept
    'x: got list [1, 2...; accepted: a date'
    """

    path: str
    message: str
    accepted: str
    is_type_error: bool = False
    #: The error class this problem belongs to (:class:`CalendarRangeError` for a date outside the
    #: calendar, ...), or ``None`` for a plain invalid value (or a type problem). Set by the error
    #: that first reports the problem; not part of equality.
    kind: type[InvalidInputError] | None = attrs.field(default=None, eq=False, repr=False, kw_only=True)

    @property
    def error_class(self) -> type[InvalidInputError]:
        """The class of error this problem alone would raise.

        >>> Problem("n", "got 'x'", "a whole number (int)", True).error_class.__name__
        'InputTypeError'
        """
        if self.kind is not None:
            return self.kind
        return InputTypeError if self.is_type_error else InvalidInputError

    def render(self) -> str:
        """The problem as one line of text."""
        where = f"{self.path}: " if self.path else ""
        message = self.message
        # A message that ends a sentence must not give ".; accepted" (an ellipsis, "...", stays).
        if message.endswith(".") and not message.endswith(".."):
            message = message[:-1]
        return f"{where}{message}; accepted: {self.accepted}"


class InvalidInputError(AppealRulesError, ValueError):
    """An input was refused; :attr:`problems` lists every problem found, not only the first.

    >>> from appeal_rules import InvalidInputError, Problem
    >>> err = InvalidInputError([Problem("a", "missing", "a date"), Problem("b", "negative", "n >= 0")])
    >>> [p.path for p in err.problems]
    ['a', 'b']
    """

    problems: tuple[Problem, ...]
    #: Whether this class stands for a mix of problem kinds (built by :meth:`from_problems`).
    combined: ClassVar[bool] = False

    def __init__(self, problems: Iterable[Problem]) -> None:
        cls = type(self)
        if cls.combined or cls is InvalidInputError:
            self.problems = tuple(problems)
        else:  # a problem first reported by a specific error keeps that error's class
            self.problems = tuple(p if p.kind is not None else attrs.evolve(p, kind=cls) for p in problems)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''}:"]
        lines += [f"- {p.render()}" for p in self.problems]
        super().__init__("\n".join(lines))

    @classmethod
    def single(cls, path: str, message: str, accepted: str) -> InvalidInputError:
        """An error with one problem.

        >>> InvalidInputError.single("n", "got -1", "a whole number >= 0").problems[0].path
        'n'
        """
        return cls([Problem(path, message, accepted)])

    @staticmethod
    def from_problems(problems: Iterable[Problem]) -> InvalidInputError:
        """The error for ``problems``: an instance of the class of *every* problem it holds.

        Catching an error class works whatever else came with it: a date outside the calendar
        reported together with a type problem is both a :class:`CalendarRangeError` and an
        :class:`InputTypeError` (so also a :class:`TypeError`). Where the problems are of one kind
        the error is of that class; a mix gets a class deriving from each (named like
        ``CalendarRangeError+InputTypeError``), and :attr:`common_class` is the most specific
        class they share. ``[p for p in err.problems if p.error_class is CalendarRangeError]``
        picks one kind out.

        >>> from appeal_rules.errors import CalendarRangeError, InputTypeError
        >>> err = InvalidInputError.from_problems([
        ...     Problem("day", "2031-01-01 is outside the calendar", "a date in range", kind=CalendarRangeError),
        ...     Problem("n", "got str '5'", "a whole number (int)", True),
        ... ])
        >>> isinstance(err, CalendarRangeError), isinstance(err, TypeError), err.common_class.__name__
        (True, True, 'InvalidInputError')
        >>> type(InvalidInputError.from_problems([Problem("n", "got str '5'", "an int", True)])).__name__
        'InputTypeError'
        >>> type(InvalidInputError.from_problems([])).__name__  # no problem: the root input error
        'InvalidInputError'
        """
        kept = tuple(problems)
        return _class_for({p.error_class for p in kept})(kept)

    @property
    def common_class(self) -> type[InvalidInputError]:
        """The most specific single library class this error is an instance of.

        For an error of one kind, its class; for a mix of kinds, :class:`InvalidInputError` (what
        the JSON payload names).

        >>> InvalidInputError.single("n", "got -1", "n >= 0").common_class.__name__
        'InvalidInputError'
        """
        return InvalidInputError if type(self).combined else type(self)


class InputTypeError(InvalidInputError, TypeError):
    """An input of the wrong type; an error holding a type problem among others is one too.

    >>> from appeal_rules import is_working_day
    >>> from appeal_rules.errors import InputTypeError
    >>> try:
    ...     is_working_day(20240101)  # type: ignore[arg-type]
    ... except TypeError as err:
    ...     print(isinstance(err, InputTypeError))
    True
    """


class CalendarRangeError(InvalidInputError):
    """A date, or a count of days, that falls outside the years the calendar holds.

    >>> import datetime as dt
    >>> from appeal_rules import is_working_day
    >>> from appeal_rules.errors import CalendarRangeError
    >>> try:
    ...     is_working_day(dt.date(1999, 1, 4))
    ... except CalendarRangeError as err:
    ...     print(err.problems[0].accepted)
    a date from 2018-01-01 to 2030-12-31
    """


class OutsideCoverageError(InvalidInputError):
    """A date before the earliest date whose rules the library encodes.

    >>> import datetime as dt
    >>> from appeal_rules import rule_version
    >>> from appeal_rules.errors import OutsideCoverageError
    >>> try:
    ...     rule_version("review_term.first_instance", dt.date(2015, 1, 1))
    ... except OutsideCoverageError as err:
    ...     print(err.problems[0].accepted)
    a date on or after 2018-01-01
    """


class InvalidAddresseeError(InvalidInputError):
    """A complaint addressed to a body that may not receive it.

    For example, a complaint about the State Corporation addressed to a ministry.

    >>> from appeal_rules import InvalidInputError
    >>> from appeal_rules.errors import InvalidAddresseeError
    >>> issubclass(InvalidAddresseeError, InvalidInputError)
    True
    """


class InvalidTransitionError(InvalidInputError):
    """A portal status change that the procedure does not allow.

    >>> from appeal_rules import PortalStatus
    >>> from appeal_rules.errors import InvalidTransitionError
    >>> from appeal_rules.procedure import require_valid_transition
    >>> try:
    ...     require_valid_transition(PortalStatus.ANSWERED, PortalStatus.DELIVERED)
    ... except InvalidTransitionError as err:
    ...     print(err.problems[0].accepted)
    no further status: answered is final
    """


class CalendarConflictError(InvalidInputError):
    """Calendar overlays that contradict each other or the base data; every conflict is listed.

    >>> from appeal_rules import InvalidInputError
    >>> from appeal_rules.errors import CalendarConflictError
    >>> issubclass(CalendarConflictError, InvalidInputError)
    True
    """


class AmbiguousDateError(InvalidInputError):
    """Date arithmetic with no single answer ("31 January + 1 month") and no rounding chosen.

    >>> from appeal_rules import InvalidInputError
    >>> from appeal_rules.errors import AmbiguousDateError
    >>> issubclass(AmbiguousDateError, InvalidInputError)
    True
    """


_COMBINED: dict[frozenset[type[InvalidInputError]], type[InvalidInputError]] = {}


def _class_for(classes: set[type[InvalidInputError]]) -> type[InvalidInputError]:
    """One class for problems of ``classes``: the class itself, or one deriving from each of them."""
    if not classes:
        return InvalidInputError
    if len(classes) == 1:
        return next(iter(classes))
    key = frozenset(classes)
    found = _COMBINED.get(key)
    if found is None:  # one class per mix, so that two errors of the same mix share their type
        # A class implied by a more specific one (InvalidInputError by CalendarRangeError) is not a base.
        bases = tuple(sorted((c for c in classes if not any(o is not c and issubclass(o, c) for o in classes)),
                             key=lambda c: c.__name__))
        found = type("+".join(sorted(c.__name__ for c in classes)), bases,
                     {"combined": True, "__module__": __name__, "__doc__": "Problems of several kinds."})
        _COMBINED[key] = found
    return found


class ProvisionalResultError(AppealRulesError):
    """Raised under the ``raise`` provisional policy when a result rests on unconfirmed calendar data.

    >>> from appeal_rules import AppealRulesError
    >>> from appeal_rules.errors import ProvisionalResultError
    >>> issubclass(ProvisionalResultError, AppealRulesError)
    True
    """


class ProvisionalResultWarning(UserWarning):
    """Emitted under the ``warn`` provisional policy when a result rests on unconfirmed data.

    >>> from appeal_rules.errors import ProvisionalResultWarning
    >>> issubclass(ProvisionalResultWarning, UserWarning)
    True
    """
