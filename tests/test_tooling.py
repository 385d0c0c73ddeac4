"""The strict tooling is part of the suite, so the one test command enforces it everywhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_strict_is_clean() -> None:
    """`mypy --strict` (configured in pyproject.toml) passes on src and tests."""
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    """ruff, with the rule set in pyproject.toml, reports nothing."""
    if shutil.which("ruff") is None and run("ruff", "--version").returncode != 0:
        pytest.fail("ruff is not installed: install the test extra")
    result = run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_is_typed() -> None:
    """The package ships its PEP 561 marker."""
    assert (ROOT / "src" / "appeal_rules" / "py.typed").is_file()
