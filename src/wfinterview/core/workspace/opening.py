"""Starting and reopening interviews: the session file and its lock, before any screen."""

from __future__ import annotations

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Agenda, Session, now
from wfinterview.core.interview.live import new_session
from wfinterview.core.storage.lock import SessionLock
from wfinterview.core.storage.state import remember
from wfinterview.core.workspace.workspace import Workspace


def start_interview(
    workspace: Workspace,
    agenda: Agenda,
    participant: str,
    engagement: str,
    minutes: int | None,
    round_number: int | None = None,
) -> tuple[Session, SessionLock]:
    """A new session, saved to disk and locked, ready for the cockpit; in the engagement's
    latest round unless another is given."""
    if not participant.strip():
        raise UserError("the participant's name is empty")
    if round_number is not None and round_number < 1:
        raise UserError("the round is a whole number from 1")
    store = workspace.store
    engagement = engagement.strip()
    session = new_session(
        store.new_id(participant, now()),
        agenda,
        participant.strip(),
        engagement,
        minutes or workspace.config.default_minutes or agenda.minutes,
        workspace.config.facilitator,
        round_number or latest_round(workspace, engagement),
        writer=workspace.paths.writer,
    )
    lock = store.lock(session.id)
    try:
        store.save(session)
    except BaseException:
        lock.release()
        raise
    remember(workspace.paths.state_file, engagement=session.engagement)
    return session, lock


def latest_round(workspace: Workspace, engagement: str) -> int:
    """The engagement's latest round among everyone's interviews (1 for a new one): the
    next interview belongs to it until someone starts the next round."""
    rounds = [s.round for s in workspace.list_sessions().sessions if s.engagement == engagement]
    return max(rounds, default=1)


def reopen_interview(workspace: Workspace, session_id: str | None) -> tuple[Session, SessionLock]:
    """The session (the latest unfinished one when no id is given), locked for this cockpit."""
    store = workspace.store
    if session_id is None:
        latest = next((s for s in workspace.list_sessions().sessions if not s.finished), None)
        if latest is None:
            raise UserError(
                "no unfinished session to resume; `wfinterview list` shows every session"
            )
        session_id = latest.id
    lock = store.lock(session_id)
    try:
        # Read after locking, so no other cockpit can have written since.
        session = _own(workspace, store.load(session_id))
    except BaseException:
        lock.release()
        raise
    session.ended_at = None
    return session, lock


def open_for_review(workspace: Workspace, session_id: str) -> tuple[Session, SessionLock]:
    """A session locked for fixing after the call; it stays as it is (ended or not)."""
    lock = workspace.store.lock(session_id)
    try:
        return _own(workspace, workspace.store.load(session_id)), lock
    except BaseException:
        lock.release()
        raise


def _own(workspace: Workspace, session: Session) -> Session:
    """The session, if this installation may change it: in a shared data folder each
    session file has one writer, so a sync tool never has to merge it. One from before
    team sync becomes this installation's when it is first changed here."""
    me = workspace.paths.writer
    if session.writer and session.writer != me:
        raise UserError(
            f"session {session.id} is recorded by {session.writer}; only that installation "
            "changes it (you see it in the list, synthesis and reports)"
        )
    session.writer = me
    return session
