"""A test's app closes once the threads it started are done.

A screen's work in a thread (home's sessions, synthesis's corpus and its caches) goes on
when its app closes: Textual cancels the worker but cannot stop its thread. A test that
ends while one runs deletes its folder under it ("Directory not empty", or a file written
into a folder already gone), one run in several, on a busy machine. So `App.run_test`, as
the tests use it (tests/conftest.py), waits for them before it closes the app. The
program itself waits too: its event loop finishes the threads before it exits.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerState

from tests.tui.painting import run_test_painting_last

POLL_SECONDS = 0.005
POLLS = 2000  # 10 s


@contextlib.asynccontextmanager
async def run_test_closing_when_done(
    app: App[object], *args: Any, **kwargs: Any
) -> AsyncIterator[Pilot[object]]:
    """`App.run_test` (painting as tests/tui/painting.py says), closing the app only once
    no worker of it is running in a thread."""
    async with run_test_painting_last(app, *args, **kwargs) as pilot:
        yield pilot
        await threads_done(pilot)


async def threads_done(pilot: Pilot[object]) -> None:
    """Wait until no worker of the app runs in a thread and what the last one sent is
    handled (synthesis mounts what its loader read: closing the app in the middle of
    that trips Textual's own widgets, a `Select` looking for its overlay)."""
    app = pilot.app
    running: list[object] = []
    quiet = 0
    for _ in range(POLLS):
        await pilot.pause()
        running = [
            worker
            for worker in app.workers
            if worker._thread_worker and worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
        ]
        # Twice in a row: a worker that has just ended may have sent something that
        # starts another (synthesis's loader, then the Findings tab's).
        quiet = 0 if running else quiet + 1
        if quiet == 2:
            return
        if running:
            await asyncio.sleep(POLL_SECONDS)
    raise AssertionError(f"still running 10 s after the test: {running}")
