"""First paint against the stack floor, measured in the same run, in a real terminal.

    python benchmarks/startup.py [--runs 5]

* the cockpit on `new`, and on `resume` of a 400-note session (goal: ≤ 1.15× the floor);
* the home screen with 1,000 sessions × 30 notes (goal: ≤ 1.3× the floor).

The stack floor (`stack_floor.py`) is a bare Textual app that imports pydantic and
validates one strict model before it runs. Each program and the floor run in turn.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import (  # noqa: E402
    STACK_FLOOR,
    Row,
    demo,
    first_paint_and_cpu,
    interleaved_pairs,
    print_rows,
    temporary,
)

NEW = ["-m", "wfinterview", "new", "--agenda", "ops", "--participant", "Bench"]
COCKPIT_READY = b"Enter saves"
RESUMED_READY = b"last note"  # the note input, once the notes are in
HOME_READY = b"New interview"


def measure(runs: int) -> list[Row]:
    """Wall time to first paint against the stack floor, then CPU time used by then."""

    def floor() -> tuple[float, float]:
        return first_paint_and_cpu(*STACK_FLOOR)

    walls, cpus = [], []
    with temporary() as folder:
        env = demo(Path(folder, "new"), 1, 0)
        cases = [("cockpit first paint, `new`", NEW, COCKPIT_READY, env, "≤ 1.15×")]
        env = demo(Path(folder, "resume"), 1, 400)
        session = next(Path(env["WFINTERVIEW_DATA_DIR"], "sessions").glob("*.json")).stem
        resume = ["-m", "wfinterview", "resume", session]
        cases.append(
            ("cockpit first paint, `resume` (400 notes)", resume, RESUMED_READY, env, "≤ 1.15×")
        )
        env = demo(Path(folder, "home"), 1000, 30)
        cases.append(
            ("home first paint, 1,000 sessions", ["-m", "wfinterview"], HOME_READY, env, "≤ 1.3×")
        )
        for name, args, ready, case_env, goal in cases:

            def ours(
                args: list[str] = args, ready: bytes = ready, case_env: dict[str, str] = case_env
            ) -> tuple[float, float]:
                return first_paint_and_cpu(args, ready, case_env)

            wall, cpu = interleaved_pairs(floor, ours, runs)
            walls.append(Row(name, "stack floor", *wall, goal))
            cpus.append(Row(f"{name}: CPU time used by then", "stack floor", *cpu, goal))
    return walls + cpus


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    print_rows(measure(parser.parse_args().runs))


if __name__ == "__main__":
    main()
