"""The documentation cannot drift from the code.

* The docs build with Sphinx, warnings as errors (``-W --keep-going``), in a subprocess.
* The generated tables cover every seed clause (1-10) and every version of every rule, and the
  built pages show them.
* Every ``tested_by`` node id in :data:`appeal_rules.rules.RULES` names a test function that exists (the
  test files are parsed with :mod:`ast`, never imported) and every ``applied_by`` name is exported
  by ``appeal_rules``.
* The README's quick start has exactly two commands, and the second is what CI runs, verbatim.
* Every ``>>>`` example in the docs' pages runs and prints what the page says.
"""

from __future__ import annotations

import ast
import datetime as dt
import doctest
import html
import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import appeal_rules as ar
import appeal_rules.calendar
import appeal_rules.rules

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GENERATED = DOCS / "_generated"
README = ROOT / "README.md"
CI_RUN = ROOT / ".ci" / "run"
#: A guard against a hung build, not a performance assertion (the build takes a few seconds).
BUILD_TIMEOUT_S = 600


class Build(NamedTuple):
    out: Path
    returncode: int
    log: str


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """``sphinx-build -W --keep-going -b html docs <tmp>``, with this interpreter's Sphinx."""
    out = tmp_path_factory.mktemp("docs-html")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html", str(DOCS), str(out)],
        capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, cwd=ROOT, check=False,
    )
    return Build(out, result.returncode, result.stdout[-4000:] + result.stderr[-8000:])


def built(build: Build) -> Build:
    if build.returncode != 0:
        pytest.fail(f"the docs build failed (exit {build.returncode}):\n{build.log}")
    return build


def page_text(build: Build, page: str) -> str:
    """The text of a built page: tags stripped, entities decoded, whitespace collapsed."""
    raw = (built(build).out / page).read_text(encoding="utf-8")
    body = raw[raw.find("<article"):] if "<article" in raw else raw
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def table_rows(name: str) -> list[list[str]]:
    """The body rows of a generated Markdown table, each as its list of cells."""
    rows = []
    for line in (GENERATED / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            rows.append(cells)
    return rows[1:]  # drop the header row


def squash(text: str) -> str:
    return " ".join(text.split())


# --- (a) the build ----------------------------------------------------------------------------


def test_docs_build_with_no_warning(build: Build) -> None:
    """Sphinx with MyST, furo and autodoc builds every page, treating any warning as an error."""
    assert build.returncode == 0, build.log
    for page in ("index", "quickstart", "concepts", "rules", "counting", "regimes", "known-gaps", "api",
                 "changelog"):
        assert (build.out / f"{page}.html").is_file(), page


# --- (b) the generated tables cover every clause and every rule version --------------------------


def test_every_seed_clause_is_in_the_clause_table(build: Build) -> None:
    rows = table_rows("seed_clauses.md")
    assert [r[0] for r in rows] == [str(i) for i in range(1, 11)]
    assert [r[0] for r in rows] == [c.id for c in ar.rules.SEED_CLAUSES]
    text = page_text(build, "rules.html")
    for clause in ar.rules.SEED_CLAUSES:
        assert squash(clause.text) in text, clause.id
        for rule_id in clause.rule_ids:
            assert rule_id in text


def test_every_rule_version_is_in_the_version_table(build: Build) -> None:
    versions = [v for r in ar.rules.RULES for v in r.versions]
    rows = table_rows("rule_versions.md")
    assert [r[1].strip("`") for r in rows] == [v.version for v in versions]
    text = page_text(build, "rules.html")
    for v in versions:
        assert v.version in text
        assert squash(v.summary) in text, v.version
        for source in v.sources:
            assert source.cite() in text, (v.version, source)


def test_conventions_and_confirmed_years_are_in_their_tables(build: Build) -> None:
    assert [r[0].strip("`") for r in table_rows("conventions.md")] == [f"Convention.{c.name}" for c in ar.Convention]
    assert [r[0] for r in table_rows("confirmed_years.md")] == [str(c.year) for c in ar.calendar.CONFIRMED_YEARS]
    text = page_text(build, "counting.html")
    for c in ar.Convention:
        assert c.citation in text
    horizon = ar.calendar.default_calendar().horizon
    assert f"data horizon, the last year of the unbroken run of confirmed years, is {horizon}" \
        in page_text(build, "rules.html")


def test_exit_code_table_is_the_commands_own(build: Build) -> None:
    """docs/cli.md's exit codes are appeal_rules.cli.EXIT_CODES, the same text `--help` prints."""
    from appeal_rules.cli import EXIT_CODES

    assert [r[0].strip("`") for r in table_rows("exit_codes.md")] == [str(c) for c in EXIT_CODES]
    text = page_text(build, "cli.html")
    for meaning in EXIT_CODES.values():
        assert squash(meaning) in text


def _ruletable() -> Any:
    """docs/_ext/ruletable.py, imported as the docs build imports it (docs/_ext on the path)."""
    if str(DOCS / "_ext") not in sys.path:
        sys.path.insert(0, str(DOCS / "_ext"))
    spec = importlib.util.spec_from_file_location("ruletable_under_test", DOCS / "_ext" / "ruletable.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quality_page_lists_every_surviving_mutant(build: Build) -> None:
    """Each run's survivors are listed, one verdict each, and the page shows each run's counts."""
    data = tomllib.loads((DOCS / "mutation-survivors.toml").read_text(encoding="utf-8"))
    text = page_text(build, "quality.html")
    for run in data["run"]:
        rows = table_rows(f"mutation_survivors_{run['id']}.md")
        assert sum(len(r[1].split(",")) for r in rows) == run["survived"] + run["timeout"]
        assert all(r[3] in ("equivalent", "pinned outside mutmut", "detected (timeout)") and r[4] for r in rows)
        assert f"{run['killed']:,}".replace(",", " ") in text
        assert f"{run['total']:,}".replace(",", " ") in text


def test_mutation_verdicts_refuse_an_unexamined_survivor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scaffolded entry ("TODO") or a count that does not match fails the docs build."""
    ruletable = _ruletable()
    good = (DOCS / "mutation-survivors.toml").read_text(encoding="utf-8")
    bad = tmp_path / "verdicts.toml"
    todo = ('\n[[survivor]]\nmodule = "rules"\nfunction = "x_f"\nmutants = [1]\nkind = "TODO"\n'
            'change = "a → b"\nreason = "TODO"\n')
    bad.write_text(good + todo, encoding="utf-8")
    monkeypatch.setattr(ruletable, "MUTATION_VERDICTS", bad)
    with pytest.raises(Exception, match=r"x_f \[1\]: kind 'TODO' is not one of .*x_f \[1\]: no reason.*"
                                        r"run core: \d+ mutants not killed \(survived, timed out, suspicious or "
                                        r"without tests\), \d+ listed"):
        ruletable.mutation_data()
    monkeypatch.setattr(ruletable, "MUTATION_VERDICTS", DOCS / "mutation-survivors.toml")
    assert ruletable.mutation_data()["run"]


def test_worked_example_is_computed_by_the_library(build: Build) -> None:
    text = page_text(build, "regimes.html")
    for year in (2019, 2025):
        due = ar.review_deadline(dt.date(year, 3, 5), ar.BodyKind.SERVICE_PROVIDER).due
        assert due.isoformat() in text
    assert "missed_term@2018" in text
    assert "missed_term@appc" in text


# --- (c) every rule's tests exist and its functions are exported ---------------------------------

TESTED_BY = sorted({node for r in ar.rules.RULES for node in r.tested_by})
APPLIED_BY = sorted({name for r in ar.rules.RULES for name in r.applied_by})


def _defined_tests(path: Path) -> set[str]:
    """``name`` and ``Class::name`` for every test function the file defines (parsed, not imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            found.add(node.name)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            found.update(f"{node.name}::{item.name}" for item in node.body
                         if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name.startswith("test"))
    return found


@pytest.mark.parametrize("node_id", TESTED_BY)
def test_tested_by_names_an_existing_test(node_id: str) -> None:
    path, sep, name = node_id.partition("::")
    assert sep, f"{node_id}: not a pytest node id (path::test)"
    file = ROOT / path
    assert file.is_file(), f"{node_id}: {path} does not exist"
    assert file.name.startswith("test_"), f"{node_id}: not a test file pytest collects"
    assert file.suffix == ".py", f"{node_id}: not a Python file"
    name = name.split("[", 1)[0]  # a parametrized case names its function
    assert name in _defined_tests(file), f"{node_id}: no test function {name} in {path}"


@pytest.mark.parametrize("name", APPLIED_BY)
def test_applied_by_is_exported(name: str) -> None:
    """A rule's applied_by names a public function: at the top level, or in its module's ``__all__``."""
    modules = [ar, ar.procedure, ar.deadlines, ar.calendar]
    owners = [m for m in modules if name in m.__all__]
    assert owners, f"{name} is in no public __all__"
    assert callable(getattr(owners[0], name))


def test_every_rule_names_its_functions_and_tests() -> None:
    for r in ar.rules.RULES:
        assert r.applied_by, r.id
        assert r.tested_by, r.id


# --- (d) the README's quick start and CI cannot drift ---------------------------------------------


def quick_start_commands() -> list[list[str]]:
    """The commands of each fenced block in the README's "Quick start" section."""
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Quick start\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, "README.md has no '## Quick start' section"
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", match.group(1), re.M | re.S)
    return [[line.strip() for line in block.splitlines() if line.strip()] for block in blocks]


def test_readme_quick_start_has_exactly_two_commands() -> None:
    blocks = quick_start_commands()
    assert [len(b) for b in blocks] == [1, 1], blocks


def test_readme_second_command_is_what_ci_runs() -> None:
    second = quick_start_commands()[1][0]
    ci_lines = [line.strip() for line in CI_RUN.read_text(encoding="utf-8").splitlines()]
    assert second in ci_lines, f"{second!r} is not a line of .ci/run"


def test_readme_first_command_runs_an_example_that_exists() -> None:
    first = quick_start_commands()[0][0]
    scripts = re.findall(r"examples/\S+\.py", first)
    assert scripts, first
    for script in scripts:
        assert (ROOT / script).is_file(), script


# --- the docs' own examples ---------------------------------------------------------------------

PAGES_WITH_EXAMPLES = sorted(p.name for p in DOCS.glob("*.md") if ">>>" in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES_WITH_EXAMPLES)
def test_page_examples_run(page: str) -> None:
    """Every ``>>>`` example in a page's ``python`` blocks, run in order as one session."""
    text = (DOCS / page).read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", text, re.M | re.S)
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, page, str(DOCS / page), 0)
    assert test.examples, page
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    failures: list[str] = []
    runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)
