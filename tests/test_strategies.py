"""appeal_rules.testing beyond its happy path: empty ranges, every kind of invalid input, run as a script,
and the type strategies registered whatever the order of imports.

The strategies are public (docs/testing.md): ``working_days`` draws only the calendar's working
days and says so when a range has none; ``invalid_complaint_inputs`` breaks fields as ``Complaint``
refuses them (a ``learned_on`` after ``lodged_on`` among them: one learns of a decision before
complaining of it); ``python -m appeal_rules.testing --write-snapshot`` freezes the live calendar.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import runpy
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import find, given, settings

import appeal_rules
from appeal_rules import BodyKind, Complaint, InvalidInputError, Stage, WorkingCalendar, assess, escalation_options
from appeal_rules.calendar import default_calendar
from appeal_rules.testing import (
    InvalidComplaintInput,
    complaints,
    escalation_requests,
    frozen_calendar,
    invalid_complaint_inputs,
    working_days,
)

FIND = settings(database=None, derandomize=True, max_examples=2_000)


def test_a_range_without_a_working_day_is_an_error_when_drawn() -> None:
    # 1-2 January 2025 are New Year's Day, 3 January a day off moved from Sunday 5 January.
    """1-2 January 2025 are New Year's Day, 3 January a day off moved from Sunday 5 January, 4 January a Saturday."""
    strategy = working_days(frozen_calendar(), min_value=dt.date(2025, 1, 1), max_value=dt.date(2025, 1, 4))
    with pytest.raises(ValueError, match="no working day from 2025-01-01 to 2025-01-04"):
        find(strategy, lambda day: True, settings=FIND)


def test_a_range_with_one_working_day_draws_only_it() -> None:
    """Sunday 5 January 2025 was made a working day: the only one from 1 to 5 January."""
    strategy = working_days(frozen_calendar(), min_value=dt.date(2025, 1, 1), max_value=dt.date(2025, 1, 5))
    assert find(strategy, lambda day: True, settings=FIND) == dt.date(2025, 1, 5)  # the Sunday made working


def _learned_after_valid_lodging(case: InvalidComplaintInput) -> bool:
    learned, lodged = case.kwargs["learned_on"], case.kwargs["lodged_on"]
    return "learned_on" in case.paths and type(learned) is dt.date and type(lodged) is dt.date


def test_a_learned_on_after_a_valid_lodging_date_is_one_of_the_invalid_inputs() -> None:
    """One learns of a decision before complaining of it: a learned_on after lodged_on is drawn as invalid, and
    Complaint refuses it at that path, naming both dates.
    """
    case = find(invalid_complaint_inputs(frozen_calendar()), _learned_after_valid_lodging, settings=FIND)
    assert case.kwargs["learned_on"] > case.kwargs["lodged_on"]
    assert "lodged_on" not in case.paths
    with pytest.raises(InvalidInputError) as caught:
        Complaint(**case.kwargs)
    assert {p.path for p in caught.value.problems} == case.paths
    (problem,) = [p for p in caught.value.problems if p.path == "learned_on"]
    assert case.kwargs["learned_on"].isoformat() in problem.message
    assert case.kwargs["lodged_on"].isoformat() in problem.message


def test_python_m_appeal_rules_testing_writes_the_live_calendar(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``python -m appeal_rules.testing --write-snapshot FILE`` writes the live calendar, frozen."""
    target = tmp_path / "calendar.json"
    monkeypatch.setattr(sys, "argv", ["python -m appeal_rules.testing", "--write-snapshot", str(target)])
    with warnings.catch_warnings():
        # runpy warns that the module was imported before it is run as __main__: harmless here.
        warnings.filterwarnings("ignore", message=".*found in sys.modules.*", category=RuntimeWarning)
        with pytest.raises(SystemExit) as stop:
            runpy.run_module("appeal_rules.testing", run_name="__main__", alter_sys=True)
    assert stop.value.code == 0
    live = default_calendar()
    assert capsys.readouterr() == (f"wrote {target} (frozen {live.version})\n", "")
    written = WorkingCalendar.from_snapshot(json.loads(target.read_text(encoding="utf-8")))
    assert written.version == "frozen " + live.version
    assert written.days(written.first_day, written.last_day) == live.days(live.first_day, live.last_day)


def test_importing_the_command_module_runs_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    """Imported rather than run (the docs build imports every module), the command does nothing."""
    importlib.import_module("appeal_rules.testing.__main__")
    assert capsys.readouterr() == ("", "")


def _is_hypothesis_or_testing(name: str) -> bool:
    return name in ("hypothesis", "appeal_rules.testing") or name.startswith(("hypothesis.", "appeal_rules.testing."))


@pytest.fixture
def fresh_import(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Forget Hypothesis and appeal_rules.testing for one test; put the originals back after it."""
    saved = dict(sys.modules)
    monkeypatch.setattr(appeal_rules, "testing", saved["appeal_rules.testing"])
    for name in [n for n in sys.modules if _is_hypothesis_or_testing(n)]:
        del sys.modules[name]
    try:
        yield
    finally:
        for name in [n for n in sys.modules if _is_hypothesis_or_testing(n)]:
            del sys.modules[name]
        sys.modules.update({n: m for n, m in saved.items() if _is_hypothesis_or_testing(n)})


@pytest.mark.usefixtures("fresh_import")
def test_imported_before_hypothesis_the_module_still_registers_its_type_strategies() -> None:
    # The module imports Hypothesis, whose entry point calls the hook before the module has
    # finished importing: the hook asks for the registration, done at the end of the import.
    """Imported before Hypothesis, the module still registers its type strategies (from_type finds them)."""
    testing: ModuleType = importlib.import_module("appeal_rules.testing")
    assert testing._SETUP == {"ready": True, "requested": True}
    hypothesis: ModuleType = sys.modules["hypothesis"]
    strategies: ModuleType = importlib.import_module("hypothesis.strategies")
    fresh_settings = hypothesis.settings(database=None, derandomize=True)  # the fresh Hypothesis's own
    calendar = hypothesis.find(strategies.from_type(WorkingCalendar), lambda c: True, settings=fresh_settings)
    assert calendar is testing.frozen_calendar()  # the registered strategy, not one built from __init__
    complaint = hypothesis.find(strategies.from_type(Complaint), lambda c: True, settings=fresh_settings)
    assert isinstance(complaint, Complaint)


def test_an_answered_request_may_name_the_registration_and_when_the_act_was_learned_of() -> None:
    """An answered stage's request may carry the registration and the day the applicant learned of the act,
    neither after the answer (one learns of an act before complaining, and registers before an answer), and
    escalation_options accepts it."""
    request = find(escalation_requests(stage=Stage.QUALITY_ANSWERED),
                   lambda r: "learned_on" in r and "registered_on" in r, settings=FIND)
    assert request["learned_on"] <= request["answered_on"]
    assert request["registered_on"] <= request["answered_on"] <= request["on"]
    assert escalation_options(**request).stage is Stage.QUALITY_ANSWERED


@given(complaints())
def test_a_drawn_complaint_is_one_assess_accepts(complaint: Complaint) -> None:
    """complaints() promises valid complaints: its office is never a court, which assess() refuses as
    an office (found by the language tests, which had to skip such draws)."""
    assert complaint.office is not BodyKind.COURT
    assess(complaint, on=complaint.lodged_on)
