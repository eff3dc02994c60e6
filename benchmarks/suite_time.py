"""How long the README's test command takes, with the machine's speed measured beside it.

    python benchmarks/suite_time.py            # the whole suite, once
    python benchmarks/suite_time.py --runs 3   # three runs, floors between them

The suite's goal is an absolute time (60 s on two idle cores), but on a shared virtual
machine the same work takes a third more or less from one hour to the next. So each run
is framed by a floor measured just before and just after it: one core counting to twenty
million in pure Python, which does no I/O and allocates nothing. Two runs are comparable
by their ratio to the floor, not by their seconds.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def floor() -> float:
    """Seconds for one core to count to twenty million: the machine's speed right now."""
    started = time.perf_counter()
    total = 0
    for number in range(20_000_000):
        total += number
    return time.perf_counter() - started


def suite() -> tuple[float, float, str]:
    """The README's test command: wall seconds, CPU seconds of every process it ran, and
    pytest's last line with the tests that failed, if any."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q"], cwd=ROOT, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = done.stdout.strip().splitlines() or [done.stderr[-200:]]
    # A run that fails says which tests (pytest's short summary, `-ra` in pyproject.toml).
    failed = [line for line in lines if line.startswith(("FAILED", "ERROR"))]
    return wall, cpu, "; ".join([lines[-1], *failed])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    runs = parser.parse_args().runs
    print("floor before | suite wall | suite CPU | floor after | wall / floor | pytest")
    for _ in range(runs):
        first = floor()
        wall, cpu, last = suite()
        second = floor()
        mean = (first + second) / 2
        print(
            f"{first:.2f} s | {wall:.1f} s | {cpu:.0f} s | {second:.2f} s | "
            f"{wall / mean:.0f} | {last}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
