"""The current step's title and questions; role-specific ones marked, the current one pointed at."""

from __future__ import annotations

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from wfinterview.core.framework.models import Step
from wfinterview.tui.settings import SettingsApp


class QuestionPanel(VerticalScroll, can_focus=False):
    DEFAULT_CSS = """
    QuestionPanel { height: 1fr; padding: 0 1; }
    QuestionPanel > .title { text-style: bold; color: $accent; }
    QuestionPanel > .question { height: auto; color: $text-muted; }
    QuestionPanel > .question.-current { color: $text; text-style: bold; }
    """

    app = getters.app(SettingsApp)

    def __init__(
        self,
        number: int,
        step: Step,
        current: int,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self._showing = (number, step, current)

    def compose(self) -> ComposeResult:
        yield from self._widgets(*self._showing)

    def on_mount(self) -> None:
        self._scroll_to_current()

    def show(self, number: int, step: Step, current: int) -> None:
        if (number, step, current) == self._showing:
            return
        self._showing = (number, step, current)
        self.remove_children()
        self.mount_all(self._widgets(number, step, current))
        self._scroll_to_current()

    def _scroll_to_current(self) -> None:
        # After the refresh, when the replaced questions have really gone.
        def scroll() -> None:
            if current := self.query(".-current"):
                self.scroll_to_widget(current.first(), animate=False)

        self.call_after_refresh(scroll)

    def _widgets(self, number: int, step: Step, current: int) -> list[Static]:
        widgets = [Static(Text(f"{number}. {step.title} · {step.minutes} min"), classes="title")]
        for index, question in enumerate(step.questions):
            marker = "›" if index == current else " "
            role = (" [role]" if self.app.ascii_only else " ◆") if question.role_specific else ""
            classes = "question -current" if index == current else "question"
            widgets.append(Static(Text(f"{marker} {question.text}{role}"), classes=classes))
        return widgets
