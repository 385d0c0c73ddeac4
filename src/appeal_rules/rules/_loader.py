"""Reading the rulebook's TOML files, every problem named by file and key, checked once."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import tomllib
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from appeal_rules._validate import describe, raise_if
from appeal_rules.errors import InputTypeError, InvalidInputError, Problem
from appeal_rules.rules._model import LANGUAGES, Regime, Rule, RuleVersion, SeedClause, Term, Texts
from appeal_rules.sources import Source

# --- loading the rulebook --------------------------------------------------------------------------


_MISSING = object()


class _Reader:
    """Reads one TOML table's keys, recording every problem under the file and key path."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems

    def table(self, value: object, path: str, required: AbstractSet[str],
              optional: AbstractSet[str] = frozenset()) -> dict[str, Any]:
        if not isinstance(value, dict):
            if value is not _MISSING:  # a missing table was reported by its parent
                self.problems.append(Problem(path, f"got {type(value).__name__}", "a table"))
            return dict.fromkeys(required, _MISSING)
        for key in sorted(required - value.keys()):
            self.problems.append(Problem(f"{path}.{key}", "missing", "a value"))
        for key in sorted(value.keys() - required - optional):
            self.problems.append(Problem(f"{path}.{key}", "unknown key",
                                         "one of: " + ", ".join(sorted(required | optional))))
        return {**dict.fromkeys(required, _MISSING), **value}

    def text(self, value: object, path: str) -> str:
        if value is _MISSING:  # already reported by table()
            return ""
        if isinstance(value, str) and value.strip():
            return value
        self.problems.append(Problem(path, f"got {value!r}", "a non-empty string"))
        return ""

    def texts(self, value: object, path: str) -> tuple[str, ...]:
        if value is _MISSING:
            return ()
        if isinstance(value, list):
            return tuple(self.text(v, f"{path}[{i}]") for i, v in enumerate(value))
        self.problems.append(Problem(path, f"got {value!r}", "a list of strings"))
        return ()

    def date(self, value: object, path: str) -> dt.date | None:
        if type(value) is dt.date:
            return value
        if value is _MISSING:
            return None
        self.problems.append(Problem(path, f"got {value!r}", "a TOML date, YYYY-MM-DD"))
        return None


def _read_version(rule_id: str, data: object, path: str, acts: Mapping[str, tuple[str, str]],
                  read: _Reader) -> RuleVersion | None:
    table = read.table(data, path, {"regime", "from", "summary", "text", "sources"}, {"to", "term"})
    regime_text = table["regime"]
    regime = next((r for r in Regime if r.value == regime_text), None)
    if regime is None and regime_text is not _MISSING:
        read.problems.append(Problem(f"{path}.regime", f"got {regime_text!r}",
                                     "one of: " + ", ".join(r.value for r in Regime)))
    start = read.date(table["from"], f"{path}.from")
    end = read.date(table["to"], f"{path}.to") if "to" in table else None
    if start is not None and end is not None and end < start:
        read.problems.append(Problem(f"{path}.to", f"{end} is before {start}", "a date on or after `from`"))
    term = None
    if "term" in table:
        term_table = read.table(table["term"], f"{path}.term", {"length", "unit"})
        if _MISSING not in (term_table["length"], term_table["unit"]):  # a missing key was reported by table()
            try:
                term = Term(term_table["length"], term_table["unit"])
            except InvalidInputError as err:
                read.problems += [attrs.evolve(p, path=f"{path}.term.{p.path}") for p in err.problems]
    texts_table = read.table(table.get("text"), f"{path}.text", set(LANGUAGES))
    texts = Texts(**{lang: read.text(texts_table.get(lang), f"{path}.text.{lang}") for lang in LANGUAGES})
    sources: list[Source] = []
    raw_sources = table["sources"]
    if raw_sources is _MISSING:
        raw_sources = []
    elif not isinstance(raw_sources, list) or not raw_sources:
        read.problems.append(Problem(f"{path}.sources", f"got {raw_sources!r}", "at least one [[versions.sources]]"))
        raw_sources = []
    for i, raw in enumerate(raw_sources):
        where = f"{path}.sources[{i}]"
        src = read.table(raw, where, {"act", "provision", "confirmed"}, {"url", "note"})
        if src["act"] is _MISSING:  # reported by table(), with the source itself when it is no table
            continue
        act = acts.get(src["act"]) if isinstance(src["act"], str) else None
        if act is None:
            read.problems.append(Problem(f"{where}.act", f"unknown act {src['act']!r}",
                                         "a key of acts.toml: " + ", ".join(acts) if acts
                                         else "an act named in acts.toml (none could be read from it)"))
            continue
        if not isinstance(src["confirmed"], bool) and src["confirmed"] is not _MISSING:
            read.problems.append(Problem(f"{where}.confirmed", f"got {src['confirmed']!r}", "true or false"))
        if not isinstance(src.get("note", ""), str):
            read.problems.append(Problem(f"{where}.note", f"got {src['note']!r}", "a string"))
        sources.append(Source(act[0], read.text(src.get("provision"), f"{where}.provision"),
                              read.text(src.get("url", act[1]), f"{where}.url"), src.get("confirmed") is True,
                              note if isinstance(note := src.get("note"), str) else ""))
    summary = read.text(table["summary"], f"{path}.summary")
    if regime is None or start is None or ("to" in table and end is None):
        return None  # the version's place in time is unknown: its neighbours are not compared with it
    return RuleVersion(rule_id, regime, start, end, summary, texts, tuple(sources), term)


def _read_rule(rule_id: str, data: Mapping[str, Any], path: str, acts: Mapping[str, tuple[str, str]],
               read: _Reader) -> Rule | None:
    table = read.table(data, path, {"id", "title", "applied_by", "tested_by", "versions"})
    title = read.text(table["title"], f"{path}.title")
    applied_by = read.texts(table["applied_by"], f"{path}.applied_by")
    tested_by = read.texts(table["tested_by"], f"{path}.tested_by")
    if table["id"] != rule_id and table["id"] is not _MISSING:  # a missing id was reported by table()
        read.problems.append(Problem(f"{path}.id", f"got {table['id']!r}", f"the file's name, {rule_id!r}"))
    raw_versions = table["versions"]
    if not isinstance(raw_versions, list) or not raw_versions:
        if raw_versions is not _MISSING:
            read.problems.append(Problem(f"{path}.versions", "no version", "at least one [[versions]]"))
        return None
    versions = [_read_version(rule_id, v, f"{path}.versions[{i}]", acts, read) for i, v in enumerate(raw_versions)]
    checked = [v for v in versions if v is not None]
    if len(checked) != len(versions):
        return None
    for i, (before, after) in enumerate(itertools.pairwise(checked), start=1):
        if before.effective_to is None or before.effective_to + dt.timedelta(days=1) != after.effective_from:
            read.problems.append(Problem(
                f"{path}.versions[{i}].from", f"{after.effective_from} does not follow the previous version's end "
                f"({before.effective_to or 'open'})", "versions in date order, each starting the day after the "
                "previous one ends"))
    if checked[-1].effective_to is not None:
        read.problems.append(Problem(f"{path}.versions[{len(checked) - 1}].to", "the last version ends",
                                     "a last version with no `to` (in force until a newer version)"))
    if len({v.version for v in checked}) != len(checked):
        read.problems.append(Problem(f"{path}.versions", "two versions share a regime", "one version per regime"))
    return Rule(rule_id, title, applied_by, tested_by, tuple(checked))


def _toml(file: Traversable, name: str, problems: list[Problem]) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:  # tomllib.TOMLDecodeError is a ValueError, as is a NUL in a path
        problems.append(Problem(name, f"unreadable: {err}", "a UTF-8 TOML file"))
        return {}


def load_rulebook(
    directory: Traversable | str | os.PathLike[str] | None = None,
) -> tuple[tuple[Rule, ...], tuple[SeedClause, ...]]:
    """The rules and seed clauses of the rulebook in ``directory`` (default: the package's own).

    Every file is checked and every problem reported at once, each with its file and key path, in
    an :class:`~appeal_rules.errors.InvalidInputError`: a key missing or unknown, a text missing
    in one of :data:`LANGUAGES`, a source naming an act ``acts.toml`` lacks, versions that overlap
    or leave a gap, a rule file the index does not list. A maintainer can check an edited copy::

        python -c "import pathlib, appeal_rules.rules as r; r.load_rulebook(pathlib.Path('rulebook'))"

    >>> rules, clauses = load_rulebook()
    >>> len(clauses), rules[0].id
    (10, 'scope')
    """
    if isinstance(directory, (str, os.PathLike)):
        directory = Path(directory)
    if directory is not None and not isinstance(directory, Traversable):
        raise InputTypeError.single("directory", f"got {describe(directory)}",
                                    "a path to a rulebook directory (str, pathlib.Path or a Traversable), or None")
    root = directory if directory is not None else resources.files("appeal_rules") / "rulebook"
    problems: list[Problem] = []
    read = _Reader(problems)
    index = read.table(_toml(root / "index.toml", "index.toml", problems), "index.toml",
                       {"rules", "seed_clauses"})
    acts: dict[str, tuple[str, str]] = {}
    for key, value in _toml(root / "acts.toml", "acts.toml", problems).items():
        act = read.table(value, f"acts.toml: {key}", {"title", "url"})
        acts[key] = (read.text(act.get("title"), f"acts.toml: {key}.title"),
                     read.text(act.get("url"), f"acts.toml: {key}.url"))
    listed = read.texts(index["rules"], "index.toml: rules")
    try:
        files = {f.name.removesuffix(".toml") for f in (root / "rules").iterdir() if f.name.endswith(".toml")}
    except (OSError, ValueError) as err:
        problems.append(Problem("rules/", f"unreadable: {err}", "a directory of rule files"))
        files = set()
    for name in sorted(files - set(listed)):
        problems.append(Problem(f"rules/{name}.toml", "not listed in index.toml", "every rule file listed once"))
    rules: list[Rule] = []
    for rule_id in filter(None, listed):  # an empty id was reported by texts()
        name = f"rules/{rule_id}.toml"
        if rule_id not in files:
            problems.append(Problem(f"index.toml: rules: {rule_id}", "no such rule file", f"a file {name}"))
            continue
        found = _read_rule(rule_id, _toml(root / "rules" / f"{rule_id}.toml", name, problems), name, acts, read)
        if found is not None:
            rules.append(found)
    known = set(listed)
    clauses: list[SeedClause] = []
    raw_clauses = index["seed_clauses"]
    if not isinstance(raw_clauses, list):
        if raw_clauses is not _MISSING:
            problems.append(Problem("index.toml: seed_clauses", f"got {describe(raw_clauses)}",
                                    "[[seed_clauses]] tables"))
        raw_clauses = []
    for i, raw in enumerate(raw_clauses):
        where = f"index.toml: seed_clauses[{i}]"
        clause = read.table(raw, where, {"id", "text", "rules"})
        rule_ids = read.texts(clause.get("rules"), f"{where}.rules")
        for rule_id in rule_ids:
            if rule_id not in known:
                problems.append(Problem(f"{where}.rules", f"unknown rule {rule_id!r}", "a rule listed in index.toml"))
        clauses.append(SeedClause(read.text(clause.get("id"), f"{where}.id"),
                                  read.text(clause.get("text"), f"{where}.text"), rule_ids))
    raise_if(problems)
    return tuple(rules), tuple(clauses)
