"""Mutation testing of the core, package by package, within a time budget (docs/testing.md).

    python benchmarks/mutation.py                      # every core package, 60 minutes in all
    python benchmarks/mutation.py synthesis outputs    # just these, in this order
    python benchmarks/mutation.py --budget 20 --jobs 1 --keep storage
    python benchmarks/mutation.py --again              # only what the last run left alive

mutmut (the `mutation` extra) plants one small bug at a time in `src/wfinterview/core/` and runs
the fast core tests against it (configured under [tool.mutmut] in pyproject.toml). A bug no
test notices is a survivor: either a test is missing, or the change makes no difference
(an equivalent mutant, listed with its reason in docs/testing.md). This prints the kill rate
per package and writes the survivors' names to mutants/survivors.txt; `mutmut show NAME`
prints a survivor's diff, and benchmarks/mutation_triage.py checks that docs/testing.md
names every survivor. Niced and on few processes, so the machine stays usable. Not in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
# Where bugs planted by hand once survived most, first (docs/testing.md).
PACKAGES = (
    "synthesis",
    "outputs",
    "plan",
    "storage",
    "interview",
    "setup",
    "framework",
    "workspace",
)
KILLED = {1, 3, 36, 37, 24, -24, 152, 255}  # failed, errored, timed out, or caught by mypy
UNCHECKED = {None, 2, 34}  # not run, interrupted, skipped
UNREACHED = {5, 33}  # no test in tests/core runs the mutated function


def verdicts(package: str) -> dict[str, int | None]:
    """Each mutant of a package and mutmut's exit code for it, from the files it keeps."""
    found: dict[str, int | None] = {}
    prefix = f"wfinterview.core.{package}."
    for meta in (MUTANTS / "src" / "wfinterview" / "core" / package).rglob("*.meta"):
        for name, code in json.loads(meta.read_text("utf-8"))["exit_code_by_key"].items():
            if name.startswith(prefix):
                found[name] = code
    return found


def results(package: str) -> Counter[str]:
    """A package's mutants by verdict: killed, survived (no test failed), unchecked."""
    counts: Counter[str] = Counter()
    for name, code in verdicts(package).items():
        if code in KILLED:
            counts["killed"] += 1
        elif code in UNCHECKED:
            counts["unchecked"] += 1
        else:  # 0 survived, 33 or 5: no fast test reaches it (a survivor too)
            counts["survived"] += 1
            counts[f"survivor:{name}"] += 1
            if code in UNREACHED:
                counts["unreached"] += 1
    return counts


def run(package: str, jobs: int, seconds: float, only: list[str] | None = None) -> bool:
    """mutmut over one package (or just the mutants `only` names); False when out of time."""
    command = [
        "nice",
        "-n",
        "15",
        str(Path(sys.executable).with_name("mutmut")),
        "run",
        "--max-children",
        str(jobs),
        *(only or [f"wfinterview.core.{package}.*"]),
    ]
    log = (MUTANTS / f"{package}.log").open("w", encoding="utf-8")
    with log:
        try:
            subprocess.run(
                command,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=seconds,
                env={**os.environ, "WFINTERVIEW_MUTATION": "1"},  # fewer property examples
            )
        except subprocess.TimeoutExpired:
            return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", nargs="*", default=list(PACKAGES), help=", ".join(PACKAGES))
    parser.add_argument("--budget", type=float, default=60, help="minutes in all (default 60)")
    parser.add_argument("--jobs", type=int, default=2, help="test processes at once (default 2)")
    parser.add_argument(
        "--keep", action="store_true", help="reuse mutants/ (the tests did not change)"
    )
    parser.add_argument(
        "--again",
        action="store_true",
        help="run only what the last run did not kill (after adding tests); keeps mutants/",
    )
    args = parser.parse_args()
    unknown = [p for p in args.packages if p not in PACKAGES]
    if unknown:
        parser.error(f"no core package {', '.join(unknown)}: choose from {', '.join(PACKAGES)}")
    if not (args.keep or args.again) and MUTANTS.exists():
        shutil.rmtree(MUTANTS)  # mutmut's notes on which tests reach which code go stale
    MUTANTS.mkdir(exist_ok=True)
    # mutmut remembers which tests reach which function by the tests' and functions'
    # names: a test changed since, or a function added, would not be tried. Learnt again
    # each run (seconds).
    (MUTANTS / "mutmut-stats.json").unlink(missing_ok=True)
    deadline = time.monotonic() + 60 * args.budget
    rows: list[tuple[str, str]] = []
    survivors: list[str] = []
    total = Counter[str]()
    for package in args.packages:
        left = deadline - time.monotonic()
        if left <= 0:
            rows.append((package, "not run: out of time"))
            continue
        began = time.monotonic()
        only = None
        if args.again:  # the survivors, and what the last run had no time for
            only = [n for n, code in verdicts(package).items() if code not in KILLED]
            if not only:
                continue
        finished = run(package, args.jobs, left, only)
        counts = results(package)
        checked = counts["killed"] + counts["survived"]
        rate = f"{100 * counts['killed'] / checked:.1f}%" if checked else "–"
        note = "" if finished else f", {counts['unchecked']} unchecked: out of time"
        if counts["unreached"]:
            note += f", {counts['unreached']} of the survivors reached by no core test"
        rows.append(
            (
                package,
                f"{rate} killed ({counts['killed']} of {checked}){note}, "
                f"{time.monotonic() - began:.0f} s",
            )
        )
        total.update(killed=counts["killed"], checked=checked)
        print(f"{package:<10} {rows[-1][1]}", flush=True)
    for package in PACKAGES:  # every package mutmut has results for, run now or before
        counts = results(package)
        survivors += sorted(k.partition(":")[2] for k in counts if k.startswith("survivor:"))
    (MUTANTS / "survivors.txt").write_text("".join(f"{s}\n" for s in survivors), "utf-8")
    if total["checked"]:
        print(
            f"{'core':<10} {100 * total['killed'] / total['checked']:.1f}% killed "
            f"({total['killed']} of {total['checked']}); survivors in mutants/survivors.txt, "
            "triaged or not: python benchmarks/mutation_triage.py"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
