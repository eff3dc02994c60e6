"""A piece of text to read and copy: an email before it is sent."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from wfinterview.tui.settings import PseudonymMarker


class TextPreviewScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("f2", "copy", "Copy", id="preview_copy"),
        Binding("escape", "dismiss", "Close", id="preview_close"),
    ]
    DEFAULT_CSS = """
    TextPreviewScreen { align: center middle; }
    TextPreviewScreen > VerticalScroll {
        width: 92; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    TextPreviewScreen #title { text-style: bold; }
    TextPreviewScreen #hint { color: $text-muted; margin-top: 1; }
    """

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        yield PseudonymMarker()
        with VerticalScroll():
            yield Static(Text(self.title_text), id="title")
            yield Static(Text(self.text), id="text")
            yield Static("F2 copies it to the clipboard · Esc closes", id="hint")

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.text)
        self.notify("Copied to the clipboard.", timeout=3)
