"""Home says where each session stands in the words `wfinterview list` uses, for every state
a session can be in (tests/cli/test_list_fits.py holds `list` to the same words); a cell
cut to fit ends in "…" and the line under the table shows the highlighted session whole."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from tests import factories
from tests.cli.test_list_fits import every_state
from tests.tui.helpers import home_ready, screen_text
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp


async def test_home_shows_each_state_in_lists_words(isolated_dirs: Paths) -> None:
    every_state(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await home_ready(pilot)
        table = app.screen.query_one("#sessions", DataTable)
        rows = [
            (str(table.get_cell_at((row, 1))), str(table.get_cell_at((row, 0))))
            for row in range(table.row_count)
        ]
        # Open first, then recaps still to send (oldest call first), then the rest.
        assert rows == [
            ("Olivia Open", "● open"),
            ("Dana Due", "✉ recap due"),
            ("Drew Drafted", "✉ recap due"),  # drafted, never marked sent
            ("Sam Sent", "✓ sent"),
            ("Theo Teammate", "✉ theirs"),
            ("Tess Teammate-Sent", "✓ sent"),
        ]


async def test_a_cut_cell_ends_in_an_ellipsis_and_shows_whole_below(isolated_dirs: Paths) -> None:
    SessionStore(isolated_dirs.sessions_dir).save(
        factories.session(
            "20261120-1000-jordan-ab12",
            name="Jordan Lee-Hawthorne de la Vega",
            engagement="Acme Retail Group (EMEA)",
            ended=True,
        )
    )
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await home_ready(pilot)
        text = screen_text(app)
        row = next(line for line in text.splitlines() if "recap due" in line)
        assert "Jordan Lee…" in row and "Acme Reta…" in row
        detail = str(app.screen.query_one("#detail", Static).render())
        assert detail == (
            "Jordan Lee-Hawthorne de la Vega · Campaign Lead · Acme Retail Group (EMEA) · "
            "round 1 · Fri 20 Nov 2026 10:00 · ✉ recap due"
        )


async def test_home_forgets_the_reviews_notices(isolated_dirs: Paths) -> None:
    SessionStore(isolated_dirs.sessions_dir).save(factories.session(ended=True))
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await home_ready(pilot)
        await pilot.press("enter", "ctrl+z")  # the review: "Nothing to undo."
        await pilot.pause()
        assert [str(n.message) for n in app._notifications] == ["Nothing to undo."]
        await pilot.press("escape")
        await home_ready(pilot)
        assert list(app._notifications) == []
        assert "Nothing to undo" not in screen_text(app)
