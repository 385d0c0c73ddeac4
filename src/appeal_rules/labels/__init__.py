# ruff: noqa: RUF002 - Kazakh and Russian text is Cyrillic on purpose
"""Labels in Kazakh (``kk``), Russian (``ru``) and English (``en``) for what the library returns.

:func:`label` names an enum member (a body, a respondent, a channel, a stage, a kind of day, ...)
or gives the citizen-facing explanation of a rule version (by its id, ``"court@appc"``, or the
:class:`~appeal_rules.rules.RuleVersion` itself); :func:`holiday_name` translates the English name
of a Kazakhstan holiday, as the ``holidays`` package and :class:`~appeal_rules.calendar.Day` give it.

The terms are the official ones of Law No. 88-V "On State Services" in its Kazakh and Russian
texts: *көрсетілетін қызметті беруші* / *услугодатель* for the service provider, *«Азаматтарға
арналған үкімет» мемлекеттік корпорациясы* / *Государственная корпорация «Правительство для
граждан»*, and so on. Kazakh and English holiday names come from the ``holidays`` package at run
time (so they follow its updates); the package has no Russian, which this module supplies.

>>> from appeal_rules import BodyKind
>>> label(BodyKind.SERVICE_PROVIDER, "ru")
'Услугодатель'
>>> label("court@appc", "kk")[:45]
'Шағым бойынша шешімді алған күннен бастап бір'
>>> holiday_name("Victory Day", "ru")
'День Победы'
"""

from __future__ import annotations

from appeal_rules.labels._enums import LABELLED_ENUMS, label
from appeal_rules.labels._holidays import holiday_name
from appeal_rules.rules import LANGUAGES

__all__ = [
    "LABELLED_ENUMS",
    "LANGUAGES",
    "holiday_name",
    "label",
]


def __dir__() -> list[str]:
    return __all__
