"""The tag × role matrix: notes · people per cell, and the notes of the cell in view.

Role names head their columns on two lines, so four roles fit in 80 columns; with more,
the tag column stays still while the roles scroll past it.
"""

from __future__ import annotations

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, OptionList

from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.framework.wording import plural
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.tui.settings import SettingsApp
from wfinterview.tui.widgets.editable_table import FittedTable
from wfinterview.tui.widgets.note_pager import NotePager

ALL_ROLES = "__all__"


class MatrixTab(Vertical):
    DEFAULT_CSS = """
    MatrixTab { height: 1fr; }
    MatrixTab #matrix { max-height: 12; }
    """
    app = getters.app(SettingsApp)

    def __init__(self, corpus: Corpus, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.filters = Filters()
        self._cell_shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        table = FittedTable(id="matrix", cursor_type="cell", fixed_columns=1, header_height=2)
        # A fixed height (header, a row per tag, the interviewed row): rebuilding the
        # table on every filter change then never lays out the whole screen again.
        table.styles.height = len(self.corpus.tags) + 3
        yield table
        yield NotePager(self.corpus.tags, id="cell-notes")

    def on_mount(self) -> None:
        self.watch(self.app, "naming", lambda _: self._show_cell(again=True), init=False)

    def show(self, filters: Filters) -> None:
        self.filters = filters
        matrix = self.corpus.matrix(filters)
        table = self.query_one("#matrix", DataTable)
        row, column = table.cursor_coordinate
        table.clear(columns=True)
        table.add_column(Text("tag\nnotes · people"), key="tag")
        for role in matrix.roles:
            table.add_column(Text(terminal_safe(two_lines(role))), key=role)
        table.add_column(Text("all\nroles"), key=ALL_ROLES)
        for tag in matrix.tags:
            cells = [
                _cell(matrix.cell(tag.key, role).notes, matrix.cell(tag.key, role).participants)
                for role in matrix.roles
            ]
            total = matrix.rows[tag.key]
            table.add_row(
                Text(terminal_safe(f"{tag.badge(self.app.ascii_only)} {tag.label}")),
                *cells,
                _cell(total.notes, total.participants),
                key=tag.key,
            )
        interviewed = [
            Text(plural(len(matrix.interviewed[role]), "person", "people"), style="dim")
            for role in matrix.roles
        ]
        table.add_row(Text("interviewed", style="dim"), *interviewed, Text(""), key="interviewed")
        if matrix.tags:
            table.cursor_coordinate = table.cursor_coordinate._replace(
                row=min(row, len(matrix.tags) - 1),
                column=min(max(column, 1), len(matrix.roles) + 1),
            )
        self._show_cell()

    def on_data_table_cell_highlighted(self) -> None:
        self._show_cell()

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        """Enter on a cell: on to its notes (Esc comes back)."""
        event.stop()
        pager = self.query_one("#cell-notes", NotePager)
        if pager.refs:
            pager.query_one(OptionList).focus()
        else:
            self.notify("No notes in this cell with these filters.", timeout=3)

    def _show_cell(self, again: bool = False) -> None:
        table = self.query_one("#matrix", DataTable)
        if not table.row_count:
            return
        row_key, column_key = table.coordinate_to_cell_key(table.cursor_coordinate)
        tag = self.corpus.tag_by_key.get(str(row_key.value))
        if tag is None:
            return
        role = None if column_key.value in (ALL_ROLES, "tag") else str(column_key.value)
        # Rebuilding the table highlights cells several times over: read each cell once.
        shown = (self.filters, tag.key, role)
        if shown == self._cell_shown and not again:
            return
        self._cell_shown = shown
        refs = self.corpus.notes(self.filters, tag=tag.key, role=role)
        self.query_one("#cell-notes", NotePager).show(
            refs, f"{tag.emoji} {tag.label} · {role or 'all roles'}"
        )


def two_lines(label: str) -> str:
    """`label` on two lines, broken at the space that makes the wider line narrowest:
    "Strategic Lead / CMO" -> "Strategic\nLead / CMO"."""
    words = label.split(" ")
    if len(words) < 2:
        return label
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(len(pair[0]), len(pair[1])))
    return f"{first}\n{second}"


def _cell(notes: int, people: int) -> Text:
    return Text(f"{notes} · {people}" if notes else "–", style="" if notes else "dim")
