"""Every benchmark in one run, one table each, with the machine they ran on.

    python benchmarks/run_all.py            # the published figures (about 6 minutes)
    python benchmarks/run_all.py --quick    # fewer runs, a shorter idle window

Runs cockpit.py (start-up, idle CPU, Enter-to-disk), typing_throughput.py, and
synthesis.py at 1,000 × 100 and at 10,000 × 20 to show how cost grows with sessions.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def machine() -> str:
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor() or "unknown CPU",
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    import textual

    version = getattr(textual, "__version__", "?")
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
        f"Python {platform.python_version()}, Textual {version}"
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
    runs = "3" if args.quick else "7"
    print(f"Machine: {machine()}\n")
    print("### Live cockpit (`benchmarks/cockpit.py`)\n")
    print(run("cockpit.py", "--runs", runs, "--idle-seconds", "10" if args.quick else "30"))
    print("### Typing throughput (`benchmarks/typing_throughput.py`)\n")
    print(run("typing_throughput.py"))
    for sessions, notes in (("1000", "100"), ("10000", "20")):
        print(
            f"### Synthesis at {int(sessions):,} × {notes} (`benchmarks/synthesis.py --sessions "
            f"{sessions} --notes {notes}`)\n"
        )
        print(
            run(
                "synthesis.py",
                "--sessions",
                sessions,
                "--notes",
                notes,
                "--runs",
                "3" if args.quick else "5",
            )
        )


if __name__ == "__main__":
    main()
