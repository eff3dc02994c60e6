"""Editing or adding a note after the call, with the same input, keys and hashtags as live."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from wfinterview.core.framework.content import Tag
from wfinterview.tui.widgets.note_input import NoteInput


@dataclass(frozen=True)
class NoteEdit:
    text: str
    tags: tuple[str, ...]
    quote: bool
    follow_up: bool


class NoteEditorScreen(ModalScreen[NoteEdit | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="note_editor_cancel")]
    DEFAULT_CSS = """
    NoteEditorScreen { align: center middle; }
    NoteEditorScreen > Vertical {
        width: 90; max-width: 95%; height: auto; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    NoteEditorScreen #heading { text-style: bold; margin-bottom: 1; }
    NoteEditorScreen #hint { color: $text-muted; }
    NoteEditorScreen #error { color: $error; height: auto; }
    """

    def __init__(self, heading: str, tags: tuple[Tag, ...], start: NoteEdit | None = None) -> None:
        super().__init__()
        self.heading = heading
        self.tags = tags
        self.start = start or NoteEdit("", (), False, False)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.heading), id="heading")
            yield NoteInput(self.tags, id="editor")
            yield Static("", id="error")
            yield Static(
                "Enter saves · Esc cancels · F1–F5 tags · F6 quote · F7 follow-up · #hashtags work",
                id="hint",
            )

    def on_mount(self) -> None:
        editor = self.query_one(NoteInput)
        editor.load_text(self.start.text)
        editor.move_cursor(editor.document.end)
        editor.pending_tags = self.start.tags
        editor.pending_quote = self.start.quote
        editor.pending_follow_up = self.start.follow_up
        editor.focus()

    def on_note_input_committed(self, message: NoteInput.Committed) -> None:
        if not message.text.strip():
            self.query_one("#error", Static).update(
                "A note needs some text (to remove a note, use Delete in the list)."
            )
            editor = self.query_one(NoteInput)
            editor.pending_tags, editor.pending_quote, editor.pending_follow_up = (
                message.tags,
                message.quote,
                message.follow_up,
            )
            return
        self.dismiss(NoteEdit(message.text, message.tags, message.quote, message.follow_up))

    def on_note_input_last_note_toggled(self) -> None:
        self.query_one("#error", Static).update("Type the note first, then tag it.")

    async def on_note_input_shortcut(self, message: NoteInput.Shortcut) -> None:
        await self.app.run_action(message.action, message.target)
