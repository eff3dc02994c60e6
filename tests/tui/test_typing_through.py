"""No letter is lost behind a dialog: what is typed while help or "end the interview?"
shows goes on into the note, in order, and is saved (read back from the file on disk)."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.helpers import FakeClock, burst, cockpit_app, keys_for, paste, saved, type_text
from wfinterview.core.storage.paths import Paths
from wfinterview.tui.screens.cockpit import CockpitScreen
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.help import HelpScreen


async def saved_notes(pilot: Pilot[None]) -> list[str]:
    return [note.text for note in (await saved(pilot)).notes]


async def test_letters_typed_behind_help_reach_the_note(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "alpha ")
        await pilot.press("f9")
        assert isinstance(pilot.app.screen, HelpScreen)
        await type_text(pilot, "bravo ")
        assert isinstance(pilot.app.screen, HelpScreen)  # typing did not close it
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, CockpitScreen)
        await type_text(pilot, "charlie")
        await pilot.press("enter")
        assert await saved_notes(pilot) == ["alpha bravo charlie"]


async def test_keys_queued_behind_the_help_key_keep_their_order(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    # A fast typist: F9 and the next letters arrive before help has even opened.
    async with cockpit_app(isolated_dirs, clock).run_test(size=(80, 24)) as pilot:
        await burst(
            pilot,
            [*keys_for("alpha "), "f9", *keys_for("bravo "), "escape", *keys_for("charlie")],
        )
        await pilot.press("enter")
        assert await saved_notes(pilot) == ["alpha bravo charlie"]


async def test_the_help_key_closes_help_too(isolated_dirs: Paths, clock: FakeClock) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        assert isinstance(pilot.app.screen, HelpScreen)
        await type_text(pilot, "x")
        await pilot.press("f9")
        assert isinstance(pilot.app.screen, CockpitScreen)
        await pilot.press("enter")
        assert await saved_notes(pilot) == ["x"]


async def test_a_paste_behind_help_reaches_the_note(isolated_dirs: Paths, clock: FakeClock) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "she said ")
        await pilot.press("f9")
        await paste(pilot, "“legal takes a week”\x1b[2J")
        await pilot.press("escape")
        await pilot.press("enter")
        assert await saved_notes(pilot) == ["she said “legal takes a week”[2J"]


async def test_letters_typed_while_end_the_interview_asks_reach_the_note(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "alpha ")
        await pilot.press("f10")
        assert isinstance(pilot.app.screen, ConfirmScreen)
        await type_text(pilot, "bravo ")
        assert isinstance(pilot.app.screen, ConfirmScreen)  # still asking: space did not answer
        await pilot.press("escape")  # keep interviewing
        assert isinstance(pilot.app.screen, CockpitScreen)
        await type_text(pilot, "charlie")
        await pilot.press("enter")
        assert await saved_notes(pilot) == ["alpha bravo charlie"]
