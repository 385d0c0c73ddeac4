"""Words in each language: phrases, dates, terms, weekdays, holidays and bodies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final

from appeal_rules.errors import InvalidInputError
from appeal_rules.labels import holiday_name, label
from appeal_rules.model import BodyKind
from appeal_rules.phrases import PHRASES
from appeal_rules.rules import LANGUAGES, Term, Unit

#: :data:`~appeal_rules.phrases.PHRASES` by language: one lookup per phrase said.
_BY_LANGUAGE: Final[Mapping[str, Mapping[str, str]]] = {
    lang: {key: texts[i] for key, texts in PHRASES.items()} for i, lang in enumerate(LANGUAGES)
}

# Russian: the three forms a noun takes after a number (1, 2-4, 5 and more).
_RU_UNITS: Final[Mapping[Unit, tuple[str, str, str]]] = {
    Unit.WORKING_DAYS: ("рабочий день", "рабочих дня", "рабочих дней"),
    Unit.CALENDAR_DAYS: ("календарный день", "календарных дня", "календарных дней"),
    Unit.MONTHS: ("месяц", "месяца", "месяцев"),
}
# Kazakh: a noun after a number stays singular.
_KK_UNITS: Final[Mapping[Unit, str]] = {Unit.WORKING_DAYS: "жұмыс күні", Unit.CALENDAR_DAYS: "күнтізбелік күн",
                                        Unit.MONTHS: "ай"}


def check_language(lang: object) -> int:
    """The position of ``lang`` in :data:`~appeal_rules.rules.LANGUAGES`; another value is refused.

    >>> check_language("ru")
    1
    >>> check_language("de")
    Traceback (most recent call last):
    ...
    appeal_rules.errors.InvalidInputError: 1 problem:
    - lang: unknown language 'de'; accepted: one of: kk, ru, en
    """
    if isinstance(lang, str) and lang in LANGUAGES:
        return LANGUAGES.index(lang)
    raise _unknown_language(lang)


def _unknown_language(lang: object) -> InvalidInputError:
    return InvalidInputError.single("lang", f"unknown language {lang!r}", "one of: " + ", ".join(LANGUAGES))


def phrase(key: str, lang: str, **values: object) -> str:
    """The phrase ``key`` of :data:`~appeal_rules.phrases.PHRASES` in ``lang``, with ``values`` filled in.

    >>> phrase("option.limit", "ru", date="10.04.2025")
    '; последний день 10.04.2025'
    """
    table = _BY_LANGUAGE.get(lang) if isinstance(lang, str) else None
    if table is None:
        raise _unknown_language(lang)
    return table[key].format(**values)


def date_text(day: dt.date, lang: str) -> str:
    """A date as the language writes it: ``DD.MM.YYYY`` in Kazakh and Russian, ISO in English.

    >>> date_text(dt.date(2025, 1, 6), "kk"), date_text(dt.date(2025, 1, 6), "en")
    ('06.01.2025', '2025-01-06')
    """
    return day.isoformat() if lang == "en" else f"{day:%d.%m.%Y}"


def term_text(term: Term, lang: str) -> str:
    """A term in words: ``5 working days``, ``5 рабочих дней``, ``5 жұмыс күні``.

    >>> term_text(Term(3, Unit.MONTHS), "ru"), term_text(Term(21, Unit.WORKING_DAYS), "ru")
    ('3 месяца', '21 рабочий день')
    """
    if lang == "en":
        return term.describe()
    if lang == "kk":
        return phrase("term", lang, n=term.length, unit=_KK_UNITS[term.unit])
    n = term.length
    form = 2 if 11 <= n % 100 <= 14 else 0 if n % 10 == 1 else 1 if 2 <= n % 10 <= 4 else 2
    return phrase("term", lang, n=n, unit=_RU_UNITS[term.unit][form])


def weekday_name(day: dt.date, lang: str = "en") -> str:
    """The name of ``day``'s weekday in ``lang``, from the phrase table.

    >>> import datetime as dt
    >>> weekday_name(dt.date(2025, 1, 5)), weekday_name(dt.date(2025, 1, 5), "kk")
    ('Sunday', 'жексенбі')
    """
    check_language(lang)
    return _BY_LANGUAGE[lang]["weekday"].split("|")[day.weekday()]


def weekday_and_date(day: dt.date, lang: str) -> str:
    return f"{weekday_name(day, lang)} {date_text(day, lang)}"


def holiday_text(name: str, lang: str, on: dt.date | None = None) -> str:
    """A holiday's name in ``lang``; a name of the integrator's own (an overlay's, a snapshot's) as given.

    >>> holiday_text("Victory Day", "kk"), holiday_text("Founders' Day", "ru")
    ('Жеңіс күні', "Founders' Day")
    """
    try:
        return holiday_name(name, lang, day=on)
    except InvalidInputError:
        return name


def body_text(body: BodyKind, lang: str) -> str:
    """A body as the English prose names it (``service provider``), or its label."""
    return body.value.replace("_", " ") if lang == "en" else label(body, lang)
