"""The sessions as the index knows them, brought up to date with the files first.

Sessions stay the truth. Every question starts with `snapshot()`: the session folder is
listed, each file's stamp (size, modification and change times in nanoseconds, inode:
core/storage/stamps.py) compared with the one its row was made from, and only a file
whose stamp differs is read and validated again; a file gone, or no longer readable,
loses its row. A file is kept under the stamp taken before it was read, and only if
the same stamp is seen after: a session saved while it was being read is answered as
read this time, but never kept, so no later answer comes from what it held before.

When the index cannot be used (a read-only cache folder, another writer holding it for
longer than the busy timeout), every file is read as if there were no index; when it
proves damaged while in use, it is deleted, rebuilt, and the question asked again.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from wfinterview.core.storage.stamps import Stamp, stamp_of
from wfinterview.core.workspace.index import rows
from wfinterview.core.workspace.index.database import (
    IndexUnavailable,
    damaged,
    delete_index,
    open_index,
    reading,
    writing,
)
from wfinterview.core.workspace.index.notes import index_notes
from wfinterview.core.workspace.index.summary import SessionSummary

# Imported when a file has to be read: a warm question never validates anything.
if TYPE_CHECKING:
    from wfinterview.core.storage.store import SessionFileProblem, SessionStore
    from wfinterview.core.synthesis.digest import AgendaDigest, SessionDigest

T = TypeVar("T")


@dataclass
class Snapshot:
    """The session folder as it is now."""

    # Session id -> the stamp of what the index holds for it (its file unchanged since).
    kept: dict[str, Stamp] = field(default_factory=dict)
    # Sessions read from their files this time; `stable` says which kept one stamp
    # from before the read to after it (the others are answered but never cached).
    read: dict[str, SessionDigest] = field(default_factory=dict)
    stable: dict[str, Stamp] = field(default_factory=dict)
    problems: list[SessionFileProblem] = field(default_factory=list)

    @property
    def stamps(self) -> dict[str, Stamp]:
        """Every session answered for, by the stamp of what it was read from."""
        return {**self.kept, **self.stable}


class SessionIndex:
    """One data folder's index (database.py), for one process; safe across threads."""

    def __init__(
        self,
        file: Path | None,
        sessions_dir: Path,
        data_dir: Path,
        store: Callable[[], SessionStore],
    ) -> None:
        self.file = file
        self.sessions_dir = sessions_dir
        self.data_dir = data_dir
        self._store = store  # asked for only when a file has to be read
        self.notices: list[str] = []  # one line each, for the user (a damaged index rebuilt)
        self._connection: sqlite3.Connection | None = None
        self._unavailable = file is None
        self._lock = threading.RLock()
        self._agendas: dict[str, AgendaDigest] = {}

    # -- what the commands and screens ask ------------------------------------------------

    def summaries(self) -> tuple[list[SessionSummary], list[SessionFileProblem]]:
        """What `list` shows of every readable session, newest first, and the files skipped."""

        def ask(snap: Snapshot, connection: sqlite3.Connection | None) -> list[SessionSummary]:
            found = [SessionSummary.of(d) for d in snap.read.values()]
            if connection is not None and snap.kept:
                query = f"SELECT {rows.SUMMARY_COLUMNS}, size, mtime_ns, ctime_ns, inode"
                for row in connection.execute(query + " FROM sessions"):
                    if snap.kept.get(row[0]) == tuple(row[-4:]):
                        found.append(rows.summary_of(row[:-4]))
            return found

        snap, found = self.ask(ask)
        found.sort(key=lambda s: (s.started_at, s.id), reverse=True)
        return found, snap.problems

    def digests(
        self, engagement: str | None = None
    ) -> tuple[list[SessionDigest], dict[str, Stamp], list[SessionFileProblem]]:
        """Every readable session as synthesis reads it (only `engagement`'s, if given), the
        stamp each was read under (none for a file saved while it was read), and the files
        skipped (in any engagement: a file that cannot be read has none)."""

        def ask(snap: Snapshot, connection: sqlite3.Connection | None) -> list[SessionDigest]:
            found = [
                d for d in snap.read.values() if engagement is None or d.engagement == engagement
            ]
            if connection is None or not snap.kept:
                return found
            query = "SELECT id, agenda, digest, size, mtime_ns, ctime_ns, inode FROM sessions"
            where = (" WHERE engagement = ?", (engagement,)) if engagement is not None else ("", ())
            with rows.quiet_collector():
                for sid, key, blob, *stamp in connection.execute(query + where[0], where[1]):
                    if snap.kept.get(sid) == tuple(stamp):
                        found.append(rows.digest_of(blob, self._agenda(connection, key)))
            return found

        snap, found = self.ask(ask)
        found.sort(key=lambda s: (s.started_at, s.id), reverse=True)
        return found, snap.stamps, snap.problems

    def ask(
        self, question: Callable[[Snapshot, sqlite3.Connection | None], T], words: bool = False
    ) -> tuple[Snapshot, T]:
        """The folder brought up to date (and, with `words`, every note's words indexed),
        then `question` asked of the index in one read transaction (None: no index this
        time, everything in the snapshot was read from the files). A damaged index is
        rebuilt once and the question asked again."""
        if not self.sessions_dir.is_dir():  # nothing yet: no index made for it either
            return Snapshot(), question(Snapshot(), None)
        # Stamps and rows of every session are many small objects, none in a cycle: at
        # 10,000 sessions the collector walking them took longer than the look at the folder.
        with self._lock, rows.quiet_collector():
            for _ in range(2):
                connection = self._open()
                if connection is None:
                    break
                try:
                    snap = self._snapshot(connection)
                    if words:
                        index_notes(connection)
                    with reading(connection):
                        self._settle(snap, connection)
                        return snap, question(snap, connection)
                except (sqlite3.Error, rows.DamagedRow) as error:
                    if isinstance(error, sqlite3.Error) and not damaged(error):
                        break  # busy beyond the timeout: the files are read this time
                    self._rebuild(error)
            snap = self._snapshot(None)
            return snap, question(snap, None)

    def query(self, question: Callable[[sqlite3.Connection], T], wait: bool = True) -> T | None:
        """`question` asked of the index as it is, the folder not looked at (the caller
        checks each answer's stamps against what it read); None when the index cannot
        answer now (none, busy, damaged: the next `ask` rebuilds it). `wait` False: None
        at once if another thread of this program is using the index (a screen's key
        press never waits on a worker's rebuild)."""
        if not self._lock.acquire(blocking=wait):
            return None
        try:
            connection = self._open()
            if connection is None:
                return None
            return question(connection)
        except (sqlite3.Error, rows.DamagedRow):
            return None
        finally:
            self._lock.release()

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    # -- keeping the index up to date ------------------------------------------------------

    def _snapshot(self, connection: sqlite3.Connection | None) -> Snapshot:
        snap = Snapshot()
        known: dict[str, Stamp] = {}
        if connection is not None:
            query = "SELECT id, size, mtime_ns, ctime_ns, inode FROM sessions"
            known = {sid: (a, b, c, d) for sid, a, b, c, d in connection.execute(query)}
        fresh: list[tuple[SessionDigest, Stamp, Path]] = []
        for sid, stamp in self._files():
            if stamp is not None and known.get(sid) == stamp:
                snap.kept[sid] = stamp
                continue
            digest = self._read(sid, snap)
            path = self.sessions_dir / f"{sid}.json"
            if digest is not None and stamp is not None and file_stamp(path) == stamp:
                snap.stable[sid] = stamp
                fresh.append((digest, stamp, path))
        snap.problems.sort(key=lambda p: p.path.name)
        gone = [sid for sid in known if sid not in snap.kept]
        if connection is not None and (fresh or gone):
            self._write(connection, fresh, gone)
        return snap

    def _read(self, sid: str, snap: Snapshot) -> SessionDigest | None:
        """The session file read and validated now, into `snap` (or its problem)."""
        from wfinterview.core.storage.store import UnreadableSession
        from wfinterview.core.synthesis.digest import SessionDigest

        try:
            digest = self._store().load_path(self.sessions_dir / f"{sid}.json", SessionDigest)
        except UnreadableSession as unreadable:
            snap.problems.append(unreadable.problem)  # never kept: said every time
            return None
        snap.read[sid] = digest
        return digest

    def _settle(self, snap: Snapshot, connection: sqlite3.Connection) -> None:
        """Inside the question's read transaction: a row another window replaced or
        removed after this snapshot took it as kept is not this snapshot's any more; that
        session is read from its file now (answered, not kept)."""
        query = "SELECT id, size, mtime_ns, ctime_ns, inode FROM sessions"
        rows_now = {sid: (a, b, c, d) for sid, a, b, c, d in connection.execute(query)}
        for sid in [sid for sid, stamp in snap.kept.items() if rows_now.get(sid) != stamp]:
            del snap.kept[sid]
            self._read(sid, snap)
        snap.problems.sort(key=lambda p: p.path.name)

    def _files(self) -> Iterable[tuple[str, Stamp | None]]:
        """Each `.json` file's name without it, and its stamp (no Path made: a thousand
        of them cost more than the rest of a warm look at the folder)."""
        try:
            entries = list(os.scandir(self.sessions_dir))
        except (FileNotFoundError, NotADirectoryError):
            return []
        return [(e.name[:-5], stamp_of(e)) for e in entries if e.name.endswith(".json")]

    def _write(
        self,
        connection: sqlite3.Connection,
        fresh: list[tuple[SessionDigest, Stamp, Path]],
        gone: list[str],
    ) -> None:
        agendas: dict[int, tuple[str, str]] = {}
        made = [(rows.session_row(d, stamp, agendas), path) for d, stamp, path in fresh]
        with writing(connection):
            for sid in gone:
                forget(connection, sid)
            for (row, key, agenda), path in made:
                # Another process may have kept a newer save meanwhile: a row is kept only
                # while its file still has the stamp it was read under.
                if file_stamp(path) != tuple(row[1:5]):
                    forget(connection, row[0])
                    continue
                forget(connection, row[0])
                connection.execute("INSERT OR IGNORE INTO agendas VALUES (?, ?)", (key, agenda))
                insert_session(connection, row)

    def _agenda(self, connection: sqlite3.Connection, key: str) -> AgendaDigest:
        agenda = self._agendas.get(key)
        if agenda is None:
            found = connection.execute("SELECT agenda FROM agendas WHERE key = ?", (key,))
            row = found.fetchone()
            if row is None:
                raise rows.DamagedRow(f"no agenda {key}")
            agenda = self._agendas[key] = rows.agenda_of(row[0])
        return agenda

    def _open(self) -> sqlite3.Connection | None:
        if self._connection is None and not self._unavailable and self.file is not None:
            try:
                opened = open_index(self.file, self.data_dir)
            except IndexUnavailable:
                self._unavailable = True
                return None
            self._connection = opened.connection
            if opened.rebuilt:
                self.notices.append(opened.rebuilt)
        return self._connection

    def _rebuild(self, error: Exception) -> None:
        self.close()
        self._agendas.clear()
        if self.file is not None:
            delete_index(self.file)
            self.notices.append(
                f"the local index {self.file} was damaged ({error}); it was rebuilt"
            )


def insert_session(connection: sqlite3.Connection, row: tuple[object, ...]) -> None:
    connection.execute(
        "INSERT INTO sessions (id, size, mtime_ns, ctime_ns, inode, participant, role, "
        "engagement, round, started_at, ended_at, elapsed_seconds, planned_minutes, notes, "
        "tag_counts, tagged_notes, recap_sent, writer, agenda, digest, person, tag_notes) "
        f"VALUES ({', '.join('?' * len(row))})",
        row,
    )


def forget(connection: sqlite3.Connection, sid: str) -> None:
    """Everything the index holds of one session (its notes and reading too)."""
    notes = "SELECT rowid FROM notes WHERE session_id = ?"
    connection.execute(f"DELETE FROM notes_text WHERE rowid IN ({notes})", (sid,))
    connection.execute(f"DELETE FROM note_tags WHERE note IN ({notes})", (sid,))
    connection.execute("DELETE FROM notes WHERE session_id = ?", (sid,))
    connection.execute("DELETE FROM readings WHERE id = ?", (sid,))
    connection.execute("DELETE FROM sessions WHERE id = ?", (sid,))


def file_stamp(path: Path) -> Stamp | None:
    """The stamp of the regular file at `path` now; None if it is gone or not a file."""
    try:
        info = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
