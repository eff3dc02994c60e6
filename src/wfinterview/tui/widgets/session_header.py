"""Who is being interviewed, and whether everything typed is on disk.

The names come from the session file (a pasted name, an imported file): shown through
`terminal_safe`, and cut with "…" where the line is too narrow for them.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from wfinterview.core.framework.models import Session
from wfinterview.core.storage.writer import SaveStatus
from wfinterview.tui.widgets.clipped import ClippedLine


class SaveIndicator(Static):
    DEFAULT_CSS = """
    SaveIndicator { width: auto; padding: 0 1; color: $success; }
    SaveIndicator.-saving { color: $text-muted; }
    SaveIndicator.-failed { color: $text; background: $error; text-style: bold; }
    """

    def show_status(self, status: SaveStatus) -> None:
        self.set_class(status.error is not None, "-failed")
        self.set_class(status.error is None and not status.up_to_date, "-saving")
        if status.error is not None:
            self.update(Text(f"NOT SAVED: {status.error} · kept in memory, retrying"))
        elif status.up_to_date:
            self.update("● saved")
        else:
            self.update("○ saving")


class SessionHeader(Horizontal):
    DEFAULT_CSS = """
    SessionHeader { height: 1; background: $panel; }
    SessionHeader > #who { width: 1fr; padding: 0 1; text-style: bold; }
    """

    def __init__(
        self,
        session: Session,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.session = session

    def compose(self) -> ComposeResult:
        parts = [
            self.session.participant.name,
            self.session.participant.role,
            self.session.engagement,
        ]
        yield ClippedLine(" · ".join(part for part in parts if part), id="who")
        yield SaveIndicator("● saved", id="save-status")
