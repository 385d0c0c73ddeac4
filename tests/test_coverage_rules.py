"""RuleVersion.in_force_on with a moment in time."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_rules import InputTypeError, InvalidInputError, rule_version

COURT_APPC = rule_version("court", dt.date(2025, 1, 6))  # in force from 2021-07-01


@pytest.mark.parametrize(
    ("moment", "in_force"),
    [
        # Almaty was UTC+6 in 2021: 20:00 UTC on 30 June is 02:00 on 1 July there.
        (dt.datetime(2021, 6, 30, 20, 0, tzinfo=dt.UTC), True),
        (dt.datetime(2021, 6, 30, 17, 59, tzinfo=dt.UTC), False),
        (dt.datetime(2021, 7, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))), False),  # 21:30 on 30 June
    ],
)
def test_an_aware_datetime_is_read_as_its_day_in_kazakhstan(moment: dt.datetime, in_force: bool) -> None:
    assert COURT_APPC.effective_from == dt.date(2021, 7, 1)
    assert COURT_APPC.in_force_on(moment) is in_force


def test_a_naive_datetime_or_a_string_is_refused() -> None:
    with pytest.raises(InvalidInputError) as caught:
        COURT_APPC.in_force_on(dt.datetime(2021, 7, 1, 12, 0))
    assert [p.path for p in caught.value.problems] == ["day"]
    assert caught.value.problems[0].message == "got a naive datetime 2021-07-01T12:00:00"
    with pytest.raises(InputTypeError) as typed:
        COURT_APPC.in_force_on("2021-07-01")  # type: ignore[arg-type]
    assert [(p.path, p.message) for p in typed.value.problems] == [("day", "got str '2021-07-01'")]
