"""Cockpit edges where a planted bug once passed every test: the quiet-period checkpoint,
the last snapshot written before the screen goes, and re-bound keys in the help."""

from __future__ import annotations

import time

import pytest

from tests.tui.helpers import FakeClock, cockpit, cockpit_app, saved, screen_text, type_text
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.tui.screens import cockpit as cockpit_module
from wfinterview.tui.screens.help import HelpScreen


async def test_the_clock_is_saved_while_nobody_types(
    isolated_dirs: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bug: the quiet-period checkpoint never saved (a crash lost the whole silence)."""
    monkeypatch.setattr(cockpit_module, "CHECKPOINT_SECONDS", 0.05)
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        clock.advance(95)
        await pilot.pause(0.3)
        assert (await saved(pilot)).elapsed_seconds == 95
        await pilot.press("f8")  # paused: the checkpoint has nothing new to say
        clock.advance(40)
        await pilot.pause(0.3)
        assert (await saved(pilot)).elapsed_seconds == 95


async def test_the_last_snapshot_is_on_disk_when_the_cockpit_closes(
    isolated_dirs: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bug: the writer not closed before the screen unmounts (the last save was lost)."""
    real_write = SessionStore.write

    def slow_write(self: SessionStore, session_id: str, data: bytes) -> None:
        time.sleep(0.1)  # a slow disk: the final snapshot is still queued at exit
        real_write(self, session_id, data)

    monkeypatch.setattr(SessionStore, "write", slow_write)
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        session_id = cockpit(pilot.app).live.session.id
        await type_text(pilot, "last words")
        await pilot.press("enter")
        clock.advance(61)
        pilot.app.exit()
    store = SessionStore(isolated_dirs.sessions_dir)
    session = store.load(session_id)
    assert [n.text for n in session.notes] == ["last words"]
    assert session.elapsed_seconds == 61
    store.lock(session_id).release()  # and the lock was let go


async def test_help_shows_the_keys_as_re_bound_in_config(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    """Bug: re-bound keys not shown in help (it listed the defaults)."""
    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    isolated_dirs.config_file.write_text(
        '[keys]\nquote = "ctrl+o"\nnext_step = "f12"\ntag_approval_lag = "f11"\n',
        encoding="utf-8",
    )
    async with cockpit_app(isolated_dirs, clock).run_test(size=(110, 50)) as pilot:
        await pilot.press("f9")
        assert isinstance(pilot.app.screen, HelpScreen)
        lines = screen_text(pilot.app).splitlines()

        def key_of(description: str) -> str:
            line = next(line for line in lines if description in line)
            return line.split(description)[0].split()[-1]  # the key just left of it

        assert key_of("mark as a verbatim quote") == "ctrl+o"
        assert key_of("next step") == "F12"
        assert key_of("toggle 🔄 Approval Lag") == "F11"
        assert key_of("mark as a follow-up") == "F7"  # not re-bound: the default
