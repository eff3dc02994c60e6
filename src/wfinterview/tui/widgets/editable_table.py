"""Tables whose columns follow their content, keep their labels in view, and whose rows
open for editing.

A table wider than the screen keeps its first (label) column still while the rest scrolls
(`fixed_columns`), so a row never becomes a line of unlabeled numbers; → and ← move by
half of what is in view at a time, not a cell, so the far columns are a key or two away.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import DataTable


class FittedTable(DataTable[object]):
    """A DataTable that repaints at the new column widths as soon as they change, keeps
    its label column still and scrolls sideways by half a view.

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

    @property
    def sideways_step(self) -> int:
        """Half the width in view beside the still columns: what → and ← move by."""
        still = self._get_fixed_offset().left
        return max(1, (self.scrollable_content_region.width - still) // 2)

    def action_cursor_right(self) -> None:
        self._sideways(1)

    def action_cursor_left(self) -> None:
        self._sideways(-1)

    def _sideways(self, direction: int) -> None:
        self._set_hover_cursor(False)
        step = self.sideways_step
        if not (self.show_cursor and self.cursor_type in ("cell", "column")):
            self.scroll_to(x=max(0, self.scroll_x + direction * step), animate=False)
            return
        # Where the view is before the cursor moves: moving it scrolls it the least it can.
        here = self.scroll_x
        coordinate = self.cursor_coordinate
        self.cursor_coordinate = coordinate.right() if direction > 0 else coordinate.left()
        if self.cursor_column < self.fixed_columns:
            return  # a still column is always in view
        region = self._get_cell_region(self.cursor_coordinate)
        still = self._get_fixed_offset().left
        width = self.scrollable_content_region.width
        if direction > 0 and region.right > here + width:
            target = max(region.right - width, here + step)
        elif direction < 0 and region.x < here + still:
            target = min(region.x - still, here - step)
        else:
            return
        self.scroll_to(x=max(0, target), animate=False)


class EditableTable(FittedTable):
    BINDINGS = [Binding("enter", "select_cursor", "Edit", id="table_edit")]
