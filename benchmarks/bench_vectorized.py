"""Whole columns: appeal_rules.vectorized side by side with numpy's business-day functions, in one run.

On 1 000 000 random dates in 2018-2030 (seeded) and counts n from -30 to 30, it measures:

1. ``vectorized.add_working_days`` against ``numpy.busday_offset`` on the same arrays, and counts
   the answers of each that differ from the scalar ``appeal_rules.add_working_days`` (all rows);
2. ``vectorized.working_days_between`` against ``numpy.busday_count`` and
   ``vectorized.is_working_day`` against ``numpy.is_busday``, with their wrong answers;
3. ``vectorized.review_deadlines`` over 1 000 000 rows: time, peak memory (``tracemalloc``), and
   the ratio to a loop of the scalar ``review_deadline``, timed on a sample and extrapolated.

numpy is given its best chance: a Monday-to-Friday weekmask and, as ``holidays=``, every weekday
that is a day off in appeal_rules' own calendar (public holidays, carried-over holidays, days off
moved by the transfer acts). What it cannot hold is a Saturday or Sunday made a working day.

    python benchmarks/bench_vectorized.py [--rows 1000000] [--seed 1] [--repeats 5] [--sample 50000] [--write-docs]

The results are printed as Markdown; ``--write-docs`` also writes them into docs/performance.md
between ``<!-- bench-vectorized:start -->`` and ``<!-- bench-vectorized:end -->``. No network.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from _report import load_average, replace_section

import appeal_rules as ar
import appeal_rules.calendar
import appeal_rules.errors
from appeal_rules import vectorized as vz

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "performance.md"

FIRST = dt.date(2018, 1, 1)
LAST = dt.date(2030, 12, 31)
N_RANGE = (-30, 30)
TARGET_VS_BUSDAY = 1.5  # at most this many times busday_offset's time


def timed(fn: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    """Median and all of ``repeats`` wall times (s) of ``fn()``, the garbage collector off; one untimed call first."""
    fn()
    times = []
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
    finally:
        if enabled:
            gc.enable()
    return statistics.median(times), times


def num(value: float) -> str:
    """A whole number with thin spaces between thousands, as the docs write them."""
    return f"{value:,.0f}".replace(",", " ")


def fmt(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def per_row(seconds: float, rows: int) -> str:
    return f"{seconds / rows * 1e9:.1f} ns"


def commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False)
    return result.stdout.strip() or "unknown"


def scalar_grid(cal: ar.WorkingCalendar, ns: range) -> np.ndarray[Any, np.dtype[np.int64]]:
    """The scalar add_working_days for every day of the calendar and every n: day offsets, -1 if refused."""
    first = cal.first_day.toordinal()
    grid = np.full((cal.last_day.toordinal() - first + 1, len(ns)), -1, dtype=np.int64)
    for i in range(grid.shape[0]):
        day = dt.date.fromordinal(first + i)
        for j, n in enumerate(ns):
            with contextlib.suppress(ar.errors.CalendarRangeError):  # stays -1: the scalar function refuses it
                grid[i, j] = cal.add_working_days(day, n).toordinal() - first
    return grid


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sample", type=int, default=50_000, help="rows of the timed scalar review_deadline loop")
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    load_at_start = load_average()
    lines: list[str] = []
    emit = lines.append

    cal = ar.calendar.default_calendar()
    first_o = FIRST.toordinal()
    epoch = np.datetime64(FIRST, "D")
    span = (LAST - FIRST).days + 1
    rng = np.random.default_rng(args.seed)
    dates = epoch + rng.integers(0, span, args.rows)
    ns = rng.integers(N_RANGE[0], N_RANGE[1] + 1, args.rows)
    ends = dates + rng.integers(-60, 61, args.rows)
    ends = np.clip(ends, epoch, np.datetime64(LAST, "D"))

    # numpy's calendar: Monday-Friday, and every weekday that is a day off in appeal_rules' calendar.
    _, _, working_view = cal.working_day_ordinals()
    working = np.asarray(working_view, dtype=np.int64)
    every_day = np.arange(first_o, LAST.toordinal() + 1)
    weekday_offs = every_day[~np.isin(every_day, working) & ((every_day - first_o + FIRST.weekday()) % 7 < 5)]
    busdaycal = np.busdaycalendar(weekmask="1111100", holidays=(weekday_offs - first_o) + epoch)

    # --- correctness: every row against the scalar answer -------------------------------------------
    n_values = range(N_RANGE[0], N_RANGE[1] + 1)
    t0 = time.perf_counter()
    grid = scalar_grid(cal, n_values)
    grid_seconds = time.perf_counter() - t0
    day_index = (dates - epoch).astype(np.int64)
    expected = grid[day_index, ns - N_RANGE[0]]  # the scalar answer of every row, -1 where it refuses
    ours = vz.add_working_days(dates, ns, errors="coerce")
    ours_off = np.where(np.isnat(ours), -1, (ours - epoch).astype(np.int64))
    ours_wrong = int((ours_off != expected).sum())
    # numpy's best reading of the same question: roll backward before counting forward (the day itself
    # is never counted), forward for n <= 0 (n = 0 gives the next working day).
    forward = ns <= 0
    theirs = np.empty(args.rows, dtype="datetime64[D]")
    theirs[forward] = np.busday_offset(dates[forward], ns[forward], roll="forward", busdaycal=busdaycal)
    theirs[~forward] = np.busday_offset(dates[~forward], ns[~forward], roll="backward", busdaycal=busdaycal)
    theirs_off = (theirs - epoch).astype(np.int64)
    defined = expected >= 0
    busday_wrong = int(((theirs_off != expected) & defined).sum())
    assert ours_wrong == 0, f"{ours_wrong} vectorised answers differ from the scalar add_working_days"

    is_work = vz.is_working_day(dates)
    scalar_is_work = np.isin(day_index + first_o, working)

    def rank_working(ordinals: np.ndarray[Any, np.dtype[np.int64]]) -> np.ndarray[Any, np.dtype[np.bool_]]:
        return np.isin(ordinals, working)

    is_busday = np.is_busday(dates, busdaycal=busdaycal)
    scalar_sample = [cal.is_working_day(x) for x in dates[: args.sample].astype(dt.date)]
    assert np.array_equal(np.asarray(is_work[: args.sample]), scalar_sample)
    assert np.array_equal(np.asarray(is_work), scalar_is_work)
    is_busday_wrong = int((is_busday != np.asarray(is_work)).sum())
    # The two calendars differ only on the weekend days made working: every numpy wrong answer comes from one.
    disagree = every_day[np.is_busday((every_day - first_o) + epoch, busdaycal=busdaycal) != rank_working(every_day)]
    assert ((disagree - first_o + FIRST.weekday()) % 7 >= 5).all()
    assert np.isin(disagree, working).all()

    between = np.asarray(vz.working_days_between(dates, ends))
    rank = np.searchsorted(working, every_day, "right")  # working days on or before each day
    scalar_between = rank[(ends - epoch).astype(np.int64)] - rank[day_index]
    sample_between = [cal.working_days_between(a, b) for a, b in
                      zip(dates[: args.sample].astype(dt.date), ends[: args.sample].astype(dt.date), strict=True)]
    assert np.array_equal(between[: args.sample], sample_between)
    assert np.array_equal(between, scalar_between)
    # busday_count counts [begin, end); working_days_between counts (start, end]: shift both by a day. For
    # an end before the begin numpy counts (end, begin] negated, so the earlier date goes first and the
    # sign is set after: numpy's own convention is not counted as a wrong answer.
    def numpy_between() -> np.ndarray[Any, np.dtype[np.int64]]:
        lo, hi = np.minimum(dates, ends), np.maximum(dates, ends)
        count = np.busday_count(lo + 1, hi + 1, busdaycal=busdaycal)
        return np.where(ends < dates, -count, count)

    busday_between = numpy_between()
    busday_count_wrong = int((busday_between != between).sum())

    # --- timing --------------------------------------------------------------------------------------
    t_ours, _ = timed(lambda: vz.add_working_days(dates, ns, errors="coerce"), args.repeats)
    t_busday, _ = timed(lambda: np.busday_offset(dates, ns, roll="forward", busdaycal=busdaycal), args.repeats)
    t_isw, _ = timed(lambda: vz.is_working_day(dates), args.repeats)
    t_isbus, _ = timed(lambda: np.is_busday(dates, busdaycal=busdaycal), args.repeats)
    t_between, _ = timed(lambda: vz.working_days_between(dates, ends), args.repeats)
    t_count, _ = timed(numpy_between, args.repeats)

    kinds = np.array(["service_provider", "quality_authority"])[rng.integers(0, 2, args.rows)]
    registered = np.clip(dates, epoch, np.datetime64("2030-11-30", "D"))  # 15 working days stay in the calendar
    t_review, _ = timed(lambda: vz.review_deadlines(registered, kinds), args.repeats)
    t_review_one, _ = timed(lambda: vz.review_deadlines(registered, ar.BodyKind.SERVICE_PROVIDER), args.repeats)
    series, reviewer_series = pd.Series(registered.astype("datetime64[s]")), pd.Series(kinds, dtype="category")
    t_review_pd, _ = timed(lambda: vz.review_deadlines(series, reviewer_series), args.repeats)
    gc.collect()
    tracemalloc.start()
    result = vz.review_deadlines(registered, kinds)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    inputs_bytes = registered.nbytes + kinds.nbytes

    # The scalar loop, on a sample, with a freshly built calendar (every answer computed: no memo).
    sample_rows = list(zip(registered[: args.sample].astype(dt.date).tolist(),
                           [ar.BodyKind(k) for k in kinds[: args.sample].tolist()], strict=True))
    fresh = ar.WorkingCalendar()
    fresh.is_working_day(FIRST)  # build the index untimed
    gc.collect()
    t0 = time.perf_counter()
    scalar = [ar.review_deadline(x, k, calendar=fresh) for x, k in sample_rows]
    t_scalar_sample = time.perf_counter() - t0
    t_scalar = t_scalar_sample / args.sample * args.rows
    review_wrong = sum(
        s.due != due or s.provisional != prov or s.confirmed != conf or s.rule_version != version_
        for s, due, prov, conf, version_ in zip(
            scalar, result.due[: args.sample].astype(dt.date).tolist(), result.provisional[: args.sample].tolist(),
            result.confirmed[: args.sample].tolist(), result.rule_version[: args.sample].tolist(), strict=True))
    assert review_wrong == 0, f"{review_wrong} review deadlines differ from the scalar review_deadline"

    # --- report --------------------------------------------------------------------------------------
    rows = args.rows
    emit(f"Machine: Python {platform.python_version()} ({platform.python_implementation()}), numpy "
         f"{version('numpy')}, pandas {version('pandas')}, holidays {version('holidays')}, appeal_rules "
         f"{ar.__version__}; {platform.machine()}, {os.cpu_count()} logical CPUs; source: commit {commit()}.")
    emit("")
    emit(f"Command: `python benchmarks/bench_vectorized.py --rows {rows} --seed {args.seed} --repeats "
         f"{args.repeats} --sample {args.sample} --write-docs` — {num(rows)} dates drawn uniformly from "
         f"{FIRST} to {LAST}, n drawn uniformly from {N_RANGE[0]} to {N_RANGE[1]}; median wall time of "
         f"{args.repeats} calls over the whole arrays (GC off, one untimed call first).")
    emit("")
    emit("| Question | appeal_rules.vectorized | numpy (weekmask Mon-Fri + every weekday day off) | Ratio | "
         "Wrong answers, appeal_rules | Wrong answers, numpy |")
    emit("|---|---|---|---|---|---|")
    ratio = t_ours / t_busday
    emit(f"| `add_working_days(dates, n)` | {fmt(t_ours)} ({per_row(t_ours, rows)}/row) | `busday_offset`: "
         f"{fmt(t_busday)} ({per_row(t_busday, rows)}/row) | {ratio:.2f}x the time (target <= "
         f"{TARGET_VS_BUSDAY}x: {'**met**' if ratio <= TARGET_VS_BUSDAY else '**NOT met**'}) | {ours_wrong} of "
         f"{num(rows)} | {num(busday_wrong)} of {num(int(defined.sum()))} "
         f"({100 * busday_wrong / defined.sum():.2f}%) |")
    emit(f"| `working_days_between(dates, ends)` | {fmt(t_between)} ({per_row(t_between, rows)}/row) | "
         f"`busday_count(lo + 1, hi + 1)`, signed: {fmt(t_count)} ({per_row(t_count, rows)}/row) | "
         f"{t_between / t_count:.2f}x | 0 of {num(rows)} | {num(busday_count_wrong)} "
         f"({100 * busday_count_wrong / rows:.2f}%) |")
    emit(f"| `is_working_day(dates)` | {fmt(t_isw)} ({per_row(t_isw, rows)}/row) | `is_busday`: {fmt(t_isbus)} "
         f"({per_row(t_isbus, rows)}/row) | {t_isw / t_isbus:.2f}x | 0 of {num(rows)} | {num(is_busday_wrong)} "
         f"({100 * is_busday_wrong / rows:.2f}%) |")
    emit("")
    emit(f"How the wrong answers were counted: `add_working_days` on every row against the scalar "
         f"`appeal_rules.add_working_days` (its answers for every day of 2018-2030 and every n from "
         f"{N_RANGE[0]} to {N_RANGE[1]}, {num(grid.size)} scalar calls in {grid_seconds:.1f} s, then looked up "
         f"per row); numpy's answers with `roll=\"backward\"` for n > 0 and `roll=\"forward\"` for n <= 0, "
         "its closest reading of the same question (the timed call uses one `roll` for all rows), on the "
         f"{num(int(defined.sum()))} rows whose answer stays inside the calendar. `working_days_between` ends "
         "drawn within 60 days either side of each date, numpy's count taken from the earlier date to the later "
         "(shifted a day, since numpy counts [begin, end)) and then signed; it and `is_working_day` checked on "
         f"every row against the calendar's index and on the first {num(args.sample)} rows against the scalar "
         "functions, one call each.")
    emit("")
    emit(f"| `review_deadlines(registered, reviewer)`, {num(rows)} rows | Time | Per row | Ratio to the scalar loop |")
    emit("|---|---|---|---|")
    emit(f"| numpy in (a `datetime64[D]` array, a `str` array of reviewers) | {fmt(t_review)} | "
         f"{per_row(t_review, rows)} | {num(t_scalar / t_review)}x faster |")
    emit(f"| numpy in, one reviewer for every row (`BodyKind.SERVICE_PROVIDER`) | {fmt(t_review_one)} | "
         f"{per_row(t_review_one, rows)} | {num(t_scalar / t_review_one)}x faster |")
    emit(f"| pandas in (`datetime64[s]` Series, categorical reviewers), `DataFrame` out | {fmt(t_review_pd)} | "
         f"{per_row(t_review_pd, rows)} | {num(t_scalar / t_review_pd)}x faster |")
    emit(f"| scalar loop, `[review_deadline(d, k, calendar=cal) for ...]`, extrapolated | {t_scalar:.1f} s | "
         f"{per_row(t_scalar, rows)} | 1x |")
    emit("")
    emit(f"The scalar loop was timed once on the first {num(args.sample)} rows with a freshly built calendar "
         f"({t_scalar_sample:.2f} s; the library keeps no memo, so every answer is computed) and "
         f"multiplied by {rows / args.sample:g}; "
         f"its answers on those rows equal the vectorised ones (due, provisional, confirmed, rule version: "
         f"{review_wrong} differ). Peak memory of one `review_deadlines` call on the numpy inputs "
         f"(`tracemalloc`, which sees numpy's allocations): **{peak / 2**20:.1f} MiB**, against "
         f"{inputs_bytes / 2**20:.1f} MiB of input arrays; the result holds "
         f"{sum(a.nbytes for a in (result.due, result.provisional, result.confirmed, result.version_code)) / 2**20:.1f}"
         " MiB (dates, two flags and a mask each, a 2-byte rule-version code per row).")
    emit("")
    emit(f"The {len(disagree)} days the two calendars disagree on (checked: each a Saturday or Sunday made a "
         "working day) are where every numpy wrong answer comes from.")
    emit("")
    emit(f"Load average at start: {load_at_start}; at end: {load_average()} ({os.cpu_count()} logical CPUs).")
    table = "\n".join(lines)
    print(table)
    if args.write_docs:
        replace_section(DOCS, "bench-vectorized", table)
        print(f"\nwrote {DOCS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
