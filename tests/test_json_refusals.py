"""The JSON layer's refusals that no other test reaches every run (the fuzzer finds them only by chance).

A result holding a value the codec has no JSON form for is refused, naming what it encodes; an
escalation request read at a date before the rules this library encodes names the date the rules
were read at.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import Registration
from appeal_rules.errors import InputTypeError
from appeal_rules.serialization import handle, to_json


def test_a_value_without_a_json_form_inside_a_result_is_refused() -> None:
    """to_json encodes value types, results, dates and enums; anything else inside them is refused."""
    registration = Registration(dt.date(2025, 1, 6))
    object.__setattr__(registration, "number", object())  # past the validators, as a buggy caller could
    with pytest.raises(InputTypeError) as caught:
        to_json(registration)
    (problem,) = caught.value.problems
    assert problem.path == "obj"
    assert problem.accepted == "a value type or result of appeal_rules (attrs classes), dates, enums"


def test_an_escalation_read_before_the_rules_names_the_rules_date() -> None:
    """The rules begin on 1 January 2018: an escalation whose rules date is earlier is refused on rules_on."""
    payload = handle({"kind": "escalation", "stage": "court", "on": "2025-01-06", "rules_on": "2015-01-05"})
    assert payload["error"]["type"] == "OutsideCoverageError"
    assert [(p["path"], p["accepted"]) for p in payload["error"]["problems"]] == [
        ("rules_on", "a date on or after 2018-01-01")]
