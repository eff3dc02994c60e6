"""A table whose rows open for editing with Enter, and whose key bar says so."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable


class EditableTable(DataTable[object]):
    BINDINGS = [Binding("enter", "select_cursor", "Edit", id="table_edit")]
