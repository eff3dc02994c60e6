"""Engagement, round, role, tag, participant and free text: every change applies at once.

Each choice names what it filters ("Engagement: Acme Retail"); one too long for its box
ends in "…" (the list of choices shows it whole).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Grid
from textual.message import Message
from textual.widgets import Input, Select

from wfinterview.core.synthesis.corpus import Corpus, Filters

NARROW = 150  # below this many columns, two rows of three: each filter keeps its name


class FilterBar(Grid):
    DEFAULT_CSS = """
    FilterBar { height: 1; margin: 1 0; grid-size: 6 1; grid-gutter: 0 1; }
    FilterBar.-narrow { height: 2; grid-size: 3 2; }
    FilterBar Select, FilterBar Input { width: 1fr; }
    /* A choice too long for its box ends in "…" instead of losing its last words. */
    FilterBar SelectCurrent Static#label { height: 1; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    @dataclass
    class Changed(Message):
        """A filter changed: the screen recounts what it shows."""

        filter_bar: FilterBar
        """The filter bar whose filters changed."""
        filters: Filters
        """Every filter as it now stands."""

        @property
        def control(self) -> FilterBar:
            """The filter bar whose filters changed (an alias for `filter_bar`)."""
            return self.filter_bar

    def __init__(
        self,
        corpus: Corpus,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        # Before the first paint (the bar spans the screen), so it is never drawn cramped;
        # and before its children exist: set once they are, the class re-styles all of
        # them (38 ms each time synthesis opens).
        self.set_class(self.app.size.width < NARROW, "-narrow")
        corpus = self.corpus
        # Each choice names what it filters, chosen or not: "Engagement: all", "Round: 2".
        yield Select(
            [(f"Engagement: {e or '(none)'}", e) for e in corpus.engagements()],
            prompt="Engagement: all",
            id="engagement",
            compact=True,
        )
        yield Select(
            [(f"Round: {r}", r) for r in corpus.rounds()],
            prompt="Round: all",
            id="round",
            compact=True,
        )
        yield Select(
            [(f"Role: {r}", r) for r in corpus.roles()], prompt="Role: all", id="role", compact=True
        )
        yield Select(
            [(f"Tag: {t.emoji} {t.label}", t.key) for t in corpus.tags],
            prompt="Tag: all",
            id="tag",
            compact=True,
        )
        yield Input(placeholder="participant…", id="participant", compact=True)
        yield Input(placeholder="search notes…", id="text", compact=True)

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    @property
    def filters(self) -> Filters:
        def chosen(select_id: str) -> str | None:
            value = self.query_one(f"#{select_id}", Select).value
            return None if value is Select.NULL else str(value)

        round_ = self.query_one("#round", Select).value
        return Filters(
            engagement=chosen("engagement"),
            round=round_ if isinstance(round_, int) else None,
            role=chosen("role"),
            tag=chosen("tag"),
            participant=self.query_one("#participant", Input).value,
            text=self.query_one("#text", Input).value,
        )

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, self.filters))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, self.filters))
