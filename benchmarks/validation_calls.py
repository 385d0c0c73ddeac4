"""Count the checking work one public call does: calls into the validation helpers and rule look-ups.

The redesign of issue 10 asks that input be checked once, at the edge. This script profiles one
``assess()`` call (and one ``review_deadline()`` call) and counts every call into
``appeal_rules._validate`` and into the rule table's look-up functions, by function name, so the
figure can be compared before and after a change::

    python benchmarks/validation_calls.py
"""

from __future__ import annotations

import collections
import datetime as dt
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import appeal_rules as ar

#: (module, function) pairs counted; the validation module's every function is counted.
_LOOKUPS = {("appeal_rules.rules", "rule_version"), ("appeal_rules.rules", "rule"),
            ("appeal_rules.procedure", "addressees"), ("appeal_rules.procedure", "allowed_addressees")}


def count_calls(call: Callable[[], object]) -> collections.Counter[str]:
    """The checking calls ``call()`` makes, by ``module.function``."""
    counts: collections.Counter[str] = collections.Counter()

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        if event != "call":
            return
        parts = frame.f_globals.get("__name__", "").split(".")
        while len(parts) > 2 and parts[-1].startswith("_"):  # a package's private module: the package
            parts.pop()
        module = ".".join(parts)
        name = frame.f_code.co_name
        if module == "appeal_rules._validate" or (module, name) in _LOOKUPS:
            counts[f"{module.removeprefix('appeal_rules.')}.{name}"] += 1

    ar.is_working_day(dt.date(2025, 1, 1))  # build the calendar's index first: only the call's own work counts
    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return counts


def main() -> None:
    complaint = ar.Complaint(respondent=ar.Respondent.PROVIDER_OFFICIAL, appealed=ar.AppealedAct.DECISION,
                             channel=ar.Channel.PORTAL, lodged_on=dt.date(2025, 3, 3),
                             addressee=ar.BodyKind.SERVICE_PROVIDER)
    cases: dict[str, Callable[[], object]] = {
        "assess(complaint, on=...)": lambda: ar.assess(complaint, on=dt.date(2025, 3, 20)),
        "review_deadline(date, SERVICE_PROVIDER)": lambda: ar.review_deadline(
            dt.date(2025, 3, 3), ar.BodyKind.SERVICE_PROVIDER),
    }
    for title, call in cases.items():
        counts = count_calls(call)
        print(f"{title}: {sum(counts.values())} checking calls")
        for name, n in sorted(counts.items()):
            print(f"  {name:40} {n}")


if __name__ == "__main__":
    main()
