"""Where `wfinterview new` spends its CPU time before the screen takes over, by phase.

    python benchmarks/startup_phases.py [--runs 5]

Each run is a fresh interpreter doing what `wfinterview new --agenda ops` does, step by
step, with the CPU time (time.process_time) after each. The first two phases are the
stack floor's own work (pydantic, Textual); everything after them is wfinterview's.
Medians over the runs; the machine's load barely moves CPU time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

PHASES = """
import json, os, sys, time
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
marks = []
def mark(name): marks.append((name, time.process_time()))
mark("interpreter")
from pydantic import BaseModel, ConfigDict
class Probe(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    name: str
Probe.model_validate({"name": "x"})
mark("pydantic, one strict model (floor)")
import textual.app, textual.widgets
mark("Textual (floor)")
import argparse
from wfinterview.commands import app as command
from wfinterview.commands.output import workspace
mark("wfinterview's modules")
work = workspace(argparse.Namespace(data_dir=None))
work.config
mark("config read and validated")
agenda = work.catalog.get_by_id_or_path("ops")
mark("agendas read, validated, resolved")
from wfinterview.core.workspace.opening import start_interview
session, lock = start_interview(work, agenda, "Bench", "", None)
mark("session built, written durably, locked")
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.cockpit import CockpitScreen
mark("app and cockpit screen imported")
InterviewApp(work, cockpit=(session, lock))
mark("app built")
print(json.dumps(marks))
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    steps: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        env = {
            "WFINTERVIEW_DATA_DIR": f"{folder}/data",
            "WFINTERVIEW_CONFIG_DIR": f"{folder}/c",
            "WFINTERVIEW_CACHE_DIR": f"{folder}/cache",
        }
        for _ in range(runs + 1):  # the first run warms the disk cache and is not counted
            out = subprocess.run(
                [sys.executable, "-c", PHASES],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, **env},
            ).stdout
            marks = json.loads(out)
            for (name, at), (_, before) in zip(marks[1:], marks, strict=False):
                steps.setdefault(name, []).append(at - before)
    medians = {name: statistics.median(times[1:]) for name, times in steps.items()}
    print("| phase | CPU ms (median) |")
    print("| --- | --- |")
    for name, seconds in medians.items():
        print(f"| {name} | {seconds * 1000:.0f} |")
    ours = sum(s for name, s in medians.items() if "(floor)" not in name)
    floor = sum(s for name, s in medians.items() if "(floor)" in name)
    print(f"| **wfinterview's part, before the first frame is built** | **{ours * 1000:.0f}** |")
    print(f"| the floor's part | {floor * 1000:.0f} |")


if __name__ == "__main__":
    main()
