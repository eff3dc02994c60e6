"""The daily commands against Python that imports pydantic, in the same run.

    python benchmarks/commands.py [--runs 5] [--sessions 1000] [--notes 30]

`list`, `agendas`, `recap ID` and `email pre` on 1,000 sessions × 30 notes, each run in
turn with the floor: `python -c` importing pydantic and validating one strict model
(goal: ≤ 1.5× it). `list` is shown twice: as it runs day to day (its listing index
current) and with the index removed before every run, when it validates every file.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import (  # noqa: E402
    PYDANTIC_FLOOR,
    WFINTERVIEW,
    Row,
    demo,
    interleaved,
    print_rows,
    temporary,
    timed,
)


def measure(runs: int, sessions: int, notes: int) -> list[Row]:
    rows = []
    with temporary() as folder:
        env = demo(Path(folder), sessions, notes)
        data = Path(env["WFINTERVIEW_DATA_DIR"])
        session = next((data / "sessions").glob("*.json")).stem
        commands = {
            "list": ["list"],
            "agendas": ["agendas"],
            "recap ID": ["recap", session],
            "email pre": ["email", "pre", "--agenda", "ops", "--participant", "Ana"],
        }

        def floor() -> float:
            return timed(PYDANTIC_FLOOR)[0]

        corpus = f"{sessions:,} sessions"
        for name, args in commands.items():

            def ours(args: list[str] = args) -> float:
                return timed([*WFINTERVIEW, *args], env)[0]

            medians = interleaved(floor, ours, runs)
            rows.append(Row(f"`{name}`, {corpus}", "pydantic `python -c`", *medians, "≤ 1.5×"))

        def cold_list() -> float:
            shutil.rmtree(env["WFINTERVIEW_CACHE_DIR"], ignore_errors=True)  # the local index
            return timed([*WFINTERVIEW, "list"], env)[0]

        medians = interleaved(floor, cold_list, runs)
        rows.append(
            Row(f"`list`, {corpus}, index rebuilt", "pydantic `python -c`", *medians, "(shown)")
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=30)
    args = parser.parse_args()
    print_rows(measure(args.runs, args.sessions, args.notes))


if __name__ == "__main__":
    main()
