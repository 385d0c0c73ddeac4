"""The words of every error message, as a person reads them in Python, the CLI and the JSON answers.

The ``test_*_inputs.py`` modules assert what a caller relies on: the error's class, and each
problem's path and accepted text. The words themselves are an interface too (the CLI prints them,
the JSON error payload carries them), but they are reviewed, not pinned one test at a time: every
refusal of those modules is rendered here into one golden file, ``tests/snapshots/error_texts.txt``.
After a deliberate change of wording, run ``python -m pytest --update-snapshots`` and review its
diff. A few messages are also pinned in the tests themselves, where the wording is the behaviour
(``tests/test_errors.py``, ``tests/test_provisional_policy.py``).
"""

from __future__ import annotations

import pytest

from appeal_rules import AppealRulesError
from golden import Snapshot
from refusals import Refusal
from test_calendar_inputs import CALENDAR_REFUSALS
from test_counting_inputs import COUNTING_REFUSALS
from test_procedure_inputs import PROCEDURE_REFUSALS
from test_rule_lookup_inputs import RULE_LOOKUP_REFUSALS

REFUSALS: dict[str, Refusal] = {**CALENDAR_REFUSALS, **COUNTING_REFUSALS, **RULE_LOOKUP_REFUSALS,
                                **PROCEDURE_REFUSALS}


def error_text(refusal: Refusal) -> str:
    """The class and the full text of the error the call raises."""
    with pytest.raises(AppealRulesError) as info:
        refusal.call()
    return f"{getattr(info.value, 'common_class', type(info.value)).__name__}: {info.value}"


def test_every_error_message_reads_as_reviewed(snapshot: Snapshot) -> None:
    """Each message says what was wrong and what is accepted, in the words last reviewed."""
    assert len(REFUSALS) == sum(map(len, (CALENDAR_REFUSALS, COUNTING_REFUSALS, RULE_LOOKUP_REFUSALS,
                                          PROCEDURE_REFUSALS)))  # no case name used twice
    text = "".join(f"## {name}\n{error_text(REFUSALS[name])}\n\n" for name in sorted(REFUSALS))
    snapshot.check("error_texts.txt", text)
