"""Hypothesis strategies for the library's inputs and values, and a frozen calendar, for test suites.

This module is public: use it in your own tests of code built on ``appeal_rules``. It needs
Hypothesis, an optional dependency (``pip install 'appeal_rules[hypothesis]'``); importing
``appeal_rules`` itself never imports Hypothesis.

* values: :func:`complaints`, :func:`registrations`, :func:`bodies`, :func:`terms`,
  :func:`calendar_overlays` (valid ones), :func:`stages`;
* dates and times: :func:`calendar_dates`, :func:`working_days`, :func:`naive_datetimes`,
  :func:`aware_datetimes`;
* call arguments: :func:`escalation_requests` (keyword arguments that
  :func:`~appeal_rules.procedure.escalation_options` accepts) and :func:`invalid_complaint_inputs`
  (keyword arguments that :class:`~appeal_rules.model.Complaint` refuses, with the problem paths
  it must report);
* :func:`frozen_calendar`: the 2018-2030 calendar from a snapshot shipped in the package, so that
  your tests do not change when the ``holidays`` package is upgraded.

When the package is installed, Hypothesis registers strategies for :class:`~appeal_rules.model.Complaint`,
:class:`~appeal_rules.model.Registration`, :class:`~appeal_rules.model.Body`,
:class:`~appeal_rules.calendar.CalendarOverlay`, :class:`~appeal_rules.rules.Term` and
:class:`~appeal_rules.calendar.WorkingCalendar` (the frozen calendar) through its ``hypothesis``
entry point, so ``st.from_type(Complaint)`` and ``st.builds`` with type hints just work. Enums
need nothing: Hypothesis draws their members by itself.

>>> from hypothesis import find
>>> from appeal_rules import Channel
>>> find(complaints(), lambda c: c.channel is Channel.PORTAL).channel
<Channel.PORTAL: 'portal'>
"""

from __future__ import annotations

# The hook comes first: when this module is the first to import Hypothesis, Hypothesis runs its
# entry points while this module is still being imported, and finds the hook already defined.
_SETUP: dict[str, bool] = {"ready": False, "requested": False}


def _hypothesis_setup_hook() -> None:
    """Register this module's strategies with :func:`hypothesis.strategies.register_type_strategy`.

    Hypothesis calls it through the ``hypothesis`` entry point when it is imported; calling it
    again is harmless.

    >>> import hypothesis.strategies as st
    >>> from hypothesis import find
    >>> from appeal_rules import Complaint
    >>> _hypothesis_setup_hook()
    >>> isinstance(find(st.from_type(Complaint), lambda c: True), Complaint)
    True
    """
    if not _SETUP["ready"]:  # called while this module imports Hypothesis: register at its end
        _SETUP["requested"] = True
        return
    register_type_strategies()


# Hypothesis is optional: say how to get it, once, before the modules that use it are imported
# (a private module of this package is always imported after this one).
try:
    import hypothesis  # noqa: F401 - only checks that it is there
except ModuleNotFoundError as _err:  # pragma: no cover - exercised in a subprocess by the tests
    if _err.name is None or not _err.name.startswith("hypothesis"):
        raise
    raise ImportError(
        "appeal_rules.testing needs Hypothesis, an optional dependency of appeal_rules: "
        "install it with  pip install 'appeal_rules[hypothesis]'"
    ) from _err

from appeal_rules.testing._dates import aware_datetimes, calendar_dates, naive_datetimes, working_days  # noqa: E402
from appeal_rules.testing._invalid import InvalidComplaintInput, invalid_complaint_inputs  # noqa: E402
from appeal_rules.testing._registration import register_type_strategies  # noqa: E402
from appeal_rules.testing._requests import EscalationArguments, escalation_requests  # noqa: E402
from appeal_rules.testing._snapshot import SNAPSHOT_RESOURCE, frozen_calendar, write_snapshot  # noqa: E402
from appeal_rules.testing._values import bodies, calendar_overlays, complaints, registrations, stages, terms  # noqa: E402

__all__ = [
    "SNAPSHOT_RESOURCE",
    "EscalationArguments",
    "InvalidComplaintInput",
    "aware_datetimes",
    "bodies",
    "calendar_dates",
    "calendar_overlays",
    "complaints",
    "escalation_requests",
    "frozen_calendar",
    "invalid_complaint_inputs",
    "naive_datetimes",
    "registrations",
    "stages",
    "terms",
    "working_days",
    "write_snapshot",
]


def __dir__() -> list[str]:
    return __all__


_SETUP["ready"] = True
if _SETUP["requested"]:
    register_type_strategies()
