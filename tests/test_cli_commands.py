"""The ``appeal-rules`` commands other than ``batch``, run in-process through ``main(argv)``.

Each command's text output (with both flags, Provisional and Confirmed), its ``--json`` output
(validated against the published schemas), its errors (every problem on stderr, named by the
option that carries it) and its exit codes; dates typed as YYYY-MM-DD or DD.MM.YYYY; ``--help``
with an example on every command; ``python -m appeal_rules``; and every session shown in
docs/cli.md, run as the page shows it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import io
import json
import os
import re
import runpy
import shlex
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

import appeal_rules
from appeal_rules import BodyKind, review_deadline
from appeal_rules.cli import main
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
    assert "- REGISTERED_ON: 2024-13-31 is not a day of the calendar; accepted: a date as YYYY-MM-DD or " \
           "DD.MM.YYYY" in err
    assert "- --lodged-on: '2025' is a number, not a date" in err
    assert "- --rules-on: got 'yesterday'" in err


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
    # A complaint about an employee's service goes to the State Corporation's head only (seed clause 5).
    code, _, err = run(capsys, "explain", "--respondent", "state_corporation_employee", "--appealed", "action",
                       "--channel", "post", "--lodged-on", "2025-03-03", "--registered-on", "2025-03-03",
                       "--registered-by", "ministry")
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



# --- overlay and request files -----------------------------------------------------------------


def test_an_overlay_file_that_is_not_json_is_named_with_the_parse_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "order.json"
    bad.write_text("{nope", encoding="utf-8")
    code, out, err = run(capsys, "deadline", "2025-01-06", "--reviewer", "ministry", "--overlay", str(bad))
    assert (code, out) == (2, "")
    assert err == (f"appeal-rules deadline: error: 1 problem:\n- --overlay {bad}: not valid JSON: Expecting "
                   "property name enclosed in double quotes at line 1; accepted: a CalendarOverlay as JSON\n")


REQUEST = {
    "complaint": {"respondent": "provider_official", "appealed": "decision", "channel": "in_person",
                  "lodged_on": "2025-03-03"},
    "registration": {"registered_on": "2025-03-03"},
}


def _order(path: Path, act: str, day: str) -> Path:
    path.write_text(json.dumps({"act": act, "days_off": [day]}), encoding="utf-8")
    return path


def _due(stdout: str) -> str:
    due: str = json.loads(stdout)["deadline"]["due"]
    return due


def test_explain_adds_overlay_files_to_the_overlays_of_a_json_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plain, with_one = tmp_path / "plain.json", tmp_path / "with_one.json"
    plain.write_text(json.dumps(REQUEST), encoding="utf-8")
    order_a = _order(tmp_path / "a.json", "Order A (example)", "2025-03-04")
    order_b = _order(tmp_path / "b.json", "Order B (example)", "2025-03-05")
    with_one.write_text(json.dumps({**REQUEST, "overlays": [json.loads(order_a.read_text(encoding="utf-8"))]}),
                        encoding="utf-8")
    # 5 working days from Monday 3 March 2025: 4, 5, 6, 7 and 11 March (8 March, a Saturday, is
    # carried over to Monday 10 March). Each overlay day off moves the due date one working day.
    code, out, _ = run(capsys, "explain", "--json-file", str(plain), "--json")
    assert (code, _due(out)) == (0, "2025-03-11")
    code, out, _ = run(capsys, "explain", "--json-file", str(plain), "--json", "--overlay", str(order_a))
    assert (code, _due(out)) == (0, "2025-03-12")
    code, out, _ = run(capsys, "explain", "--json-file", str(with_one), "--json", "--overlay", str(order_b))
    assert (code, _due(out)) == (0, "2025-03-13")


def test_explain_refuses_overlays_that_are_not_a_list_in_the_json_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    request = tmp_path / "request.json"
    request.write_text(json.dumps({**REQUEST, "overlays": "nope"}), encoding="utf-8")
    order = _order(tmp_path / "order.json", "Order (example)", "2025-03-04")
    code, out, err = run(capsys, "explain", "--json-file", str(request), "--overlay", str(order))
    assert (code, out) == (2, "")
    assert err == ('appeal-rules explain: error: 1 problem:\n- overlays: got string "nope"; accepted: an array, '
                   "each item an object (CalendarOverlay)\n")


def test_explain_names_a_json_file_it_cannot_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    code, out, err = run(capsys, "explain", "--json-file", str(missing))
    assert (code, out) == (2, "")
    assert err.startswith(f"appeal-rules explain: error: 1 problem:\n- --json-file: cannot read {missing}: ")
    assert err.endswith("; accepted: a readable UTF-8 JSON file\n")


# --- explain and escalation as text ------------------------------------------------------------


def test_explain_before_registration_has_no_deadline_and_no_addressee_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "explain", "--respondent", "provider_official", "--appealed", "decision",
                         "--channel", "post", "--lodged-on", "2025-03-03")
    assert (code, err) == (0, "")
    assert "4. Review deadline: counted from registration, which has not happened yet." in out
    assert "5. Options on 2025-03-03 (before_filing, rules of the appc regime):" in out
    rules = out.split("Rules applied (version: sources):\n", 1)[1].splitlines()
    versions = [line.split(":", 1)[0].strip() for line in rules]
    assert "review_term.first_instance@appc" in versions
    assert not any(v.startswith("addressee_check") for v in versions)


def test_explain_lists_each_rule_version_once(capsys: pytest.CaptureFixture[str]) -> None:
    # Registered and asked on the same day: the deadline and the pending stage share their rules.
    code, out, _ = run(capsys, "explain", "--respondent", "provider_official", "--appealed", "decision",
                       "--channel", "post", "--lodged-on", "2019-05-06", "--registered-on", "2019-05-06")
    assert code == 0
    rules = out.split("Rules applied (version: sources):\n", 1)[1].splitlines()
    versions = [line.split(":", 1)[0].strip() for line in rules]
    assert len(versions) == len(set(versions))
    assert "review_term.first_instance@2018" in versions
    assert "counting.day_one@2018" in versions


@pytest.mark.parametrize(
    ("respondent", "body"),
    [("state_corporation", "state_corporation"), ("state_corporation_employee", "state_corporation"),
     ("provider_official", "service_provider")],
)
def test_explain_registers_at_the_first_body_that_may_receive_the_complaint(
    capsys: pytest.CaptureFixture[str], respondent: str, body: str
) -> None:
    code, out, _ = run(capsys, "explain", "--respondent", respondent, "--appealed", "decision", "--channel",
                       "in_person", "--lodged-on", "2025-03-03", "--registered-on", "2025-03-03", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["registration"]["body"] == body
    assert payload["deadline"]["due"] == "2025-03-11"


def test_explain_with_a_registration_but_no_respondent_names_the_missing_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "explain", "--appealed", "decision", "--channel", "post", "--lodged-on",
                         "2025-03-03", "--registered-on", "2025-03-03")
    assert (code, out) == (2, "")
    assert err == ("appeal-rules explain: error: 1 problem:\n- --respondent: missing; accepted: one of: "
                   "service_provider, provider_official, state_corporation, state_corporation_employee\n")


def test_escalation_text_under_the_2018_regime_has_no_court_time_limit(capsys: pytest.CaptureFixture[str]) -> None:
    # Law No. 221-III art. 12 gave three months to complain to the superior body; no court limit was found.
    code, out, err = run(capsys, "escalation", "first_instance_answered", "--on", "2019-05-06",
                         "--answered-on", "2019-05-06")
    assert (code, err) == (0, "")
    assert out.startswith("Stage: first instance answered on 2019-05-06 (rules of the 2018 regime, read on "
                          "2019-05-06)\nProvisional: no\n")
    options = out.split("\nOptions:\n", 1)[1].split("\nRules applied:\n", 1)[0]
    assert "1. Complain to the Agency of the Republic of Kazakhstan for Civil Service Affairs and Anti-Corruption" \
        in options
    assert "   Review term: 15 working days" in options
    assert "2. Go to court" in options
    assert options.count("Time limit") == 1
    assert "   Time limit: 3 months (the start is not known: give the date)" in options.split("2. Go to court")[0]
    assert "  lodging_limit@2018 (in force from 2018-01-01 to 2021-06-30)" in out


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
    """Each `$ command` on docs/cli.md, run on the files the page shows, prints what the page shows."""
    page = CLI_PAGE.read_text(encoding="utf-8")
    # A file shown on the page is saved as its caption says: "name" (UTF-8) or "name (encoding)".
    for name, encoding, body in re.findall(r"```\{code-block\} text\n:caption: (\S+)(?: \((\S+)\))?\n\n(.*?)```",
                                           page, re.S):
        (tmp_path / name).write_bytes(body.encode(encoding or "utf-8"))
    monkeypatch.chdir(tmp_path)
    shown = re.split(r"^\$ (.*)\n", session, flags=re.M)[1:]
    code = 0
    for command, expected in zip(shown[::2], shown[1::2], strict=True):
        argv = shlex.split(command)
        if argv[0] == "echo":
            actual = f"{code}\n"
        elif argv[0] == "cat":
            actual = (tmp_path / argv[1]).read_text(encoding="utf-8-sig")  # as cat shows it: no BOM
        else:
            assert argv[0] == "appeal-rules"
            code = main(argv[1:])
            out, err = capsys.readouterr()
            actual = out + err
        assert _same_calendar_data(actual) == _same_calendar_data(expected), f"$ {command}"



# --- python -m appeal_rules and a closed output ------------------------------------------------


def _run_main(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int | str | None:
    """Run the package as ``python -m appeal_rules ARGV`` would; return the code it exits with."""
    monkeypatch.setattr(sys, "argv", ["appeal-rules", *argv])
    with warnings.catch_warnings():
        # runpy warns when appeal_rules.__main__ was imported before (by another test): harmless here.
        warnings.filterwarnings("ignore", message=".*found in sys.modules.*", category=RuntimeWarning)
        with pytest.raises(SystemExit) as stop:
            runpy.run_module("appeal_rules", run_name="__main__", alter_sys=True)
    return stop.value.code


def test_version_exits_0_and_prints_the_version(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_main(monkeypatch, "--version") == 0
    assert capsys.readouterr() == (f"appeal-rules {appeal_rules.__version__}\n", "")


def test_a_command_prints_its_answer_and_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_main(monkeypatch, "deadline", "2024-12-31", "--reviewer", "service_provider") == 0
    out, err = capsys.readouterr()
    assert out.startswith("Due: Friday 2025-01-10 (the reviewer has until the end of that day)\n")
    assert err == ""


def test_invalid_input_exits_2_with_the_problem_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_main(monkeypatch, "calendar", "2025", "13") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("appeal-rules calendar: error: 1 problem:\n- MONTH: ")


def test_the_module_exports_nothing() -> None:
    module = importlib.import_module("appeal_rules.__main__")
    assert module.__all__ == []
    assert dir(module) == []


def test_a_closed_output_stops_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    """`appeal-rules ... | head`: when the reader goes away the command stops with 141, no traceback."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    redirected: list[tuple[int, int]] = []
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    monkeypatch.setattr(os, "dup2", lambda fd, fd2: redirected.append((fd, fd2)))
    assert main(["calendar", "2025", "1"]) == 141
    assert len(redirected) == 1  # stdout now points at the null device, so the final flush is safe


def test_the_files_from_excel_section_runs_a_cp1251_semicolon_file_end_to_end() -> None:
    """docs/cli.md shows a semicolon cp1251 file with Cyrillic headers and DD.MM.YYYY dates, processed
    end to end (the session test above runs it exactly as shown)."""
    section = CLI_PAGE.read_text(encoding="utf-8").split("## Files from Excel", 1)[1]
    shown = re.search(r":caption: (\S+) \(cp1251\)\n\n(.*?)```", section, re.S)
    assert shown is not None
    header = shown.group(2).splitlines()[0]
    assert ";" in header
    assert "Дата регистрации" in header
    assert re.search(r";\d\d\.\d\d\.\d{4};", shown.group(2))
    assert f"$ appeal-rules batch {shown.group(1)} --encoding cp1251 --excel -o " in section
    assert sum(f"batch {shown.group(1)}" in s for s in _sessions()) == 1


# --- two flags, never blurred -----------------------------------------------------------------------


def _confirming_2026(tmp_path: Path) -> str:
    path = tmp_path / "confirms-2026.json"
    path.write_text(json.dumps({"act": "Order confirming 2026 (test)", "confirms_years": [2026]}), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("argv", [
    ("deadline", "03.08.2026", "--reviewer", "ministry"),
    ("escalation", "first_instance_pending", "--on", "04.08.2026", "--registered-on", "03.08.2026"),
    ("explain", "--respondent", "provider_official", "--appealed", "decision", "--channel", "post",
     "--lodged-on", "2026-08-03", "--registered-on", "2026-08-03"),
])
def test_text_shows_provisional_and_confirmed_apart(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: tuple[str, ...]
) -> None:
    """Was: with 2026 confirmed, the text said "Provisional: no" and nothing of the 2026-07 rule, whose
    source (Law No. 291-VIII) has not been read; only JSON showed confirmed: false."""
    code, out, err = run(capsys, *argv, "--overlay", _confirming_2026(tmp_path))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    if argv[0] == "explain":  # the assessment's own explain() ends with the two flags
        assert any(line.startswith("Calendar: confirmed for every day looked at") for line in lines)
        (rules,) = [line for line in lines if line.startswith("Rules: ")]
        assert rules.startswith("Rules: unconfirmed: review_term.first_instance@2026-07 (")
        return
    assert "Provisional: no" in lines
    at = lines.index("Confirmed: NO, a rule applied rests on a source not read in its act:")
    assert lines[at + 1].startswith("  - review_term.first_instance@2026-07: ")


def test_text_says_confirmed_when_every_rule_was_read(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "2025-01-06", "--reviewer", "ministry")
    assert code == 0
    assert "Provisional: no\nConfirmed: yes, every rule applied rests on a source read in its act\n" in out


# --- what a person types ------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "message"), [
    ("01/02/2025", "'01/02/2025' is ambiguous: the day and the month could be either number"),
    ("06.01.25", "'06.01.25' has a two-digit year"),
    ("45663", "'45663' is a number, not a date (an Excel serial day? format the cells as dates)"),
    ("30.02.2025", "30.02.2025 is not a day of the calendar"),
    ("6 January 2025", "got '6 January 2025'"),
])
def test_a_date_that_is_not_unambiguous_is_refused_with_the_accepted_forms(
    capsys: pytest.CaptureFixture[str], typed: str, message: str
) -> None:
    """Dates are YYYY-MM-DD or DD.MM.YYYY; an ambiguous form, a two-digit year or an Excel serial is refused."""
    code, _, err = run(capsys, "deadline", typed, "--reviewer", "ministry", "--json")
    assert code == 2
    (problem,) = json.loads(err)["error"]["problems"]
    assert problem == {"path": "REGISTERED_ON", "message": message, "accepted": "a date as YYYY-MM-DD or DD.MM.YYYY"}


@pytest.mark.parametrize("typed", ["2025-01-06", "06.01.2025", "6.1.2025", " 06.01.2025 "])
def test_iso_and_day_month_year_dates_are_the_same_day(capsys: pytest.CaptureFixture[str], typed: str) -> None:
    """Was: 31.12.2024 was refused everywhere. Spaces around a value are ignored, as in a CSV cell."""
    code, out, _ = run(capsys, "deadline", typed, "--reviewer", " ministry ", "--lodged-on", typed, "--json")
    assert code == 0
    assert json.loads(out)["due"] == "2025-01-14"


def test_a_period_past_the_calendar_names_the_supported_range(capsys: pytest.CaptureFixture[str]) -> None:
    """Was: "build a WorkingCalendar with a later last_year", which a command-line user cannot do."""
    code, _, err = run(capsys, "deadline", "2030-12-25", "--reviewer", "quality_authority", "--json")
    assert code == 2
    (problem,) = json.loads(err)["error"]["problems"]
    assert problem["path"] == "REGISTERED_ON"
    assert problem["accepted"] == "a period within the calendar's range, 2018-01-01 to 2030-12-31"


def test_the_choices_offered_are_the_ones_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    """Was: --convention offered calendar_days and months, which a review term refuses; court was offered
    as a reviewer."""
    _, out, _ = run(capsys, "deadline", "--help")
    assert "--convention {next_day,same_day}" in out
    assert "court" not in out.split("--reviewer", 1)[1].split("\n\n", 1)[0]
    for convention in ("calendar_days", "months"):
        code, _, err = run(capsys, "deadline", "2025-01-06", "--reviewer", "ministry", "--convention", convention)
        assert code == 2
        assert "invalid choice" in err
