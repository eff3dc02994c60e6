"""Synthesis's questions as queries of the local index, so that a filter change costs a
query, not a pass over every note held in memory.

- `matching_notes`: the notes whose words match what is typed in the search box, as the
  box is typed in (the last word taken as the start of a word), by the same rules as
  `wfinterview search` (search.py);
- `tag_role_counts`: the tag × role matrix, notes and distinct people per cell, for the
  filters the screen offers.

A person is a name in an engagement, case folded (core/synthesis/corpus.py `person_of`):
the same name in two clients is two people. A tag typed twice on one note counts once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from wfinterview.core.storage.stamps import Stamp
from wfinterview.core.workspace.index.search import BadQuery, match_expression
from wfinterview.core.workspace.index.session_index import SessionIndex, Snapshot


@dataclass(frozen=True)
class Cell:
    notes: int
    people: int


@dataclass(frozen=True)
class Counts:
    cells: dict[tuple[str, str], Cell]  # (tag, role)
    rows: dict[str, Cell]  # per tag, across roles
    interviewed: dict[str, int]  # per role: people in the selection


def as_typed(text: str) -> str | None:
    """The search box's text as an FTS5 expression, its last word a prefix (the user is
    still typing it); None when there is nothing to search for yet."""
    stripped = text.strip()
    if not stripped:
        return None
    if stripped.count('"') % 2:
        stripped += '"*'  # a phrase being typed: its last word as a prefix
    elif not stripped.endswith(("*", '"')):
        stripped += "*"
    try:
        return match_expression(stripped)
    except BadQuery:
        return None


def matching_notes(index: SessionIndex, text: str) -> dict[str, list[int]]:
    """Session id -> the positions of its notes that match `text`, in interview order."""
    expression = as_typed(text)
    if expression is None:
        return {}

    def ask(snap: Snapshot, connection: sqlite3.Connection | None) -> dict[str, list[int]]:
        if connection is None:
            return {}
        found: dict[str, list[int]] = {}
        for sid, position in connection.execute(
            "SELECT n.session_id, n.position FROM notes_text JOIN notes n "
            "ON n.rowid = notes_text.rowid WHERE notes_text MATCH ? "
            "ORDER BY n.session_id, n.position",
            (expression,),
        ):
            found.setdefault(sid, []).append(position)
        return found

    return index.ask(ask, words=True)[1]


def words_matcher(
    index: SessionIndex, stamps: Mapping[str, Stamp]
) -> Callable[[str], tuple[set[str], dict[str, list[int]]]]:
    """For a corpus read under `stamps` (Corpus.match_words): typed words -> the sessions
    the index answers for (indexed under the very stamp the corpus read them with, so its
    note positions are the corpus's), and their matching notes' positions. A session saved
    since, or read while it changed, is left to the corpus to search itself."""

    def match(text: str) -> tuple[set[str], dict[str, list[int]]]:
        expression = as_typed(text)

        def ask(connection: sqlite3.Connection) -> tuple[set[str], dict[str, list[int]]]:
            query = "SELECT id, size, mtime_ns, ctime_ns, inode FROM sessions"
            answered = {
                sid
                for sid, *stamp in connection.execute(query + " WHERE notes_indexed = 1")
                if stamps.get(sid) == tuple(stamp)
            }
            found: dict[str, list[int]] = {}
            if expression is not None:
                for sid, position in connection.execute(
                    "SELECT n.session_id, n.position FROM notes_text JOIN notes n "
                    "ON n.rowid = notes_text.rowid WHERE notes_text MATCH ? "
                    "ORDER BY n.session_id, n.position",
                    (expression,),
                ):
                    if sid in answered:
                        found.setdefault(sid, []).append(position)
            return answered, found

        # Asked from the screen's own thread: never wait on a worker holding the index;
        # the corpus then searches every session itself this once.
        return index.query(ask, wait=False) or (set(), {})

    return match


_SELECTED = """
FROM note_tags t JOIN notes n ON n.rowid = t.note JOIN sessions s ON s.id = n.session_id
WHERE (:engagement IS NULL OR s.engagement = :engagement)
  AND (:round IS NULL OR s.round = :round)
  AND (:role IS NULL OR s.role = :role)
  AND (:tag IS NULL OR t.tag = :tag)
  AND (:who = '' OR instr(s.person, :who) > 0)
  AND (:match IS NULL OR n.rowid IN (SELECT rowid FROM notes_text WHERE notes_text MATCH :match))
"""
_PERSON = "count(DISTINCT s.engagement || char(0) || s.person)"


def tag_role_counts(
    index: SessionIndex,
    *,
    engagement: str | None = None,
    round: int | None = None,
    role: str | None = None,
    tag: str | None = None,
    participant: str = "",
    text: str = "",
) -> Counts:
    """Notes and distinct people per tag and role, for these filters (as Corpus.matrix
    counts them, `text` matched by words as `matching_notes` does)."""
    values = {
        "engagement": engagement,
        "round": round,
        "role": role,
        "tag": tag,
        "who": participant.casefold().strip(),
        "match": as_typed(text),
    }

    def ask(snap: Snapshot, connection: sqlite3.Connection | None) -> Counts:
        if connection is None:
            return Counts({}, {}, {})
        if values["match"] is None:
            return _whole_sessions(connection, values)
        cells = {
            (key, who): Cell(notes, people)
            for key, who, notes, people in connection.execute(
                f"SELECT t.tag, s.role, count(*), {_PERSON} {_SELECTED} GROUP BY t.tag, s.role",
                values,
            )
        }
        rows = {
            key: Cell(notes, people)
            for key, notes, people in connection.execute(
                f"SELECT t.tag, count(*), {_PERSON} {_SELECTED} GROUP BY t.tag", values
            )
        }
        return Counts(cells, rows, _interviewed(connection, values))

    return index.ask(ask, words=values["match"] is not None)[1]


_SESSIONS = """
WHERE (:engagement IS NULL OR s.engagement = :engagement)
  AND (:round IS NULL OR s.round = :round) AND (:role IS NULL OR s.role = :role)
  AND (:who = '' OR instr(s.person, :who) > 0)
"""


def _whole_sessions(connection: sqlite3.Connection, values: Mapping[str, object]) -> Counts:
    """With no words to match, counted from each session's notes per tag (a few rows per
    session), never note by note."""
    tags = "FROM sessions s, json_each(s.tag_notes) t" + _SESSIONS
    tags += " AND (:tag IS NULL OR t.key = :tag)"
    cells = {
        (key, who): Cell(notes, people)
        for key, who, notes, people in connection.execute(
            f"SELECT t.key, s.role, sum(t.value), {_PERSON} {tags} GROUP BY t.key, s.role",
            values,
        )
    }
    rows = {
        key: Cell(notes, people)
        for key, notes, people in connection.execute(
            f"SELECT t.key, sum(t.value), {_PERSON} {tags} GROUP BY t.key", values
        )
    }
    return Counts(cells, rows, _interviewed(connection, values))


def _interviewed(connection: sqlite3.Connection, values: Mapping[str, object]) -> dict[str, int]:
    query = f"SELECT s.role, {_PERSON} FROM sessions s {_SESSIONS} GROUP BY s.role"
    return dict(connection.execute(query, values))
