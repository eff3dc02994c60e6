"""Where a session stands, in the words home and `wfinterview list` both use.

One list of states, one word for each, so the screen and the command never disagree: an
interview still open, a recap this user still has to send (drafted or not: it is sent
only once marked sent), a teammate's interview whose recap is theirs, a recap sent.
"""

from __future__ import annotations

from enum import Enum

from wfinterview.core.workspace.listing import SessionSummary


class SessionState(Enum):
    """A session's state; the value is what home and `list` show."""

    OPEN = "● open"
    RECAP_DUE = "✉ recap due"
    THEIRS = "✉ theirs"  # a teammate's interview: their recap to send
    SENT = "✓ sent"

    def label(self, ascii_only: bool = False) -> str:
        """The state's words, without the mark where only ASCII is wanted."""
        return self.value.split(" ", 1)[1] if ascii_only else self.value


def is_mine(session: SessionSummary, me: str) -> bool:
    """Recorded by this installation; sessions from before team sync have no writer, and in
    a folder of one's own they are all one's own."""
    return session.writer in (me, "")


def recap_due(session: SessionSummary, me: str) -> bool:
    """A recap this user still has to send (a teammate's interview is theirs to recap)."""
    return session.finished and not session.recap_sent and is_mine(session, me)


def session_state(session: SessionSummary, me: str) -> SessionState:
    if not session.finished:
        return SessionState.OPEN
    if session.recap_sent:
        return SessionState.SENT
    return SessionState.RECAP_DUE if is_mine(session, me) else SessionState.THEIRS
