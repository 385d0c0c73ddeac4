"""The rulebook: every rule in one place, in data files checked once at import.

A maintainer changes a rule by editing its file in ``src/appeal_rules/rulebook/``; these tests pin
that the files are checked (every problem named with its file and key) and that an edit reaches
every answer, text and table.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import appeal_rules
import appeal_rules.calendar
import appeal_rules.rules
from appeal_rules import InvalidInputError
from appeal_rules.rules import CHANGE_DATES, COVERAGE_START, LANGUAGES, RULES, Regime, load_rulebook, rule_version

PACKAGE = Path(appeal_rules.__file__).parent
RULEBOOK = PACKAGE / "rulebook"
DOCS_EXT = Path(__file__).resolve().parent.parent / "docs" / "_ext"
ALL_VERSIONS = [v for r in RULES for v in r.versions]


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "rulebook"
    shutil.copytree(RULEBOOK, target)
    return target


def _problems(directory: Path) -> list[tuple[str, str]]:
    with pytest.raises(InvalidInputError) as caught:
        load_rulebook(directory)
    return [(p.path, p.accepted) for p in caught.value.problems]


@pytest.mark.parametrize("version", ALL_VERSIONS, ids=lambda v: v.version)
def test_every_version_speaks_kazakh_russian_and_english(version: appeal_rules.rules.RuleVersion) -> None:
    """The law is official in Kazakh and Russian: each version's citizen-facing text is in both, and
    in English, beside the rule it explains."""
    texts = [version.text(lang) for lang in LANGUAGES]
    assert all(t.strip() for t in texts)
    assert len(set(texts)) == 3, "a text left untranslated"
    assert version.text() == version.explanation == version.texts.en


def test_the_package_rulebook_loads_as_the_module_has_it() -> None:
    """What ``import appeal_rules`` read is what the files say."""
    rules, clauses = load_rulebook()
    assert rules == RULES
    assert [c.id for c in clauses] == [str(i) for i in range(1, 11)]


def test_regimes_are_an_enum_whose_values_name_the_versions() -> None:
    """A version id is ``<rule>@<regime>``; the regime is a :class:`Regime` member."""
    assert {v.regime for v in ALL_VERSIONS} <= set(Regime)
    assert rule_version("court", dt.date(2021, 7, 1)).regime is Regime.APPC
    assert rule_version("court", dt.date(2021, 6, 30)).version == "court@2018"


def test_a_missing_translation_an_unknown_act_and_a_gap_are_reported_at_once(tmp_path: Path) -> None:
    """Every problem of the files is named with its file and key, not only the first."""
    book = _copy(tmp_path)
    court = book / "rules" / "court.toml"
    text = court.read_text(encoding="utf-8")
    text = re.sub(r'\nkk = "[^"]*"', "", text, count=1)  # the first version loses its Kazakh text
    text = text.replace('act = "appc"', 'act = "no_such_act"', 1)
    text = text.replace("from = 2021-07-01", "from = 2021-07-05", 1)  # a gap after the 2018 version
    court.write_text(text, encoding="utf-8")
    paths = [path for path, _ in _problems(book)]
    assert "rules/court.toml.versions[0].text.kk" in paths
    assert "rules/court.toml.versions[1].sources[0].act" in paths
    assert "rules/court.toml.versions[1].from" in paths


def test_an_unlisted_rule_file_and_an_unknown_key_are_refused(tmp_path: Path) -> None:
    """A rule file the index does not list would silently apply nowhere; a misspelt key would be lost."""
    book = _copy(tmp_path)
    shutil.copy(book / "rules" / "court.toml", book / "rules" / "court2.toml")
    scope = book / "rules" / "scope.toml"
    scope.write_text(scope.read_text(encoding="utf-8").replace("summary =", "sumary =", 1), encoding="utf-8")
    found = dict(_problems(book))
    assert "rules/court2.toml" in found
    assert "rules/scope.toml.versions[0].sumary" in found
    assert "rules/scope.toml.versions[0].summary" in found


def test_bad_values_name_what_is_accepted(tmp_path: Path) -> None:
    """A regime, a date, a term and a flag of the wrong kind each say what the file may hold."""
    book = _copy(tmp_path)
    court = book / "rules" / "court.toml"
    text = court.read_text(encoding="utf-8")
    text = text.replace('regime = "2018"', 'regime = "1999"', 1)
    text = text.replace('unit = "months"', 'unit = "weeks"', 1)
    text = text.replace("confirmed = true", 'confirmed = "yes"', 1)
    court.write_text(text, encoding="utf-8")
    found = dict(_problems(book))
    assert "appc" in found["rules/court.toml.versions[0].regime"]
    assert "true or false" in found["rules/court.toml.versions[0].sources[0].confirmed"]
    assert any(path.startswith("rules/court.toml.versions[1].term") for path in found)


def test_unreadable_toml_is_reported_with_its_file(tmp_path: Path) -> None:
    book = _copy(tmp_path)
    (book / "acts.toml").write_text("[broken\n", encoding="utf-8")
    paths = [path for path, _ in _problems(book)]
    assert "acts.toml" in paths


def test_a_new_term_is_one_new_version_and_every_surface_follows(tmp_path: Path) -> None:
    """Issue 10's acceptance check: a maintainer who learns that the 5-day term became 7 working days
    from 1 January 2027 adds one version to one file; the deadline, its texts in three languages,
    the command line and the docs table all follow, with no code changed."""
    package = tmp_path / "appeal_rules"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    rule_file = package / "rulebook" / "rules" / "review_term.first_instance.toml"
    text = rule_file.read_text(encoding="utf-8")
    last = text.rindex("[[versions]]")
    head, tail = text[:last], text[last:]
    tail = tail.replace("regime = ", "to = 2026-12-31\nregime = ", 1) if "\nto = " not in tail else tail
    new = (tail.replace('regime = "2026-07"', 'regime = "2027-01"').replace("from = 2026-07-12", "from = 2027-01-01")
           .replace("to = 2026-12-31\n", "").replace("length = 5", "length = 7")
           .replace("5 working days", "7 working days").replace("5 жұмыс күні", "7 жұмыс күні")
           .replace("5 рабочих дней", "7 рабочих дней"))
    rule_file.write_text(head + tail + "\n" + new, encoding="utf-8")
    # The regime tag is an enum member: the one edit of code a new regime needs.
    rules_py = package / "rules" / "_model.py"
    enum_line = '    LAW_291_VIII = "2026-07"\n'
    rules_py.write_text(rules_py.read_text(encoding="utf-8").replace(
        enum_line, enum_line + '    FROM_2027 = "2027-01"\n'), encoding="utf-8")
    script = (
        "import datetime as dt, appeal_rules as ar\n"
        "from appeal_rules.rules import RULES\n"
        "d = ar.review_deadline(dt.date(2027, 3, 1), ar.BodyKind.SERVICE_PROVIDER)\n"
        "v = d.basis[0]\n"
        "print(d.due, v.version, v.text('kk').count('7 жұмыс'), v.text('ru').count('7 рабочих'))\n"
        "old = ar.review_deadline(dt.date(2026, 12, 1), ar.BodyKind.SERVICE_PROVIDER)\n"
        "print(old.due, old.basis[0].version)\n"
        "print(sum(v.version.endswith('@2027-01') for r in RULES for v in r.versions))\n"
        f"import sys; sys.path.insert(0, {str(DOCS_EXT)!r}); import ruletable\n"
        "print('first_instance@2027-01' in ruletable.rule_versions(), '7 жұмыс' in ruletable.rule_texts())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True,
                         cwd=tmp_path).stdout.split("\n")
    assert out[0].split()[1:] == ["review_term.first_instance@2027-01", "1", "1"]
    assert out[0].split()[0] == "2027-03-11"  # 7 working days after Monday 1 March 2027, 8 March a holiday
    assert out[1] == "2026-12-08 review_term.first_instance@2026-07"
    assert out[2] == "1"
    assert out[3] == "True True"  # the docs' version table and three-language text table
    cli = subprocess.run([sys.executable, "-m", "appeal_rules", "deadline", "2027-03-01", "--reviewer",
                          "service_provider", "--json"], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=False)
    assert "\"due\": \"2027-03-11\"" in cli.stdout
    assert "review_term.first_instance@2027-01" in cli.stdout


def test_an_act_renamed_in_the_rulebook_is_renamed_in_every_citation_the_code_gives(tmp_path: Path) -> None:
    """A rule's sources live only in the rulebook: renaming the Civil Code and the Law "On Holidays"
    in ``acts.toml`` renames them in a convention's citation, a period's explanation, the court
    month's explanation and the act a holiday names, with no code changed."""
    package = tmp_path / "appeal_rules"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    acts = package / "rulebook" / "acts.toml"
    acts.write_text(acts.read_text(encoding="utf-8")
                    .replace('title = "Civil Code (General Part)"', 'title = "CIVIL CODE"')
                    .replace('title = "Law \\"On Holidays\\" No. 267-II"', 'title = "HOLIDAYS LAW"'), encoding="utf-8")
    script = (
        "import datetime as dt, appeal_rules as ar\n"
        "print(ar.Convention.NEXT_DAY.citation)\n"
        "from appeal_rules.rules import Term, Unit\n"
        "print(ar.count_period(dt.date(2025, 3, 3), Term(5, Unit.WORKING_DAYS)).explain().splitlines()[0])\n"
        "e = ar.escalation_options(ar.Stage.QUALITY_ANSWERED, on=dt.date(2025, 2, 3), "
        "answered_on=dt.date(2025, 1, 20), registered_on=dt.date(2025, 1, 13))\n"
        "print(e.options[-1].explanation.count('CIVIL CODE, art. 17'))\n"
        "print(ar.calendar.default_calendar().day(dt.date(2024, 3, 25)).act)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True,
                         cwd=tmp_path).stdout.split("\n")
    assert out[0] == "CIVIL CODE, art. 173"
    assert out[1].endswith("(next_day: CIVIL CODE, art. 173).")
    assert out[2] == "3"  # arts. 173, 174 and 175
    assert out[3] == "HOLIDAYS LAW, art. 5"


_BROKEN_RULE = '''
id = "other"
title = ""
applied_by = "review_deadline"
tested_by = []

[[versions]]
regime = "all"
from = "2018-01-01"
summary = "s"
sources = []

[[versions]]
regime = "appc"
from = 2021-07-01
to = 2021-01-01
summary = "s"
text = "not a table"
term = { length = -1, unit = "weeks" }
sources = "none"

[[versions]]
regime = "appc"
from = 2021-07-02
to = 2021-07-03
summary = "s"
text = { kk = "kk", ru = "ru", en = "en" }
sources = [{ act = "appc", provision = "art. 1", confirmed = true, url = "", note = 1 }]
'''


def test_every_kind_of_broken_file_is_named_with_what_it_should_hold(tmp_path: Path) -> None:
    """A rulebook edited by hand can break in many ways at once; the loader names each, with its
    file and key path, and what would be accepted there, instead of stopping at the first."""
    book = _copy(tmp_path)
    (book / "rules" / "other.toml").write_text(_BROKEN_RULE, encoding="utf-8")
    (book / "rules" / "scope.toml").write_text('id = "wrong"\ntitle = "t"\napplied_by = []\ntested_by = []\n'
                                               "versions = []\n", encoding="utf-8")
    (book / "rules" / "court.toml").write_text('id = "court"\ntitle = "t"\napplied_by = []\ntested_by = []\n',
                                               encoding="utf-8")
    index = (book / "index.toml").read_text(encoding="utf-8")
    index = index.replace('rules = [\n', 'rules = [\n    "other",\n    "ghost",\n    4,\n', 1)
    index = index.replace('rules = ["scope", ', 'rules = ["nowhere", "scope", ', 1)
    (book / "index.toml").write_text(index + '\n[[seed_clauses]]\nid = "11"\ntext = "t"\nrules = ["nowhere"]\n',
                                     encoding="utf-8")
    (book / "acts.toml").write_text((book / "acts.toml").read_text(encoding="utf-8") + '\nbad = "x"\n',
                                    encoding="utf-8")
    found = dict(_problems(book))
    expected = {
        "rules/other.toml.title": "a non-empty string",
        "rules/other.toml.applied_by": "a list of strings",
        "rules/other.toml.versions[0].from": "a TOML date, YYYY-MM-DD",
        "rules/other.toml.versions[0].text": "a value",
        "rules/other.toml.versions[0].sources": "at least one [[versions.sources]]",
        "rules/other.toml.versions[1].to": "a date on or after `from`",
        "rules/other.toml.versions[1].text": "a table",
        "rules/other.toml.versions[1].sources": "at least one [[versions.sources]]",
        "rules/other.toml.versions[2].sources[0].url": "a non-empty string",
        "rules/scope.toml.id": "the file's name, 'scope'",
        "rules/scope.toml.versions": "at least one [[versions]]",
        "rules/court.toml.versions": "a value",
        "index.toml: rules: ghost": "a file rules/ghost.toml",
        "index.toml: rules[2]": "a non-empty string",
        "acts.toml: decree_74_2019.bad": "one of: title, url",
    }
    for path, accepted in expected.items():
        assert found.get(path) == accepted, path
    assert any(p.startswith("rules/other.toml.versions[1].term") for p in found)
    assert found["rules/other.toml.versions[2].sources[0].note"] == "a string"
    assert found["index.toml: seed_clauses[0].rules"] == found["index.toml: seed_clauses[10].rules"] == (
        "a rule listed in index.toml")
    assert "index.toml: rules: " not in found  # the bad entry is named once, by its position


def test_the_last_version_must_stay_in_force_and_regimes_not_repeat(tmp_path: Path) -> None:
    """A rule whose last version ends would answer nothing afterwards; two versions with one regime
    would share one id."""
    book = _copy(tmp_path)
    court = book / "rules" / "court.toml"
    text = court.read_text(encoding="utf-8").replace('regime = "appc"', 'regime = "2018"', 1)
    court.write_text(text.rstrip() + "\n", encoding="utf-8")
    scope = book / "rules" / "scope.toml"
    ended = scope.read_text(encoding="utf-8").replace("from = 2018-01-01", "from = 2018-01-01\nto = 2030-01-01", 1)
    scope.write_text(ended, encoding="utf-8")
    found = dict(_problems(book))
    assert found["rules/court.toml.versions"] == "one version per regime"
    assert found["rules/scope.toml.versions[0].to"].startswith("a last version with no `to`")


def test_missing_keys_are_named_once(tmp_path: Path) -> None:
    """A key left out is named once, as missing, not again by every check that reads it."""
    book = _copy(tmp_path)
    court = book / "rules" / "court.toml"
    text = court.read_text(encoding="utf-8")
    text = text.replace('applied_by = ["escalation_options"]\n', "", 1).replace("from = 2018-01-01\n", "", 1)
    first_sources = text.index("[[versions.sources]]")
    end_of_first = text.index("[[versions]]", first_sources)
    court.write_text(text[:first_sources] + text[end_of_first:], encoding="utf-8")
    found = _problems(book)
    assert sorted(found) == sorted([("rules/court.toml.applied_by", "a value"),
                                    ("rules/court.toml.versions[0].from", "a value"),
                                    ("rules/court.toml.versions[0].sources", "a value")])


def test_a_text_is_refused_in_a_language_the_library_does_not_speak() -> None:
    version = rule_version("court", dt.date(2025, 1, 6))
    with pytest.raises(InvalidInputError) as caught:
        version.text("de")
    assert [(p.path, p.accepted) for p in caught.value.problems] == [("lang", "one of: kk, ru, en")]


def test_a_directory_is_read_from_a_path_or_a_string_and_anything_else_is_refused(tmp_path: Path) -> None:
    """Found by fuzzing the module's public names: a string path was divided like a Path, and a
    missing index left the seed clauses unreadable; each is now a named problem."""
    book = _copy(tmp_path)
    assert load_rulebook(str(book)) == load_rulebook(book)
    with pytest.raises(InvalidInputError) as caught:
        load_rulebook(42)  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["directory"]
    paths = [path for path, _ in _problems(tmp_path / "nowhere")]
    assert {"index.toml", "acts.toml", "rules/"} <= set(paths)
    (book / "index.toml").write_text('rules = []\nseed_clauses = "none"\n', encoding="utf-8")
    assert "index.toml: seed_clauses" in dict(_problems(book))


def test_every_rule_reads_the_same_from_one_change_date_to_the_next() -> None:
    """Between two consecutive CHANGE_DATES no rule changes version, and every day a version starts
    on (from the start of coverage) is one of them: work done under one day's rules holds for its span."""
    assert CHANGE_DATES[0] == COVERAGE_START
    assert list(CHANGE_DATES) == sorted(set(CHANGE_DATES))
    starts = {v.effective_from for r in RULES for v in r.versions if v.effective_from >= COVERAGE_START}
    assert starts <= set(CHANGE_DATES)
    ends = [*CHANGE_DATES[1:], dt.date(2030, 12, 31) + dt.timedelta(days=1)]
    for first, after in zip(CHANGE_DATES, ends, strict=True):
        last = after - dt.timedelta(days=1)
        for r in RULES:
            assert rule_version(r.id, first) is rule_version(r.id, last), (r.id, first, last)
    # and on each change date, some rule does change
    changed = [any(rule_version(r.id, d - dt.timedelta(days=1)) is not rule_version(r.id, d) for r in RULES)
               for d in CHANGE_DATES[1:]]
    assert all(changed)
