"""One action's fields: kind, title, owner, due date, status, who validated it.

Who validated it is a list of boxes that differ by more than colour: ticked ones carry an
X, unticked ones are empty (a colour-blind reader, or a terminal of few colours, sees it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import Checkbox, Input, Label, Select, SelectionList, Static
from textual.widgets.option_list import OptionDoesNotExist

from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan.actions import (
    KIND_LABELS,
    STATUS_LABELS,
    Action,
    ActionStatus,
    action_status,
    parse_due,
)
from wfinterview.tui.settings import PseudonymMarker


class TickList(SelectionList[str]):
    """A selection list whose boxes read X when ticked and blank when not."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 3 or segments[1].text != Checkbox.BUTTON_INNER:
            return strip
        try:
            option = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        if option.value not in self._selected:  # X when ticked, as the box draws it
            segments[1] = Segment(" ", segments[1].style)
        return Strip(segments, strip.cell_length)


@dataclass(frozen=True)
class ActionEdit:
    kind: str
    title: str
    owner: str
    due: date | None
    status: ActionStatus
    validated_by: list[str]


class ActionForm(ModalScreen[ActionEdit | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="action_form_save"),
        Binding("escape", "dismiss(None)", "Cancel", id="action_form_cancel"),
    ]
    DEFAULT_CSS = """
    ActionForm { align: center middle; }
    ActionForm > VerticalScroll {
        width: 90; max-width: 95%; height: auto; max-height: 95%; padding: 0 2;
        border: thick $primary; background: $surface;
    }
    ActionForm Label { margin-top: 1; text-style: bold; }
    ActionForm SelectionList { height: auto; max-height: 8; }
    ActionForm #error { color: $error; height: auto; }
    ActionForm #hint { color: $text-muted; margin-top: 1; }
    """

    def __init__(
        self, action: Action, participants: list[tuple[str, str]], *, new: bool = False
    ) -> None:
        """`participants`: (as shown, name) for everyone who may validate, so that the list
        shows pseudonyms while the app does. `new`: an action being made, whose title field
        starts empty (typing would otherwise add to a made-up title)."""
        super().__init__()
        self.action = action
        self.participants = participants
        self.new = new

    def compose(self) -> ComposeResult:
        a = self.action
        yield PseudonymMarker()
        with VerticalScroll():
            yield Label("Title")
            yield Input(
                "" if self.new else a.title,
                placeholder="what will change, e.g. Legal signs off within 48 hours",
                id="title",
                select_on_focus=False,
            )
            yield Label("Kind")
            yield Select(
                [(label, kind) for kind, label in KIND_LABELS.items()],
                value=a.kind,
                allow_blank=False,
                id="kind",
            )
            yield Label("Owner")
            yield Input(a.owner, placeholder="a person or a team", id="owner")
            yield Label("Due (YYYY-MM-DD)")
            yield Input(a.due.isoformat() if a.due else "", placeholder="2026-12-31", id="due")
            yield Label("Status")
            yield Select(
                [(label, status) for status, label in STATUS_LABELS.items()],
                value=a.status,
                allow_blank=False,
                id="status",
            )
            yield Label("Validated by (people who were interviewed; space ticks)")
            yield TickList(
                *((shown, name, name in a.validated_by) for shown, name in self.participants),
                id="validated",
            )
            yield Static("", id="error")
            yield Static("ctrl+s saves · Esc cancels", id="hint")

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        error = self.query_one("#error", Static)
        try:
            due = parse_due(self.query_one("#due", Input).value)
        except UserError as problem:
            error.update(Text(str(problem)))
            return
        title = self.query_one("#title", Input).value.strip()
        if not title:
            error.update("An action needs a title.")
            return
        self.dismiss(
            ActionEdit(
                kind=str(self.query_one("#kind", Select).value),
                title=title,
                owner=self.query_one("#owner", Input).value.strip(),
                due=due,
                status=action_status(str(self.query_one("#status", Select).value)),
                validated_by=list(self.query_one("#validated", SelectionList).selected),
            )
        )
