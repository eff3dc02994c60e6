"""A bidi override in a note is shown, not obeyed, in the cockpit's note log."""

from __future__ import annotations

from tests.tui.helpers import FakeClock, cockpit_app, paste, saved, screen_text
from wfinterview.core.storage.paths import Paths


async def test_a_pasted_bidi_override_shows_as_its_code_point(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test(size=(120, 36)) as pilot:
        await paste(pilot, "invoice \u202etxt.exe")
        await pilot.press("enter")
        session = await saved(pilot)
        assert session.notes[0].text == "invoice \u202etxt.exe"  # kept: RTL text may need it
        text = screen_text(pilot.app)
        assert "invoice ⟨U+202E⟩txt.exe" in text and "\u202e" not in text
