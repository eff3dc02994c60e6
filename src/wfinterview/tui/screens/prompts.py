"""Small questions: a name to type, one thing to pick from a list."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

_BOX = """
    {name} { align: center middle; }
    {name} > Vertical {
        width: 70; max-width: 95%; height: auto; max-height: 90%; padding: 1 2;
        border: thick $primary; background: $surface;
    }
    {name} #hint { color: $text-muted; margin-top: 1; }
"""


class TextPrompt(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="prompt_cancel")]
    DEFAULT_CSS = _BOX.replace("{name}", "TextPrompt")

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question))
            # Pre-filled text is there to be added to or corrected, not replaced by the first
            # key: the cursor waits at its end, nothing selected.
            yield Input(self.value, id="answer", select_on_focus=False)
            yield Static("Enter confirms · Esc cancels", id="hint")

    def on_mount(self) -> None:
        answer = self.query_one("#answer", Input)
        answer.cursor_position = len(answer.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(event.value.strip())


class ChoicePrompt(ModalScreen[str | None]):
    """Pick one of `choices` (id, label); Enter picks, Esc cancels."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="choice_cancel")]
    # The list scrolls inside the box: with a fixed max-height it grew past the box's own
    # (80% of the screen), which cut its last choices mid-text, with no scroll bar to say so.
    DEFAULT_CSS = (
        _BOX.replace("{name}", "ChoicePrompt")
        + "ChoicePrompt OptionList { height: auto; max-height: 45vh; }"
    )

    def __init__(self, question: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.question = question
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question))
            yield OptionList(
                *(Option(Text(label), id=choice_id) for choice_id, label in self.choices),
                id="choices",
            )
            yield Static("Enter picks · Esc cancels", id="hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
