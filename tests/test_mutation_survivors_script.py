"""scripts/mutation_report.py: the check of a mutation run against docs/mutation-survivors.toml.

The script shells out to mutmut in a run's work directory; here a fake work directory (its
pyproject.toml and mutmut's stats file) and a stand-in for the mutmut calls play the run, so the
check itself is tested without running mutmut.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> Any:
    spec = importlib.util.spec_from_file_location("mutation_report", ROOT / "scripts" / "mutation_report.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


VERDICTS = """
[[run]]
id = "core"
modules = ["rules"]
total = 10
killed = 8
survived = 2
segfault = 0
timeout = 0

[[survivor]]
module = "rules"
function = "x_rule_version"
mutants = [2, 4]
kind = "equivalent"
change = "a → b"
reason = "why"
"""

DIFF = """# appeal_rules.rules.x_unit__mutmut_7: survived
--- src/appeal_rules/rules.py
+++ src/appeal_rules/rules.py
@@ -1,3 +1,3 @@
-    return value
+    return None
"""


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A fake run of the rules module; ``run(results, stats)`` checks it and returns (exit code, output)."""
    report = _load()
    (tmp_path / "pyproject.toml").write_text('[tool.mutmut]\nonly_mutate = ["src/appeal_rules/rules.py"]\n')
    (tmp_path / "mutants").mkdir()
    verdicts = tmp_path / "verdicts.toml"
    verdicts.write_text(VERDICTS, encoding="utf-8")

    def check(results: list[str], stats: dict[str, int], capsys: pytest.CaptureFixture[str],
              *extra: str) -> tuple[int, str]:
        (tmp_path / "mutants" / "mutmut-cicd-stats.json").write_text(json.dumps(stats))
        listing = "\n".join(f"    appeal_rules.rules.{r}" for r in results)
        monkeypatch.setattr(report, "mutmut", lambda workdir, *args: listing if args == ("results",) else DIFF)
        code = report.main([str(tmp_path), "--verdicts", str(verdicts), *extra])
        return code, capsys.readouterr().out

    return check


STATS = {"total": 10, "killed": 8, "survived": 2}


def test_a_run_that_matches_its_verdicts_passes(run: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(["x_rule_version__mutmut_2: survived", "x_rule_version__mutmut_4: survived"], STATS, capsys)
    assert code == 0
    assert out == "rules: 8 of 10 mutants killed (80.0%), 2 survived, 2 verdicts\n"


def test_every_disagreement_is_reported(run: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(["x_rule_version__mutmut_2: survived", "x_unit__mutmut_7: survived",
                     "x_unit__mutmut_9: timeout"], {**STATS, "killed": 7, "survived": 2, "timeout": 1}, capsys)
    assert code == 1
    assert out.splitlines()[1:] == [
        "- no verdict for appeal_rules.rules.x_unit__mutmut_7 (survived)",
        "- no verdict for appeal_rules.rules.x_unit__mutmut_9 (timeout)",
        "- stale verdict: appeal_rules.rules.x_rule_version__mutmut_4 was killed in this run",
        "- [[run]] core: killed = 8, the run says 7",
        "- [[run]] core: timeout = 0, the run says 1",
    ]


def test_a_crash_needs_no_verdict_but_is_shown(run: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(["x_rule_version__mutmut_2: survived", "x_rule_version__mutmut_4: survived",
                     "x_unit__mutmut_3: segfault"], {**STATS, "total": 11, "segfault": 1}, capsys)
    assert code == 1  # the count of segfaults differs from the verdict file's run
    assert "(detected by a crash, counted as segfault: appeal_rules.rules.x_unit__mutmut_3)" in out
    assert "- [[run]] core: segfault = 0, the run says 1" in out
    assert "no verdict" not in out


def test_scaffold_prints_an_entry_to_fill_in(run: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(["x_rule_version__mutmut_2: survived", "x_rule_version__mutmut_4: survived",
                     "x_unit__mutmut_7: survived", "x_unit__mutmut_1: survived"],
                    {**STATS, "killed": 6, "survived": 4}, capsys, "--scaffold")
    assert code == 1
    entry = out[out.index("[[survivor]]"):]
    assert entry == ('[[survivor]]\nmodule = "rules"\nfunction = "x_unit"\nmutants = [1, 7]\nkind = "TODO"\n'
                     'change = "return value → return None"\nreason = "TODO"\n\n')


def test_a_package_counts_as_one_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A package's files (a glob, or one private module) are the package, as mutmut names their mutants:
    its verdicts are read under the package's name and match the mutants of its private modules."""
    report = _load()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mutmut]\nonly_mutate = ["src/appeal_rules/deadlines/*.py", "src/appeal_rules/calendar/_index.py",'
        ' "src/appeal_rules/rules.py"]\n')
    assert report.run_modules(tmp_path) == ["calendar", "deadlines", "rules"]
    (tmp_path / "pyproject.toml").write_text('[tool.mutmut]\nonly_mutate = ["src/appeal_rules/deadlines/*.py"]\n')
    (tmp_path / "mutants").mkdir()
    (tmp_path / "mutants" / "mutmut-cicd-stats.json").write_text(json.dumps({"total": 3, "killed": 2, "survived": 1}))
    verdicts = tmp_path / "verdicts.toml"
    verdicts.write_text(
        '[[run]]\nid = "counting"\nmodules = ["deadlines"]\ntotal = 3\nkilled = 2\nsurvived = 1\n\n'
        '[[survivor]]\nmodule = "deadlines"\nfunction = "_counting.x_count_period"\nmutants = [5]\n'
        'kind = "equivalent"\nchange = "a → b"\nreason = "why"\n', encoding="utf-8")
    listing = "    appeal_rules.deadlines._counting.x_count_period__mutmut_5: survived"
    monkeypatch.setattr(report, "mutmut", lambda workdir, *args: listing)
    assert report.main([str(tmp_path), "--verdicts", str(verdicts)]) == 0
    assert capsys.readouterr().out == "deadlines: 2 of 3 mutants killed (66.7%), 1 survived, 1 verdicts\n"
