"""``appeal-rules batch`` against a plain loop over ``review_deadline``: rows per second and memory.

For each size (default 10 000 and 1 000 000 rows) the script writes a CSV of complaints into a
temporary directory (seeded, so every run uses the same data): registration dates spread evenly
over 2018-01-01 to 2030-11-30, reviewers and respondents that fit each other, a lodging date 0-3
days before registration, a channel. Then, side by side in one process:

* **plain loop**: the CSV parsed once into ``(registered_on, reviewer, lodged_on)`` tuples of
  dates and enums, then timed: ``for ...: review_deadline(registered_on, reviewer, lodged_on=...)``
  (parsing excluded);
* **loop, no lodged_on**: the same without ``lodged_on`` (every call is worked out: the library
  keeps no memo);
* **batch**: :func:`appeal_rules.cli.run_batch` from the CSV file to an output CSV file, timed
  whole (reading, parsing, validating, the addressee, the deadline and both flags, writing). It
  keeps no cache of its own: every row asks the library. The target (issue 10): batch / plain loop
  at least 0.5.

Every timed run gets a freshly built calendar. The
loops and the batch run alternately ``--repeat`` times (best of each is reported, to damp the
noise of a shared machine). Memory is measured in fresh subprocesses, one per size: the peak
resident set (``ru_maxrss``) of a process running ``appeal-rules batch IN -o OUT``, next to that
of a process that only builds the calendar; and the peak of the Python heap during ``run_batch``
(``tracemalloc``, started after the calendar is built). The result is a markdown table.

    python benchmarks/bench_batch.py                 # 10 000 and 1 000 000 rows (about 2 minutes)
    python benchmarks/bench_batch.py --quick         # 10 000 rows only
    python benchmarks/bench_batch.py --sizes 10000,200000 --repeat 5
    python benchmarks/bench_batch.py --write-docs    # also rewrites the table of docs/cli.md
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import appeal_rules as ar
import appeal_rules.calendar
from appeal_rules.cli import run_batch
from appeal_rules.serialization import BatchSummary

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import load_average, replace_section  # the benchmarks' own helper module

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

FIRST = dt.date(2018, 1, 1)
LAST = dt.date(2030, 11, 30)  # leaves room for 15 working days before the calendar ends
PROVIDER_REVIEWERS = ("service_provider", "ministry", "quality_authority")
STATE_CORPORATION_REVIEWERS = ("state_corporation", "quality_authority")
RESPONDENTS = ("service_provider", "provider_official", "state_corporation", "state_corporation_employee")
CHANNELS = ("post", "in_person", "portal")

# Each runs in a fresh interpreter and prints what it measured.
RSS_SCRIPT = """
import resource, sys
from appeal_rules.cli import main
code = main(["batch", sys.argv[1], "-o", sys.argv[2]])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
HEAP_SCRIPT = """
import sys, tracemalloc
import appeal_rules as ar
from appeal_rules.cli import run_batch
from appeal_rules.serialization import BatchSummary
ar.calendar.default_calendar().version
with open(sys.argv[1], newline="", encoding="utf-8") as source, open(sys.argv[2], "w", newline="") as sink:
    tracemalloc.start()
    run_batch(source, sink)
    print(tracemalloc.get_traced_memory()[1])
"""
BASELINE_SCRIPT = """
import resource
import appeal_rules as ar
ar.calendar.default_calendar().version
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def generate(path: Path, rows: int, seed: int = 20250106) -> None:
    """Write ``rows`` complaints to ``path``."""
    rng = random.Random(seed)
    first, last = FIRST.toordinal(), LAST.toordinal()
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "registered_on", "reviewer", "lodged_on", "respondent", "channel"])
        for i in range(rows):
            registered = dt.date.fromordinal(rng.randint(first, last))
            respondent = rng.choice(RESPONDENTS)
            reviewers = STATE_CORPORATION_REVIEWERS if respondent.startswith("state") else PROVIDER_REVIEWERS
            lodged = registered - dt.timedelta(days=rng.randint(0, 3))
            writer.writerow([i, registered.isoformat(), rng.choice(reviewers), lodged.isoformat(), respondent,
                             rng.choice(CHANNELS)])


def parse(path: Path) -> list[tuple[dt.date, ar.BodyKind, dt.date]]:
    """The CSV as the plain loop's input: dates and enums, parsed once."""
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        return [(dt.date.fromisoformat(r[1]), ar.BodyKind(r[2]), dt.date.fromisoformat(r[3])) for r in reader]


def fresh_calendar() -> ar.WorkingCalendar:
    """A calendar built (not timed): every timed run starts from a new one."""
    cal = ar.WorkingCalendar()
    _ = cal.version  # builds the index
    return cal


def time_loop(rows: list[tuple[dt.date, ar.BodyKind, dt.date]], *, lodged: bool) -> float:
    cal = fresh_calendar()
    review_deadline = ar.review_deadline
    start = time.perf_counter()
    if lodged:
        for registered, reviewer, lodged_on in rows:
            review_deadline(registered, reviewer, lodged_on=lodged_on, calendar=cal)
    else:
        for registered, reviewer, _ in rows:
            review_deadline(registered, reviewer, calendar=cal)
    return time.perf_counter() - start


def time_batch(source: Path, target: Path) -> tuple[float, BatchSummary]:
    cal = fresh_calendar()
    start = time.perf_counter()
    with source.open(newline="", encoding="utf-8-sig") as f, target.open("w", newline="", encoding="utf-8") as g:
        summary = run_batch(f, g, calendar=cal)
    return time.perf_counter() - start, summary


def measure(script: str, *args: str) -> int:
    """Run ``script`` in a fresh interpreter; return the number it prints (KiB of RSS, or heap bytes)."""
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=False)
    if not result.stdout.strip():
        raise RuntimeError(f"measurement failed: {result.stderr}")
    return int(result.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,1000000", help="comma-separated row counts (default %(default)s)")
    parser.add_argument("--quick", action="store_true", help="10 000 rows only")
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs per size, best kept (default 3; "
                                                              "1 for sizes over 100 000)")
    parser.add_argument("--no-memory", action="store_true", help="skip the subprocess memory measurements")
    parser.add_argument("--write-docs", action="store_true", help="rewrite the throughput table of docs/cli.md")
    args = parser.parse_args(argv)
    sizes = [10_000] if args.quick else [int(s) for s in args.sizes.split(",")]

    results = []
    with tempfile.TemporaryDirectory(prefix="appeal-rules-bench-") as tmp:
        baseline_rss = 0 if args.no_memory else measure(BASELINE_SCRIPT)  # before anything big is loaded
        for size in sizes:
            source, target = Path(tmp) / f"in-{size}.csv", Path(tmp) / f"out-{size}.csv"
            t0 = time.perf_counter()
            generate(source, size)
            print(f"{size:,} rows generated in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
            # Memory first, while this process is small: a child's ru_maxrss starts from its parent's
            # resident set at fork, so measuring after the rows are parsed here would inflate it.
            rss = heap = 0
            if not args.no_memory:
                rss = measure(RSS_SCRIPT, str(source), str(target))
                heap = measure(HEAP_SCRIPT, str(source), str(target))
            rows = parse(source)
            repeat = args.repeat if size <= 100_000 else 1
            loop = loop_memo = batch = float("inf")
            summary = None
            for _ in range(repeat):
                loop = min(loop, time_loop(rows, lodged=True))
                loop_memo = min(loop_memo, time_loop(rows, lodged=False))
                elapsed, summary = time_batch(source, target)
                batch = min(batch, elapsed)
            assert summary is not None, "no run"
            assert summary.rows == size, summary
            del rows
            results.append((size, size / loop, size / loop_memo, size / batch, rss, heap, summary.failed))
            print(f"{size:,} rows measured", file=sys.stderr)

    lines = [
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, load average "
        f"{load_average()}; {ar.calendar.default_calendar().version}; best of {args.repeat} alternating runs "
        "up to 100 000 rows, one run above.",
        "",
        "| Rows | Plain loop (rows/s) | Loop, no lodged_on (rows/s) | Batch (rows/s) | Batch / plain loop "
        "| Batch peak RSS | Calendar-only process RSS | Batch heap peak (tracemalloc) | Failed rows |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, loop_rate, memo_rate, batch_rate, rss, heap, failed in results:
        memory = (f"{rss / 1024:.0f} MiB | {baseline_rss / 1024:.0f} MiB | {heap / 2**20:.1f} MiB" if rss
                  else "n/a | n/a | n/a")
        lines.append(f"| {size:,} | {loop_rate:,.0f} | {memo_rate:,.0f} | {batch_rate:,.0f} | "
                     f"{batch_rate / loop_rate:.2f} | {memory} | {failed} |")
    print("\n".join(lines))
    if args.write_docs:
        replace_section(DOCS, "bench-batch", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
