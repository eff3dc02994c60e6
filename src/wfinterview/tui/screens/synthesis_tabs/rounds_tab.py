"""Round against round: how each tag and theme moved between interviews of one engagement."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.themes import ThemeBoard


class RoundsTab(VerticalScroll):
    def __init__(
        self, corpus: Corpus, boards: Mapping[str, ThemeBoard], id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.boards = boards  # the screen's, kept current as themes change

    def compose(self) -> ComposeResult:
        yield Static(id="rounds")

    def show(self, filters: Filters) -> None:
        engagements = (
            [filters.engagement] if filters.engagement is not None else self.corpus.engagements()
        )
        parts: list[Table] = []
        for engagement in engagements:
            for before, after, changes in self.corpus.round_changes(engagement, self.boards):
                table = Table(
                    title=terminal_safe(f"{engagement}: round {before} → {after}"),
                    box=None,
                    pad_edge=False,
                    title_justify="left",
                )
                for column in ("", f"round {before}", f"round {after}", "change"):
                    table.add_column(column)
                for c in changes:
                    style = (
                        "green"
                        if c.change < 0 or (c.change == 0 and c.notes_change < 0)
                        else "yellow"
                    )
                    table.add_row(
                        Text(terminal_safe(c.label)),
                        f"{c.before.share:.0%} · {c.before.per_interview:.1f}",
                        f"{c.after.share:.0%} · {c.after.per_interview:.1f}",
                        Text(
                            f"{100 * c.change:+.0f} pts · {c.notes_change:+.1f} notes", style=style
                        ),
                    )
                parts.append(table)
        rounds = (
            Group(*parts)
            if parts
            else Text(
                "No engagement here has been interviewed twice yet. The framework "
                "suggests a new round every 6–12 months.",
                style="dim",
            )
        )
        self.query_one("#rounds", Static).update(rounds)
