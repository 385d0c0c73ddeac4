"""Time and peak memory of ``serialization.handle`` on hostile payloads (issue 9, part 4).

Each case is a payload a client once sent, or could send: nesting thousands deep, a number of
5 000 digits, a 19 MB overlays payload with half a million bad dates, a 50 MB bad enum value. Each
is answered as JSON text and as an already-parsed object, with the default :class:`Limits` and
with limits raised far enough that the payload is read in full (to show that the capped problem
list and the cut echo keep the answer small even then).

For each case the script prints the wall time of one ``handle`` call (the best of ``--repeats``,
tracemalloc off), the peak of memory allocated during one call (tracemalloc on; the payload itself,
built before, is not counted), the size of the answer as JSON text and the number of problems the
answer lists. The payloads are built before timing; nothing is read from the network or disk.

    python benchmarks/bench_hostile.py [--repeats 3] [--write-docs]

The table is printed as Markdown; ``--write-docs`` also writes it into docs/quality.md between the
markers ``<!-- bench-hostile:start -->`` and ``<!-- bench-hostile:end -->``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _report import replace_section

from appeal_rules.serialization import Limits, handle

RAISED = Limits(max_size=100_000_000, max_depth=200, max_int_digits=4300)


def _nested(depth: int) -> list[Any]:
    """A list nested ``depth`` deep, built without recursion."""
    inner: list[Any] = []
    for _ in range(depth - 1):
        inner = [inner]
    return inner


def _overlays(count: int) -> dict[str, Any]:
    bad = "31.12.2024 (Tuesday), not ISO 8601"  # a date as a spreadsheet export might write it
    return {"kind": "calendar", "year": 2025, "month": 1,
            "overlays": [{"act": "Order", "days_off": [bad] * count}]}


def _enum(length: int) -> dict[str, Any]:
    return {"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "x" * length}


def cases() -> list[tuple[str, Callable[[], object], Limits | None]]:
    """(name, payload builder, limits) for every case."""
    overlays = _overlays(499_999)
    overlays_text = json.dumps(overlays)
    under = _overlays(25_000)  # just under the default size limit: the most a default request can cost
    under_text = json.dumps(under)
    assert len(under_text) < Limits().max_size
    enum = _enum(50_000_000)
    enum_text = json.dumps(enum)
    deep_text = "[" * 5000 + "]" * 5000
    digits_text = '{"kind": "calendar", "year": ' + "9" * 5000 + ', "month": 1}'
    return [
        ("nesting 5 000 deep, text", lambda: deep_text, None),
        ("nesting 100 000 deep, parsed", lambda: {"kind": "deadline", "x": _nested(100_000)}, None),
        ("a 5 000-digit integer, text", lambda: digits_text, None),
        ("a 5 000-digit integer, parsed", lambda: {"kind": "calendar", "year": 10 ** 5000, "month": 1}, None),
        (f"overlays, 25 000 bad dates, text ({len(under_text) / 1e6:.2f} MB, under the limit)",
         lambda: under_text, None),
        ("the same, parsed", lambda: under, None),
        (f"overlays, 499 999 bad dates, text ({len(overlays_text) / 1e6:.0f} MB)", lambda: overlays_text, None),
        ("the same, parsed", lambda: overlays, None),
        ("the same, text, limits raised", lambda: overlays_text, RAISED),
        ("the same, parsed, limits raised", lambda: overlays, RAISED),
        (f"a bad enum value, text ({len(enum_text) / 1e6:.0f} MB)", lambda: enum_text, None),
        ("the same, parsed", lambda: enum, None),
        ("the same, text, limits raised", lambda: enum_text, RAISED),
        ("the same, parsed, limits raised", lambda: enum, RAISED),
    ]


def measure(payload: object, limits: Limits | None, repeats: int) -> tuple[float, int, dict[str, Any]]:
    """Best wall time of ``handle`` (s), peak traced memory of one call (bytes), and the answer."""
    best = float("inf")
    answer: dict[str, Any] = {}
    for _ in range(repeats):
        start = time.perf_counter()
        answer = handle(payload, limits=limits)
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()
    handle(payload, limits=limits)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, peak, answer


def main(argv: list[str] | None = None) -> int:
    """Print the Markdown table of every case (and write it into docs/quality.md with --write-docs)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3, help="timed calls per case; the best is reported")
    parser.add_argument("--write-docs", action="store_true", help="also write the table into docs/quality.md")
    args = parser.parse_args(argv)
    lines = [f"Python {platform.python_version()} on {platform.machine()}; best of {args.repeats} calls; "
             "peak memory traced during one call (tracemalloc)", "",
             "| Payload | Limits | Time | Peak memory | Answer | Problems listed | First problem |",
             "|---|---|---|---|---|---|---|"]
    print("\n".join(lines))
    for name, build, limits in cases():
        payload = build()
        seconds, peak, answer = measure(payload, limits, args.repeats)
        size = len(json.dumps(answer, ensure_ascii=False))
        problems = answer.get("error", {}).get("problems", [])
        first = problems[0]["message"] if problems else answer.get("kind", "")
        which = "default" if limits is None else "raised"
        lines.append(f"| {name} | {which} | {seconds * 1000:.1f} ms | {peak / 1e6:.2f} MB | {size / 1000:.1f} kB "
                     f"| {len(problems)} | {first[:70]} |")
        print(lines[-1], flush=True)
    if args.write_docs:
        replace_section(Path(__file__).resolve().parent.parent / "docs" / "quality.md", "bench-hostile",
                        "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
