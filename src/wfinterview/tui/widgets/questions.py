"""The current step's title and questions; role-specific ones marked, the current one pointed at.

The mark (◆, or [role] in ASCII) is explained under the questions whenever it shows: a
newcomer should not have to guess it.
"""

from __future__ import annotations

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from wfinterview.core.framework.models import Step
from wfinterview.core.framework.text import terminal_safe
from wfinterview.tui.settings import SettingsApp


class QuestionPanel(VerticalScroll, can_focus=False):
    DEFAULT_CSS = """
    QuestionPanel { height: 1fr; padding: 0 1; }
    QuestionPanel > .title { text-style: bold; color: $accent; }
    QuestionPanel > .question { height: auto; color: $text-muted; }
    QuestionPanel > .question.-current { color: $text; text-style: bold; }
    QuestionPanel > .legend { height: auto; color: $text-muted; text-style: italic; }
    """

    app = getters.app(SettingsApp)

    def __init__(
        self,
        number: int,
        step: Step,
        current: int,
        role: str = "",
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self._showing = (number, step, current)
        self.role = role

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
        title = terminal_safe(f"{number}. {step.title} · {step.minutes} min")
        widgets = [Static(Text(title), classes="title")]
        for index, question in enumerate(step.questions):
            marker = "›" if index == current else " "
            role = (" [role]" if self.app.ascii_only else " ◆") if question.role_specific else ""
            classes = "question -current" if index == current else "question"
            line = terminal_safe(f"{marker} {question.text}{role}")
            widgets.append(Static(Text(line), classes=classes))
        if any(question.role_specific for question in step.questions):
            legend = role_mark_legend(self.role, self.app.ascii_only)
            widgets.append(Static(Text(terminal_safe(legend)), classes="legend"))
        return widgets


def role_mark_legend(role: str, ascii_only: bool) -> str:
    """What the mark after a question means, in one line."""
    mark = "[role]" if ascii_only else "◆"
    return f"{mark} asked of {role or 'this role'} only; the others in every interview"
