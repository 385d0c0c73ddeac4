# ruff: noqa: RUF001  (the citation forms are Russian and Kazakh)
"""A rule lives in one place, the rulebook, and every result names the rules it applied.

The rulebook (``src/appeal_rules/rulebook/``) holds each rule's terms, dates, texts and sources.
Code applies a rule by looking it up (:func:`~appeal_rules.rules.rule_version`) and puts the
version in the result's ``basis``; it takes a citation from the version (``cite()``), never writes
one. This module checks that:

* **No act or article is cited in a code string.** Every module of ``src/appeal_rules`` is parsed
  with :mod:`ast`; every string constant the code can hand to a caller (f-string parts included)
  is searched for a citation: an article (``art. 176``, ``arts. 173-175``, ``Article 5``,
  ``ст. 176``, ``статья 5``, ``176-бап``), a code (``Civil Code``, ``APPC``, ``Кодекс``), a law,
  decree or order by number (``Law No. 88-V``, ``Decree No. 864``, ``№ 88-V``), a clause or
  paragraph by number. Documentation is not searched: docstrings (any string that is a statement
  on its own) and comments may explain with citations, as they say where the code's rule comes
  from without being an answer. The rulebook's TOML files are the rules and are not Python.
* **Every result lists every rule it applied**, the counting rules (day one, month end, roll
  forward, end of day), registration and the calendar included.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import appeal_rules
import appeal_rules.calendar
import appeal_rules.deadlines
import appeal_rules.rules
from appeal_rules import BodyKind, Convention, Stage, count_period, review_deadline
from appeal_rules.calendar import DayKind, default_calendar
from appeal_rules.deadlines import MonthRounding
from appeal_rules.procedure import escalation_options
from appeal_rules.rules import Term, Unit, rule_version

PACKAGE = Path(appeal_rules.__file__).parent

#: The forms a citation of an act or an article takes, in English, Russian and Kazakh. A
#: placeholder of an f-string reads as ``{}``, so ``f"art. {n}"`` is found too.
CITATION = re.compile(
    r"""
      \barts?\.\s*[\d{]                                  # art. 176, arts. 173-175, art. {n}
    | \bArticles?\s+[\d{]                                # Article 5
    | \b(?:Civil|Labour|Labor|Tax|Budget)\s+Code\b       # Civil Code, Labour Code
    | \bProcedural\s+and\s+Process\s+Code\b | \bAPPC\b   # the Administrative Procedural and Process Code
    | \bConstitution\b(?!\s+Day)                         # the Constitution (not the holiday's name)
    | \bLaw\s+(?:No\.|["«“]On\b|of\s+\d)                # Law No. 88-V, Law "On Holidays"
    | \b[DdOoRr](?:ecree|rder|esolution)\s+(?:No\.|of\s+\d)  # Decree No. 864, order of 17.04.2024
    | \bNo\.\s*\d+(?:-[IVX]+)?\b                         # No. 88-V, No. 864
    | \b(?:clause|paragraph)s?\s+\d                      # clause 7, paragraph 14
    | \bст\.\s*\d | [Сс]тать(?:я|и|ей|ёй|е|ю)\s+\d       # ст. 176, статья 5
    | [Кк]одекс | №\s*\d                                 # Кодекс, № 88-V
    | \d+-\s?бап | \bбаб(?:ы|ында)\b                     # 176-бап, 5-бабы
    """,
    re.VERBOSE,
)

#: Citations that remain inside ``explain()`` bodies, which the three-language renderer replaces
#: (issue 10, item 2): each entry is (module, function, the string as the AST holds it). The test
#: below fails when an entry is gone, so the list shrinks as the bodies are rewritten.
#: Citations still written inside an explain() body, each to move into the rulebook (none left:
#: Period.explain reads its steps' sources from the counting rules).
PENDING_IN_EXPLAIN: set[tuple[str, str, str]] = set()

def _text(node: ast.Constant | ast.JoinedStr) -> str:
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return str(node.value)


def code_strings(source: str) -> Iterator[tuple[int, str, str]]:
    """Each string the code can hand on, as (line, enclosing function or class path, text).

    A string that is a statement on its own (a docstring, or an attribute's docstring) is
    documentation and is skipped; so are the constant parts of an f-string, which are read with it.
    """
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)

    def visit(node: ast.AST, path: str) -> Iterator[tuple[int, str, str]]:
        for child in ast.iter_child_nodes(node):
            inner = path
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                inner = f"{path}.{child.name}" if path else child.name
            if isinstance(child, ast.JoinedStr) or (
                isinstance(child, ast.Constant) and isinstance(child.value, str) and id(child) not in skip
            ):
                yield child.lineno, inner, _text(child)
            yield from visit(child, inner)

    yield from visit(tree, "")


def citations(source: str) -> list[tuple[int, str, str]]:
    """The code strings of ``source`` that cite an act or an article."""
    return [(line, where, text) for line, where, text in code_strings(source) if CITATION.search(text)]


def _scan_package() -> dict[tuple[str, str, str], list[int]]:
    found: dict[tuple[str, str, str], list[int]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        for line, where, text in citations(path.read_text(encoding="utf-8")):
            found.setdefault((name, where, text), []).append(line)
    return found


def test_no_act_or_article_is_cited_in_a_code_string_outside_the_rulebook() -> None:
    """A rule's sources live in its rulebook file; code takes a citation from the rule version it
    applied (``cite()``) and writes none of its own."""
    found = _scan_package()
    offending = [f"src/appeal_rules/{name}:{lines[0]} ({where}): {text!r}"
                 for (name, where, text), lines in found.items()
                 if (name, where, text) not in PENDING_IN_EXPLAIN]
    assert not offending, "citations outside the rulebook:\n" + "\n".join(offending)


def test_the_citations_pending_in_explain_bodies_are_still_there() -> None:
    """The exemption names each remaining citation; once a body no longer holds one, its entry goes."""
    found = _scan_package()
    assert sorted(PENDING_IN_EXPLAIN - found.keys()) == []


def test_the_confirmed_calendar_years_are_read_from_the_rulebook() -> None:
    """Which act moved the days off in a year is data about that year: it is kept in the rulebook
    (``calendar_years.toml``), each claim with its source, and read into ``CONFIRMED_YEARS``."""
    years = tomllib.loads((PACKAGE / "rulebook" / "calendar_years.toml").read_text(encoding="utf-8"))["years"]
    assert [(y["year"], y.get("transfer_act"), y["kurban_ait"]) for y in years] == [
        (c.year, c.transfer_act, c.kurban_ait) for c in appeal_rules.calendar.CONFIRMED_YEARS]


SAMPLE = '''
"""A module docstring may cite Civil Code art. 176."""

END = "until the end of that day, Civil Code art. 176"  # a comment may cite art. 175


def explain(n):
    """A docstring may cite APPC art. 64(3)."""
    return f"Due (art. {n})" + "ст. 176 ГК" + "Азаматтық кодекстің 176-бабы" + "Law No. 88-V"


class Day:
    NAME = "Constitution Day"
    """An attribute docstring: Law "On Holidays" art. 5."""
'''


def test_the_scanner_finds_citations_in_code_strings_and_not_in_documentation() -> None:
    """Written in a code string, a citation is caught, in any of the three languages and in an
    f-string; in a docstring or a comment it is documentation, and a holiday's name is no citation."""
    found = citations(SAMPLE)
    assert [(line, where) for line, where, _ in found] == [(4, ""), (9, "explain"), (9, "explain"),
                                                          (9, "explain"), (9, "explain")]
    assert found[0][2] == "until the end of that day, Civil Code art. 176"
    assert found[1][2] == "Due (art. {})"


# --- every result lists every rule it applied -------------------------------------------------------


def test_a_period_runs_to_the_end_of_its_last_day() -> None:
    """Civil Code art. 176: an action due within a period may be done until 24:00 of its last day.
    Every counted period and review deadline names the rule, with its day-one and calendar rules."""
    period = count_period(dt.date(2025, 3, 3), Term(5, Unit.WORKING_DAYS))
    assert [v.version for v in period.basis] == [
        "counting.day_one@appc", "calendar.working_days@all", "counting.end_of_day@all"]
    assert rule_version("counting.end_of_day", dt.date(2025, 3, 3)).cite() == "Civil Code (General Part), art. 176"
    deadline = review_deadline(dt.date(2025, 3, 3), BodyKind.SERVICE_PROVIDER)
    assert [v.rule_id for v in deadline.basis] == [
        "review_term.first_instance", "counting.day_one", "calendar.working_days", "counting.end_of_day"]
    assert deadline.confirmed


def test_a_period_names_the_month_end_and_roll_forward_rules_it_applied() -> None:
    """Civil Code art. 174: 31 January + 1 month ends on the last day of February; art. 175: a last
    day off moves to the next working day. The what-if rounding and same-day count cite no act."""
    def ids(p: appeal_rules.deadlines.Period) -> list[str]:
        return [v.rule_id for v in p.basis]

    month = count_period(dt.date(2025, 1, 31), Term(1, Unit.MONTHS))
    assert ids(month) == ["counting.day_one", "counting.month_end", "calendar.working_days", "counting.end_of_day"]
    rolled = count_period(dt.date(2025, 2, 1), Term(1, Unit.MONTHS))  # 1 March 2025 is a Saturday
    assert "counting.roll_forward" in ids(rolled)
    calendar_days = count_period(dt.date(2025, 3, 3), Term(5, Unit.CALENDAR_DAYS))  # ends Saturday 8 March
    assert ids(calendar_days) == ["counting.day_one", "counting.roll_forward", "calendar.working_days",
                                  "counting.end_of_day"]
    up = count_period(dt.date(2025, 1, 31), Term(1, Unit.MONTHS), rounding=MonthRounding.UP)
    assert "counting.month_end" not in ids(up)
    same = count_period(dt.date(2025, 3, 3), Term(5, Unit.WORKING_DAYS), convention=Convention.SAME_DAY)
    assert "counting.day_one" not in ids(same)


def test_a_period_before_the_rules_coverage_names_no_rule() -> None:
    """A calendar may reach back before 2018, the first year whose rules the library encodes: a
    period counted there is counted, and names no rule version."""
    from appeal_rules import WorkingCalendar

    period = count_period(dt.date(2017, 3, 1), Term(5, Unit.WORKING_DAYS), calendar=WorkingCalendar(first_year=2017))
    assert period.basis == ()


def test_each_convention_cites_the_primary_sources_of_its_rules() -> None:
    """A convention's citation is read from the rulebook: the first source of each of its rules."""
    for convention in Convention:
        expected = [rule_version(r, dt.date(2025, 3, 3)).sources[0].cite() for r in convention.rule_ids]
        if expected:
            assert convention.citation == "; ".join(expected)


def test_the_court_month_names_the_rules_it_is_counted_by() -> None:
    """The month for going to court is counted by Civil Code arts. 173-175: the option's basis
    names those rules, and its explanation cites them from the rulebook."""
    e = escalation_options(Stage.QUALITY_ANSWERED, on=dt.date(2025, 2, 3), answered_on=dt.date(2025, 1, 20),
                           registered_on=dt.date(2025, 1, 13))
    court = e.options[-1]
    ids = [v.rule_id for v in court.basis]
    assert ids[-3:] == ["counting.day_one", "counting.month_end", "counting.roll_forward"]
    assert "Civil Code (General Part), art. 174" in court.explanation


def test_a_lodging_limit_names_the_month_rules_when_it_gives_a_last_day() -> None:
    """A lodging limit of months counted from the day the applicant learned of the act names the
    rules it was counted by; without that day no last day is counted and none is named."""
    counted = escalation_options(Stage.BEFORE_FILING, on=dt.date(2025, 2, 3), learned_on=dt.date(2025, 1, 10))
    not_counted = escalation_options(Stage.BEFORE_FILING, on=dt.date(2025, 2, 3))
    assert "counting.month_end" in [v.rule_id for v in counted.options[0].basis]
    assert "counting.month_end" not in [v.rule_id for v in not_counted.options[0].basis]


@pytest.mark.parametrize(("iso", "rule_id"), [("2024-03-08", "calendar.public_holidays"),
                                              ("2024-03-25", "calendar.carry_over")])
def test_a_day_off_names_the_act_from_the_rulebook(iso: str, rule_id: str) -> None:
    """A public holiday is a day off (Law "On Holidays" art. 5; Labour Code art. 84(5)); a holiday
    that falls on a day off is carried over to the next working day (art. 5). The day names the act
    as the rule's version cites it."""
    day = default_calendar().day(dt.date.fromisoformat(iso))
    assert day.kind in (DayKind.HOLIDAY, DayKind.CARRIED_OVER)
    assert day.act == rule_version(rule_id, day.date).cite()


def test_every_rule_is_looked_up_by_name_in_the_code_that_applies_it() -> None:
    """Code applies a rule by looking it up: every rule of the rulebook is named by its id in a
    code string (a ``rule_version`` call or a convention's or period's list of rules)."""
    named = {text for path in PACKAGE.rglob("*.py") for _, _, text in code_strings(path.read_text(encoding="utf-8"))}
    assert [r.id for r in appeal_rules.rules.RULES if r.id not in named] == []


def test_an_overdue_escalation_names_the_term_that_ran_out() -> None:
    """A complaint not answered within the review term counts as refused (the missed-term rule): the
    escalation names that term and the rules it was counted by, as the pending stage does."""
    e = escalation_options(Stage.FIRST_INSTANCE_OVERDUE, on=dt.date(2025, 2, 3), registered_on=dt.date(2025, 1, 13))
    ids = [v.rule_id for v in e.basis]
    assert ids == ["scope", "missed_term", "review_term.first_instance", "counting.day_one", "calendar.working_days",
                   "counting.end_of_day"]
