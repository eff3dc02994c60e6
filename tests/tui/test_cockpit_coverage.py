"""The cockpit's quiet coverage line: what the interview has not covered yet, updated as
notes are typed, tagged and the steps and questions move on."""

from __future__ import annotations

from tests.tui.helpers import FakeClock, cockpit, cockpit_app, type_text
from wfinterview.core.storage.paths import Paths
from wfinterview.tui.widgets.coverage_line import CoverageLine


def line(app: object) -> str:
    return cockpit(app).query_one(CoverageLine)._shown  # type: ignore[arg-type]


async def test_coverage_updates_as_notes_are_typed_and_steps_move(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        steps = cockpit(pilot.app).live.session.agenda.steps
        start = line(pilot.app)
        assert start.startswith("not yet 🛑 🔄 👻 🧾 🧱 · no notes: Role & Reality, ")
        await type_text(pilot, "Legal takes a week")
        await pilot.press("f2", "enter")
        await pilot.pause()
        after = line(pilot.app)
        assert after.startswith("not yet 🛑 👻 🧾 🧱 · no notes: Workflow Walkthrough, ")
        assert "Role & Reality" not in after
        await pilot.press("f3")  # nothing typed: F3 tags the last note
        await pilot.pause()
        assert line(pilot.app).startswith("not yet 🛑 🧾 🧱 · ")
        left_here = len(steps[0].questions) - 1
        assert line(pilot.app).endswith(f"({left_here} here)")
        await pilot.press("ctrl+down")  # the next question is asked
        await pilot.pause()
        assert line(pilot.app).endswith(f"({left_here - 1} here)")
        await pilot.press("pagedown")
        await pilot.pause()
        assert line(pilot.app).endswith(f"({len(steps[1].questions) - 1} here)")
