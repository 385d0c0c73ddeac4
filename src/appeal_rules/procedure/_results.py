"""The results of the review deadline, the escalation and the assessment, and how they read."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from appeal_rules.calendar import CalendarIndex, Day
from appeal_rules.deadlines import (
    Convention,
    Period,
    count_on_index,
)
from appeal_rules.model import (
    BodyKind,
    Complaint,
    Extension,
    Registration,
)
from appeal_rules.procedure._intake import AcceptanceProof, AddresseeCheck, AnswerDelivery
from appeal_rules.rules import RuleVersion, Term

# --- the review deadline ------------------------------------------------------------------------

#: A review deadline's count: (index, start ordinal, term, convention, due, provisional reasons).
Counted = tuple[CalendarIndex, int, Term, Convention, dt.date, tuple[str, ...]]


def _count_key(count: Counted) -> tuple[object, ...]:
    """What two counts are compared by: everything but the index, and the index's data version."""
    return (*count[1:], count[0].version)



@attrs.frozen(slots=False)  # a frozen class without slots is built faster: the 3x target needs it
class ReviewDeadline:
    """The review deadline of a complaint: the period counted and the rules that set it.

    ``due`` is the last day of the review term (the reviewer has until the end of that day).
    ``basis`` names the rule versions applied, the review term first.

    ``registered_on`` is the registration day as recorded. When that day is not a working day and
    APPC art. 64(3) applies (from 1 July 2021), the complaint should have been registered on the
    next working day: ``registration_moved_to`` is that day and the term is counted from it.
    ``extension`` says how a reported extension of the term (Law No. 88-V art. 25(4)) was applied
    and what was wrong with it; ``period`` then counts the extended term.
    """

    reviewer: BodyKind
    registered_on: dt.date
    basis: tuple[RuleVersion, ...]
    registration_moved_to: dt.date | None = None
    extension: ExtensionCheck | None = None
    # The count by index positions: (index, start ordinal, term, convention, due, provisional reasons).
    # The period and its day lists are built from it on access, which the 3x target of
    # review_deadline needs (docs/performance.md). Compared by the calendar's data version, not by
    # the index object, so that equal answers from two equal calendars are equal.
    _count: Counted = attrs.field(kw_only=True, repr=False, eq=_count_key)

    @property
    def period(self) -> Period:
        """The period counted, with every working day counted and every day skipped (built on access)."""
        idx, start, term, convention = self._count[:4]
        return count_on_index(idx, start, term, convention)

    @property
    def due(self) -> dt.date:
        """The last day of the review term."""
        return self._count[4]

    @property
    def term(self) -> Term:
        """The review term counted: the rule's term, plus the days of an extension applied."""
        return self._count[2]

    @property
    def counted(self) -> tuple[dt.date, ...]:
        """The working days counted, day 1 first."""
        return self.period.counted

    @property
    def skipped(self) -> tuple[Day, ...]:
        """The non-working days skipped, each with its reason."""
        return self.period.skipped

    @property
    def provisional(self) -> bool:
        """Whether the due date rests on unconfirmed calendar data."""
        return bool(self._count[5])

    @property
    def provisional_reasons(self) -> tuple[str, ...]:
        """Why the due date is provisional (empty if it is not)."""
        return self._count[5]

    @property
    def rule_version(self) -> str:
        """The version of the review-term rule applied."""
        return self.basis[0].version

    @property
    def confirmed(self) -> bool:
        """Whether every rule applied was read in the text of its act (false where inferred).

        This is the *rules* flag; :attr:`provisional` is the *calendar* flag. They are independent.
        """
        return all(v.sources[0].confirmed for v in self.basis)  # RuleVersion.confirmed, read directly

    def explain(self, lang: str = "en") -> str:
        """The reasoning in plain English, with the source of each step.

        ``lang`` says it in Kazakh (``"kk"``) or Russian (``"ru"``) instead.
        It ends with the two flags, each on its own line: ``Calendar:`` (provisional or not) and
        ``Rules:`` (every rule version confirmed, or which are not and why). The text is rendered by
        :mod:`appeal_rules.render`.

        >>> import datetime as dt
        >>> review_deadline(dt.date(2025, 1, 6), BodyKind.MINISTRY).explain("kk").splitlines()[2][-14:]
        '5. 14.01.2025.'

        """
        from appeal_rules.render import deadline_lines

        return "\n".join(deadline_lines(self, lang))


@attrs.frozen
class ExtensionCheck:
    """How a reported extension of a review term was applied (Law No. 88-V art. 25(4)).

    ``applied_days`` is what the library added to the term: the days granted, capped at what the
    law allows, or 0 when the body may not extend this term. ``findings`` lists each way the
    extension falls short of the law, each with its rule; ``lawful`` is true when there is none.
    ``notice_due`` is the last day the applicant should have been told.
    """

    extension: Extension
    applied_days: int
    notice_due: dt.date
    findings: tuple[str, ...]
    basis: tuple[RuleVersion, ...]

    @property
    def lawful(self) -> bool:
        """Whether the extension meets art. 25(4) as far as the inputs show."""
        return not self.findings

    def explain_lines(self, lang: str = "en") -> list[str]:
        """The extension's lines of :meth:`ReviewDeadline.explain`, in ``lang``."""
        from appeal_rules.render import extension_lines

        return extension_lines(self, lang)


# --- escalation ---------------------------------------------------------------------------------


class Stage(enum.Enum):
    """Where a complaint stands."""

    #: Nothing lodged yet.
    BEFORE_FILING = "before_filing"
    #: Lodged with the provider, the ministry or the State Corporation; the review term is running.
    FIRST_INSTANCE_PENDING = "first_instance_pending"
    #: The first review term ran out with no answer.
    FIRST_INSTANCE_OVERDUE = "first_instance_overdue"
    #: Answered at the first level, and the applicant disagrees.
    FIRST_INSTANCE_ANSWERED = "first_instance_answered"
    #: Lodged with the authorised quality body; its review term is running.
    QUALITY_PENDING = "quality_pending"
    #: The quality body's review term ran out with no answer.
    QUALITY_OVERDUE = "quality_overdue"
    #: Answered by the quality body, and the applicant disagrees.
    QUALITY_ANSWERED = "quality_answered"
    #: In court.
    COURT = "court"


class OptionKind(enum.Enum):
    """What an escalation option is."""

    COMPLAIN_FIRST_INSTANCE = "complain_first_instance"
    COMPLAIN_QUALITY_AUTHORITY = "complain_quality_authority"
    GO_TO_COURT = "go_to_court"


@attrs.frozen
class Option:
    """One thing the applicant can do next, with its sources.

    It says where, the review term it brings, the time limit for doing it and, where the start is
    known, the last day (``act_by``); ``expired`` is true when that day is already past.
    """

    kind: OptionKind
    bodies: tuple[BodyKind, ...]
    label: str
    review_term: Term | None
    time_limit: Term | None
    act_by: dt.date | None
    lodge_through: BodyKind | None
    forwarding_term: Term | None
    explanation: str
    basis: tuple[RuleVersion, ...]
    expired: bool = False

    def explain(self, lang: str = "en") -> str:
        """The option in one line, in ``lang``: what, the review term, where, the last day, its sources.

        >>> import datetime as dt
        >>> court = escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2025, 3, 3)).options[0]
        >>> court.explain("kk")[:15]
        '- Сотқа жүгіну '
        """
        from appeal_rules.render import option_line

        return option_line(self, lang)


@attrs.frozen
class Escalation:
    """The options open at a stage, read under the rules in force on ``rules_on``.

    When no option is open, :attr:`options` is empty and :attr:`note` says why (for example the
    reviewer still has time until :attr:`waiting_until`).
    """

    stage: Stage
    rules_on: dt.date
    regime: str
    options: tuple[Option, ...]
    waiting_until: dt.date | None
    note: str
    basis: tuple[RuleVersion, ...]
    provisional_reasons: tuple[str, ...] = ()
    #: The data version of the calendar the dates were counted on.
    calendar_version: str = ""

    @property
    def provisional(self) -> bool:
        """Whether a date in the result rests on unconfirmed calendar data."""
        return bool(self.provisional_reasons)

    @property
    def rules_applied(self) -> tuple[RuleVersion, ...]:
        """Every rule version behind the result and its options, each once, in order."""
        seen: dict[str, RuleVersion] = {}
        for v in self.basis + tuple(v for o in self.options for v in o.basis):
            seen.setdefault(v.version, v)
        return tuple(seen.values())

    @property
    def confirmed(self) -> bool:
        """Whether every rule version behind the result and its options was read in its act's text.

        The *rules* flag, independent of :attr:`provisional` (the *calendar* flag).

        >>> import datetime as dt
        >>> escalation_options(Stage.COURT, on=dt.date(2025, 3, 3)).confirmed
        True
        """
        return all(v.confirmed for v in self.rules_applied)

    def explain(self, lang: str = "en") -> str:
        """The options in plain English, each with its sources, then the two flags.

        ``lang`` says them in Kazakh (``"kk"``) or Russian (``"ru"``) instead.

        >>> import datetime as dt
        >>> e = escalation_options(Stage.FIRST_INSTANCE_PENDING, on=dt.date(2025, 1, 8),
        ...                        registered_on=dt.date(2025, 1, 6))
        >>> print(e.explain().splitlines()[0])
        Options at the first instance pending stage (rules of the appc regime, read on 2025-01-06):
        >>> "14.01.2025" in e.explain("ru").splitlines()[1]  # the last day, as Russian writes dates
        True
        """
        from appeal_rules.render import escalation_lines

        return "\n".join(escalation_lines(self, lang))


# --- one complaint, every decision --------------------------------------------------------------


@attrs.frozen
class Assessment:
    """Every decision the procedure makes about one complaint, each with its basis.

    ``addressee_check`` is present when the complaint names an addressee; ``deadline`` when it was
    registered. ``escalation`` is for the day ``on``: before filing, pending, or overdue.
    """

    complaint: Complaint
    registration: Registration | None
    on: dt.date
    addressees: tuple[BodyKind, ...]
    addressee_check: AddresseeCheck | None
    proof: AcceptanceProof
    answer: AnswerDelivery
    deadline: ReviewDeadline | None
    escalation: Escalation

    def explain(self, lang: str = "en") -> str:
        """The whole reasoning, readable by a person, with the source of each step.

        ``lang`` says it in Kazakh (``"kk"``) or Russian (``"ru"``) instead of English.

        >>> import datetime as dt
        >>> from appeal_rules import AppealedAct, Channel, Complaint, Respondent, assess
        >>> c = Complaint(Respondent.SERVICE_PROVIDER, AppealedAct.ACTION, Channel.POST, dt.date(2025, 3, 3))
        >>> assess(c).explain("ru").splitlines()[0].split("; ")[1:]
        ['способ: в письменном виде по почте.']

        """
        from appeal_rules.render import assessment_lines

        return "\n".join(assessment_lines(self, lang))

    @property
    def provisional_reasons(self) -> tuple[str, ...]:
        """Why a date in the assessment (the deadline, the options' limits) is provisional, each once."""
        return tuple(dict.fromkeys((self.deadline.provisional_reasons if self.deadline else ())
                                   + self.escalation.provisional_reasons))

    @property
    def provisional(self) -> bool:
        """Whether a date in the assessment rests on unconfirmed calendar data (the *calendar* flag)."""
        return bool(self.provisional_reasons)

    @property
    def rules_applied(self) -> tuple[RuleVersion, ...]:
        """Every rule version behind every decision of the assessment, each once, in order."""
        versions = ((self.addressee_check.basis if self.addressee_check else ()) + self.proof.basis
                    + self.answer.basis + (self.deadline.basis if self.deadline else ())
                    + self.escalation.rules_applied)
        seen: dict[str, RuleVersion] = {}
        for v in versions:
            seen.setdefault(v.version, v)
        return tuple(seen.values())

    @property
    def confirmed(self) -> bool:
        """Whether every rule version behind the assessment was read in its act's text (the *rules* flag)."""
        return all(v.confirmed for v in self.rules_applied)
