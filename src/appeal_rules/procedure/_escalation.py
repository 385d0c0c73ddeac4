"""The options open to the applicant at each stage."""

from __future__ import annotations

import datetime as dt

import attrs

from appeal_rules._validate import check_date, check_enum, describe, one_date, raise_if
from appeal_rules.calendar import WorkingCalendar, resolve_calendar
from appeal_rules.deadlines import (
    Convention,
    MonthRounding,
    ProvisionalPolicy,
    apply_policy,
    count_on_index,
)
from appeal_rules.errors import InvalidInputError, Problem
from appeal_rules.model import (
    BodyKind,
    Extension,
    Respondent,
)
from appeal_rules.procedure._intake import addressee_versions, allowed_addressees, rules_date
from appeal_rules.procedure._results import Escalation, Option, OptionKind, ReviewDeadline, Stage
from appeal_rules.procedure._review import counted_review_deadline
from appeal_rules.rules import RuleVersion, Term, rule_version


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
    rules_day = rules_date(rules_on, registered or today, "registered_on" if registered else "on", problems)
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
    learned_path: str = "learned_on",
) -> Escalation:
    """:func:`escalation_options` for checked arguments, no provisional policy applied.

    Every date counted here is marked, not warned about: the caller applies its policy once, to
    the :attr:`Escalation.provisional_reasons` of the result. A learning or answer date outside the
    calendar is refused under the caller's name for it (``learned_path``, ``answered_on``).
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

    def months_after(start: dt.date, term: Term, path: str) -> dt.date:
        idx = cal.index()
        p = count_on_index(idx, idx.ordinal(start, path), term, None, MonthRounding.DOWN)
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
        act_by = (months_after(learned, limit_term, learned_path) if learned is not None and limit_term is not None
                  else None)
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
            options.append(_court_option(rules_day, learned, learned_path, months_after,
                                         extra=rule_version("no_superior", rules_day),
                                         start_text="the day you received the act"))
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
        act_by = (months_after(learned, limit_term, learned_path) if learned is not None and limit_term is not None
                  else None)
        options.append(Option(
            OptionKind.COMPLAIN_QUALITY_AUTHORITY, (BodyKind.QUALITY_AUTHORITY,), f"Complain to the {name}",
            term.term, limit_term, act_by, through, forwarding.term,
            f"{qa.explanation} {term.explanation} {forwarding.explanation}",
            (qa, term, forwarding, *limits, rule_version("quality_authority.name", today),
             *(_month_counting(rules_day) if act_by is not None else ())),
        ))
    if after_first or st in (Stage.QUALITY_OVERDUE, Stage.QUALITY_ANSWERED):
        start_text = ("the day the review term ran out" if st in OVERDUE_STAGES else "the day you received the answer")
        # The court's month runs from the answer, or from the day the term ran out (counted, so in range).
        options.append(_court_option(rules_day, decided_on, "answered_on", months_after, extra=None,
                                     start_text=start_text))
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
    start_path: str,
    months_after: object,
    *,
    extra: RuleVersion | None,
    start_text: str,
) -> Option:
    court = rule_version("court", rules_day)
    basis = (court,) + ((extra,) if extra is not None else ())
    act_by = None
    if court.term is not None and start is not None:
        assert callable(months_after)
        act_by = months_after(start, court.term, start_path)
    explanation = court.explanation
    if court.term is not None:
        counting = _month_counting(rules_day)
        explanation += f" The month is counted from {start_text} ({'; '.join(v.cite() for v in counting)})."
        basis += counting
    return Option(OptionKind.GO_TO_COURT, (BodyKind.COURT,), "Go to court", None, court.term, act_by,
                  None, None, explanation, basis)
