"""Side-by-side benchmark of appeal_rules' working-day calendar against ``holidays``, ``numpy`` and ``workalendar``.

One script, one run, one machine: every speed target of issue 10 is measured here, side by side. It
draws random registration dates in 2018-2026 (seeded) and, for n in {5, 15} working days, measures the
median time per call of:

1. ``appeal_rules.add_working_days`` against ``holidays``' ``get_nth_working_day`` (the reference;
   target: at least 50x faster);
2. ``appeal_rules.working_days_between`` over a whole year against ``holidays``' ``get_working_days_count``;
3. ``appeal_rules.review_deadline`` (the full explanation, every call computed: the library keeps no
   memo) against ONE bare ``get_nth_working_day`` call (target: at least 3x faster);
4. the first call (index build for 2018-2030) and the import of ``holidays``, each in a fresh subprocess,
   and the memory the index holds;
5. ``appeal-rules batch`` (:func:`appeal_rules.cli.run_batch`, CSV file to CSV file) against a bare loop
   over ``review_deadline`` on the same rows, parsed beforehand (target: the batch at least half the
   loop's speed), with the cost of reading and writing the CSV alone beside it (benchmarks/bench_batch.py
   has the memory figures and larger files).

It also counts wrong answers (against ``holidays``' ``get_nth_working_day``) of ``numpy.busday_offset``
fed the Kazakh holiday list and of ``workalendar.asia.Kazakhstan``, and asserts that appeal_rules gives
no wrong answer.

    python benchmarks/bench_calendar.py [--n 20000] [--seed 1] [--repeats 7] [--write-docs] [--profile]

The tables are printed as Markdown; ``--write-docs`` also writes them into docs/performance.md between
the markers ``<!-- bench:start -->`` and ``<!-- bench:end -->``. No network is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from _report import load_average, replace_section

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "performance.md"

FIRST_REG = dt.date(2018, 1, 1)
LAST_REG = dt.date(2026, 12, 31)
HOLIDAY_YEARS = range(2018, 2031)
NS = (5, 15)

TARGET_ADD = 50.0  # x faster than get_nth_working_day
TARGET_COUNT = 100.0  # x faster than get_working_days_count over a year
TARGET_REVIEW = 3.0  # x faster than ONE bare get_nth_working_day call
TARGET_BATCH = 0.5  # the batch's speed over a bare loop over review_deadline
TARGET_FIRST_CALL_MS = 150.0
TARGET_INDEX_BYTES = 1_000_000

Pair = tuple[Any, Any]


# --- timing -----------------------------------------------------------------------------------


@dataclass
class Timing:
    """Per-call times (ns) of each repeat over the whole input set."""

    per_call_ns: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.per_call_ns)

    @property
    def spread(self) -> str:
        return f"{fmt_ns(min(self.per_call_ns))}-{fmt_ns(max(self.per_call_ns))}"


@contextmanager
def _gc_off() -> Iterator[None]:
    """Collect, then keep the garbage collector off (as :mod:`timeit` does) until the block ends."""
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _one_pass(fn: Callable[[Any, Any], object], pairs: Sequence[Pair]) -> float:
    """Nanoseconds per call of ``fn(a, b)`` over one pass through ``pairs`` (the batch beats timer resolution)."""
    t0 = time.perf_counter_ns()
    for a, b in pairs:
        fn(a, b)
    return (time.perf_counter_ns() - t0) / len(pairs)


def time_calls(fn: Callable[[Any, Any], object], pairs: Sequence[Pair], repeats: int) -> Timing:
    """Call ``fn(a, b)`` for every pair, ``repeats`` times; the batch (whole set) beats timer resolution.

    The garbage collector is off while timing (as in :mod:`timeit`); one untimed pass warms caches.
    """
    for a, b in pairs[: min(len(pairs), 200)]:
        fn(a, b)
    with _gc_off():
        return Timing([_one_pass(fn, pairs) for _ in range(repeats)])


def time_vectorised(fn: Callable[[], object], count: int, repeats: int) -> Timing:
    """Time one vectorised call over ``count`` inputs, reported per input."""
    fn()
    timing = Timing()
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        fn()
        timing.per_call_ns.append((time.perf_counter_ns() - t0) / count)
    return timing


def _noop(a: object, b: object) -> None:
    return None


def fmt_ns(ns: float) -> str:
    if ns >= 1_000_000:
        return f"{ns / 1_000_000:.2f} ms"
    if ns >= 1_000:
        return f"{ns / 1_000:.2f} µs"
    return f"{ns:.0f} ns"


def verdict(ok: bool) -> str:
    return "**met**" if ok else "**NOT met**"


# --- inputs and machine -----------------------------------------------------------------------


def registration_dates(n: int, seed: int) -> list[dt.date]:
    rng = random.Random(seed)
    a, b = FIRST_REG.toordinal(), LAST_REG.toordinal()
    return [dt.date.fromordinal(rng.randint(a, b)) for _ in range(n)]


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_line() -> str:
    return (
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"holidays {version('holidays')}, numpy {version('numpy')}, workalendar {version('workalendar')}, "
        f"appeal_rules {version('appeal_rules')}; CPU {cpu_name()} ({os.cpu_count()} logical), "
        f"{platform.platform()}"
    )


def source_state() -> str:
    """The commit measured, and whether the library's sources had uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True, cwd=ROOT).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], capture_output=True, text=True,
                               check=True, cwd=ROOT).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "source: not a git checkout"
    return f"source: commit {head}" + (" with uncommitted changes in src/" if dirty else "")


# --- fresh-subprocess measurements ------------------------------------------------------------

_CHILD = r'''
import datetime as dt, enum, gc, json, sys, time
mode = sys.argv[1]
day = dt.date(2025, 1, 5)
out = {}
if mode == "holidays":
    t0 = time.perf_counter_ns(); import holidays; t1 = time.perf_counter_ns()
    h = holidays.country_holidays("KZ", years=range(2018, 2031)); t2 = time.perf_counter_ns()
    h.is_working_day(day); t3 = time.perf_counter_ns()
    out = {"import_holidays": t1 - t0, "build_holidays": t2 - t1, "first_query_holidays": t3 - t2}
elif mode == "cold":
    t0 = time.perf_counter_ns(); import appeal_rules; t1 = time.perf_counter_ns()
    preloaded = "holidays" in sys.modules
    cal = appeal_rules.WorkingCalendar(); t2 = time.perf_counter_ns()
    assert cal.is_working_day(day) is True
    t3 = time.perf_counter_ns()
    cal.is_working_day(day); t4 = time.perf_counter_ns()
    out = {"import_appeal_rules": t1 - t0, "holidays_imported_by_package": preloaded,
           "construct": t2 - t1, "first_call_cold": t3 - t2, "second_call": t4 - t3}
elif mode == "warm":
    import appeal_rules
    t0 = time.perf_counter_ns(); import holidays; t1 = time.perf_counter_ns()
    cal = appeal_rules.WorkingCalendar()
    t2 = time.perf_counter_ns(); cal.is_working_day(day); t3 = time.perf_counter_ns()
    out = {"import_holidays": t1 - t0, "first_call_build_only": t3 - t2}
elif mode == "memory":
    import tracemalloc
    import attrs
    import holidays
    import holidays.countries.kazakhstan
    import appeal_rules
    holidays.country_holidays("KZ", years=[2017], language="en_US")  # warm gettext/lazy caches
    gc.collect()
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    cal = appeal_rules.WorkingCalendar()
    cal.is_working_day(day)
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    idx = cal.index()
    seen = set()
    def deep(obj):
        total = 0
        stack = [obj]
        while stack:
            o = stack.pop()
            if (o is None or isinstance(o, (bool, type, enum.Enum)) or id(o) in seen):
                continue
            seen.add(id(o))
            total += sys.getsizeof(o)
            if isinstance(o, dict):
                stack.extend(o.keys()); stack.extend(o.values())
            elif isinstance(o, (list, tuple, set, frozenset)):
                stack.extend(o)
            elif attrs.has(type(o)):
                stack.extend(getattr(o, f.name) for f in attrs.fields(type(o)))
        return total
    parts = {f.name: deep(getattr(idx, f.name)) for f in attrs.fields(type(idx))}
    parts = {k: v for k, v in parts.items() if v >= 512}  # small ints and short strings go to the rest
    parts["rest"] = deep(idx)  # the object itself and what the parts above did not reach
    out = {"retained": current - base, "peak": peak - base, "parts": parts,
           "days": idx.last - idx.first + 1, "special_days": len(idx.special)}
print(json.dumps(out))
'''


def run_child(mode: str) -> dict[str, Any]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    proc = subprocess.run([sys.executable, "-c", _CHILD, mode], capture_output=True, text=True, check=True,
                          env=env, cwd=ROOT)
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def median_of(runs: list[dict[str, Any]], key: str) -> float:
    return statistics.median(float(r[key]) for r in runs)


# --- wrong answers ----------------------------------------------------------------------------


@dataclass
class WrongReport:
    library: str
    n: int
    total: int
    wrong: list[tuple[dt.date, dt.date, dt.date]]  # (start, reference, got)
    examples: list[str]


def explain_examples(
    wrong: list[tuple[dt.date, dt.date, dt.date]],
    n: int,
    *,
    ref_working: Callable[[dt.date], bool],
    other_working: Callable[[dt.date], bool],
    describe_ref: Callable[[dt.date], str],
    describe_other: Callable[[dt.date], str],
    library: str,
) -> list[str]:
    """Three example wrong answers, each with the days on which the library and the reference disagree.

    Wrong answers are grouped by the first disagreeing day; the largest groups with a new kind of
    disagreement come first.
    """
    groups: dict[tuple[dt.date, ...], list[tuple[dt.date, dt.date, dt.date]]] = {}
    for start, ref, got in wrong:
        end = max(ref, got)
        diff = tuple(d for d in date_range(start + dt.timedelta(days=1), end) if ref_working(d) != other_working(d))
        groups.setdefault(diff[:1], []).append((start, ref, got))
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    picked: list[tuple[tuple[dt.date, ...], list[tuple[dt.date, dt.date, dt.date]]]] = []
    kinds: set[str] = set()
    for key, members in ordered:
        kind = describe_ref(key[0]).split(": ", 1)[-1].split(",")[0] if key else ""
        if kind not in kinds:
            kinds.add(kind)
            picked.append((key, members))
        if len(picked) == 3:
            break
    for key, members in ordered:
        if len(picked) == 3:
            break
        if all(key != k for k, _ in picked):
            picked.append((key, members))
    out = []
    for key, members in picked:
        start, ref, got = members[0]
        if key:
            end = max(ref, got)
            more = sum(1 for d in date_range(key[0] + dt.timedelta(days=1), end) if ref_working(d) != other_working(d))
            why = (f"{describe_ref(key[0])}; {library} {describe_other(key[0])}"
                   + (f" (and {more} later day(s) in the window)" if more else "")
                   + f"; {len(members)} of the wrong answers first go wrong on this day")
        else:
            why = "no disagreeing day in the window (different counting convention)"
        out.append(f"{start.isoformat()} + {n} working days: reference {ref.isoformat()}, "
                   f"{library} {got.isoformat()}. Why: {why}.")
    return out


def date_range(a: dt.date, b: dt.date) -> Iterable[dt.date]:
    for o in range(a.toordinal(), b.toordinal() + 1):
        yield dt.date.fromordinal(o)


def batch_rows(rows: int, repeats: int) -> tuple[Timing, Timing, Timing]:
    """Per-row times of a bare loop over ``review_deadline``, of ``run_batch``, and of the CSV alone.

    The rows are benchmarks/bench_batch.py's (seeded): registration dates over 2018-2030, reviewers
    and respondents that fit, a lodging date. The loop gets them parsed beforehand; the batch reads
    the file, checks every cell, answers and writes every row; "CSV alone" reads and writes the same
    file with :mod:`csv` and computes nothing, the floor under any batch.
    """
    import csv
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_batch

    loop, batch, floor = Timing(), Timing(), Timing()
    with tempfile.TemporaryDirectory(prefix="appeal-rules-bench-") as tmp:
        source, target = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
        bench_batch.generate(source, rows)
        parsed = bench_batch.parse(source)
        for _ in range(repeats):  # alternating, so that a noisy moment hits each alike
            loop.per_call_ns.append(bench_batch.time_loop(parsed, lodged=True) * 1e9 / rows)
            elapsed, summary = bench_batch.time_batch(source, target)
            assert summary.rows == rows, summary
            assert summary.failed == 0, summary
            batch.per_call_ns.append(elapsed * 1e9 / rows)
            t0 = time.perf_counter_ns()
            with source.open(newline="", encoding="utf-8") as f, target.open("w", newline="", encoding="utf-8") as g:
                writer = csv.writer(g)
                for row in csv.reader(f):
                    writer.writerow(row)
            floor.per_call_ns.append((time.perf_counter_ns() - t0) / rows)
    return loop, batch, floor


# --- the run ----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=20_000, help="number of random registration dates")
    parser.add_argument("--seed", type=int, default=1, help="seed for the dates")
    parser.add_argument("--repeats", type=int, default=7, help="timed passes over the whole set")
    parser.add_argument("--count-sample", type=int, default=1_000,
                        help="dates used to TIME the whole-year count (holidays' count is ~0.5 ms a call); "
                             "agreement is checked on all dates")
    parser.add_argument("--first-call-runs", type=int, default=7, help="fresh subprocesses per first-call figure")
    parser.add_argument("--write-docs", action="store_true", help=f"write the tables into {DOCS.relative_to(ROOT)}")
    parser.add_argument("--batch-rows", type=int, default=20_000, help="rows of the batch comparison (5.)")
    parser.add_argument("--profile", action="store_true",
                        help="also print a cProfile of appeal_rules' add_working_days and review_deadline")
    args = parser.parse_args(argv)

    import holidays
    import numpy as np
    from workalendar.asia import Kazakhstan

    import appeal_rules as ar

    dates = registration_dates(args.n, args.seed)
    hol = holidays.country_holidays("KZ", years=HOLIDAY_YEARS)
    cal = ar.calendar.default_calendar()
    cal.is_working_day(dates[0])  # build the index before timing
    lines: list[str] = []
    emit = lines.append

    given = list(sys.argv[1:] if argv is None else argv)
    command = " ".join(["python benchmarks/bench_calendar.py", *given])
    load_at_start = load_average()
    emit(f"Machine: {machine_line()}; {source_state()}.")
    emit("")
    emit(f"Command: `{command}` — {args.n} registration dates drawn uniformly from "
         f"{FIRST_REG.isoformat()} to {LAST_REG.isoformat()} (seed {args.seed}); median per-call time over "
         f"{args.repeats} timed passes over the whole set (GC off, `time.perf_counter_ns`).")
    emit("")

    # --- correctness first: appeal_rules must agree with holidays on every input ---------------
    reference: dict[int, list[dt.date]] = {n: [hol.get_nth_working_day(d, n) for d in dates] for n in NS}
    for n in NS:
        ours = [ar.add_working_days(d, n) for d in dates]
        bad = [(d, r, o) for d, r, o in zip(dates, reference[n], ours, strict=True) if r != o]
        assert not bad, f"appeal_rules disagrees with holidays for n={n}: {bad[:3]}"
        kinds = {5: ar.BodyKind.SERVICE_PROVIDER, 15: ar.BodyKind.QUALITY_AUTHORITY}
        # A registration on a day off counts from the next working day (APPC art. 64(3), from 1 July 2021).
        for d, ref in zip(dates, reference[n], strict=True):
            got = ar.review_deadline(d, kinds[n])
            moved = got.registration_moved_to
            assert got.due == (ref if moved is None else hol.get_nth_working_day(moved, n)), (d, n)
    year = dt.timedelta(days=365)
    count_bad = 0
    for d in dates:
        ours_count = ar.working_days_between(d, d + year)  # (start, end]
        theirs = hol.get_working_days_count(d, d + year)  # [start, end]
        if theirs != ours_count + int(hol.is_working_day(d)):
            count_bad += 1
    assert count_bad == 0, f"{count_bad} whole-year counts disagree after adjusting for the end convention"

    # --- timing ---------------------------------------------------------------------------------
    floor = time_calls(_noop, [(d, 0) for d in dates], args.repeats)
    rows: list[str] = []
    results: dict[str, tuple[float, float, float, bool]] = {}

    def row(name: str, ours: Timing, theirs: Timing, ref_name: str, target: float | None) -> None:
        ratio = theirs.median / ours.median
        ok = target is None or ratio >= target
        if target is not None:
            results[name] = (ours.median, theirs.median, ratio, ok)
        goal = "(info)" if target is None else f">= {target:g}x"
        shown = f"{ratio:,.{2 if ratio < 1 else 1}f}x"  # a ratio under 1 (the batch) to two decimals
        rows.append(f"| {name} | {fmt_ns(ours.median)} ({ours.spread}) | {ref_name}: {fmt_ns(theirs.median)} "
                    f"({theirs.spread}) | {shown} | {goal} | {'' if target is None else verdict(ok)} |")

    hol_nth = hol.get_nth_working_day
    ref_timings: dict[int, Timing] = {}
    for n in NS:
        pairs = [(d, n) for d in dates]
        ref_timings[n] = time_calls(hol_nth, pairs, args.repeats)
        row(f"1. `add_working_days(d, {n})`", time_calls(ar.add_working_days, pairs, args.repeats),
            ref_timings[n], "`get_nth_working_day(d, n)`", TARGET_ADD)
        row(f"1. method `cal.add_working_days(d, {n})`", time_calls(cal.add_working_days, pairs, args.repeats),
            ref_timings[n], "`get_nth_working_day(d, n)`", None)
    sample = dates[: args.count_sample]
    year_pairs = [(d, d + year) for d in sample]
    row(f"2. `working_days_between(d, d+365)` ({len(sample)} dates)",
        time_calls(ar.working_days_between, year_pairs, args.repeats),
        time_calls(hol.get_working_days_count, year_pairs, args.repeats),
        "`get_working_days_count(d, d+365)`", TARGET_COUNT)
    for n, kind in ((5, ar.BodyKind.SERVICE_PROVIDER), (15, ar.BodyKind.QUALITY_AUTHORITY)):
        review_pairs: list[Pair] = [(d, kind) for d in dates]
        row(f"3. `review_deadline(d, {kind.name})` (n={n}, full explanation, every call computed)",
            time_calls(ar.review_deadline, review_pairs, args.repeats), ref_timings[n],
            f"one `get_nth_working_day(d, {n})`", TARGET_REVIEW)
    loop, batch, csv_alone = batch_rows(args.batch_rows, min(args.repeats, 5))
    row(f"5. `run_batch` CSV to CSV ({args.batch_rows} rows, per row; speed-up = batch speed / loop speed)",
        batch, loop, "bare loop over `review_deadline`", TARGET_BATCH)
    row("5. reading and writing the same CSV alone, nothing computed (per row)", csv_alone, loop,
        "bare loop over `review_deadline`", None)

    emit("| Benchmark | appeal_rules, median per call (min-max) | Reference, median per call (min-max) "
         "| Speed-up | Target | Met? |")
    emit("|---|---|---|---|---|---|")
    lines.extend(rows)
    emit("")
    emit(f"Floor: an empty Python call in the same loop costs {fmt_ns(floor.median)} per call; it is included "
         "in every figure above. The whole-year count's agreement with `get_working_days_count` (which "
         f"includes the start day) was checked on all {len(dates)} dates: 0 disagree after adding the start "
         "day when it is a working day.")
    emit("")

    # --- first call and memory (fresh subprocesses) ------------------------------------------------
    cold = [run_child("cold") for _ in range(args.first_call_runs)]
    warm = [run_child("warm") for _ in range(args.first_call_runs)]
    href = [run_child("holidays") for _ in range(args.first_call_runs)]
    mem = run_child("memory")
    first_cold = median_of(cold, "first_call_cold")
    index_bytes = sum(mem["parts"].values())
    first_ok = first_cold / 1e6 < TARGET_FIRST_CALL_MS
    mem_ok = index_bytes < TARGET_INDEX_BYTES
    emit(f"First call, in a fresh interpreter each (median of {args.first_call_runs} subprocesses; "
         "interpreter start excluded):")
    emit("")
    emit("| Measure | Time | Target | Met? |")
    emit("|---|---|---|---|")
    emit(f"| `import appeal_rules` (imports holidays too: "
         f"{'yes' if cold[0]['holidays_imported_by_package'] else 'no'}) "
         f"| {median_of(cold, 'import_appeal_rules') / 1e6:.1f} ms | | |")
    emit(f"| 4a. first `WorkingCalendar().is_working_day(d)`, holidays not yet imported (import + index "
         f"build 2018-2030) | {first_cold / 1e6:.1f} ms | < {TARGET_FIRST_CALL_MS:g} ms | {verdict(first_ok)} |")
    emit(f"| of which `import holidays` | {median_of(warm, 'import_holidays') / 1e6:.1f} ms | | |")
    emit(f"| 4b. first call with holidays already imported (index build only) "
         f"| {median_of(warm, 'first_call_build_only') / 1e6:.1f} ms | | |")
    emit(f"| second call | {median_of(cold, 'second_call') / 1e3:.1f} µs | | |")
    emit(f"| reference: `import holidays` + `country_holidays('KZ', years=range(2018, 2031))` "
         f"| {(median_of(href, 'import_holidays') + median_of(href, 'build_holidays')) / 1e6:.1f} ms | | |")
    emit("")
    parts = ", ".join(f"{k} {v / 1024:.1f} KiB" for k, v in mem["parts"].items())
    emit(f"Index memory (2018-2030: {mem['days']} days, {mem['special_days']} special days): "
         f"**{index_bytes / 1024:.1f} KiB** by recursive `sys.getsizeof` (shared enum members excluded; "
         f"{parts}); target < 1 MB: {verdict(mem_ok)}. `tracemalloc` around the build: "
         f"{mem['retained'] / 1024:.1f} KiB retained after `gc.collect()`, {mem['peak'] / 1024:.1f} KiB peak "
         "(the three `holidays` objects built on the way are freed).")
    emit("")

    # --- wrong answers -----------------------------------------------------------------------------
    kz_days_off = sorted(d for d in hol if d.weekday() < 5 and d.year in HOLIDAY_YEARS)
    busdaycal = np.busdaycalendar(weekmask="1111100", holidays=np.array(kz_days_off, dtype="datetime64[D]"))
    np_dates = np.array(dates, dtype="datetime64[D]")
    off_set = set(kz_days_off)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # workalendar warns that its Islamic dates may be wrong
        wcal = Kazakhstan()
        reports: list[WrongReport] = []
        speed: dict[str, Timing] = {}
        for n in NS:
            # roll="backward" gives get_nth_working_day's meaning (the start day is never counted).
            got_np = [d.astype(dt.date) for d in np.busday_offset(np_dates, n, roll="backward", busdaycal=busdaycal)]
            got_wc = [wcal.add_working_days(d, n) for d in dates]
            for library, got, other_working, describe_other in (
                ("numpy.busday_offset", got_np, lambda d: d.weekday() < 5 and d not in off_set,
                 lambda d: "treats it as a " + ("working day" if d.weekday() < 5 and d not in off_set
                                                else "weekend (weekmask Mon-Fri; cannot hold a working weekend)")),
                ("workalendar Kazakhstan", got_wc, wcal.is_working_day,
                 lambda d: "has it as a " + ("working day" if wcal.is_working_day(d) else
                                             f"day off ({wcal.get_holiday_label(d) or 'weekend'})")),
            ):
                wrong = [(d, r, g) for d, r, g in zip(dates, reference[n], got, strict=True) if r != g]
                examples = explain_examples(wrong, n, ref_working=hol.is_working_day, other_working=other_working,
                                            describe_ref=lambda d: cal.day(d).describe(),
                                            describe_other=describe_other, library=library)
                reports.append(WrongReport(library, n, len(dates), wrong, examples))
            speed[f"numpy.busday_offset n={n}"] = time_vectorised(
                functools.partial(np.busday_offset, np_dates, n, roll="backward", busdaycal=busdaycal), len(dates),
                args.repeats)
            speed[f"workalendar Kazakhstan n={n}"] = time_calls(wcal.add_working_days, [(d, n) for d in dates],
                                                                 min(args.repeats, 3))
    emit(f"Wrong answers on the same {len(dates)} dates (reference: holidays' `get_nth_working_day`; "
         f"appeal_rules: 0 wrong for n = 5 and 15, asserted):")
    emit("")
    emit("| Library | n | Wrong | Rate | Time per date (info) |")
    emit("|---|---|---|---|---|")
    emit(f"| appeal_rules `add_working_days` | 5, 15 | 0 | 0.00% | {fmt_ns(results['1. `add_working_days(d, 5)`'][0])}"
         f", {fmt_ns(results['1. `add_working_days(d, 15)`'][0])} |")
    for rep in reports:
        key = f"{rep.library} n={rep.n}"
        how = " (vectorised, whole array)" if rep.library.startswith("numpy") else ""
        emit(f"| {rep.library} | {rep.n} | {len(rep.wrong)} | {100 * len(rep.wrong) / rep.total:.2f}% "
             f"| {fmt_ns(speed[key].median)}{how} |")
    emit("")
    emit(f"Example wrong answers (n = {NS[0]}), with the day the library gets wrong:")
    emit("")
    for rep in reports:
        if rep.n == NS[0]:
            for ex in rep.examples:
                emit(f"- {rep.library}: {ex}")
    emit("")
    emit(f"Load average at start: {load_at_start}; at end: {load_average()} ({os.cpu_count()} logical CPUs). "
         "A load near the CPU count means other work shared the machine, and every figure is then noisier.")
    table = "\n".join(lines)

    print(table)
    summary = {name: ok for name, (_, _, _, ok) in results.items()}
    summary["4. first call < 150 ms"] = first_ok
    summary["4. index memory < 1 MB"] = mem_ok
    print("\nTargets: " + "; ".join(f"{k}: {'met' if v else 'NOT met'}" for k, v in summary.items()),
          file=sys.stderr)

    if args.profile:
        profile(ar, dates)
    if args.write_docs:
        write_docs(table)
        print(f"\nwrote {DOCS.relative_to(ROOT)}", file=sys.stderr)
    return 0


def profile(ar: Any, dates: Sequence[dt.date]) -> None:
    """Print where appeal_rules spends its time (cProfile, by internal time; it inflates call costs)."""
    import cProfile
    import pstats

    kind = ar.BodyKind.SERVICE_PROVIDER
    for label, stmt in (
        ("add_working_days(d, 5)", lambda: [ar.add_working_days(d, 5) for d in dates]),
        ("review_deadline(d, SERVICE_PROVIDER)", lambda: [ar.review_deadline(d, kind) for d in dates]),
    ):
        prof = cProfile.Profile()
        prof.runcall(stmt)
        print(f"\n### cProfile: {label}, {len(dates)} calls\n", file=sys.stderr)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(15)


def write_docs(table: str) -> None:
    replace_section(DOCS, "bench", table)


if __name__ == "__main__":
    raise SystemExit(main())
