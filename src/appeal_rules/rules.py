"""Every rule the library applies, in one place: the rulebook, each version with its dates, sources and texts.

The rules live as data in ``appeal_rules/rulebook/`` (TOML, read with the standard library), the
way OpenFisca keeps its parameters: ``index.toml`` lists the rules in order and the clauses of the
seed text; ``acts.toml`` names each act once, with the page it is read at; ``rules/<id>.toml``
holds one rule with every version of it. A version says when it is in force (``from``, ``to``,
both inclusive; no ``to`` means still in force), the term it sets, a one-line summary, the
citizen-facing text in Kazakh, Russian and English (the law is official in Kazakh and Russian, so
the texts use the acts' own terms), and its sources (act, provision, whether the text was read).
The files are checked once, at import, and every problem is reported at once; a maintainer who
changes a rule changes one file, and every answer, text and docs table follows.

A *rule* (``review_term.first_instance``, ``court``, ...) has one or more *versions*, named
``<rule id>@<regime>``. The public functions look a rule up with :func:`rule_version` for the date
the rules are read at and name the version they applied in their result.

>>> import datetime as dt
>>> from appeal_rules import rule_version
>>> v = rule_version("review_term.first_instance", dt.date(2025, 3, 3))
>>> v.version, v.term
('review_term.first_instance@appc', Term(length=5, unit=<Unit.WORKING_DAYS: 'working_days'>))
>>> v.text("ru")[:40]
'Услугодатель, министерство или Государст'
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import os
import tomllib
from bisect import bisect_right
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from appeal_rules._validate import check_enum, check_int, describe, one_date, raise_if
from appeal_rules.errors import InputTypeError, InvalidInputError, OutsideCoverageError, Problem
from appeal_rules.sources import Source

__all__ = [
    "APPC_92_1_1_EARLIEST",
    "APPC_IN_FORCE",
    "CHANGE_DATES",
    "COVERAGE_START",
    "EXTENSION_TEXT_CONFIRMED_FROM",
    "LANGUAGES",
    "LAW_291_VIII_IN_FORCE",
    "RULES",
    "SEED_CLAUSES",
    "Regime",
    "Rule",
    "RuleVersion",
    "SeedClause",
    "Term",
    "Texts",
    "Unit",
    "load_rulebook",
    "rule",
    "rule_version",
]


def __dir__() -> list[str]:
    return __all__


#: The earliest date whose rules the library encodes. The seed text is the standard's appeal
#: procedure as published in 2018 (page changed 31 July 2018); no earlier text was available to
#: check, and the working-day calendar is verified from 2018. Dates before this are refused.
COVERAGE_START = dt.date(2018, 1, 1)


#: The languages of every text: Kazakh, Russian (the law's official languages) and English.
LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")


class Unit(enum.Enum):
    """The unit a period is counted in."""

    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"


class Regime(enum.StrEnum):
    """The legal period a rule version belongs to; its value is the tag in the version's id.

    >>> Regime.APPC.value, Regime("2018").name
    ('appc', 'STANDARD_2018')
    """

    #: In force through every period the library covers.
    ALL = "all"
    #: The 2018 service standard with Law No. 88-V art. 25, until 30 June 2021.
    STANDARD_2018 = "2018"
    #: The Administrative Procedural and Process Code, from 1 July 2021.
    APPC = "appc"
    #: Law No. 88-V art. 25(2) as amended by Law No. 291-VIII, from 12 July 2026.
    LAW_291_VIII = "2026-07"
    #: APPC art. 92(1-1) as added by Law No. 241-VIII of 17.12.2025 (six months to lodge when the act
    #: gives no appeal information), from the earliest day it can be in force.
    LAW_241_VIII = "2025-12"
    #: Law No. 88-V art. 25(4) (the extension) before its current wording was read (its start is unknown).
    EXTENSION_UNREAD = "before-2026"
    #: Law No. 88-V art. 25(4) in the current wording read, from 2026.
    EXTENSION_READ = "2026"
    #: The quality body was the Ministry for Civil Service Affairs (2016).
    MINISTRY = "ministry"
    #: The quality body was the Agency for Civil Service Affairs and Anti-Corruption (2016-2019).
    ACSAAC = "acsaac"
    #: The quality body is the Agency for Civil Service Affairs (from 22 July 2019).
    ACSA = "acsa"


def _unit_of(value: Any) -> Any:
    """A :class:`Unit` for its value (``"working_days"``); anything else is left to validation."""
    if isinstance(value, str) and not isinstance(value, Unit):
        for unit in Unit:
            if unit.value == value:
                return unit
    return value


@attrs.frozen
class Term:
    """A length of time a rule sets: ``Term(5, Unit.WORKING_DAYS)``.

    >>> Term(15, Unit.WORKING_DAYS).describe()
    '15 working days'
    """

    length: int
    unit: Unit = attrs.field(converter=_unit_of)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        check_int(self.length, "length", problems, minimum=0, maximum=100_000)
        check_enum(self.unit, Unit, "unit", problems)
        raise_if(problems)

    def describe(self) -> str:
        """The term in words."""
        word = {Unit.WORKING_DAYS: "working day", Unit.CALENDAR_DAYS: "calendar day", Unit.MONTHS: "month"}
        return f"{self.length} {word[self.unit]}{'s' if self.length != 1 else ''}"


@attrs.frozen
class Texts:
    """One text in Kazakh, Russian and English.

    >>> Texts(kk="Сотқа", ru="Суд", en="Court").in_language("ru")
    'Суд'
    """

    kk: str
    ru: str
    en: str

    def in_language(self, lang: str) -> str:
        """The text in ``lang`` (``"kk"``, ``"ru"`` or ``"en"``); another language is refused."""
        if lang not in LANGUAGES:
            raise InvalidInputError.single("lang", f"unknown language {lang!r}", "one of: " + ", ".join(LANGUAGES))
        text: str = getattr(self, lang)
        return text


@attrs.frozen
class RuleVersion:
    """One version of a rule: what it says, when it was in force, and where it comes from.

    >>> import datetime as dt
    >>> from appeal_rules import rule_version
    >>> rule_version("court", dt.date(2019, 5, 6)).version
    'court@2018'
    """

    rule_id: str
    regime: Regime
    effective_from: dt.date
    effective_to: dt.date | None
    summary: str
    texts: Texts
    sources: tuple[Source, ...]
    term: Term | None = None

    @property
    def version(self) -> str:
        """The stable identifier of this version, ``<rule id>@<regime>``."""
        return f"{self.rule_id}@{self.regime.value}"

    @property
    def explanation(self) -> str:
        """The citizen-facing text in English (:meth:`text` gives it in Kazakh or Russian)."""
        return self.texts.en

    def text(self, lang: str = "en") -> str:
        """The citizen-facing text in ``lang`` (``"kk"``, ``"ru"`` or ``"en"``).

        >>> import datetime as dt
        >>> from appeal_rules import rule_version
        >>> rule_version("court", dt.date(2025, 1, 6)).text("kk")[:24]
        'Шағым бойынша шешімді ал'
        """
        return self.texts.in_language(lang)

    @property
    def confirmed(self) -> bool:
        """True when the primary source (the first) was read in the text of the act.

        Later sources support or qualify the rule: an inferred supporting source does not make a
        rule unconfirmed, and a confirmed supporting source does not confirm an unread primary one.
        """
        return self.sources[0].confirmed

    def in_force_on(self, day: dt.date) -> bool:
        """Whether this version applies on ``day``.

        >>> import datetime as dt
        >>> from appeal_rules import rule_version
        >>> rule_version("court", dt.date(2025, 1, 6)).in_force_on(dt.date(2021, 6, 30))
        False
        """
        if type(day) is not dt.date:
            day = one_date(day, "day")
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def cite(self) -> str:
        """The sources, joined: ``"Law No. 88-V, art. 25; Seed standard, clause 7"``."""
        return "; ".join(s.cite() for s in self.sources)


@attrs.frozen
class Rule:
    """A rule with all its versions, the public functions that apply it and the tests that check it."""

    id: str
    title: str
    applied_by: tuple[str, ...]
    tested_by: tuple[str, ...]
    versions: tuple[RuleVersion, ...]


@attrs.frozen
class SeedClause:
    """A clause of the seed text (the standard's appeal procedure, 2018) and the rules encoding it."""

    id: str
    text: str
    rule_ids: tuple[str, ...]


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
        try:
            term = Term(term_table.get("length"), term_table.get("unit"))  # type: ignore[arg-type]
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
        act = acts.get(src.get("act"))  # type: ignore[arg-type]
        if act is None:
            read.problems.append(Problem(f"{where}.act", f"unknown act {src.get('act')!r}",
                                         "a key of acts.toml: " + ", ".join(acts)))
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
    if table.get("id") != rule_id:
        read.problems.append(Problem(f"{path}.id", f"got {table.get('id')!r}", f"the file's name, {rule_id!r}"))
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


#: Every rule the library applies, each with all its versions, the public functions that apply it
#: and the tests that check it, read from the rulebook at import. The docs' rule tables are
#: generated from this tuple.
RULES: tuple[Rule, ...]
#: The ten clauses of the seed text (the service standard's appeal procedure, 2018), each with the
#: rules that encode it.
SEED_CLAUSES: tuple[SeedClause, ...]
RULES, SEED_CLAUSES = load_rulebook()

_BY_ID: Mapping[str, Rule] = {r.id: r for r in RULES}


def _regime_start(regime: Regime) -> dt.date:
    """The day every version of ``regime`` starts on (the rulebook's dates are the only record of it)."""
    starts = {v.effective_from for r in RULES for v in r.versions if v.regime is regime}
    if len(starts) != 1:  # pragma: no cover - a rulebook check: one start per regime
        raise AssertionError(f"the versions of regime {regime.value!r} start on {sorted(starts)}")
    return starts.pop()


#: The Administrative Procedural and Process Code (No. 350-VI of 29.06.2020) came into force.
APPC_IN_FORCE = _regime_start(Regime.APPC)
#: Law No. 291-VIII of 19.05.2026 amends Law No. 88-V art. 25(2), first paragraph, from this day.
LAW_291_VIII_IN_FORCE = _regime_start(Regime.LAW_291_VIII)
#: The earliest day APPC art. 92(1-1) (six months when the act gives no appeal information) can be
#: in force: Law No. 241-VIII of 17.12.2025 enters into force ten calendar days after its first
#: official publication, which cannot precede the law's date. The publication date was not found,
#: so the version that starts here is marked unconfirmed.
APPC_92_1_1_EARLIEST = _regime_start(Regime.LAW_241_VIII)
#: From this day the current wording of Law No. 88-V art. 25(4) (the extension) counts as read:
#: the mirror it was read in holds acts of late 2025. Its earlier history was not found.
EXTENSION_TEXT_CONFIRMED_FROM = _regime_start(Regime.EXTENSION_READ)


def rule(rule_id: str) -> Rule:
    """The rule ``rule_id`` with all its versions.

    >>> rule("court").title
    'Going to court'
    """
    found = _BY_ID.get(rule_id) if isinstance(rule_id, str) else None
    if found is None:
        raise InvalidInputError.single("rule_id", f"unknown rule {rule_id!r}", "one of: " + ", ".join(_BY_ID))
    return found


def rule_version(rule_id: str, rules_on: dt.date) -> RuleVersion:
    """The version of rule ``rule_id`` in force on ``rules_on``, the day the rules are read at.

    Dates before :data:`COVERAGE_START` are refused with :class:`OutsideCoverageError`.

    >>> import datetime as dt
    >>> rule_version("forwarding", dt.date(2021, 6, 30)).regime
    <Regime.STANDARD_2018: '2018'>
    >>> rule_version("forwarding", dt.date(2021, 7, 1)).regime
    <Regime.APPC: 'appc'>
    """
    day = rules_on if type(rules_on) is dt.date else one_date(rules_on, "rules_on")
    try:
        found = _STARTS_BY_ID[rule_id]
    except (KeyError, TypeError):  # an unknown id, or not a string
        found = _STARTS_BY_ID[rule(rule_id).id]  # rule() raises the error naming every rule id
    if day < COVERAGE_START:
        raise OutsideCoverageError.single(
            "rules_on", f"{day.isoformat()} is before the rules this library encodes",
            f"a date on or after {COVERAGE_START.isoformat()}",
        )
    # The loader checks that the versions follow each other day by day and that the last is open.
    starts, versions = found
    return versions[bisect_right(starts, day) - 1]


# Each rule's versions with the days they start on, for a bisect: the 3x target of review_deadline,
# which reads five rules on every call, needs the look-up cheap (docs/performance.md).
_STARTS_BY_ID: Mapping[str, tuple[tuple[dt.date, ...], tuple[RuleVersion, ...]]] = {
    r.id: (tuple(v.effective_from for v in r.versions), r.versions) for r in RULES
}


#: Every day from :data:`COVERAGE_START` on which some rule's version changes, in order (the first
#: is :data:`COVERAGE_START`). From one of these days to the day before the next, every rule reads the
#: same, so an answer worked out under the rules of one day holds for the whole span: ``batch`` and
#: :mod:`appeal_rules.vectorized` ask the rules once per span (``bisect_right(CHANGE_DATES, day) - 1``).
CHANGE_DATES: tuple[dt.date, ...] = tuple(sorted(
    {COVERAGE_START} | {v.effective_from for r in RULES for v in r.versions if v.effective_from > COVERAGE_START}
))
