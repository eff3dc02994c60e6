"""Tables whose columns follow their content, and tables whose rows open for editing."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import DataTable


class FittedTable(DataTable[object]):
    """A DataTable that repaints at the new column widths as soon as they change.

    DataTable measures new and changed cells when it is next idle, after it may already
    have painted them; its render caches are keyed by its update count, which measuring
    does not move, so an edited row kept the old, narrower columns ("Priya" shown as
    "Pri", a due date as "202") until the screen was rebuilt.
    """

    async def _on_idle(self, event: events.Idle) -> None:
        before = [column.content_width for column in self.columns.values()]
        await super()._on_idle(event)
        if [column.content_width for column in self.columns.values()] != before:
            self._clear_caches()
            self.refresh()


class EditableTable(FittedTable):
    BINDINGS = [Binding("enter", "select_cursor", "Edit", id="table_edit")]
