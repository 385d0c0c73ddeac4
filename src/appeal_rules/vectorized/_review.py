"""Review deadlines over whole columns, asked of the scalar function once per span of rules."""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

import attrs
import numpy as np
import numpy.typing as npt

from appeal_rules._validate import describe
from appeal_rules.calendar import WorkingCalendar, default_calendar
from appeal_rules.errors import (
    CalendarRangeError,
    InputTypeError,
    InvalidInputError,
    OutsideCoverageError,
    Problem,
)
from appeal_rules.model import BodyKind
from appeal_rules.procedure import review_deadline
from appeal_rules.rules import CHANGE_DATES, COVERAGE_START, rule_version
from appeal_rules.vectorized._columns import (
    I64,
    BadElements,
    Errors,
    Mask,
    check_broadcast,
    checked_errors,
    imported_pandas,
    is_nan,
    item_at,
    object_column,
    read_dates,
)
from appeal_rules.vectorized._tables import CalendarTables, dates_out, iso_or_day, values_out

# --- review deadlines -------------------------------------------------------------------------------


@attrs.frozen(eq=False)
class ReviewDeadlines:
    """Review deadlines for a numpy column of registrations, one row per registration.

    ``due`` is ``datetime64`` (``NaT`` where missing); ``provisional`` and ``confirmed`` are
    masked boolean arrays. The review-term rule version applied is kept as a small code per row,
    ``version_code``, an index into ``versions`` (-1 where missing); :attr:`rule_version` spells
    it out. A pandas input gives a ``DataFrame`` with the columns ``due``, ``provisional``,
    ``confirmed`` and ``rule_version`` (a categorical) instead.

    >>> import numpy as np
    >>> from appeal_rules import BodyKind
    >>> from appeal_rules.vectorized import review_deadlines
    >>> r = review_deadlines(np.array(["2021-06-30", "2021-07-01"], dtype="datetime64[D]"),
    ...                      BodyKind.SERVICE_PROVIDER)
    >>> r.due.tolist(), r.rule_version.tolist()
    ([datetime.date(2021, 7, 8), datetime.date(2021, 7, 9)], ['review_term.first_instance@2018', \
'review_term.first_instance@appc'])
    """

    due: npt.NDArray[np.datetime64]
    provisional: np.ma.MaskedArray[Any, np.dtype[np.bool_]]
    confirmed: np.ma.MaskedArray[Any, np.dtype[np.bool_]]
    version_code: npt.NDArray[np.int16]
    versions: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.due)

    @property
    def rule_version(self) -> npt.NDArray[np.str_]:
        """The rule version of each row as text (``""`` where missing), built on demand."""
        return np.array([*self.versions, ""], dtype=str)[self.version_code]


_KINDS: Final = tuple(BodyKind)


def _reviewers(reviewer: object, size: int) -> tuple[I64, bool]:
    """Each row's reviewer as an index into ``_KINDS``; -1 for a missing value, -2 for a bad one."""
    lookup: dict[object, int] = {}
    for i, kind in enumerate(_KINDS):
        lookup[kind] = lookup[kind.value] = i
    if isinstance(reviewer, (BodyKind, str)):
        code = lookup.get(reviewer)
        if code is None:
            raise InvalidInputError.single("reviewer", f"unknown value {reviewer!r}", _accepted_kinds())
        return np.full(size, code, dtype=np.int64), True
    pd = imported_pandas()
    if pd is not None and isinstance(reviewer, (pd.Series, pd.Index, pd.Categorical)):
        # factorize hashes the column once; only its few distinct values are looked up.
        codes, uniques = pd.factorize(reviewer)
        table = np.array([lookup.get(u, -2) for u in uniques] + [-1], dtype=np.int64)
        check_broadcast("reviewer", len(codes), size)
        return table[codes], False
    if isinstance(reviewer, (list, tuple, np.ndarray)):
        array = reviewer if isinstance(reviewer, np.ndarray) else object_column(reviewer)
        if array.ndim != 1:
            raise InvalidInputError.single("reviewer", f"got a {array.ndim}-dimensional array",
                                           "a one-dimensional array")
        check_broadcast("reviewer", len(array), size)
        if array.dtype.kind == "U":
            # A few whole-column comparisons, one per kind of body.
            out = np.full(len(array), -2, dtype=np.int64)
            for i, kind in enumerate(_KINDS):
                out[array == kind.value] = i
            return out, False
        if array.dtype.kind == "O":
            return np.fromiter((-1 if v is None or is_nan(v)
                                else (lookup.get(v, -2) if _hashable(v) else -2) for v in array.tolist()),
                               dtype=np.int64, count=len(array)), False
        raise InputTypeError.single("reviewer", f"got a column of {array.dtype}", _accepted_kinds())
    raise InputTypeError.single("reviewer", f"got {describe(reviewer)}", _accepted_kinds())


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _accepted_kinds() -> str:
    kinds = ", ".join(k.value for k in _KINDS if k is not BodyKind.COURT)
    return f"a BodyKind or one of: {kinds}; or a column of them"


@attrs.frozen(eq=False)
class _RuleSpans:
    """What the scalar ``review_deadline`` applies, by span of registration dates and reviewer.

    The spans are those of :data:`~appeal_rules.rules.CHANGE_DATES`: within one span every rule the
    scalar function reads has one version; each (span, reviewer) is asked of the scalar function
    once, and its answer (the term, the rule version, confirmed) holds for every row in it.
    """

    starts: I64  # ordinal of each span's first day, ascending
    # Flat tables, one cell per (span, reviewer): cell = span * len(_KINDS) + reviewer.
    length: I64  # term in working days; -1 where the scalar function refused
    version: I64  # index into ``names``
    confirmed: Mask
    names: tuple[str, ...]
    refusals: dict[int, Problem]  # cell -> the scalar function's problem with it
    # Per span: whether a registration recorded on a non-working day counts from the next working
    # day (APPC art. 64(3), rule ``registration.next_working_day``), and whether that rule is confirmed.
    moves: Mask
    moves_confirmed: Mask

    @classmethod
    def asked(cls, wanted: set[int]) -> _RuleSpans:
        starts = CHANGE_DATES
        cells = len(starts) * len(_KINDS)
        length = np.full(cells, -1, dtype=np.int64)
        version = np.zeros(cells, dtype=np.int64)
        confirmed = np.zeros(cells, dtype=bool)
        names: dict[str, int] = {}
        refusals: dict[int, Problem] = {}
        sample_calendar = default_calendar()  # the term and the rules do not depend on the calendar
        registration = [rule_version("registration.next_working_day", start) for start in starts]
        moves = np.array([v.regime == "appc" for v in registration], dtype=bool)
        moves_confirmed = np.array([v.confirmed for v in registration], dtype=bool)
        for s, start in enumerate(starts):
            for k in sorted(wanted):
                cell = s * len(_KINDS) + k
                try:
                    sample = review_deadline(start, _KINDS[k], calendar=sample_calendar)
                except InvalidInputError as err:
                    refusals[cell] = err.problems[0]
                    continue
                length[cell] = sample.term.length
                version[cell] = names.setdefault(sample.rule_version, len(names))
                confirmed[cell] = sample.confirmed
        return cls(np.array([d.toordinal() for d in starts], dtype=np.int64), length, version, confirmed,
                   tuple(names), refusals, moves, moves_confirmed)


def review_deadlines(
    registered: Any,
    reviewer: Any,
    *,
    calendar: WorkingCalendar | None = None,
    errors: Errors = "raise",
) -> Any:
    """The review deadline of each registration: the due date, provisional, confirmed, the rule version.

    Row by row the answer of the scalar :func:`appeal_rules.review_deadline` (its default
    convention: day 1 is the first working day after registration; the rules read at the
    registration date): ``due``, ``provisional`` (the counted days reach past the calendar's data
    horizon), ``confirmed`` (every rule applied was read in its act) and ``rule_version`` (the
    review-term rule version). The explanation, the days counted and skipped stay with the scalar
    function. ``reviewer`` is one :class:`~appeal_rules.BodyKind` (or its value) for every row, or a
    column of them (strings, members, a pandas categorical), paired with the registrations by
    position. A registration before the rules this
    library encodes is an :class:`~appeal_rules.errors.OutsideCoverageError`; a court, which has
    no review term here, is refused as the scalar function refuses it.

    A pandas ``registered`` gives a ``DataFrame`` with the columns ``due``, ``provisional``,
    ``confirmed`` and ``rule_version`` and its index; anything else a :class:`ReviewDeadlines`.
    The term and the rule versions are asked of the scalar function once per reviewer and span of
    dates in which no rule changes version; the dates are then counted on ``calendar``.

    >>> import datetime as dt
    >>> from appeal_rules.vectorized import review_deadlines
    >>> r = review_deadlines([dt.date(2024, 12, 31), dt.date(2026, 12, 18)],
    ...                      ["service_provider", "quality_authority"])
    >>> r.due.tolist(), r.provisional.tolist()
    ([datetime.date(2025, 1, 10), datetime.date(2027, 1, 13)], [False, True])
    """
    mode = checked_errors(errors)
    column = read_dates(registered, "registered")
    size = len(column.ordinals)
    codes, one_reviewer = _reviewers(reviewer, size)
    tables = CalendarTables.of(calendar)
    present = codes >= 0
    counted = np.bincount(codes[present], minlength=len(_KINDS))
    spans = _RuleSpans.asked({k for k in range(len(_KINDS)) if counted[k]})
    bad = BadElements(size)
    offsets, usable = tables.offsets(column, "registered", bad)
    reviewer_path = "reviewer" if one_reviewer else "reviewer[{}]"
    unknown = codes == -2
    bad.add(unknown, InvalidInputError, lambda i: Problem(
        reviewer_path.format(i), f"got {describe(item_at(reviewer, i))}", _accepted_kinds()))
    usable &= present
    ordinals = column.ordinals
    span = np.searchsorted(spans.starts, ordinals, "right") - 1
    before_rules = usable & (span < 0)
    bad.add(before_rules, OutsideCoverageError, lambda i: Problem(
        f"registered[{i}]", f"{iso_or_day(int(ordinals[i]))} is before the rules this library encodes",
        f"a date on or after {COVERAGE_START.isoformat()}"))
    usable &= ~before_rules
    # One cell per (span, reviewer): each row's term, version and confirmed are gathers from small tables.
    cell = np.where(usable, span * len(_KINDS) + codes, 0)
    if spans.refusals:
        if one_reviewer and len(spans.refusals) == len(spans.starts):  # refused whatever the date
            raise InvalidInputError([next(iter(spans.refusals.values()))])
        asked = cell
        refused = usable & np.isin(asked, list(spans.refusals))
        bad.add(refused, InvalidInputError,
                lambda i: attrs.evolve(spans.refusals[int(asked[i])], path=reviewer_path.format(i)))
        usable &= ~refused
        cell = np.where(usable, cell, 0)
    length = spans.length[cell]
    # A registration on a non-working day moves to the next working day where the rules say so: day 1
    # is then the working day after that one, one position later than counting from the day itself.
    moved = usable & spans.moves[np.maximum(span, 0)] & (tables.rank[offsets] == tables.before[offsets])
    position = np.where(length > 0, tables.rank[offsets] + length - 1 + moved, -1)
    past = usable & (position >= len(tables.working))
    cal = tables.calendar
    bad.add(past, CalendarRangeError, lambda i: Problem(
        f"registered[{i}]", f"{int(length[i])} working days from {iso_or_day(int(ordinals[i]))} run past "
        f"{cal.last_day.isoformat()}, the calendar's last day",
        f"a period within the calendar's range, {cal.first_day.isoformat()} to {cal.last_day.isoformat()}"))
    bad.settle(mode)
    usable &= ~past
    due = np.where(position >= 0, tables.date_of(np.where(usable & (position >= 0), position, 0)), ordinals)
    horizon = dt.date(min(cal.horizon, cal.last_year), 12, 31).toordinal()
    missing = ~usable
    kind = column.kind
    version = np.where(usable, spans.version[cell], -1).astype(np.int16)
    due_out = dates_out(kind, due, missing)
    provisional = values_out(kind, due > horizon, missing, "boolean")
    rules_confirmed = spans.confirmed[cell] & (~moved | spans.moves_confirmed[np.maximum(span, 0)])
    confirmed = values_out(kind, rules_confirmed, missing, "boolean")
    pd = imported_pandas()
    if kind.pandas is not None:
        index = kind.pandas.index if isinstance(kind.pandas, pd.Series) else kind.pandas
        return pd.DataFrame({
            "due": due_out.to_numpy(),
            "provisional": provisional.array,
            "confirmed": confirmed.array,
            "rule_version": pd.Categorical.from_codes(version, categories=list(spans.names)),
        }, index=index)
    return ReviewDeadlines(due_out, provisional, confirmed, version, spans.names)
