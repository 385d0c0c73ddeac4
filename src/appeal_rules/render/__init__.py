# ruff: noqa: RUF002 - Kazakh and Russian text is Cyrillic on purpose
"""Every text a result says about itself, in Kazakh (``kk``), Russian (``ru``) and English (``en``).

One renderer serves ``explain(lang=...)`` on the results, the command line's text output and the
docs. Its phrases live in one table, :data:`~appeal_rules.phrases.PHRASES`, each with its three
texts side by side; the
terms are the acts' own (see :mod:`appeal_rules.labels`). A rule's explanation comes from its
version (:meth:`~appeal_rules.rules.RuleVersion.text`), a body's or a stage's name from
:func:`~appeal_rules.labels.label`, a holiday's from :func:`~appeal_rules.labels.holiday_name`,
and every citation from the rule versions a result names (its ``basis``): the renderer cites
nothing itself.

Some results carry a sentence of English prose (a provisional reason, an extension finding, the
reason of an addressee check, the items of a proof of acceptance). The English template of each
such phrase is in the table too: :func:`translate` recognises the sentence by it and says it in
the other language, with its dates, bodies and terms converted and its citations kept.

Dates are written ``DD.MM.YYYY`` in Kazakh and Russian and ``YYYY-MM-DD`` in English.

>>> import datetime as dt
>>> from appeal_rules import review_deadline, BodyKind
>>> d = review_deadline(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER)
>>> print(d.explain("ru").splitlines()[0].split(" (")[0])
Рассматривает: Услугодатель. Срок рассмотрения: 5 рабочих дней с регистрации 31.12.2024
>>> phrase("term", "kk", n=5, unit="жұмыс күні")
'5 жұмыс күні'
"""

from __future__ import annotations

from appeal_rules.render._lines import (
    addressee_reason,
    answer_methods,
    assessment_lines,
    calendar_line,
    cite_all,
    court_start,
    day_text,
    deadline_lines,
    escalation_lines,
    escalation_note,
    extension_lines,
    option_explanation,
    option_label,
    option_line,
    period_lines,
    proof_lines,
    rules_line,
)
from appeal_rules.render._prose import translate
from appeal_rules.render._words import check_language, date_text, holiday_text, phrase, term_text, weekday_name

__all__ = [
    "addressee_reason",
    "answer_methods",
    "assessment_lines",
    "calendar_line",
    "check_language",
    "cite_all",
    "court_start",
    "date_text",
    "day_text",
    "deadline_lines",
    "escalation_lines",
    "escalation_note",
    "extension_lines",
    "holiday_text",
    "option_explanation",
    "option_label",
    "option_line",
    "period_lines",
    "phrase",
    "proof_lines",
    "rules_line",
    "term_text",
    "translate",
    "weekday_name",
]


def __dir__() -> list[str]:
    return __all__
