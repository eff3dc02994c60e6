"""The findings readings kept in the local index (the `ReadingsStore` that
core/synthesis/findings_cache.py asks).

One row per session: the stamp of the file it was read from, the vocabulary's
fingerprint and the reading as JSON. A session whose file changes or goes loses its
reading with its row (session_index.py `forget`); a reading of another vocabulary is
replaced when this one's are kept. Any failure here only means reading the notes again.
Every use goes through `SessionIndex.query`, under the index's lock: the Findings tab's
thread workers share the connection with the rest of the app.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from wfinterview.core.storage.stamps import Stamp
from wfinterview.core.workspace.index.database import writing
from wfinterview.core.workspace.index.session_index import SessionIndex


class IndexedReadings:
    def __init__(self, index: SessionIndex) -> None:
        self.index = index

    def load_readings(self, vocabulary: str) -> dict[str, tuple[Stamp, Any]]:
        def load(connection: sqlite3.Connection) -> dict[str, tuple[Stamp, Any]]:
            kept: dict[str, tuple[Stamp, Any]] = {}
            query = "SELECT id, size, mtime_ns, ctime_ns, inode, reading FROM readings"
            for sid, size, mtime, ctime, inode, reading in connection.execute(
                query + " WHERE vocabulary = ?", (vocabulary,)
            ):
                try:
                    kept[sid] = ((size, mtime, ctime, inode), json.loads(reading))
                except (ValueError, TypeError):
                    continue  # read afresh, and kept anew
            return kept

        return self.index.query(load) or {}

    def save_readings(self, vocabulary: str, fresh: dict[str, tuple[Stamp, Any]]) -> None:
        rows = [
            (sid, *stamp, vocabulary, json.dumps(reading, ensure_ascii=False))
            for sid, (stamp, reading) in fresh.items()
        ]

        def save(connection: sqlite3.Connection) -> None:
            with writing(connection):
                connection.execute("DELETE FROM readings WHERE vocabulary != ?", (vocabulary,))
                # Only for sessions the index holds under that same stamp: a reading of a
                # file saved since, or deleted, is not kept.
                connection.executemany(
                    "INSERT OR REPLACE INTO readings SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
                    "(SELECT 1 FROM sessions WHERE id = ?1 AND size = ?2 AND mtime_ns = ?3 "
                    "AND ctime_ns = ?4 AND inode = ?5)",
                    rows,
                )

        self.index.query(save)  # a failure: the readings are read afresh next time
