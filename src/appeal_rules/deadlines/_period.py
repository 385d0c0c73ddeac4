"""The terms of counting: conventions, month rounding, the provisional policy, the counted period."""

from __future__ import annotations

import datetime as dt
import enum
import warnings

import attrs

from appeal_rules.calendar import Day
from appeal_rules.errors import (
    ProvisionalResultError,
    ProvisionalResultWarning,
)
from appeal_rules.rules import COVERAGE_START, RuleVersion, Term, Unit, rule, rule_version


class Convention(enum.Enum):
    """How the days of a period are counted. Each is cited in :attr:`citation`."""

    #: Day 1 is the first working day after the day of registration (the default).
    NEXT_DAY = "next_day"
    #: The day of registration counts as day 1 if it is a working day (what-if only: no act says so).
    SAME_DAY = "same_day"
    #: Calendar days from the day after; a last day that is not a working day moves to the next one.
    CALENDAR_DAYS = "calendar_days"
    #: Months: the same date in the last month; a last day that is not a working day moves forward.
    MONTHS = "months"

    @property
    def unit(self) -> Unit:
        """The unit of the periods this convention counts."""
        if self is Convention.CALENDAR_DAYS:
            return Unit.CALENDAR_DAYS
        return Unit.MONTHS if self is Convention.MONTHS else Unit.WORKING_DAYS

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rules of the rulebook that define the convention (none for the what-if :attr:`SAME_DAY`).

        >>> Convention.MONTHS.rule_ids
        ('counting.day_one', 'counting.month_end', 'counting.roll_forward')
        """
        return CONVENTION_RULES[self._value_]

    @property
    def citation(self) -> str:
        """The acts behind the convention: the primary source of each of its rules, read from the rulebook.

        >>> Convention.NEXT_DAY.citation
        'Civil Code (General Part), art. 173'
        """
        if not self.rule_ids:
            return "no act: offered for what-if analysis only"
        return "; ".join(dict.fromkeys(v.sources[0].cite() for r in self.rule_ids for v in rule(r).versions))


# The rules of each convention, by the convention's value (looked up on every count).
CONVENTION_RULES: dict[str, tuple[str, ...]] = {
    Convention.NEXT_DAY.value: ("counting.day_one",),
    Convention.SAME_DAY.value: (),
    Convention.CALENDAR_DAYS.value: ("counting.day_one", "counting.roll_forward"),
    Convention.MONTHS.value: ("counting.day_one", "counting.month_end", "counting.roll_forward"),
}
# The rules every count applies after those of its convention.
EVERY_COUNT = ("calendar.working_days", "counting.end_of_day")


class MonthRounding(enum.Enum):
    """What to do when a month period would end on a date the month lacks (31 January + 1 month).

    Civil Code art. 174 decides it: the last day of the short month (:attr:`DOWN`, the default of
    :func:`count_period`). :attr:`UP` is offered for what-if analysis only.
    """

    #: The last day of the short month (what Civil Code art. 174 prescribes; the default).
    DOWN = "down"
    #: The first day of the following month (what-if only: no act says so).
    UP = "up"


class ProvisionalPolicy(enum.Enum):
    """What happens when a result rests on unconfirmed calendar data."""

    #: Mark the result (``provisional`` is true and ``provisional_reasons`` says why). The default.
    MARK = "mark"
    #: Mark it and emit a :class:`~appeal_rules.errors.ProvisionalResultWarning`.
    WARN = "warn"
    #: Raise :class:`~appeal_rules.errors.ProvisionalResultError`.
    RAISE = "raise"


@attrs.frozen
class Period:
    """A counted period: its start, term, convention, due date and how it got there.

    ``counted`` lists the working days counted, in order (for calendar-day and month periods, it
    is empty). ``skipped`` lists the non-working days between the start and the due date, each a
    :class:`~appeal_rules.calendar.Day` saying why. ``rolled_from`` is the nominal last day when
    it was not a working day and the period moved forward (Civil Code art. 175). ``month_end`` is
    the rounding applied when a month period would have ended on a date its last month lacks
    (Civil Code art. 174: the last day of that month), else None.
    """

    start: dt.date
    term: Term
    convention: Convention
    due: dt.date
    counted: tuple[dt.date, ...]
    skipped: tuple[Day, ...]
    rolled_from: dt.date | None
    provisional_reasons: tuple[str, ...]
    calendar_version: str
    month_end: MonthRounding | None = None

    @property
    def provisional(self) -> bool:
        """Whether the result rests on calendar data that is not confirmed."""
        return bool(self.provisional_reasons)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rules the counting applied, by id, in the order they were applied.

        Day 1 is the day after the start (``counting.day_one``, unless the what-if ``same_day``
        convention counted the start itself); a month period ends on the same date of its last
        month or that month's last day (``counting.month_end``, unless the what-if rounding ``UP``
        was asked); a last day off moves to the next working day (``counting.roll_forward``, when
        it did); the days are read on the working-day calendar (``calendar.working_days``); the
        period runs to the end of its last day (``counting.end_of_day``).
        """
        ids = self.convention.rule_ids
        if self.month_end is MonthRounding.UP:
            ids = tuple(r for r in ids if r != "counting.month_end")
        if self.rolled_from is None and "counting.roll_forward" in ids:
            ids = tuple(r for r in ids if r != "counting.roll_forward")
        return ids + EVERY_COUNT

    @property
    def basis(self) -> tuple[RuleVersion, ...]:
        """The versions of :attr:`rule_ids` in force on :attr:`start`, the day the period begins.

        Empty for a period that starts before :data:`~appeal_rules.rules.COVERAGE_START`, the
        first day whose rules the library encodes (a calendar may reach further back).

        >>> import datetime as dt
        >>> from appeal_rules import count_period
        >>> from appeal_rules.rules import Term, Unit
        >>> p = count_period(dt.date(2025, 2, 1), Term(1, Unit.MONTHS))  # 1 March 2025 is a Saturday
        >>> p.due, [v.version for v in p.basis][:3]
        (datetime.date(2025, 3, 3), ['counting.day_one@appc', 'counting.month_end@all', 'counting.roll_forward@appc'])
        """
        if self.start < COVERAGE_START:
            return ()
        return tuple(rule_version(r, self.start) for r in self.rule_ids)

    def explain(self, lang: str = "en") -> str:
        """The counting in plain English, one line per step, ending with the calendar flag.

        ``lang`` says it in Kazakh (``"kk"``) or Russian (``"ru"``) instead.

        The last line is ``Calendar: confirmed for every day looked at (<data version>).`` or
        ``Calendar: provisional because <reason>.`` (see :attr:`provisional_reasons`). The text is
        rendered by :mod:`appeal_rules.render`.

        >>> import datetime as dt
        >>> from appeal_rules import count_period
        >>> count_period(dt.date(2025, 1, 3), Term(1, Unit.WORKING_DAYS)).explain("ru").splitlines()[-2][:18]
        'Срок: 05.01.2025 ('

        """
        from appeal_rules.render import period_lines

        # The sources of the steps come from the rules the period applied, read on its first day.
        on = max(self.start, COVERAGE_START)
        citations = {step: _primary_source(rule_version(f"counting.{step}", on))
                     for step in ("month_end", "roll_forward", "end_of_day")}
        return "\n".join(period_lines(self, lang, citations))


def _primary_source(version: RuleVersion) -> str:
    """The first source of ``version``, cited: the act the rule rests on."""
    return version.sources[0].cite()


def apply_policy(policy: ProvisionalPolicy, reasons: tuple[str, ...]) -> None:
    """Warn or raise for a provisional result (non-empty ``reasons``), as ``policy`` says.

    Called once by the public function the caller called, so that a warning points at the
    caller's line (``stacklevel=3``: this function, the public function, its caller).

    >>> apply_policy(ProvisionalPolicy.RAISE, ())  # a confirmed result: nothing to do
    """
    if not reasons or policy is ProvisionalPolicy.MARK:
        return
    message = "provisional result: " + "; ".join(reasons)
    if policy is ProvisionalPolicy.RAISE:
        raise ProvisionalResultError(message)
    warnings.warn(message, ProvisionalResultWarning, stacklevel=3)
