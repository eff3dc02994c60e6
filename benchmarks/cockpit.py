"""Cockpit figures against floors measured in the same run.

    python benchmarks/cockpit.py [--runs 5] [--idle-seconds 10] [--notes 30]

* time to first paint: launch until the screen shows its content, against the stack
  floor (`stack_floor.py`, a bare Textual app that imports pydantic and validates one
  strict model; goal: ≤ 1.15×), runs interleaved;
* idle CPU while the clock ticks, against a bare Textual app ticking a clock too
  (goal: ≤ 2× bare);
* Enter-to-disk: Enter pressed until the note is in the session file (goal: median < 20 ms).

Everything runs in a real pseudo-terminal; nothing from a participant is printed.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _pty import PtyProgram  # noqa: E402

BARE = [str(Path(__file__).with_name("bare_app.py"))]
BARE_READY = b"bare textual app ready"
STACK = [str(Path(__file__).with_name("stack_floor.py"))]
STACK_READY = b"stack floor ready"
COCKPIT = ["-m", "wfinterview", "new", "--agenda", "ops", "--participant", "Bench"]
COCKPIT_READY = b"Enter saves"


def _env(folder: str) -> dict[str, str]:
    return {
        "WFINTERVIEW_DATA_DIR": f"{folder}/data",
        "WFINTERVIEW_CONFIG_DIR": f"{folder}/config",
        "WFINTERVIEW_CACHE_DIR": f"{folder}/cache",  # `new` asks the local index once
    }


def _paint(args: list[str], ready: bytes) -> float:
    with tempfile.TemporaryDirectory() as folder:
        program = PtyProgram(args, _env(folder))
        try:
            return program.wait_for(ready)
        finally:
            program.close()


def first_paints(runs: int) -> tuple[float, float]:
    """Medians of the stack floor and the cockpit, run in turn."""
    floors, cockpits = [], []
    for _ in range(runs):
        floors.append(_paint(STACK, STACK_READY))
        cockpits.append(_paint(COCKPIT, COCKPIT_READY))
    return statistics.median(floors), statistics.median(cockpits)


def idle_cpu(args: list[str], ready: bytes, seconds: float) -> float:
    with tempfile.TemporaryDirectory() as folder:
        program = PtyProgram(args, _env(folder))
        try:
            program.wait_for(ready)
            time.sleep(1.0)  # let start-up work settle
            before = program.cpu_seconds()
            time.sleep(seconds)
            return (program.cpu_seconds() - before) / seconds
        finally:
            program.close()


def enter_to_disk(notes: int) -> list[float]:
    latencies = []
    with tempfile.TemporaryDirectory() as folder:
        program = PtyProgram(COCKPIT, _env(folder))
        try:
            program.wait_for(COCKPIT_READY)
            session_file = next(Path(folder, "data", "sessions").glob("*.json"))
            for number in range(notes):
                text = f"benchmark note {number}"
                program.type(text)
                time.sleep(0.2)  # the text is in the input; now time Enter alone
                pressed = time.perf_counter()
                program.type("\r")
                while True:
                    try:
                        saved = json.loads(session_file.read_bytes())["notes"]
                    except ValueError:
                        saved = []
                    if len(saved) > number:
                        break
                    time.sleep(0.0005)
                latencies.append(time.perf_counter() - pressed)
        finally:
            program.close()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle-seconds", type=float, default=30.0)  # CPU time ticks are 10 ms
    parser.add_argument("--notes", type=int, default=30)
    args = parser.parse_args()

    floor_paint, cockpit_paint = first_paints(args.runs)
    bare_cpu = idle_cpu(BARE, BARE_READY, args.idle_seconds)
    cockpit_cpu = idle_cpu(COCKPIT, COCKPIT_READY, args.idle_seconds)
    latencies = sorted(enter_to_disk(args.notes))

    print("| measure | floor, same run | cockpit | ratio | goal |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| time to first paint (median of {args.runs}) | stack floor: "
        f"{floor_paint * 1000:.0f} ms | {cockpit_paint * 1000:.0f} ms "
        f"| {cockpit_paint / floor_paint:.2f}× | ≤ 1.15× |"
    )
    print(
        f"| idle CPU over {args.idle_seconds:.0f} s | bare Textual: {bare_cpu * 100:.2f} % | "
        f"{cockpit_cpu * 100:.2f} % "
        f"| {cockpit_cpu / max(bare_cpu, 1e-9):.2f}× | ≤ 2× |"
    )
    median = statistics.median(latencies) * 1000
    p95 = latencies[max(0, math.ceil(len(latencies) * 0.95) - 1)] * 1000
    print(
        f"| Enter-to-disk, {args.notes} notes | | median {median:.1f} ms, p95 {p95:.1f} ms | | "
        "median < 20 ms |"
    )


if __name__ == "__main__":
    main()
