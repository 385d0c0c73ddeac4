"""``appeal-rules batch`` and :func:`appeal_rules.cli.run_batch`: one answer per row, none dropped.

Each row is answered as the library answers it (due date, both flags and their reason, the rule
version, the addressee); a bad row keeps its place with every problem in its error column; the
input columns are written unchanged with the result columns after them; spreadsheet headers in
English, Russian or Kazakh, and the delimiter, are recognised; rows are streamed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from appeal_rules import BodyKind, Convention, InvalidInputError, Respondent, addressees, review_deadline
from appeal_rules.cli import main, run_batch
from appeal_rules.cli._batch import quote_cell
from appeal_rules.rules import CHANGE_DATES
from appeal_rules.serialization import BatchSummary
from appeal_rules.testing import calendar_dates

CSV_LIMIT = "field larger than field limit (131072)"
HUGE = "x" * 140_000


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))



HEADER = ["id", "registered_on", "reviewer", "lodged_on", "respondent", "channel", "note"]
GOOD = [
    ["1", "2024-12-31", "service_provider", "2024-12-30", "provider_official", "post", "kept"],
    ["2", "2026-12-18", "quality_authority", "", "", "portal", "provisional"],
    ["3", "2025-01-06", "state_corporation", "", "state_corporation_employee", "in_person", ""],
]
BAD = [
    ["4", "2024-13-01", "fax", "", "bogus", "pigeon", "every problem at once"],
    ["5", "2025-01-06", "ministry", "2025-01-08", "service_provider", "", "registered before lodged"],
    ["6", "2025-01-06", "ministry", "", "state_corporation_employee", "", "not an addressee"],
    ["7", "2017-05-05", "ministry", "", "", "", ""],
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
    assert by_id["6"]["error"].startswith("reviewer: A complaint about a State Corporation employee's service")
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
    """A row with too many or too few cells fails in its place (a short row used to be padded and answered)."""
    source = io.StringIO("id,registered_on,reviewer\n1,2025-01-06,ministry,extra\n2,2025-01-06\n\n"
                         "3,2025-01-06,ministry\n")
    sink = io.StringIO()
    summary = run_batch(source, sink)
    assert summary == BatchSummary(rows=3, failed=2, calendar_version=summary.calendar_version)
    rows = list(csv.DictReader(io.StringIO(sink.getvalue())))
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[0]["error"].startswith("row: 4 cells, the header has 3; extra cells: ['extra']")
    assert rows[1]["error"] == (
        "row: 2 cells, the header has 3; accepted: one cell per header column | reviewer: missing; accepted: one "
        "of: service_provider, ministry, state_corporation, quality_authority")
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


#: Days either side of each change of the rules, where rows of one run fall under different rules.
_AROUND_CHANGES = st.sampled_from([d + dt.timedelta(days=k) for d in CHANGE_DATES[1:] for k in (-2, -1, 0, 1)])
_ROW = st.tuples(
    st.one_of(calendar_dates(max_value=dt.date(2030, 11, 30)), _AROUND_CHANGES),
    st.sampled_from([BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION,
                     BodyKind.QUALITY_AUTHORITY]),
    st.one_of(st.none(), _AROUND_CHANGES),
    st.one_of(st.none(), st.sampled_from(list(Convention)[:2])),
    st.one_of(st.none(), st.sampled_from(list(Respondent))),
)


@given(st.lists(_ROW, min_size=1, max_size=40))
def test_every_row_gets_the_answer_review_deadline_and_addressees_give(
    rows: list[tuple[dt.date, BodyKind, dt.date | None, Convention | None, Respondent | None]],
) -> None:
    """A run answers many rows under the same rules at once (the rules are asked once per group of
    rows), yet each row's due date, flags, rule version and addressees are what the scalar functions
    give for that row alone, across changes of the rules and registrations on days off."""
    lines = ["id,registered_on,reviewer,rules_on,convention,respondent"]
    lines += [f"{i},{reg},{who.value},{rules_on or ''},{conv.value if conv else ''},{resp.value if resp else ''}"
              for i, (reg, who, rules_on, conv, resp) in enumerate(rows)]
    sink = io.StringIO()
    run_batch(io.StringIO("\n".join(lines) + "\n"), sink)
    for row, (reg, who, rules_on, conv, resp) in zip(rows_of(sink.getvalue()), rows, strict=True):
        try:
            expected = review_deadline(reg, who, rules_on=rules_on, convention=conv)
        except InvalidInputError:
            assert row["error"]
            assert not row["due"]
            continue
        allowed = addressees(resp, rules_on=rules_on or reg) if resp is not None else ()
        if resp is not None and who is not BodyKind.QUALITY_AUTHORITY and who not in allowed:
            assert row["error"].startswith("reviewer: ")
            continue
        assert row["error"] == ""
        assert (row["due"], row["rule_version"]) == (expected.due.isoformat(), expected.rule_version)
        assert (row["provisional"], row["confirmed"]) == (str(expected.provisional).lower(),
                                                          str(expected.confirmed).lower())
        assert row["addressee"] == "|".join(b.value for b in allowed)
        assert all(r in row["reason"] for r in expected.provisional_reasons)


@given(st.lists(st.text(alphabet=st.sampled_from('ab ,;"\r\n\u00e9'), max_size=6), min_size=1, max_size=4))
def test_every_input_cell_is_written_back_unchanged(extra: list[str]) -> None:
    """Every input column, extra ones included, is carried to the output unchanged, the results after it."""
    header = ["id", "registered_on", "reviewer"] + [f"extra{i}" for i in range(len(extra))]
    source = io.StringIO()
    csv.writer(source).writerows([header, ["1", "2025-01-06", "ministry", *extra]])
    sink = io.StringIO()
    run_batch(io.StringIO(source.getvalue()), sink)
    written_header, row = csv.reader(io.StringIO(sink.getvalue()))
    assert written_header[:len(header)] == header
    assert row[:len(header)] == ["1", "2025-01-06", "ministry", *extra]
    assert dict(zip(written_header, row, strict=True))["due"] == "2025-01-14"


@given(st.text(alphabet=st.sampled_from('ab ,;\t"\r\n\u00e9'), max_size=12), st.sampled_from([",", ";", "\t"]))
def test_the_reason_and_error_cells_are_quoted_as_the_csv_module_quotes_them(text: str, delimiter: str) -> None:
    """The two free-text result cells are quoted without the csv module (which writes long text slowly):
    each is written exactly as the csv module would write it, and reads back unchanged."""
    line = io.StringIO()
    csv.writer(line, delimiter=delimiter, lineterminator="\r\n").writerow(["x", text])
    assert line.getvalue() == f"x{delimiter}{quote_cell(text, delimiter)}\r\n"
    assert next(csv.reader(io.StringIO(line.getvalue()), delimiter=delimiter)) == ["x", text]


def test_batch_quotes_cells_that_need_it() -> None:
    source = io.StringIO('id,registered_on,reviewer,note\n1,2024-12-31,ministry,"a, b ""c""\r\nd"\n'
                         "2,2024-13-01,ministry,plain\n")
    sink = io.StringIO()
    run_batch(source, sink)
    rows = list(csv.DictReader(io.StringIO(sink.getvalue())))
    assert [r["note"] for r in rows] == ['a, b "c"\r\nd', "plain"]
    assert rows[0]["due"] == "2025-01-10"
    assert rows[1]["error"].startswith("registered_on: 2024-13-01 is not a day of the calendar")


# --- batch: rows -------------------------------------------------------------------------------


def test_an_optional_date_cell_of_spaces_is_blank_and_a_repeated_date_reads_the_same() -> None:
    """Excel pads cells: an optional date of spaces is no date; a date text met again reads the same day."""
    text = ("id,registered_on,reviewer,lodged_on,rules_on\n1,31.12.2024,ministry,   ,\n"
            "2,31.12.2024,ministry,31.12.2024, \n3,2025-13-01,ministry,,\n4,2025-13-01,ministry,,\n")
    sink = io.StringIO()
    assert run_batch(io.StringIO(text), sink).failed == 2
    first, second, bad, bad_again = rows_of(sink.getvalue())
    assert first["due"] == second["due"] == "2025-01-10"
    assert first["error"] == second["error"] == ""
    assert bad["error"] == bad_again["error"]
    assert bad["error"].startswith("registered_on: 2025-13-01 is not a day of the calendar")


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




# --- both flags, and what each column accepts ------------------------------------------------------


def test_each_row_says_whether_it_is_provisional_and_whether_it_is_confirmed() -> None:
    """Two flags, never blurred: provisional (calendar data) and confirmed (every rule's source read),
    each with its reason."""
    from appeal_rules import CalendarOverlay, WorkingCalendar

    confirming = WorkingCalendar(overlays=(CalendarOverlay(act="Order confirming 2026 (test)",
                                                           confirms_years=(2026,)),))
    text = ("id,registered_on,reviewer\n1,2025-01-06,ministry\n2,2026-08-03,ministry\n"
            "3,2026-12-18,quality_authority\n4,2026-08-04,ministry\n")
    sink = io.StringIO()
    run_batch(io.StringIO(text), sink, calendar=confirming)
    read, unconfirmed, provisional, unconfirmed_too = rows_of(sink.getvalue())
    assert unconfirmed_too["reason"] == unconfirmed["reason"]  # each row of a group says it
    assert (read["provisional"], read["confirmed"], read["reason"]) == ("false", "true", "")
    assert (unconfirmed["provisional"], unconfirmed["confirmed"]) == ("false", "false")
    assert unconfirmed["reason"].startswith("unconfirmed: review_term.first_instance@2026-07 rests on Law ")
    assert (provisional["provisional"], provisional["confirmed"]) == ("true", "true")
    assert provisional["reason"].startswith("provisional: ")
    for row in (read, unconfirmed, provisional, unconfirmed_too):
        expected = review_deadline(dt.date.fromisoformat(row["registered_on"]), BodyKind(row["reviewer"]),
                                   calendar=confirming)
        assert row["confirmed"] == str(expected.confirmed).lower()
        assert row["provisional"] == str(expected.provisional).lower()


@pytest.mark.parametrize(("cells", "path", "accepted"), [
    ("2025-01-06,court,", "reviewer", "one of: service_provider, ministry, state_corporation, quality_authority"),
    ("2025-01-06,ministry,months", "convention", "one of: next_day, same_day"),
    ("2030-12-25,quality_authority,", "registered_on",
     "a period within the calendar's range, 2018-01-01 to 2030-12-31"),
    ("31/12/2024,ministry,", "registered_on", "a date as YYYY-MM-DD or DD.MM.YYYY"),
])
def test_a_refused_cell_lists_only_what_the_batch_accepts(cells: str, path: str, accepted: str) -> None:
    """Was: court was offered as a reviewer, calendar_days and months as conventions, and a period past
    the calendar suggested building a WorkingCalendar."""
    sink = io.StringIO()
    assert run_batch(io.StringIO(f"id,registered_on,reviewer,convention\n1,{cells}\n"), sink).failed == 1
    (row,) = rows_of(sink.getvalue())
    assert row["error"].startswith(f"{path}: ")
    assert row["error"].endswith(f"; accepted: {accepted}")
    assert "WorkingCalendar" not in row["error"]
