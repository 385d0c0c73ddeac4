"""The value types of the appeal procedure: bodies, who is complained about, what, how, and when.

All are immutable (``attrs`` frozen, slotted), hashable, validated at construction (every problem
reported at once), and plain enough for Hypothesis to build them (see :mod:`appeal_rules.testing`).

>>> import datetime as dt
>>> from appeal_rules import Complaint, Respondent, AppealedAct, Channel
>>> c = Complaint(Respondent.PROVIDER_OFFICIAL, AppealedAct.DECISION, Channel.POST, dt.date(2025, 3, 3))
>>> c.respondent.is_state_corporation
False
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from appeal_rules._validate import check_date, check_enum, check_int, describe, raise_if
from appeal_rules.errors import Problem

__all__ = [
    "AppealedAct",
    "Body",
    "BodyKind",
    "Channel",
    "Complaint",
    "Extension",
    "PortalStatus",
    "Registration",
    "Respondent",
]


def __dir__() -> list[str]:
    return __all__


class BodyKind(enum.Enum):
    """Kinds of body in the procedure."""

    #: The service provider (a state body or organisation that provides the public service).
    SERVICE_PROVIDER = "service_provider"
    #: The ministry or other central state body over the provider.
    MINISTRY = "ministry"
    #: The State Corporation "Government for Citizens".
    STATE_CORPORATION = "state_corporation"
    #: The authorised body for assessing and controlling the quality of public services.
    QUALITY_AUTHORITY = "quality_authority"
    #: A court (from 1 July 2021, a specialised administrative court).
    COURT = "court"


class Respondent(enum.Enum):
    """Who the complaint is about."""

    SERVICE_PROVIDER = "service_provider"
    PROVIDER_OFFICIAL = "provider_official"
    STATE_CORPORATION = "state_corporation"
    STATE_CORPORATION_EMPLOYEE = "state_corporation_employee"

    @property
    def is_state_corporation(self) -> bool:
        """Whether the complaint is about the State Corporation or one of its employees."""
        return self in (Respondent.STATE_CORPORATION, Respondent.STATE_CORPORATION_EMPLOYEE)


class AppealedAct(enum.Enum):
    """What is appealed: a decision, an action, or an inaction (failure to act)."""

    DECISION = "decision"
    ACTION = "action"
    INACTION = "inaction"


class Channel(enum.Enum):
    """How the complaint is lodged."""

    #: In writing, by post.
    POST = "post"
    #: In person, through the office of the provider, the ministry or the State Corporation.
    IN_PERSON = "in_person"
    #: Through the personal account on the eGov portal.
    PORTAL = "portal"


class PortalStatus(enum.Enum):
    """The statuses a complaint shows in the eGov personal account (seed clause 6)."""

    DELIVERED = "delivered"
    REGISTERED = "registered"
    IN_EXECUTION = "in_execution"
    ANSWERED = "answered"
    REFUSED_REVIEW = "refused_review"


def _text(value: object, path: str, problems: list[Problem], *, optional: bool = True) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str):
        problems.append(Problem(path, f"got {describe(value)}", "a string" + (" or None" if optional else ""), True))


def _local_date(value: Any) -> Any:
    """Convert an aware datetime to its date in Kazakhstan; leave anything else for validation."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None and value.utcoffset() is not None:
        problems: list[Problem] = []
        return check_date(value, "", problems) or value
    return value


def _coerce(enum_type: type[enum.Enum], value: Any) -> Any:
    """An enum member for its value (a string); anything else is left to validation to report."""
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        for member in enum_type:
            if member.value == value:
                return member
    return value


def _to_body_kind(value: Any) -> Any:
    return _coerce(BodyKind, value)


def _to_optional_body_kind(value: Any) -> Any:
    return None if value is None else _coerce(BodyKind, value)


def _to_respondent(value: Any) -> Any:
    return _coerce(Respondent, value)


def _to_appealed_act(value: Any) -> Any:
    return _coerce(AppealedAct, value)


def _to_channel(value: Any) -> Any:
    return _coerce(Channel, value)


@attrs.frozen
class Body:
    """A concrete body: its kind, name and postal address.

    The address is the one the service's standard publishes (the 2018 text points to "paragraph 14"
    of the standard; the number differs between standards), so it is data, not a constant.

    >>> Body(BodyKind.SERVICE_PROVIDER, "Akimat of Almaty", "050001, Almaty, Republic Square 4").kind.value
    'service_provider'
    """

    kind: BodyKind = attrs.field(converter=_to_body_kind)
    name: str
    postal_address: str | None = None
    has_superior: bool = True

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        check_enum(self.kind, BodyKind, "kind", problems)
        _text(self.name, "name", problems, optional=False)
        _text(self.postal_address, "postal_address", problems)
        if not isinstance(self.has_superior, bool):
            problems.append(Problem("has_superior", f"got {describe(self.has_superior)}", "True or False", True))
        raise_if(problems)


@attrs.frozen
class Complaint:
    """A complaint: who it is about, what is appealed, how and when it is lodged.

    ``addressee`` is the body whose head it is addressed to (checked by
    :func:`~appeal_rules.procedure.check_addressee`); ``office`` is where it was handed in or
    posted to; ``learned_on`` is the day the applicant learned of the act (for the lodging limit).
    ``appeal_information_given`` says whether the appealed decision told the applicant how and
    where to appeal it (APPC art. 80(5)); ``False`` gives the longer lodging limit of APPC
    art. 92(1-1) where it is in force; ``None`` (unknown) keeps the general limit.
    Dates may be aware datetimes (converted to Kazakhstan's date); naive datetimes are refused.

    >>> import datetime as dt
    >>> Complaint("state_corporation_employee", "action", "in_person", dt.date(2019, 4, 1)).respondent
    <Respondent.STATE_CORPORATION_EMPLOYEE: 'state_corporation_employee'>
    """

    respondent: Respondent = attrs.field(converter=_to_respondent)
    appealed: AppealedAct = attrs.field(converter=_to_appealed_act)
    channel: Channel = attrs.field(converter=_to_channel)
    lodged_on: dt.date = attrs.field(converter=_local_date)
    addressee: BodyKind | None = attrs.field(default=None, converter=_to_optional_body_kind)
    office: BodyKind | None = attrs.field(default=None, converter=_to_optional_body_kind)
    learned_on: dt.date | None = attrs.field(default=None, converter=_local_date)
    appeal_information_given: bool | None = None

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        check_enum(self.respondent, Respondent, "respondent", problems)
        if self.appeal_information_given is not None and not isinstance(self.appeal_information_given, bool):
            problems.append(Problem("appeal_information_given", f"got {describe(self.appeal_information_given)}",
                                    "True, False or None", True))
        check_enum(self.appealed, AppealedAct, "appealed", problems)
        check_enum(self.channel, Channel, "channel", problems)
        lodged = check_date(self.lodged_on, "lodged_on", problems)
        for name in ("addressee", "office"):
            value = getattr(self, name)
            if value is not None:
                check_enum(value, BodyKind, name, problems)
        learned = None if self.learned_on is None else check_date(self.learned_on, "learned_on", problems)
        if lodged is not None and learned is not None and learned > lodged:
            problems.append(Problem("learned_on", f"{learned.isoformat()} is after lodged_on {lodged.isoformat()}",
                                    "a date on or before lodged_on"))
        raise_if(problems)


@attrs.frozen
class Registration:
    """The registration record that proves acceptance (seed clauses 4 and 5).

    >>> import datetime as dt
    >>> r = Registration(dt.date(2025, 3, 3), BodyKind.SERVICE_PROVIDER, "No. 125", "Abenov A.", "room 12, 10:00")
    >>> r.number
    'No. 125'
    """

    registered_on: dt.date = attrs.field(converter=_local_date)
    body: BodyKind = attrs.field(default=BodyKind.SERVICE_PROVIDER, converter=_to_body_kind)
    number: str | None = None
    received_by: str | None = None
    answer_collection: str | None = None

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        check_date(self.registered_on, "registered_on", problems)
        check_enum(self.body, BodyKind, "body", problems)
        for name in ("number", "received_by", "answer_collection"):
            _text(getattr(self, name), name, problems)
        raise_if(problems)


@attrs.frozen
class Extension:
    """An extension of a review term (Law No. 88-V art. 25(4)), as the applicant was told of it.

    ``working_days`` is the extension granted (the law allows up to 10 working days; more is
    accepted here and reported by the functions that apply it, not refused); ``notified_on`` is
    the day the applicant was told; ``body`` is the kind of body that extended the term;
    ``decided_on``, if known, is the day the term was extended (the notice is due within 3 working
    days of it). See :func:`~appeal_rules.procedure.review_deadline`.

    >>> import datetime as dt
    >>> e = Extension(5, dt.date(2026, 2, 10), BodyKind.QUALITY_AUTHORITY)
    >>> e.working_days, e.body.value
    (5, 'quality_authority')
    """

    working_days: int
    notified_on: dt.date = attrs.field(converter=_local_date)
    body: BodyKind = attrs.field(converter=_to_body_kind)
    decided_on: dt.date | None = attrs.field(default=None, converter=_local_date)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        check_int(self.working_days, "working_days", problems, minimum=1, maximum=1000)
        notified = check_date(self.notified_on, "notified_on", problems)
        body = check_enum(self.body, BodyKind, "body", problems)
        if body is BodyKind.COURT:
            problems.append(Problem("body", "a court does not review complaints under this procedure",
                                    "service_provider, ministry, state_corporation or quality_authority"))
        decided = None if self.decided_on is None else check_date(self.decided_on, "decided_on", problems)
        if notified is not None and decided is not None and decided > notified:
            problems.append(Problem("decided_on", f"{decided.isoformat()} is after notified_on {notified.isoformat()}",
                                    "a date on or before notified_on"))
        raise_if(problems)
