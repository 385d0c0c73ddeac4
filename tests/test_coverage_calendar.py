"""WorkingCalendar: its repr, a first use from many threads, the memo's bound, a snapshot's version."""

from __future__ import annotations

import datetime as dt
import threading
from types import TracebackType
from typing import Any

import pytest

import appeal_rules.calendar as calendar_module
from appeal_rules import CalendarOverlay, InputTypeError, WorkingCalendar, default_calendar


def test_repr_names_the_years_and_the_number_of_overlays() -> None:
    assert repr(WorkingCalendar(first_year=2024, last_year=2026)) == (
        "WorkingCalendar(first_year=2024, last_year=2026, overlays=0)"
    )
    order = CalendarOverlay(act="Order (example)", days_off=(dt.date(2027, 1, 8),))
    assert repr(WorkingCalendar(overlays=[order])) == "WorkingCalendar(first_year=2018, last_year=2030, overlays=1)"


class _GateLock:
    """A lock that counts the threads that reached it, so a test can line them up before it opens."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.arrived = 0
        self.changed = threading.Condition()

    def __enter__(self) -> _GateLock:
        with self.changed:
            self.arrived += 1
            self.changed.notify_all()
        self.lock.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.lock.release()


def test_a_first_use_from_many_threads_builds_the_index_once(monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[int] = []
    real_build = calendar_module._index_from_days

    def counting_build(*args: Any, **kwargs: Any) -> Any:
        builds.append(1)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(calendar_module, "_index_from_days", counting_build)
    cal = WorkingCalendar(first_year=2024, last_year=2025)
    gate = _GateLock()
    monkeypatch.setattr(cal, "_lock", gate)
    answers: list[dt.date] = []

    def ask() -> None:
        answers.append(cal.add_working_days(dt.date(2024, 12, 31), 5))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    gate.lock.acquire()  # every thread finds no index and waits at the lock
    try:
        for thread in threads:
            thread.start()
        with gate.changed:
            assert gate.changed.wait_for(lambda: gate.arrived == len(threads), timeout=20)
    finally:
        gate.lock.release()
    for thread in threads:
        thread.join(timeout=20)
        assert not thread.is_alive()
    assert answers == [dt.date(2025, 1, 10)] * len(threads)
    assert builds == [1]  # the threads that waited used the index the first one built
    assert cal.is_working_day(dt.date(2025, 1, 5)) is True
    assert builds == [1]


def test_the_memo_is_emptied_when_it_reaches_its_bound() -> None:
    cal = WorkingCalendar(first_year=2024, last_year=2025)
    for i in range(16_384):
        cal.memo_put(("key", i), i)
    assert cal.memo_get(("key", 0)) == 0
    assert cal.memo_get(("key", 16_383)) == 16_383
    cal.memo_put("one more", "kept")
    assert cal.memo_get("one more") == "kept"
    assert cal.memo_get(("key", 0)) is None
    assert cal.memo_get(("key", 16_383)) is None


def test_a_snapshot_whose_version_is_not_text_is_refused() -> None:
    data = default_calendar().snapshot()
    data["version"] = 7
    with pytest.raises(InputTypeError) as caught:
        WorkingCalendar.from_snapshot(data)
    assert [(p.path, p.message, p.accepted) for p in caught.value.problems] == [
        ("snapshot.version", "got int 7", "a string")
    ]
