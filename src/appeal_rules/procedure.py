"""The procedure's decisions: to whom, what proves acceptance, by when, and what comes next.

Every result names the rule versions it applied (its ``basis``): how the answer comes, the review
deadline, the options at each stage.

The rules are read at a date (``rules_on``): by default the date the rule keys on (registration for
review terms, the date of the stage for escalation). See :mod:`appeal_rules.rules`.

>>> import datetime as dt
>>> from appeal_rules import review_deadline, BodyKind
>>> d = review_deadline(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER)
>>> d.due, [v.version for v in d.basis][:1]
(datetime.date(2025, 1, 10), ['review_term.first_instance@appc'])
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

import attrs

from appeal_rules._validate import check_date, check_enum, describe, one_date, raise_if
from appeal_rules.calendar import Day, WorkingCalendar, resolve_calendar
from appeal_rules.deadlines import (
    Convention,
    MonthRounding,
    Period,
    ProvisionalPolicy,
    apply_policy,
    count_on_index,
)
from appeal_rules.errors import InvalidAddresseeError, InvalidInputError, InvalidTransitionError, Problem
from appeal_rules.model import (
    AppealedAct,
    BodyKind,
    Channel,
    Complaint,
    Extension,
    PortalStatus,
    Registration,
    Respondent,
)
from appeal_rules.rules import RuleVersion, Term, Unit, rule_version

__all__ = [
    "FIRST_INSTANCE",
    "PORTAL_TRANSITIONS",
    "AcceptanceProof",
    "AddresseeCheck",
    "AnswerDelivery",
    "Assessment",
    "Escalation",
    "ExtensionCheck",
    "Option",
    "OptionKind",
    "ReviewDeadline",
    "Stage",
    "acceptance_proof",
    "addressees",
    "answer_delivery",
    "assess",
    "check_addressee",
    "escalation_options",
    "portal_transitions",
    "quality_authority_name",
    "require_valid_addressee",
    "require_valid_transition",
    "review_deadline",
]


def __dir__() -> list[str]:
    return __all__


#: The bodies that review a complaint at the first level (5 working days).
FIRST_INSTANCE: frozenset[BodyKind] = frozenset(
    {BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION}
)


def rules_date(value: object, default: dt.date | None, problems: list[Problem]) -> dt.date | None:
    """The rules date ``value`` (checked into ``problems``), or ``default`` when it is ``None``."""
    if value is None:
        return default
    return check_date(value, "rules_on", problems)


# --- addressees ---------------------------------------------------------------------------------


@attrs.frozen
class AddresseeCheck:
    """Whether a chosen addressee may receive the complaint, and why (or why not)."""

    addressee: BodyKind
    valid: bool
    reason: str
    basis: tuple[RuleVersion, ...]

    def explain(self, lang: str = "en") -> str:
        """The reason, with its sources, in ``lang`` (``"kk"``, ``"ru"`` or ``"en"``: :attr:`reason`).

        >>> import datetime as dt
        >>> check = check_addressee(Respondent.PROVIDER_OFFICIAL, BodyKind.MINISTRY, rules_on=dt.date(2025, 1, 6))
        >>> check.explain("ru").split(" (")[0][-38:]
        'руководителю вышестоящего министерства'
        """
        from appeal_rules.render import addressee_reason

        return addressee_reason(self, lang)


def addressees(respondent: Respondent, *, rules_on: dt.date) -> tuple[BodyKind, ...]:
    """Every body whose head may receive a complaint about ``respondent``.

    About the provider or its official: the head of the provider or of the ministry over it
    (seed clause 2). About a State Corporation employee (incorrect service): the head of the State
    Corporation (seed clause 5). About the State Corporation itself: its head, or the head of the
    ministry (seed clause 1, as read in docs/concepts.md).

    >>> import datetime as dt
    >>> addressees(Respondent.PROVIDER_OFFICIAL, rules_on=dt.date(2025, 1, 6))
    (<BodyKind.SERVICE_PROVIDER: 'service_provider'>, <BodyKind.MINISTRY: 'ministry'>)
    >>> addressees(Respondent.STATE_CORPORATION_EMPLOYEE, rules_on=dt.date(2025, 1, 6))
    (<BodyKind.STATE_CORPORATION: 'state_corporation'>,)
    >>> addressees(Respondent.STATE_CORPORATION, rules_on=dt.date(2025, 1, 6))
    (<BodyKind.STATE_CORPORATION: 'state_corporation'>, <BodyKind.MINISTRY: 'ministry'>)
    """
    problems: list[Problem] = []
    who = check_enum(respondent, Respondent, "respondent", problems)
    day = check_date(rules_on, "rules_on", problems)
    raise_if(problems)
    assert who is not None and day is not None
    return allowed_addressees(who, day)


def allowed_addressees(who: Respondent, day: dt.date) -> tuple[BodyKind, ...]:
    """:func:`addressees` for checked arguments (the rules read on ``day``); nothing is checked again."""
    rule_version(_addressee_rule(who), day)  # refuses dates outside coverage
    if who is Respondent.STATE_CORPORATION:
        rule_version("addressee.state_corporation_ministry", day)
        return (BodyKind.STATE_CORPORATION, BodyKind.MINISTRY)
    if who.is_state_corporation:
        return (BodyKind.STATE_CORPORATION,)
    return (BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY)


def _addressee_rule(who: Respondent) -> str:
    return "addressee.state_corporation" if who.is_state_corporation else "addressee.provider"


def addressee_versions(who: Respondent, day: dt.date) -> tuple[RuleVersion, ...]:
    """The addressee rules for ``who``: for the State Corporation itself, also the ministry's head."""
    own = rule_version(_addressee_rule(who), day)
    if who is Respondent.STATE_CORPORATION:
        return (own, rule_version("addressee.state_corporation_ministry", day))
    return (own,)


def check_addressee(respondent: Respondent, addressee: BodyKind, *, rules_on: dt.date) -> AddresseeCheck:
    """Whether ``addressee`` may receive a complaint about ``respondent``, with the reason.

    >>> import datetime as dt
    >>> check = check_addressee(Respondent.STATE_CORPORATION_EMPLOYEE, BodyKind.MINISTRY, rules_on=dt.date(2025, 1, 6))
    >>> check.valid, check.reason.split(":")[0]
    (False, "A complaint about a State Corporation employee's service goes to the head of the State Corporation")
    >>> check_addressee(Respondent.STATE_CORPORATION, BodyKind.MINISTRY, rules_on=dt.date(2025, 1, 6)).valid
    True
    """
    problems: list[Problem] = []
    who = check_enum(respondent, Respondent, "respondent", problems)
    to = check_enum(addressee, BodyKind, "addressee", problems)
    day = check_date(rules_on, "rules_on", problems)
    raise_if(problems)
    assert who is not None and to is not None and day is not None
    return addressee_check(who, to, day)


def addressee_check(who: Respondent, to: BodyKind, day: dt.date) -> AddresseeCheck:
    """:func:`check_addressee` for checked arguments; nothing is checked again."""
    allowed = allowed_addressees(who, day)
    versions = addressee_versions(who, day)
    if who is Respondent.STATE_CORPORATION:
        head = ("A complaint about the State Corporation itself goes to the head of the State Corporation or the "
                "head of the ministry")
        if to is BodyKind.MINISTRY:  # seed clause 1 as read (docs/concepts.md)
            versions = versions[1:]
        elif to is BodyKind.STATE_CORPORATION:
            versions = versions[:1]
    elif who.is_state_corporation:
        head = "A complaint about a State Corporation employee's service goes to the head of the State Corporation"
    else:
        head = ("A complaint about the provider or its official goes to the head of the provider or the head "
                "of the ministry over it")
    cited = "; ".join(dict.fromkeys(s.cite() for v in versions for s in v.sources))
    if to in allowed:
        return AddresseeCheck(to, True, f"{head} ({cited}).", versions)
    return AddresseeCheck(to, False, f"{head}: not to the {to.value.replace('_', ' ')} ({cited}).", versions)


def require_valid_addressee(respondent: Respondent, addressee: BodyKind, *, rules_on: dt.date) -> AddresseeCheck:
    """Like :func:`check_addressee`, but raise :class:`InvalidAddresseeError` when it is not valid."""
    check = check_addressee(respondent, addressee, rules_on=rules_on)
    if not check.valid:
        allowed = ", ".join(b.value for b in addressees(respondent, rules_on=rules_on))
        raise InvalidAddresseeError.single("addressee", check.reason, f"one of: {allowed}")
    return check


# --- proof of acceptance and the answer ---------------------------------------------------------


def _office_channel_day(office: object, channel: object, rules_on: object) -> tuple[BodyKind, Channel, dt.date]:
    """Check the arguments shared by :func:`acceptance_proof` and :func:`answer_delivery`."""
    problems: list[Problem] = []
    where = check_enum(office, BodyKind, "office", problems)
    how = check_enum(channel, Channel, "channel", problems)
    day = check_date(rules_on, "rules_on", problems)
    if where is BodyKind.COURT:
        problems.append(Problem("office", "a court does not take or review complaints under this procedure",
                                "service_provider, ministry, state_corporation or quality_authority"))
    raise_if(problems)
    assert where is not None and how is not None and day is not None
    return where, how, day


@attrs.frozen
class AcceptanceProof:
    """What the applicant must be given (or can see) as proof that the complaint was accepted."""

    office: BodyKind
    channel: Channel
    items: tuple[str, ...]
    basis: tuple[RuleVersion, ...]
    note: str = ""

    def explain(self, lang: str = "en") -> str:
        """Each item on its own line (``- ``), then the note if any, in ``lang``.

        >>> import datetime as dt
        >>> print(acceptance_proof(BodyKind.STATE_CORPORATION, Channel.POST, rules_on=dt.date(2025, 1, 6)).explain())
        - a stamp on the second copy of the complaint or on its covering letter
        - the incoming number
        - the date of registration
        """
        from appeal_rules.render import proof_lines

        lines = proof_lines(self, lang)
        return "\n".join([f"- {item}" for item in lines[:len(self.items)]] + lines[len(self.items):])


def acceptance_proof(office: BodyKind, channel: Channel, *, rules_on: dt.date) -> AcceptanceProof:
    """What proves that a complaint lodged through ``channel`` at ``office`` was accepted.

    >>> import datetime as dt
    >>> proof = acceptance_proof(BodyKind.STATE_CORPORATION, Channel.POST, rules_on=dt.date(2019, 2, 1))
    >>> proof.items[0]
    'a stamp on the second copy of the complaint or on its covering letter'
    """
    return proof_of_acceptance(*_office_channel_day(office, channel, rules_on))


def proof_of_acceptance(where: BodyKind, how: Channel, day: dt.date) -> AcceptanceProof:
    """:func:`acceptance_proof` for checked arguments; nothing is checked again."""
    channels = rule_version("channels", day)
    if how is Channel.PORTAL:
        v = rule_version("proof.portal", day)
        items = tuple(f"status '{s.value.replace('_', ' ')}' in the personal account" for s in PortalStatus)
        return AcceptanceProof(where, how, items, (v, channels),
                               "The status trail is updated as the complaint is processed; answered and "
                               "refused review are final.")
    if where is BodyKind.STATE_CORPORATION:
        v = rule_version("proof.state_corporation", day)
        items = ("a stamp on the second copy of the complaint or on its covering letter",
                 "the incoming number", "the date of registration")
        return AcceptanceProof(where, how, items, (v, channels))
    v = rule_version("proof.provider_or_ministry", day)
    items = ("a registration stamp", "the incoming number and date",
             "the surname and initials of the person who accepted the complaint",
             "the time and place to collect the answer")
    if where is BodyKind.QUALITY_AUTHORITY:
        return AcceptanceProof(where, how, items, (v, channels),
                               "The standard names the proof only at the provider, the ministry and the State "
                               "Corporation; the same registration record is expected at the quality body "
                               "(inferred; see docs/known-gaps.md).")
    return AcceptanceProof(where, how, items, (v, channels))


@attrs.frozen
class AnswerDelivery:
    """How the reasoned answer reaches the applicant."""

    methods: tuple[str, ...]
    basis: tuple[RuleVersion, ...]

    def explain(self, lang: str = "en") -> str:
        """The ways the answer comes, in ``lang``, joined as the assessment says them.

        >>> import datetime as dt
        >>> answer_delivery(BodyKind.MINISTRY, Channel.POST, rules_on=dt.date(2025, 1, 6)).explain()
        'by post, or collected at the office of the ministry'
        """
        from appeal_rules.render import answer_methods, phrase

        return phrase("assessment.answer_or", lang).join(answer_methods(self, lang))


def answer_delivery(office: BodyKind, channel: Channel, *, rules_on: dt.date) -> AnswerDelivery:
    """How the reasoned answer to a complaint reviewed at ``office`` reaches the applicant.

    >>> import datetime as dt
    >>> answer_delivery(BodyKind.SERVICE_PROVIDER, Channel.POST, rules_on=dt.date(2025, 1, 6)).methods
    ('by post', 'collected at the office of the service provider')
    """
    return delivery_of_answer(*_office_channel_day(office, channel, rules_on))


def delivery_of_answer(where: BodyKind, how: Channel, day: dt.date) -> AnswerDelivery:
    """:func:`answer_delivery` for checked arguments; nothing is checked again."""
    v = rule_version("answer_delivery", day)
    methods: tuple[str, ...] = ("by post", f"collected at the office of the {where.value.replace('_', ' ')}")
    if how is Channel.PORTAL:
        methods += ("in the personal account on the eGov portal",)
    return AnswerDelivery(methods, (v,))


# --- the review deadline ------------------------------------------------------------------------


@attrs.frozen
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
    period: Period
    basis: tuple[RuleVersion, ...]
    registration_moved_to: dt.date | None = None
    extension: ExtensionCheck | None = None

    @property
    def due(self) -> dt.date:
        """The last day of the review term."""
        return self.period.due

    @property
    def term(self) -> Term:
        """The review term counted: the rule's term, plus the days of an extension applied."""
        return self.period.term

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
        return self.period.provisional

    @property
    def provisional_reasons(self) -> tuple[str, ...]:
        """Why the due date is provisional (empty if it is not)."""
        return self.period.provisional_reasons

    @property
    def rule_version(self) -> str:
        """The version of the review-term rule applied."""
        return self.basis[0].version

    @property
    def confirmed(self) -> bool:
        """Whether every rule applied was read in the text of its act (false where inferred).

        This is the *rules* flag; :attr:`provisional` is the *calendar* flag. They are independent.
        """
        return all(v.confirmed for v in self.basis)

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

def _check_extension(
    extension: Extension, reviewer: BodyKind, original_due: dt.date, day: dt.date, cal: WorkingCalendar
) -> ExtensionCheck:
    """Apply ``extension`` to a term that ran until ``original_due``, under the rules of ``day``."""
    granted = rule_version("review_term.extension", day)
    notice = rule_version("review_term.extension_notice", day)
    assert granted.term is not None and notice.term is not None
    most = granted.term.length
    findings: list[str] = []
    applied = min(extension.working_days, most)
    who = extension.body.value.replace("_", " ")
    if (extension.body is BodyKind.QUALITY_AUTHORITY) != (reviewer is BodyKind.QUALITY_AUTHORITY):
        findings.append(f"the {who} is not the body reviewing this complaint (the "
                        f"{reviewer.value.replace('_', ' ')}): the term is not extended ({granted.cite()}).")
        applied = 0
    elif extension.body is BodyKind.STATE_CORPORATION:
        findings.append(f"the State Corporation is not among the bodies that may extend a review term (the quality "
                        f"body, central state bodies, local executive bodies and akims): the term is not extended "
                        f"({granted.cite()}).")
        applied = 0
    elif extension.working_days > most:
        findings.append(f"{extension.working_days} working days granted, but the term may be extended by at most "
                        f"{most}: {most} are counted ({granted.cite()}).")
    decided = extension.decided_on
    if decided is not None and decided > original_due:
        findings.append(f"the extension was decided on {decided.isoformat()}, after the term had run out on "
                        f"{original_due.isoformat()}: a term that has run out is not extended (an inference: the "
                        f"text speaks of extending a running term) ({granted.cite()}).")
        applied = 0
    # Without the decision date, the latest day the term could still be extended is its last day.
    notice_due = cal.add_working_days(decided if decided is not None else original_due, notice.term.length)
    if extension.notified_on > notice_due:
        since = (f"the extension on {decided.isoformat()}" if decided is not None
                 else f"the end of the unextended term on {original_due.isoformat()}, the latest day it could be "
                      "extended")
        findings.append(f"the applicant was told on {extension.notified_on.isoformat()}, later than "
                        f"{notice.term.describe()} after {since} ({notice_due.isoformat()}); the extension is still "
                        f"counted, as the text does not say a late notice undoes it ({notice.cite()}).")
    # A service provider may extend only if it is a central state body, a local executive body or an
    # akim; the inputs do not say which it is, so its extension is counted on the caller's word.
    return ExtensionCheck(extension, applied, notice_due, tuple(findings), (granted, notice))


def review_deadline(
    registered_on: dt.date,
    reviewer: BodyKind,
    *,
    lodged_on: dt.date | None = None,
    rules_on: dt.date | None = None,
    convention: Convention | None = None,
    calendar: WorkingCalendar | None = None,
    on_provisional: ProvisionalPolicy = ProvisionalPolicy.MARK,
    extension: Extension | None = None,
) -> ReviewDeadline:
    """The last day a ``reviewer`` has to review a complaint registered on ``registered_on``.

    5 working days at the provider, the ministry or the State Corporation; 15 at the authorised
    quality body (Law No. 88-V art. 25; seed clauses 7 and 9). Day 1 is the first working day after
    the day of registration (Civil Code art. 173; from 1 July 2021 also APPC art. 76(2)) unless
    another ``convention`` is chosen. The rules are read at ``rules_on`` (default: the registration
    date). ``lodged_on``, if given, must not be after the registration.

    A registration recorded on a non-working day is counted, from 1 July 2021, from the next
    working day, the day APPC art. 64(3) says the complaint is registered
    (:attr:`ReviewDeadline.registration_moved_to`). An ``extension`` the applicant was told of
    lengthens the term as Law No. 88-V art. 25(4) allows; what it does wrong (too long, by a body
    that may not extend, told late) is reported in :attr:`ReviewDeadline.extension`.

    >>> import datetime as dt
    >>> d = review_deadline(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER)
    >>> d.due, [day.date.isoformat() for day in d.skipped][:3]
    (datetime.date(2025, 1, 10), ['2025-01-01', '2025-01-02', '2025-01-03'])
    >>> review_deadline(dt.date(2026, 12, 18), BodyKind.QUALITY_AUTHORITY).provisional
    True
    >>> saturday = review_deadline(dt.date(2025, 1, 4), BodyKind.SERVICE_PROVIDER)
    >>> saturday.registration_moved_to, saturday.due
    (datetime.date(2025, 1, 5), datetime.date(2025, 1, 13))
    """
    problems: list[Problem] = []
    registered = check_date(registered_on, "registered_on", problems)
    who = check_enum(reviewer, BodyKind, "reviewer", problems)
    lodged = None if lodged_on is None else check_date(lodged_on, "lodged_on", problems)
    day = rules_date(rules_on, registered, problems)
    conv = None if convention is None else check_enum(convention, Convention, "convention", problems)
    policy = check_enum(on_provisional, ProvisionalPolicy, "on_provisional", problems)
    if who is BodyKind.COURT:
        problems.append(Problem("reviewer", "a court's time limits are not review terms under this procedure",
                                "service_provider, ministry, state_corporation or quality_authority"))
    if registered is not None and lodged is not None and registered < lodged:
        problems.append(Problem("registered_on",
                                f"{registered.isoformat()} is before lodged_on {lodged.isoformat()}",
                                "a registration date on or after the day the complaint was lodged"))
    if extension is not None and not isinstance(extension, Extension):
        problems.append(Problem("extension", f"got {describe(extension)}", "an Extension or None", True))
    cal = resolve_calendar(calendar, problems)
    raise_if(problems)
    assert registered is not None and who is not None and day is not None and policy is not None
    result = counted_review_deadline(cal, registered, who, day, convention=conv, extension=extension)
    apply_policy(policy, result.provisional_reasons)
    return result


def counted_review_deadline(
    cal: WorkingCalendar, registered: dt.date, who: BodyKind, day: dt.date, *, convention: Convention | None,
    extension: Extension | None,
) -> ReviewDeadline:
    """:func:`review_deadline` for checked arguments (rules read on ``day``), no provisional policy applied.

    Only the registration date is checked against the calendar's range; nothing else is checked again.
    """
    rule_id = "review_term.quality_authority" if who is BodyKind.QUALITY_AUTHORITY else "review_term.first_instance"
    term_rule = rule_version(rule_id, day)
    assert term_rule.term is not None
    # APPC art. 64(3): a complaint arriving on a non-working day is registered on the next working day.
    registration = rule_version("registration.next_working_day", day)
    idx = cal.index()
    o = idx.ordinal(registered, "registered_on")
    start, moved = o, None
    # (On the calendar's last day, with no working day after it, the term runs past the calendar.)
    if registration.regime == "appc" and not idx.is_working(o) and idx.nth_position(o, 1) < len(idx.working_ords):
        start = idx.working_ords[idx.nth_position(o, 1)]
        moved = dt.date.fromordinal(start)
    if convention is not None and convention.unit is not Unit.WORKING_DAYS:
        raise InvalidInputError.single(
            "convention", f"{convention.value} counts {convention.unit.value}, but the term is in working_days",
            "a convention for working_days",
        )
    conv = convention or Convention.NEXT_DAY
    period = count_on_index(idx, start, term_rule.term, conv)
    check = None
    if extension is not None:
        check = _check_extension(extension, who, period.due, day, cal)
        longer = Term(term_rule.term.length + check.applied_days, term_rule.term.unit)
        period = count_on_index(idx, start, longer, conv)
    # The term, then the counting rules the period applied (read, like every rule here, at ``day``).
    basis = (term_rule, *[rule_version(r, day) for r in period.rule_ids])
    if moved is not None:
        basis += (registration,)
    if check is not None:
        basis += check.basis
    return ReviewDeadline(who, registered, period, basis, moved, check)


# --- the portal's status lifecycle --------------------------------------------------------------

#: The status changes the portal allows (seed clause 6): delivered, registered, in execution,
#: then answered or refused review, which are final.
PORTAL_TRANSITIONS: Mapping[PortalStatus, frozenset[PortalStatus]] = {
    PortalStatus.DELIVERED: frozenset({PortalStatus.REGISTERED}),
    PortalStatus.REGISTERED: frozenset({PortalStatus.IN_EXECUTION}),
    PortalStatus.IN_EXECUTION: frozenset({PortalStatus.ANSWERED, PortalStatus.REFUSED_REVIEW}),
    PortalStatus.ANSWERED: frozenset(),
    PortalStatus.REFUSED_REVIEW: frozenset(),
}


def portal_transitions(status: PortalStatus) -> frozenset[PortalStatus]:
    """The statuses a complaint can move to from ``status`` (empty when ``status`` is final).

    >>> sorted(s.value for s in portal_transitions(PortalStatus.IN_EXECUTION))
    ['answered', 'refused_review']
    """
    problems: list[Problem] = []
    current = check_enum(status, PortalStatus, "status", problems)
    raise_if(problems)
    assert current is not None
    return PORTAL_TRANSITIONS[current]


def require_valid_transition(current: PortalStatus, new: PortalStatus) -> PortalStatus:
    """Return ``new`` if the portal may move from ``current`` to it.

    An impossible change raises :class:`InvalidTransitionError`, naming the statuses allowed.

    >>> require_valid_transition(PortalStatus.DELIVERED, PortalStatus.REGISTERED).value
    'registered'
    """
    problems: list[Problem] = []
    a = check_enum(current, PortalStatus, "current", problems)
    b = check_enum(new, PortalStatus, "new", problems)
    raise_if(problems)
    assert a is not None and b is not None
    allowed = PORTAL_TRANSITIONS[a]
    if b not in allowed:
        accepted = (f"one of: {', '.join(sorted(s.value for s in allowed))}" if allowed
                    else f"no further status: {a.value} is final")
        raise InvalidTransitionError.single("new", f"the portal does not move from {a.value} to {b.value}", accepted)
    return b


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

def quality_authority_name(on: dt.date) -> str:
    """The name of the authorised quality body in force on ``on``.

    >>> import datetime as dt
    >>> quality_authority_name(dt.date(2019, 7, 21))
    'Agency of the Republic of Kazakhstan for Civil Service Affairs and Anti-Corruption'
    >>> quality_authority_name(dt.date(2019, 7, 22))
    'Agency of the Republic of Kazakhstan for Civil Service Affairs'
    """
    return rule_version("quality_authority.name", one_date(on, "on")).explanation


#: The stages at which a review term runs, each with the body reviewing (the provider stands for the
#: first instance).
PENDING_STAGES = {Stage.FIRST_INSTANCE_PENDING: BodyKind.SERVICE_PROVIDER,
                  Stage.QUALITY_PENDING: BodyKind.QUALITY_AUTHORITY}
#: The stages at which that review term has run out, each with the body that was reviewing.
OVERDUE_STAGES = {Stage.FIRST_INSTANCE_OVERDUE: BodyKind.SERVICE_PROVIDER,
                  Stage.QUALITY_OVERDUE: BodyKind.QUALITY_AUTHORITY}
#: The stages at which the applicant has an answer.
ANSWERED_STAGES = (Stage.FIRST_INSTANCE_ANSWERED, Stage.QUALITY_ANSWERED)


def escalation_options(
    stage: Stage,
    *,
    on: dt.date,
    respondent: Respondent = Respondent.SERVICE_PROVIDER,
    registered_on: dt.date | None = None,
    answered_on: dt.date | None = None,
    learned_on: dt.date | None = None,
    has_superior: bool = True,
    rules_on: dt.date | None = None,
    calendar: WorkingCalendar | None = None,
    on_provisional: ProvisionalPolicy = ProvisionalPolicy.MARK,
    extension: Extension | None = None,
    appeal_information_given: bool | None = None,
) -> Escalation:
    """The options open to the applicant at ``stage`` on the day ``on``.

    ``registered_on`` is needed at the pending and overdue stages (the review deadline is counted
    from it); ``answered_on`` (the day the answer was received) at the answered stages, to give the
    last day for going to court; ``learned_on`` (the day the applicant learned of the act) before
    filing, to give the last day for lodging. The rules are read at ``rules_on`` (default: the
    registration date where given, else ``on``).

    ``extension``, at a pending or overdue stage, is an extension of the running review term the
    applicant was told of (Law No. 88-V art. 25(4)): the term, and so the day from which a missed
    term counts as a refusal and the court month runs, follow the extended term; what is wrong with
    the extension is said in :attr:`Escalation.note`. ``appeal_information_given=False`` says the
    appealed decision did not tell the applicant how and where to appeal it: where APPC
    art. 92(1-1) is in force, the lodging limit is 6 months instead of 3.

    ``on_provisional`` is applied once, to the provisional reasons of every date the result holds
    (the review deadline and the limits): ``warn`` emits one warning naming them all, ``raise``
    raises with all of them.

    >>> import datetime as dt
    >>> e = escalation_options(Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2025, 2, 3), learned_on=dt.date(2025, 1, 10),
    ...                        registered_on=dt.date(2025, 1, 13), answered_on=dt.date(2025, 1, 20))
    >>> [(o.kind.value, o.act_by) for o in e.options]
    [('complain_quality_authority', datetime.date(2025, 4, 10)), ('go_to_court', datetime.date(2025, 2, 20))]
    """
    problems: list[Problem] = []
    st = check_enum(stage, Stage, "stage", problems)
    today = check_date(on, "on", problems)
    who = check_enum(respondent, Respondent, "respondent", problems)
    policy = check_enum(on_provisional, ProvisionalPolicy, "on_provisional", problems)
    registered = None if registered_on is None else check_date(registered_on, "registered_on", problems)
    answered = None if answered_on is None else check_date(answered_on, "answered_on", problems)
    learned = None if learned_on is None else check_date(learned_on, "learned_on", problems)
    if not isinstance(has_superior, bool):
        problems.append(Problem("has_superior", f"got {describe(has_superior)}", "True or False", True))
    if appeal_information_given is not None and not isinstance(appeal_information_given, bool):
        problems.append(Problem("appeal_information_given", f"got {describe(appeal_information_given)}",
                                "True, False or None", True))
    if extension is not None and not isinstance(extension, Extension):
        problems.append(Problem("extension", f"got {describe(extension)}", "an Extension or None", True))
    elif extension is not None and st is not None and st not in PENDING_STAGES and st not in OVERDUE_STAGES:
        problems.append(Problem("extension", f"an extension at stage {st.value}, where no review term is running",
                                "an extension only at a pending or overdue stage"))
    rules_day = rules_date(rules_on, registered or today, problems)
    if (st in PENDING_STAGES or st in OVERDUE_STAGES) and registered_on is None:
        problems.append(Problem("registered_on", f"missing at stage {st.value if st else stage}",
                                "the date the complaint was registered"))
    for name, value in (("registered_on", registered), ("answered_on", answered), ("learned_on", learned)):
        if value is not None and today is not None and value > today:
            problems.append(Problem(name, f"{value.isoformat()} is after on {today.isoformat()}",
                                    "a date on or before on"))
    if registered is not None and answered is not None and answered < registered:
        problems.append(Problem("answered_on", f"{answered.isoformat()} is before registered_on "
                                f"{registered.isoformat()}", "a date on or after registered_on"))
    cal = resolve_calendar(calendar, problems)
    raise_if(problems)
    assert st is not None and today is not None and who is not None and rules_day is not None and policy is not None
    result = options_at(st, today, who, rules_day, cal, registered=registered, answered=answered, learned=learned,
                        has_superior=has_superior, extension=extension,
                        appeal_information_given=appeal_information_given)
    apply_policy(policy, result.provisional_reasons)
    return result


def options_at(
    st: Stage,
    today: dt.date,
    who: Respondent,
    rules_day: dt.date,
    cal: WorkingCalendar,
    *,
    registered: dt.date | None,
    answered: dt.date | None,
    learned: dt.date | None,
    has_superior: bool,
    extension: Extension | None,
    appeal_information_given: bool | None,
) -> Escalation:
    """:func:`escalation_options` for checked arguments, no provisional policy applied.

    Every date counted here is marked, not warned about: the caller applies its policy once, to
    the :attr:`Escalation.provisional_reasons` of the result.
    """
    regime = rule_version("forwarding", rules_day).regime
    basis: list[RuleVersion] = [rule_version("scope", rules_day)]
    reasons: list[str] = []

    # Every date below is counted with the policy MARK and their reasons are collected: the policy
    # is applied once, to all of them, so that WARN warns once per call and RAISE names every reason.
    def deadline(reviewer: BodyKind) -> ReviewDeadline:
        assert registered is not None
        d = counted_review_deadline(cal, registered, reviewer, rules_day, convention=None, extension=extension)
        reasons.extend(r for r in d.provisional_reasons if r not in reasons)
        return d

    def lodging(base: RuleVersion) -> tuple[Term | None, tuple[RuleVersion, ...], str]:
        """The lodging limit: APPC art. 92(1-1)'s longer one when the act gave no appeal information."""
        longer = rule_version("lodging_limit.no_appeal_information", rules_day)
        if appeal_information_given is False and longer.term is not None:
            return longer.term, (base, longer), longer.explanation
        return base.term, (base,), base.explanation

    def months_after(start: dt.date, term: Term) -> dt.date:
        idx = cal.index()
        p = count_on_index(idx, idx.ordinal(start, "start"), term, None, MonthRounding.DOWN)
        reasons.extend(r for r in p.provisional_reasons if r not in reasons)
        return p.due

    if st is Stage.COURT:
        return Escalation(st, rules_day, regime, (), None,
                          "The court is the last stage this library covers; appeals within the court system "
                          "are out of scope.", (rule_version("court", rules_day),), (), cal.version)

    if st in PENDING_STAGES:
        d = deadline(PENDING_STAGES[st])
        if today > d.due:
            raise InvalidInputError.single(
                "stage", f"the review term ended on {d.due.isoformat()}, before on {today.isoformat()}",
                f"stage {'first_instance_overdue' if st is Stage.FIRST_INSTANCE_PENDING else 'quality_overdue'} "
                "or an answered stage",
            )
        return Escalation(st, rules_day, regime, (), d.due,
                          f"No escalation is open yet: the reviewer has until the end of {d.due.isoformat()} "
                          f"({d.basis[0].cite()}).{_extension_note(d)}", tuple(basis) + d.basis, tuple(reasons),
                          cal.version)

    options: list[Option] = []
    first_level = st is Stage.BEFORE_FILING
    after_first = st in (Stage.FIRST_INSTANCE_OVERDUE, Stage.FIRST_INSTANCE_ANSWERED)
    decided_on: dt.date | None = answered  # the start of the court limit
    if st in OVERDUE_STAGES:
        d = deadline(OVERDUE_STAGES[st])
        if today <= d.due:
            raise InvalidInputError.single(
                "stage", f"the review term runs until {d.due.isoformat()}, on or after on {today.isoformat()}",
                "a pending stage until the term has run out",
            )
        missed = rule_version("missed_term", rules_day)
        basis.append(missed)
        # The term that ran out, the rules it was counted by and any extension applied to it.
        basis.extend(d.basis)
        decided_on = d.due
    if st in ANSWERED_STAGES and answered is None:
        decided_on = None

    if first_level:
        addr = addressee_versions(who, rules_day)
        limit_term, limits, limit_text = lodging(rule_version("lodging_limit", rules_day))
        term = rule_version("review_term.first_instance", rules_day)
        act_by = months_after(learned, limit_term) if learned is not None and limit_term is not None else None
        bodies = allowed_addressees(who, rules_day)
        if not has_superior:  # no ministry or other superior body over the provider
            bodies = tuple(b for b in bodies if b is not BodyKind.MINISTRY)
            addr = addr[:1]
        options.append(Option(
            OptionKind.COMPLAIN_FIRST_INSTANCE, bodies,
            "Complain to the head of the " + " or the head of the ".join(b.value.replace("_", " ") for b in bodies),
            term.term, limit_term, act_by, None, None,
            " ".join(v.explanation for v in addr) + f" {term.explanation} {limit_text}",
            (*addr, term, *limits, rule_version("channels", rules_day),
             *(_month_counting(rules_day) if act_by is not None else ())),
        ))
        if not has_superior:  # APPC art. 91(6); before 1 July 2021 Law No. 221-III art. 12
            options.append(_court_option(rules_day, learned, months_after,
                                         rule_version("no_superior", rules_day), "the day you received the act"))
    if after_first:
        qa = rule_version("quality_authority", rules_day)
        term = rule_version("review_term.quality_authority", rules_day)
        forwarding = rule_version("forwarding", rules_day)
        # The body's name is a fact of the day the applicant turns to it, not of the rules' date.
        name = rule_version("quality_authority.name", today).explanation
        # APPC art. 91(4): lodged through the body whose act is appealed.
        appealed_body = BodyKind.STATE_CORPORATION if who.is_state_corporation else BodyKind.SERVICE_PROVIDER
        through = appealed_body if regime == "appc" else None
        # APPC art. 92 counts the lodging limit from the day the applicant learned of the act.
        limit_term, limits, _ = lodging(rule_version("lodging_limit", rules_day))
        act_by = months_after(learned, limit_term) if learned is not None and limit_term is not None else None
        options.append(Option(
            OptionKind.COMPLAIN_QUALITY_AUTHORITY, (BodyKind.QUALITY_AUTHORITY,), f"Complain to the {name}",
            term.term, limit_term, act_by, through, forwarding.term,
            f"{qa.explanation} {term.explanation} {forwarding.explanation}",
            (qa, term, forwarding, *limits, rule_version("quality_authority.name", today),
             *(_month_counting(rules_day) if act_by is not None else ())),
        ))
    if after_first or st in (Stage.QUALITY_OVERDUE, Stage.QUALITY_ANSWERED):
        start_text = ("the day the review term ran out" if st in OVERDUE_STAGES else "the day you received the answer")
        options.append(_court_option(rules_day, decided_on, months_after, None, start_text))
    # Every stage that gets here has an option: the first-level complaint before filing, the quality
    # body after the first instance, the court after the quality body.
    options = [attrs.evolve(o, expired=o.act_by is not None and o.act_by < today) for o in options]
    note = _extension_note(d).strip() if st in OVERDUE_STAGES else ""
    return Escalation(st, rules_day, regime, tuple(options), None, note, tuple(basis), tuple(reasons), cal.version)


def _extension_note(d: ReviewDeadline) -> str:
    """What an escalation says about the extension of the term it waited for (empty without one)."""
    if d.extension is None:
        return ""
    lines = d.extension.explain_lines()
    return " " + " ".join(lines)


def _month_counting(rules_day: dt.date) -> tuple[RuleVersion, ...]:
    """The rules a period of months is counted by (day one, month end, roll forward), read at ``rules_day``."""
    return tuple(rule_version(r, rules_day) for r in Convention.MONTHS.rule_ids)


def _court_option(
    rules_day: dt.date,
    start: dt.date | None,
    months_after: object,
    extra: RuleVersion | None,
    start_text: str,
) -> Option:
    court = rule_version("court", rules_day)
    basis = (court,) + ((extra,) if extra is not None else ())
    act_by = None
    if court.term is not None and start is not None:
        assert callable(months_after)
        act_by = months_after(start, court.term)
    explanation = court.explanation
    if court.term is not None:
        counting = _month_counting(rules_day)
        explanation += f" The month is counted from {start_text} ({'; '.join(v.cite() for v in counting)})."
        basis += counting
    return Option(OptionKind.GO_TO_COURT, (BodyKind.COURT,), "Go to court", None, court.term, act_by,
                  None, None, explanation, basis)


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


def assess(
    complaint: Complaint,
    *,
    registration: Registration | None = None,
    on: dt.date | None = None,
    calendar: WorkingCalendar | None = None,
    on_provisional: ProvisionalPolicy = ProvisionalPolicy.MARK,
    extension: Extension | None = None,
) -> Assessment:
    """Every decision about ``complaint``: addressee, proof of acceptance, answer, deadline, options.

    ``on`` is the day the question is asked (default: the registration date, else the lodging
    date); it decides the stage (before filing, pending, overdue). Rules are read at the lodging
    date, the review term at the registration date. A registration before the lodging date, or at
    a body that may not receive the complaint, is refused.

    ``on_provisional`` is applied once, to the provisional reasons of the deadline and of the
    options together (one warning under ``warn``). ``extension`` is an extension of the review
    term the applicant was told of (see :func:`review_deadline`); it needs a ``registration``.
    The complaint's ``appeal_information_given`` sets the lodging limit of a complaint about a
    decision (APPC art. 92(1-1)).

    >>> import datetime as dt
    >>> from appeal_rules import Complaint, Registration, Respondent, AppealedAct, Channel, BodyKind
    >>> c = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.IN_PERSON,
    ...               dt.date(2024, 12, 31), addressee=BodyKind.SERVICE_PROVIDER)
    >>> a = assess(c, registration=Registration(dt.date(2024, 12, 31)), on=dt.date(2025, 1, 6))
    >>> a.deadline.due, a.escalation.stage.value, a.escalation.waiting_until
    (datetime.date(2025, 1, 10), 'first_instance_pending', datetime.date(2025, 1, 10))
    """
    problems: list[Problem] = []
    if not isinstance(complaint, Complaint):
        problems.append(Problem("complaint", f"got {describe(complaint)}", "a Complaint", True))
    if registration is not None and not isinstance(registration, Registration):
        problems.append(Problem("registration", f"got {describe(registration)}", "a Registration or None", True))
    if extension is not None and not isinstance(extension, Extension):
        problems.append(Problem("extension", f"got {describe(extension)}", "an Extension or None", True))
    elif extension is not None and registration is None:
        problems.append(Problem("extension", "an extension of a complaint that has not been registered",
                                "an extension together with a registration"))
    day = None if on is None else check_date(on, "on", problems)
    cal = resolve_calendar(calendar, problems)
    policy = check_enum(on_provisional, ProvisionalPolicy, "on_provisional", problems)
    raise_if(problems)
    assert isinstance(complaint, Complaint) and policy is not None
    lodged = complaint.lodged_on
    if registration is not None:
        if registration.registered_on < lodged:
            problems.append(Problem("registration.registered_on",
                                    f"{registration.registered_on.isoformat()} is before the complaint was lodged "
                                    f"({lodged.isoformat()})", "a date on or after complaint.lodged_on"))
        allowed = allowed_addressees(complaint.respondent, lodged)
        if registration.body not in allowed:
            problems.append(Problem("registration.body", f"{registration.body.value} may not receive this complaint",
                                    "one of: " + ", ".join(b.value for b in allowed), kind=InvalidAddresseeError))
    registered = registration.registered_on if registration is not None else None
    today = day if day is not None else (registered or lodged)
    if today < (registered or lodged):
        problems.append(Problem("on", f"{today.isoformat()} is before the complaint was "
                                f"{'registered' if registered else 'lodged'}", "a date on or after that day"))
    raise_if(problems)
    # Everything is checked: the complaint by its type, the rest above. The steps below trust it.
    allowed = allowed_addressees(complaint.respondent, lodged)
    check = None if complaint.addressee is None else addressee_check(complaint.respondent, complaint.addressee, lodged)
    # Where the complaint was handed in or sent: as stated, else where it was registered, else the
    # chosen addressee if it may receive it, else the first body that may.
    valid_addressee = complaint.addressee if check is not None and check.valid else None
    office = (complaint.office or (registration.body if registration is not None else None)
              or valid_addressee or allowed[0])
    proof = proof_of_acceptance(office, complaint.channel, lodged)
    answer = delivery_of_answer(office, complaint.channel, lodged)
    # APPC art. 92(1-1) is about an administrative act: a decision, not an action or inaction.
    informed = complaint.appeal_information_given if complaint.appealed is AppealedAct.DECISION else None
    # The learning date is on or before the lodging date (Complaint checks it), so before ``today``.
    deadline = None
    if registered is None:
        escalation = options_at(Stage.BEFORE_FILING, today, complaint.respondent, lodged, cal, registered=None,
                                answered=None, learned=complaint.learned_on, has_superior=True, extension=None,
                                appeal_information_given=informed)
    else:
        assert registration is not None
        # The review term is read at the registration date, as review_deadline reads it by default.
        deadline = counted_review_deadline(cal, registered, registration.body, registered, convention=None,
                                           extension=extension)
        stage = Stage.FIRST_INSTANCE_PENDING if today <= deadline.due else Stage.FIRST_INSTANCE_OVERDUE
        escalation = options_at(stage, today, complaint.respondent, registered, cal, registered=registered,
                                answered=None, learned=complaint.learned_on, has_superior=True, extension=extension,
                                appeal_information_given=informed)
    # The steps were counted without a policy; apply it once, to every reason of every step.
    apply_policy(policy, tuple(dict.fromkeys((deadline.provisional_reasons if deadline else ())
                                             + escalation.provisional_reasons)))
    return Assessment(complaint, registration, today, allowed, check, proof, answer, deadline, escalation)
