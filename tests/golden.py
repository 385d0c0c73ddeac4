"""Golden texts: long texts a person reads, compared with files under ``tests/snapshots/``.

A test passes the text it produced to the ``snapshot`` fixture (``tests/conftest.py``), which
compares it with its file, or rewrites the file when pytest runs with ``--update-snapshots``.
"""

from __future__ import annotations

import pathlib

#: Where the golden texts live.
SNAPSHOTS = pathlib.Path(__file__).resolve().parent / "snapshots"


class Snapshot:
    """Compares a text with its golden file, or rewrites the file under ``--update-snapshots``."""

    def __init__(self, update: bool) -> None:
        self.update = update

    def check(self, name: str, text: str) -> None:
        """Assert that ``text`` is the content of ``tests/snapshots/<name>`` (or write it there)."""
        path = SNAPSHOTS / name
        if self.update:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8", newline="\n")
            return
        assert path.exists(), f"no golden text {path}: run python -m pytest --update-snapshots"
        assert text == path.read_text(encoding="utf-8"), f"{name} changed: review it, then --update-snapshots"
