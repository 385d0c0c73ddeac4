"""JSON for services: round trips, every problem with its path, the entry point, the schemas.

* ``from_json(T, to_json(x)) == x`` for every value type and request (Hypothesis).
* Invalid JSON is refused with *every* problem at once, each with its path, and never with an
  exception other than :class:`~appeal_rules.errors.InvalidInputError` (fuzzed).
* :func:`~appeal_rules.serialization.handle` answers every request kind and returns an error
  payload, never an exception, for anything else (fuzzed).
* Every result payload shows both flags, ``provisional`` and ``confirmed``; every ``accepted``
  text lists only what the request takes there (no court as a reviewer).
* The schema files in ``docs/schema`` are exactly what the code generates (the batch summary's
  included), are valid draft 2020-12 schemas, and the payloads validate against them.

Hostile payloads (size, nesting, digits, capped problems, cut echoes) are in ``test_json_limits.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import runpy
import subprocess
import sys
import typing
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from appeal_rules import (
    AppealedAct,
    BodyKind,
    CalendarOverlay,
    Channel,
    Complaint,
    Convention,
    InvalidInputError,
    Problem,
    ProvisionalPolicy,
    Registration,
    Respondent,
    Stage,
    review_deadline,
    rule_version,
)
from appeal_rules.errors import CalendarConflictError, CalendarRangeError, InputTypeError
from appeal_rules.model import Body
from appeal_rules.rules import Term, Unit
from appeal_rules.serialization import (
    INPUT_TYPES,
    SCHEMA_NAMES,
    SCHEMA_VERSION,
    BatchSummary,
    CalendarRequest,
    ComplaintRequest,
    DeadlineRequest,
    EscalationRequest,
    calendar_month,
    dumps,
    evaluate,
    from_json,
    handle,
    json_schema,
    to_json,
    write_schemas,
)
from appeal_rules.sources import Source

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "docs" / "schema"

# --- strategies: any value the types accept (wider than valid for the procedure) ---------------

dates = st.dates()
optional_dates = st.none() | dates
texts = st.text(max_size=20)


@st.composite
def complaints(draw: st.DrawFn) -> Complaint:
    lodged = draw(dates)
    learned = draw(st.none() | st.dates(max_value=lodged))
    return Complaint(draw(st.sampled_from(Respondent)), draw(st.sampled_from(AppealedAct)),
                     draw(st.sampled_from(Channel)), lodged, draw(st.none() | st.sampled_from(BodyKind)),
                     draw(st.none() | st.sampled_from(BodyKind)), learned)


registrations = st.builds(Registration, dates, st.sampled_from(BodyKind), st.none() | texts, st.none() | texts,
                          st.none() | texts)
bodies = st.builds(Body, st.sampled_from(BodyKind), texts, st.none() | texts, st.booleans())
terms = st.builds(Term, st.integers(0, 100_000), st.sampled_from(Unit))
sources = st.builds(Source, texts, texts, texts, st.booleans(), texts)
overlays = st.builds(
    CalendarOverlay,
    act=texts.filter(str.strip),
    url=texts,
    days_off=st.lists(dates, max_size=3).map(tuple),
    working_days=st.lists(dates, max_size=3).map(tuple),
    confirms_years=st.lists(st.integers(1991, 2100), max_size=3).map(tuple),
)
overlay_tuples = st.lists(overlays, max_size=2).map(tuple)
policies = st.sampled_from(ProvisionalPolicy)
deadline_requests = st.builds(DeadlineRequest, dates, st.sampled_from(BodyKind), optional_dates, optional_dates,
                              st.none() | st.sampled_from(Convention), policies, overlay_tuples)
escalation_requests = st.builds(EscalationRequest, st.sampled_from(Stage), dates, st.sampled_from(Respondent),
                                optional_dates, optional_dates, optional_dates, st.booleans(), optional_dates,
                                policies, overlay_tuples)
complaint_requests = st.builds(ComplaintRequest, complaints(), st.none() | registrations, optional_dates, policies,
                               overlay_tuples)
calendar_requests = st.builds(CalendarRequest, st.integers(), st.integers(), overlay_tuples)

VALUES: dict[type, st.SearchStrategy[Any]] = {
    Complaint: complaints(),
    Registration: registrations,
    Body: bodies,
    CalendarOverlay: overlays,
    Term: terms,
    Source: sources,
    DeadlineRequest: deadline_requests,
    EscalationRequest: escalation_requests,
    ComplaintRequest: complaint_requests,
    CalendarRequest: calendar_requests,
}

def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)


# A named function, not a lambda: Hypothesis reads a lambda's source to check it recurses.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    _containers,
    max_leaves=12,
)


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(json_schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER)


def paths(err: InvalidInputError) -> list[str]:
    return [p.path for p in err.problems]


def test_every_input_type_has_a_strategy() -> None:
    assert set(VALUES) == set(INPUT_TYPES)


# --- round trips -------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", INPUT_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_round_trip_through_json_text(cls: type, data: st.DataObject) -> None:
    value = data.draw(VALUES[cls])
    assert from_json(cls, json.loads(dumps(value))) == value
    assert from_json(cls, dumps(value)) == value
    assert from_json(cls, to_json(value)) == value


def _takes_no_court(request: Any) -> bool:
    """Whether a request names no court where the procedure refuses one, and no calendar-day convention."""
    if isinstance(request, DeadlineRequest):
        return request.reviewer is not BodyKind.COURT and (
            request.convention is None or request.convention.unit is Unit.WORKING_DAYS)
    complaint, registration = request.complaint, request.registration
    return complaint.office is not BodyKind.COURT and (registration is None or registration.body is not BodyKind.COURT)


@given(deadline_requests.filter(_takes_no_court) | escalation_requests
       | complaint_requests.filter(_takes_no_court) | calendar_requests)
def test_every_request_validates_against_the_request_schema(request: Any) -> None:
    """A request the procedure can answer is valid under the published schema."""
    validator("request").validate(to_json(request))


def test_payloads_carry_schema_version_and_requests_and_results_a_kind() -> None:
    assert to_json(Term(5, Unit.WORKING_DAYS)) == {"schema_version": SCHEMA_VERSION, "length": 5,
                                                   "unit": "working_days"}
    assert SCHEMA_VERSION == "1"
    assert to_json(Body(BodyKind.MINISTRY, "Ministry"))["kind"] == "ministry"  # the field, not an envelope
    request = to_json(DeadlineRequest(dt.date(2025, 1, 6), BodyKind.MINISTRY))
    assert list(request)[:2] == ["schema_version", "kind"]
    assert request["kind"] == "deadline"
    result = to_json(review_deadline(dt.date(2025, 1, 6), BodyKind.MINISTRY))
    assert list(result)[:2] == ["schema_version", "kind"]
    assert result["kind"] == "review_deadline"


def test_results_carry_their_computed_properties() -> None:
    deadline = review_deadline(dt.date(2026, 12, 18), BodyKind.QUALITY_AUTHORITY)
    data = to_json(deadline)
    assert data["kind"] == "review_deadline"
    assert data["due"] == deadline.due.isoformat()
    assert data["provisional"] is True
    assert data["provisional_reasons"]
    assert all(isinstance(r, str) for r in data["provisional_reasons"])
    assert data["calendar_version"].startswith("holidays ")
    assert data["rule_version"] == "review_term.quality_authority@appc"
    assert data["counted"][0] == "2026-12-21"
    assert {"date", "kind", "name", "working", "description"} <= set(data["skipped"][0])


def test_rule_version_json_names_rule_version_and_sources() -> None:
    data = to_json(rule_version("review_term.first_instance", dt.date(2019, 3, 1)))
    assert {k: data[k] for k in ("rule", "version", "regime", "effective_from", "effective_to")} == {
        "rule": "review_term.first_instance", "version": "review_term.first_instance@2018", "regime": "2018",
        "effective_from": "2018-01-01", "effective_to": "2021-06-30",
    }
    assert {"summary", "explanation", "confirmed", "sources", "term"} <= set(data)
    assert set(data["sources"][0]) == {"act", "provision", "url", "confirmed", "note"}


def test_to_json_refuses_what_is_not_a_library_value() -> None:
    with pytest.raises(InputTypeError):
        to_json({"a": 1})
    with pytest.raises(InputTypeError):
        to_json(object())


# --- every problem, with its path ---------------------------------------------------------------


def test_every_problem_of_a_request_is_reported_at_once_with_its_path() -> None:
    data = {
        "kind": "explain",
        "colour": "red",
        "complaint": {"respondent": "provider_official", "appealed": 3, "channel": "fax",
                      "lodged_on": "2025-02-30", "addressee": None, "extra": True},
        "registration": {"body": "ministry", "number": 125},
        "on": [2025, 1, 1],
        "overlays": [
            {"act": "Order 1", "days_off": ["2027-01-08"]},
            {"act": "Order 2", "days_off": ["2027-01-08", "8 Jan 2027"], "confirms_years": [2027, "2028"]},
        ],
    }
    with pytest.raises(InvalidInputError) as caught:
        from_json(ComplaintRequest, data)
    assert sorted(paths(caught.value)) == sorted([
        "colour",
        "complaint.extra",
        "complaint.appealed",
        "complaint.channel",
        "complaint.lodged_on",
        "registration.registered_on",
        "registration.number",
        "on",
        "overlays[1].days_off[1]",
        "overlays[1].confirms_years[1]",
    ])
    accepted = {p.path: p.accepted for p in caught.value.problems}
    assert accepted["complaint.channel"] == "one of: post, in_person, portal"
    assert accepted["complaint.lodged_on"] == "a date as YYYY-MM-DD"
    assert "lodged_on" in accepted["complaint.extra"]


def test_a_type_s_own_checks_are_reported_under_its_path() -> None:
    data = {"kind": "explain", "complaint": {"respondent": "service_provider", "appealed": "inaction",
                                             "channel": "post", "lodged_on": "2025-03-03",
                                             "learned_on": "2025-03-04"},
            "overlays": [{"act": "  "}]}
    with pytest.raises(InvalidInputError) as caught:
        from_json(ComplaintRequest, data)
    assert paths(caught.value) == ["complaint.learned_on", "overlays[0].act"]


def test_bytes_that_are_not_utf8_are_one_problem_at_the_top() -> None:
    # JSON arrives as bytes from a socket or a file; a stray Latin-1 byte is a problem, not a crash.
    for raw, reason in ((b"\xff", "invalid start byte"),
                        (bytearray(b'{"length": "\xe9"}'), "invalid continuation byte")):
        with pytest.raises(InvalidInputError) as caught:
            from_json(Term, raw)
        assert [(p.path, p.message, p.accepted) for p in caught.value.problems] == [
            ("", f"not UTF-8 text: {reason}", "a JSON object in UTF-8")]
    answer = handle(b"\xff")
    assert answer["kind"] == "error"
    assert answer["error"]["problems"] == [
        {"path": "", "message": "not UTF-8 text: invalid start byte", "accepted": "a JSON object in UTF-8"}]


def test_wrong_top_level_values_are_problems() -> None:
    for value, message in (([1, 2], "got array"), ("not json", "not valid JSON"), (None, "got null")):
        with pytest.raises(InvalidInputError) as caught:
            from_json(Term, value)
        assert caught.value.problems[0].path == ""
        assert message in caught.value.problems[0].message
    with pytest.raises(InvalidInputError) as caught:
        from_json(Term, {"schema_version": "2", "kind": "deadline", "length": True, "unit": "weeks"})
    assert paths(caught.value) == ["kind", "schema_version", "length", "unit"]
    with pytest.raises(InvalidInputError) as caught:
        from_json(DeadlineRequest, {"kind": "explain", "registered_on": "2025-01-06", "reviewer": "ministry"})
    assert paths(caught.value) == ["kind"]


def test_only_the_input_types_are_built() -> None:
    with pytest.raises(InputTypeError) as caught:
        from_json(dict, {})
    assert caught.value.problems[0].path == "cls"


@pytest.mark.parametrize("cls", INPUT_TYPES, ids=lambda c: c.__name__)
@given(value=json_values)
def test_from_json_raises_nothing_but_invalid_input(cls: type, value: Any) -> None:
    problems: tuple[Problem, ...] = ()
    try:
        result: object = from_json(cls, value)
    except InvalidInputError as err:
        problems = err.problems
    else:
        assert isinstance(result, cls)
        return
    assert problems
    assert all(isinstance(p.path, str) and p.message and p.accepted for p in problems)


@given(kind=st.sampled_from(["deadline", "escalation", "explain", "calendar"]),
       fields=st.dictionaries(st.sampled_from(["registered_on", "reviewer", "stage", "on", "complaint", "year",
                                               "month", "overlays", "lodged_on", "registration", "bogus"]),
                              json_values, max_size=5))
def test_handle_never_raises_for_bad_requests(kind: str, fields: dict[str, Any]) -> None:
    response = handle({"kind": kind, **fields})
    assert response["schema_version"] == SCHEMA_VERSION
    validator("response").validate(response)


@given(deadline_requests | escalation_requests | complaint_requests | calendar_requests)
def test_handle_answers_or_refuses_every_well_typed_request(request: Any) -> None:
    response = handle(to_json(request))
    validator("response").validate(response)


# --- the entry point ---------------------------------------------------------------------------

COMPLAINT = {"respondent": "provider_official", "appealed": "decision", "channel": "in_person",
             "lodged_on": "2024-12-31", "addressee": "service_provider"}

EXAMPLES: list[tuple[dict[str, Any], str]] = [
    ({"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "service_provider"}, "review-deadline"),
    ({"kind": "deadline", "registered_on": "2026-12-18", "reviewer": "quality_authority", "convention": "same_day",
      "on_provisional": "warn"}, "review-deadline"),
    ({"kind": "escalation", "stage": "first_instance_answered", "on": "2025-02-03", "answered_on": "2025-01-20",
      "learned_on": "2025-01-10"}, "escalation"),
    ({"kind": "escalation", "stage": "first_instance_pending", "on": "2025-01-08", "registered_on": "2025-01-06"},
     "escalation"),
    ({"kind": "explain", "complaint": COMPLAINT, "registration": {"registered_on": "2024-12-31"},
      "on": "2025-01-13"}, "assessment"),
    ({"kind": "explain", "complaint": COMPLAINT}, "assessment"),
    ({"kind": "calendar", "year": 2025, "month": 1}, "calendar-month"),
    ({"kind": "deadline", "registered_on": "2024-12-31"}, "error"),
]


@pytest.mark.parametrize(("request_json", "schema"), EXAMPLES)
def test_handle_answers_with_payloads_that_match_their_schema(request_json: dict[str, Any], schema: str) -> None:
    if schema != "error":
        validator("request").validate(request_json)
    response = handle(request_json)
    assert response["kind"] == json_schema(schema)["properties"]["kind"]["const"]
    validator(schema).validate(response)
    validator("response").validate(response)
    assert handle(json.dumps(request_json)) == response
    assert handle(json.dumps(request_json).encode()) == response


def test_handle_gives_the_same_answer_as_the_library() -> None:
    response = handle(EXAMPLES[0][0])
    assert response == to_json(review_deadline(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER))
    assert response["due"] == "2025-01-10"
    explained = handle(EXAMPLES[4][0])
    assert explained["deadline"]["due"] == "2025-01-10"
    assert explained["escalation"]["stage"] == "first_instance_overdue"
    assert "1. To whom" in explained["explanation"]


@pytest.mark.parametrize(("request_json", "expected"), [
    ("{", [""]),
    ("[1]", [""]),
    ({}, ["kind"]),
    ({"kind": "weather"}, ["kind"]),
    ({"kind": "deadline", "registered_on": "2017-06-01", "reviewer": "ministry"}, ["registered_on"]),
    ({"kind": "deadline", "registered_on": "2025-01-06", "reviewer": "ministry", "rules_on": "2017-06-01"},
     ["rules_on"]),
    ({"kind": "deadline", "registered_on": "2025-01-06", "reviewer": "court"}, ["reviewer"]),
    ({"kind": "deadline", "registered_on": "2025-01-06", "reviewer": "ministry", "lodged_on": "2025-01-07"},
     ["registered_on"]),
    ({"kind": "deadline", "registered_on": "2030-12-30", "reviewer": "quality_authority"}, ["registered_on"]),
    ({"kind": "deadline", "registered_on": "2025-01-06", "reviewer": "ministry", "convention": "months"},
     ["convention"]),
    ({"kind": "escalation", "stage": "quality_pending", "on": "2025-01-08"}, ["registered_on"]),
    ({"kind": "explain", "complaint": {**COMPLAINT, "respondent": "state_corporation_employee"},
      "registration": {"registered_on": "2024-12-31", "body": "ministry"}}, ["registration.body"]),
    ({"kind": "explain", "complaint": {**COMPLAINT, "lodged_on": "2017-03-01", "addressee": None}},
     ["complaint.lodged_on"]),
    ({"kind": "calendar", "year": 2025, "month": 0}, ["month"]),
    ({"kind": "calendar", "year": 2040, "month": 1}, ["year"]),
])
def test_handle_refuses_with_every_problem_at_its_request_path(request_json: Any, expected: list[str]) -> None:
    response = handle(request_json)
    assert response["kind"] == "error"
    validator("error").validate(response)
    assert [p["path"] for p in response["error"]["problems"]] == expected
    assert response["error"]["type"].endswith("Error")


def test_handle_refuses_a_provisional_result_under_the_raise_policy() -> None:
    response = handle({"kind": "deadline", "registered_on": "2026-12-28", "reviewer": "ministry",
                       "on_provisional": "raise"})
    assert response["error"]["type"] == "ProvisionalResultError"
    assert [(p["path"], p["accepted"]) for p in response["error"]["problems"]] == [
        ("on_provisional", "a result on confirmed calendar data, or on_provisional 'mark' or 'warn'")]
    validator("error").validate(response)


def test_handle_keeps_warnings_inside_the_result() -> None:
    # pytest turns warnings into errors: a warning escaping handle() would fail this test.
    response = handle({"kind": "deadline", "registered_on": "2026-12-28", "reviewer": "ministry",
                       "on_provisional": "warn"})
    assert response["provisional"] is True


def test_overlays_change_the_answer_and_conflicts_name_the_overlay() -> None:
    base = {"kind": "deadline", "registered_on": "2027-01-04", "reviewer": "ministry"}
    before = review_deadline(dt.date(2027, 1, 4), BodyKind.MINISTRY)
    assert handle(base)["due"] == before.due.isoformat()
    order = {"act": "Order of the Labour Minister (example)", "days_off": [before.counted[2].isoformat()],
             "confirms_years": [2026, 2027]}
    shifted = handle({**base, "overlays": [order]})
    assert shifted["due"] > handle(base)["due"]
    assert shifted["provisional"] is False  # the overlay confirms 2026 and 2027
    assert "overlays " in shifted["calendar_version"]
    assert "overlays none" not in shifted["calendar_version"]
    conflict = handle({**base, "overlays": [order, {"act": "Another order",
                                                    "working_days": [before.counted[2].isoformat()]}]})
    assert conflict["error"]["type"] == CalendarConflictError.__name__
    assert conflict["error"]["problems"][0]["path"].startswith("overlays[1].working_days[0]")


def test_evaluate_refuses_what_is_not_a_request() -> None:
    with pytest.raises(InputTypeError):
        evaluate("deadline")  # type: ignore[call-overload]


def test_requests_built_in_python_are_checked() -> None:
    with pytest.raises(InvalidInputError) as caught:
        DeadlineRequest("2025-01-06", "nobody", overlays=[1])
    assert paths(caught.value) == ["registered_on", "reviewer", "overlays[0]"]
    assert DeadlineRequest(dt.date(2025, 1, 6), "ministry").reviewer is BodyKind.MINISTRY
    with pytest.raises(InputTypeError) as typed:
        CalendarRequest("2025", 1)  # type: ignore[arg-type]
    assert [(p.path, p.accepted) for p in typed.value.problems] == [("year", "a whole number (int)")]
    aware = dt.datetime(2025, 1, 5, 20, 0, tzinfo=dt.UTC)  # already 6 January in Almaty
    assert EscalationRequest(Stage.COURT, aware).on == dt.date(2025, 1, 6)


@pytest.mark.parametrize("flag", ["yes", 1, None])
def test_has_superior_must_be_a_boolean(flag: object) -> None:
    """A request built in Python takes True or False for has_superior, nothing that merely looks like one."""
    with pytest.raises(InputTypeError) as caught:
        EscalationRequest(Stage.FIRST_INSTANCE_ANSWERED, dt.date(2025, 2, 3), has_superior=flag)  # type: ignore[arg-type]
    (problem,) = caught.value.problems
    assert (problem.path, problem.accepted, problem.is_type_error) == ("has_superior", "True or False", True)
    assert problem.message == f"got {type(flag).__name__} {flag!r}"


def test_has_superior_false_is_kept_and_read_from_json() -> None:
    """has_superior false survives construction and JSON alike."""
    request = EscalationRequest(Stage.FIRST_INSTANCE_ANSWERED, dt.date(2025, 2, 3), has_superior=False,
                                answered_on=dt.date(2025, 1, 20))
    assert request.has_superior is False
    assert request == from_json(EscalationRequest, {"stage": "first_instance_answered", "on": "2025-02-03",
                                                    "has_superior": False, "answered_on": "2025-01-20"})


@pytest.mark.parametrize(("flag", "described"), [("yes", 'string "yes"'), (0, "number 0"), (None, "null")])
def test_has_superior_in_json_must_be_true_or_false(flag: object, described: str) -> None:
    """Over JSON, has_superior is true or false: a string, a number or null is refused."""
    data = {"kind": "escalation", "stage": "first_instance_answered", "on": "2025-02-03", "has_superior": flag}
    with pytest.raises(InputTypeError) as caught:
        from_json(EscalationRequest, data)
    assert [(p.path, p.message, p.accepted) for p in caught.value.problems] == [
        ("has_superior", f"got {described}", "true or false")
    ]


# --- both flags on every result (issue 9, part 2) -------------------------------------------------


def test_every_result_payload_shows_provisional_and_confirmed() -> None:
    """Provisional (calendar data) and confirmed (every rule read in its act) are two flags, on every result."""
    for request_json, schema in EXAMPLES:
        if schema in ("review-deadline", "escalation", "assessment"):
            answer = handle(request_json)
            assert isinstance(answer["provisional"], bool)
            assert isinstance(answer["confirmed"], bool)
            assert {"provisional", "confirmed"} <= set(json_schema(schema)["required"])


def test_an_escalation_is_confirmed_only_if_its_options_rules_are() -> None:
    """In 2019 the forwarding and lodging-limit rules of the 2018 regime are unconfirmed: the answer says so."""
    answer = handle({"kind": "escalation", "stage": "first_instance_answered", "on": "2019-06-03",
                     "answered_on": "2019-06-03"})
    assert all(v["confirmed"] for v in answer["basis"])
    assert not all(v["confirmed"] for o in answer["options"] for v in o["basis"])
    assert answer["confirmed"] is False
    assert handle(EXAMPLES[2][0])["confirmed"] is True


def test_an_assessment_is_provisional_or_unconfirmed_when_a_part_is() -> None:
    """An assessment carries both flags: provisional if its deadline or escalation is, confirmed if all rules are."""
    answer = handle({"kind": "explain", "complaint": {**COMPLAINT, "lodged_on": "2026-12-28"},
                     "registration": {"registered_on": "2026-12-28"}})
    assert answer["provisional"] is answer["deadline"]["provisional"] is True
    assert answer["confirmed"] is (answer["deadline"]["confirmed"] and answer["escalation"]["confirmed"])
    settled = handle(EXAMPLES[4][0])
    assert (settled["provisional"], settled["confirmed"]) == (False, True)
    unconfirmed = handle({"kind": "explain", "complaint": {**COMPLAINT, "lodged_on": "2019-06-03"},
                          "registration": {"registered_on": "2019-06-03"}, "on": "2019-07-01"})
    assert unconfirmed["confirmed"] is False


# --- accepted lists only what is accepted there (issue 9, part 5) ----------------------------------


@pytest.mark.parametrize(("request_json", "path", "accepted"), [
    ({"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "fax"}, "reviewer",
     "one of: service_provider, ministry, state_corporation, quality_authority"),
    ({"kind": "deadline", "registered_on": "2024-12-31"}, "reviewer",
     "one of: service_provider, ministry, state_corporation, quality_authority"),
    ({"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "ministry", "convention": "weeks"}, "convention",
     "one of: next_day, same_day"),
    ({"kind": "explain", "complaint": {**COMPLAINT, "office": "fax"}}, "complaint.office",
     "one of: service_provider, ministry, state_corporation, quality_authority"),
    ({"kind": "explain", "complaint": COMPLAINT, "registration": {"registered_on": "2024-12-31", "body": "fax"}},
     "registration.body", "one of: service_provider, ministry, state_corporation, quality_authority"),
])
def test_accepted_lists_only_what_the_request_takes(request_json: dict[str, Any], path: str, accepted: str) -> None:
    """A court is no reviewer, office or registering body here, and a review term counts working days only."""
    (problem,) = handle(request_json)["error"]["problems"]
    assert (problem["path"], problem["accepted"]) == (path, accepted)


def test_a_court_or_a_calendar_day_convention_is_refused_with_the_procedure_s_reason() -> None:
    """Known but refused values get the procedure's own reason, and the same narrow accepted list."""
    (problem,) = handle({"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "court"})["error"]["problems"]
    assert (problem["path"], problem["accepted"]) == (
        "reviewer", "service_provider, ministry, state_corporation or quality_authority")
    (problem,) = handle({"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "ministry",
                         "convention": "months"})["error"]["problems"]
    assert (problem["path"], problem["accepted"]) == ("convention", "a convention for working_days")
    with pytest.raises(InvalidInputError) as caught:
        DeadlineRequest(dt.date(2025, 1, 6), 5)
    assert caught.value.problems[0].accepted == (
        "a BodyKind or one of: service_provider, ministry, state_corporation, quality_authority")


@pytest.mark.parametrize("year", [0, 2017, 2031, 10 ** 30])
def test_a_calendar_request_offers_the_calendar_s_years_only(year: int) -> None:
    """A month outside the calendar is refused with the months it holds, not with years 1 to 9999."""
    (problem,) = handle({"kind": "calendar", "year": year, "month": 1})["error"]["problems"]
    assert (problem["path"], problem["accepted"]) == ("year", "a month from January 2018 to December 2030")
    with pytest.raises(CalendarRangeError):
        calendar_month(10 ** 5000, 1)


def test_every_review_term_is_in_working_days() -> None:
    """The narrowing of convention to working-day conventions rests on this: no review term counts calendar days."""
    from appeal_rules.rules import RULES

    terms = [v.term for r in RULES if r.id.startswith("review_term.") for v in r.versions]
    assert terms
    assert all(t is not None and t.unit is Unit.WORKING_DAYS for t in terms)


def test_calendar_month_marks_transferred_and_provisional_days() -> None:
    january = calendar_month(2025, 1)
    assert january.working_days == 20
    assert not january.provisional
    by_day = {d.date.day: d for d in january.days}
    assert by_day[3].transferred
    assert not by_day[3].working
    assert by_day[3].moved == dt.date(2025, 1, 5)
    assert by_day[5].transferred
    assert by_day[5].working
    assert not by_day[6].transferred
    assert not by_day[6].provisional
    later = calendar_month(2027, 5)
    assert later.provisional
    assert all(d.provisional for d in later.days)
    assert any(d.estimated for d in later.days)  # Kurban Ait 2027 is an estimate
    assert not calendar_month(2026, 5).provisional  # 2026 is confirmed, Kurban Ait on 27 May


# --- the schemas -------------------------------------------------------------------------------


def test_the_committed_schema_files_are_the_generated_ones() -> None:
    committed = sorted(p.name for p in SCHEMA_DIR.glob("*.json"))
    assert committed == sorted(f"{name}.json" for name in SCHEMA_NAMES), \
        "regenerate with: python -m appeal_rules.serialization docs/schema"
    for name in SCHEMA_NAMES:
        text = (SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8")
        assert json.loads(text) == json_schema(name), \
            f"docs/schema/{name}.json is stale: python -m appeal_rules.serialization docs/schema"
        assert text == json.dumps(json_schema(name), indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_each_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    schema = json_schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schemas_are_generated_from_the_types() -> None:
    request = json_schema("deadline-request")
    assert request["required"] == ["kind", "registered_on", "reviewer"]
    assert request["properties"]["on_provisional"]["default"] == "mark"
    assert request["properties"]["reviewer"]["enum"] == [b.value for b in BodyKind if b is not BodyKind.COURT]
    assert json_schema("escalation")["$defs"]["Option"]["properties"]["lodge_through"]["anyOf"][0] == {
        "$ref": "#/$defs/BodyKind"}
    assert request["properties"]["registered_on"]["format"] == "date"
    assert request["additionalProperties"] is False
    result = json_schema("review-deadline")
    assert {"due", "provisional", "provisional_reasons", "calendar_version", "rule_version"} <= set(
        result["required"])
    assert result["$defs"]["RuleVersion"]["required"] == [
        "rule", "version", "regime", "effective_from", "effective_to", "summary", "explanation", "confirmed",
        "term", "citation", "sources"]
    with pytest.raises(InvalidInputError):
        json_schema("nothing")


def test_the_schemas_refuse_what_from_json_refuses() -> None:
    bad = {"kind": "deadline", "registered_on": "2025-01-06", "reviewer": "nobody", "colour": 1}
    assert len(list(validator("request").iter_errors(bad))) >= 1
    assert len(list(validator("deadline-request").iter_errors(bad))) == 2
    with pytest.raises(InvalidInputError) as caught:
        from_json(DeadlineRequest, bad)
    assert sorted(paths(caught.value)) == ["colour", "reviewer"]


def test_write_schemas_and_the_module_command(tmp_path: Path) -> None:
    written = write_schemas(tmp_path / "a")
    assert [p.name for p in written] == [f"{n}.json" for n in SCHEMA_NAMES]
    result = subprocess.run([sys.executable, "-m", "appeal_rules.serialization", str(tmp_path / "b")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    for name in SCHEMA_NAMES:
        assert (tmp_path / "b" / f"{name}.json").read_text(encoding="utf-8") == \
            (SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8")


def _run_module(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int | str | None:
    """Run ``python -m appeal_rules.serialization ARGV`` in this process; return its exit code."""
    monkeypatch.setattr(sys, "argv", ["python -m appeal_rules.serialization", *argv])
    with warnings.catch_warnings():
        # runpy warns that the module was imported before it is run as __main__: harmless here.
        warnings.filterwarnings("ignore", message=".*found in sys.modules.*", category=RuntimeWarning)
        with pytest.raises(SystemExit) as stop:
            runpy.run_module("appeal_rules.serialization", run_name="__main__", alter_sys=True)
    return stop.value.code


def test_python_m_appeal_rules_serialization_writes_every_schema(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The package's own writer writes one file per schema and prints each path."""
    target = tmp_path / "schema"
    assert _run_module(monkeypatch, str(target)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [str(target / f"{name}.json") for name in SCHEMA_NAMES]
    for name in SCHEMA_NAMES:
        assert json.loads((target / f"{name}.json").read_text(encoding="utf-8")) == json_schema(name)


def test_python_m_appeal_rules_serialization_without_a_directory_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a directory the writer stops with a usage error (exit 2), writing nothing."""
    assert _run_module(monkeypatch) == 2
    assert "the following arguments are required: directory" in capsys.readouterr().err


def test_the_batch_summary_has_a_schema_and_matches_the_cli_s(tmp_path: Path) -> None:
    """batch --json has a schema in docs/schema like every other payload; the CLI writes exactly that shape."""
    from appeal_rules import cli

    ours = to_json(BatchSummary(rows=3, failed=1, calendar_version="holidays 0.109; overlays none; horizon 2025"))
    assert ours == {"schema_version": "1", "kind": "batch_summary", "rows": 3, "failed": 1,
                    "calendar_version": "holidays 0.109; overlays none; horizon 2025"}
    validator("batch-summary").validate(ours)
    assert typing.get_type_hints(cli.run_batch)["return"] is BatchSummary  # one type: what the schema describes
    source = tmp_path / "in.csv"
    source.write_text("id,registered_on,reviewer\n1,2024-12-31,ministry\n2,2024-13-01,ministry\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "appeal_rules", "batch", str(source), "-o", str(tmp_path / "o.csv"),
                             "--json"], capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stderr
    validator("batch-summary").validate(json.loads(result.stdout))
    assert json.loads(result.stdout)["failed"] == 1


def test_the_request_and_response_pairs_in_the_json_page_are_real() -> None:
    page = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\{code-block\} json\n:caption: (request|response)\n\n(.*?)```", page, re.S)
    assert [caption for caption, _ in blocks] == ["request", "response"] * (len(blocks) // 2)
    assert len(blocks) >= 4
    for (_, request), (_, response) in zip(blocks[::2], blocks[1::2], strict=True):
        answer = json.dumps(handle(json.loads(request)), indent=2, ensure_ascii=False)
        assert re.sub(r"holidays [0-9.]+;", "holidays X;", answer) == \
            re.sub(r"holidays [0-9.]+;", "holidays X;", response.strip())
