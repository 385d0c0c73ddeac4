"""The ``appeal-rules`` command, run in-process through ``main(argv)``.

Each command's text output, its ``--json`` output (validated against the published schemas), its
errors (every problem on stderr, named by the option that carries it) and its exit codes; the
batch's bad rows (an error cell, exit 1, no row dropped), streaming and progress; ``--help`` with
an example on every command; and one real subprocess, ``python -m appeal_rules --version``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shlex
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

import appeal_rules
from appeal_rules import BodyKind, review_deadline
from appeal_rules.cli import BatchSummary, _LineWriter, main, run_batch
from appeal_rules.serialization import handle, json_schema

COMMANDS = ("deadline", "explain", "escalation", "calendar", "batch")
ROOT = Path(__file__).resolve().parent.parent
CLI_PAGE = ROOT / "docs" / "cli.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def check(schema: str, payload: Any) -> None:
    Draft202012Validator(json_schema(schema), format_checker=Draft202012Validator.FORMAT_CHECKER).validate(payload)


# --- help, version, usage ----------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command_has_an_example_and_the_exit_codes(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert "Example" in out
    assert f"appeal-rules {command} " in out.split("Example", 1)[1]
    assert "Exit codes:" in out
    assert "--json" in out


def test_top_level_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in COMMANDS:
        assert command in out
    assert "Examples:" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"appeal-rules {appeal_rules.__version__}\n", "")


def test_python_m_appeal_rules_version() -> None:
    result = subprocess.run([sys.executable, "-m", "appeal_rules", "--version"], capture_output=True, text=True,
                            check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"appeal-rules {appeal_rules.__version__}\n", "")


@pytest.mark.parametrize("argv", [
    (), ("frobnicate",), ("deadline", "2025-01-06"), ("deadline", "2025-01-06", "--reviewer", "court"),
    ("escalation", "first_instance_answered"), ("calendar", "2025"),
])
def test_usage_errors_exit_2_on_stderr(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage: appeal-rules" in err
    assert "error:" in err


# --- deadline ----------------------------------------------------------------------------------


def test_deadline_text_shows_days_counted_and_skipped_with_the_rule_and_its_sources(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "deadline", "2024-12-31", "--reviewer", "service_provider")
    assert (code, err) == (0, "")
    assert out.startswith("Due: Friday 2025-01-10")
    assert "Working days counted (5):" in out
    assert "1. Sunday 2025-01-05 (a weekend day made working)" in out
    assert "Friday 2025-01-03: day off moved from Sunday 2025-01-05 by the transfer act" in out
    assert "Provisional: no" in out
    assert "review_term.first_instance@appc" in out
    assert "Civil Code (General Part), art. 173 [confirmed]" in out
    assert "Calendar data: holidays " in out


def test_deadline_json_is_the_service_payload(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "2024-12-31", "--reviewer", "service_provider", "--json")
    assert code == 0
    payload = json.loads(out)
    check("review-deadline", payload)
    assert payload == handle({"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "service_provider"})


def test_deadline_reports_every_problem_by_its_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "deadline", "2024-13-31", "--reviewer", "ministry", "--lodged-on", "2025",
                         "--rules-on", "yesterday")
    assert (code, out) == (2, "")
    assert "3 problems:" in err
    assert "- REGISTERED_ON: 2024-13-31 is not a day of the calendar; accepted: a date as YYYY-MM-DD" in err
    assert '- --lodged-on: got string "2025"' in err
    assert '- --rules-on: got string "yesterday"' in err


def test_deadline_errors_as_json_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "deadline", "2017-06-01", "--reviewer", "ministry", "--json")
    assert (code, out) == (2, "")
    payload = json.loads(err)
    check("error", payload)
    assert payload["error"]["type"] == "OutsideCoverageError"
    assert [p["path"] for p in payload["error"]["problems"]] == ["REGISTERED_ON"]


def test_provisional_policies(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("deadline", "2026-12-28", "--reviewer", "ministry")  # 5 working days run into 2027
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert "Provisional: YES" in out
    assert "past the calendar data horizon" in out
    code, out, err = run(capsys, *argv, "--on-provisional", "warn")
    assert code == 0
    assert out
    assert err.startswith("appeal-rules deadline: warning: provisional result:")
    code, out, err = run(capsys, *argv, "--on-provisional", "raise")
    assert (code, out) == (3, "")
    assert "provisional result" in err


def test_an_overlay_file_changes_the_deadline(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    before = review_deadline(dt.date(2027, 1, 4), BodyKind.MINISTRY)
    overlay = tmp_path / "order.json"
    overlay.write_text(json.dumps({"act": "Order (example)", "days_off": [before.counted[2].isoformat()],
                                   "confirms_years": [2026, 2027]}), encoding="utf-8")
    code, out, _ = run(capsys, "deadline", "2027-01-04", "--reviewer", "ministry", "--overlay", str(overlay), "--json")
    assert code == 0
    assert json.loads(out)["due"] > before.due.isoformat()
    overlay.write_text(json.dumps({"act": "Order (example)", "days_off": ["8 January"]}), encoding="utf-8")
    code, _, err = run(capsys, "deadline", "2027-01-04", "--reviewer", "ministry", "--overlay", str(overlay),
                       "--overlay", str(tmp_path / "missing.json"))
    assert code == 2
    assert f"--overlay {overlay}.days_off[0]: got string" in err
    assert "missing.json: cannot read" in err


# --- explain -----------------------------------------------------------------------------------

EXPLAIN = ("explain", "--respondent", "provider_official", "--appealed", "decision", "--channel", "in_person",
           "--lodged-on", "2024-12-31", "--addressee", "service_provider")


def test_explain_reads_like_the_procedure_with_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *EXPLAIN, "--registered-on", "2024-12-31", "--on", "2025-01-13")
    assert (code, err) == (0, "")
    for part in ("1. To whom", "is valid", "2. Proof of acceptance", "a registration stamp", "4. Review deadline",
                 "Due: 2025-01-10", "5. Options on 2025-01-13", "Go to court", "Rules applied (version: sources):",
                 "Service standard, appeal procedure (2018), clause 4"):
        assert part in out


def test_explain_json_from_flags_and_from_a_file_agree(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, *EXPLAIN, "--registered-on", "2024-12-31", "--json")
    assert code == 0
    from_flags = json.loads(out)
    check("assessment", from_flags)
    request = {"kind": "explain", "complaint": {"respondent": "provider_official", "appealed": "decision",
                                                "channel": "in_person", "lodged_on": "2024-12-31",
                                                "addressee": "service_provider"},
               "registration": {"registered_on": "2024-12-31", "body": "service_provider"}}
    path = tmp_path / "complaint.json"
    path.write_text(json.dumps(request), encoding="utf-8")
    code, out, _ = run(capsys, "explain", "--json-file", str(path), "--json")
    assert code == 0
    assert json.loads(out) == from_flags == handle(request)


def test_explain_problems_are_named_by_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "explain", "--respondent", "state_corporation", "--lodged-on", "2025-02-30",
                         "--registered-on", "2025-03-03", "--registered-by", "ministry")
    assert (code, out) == (2, "")
    assert "- --appealed: missing" in err
    assert "- --channel: missing" in err
    assert "- --lodged-on: 2025-02-30 is not a day of the calendar" in err
    code, _, err = run(capsys, "explain", "--respondent", "state_corporation", "--appealed", "action", "--channel",
                       "post", "--lodged-on", "2025-03-03", "--registered-on", "2025-03-03", "--registered-by",
                       "ministry")
    assert code == 2
    assert "- --registered-by: ministry may not receive this complaint" in err


def test_explain_refuses_flags_with_a_json_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "explain", "--json-file", str(path), "--channel", "post")
    assert code == 2
    assert "--channel: given with --json-file" in err
    assert "is not valid JSON" in err


# --- escalation --------------------------------------------------------------------------------


def test_escalation_lists_options_with_last_days_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "escalation", "first_instance_answered", "--on", "2025-03-03", "--answered-on",
                       "2025-01-20", "--learned-on", "2025-01-10")
    assert code == 0
    assert "1. Complain to the Agency of the Republic of Kazakhstan for Civil Service Affairs" in out
    assert "act by Thursday 2025-04-10" in out
    assert "2. Go to court  [EXPIRED]" in out
    assert "Sources: Administrative Procedural and Process Code No. 350-VI, art. 91(5)" in out


def test_escalation_pending_waits_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "escalation", "first_instance_pending", "--on", "2025-01-08", "--registered-on",
                       "2025-01-06")
    assert code == 0
    assert "Waiting until: Tuesday 2025-01-14" in out  # 7 January is Orthodox Christmas
    code, out, _ = run(capsys, "escalation", "before_filing", "--on", "2025-01-08", "--no-superior",
                       "--respondent", "state_corporation", "--json")
    payload = json.loads(out)
    check("escalation", payload)
    assert [o["kind"] for o in payload["options"]] == ["complain_first_instance", "go_to_court"]


def test_escalation_refusal_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "escalation", "quality_pending", "--on", "2025-01-08")
    assert code == 2
    assert "- --registered-on: missing at stage quality_pending" in err


# --- calendar ----------------------------------------------------------------------------------


def test_calendar_marks_transferred_days(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "2025", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "January 2025: 20 working days"
    row = next(line for line in lines if line.startswith("2025-01-03"))
    assert "no" in row
    assert "transferred" in row
    assert "[transferred]" in row
    row = next(line for line in lines if line.startswith("2025-01-05"))
    assert "yes" in row
    assert "working_weekend" in row
    assert sum(line[:4] == "2025" for line in lines) == 31
    assert "Provisional: no" in out


def test_calendar_marks_provisional_days_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "2027", "5")
    assert code == 0
    assert "[provisional]" in out
    assert "date estimated" in out
    assert "Provisional: YES" in out
    code, out, _ = run(capsys, "calendar", "2027", "5", "--json")
    payload = json.loads(out)
    check("calendar-month", payload)
    assert payload["provisional"] is True
    assert len(payload["days"]) == 31


@pytest.mark.parametrize(("argv", "message"), [
    (("2025", "13"), "- MONTH: got 13; accepted: a whole number >= 1 and <= 12"),
    (("twenty", "1"), '- YEAR: got string "twenty"; accepted: a whole number'),
    (("2040", "1"), "- YEAR: January 2040 is outside the calendar"),
])
def test_calendar_refusals(capsys: pytest.CaptureFixture[str], argv: tuple[str, str], message: str) -> None:
    code, out, err = run(capsys, "calendar", *argv)
    assert (code, out) == (2, "")
    assert message in err


# --- batch -------------------------------------------------------------------------------------

HEADER = ["id", "registered_on", "reviewer", "lodged_on", "respondent", "channel", "note"]
GOOD = [
    ["1", "2024-12-31", "service_provider", "2024-12-30", "provider_official", "post", "kept"],
    ["2", "2026-12-18", "quality_authority", "", "", "portal", "provisional"],
    ["3", "2025-01-06", "state_corporation", "", "state_corporation_employee", "in_person", ""],
]
BAD = [
    ["4", "2024-13-01", "fax", "", "bogus", "pigeon", "every problem at once"],
    ["5", "2025-01-06", "ministry", "2025-01-08", "service_provider", "", "registered before lodged"],
    ["6", "2025-01-06", "ministry", "", "state_corporation", "", "not an addressee"],
    ["7", "2017-05-05", "ministry"],
]


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_batch_of_good_rows(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    code, stdout, stderr = run(capsys, "batch", str(write_csv(tmp_path / "in.csv", GOOD)), "-o", str(out))
    assert (code, stdout, stderr) == (0, "", "")
    rows = read_csv(out)
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[0]["addressee"] == "service_provider|ministry"
    assert rows[0]["due"] == "2025-01-10"
    assert rows[0]["provisional"] == "false"
    assert rows[0]["rule_version"] == "review_term.first_instance@appc"
    assert rows[0]["note"] == "kept"
    assert rows[1]["provisional"] == "true"
    assert rows[1]["addressee"] == ""
    assert rows[2]["addressee"] == "state_corporation"
    assert all(r["error"] == "" for r in rows)


def test_batch_with_bad_rows_keeps_every_row_and_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    source = write_csv(tmp_path / "in.csv", [GOOD[0], *BAD, GOOD[2]])
    code, stdout, stderr = run(capsys, "batch", str(source), "-o", str(out))
    assert code == 1
    assert stdout == ""
    assert "4 of 6 rows failed" in stderr
    rows = read_csv(out)
    assert [r["id"] for r in rows] == ["1", "4", "5", "6", "7", "3"]
    by_id = {r["id"]: r for r in rows}
    assert by_id["1"]["error"] == by_id["3"]["error"] == ""
    errors = by_id["4"]["error"].split(" | ")
    assert [e.split(":")[0] for e in errors] == ["registered_on", "reviewer", "respondent", "channel"]
    assert by_id["5"]["error"].startswith("registered_on: 2025-01-06 is before lodged_on 2025-01-08")
    assert by_id["6"]["error"].startswith("reviewer: A complaint about the State Corporation")
    assert by_id["7"]["error"].startswith("registered_on: 2017-05-05 is before the rules this library encodes")
    for bad in ("4", "5", "6", "7"):
        assert by_id[bad]["due"] == by_id[bad]["addressee"] == by_id[bad]["rule_version"] == ""
    assert by_id["4"]["note"] == "every problem at once"


def test_batch_summary_as_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", [*GOOD, BAD[0]])
    code, stdout, _ = run(capsys, "batch", str(source), "-o", str(tmp_path / "out.csv"), "--json")
    assert code == 1
    assert json.loads(stdout)["rows"] == 4
    assert json.loads(stdout)["failed"] == 1
    code, stdout, stderr = run(capsys, "batch", str(source), "--json")
    assert code == 2
    assert stdout == ""
    assert json.loads(stderr)["error"]["problems"][0]["path"] == "--json"


def test_batch_refuses_a_header_without_the_required_columns(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    source = write_csv(tmp_path / "in.csv", [["1", "2025-01-06"]], header=["id", "registered"])
    code, _, stderr = run(capsys, "batch", str(source), "-o", str(out))
    assert code == 2
    assert "- header: missing column 'registered_on'" in stderr
    assert "- header: missing column 'reviewer'" in stderr
    assert not out.exists()
    code, _, stderr = run(capsys, "batch", str(tmp_path / "nowhere.csv"))
    assert code == 2
    assert "cannot read" in stderr


def test_batch_ragged_and_unreadable_rows_keep_their_place() -> None:
    source = io.StringIO("id,registered_on,reviewer\n1,2025-01-06,ministry,extra\n2,2025-01-06\n\n"
                         "3,2025-01-06,ministry\n")
    sink = io.StringIO()
    summary = run_batch(source, sink)
    assert summary == BatchSummary(rows=3, failed=2, calendar_version=summary.calendar_version)
    rows = list(csv.DictReader(io.StringIO(sink.getvalue())))
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[0]["error"].startswith("row: 4 cells, the header has 3; extra cells: ['extra']")
    assert rows[1]["error"] == "reviewer: missing; accepted: one of: service_provider, ministry, " \
                               "state_corporation, quality_authority, court"
    assert rows[2]["due"] == "2025-01-14"


def test_batch_from_stdin_to_stdout(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("id,registered_on,reviewer\n1,2024-12-31,ministry\n"))
    code, stdout, stderr = run(capsys, "batch", "-")
    assert (code, stderr) == (0, "")
    assert stdout.splitlines()[1].startswith("1,2024-12-31,ministry,,2025-01-10,false,")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _many_rows(path: Path, count: int) -> Path:
    days = [dt.date(2025, 3, 3) + dt.timedelta(days=i) for i in range(28)]
    rows = [[str(i), days[i % 28].isoformat(), ("ministry", "service_provider")[i % 2], "", "provider_official",
             "post", ""] for i in range(count)]
    return write_csv(path, rows)


def test_batch_progress_only_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = _many_rows(tmp_path / "in.csv", 9000)
    code, _, stderr = run(capsys, "batch", str(source), "-o", str(tmp_path / "quiet.csv"))
    assert (code, stderr) == (0, "")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["batch", str(source), "-o", str(tmp_path / "shown.csv")]) == 0
    shown = terminal.getvalue()
    assert "\rappeal-rules batch: 8,192 rows (" in shown
    assert shown.endswith("9,000 rows, 0 failed. Done.\n")


class _Discard(io.StringIO):
    def write(self, text: str) -> int:
        return len(text)


def test_batch_streams_rows_in_constant_memory(tmp_path: Path) -> None:
    small, large = _many_rows(tmp_path / "small.csv", 2_000), _many_rows(tmp_path / "large.csv", 20_000)

    def peak(path: Path) -> int:
        with path.open(newline="", encoding="utf-8") as source:
            tracemalloc.start()
            try:
                run_batch(source, _Discard())
                return tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

    peak(small)  # warm the calendar and the rule tables
    assert peak(large) < peak(small) * 1.5 + 200_000


def test_batch_answers_match_the_library(tmp_path: Path) -> None:
    source = _many_rows(tmp_path / "in.csv", 200)
    sink = io.StringIO()
    with source.open(newline="", encoding="utf-8") as f:
        run_batch(f, sink)
    for row in csv.DictReader(io.StringIO(sink.getvalue())):
        expected = review_deadline(dt.date.fromisoformat(row["registered_on"]), BodyKind(row["reviewer"]))
        assert row["due"] == expected.due.isoformat()
        assert row["rule_version"] == expected.rule_version


@given(st.lists(st.text(alphabet=st.sampled_from('ab ,"\r\n\u00e9'), max_size=6), min_size=2, max_size=6))
def test_a_written_line_reads_back_as_the_same_row(row: list[str]) -> None:
    line = _LineWriter(io.StringIO()).format(row)
    assert next(csv.reader(io.StringIO(line + "\n"))) == row
    if not any(c in cell for cell in row for c in ',"\r\n'):
        assert line == ",".join(row)  # the batch's fast path writes exactly this


def test_batch_quotes_cells_that_need_it() -> None:
    source = io.StringIO('id,registered_on,reviewer,note\n1,2024-12-31,ministry,"a, b ""c""\r\nd"\n'
                         "2,2024-13-01,ministry,plain\n")
    sink = io.StringIO()
    run_batch(source, sink)
    rows = list(csv.DictReader(io.StringIO(sink.getvalue())))
    assert [r["note"] for r in rows] == ['a, b "c"\r\nd', "plain"]
    assert rows[0]["due"] == "2025-01-10"
    assert rows[1]["error"].startswith("registered_on: '2024-13-01' is not a valid date")


# --- the reference page shows real output --------------------------------------------------------


def _sessions() -> list[str]:
    return re.findall(r"```console\n(.*?)```", CLI_PAGE.read_text(encoding="utf-8"), re.S)


def _same_calendar_data(text: str) -> str:
    """The output with the holidays package's version blanked (an upgrade changes only that)."""
    return re.sub(r"holidays \d+(\.\d+)*", "holidays X", text)


@pytest.mark.parametrize("session", _sessions(), ids=lambda s: s.splitlines()[0][2:60])
def test_every_session_in_the_cli_reference_prints_what_the_page_shows(
    session: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = CLI_PAGE.read_text(encoding="utf-8")
    for name, body in re.findall(r"```\{code-block\} text\n:caption: (\S+)\n\n(.*?)```", page, re.S):
        (tmp_path / name).write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    shown = re.split(r"^\$ (.*)\n", session, flags=re.M)[1:]
    code = 0
    for command, expected in zip(shown[::2], shown[1::2], strict=True):
        argv = shlex.split(command)
        if argv[0] == "echo":
            actual = f"{code}\n"
        elif argv[0] == "cat":
            actual = (tmp_path / argv[1]).read_text(encoding="utf-8")
        else:
            assert argv[0] == "appeal-rules"
            code = main(argv[1:])
            out, err = capsys.readouterr()
            actual = out + err
        assert _same_calendar_data(actual) == _same_calendar_data(expected), f"$ {command}"


def test_an_overlay_file_the_library_wrote_is_read_by_every_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`dumps(CalendarOverlay(...))` (with its schema_version) works with --overlay everywhere.

    It used to be refused by deadline, explain, escalation and calendar (the overlay was read as a
    field of the request, where schema_version is unknown) and accepted by batch only.
    """
    from appeal_rules import CalendarOverlay
    from appeal_rules.serialization import dumps

    order = CalendarOverlay(act="Order No. 1 (test)", days_off=(dt.date(2027, 1, 8),),
                            working_days=(dt.date(2027, 1, 16),), confirms_years=(2026, 2027))
    path = tmp_path / "order.json"
    path.write_text(dumps(order), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == "1"
    code, out, err = run(capsys, "deadline", "2027-01-06", "--reviewer", "service_provider",
                         "--overlay", str(path), "--json")
    assert (code, err) == (0, "")
    # 7 January (Christmas) and 8 January (the order) off: days 1-5 are 11-15 January (without the
    # order, 8 January would be day 1 and the due date the 14th).
    assert json.loads(out)["due"] == "2027-01-15"
    code, out, err = run(capsys, "calendar", "2027", "1", "--overlay", str(path), "--json")
    assert (code, err) == (0, "")
    assert {d["date"]: d["working"] for d in json.loads(out)["days"]}["2027-01-16"] is True
    rows = tmp_path / "rows.csv"
    rows.write_text("id,registered_on,reviewer\n1,2027-01-06,service_provider\n", encoding="utf-8")
    code, out, err = run(capsys, "batch", str(rows), "--overlay", str(path))
    assert code == 0
    assert "2027-01-15" in out


def test_a_bad_overlay_file_is_named_by_its_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The same message for every command: the file, then the field."""
    path = tmp_path / "bad.json"
    path.write_text('{"act": "A", "days_off": ["not a date"]}', encoding="utf-8")
    rows = tmp_path / "rows.csv"
    rows.write_text("id,registered_on,reviewer\n1,2025-01-06,service_provider\n", encoding="utf-8")
    messages = []
    for argv in (("deadline", "2025-01-06", "--reviewer", "service_provider"), ("calendar", "2025", "1"),
                 ("batch", str(rows))):
        code, _, err = run(capsys, *argv, "--overlay", str(path))
        assert code == 2
        messages.append(err.split(": error: ", 1)[1])
    assert len(set(messages)) == 1
    assert f"- --overlay {path}.days_off[0]: " in messages[0]
