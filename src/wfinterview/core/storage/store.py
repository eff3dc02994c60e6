"""Sessions on disk: one JSON file each, written atomically and durably, owner-only.

A file this program cannot read (truncated, junk, a newer version, wrong fields) is
reported and left exactly as it is: it may be the only copy of someone's notes.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, Protocol, Self, TypeVar, overload

from pydantic import ValidationError

from wfinterview.core.framework.errors import UserError, validation_problems
from wfinterview.core.framework.models import SESSION_FORMAT, SESSION_VERSION, Session
from wfinterview.core.framework.text import slug
from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.lock import SessionLock
from wfinterview.core.storage.outside import load_json, read_outside, why_unreadable

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$")


@dataclass(frozen=True)
class SessionFileProblem:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class UnreadableSession(UserError):
    def __init__(self, problem: SessionFileProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class SessionLike(Protocol):
    id: str
    started_at: datetime

    @classmethod
    def model_validate_json(cls, json_data: bytes) -> Self: ...


S = TypeVar("S", bound=SessionLike)
Row = TypeVar("Row")  # a session, or what a listing keeps of one


@dataclass
class LoadResult(Generic[Row]):
    sessions: list[Row]
    problems: list[SessionFileProblem]


class SessionStore:
    def __init__(self, sessions_dir: Path, locks_dir: Path | None = None) -> None:
        self.dir = sessions_dir
        # Lock files are this machine's business: in a shared data folder they live in
        # the writer's own folder (Paths.locks_dir), never beside the sessions.
        self.locks_dir = locks_dir or sessions_dir

    def path_for(self, session_id: str) -> Path:
        if not _SAFE_ID.match(session_id):
            raise UserError(f"'{session_id}' is not a session id (see `wfinterview list`)")
        return self.dir / f"{session_id}.json"

    def lock(self, session_id: str) -> SessionLock:
        ensure_private_dir(self.dir)
        ensure_private_dir(self.locks_dir)
        return SessionLock(self.locks_dir / f".{session_id}.lock", session_id).acquire()

    @staticmethod
    def serialize(session: Session) -> bytes:
        return session.model_dump_json(indent=1).encode("utf-8")

    def save(self, session: Session) -> None:
        self.write(session.id, self.serialize(session))

    def write(self, session_id: str, data: bytes) -> None:
        ensure_private_dir(self.dir)
        write_atomic(self.path_for(session_id), data)

    def load(self, session_id: str) -> Session:
        path = self.path_for(session_id)
        if not path.exists() and not path.is_symlink():
            raise UserError(
                f"no session with id '{session_id}' in {self.dir} (see `wfinterview list`)"
            )
        return self.load_path(path)

    @overload
    def load_path(self, path: Path) -> Session: ...
    @overload
    def load_path(self, path: Path, model: type[S]) -> S: ...
    def load_path(self, path: Path, model: type[SessionLike] = Session) -> SessionLike:
        try:
            raw = read_own_file(path)
        except OSError as error:
            reason = why_unreadable(error)
            raise UnreadableSession(SessionFileProblem(path, reason)) from None
        try:
            session = model.model_validate_json(raw)
        except ValidationError as error:
            raise UnreadableSession(SessionFileProblem(path, diagnose(raw, error))) from None
        if session.id != path.stem:
            reason = (
                f"its id '{session.id}' does not match the file name; rename one to match the other"
            )
            raise UnreadableSession(SessionFileProblem(path, reason))
        return session

    @overload
    def load_all(self) -> LoadResult[Session]: ...
    @overload
    def load_all(self, model: type[S]) -> LoadResult[S]: ...
    def load_all(self, model: type[SessionLike] = Session) -> LoadResult[Any]:
        """Every readable session, newest first, and a report of every file left alone.

        `model` may be a lighter view of a session (synthesis reads only what it counts).
        """
        sessions: list[SessionLike] = []
        problems: list[SessionFileProblem] = []
        if not self.dir.is_dir():
            return LoadResult([], [])
        for path in self.dir.glob("*.json"):
            try:
                sessions.append(self.load_path(path, model))
            except UnreadableSession as unreadable:
                problems.append(unreadable.problem)
        sessions.sort(key=lambda s: s.started_at, reverse=True)
        problems.sort(key=lambda p: p.path.name)
        return LoadResult(sessions, problems)

    def latest_unfinished(self) -> Session | None:
        return next((s for s in self.load_all().sessions if not s.finished), None)

    def new_id(self, participant: str, started_at: datetime) -> str:
        """A new session's id: "20261006-1300-ana-garcia-3f9a", its name transliterated.

        Ids written before names were transliterated ("ana-garca") stay valid: an id is
        only ever looked up as a file name, never rebuilt from the name.
        """
        name = slug(participant)
        while True:
            session_id = f"{started_at:%Y%m%d-%H%M}-{name}-{secrets.token_hex(2)}"
            if not self.path_for(session_id).exists():
                return session_id


def read_own_file(path: Path) -> bytes:
    """A file of the data folder, read by the one rule for files from outside
    (core/storage/outside.py): a regular file, not a link, of a sane size."""
    return read_outside(path)


def diagnose(
    raw: bytes,
    error: ValidationError,
    file_format: str = SESSION_FORMAT,
    version: int = SESSION_VERSION,
) -> str:
    """Say in words why a file can't be used; parse it loosely only on failure."""
    try:
        data = load_json(raw)
    except UnicodeDecodeError:
        return "is not UTF-8 text"
    except json.JSONDecodeError as bad:
        return f"is not valid JSON (truncated or damaged?) at line {bad.lineno}, column {bad.colno}"
    except ValueError as deep:  # nested deeper than any session
        return str(deep)
    if not isinstance(data, dict) or data.get("format") != file_format:
        return f"is not a {file_format.replace('.', ' ', 1)} file"  # "wfinterview session"
    found = data.get("version")
    if isinstance(found, int) and found > version:
        return (
            f"was written by a newer wfinterview (file version {found}); "
            "upgrade wfinterview to open it"
        )
    problems = validation_problems(error)
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return "has invalid fields: " + "; ".join(problems[:3]) + more
