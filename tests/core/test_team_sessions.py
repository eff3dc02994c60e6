"""In a shared data folder each session file has one writer: the installation that
recorded it. Others read it everywhere, and never change it."""

from __future__ import annotations

import pytest

from tests import factories
from wfinterview.core.framework.errors import UserError
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.opening import open_for_review, reopen_interview, start_interview
from wfinterview.core.workspace.workspace import Workspace


def test_a_new_session_names_this_installations_writer(isolated_dirs: Paths) -> None:
    work = Workspace(isolated_dirs)
    session, lock = start_interview(work, work.catalog.get("ops"), "Ana", "Acme", None)
    lock.release()
    assert session.writer == isolated_dirs.writer
    assert work.store.load(session.id).writer == isolated_dirs.writer
    assert [s.writer for s in work.list_sessions().sessions] == [isolated_dirs.writer]


@pytest.mark.parametrize("opening", [open_for_review, reopen_interview])
def test_a_teammates_session_is_never_changed_here(isolated_dirs: Paths, opening: object) -> None:
    work = Workspace(isolated_dirs)
    theirs = factories.session(session_id="s1")
    theirs.writer = "bob-x1-77e0a1"
    work.store.save(theirs)
    before = work.store.path_for("s1").read_bytes()
    with pytest.raises(UserError) as raised:
        opening(work, "s1")  # type: ignore[operator]
    assert str(raised.value) == (
        "session s1 is recorded by bob-x1-77e0a1; only that installation changes it "
        "(you see it in the list, synthesis and reports)"
    )
    assert work.store.path_for("s1").read_bytes() == before
    work.store.lock("s1").release()  # the refusal let the lock go


def test_a_session_from_before_team_sync_becomes_the_openers(isolated_dirs: Paths) -> None:
    work = Workspace(isolated_dirs)
    work.store.save(factories.session(session_id="s1"))
    session, lock = open_for_review(work, "s1")
    lock.release()
    assert session.writer == isolated_dirs.writer
