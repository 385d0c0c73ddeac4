"""Split a module of appeal_rules into a package of private modules, moving code without editing it.

Issue 10 asks for every module under about 500 lines. ``calendar.py``, ``procedure.py``, ``testing.py``,
``vectorized.py``, ``deadlines.py``, ``render.py``, ``labels.py`` and ``rules.py`` are split along their
concerns by this script, so that the split can be redone mechanically after other branches edited the
single files: merge first, then run the script again on the merged file.

    python scripts/split_module.py calendar procedure     # rewrites src/appeal_rules/<name>.py as a package
    python scripts/split_module.py testing vectorized
    python scripts/split_module.py deadlines render labels
    python scripts/split_module.py rules

For each module the :data:`PLANS` entry lists, per new private module, its one-line docstring and the
top-level names it receives. The script

* first gives each private helper that :data:`RENAMES` lists (one that the new modules share) a
  package-internal name without the underscore, everywhere in the module's text, so that no new module
  imports a sibling's private name; these names are not exported from the package;
* cuts each top-level statement out of the module with the comments and blank lines above it (a
  ``# ---`` section heading travels with the statement after it), in the original order;
* starts each new module (and the ``__init__.py``) with the comments above the original docstring
  (a file-wide ``# ruff: noqa``), then its docstring, the original module's imports and an import of every
  name it uses from an earlier sibling, then lets ``ruff --fix`` drop the imports it does not use (a
  ``try:`` block of imports goes only to the modules that use a name it binds) and the codes of the
  file-wide noqa it does not need;
* writes ``<name>/__init__.py``: the original docstring, every public name imported from where it
  now lives (the names of ``__all__`` as the public API, the other non-underscore names as
  ``name as name``; a name of ``__all__`` the module itself imported, from where it imported it),
  the original ``__all__`` and ``__dir__``; the statements :data:`INIT_HEAD`
  names stay at its top, before those imports, and the statements that define no name stay at its end
  (``testing``'s Hypothesis hook, which must exist before the package imports Hypothesis);
* turns an ``if __name__ == "__main__":`` block into ``<name>/__main__.py``, so that ``python -m``
  still runs it;
* deletes ``<name>.py`` and points pyproject's mutation paths at the package.

A name of the module that the plan does not place, a private name used by a sibling, or an import
cycle between the new modules stops the script before anything is written.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "appeal_rules"

#: module -> [(new private module, its docstring, the top-level names it receives)], in import order.
PLANS: dict[str, list[tuple[str, str, list[str]]]] = {
    "calendar": [
        ("_days", "A calendar day and its kind: working day, weekend, holiday, carried over, moved, overlaid.",
         ["DayKind", "Day"]),
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
    "testing": [
        ("_snapshot", "The frozen calendar shipped in the package, and the command that rewrites its snapshot.",
         ["SNAPSHOT_RESOURCE", "frozen_calendar", "write_snapshot", "main"]),
        ("_dates", "Strategies for dates and times on a calendar's days.",
         ["ONE_DAY", "date_bounds", "calendar_dates", "_working_dates", "working_days", "naive_datetimes",
          "_time_zones", "aware_datetimes"]),
        ("_values", "Strategies for valid values: stages, terms, bodies, complaints, registrations, overlays.",
         ["stages", "_UNIT_MAX", "terms", "_PLACES", "_BODY_NAMES", "_names", "_addresses", "bodies", "_OFFICES",
          "complaints", "registrations", "_overlay_candidates", "calendar_overlays"]),
        ("_requests", "Strategies for the keyword arguments that escalation_options accepts.",
         ["_PERIOD_MARGIN", "EscalationRequest", "_REVIEWER", "escalation_requests"]),
        ("_invalid", "Deliberately invalid Complaint arguments, with the problem paths the error must report.",
         ["InvalidComplaintInput", "_bad_enum_values", "_bad_dates", "invalid_complaint_inputs"]),
        ("_registration", "The strategies registered with Hypothesis for its from_type.",
         ["register_type_strategies"]),
    ],
    "vectorized": [
        ("_columns", "Columns of dates read once at the edge, and their bad elements reported together.",
         ["MAX_PROBLEMS", "Errors", "I64", "Mask", "EPOCH", "NAT", "_DATES_ACCEPTED", "ELEMENT_ACCEPTED",
          "BadElements", "checked_errors", "imported_pandas", "ColumnKind", "DateColumn", "read_dates",
          "object_column", "_from_datetime64", "_object_ordinal", "is_nan", "_from_objects", "check_broadcast",
          "item_at"]),
        ("_tables", "The calendar laid out for whole-column indexing, and results given back as the input's kind.",
         ["CalendarTables", "spread", "_at", "_path", "iso_or_day", "dates_out", "values_out", "first_pandas"]),
        ("_arithmetic", "Working-day arithmetic over whole columns: is a working day, add, count between.",
         ["is_working_day", "add_working_days", "_counts", "working_days_between"]),
        ("_review", "Review deadlines over whole columns, asked of the scalar function once per span of rules.",
         ["ReviewDeadlines", "_KINDS", "_reviewers", "_hashable", "_accepted_kinds", "_RuleSpans",
          "review_deadlines"]),
    ],
    "deadlines": [
        ("_period", "The terms of counting: conventions, month rounding, the provisional policy, the counted period.",
         ["Convention", "CONVENTION_RULES", "EVERY_COUNT", "MonthRounding", "ProvisionalPolicy", "Period",
          "_primary_source", "apply_policy"]),
        ("_counting", "Counting a term from a day on the calendar's index: checked at the edge, or trusted.",
         ["_WORKING_DAY_RULES", "_SAME_DAY", "count_period", "count_on_index", "_count_working_days", "due_on_index",
          "_default_convention", "_past_range", "_add_months"]),
        ("_registration", "The day a complaint is registered, from the moment it arrived and the office's hours.",
         ["OfficeHours", "DEFAULT_OFFICE_HOURS", "registration_date"]),
    ],
    "render": [
        ("_words", "Words in each language: phrases, dates, terms, weekdays, holidays and bodies.",
         ["_BY_LANGUAGE", "_RU_UNITS", "_KK_UNITS", "check_language", "_unknown_language", "phrase", "date_text",
          "term_text", "weekday_name", "weekday_and_date", "holiday_text", "body_text"]),
        ("_prose", "The English prose a result carries, recognised by its phrase and said in another language.",
         ["_PROSE", "_NUMBERS", "_NUMBER", "_pattern", "_PATTERNS", "_ISO", "_TERM", "_TERM_UNITS", "_BODY_NAMES",
          "_STATUS_NAMES", "_KEPT", "_value", "_translated", "translate", "_missing_text"]),
        ("_lines", "Each result explained line by line: flags, days, periods, deadlines, escalation, a complaint.",
         ["calendar_line", "rules_line", "cite_all", "day_text", "period_lines", "extension_lines", "deadline_lines",
          "option_label", "option_explanation", "option_line", "escalation_note", "escalation_lines", "court_start",
          "addressee_reason", "proof_lines", "answer_methods", "_CHANNEL_PHRASES", "assessment_lines"]),
    ],
    "rules": [
        ("_model", "What a rule is: its terms, regimes, texts in three languages, versions and the seed's clauses.",
         ["COVERAGE_START", "LANGUAGES", "Unit", "Regime", "_unit_of", "Term", "Texts", "RuleVersion", "Rule",
          "SeedClause"]),
        ("_loader", "Reading the rulebook's TOML files, every problem named by file and key, checked once.",
         ["_MISSING", "_Reader", "_read_version", "_read_rule", "_toml", "load_rulebook"]),
        ("_lookup", "The rules read at import, and the rule version in force on a day.",
         ["_RULEBOOK", "RULES", "SEED_CLAUSES", "_BY_ID", "_regime_start", "APPC_IN_FORCE", "LAW_291_VIII_IN_FORCE",
          "APPC_92_1_1_EARLIEST", "EXTENSION_TEXT_CONFIRMED_FROM", "rule", "rule_version", "_STARTS_BY_ID",
          "CHANGE_DATES"]),
    ],
    "labels": [
        ("_enums", "The labels of the library's enums, and a rule version's explanation, in kk, ru and en.",
         ["LABELLED_ENUMS", "_SC_KK", "_SC_RU", "_SC_EN", "_QA_KK", "_QA_RU", "_QA_EN", "_capitalised",
          "_ENUM_LABELS", "_VERSIONS", "language_index", "label"]),
        ("_holidays", "The names of Kazakhstan's holidays in kk, ru and en, from their English names.",
         ["_HOLIDAYS_RU", "_HOLIDAYS_RU_RENAMED", "_CALENDAR_NAMES", "_KK_CORRECTIONS", "_RU_SUFFIXES", "_SUFFIX",
          "_SUBSTITUTED", "_DELIMITER", "_TABLE_YEARS", "_KazakhNames", "_LOCK", "_KK_TABLES", "_kazakh_names",
          "holiday_name", "_holiday_part", "_corrected_kazakh", "_russian", "_kazakh"]),
    ],
}

#: module -> {private helper the new modules share: its package-internal name}, applied before splitting.
RENAMES: dict[str, dict[str, str]] = {
    "testing": {"_ONE_DAY": "ONE_DAY", "_bounds": "date_bounds", "_main": "main",
                "_register_type_strategies": "register_type_strategies"},
    "vectorized": {
        "_EPOCH": "EPOCH", "_NAT": "NAT", "_ELEMENT_ACCEPTED": "ELEMENT_ACCEPTED", "_Bad": "BadElements",
        "_check_errors": "checked_errors", "_pandas": "imported_pandas", "_Kind": "ColumnKind",
        "_Dates": "DateColumn", "_dates": "read_dates", "_object_column": "object_column", "_is_nan": "is_nan",
        "_broadcast": "check_broadcast", "_item": "item_at", "_Tables": "CalendarTables", "_spread": "spread",
        "_iso": "iso_or_day", "_dates_out": "dates_out", "_values_out": "values_out", "_first_pandas": "first_pandas",
    },
    "deadlines": {"_CONVENTION_RULES": "CONVENTION_RULES", "_EVERY_COUNT": "EVERY_COUNT"},
    "render": {"_dated": "weekday_and_date", "_body": "body_text"},
    "labels": {"_check_language": "language_index"},
}

#: module -> the names whose statements stay at the top of ``<name>/__init__.py``, before its imports.
INIT_HEAD: dict[str, list[str]] = {"testing": ["_SETUP", "_hypothesis_setup_hook"]}

#: Private names another module still imports from the package, each with who does: kept importable
#: so that the split changes no importer (their owners should stop reaching for them).
PRIVATE_REEXPORTS: dict[str, dict[str, str]] = {}

#: Tests that reach into a module the split moves, with the edit that points them at the new home:
#: (file, old text, new text).
TEST_EDITS: dict[str, list[tuple[str, str, str]]] = {
    "testing": [
        ("tests/test_testing.py", "import appeal_rules.testing as testing_module\n",
         "import appeal_rules.testing as testing_module\nimport appeal_rules.testing._snapshot as snapshot_module\n"),
        ("tests/test_testing.py", "testing_module._main([", "snapshot_module.main(["),
        ("tests/test_testing.py", '"appeal_rules/testing.py" in names', '"appeal_rules/testing/__init__.py" in names'),
        ("tests/test_strategies.py", 'name.startswith("hypothesis.")',
         'name.startswith(("hypothesis.", "appeal_rules.testing."))'),
    ],
    "calendar": [
        ("tests/test_calendar_data.py", "import appeal_rules.calendar as calendar_module\n",
         "import appeal_rules.calendar._calendar as calendar_module\n"
         "import appeal_rules.calendar._index as index_module\n"),
        ("tests/test_calendar_data.py", "real_build = calendar_module.index_from_days",
         "real_build = index_module.index_from_days"),
    ],
    "rules": [
        ("tests/test_rulebook.py", 'rules_py = package / "rules.py"', 'rules_py = package / "rules" / "_model.py"'),
    ],
    "labels": [
        ("tests/test_holiday_names.py", "import appeal_rules.labels as labels_module\n",
         "import appeal_rules.labels._holidays as holidays_module\n"),
        ("tests/test_holiday_names.py", "labels_module.", "holidays_module."),
        ("tests/test_testing.py", '"appeal_rules/labels.py" in names', '"appeal_rules/labels/__init__.py" in names'),
    ],
}


_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


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


def _names_bound(node: ast.stmt) -> set[str]:
    """The names an import, or a ``try:`` block of imports, binds."""
    return {(alias.asname or alias.name).split(".")[0] for n in ast.walk(node)
            if isinstance(n, (ast.Import, ast.ImportFrom)) for alias in n.names}


def _is_import_block(node: ast.stmt) -> bool:
    return isinstance(node, ast.Try) and all(isinstance(n, (ast.Import, ast.ImportFrom)) for n in node.body)


def _is_main_block(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and ast.unparse(node.test) == "__name__ == '__main__'"


def _rename(name: str, text: str) -> str:
    for old, new in RENAMES.get(name, {}).items():
        if re.search(rf"(?<![\w.]){re.escape(new)}(?!\w)", text):
            raise SystemExit(f"{name}: {new} (for {old}) is already a name in the module")
        text = re.sub(rf"(?<![\w.]){re.escape(old)}(?!\w)", new, text)
    return text


def split(name: str) -> list[Path]:
    """Split ``src/appeal_rules/<name>.py`` as :data:`PLANS` says; return the files written."""
    source_path = PACKAGE / f"{name}.py"
    text = _rename(name, source_path.read_text(encoding="utf-8"))
    renamed = set(RENAMES.get(name, {}).values())
    lines = text.splitlines(keepends=True)
    tree = ast.parse(text)
    body = tree.body
    docstring = ast.get_docstring(tree, clean=False)
    assert docstring is not None, f"{name}: no module docstring"
    preamble = "".join(lines[:body[0].lineno - 1])  # comments above the docstring (a file-wide noqa)
    reexported: dict[str, str] = {}  # a public name the module imports: the module it comes from
    # Segments: each statement with the comments and blank lines between it and the one before.
    segments: dict[str, tuple[ast.stmt, str]] = {}
    imports: list[str] = []
    import_blocks: list[tuple[ast.Try, str]] = []
    tail: list[tuple[ast.stmt, str]] = []
    main_block: tuple[ast.stmt, str] | None = None
    public_all: list[str] = []
    previous_end = body[0].end_lineno or 0  # the docstring
    blank_lines: dict[int, int] = {}  # a statement's blank lines above it (and above its comments)
    for node in body[1:]:
        start = previous_end
        raw = "".join(lines[start:node.end_lineno])
        segment = raw.lstrip("\n")
        blank_lines[id(node)] = len(raw) - len(segment)
        previous_end = node.end_lineno or previous_end
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            if isinstance(node, ast.ImportFrom) and node.module:
                reexported.update({alias.asname or alias.name: node.module for alias in node.names})
            if not (isinstance(node, ast.ImportFrom) and node.module == "__future__"):
                imports.append(re.sub(r"  # noqa: E402", "", "".join(lines[node.lineno - 1:node.end_lineno])))
            continue
        if isinstance(node, ast.Try) and _is_import_block(node):
            import_blocks.append((node, "".join(lines[node.lineno - 1:node.end_lineno])))
            continue
        if isinstance(node, ast.If) and _is_main_block(node):  # kept guarded: the docs build imports __main__.py
            main_block = (node, segment)
            continue
        defined = _names_defined(node)
        if not defined:
            if not segments:
                raise SystemExit(f"{name}.py:{node.lineno}: a statement that defines no name; place it by hand")
            tail.append((node, segment))  # set-up run once the package has imported its modules
            continue
        if defined == ["__all__"]:
            public_all = list(ast.literal_eval(node.value))  # type: ignore[attr-defined]
            continue
        if defined == ["__dir__"]:
            continue
        for d in defined:
            segments[d] = (node, segment)
    plan = PLANS[name]
    head_names = INIT_HEAD.get(name, [])
    placed = [n for _, _, names in plan for n in names] + head_names
    missing = set(segments) - set(placed)
    unknown = set(placed) - set(segments)
    if missing or unknown or len(placed) != len(set(placed)):
        raise SystemExit(f"{name}: not placed {sorted(missing)}; not in the module {sorted(unknown)}")
    home = {n: module for module, _, names in plan for n in names}
    order = [module for module, _, _ in plan]

    def imports_of(nodes: list[ast.stmt], module: str | None, position: int) -> list[str]:
        """The imports of the names ``nodes`` use from the new modules before ``position``."""
        used = _names_used(nodes)
        siblings: dict[str, list[str]] = {}
        for used_name in sorted(used):
            other = home.get(used_name)
            if other is None or other == module:
                continue
            if used_name.startswith("_"):
                raise SystemExit(f"{name}.{module or '__init__'} would import the private {used_name} from {other}")
            if order.index(other) >= position:
                raise SystemExit(f"{name}.{module} uses {used_name} from the later {other}: reorder the plan")
            siblings.setdefault(other, []).append(used_name)
        found = [f"from appeal_rules.{name}.{other} import {', '.join(found)}\n" for other, found in siblings.items()]
        for block, block_text in import_blocks:
            if _names_bound(block) & used:  # without the imports of the block this module does not use
                unused = [n for n in block.body if not _names_bound(n) & used]
                kept = block_text.splitlines(keepends=True)
                for n in sorted(unused, key=lambda n: -n.lineno):
                    del kept[n.lineno - block.lineno:(n.end_lineno or n.lineno) - block.lineno + 1]
                found.append("\n" + "".join(kept))
        return found

    outputs: dict[Path, str] = {}
    for position, (module, doc, names) in enumerate(plan):
        ordered = sorted(names, key=lambda n: segments[n][0].lineno)
        head = [preamble, f'"""{doc}"""\n\n', "from __future__ import annotations\n\n", *imports]
        head += imports_of([segments[n][0] for n in ordered], module, position)
        seen: set[int] = set()
        chunks: list[tuple[ast.stmt, str]] = []
        for n in ordered:
            node, segment = segments[n]
            if id(node) not in seen:
                seen.add(id(node))
                chunks.append((node, segment))
        body_text = ""
        for i, (node, segment) in enumerate(chunks):
            if i:  # the statement's blank lines above it, two at least next to a function or a class
                blank = blank_lines[id(node)]
                if any(isinstance(n, _DEFINITIONS) for n in (node, chunks[i - 1][0])):
                    blank = max(blank, 2)
                body_text += "\n" * blank
            body_text += segment.rstrip("\n") + "\n"
        outputs[PACKAGE / name / f"{module}.py"] = "".join(head) + "\n\n" + body_text
    init = [preamble, f'"""{docstring}"""\n\n', "from __future__ import annotations\n\n"]
    head_segments = sorted({id(segments[n][0]): segments[n] for n in head_names}.values(), key=lambda s: s[0].lineno)
    init += [segment.rstrip("\n") + "\n\n\n" for _, segment in head_segments]
    noqa = "  # noqa: E402" if head_names else ""
    needed = _names_used([node for node, _ in head_segments] + [node for node, _ in tail])
    for module, _, names in plan:
        exported = [n for n in sorted(names, key=lambda n: segments[n][0].lineno)
                    if not n.startswith("_") and (n not in renamed or n in needed)]
        if exported:
            parts = [n if n in public_all or n in renamed else f"{n} as {n}" for n in exported]
            init.append(f"from appeal_rules.{name}.{module} import {', '.join(parts)}{noqa}\n")
    for imported in (n for n in public_all if n not in segments):  # exported, though defined elsewhere
        init.append(f"from {reexported[imported]} import {imported}{noqa}\n")
    for private, importer in PRIVATE_REEXPORTS.get(name, {}).items():
        init.append(f"from appeal_rules.{name}.{home[private]} import {private} as {private}  # imported by "
                    f"{importer}\n")
    init.append("\n__all__ = [\n" + "".join(f'    "{n}",\n' for n in public_all) + "]\n\n\n")
    init.append("def __dir__() -> list[str]:\n    return __all__\n")
    init += ["\n\n" + "\n".join(segment.strip("\n") for _, segment in tail) + "\n"] if tail else []
    outputs[PACKAGE / name / "__init__.py"] = "".join(init)
    if main_block is not None:
        node, segment = main_block
        outputs[PACKAGE / name / "__main__.py"] = "".join([
            f'"""``python -m appeal_rules.{name}``: see :mod:`appeal_rules.{name}`."""\n\n',
            "from __future__ import annotations\n\n", *imports, *imports_of([node], None, len(order)),
            "\n\n", segment.strip("\n"), "\n"])
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
    # A file-wide noqa keeps only the codes its new file needs; one that needs none goes.
    fix_noqa = [sys.executable, "-m", "ruff", "check", "--fix", "--quiet", "--fixable", "RUF100"]
    subprocess.run([*fix_noqa, *map(str, written)], check=False)  # noqa: S603 - our own files
    for path in written:
        path.write_text(path.read_text(encoding="utf-8").lstrip("\n"), encoding="utf-8")
    for path in written:
        print(f"{path.relative_to(ROOT)}: {len(path.read_text(encoding='utf-8').splitlines())} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
