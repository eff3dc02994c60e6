"""The guide's pictures of the app, made by the app itself: SVG screenshots from Textual
(`App.export_screenshot`), on demo data, so they can be made again whenever a screen
changes.

    .venv/bin/python docs/make_screenshots.py

Writes docs/images/cockpit.svg (an interview in progress, some notes tagged) and
docs/images/synthesis.svg (the Matrix tab on `wfinterview demo`'s interviews). Everything
runs in fresh temporary data, config and cache folders (WFINTERVIEW_DATA_DIR,
WFINTERVIEW_CONFIG_DIR, WFINTERVIEW_CACHE_DIR), never the user's own. Keys are looked up
by action in the key table (core/setup/keymap.py) and the screens' bindings, so a key
that moves does not break the pictures.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SIZE = (100, 30)
IMAGES = Path(__file__).resolve().parent / "images"
ENGAGEMENT = "Acme Retail"
# (minutes into the call, the note, keys pressed before Enter: tag and mark actions).
NOTES: tuple[tuple[float, str, tuple[str, ...]], ...] = (
    (1.5, "Runs campaign ops for three brands, two agencies", ()),
    (4.0, "Briefs arrive by email, chat and a form nobody checks", ("tag_integration_gaps",)),
    (6.5, "Legal takes a full week to sign off on every banner", ("tag_approval_lag", "quote")),
    (8.0, "Nobody owns the launch checklist once the brief is signed", ("tag_ghost_ownership",)),
    (9.5, "Copies asset links from the DAM into Asana by hand", ("tag_tool_friction",)),
)


class Clock:
    """The interview's clock, moved by hand so the picture shows a call well under way."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def own_folders(root: Path) -> None:
    """Point every folder the program writes at `root`, for this process and its children."""
    os.environ["WFINTERVIEW_DATA_DIR"] = str(root / "data")
    os.environ["WFINTERVIEW_CONFIG_DIR"] = str(root / "config")
    os.environ["XDG_CACHE_HOME"] = str(root / "cache")
    os.environ["WFINTERVIEW_CACHE_DIR"] = str(root / "cache" / "wfinterview")


def make_demo() -> None:
    """`wfinterview demo`, as a user runs it: the generated interviews and their plans."""
    program = Path(sys.executable).with_name("wfinterview")
    command = [str(program)] if program.exists() else [sys.executable, "-m", "wfinterview"]
    subprocess.run([*command, "demo"], check=True, stdout=subprocess.DEVNULL)


def key_of(app: object, action_id: str) -> str:
    """The key the screen in front binds to `action_id` (a binding id or an action name)."""
    from textual.app import App

    assert isinstance(app, App)
    for key, active in app.screen.active_bindings.items():
        if action_id in (active.binding.id, active.binding.action):
            return key
    # The note input's own keys (tags, quote) are the key table's, re-bindings applied.
    keys: dict[str, str] = app.effective_keys  # type: ignore[attr-defined]
    return keys[action_id].split(",")[0].strip()


async def wait_until(pilot: object, ready: Callable[[], bool], what: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    for _ in range(300):
        await pilot.pause(0.05)
        if ready():
            await pilot.app.workers.wait_for_complete()
            await pilot.pause(0.2)
            pilot.app.clear_notifications()
            await pilot.pause()
            return
    raise SystemExit(f"make_screenshots: {what} never showed")


def save(app: object, name: str) -> Path:
    from textual.app import App

    assert isinstance(app, App)
    path = IMAGES / f"{name}.svg"
    path.write_text(app.export_screenshot(title="wfinterview"), encoding="utf-8")
    return path


async def cockpit_picture() -> Path:
    from wfinterview.core.storage.paths import Paths
    from wfinterview.core.workspace.opening import start_interview
    from wfinterview.core.workspace.workspace import Workspace
    from wfinterview.tui.app import InterviewApp
    from wfinterview.tui.screens.cockpit import CockpitScreen

    work = Workspace(Paths.resolve(None))
    started = start_interview(
        work, work.catalog.get("campaign"), "Jordan Lee", ENGAGEMENT, None, None
    )
    clock = Clock()
    app = InterviewApp(work, cockpit=started, now=clock)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, CockpitScreen), "the cockpit")
        # The call starts on step 1 and moves on a step at 3 and at 7.5 minutes.
        step_minutes: tuple[float, ...] = (0.0, 3.0, 7.5)
        for minutes, text, marks in NOTES:
            while step_minutes and minutes >= step_minutes[0]:
                if step_minutes[0] > 0:
                    await pilot.press(key_of(app, "next_step"))
                step_minutes = step_minutes[1:]
            clock.now = 1000.0 + minutes * 60
            await pilot.press(*text)
            for mark in marks:
                await pilot.press(key_of(app, mark))
            await pilot.press("enter")
        clock.now = 1000.0 + 10.25 * 60
        await pilot.press(*"Who signs off when legal is out?")
        await wait_until(pilot, lambda: True, "the notes")
        return save(app, "cockpit")


async def synthesis_picture() -> Path:
    from textual.widgets import DataTable

    from wfinterview.core.storage.paths import Paths
    from wfinterview.core.workspace.workspace import Workspace
    from wfinterview.tui.app import InterviewApp

    app = InterviewApp(Workspace(Paths.resolve(None)))
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: bool(app.screen.query(DataTable)), "home")
        await pilot.press(key_of(app, "synthesis"))
        await wait_until(pilot, lambda: bool(app.screen.query("#matrix")), "the matrix")
        return save(app, "synthesis")


def main() -> int:
    IMAGES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wfi-screenshots-") as folder:
        own_folders(Path(folder))
        make_demo()
        for make in (synthesis_picture, cockpit_picture):
            print(f"wrote {asyncio.run(make()).relative_to(Path.cwd())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
