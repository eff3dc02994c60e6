"""Every note's words in the local index (FTS5), for `search` and synthesis's search box.

Indexed the first time anyone asks for words (a report never pays for them): each
session's notes once, again only when its file changes (its row replaced, its notes with
it: session_index.py `forget`). A tag typed twice on a note is kept once.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from wfinterview.core.workspace.index import rows
from wfinterview.core.workspace.index.database import writing

if TYPE_CHECKING:
    from wfinterview.core.synthesis.digest import SessionDigest


def index_notes(connection: sqlite3.Connection) -> None:
    """The words of every session's notes not indexed yet, in one transaction."""
    waiting = connection.execute("SELECT id FROM sessions WHERE notes_indexed = 0").fetchall()
    if not waiting:
        return
    with writing(connection), rows.quiet_collector():
        agendas = {k: rows.agenda_of(a) for k, a in connection.execute("SELECT * FROM agendas")}
        query = "SELECT id, agenda, digest FROM sessions WHERE notes_indexed = 0"
        digests = [rows.digest_of(b, agendas[k]) for _, k, b in connection.execute(query)]
        insert_notes(connection, digests)
        connection.execute("UPDATE sessions SET notes_indexed = 1 WHERE notes_indexed = 0")


def insert_notes(connection: sqlite3.Connection, digests: list[SessionDigest]) -> None:
    # Row ids given here, so that each table takes its rows in one executemany.
    last = connection.execute("SELECT coalesce(max(rowid), 0) FROM notes").fetchone()[0]
    notes: list[tuple[object, ...]] = []
    tags: list[tuple[int, str]] = []
    texts: list[tuple[int, str]] = []
    for digest in digests:
        titles = {step.key: step.title for step in digest.agenda.steps}
        for position, note in enumerate(digest.notes):
            last += 1
            step = note["step"]
            notes.append((last, digest.id, position, step, titles.get(step, step), note["at"]))
            tags.extend((last, key) for key in dict.fromkeys(note.get("tags", ())))
            texts.append((last, note["text"]))
    connection.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?)", notes)
    connection.executemany("INSERT INTO note_tags VALUES (?, ?)", tags)
    connection.executemany("INSERT INTO notes_text (rowid, text) VALUES (?, ?)", texts)
