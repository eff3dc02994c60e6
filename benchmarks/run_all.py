"""Every benchmark in one run: the goals table, each row against its floor measured in
the same run, then the cockpit's and synthesis's own tables, with the machine.

    python benchmarks/run_all.py            # the published figures (about 15 minutes)
    python benchmarks/run_all.py --quick    # fewer runs, a shorter idle window

First the goals of the local index (`index_goals.py`: report, synthesis, search, list,
first paints), then the other goals, then the cockpit's and synthesis's own tables.

Floors: the stack floor (`stack_floor.py`: a bare Textual app that imports pydantic and
validates one strict model) for first paint; `python -c` importing pydantic and
validating one model for the daily commands and `search`; a stdlib script that reads and
`json.loads` the same files for `report`. Synthesis opening and filter changes have
absolute goals. Every data set and local index lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import commands  # noqa: E402
import index_goals  # noqa: E402
import startup  # noqa: E402
from _measure import print_rows  # noqa: E402


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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs and a 10 s idle window")
    args = parser.parse_args()
    runs = 3 if args.quick else 5
    print(f"Machine: {machine()}\n")
    first_paints = startup.measure(runs)
    print("### Index and search goals, each against its floor in the same run (medians)\n")
    print(f"(`benchmarks/index_goals.py`; load average at the start {os.getloadavg()[0]:.1f})\n")
    wanted = ("cockpit first paint, `new`", "home first paint, 1,000 sessions")
    shared = [row for row in first_paints if row.measure in wanted]
    thousand = index_goals.thousand_rows(runs, terminal=True)
    print_rows([*thousand, *index_goals.open_synthesis_rows(runs), *shared])
    print(f"\nLoad average at the end: {os.getloadavg()[0]:.1f}\n")
    print("### Other goals, each against its floor in the same run (medians)\n")
    rest = [row for row in first_paints if row.measure not in wanted]
    print_rows([*rest, *commands.measure(runs, 1000, 30)])
    print()
    print("### Live cockpit (`benchmarks/cockpit.py`)\n")
    print(run("cockpit.py", "--runs", str(runs), "--idle-seconds", "10" if args.quick else "30"))
    print("### Typing throughput (`benchmarks/typing_throughput.py`)\n")
    print(run("typing_throughput.py"))
    print("### Synthesis at 1,000 × 100 (`benchmarks/synthesis.py`)\n")
    print(run("synthesis.py", "--sessions", "1000", "--notes", "100", "--runs", str(runs)))


if __name__ == "__main__":
    main()
