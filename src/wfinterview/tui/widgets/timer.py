"""The calm clock: elapsed against the plan, the current step against its budget."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from wfinterview.core.interview.clock import mmss
from wfinterview.core.interview.live import LiveInterview


class InterviewTimer(Static):
    DEFAULT_CSS = """
    InterviewTimer { height: auto; padding: 0 1; }
    InterviewTimer.-step-over { color: $warning; }
    InterviewTimer.-plan-over { color: $error; }
    InterviewTimer.-paused { color: $text-muted; }
    """

    def __init__(
        self,
        live: LiveInterview,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.live = live

    def on_mount(self) -> None:
        self.refresh_time()

    def refresh_time(self) -> None:
        live = self.live
        planned = live.session.planned_minutes * 60
        step_budget = live.step.minutes * 60
        step_spent = live.step_elapsed()
        self.set_class(step_spent > step_budget, "-step-over")
        self.set_class(live.elapsed() > planned, "-plan-over")
        self.set_class(not live.clock.running, "-paused")
        line = Text()
        line.append(f"{mmss(live.elapsed())} / {mmss(planned)}", style="bold")
        line.append(f"   step {mmss(step_spent)} / {mmss(step_budget)}")
        if not live.clock.running:
            line.append("   ⏸ paused", style="bold")
        self.update(line)
