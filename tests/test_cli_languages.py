"""``--lang kk|ru|en`` on every command: the text in the citizen's language, the JSON unchanged.

Kazakh and Russian are the languages of the law (Law "On Languages" art. 4, 8): each command's text
output is said in either, with no English left (rule ids, the citations of sources, their links and
the calendar's data version stay as they are); ``--json`` prints the same payload whatever the
language; the batch's CSV is data and does not change, its summary on stderr does.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from appeal_rules.cli import main
from appeal_rules.rules import RULES
from appeal_rules.serialization import calendar_month
from test_explain_languages import latin_words

URLS = {s.url for r in RULES for v in r.versions for s in v.sources}
#: The acts behind the calendar's days (the Law "On Holidays", the transfer acts), cited as they are.
ACTS = {d.act for month in (calendar_month(2025, 1), calendar_month(2027, 5)) for d in month.days if d.act}

COMMANDS = {
    "deadline": ("deadline", "2024-12-31", "--reviewer", "service_provider"),
    "deadline past the horizon": ("deadline", "2026-12-18", "--reviewer", "quality_authority"),
    "explain": ("explain", "--respondent", "provider_official", "--appealed", "decision", "--channel", "in_person",
                "--lodged-on", "2024-12-31", "--addressee", "ministry", "--registered-on", "2024-12-31",
                "--on", "2025-01-13"),
    "escalation answered": ("escalation", "first_instance_answered", "--on", "2025-03-03", "--answered-on",
                            "2025-01-20", "--learned-on", "2025-01-10"),
    "escalation pending": ("escalation", "first_instance_pending", "--on", "2025-01-08", "--registered-on",
                           "2025-01-06"),
    "escalation overdue, 2018": ("escalation", "first_instance_overdue", "--on", "2019-04-22", "--registered-on",
                                 "2019-04-01", "--no-superior"),
    "escalation quality body overdue": ("escalation", "quality_overdue", "--on", "2025-02-25", "--registered-on",
                                        "2025-02-03"),
    "escalation before filing": ("escalation", "before_filing", "--on", "2025-03-03"),
    "escalation before filing, no superior body": ("escalation", "before_filing", "--on", "2025-03-03",
                                                   "--learned-on", "2025-02-03", "--no-superior"),
    "calendar": ("calendar", "2025", "1"),
    "calendar past the horizon": ("calendar", "2027", "5"),
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def english_left(text: str) -> list[str]:
    for url in sorted(URLS | ACTS, key=len, reverse=True):
        text = text.replace(url, " ")
    return latin_words(text)


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_speaks_kazakh_and_russian(capsys: pytest.CaptureFixture[str], name: str, lang: str) -> None:
    """The text output in Kazakh or Russian has no English left, and as many dates as the English one."""
    code, english, _ = run(capsys, *COMMANDS[name])
    assert code == 0
    code, text, err = run(capsys, *COMMANDS[name], "--lang", lang)
    assert (code, err) == (0, "")
    assert english_left(text) == []
    assert len(re.findall(r"\d{2}\.\d{2}\.\d{4}", text)) >= len(re.findall(r"\d{4}-\d{2}-\d{2}", english)) - \
        english.count("in force from") - english.count(" to 20")


@pytest.mark.parametrize("name", ["deadline", "explain", "escalation answered", "calendar"])
def test_json_is_the_same_in_every_language(capsys: pytest.CaptureFixture[str], name: str) -> None:
    """--json prints data (ids, ISO dates): --lang does not change it."""
    outputs = {run(capsys, *COMMANDS[name], "--json", "--lang", lang)[1] for lang in ("kk", "ru", "en")}
    assert len(outputs) == 1


def test_english_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --lang, the text is English, as --lang en says it."""
    assert run(capsys, *COMMANDS["deadline"]) == run(capsys, *COMMANDS["deadline"], "--lang", "en")


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Only kk, ru and en are offered; another is refused with exit status 2, naming them."""
    code, out, err = run(capsys, *COMMANDS["calendar"], "--lang", "de")
    assert (code, out) == (2, "")
    assert "--lang: invalid choice: 'de' (choose from 'kk', 'ru', 'en')" in err


def test_batch_says_its_summary_in_the_language_and_keeps_the_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The CSV is the same in every language; the summary of failed rows on stderr follows --lang."""
    source = tmp_path / "in.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "registered_on", "reviewer"], ["1", "2024-12-31", "ministry"],
                                 ["2", "2024-13-01", "ministry"]])
    outputs = {}
    for lang in ("ru", "en"):
        code, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / f"{lang}.csv"), "--lang", lang)
        assert code == 1
        outputs[lang] = ((tmp_path / f"{lang}.csv").read_text(encoding="utf-8"), err)
    assert outputs["ru"][0] == outputs["en"][0]
    assert outputs["ru"][1] == "appeal-rules batch: не удалось обработать 1 из 2 строк; см. их столбец error\n"
    assert outputs["en"][1] == "appeal-rules batch: 1 of 2 rows failed; see their error column\n"
