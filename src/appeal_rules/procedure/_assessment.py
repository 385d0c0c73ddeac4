"""Every decision about one complaint."""

from __future__ import annotations

import datetime as dt

from appeal_rules._validate import check_date, check_enum, describe, raise_if
from appeal_rules.calendar import WorkingCalendar, resolve_calendar
from appeal_rules.deadlines import (
    ProvisionalPolicy,
    apply_policy,
)
from appeal_rules.errors import InvalidAddresseeError, Problem
from appeal_rules.model import (
    AppealedAct,
    Complaint,
    Extension,
    Registration,
)
from appeal_rules.procedure._escalation import options_at
from appeal_rules.procedure._intake import addressee_check, allowed_addressees, delivery_of_answer, proof_of_acceptance
from appeal_rules.procedure._results import Assessment, Stage
from appeal_rules.procedure._review import counted_review_deadline


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
                                appeal_information_given=informed, learned_path="complaint.learned_on")
    else:
        assert registration is not None
        # The review term is read at the registration date, as review_deadline reads it by default.
        deadline = counted_review_deadline(cal, registered, registration.body, registered, convention=None,
                                           extension=extension)
        stage = Stage.FIRST_INSTANCE_PENDING if today <= deadline.due else Stage.FIRST_INSTANCE_OVERDUE
        escalation = options_at(stage, today, complaint.respondent, registered, cal, registered=registered,
                                answered=None, learned=complaint.learned_on, has_superior=True, extension=extension,
                                appeal_information_given=informed, learned_path="complaint.learned_on")
    # The steps were counted without a policy; apply it once, to every reason of every step.
    apply_policy(policy, tuple(dict.fromkeys((deadline.provisional_reasons if deadline else ())
                                             + escalation.provisional_reasons)))
    return Assessment(complaint, registration, today, allowed, check, proof, answer, deadline, escalation)
