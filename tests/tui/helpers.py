"""Driving the app as a user does, and reading back what it saved."""

from __future__ import annotations

import asyncio
import io
import unicodedata
from collections.abc import Callable, Iterable

from rich.console import Console
from textual import events
from textual.app import App
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import WorkerState

from wfinterview.core.framework.models import Session
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.opening import start_interview
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.cockpit import CockpitScreen
from wfinterview.tui.widgets.session_header import SaveIndicator


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


async def saved_shown(pilot: Pilot[None]) -> None:
    """The cockpit's every write has landed and its save indicator says so ("● saved"):
    the writer tells the screen from its own thread, just after the write, so that word
    is waited for too. For a look pinned with the indicator in it."""
    screen = cockpit(pilot.app)
    assert screen.writer.flush(timeout=5)
    indicator = screen.query_one(SaveIndicator)
    await until(pilot, lambda: str(indicator.render()) == "● saved", "said the notes are saved")


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


# How often a wait on a thread looks again, and for how long (10 s): every wait ends up to
# one interval after what it waits for, idle time a test spends on every wait.
POLL_SECONDS = 0.005
POLLS = 2000


async def workers_done(pilot: Pilot[None]) -> None:
    """Wait until the app's workers (home's sessions, synthesis's corpus…) have finished
    and what they posted is handled."""
    for _ in range(POLLS):
        await pilot.pause()
        if not any(
            w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in pilot.app.workers
        ):
            return
        await pilot.pause(POLL_SECONDS)
    raise AssertionError(f"{pilot.app.screen!r} kept working")


async def home_ready(pilot: Pilot[None]) -> None:
    """Wait until home has read the sessions (in its worker) and lists them."""
    from wfinterview.tui.screens.home import HomeScreen

    def listed() -> bool:
        screen = pilot.app.screen
        return isinstance(screen, HomeScreen) and bool(screen._sessions)

    await until(pilot, listed, "listed the sessions on home")


# A timer this short is part of handling what was sent; longer ones (the cockpit's clock)
# are the app waiting for time to pass.
SHORT_TIMER = 0.02


def _quiet(app: App[None]) -> bool:
    """Nothing is waiting to be handled: no message in any queue of the app, its screens
    or their widgets, and no callback queued for after the current one. (The app's
    registry holds every screen and widget mounted: a quarter of the time of walking each
    screen's tree, which `settle` does every millisecond.)"""
    return all(
        pump._message_queue.empty() and not pump._next_callbacks
        for pump in (app, *app._registry)
    )


def _timer_running(app: App[None]) -> bool:
    """A short timer of the app or a screen is about to fire: a resize settles 8 ms after
    it comes."""
    return any(_due_soon(timer) for pump in (app, *app.screen_stack) for timer in pump._timers)


def _due_soon(timer: Timer) -> bool:
    task = timer._task
    return (
        timer._interval <= SHORT_TIMER
        and task is not None
        and not task.done()
        and timer._active.is_set()
    )


def _repaint_due(screen: Screen[object]) -> bool:
    """The screen has a layout, scroll or repaint waiting for its update timer, or
    callbacks waiting for that repaint (`call_after_refresh`)."""
    return bool(
        screen._layout_required
        or screen._scroll_required
        or screen._repaint_required
        or screen._recompose_required
        or screen._dirty_widgets
        or screen._callbacks
    )


async def settle(pilot: Pilot[None]) -> None:
    """Wait until the app has handled everything it was sent, and what that sent in turn.

    Textual's own `pilot.press` and `pilot.pause()` wait until the *process* looks idle
    (its CPU time stops moving for 20 ms, at least twice per key): about 45 ms a key when
    nothing else runs, and up to a second when other test workers share the cores. This
    waits for the thing itself: the app's message queues run dry, every handler on the
    way has returned (a callback queued behind it has run), animations are over, and what
    changed is laid out (the screen's update timer's work, done as soon as all else is
    handled, as `pause` does; painted only when a test looks, tests/tui/painting.py).
    Workers in threads are not waited for here: a test that needs their result says so
    with `workers_done`, `home_ready` or `until`."""
    app = pilot.app
    calm = 0
    # A key sent through the driver reaches the app's queue two loop turns later.
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for _ in range(10_000):
        if not app.is_running or app._closing:
            return
        screen = app.screen
        if not _quiet(app):
            calm = 0
        elif _repaint_due(screen):
            # What the screen's update timer would do at its next tick (up to 17 ms away,
            # time the test would spend idle), done now as `pilot.pause` does.
            screen._on_timer_update()
            calm = 0
        elif _timer_running(app):
            calm = 0
        elif (calm := calm + 1) == 2:
            # Quiet twice running: once every handler has returned (a callback queued
            # behind each has run), it is settled unless that started something new.
            await app.animator.wait_until_complete()
            await pilot._wait_for_screen()
            if (
                app.screen is screen
                and _quiet(app)
                and not _repaint_due(screen)
                and not _timer_running(app)
            ):
                return
            calm = 0
        await asyncio.sleep(0.001)
    raise AssertionError(f"{app.screen!r} never settled")


async def press(pilot: Pilot[None], *keys: str) -> None:
    """`pilot.press`, waiting for each key to be handled (`settle`) rather than idle time."""
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        if key.startswith("wait:"):
            await asyncio.sleep(float(key.split(":")[1]) / 1000)
            await pilot.app.animator.wait_until_complete()
            continue
        name = _character_to_key(key) if len(key) == 1 and not key.isalnum() else key
        try:
            char: str | None = unicodedata.lookup(
                _get_unicode_name_from_key(REPLACED_KEYS.get(name, name))
            )
        except KeyError:
            char = name if len(name) == 1 else None
        event = events.Key(name, char)
        event.set_sender(pilot.app)
        driver.send_message(event)
        await settle(pilot)


async def pause(pilot: Pilot[None], delay: float | None = None) -> None:
    """`pilot.pause`: a fixed delay when given one, otherwise `settle`."""
    if delay is not None:
        await asyncio.sleep(delay)
        pilot.app.screen._on_timer_update()
    else:
        await settle(pilot)


async def until(pilot: Pilot[None], ready: Callable[[], object], what: str) -> None:
    """Wait until `ready()` is true: something a thread does (the session writer, a
    worker) or a timer, which `settle` does not wait for. Fails after 10 s naming `what`."""
    for _ in range(POLLS):
        await pilot.pause()
        if ready():
            return
        await asyncio.sleep(POLL_SECONDS)
    raise AssertionError(f"{pilot.app.screen!r}: never {what}")
