"""The rules read at import, and the rule version in force on a day."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Mapping

from appeal_rules._validate import one_date
from appeal_rules.errors import InvalidInputError, OutsideCoverageError
from appeal_rules.rules._loader import load_rulebook
from appeal_rules.rules._model import COVERAGE_START, Regime, Rule, RuleVersion, SeedClause

_RULEBOOK = load_rulebook()
#: Every rule the library applies, each with all its versions, the public functions that apply it
#: and the tests that check it, read from the rulebook at import. The docs' rule tables are
#: generated from this tuple.
RULES: tuple[Rule, ...] = _RULEBOOK[0]
#: The ten clauses of the seed text (the service standard's appeal procedure, 2018), each with the
#: rules that encode it.
SEED_CLAUSES: tuple[SeedClause, ...] = _RULEBOOK[1]

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
