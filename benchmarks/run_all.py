"""Every benchmark in one run: the goals table, each row against its floor measured in
the same run, then the cockpit's and synthesis's own tables, with the machine.

    python benchmarks/run_all.py            # the published figures (about 15 minutes)
    python benchmarks/run_all.py --quick    # fewer runs, a shorter idle window

Floors: the stack floor (`stack_floor.py`: a bare Textual app that imports pydantic and
validates one strict model) for first paint; `python -c` importing pydantic and
validating one model for the daily commands; a stdlib script that reads and
`json.loads` the same files for `report`. Synthesis opening and filter changes have
absolute goals.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import commands  # noqa: E402
import startup  # noqa: E402
import synthesis  # noqa: E402
from _measure import Row, print_rows, temporary  # noqa: E402


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    if Path("/proc/cpuinfo").exists():
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    import pydantic
    import textual

    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
        f"Python {platform.python_version()}, Textual {getattr(textual, '__version__', '?')}, "
        f"pydantic {pydantic.VERSION}, load average at start {os.getloadavg()[0]:.1f}"
    )


def run(script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        return f"{script} failed:\n{result.stderr.strip()}\n"
    return result.stdout


def synthesis_rows(runs: int) -> list[Row]:
    rows = []
    with temporary() as folder:
        data, config = Path(folder, "data"), Path(folder, "config")
        env = {"WFINTERVIEW_DATA_DIR": str(data), "WFINTERVIEW_CONFIG_DIR": str(config)}
        synthesis.write_demo(env, 1000, 100)
        floor, report, _, _ = synthesis.report_vs_floor(env, data, runs)
        rows.append(
            Row("`report`, 1,000 × 100", "stdlib read + json.loads", floor, report, "≤ 1.5×")
        )
        changes, _ = asyncio.run(synthesis.filter_changes(data, config))
        rows.append(
            Row(
                f"a synthesis filter change, 1,000 × 100 (median of {len(changes)})",
                "",
                None,
                statistics.median(changes),
                "median ≤ 50 ms",
            )
        )
    with temporary() as folder:
        data, config = Path(folder, "data"), Path(folder, "config")
        env = {"WFINTERVIEW_DATA_DIR": str(data), "WFINTERVIEW_CONFIG_DIR": str(config)}
        synthesis.write_demo(env, 10_000, 20)
        # No goal against it, but a floor all the same: how long reading and parsing
        # these files takes on this machine now, run in turn with the opening.
        floors, opening = [], []
        for _ in range(max(1, runs // 2)):
            floors.append(synthesis.stdlib_floor(env, data)[0])
            opening.append(synthesis.open_synthesis(env, 10_000))
        rows.append(
            Row(
                f"open synthesis, 10,000 × 20 (median of {len(opening)})",
                "stdlib read + json.loads",
                statistics.median(floors),
                statistics.median(t for t, _ in opening),
                "≤ 2 s",
            )
        )
        rows.append(
            Row(
                "open synthesis, 10,000 × 20: peak memory",
                "",
                None,
                max(m for _, m in opening),
                "≤ 300 MB",
                unit="MB",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs and a 10 s idle window")
    args = parser.parse_args()
    runs = 3 if args.quick else 5
    print(f"Machine: {machine()}\n")
    print("### Goals, each against its floor in the same run (medians)\n")
    rows = [*startup.measure(runs), *commands.measure(runs, 1000, 30), *synthesis_rows(runs)]
    print_rows(rows)
    print()
    print("### Live cockpit (`benchmarks/cockpit.py`)\n")
    print(run("cockpit.py", "--runs", str(runs), "--idle-seconds", "10" if args.quick else "30"))
    print("### Typing throughput (`benchmarks/typing_throughput.py`)\n")
    print(run("typing_throughput.py"))
    print("### Synthesis at 1,000 × 100 (`benchmarks/synthesis.py`)\n")
    print(run("synthesis.py", "--sessions", "1000", "--notes", "100", "--runs", str(runs)))


if __name__ == "__main__":
    main()
