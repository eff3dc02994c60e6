"""Dialogs that do not ask for text let typing through to the note beneath.

A facilitator glances at help (or the "end the interview?" question) while the
participant keeps talking, and keeps typing: those letters belong to the note, never to
the dialog, which has no use for them. A dialog built on `TypingThrough` hands every
printable key and every paste on to the note input of the screen it covers, in the
order typed: each key is posted to the note input's own queue, behind the keys that
reached it before the dialog opened, so "alpha " F9 "bravo " Esc "charlie" saves
"alpha bravo charlie". Enter and the F-keys stay the dialog's (Enter answers it).

A dialog that asks for text (a prompt, the palette, the note editor) has its own input
and is not a `TypingThrough`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual import events
from textual.screen import ModalScreen

if TYPE_CHECKING:
    from wfinterview.tui.widgets.note_input import NoteInput

Answer = TypeVar("Answer")


class TypingThrough(ModalScreen[Answer]):
    """A dialog whose printable keys and pastes go to the note of the screen beneath."""

    def _note_beneath(self) -> NoteInput | None:
        from wfinterview.tui.widgets.note_input import NoteInput

        stack = self.app.screen_stack
        if self not in stack:
            return None
        # Through other such dialogs (help over "end the interview?") to the screen they cover.
        for screen in reversed(stack[: stack.index(self)]):
            if isinstance(screen, TypingThrough):
                continue
            found = screen.query(NoteInput)
            return found.first() if found else None
        return None

    def on_key(self, event: events.Key) -> None:
        if not event.is_printable or event.character is None:
            return
        note = self._note_beneath()
        if note is None:
            return
        event.stop()
        event.prevent_default()
        note.post_message(events.Key(event.key, event.character))

    def on_paste(self, event: events.Paste) -> None:
        note = self._note_beneath()
        if note is None:
            return
        event.stop()
        event.prevent_default()
        note.post_message(events.Paste(event.text))
