"""What the procedure's steps refuse, and how they say so.

Addressees, acceptance proofs, answer delivery, review deadlines, escalation, the portal's statuses
and ``assess`` check their arguments once: a wrong type, a date outside the calendar or the rules,
no date to read the rules at, a stage whose dates contradict it (an answer before the registration,
a pending complaint after its term ran out), an extension of a term that is not running or of a
complaint not registered (Law No. 88-V art. 25(4)), an addressee the service standard does not allow
(clauses 2, 5; Law No. 88-V art. 25), a portal status the standard does not let follow the current
one (clause 6). Each bad input is refused with every problem: the error's class and, for each
problem, its path and what is accepted. The words of the messages are in
``tests/snapshots/error_texts.txt``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import InvalidInputError
from appeal_rules.errors import (
    CalendarRangeError,
    InputTypeError,
    InvalidAddresseeError,
    InvalidTransitionError,
    OutsideCoverageError,
)
from appeal_rules.procedure import require_valid_addressee
from refusals import Refusal, ar, refused

#: case -> the bad input and the refusal it must get.
PROCEDURE_REFUSALS: dict[str, Refusal] = {
    'procedure.addressees_types': Refusal(
        lambda: ar.addressees("me", rules_on="2025-01-06"),
        InvalidInputError, [
            ('respondent',
             'one of: service_provider, provider_official, state_corporation, state_corporation_employee'),
            ('rules_on', 'a datetime.date'),
        ],
    ),
    'procedure.addressees_without_a_rules_date': Refusal(
        lambda: ar.addressees(ar.Respondent.SERVICE_PROVIDER),
        InvalidInputError, [('rules_on', 'a date as rules_on or as lodged_on')],
    ),
    'procedure.answer_lodged_on_type_with_rules_on': Refusal(
        lambda: ar.answer_delivery(ar.BodyKind.MINISTRY, ar.Channel.POST, lodged_on="2025-01-06",
                                   rules_on=dt.date(2025, 1, 6)),
        InputTypeError, [('lodged_on', 'a datetime.date')],
    ),
    'procedure.answer_types': Refusal(
        lambda: ar.answer_delivery(5, "fax", rules_on=dt.date(2017, 1, 1)),
        InvalidInputError, [
            ('office',
             'a BodyKind or one of: service_provider, ministry, state_corporation, quality_authority, '
             'court'),
            ('channel', 'one of: post, in_person, portal'),
            ('rules_on', 'a date on or after 2018-01-01'),
        ],
    ),
    'procedure.answered_before_registered': Refusal(
        lambda: ar.escalation_options(
            ar.Stage.FIRST_INSTANCE_ANSWERED,
            on=dt.date(2025, 2, 10),
            registered_on=dt.date(2025, 2, 4),
            answered_on=dt.date(2025, 2, 3),
        ),
        InvalidInputError, [('answered_on', 'a date on or after registered_on')],
    ),
    'procedure.assess_calendar_and_on': Refusal(
        lambda: ar.assess(
            ar.Complaint("service_provider", "decision", "post", dt.date(2025, 1, 6)),
            on="x",
            calendar=5,
        ),
        InputTypeError, [('on', 'a datetime.date'), ('calendar', 'a WorkingCalendar or None')],
    ),
    'procedure.assess_extension_type': Refusal(
        lambda: ar.assess(
            ar.Complaint("service_provider", "decision", "post", dt.date(2025, 1, 6)),
            registration=ar.Registration(dt.date(2025, 1, 6)),
            extension=[],
        ),
        InputTypeError, [('extension', 'an Extension or None')],
    ),
    'procedure.assess_extension_without_registration': Refusal(
        lambda: ar.assess(
            ar.Complaint("service_provider", "decision", "post", dt.date(2025, 1, 6)),
            extension=ar.Extension(5, dt.date(2025, 1, 10), ar.BodyKind.SERVICE_PROVIDER),
        ),
        InvalidInputError, [('extension', 'an extension together with a registration')],
    ),
    'procedure.assess_on_before_lodging': Refusal(
        lambda: ar.assess(
            ar.Complaint("service_provider", "decision", "post", dt.date(2025, 1, 6)),
            on=dt.date(2025, 1, 5),
        ),
        InvalidInputError, [('on', 'a date on or after that day')],
    ),
    'procedure.assess_on_before_registration': Refusal(
        lambda: ar.assess(
            ar.Complaint("service_provider", "decision", "post", dt.date(2025, 1, 6)),
            registration=ar.Registration(dt.date(2025, 1, 8)),
            on=dt.date(2025, 1, 7),
        ),
        InvalidInputError, [('on', 'a date on or after that day')],
    ),
    'procedure.assess_registration_body': Refusal(
        lambda: ar.assess(
            ar.Complaint("state_corporation_employee", "decision", "post", dt.date(2025, 1, 6)),
            registration=ar.Registration(dt.date(2025, 1, 6), ar.BodyKind.MINISTRY),
        ),
        InvalidAddresseeError, [('registration.body', 'one of: state_corporation')],
    ),
    'procedure.assess_registration_body_of_two_allowed': Refusal(
        lambda: ar.assess(
            ar.Complaint("provider_official", "decision", "post", dt.date(2025, 1, 6)),
            registration=ar.Registration(dt.date(2025, 1, 6), ar.BodyKind.STATE_CORPORATION),
        ),
        InvalidAddresseeError, [('registration.body', 'one of: service_provider, ministry')],
    ),
    'procedure.assess_registration_body_and_date': Refusal(
        lambda: ar.assess(
            ar.Complaint("state_corporation_employee", "decision", "post", dt.date(2025, 1, 6)),
            registration=ar.Registration(dt.date(2025, 1, 3), ar.BodyKind.MINISTRY),
        ),
        InvalidInputError, [
            ('registration.registered_on', 'a date on or after complaint.lodged_on'),
            ('registration.body', 'one of: state_corporation'),
        ],
    ),
    'procedure.assess_types': Refusal(
        lambda: ar.assess("complaint", registration=5, on="x"),
        InputTypeError, [
            ('complaint', 'a Complaint'),
            ('registration', 'a Registration or None'),
            ('on', 'a datetime.date'),
        ],
    ),
    'procedure.check_addressee_types': Refusal(
        lambda: ar.check_addressee(1, 2, rules_on=3),
        InputTypeError, [
            ('respondent',
             'a Respondent or one of: service_provider, provider_official, state_corporation, '
             'state_corporation_employee'),
            ('addressee',
             'a BodyKind or one of: service_provider, ministry, state_corporation, quality_authority, '
             'court'),
            ('rules_on', 'a datetime.date'),
        ],
    ),
    'procedure.dates_after_on': Refusal(
        lambda: ar.escalation_options(
            ar.Stage.FIRST_INSTANCE_ANSWERED,
            on=dt.date(2025, 2, 3),
            registered_on=dt.date(2025, 2, 4),
            answered_on=dt.date(2025, 2, 5),
            learned_on=dt.date(2025, 2, 6),
        ),
        InvalidInputError, [
            ('registered_on', 'a date on or before on'),
            ('answered_on', 'a date on or before on'),
            ('learned_on', 'a date on or before on'),
        ],
    ),
    # Was: refused under "start", a name neither function has.
    'procedure.learned_before_the_calendar': Refusal(
        lambda: ar.escalation_options(ar.Stage.BEFORE_FILING, on=dt.date(2018, 1, 10),
                                      learned_on=dt.date(2017, 12, 20)),
        CalendarRangeError, [('learned_on', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'procedure.assess_learned_before_the_calendar': Refusal(
        lambda: ar.assess(ar.Complaint(ar.Respondent.SERVICE_PROVIDER, ar.AppealedAct.DECISION, ar.Channel.PORTAL,
                                       dt.date(2018, 1, 10), learned_on=dt.date(2017, 12, 20))),
        CalendarRangeError, [('complaint.learned_on', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'procedure.learned_before_the_calendar_after_an_answer': Refusal(
        lambda: ar.escalation_options(ar.Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2018, 1, 10),
                                      registered_on=dt.date(2018, 1, 5), answered_on=dt.date(2018, 1, 9),
                                      learned_on=dt.date(2017, 12, 20)),
        CalendarRangeError, [('learned_on', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    # The court's month runs from the answer (APPC, read on 1 July 2021): an answer before the calendar.
    'procedure.answered_before_the_calendar': Refusal(
        lambda: ar.escalation_options(ar.Stage.FIRST_INSTANCE_ANSWERED, on=dt.date(2018, 1, 10),
                                      registered_on=dt.date(2017, 12, 20), answered_on=dt.date(2017, 12, 22),
                                      rules_on=dt.date(2021, 7, 1)),
        CalendarRangeError, [('answered_on', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'procedure.assess_learned_before_the_calendar_once_overdue': Refusal(
        lambda: ar.assess(ar.Complaint(ar.Respondent.SERVICE_PROVIDER, ar.AppealedAct.DECISION, ar.Channel.PORTAL,
                                       dt.date(2018, 1, 10), learned_on=dt.date(2017, 12, 20)),
                          registration=ar.Registration(body=ar.BodyKind.SERVICE_PROVIDER,
                                                       registered_on=dt.date(2018, 1, 10)),
                          on=dt.date(2018, 2, 1)),
        CalendarRangeError, [('complaint.learned_on', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'procedure.deadline_convention_unit': Refusal(
        lambda: ar.review_deadline(dt.date(2025, 2, 3), ar.BodyKind.MINISTRY, convention=ar.Convention.MONTHS),
        InvalidInputError, [('convention', 'a convention for working_days')],
    ),
    'procedure.deadline_calendar_and_date': Refusal(
        lambda: ar.review_deadline("2025-02-03", ar.BodyKind.MINISTRY, calendar=5),
        InputTypeError, [('registered_on', 'a datetime.date'), ('calendar', 'a WorkingCalendar or None')],
    ),
    'procedure.deadline_convention_and_policy_values': Refusal(
        lambda: ar.review_deadline(dt.date(2025, 2, 3), ar.BodyKind.MINISTRY, convention="next",
                                   on_provisional="loud"),
        InvalidInputError, [
            ('convention', 'one of: next_day, same_day, calendar_days, months'),
            ('on_provisional', 'one of: mark, warn, raise'),
        ],
    ),
    'procedure.deadline_court': Refusal(
        lambda: ar.review_deadline(dt.date(2025, 2, 3), ar.BodyKind.COURT),
        InvalidInputError, [('reviewer', 'service_provider, ministry, state_corporation or quality_authority')],
    ),
    'procedure.deadline_everything_wrong': Refusal(
        lambda: ar.review_deadline("2025-02-03", "judge", lodged_on=5, rules_on="x"),
        InvalidInputError, [
            ('registered_on', 'a datetime.date'),
            ('reviewer', 'one of: service_provider, ministry, state_corporation, quality_authority, court'),
            ('lodged_on', 'a datetime.date'),
            ('rules_on', 'a datetime.date'),
        ],
    ),
    'procedure.deadline_extension_type': Refusal(
        lambda: ar.review_deadline(dt.date(2025, 2, 3), ar.BodyKind.MINISTRY, extension=5),
        InputTypeError, [('extension', 'an Extension or None')],
    ),
    'procedure.deadline_lodged_after': Refusal(
        lambda: ar.review_deadline(dt.date(2025, 2, 3), ar.BodyKind.MINISTRY, lodged_on=dt.date(2025, 2, 4)),
        InvalidInputError, [('registered_on', 'a registration date on or after the day the complaint was lodged')],
    ),
    'procedure.deadline_outside': Refusal(
        lambda: ar.review_deadline(dt.date(2031, 1, 6), ar.BodyKind.MINISTRY),
        CalendarRangeError, [('registered_on', 'a date from 2018-01-01 to 2030-12-31')],
    ),
    'procedure.escalation_appeal_information_type': Refusal(
        lambda: ar.escalation_options(ar.Stage.BEFORE_FILING, on=dt.date(2026, 1, 12), appeal_information_given="no"),
        InputTypeError, [('appeal_information_given', 'True, False or None')],
    ),
    'procedure.escalation_before_coverage': Refusal(
        lambda: ar.escalation_options(ar.Stage.BEFORE_FILING, on=dt.date(2017, 12, 29)),
        OutsideCoverageError, [('on', 'a date on or after 2018-01-01')],
    ),
    'procedure.escalation_registered_before_coverage': Refusal(
        lambda: ar.escalation_options(
            ar.Stage.QUALITY_ANSWERED,
            on=dt.date(2018, 1, 10),
            registered_on=dt.date(2017, 12, 29),
        ),
        OutsideCoverageError, [('registered_on', 'a date on or after 2018-01-01')],
    ),
    'procedure.escalation_calendar_and_stage': Refusal(
        lambda: ar.escalation_options("stage 9", on=dt.date(2025, 1, 6), calendar=5),
        InvalidInputError, [
            ('stage',
             'one of: before_filing, first_instance_pending, first_instance_overdue, '
             'first_instance_answered, quality_pending, quality_overdue, quality_answered, court'),
            ('calendar', 'a WorkingCalendar or None'),
        ],
    ),
    'procedure.escalation_everything_wrong': Refusal(
        lambda: ar.escalation_options(
            "stage 9",
            on="today",
            respondent=5,
            registered_on=dt.datetime(2025, 1, 1),
            answered_on=1,
            learned_on="x",
            has_superior="yes",
            rules_on=3,
        ),
        InvalidInputError, [
            ('stage',
             'one of: before_filing, first_instance_pending, first_instance_overdue, '
             'first_instance_answered, quality_pending, quality_overdue, quality_answered, court'),
            ('on', 'a datetime.date'),
            ('respondent',
             'a Respondent or one of: service_provider, provider_official, state_corporation, '
             'state_corporation_employee'),
            ('registered_on', 'a datetime.date, or a datetime with a time zone (converted to Kazakhstan time)'),
            ('answered_on', 'a datetime.date'),
            ('learned_on', 'a datetime.date'),
            ('has_superior', 'True or False'),
            ('rules_on', 'a datetime.date'),
        ],
    ),
    'procedure.escalation_extension_type': Refusal(
        lambda: ar.escalation_options(
            ar.Stage.QUALITY_PENDING,
            on=dt.date(2025, 1, 6),
            registered_on=dt.date(2025, 1, 6),
            extension="5 days",
        ),
        InputTypeError, [('extension', 'an Extension or None')],
    ),
    'procedure.has_superior_type_only': Refusal(
        lambda: ar.escalation_options(ar.Stage.BEFORE_FILING, on=dt.date(2025, 1, 6), has_superior="yes"),
        InputTypeError, [('has_superior', 'True or False')],
    ),
    'procedure.missing_registration': Refusal(
        lambda: ar.escalation_options("quality_overdue", on=dt.date(2025, 2, 10)),
        InvalidInputError, [('registered_on', 'the date the complaint was registered')],
    ),
    'procedure.missing_registration_member': Refusal(
        lambda: ar.escalation_options(ar.Stage.FIRST_INSTANCE_OVERDUE, on=dt.date(2025, 2, 10)),
        InvalidInputError, [('registered_on', 'the date the complaint was registered')],
    ),
    'procedure.overdue_too_early': Refusal(
        lambda: ar.escalation_options(
            ar.Stage.FIRST_INSTANCE_OVERDUE,
            on=dt.date(2025, 2, 10),
            registered_on=dt.date(2025, 2, 3),
        ),
        InvalidInputError, [('stage', 'a pending stage until the term has run out')],
    ),
    'procedure.pending_after_due': Refusal(
        lambda: ar.escalation_options(
            ar.Stage.FIRST_INSTANCE_PENDING,
            on=dt.date(2025, 2, 11),
            registered_on=dt.date(2025, 2, 3),
        ),
        InvalidInputError, [('stage', 'stage first_instance_overdue or an answered stage')],
    ),
    'procedure.portal_status_type': Refusal(
        lambda: ar.procedure.portal_transitions("sent"),
        InvalidInputError, [('status', 'one of: delivered, registered, in_execution, answered, refused_review')],
    ),
    'procedure.proof_at_court': Refusal(
        lambda: ar.acceptance_proof(ar.BodyKind.COURT, ar.Channel.POST, rules_on=dt.date(2025, 1, 6)),
        InvalidInputError, [('office', 'service_provider, ministry, state_corporation or quality_authority')],
    ),
    'procedure.proof_everything_wrong': Refusal(
        lambda: ar.acceptance_proof("bank", 5, rules_on=None),
        InvalidInputError, [
            ('office', 'one of: service_provider, ministry, state_corporation, quality_authority, court'),
            ('channel', 'a Channel or one of: post, in_person, portal'),
            ('rules_on', 'a date as rules_on or as lodged_on'),
        ],
    ),
    'procedure.proof_lodged_before_coverage': Refusal(
        lambda: ar.acceptance_proof(ar.BodyKind.MINISTRY, ar.Channel.POST, lodged_on=dt.date(2017, 12, 29)),
        OutsideCoverageError, [('lodged_on', 'a date on or after 2018-01-01')],
    ),
    'procedure.quality_name_type': Refusal(
        lambda: ar.procedure.quality_authority_name("2025-01-06"),
        InputTypeError, [('on', 'a datetime.date')],
    ),
    'procedure.quality_pending_after_due': Refusal(
        lambda: ar.escalation_options(
            ar.Stage.QUALITY_PENDING,
            on=dt.date(2025, 2, 25),
            registered_on=dt.date(2025, 2, 3),
        ),
        InvalidInputError, [('stage', 'stage quality_overdue or an answered stage')],
    ),
    'procedure.require_valid_addressee': Refusal(
        lambda: require_valid_addressee(
            ar.Respondent.PROVIDER_OFFICIAL, ar.BodyKind.STATE_CORPORATION,
            rules_on=dt.date(2025, 1, 6),
        ),
        InvalidAddresseeError, [('addressee', 'one of: service_provider, ministry')],
    ),
    'procedure.require_valid_addressee_lodged_on': Refusal(
        lambda: require_valid_addressee(
            ar.Respondent.PROVIDER_OFFICIAL, ar.BodyKind.STATE_CORPORATION,
            lodged_on=dt.date(2025, 1, 6),
        ),
        InvalidAddresseeError, [('addressee', 'one of: service_provider, ministry')],
    ),
    'procedure.transition_from_final': Refusal(
        lambda: ar.procedure.require_valid_transition(ar.PortalStatus.ANSWERED, ar.PortalStatus.DELIVERED),
        InvalidTransitionError, [('new', 'no further status: answered is final')],
    ),
    'procedure.transition_skipping': Refusal(
        lambda: ar.procedure.require_valid_transition(ar.PortalStatus.DELIVERED, ar.PortalStatus.ANSWERED),
        InvalidTransitionError, [('new', 'one of: registered')],
    ),
    'procedure.transition_types': Refusal(
        lambda: ar.procedure.require_valid_transition(1, "x"),
        InvalidInputError, [
            ('current', 'a PortalStatus or one of: delivered, registered, in_execution, answered, refused_review'),
            ('new', 'one of: delivered, registered, in_execution, answered, refused_review'),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(PROCEDURE_REFUSALS))
def test_a_bad_procedure_input_is_refused_naming_each_field_and_what_it_accepts(name: str) -> None:
    """Each step of the procedure refuses a bad input with every problem, under its own parameter names."""
    refused(PROCEDURE_REFUSALS[name])
