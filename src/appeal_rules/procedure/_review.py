"""The review deadline of a complaint, and the extension of its term."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

import attrs

from appeal_rules._validate import check_date, check_enum, describe, raise_if
from appeal_rules.calendar import CalendarIndex, WorkingCalendar, default_calendar, resolve_calendar
from appeal_rules.deadlines import (
    Convention,
    ProvisionalPolicy,
    apply_policy,
    due_on_index,
)
from appeal_rules.errors import InvalidInputError, Problem
from appeal_rules.model import (
    BodyKind,
    Extension,
    Respondent,
)
from appeal_rules.procedure._intake import allowed_addressees, rules_date
from appeal_rules.procedure._results import ExtensionCheck, ReviewDeadline
from appeal_rules.rules import CHANGE_DATES, COVERAGE_START, RuleVersion, Term, Unit, rule_version


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


# Read once for review_deadline (an enum member's look-up by name costs about 65 ns each time).
_DATE, _COURT, _MARK = dt.date, BodyKind.COURT, ProvisionalPolicy.MARK
_QUALITY, _NEXT_DAY = BodyKind.QUALITY_AUTHORITY, Convention.NEXT_DAY


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
    # The fast path that the 3x target needs (docs/performance.md): the common call, a plain date the
    # rules cover and a reviewer with every option left at its default, has nothing else to check.
    if (type(registered_on) is _DATE and registered_on >= COVERAGE_START
            and type(reviewer) is BodyKind and reviewer is not _COURT
            and lodged_on is None and rules_on is None and convention is None and calendar is None
            and extension is None and on_provisional is _MARK):
        return counted_review_deadline(default_calendar(), registered_on, reviewer, registered_on,
                                       convention=None, extension=None)
    problems: list[Problem] = []
    registered = check_date(registered_on, "registered_on", problems)
    who = check_enum(reviewer, BodyKind, "reviewer", problems)
    lodged = None if lodged_on is None else check_date(lodged_on, "lodged_on", problems)
    day = rules_date(rules_on, registered, "registered_on", problems)
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
    rule_id = "review_term.quality_authority" if who is _QUALITY else "review_term.first_instance"
    term_rule = rule_version(rule_id, day)
    assert term_rule.term is not None
    idx = cal.index()
    o = registered.toordinal()
    if not idx.first <= o <= idx.last:
        o = idx.ordinal(registered, "registered_on")  # raises the range error
    start, moved = o, None
    # APPC art. 64(3): a complaint arriving on a non-working day is registered on the next working day
    # (the rule is looked up only for such a day, which the 3x target of docs/performance.md needs).
    # (On the calendar's last day, with no working day after it, the term runs past the calendar.)
    if not idx.working[o - idx.first] and rule_version("registration.next_working_day", day).regime == "appc":
        start = _registered_on_next_working_day(idx, o)
        moved = None if start == o else dt.date.fromordinal(start)
    if convention is not None and convention.unit is not Unit.WORKING_DAYS:
        raise InvalidInputError.single(
            "convention", f"{convention.value} counts {convention.unit.value}, but the term is in working_days",
            "a convention for working_days",
        )
    conv = convention or _NEXT_DAY
    term = term_rule.term
    due, reasons, rule_ids = due_on_index(idx, start, term, conv)
    check = None
    if extension is not None:
        check = _check_extension(extension, who, due, day, cal)
        term = Term(term.length + check.applied_days, term.unit)
        due, reasons, rule_ids = due_on_index(idx, start, term, conv)
    # The term, then the counting rules the period applied (read, like every rule here, at ``day``).
    basis = (term_rule, *[rule_version(r, day) for r in rule_ids])
    if moved is not None:
        basis += (rule_version("registration.next_working_day", day),)
    if check is not None:
        basis += check.basis
    return ReviewDeadline(who, registered, basis, moved, check, count=(idx, start, term, conv, due, reasons))


def _registered_on_next_working_day(idx: CalendarIndex, o: int) -> int:
    """The working day after the non-working day ``o``, where the registration counts from (APPC art. 64(3)).

    On the calendar's last days, with no working day after ``o``, ``o`` itself: the term then runs
    past the calendar, which the count reports.
    """
    position = idx.nth_position(o, 1)
    return idx.working_ords[position] if position < len(idx.working_ords) else o


@attrs.frozen(eq=False)
class ReviewRules:
    """What a group of rows of :class:`RowAnswers` is counted under: the rules its first row applied."""

    term: Term
    convention: Convention
    #: Whether a registration on the group's (non-working) day counts from the next working day.
    moves: bool
    basis: tuple[RuleVersion, ...]
    rule_version: str
    confirmed: bool

    @classmethod
    def of(cls, deadline: ReviewDeadline) -> ReviewRules:
        """The rules ``deadline`` was counted under.

        >>> import datetime as dt
        >>> ReviewRules.of(review_deadline(dt.date(2025, 1, 4), BodyKind.MINISTRY)).moves
        True
        """
        return cls(deadline.term, deadline.period.convention, deadline.registration_moved_to is not None,
                   deadline.basis, deadline.rule_version, deadline.confirmed)


@attrs.define
class RowAnswers:
    """Review deadlines and addressees of many rows under one calendar, as plain values: what ``batch`` writes.

    Each :meth:`review` is :func:`counted_review_deadline`'s answer: the due date, the provisional
    reasons and the :class:`ReviewRules` applied (term, rule version, ``confirmed``, basis). Between
    two days of :data:`~appeal_rules.rules.CHANGE_DATES` no rule changes, so the rules are asked once
    per group of rows with the same reviewer, convention, span and kind of registration day (working
    or not): the group's first row is counted by :func:`counted_review_deadline`, each later row on
    the calendar index under the rules that row applied, without building a :class:`ReviewDeadline`.
    Each :meth:`addressees` is :func:`~appeal_rules.procedure.addressees`', asked once per respondent
    and span. The batch target of docs/performance.md needs both (half the speed of a bare loop over
    :func:`review_deadline`). The arguments are trusted: check them first.

    >>> import datetime as dt
    >>> rows = RowAnswers(default_calendar())
    >>> due, reasons, rules = rows.review(dt.date(2024, 12, 31), BodyKind.MINISTRY, dt.date(2024, 12, 31), None)
    >>> due, reasons, rules.rule_version
    (datetime.date(2025, 1, 10), (), 'review_term.first_instance@appc')
    >>> rows.review(dt.date(2024, 12, 30), BodyKind.MINISTRY, dt.date(2024, 12, 30), None)[0]
    datetime.date(2025, 1, 9)
    >>> rows.addressees(Respondent.STATE_CORPORATION_EMPLOYEE, dt.date(2024, 12, 30))
    (<BodyKind.STATE_CORPORATION: 'state_corporation'>,)
    """

    calendar: WorkingCalendar
    _index: CalendarIndex = attrs.field(init=False)
    _groups: dict[tuple[str, Convention | None, int, int], ReviewRules] = attrs.field(init=False, factory=dict)
    _addressees: dict[tuple[str, int], tuple[BodyKind, ...]] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        self._index = self.calendar.index()

    def review(
        self, registered: dt.date, who: BodyKind, day: dt.date, convention: Convention | None
    ) -> tuple[dt.date, tuple[str, ...], ReviewRules]:
        """The due date, provisional reasons and rules of a complaint registered on ``registered``.

        ``who`` reviews it under the rules of ``day``; the errors are those of :func:`review_deadline`.
        """
        idx = self._index
        o = registered.toordinal()
        if not idx.first <= o <= idx.last:  # refused with the range error
            counted_review_deadline(self.calendar, registered, who, day, convention=convention, extension=None)
        working = idx.working[o - idx.first]
        # Members are keyed by value: an Enum member's hash is computed in Python, a str's is cached.
        key = (who._value_, convention, bisect_right(CHANGE_DATES, day), working)
        rules = self._groups.get(key)
        if rules is None:  # the group's first row: counted in full, and its rules kept for the rest
            d = counted_review_deadline(self.calendar, registered, who, day, convention=convention, extension=None)
            self._groups[key] = ReviewRules.of(d)
            return d.due, d.provisional_reasons, self._groups[key]
        start = _registered_on_next_working_day(idx, o) if rules.moves and not working else o
        due, reasons, _ = due_on_index(idx, start, rules.term, rules.convention)
        return due, reasons, rules

    def addressees(self, respondent: Respondent, day: dt.date) -> tuple[BodyKind, ...]:
        """The bodies that may receive a complaint about ``respondent`` under the rules of ``day``."""
        key = (respondent._value_, bisect_right(CHANGE_DATES, day))
        found = self._addressees.get(key)
        if found is None:
            found = self._addressees[key] = allowed_addressees(respondent, day)
        return found
