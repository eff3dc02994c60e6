"""Synthesis figures on generated interviews, against a stdlib floor measured in the same run.

    python benchmarks/synthesis.py [--sessions 1000] [--notes 100] [--runs 5]

* demo: `wfinterview demo` writing the corpus (goal at 1,000 × 100: well under 30 s);
* report: `wfinterview report --engagement "Acme Retail"` (half the sessions) against a
  plain script that reads and `json.loads` every file (goal at 1,000 × 100: ≤ 1.0× that
  floor with the local index warm, benchmarks/index_goals.py), and its peak memory
  (under 300 MB);
* opening synthesis: ctrl+s on the home screen of the real program in a pseudo-terminal,
  until the matrix shows, and that program's peak memory (goal at 10,000 × 20: ≤ 2 s,
  ≤ 300 MB);
* a filter change: a new role, tag or round chosen, until the screen is repainted
  (goal at 1,000 × 100: median ≤ 50 ms), driven in-process with Textual's Pilot.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _pty import PtyProgram  # noqa: E402

FLOOR = """
import json, sys
from pathlib import Path
sessions = [json.loads(path.read_bytes()) for path in Path(sys.argv[1]).glob("*.json")]
print(sum(len(s["notes"]) for s in sessions))
"""


def timed(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds and peak memory (bytes) of one run of a program."""
    started = time.perf_counter()
    process = subprocess.Popen(
        args, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(
            f"{args} failed: {process.stderr.read().decode() if process.stderr else status}"
        )
    return seconds, usage.ru_maxrss * 1024


def open_synthesis(env: dict[str, str], expected: int) -> tuple[float, int]:
    program = PtyProgram(["-m", "wfinterview"], env, size=(130, 40))
    try:
        program.wait_for(b"New interview")
        # Home reads the sessions in the background; at 10,000 that takes a while. Wait
        # until it lists them, so that synthesis is timed alone.
        program.wait_for(b" notes", timeout=300)
        time.sleep(0.5)
        pressed = time.perf_counter()
        program.type("\x13")  # ctrl+s
        program.wait_for(f"{expected} of {expected} interviews".encode(), timeout=120)
        seconds = time.perf_counter() - pressed
        with open(f"/proc/{program.process.pid}/status") as status:
            peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) * 1024
        return seconds, peak
    finally:
        program.close()


async def filter_changes(data_dir: Path, config_dir: Path) -> tuple[list[float], float]:
    from textual.widgets import Select

    from wfinterview.core.storage.paths import Paths
    from wfinterview.core.workspace.workspace import Workspace
    from wfinterview.tui.app import InterviewApp
    from wfinterview.tui.screens.synthesis import SynthesisScreen

    app = InterviewApp(Workspace(Paths(data_dir, config_dir, data_dir.parent / "cache")))
    times = []
    async with app.run_test(size=(130, 40)) as pilot:
        await pilot.pause(0.5)
        await pilot.press("ctrl+s")
        screen = app.screen
        assert isinstance(screen, SynthesisScreen)
        while screen.corpus is None or not screen.query("#matrix"):
            await pilot.pause(0.05)
        corpus = screen.corpus
        changes = (
            [("role", r) for r in corpus.roles()]
            + [("tag", t.key) for t in corpus.tags]
            + [("round", r) for r in corpus.rounds()]
        )
        for select_id, value in changes * 2:
            select = screen.query_one(f"#{select_id}", Select)
            started = time.perf_counter()
            select.value = value
            await pilot.pause()
            times.append(time.perf_counter() - started)
            select.clear()
            await pilot.pause()
        started = time.perf_counter()
        await pilot.pause()  # the baseline: what waiting for the app to settle costs alone
        baseline = time.perf_counter() - started
    return times, baseline


def stdlib_floor(env: dict[str, str], data: Path) -> tuple[float, int]:
    """One run of the floor: a plain script that reads and `json.loads` every session."""
    return timed([sys.executable, "-c", FLOOR, str(data / "sessions")], env)


def report_vs_floor(env: dict[str, str], data: Path, runs: int) -> tuple[float, float, int, int]:
    """Medians of the stdlib floor and of `report`, run in turn, and their peak memory."""
    wfinterview = [sys.executable, "-m", "wfinterview"]
    reports, floors = [], []
    for _ in range(runs):  # interleaved, so both see the same machine
        floors.append(stdlib_floor(env, data))
        reports.append(timed([*wfinterview, "report", "--engagement", "Acme Retail"], env))
    return (
        statistics.median(t for t, _ in floors),
        statistics.median(t for t, _ in reports),
        max(m for _, m in floors),
        max(m for _, m in reports),
    )


def write_demo(env: dict[str, str], sessions: int, notes: int) -> float:
    seconds, _ = timed(
        [
            sys.executable,
            "-m",
            "wfinterview",
            "demo",
            "--sessions",
            str(sessions),
            "--notes-per-session",
            str(notes),
        ],
        env,
    )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        data, config = Path(folder, "data"), Path(folder, "config")
        env = {
            "WFINTERVIEW_DATA_DIR": str(data),
            "WFINTERVIEW_CONFIG_DIR": str(config),
            "WFINTERVIEW_CACHE_DIR": str(Path(folder, "cache")),
        }
        demo_s = write_demo(env, args.sessions, args.notes)
        floor, report, floor_peak, report_peak = report_vs_floor(env, data, args.runs)
        opening = [open_synthesis(env, args.sessions) for _ in range(max(1, args.runs // 2))]
        filters, pause = asyncio.run(filter_changes(data, config))
        filters.sort()

    open_s = statistics.median(t for t, _ in opening)
    open_peak = max(m for _, m in opening) / 1e6
    corpus = f"{args.sessions:,} × {args.notes}"
    print(f"| measure ({corpus}) | floor | wfinterview | ratio | goal |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| demo: write the corpus | | {demo_s:.1f} s | | well under 30 s |")
    print(
        f"| report (median of {args.runs}) | {floor * 1000:.0f} ms | {report * 1000:.0f} ms | "
        f"{report / floor:.2f}× | ≤ 1.0× |"
    )
    print(
        f"| report peak memory | {floor_peak / 1e6:.0f} MB | {report_peak / 1e6:.0f} MB | "
        "| < 300 MB |"
    )
    print(f"| open synthesis (median of {len(opening)}) | | {open_s * 1000:.0f} ms | | < 2 s |")
    print(f"| synthesis peak memory | | {open_peak:.0f} MB | | < 300 MB |")
    print(
        f"| filter change ({len(filters)} changes) | a bare Pilot pause: {pause * 1000:.0f} ms "
        f"| median {statistics.median(filters) * 1000:.0f} ms, max {filters[-1] * 1000:.0f} ms | | "
        "median ≤ 50 ms |"
    )


if __name__ == "__main__":
    main()
