"""The interview's steps with their minute budgets, time spent, the current one marked."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.widget import Widget

from wfinterview.core.interview.live import LiveInterview


class StepList(Widget):
    DEFAULT_CSS = """
    StepList { height: auto; padding: 0 1; }
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
        self._shown: tuple[str, tuple[str, ...]] | None = None

    def get_content_height(self, *_: object) -> int:
        return len(self.live.session.agenda.steps)

    def refresh_steps(self) -> None:
        # Whole minutes change once a minute: repaint only then (the timer line
        # beside it counts the seconds), which keeps the idle cockpit cheap.
        shown = (self.live.session.current_step, tuple(self._timings()))
        if shown != self._shown:
            self._shown = shown
            self.refresh()

    def _timings(self) -> list[str]:
        timings = []
        for step in self.live.session.agenda.steps:
            spent = self.live.step_elapsed(step.key)
            timings.append(f"{int(spent // 60)}m/{step.minutes}m" if spent else f"{step.minutes}m")
        return timings

    def render(self) -> Text:
        # Laid out by hand for the width at hand: the marker and the timing always
        # show in full, and only a long step title gives way.
        width = max(self.size.width, 20)
        lines = Text()
        current = self.live.session.current_step
        timings = self._timings()
        for number, step in enumerate(self.live.session.agenda.steps, 1):
            spent = self.live.step_elapsed(step.key)
            timing = timings[number - 1]
            is_current = step.key == current
            title = f"{number}. {step.title}"
            room = width - 2 - cell_len(timing) - 1
            if cell_len(title) > room:
                title = set_cell_size(title, max(room - 1, 0)) + "…"
            if number > 1:
                lines.append("\n")
            lines.append("› " if is_current else "  ", style="bold")
            lines.append(
                set_cell_size(title, room), style="bold" if is_current else ("" if spent else "dim")
            )
            lines.append(" ")
            lines.append(timing, style="bold yellow" if spent > step.minutes * 60 else "")
        return lines
