"""A service can hand ``handle()`` anything: every payload is answered, within bounded time and memory.

Issue 9, part 4: ``handle()`` never raises, whatever it is given; a payload past the size, nesting
or number-length limits is refused with an error payload before it is parsed; a bad value is echoed
cut to a short prefix; the problem list is capped, the last entry counting the rest. Each test
below names the failure seen before (an exception, or an answer as big as the payload).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from appeal_rules import CalendarOverlay, InvalidInputError, Problem
from appeal_rules.errors import InputTypeError
from appeal_rules.serialization import Limits, from_json, handle, json_schema, to_json

ERROR_SCHEMA = Draft202012Validator(json_schema("error"))


def refusal(answer: dict[str, Any]) -> list[dict[str, str]]:
    """The problems of an error payload, after checking it is one and fits the published schema."""
    assert answer["kind"] == "error", answer
    ERROR_SCHEMA.validate(answer)
    problems: list[dict[str, str]] = answer["error"]["problems"]
    return problems


# --- before parsing: size, nesting, digits -------------------------------------------------------


def test_nesting_five_thousand_deep_is_refused_not_a_recursion_error() -> None:
    """Seen: ``handle('[' * 5000 + ']' * 5000)`` raised RecursionError. Nesting is checked before parsing."""
    (problem,) = refusal(handle("[" * 5000 + "]" * 5000))
    assert problem == {"path": "", "message": "arrays and objects nested more than 32 deep",
                       "accepted": "arrays and objects nested at most 32 deep (Limits.max_depth)"}


def test_nesting_counts_brackets_outside_strings_only() -> None:
    """A bracket inside a string is text, not nesting: the request is read and answered."""
    answer = handle('{"kind": "calendar", "year": 2025, "month": 1, "overlays": [{"act": "' + "[" * 100 + '"}]}')
    assert answer["kind"] == "calendar_month"


def test_nesting_in_a_parsed_object_is_walked_without_recursion() -> None:
    """An already-parsed object is walked iteratively: 100 000 levels, or a list holding itself, are refused."""
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    (problem,) = refusal(handle({"kind": "deadline", "overlays": deep}))
    assert problem["accepted"] == "arrays and objects nested at most 32 deep (Limits.max_depth)"
    assert problem["path"].startswith("overlays[0][0]")
    cycle: list[Any] = []
    cycle.append(cycle)
    (problem,) = refusal(handle({"kind": "deadline", "overlays": cycle}))
    assert problem["message"] == "arrays and objects nested more than 32 deep"


def test_a_5000_digit_integer_is_refused_not_a_value_error() -> None:
    """Seen: a 5 000-digit integer raised ValueError (Python refuses to read it). Digits are counted first."""
    (problem,) = refusal(handle('{"kind": "calendar", "year": ' + "9" * 5000 + ', "month": 1}'))
    assert problem == {"path": "", "message": "a number of 5000 digits",
                       "accepted": "numbers of at most 32 digits (Limits.max_int_digits)"}
    (problem,) = refusal(handle({"kind": "calendar", "year": 10 ** 5000, "month": 1}))
    assert (problem["path"], problem["message"]) == ("year", "a number of 5001 digits")
    (problem,) = refusal(handle({"kind": "calendar", "year": -(10 ** 40), "month": 1}))
    assert (problem["path"], problem["message"]) == ("year", "a number of 41 digits")


def test_digits_inside_strings_are_not_numbers() -> None:
    """A long run of digits in a string is a string: refused for what it is, not for its length."""
    (problem,) = refusal(handle('{"kind": "deadline", "registered_on": "' + "1" * 100 + '", "reviewer": "ministry"}'))
    assert problem["path"] == "registered_on"
    assert problem["accepted"] == "a date as YYYY-MM-DD"


def test_a_payload_past_the_size_limit_is_refused_before_it_is_read() -> None:
    """Seen: a 19 MB overlays payload took 12 s and 800 MB. Text past Limits.max_size is refused unread."""
    text = json.dumps({"kind": "calendar", "year": 2025, "month": 1,
                       "overlays": [{"act": "Order", "days_off": ["31.12.2024"] * 100_000}]})
    (problem,) = refusal(handle(text))
    assert problem == {"path": "", "message": f"the payload is {len(text)} characters long",
                       "accepted": "a payload of at most 1000000 characters (Limits.max_size)"}
    (problem,) = refusal(handle(text.encode()))
    assert problem["accepted"] == "a payload of at most 1000000 bytes (Limits.max_size)"
    (problem,) = refusal(handle(json.loads(text)))
    assert problem == {"path": "", "message": "the object takes more than 1000000 characters as JSON",
                       "accepted": "an object of at most 1000000 characters as JSON (Limits.max_size)"}


def test_the_limits_are_configurable() -> None:
    """Every limit is a keyword of Limits, handed to handle() or from_json()."""
    request = {"kind": "calendar", "year": 2025, "month": 1}
    assert handle(request, limits=Limits(max_size=20))["kind"] == "error"
    assert handle(json.dumps(request), limits=Limits(max_size=20))["kind"] == "error"
    assert handle('{"kind": [[["calendar"]]]}', limits=Limits(max_depth=3))["kind"] == "error"
    assert handle('{"kind": "calendar", "year": 2025, "month": 1}', limits=Limits(max_int_digits=3))["kind"] == "error"
    assert handle(request, limits=Limits(max_int_digits=3))["kind"] == "error"
    assert handle(request, limits=Limits(max_int_digits=4))["kind"] == "calendar_month"
    with pytest.raises(InvalidInputError) as caught:
        from_json(CalendarOverlay, '{"act": "Order", "days_off": [[["2025-01-08"]]]}', limits=Limits(max_depth=2))
    assert caught.value.problems[0].accepted == "arrays and objects nested at most 2 deep (Limits.max_depth)"


@pytest.mark.parametrize(("kwargs", "error", "path"), [
    ({"max_size": 0}, InvalidInputError, "max_size"),
    ({"max_depth": 201}, InvalidInputError, "max_depth"),
    ({"max_int_digits": 4301}, InvalidInputError, "max_int_digits"),
    ({"max_problems": "100"}, InputTypeError, "max_problems"),
    ({"max_echo": True}, InputTypeError, "max_echo"),
])
def test_limits_take_whole_numbers_in_their_range(
    kwargs: dict[str, Any], error: type[InvalidInputError], path: str
) -> None:
    """A limit is a whole number within what can be honoured (Python reads at most 4 300 digits)."""
    with pytest.raises(error) as caught:
        Limits(**kwargs)
    assert [p.path for p in caught.value.problems] == [path]


# --- what a refusal echoes, and how many problems it lists -----------------------------------------


def test_a_long_bad_enum_value_is_echoed_cut_with_its_length() -> None:
    """Seen: a 50 MB bad enum value was echoed whole. It is cut to 40 characters, with its length."""
    request = {"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "x" * 100_000}
    (problem,) = refusal(handle(request))
    assert problem["path"] == "reviewer"
    assert problem["message"] == "unknown value '" + "x" * 40 + "…' (100000 characters)"
    assert problem["accepted"] == "one of: service_provider, ministry, state_corporation, quality_authority"
    (problem,) = refusal(handle(request, limits=Limits(max_echo=5)))
    assert problem["message"] == "unknown value 'xxxxx…' (100000 characters)"


def test_other_echoed_values_are_cut_too() -> None:
    """A long string where a date or a number belongs, a long kind and a long unknown field name are cut."""
    (problem,) = refusal(handle({"kind": "calendar", "year": "9" * 1000, "month": 1}))
    assert problem["message"] == 'got string "' + "9" * 40 + '…" (1000 characters)'
    (problem,) = refusal(handle({"kind": "k" * 1000}))
    assert problem["message"] == 'got string "' + "k" * 40 + '…" (1000 characters)'
    (problem,) = refusal(handle({"kind": "calendar", "year": 2025, "month": 1, "f" * 1000: 1}))
    assert problem["path"] == "f" * 40 + "…"
    assert problem["message"] == "unknown field (a name of 1000 characters)"
    (problem,) = refusal(handle({"kind": "calendar", "year": 2025, "month": 1.5 * 10 ** 300}))
    assert len(problem["message"]) < 100


def test_the_problem_list_is_capped_with_a_count_of_the_rest() -> None:
    """Seen: a 153 MB error listing 499 999 problems. At most 100 are listed; a last entry counts the rest."""
    request = {"kind": "calendar", "year": 2025, "month": 1,
               "overlays": [{"act": "Order", "days_off": ["31.12.2024"] * 5_000}]}
    answer = handle(request)
    problems = refusal(answer)
    assert len(problems) == 101
    assert problems[0] == {"path": "overlays[0].days_off[0]", "message": 'got string "31.12.2024"',
                           "accepted": "a date as YYYY-MM-DD"}
    assert problems[-1] == {"path": "", "message": "4900 more problems not listed",
                            "accepted": "a request with fewer problems: the first 100 are listed (Limits.max_problems)"}
    assert answer["error"]["message"].startswith("5000 problems (the first 100 listed):\n- overlays[0].days_off[0]")
    assert len(json.dumps(answer)) < 25_000
    problems = refusal(handle(request, limits=Limits(max_problems=3)))
    assert [p["path"] for p in problems] == ["overlays[0].days_off[0]", "overlays[0].days_off[1]",
                                             "overlays[0].days_off[2]", ""]
    assert problems[-1]["message"] == "4997 more problems not listed"


def test_from_json_caps_its_problems_and_keeps_the_error_class() -> None:
    """from_json raises the capped list too, as InputTypeError when every problem is one of type."""
    with pytest.raises(InputTypeError) as caught:
        from_json(CalendarOverlay, {"act": "Order", "days_off": [1] * 150})
    assert len(caught.value.problems) == 101
    assert caught.value.problems[-1].message == "50 more problems not listed"
    with pytest.raises(InputTypeError) as caught:
        from_json(CalendarOverlay, {"act": "Order", "days_off": [1] * 101})
    assert caught.value.problems[-1].message == "1 more problem not listed"
    with pytest.raises(InvalidInputError) as mixed:
        from_json(CalendarOverlay, {"act": "Order", "days_off": [1] * 100 + ["2025-02-30"] * 10})
    assert type(mixed.value) is InvalidInputError


def test_a_library_error_with_many_problems_becomes_a_capped_payload() -> None:
    """to_json of any library error lists at most 100 problems, and cuts texts past 500 characters."""
    err = InvalidInputError([Problem(f"p{i}", "bad", "good") for i in range(250)])
    payload = to_json(err)
    problems = refusal(payload)
    assert len(problems) == 101
    assert problems[-1]["message"] == "150 more problems not listed"
    assert payload["error"]["message"].startswith("250 problems (the first 100 listed):")
    (problem,) = refusal(to_json(InvalidInputError([Problem("p", "m" * 10_000, "a")])))
    assert problem["message"] == "m" * 500 + "… (10000 characters)"


# --- whatever the caller hands over ----------------------------------------------------------------


class _Hostile(Mapping[str, Any]):
    """A mapping whose every read fails."""

    def __getitem__(self, key: str) -> Any:
        raise RuntimeError(key)

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("no")

    def __len__(self) -> int:
        return 1


class _Broken(dict[str, Any]):
    """A dict whose items() fails."""

    def items(self) -> Any:
        raise KeyError("no")


@pytest.mark.parametrize("junk", [
    None, 5, 1.5, True, [1, 2], (1,), {1, 2}, object(), memoryview(b"{}"), b"\xff\xfe\x00", bytearray(b"[1]"),
    "", "null", "[" * 40, "]]]", '"unterminated', "1e999999", "NaN", "\x00",
])
def test_handle_answers_junk_with_an_error_payload(junk: object) -> None:
    """Any str, bytes or other value gets an error payload, never an exception."""
    problems = refusal(handle(junk))
    assert problems[0]["path"] == ""


@pytest.mark.parametrize("junk", [_Hostile(), _Broken(kind="calendar"), {"kind": "calendar", 1: 2},
                                  {"kind": "deadline", "overlays": [{(1, 2): "x"}]}])
def test_a_mapping_that_cannot_be_read_as_json_is_refused(junk: object) -> None:
    """A Mapping that raises when read, or has keys that are not strings, is refused, not raised."""
    (problem,) = refusal(handle(junk))
    assert problem["accepted"] in ("a JSON object with a kind: deadline, escalation, explain, calendar",
                                   "a JSON object: a dict of strings, numbers, booleans, null, lists and dicts",
                                   "string keys, as in JSON")


def test_a_bad_limits_argument_is_answered_too() -> None:
    """handle() does not raise even when its own keyword is wrong."""
    (problem,) = refusal(handle({"kind": "calendar", "year": 2025, "month": 1}, limits=100))  # type: ignore[arg-type]
    assert (problem["path"], problem["accepted"]) == ("limits", "a Limits, or None for the defaults")
    with pytest.raises(InputTypeError):
        from_json(CalendarOverlay, {"act": "x"}, limits=100)  # type: ignore[arg-type]


def test_every_kind_of_problem_past_the_cap_is_counted() -> None:
    """Unknown fields, bad enum values and objects nested too deep count past the cap like any other problem."""
    request: dict[str, Any] = {f"field{i}": 1 for i in range(150)}
    request.update({"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "fax"})
    problems = refusal(handle(request))
    assert len(problems) == 101
    assert problems[-1]["message"] == "51 more problems not listed"
    deep: dict[str, Any] = {}
    for _ in range(40):
        deep = {"a": deep}
    (problem,) = refusal(handle({"kind": "deadline", "overlays": [deep]}))
    assert problem["path"] == "overlays[0]" + ".a" * 30


def _nest(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8) | st.integers(), inner, max_size=3)


# JSON values and a few Python ones a caller might slip in (tuples, bytes, huge numbers, dates).
_ANYTHING = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(10 ** 31, 10 ** 40) | st.floats() | st.text(max_size=50)
    | st.binary(max_size=8) | st.tuples(st.integers()) | st.dates(),
    _nest,
    max_leaves=20,
)


@given(st.text(max_size=200) | st.binary(max_size=200) | _ANYTHING
       | st.fixed_dictionaries({"kind": st.sampled_from(["deadline", "escalation", "explain", "calendar"])},
                               optional={"registered_on": _ANYTHING, "reviewer": _ANYTHING, "overlays": _ANYTHING,
                                         "year": _ANYTHING, "month": _ANYTHING, "stage": _ANYTHING, "on": _ANYTHING}))
def test_handle_answers_anything_with_a_payload(request: object) -> None:
    """Whatever it is handed, handle() answers a JSON-ready payload with a kind, within tight limits too."""
    for limits in (None, Limits(max_size=64, max_depth=2, max_int_digits=2, max_problems=1, max_echo=1)):
        answer = handle(request, limits=limits)
        assert isinstance(answer.get("kind"), str)
        json.dumps(answer)
        if answer["kind"] == "error":
            assert len(answer["error"]["problems"]) <= (101 if limits is None else 2)
