#!/usr/bin/env python3
"""Check a mutation run against the verdicts in ``docs/mutation-survivors.toml``.

``scripts/mutation.sh`` leaves a mutmut 3 work directory behind. This script reads the run's counts
(``mutants/mutmut-cicd-stats.json``) and its surviving mutants (``mutmut results``), and compares
them with the file the docs are generated from:

* every surviving mutant must have a verdict (an ``[[survivor]]`` entry naming it);
* every verdict must name a mutant that survived this run (a killed one is stale: delete it);
* the ``[[run]]`` entry for the run's modules must hold the run's counts.

A mutant that crashed the test process (``segfault``) was detected, so it needs no verdict; it is
shown in the run's counts.

It prints what disagrees and exits 1, or prints a one-line summary and exits 0. With
``--scaffold`` it also prints a TOML entry for each unclassified survivor, with the changed line
filled in from ``mutmut show`` and the verdict left as ``TODO`` (which the docs build refuses, so
an entry cannot land unexamined)::

    python scripts/mutation_report.py /tmp/appeal_rules-mutation
    python scripts/mutation_report.py /tmp/appeal_rules-mutation --scaffold >> docs/mutation-survivors.toml

Only the standard library is used; ``mutmut`` must be on PATH.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ROOT / "docs" / "mutation-survivors.toml"
PACKAGE = "appeal_rules"
_NAME = re.compile(rf"^\s*({PACKAGE}\.(\w+)\.(\S+?)__mutmut_(\d+)): (.+)$")


def run_modules(workdir: Path) -> list[str]:
    """The modules the run mutated, from ``only_mutate`` in the work directory's pyproject.toml.

    A file of a package counts as the package, as mutmut's names of its mutants begin
    (``src/appeal_rules/deadlines/*.py`` is ``deadlines``: ``appeal_rules.deadlines._counting.x_...``).
    """
    config = tomllib.loads((workdir / "pyproject.toml").read_text(encoding="utf-8"))
    paths = config["tool"]["mutmut"]["only_mutate"]
    return sorted({_module_of(p) for p in paths})


def _module_of(path: str) -> str:
    """The module of the package that ``path`` (a file or a glob under ``src/appeal_rules``) belongs to."""
    parts = Path(path).parts
    return parts[parts.index(PACKAGE) + 1].removesuffix(".py")


def mutmut(workdir: Path, *args: str) -> str:
    """The output of ``mutmut <args>`` run in ``workdir``."""
    exe = shutil.which("mutmut")
    if exe is None:
        raise SystemExit("mutmut is not installed: python -m pip install 'mutmut>=3.8'")
    # The arguments are this script's own (a subcommand and a mutant name mutmut listed).
    return subprocess.run([exe, *args], cwd=workdir, capture_output=True, text=True, check=True).stdout  # noqa: S603


def survivors(workdir: Path) -> dict[str, str]:
    """Every mutant of the run that was not killed, with its status (``survived``, ``timeout``, ...)."""
    out = mutmut(workdir, "results")
    found = {}
    for line in out.splitlines():
        m = _NAME.match(line)
        if m:
            found[m.group(1)] = m.group(5).strip()
    return found


def changed_line(workdir: Path, name: str) -> str:
    """The first removed and added lines of a mutant's diff, as ``before → after``."""
    diff = mutmut(workdir, "show", name)
    minus = next((ln[1:].strip() for ln in diff.splitlines() if ln.startswith("-") and not ln.startswith("---")), "")
    plus = next((ln[1:].strip() for ln in diff.splitlines() if ln.startswith("+") and not ln.startswith("+++")), "")
    return f"{minus} → {plus}"


def verdict_names(data: dict[str, object], modules: list[str]) -> dict[str, dict[str, object]]:
    """The mutant names the verdict file classifies, for ``modules``, each with its entry."""
    names = {}
    for entry in data.get("survivor", []):  # type: ignore[attr-defined]
        if entry["module"] in modules:
            for n in entry["mutants"]:
                names[f"{PACKAGE}.{entry['module']}.{entry['function']}__mutmut_{n}"] = entry
    return names


def scaffold(workdir: Path, names: list[str]) -> str:
    """TOML entries, one per function, for the unclassified survivors ``names``."""
    groups: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    first: dict[tuple[str, str], str] = {}
    for name in names:
        m = _NAME.match(name + ": x")
        assert m is not None
        key = (m.group(2), m.group(3))
        groups[key].append(int(m.group(4)))
        first.setdefault(key, name)
    out = []
    for (module, function), numbers in groups.items():
        change = changed_line(workdir, first[(module, function)])
        out.append("[[survivor]]\n"
                   f'module = "{module}"\nfunction = "{function}"\nmutants = {sorted(numbers)}\n'
                   f'kind = "TODO"\nchange = {json.dumps(change, ensure_ascii=False)}\nreason = "TODO"\n')
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Compare the run in the given work directory with the verdicts; 0 when they agree."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # The default work directory of scripts/mutation.sh: ${TMPDIR:-/tmp}/appeal_rules-mutation.
    parser.add_argument("workdir", type=Path, nargs="?", default=Path(tempfile.gettempdir()) / "appeal_rules-mutation")
    parser.add_argument("--verdicts", type=Path, default=VERDICTS)
    parser.add_argument("--scaffold", action="store_true", help="print TOML entries for unclassified survivors")
    args = parser.parse_args(argv)

    data = tomllib.loads(args.verdicts.read_text(encoding="utf-8"))
    modules = run_modules(args.workdir)
    stats = json.loads((args.workdir / "mutants" / "mutmut-cicd-stats.json").read_text(encoding="utf-8"))
    left = survivors(args.workdir)
    classified = verdict_names(data, modules)
    problems = []

    # A segfault is a mutant that crashed the test process: detected, though not counted as killed.
    # It is reported in the run's counts, not given a verdict. Anything else not killed needs one.
    crashed = sorted(n for n, status in left.items() if status == "segfault")
    unclassified = sorted(n for n, status in left.items() if n not in classified and status != "segfault")
    stale = sorted(n for n in classified if n not in left or left[n] == "segfault")
    problems += [f"no verdict for {n} ({left[n]})" for n in unclassified]
    problems += [f"stale verdict: {n} was {left.get(n, 'killed')} in this run" for n in stale]

    runs = [r for r in data.get("run", []) if sorted(r["modules"]) == modules]
    if len(runs) != 1:
        problems.append(f"expected one [[run]] with modules = {modules}, found {len(runs)}")
    else:
        run = runs[0]
        for key in ("total", "killed", "survived", "timeout", "suspicious", "no_tests", "segfault"):
            if run.get(key, 0) != stats.get(key, 0):
                problems.append(f"[[run]] {run['id']}: {key} = {run.get(key, 0)}, the run says {stats.get(key, 0)}")

    score = stats["killed"] / stats["total"] if stats["total"] else 0.0
    print(f"{', '.join(modules)}: {stats['killed']} of {stats['total']} mutants killed ({score:.1%}), "
          f"{stats['survived']} survived, {len(classified)} verdicts")
    for n in crashed:
        print(f"  (detected by a crash, counted as segfault: {n})")
    for p in problems:
        print(f"- {p}")
    if args.scaffold and unclassified:
        print("\n# --- scaffold: fill in kind and reason, then append to the verdicts ---\n")
        print(scaffold(args.workdir, unclassified))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
