"""The complaint's status in the eGov personal account (seed clause 6).

Clause 6: "When sending a complaint through the portal to the service recipient from 'personal
account' available information on the treatment, which is updated during the processing of the
appeal by the service provider (the level of delivery, registration, performance, response on the
review or not to review)."
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise, product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from appeal_rules import InvalidInputError, PortalStatus
from appeal_rules.errors import InvalidTransitionError
from appeal_rules.procedure import PORTAL_TRANSITIONS, portal_transitions, require_valid_transition
from procedure_strategies import portal_statuses

D, R, X, A, F = (PortalStatus.DELIVERED, PortalStatus.REGISTERED, PortalStatus.IN_EXECUTION,
                 PortalStatus.ANSWERED, PortalStatus.REFUSED_REVIEW)

#: The clause's sequence, written out independently of the library's table: delivered, then
#: registered, then in execution, then either an answer or a refusal to review, which end it.
SEED_MOVES = frozenset({(D, R), (R, X), (X, A), (X, F)})
FINAL = frozenset({A, F})
IMPOSSIBLE = sorted(
    (pair for pair in product(PortalStatus, repeat=2) if pair not in SEED_MOVES),
    key=lambda p: (p[0].value, p[1].value),
)


def test_the_table_is_the_clause() -> None:
    """The library's table allows exactly the clause's moves, and every status is listed."""
    assert set(PORTAL_TRANSITIONS) == set(PortalStatus)
    table = {(a, b) for a, targets in PORTAL_TRANSITIONS.items() for b in targets}
    assert table == SEED_MOVES
    assert {s for s in PortalStatus if not portal_transitions(s)} == FINAL


@given(st.data(), portal_statuses)
def test_every_path_ends_answered_or_refused(data: st.DataObject, start: PortalStatus) -> None:
    """Clause 6: from any status, every sequence of allowed moves ends, within the clause's four
    steps, in "response on the review or not to review", and nothing follows either."""
    path = [start]
    status = start
    while targets := portal_transitions(status):
        new = data.draw(st.sampled_from(sorted(targets, key=lambda s: s.value)), label=f"after {status.value}")
        assert require_valid_transition(status, new) is new
        assert new not in path, f"the portal went back to {new.value}: {path}"
        path.append(new)
        status = new
        assert len(path) <= len(PortalStatus) - 1, path  # never both an answer and a refusal
    assert status in FINAL, path
    if start is D:
        assert path[:3] == [D, R, X]
    for final in FINAL:
        assert portal_transitions(final) == frozenset()


@given(st.lists(portal_statuses, min_size=2, max_size=6))
def test_a_random_sequence_is_accepted_only_if_each_move_is_allowed(sequence: list[PortalStatus]) -> None:
    """A random sequence of statuses passes require_valid_transition step by step exactly when every
    consecutive pair is one of the clause's moves."""
    accepted = True
    for a, b in pairwise(sequence):
        try:
            require_valid_transition(a, b)
        except InvalidTransitionError:
            accepted = False
            assert (a, b) not in SEED_MOVES
        else:
            assert (a, b) in SEED_MOVES
    assert accepted == all(pair in SEED_MOVES for pair in pairwise(sequence))


@pytest.mark.parametrize(("current", "new"), IMPOSSIBLE, ids=[f"{a.value}->{b.value}" for a, b in IMPOSSIBLE])
def test_impossible_transition_is_refused_naming_the_accepted_statuses(
    current: PortalStatus, new: PortalStatus
) -> None:
    """A move the clause does not allow (skipping a step, going back, or leaving a final status) is
    refused with InvalidTransitionError, which says what was wrong and which statuses may follow."""
    with pytest.raises(InvalidTransitionError) as caught:
        require_valid_transition(current, new)
    error = caught.value
    assert isinstance(error, InvalidInputError)
    assert isinstance(error, ValueError)
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert problem.path == "new"
    assert current.value in problem.message
    assert new.value in problem.message
    allowed = sorted(b.value for a, b in SEED_MOVES if a is current)
    if allowed:
        assert problem.accepted == "one of: " + ", ".join(allowed)
    else:
        assert "final" in problem.accepted
        assert current.value in problem.accepted
    assert problem.accepted in str(error)


@pytest.mark.parametrize(
    ("current", "new", "path"),
    [("archived", "registered", "current"), ("delivered", "closed", "new"), ("DELIVERED", "registered", "current")],
)
def test_unknown_status_string_is_refused(current: str, new: str, path: str) -> None:
    """A string that is not a status's value is refused, naming every accepted status."""
    with pytest.raises(InvalidInputError) as caught:
        require_valid_transition(current, new)  # type: ignore[arg-type]
    assert not isinstance(caught.value, InvalidTransitionError)  # the input is wrong, not the move
    problem = caught.value.problems[0]
    assert problem.path == path
    for status in PortalStatus:
        assert status.value in problem.accepted
    with pytest.raises(InvalidInputError):
        portal_transitions(current if path == "current" else new)  # type: ignore[arg-type]


def test_status_values_are_accepted_as_strings() -> None:
    """The statuses' values (as a JSON client sends them) name the same statuses."""
    assert require_valid_transition("delivered", "registered") is R  # type: ignore[arg-type]
    assert portal_transitions("in_execution") == frozenset({A, F})  # type: ignore[arg-type]


@pytest.mark.parametrize("wrong", [None, 3, dt.datetime(2025, 1, 6, 10, 0), R.value.encode()])
def test_wrong_typed_status_is_a_type_error(wrong: object) -> None:
    """Something that is not a status at all is refused as a TypeError (and an InvalidInputError)."""
    with pytest.raises(TypeError) as caught:
        require_valid_transition(D, wrong)  # type: ignore[arg-type]
    assert isinstance(caught.value, InvalidInputError)
    assert caught.value.problems[0].path == "new"
