"""One note in full: lists of notes cut each to three lines, and this is the key away (Enter)
that shows the whole of it, with who said it, where and when.

Names follow the app's setting, as in the list it was opened from.
"""

from __future__ import annotations

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from wfinterview.core.framework.content import Tag
from wfinterview.core.synthesis.corpus import NoteRef
from wfinterview.tui.settings import PseudonymMarker, SettingsApp
from wfinterview.tui.widgets.note_pager import said_text, who_line


class NoteView(ModalScreen[None]):
    BINDINGS = [Binding("escape,enter", "dismiss", "Close", id="note_view_close")]
    DEFAULT_CSS = """
    NoteView { align: center middle; }
    NoteView > VerticalScroll {
        width: 80; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    NoteView #note-text { margin-top: 1; }
    NoteView #hint { color: $text-muted; margin-top: 1; }
    """
    app = getters.app(SettingsApp)

    def __init__(self, ref: NoteRef, tags: dict[str, Tag]) -> None:
        super().__init__()
        self.ref = ref
        self.tags = tags

    def compose(self) -> ComposeResult:
        naming = self.app.naming
        who = who_line(self.ref, naming)
        who.no_wrap, who.overflow = False, None  # here in full, on as many lines as it takes
        yield PseudonymMarker()
        with VerticalScroll():
            yield Static(who, id="note-who")
            yield Static(
                said_text(self.ref, self.tags, naming, self.app.ascii_only), id="note-text"
            )
            yield Static(Text("Esc or Enter closes"), id="hint")
