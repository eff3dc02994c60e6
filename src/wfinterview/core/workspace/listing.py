"""What `wfinterview list` shows of each session, kept in a rebuildable index.

Reading and strictly validating a thousand session files takes longer than everything
else `list` does. The index keeps, per session file, the one row `list` prints, keyed by
the file's size, modification time, change time and inode: a file that is unchanged
since it was last validated gives its row back without being read again; any other file
is read and validated as it always is, and its row replaces the old one.

The index is a cache and never the only copy of anything: it lives in the data folder's
`cache/` area, holds nothing a session file does not, and is checked field by field when
read back (it may have been damaged, or written by another program). A missing, corrupt
or stale index is ignored and rebuilt; if it cannot be written, `list` still works.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.outside import load_json, read_outside
from wfinterview.core.storage.stamps import Stamp, stamp_from_json, stamp_of
from wfinterview.core.storage.store import (
    LoadResult,
    SessionFileProblem,
    SessionStore,
    UnreadableSession,
)

if TYPE_CHECKING:  # validated only for a file the index does not know as it is now
    from wfinterview.core.synthesis.digest import SessionDigest

INDEX_FORMAT = "wfinterview.listing-index"
INDEX_VERSION = 3  # 2: rows know how many notes are tagged; 3: the writer of each session


@dataclass(frozen=True)
class SessionSummary:
    """One session as `list` and the home screen show it."""

    id: str
    participant: str
    role: str
    engagement: str
    round: int
    started_at: datetime
    ended_at: datetime | None
    elapsed_seconds: float
    planned_minutes: int
    notes: int
    tag_counts: dict[str, int]  # every tag on every note, a tag typed twice counted twice
    tagged_notes: int  # notes with at least one tag (home's ASCII-only "tags" column)
    finished: bool
    recap_sent: bool
    writer: str  # who records it ("" before team sync)

    @classmethod
    def of(cls, session: SessionDigest) -> SessionSummary:
        counts = Counter(tag for note in session.notes for tag in note.get("tags", ()))
        return cls(
            id=session.id,
            participant=session.participant.name,
            role=session.participant.role,
            engagement=session.engagement,
            round=session.round,
            started_at=session.started_at,
            ended_at=session.ended_at,
            elapsed_seconds=session.elapsed_seconds,
            planned_minutes=session.planned_minutes,
            notes=len(session.notes),
            tag_counts=dict(counts),
            tagged_notes=sum(1 for note in session.notes if note.get("tags")),
            finished=session.finished,
            recap_sent=session.recap is not None and session.recap.sent_at is not None,
            writer=session.writer,
        )


def list_sessions(store: SessionStore, index_file: Path | None) -> LoadResult[SessionSummary]:
    """Every readable session's summary, newest first, and every file left alone.

    Exactly the sessions and problems `store.load_all()` gives, from the index where a
    file has not changed since it was validated.
    """
    if not store.dir.is_dir():
        return LoadResult([], [])
    known = _read_index(index_file) if index_file is not None else {}
    fresh: dict[str, tuple[Stamp, SessionSummary]] = {}
    problems: list[SessionFileProblem] = []
    for entry in os.scandir(store.dir):
        if not entry.name.endswith(".json"):
            continue
        stamp = stamp_of(entry)
        cached = known.get(entry.name)
        if stamp is not None and cached is not None and cached[0] == stamp:
            fresh[entry.name] = cached
            continue
        from wfinterview.core.synthesis.digest import SessionDigest

        try:
            session = store.load_path(Path(entry.path), SessionDigest)
        except UnreadableSession as unreadable:
            problems.append(unreadable.problem)  # never indexed: reported every time
            continue
        if stamp is not None:
            fresh[entry.name] = (stamp, SessionSummary.of(session))
    if index_file is not None and fresh != known:
        _write_index(index_file, fresh)
    sessions = sorted((s for _, s in fresh.values()), key=lambda s: s.started_at, reverse=True)
    problems.sort(key=lambda p: p.path.name)
    return LoadResult(sessions, problems)


def _read_index(path: Path) -> dict[str, tuple[Stamp, SessionSummary]]:
    try:
        data = load_json(read_outside(path))  # any depth or size: rebuilt
        if data["format"] != INDEX_FORMAT or data["version"] != INDEX_VERSION:
            return {}
        return {name: _entry(name, row) for name, row in data["files"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}  # missing, damaged or foreign: rebuilt from the session files


def _entry(name: str, row: Any) -> tuple[Stamp, SessionSummary]:
    """One index row, every field checked; a wrong one raises and the index is dropped."""
    if not isinstance(name, str):
        raise TypeError("bad name")
    stamp = stamp_from_json(row["stamp"])
    fields = row["summary"]
    if set(fields) != _FIELDS.keys():
        raise KeyError("bad summary fields")
    for field, kind in _FIELDS.items():
        if type(fields[field]) not in kind:
            raise TypeError(field)
    counts = fields["tag_counts"]
    if not all(isinstance(k, str) and type(v) is int for k, v in counts.items()):
        raise TypeError("tag_counts")
    started = _aware(fields["started_at"])
    ended = None if fields["ended_at"] is None else _aware(fields["ended_at"])
    summary = SessionSummary(**{**fields, "started_at": started, "ended_at": ended})
    return stamp, summary


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("a time without its offset")
    return moment


_FIELDS: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "participant": (str,),
    "role": (str,),
    "engagement": (str,),
    "round": (int,),
    "started_at": (str,),
    "ended_at": (str, type(None)),
    "elapsed_seconds": (float, int),
    "planned_minutes": (int,),
    "notes": (int,),
    "tag_counts": (dict,),
    "tagged_notes": (int,),
    "finished": (bool,),
    "recap_sent": (bool,),
    "writer": (str,),
}


def _write_index(path: Path, rows: dict[str, tuple[Stamp, SessionSummary]]) -> None:
    files = {}
    for name, (stamp, summary) in sorted(rows.items()):
        fields: dict[str, object] = asdict(summary)
        fields["started_at"] = summary.started_at.isoformat()
        fields["ended_at"] = summary.ended_at.isoformat() if summary.ended_at else None
        files[name] = {"stamp": list(stamp), "summary": fields}
    data = {"format": INDEX_FORMAT, "version": INDEX_VERSION, "files": files}
    try:
        ensure_private_dir(path.parent)
        write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # a read-only data folder: the next `list` reads the session files again
