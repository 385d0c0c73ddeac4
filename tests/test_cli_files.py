"""``appeal-rules batch`` and its files: nothing is ever lost, spreadsheets from Excel are read.

An output that is the input is refused before anything is read; the output replaces its target
only once the run has finished, so a failed or interrupted run leaves the target as it was; a
line that cannot be decoded fails its row, named by its line number, and the run goes on; the
encoding, the delimiter and the headers of a Russian- or Kazakh-locale Excel file are read, and
``--excel`` writes what such an Excel opens. Also stdin, stdout and progress on a terminal.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import pytest

from appeal_rules.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _order(path: Path, act: str, day: str) -> Path:
    path.write_text(json.dumps({"act": act, "days_off": [day]}), encoding="utf-8")
    return path


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


def test_batch_from_an_empty_stdin_to_stdout_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, stdout, err = run(capsys, "batch", "-")
    assert (code, stdout) == (2, "")
    assert err == ("appeal-rules batch: error: 1 problem:\n- header: the file is empty; accepted: a CSV header "
                   "naming id, registered_on, reviewer\n")


def test_batch_reads_utf8_bytes_from_stdin_and_leaves_stdin_open(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = io.BytesIO("\ufeffid,registered_on,reviewer,note\n1,2024-12-31,ministry,Алматы\n".encode())
    stdin = io.TextIOWrapper(raw, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, stdout, err = run(capsys, "batch", "-")
    assert (code, err) == (0, "")
    assert stdout.splitlines() == [
        "id,registered_on,reviewer,note,addressee,due,provisional,confirmed,rule_version,reason,error",  # no BOM
        "1,2024-12-31,ministry,Алматы,,2025-01-10,false,true,review_term.first_instance@appc,,",
    ]
    assert not stdin.closed
    assert not raw.closed


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




# --- never lose a file -----------------------------------------------------------------------------

GOOD_CSV = "id,registered_on,reviewer\n1,2025-01-06,ministry\n"
KEPT = "a file the user wants to keep\n"


def _no_leftovers(directory: Path, *expected: str) -> None:
    assert sorted(p.name for p in directory.iterdir()) == sorted(expected)


@pytest.mark.parametrize("how", ["same path", "another spelling", "symlink", "hard link"])
def test_an_output_that_is_the_input_is_refused_before_anything_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, how: str
) -> None:
    """Was: `batch a.csv -o a.csv` answered "the file is empty" and deleted a.csv."""
    source = tmp_path / "a.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    target = {"same path": source, "another spelling": tmp_path / "." / "a.csv",
              "symlink": tmp_path / "link.csv", "hard link": tmp_path / "hard.csv"}[how]
    if how == "symlink":
        target.symlink_to(source)
    elif how == "hard link":
        os.link(source, target)
    code, out, err = run(capsys, "batch", str(source), "-o", str(target))
    assert (code, out) == (2, "")
    assert f"- -o: {target} is the input file; accepted: an output other than the input" in err
    assert source.read_text(encoding="utf-8") == GOOD_CSV


def test_an_output_that_is_the_file_on_stdin_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`batch - < a.csv -o a.csv` would truncate the file it reads."""
    source = tmp_path / "a.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    with source.open("rb") as stdin:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stdin, encoding="utf-8"))
        code, _, err = run(capsys, "batch", "-", "-o", str(source))
    assert code == 2
    assert "- -o: " in err
    assert source.read_text(encoding="utf-8") == GOOD_CSV


@pytest.mark.parametrize(("text", "problem"), [
    ("", "header: the file is empty"),
    ("id;registered;reviewer\n1;2025-01-06;ministry\n", "header: missing column 'registered_on'"),
    ("\xff\xfeid\n", "header: line 1 cannot be decoded as utf-8 (try --encoding cp1251)"),
])
def test_a_failed_run_leaves_the_existing_output_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, problem: str
) -> None:
    """Was: any failed run deleted an existing -o file."""
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_bytes(text.encode("latin-1"))
    target.write_text(KEPT, encoding="utf-8")
    code, _, err = run(capsys, "batch", str(source), "-o", str(target))
    assert code == 2
    assert f"- {problem}" in err
    assert target.read_text(encoding="utf-8") == KEPT
    _no_leftovers(tmp_path, "in.csv", "out.csv")


def test_an_interrupted_run_leaves_the_existing_output_untouched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Ctrl-C in the middle of a file: the target keeps its old content and no temporary file stays."""
    import appeal_rules.cli._batch as batch_module

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    target.write_text(KEPT, encoding="utf-8")
    monkeypatch.setattr(batch_module, "_answer", interrupted)
    with pytest.raises(KeyboardInterrupt):
        main(["batch", str(source), "-o", str(target)])
    assert target.read_text(encoding="utf-8") == KEPT
    _no_leftovers(tmp_path, "in.csv", "out.csv")


def test_a_finished_run_replaces_the_output_and_keeps_its_mode(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    target.write_text(KEPT, encoding="utf-8")
    target.chmod(0o640)
    assert run(capsys, "batch", str(source), "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").splitlines()[1].startswith("1,2025-01-06,ministry,,2025-01-14,")
    assert target.stat().st_mode & 0o777 == 0o640
    _no_leftovers(tmp_path, "in.csv", "out.csv")


def test_an_undecodable_line_fails_its_row_by_line_number_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Was: one bad byte stopped the run with exit 2, removed the output and named no line."""
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_bytes(b"id,registered_on,reviewer,note\n1,2025-01-06,ministry,ok\n"
                       b"2,2025-01-06,ministry,minist\xe8re\n3,2025-01-06,ministry,ok\n")
    code, _, err = run(capsys, "batch", str(source), "-o", str(target))
    assert code == 1
    assert "1 of 3 rows failed" in err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[1]["error"] == ("row: line 3 cannot be decoded as utf-8 (try --encoding cp1251); accepted: text in "
                                "the encoding given by --encoding (default utf-8)")
    assert (rows[0]["due"], rows[2]["due"]) == ("2025-01-14", "2025-01-14")


# --- spreadsheets from Excel ----------------------------------------------------------------------


def test_a_russian_excel_file_is_read_as_it_is_saved(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Was: a semicolon cp1251 file with Cyrillic headers and DD.MM.YYYY dates was refused three ways."""
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_bytes(" № ; ДАТА РЕГИСТРАЦИИ;Рассматривающий орган ;Примечание\r\n"
                       "1;31.12.2024;service_provider;Алматы\r\n".encode("cp1251"))
    code, _, err = run(capsys, "batch", str(source), "--encoding", "cp1251", "--excel", "-o", str(target))
    assert (code, err) == (0, "")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark: Excel then reads UTF-8
    header, row = raw[3:].decode("utf-8").splitlines()
    assert header == (" № ; ДАТА РЕГИСТРАЦИИ;Рассматривающий орган ;Примечание;addressee;due;provisional;confirmed;"
                      "rule_version;reason;error")
    assert row == "1;31.12.2024;service_provider;Алматы;;2025-01-10;false;true;review_term.first_instance@appc;;"


@pytest.mark.parametrize(("text", "options"), [
    ("id\tregistered_on\treviewer\n1\t2025-01-06\tministry\n", ()),
    ("id;registered_on;reviewer\n1;2025-01-06;ministry\n", ()),
    ("id;registered_on;reviewer\n1;2025-01-06;ministry\n", ("--delimiter", "semicolon")),
    ("id\tregistered_on\treviewer\n1\t2025-01-06\tministry\n", ("--delimiter", "tab")),
    ("ID,Registered_On ,  Reviewer\n1,2025-01-06,ministry\n", ()),
    ("№,тіркелген күні,қарайтын орган\n1,06.01.2025,ministry\n", ()),
    ("n,Date,Body\n1,2025-01-06,ministry\n", ("--column", "id=N", "--column", "registered_on=date",
                                              "--column", "reviewer=BODY")),
])
def test_delimiters_and_headers_are_recognised(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, options: tuple[str, ...]
) -> None:
    """Delimiter from the header or --delimiter; headers ignoring case and spaces, in kk/ru, or --column."""
    source = tmp_path / "in.csv"
    source.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "batch", str(source), *options)
    assert (code, err) == (0, "")
    assert ",2025-01-14," in out.splitlines()[1]


def test_a_missing_column_suggests_the_column_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,when,reviewer,№\n1,2025-01-06,ministry,2\n", encoding="utf-8")
    code, _, err = run(capsys, "batch", str(source), "--json")
    assert code == 2
    problems = json.loads(err)["error"]["problems"]
    assert [(p["path"], p["message"].split(" (")[0]) for p in problems] == [
        ("--json", "the CSV goes to stdout, so the JSON summary cannot")]
    code, _, err = run(capsys, "batch", str(source))
    assert code == 2
    assert "- header: columns 'id' and '№' both name id; accepted: one column per field" in err
    assert "- header: missing column 'registered_on' (the header read: id | when | reviewer | №); accepted: " \
           "a header naming id, registered_on, reviewer (their Russian and Kazakh names are accepted too), or " \
           "--column FIELD=HEADER" in err


@pytest.mark.parametrize(("options", "path", "accepted"), [
    (("--encoding", "utf-16"), "--encoding", "an encoding that keeps ASCII as it is, e.g. utf-8, cp1251"),
    (("--encoding", "klingon"), "--encoding", "an encoding that keeps ASCII as it is, e.g. utf-8, cp1251"),
    (("--column", "due=Срок"), "--column", "FIELD=HEADER with FIELD one of: id, registered_on, reviewer, "
                                           "lodged_on, respondent, channel, appealed, rules_on, convention"),
    (("--column", "id=nowhere"), "header", "a header of the file: 'id', 'registered_on', 'reviewer'"),
])
def test_bad_spreadsheet_options_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, options: tuple[str, ...], path: str, accepted: str
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    code, _, err = run(capsys, "batch", str(source), *options, "--json", "-o", str(tmp_path / "out.csv"))
    assert code == 2
    (problem,) = json.loads(err)["error"]["problems"]
    assert (problem["path"], problem["accepted"]) == (path, accepted)


def test_excel_output_to_stdout_starts_with_the_byte_order_mark(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    code, out, _ = run(capsys, "batch", str(source), "--excel")
    assert code == 0
    assert out.startswith("\ufeffid;registered_on;reviewer;addressee;")
