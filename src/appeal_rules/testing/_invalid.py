"""Deliberately invalid Complaint arguments, with the problem paths the error must report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from appeal_rules.calendar import WorkingCalendar, resolve_calendar
from appeal_rules.model import AppealedAct, BodyKind, Channel, Respondent
from appeal_rules.testing._dates import ONE_DAY, date_bounds


@attrs.frozen
class InvalidComplaintInput:
    """Keyword arguments that :class:`~appeal_rules.model.Complaint` must refuse, with the paths.

    :attr:`paths` is the set of problem paths its :class:`~appeal_rules.errors.InvalidInputError`
    must report, no more and no fewer.

    >>> import datetime as dt
    >>> from appeal_rules import Complaint, InvalidInputError
    >>> case = InvalidComplaintInput({"respondent": "fax", "appealed": "decision", "channel": "post",
    ...                               "lodged_on": dt.date(2025, 1, 6)}, frozenset({"respondent"}))
    >>> try:
    ...     Complaint(**case.kwargs)
    ... except InvalidInputError as err:
    ...     print({p.path for p in err.problems} == case.paths)
    True
    """

    kwargs: Mapping[str, Any]
    paths: frozenset[str]


def _bad_enum_values(enum_values: Sequence[str], *, optional: bool) -> SearchStrategy[Any]:
    unknown = st.sampled_from([v for v in ("fax", "email", "telegram", "", "DECISION", "Post", "unknown")
                               if v not in enum_values])
    wrong_type = st.one_of(st.integers(-5, 5), st.just(1.5), st.just(b"post"))
    return unknown | wrong_type if optional else unknown | wrong_type | st.none()


def _bad_dates(*, optional: bool) -> SearchStrategy[Any]:
    bad = st.one_of(
        st.dates().map(dt.date.isoformat),
        st.integers(0, 20_300_101),
        st.datetimes(min_value=dt.datetime(2018, 1, 1), max_value=dt.datetime(2030, 12, 31)),  # naive
    )
    return bad if optional else bad | st.none()


def invalid_complaint_inputs(calendar: WorkingCalendar | None = None) -> SearchStrategy[InvalidComplaintInput]:
    """Deliberately invalid :class:`~appeal_rules.model.Complaint` keyword arguments, with paths.

    One or more fields of valid arguments are replaced by a wrong value (an unknown or mistyped
    enum value, a string, number or naive datetime instead of a date, a ``learned_on`` after
    ``lodged_on``); :attr:`InvalidComplaintInput.paths` names every problem the error must report.

    >>> from hypothesis import find
    >>> case = find(invalid_complaint_inputs(), lambda c: len(c.paths) == 2)
    >>> len(case.paths)
    2
    """
    lo, hi = date_bounds(resolve_calendar(calendar), None, None)
    fields = ("respondent", "appealed", "channel", "lodged_on", "addressee", "office", "learned_on")
    enums: dict[str, list[str]] = {
        "respondent": [m.value for m in Respondent], "appealed": [m.value for m in AppealedAct],
        "channel": [m.value for m in Channel], "addressee": [m.value for m in BodyKind],
        "office": [m.value for m in BodyKind],
    }

    @st.composite
    def build(draw: st.DrawFn) -> InvalidComplaintInput:
        lodged = draw(st.dates(lo, hi - ONE_DAY))
        kwargs: dict[str, Any] = {
            "respondent": draw(st.sampled_from(Respondent)),
            "appealed": draw(st.sampled_from(AppealedAct)),
            "channel": draw(st.sampled_from(Channel)),
            "lodged_on": lodged,
            "addressee": draw(st.none() | st.sampled_from(BodyKind)),
            "office": draw(st.none() | st.sampled_from(BodyKind)),
            "learned_on": draw(st.none() | st.dates(lo, lodged)),
        }
        broken = draw(st.lists(st.sampled_from(fields), min_size=1, max_size=len(fields), unique=True))
        paths: set[str] = set()
        for name in broken:
            if name in enums:
                kwargs[name] = draw(_bad_enum_values(enums[name], optional=name in ("addressee", "office")))
                paths.add(name)
            elif name == "lodged_on":
                kwargs[name] = draw(_bad_dates(optional=False))
                paths.add(name)
            elif "lodged_on" in broken or draw(st.booleans()):
                kwargs[name] = draw(_bad_dates(optional=True))
                paths.add(name)
            else:  # learned after lodged: a problem only while lodged_on itself is valid
                kwargs[name] = draw(st.dates(lodged + ONE_DAY, hi))
                paths.add(name)
        return InvalidComplaintInput(kwargs, frozenset(paths))

    return build()
