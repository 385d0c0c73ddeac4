"""Request types refuse a non-boolean flag; ``python -m appeal_rules.serialization`` writes the schemas."""

from __future__ import annotations

import datetime as dt
import json
import runpy
import sys
import warnings
from pathlib import Path

import pytest

from appeal_rules import InputTypeError, Stage
from appeal_rules.serialization import SCHEMA_NAMES, EscalationRequest, from_json, json_schema


@pytest.mark.parametrize("flag", ["yes", 1, None])
def test_has_superior_must_be_a_boolean(flag: object) -> None:
    with pytest.raises(InputTypeError) as caught:
        EscalationRequest(Stage.FIRST_INSTANCE_ANSWERED, dt.date(2025, 2, 3), has_superior=flag)  # type: ignore[arg-type]
    (problem,) = caught.value.problems
    assert (problem.path, problem.accepted, problem.is_type_error) == ("has_superior", "True or False", True)
    assert problem.message == f"got {type(flag).__name__} {flag!r}"


def test_has_superior_false_is_kept_and_changes_the_options() -> None:
    request = EscalationRequest(Stage.FIRST_INSTANCE_ANSWERED, dt.date(2025, 2, 3), has_superior=False,
                                answered_on=dt.date(2025, 1, 20))
    assert request.has_superior is False
    assert request == from_json(EscalationRequest, {"stage": "first_instance_answered", "on": "2025-02-03",
                                                    "has_superior": False, "answered_on": "2025-01-20"})


@pytest.mark.parametrize(("flag", "described"), [("yes", 'string "yes"'), (0, "number 0"), (None, "null")])
def test_has_superior_in_json_must_be_true_or_false(flag: object, described: str) -> None:
    data = {"kind": "escalation", "stage": "first_instance_answered", "on": "2025-02-03", "has_superior": flag}
    with pytest.raises(InputTypeError) as caught:
        from_json(EscalationRequest, data)
    assert [(p.path, p.message, p.accepted) for p in caught.value.problems] == [
        ("has_superior", f"got {described}", "true or false")
    ]


def test_python_m_appeal_rules_serialization_writes_every_schema(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "schema"
    monkeypatch.setattr(sys, "argv", ["python -m appeal_rules.serialization", str(target)])
    with warnings.catch_warnings():
        # runpy warns that the module was imported before it is run as __main__: harmless here.
        warnings.filterwarnings("ignore", message=".*found in sys.modules.*", category=RuntimeWarning)
        with pytest.raises(SystemExit) as stop:
            runpy.run_module("appeal_rules.serialization", run_name="__main__", alter_sys=True)
    assert stop.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [str(target / f"{name}.json") for name in SCHEMA_NAMES]
    for name in SCHEMA_NAMES:
        assert json.loads((target / f"{name}.json").read_text(encoding="utf-8")) == json_schema(name)


def test_python_m_appeal_rules_serialization_without_a_directory_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["python -m appeal_rules.serialization"])
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*found in sys.modules.*", category=RuntimeWarning)
        with pytest.raises(SystemExit) as stop:
            runpy.run_module("appeal_rules.serialization", run_name="__main__", alter_sys=True)
    assert stop.value.code == 2
    assert "the following arguments are required: directory" in capsys.readouterr().err
