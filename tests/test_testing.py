"""appeal_rules.testing: its strategies make valid (or, on purpose, invalid) inputs, Hypothesis
finds its type strategies through the entry point, and the frozen calendar matches the live one."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import importlib.resources
import json
import os
import pathlib
import subprocess
import sys
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

import appeal_rules.testing as testing_module
import appeal_rules.testing._snapshot as snapshot_module
from appeal_rules import (
    CalendarOverlay,
    Complaint,
    InvalidInputError,
    Registration,
    Stage,
    WorkingCalendar,
    check_addressee,
    escalation_options,
    registration_date,
)
from appeal_rules.calendar import DayKind, default_calendar
from appeal_rules.model import Body
from appeal_rules.rules import Term
from appeal_rules.testing import (
    EscalationArguments,
    InvalidComplaintInput,
    _hypothesis_setup_hook,
    aware_datetimes,
    bodies,
    calendar_dates,
    calendar_overlays,
    complaints,
    escalation_requests,
    frozen_calendar,
    invalid_complaint_inputs,
    naive_datetimes,
    registrations,
    stages,
    terms,
    working_days,
    write_snapshot,
)

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False,
                          timeout=120)


# --- the module --------------------------------------------------------------------------------


def test_public_names_are_documented_with_examples() -> None:
    assert sorted(dir(testing_module)) == sorted(testing_module.__all__)
    for name in testing_module.__all__:
        obj = getattr(testing_module, name)
        if callable(obj):
            assert obj.__doc__, name
            assert ">>>" in obj.__doc__, name


def test_importing_appeal_rules_does_not_import_hypothesis() -> None:
    result = _run("import sys, appeal_rules, appeal_rules.labels; print('hypothesis' in sys.modules)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_without_hypothesis_the_error_names_the_extra() -> None:
    result = _run(
        "import sys\n"
        "sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import appeal_rules.testing\n"
        "except ImportError as err:\n"
        "    print(err)\n"
    )
    assert result.returncode == 0, result.stderr
    assert "appeal_rules[hypothesis]" in result.stdout


def test_entry_point_is_registered() -> None:
    points = importlib.metadata.entry_points(group="hypothesis")
    assert any(p.value == "appeal_rules.testing:_hypothesis_setup_hook" for p in points), list(points)
    hook = next(p for p in points if p.value == "appeal_rules.testing:_hypothesis_setup_hook").load()
    assert hook is _hypothesis_setup_hook


@pytest.mark.parametrize("first", ["import hypothesis", "import appeal_rules.testing"])
def test_from_type_works_through_the_entry_point_alone(first: str) -> None:
    # Whichever is imported first, Hypothesis's entry point registers the type strategies.
    result = _run(
        f"{first}\n"
        "import hypothesis.strategies as st\n"
        "from hypothesis import find\n"
        "from appeal_rules import Complaint, WorkingCalendar\n"
        "print(type(find(st.from_type(Complaint), lambda c: True)).__name__)\n"
        "print(find(st.from_type(WorkingCalendar), lambda c: True).version.startswith('frozen '))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Complaint", "True"]


@pytest.mark.parametrize("cls", [Complaint, Registration, Body, CalendarOverlay, Term, WorkingCalendar])
def test_from_type(cls: type) -> None:
    _hypothesis_setup_hook()  # idempotent; the entry point has already called it

    @given(st.from_type(cls))
    def check(value: object) -> None:
        assert isinstance(value, cls)

    check()


@given(st.builds(lambda c, b: (c, b), st.from_type(Complaint), st.from_type(Body)))
def test_from_type_inside_builds(pair: tuple[Complaint, Body]) -> None:
    assert isinstance(pair[0], Complaint)
    assert isinstance(pair[1], Body)


# --- the frozen calendar -----------------------------------------------------------------------


def test_snapshot_is_shipped_in_the_package() -> None:
    resource = importlib.resources.files("appeal_rules").joinpath(testing_module.SNAPSHOT_RESOURCE)
    data = json.loads(resource.read_text(encoding="utf-8"))
    assert (data["first_year"], data["last_year"]) == (2018, 2030)


def test_frozen_calendar_says_it_is_frozen() -> None:
    cal = frozen_calendar()
    assert cal.version.startswith("frozen ")
    assert cal is frozen_calendar()
    assert (cal.first_year, cal.last_year) == (2018, 2030)


def test_frozen_calendar_agrees_with_the_live_calendar_on_every_day() -> None:
    # Fails after a `holidays` upgrade that changes a day: check the change, then regenerate with
    #   python -m appeal_rules.testing --write-snapshot src/appeal_rules/data/kz-calendar-2018-2030.json
    frozen, live = frozen_calendar(), default_calendar()
    first, last = dt.date(2018, 1, 1), dt.date(2030, 12, 31)
    frozen_days, live_days = frozen.days(first, last), live.days(first, last)
    assert len(frozen_days) == (last - first).days + 1
    differing = [(f, x) for f, x in zip(frozen_days, live_days, strict=True) if f != x]
    assert not differing, differing[:5]
    assert frozen.horizon == live.horizon
    assert frozen.version.removeprefix("frozen ").split(";")[1:] == live.version.split(";")[1:]
    assert frozen.provisional_reasons(first, last) == live.provisional_reasons(first, last)
    assert frozen.working_days_between(first, last) == live.working_days_between(first, last)


def test_write_snapshot_round_trips(tmp_path: pathlib.Path) -> None:
    path = write_snapshot(tmp_path / "sub" / "cal.json", frozen_calendar())
    again = WorkingCalendar.from_snapshot(json.loads(path.read_text(encoding="utf-8")))
    assert again.version == frozen_calendar().version
    assert again.days(again.first_day, again.last_day) == frozen_calendar().days(again.first_day, again.last_day)


def test_command_line_writes_the_live_calendar(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "cal.json"
    assert snapshot_module.main(["--write-snapshot", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["version"] == "frozen " + default_calendar().version
    assert "wrote" in capsys.readouterr().out


def test_wheel_ships_the_snapshot(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("hatchling")
    result = subprocess.run(
        [sys.executable, "-c", f"from hatchling.build import build_wheel; print(build_wheel({str(tmp_path)!r}))"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    wheel = tmp_path / result.stdout.strip().splitlines()[-1]
    names = zipfile.ZipFile(wheel).namelist()
    assert "appeal_rules/data/kz-calendar-2018-2030.json" in names
    assert "appeal_rules/testing/__init__.py" in names
    assert "appeal_rules/labels/__init__.py" in names


# --- the strategies make valid values ----------------------------------------------------------


@given(calendar_dates())
def test_calendar_dates_lie_in_the_calendar(day: dt.date) -> None:
    assert default_calendar().first_day <= day <= default_calendar().last_day
    default_calendar().is_working_day(day)  # never refused


@given(calendar_dates(frozen_calendar(), min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31)))
def test_calendar_dates_bounds(day: dt.date) -> None:
    assert day.year == 2024


@given(working_days())
def test_working_days_are_working_days(day: dt.date) -> None:
    assert default_calendar().is_working_day(day)


@given(working_days(frozen_calendar(), min_value=dt.date(2025, 1, 1), max_value=dt.date(2025, 1, 10)))
def test_working_days_within_bounds(day: dt.date) -> None:
    assert day in {dt.date(2025, 1, 5), dt.date(2025, 1, 6), dt.date(2025, 1, 8), dt.date(2025, 1, 9),
                   dt.date(2025, 1, 10)}


def test_empty_bounds_are_refused() -> None:
    with pytest.raises(ValueError, match="no date"):
        calendar_dates(min_value=dt.date(2031, 1, 1))


@given(complaints())
def test_complaints_are_valid(complaint: Complaint) -> None:
    assert isinstance(complaint, Complaint)
    assert complaint.learned_on is None or complaint.learned_on <= complaint.lodged_on
    # Rebuilding from its fields passes validation again.
    assert Complaint(complaint.respondent, complaint.appealed, complaint.channel, complaint.lodged_on,
                     complaint.addressee, complaint.office, complaint.learned_on) == complaint


@given(complaints(valid_addressee=True))
def test_complaints_with_a_valid_addressee(complaint: Complaint) -> None:
    assert complaint.addressee is not None
    assert check_addressee(complaint.respondent, complaint.addressee, lodged_on=complaint.lodged_on).valid


@given(registrations(min_date=dt.date(2021, 7, 1)))
def test_registrations_are_valid(registration: Registration) -> None:
    assert registration.registered_on >= dt.date(2021, 7, 1)
    assert registration.number is None or registration.number.startswith("No. ")


@given(bodies())
def test_bodies_are_valid(body: Body) -> None:
    assert isinstance(body.name, str)
    assert body.postal_address is None or body.postal_address[:6].isdigit()


@given(stages(), terms())
def test_stages_and_terms(stage: Stage, term: Term) -> None:
    assert isinstance(stage, Stage)
    assert term.length >= 0
    assert term.describe()


@given(calendar_overlays())
def test_overlays_are_accepted_and_applied(overlay: CalendarOverlay) -> None:
    cal = WorkingCalendar(overlays=(overlay,))
    for day in overlay.days_off:
        assert cal.day(day).kind is DayKind.OVERLAY_DAY_OFF
    for day in overlay.working_days:
        assert cal.day(day).kind is DayKind.OVERLAY_WORKING
    assert not set(overlay.days_off) & set(overlay.working_days)


@given(escalation_requests())
def test_escalation_requests_are_accepted(request: EscalationArguments) -> None:
    result = escalation_options(**request)
    assert result.stage is request["stage"]
    if request["stage"] in (Stage.FIRST_INSTANCE_PENDING, Stage.QUALITY_PENDING):
        assert result.waiting_until is not None
        assert result.waiting_until >= request["on"]
        assert not result.options
    elif request["stage"] is not Stage.COURT:
        assert result.options


@given(escalation_requests(frozen_calendar(), stage=Stage.QUALITY_OVERDUE))
def test_escalation_requests_for_one_stage_and_calendar(request: EscalationArguments) -> None:
    assert request["stage"] is Stage.QUALITY_OVERDUE
    assert request["calendar"] is frozen_calendar()
    assert {o.kind.value for o in escalation_options(**request).options} == {"go_to_court"}


@given(invalid_complaint_inputs())
def test_invalid_inputs_are_refused_with_the_expected_paths(case: InvalidComplaintInput) -> None:
    assert case.paths
    with pytest.raises(InvalidInputError) as info:
        Complaint(**case.kwargs)
    paths = [p.path for p in info.value.problems]
    assert set(paths) == case.paths
    assert len(paths) == len(case.paths)


@given(naive_datetimes())
def test_naive_datetimes_are_refused(moment: dt.datetime) -> None:
    assert moment.tzinfo is None
    with pytest.raises(InvalidInputError) as info:
        Complaint("service_provider", "decision", "post", moment)
    assert [p.path for p in info.value.problems] == ["lodged_on"]
    with pytest.raises(InvalidInputError):
        registration_date(moment)


@given(aware_datetimes())
def test_aware_datetimes_become_a_date_in_the_calendar(moment: dt.datetime) -> None:
    assert moment.utcoffset() is not None
    complaint = Complaint("service_provider", "decision", "post", moment)
    assert type(complaint.lodged_on) is dt.date
    assert default_calendar().first_day <= complaint.lodged_on <= default_calendar().last_day
