"""What the benchmark scripts share: the machine's load, and writing a table into a docs page.

Each script owns one section of a page, between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``,
and rewrites only that section with ``--write-docs``.
"""

from __future__ import annotations

import os
from pathlib import Path


def load_average() -> str:
    """The 1- and 5-minute load averages, as a report states them ("n/a" where the OS has none)."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "n/a"
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def replace_section(page: Path, name: str, text: str) -> None:
    """Put ``text`` between the page's ``<!-- name:start -->`` and ``<!-- name:end -->`` markers."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    content = page.read_text(encoding="utf-8")
    head, found_start, rest = content.partition(start)
    _, found_end, tail = rest.partition(end)
    if not found_start or not found_end:
        raise SystemExit(f"{page}: markers {start} / {end} not found")
    page.write_text(f"{head}{start}\n{text}\n{end}{tail}", encoding="utf-8")
