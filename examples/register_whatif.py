"""An analyst's what-if over a register of complaints: how many were answered late, month by month?

It writes a register (a CSV of complaints with their registration and answer dates; a real one
would come from a case system), reads it with pandas, and counts per month of registration the
share of complaints answered after the review term: under the law's 5 working days (Law No. 88-V
art. 25, the rule version each row applied is printed), and what that share would be under 3 or
10 working days. It prints the table and draws it as a chart (PNG, matplotlib).

    python -m pip install -e ".[examples]"            # numpy, pandas, matplotlib
    python examples/register_whatif.py [OUT_DIR]      # default: a new temporary directory

The register is generated from a fixed seed, so the output is reproducible. Day 1 of a term is the
first working day after registration, so a term of n working days ends on
``add_working_days(registered, n)``, which is what ``review_deadline`` computes for 5.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import matplotlib as mpl

mpl.use("Agg")  # files only: no window, no display needed

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from appeal_rules import vectorized as vz

TERMS = (3, 5, 10)  # working days; 5 is the law's
ROWS = 6_000
FIRST, LAST = np.datetime64("2024-01-01"), np.datetime64("2025-11-28")  # in the years the calendar confirms


def write_register(path: Path, seed: int = 7) -> None:
    """A register of complaints: four in five answered within 1 to 5 working days, the rest in 6 to 14."""
    rng = np.random.default_rng(seed)
    registered = FIRST + rng.integers(0, int((LAST - FIRST).astype(int)) + 1, ROWS)
    # Registration happens on working days: move a day off to the next working day.
    registered = vz.add_working_days(registered, 0)
    delay = np.where(rng.random(ROWS) < 0.8, rng.integers(1, 6, ROWS), rng.integers(6, 15, ROWS))
    answered = vz.add_working_days(registered, delay)
    register = pd.DataFrame({
        "id": [f"K-{i:05d}" for i in range(1, ROWS + 1)],
        "registered_on": registered,
        "reviewer": "service_provider",
        "answered_on": answered,
    })
    register.loc[rng.random(ROWS) < 0.02, "answered_on"] = pd.NaT  # not answered yet, or not recorded
    register.to_csv(path, index=False, date_format="%Y-%m-%d")


def late_shares(register: pd.DataFrame) -> pd.DataFrame:
    """Per month of registration: complaints, and the share answered late under each term."""
    law = vz.review_deadlines(register["registered_on"], register["reviewer"])
    versions = sorted(law["rule_version"].dropna().unique())
    print(f"The law's term, row by row: {', '.join(versions)} "
          f"({int(law['provisional'].sum())} provisional due dates).")
    answered = register["answered_on"]
    known = answered.notna()
    table = pd.DataFrame({"complaints": known.groupby(register["registered_on"].dt.to_period("M")).sum()})
    for n in TERMS:
        due = law["due"] if n == 5 else vz.add_working_days(register["registered_on"], n)
        late = (answered > due) & known
        month = register["registered_on"].dt.to_period("M")
        table[f"late under {n} wd"] = late.groupby(month).sum() / table["complaints"]
    return table


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="register_whatif-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path, png_path = out_dir / "register.csv", out_dir / "late_share_by_month.png"
    write_register(csv_path)
    register = pd.read_csv(csv_path, parse_dates=["registered_on", "answered_on"])
    print(f"Register: {len(register)} complaints registered {register['registered_on'].min():%Y-%m-%d} to "
          f"{register['registered_on'].max():%Y-%m-%d}, {int(register['answered_on'].isna().sum())} "
          f"without an answer date ({csv_path}).")
    table = late_shares(register)
    print()
    print("Share answered late, by month of registration (wd = working days; 5 is the law's term):")
    shown = table.copy()
    for n in TERMS:
        shown[f"late under {n} wd"] = shown[f"late under {n} wd"].map("{:6.1%}".format)
    print(shown.to_string())
    overall = {n: float((table[f"late under {n} wd"] * table["complaints"]).sum() / table["complaints"].sum())
               for n in TERMS}
    print()
    print("Over the whole register: " + "; ".join(f"{overall[n]:.1%} late under {n} working days" for n in TERMS))

    fig, ax = plt.subplots(figsize=(9, 4.5))
    months = table.index.to_timestamp()
    for n in TERMS:
        ax.plot(months, 100 * table[f"late under {n} wd"], marker="o", label=f"{n} working days"
                + (" (the law)" if n == 5 else ""))
    ax.set_ylabel("answered late (%)")
    ax.set_title("Complaints answered after the review term, by month of registration")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.savefig(png_path, dpi=100)
    plt.close(fig)
    print(f"Chart: {png_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
