"""How the suite states a refused input: the call, the error's class, and each problem's path and accepted text.

The modules ``test_*_inputs.py`` list, for every validation branch, one bad input and what the
library must answer: the error's exact class (callers catch it) and, for each problem in the order
reported, the field's path (a form highlights it) and the text saying what is accepted (the person
reads it to correct the field). The words of each message are not pinned here: they are collected in
one golden file, ``tests/snapshots/error_texts.txt``, by ``tests/test_error_texts.py``, and
regenerated with ``python -m pytest --update-snapshots`` after a deliberate change of wording.

Wrong types are passed through ``ar`` (the package typed ``Any``) so that mypy lets them through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

import pytest

import appeal_rules
import appeal_rules.calendar
from appeal_rules import AppealRulesError
from appeal_rules.rules import RULES

#: The package as ``Any``: calls with deliberately wrong types go through it.
ar: Any = appeal_rules

#: An ordinary Monday with no holiday near it, under the APPC.
D = dt.date(2025, 1, 6)
UTC = dt.UTC
#: The westernmost offset Python allows: its datetime.max lies past year 9999 in Kazakhstan.
FAR_WEST = dt.timezone(-dt.timedelta(hours=23, minutes=59))
#: What a bad rule id is told is accepted: every rule of the table.
ONE_OF_THE_RULE_IDS = "one of: " + ", ".join(r.id for r in RULES)


class Refusal(NamedTuple):
    """A bad input and the answer it must get."""

    call: Callable[[], object]
    error: type[AppealRulesError]
    #: ``(path, accepted)`` of each problem, in the order reported; None for an error without problems.
    problems: list[tuple[str, str]] | None


def refused(refusal: Refusal) -> AppealRulesError:
    """Run the call; assert the error's exact class and each problem's path and accepted text."""
    with pytest.raises(AppealRulesError) as info:
        refusal.call()
    error = info.value
    # An error mixing kinds of problem is an instance of each; its common class is what is pinned.
    assert getattr(error, "common_class", type(error)) is refusal.error
    assert all(isinstance(error, p.error_class) for p in getattr(error, "problems", ()))
    if refusal.problems is None:
        assert not hasattr(error, "problems")
    else:
        assert [(p.path, p.accepted) for p in error.problems] == refusal.problems  # type: ignore[attr-defined]
    return error


def snap(**changes: object) -> dict[str, Any]:
    """The default calendar's snapshot with keys replaced (or removed, for the value ``KeyError``)."""
    data = dict(ar.calendar.default_calendar().snapshot())
    for key, value in changes.items():
        if value is KeyError:
            del data[key]
        else:
            data[key] = value
    return data


def overlay(**fields: object) -> Any:
    """A CalendarOverlay with a placeholder act, built from possibly wrong fields."""
    fields.setdefault("act", "Order (test)")
    return ar.CalendarOverlay(**fields)
