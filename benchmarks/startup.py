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
    first_paint,
    interleaved,
    print_rows,
    temporary,
)

NEW = ["-m", "wfinterview", "new", "--agenda", "ops", "--participant", "Bench"]
COCKPIT_READY = b"Enter saves"
RESUMED_READY = b"last note"  # the note input, once the notes are in
HOME_READY = b"New interview"


def measure(runs: int) -> list[Row]:
    def floor() -> float:
        return first_paint(*STACK_FLOOR)

    rows = []
    with temporary() as folder:
        env = demo(Path(folder, "new"), 1, 0)
        paints = interleaved(floor, lambda: first_paint(NEW, COCKPIT_READY, env), runs)
        rows.append(Row("cockpit first paint, `new`", "stack floor", *paints, "≤ 1.15×"))

        env = demo(Path(folder, "resume"), 1, 400)
        session = next(Path(env["WFINTERVIEW_DATA_DIR"], "sessions").glob("*.json")).stem
        resume = ["-m", "wfinterview", "resume", session]
        paints = interleaved(floor, lambda: first_paint(resume, RESUMED_READY, env), runs)
        rows.append(
            Row("cockpit first paint, `resume` (400 notes)", "stack floor", *paints, "≤ 1.15×")
        )

        env = demo(Path(folder, "home"), 1000, 30)
        home = ["-m", "wfinterview"]
        paints = interleaved(floor, lambda: first_paint(home, HOME_READY, env), runs)
        rows.append(Row("home first paint, 1,000 sessions", "stack floor", *paints, "≤ 1.3×"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    print_rows(measure(parser.parse_args().runs))


if __name__ == "__main__":
    main()
