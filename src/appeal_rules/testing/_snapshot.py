"""The frozen calendar shipped in the package, and the command that rewrites its snapshot."""

from __future__ import annotations

import argparse
import functools
import importlib.resources
import json
import pathlib
from collections.abc import Sequence

from appeal_rules.calendar import WorkingCalendar

#: Where the frozen calendar's snapshot lives inside the package.
SNAPSHOT_RESOURCE = "data/kz-calendar-2018-2030.json"


# --- the frozen calendar -----------------------------------------------------------------------


@functools.cache
def frozen_calendar() -> WorkingCalendar:
    """Kazakhstan's 2018-2030 working-day calendar, frozen in a snapshot shipped with the package.

    It never consults the ``holidays`` package, so its answers do not change when ``holidays`` is
    upgraded; its :attr:`~appeal_rules.calendar.WorkingCalendar.version` starts with ``"frozen "``.
    Pass it as ``calendar=`` to the library's functions (and to these strategies) for tests that
    must not move. The same object is returned on every call (a calendar is immutable).

    >>> import datetime as dt
    >>> cal = frozen_calendar()
    >>> cal.version.startswith("frozen "), cal.first_year, cal.last_year
    (True, 2018, 2030)
    >>> cal.is_working_day(dt.date(2025, 1, 5))  # a Sunday made a working day
    True
    """
    text = importlib.resources.files("appeal_rules").joinpath(SNAPSHOT_RESOURCE).read_text(encoding="utf-8")
    return WorkingCalendar.from_snapshot(json.loads(text))


def write_snapshot(path: str | pathlib.Path, calendar: WorkingCalendar | None = None) -> pathlib.Path:
    """Write a calendar's snapshot as JSON to ``path``, and return the path.

    ``calendar`` defaults to a fresh 2018-2030 calendar built from the installed ``holidays``.

    To refresh the snapshot shipped in the package after checking a ``holidays`` upgrade, run
    ``python -m appeal_rules.testing --write-snapshot src/appeal_rules/data/kz-calendar-2018-2030.json``.

    >>> import json, pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = write_snapshot(pathlib.Path(tmp) / "calendar.json", frozen_calendar())
    ...     json.loads(path.read_text(encoding="utf-8"))["version"].startswith("frozen ")
    True
    """
    cal = calendar if calendar is not None else WorkingCalendar()
    target = pathlib.Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(cal.snapshot(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m appeal_rules.testing",
        description="Tools for the frozen calendar that appeal_rules.testing ships.",
    )
    parser.add_argument("--write-snapshot", metavar="PATH", required=True,
                        help="write the 2018-2030 calendar, built from the installed holidays package, to PATH")
    args = parser.parse_args(argv)
    path = write_snapshot(args.write_snapshot)
    print(f"wrote {path} ({WorkingCalendar.from_snapshot(json.loads(path.read_text(encoding='utf-8'))).version})")
    return 0
