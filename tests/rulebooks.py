"""Small rulebooks held in memory, for the loader's checks: a valid one, and copies of it edited.

:func:`appeal_rules.rules.load_rulebook` reads any :class:`~importlib.resources.abc.Traversable`.
:class:`Book` is one made of Python data: a file is a table (written out as TOML when read), or a
string (read as it is: broken TOML), and a directory is a dict of its entries, so a refusal's
message names no temporary path and the same test runs anywhere. :data:`VALID` is a two-rule
rulebook and :data:`VALID_LOADED` what it must load as; :func:`edited` gives a copy changed by a
function.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterator
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import IO, Any

from appeal_rules.rules import Regime, Rule, RuleVersion, SeedClause, Term, Texts, Unit
from appeal_rules.sources import Source


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, dt.date)):  # a date (or a datetime) is a TOML date (or datetime)
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(map(_toml_value, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def toml(table: dict[str, Any]) -> str:
    """``table`` as a TOML document (one key per line, nested tables inline)."""
    return "".join(f"{json.dumps(key)} = {_toml_value(value)}\n" for key, value in table.items())


class Book(Traversable):
    """A directory (a dict of entries), a file (a table, or a string of raw text) or nothing (None)."""

    def __init__(self, content: object, name: str = "rulebook") -> None:
        self.content = content
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    def iterdir(self) -> Iterator[Book]:
        if not isinstance(self.content, dict) or self._name.endswith(".toml"):
            raise NotADirectoryError(f"not a directory: {self._name}")
        return iter([Book(value, key) for key, value in self.content.items()])

    def is_dir(self) -> bool:
        return isinstance(self.content, dict) and not self._name.endswith(".toml")

    def is_file(self) -> bool:
        return self.content is not None and not self.is_dir()

    def joinpath(self, *descendants: str | os.PathLike[str]) -> Book:
        node = self
        for part in (os.fspath(d) for d in descendants):
            entries = node.content if node.is_dir() else {}
            assert isinstance(entries, dict)
            node = Book(entries.get(part), part)
        return node

    def __truediv__(self, child: str | os.PathLike[str]) -> Book:
        return self.joinpath(child)

    def open(self, mode: str = "r", *args: Any, **kwargs: Any) -> IO[Any]:
        return io.BytesIO(self.read_bytes()) if "b" in mode else io.StringIO(self.read_text())

    def read_text(self, encoding: str | None = None) -> str:
        if not self.is_file():
            raise FileNotFoundError(f"no such file: {self._name}")
        return self.content if isinstance(self.content, str) else toml(self.content)  # type: ignore[arg-type]

    def read_bytes(self) -> bytes:
        return self.read_text().encode()


def _texts(word: str) -> dict[str, str]:
    return {"kk": f"{word} (kk)", "ru": f"{word} (ru)", "en": word}


#: A rulebook of two rules: ``a`` (a 2018 version with a term, then an APPC version with two
#: sources, the first unconfirmed, with its own url and a note) and ``b`` (one version, no term).
VALID: dict[str, Any] = {
    "index.toml": {"rules": ["a", "b"], "seed_clauses": [{"id": "1", "text": "Clause one.", "rules": ["a", "b"]}]},
    "acts.toml": {"act": {"title": "Act One", "url": "https://example.org/act"},
                  "code": {"title": "Code Two", "url": "https://example.org/code"}},
    "rules": {
        "a.toml": {
            "id": "a", "title": "Rule A", "applied_by": ["review_deadline"], "tested_by": ["tests/a.py::t"],
            "versions": [
                {"regime": "2018", "from": dt.date(2018, 1, 1), "to": dt.date(2021, 6, 30), "summary": "A, 2018.",
                 "text": _texts("A then"), "term": {"length": 5, "unit": "working_days"},
                 "sources": [{"act": "act", "provision": "art. 1", "confirmed": True}]},
                {"regime": "appc", "from": dt.date(2021, 7, 1), "summary": "A, APPC.", "text": _texts("A now"),
                 "sources": [{"act": "code", "provision": "art. 2", "confirmed": False,
                              "url": "https://example.org/code#2", "note": "read in a digest"},
                             {"act": "act", "provision": "art. 3", "confirmed": True}]},
            ],
        },
        "b.toml": {
            "id": "b", "title": "Rule B", "applied_by": [], "tested_by": [],
            "versions": [{"regime": "all", "from": dt.date(2018, 1, 1), "summary": "B.", "text": _texts("B"),
                          "sources": [{"act": "act", "provision": "art. 9", "confirmed": True}]}],
        },
        "README.md": "Not a rule: only the .toml files of rules/ are read.",
    },
}

_ACT = "https://example.org/act"
#: What :data:`VALID` loads as.
VALID_LOADED = (
    (
        Rule("a", "Rule A", ("review_deadline",), ("tests/a.py::t",), (
            RuleVersion("a", Regime.STANDARD_2018, dt.date(2018, 1, 1), dt.date(2021, 6, 30), "A, 2018.",
                        Texts(**_texts("A then")), (Source("Act One", "art. 1", _ACT, True),),
                        Term(5, Unit.WORKING_DAYS)),
            RuleVersion("a", Regime.APPC, dt.date(2021, 7, 1), None, "A, APPC.", Texts(**_texts("A now")),
                        (Source("Code Two", "art. 2", "https://example.org/code#2", False, "read in a digest"),
                         Source("Act One", "art. 3", _ACT, True))),
        )),
        Rule("b", "Rule B", (), (), (
            RuleVersion("b", Regime.ALL, dt.date(2018, 1, 1), None, "B.", Texts(**_texts("B")),
                        (Source("Act One", "art. 9", _ACT, True),)),
        )),
    ),
    (SeedClause("1", "Clause one.", ("a", "b")),),
)


def edited(change: Callable[[dict[str, Any]], object]) -> Book:
    """:data:`VALID`, copied and changed by ``change`` (which edits the copy in place)."""
    content = copy.deepcopy(VALID)
    change(content)
    return Book(content)


def version(book: dict[str, Any], rule_id: str = "a", index: int = 0) -> dict[str, Any]:
    """The table of version ``index`` of rule ``rule_id`` in ``book``."""
    found: dict[str, Any] = book["rules"][f"{rule_id}.toml"]["versions"][index]
    return found


def write(content: dict[str, Any], directory: Path) -> Path:
    """Write ``content`` (a :class:`Book`'s) into ``directory`` as files; return the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, value in content.items():
        if isinstance(value, dict) and not name.endswith(".toml"):
            write(value, directory / name)
        else:
            (directory / name).write_text(value if isinstance(value, str) else toml(value), encoding="utf-8")
    return directory
