"""What the rule table's look-ups refuse: an unknown rule, and a day before the rules it encodes.

The table covers the appeal procedure from 1 January 2018 (the 2018 service standard) on; a rule
is looked up by its id and a day. Each bad input below is refused with the error's class and, for
each problem, its path and what is accepted (every rule id, or a date from 2018 on). The words of
the messages are in ``tests/snapshots/error_texts.txt``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import InvalidInputError
from appeal_rules.errors import InputTypeError, OutsideCoverageError
from refusals import ONE_OF_THE_RULE_IDS, UTC, D, Refusal, ar, refused

#: case -> the bad input and the refusal it must get.
RULE_LOOKUP_REFUSALS: dict[str, Refusal] = {
    'in_force_on.type': Refusal(
        lambda: ar.rule_version("court", D).in_force_on("2025-01-06"),
        InputTypeError, [('day', 'a datetime.date')],
    ),
    'rule.type': Refusal(
        lambda: ar.rules.rule(5),
        InvalidInputError, [('rule_id', ONE_OF_THE_RULE_IDS)],
    ),
    'rule.unknown': Refusal(
        lambda: ar.rules.rule("courts"),
        InvalidInputError, [('rule_id', ONE_OF_THE_RULE_IDS)],
    ),
    'rule_version.aware_before': Refusal(
        lambda: ar.rule_version("court", dt.datetime(2017, 12, 31, 12, tzinfo=UTC)),
        OutsideCoverageError, [('rules_on', 'a date on or after 2018-01-01')],
    ),
    'rule_version.before': Refusal(
        lambda: ar.rule_version("court", dt.date(2017, 12, 31)),
        OutsideCoverageError, [('rules_on', 'a date on or after 2018-01-01')],
    ),
    'rule_version.date_type': Refusal(
        lambda: ar.rule_version("court", "2025-01-06"),
        InputTypeError, [('rules_on', 'a datetime.date')],
    ),
    'rule_version.naive': Refusal(
        lambda: ar.rule_version(5, dt.datetime(2025, 1, 6)),
        InvalidInputError, [
            ('rules_on', 'a datetime.date, or a datetime with a time zone (converted to Kazakhstan time)')],
    ),
    'rule_version.unknown': Refusal(
        lambda: ar.rule_version("courts", D),
        InvalidInputError, [('rule_id', ONE_OF_THE_RULE_IDS)],
    ),
}


@pytest.mark.parametrize("name", sorted(RULE_LOOKUP_REFUSALS))
def test_a_bad_rule_look_up_is_refused_naming_each_field_and_what_it_accepts(name: str) -> None:
    """rule, rule_version and RuleVersion.in_force_on refuse a bad input with every problem."""
    refused(RULE_LOOKUP_REFUSALS[name])
