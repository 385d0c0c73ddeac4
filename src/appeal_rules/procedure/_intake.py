"""To whom a complaint goes, what proves it was accepted, how the answer comes, the portal statuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from appeal_rules._validate import check_date, check_enum, raise_if
from appeal_rules.errors import InvalidAddresseeError, InvalidTransitionError, OutsideCoverageError, Problem
from appeal_rules.model import (
    BodyKind,
    Channel,
    PortalStatus,
    Respondent,
)
from appeal_rules.rules import COVERAGE_START, RuleVersion, rule_version

#: The bodies that review a complaint at the first level (5 working days).
FIRST_INSTANCE: frozenset[BodyKind] = frozenset(
    {BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION}
)


def rules_date(value: object, default: dt.date | None, default_path: str, problems: list[Problem]) -> dt.date | None:
    """The rules date ``value`` (checked into ``problems``), or ``default`` when it is ``None``.

    A day before the rules this library encodes is refused here, at the edge, under the name the
    caller gave it: ``rules_on``, or ``default_path`` (the argument the default came from).
    """
    day, path = (default, default_path) if value is None else (check_date(value, "rules_on", problems), "rules_on")
    if day is not None and day < COVERAGE_START:
        problems.append(Problem(path, f"{day.isoformat()} is before the rules this library encodes",
                                f"a date on or after {COVERAGE_START.isoformat()}", kind=OutsideCoverageError))
        return None
    return day


def _lodging_rules_date(rules_on: object, lodged_on: object, problems: list[Problem]) -> dt.date | None:
    """The rules date of a step of lodging: ``rules_on``, else ``lodged_on`` (checked into ``problems``).

    One of the two is needed; a bad ``lodged_on`` is reported under its own name even when
    ``rules_on`` wins.
    """
    if rules_on is None and lodged_on is None:
        problems.append(Problem("rules_on", "a date is needed to read the rules at, and none was given",
                                "a date as rules_on or as lodged_on"))
        return None
    lodged = None if lodged_on is None else check_date(lodged_on, "lodged_on", problems)
    return rules_date(rules_on, lodged, "lodged_on", problems)


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
        >>> check = check_addressee(Respondent.PROVIDER_OFFICIAL, BodyKind.MINISTRY, lodged_on=dt.date(2025, 1, 6))
        >>> check.explain("ru").split(" (")[0][-38:]
        'руководителю вышестоящего министерства'
        """
        from appeal_rules.render import addressee_reason

        return addressee_reason(self, lang)


def addressees(
    respondent: Respondent, *, lodged_on: dt.date | None = None, rules_on: dt.date | None = None
) -> tuple[BodyKind, ...]:
    """Every body whose head may receive a complaint about ``respondent``.

    About the provider or its official: the head of the provider or of the ministry over it
    (seed clause 2). About a State Corporation employee (incorrect service): the head of the State
    Corporation (seed clause 5). About the State Corporation itself: its head, or the head of the
    ministry (seed clause 1, as read in docs/concepts.md).

    The rules are read at ``rules_on`` (default: ``lodged_on``, the day the complaint is lodged);
    one of the two is needed.

    >>> import datetime as dt
    >>> addressees(Respondent.PROVIDER_OFFICIAL, lodged_on=dt.date(2025, 1, 6))
    (<BodyKind.SERVICE_PROVIDER: 'service_provider'>, <BodyKind.MINISTRY: 'ministry'>)
    >>> addressees(Respondent.STATE_CORPORATION_EMPLOYEE, lodged_on=dt.date(2025, 1, 6))
    (<BodyKind.STATE_CORPORATION: 'state_corporation'>,)
    >>> addressees(Respondent.STATE_CORPORATION, rules_on=dt.date(2025, 1, 6))
    (<BodyKind.STATE_CORPORATION: 'state_corporation'>, <BodyKind.MINISTRY: 'ministry'>)
    """
    problems: list[Problem] = []
    who = check_enum(respondent, Respondent, "respondent", problems)
    day = _lodging_rules_date(rules_on, lodged_on, problems)
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


def check_addressee(
    respondent: Respondent, addressee: BodyKind, *, lodged_on: dt.date | None = None, rules_on: dt.date | None = None
) -> AddresseeCheck:
    """Whether ``addressee`` may receive a complaint about ``respondent``, with the reason.

    The rules are read at ``rules_on`` (default: ``lodged_on``, the day the complaint is lodged);
    one of the two is needed.

    >>> import datetime as dt
    >>> day = dt.date(2025, 1, 6)
    >>> check = check_addressee(Respondent.STATE_CORPORATION_EMPLOYEE, BodyKind.MINISTRY, lodged_on=day)
    >>> check.valid, check.reason.split(":")[0]
    (False, "A complaint about a State Corporation employee's service goes to the head of the State Corporation")
    >>> check_addressee(Respondent.STATE_CORPORATION, BodyKind.MINISTRY, lodged_on=day).valid
    True
    """
    problems: list[Problem] = []
    who = check_enum(respondent, Respondent, "respondent", problems)
    to = check_enum(addressee, BodyKind, "addressee", problems)
    day = _lodging_rules_date(rules_on, lodged_on, problems)
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


def require_valid_addressee(
    respondent: Respondent, addressee: BodyKind, *, lodged_on: dt.date | None = None, rules_on: dt.date | None = None
) -> AddresseeCheck:
    """Like :func:`check_addressee`, but raise :class:`InvalidAddresseeError` when it is not valid.

    >>> import datetime as dt
    >>> require_valid_addressee(Respondent.PROVIDER_OFFICIAL, BodyKind.MINISTRY, lodged_on=dt.date(2025, 1, 6)).valid
    True
    """
    check = check_addressee(respondent, addressee, lodged_on=lodged_on, rules_on=rules_on)
    if not check.valid:
        allowed = ", ".join(b.value for b in addressees(respondent, lodged_on=lodged_on, rules_on=rules_on))
        raise InvalidAddresseeError.single("addressee", check.reason, f"one of: {allowed}")
    return check


# --- proof of acceptance and the answer ---------------------------------------------------------


def _office_channel_day(
    office: object, channel: object, lodged_on: object, rules_on: object
) -> tuple[BodyKind, Channel, dt.date]:
    """Check the arguments shared by :func:`acceptance_proof` and :func:`answer_delivery`."""
    problems: list[Problem] = []
    where = check_enum(office, BodyKind, "office", problems)
    how = check_enum(channel, Channel, "channel", problems)
    day = _lodging_rules_date(rules_on, lodged_on, problems)
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
        >>> print(acceptance_proof(BodyKind.STATE_CORPORATION, Channel.POST, lodged_on=dt.date(2025, 1, 6)).explain())
        - a stamp on the second copy of the complaint or on its covering letter
        - the incoming number
        - the date of registration
        """
        from appeal_rules.render import proof_lines

        lines = proof_lines(self, lang)
        return "\n".join([f"- {item}" for item in lines[:len(self.items)]] + lines[len(self.items):])


def acceptance_proof(
    office: BodyKind, channel: Channel, *, lodged_on: dt.date | None = None, rules_on: dt.date | None = None
) -> AcceptanceProof:
    """What proves that a complaint lodged through ``channel`` at ``office`` was accepted.

    The rules are read at ``rules_on`` (default: ``lodged_on``, the day the complaint is lodged);
    one of the two is needed.

    >>> import datetime as dt
    >>> proof = acceptance_proof(BodyKind.STATE_CORPORATION, Channel.POST, lodged_on=dt.date(2019, 2, 1))
    >>> proof.items[0]
    'a stamp on the second copy of the complaint or on its covering letter'
    """
    return proof_of_acceptance(*_office_channel_day(office, channel, lodged_on, rules_on))


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
        >>> answer_delivery(BodyKind.MINISTRY, Channel.POST, lodged_on=dt.date(2025, 1, 6)).explain()
        'by post, or collected at the office of the ministry'
        """
        from appeal_rules.render import answer_methods, phrase

        return phrase("assessment.answer_or", lang).join(answer_methods(self, lang))


def answer_delivery(
    office: BodyKind, channel: Channel, *, lodged_on: dt.date | None = None, rules_on: dt.date | None = None
) -> AnswerDelivery:
    """How the reasoned answer to a complaint reviewed at ``office`` reaches the applicant.

    The rules are read at ``rules_on`` (default: ``lodged_on``, the day the complaint was lodged
    through ``channel``, as :func:`~appeal_rules.procedure.assess` reads them); one of the two is
    needed.

    >>> import datetime as dt
    >>> answer_delivery(BodyKind.SERVICE_PROVIDER, Channel.POST, lodged_on=dt.date(2025, 1, 6)).methods
    ('by post', 'collected at the office of the service provider')
    """
    return delivery_of_answer(*_office_channel_day(office, channel, lodged_on, rules_on))


def delivery_of_answer(where: BodyKind, how: Channel, day: dt.date) -> AnswerDelivery:
    """:func:`answer_delivery` for checked arguments; nothing is checked again."""
    v = rule_version("answer_delivery", day)
    methods: tuple[str, ...] = ("by post", f"collected at the office of the {where.value.replace('_', ' ')}")
    if how is Channel.PORTAL:
        methods += ("in the personal account on the eGov portal",)
    return AnswerDelivery(methods, (v,))


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
