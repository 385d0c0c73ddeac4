"""What the rule table refuses: an unknown rule, a day before the rules it encodes, a broken rulebook.

The table covers the appeal procedure from 1 January 2018 (the 2018 service standard) on; a rule
is looked up by its id and a day. Each bad input below is refused with the error's class and, for
each problem, its path and what is accepted (every rule id, or a date from 2018 on). The words of
the messages are in ``tests/snapshots/error_texts.txt``.

The table is read from a rulebook directory (``load_rulebook``): a maintainer who edits one by hand
is told every problem of its files at once, each by file and key, with what that key may hold.
The rulebooks below are small ones held in memory (``tests/rulebooks.py``), each broken one way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from appeal_rules import InvalidInputError
from appeal_rules.errors import InputTypeError, OutsideCoverageError
from refusals import ONE_OF_THE_RULE_IDS, UTC, D, Refusal, ar, refused
from rulebooks import VALID, Book, edited, version

#: case -> the bad input and the refusal it must get.
RULE_LOOKUP_REFUSALS: dict[str, Refusal] = {
    'in_force_on.type': Refusal(
        lambda: ar.rule_version("court", D).in_force_on("2025-01-06"),
        InputTypeError, [('day', 'a datetime.date')],
    ),
    'rule.type': Refusal(
        lambda: ar.rules.rule(5),
        InvalidInputError, [('rule_id', ONE_OF_THE_RULE_IDS)],
    ),
    'rule.unknown': Refusal(
        lambda: ar.rules.rule("courts"),
        InvalidInputError, [('rule_id', ONE_OF_THE_RULE_IDS)],
    ),
    'rule_version.aware_before': Refusal(
        lambda: ar.rule_version("court", dt.datetime(2017, 12, 31, 12, tzinfo=UTC)),
        OutsideCoverageError, [('rules_on', 'a date on or after 2018-01-01')],
    ),
    'rule_version.before': Refusal(
        lambda: ar.rule_version("court", dt.date(2017, 12, 31)),
        OutsideCoverageError, [('rules_on', 'a date on or after 2018-01-01')],
    ),
    'rule_version.date_type': Refusal(
        lambda: ar.rule_version("court", "2025-01-06"),
        InputTypeError, [('rules_on', 'a datetime.date')],
    ),
    'rule_version.naive': Refusal(
        lambda: ar.rule_version(5, dt.datetime(2025, 1, 6)),
        InvalidInputError, [
            ('rules_on', 'a datetime.date, or a datetime with a time zone (converted to Kazakhstan time)')],
    ),
    'rule_version.unknown': Refusal(
        lambda: ar.rule_version("courts", D),
        InvalidInputError, [('rule_id', ONE_OF_THE_RULE_IDS)],
    ),
}


_VERSION_KEYS = "one of: from, regime, sources, summary, term, text, to"
_SOURCE_KEYS = "one of: act, confirmed, note, provision, url"
_REGIMES = "one of: all, 2018, appc, 2026-07, 2025-12, before-2026, 2026, ministry, acsaac, acsa"
_IN_ORDER = "versions in date order, each starting the day after the previous one ends"


def _load(change: Any) -> Any:
    """Load :data:`rulebooks.VALID` changed by ``change``."""
    return ar.rules.load_rulebook(edited(change))


def _index(**changes: object) -> Any:
    """A change of index.toml's keys (None deletes one)."""
    def change(book: dict[str, Any]) -> None:
        for key, value in changes.items():
            if value is None:
                del book["index.toml"][key]
            else:
                book["index.toml"][key] = value
    return change


def _versions(rule_id: str, *changes: dict[str, object]) -> Any:
    """A change of each version of ``rule_id`` by the matching dict of keys (None deletes a key)."""
    def change(book: dict[str, Any]) -> None:
        for i, keys in enumerate(changes):
            table = version(book, rule_id, i)
            for key, value in keys.items():
                if value is None:
                    del table[key]
                else:
                    table[key] = value
    return change


def _set(path: str, value: object) -> Any:
    """A change of the value at ``path`` (keys separated by ``/``; an integer key indexes a list)."""
    def change(book: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node: Any = book
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
    return change


def _all(*changes: Any) -> Any:
    def change(book: dict[str, Any]) -> None:
        for each in changes:
            each(book)
    return change


#: case -> a broken rulebook and the refusal load_rulebook must give it.
RULEBOOK_REFUSALS: dict[str, Refusal] = {
    'load_rulebook.directory_type': Refusal(
        lambda: ar.rules.load_rulebook(42),
        InputTypeError, [('directory', 'a path to a rulebook directory (str, pathlib.Path or a Traversable), or None')],
    ),
    'load_rulebook.empty_directory': Refusal(
        lambda: ar.rules.load_rulebook(Book({})),
        InvalidInputError, [
            ('index.toml', 'a UTF-8 TOML file'), ('index.toml.rules', 'a value'),
            ('index.toml.seed_clauses', 'a value'), ('acts.toml', 'a UTF-8 TOML file'),
            ('rules/', 'a directory of rule files')],
    ),
    'load_rulebook.broken_toml': Refusal(
        lambda: _load(_set("acts.toml", "[act\ntitle = 1\n")),
        InvalidInputError, [
            ('acts.toml', 'a UTF-8 TOML file'),
            # no act can be found: every source names an unknown one (was: "a key of acts.toml: ", an empty list)
            ('rules/a.toml.versions[0].sources[0].act', 'an act named in acts.toml (none could be read from it)'),
            ('rules/a.toml.versions[1].sources[0].act', 'an act named in acts.toml (none could be read from it)'),
            ('rules/a.toml.versions[1].sources[1].act', 'an act named in acts.toml (none could be read from it)'),
            ('rules/b.toml.versions[0].sources[0].act', 'an act named in acts.toml (none could be read from it)')],
    ),
    'load_rulebook.index_keys': Refusal(
        lambda: _load(_index(rules="a", seed_clauses="none", order=["a"])),
        InvalidInputError, [
            ('index.toml.order', 'one of: rules, seed_clauses'), ('index.toml: rules', 'a list of strings'),
            ('rules/a.toml', 'every rule file listed once'), ('rules/b.toml', 'every rule file listed once'),
            ('index.toml: seed_clauses', '[[seed_clauses]] tables')],
    ),
    'load_rulebook.index_rules': Refusal(
        lambda: _load(_all(_index(rules=["ghost", "a", "", 4]), _set("rules/b.toml/title", ""),
                           _set("rules/c.toml", {"id": "c"}))),
        InvalidInputError, [
            ('index.toml: rules[2]', 'a non-empty string'), ('index.toml: rules[3]', 'a non-empty string'),
            ('rules/b.toml', 'every rule file listed once'), ('rules/c.toml', 'every rule file listed once'),
            ('index.toml: rules: ghost', 'a file rules/ghost.toml'),
            ('index.toml: seed_clauses[0].rules', 'a rule listed in index.toml')],
    ),
    'load_rulebook.a_missing_file_does_not_stop_the_others': Refusal(
        lambda: _load(_all(_index(rules=["ghost", "a", "b"]), _set("rules/b.toml/title", ""))),
        InvalidInputError, [
            ('index.toml: rules: ghost', 'a file rules/ghost.toml'), ('rules/b.toml.title', 'a non-empty string')],
    ),
    'load_rulebook.acts': Refusal(
        lambda: _load(_set("acts.toml", {
            "act": {"title": " ", "url": "https://example.org/act", "year": 2000},
            "code": {"title": "Code Two", "url": ""}, "old": {"title": "Old"}, "bad": "x"})),
        InvalidInputError, [
            ('acts.toml: act.year', 'one of: title, url'), ('acts.toml: act.title', 'a non-empty string'),
            ('acts.toml: code.url', 'a non-empty string'), ('acts.toml: old.url', 'a value'),
            ('acts.toml: bad', 'a table')],
    ),
    'load_rulebook.rule_keys': Refusal(
        lambda: _load(_all(
            _set("rules/a.toml", {**VALID["rules"]["a.toml"], "id": "z", "title": 5, "applied_by": "f",
                                  "tested_by": ["", "t"], "owner": "x"}),
            _set("rules/b.toml", {"id": "b", "title": "Rule B", "applied_by": []}))),
        InvalidInputError, [
            ('rules/a.toml.owner', 'one of: applied_by, id, tested_by, title, versions'),
            ('rules/a.toml.title', 'a non-empty string'), ('rules/a.toml.applied_by', 'a list of strings'),
            ('rules/a.toml.tested_by[0]', 'a non-empty string'), ('rules/a.toml.id', "the file's name, 'a'"),
            ('rules/b.toml.tested_by', 'a value'), ('rules/b.toml.versions', 'a value')],
    ),
    'load_rulebook.no_versions': Refusal(
        lambda: _load(_all(_set("rules/a.toml/versions", []), _set("rules/b.toml/versions", "v"))),
        InvalidInputError, [
            ('rules/a.toml.versions', 'at least one [[versions]]'),
            ('rules/b.toml.versions', 'at least one [[versions]]')],
    ),
    'load_rulebook.version_values': Refusal(
        lambda: _load(_versions("a", {
            "regime": "1999", "from": "2018-01-01", "to": dt.datetime(2021, 6, 30, 0, 0), "notes": "x",
            "term": {"length": -1, "unit": "weeks"}, "text": {"kk": "", "ru": "r", "de": "x"}, "sources": "none",
            "summary": ""})),
        InvalidInputError, [
            ('rules/a.toml.versions[0].notes', _VERSION_KEYS),
            ('rules/a.toml.versions[0].regime', _REGIMES),
            ('rules/a.toml.versions[0].from', 'a TOML date, YYYY-MM-DD'),
            ('rules/a.toml.versions[0].to', 'a TOML date, YYYY-MM-DD'),
            ('rules/a.toml.versions[0].term.length', 'a whole number >= 0 and <= 100000'),
            ('rules/a.toml.versions[0].term.unit', 'one of: working_days, calendar_days, months'),
            ('rules/a.toml.versions[0].text.en', 'a value'), ('rules/a.toml.versions[0].text.de', 'one of: en, kk, ru'),
            ('rules/a.toml.versions[0].text.kk', 'a non-empty string'),
            ('rules/a.toml.versions[0].sources', 'at least one [[versions.sources]]'),
            ('rules/a.toml.versions[0].summary', 'a non-empty string')],
    ),
    'load_rulebook.version_missing_keys': Refusal(
        lambda: _load(_versions("b", {"regime": None, "from": None, "text": None, "sources": None, "summary": None})),
        InvalidInputError, [
            ('rules/b.toml.versions[0].from', 'a value'), ('rules/b.toml.versions[0].regime', 'a value'),
            ('rules/b.toml.versions[0].sources', 'a value'), ('rules/b.toml.versions[0].summary', 'a value'),
            ('rules/b.toml.versions[0].text', 'a value')],
    ),
    'load_rulebook.version_not_a_table': Refusal(
        lambda: _load(_set("rules/b.toml/versions", ["v"])),
        InvalidInputError, [('rules/b.toml.versions[0]', 'a table')],
    ),
    'load_rulebook.text_not_a_table': Refusal(
        lambda: _load(_versions("b", {"text": "all"})),
        InvalidInputError, [('rules/b.toml.versions[0].text', 'a table')],
    ),
    # One bad date or regime leaves the version out of the order check (no second problem for it).
    'load_rulebook.bad_regime_alone': Refusal(
        lambda: _load(_versions("a", {"regime": "2019"})),
        InvalidInputError, [('rules/a.toml.versions[0].regime', _REGIMES)],
    ),
    'load_rulebook.bad_from_alone': Refusal(
        lambda: _load(_versions("a", {}, {"from": 2021})),
        InvalidInputError, [('rules/a.toml.versions[1].from', 'a TOML date, YYYY-MM-DD')],
    ),
    'load_rulebook.bad_to_alone': Refusal(
        lambda: _load(_versions("a", {"to": "2021-06-30"})),
        InvalidInputError, [('rules/a.toml.versions[0].to', 'a TOML date, YYYY-MM-DD')],
    ),
    'load_rulebook.to_before_from': Refusal(
        lambda: _load(_versions("a", {"to": dt.date(2017, 12, 31)})),
        InvalidInputError, [('rules/a.toml.versions[0].to', 'a date on or after `from`'),
                            ('rules/a.toml.versions[1].from', _IN_ORDER)],
    ),
    'load_rulebook.a_gap_and_a_repeated_regime': Refusal(
        lambda: _load(_versions("a", {}, {"from": dt.date(2021, 7, 5), "regime": "2018"})),
        InvalidInputError, [('rules/a.toml.versions[1].from', _IN_ORDER),
                            ('rules/a.toml.versions', 'one version per regime')],
    ),
    'load_rulebook.an_open_version_before_another': Refusal(
        lambda: _load(_versions("a", {"to": None})),
        InvalidInputError, [('rules/a.toml.versions[1].from', _IN_ORDER)],
    ),
    'load_rulebook.the_last_version_ends': Refusal(
        lambda: _load(_all(_versions("a", {}, {"to": dt.date(2030, 1, 1)}),
                           _versions("b", {"to": dt.date(2018, 1, 1)}))),
        InvalidInputError, [
            ('rules/a.toml.versions[1].to', 'a last version with no `to` (in force until a newer version)'),
            ('rules/b.toml.versions[0].to', 'a last version with no `to` (in force until a newer version)')],
    ),
    'load_rulebook.sources': Refusal(
        lambda: _load(_versions("a", {"sources": []}, {"sources": [
            {"act": "nowhere", "provision": "p", "confirmed": True},
            {"act": "code", "provision": "", "confirmed": "yes", "note": 1, "url": " ", "page": 1},
            {"act": "act"},
            {"act": "act", "provision": "art. 4", "confirmed": 1},
        ]})),
        InvalidInputError, [
            ('rules/a.toml.versions[0].sources', 'at least one [[versions.sources]]'),
            ('rules/a.toml.versions[1].sources[0].act', 'a key of acts.toml: act, code'),
            ('rules/a.toml.versions[1].sources[1].page', _SOURCE_KEYS),
            ('rules/a.toml.versions[1].sources[1].confirmed', 'true or false'),
            ('rules/a.toml.versions[1].sources[1].note', 'a string'),
            ('rules/a.toml.versions[1].sources[1].provision', 'a non-empty string'),
            ('rules/a.toml.versions[1].sources[1].url', 'a non-empty string'),
            ('rules/a.toml.versions[1].sources[2].confirmed', 'a value'),
            ('rules/a.toml.versions[1].sources[2].provision', 'a value'),
            ('rules/a.toml.versions[1].sources[3].confirmed', 'true or false')],
    ),
    'load_rulebook.seed_clauses': Refusal(
        lambda: _load(_index(seed_clauses=[
            "x", {"id": "", "text": 5, "rules": "a"}, {"id": "3", "text": "t", "rules": ["a", "zz"], "extra": 1}, {},
        ])),
        InvalidInputError, [
            ('index.toml: seed_clauses[0]', 'a table'),
            ('index.toml: seed_clauses[1].rules', 'a list of strings'),
            ('index.toml: seed_clauses[1].id', 'a non-empty string'),
            ('index.toml: seed_clauses[1].text', 'a non-empty string'),
            ('index.toml: seed_clauses[2].extra', 'one of: id, rules, text'),
            ('index.toml: seed_clauses[2].rules', 'a rule listed in index.toml'),
            ('index.toml: seed_clauses[3].id', 'a value'), ('index.toml: seed_clauses[3].rules', 'a value'),
            ('index.toml: seed_clauses[3].text', 'a value')],
    ),
}
RULE_LOOKUP_REFUSALS.update(RULEBOOK_REFUSALS)

@pytest.mark.parametrize("name", sorted(RULE_LOOKUP_REFUSALS))
def test_a_bad_rule_look_up_is_refused_naming_each_field_and_what_it_accepts(name: str) -> None:
    """rule, rule_version and RuleVersion.in_force_on refuse a bad input with every problem."""
    refused(RULE_LOOKUP_REFUSALS[name])


@pytest.mark.parametrize(("change", "path"), [
    (_versions("b", {"term": 5}), "rules/b.toml.versions[0].term"),
    (_versions("b", {"sources": ["act"]}), "rules/b.toml.versions[0].sources[0]"),
])
def test_a_term_or_a_source_that_is_not_a_table_is_named_by_its_key(change: Any, path: str) -> None:
    """A version's ``term`` (``{ length, unit }``) and each of its sources must be tables: anything
    else is named at its own key, once. (Was: the keys inside were reported again, with messages
    naming the loader's internal placeholder, ``<object object at 0x...>``.)"""
    with pytest.raises(InvalidInputError) as caught:
        _load(change)
    assert [(p.path, p.accepted) for p in caught.value.problems] == [(path, "a table")]


def test_every_source_of_a_version_is_checked_after_one_that_is_not_a_table() -> None:
    """A source that is not a table does not hide the ones after it: an act given as a list (no act
    name at all) is named as an unknown act, not a crash."""
    with pytest.raises(InvalidInputError) as caught:
        _load(_versions("b", {"sources": ["act", {"act": ["act"], "provision": "art. 1", "confirmed": True}]}))
    assert [(p.path, p.accepted) for p in caught.value.problems] == [
        ("rules/b.toml.versions[0].sources[0]", "a table"),
        ("rules/b.toml.versions[0].sources[1].act", "a key of acts.toml: act, code")]


def test_an_unreadable_rule_file_is_named_and_the_other_files_are_still_checked() -> None:
    """A rule file that is not TOML is named by its file; the problems of the other files are reported with it."""
    with pytest.raises(InvalidInputError) as caught:
        _load(_all(_set("rules/a.toml", "id = "), _set("rules/b.toml/title", "")))
    found = [(p.path, p.accepted) for p in caught.value.problems]
    assert found[0] == ("rules/a.toml", "a UTF-8 TOML file")
    assert found[-1] == ("rules/b.toml.title", "a non-empty string")
    # Each missing key of the unreadable file is named once (was: the id twice, once as "got <object ...>").
    assert [path for path, _ in found].count("rules/a.toml.id") == 1
    assert not any("object at 0x" in p.message for p in caught.value.problems)
