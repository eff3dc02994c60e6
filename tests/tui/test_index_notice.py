"""A damaged local index is rebuilt and said once on home, as a warning; the sessions are
listed all the same."""

from __future__ import annotations

from tests import factories
from tests.tui.helpers import home_ready
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.home import HomeScreen


async def test_home_says_once_that_a_damaged_index_was_rebuilt(isolated_dirs: Paths) -> None:
    work = Workspace(isolated_dirs)
    work.store.save(factories.session("s1", name="Ana"))
    work.list_sessions()
    work.index.close()
    isolated_dirs.index_file.write_bytes(b"no database here " * 300)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test() as pilot:
        await home_ready(pilot)
        said = [n.message for n in app._notifications]
        assert said == [
            f"the local index {isolated_dirs.index_file} was damaged "
            "(file is not a database); it was rebuilt"
        ]
        assert [n.severity for n in app._notifications] == ["warning"]
        screen = pilot.app.screen
        assert isinstance(screen, HomeScreen) and list(screen._sessions) == ["s1"]
