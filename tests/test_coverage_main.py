"""``python -m appeal_rules``, run in-process: it is the ``appeal-rules`` command, exit code and all."""

from __future__ import annotations

import importlib
import runpy
import sys
import warnings

import pytest

import appeal_rules


def _run_main(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int | str | None:
    """Run the package as ``python -m appeal_rules ARGV`` would; return the code it exits with."""
    monkeypatch.setattr(sys, "argv", ["appeal-rules", *argv])
    with warnings.catch_warnings():
        # runpy warns when appeal_rules.__main__ was imported before (by another test): harmless here.
        warnings.filterwarnings("ignore", message=".*found in sys.modules.*", category=RuntimeWarning)
        with pytest.raises(SystemExit) as stop:
            runpy.run_module("appeal_rules", run_name="__main__", alter_sys=True)
    return stop.value.code


def test_version_exits_0_and_prints_the_version(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_main(monkeypatch, "--version") == 0
    assert capsys.readouterr() == (f"appeal-rules {appeal_rules.__version__}\n", "")


def test_a_command_prints_its_answer_and_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_main(monkeypatch, "deadline", "2024-12-31", "--reviewer", "service_provider") == 0
    out, err = capsys.readouterr()
    assert out.startswith("Due: Friday 2025-01-10 (the reviewer has until the end of that day)\n")
    assert err == ""


def test_invalid_input_exits_2_with_the_problem_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_main(monkeypatch, "calendar", "2025", "13") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("appeal-rules calendar: error: 1 problem:\n- MONTH: ")


def test_the_module_exports_nothing() -> None:
    module = importlib.import_module("appeal_rules.__main__")
    assert module.__all__ == []
    assert dir(module) == []
