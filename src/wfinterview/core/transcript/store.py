"""Transcripts on disk: `DATA_DIR/transcripts/<session id>.json`, one per interview.

Their own folder, never `sessions/`, where every `*.json` is read as a session. Like the
session it belongs to, a transcript has one writer (core/workspace/opening.py): in a
shared data folder only the installation that records the session adds, replaces or
removes its transcript, and teammates read it. Written atomically, owner-only
(core/storage/atomic.py); read like any file from outside (core/storage/outside.py), so a
damaged, huge or deeply nested one is reported in one line and left as it is.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Session
from wfinterview.core.storage.atomic import fsync_dir, write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.outside import read_outside, why_unreadable
from wfinterview.core.storage.store import SessionStore, diagnose
from wfinterview.core.transcript.model import TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION, Transcript
from wfinterview.core.transcript.quotes import verified_quotes


class UnreadableTranscript(UserError):
    """A transcript file that cannot be used: "PATH: why", in one line."""


class TranscriptStore:
    def __init__(self, data_dir: Path) -> None:
        self.dir = data_dir / "transcripts"

    def path_for(self, session_id: str) -> Path:
        # The same ids as sessions, checked the same way (no "../" ever reaches a path).
        return self.dir / SessionStore(self.dir).path_for(session_id).name

    def exists(self, session_id: str) -> bool:
        path = self.path_for(session_id)
        return path.exists() or path.is_symlink()

    def load(self, session_id: str) -> Transcript | None:
        """The session's transcript, None when it has none; UnreadableTranscript when its
        file cannot be used."""
        path = self.path_for(session_id)
        if not self.exists(session_id):
            return None
        try:
            raw = read_outside(path)
        except OSError as error:
            raise UnreadableTranscript(f"{path}: {why_unreadable(error)}") from None
        try:
            transcript = Transcript.model_validate_json(raw)
        except ValidationError as error:
            raise UnreadableTranscript(
                f"{path}: {diagnose(raw, error, TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION)}"
            ) from None
        if transcript.session_id != session_id:
            raise UnreadableTranscript(
                f"{path}: it belongs to session '{transcript.session_id}', not '{session_id}'"
            )
        return transcript

    def verified_quotes(self, session: Session) -> tuple[frozenset[str], str | None]:
        """The session's quotes said word for word in its transcript (quotes.py
        `verified_quotes`), and a line when its transcript could not be read, so that a
        recap is still drafted, without the transcript, and says so."""
        try:
            return verified_quotes(session, self.load(session.id)), None
        except UserError as error:
            return frozenset(), " ".join(error.lines)

    def load_many(self, session_ids: Iterable[str]) -> tuple[dict[str, Transcript], list[str]]:
        """The transcripts of these sessions (those that have one), and a line for each
        file that could not be read ("PATH: why"), for an export to warn about."""
        found: dict[str, Transcript] = {}
        problems: list[str] = []
        for session_id in session_ids:
            try:
                transcript = self.load(session_id)
            except UserError as error:
                problems.extend(error.lines)
                continue
            if transcript is not None:
                found[session_id] = transcript
        return found, problems

    def save(self, transcript: Transcript, session: Session, writer: str) -> Path:
        check_writer(session, writer)
        ensure_private_dir(self.dir)
        path = self.path_for(transcript.session_id)
        write_atomic(path, transcript.model_dump_json(indent=1).encode("utf-8"))
        return path

    def remove(self, session: Session, writer: str) -> bool:
        """Delete the session's transcript; False when it had none."""
        check_writer(session, writer)
        path = self.path_for(session.id)
        try:
            os.unlink(path)
        except FileNotFoundError:
            return False
        fsync_dir(self.dir)
        return True


def check_writer(session: Session, writer: str) -> None:
    """Only the installation that records a session changes its transcript."""
    if session.writer and session.writer != writer:
        raise UserError(
            f"session {session.id} is recorded by {session.writer}; only that installation "
            "adds or removes its transcript (you can read it)"
        )
