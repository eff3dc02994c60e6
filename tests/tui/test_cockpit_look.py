"""The cockpit's look pinned at 80×24 and 120×36, as plain-text snapshots (see snapshot.py)."""

from __future__ import annotations

import pytest

from tests.tui.helpers import FakeClock, burst, cockpit_app, keys_for, saved_shown, screen_text
from tests.tui.snapshot import assert_matches_snapshot
from wfinterview.core.storage.paths import Paths


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_cockpit_look(isolated_dirs: Paths, size: tuple[int, int]) -> None:
    clock = FakeClock()
    async with cockpit_app(
        isolated_dirs, clock, agenda="campaign", participant="Jordan Lee"
    ).run_test(size=size) as pilot:
        clock.advance(95)
        await burst(pilot, [*keys_for("Briefs come in through three different channels"), "enter"])
        await burst(pilot, ["pagedown"])
        clock.advance(170)
        await burst(
            pilot, [*keys_for("Legal review adds a week on every launch #approval"), "enter", "f6"]
        )
        await burst(pilot, [*keys_for("Nobody knows who owns the UTM sheet"), "f3", "f7", "enter"])
        clock.advance(400)
        await burst(pilot, [*keys_for("We export from the CRM by hand every Monday"), "f5"])
        await saved_shown(pilot)  # "● saved", as pinned
        pilot.app.screen._tick()  # type: ignore[attr-defined]
        await pilot.pause()
        assert_matches_snapshot(screen_text(pilot.app), f"cockpit_{size[0]}x{size[1]}")
