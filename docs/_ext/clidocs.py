"""Sphinx extension: the command line's tables in docs/cli.md, generated from the command itself.

When the builder starts, this extension writes into ``docs/_generated/`` (gitignored), for each
command of ``appeal-rules``, its usage and a table of its arguments read from the argparse parser
(so an option, a choice or a default shown on the page is one the command takes); the exit codes
from :data:`appeal_rules.cli.EXIT_CODES`; and the batch's columns and their Russian and Kazakh
header names from the tables the batch reads; and every phrase the renderer says, in Kazakh, Russian
and English (docs/languages.md). The pages pull them in with ``{include}``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

import appeal_rules as ar
from appeal_rules.cli import EXIT_CODES
from appeal_rules.cli._batch import OUTPUT_COLUMNS
from appeal_rules.cli._cells import COLUMNS, FIELD_NOTES, REQUIRED
from appeal_rules.cli._parser import build_parser

GENERATED_DIR = "_generated"
_MD_SPECIAL = set("\\`*_[]<>|&{}$")


def _esc(text: str) -> str:
    flat = " ".join(text.split())
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in flat)


def _code(text: str) -> str:
    return f"`{text}`"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _notice(what: str) -> str:
    return f"<!-- generated from {what} by docs/_ext/clidocs.py; do not edit -->\n\n"


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _argument_row(action: argparse.Action) -> tuple[str, str]:
    name = ", ".join(action.option_strings) or str(action.metavar or action.dest)
    meaning = _esc(action.help or "")
    if action.choices is not None and not isinstance(action.choices, dict):
        meaning += "; one of: " + ", ".join(_code(str(c)) for c in action.choices)
    if action.required and action.option_strings:
        meaning += " (required)"
    return _code(name), meaning


def command_reference(name: str) -> str:
    """The usage of one command and a table of its arguments, from the parser."""
    command = _commands()[name]
    usage = command.format_usage().removeprefix("usage: ").rstrip()
    rows = [_argument_row(a) for a in command._actions if not isinstance(a, argparse._HelpAction)]
    return (_notice(f"the argument parser of appeal-rules {name}") + f"```text\n{usage}\n```\n\n"
            + _table(("Argument", "Meaning"), rows))


def exit_codes() -> str:
    """Code | meaning, from :data:`appeal_rules.cli.EXIT_CODES`."""
    return _notice("appeal_rules.cli.EXIT_CODES") + _table(
        ("Code", "Meaning"), ((_code(str(c)), _esc(meaning)) for c, meaning in EXIT_CODES.items()))


def batch_columns() -> str:
    """The columns ``batch`` reads, with their header names in Russian and Kazakh, then those it adds."""
    read = _table(("Column", "Also named", "Holds"), (
        (_code(field) + (" (required)" if field in REQUIRED else ""), ", ".join(_code(a) for a in aliases),
         _esc(FIELD_NOTES[field])) for field, aliases in COLUMNS.items()))
    added = _table(("Column", "Content"), ((_code(c), _esc(text)) for c, text in OUTPUT_COLUMNS.items()))
    return (_notice("appeal_rules.cli (the batch columns)") + "Read (headers match ignoring case and the spaces "
            "around them):\n\n" + read + "\nAdded after the input's own columns:\n\n" + added)


def phrases() -> str:
    """Every phrase of :data:`appeal_rules.phrases.PHRASES`, its Kazakh, Russian and English side by side."""
    from appeal_rules.phrases import PHRASES

    return _notice("appeal_rules.phrases.PHRASES") + _table(
        ("Phrase", "Kazakh", "Russian", "English"),
        ((_code(key), *(_esc(text) for text in texts)) for key, texts in PHRASES.items()))


def generators() -> dict[str, Any]:
    """Every generated file and the function that writes it."""
    out: dict[str, Any] = {"exit_codes.md": exit_codes, "batch_columns.md": batch_columns, "phrases.md": phrases}
    for name in _commands():
        out[f"cli_{name}.md"] = lambda name=name: command_reference(name)
    return out


def write_generated(srcdir: Path) -> list[Path]:
    """Write each file under ``srcdir/_generated`` whose text changed; return those paths."""
    folder = srcdir / GENERATED_DIR
    folder.mkdir(exist_ok=True)
    changed = []
    for name, generate in generators().items():
        path, text = folder / name, generate()
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def _on_builder_inited(app: Sphinx) -> None:
    write_generated(Path(app.srcdir))


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the generator to run when the builder starts, before any page is read."""
    app.connect("builder-inited", _on_builder_inited)
    return {"version": ar.__version__, "parallel_read_safe": True, "parallel_write_safe": True}
