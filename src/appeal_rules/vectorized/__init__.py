"""Whole columns at once: working-day arithmetic and review deadlines over numpy arrays and pandas columns.

The same answers as the scalar functions (:func:`appeal_rules.add_working_days`,
:func:`~appeal_rules.working_days_between`, :func:`~appeal_rules.is_working_day`,
:func:`~appeal_rules.review_deadline`), on the same calendar (overlays, data horizon, frozen
snapshots), for a whole register in one call. It needs numpy (``pip install appeal_rules[numpy]``);
``import appeal_rules`` does not import this module, and pandas is never imported here: a pandas
object is recognised only if the caller has imported pandas already.

**Inputs.** Dates may be a numpy ``datetime64`` array of any unit (the calendar date is taken), a
pandas ``Series`` or ``DatetimeIndex`` (naive timestamps are taken as local dates; aware ones are
converted to Kazakhstan time, ``Asia/Almaty``, first), or a list (or object array) of
``datetime.date``. ``None``, ``NaT`` and ``NaN`` are missing values.

**Outputs** are of the kind of the input: pandas in, pandas out, with the index and name kept
(dates as ``datetime64``, flags as the nullable ``boolean`` dtype, counts as ``Int64``, missing as
``NaT``/``<NA>``). Otherwise numpy: dates as ``datetime64`` in the input's unit (``[D]`` for a
list), flags and counts as a :class:`numpy.ma.MaskedArray` whose mask marks the missing rows
(numpy's booleans and integers have no missing value).

**Bad elements** (a date outside the calendar's years, a count that runs past them, a value of the
wrong type) follow pandas' ``errors=``: ``"raise"`` (the default) raises the library's error (a
:class:`~appeal_rules.errors.CalendarRangeError`, :class:`~appeal_rules.errors.InputTypeError`,
:class:`~appeal_rules.errors.OutsideCoverageError`, or :class:`~appeal_rules.errors.InvalidInputError`
for a mix) whose problems name the first :data:`MAX_PROBLEMS` bad positions (``dates[3]``) and
count the rest; ``"coerce"`` makes them missing. An argument that is not a column at all (an
``int``, a 2-D array, a column of numbers) is refused whatever ``errors`` says.

The work is done on the calendar's working-day ordinals
(:meth:`~appeal_rules.calendar.WorkingCalendar.working_day_ordinals`) with ``numpy.searchsorted`` and array
indexing: no Python call per element, except to read a list or an object array once.

>>> import numpy as np
>>> from appeal_rules import vectorized as vz
>>> days = np.array(["2024-12-31", "2025-01-03", "NaT"], dtype="datetime64[D]")
>>> vz.add_working_days(days, 5)
array(['2025-01-10', '2025-01-10', 'NaT'], dtype='datetime64[D]')
>>> vz.is_working_day(days)
masked_array(data=[True, False, --], mask=[False, False,  True], fill_value=True)
"""

from __future__ import annotations

from appeal_rules.vectorized._arithmetic import add_working_days, is_working_day, working_days_between
from appeal_rules.vectorized._columns import I64 as I64
from appeal_rules.vectorized._columns import MAX_PROBLEMS
from appeal_rules.vectorized._columns import Errors as Errors
from appeal_rules.vectorized._columns import Mask as Mask
from appeal_rules.vectorized._review import ReviewDeadlines, review_deadlines

__all__ = [
    "MAX_PROBLEMS",
    "ReviewDeadlines",
    "add_working_days",
    "is_working_day",
    "review_deadlines",
    "working_days_between",
]


def __dir__() -> list[str]:
    return __all__
