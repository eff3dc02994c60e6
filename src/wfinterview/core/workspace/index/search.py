"""Notes found by their words, across every engagement: SQLite's FTS5, ranked by bm25.

The notes' words are indexed the first time anyone searches (a report never pays for
them): each session's notes once, again only when its file changes. What the user types
is never handed to FTS5 as syntax: each word is quoted, so `legal's`, `c++` or `AND`
are words to find, and only three forms mean more than a word: `"a phrase"`, `prefix*`
and several words (all of them, anywhere in the note). A query that still cannot be
understood is one line for the user (BadQuery), never a traceback.

With no index (a cache folder that cannot be written) the same search runs in a database
in memory, filled from the files read this time.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from wfinterview.core.framework.errors import UserError
from wfinterview.core.workspace.index import rows
from wfinterview.core.workspace.index.database import create_tables
from wfinterview.core.workspace.index.notes import insert_notes
from wfinterview.core.workspace.index.session_index import SessionIndex, Snapshot, insert_session

if TYPE_CHECKING:
    from wfinterview.core.synthesis.digest import SessionDigest

_TERM = re.compile(r'"([^"]*)"(\*?)|([^\s"]+)')


class BadQuery(UserError):
    """What was typed to search for cannot be searched for; says why in one line."""


@dataclass(frozen=True)
class Hit:
    """One note found, with everything that says where it was said."""

    session_id: str
    participant: str
    role: str
    engagement: str
    round: int
    started_at: datetime
    step: str
    step_title: str
    at: float  # seconds into the interview
    text: str


@dataclass(frozen=True)
class Found:
    hits: list[Hit]  # best first, at most the limit asked for
    total: int  # every note that matches


def match_expression(query: str) -> str:
    """What the user typed, as an FTS5 expression in which every word is quoted."""
    if query.count('"') % 2:
        raise BadQuery('a phrase opened with " is not closed; close it, or leave quotes out')
    terms = []
    for phrase, phrase_prefix, word in _TERM.findall(query):
        if not word:
            if phrase.strip():  # `"a phrase"`, or `"a phr"*` (its last word a prefix)
                terms.append(f'"{phrase.strip()}"{phrase_prefix}')
            continue
        prefix = word.endswith("*")
        if "*" in word.rstrip("*"):
            raise BadQuery(f"'{word}': * goes only at the end of a word, for words it begins")
        word = word.rstrip("*")
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    if not terms:
        raise BadQuery('give a word to look for, a "phrase", or the start of a word and *')
    return " ".join(terms)


def search(
    index: SessionIndex,
    query: str,
    *,
    engagement: str | None = None,
    role: str | None = None,
    tag: str | None = None,
    limit: int = 50,
) -> tuple[Found, Snapshot]:
    """The notes that match `query` (and the filters), best first."""
    expression = match_expression(query)

    def ask(snap: Snapshot, connection: sqlite3.Connection | None) -> Found:
        if connection is None:
            connection = _in_memory(list(snap.read.values()))
        return _found(connection, expression, engagement, role, tag, limit)

    snap, found = index.ask(ask, words=True)
    return found, snap


_FROM = """
FROM notes_text JOIN notes n ON n.rowid = notes_text.rowid JOIN sessions s ON s.id = n.session_id
WHERE notes_text MATCH :match
  AND (:engagement IS NULL OR s.engagement = :engagement)
  AND (:role IS NULL OR s.role = :role)
  AND (:tag IS NULL OR EXISTS (SELECT 1 FROM note_tags g WHERE g.note = n.rowid AND g.tag = :tag))
"""


def _found(
    connection: sqlite3.Connection,
    expression: str,
    engagement: str | None,
    role: str | None,
    tag: str | None,
    limit: int,
) -> Found:
    values = {"match": expression, "engagement": engagement, "role": role, "tag": tag}
    try:
        total = connection.execute("SELECT count(*)" + _FROM, values).fetchone()[0]
        found = connection.execute(
            "SELECT s.id, s.participant, s.role, s.engagement, s.round, s.started_at, n.step, "
            "n.step_title, n.at, notes_text.text"
            + _FROM
            + "ORDER BY bm25(notes_text), s.started_at, s.id, n.position LIMIT :limit",
            {**values, "limit": limit},
        ).fetchall()
    except sqlite3.OperationalError as error:
        if "fts5" in str(error) or "syntax" in str(error):
            raise BadQuery(f"cannot search for that ({error})") from None
        raise
    hits = [
        Hit(sid, who, role_, eng, rnd, rows.moment(started), step, title, float(at), text)
        for sid, who, role_, eng, rnd, started, step, title, at, text in found
    ]
    return Found(hits, total)


def _in_memory(digests: list[SessionDigest]) -> sqlite3.Connection:
    """A throwaway index of these sessions, for a search with no index file."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    create_tables(connection)
    for digest in digests:
        insert_session(connection, rows.session_row(digest, (0, 0, 0, 0))[0])
    insert_notes(connection, digests)
    return connection
