"""run_batch reads a CSV as a spreadsheet saves it: a byte-order mark before the header is not part of it.

Excel and many Windows tools save "CSV UTF-8" with a byte-order mark; the first column must still
be read as ``id``. (Kept here, outside the fuzzer, so that this branch does not depend on a random
draw; the command line's own tests may absorb it.)
"""

from __future__ import annotations

import io

from appeal_rules.cli import run_batch


def test_a_byte_order_mark_before_the_header_is_dropped() -> None:
    """The header's first cell is ``id``, not ``\\ufeffid``: the row is read and its deadline computed."""
    sink = io.StringIO()
    run_batch(io.StringIO("\ufeffid,registered_on,reviewer\n1,2024-12-31,ministry\n"), sink)
    header, row = sink.getvalue().splitlines()
    assert header.split(",")[0] == "id"
    assert row.startswith("1,2024-12-31,ministry,")
    assert ",2025-01-10," in row  # 5 working days over the New Year holidays of 2025
