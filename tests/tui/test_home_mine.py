"""Home in a data folder a team shares: everyone's interviews, or only mine (F4); only
my own recaps are mine to send."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from tests import factories
from tests.tui.helpers import home_ready, workers_done
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp


async def test_f4_shows_only_my_interviews_and_back(isolated_dirs: Paths) -> None:
    work = Workspace(isolated_dirs)
    for number, writer in enumerate([isolated_dirs.writer, "bob-x1-77e0a1", "", "bob-x1-77e0a1"]):
        session = factories.session(session_id=f"s{number}", ended=True)
        session.writer = writer
        work.store.save(session)
    app = InterviewApp(work)
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        table = app.screen.query_one("#sessions", DataTable)
        where = app.screen.query_one("#where", Static)

        def rows() -> list[str]:
            return sorted(str(key.value) for key in table.rows)

        assert rows() == ["s0", "s1", "s2", "s3"]
        # Bob's two interviews are his to recap: not counted as mine to send.
        assert "2 recaps to send" in str(where.render())
        states = {str(key.value): str(table.get_row(key)[0]) for key in table.rows}
        assert states == {
            "s0": "✉ recap due",
            "s1": "✉ theirs",
            "s2": "✉ recap due",
            "s3": "✉ theirs",
        }
        await pilot.press("f4")
        await pilot.pause()
        assert rows() == ["s0", "s2"]  # mine, and the one from before team sync
        assert "only yours, 2 of 4 (F4: everyone's)" in str(where.render())
        await pilot.press("f4")
        await pilot.pause()
        assert rows() == ["s0", "s1", "s2", "s3"]
        assert "only yours" not in str(where.render())


async def test_an_empty_home_says_how_to_start_and_fits_80_columns(isolated_dirs: Paths) -> None:
    work = Workspace(isolated_dirs)
    teammate = factories.session(session_id="bob-1", ended=True)
    teammate.writer = "bob-x1-77e0a1"
    work.store.save(teammate)
    app = InterviewApp(work)
    async with app.run_test(size=(80, 24)) as pilot:
        await home_ready(pilot)
        await pilot.press("f4")  # only mine: none
        await pilot.pause()
        table = app.screen.query_one("#sessions", DataTable)
        assert [str(cell) for cell in table.get_row_at(0)[:2]] == ["—", "none of yours"]
        assert "only yours, 0 of 1 (F4: everyone's)" in str(
            app.screen.query_one("#where", Static).render()
        )
    (isolated_dirs.sessions_dir / "bob-1.json").unlink()
    async with InterviewApp(Workspace(isolated_dirs)).run_test(size=(80, 24)) as pilot:
        await workers_done(pilot)
        await pilot.pause()
        where = str(pilot.app.screen.query_one("#where", Static).render())
        assert "none yet: ctrl+n starts your first interview" in where
