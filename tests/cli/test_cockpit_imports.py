"""The live cockpit never loads team sync: starting an interview imports none of the
modules that read or merge other writers' edits (core/plan/edit_log.py, merging.py,
engagements.py, plan_cache.py), so a shared data folder costs the cockpit nothing at start-up and
another writer's files can never slow or break an interview.

Each case runs `wfinterview` through its entry point in a fresh interpreter, with the
app driven headless by Textual's Pilot instead of a terminal, then lists the modules
that were loaded. A control case opens synthesis, which does load them, so the probe
is known to see them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests import factories
from tests.cli.helpers import demo_data
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.opening import start_interview
from wfinterview.core.workspace.workspace import Workspace

# Each case starts the program in a fresh interpreter: seconds each (conftest.py).
pytestmark = pytest.mark.heavy

COCKPIT = "CockpitScreen"
TEAM_SYNC = (
    "wfinterview.core.plan.edit_log",
    "wfinterview.core.plan.merging",
    "wfinterview.core.plan.engagements",
    "wfinterview.core.plan.plan_cache",
)

# Runs the command line given in argv; App.run becomes a headless Pilot run that waits
# for the screen named first, presses `keys`, waits for the app to settle, then quits.
# Prints the screen it ended on and every wfinterview module loaded.
PROBE = """
import asyncio, json, sys
from textual.app import App

screen_name, keys, args = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3:]
reached = []

def run(self, **_options):
    async def drive():
        async with self.run_test(size=(120, 40)) as pilot:
            for _ in range(400):
                if type(self.screen).__name__ == screen_name:
                    break
                await pilot.pause(0.025)
            await pilot.pause(0.3)
            for key in keys:
                await pilot.press(key)
            await pilot.pause(0.5)  # mount handlers, workers, a save
            reached.append(type(self.screen).__name__)
    asyncio.run(drive())

App.run = run
from wfinterview.cli import main
code = main(args)
modules = sorted(name for name in sys.modules if name.startswith("wfinterview"))
print(json.dumps({"code": code, "screen": reached, "modules": modules}))
"""


def probe(paths: Paths, screens: tuple[str, str], keys: list[str], *args: str) -> set[str]:
    """The modules loaded by `wfinterview ARGS` once it shows screens[0], `keys` are
    pressed and it shows screens[1]."""
    start, end = screens
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, start, json.dumps(keys), *args],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "WFINTERVIEW_DATA_DIR": str(paths.data_dir),
            "WFINTERVIEW_CONFIG_DIR": str(paths.config_dir),
        },
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    assert result["screen"] == [end]
    return set(result["modules"])


@pytest.fixture
def team_folder(isolated_dirs: Paths) -> Paths:
    """A data folder with plans: the demo's, plus a second writer's edit log."""
    demo_data("--sessions", "4", "--notes-per-session", "3")
    for folder in isolated_dirs.engagements_dir.iterdir():
        own = next(folder.glob("edits-*.jsonl"))
        other = own.read_text().replace(isolated_dirs.writer, "bob-x1-4d5e6f")
        (folder / "edits-bob-x1-4d5e6f.jsonl").write_text(other)
    return isolated_dirs


def test_starting_an_interview_imports_no_team_sync_module(team_folder: Paths) -> None:
    keys = [*"Budget is late", "enter"]
    new = ["new", "--agenda", "ops", "--participant", "Ana", "--engagement", "Acme Retail"]
    loaded = probe(team_folder, (COCKPIT, COCKPIT), keys, *new)
    assert "wfinterview.tui.screens.cockpit" in loaded
    assert loaded.isdisjoint(TEAM_SYNC), sorted(loaded & set(TEAM_SYNC))
    sessions = team_folder.sessions_dir.glob("*.json")
    assert any("Budget is late" in path.read_text() for path in sessions)  # a real interview


def test_resuming_an_interview_imports_no_team_sync_module(team_folder: Paths) -> None:
    # An interview with a note, left open (the call broke off): what `resume` reopens.
    workspace = Workspace(team_folder)
    ops = workspace.catalog.get("ops")
    session, lock = start_interview(workspace, ops, "Ana", "Acme Retail", None)
    session.notes.append(factories.note("First note", step=ops.steps[0].key))
    workspace.store.save(session)
    lock.release()
    loaded = probe(team_folder, (COCKPIT, COCKPIT), [*"After the break", "enter"], "resume")
    assert "wfinterview.tui.screens.cockpit" in loaded
    assert loaded.isdisjoint(TEAM_SYNC), sorted(loaded & set(TEAM_SYNC))
    notes = workspace.store.load(session.id).notes
    assert [note.text for note in notes] == ["First note", "After the break"]  # that interview


def test_the_probe_sees_team_sync_where_it_is_loaded(team_folder: Paths) -> None:
    """Control: opening synthesis merges the plans, and the probe must see it."""
    loaded = probe(team_folder, ("HomeScreen", "SynthesisScreen"), ["ctrl+s"])
    assert loaded.issuperset(TEAM_SYNC)
