"""The error hierarchy: one root, built-in bases callers already catch, every problem reported at once."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

import appeal_rules
from appeal_rules import (
    AppealedAct,
    AppealRulesError,
    BodyKind,
    Channel,
    Complaint,
    InvalidInputError,
    Problem,
    Registration,
    Respondent,
    Stage,
    assess,
    escalation_options,
    review_deadline,
)
from appeal_rules import errors as errors_module
from appeal_rules.errors import InputTypeError, InvalidAddresseeError, ProvisionalResultWarning
from appeal_rules.model import Body

EXCEPTIONS = sorted(
    (obj for obj in vars(errors_module).values()
     if inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == errors_module.__name__),
    key=lambda cls: cls.__name__,
)


def test_one_root() -> None:
    """Every exception class the library defines descends from AppealRulesError, which descends
    from Exception alone; warnings are warnings, not errors."""
    assert AppealRulesError.__bases__ == (Exception,)
    errors = [cls for cls in EXCEPTIONS if not issubclass(cls, Warning)]
    assert {cls.__name__ for cls in errors} >= {
        "AppealRulesError", "InvalidInputError", "InputTypeError", "OutsideCoverageError", "InvalidAddresseeError",
        "InvalidTransitionError", "CalendarRangeError", "CalendarConflictError", "AmbiguousDateError",
        "ProvisionalResultError",
    }
    for cls in errors:
        assert issubclass(cls, AppealRulesError), cls
    assert [cls for cls in EXCEPTIONS if issubclass(cls, Warning)] == [ProvisionalResultWarning]
    assert not issubclass(ProvisionalResultWarning, AppealRulesError)
    # The root and the input error are at the top level; the rest live in appeal_rules.errors.
    for name in ("AppealRulesError", "InvalidInputError", "Problem"):
        assert getattr(appeal_rules, name) is getattr(errors_module, name)


def test_input_errors_are_value_errors_and_type_errors_are_both() -> None:
    """InvalidInputError is a ValueError (so is every kind of invalid input); InputTypeError is also
    a TypeError, for code that catches the built-in."""
    assert issubclass(InvalidInputError, ValueError)
    assert issubclass(InputTypeError, InvalidInputError)
    assert issubclass(InputTypeError, TypeError)
    assert issubclass(InputTypeError, ValueError)
    for cls in EXCEPTIONS:
        if issubclass(cls, InvalidInputError):
            assert issubclass(cls, ValueError), cls
        if issubclass(cls, TypeError):
            assert cls is InputTypeError, cls
    assert not issubclass(InvalidInputError, TypeError)


def test_three_bad_fields_give_three_problems_at_once() -> None:
    """A Complaint with three bad fields reports all three, each with its field path, what was wrong
    and what is accepted."""
    with pytest.raises(InvalidInputError) as caught:
        Complaint("landlord", "complaint", "fax", dt.date(2025, 3, 3))
    error = caught.value
    assert not isinstance(error, TypeError)  # the types were right (strings), the values were not
    assert [p.path for p in error.problems] == ["respondent", "appealed", "channel"]
    wrong = {"respondent": "landlord", "appealed": "complaint", "channel": "fax"}
    accepted = {"respondent": "provider_official", "appealed": "inaction", "channel": "in_person"}
    for problem in error.problems:
        assert repr(wrong[problem.path]) in problem.message
        assert problem.accepted.startswith("one of: ")
        assert accepted[problem.path] in problem.accepted
    text = str(error)
    assert text.splitlines()[0] == "3 problems:"
    for problem in error.problems:
        assert f"- {problem.path}: {problem.message}; accepted: {problem.accepted}" in text


def test_all_type_problems_make_an_input_type_error() -> None:
    """When every problem is one of type, the error is an InputTypeError (also a TypeError); the
    message names the type received."""
    with pytest.raises(TypeError) as caught:
        Complaint(None, None, None, None)
    error = caught.value
    assert isinstance(error, InputTypeError)
    assert [p.path for p in error.problems] == ["respondent", "appealed", "channel", "lodged_on"]
    assert all("NoneType" in p.message for p in error.problems)
    assert error.problems[3].accepted == "a datetime.date"
    assert str(error).startswith("4 problems:")


def test_mixed_problems_make_an_error_of_every_kind_they_hold() -> None:
    """A type problem beside a value problem: one error listing both, caught as a TypeError (a type
    problem came with it) and as a ValueError, whose common class is InvalidInputError; a naive
    datetime is refused with what would be accepted."""
    with pytest.raises(InvalidInputError) as caught:
        Complaint("landlord", None, "post", dt.datetime(2025, 3, 3, 10, 0))
    error = caught.value
    assert isinstance(error, TypeError)
    assert isinstance(error, ValueError)
    assert error.common_class is InvalidInputError
    by_path = {p.path: p for p in error.problems}
    assert set(by_path) == {"respondent", "appealed", "lodged_on"}
    assert by_path["appealed"].is_type_error
    assert not by_path["respondent"].is_type_error
    assert "naive" in by_path["lodged_on"].message
    assert "time zone" in by_path["lodged_on"].accepted


def test_cross_field_problems_are_reported_with_the_others() -> None:
    """Problems between fields (learned after lodged) come with the others, each at its path."""
    with pytest.raises(InvalidInputError) as caught:
        Complaint("service_provider", "decision", "post", dt.date(2025, 3, 3),
                  addressee="tax_office", office=5, learned_on=dt.date(2025, 3, 4))
    by_path = {p.path: p for p in caught.value.problems}
    assert set(by_path) == {"addressee", "office", "learned_on"}
    assert "2025-03-04" in by_path["learned_on"].message
    assert "lodged_on" in by_path["learned_on"].accepted
    assert "tax_office" in by_path["addressee"].message
    assert "int 5" in by_path["office"].message


def test_other_value_types_report_every_problem() -> None:
    """Body and Registration validate every field too."""
    with pytest.raises(InvalidInputError) as body_error:
        Body("agency", None, 7, "yes")  # type: ignore[arg-type]
    assert [p.path for p in body_error.value.problems] == ["kind", "name", "postal_address", "has_superior"]
    with pytest.raises(InputTypeError) as registration_error:
        Registration(dt.date(2025, 3, 3), BodyKind.MINISTRY, 125, ["Abenov"], 10.5)  # type: ignore[arg-type]
    assert [p.path for p in registration_error.value.problems] == ["number", "received_by", "answer_collection"]
    assert all(p.accepted == "a string or None" for p in registration_error.value.problems)


def test_function_arguments_report_every_problem() -> None:
    """The functions collect problems too: three bad arguments to review_deadline, three problems."""
    with pytest.raises(InvalidInputError) as caught:
        review_deadline("2025-01-06", BodyKind.COURT, lodged_on=5)  # type: ignore[arg-type]
    by_path = {p.path: p for p in caught.value.problems}
    assert set(by_path) == {"registered_on", "reviewer", "lodged_on"}
    assert "str '2025-01-06'" in by_path["registered_on"].message
    assert "court" in by_path["reviewer"].message
    assert "quality_authority" in by_path["reviewer"].accepted
    with pytest.raises(InvalidInputError) as escalation:
        escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2025, 2, 3), learned_on=dt.date(2025, 2, 4),
                           has_superior="no")  # type: ignore[arg-type]
    assert {p.path for p in escalation.value.problems} == {"registered_on", "learned_on", "has_superior"}


def test_problem_renders_path_message_and_accepted() -> None:
    """A problem reads "path: what was wrong; accepted: what would be"."""
    problem = Problem("complaint.channel", "got 'fax'", "one of: post, in_person, portal")
    assert problem.render() == "complaint.channel: got 'fax'; accepted: one of: post, in_person, portal"
    assert Problem("", "got 1", "a date").render() == "got 1; accepted: a date"
    single = InvalidInputError.single("n", "got -1", "a whole number >= 0")
    assert str(single) == "1 problem:\n- n: got -1; accepted: a whole number >= 0"
    assert single.problems == (Problem("n", "got -1", "a whole number >= 0"),)


def test_a_message_ending_a_sentence_renders_without_a_stray_period() -> None:
    """Issue 9 part 5: messages read ".; accepted:" when the message was a sentence (a rule's
    explanation ending "(... clause 5)."); the period is dropped before "; accepted", and an
    ellipsis that cuts a long value ("...") is kept whole."""
    sentence = Problem("reviewer", "goes to the head of the State Corporation (Service standard, clause 5).",
                       "one of: state_corporation")
    assert sentence.render() == ("reviewer: goes to the head of the State Corporation (Service standard, "
                                 "clause 5); accepted: one of: state_corporation")
    assert ".;" not in str(InvalidInputError([sentence]))
    cut = Problem("overlays", "got list [CalendarOverlay(act='A', days_off=(),...", "a list of CalendarOverlay")
    assert cut.render().endswith("days_off=(),...; accepted: a list of CalendarOverlay")


def test_an_addressee_refusal_is_caught_as_one_whatever_came_with_it() -> None:
    """A complaint about a State Corporation employee goes to the head of the State Corporation
    (seed clause 5): registered at a ministry, and before it was lodged, both problems are reported
    in one error that ``except InvalidAddresseeError`` catches; only the addressee problem is of
    that kind, and the common class (the one JSON names) is InvalidInputError."""
    complaint = Complaint(Respondent.STATE_CORPORATION_EMPLOYEE, AppealedAct.ACTION, Channel.IN_PERSON,
                          dt.date(2025, 3, 3))
    with pytest.raises(InvalidAddresseeError) as caught:
        assess(complaint, registration=Registration(dt.date(2025, 3, 1), BodyKind.MINISTRY))
    error = caught.value
    assert [(p.path, p.error_class) for p in error.problems] == [
        ("registration.registered_on", InvalidInputError), ("registration.body", InvalidAddresseeError)]
    assert error.common_class is InvalidInputError
