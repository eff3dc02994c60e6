"""The current step's title and questions; role-specific ones marked, the current one pointed at."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from wfinterview.core.models import Step


class QuestionPanel(VerticalScroll, can_focus=False):
    DEFAULT_CSS = """
    QuestionPanel { height: 1fr; padding: 0 1; }
    QuestionPanel > .title { text-style: bold; color: $accent; }
    QuestionPanel > .question { height: auto; color: $text-muted; }
    QuestionPanel > .question.-current { color: $text; text-style: bold; }
    """

    def __init__(self, ascii_only: bool = False, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.ascii_only = ascii_only

    def show(self, number: int, step: Step, current: int) -> None:
        self.remove_children()
        widgets = [Static(Text(f"{number}. {step.title} · {step.minutes} min"), classes="title")]
        for index, question in enumerate(step.questions):
            marker = "›" if index == current else " "
            role = (" [role]" if self.ascii_only else " ◆") if question.role_specific else ""
            widgets.append(
                Static(Text(f"{marker} {question.text}{role}"), classes="question -current" if index == current else "question")
            )
        self.mount_all(widgets)
        if 0 <= current < len(step.questions):
            self.call_after_refresh(self.scroll_to_widget, widgets[current + 1], animate=False)
