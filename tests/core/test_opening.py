from __future__ import annotations

import pytest

from wfinterview.core.framework.errors import UserError
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.state import read_state
from wfinterview.core.workspace.opening import reopen_interview, start_interview
from wfinterview.core.workspace.workspace import Workspace


def test_planned_minutes_given_else_config_default_else_the_agendas(isolated_dirs: Paths) -> None:
    workspace = Workspace(isolated_dirs)
    agenda = workspace.catalog.get("ops")
    session, lock = start_interview(workspace, agenda, "Ana", "Acme", 20)
    lock.release()
    assert session.planned_minutes == 20
    session, lock = start_interview(workspace, agenda, "Ana", "Acme", None)
    lock.release()
    assert session.planned_minutes == agenda.minutes == 25
    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    isolated_dirs.config_file.write_text("default_minutes = 30\n", encoding="utf-8")
    workspace = Workspace(isolated_dirs)
    session, lock = start_interview(workspace, agenda, "Ana", "Acme", None)
    lock.release()
    assert session.planned_minutes == 30


def test_start_saves_locks_and_remembers_the_engagement(isolated_dirs: Paths) -> None:
    workspace = Workspace(isolated_dirs)
    session, lock = start_interview(
        workspace, workspace.catalog.get("creator"), "  Priya ", " Beta Co ", None
    )
    assert (session.participant.name, session.engagement, session.current_step) == (
        "Priya",
        "Beta Co",
        "role",
    )
    assert workspace.store.load(session.id) == session
    assert read_state(isolated_dirs.state_file) == {"engagement": "Beta Co"}
    with pytest.raises(UserError, match="already open"):
        reopen_interview(workspace, session.id)
    lock.release()
    reopened, lock = reopen_interview(workspace, None)
    assert reopened.id == session.id
    lock.release()


def test_an_empty_participant_name_is_refused(isolated_dirs: Paths) -> None:
    workspace = Workspace(isolated_dirs)
    with pytest.raises(UserError, match="participant's name is empty"):
        start_interview(workspace, workspace.catalog.get("ops"), "   ", "", None)


def test_a_round_is_the_one_given_from_1_else_the_engagements_latest(
    isolated_dirs: Paths,
) -> None:
    workspace = Workspace(isolated_dirs)
    agenda = workspace.catalog.get("ops")
    rounds = []
    for given in (None, 2, None, 1):
        session, lock = start_interview(workspace, agenda, "Ana", "Acme", None, given)
        lock.release()
        rounds.append(session.round)
    assert rounds == [1, 2, 2, 1]
    with pytest.raises(UserError, match="the round is a whole number from 1"):
        start_interview(workspace, agenda, "Ana", "Acme", None, 0)
