"""The provisional policy: a result resting on unconfirmed calendar data is marked, warned about or refused.

Days off are moved each year by a transfer act (Labour Code art. 85(3)), and Kurban Ait is dated each year by
the Spiritual Administration of Muslims of Kazakhstan; past the last confirmed year (the data
horizon) a date may still move. ``mark`` flags the result, ``warn`` also emits a
``ProvisionalResultWarning`` at the caller's line, ``raise`` refuses it. The messages here are
pinned word for word: they are among the few exact-text tests of the suite, as a person reads them.
"""

from __future__ import annotations

import datetime as dt
import os
import warnings

import pytest

import appeal_rules
import appeal_rules.errors
from appeal_rules import ProvisionalPolicy, WorkingCalendar
from appeal_rules.errors import ProvisionalResultWarning
from appeal_rules.rules import Term, Unit


def test_a_refused_provisional_result_lists_every_reason() -> None:
    """Under ``raise`` the message lists each reason, "; "-separated (one for each unconfirmed year)."""
    with pytest.raises(appeal_rules.errors.ProvisionalResultError) as info:
        appeal_rules.count_period(dt.date(2027, 12, 27), Term(5, Unit.WORKING_DAYS),
                                  on_provisional=ProvisionalPolicy.RAISE)
    assert str(info.value) == (
        "provisional result: 2027-12-28 is past the calendar data horizon (the last confirmed year is 2026): for "
        "2027 the act moving days off (or word that none was issued) is not confirmed; to settle it, confirm 2027 "
        "with an overlay (a file passed with --overlay, or CalendarOverlay(confirms_years=(2027,)) in Python); "
        "2028-01-01 is past the calendar data horizon (the last confirmed year is 2026): for 2028 the act moving "
        "days off (or word that none was issued) is not confirmed; to settle it, confirm 2028 with an overlay (a "
        "file passed with --overlay, or CalendarOverlay(confirms_years=(2028,)) in Python)"
    )


def test_the_warning_says_which_days_are_past_the_horizon() -> None:
    """Under ``warn`` one warning says from which day the data is not confirmed, and what may still change."""
    with pytest.warns(ProvisionalResultWarning) as record:
        appeal_rules.count_period(dt.date(2026, 12, 29), Term(5, Unit.WORKING_DAYS),
                                  on_provisional=ProvisionalPolicy.WARN)
    assert len(record) == 1
    assert str(record[0].message) == (
        "provisional result: 2027-01-01 is past the calendar data horizon (the last confirmed year is 2026): for "
        "2027 the act moving days off (or word that none was issued) is not confirmed; to settle it, confirm 2027 "
        "with an overlay (a file passed with --overlay, or CalendarOverlay(confirms_years=(2027,)) in Python)"
    )


@pytest.mark.skipif("MUTANT_UNDER_TEST" in os.environ,
                    reason="mutmut's trampolines add frames outside the package between the library's own")
def test_a_provisional_warning_points_at_the_callers_line() -> None:
    """A warning is attributed to the caller's line, as ``warnings.warn(stacklevel=...)`` is meant to do.

    Found by mutation testing (a surviving ``stacklevel`` mutant): count_period's warning pointed at
    src/appeal_rules/deadlines.py and a first review_deadline's at procedure.py; fixed in ecb5a45.
    """
    cal = WorkingCalendar(2026, 2027)
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        appeal_rules.count_period(dt.date(2026, 12, 29), Term(5, Unit.WORKING_DAYS),
                                  on_provisional=ProvisionalPolicy.WARN)
        appeal_rules.review_deadline(dt.date(2026, 12, 28), appeal_rules.BodyKind.MINISTRY, calendar=cal,
                                     on_provisional=ProvisionalPolicy.WARN)
    assert [w.category for w in record] == [ProvisionalResultWarning, ProvisionalResultWarning]
    assert [w.filename for w in record] == [__file__, __file__]


def test_the_mark_policy_only_marks_the_result() -> None:
    """The default ``mark`` neither warns nor raises: the result says it is provisional."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        period = appeal_rules.count_period(dt.date(2026, 12, 29), Term(5, Unit.WORKING_DAYS))
    assert period.provisional


def test_a_review_deadline_asked_with_only_a_policy_applies_it() -> None:
    """The policy is applied to a review deadline asked with every other option at its default (the
    default calendar): 5 working days from Monday 28 December 2026 run into 2027, past the horizon,
    so ``raise`` refuses the result and ``warn`` warns once."""
    day, who = dt.date(2026, 12, 28), appeal_rules.BodyKind.MINISTRY
    assert appeal_rules.review_deadline(day, who).provisional
    with pytest.raises(appeal_rules.errors.ProvisionalResultError):
        appeal_rules.review_deadline(day, who, on_provisional=ProvisionalPolicy.RAISE)
    with pytest.warns(ProvisionalResultWarning) as record:
        appeal_rules.review_deadline(day, who, on_provisional=ProvisionalPolicy.WARN)
    assert len(record) == 1
