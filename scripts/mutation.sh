#!/usr/bin/env bash
# Mutation testing of the rule, deadline, calendar and procedure modules with mutmut 3.
#
#   scripts/mutation.sh                       # run (resumes: mutmut caches results per mutant), summarise
#   scripts/mutation.sh --fresh               # start again from a clean copy
#   scripts/mutation.sh rules deadlines       # only these modules of src/appeal_rules
#   MUTATION_JOBS=4 scripts/mutation.sh
#   MUTANTS="$(cat survivors.txt)" scripts/mutation.sh rules   # re-run only these mutants (names or globs)
#
# mutmut 3 copies the tree into ./mutants and runs pytest there. This script works on a scratch
# copy of the repository (MUTATION_WORKDIR, default /tmp/appeal_rules-mutation), so the working
# tree is never touched, and adds the [tool.mutmut] section below to the copy's pyproject.toml
# when the project's own pyproject.toml does not have one yet. The summary (counts per status and
# every surviving mutant) is written to $MUTATION_WORKDIR/summary.txt; `mutmut show <name>` (run
# in $MUTATION_WORKDIR) prints a mutant's diff. See docs/quality.md.
set -euo pipefail

# The configuration proposed for pyproject.toml (docs/quality.md), used when it is not there yet:
# --- BEGIN TOOL.MUTMUT ---
# # The rule, deadline, calendar and procedure modules; the rest of the package is copied unmutated.
# source_paths = ["src"]
# only_mutate = [
#     "src/appeal_rules/rules.py",
#     "src/appeal_rules/deadlines.py",
#     "src/appeal_rules/calendar.py",
#     "src/appeal_rules/procedure.py",
# ]
# # The fast unit tests of those modules: not the tooling (mypy, ruff), the docs build, the examples
# # (subprocesses, which would import the unmutated package), the README, the CLI, serialization,
# # labels or the public strategies.
# pytest_add_cli_args_test_selection = [
#     "tests",
#     "--ignore=tests/test_tooling.py",
#     "--ignore=tests/test_docs.py",
#     "--ignore=tests/test_examples.py",
#     "--ignore=tests/test_cli.py",
#     "--ignore=tests/test_serialization.py",
#     "--ignore=tests/test_labels.py",
#     "--ignore=tests/test_testing.py",
#     "--ignore=tests/test_readme.py",
# ]
# # Files some tests read from the repository root (copied next to the tests in ./mutants).
# also_copy = ["README.md", "CHANGELOG.md", "docs", "examples"]
# # No coverage (the suite's addopts enforce 100% over the whole suite, which a subset never reaches,
# # and coverage's tracer would slow every mutant down), no pytest cache in ./mutants.
# pytest_add_cli_args = ["--no-cov", "-p", "no:cacheprovider"]
# # Mutants run in children of a fork server that has only collected the tests: the package's
# # lazily built state (the default calendar's index and memo, the tests' cached calendars) is
# # built afresh under each mutant, never inherited from the clean run.
# process_isolation = "forkserver"
# forkserver_warmup = "collect"
# # Each child re-runs pytest's start-up; allow for it (and for a loaded machine) before calling
# # a mutant a timeout.
# timeout_constant = 10.0
# --- END TOOL.MUTMUT ---

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${MUTATION_WORKDIR:-${TMPDIR:-/tmp}/appeal_rules-mutation}"
JOBS="${MUTATION_JOBS:-$(python -c 'import os; print(os.cpu_count() or 2)')}"

if ! python -c 'import mutmut' 2>/dev/null; then
    echo "mutmut is not installed: python -m pip install 'mutmut>=3.8'" >&2
    exit 2
fi

if [[ "${1:-}" == "--fresh" ]]; then
    rm -rf "$WORK"
    shift
fi
mkdir -p "$WORK"

# Sync the sources and tests into the copy (keeping mutmut's ./mutants cache between runs).
tar -C "$ROOT" --exclude=./.git --exclude=./mutants --exclude=./.hypothesis --exclude=./.mypy_cache \
    --exclude=./.ruff_cache --exclude=./.pytest_cache --exclude='__pycache__' --exclude=./docs/_build \
    --exclude=./.benchmarks -cf - . | tar -C "$WORK" -xf -

if [[ $# -gt 0 ]]; then
    # Modules named on the command line: the copy gets its own [tool.mutmut] limited to them.
    MODULES=("$@")
    python - "$WORK/pyproject.toml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r"(?ms)^\[tool\.mutmut\]\n.*?(?=^\[|\Z)", "", text)
open(path, "w", encoding="utf-8").write(text)
PY
fi
if ! grep -q '^\[tool\.mutmut\]' "$WORK/pyproject.toml"; then
    MODULES=("${MODULES[@]:-rules deadlines calendar procedure}")
    read -r -a MODULES <<< "${MODULES[*]}"
    {
        echo
        echo "[tool.mutmut]"
        sed -n '/^# --- BEGIN TOOL.MUTMUT ---$/,/^# --- END TOOL.MUTMUT ---$/p' "$0" | sed '1d;$d' | sed 's/^# \{0,1\}//' \
            | sed '/^only_mutate = \[$/,/^\]$/d'
        echo "only_mutate = ["
        for m in "${MODULES[@]}"; do echo "    \"src/appeal_rules/$m.py\","; done
        echo "]"
    } >> "$WORK/pyproject.toml"
fi
echo "mutmut configuration used ($WORK/pyproject.toml):"
sed -n '/^\[tool\.mutmut\]/,/^\[/p' "$WORK/pyproject.toml"

cd "$WORK"
set +e
# shellcheck disable=SC2086 - MUTANTS is a list of names, split on purpose
mutmut run --max-children "$JOBS" ${MUTANTS:-}
status=$?
set -e

mutmut export-cicd-stats >/dev/null 2>&1 || true
{
    echo "mutmut run exit status: $status"
    if [[ -f mutants/mutmut-cicd-stats.json ]]; then
        cat mutants/mutmut-cicd-stats.json
        echo
    fi
    echo "Surviving, timed-out, suspicious and untested mutants:"
    mutmut results
} | tee "$WORK/summary.txt"
exit "$status"
