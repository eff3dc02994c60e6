"""Small operations on notes shared by the live cockpit and the review after the call."""

from __future__ import annotations

import secrets
from collections.abc import Container, Iterable

from wfinterview.core.framework.models import Note


def toggle_tag(note: Note, key: str, known: Container[str]) -> None:
    """Add the tag if the note lacks it, remove it if it has it; unknown tags are ignored."""
    if key in note.tags:
        note.tags.remove(key)
    elif key in known:
        note.tags.append(key)


def new_note_id(notes: Iterable[Note]) -> str:
    taken = {note.id for note in notes}
    while (note_id := secrets.token_hex(4)) in taken:
        pass
    return note_id


def ordered_union(first: Iterable[str], second: Iterable[str]) -> list[str]:
    result: list[str] = []
    for key in (*first, *second):
        if key not in result:
            result.append(key)
    return result
