"""Split a module of appeal_rules into a package of private modules, moving code without editing it.

Issue 10 asks for every module under about 500 lines. ``calendar.py`` and ``procedure.py`` are split
along their concerns by this script, so that the split can be redone mechanically after other branches
edited the single files: merge first, then run the script again on the merged file.

    python scripts/split_module.py calendar procedure     # rewrites src/appeal_rules/<name>.py as a package

For each module the :data:`PLANS` entry lists, per new private module, its one-line docstring and the
top-level names it receives. The script

* cuts each top-level statement out of the module with the comments and blank lines above it (a
  ``# ---`` section heading travels with the statement after it), in the original order;
* starts each new module with its docstring, the original module's imports and an import of every
  name it uses from an earlier sibling, then lets ``ruff --fix`` drop the imports it does not use;
* writes ``<name>/__init__.py``: the original docstring, every public name imported from where it
  now lives (the names of ``__all__`` as the public API, the other non-underscore names as
  ``name as name``), the original ``__all__`` and ``__dir__``;
* deletes ``<name>.py`` and points pyproject's mutation paths at the package.

A name of the module that the plan does not place, a private name used by a sibling, or an import
cycle between the new modules stops the script before anything is written.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "appeal_rules"

#: module -> [(new private module, its docstring, the top-level names it receives)], in import order.
PLANS: dict[str, list[tuple[str, str, list[str]]]] = {
    "calendar": [
        ("_days", "A calendar day and its kind: working day, weekend, holiday, carried over, moved, overlaid.",
         ["_WEEKDAYS", "DayKind", "Day"]),
        ("_confirmations", "The evidence that a year's calendar is final, and the overlays an integrator adds.",
         ["YearConfirmation", "_load_confirmed_years", "CONFIRMED_YEARS", "_check_date_list",
          "CalendarOverlay"]),
        ("_index", "The calendar's days counted once: the index and its public counting API.",
         ["CalendarIndex", "_LOCAL_NAMES", "_unconfirmed_reason", "index_from_days"]),
        ("_sources", "The special days, read from the holidays package (with confirmations, overlays) or a snapshot.",
         ["_citation", "days_from_holidays", "_check_confirmation", "_apply_overlays", "days_from_snapshot"]),
        ("_calendar", "The working calendar, the default calendar, and the module-level shortcuts.",
         ["WorkingCalendar", "_DEFAULT", "default_calendar", "resolve_calendar", "is_working_day",
          "add_working_days", "working_days_between"]),
    ],
    "procedure": [
        ("_intake", "To whom a complaint goes, what proves it was accepted, how the answer comes, the portal statuses.",
         ["FIRST_INSTANCE", "rules_date", "AddresseeCheck", "addressees", "allowed_addressees", "_addressee_rule",
          "addressee_versions", "check_addressee", "addressee_check", "require_valid_addressee",
          "_office_channel_day", "AcceptanceProof", "acceptance_proof", "proof_of_acceptance", "AnswerDelivery",
          "answer_delivery", "delivery_of_answer", "PORTAL_TRANSITIONS", "portal_transitions",
          "require_valid_transition"]),
        ("_results", "The results of the review deadline, the escalation and the assessment, and how they read.",
         ["ReviewDeadline", "ExtensionCheck", "Stage", "OptionKind", "Option", "Escalation", "Assessment"]),
        ("_review", "The review deadline of a complaint, and the extension of its term.",
         ["_check_extension", "review_deadline", "counted_review_deadline"]),
        ("_escalation", "The options open to the applicant at each stage.",
         ["quality_authority_name", "PENDING_STAGES", "OVERDUE_STAGES", "ANSWERED_STAGES", "escalation_options",
          "options_at",
          "_extension_note", "_month_counting", "_court_option"]),
        ("_assessment", "Every decision about one complaint.", ["assess"]),
    ],
}

#: Private names another module still imports from the package, each with who does: kept importable
#: so that the split changes no importer (their owners should stop reaching for them).
PRIVATE_REEXPORTS: dict[str, dict[str, str]] = {}

#: Tests that reach into a module the split moves, with the edit that points them at the new home:
#: (file, old text, new text).
TEST_EDITS: dict[str, list[tuple[str, str, str]]] = {
    "calendar": [
        ("tests/test_calendar_data.py", "import appeal_rules.calendar as calendar_module\n",
         "import appeal_rules.calendar._calendar as calendar_module\n"
         "import appeal_rules.calendar._index as index_module\n"),
        ("tests/test_calendar_data.py", "real_build = calendar_module.index_from_days",
         "real_build = index_module.index_from_days"),
    ],
}


def _names_defined(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def _names_used(nodes: list[ast.stmt]) -> set[str]:
    return {n.id for node in nodes for n in ast.walk(node) if isinstance(n, ast.Name)}


def split(name: str) -> list[Path]:
    """Split ``src/appeal_rules/<name>.py`` as :data:`PLANS` says; return the files written."""
    source_path = PACKAGE / f"{name}.py"
    text = source_path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    tree = ast.parse(text)
    body = tree.body
    docstring = ast.get_docstring(tree, clean=False)
    assert docstring is not None, f"{name}: no module docstring"
    # Segments: each statement with the comments and blank lines between it and the one before.
    segments: dict[str, tuple[ast.stmt, str]] = {}
    imports: list[str] = []
    public_all: list[str] = []
    previous_end = body[0].end_lineno or 0  # the docstring
    for node in body[1:]:
        start = previous_end
        segment = "".join(lines[start:node.end_lineno]).lstrip("\n")
        previous_end = node.end_lineno or previous_end
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            if not (isinstance(node, ast.ImportFrom) and node.module == "__future__"):
                imports.append("".join(lines[node.lineno - 1:node.end_lineno]))
            continue
        defined = _names_defined(node)
        if not defined:
            raise SystemExit(f"{name}.py:{node.lineno}: a statement that defines no name; place it by hand")
        if defined == ["__all__"]:
            public_all = list(ast.literal_eval(node.value))  # type: ignore[attr-defined]
            continue
        if defined == ["__dir__"]:
            continue
        for d in defined:
            segments[d] = (node, segment)
    plan = PLANS[name]
    placed = [n for _, _, names in plan for n in names]
    missing = set(segments) - set(placed)
    unknown = set(placed) - set(segments)
    if missing or unknown or len(placed) != len(set(placed)):
        raise SystemExit(f"{name}: not placed {sorted(missing)}; not in the module {sorted(unknown)}")
    home = {n: module for module, _, names in plan for n in names}
    order = [module for module, _, _ in plan]
    outputs: dict[Path, str] = {}
    for position, (module, doc, names) in enumerate(plan):
        ordered = sorted(names, key=lambda n: segments[n][0].lineno)
        used = _names_used([segments[n][0] for n in ordered])
        siblings: dict[str, list[str]] = {}
        for used_name in sorted(used):
            other = home.get(used_name)
            if other is None or other == module:
                continue
            if used_name.startswith("_"):
                raise SystemExit(f"{name}.{module} would import the private {used_name} from {other}")
            if order.index(other) > position:
                raise SystemExit(f"{name}.{module} uses {used_name} from the later {other}: reorder the plan")
            siblings.setdefault(other, []).append(used_name)
        head = [f'"""{doc}"""\n\n', "from __future__ import annotations\n\n", *imports]
        head += [f"from appeal_rules.{name}.{other} import {', '.join(found)}\n"
                 for other, found in siblings.items()]
        seen: set[int] = set()
        chunks = []
        for n in ordered:
            node, segment = segments[n]
            if id(node) not in seen:
                seen.add(id(node))
                chunks.append(segment)
        outputs[PACKAGE / name / f"{module}.py"] = "".join(head) + "\n\n" + "\n\n".join(
            c.rstrip("\n") + "\n" for c in chunks)
    init = [f'"""{docstring}"""\n\n', "from __future__ import annotations\n\n"]
    for module, _, names in plan:
        exported = [n for n in sorted(names, key=lambda n: segments[n][0].lineno) if not n.startswith("_")]
        if exported:
            parts = [n if n in public_all else f"{n} as {n}" for n in exported]
            init.append(f"from appeal_rules.{name}.{module} import {', '.join(parts)}\n")
    for private, importer in PRIVATE_REEXPORTS.get(name, {}).items():
        init.append(f"from appeal_rules.{name}.{home[private]} import {private} as {private}  # imported by "
                    f"{importer}\n")
    init.append("\n__all__ = [\n" + "".join(f'    "{n}",\n' for n in public_all) + "]\n\n\n")
    init.append("def __dir__() -> list[str]:\n    return __all__\n")
    outputs[PACKAGE / name / "__init__.py"] = "".join(init)
    (PACKAGE / name).mkdir()
    for path, content in outputs.items():
        path.write_text(content, encoding="utf-8")
    source_path.unlink()
    for file, old, new in TEST_EDITS.get(name, []):
        path = ROOT / file
        content = path.read_text(encoding="utf-8")
        if old not in content:
            raise SystemExit(f"{file}: {old!r} not found")
        path.write_text(content.replace(old, new), encoding="utf-8")
    pyproject = ROOT / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(
        f'"src/appeal_rules/{name}.py"', f'"src/appeal_rules/{name}/*.py"'), encoding="utf-8")
    return list(outputs)


def main(argv: list[str]) -> int:
    """Split each module named in ``argv``, tidy the imports of the new files, print their sizes."""
    written = [path for name in argv for path in split(name)]
    new = [str(p) for p in written if p.name != "__init__.py"]
    ruff = [sys.executable, "-m", "ruff", "check", "--fix", "--quiet", "--select"]
    subprocess.run([*ruff, "F401,I001", *new], check=False)  # noqa: S603 - our own files
    subprocess.run([*ruff, "I001", *map(str, written)], check=False)  # noqa: S603 - our own files
    for path in written:
        print(f"{path.relative_to(ROOT)}: {len(path.read_text(encoding='utf-8').splitlines())} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
