"""The index file itself: opened, checked, and deleted and made again when it is not ours.

One SQLite file per data folder and writer, in the user's cache folder (Paths.index_file).
It is a cache and never the only copy of anything, so every doubt ends the same way: the
file is deleted and rebuilt from the session files. An index that is missing, of another
schema version (`PRAGMA user_version`), or made for another data folder (the resolved
path is kept in it) is rebuilt without a word; one that is damaged (not a database, a
malformed page, tables that are not ours) is rebuilt with one line said.

Two windows (or a window and a command) share it: WAL lets readers go on while one
writes, `busy_timeout` makes a writer wait its turn instead of failing, and every write
is one transaction. A cockpit never opens it: its saves never wait on the index.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wfinterview.core.storage.folders import ensure_private_dir

# Raised from 1 whenever a table or a stored encoding changes (rows.py's digest, readings):
# an index of any other version is deleted and rebuilt.
SCHEMA_VERSION = 2  # listing.py's INDEX_VERSION; 2: each session's person
BUSY_MS = 10_000  # a writer waits this long for another one before giving up

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    participant TEXT NOT NULL, role TEXT NOT NULL, engagement TEXT NOT NULL,
    round INTEGER NOT NULL, started_at TEXT NOT NULL, ended_at TEXT,
    elapsed_seconds REAL NOT NULL, planned_minutes INTEGER NOT NULL,
    notes INTEGER NOT NULL, tag_counts TEXT NOT NULL, tagged_notes INTEGER NOT NULL,
    recap_sent INTEGER NOT NULL, writer TEXT NOT NULL,
    agenda TEXT NOT NULL, digest BLOB NOT NULL,
    person TEXT NOT NULL,  -- the participant's name case folded (corpus.py person_of)
    tag_notes TEXT NOT NULL,  -- JSON: tag -> notes carrying it (a tag typed twice: once)
    notes_indexed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE agendas (key TEXT PRIMARY KEY, agenda TEXT NOT NULL);
CREATE TABLE notes (
    rowid INTEGER PRIMARY KEY, session_id TEXT NOT NULL, position INTEGER NOT NULL,
    step TEXT NOT NULL, step_title TEXT NOT NULL, at REAL NOT NULL
);
CREATE INDEX notes_by_session ON notes (session_id);
CREATE TABLE note_tags (note INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (note, tag))
    WITHOUT ROWID;
CREATE INDEX note_tags_by_tag ON note_tags (tag, note);
CREATE VIRTUAL TABLE notes_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE readings (
    id TEXT PRIMARY KEY,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    vocabulary TEXT NOT NULL, reading BLOB NOT NULL
);
"""
_TABLES = {"meta", "sessions", "agendas", "notes", "note_tags", "notes_text", "readings"}


class IndexUnavailable(Exception):
    """The index cannot be used now (a read-only cache folder, another writer holding it
    too long): the caller reads the session files instead."""


@dataclass
class Opened:
    connection: sqlite3.Connection
    rebuilt: str | None  # one line for the user when a damaged index was rebuilt


def open_index(file: Path, data_dir: Path) -> Opened:
    """The index for `data_dir`, made afresh if it is missing, damaged, of another
    version or another folder's. Raises IndexUnavailable when it cannot be used at all."""
    folder = str(data_dir.resolve())
    rebuilt = None
    for _ in range(2):
        try:
            ensure_private_dir(file.parent)
            if not file.exists():
                tidy(file.parent, file)
            connection = _connect(file)
        except (OSError, sqlite3.Error) as error:
            raise IndexUnavailable(str(error)) from None
        try:
            if _usable(connection, folder):
                return Opened(connection, rebuilt)
        except sqlite3.OperationalError as error:
            connection.close()
            if _busy(error):
                raise IndexUnavailable(str(error)) from None
            rebuilt = f"the local index {file} was damaged ({error}); it was rebuilt"
        except sqlite3.DatabaseError as error:  # not a database, a malformed page
            connection.close()
            rebuilt = f"the local index {file} was damaged ({error}); it was rebuilt"
        else:
            connection.close()  # another version or folder: made again, nothing said
        delete_index(file)
    raise IndexUnavailable(f"{file} could not be made")


def delete_index(file: Path) -> None:
    for path in (file, file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def writing(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (BEGIN IMMEDIATE) so that two writers queue
    instead of one failing half-way; rolled back whole on any error."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


@contextlib.contextmanager
def reading(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read transaction: every query in it sees the index as one moment left it, even
    while another window writes (WAL)."""
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        connection.execute("COMMIT")


def damaged(error: sqlite3.Error) -> bool:
    """Whether an error met while using the index says the file is damaged (rebuild it),
    not merely busy (read the files this time)."""
    return isinstance(error, sqlite3.DatabaseError) and not (
        isinstance(error, sqlite3.OperationalError) and _busy(error)
    )


def _busy(error: sqlite3.OperationalError) -> bool:
    text = str(error)
    return "locked" in text or "busy" in text or "readonly" in text or "unable to open" in text


def _connect(file: Path) -> sqlite3.Connection:
    created = not file.exists()
    connection = sqlite3.connect(
        file, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False
    )
    if created:
        with contextlib.suppress(OSError):
            os.chmod(file, 0o600)  # notes' words: owner-only, like the sessions
    connection.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    return connection


def _usable(connection: sqlite3.Connection, folder: str) -> bool:
    """True when the index is ours (making its tables first if it is new); False when it
    is of another version or folder. Damage raises sqlite3.DatabaseError."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        return _create(connection, folder)
    if version != SCHEMA_VERSION:
        return False
    _settle(connection)
    return _check(connection, folder)


def _check(connection: sqlite3.Connection, folder: str) -> bool:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not _TABLES <= tables:
        raise sqlite3.DatabaseError("its tables are not the index's")
    row = connection.execute("SELECT value FROM meta WHERE key = 'folder'").fetchone()
    return row is not None and row[0] == folder


def _create(connection: sqlite3.Connection, folder: str) -> bool:
    connection.execute("PRAGMA journal_mode = WAL")
    _settle(connection)
    with writing(connection):
        # Another process may have made it between our look and our lock.
        if connection.execute("PRAGMA user_version").fetchone()[0] == 0:
            if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise sqlite3.DatabaseError("it holds tables but no version")
            create_tables(connection)
            connection.execute("INSERT INTO meta VALUES ('folder', ?)", (folder,))
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return False
    return _check(connection, folder)


def tidy(index_dir: Path, keep: Path) -> None:
    """Delete the indexes of data folders that are gone (a temporary folder, a folder
    moved away), so that the cache folder does not grow with every folder ever opened.
    Run when an index is made; an index this program cannot read is left alone. A folder
    on a drive that is unplugged loses only its cache: it is rebuilt when it is back."""
    for other in index_dir.glob("*.sqlite3"):
        if other == keep:
            continue
        try:
            with contextlib.closing(sqlite3.connect(f"{other.as_uri()}?mode=ro", uri=True)) as c:
                row = c.execute("SELECT value FROM meta WHERE key = 'folder'").fetchone()
        except (sqlite3.Error, ValueError):
            continue
        if row is not None and isinstance(row[0], str) and not os.path.isdir(row[0]):
            delete_index(other)


def create_tables(connection: sqlite3.Connection) -> None:
    # One statement at a time: executescript would commit the caller's transaction first.
    for statement in filter(str.strip, _SCHEMA.split(";")):
        connection.execute(statement)


def _settle(connection: sqlite3.Connection) -> None:
    # A cache: losing the last transaction to a power cut costs a re-read, never data.
    connection.execute("PRAGMA synchronous = NORMAL")
