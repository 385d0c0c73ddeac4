"""Every script in ``examples/`` runs, with this interpreter, and prints something meaningful.

Each runs in a subprocess from an empty working directory with warnings turned into errors, must
exit 0 within 60 seconds (a guard against a hang, not a timing assertion), write nothing to stderr,
and print several lines that include a date or a rule version. The two examples the README and
the docs point to are also checked for what they promise to show.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
TIMEOUT_S = 60


def run(script: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", "error", str(script), *args],
        capture_output=True, text=True, timeout=TIMEOUT_S, cwd=cwd, check=False,
    )


def test_the_documented_examples_exist() -> None:
    assert {"quickstart.py", "what_if_month.py"} <= {p.name for p in EXAMPLES}


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs_and_prints(script: Path, tmp_path: Path) -> None:
    result = run(script, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) >= 3, result.stdout
    assert re.search(r"\d{4}-\d{2}-\d{2}|\w@\w", result.stdout), "no date and no rule version in the output"


def test_quickstart_shows_each_step_with_its_source(tmp_path: Path) -> None:
    out = run(ROOT / "examples" / "quickstart.py", cwd=tmp_path).stdout
    for step in ("1. To whom", "2. Registration and proof of acceptance", "3. The review deadline",
                 "4. The escalation path"):
        assert step in out
    assert "Addressee check, head of the service provider: valid." in out
    assert "a registration stamp" in out
    assert "day 5: Fri 2025-01-10" in out
    assert "Friday 2025-01-03: day off moved from Sunday 2025-01-05 by the transfer act" in out
    assert "Last day: Fri 2025-01-10" in out
    assert "Go to court" in out
    assert "court@appc" in out
    assert out.count("Source:") + out.count("source:") >= 6


def test_what_if_month_defaults_to_january_2025(tmp_path: Path) -> None:
    out = run(ROOT / "examples" / "what_if_month.py", cwd=tmp_path).stdout
    assert "registered in January 2025" in out
    assert re.search(r"Tue 2024-12-31|Sun 2025-01-05\s+Mon 2025-01-13", out)
    assert "Friday 2025-01-03: day off moved from Sunday 2025-01-05 by the transfer act" in out
    assert "provisional" not in out


def test_what_if_month_march_2027_is_provisional(tmp_path: Path) -> None:
    result = run(ROOT / "examples" / "what_if_month.py", "2027", "3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "registered in March 2027" in result.stdout
    assert "Nowruz Holiday carried over" in result.stdout
    assert "past the calendar data horizon" in result.stdout


def test_what_if_month_refuses_a_month_outside_the_rules(tmp_path: Path) -> None:
    result = run(ROOT / "examples" / "what_if_month.py", "2017", "6", cwd=tmp_path)
    assert result.returncode == 2
    assert "2018-01-01" in result.stderr
