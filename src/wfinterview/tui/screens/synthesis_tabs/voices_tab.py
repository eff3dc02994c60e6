"""People's own words: verbatim quotes, magic-wand wishes, open follow-ups."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Select

from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.tui.widgets.note_pager import NotePager

VOICES = {
    "quotes": "Verbatim quotes",
    "wishes": "Magic-wand wishes",
    "follow_ups": "Open follow-ups",
}


class VoicesTab(Vertical):
    DEFAULT_CSS = """
    VoicesTab { height: 1fr; }
    VoicesTab #voice-kind { width: 40; }
    """

    def __init__(self, corpus: Corpus, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.filters = Filters()

    def compose(self) -> ComposeResult:
        yield Select(
            [(label, kind) for kind, label in VOICES.items()],
            value="quotes",
            allow_blank=False,
            id="voice-kind",
        )
        yield NotePager(self.corpus.tags, id="voice-notes")

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.show(self.filters)

    def show(self, filters: Filters) -> None:
        self.filters = filters
        kind = str(self.query_one("#voice-kind", Select).value)
        refs = {
            "quotes": self.corpus.quotes,
            "wishes": self.corpus.wishes,
            "follow_ups": self.corpus.follow_ups,
        }[kind]
        self.query_one("#voice-notes", NotePager).show(refs(filters), VOICES[kind])
