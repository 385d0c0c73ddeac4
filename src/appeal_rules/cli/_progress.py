"""A one-line progress report of ``batch`` on a terminal: rows, failures and how far through the file."""

from __future__ import annotations

import os
from typing import Any, TextIO

from appeal_rules.cli._parser import PROG

__all__ = ["Progress"]


def __dir__() -> list[str]:
    return __all__


class Progress:
    """Called every few thousand rows by the batch; rewrites one line of ``stream``."""

    def __init__(self, stream: TextIO, source: Any) -> None:
        self.stream = stream
        self.source = source
        try:
            self.size = os.fstat(source.fileno()).st_size
        except (OSError, ValueError, AttributeError):
            self.size = 0

    def __call__(self, rows: int, failed: int) -> None:
        # A size is known only for a regular file, which can always tell where it is.
        where = f" ({min(100, 100 * self.source.tell() // self.size)}%)" if self.size else ""
        self.stream.write(f"\r{PROG} batch: {rows:,} rows{where}, {failed:,} failed")
        self.stream.flush()

    def done(self, rows: int, failed: int) -> None:
        """The last report, ending the line."""
        self.stream.write(f"\r{PROG} batch: {rows:,} rows, {failed:,} failed. Done.\n")
        self.stream.flush()
