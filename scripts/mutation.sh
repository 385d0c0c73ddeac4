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
# tree is never touched. The configuration is the [tool.mutmut] table of pyproject.toml; modules
# named on the command line replace its only_mutate in the copy. The summary (counts per status and
# every surviving mutant) is written to $MUTATION_WORKDIR/summary.txt; `mutmut show <name>` (run
# in $MUTATION_WORKDIR) prints a mutant's diff, and scripts/mutation_report.py checks the run
# against docs/mutation-survivors.toml. See docs/quality.md.
set -euo pipefail

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
    # Modules named on the command line: the copy's only_mutate lists just them.
    python - "$WORK/pyproject.toml" "$@" <<'PY'
import os, re, sys
path, modules = sys.argv[1], sys.argv[2:]
text = open(path, encoding="utf-8").read()
package = os.path.join(os.path.dirname(path), "src", "appeal_rules")
# A module that is a package (calendar, deadlines, procedure) is mutated file by file.
paths = "".join(f'    "src/appeal_rules/{m}/*.py",\n' if os.path.isdir(os.path.join(package, m))
                else f'    "src/appeal_rules/{m}.py",\n' for m in modules)
text, count = re.subn(r"(?ms)^only_mutate = \[\n.*?^\]", f"only_mutate = [\n{paths}]", text)
if count != 1:
    sys.exit(f"{path}: expected one only_mutate list in [tool.mutmut]")
open(path, "w", encoding="utf-8").write(text)
PY
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
