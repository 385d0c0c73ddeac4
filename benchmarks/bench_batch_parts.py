"""What each of the batch's per-run savings is worth: the batch timed with each one turned off.

``batch`` works out once per run what a register repeats (see docs/performance.md, "The batch").
This script times :func:`appeal_rules.cli.run_batch` on the rows of ``bench_batch.py`` (seeded),
side by side with the bare loop over ``review_deadline`` it is measured against, with every saving
on, and with each one turned off in turn (patched for the run, then restored):

* **rules per group**: each row counted in full by ``counted_review_deadline``, a
  ``ReviewDeadline`` built per row (the batch before this design);
* **addressees per group**: ``allowed_addressees`` asked on every row;
* **date texts**: every date cell parsed, none remembered;
* **unconfirmed note per group**: the note written out again on every unconfirmed row;
* **the reason and error quoted by hand**: both cells quoted by the csv module instead (through a
  buffer of its own, a little more than the module's cost alone).

Best of ``--repeat`` alternating runs. The figures go to docs/performance.md with ``--write-docs``.

    python benchmarks/bench_batch_parts.py --rows 20000 --repeat 5 --write-docs
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import platform
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_batch
from _report import load_average, replace_section

import appeal_rules.cli._batch as batch_module
from appeal_rules.procedure import ReviewRules, RowAnswers, allowed_addressees, counted_review_deadline

DOCS = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


class _Forgetful(dict):  # type: ignore[type-arg]
    """A dict that keeps nothing: every look-up misses."""

    def __setitem__(self, key: object, value: object) -> None:
        pass


def _full_review(self: RowAnswers, registered: Any, who: Any, day: Any, convention: Any) -> Any:
    d = counted_review_deadline(self.calendar, registered, who, day, convention=convention, extension=None)
    return d.due, d.provisional_reasons, ReviewRules.of(d)


@contextlib.contextmanager
def _patched(target: object, name: str, value: object) -> Iterator[None]:
    old = getattr(target, name)
    setattr(target, name, value)
    try:
        yield
    finally:
        setattr(target, name, old)


_ANSWERS = batch_module._Answers


def _forgetful_answers(answers: RowAnswers) -> Any:
    return _ANSWERS(answers, notes=_Forgetful())


def _csv_module_cell(text: str, delimiter: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="").writerow(["", text])
    return buffer.getvalue()[1:]


VARIANTS: dict[str, Callable[[], contextlib.AbstractContextManager[None]]] = {
    "every saving on": contextlib.nullcontext,
    "without rules per group (every row counted in full)": lambda: _patched(RowAnswers, "review", _full_review),
    "without addressees per group": lambda: _patched(
        RowAnswers, "addressees", lambda self, respondent, day: allowed_addressees(respondent, day)),
    "without remembered date texts": lambda: _patched(batch_module, "_DATES_KEPT", 0),
    "without the unconfirmed note per group": lambda: _patched(batch_module, "_Answers", _forgetful_answers),
    "with the reason and error quoted by the csv module": lambda: _patched(batch_module, "quote_cell",
                                                                           _csv_module_cell),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--write-docs", action="store_true", help="rewrite the section of docs/performance.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="appeal-rules-bench-") as tmp:
        source, target = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
        bench_batch.generate(source, args.rows)
        rows = bench_batch.parse(source)
        loop = float("inf")
        best = dict.fromkeys(VARIANTS, float("inf"))
        for _ in range(args.repeat):
            loop = min(loop, bench_batch.time_loop(rows, lodged=True))
            for name, variant in VARIANTS.items():
                with variant():
                    best[name] = min(best[name], bench_batch.time_batch(source, target)[0])
    per_row = 1e6 / args.rows
    lines = [f"`python benchmarks/bench_batch_parts.py --rows {args.rows} --repeat {args.repeat}`: Python "
             f"{platform.python_version()}, load average {load_average()}; best of {args.repeat} alternating runs.",
             "", "| Batch | per row | batch speed / loop speed |", "|---|---:|---:|",
             f"| bare loop over `review_deadline` (the reference) | {loop * per_row:.2f} µs | 1 |"]
    lines += [f"| {name} | {t * per_row:.2f} µs | {loop / t:.2f} |" for name, t in best.items()]
    print("\n".join(lines))
    if args.write_docs:
        replace_section(DOCS, "bench-batch-parts", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
