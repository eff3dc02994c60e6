"""The interview's steps with their minute budgets, time spent, the current one marked."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from wfinterview.core.live import LiveInterview


class StepList(Static):
    DEFAULT_CSS = """
    StepList { height: auto; padding: 0 1; }
    """

    def __init__(self, live: LiveInterview, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.live = live

    def on_mount(self) -> None:
        self.refresh_steps()

    def refresh_steps(self) -> None:
        table = Table.grid(padding=(0, 1))
        table.add_column(width=1)
        table.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        table.add_column(justify="right", no_wrap=True, min_width=8)
        current = self.live.session.current_step
        for number, step in enumerate(self.live.session.agenda.steps, 1):
            spent = self.live.step_elapsed(step.key)
            over = spent > step.minutes * 60
            is_current = step.key == current
            style = "bold" if is_current else ("dim" if not spent else "")
            minutes, seconds = divmod(int(spent), 60)
            timing = Text(f"{minutes}:{seconds:02d}/{step.minutes}m", style="bold yellow" if over else "")
            table.add_row("›" if is_current else " ", Text(f"{number}. {step.title}", style=style), timing)
        self.update(table)
