"""The ``appeal-rules`` command, in-process: overlay and request files that cannot be used, the text of
the 2018 regime and of a complaint not yet registered, and the batch's edges (bounded caches, padded
cells, unreadable lines, files that cannot be read or written, stdin, progress on a terminal)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import appeal_rules.cli as cli
from appeal_rules import BodyKind, Convention, InvalidInputError, WorkingCalendar, review_deadline
from appeal_rules.cli import main, run_batch

CSV_LIMIT = "field larger than field limit (131072)"
HUGE = "x" * 140_000


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


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


# --- batch: rows -------------------------------------------------------------------------------


def test_batch_caches_stay_bounded_and_answers_stay_right(monkeypatch: pytest.MonkeyPatch) -> None:
    evaluators: list[Any] = []

    class Recording(cli._RowEvaluator):
        def __init__(self, calendar: WorkingCalendar) -> None:
            super().__init__(calendar)
            evaluators.append(self)

    monkeypatch.setattr(cli, "_CACHE_LIMIT", 4)
    monkeypatch.setattr(cli, "_RowEvaluator", Recording)
    days = [dt.date(2025, 3, 3) + dt.timedelta(days=i) for i in range(12)]
    reviewers = ("ministry", "service_provider", "quality_authority")
    rows = [(str(i), day, reviewers[i % 3]) for i, day in enumerate(days)]
    rows.append(("again", days[0], "ministry"))  # asked again after its answer was dropped
    text = "id,registered_on,reviewer,lodged_on,respondent\n" + "".join(
        f"{i},{day.isoformat()},{reviewer},{(day - dt.timedelta(days=1)).isoformat()},provider_official\n"
        for i, day, reviewer in rows
    )
    sink = io.StringIO()
    summary = run_batch(io.StringIO(text), sink)
    assert (summary.rows, summary.failed) == (13, 0)
    written = rows_of(sink.getvalue())
    for (_, day, reviewer), row in zip(rows, written, strict=True):
        assert row["due"] == review_deadline(day, BodyKind(reviewer)).due.isoformat(), row
        assert row["error"] == ""
    (evaluator,) = evaluators
    assert len(evaluator.dates) <= 4
    assert len(evaluator.answers) <= 4
    assert len(evaluator.deadlines) <= 4


def test_batch_accepts_padded_enum_cells_and_a_convention_column() -> None:
    text = ("id,registered_on,reviewer,convention,respondent\n"
            "1,2025-01-06, ministry ,same_day,provider_official\n"
            "2,2025-01-06,ministry, same_day ,provider_official\n"
            "3,2025-01-06,ministry,next_day, provider_official\n")
    sink = io.StringIO()
    summary = run_batch(io.StringIO(text), sink)
    assert (summary.rows, summary.failed) == (3, 0)
    same_day = review_deadline(dt.date(2025, 1, 6), BodyKind.MINISTRY, convention=Convention.SAME_DAY).due
    next_day = review_deadline(dt.date(2025, 1, 6), BodyKind.MINISTRY).due
    assert (same_day, next_day) == (dt.date(2025, 1, 13), dt.date(2025, 1, 14))
    written = rows_of(sink.getvalue())
    assert [r["due"] for r in written] == [same_day.isoformat(), same_day.isoformat(), next_day.isoformat()]
    assert [r["reviewer"] for r in written] == [" ministry ", "ministry", "ministry"]  # cells are kept as read
    assert {r["addressee"] for r in written} == {"service_provider|ministry"}


def test_batch_names_an_unknown_appealed_act() -> None:
    text = "id,registered_on,reviewer,appealed\n1,2025-01-06,ministry,bogus\n2,2025-01-06,ministry,inaction\n"
    sink = io.StringIO()
    assert run_batch(io.StringIO(text), sink).failed == 1
    bad, good = rows_of(sink.getvalue())
    assert bad["error"] == "appealed: unknown value 'bogus'; accepted: one of: decision, action, inaction"
    assert bad["due"] == ""
    assert (good["due"], good["error"]) == ("2025-01-14", "")


def test_batch_keeps_an_unreadable_line_in_its_place_and_goes_on() -> None:
    text = f"id,registered_on,reviewer\n1,2025-01-06,ministry\n2,{HUGE},ministry\n3,2025-01-06,ministry\n"
    sink = io.StringIO()
    summary = run_batch(io.StringIO(text), sink)
    assert (summary.rows, summary.failed) == (3, 1)
    first, unreadable, last = rows_of(sink.getvalue())
    assert (first["id"], first["due"]) == ("1", "2025-01-14")
    assert unreadable["error"] == f"line 3: unreadable CSV: {CSV_LIMIT}"
    assert unreadable["due"] == ""
    assert (last["id"], last["due"], last["error"]) == ("3", "2025-01-14", "")


def test_batch_refuses_an_unreadable_header_before_writing_anything() -> None:
    sink = io.StringIO()
    with pytest.raises(InvalidInputError) as caught:
        run_batch(io.StringIO(f"{HUGE}\n1,2025-01-06,ministry\n"), sink)
    assert [(p.path, p.message, p.accepted) for p in caught.value.problems] == [
        ("header", f"unreadable CSV: {CSV_LIMIT}", "a CSV file")
    ]
    assert sink.getvalue() == ""


# --- batch: files, stdin and the terminal --------------------------------------------------------


def _input(tmp_path: Path) -> Path:
    path = tmp_path / "in.csv"
    path.write_text("id,registered_on,reviewer\n1,2025-01-06,ministry\n", encoding="utf-8")
    return path


def test_batch_names_an_overlay_file_it_cannot_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out, missing = tmp_path / "out.csv", tmp_path / "nowhere.json"
    code, stdout, err = run(capsys, "batch", str(_input(tmp_path)), "-o", str(out), "--overlay", str(missing))
    assert (code, stdout) == (2, "")
    assert err.startswith(f"appeal-rules batch: error: 1 problem:\n- --overlay {missing}: cannot read: ")
    assert not out.exists()


def test_batch_refuses_an_overlay_that_contradicts_the_calendar(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    order = _order(tmp_path / "order.json", "Order (example)", "2025-01-04")  # a Saturday
    out = tmp_path / "out.csv"
    code, stdout, err = run(capsys, "batch", str(_input(tmp_path)), "-o", str(out), "--overlay", str(order))
    assert (code, stdout) == (2, "")
    assert err == (f"appeal-rules batch: error: 1 problem:\n- --overlay {order}.days_off[0]: 2025-01-04 is a "
                   "weekend day already; accepted: a day that is a working day in the base data\n")
    assert not out.exists()


def test_batch_refuses_an_invalid_overlay(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    order = tmp_path / "order.json"
    order.write_text(json.dumps({"act": "", "days_off": ["2025-01-08"]}), encoding="utf-8")
    code, stdout, err = run(capsys, "batch", str(_input(tmp_path)), "-o", str(tmp_path / "out.csv"),
                            "--overlay", str(order))
    assert (code, stdout) == (2, "")
    assert err.startswith("appeal-rules batch: error: 1 problem:\n- ")
    assert err.endswith("act: got str ''; accepted: the citation of the act, a non-empty string\n")


def test_batch_names_an_invalid_overlay_by_its_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Like `deadline`, `explain` and `escalation`, batch reports "--overlay FILE.act", so with
    # several --overlay files the user can tell which one is wrong.
    order = tmp_path / "order.json"
    order.write_text(json.dumps({"act": "", "days_off": ["2025-01-08"]}), encoding="utf-8")
    _, _, err = run(capsys, "batch", str(_input(tmp_path)), "-o", str(tmp_path / "out.csv"), "--overlay", str(order))
    assert f"- --overlay {order}.act: got str ''" in err


def test_batch_names_an_output_it_cannot_write(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "no such directory" / "out.csv"
    code, stdout, err = run(capsys, "batch", str(_input(tmp_path)), "-o", str(out))
    assert (code, stdout) == (2, "")
    assert err == (f"appeal-rules batch: error: 1 problem:\n- -o: cannot write {out}: No such file or directory; "
                   "accepted: a writable path, or - for stdout\n")


def test_batch_refuses_a_file_that_is_not_utf8_and_leaves_no_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_bytes("id,registered_on,reviewer\n1,2025-01-06,ministère\n".encode("latin-1"))
    code, stdout, err = run(capsys, "batch", str(source), "-o", str(out))
    assert (code, stdout) == (2, "")
    assert err == ("appeal-rules batch: error: 1 problem:\n- IN.csv: not UTF-8 text: invalid continuation byte; "
                   "accepted: a UTF-8 CSV file\n")
    assert not out.exists()


def test_batch_from_an_empty_stdin_to_stdout_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, stdout, err = run(capsys, "batch", "-")
    assert (code, stdout) == (2, "")
    assert err == ("appeal-rules batch: error: 1 problem:\n- header: the file is empty; accepted: a CSV header "
                   "with the columns id, registered_on, reviewer\n")


def test_batch_reads_utf8_bytes_from_stdin_and_leaves_stdin_open(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = io.BytesIO("\ufeffid,registered_on,reviewer,note\n1,2024-12-31,ministry,Алматы\n".encode())
    stdin = io.TextIOWrapper(raw, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, stdout, err = run(capsys, "batch", "-")
    assert (code, err) == (0, "")
    assert stdout.splitlines() == [
        "id,registered_on,reviewer,note,addressee,due,provisional,rule_version,error",  # the BOM is dropped
        "1,2024-12-31,ministry,Алматы,,2025-01-10,false,review_term.first_instance@appc,",
    ]
    assert not stdin.closed
    assert not raw.closed  # the command's reader was detached, not closed


def test_batch_progress_from_a_stdin_without_a_size_shows_no_percentage(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    count = 8_200
    monkeypatch.setattr(sys, "stdin", io.StringIO("id,registered_on,reviewer\n" + "1,2025-03-03,ministry\n" * count))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    out = tmp_path / "out.csv"
    assert main(["batch", "-", "-o", str(out)]) == 0
    shown = terminal.getvalue()
    assert shown == "\rappeal-rules batch: 8,192 rows, 0 failed\rappeal-rules batch: 8,200 rows, 0 failed. Done.\n"
    assert not sys.stdin.closed
    assert len(out.read_text(encoding="utf-8").splitlines()) == count + 1


def test_batch_failure_on_a_terminal_starts_the_error_on_a_new_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text("id,registered\n1,2025-01-06\n", encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["batch", str(source), "-o", str(out)]) == 2
    shown = terminal.getvalue()
    assert shown.startswith("\nappeal-rules batch: error: 2 problems:\n- header: missing column 'registered_on'")
    assert not out.exists()


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
