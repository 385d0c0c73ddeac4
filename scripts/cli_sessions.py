"""Rewrite the console sessions on docs/cli.md with what the commands print today.

Each ```console block on the page is a session: ``$ command`` lines, each followed by its output.
``tests/test_cli_commands.py`` runs every session and fails when the page and the command differ;
after a deliberate change of output, run::

    python scripts/cli_sessions.py

and review the page's diff. Files the page shows (```{code-block} text`` with a ``:caption:``) are
saved in a temporary directory first, in the encoding the caption names, as the test does.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

from appeal_rules.cli import main

PAGE = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
_FILE = re.compile(r"```\{code-block\} text\n:caption: (\S+)(?: \((\S+)\))?\n\n(.*?)```", re.S)
_SESSION = re.compile(r"(```console\n)(.*?)(```)", re.S)


def _run(session: str, directory: Path) -> str:
    """The session with each command's output replaced by what it prints now."""
    parts = re.split(r"^(\$ .*\n)", session, flags=re.M)
    out = [parts[0]]
    code = 0
    for command_line, _old in zip(parts[1::2], parts[2::2], strict=True):
        argv = shlex.split(command_line[2:])
        if argv[0] == "echo":
            text = f"{code}\n"
        elif argv[0] == "cat":
            text = (directory / argv[1]).read_text(encoding="utf-8-sig")
        else:
            stdout, stderr = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                code = main(argv[1:])
            text = stdout.getvalue() + stderr.getvalue()
        out += [command_line, text]
    return "".join(out)


def main_() -> int:
    """Rewrite docs/cli.md in place; print how many sessions changed."""
    page = PAGE.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        for name, encoding, body in _FILE.findall(page):
            (directory / name).write_bytes(body.encode(encoding or "utf-8"))
        previous = Path.cwd()
        os.chdir(directory)
        try:
            changed = 0

            def redo(match: re.Match[str]) -> str:
                nonlocal changed
                new = _run(match.group(2), directory)
                changed += new != match.group(2)
                return match.group(1) + new + match.group(3)

            page = _SESSION.sub(redo, page)
        finally:
            os.chdir(previous)
    PAGE.write_text(page, encoding="utf-8")
    print(f"{changed} session(s) rewritten in {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main_())
