"""Driving the app as a user does, and reading back what it saved."""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.console import Console
from textual import events
from textual.app import App
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.worker import WorkerState

from wfinterview.core.framework.models import Session
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.opening import start_interview
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.cockpit import CockpitScreen


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def cockpit_app(
    paths: Paths,
    clock: FakeClock,
    agenda: str = "ops",
    participant: str = "Ana Souza",
    **options: object,
) -> InterviewApp:
    workspace = Workspace(paths)
    session, lock = start_interview(
        workspace, workspace.catalog.get(agenda), participant, "Acme", None
    )
    return InterviewApp(workspace, cockpit=(session, lock), now=clock, **options)  # type: ignore[arg-type]


def cockpit(app: App[None]) -> CockpitScreen:
    assert isinstance(app.screen, CockpitScreen), f"expected the cockpit, got {app.screen!r}"
    return app.screen


async def saved(pilot: Pilot[None]) -> Session:
    """The session as it is on disk once every pending write has landed."""
    await pilot.pause()
    screen = cockpit(pilot.app)
    assert screen.writer.flush(timeout=5)
    return screen.store.load(screen.live.session.id)


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Type `text` into the focused widget, key by key, as a terminal delivers typing.

    Each character is the key event a terminal sends for it (the same events
    `pilot.press` builds), queued in order; then the app handles them all. `pilot.press`
    would wait for the process to go idle after every key (40 ms or more each), which
    made typing most of the suite's time, and checks nothing more: the text lands, in
    order, in the same widget. (Printable keys are never bound, so none runs an action.)
    """
    driver = pilot.app._driver
    assert driver is not None
    for char in text:
        key = "space" if char == " " else char if char.isalnum() else _character_to_key(char)
        event = events.Key(key, char)
        event.set_sender(pilot.app)
        driver.send_message(event)
    # The app forwards each key to the focused widget, which may post a change in turn.
    for _ in range(3):
        await pilot.pause()


async def burst(pilot: Pilot[None], keys: Iterable[str | tuple[str, str | None]]) -> None:
    """Queue keys all at once, as a text expander or a fast typist sends them:
    the app sees the next key before it has finished handling the last."""
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        name, char = key if isinstance(key, tuple) else (key, key if len(key) == 1 else None)
        event = events.Key(name, char)
        event.set_sender(pilot.app)
        driver.send_message(event)
    for _ in range(5):
        await pilot.pause()


async def paste(pilot: Pilot[None], text: str) -> None:
    """A bracketed paste, delivered the way the terminal driver delivers it."""
    event = events.Paste(text)
    event.set_sender(pilot.app)
    assert pilot.app._driver is not None
    pilot.app._driver.send_message(event)
    await pilot.pause()


def keys_for(text: str) -> list[tuple[str, str | None]]:
    names = {" ": "space", "#": "number_sign", ".": "full_stop", ",": "comma", "£": "pound_sign"}
    return [(names.get(char, char), char) for char in text]


def screen_text(app: App[None]) -> str:
    """What the terminal shows, as plain text: a layout snapshot without colours."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        record=True,
        legacy_windows=False,
    )
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())


async def workers_done(pilot: Pilot[None]) -> None:
    """Wait until the app's workers (home's sessions, synthesis's corpus…) have finished
    and what they posted is handled."""
    for _ in range(400):
        await pilot.pause()
        if not any(
            w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in pilot.app.workers
        ):
            return
        await pilot.pause(0.02)
    raise AssertionError(f"{pilot.app.screen!r} kept working")


async def home_ready(pilot: Pilot[None]) -> None:
    """Wait until home has read the sessions (in its worker) and lists them."""
    from wfinterview.tui.screens.home import HomeScreen

    for _ in range(200):
        screen = pilot.app.screen
        if isinstance(screen, HomeScreen) and screen._sessions:
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError("home never listed the sessions")
