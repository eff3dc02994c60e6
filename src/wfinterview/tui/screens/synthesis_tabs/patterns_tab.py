"""Repeat patterns: tags and themes ranked by how many people raised them."""

from __future__ import annotations

from collections.abc import Mapping

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.themes import ThemeBoard


class PatternsTab(VerticalScroll):
    def __init__(
        self, corpus: Corpus, boards: Mapping[str, ThemeBoard], id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.boards = boards  # the screen's, kept current as themes change

    def compose(self) -> ComposeResult:
        yield Static(id="patterns")

    def show(self, filters: Filters) -> None:
        table = Table(box=None, pad_edge=False, header_style="bold")
        for column in ("#", "pattern", "kind", "people", "roles", "notes"):
            table.add_column(
                column, justify="right" if column in ("#", "people", "roles", "notes") else "left"
            )
        for rank, p in enumerate(self.corpus.patterns(filters, self.boards), 1):
            table.add_row(
                str(rank),
                Text(terminal_safe(p.label)),
                p.kind,
                str(p.count.participants),
                str(len(p.count.roles)),
                str(p.count.notes),
            )
        self.query_one("#patterns", Static).update(table)
