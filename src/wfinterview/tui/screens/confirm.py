"""A yes/no question that needs a deliberate answer."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from wfinterview.tui.screens.typing_through import TypingThrough


class ConfirmScreen(TypingThrough[bool]):
    """The safe answer has the focus; the arrows move to the other, Enter gives it.

    Letters typed meanwhile go on into the note beneath, if any (typing_through.py).
    """

    BINDINGS = [
        Binding("left,right", "switch", "Choose", key_display="←/→", id="confirm_switch"),
        Binding("escape", "dismiss(False)", "Cancel"),
    ]
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 60; max-width: 90%; height: auto; padding: 1 2;
        border: thick $primary; background: $surface;
    }
    ConfirmScreen Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    ConfirmScreen Button { margin-left: 2; }
    """

    def __init__(self, question: str, yes: str = "Yes", no: str = "Cancel") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question))
            with Horizontal():
                yield Button(self.no, id="no")
                yield Button(self.yes, id="yes", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_switch(self) -> None:
        no, yes = self.query_one("#no", Button), self.query_one("#yes", Button)
        (yes if no.has_focus else no).focus()
