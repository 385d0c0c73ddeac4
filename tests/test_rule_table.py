"""The rule table: where each rule comes from, when each version is in force, and how it is cited.

A rule's versions follow the acts that changed it: the 2018 service standard (clauses 1-10), Law
"On State Services" No. 88-V art. 25, and from 1 July 2021 the Administrative Procedural and
Process Code (APPC). A version is in force from its first to its last day, both included, read on
the day in Kazakhstan; each cites every source it rests on.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

import appeal_rules
from appeal_rules import InvalidInputError, rule_version
from appeal_rules.errors import InputTypeError
from appeal_rules.rules import RULES, SEED_CLAUSES, load_rulebook
from rulebooks import VALID, VALID_LOADED, Book, edited, version, write

UTC = dt.UTC
COURT_APPC = rule_version("court", dt.date(2025, 1, 6))  # in force from 2021-07-01


# --- the sources and the versions the table is built from ----------------------------------------


def test_each_rule_lists_its_versions_day_after_day_the_last_still_in_force() -> None:
    """Each rule's versions, in the order listed, follow one another day after day from 2018; the last is in force."""
    for r in RULES:
        assert r.versions, r.id
        for earlier, later in zip(r.versions, r.versions[1:], strict=False):
            assert earlier.effective_to is not None, earlier.version
            assert later.effective_from == earlier.effective_to + dt.timedelta(days=1), later.version
        assert r.versions[-1].effective_to is None, r.id
        assert r.versions[0].effective_from <= dt.date(2018, 1, 1), r.id


def test_a_version_cites_every_source_it_rests_on() -> None:
    """The first-instance review term rests on two acts (Law No. 88-V art. 25 and APPC art. 99): both are cited."""
    version = appeal_rules.rule_version("review_term.first_instance", dt.date(2025, 1, 6))
    assert version.cite() == "; ".join(s.cite() for s in version.sources)
    assert len(version.sources) == 2
    assert version.cite().count("; ") == 1


# --- reading the rulebook --------------------------------------------------------------------------


def test_the_table_is_what_the_package_rulebook_holds() -> None:
    """The rules and seed clauses the library applies are read from its own rulebook directory."""
    assert load_rulebook() == (RULES, SEED_CLAUSES)


def test_a_rulebook_is_read_key_by_key_into_rules_versions_sources_and_clauses() -> None:
    """Each key of a rule file lands in its place: a source names its act by the act's title, takes
    the act's url unless it gives its own, is confirmed only when it says ``confirmed = true``, and
    keeps its note; a file of ``rules/`` that is not a ``.toml`` file is not a rule."""
    assert load_rulebook(Book(VALID)) == VALID_LOADED


def test_a_rulebook_directory_is_given_as_a_path_or_a_string(tmp_path: Path) -> None:
    """``load_rulebook`` reads the directory it is given, named by a ``pathlib.Path`` or a ``str``."""
    directory = write(VALID, tmp_path / "book")
    assert load_rulebook(directory) == load_rulebook(str(directory)) == VALID_LOADED


def test_the_rulebook_is_read_as_utf8_whatever_the_locale() -> None:
    """The rulebook's Kazakh and Russian texts are UTF-8 and read as UTF-8 under any locale (a POSIX
    "C" locale, whose encoding is ASCII, here; a Windows console's cp1251 alike), not in the locale's."""
    env = {**os.environ, "LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0",
           "PYTHONPATH": str(Path(appeal_rules.__file__).resolve().parent.parent)}  # this very package
    script = "import appeal_rules.rules as r; print(ascii(r.RULES[0].versions[0].text('kk')))"
    run = subprocess.run([sys.executable, "-X", "utf8=0", "-c", script], env=env, capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == ascii(load_rulebook()[0][0].versions[0].text("kk"))


def test_a_version_may_end_on_the_day_it_starts() -> None:
    """``from`` and ``to`` are both included: a one-day version is in order, and the next starts the day after."""
    def one_day(book: dict[str, object]) -> None:
        version(book, "a", 0)["to"] = dt.date(2018, 1, 1)
        version(book, "a", 1)["from"] = dt.date(2018, 1, 2)

    rules, _ = load_rulebook(edited(one_day))
    first, second = rules[0].versions
    assert (first.effective_from, first.effective_to, second.effective_from) == (
        dt.date(2018, 1, 1), dt.date(2018, 1, 1), dt.date(2018, 1, 2))


# --- a version in force on a day ---------------------------------------------------------------------


def test_a_version_is_in_force_from_its_first_to_its_last_day_included() -> None:
    """in_force_on: both ends included; aware datetimes are read in Kazakhstan time, date subclasses as dates."""
    v2018 = appeal_rules.rule_version("court", dt.date(2019, 1, 1))
    assert v2018.in_force_on(dt.date(2018, 1, 1))
    assert v2018.in_force_on(dt.date(2021, 6, 30))
    assert not v2018.in_force_on(dt.date(2021, 7, 1))
    assert not v2018.in_force_on(dt.date(2017, 12, 31))
    # 2021-06-30 20:00 UTC is 1 July 02:00 in Almaty: the APPC regime.
    assert not v2018.in_force_on(dt.datetime(2021, 6, 30, 20, tzinfo=UTC))
    assert v2018.in_force_on(dt.datetime(2021, 6, 30, 12, tzinfo=UTC))

    class Sub(dt.date):
        pass

    assert v2018.in_force_on(Sub(2021, 6, 30))
    assert not v2018.in_force_on(Sub(2021, 7, 1))


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
    """An aware moment is in force by its date in Kazakhstan: 20:00 UTC on 30 June 2021 is 1 July in Almaty."""
    assert COURT_APPC.effective_from == dt.date(2021, 7, 1)
    assert COURT_APPC.in_force_on(moment) is in_force


def test_a_naive_datetime_is_refused_as_the_day() -> None:
    """A naive datetime has no day in Kazakhstan: refused as ``day``, as a value (a string is a type error, see
    tests/test_rule_lookup_inputs.py)."""
    with pytest.raises(InvalidInputError) as caught:
        COURT_APPC.in_force_on(dt.datetime(2021, 7, 1, 12, 0))
    assert not isinstance(caught.value, InputTypeError)
    (problem,) = caught.value.problems
    assert problem.path == "day"
    assert "naive datetime" in problem.message
    assert "time zone" in problem.accepted


# --- found by fuzzing ----------------------------------------------------------------------------------


def test_in_force_on_refuses_a_day_that_is_not_a_date() -> None:
    """Found by fuzzing. Was: a bare TypeError from comparing a date with None."""
    version = appeal_rules.rule_version("court", dt.date(2025, 1, 6))
    with pytest.raises(InputTypeError):
        version.in_force_on(None)  # type: ignore[arg-type]
