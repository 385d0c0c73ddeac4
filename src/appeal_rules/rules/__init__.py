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

from appeal_rules.rules._loader import load_rulebook
from appeal_rules.rules._lookup import (
    APPC_92_1_1_EARLIEST,
    APPC_IN_FORCE,
    CHANGE_DATES,
    EXTENSION_TEXT_CONFIRMED_FROM,
    LAW_291_VIII_IN_FORCE,
    RULES,
    SEED_CLAUSES,
    rule,
    rule_version,
)
from appeal_rules.rules._model import (
    COVERAGE_START,
    LANGUAGES,
    Regime,
    Rule,
    RuleVersion,
    SeedClause,
    Term,
    Texts,
    Unit,
)

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
