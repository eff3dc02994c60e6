"""What the benchmarks share: timing whole programs, interleaved with their floor."""

from __future__ import annotations

import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _pty import PtyProgram  # noqa: E402

HERE = Path(__file__).parent
WFINTERVIEW = [sys.executable, "-m", "wfinterview"]

# The command-line floor: Python that imports pydantic and validates one strict model.
PYDANTIC_FLOOR = [
    sys.executable,
    "-c",
    "from pydantic import BaseModel, ConfigDict\n"
    "class Probe(BaseModel):\n"
    "    model_config = ConfigDict(extra='forbid', strict=True)\n"
    "    name: str\n"
    "    minutes: int\n"
    "Probe.model_validate({'name': 'floor', 'minutes': 25})\n",
]
STACK_FLOOR = ([str(HERE / "stack_floor.py")], b"stack floor ready")


@dataclass
class Row:
    """One line of the goals table."""

    measure: str
    floor_name: str
    floor: float | None  # seconds (or bytes for memory); None: no floor, an absolute goal
    ours: float
    goal: str
    unit: str = "ms"

    def cells(self) -> list[str]:
        ratio = f"{self.ours / self.floor:.2f}×" if self.floor else ""
        floor = f"{self.floor_name}: {_show(self.floor, self.unit)}" if self.floor else ""
        return [self.measure, floor, _show(self.ours, self.unit), ratio, self.goal, self.met()]

    def met(self) -> str:
        """ "yes" or "no" against the goal's bound ("≤ 1.2×", "≤ 2 s", "median ≤ 50 ms",
        "≤ 300 MB"); "" for a goal with no bound or a figure not measured."""
        bound = re.search(r"≤ ([\d.,]+) ?(×|ms|s|MB)", self.goal)
        if bound is None or math.isnan(self.ours):
            return ""
        limit, unit = float(bound[1].replace(",", "")), bound[2]
        if unit == "×":
            if not self.floor:
                return ""
            value = self.ours / self.floor
        else:
            value = self.ours * {"ms": 1000, "s": 1, "MB": 1e-6}[unit]
        return "yes" if round(value, 2) <= limit else "no"


def _show(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if math.isnan(value):
        return "not measured"
    if unit == "MB":
        return f"{value / 1e6:.0f} MB"
    return f"{value * 1000:,.0f} ms"


def print_rows(rows: list[Row]) -> None:
    print("| measure | floor, same run | wfinterview | ratio | goal | met? |")
    print("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row.cells()) + " |")


def env_for(folder: Path) -> dict[str, str]:
    """The data, config and cache folders of one benchmark, all inside `folder`: the local
    index is never written to the user's cache folder."""
    return {
        "WFINTERVIEW_DATA_DIR": str(folder / "data"),
        "WFINTERVIEW_CONFIG_DIR": str(folder / "config"),
        "WFINTERVIEW_CACHE_DIR": str(folder / "cache"),
    }


def timed(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak memory (bytes) of one run of a program, its output discarded."""
    started = time.perf_counter()
    process = subprocess.Popen(
        args,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        error = process.stderr.read().decode() if process.stderr else str(status)
        raise RuntimeError(f"{args} failed: {error}")
    return seconds, usage.ru_maxrss * 1024


def first_paint(args: list[str], ready: bytes, env: dict[str, str] | None = None) -> float:
    """Seconds from launch until `ready` is on a real pseudo-terminal."""
    return first_paint_and_cpu(args, ready, env)[0]


def first_paint_and_cpu(
    args: list[str], ready: bytes, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Wall seconds until `ready` is on a real pseudo-terminal, and the CPU seconds the
    program had used by then (10 ms ticks): on a busy machine the CPU time says what
    the program itself costs, the wall time also how long it waited for a core."""
    program = PtyProgram(args, env)
    try:
        return program.wait_for(ready), program.cpu_seconds()
    finally:
        program.close()


def interleaved(
    floor: Callable[[], float], ours: Callable[[], float], runs: int
) -> tuple[float, float]:
    """Medians of floor and ours, run in turn (floor, ours, floor, ...) so that both see
    the same machine; one warm-up of each is not counted."""
    floor(), ours()
    floors, oursl = [], []
    for _ in range(runs):
        floors.append(floor())
        oursl.append(ours())
    return statistics.median(floors), statistics.median(oursl)


def interleaved_pairs(
    floor: Callable[[], tuple[float, float]], ours: Callable[[], tuple[float, float]], runs: int
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Like `interleaved`, for measures taken in pairs: medians of each half."""
    floor(), ours()
    floors, oursl = [], []
    for _ in range(runs):
        floors.append(floor())
        oursl.append(ours())
    return (
        (statistics.median(a for a, _ in floors), statistics.median(a for a, _ in oursl)),
        (statistics.median(b for _, b in floors), statistics.median(b for _, b in oursl)),
    )


def demo(folder: Path, sessions: int, notes: int) -> dict[str, str]:
    env = env_for(folder)
    timed(
        [*WFINTERVIEW, "demo", "--sessions", str(sessions), "--notes-per-session", str(notes)],
        env,
    )
    return env


def temporary() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="wfinterview-bench-")
