"""What a rule is: its terms, regimes, texts in three languages, versions and the seed's clauses."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from appeal_rules._validate import check_enum, check_int, one_date, raise_if
from appeal_rules.errors import InvalidInputError, Problem
from appeal_rules.sources import Source

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
