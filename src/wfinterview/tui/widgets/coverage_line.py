"""One quiet line under the notes: the steps, tags and questions the interview has not
covered yet, so the facilitator can steer the last minutes without a checklist.

At 80 columns the line is often longer than the screen: it is cut with "…"
(tui/widgets/clipped.py) and help (F9) shows it whole."""

from __future__ import annotations

from collections.abc import Sequence

from textual import getters

from wfinterview.core.framework.content import Tag
from wfinterview.core.interview.coverage import coverage, coverage_line
from wfinterview.core.interview.live import LiveInterview
from wfinterview.tui.settings import SettingsApp
from wfinterview.tui.widgets.clipped import ClippedLine


class CoverageLine(ClippedLine):
    DEFAULT_CSS = """
    CoverageLine { height: 1; padding: 0 1; color: $text-muted; }
    """
    app = getters.app(SettingsApp)

    def __init__(
        self,
        live: LiveInterview,
        tags: Sequence[Tag],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.live = live
        self.tags = tuple(tags)
        self._shown = ""

    def on_mount(self) -> None:
        self.refresh_coverage()

    def refresh_coverage(self) -> None:
        """After a note, a tag or a step change: repaint only when the line changes."""
        line = coverage_line(coverage(self.live.session, self.tags), self.app.ascii_only)
        if line != self._shown:
            self._shown = line
            self.update(line)
