"""The synthesis screen's body: the filters and the six tabs, built once the sessions are
read (tui/screens/synthesis.py reads them in a worker)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import TabbedContent, TabPane

from wfinterview.core.synthesis.corpus import Corpus
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.screens.synthesis_tabs.findings_tab import FindingsTab
from wfinterview.tui.screens.synthesis_tabs.matrix_tab import MatrixTab
from wfinterview.tui.screens.synthesis_tabs.patterns_tab import PatternsTab
from wfinterview.tui.screens.synthesis_tabs.rounds_tab import RoundsTab
from wfinterview.tui.screens.synthesis_tabs.themes_tab import ThemesTab
from wfinterview.tui.screens.synthesis_tabs.voices_tab import VoicesTab
from wfinterview.tui.widgets.filter_bar import FilterBar


class SynthesisBody(Vertical):
    """The filters and the six tabs, built once the sessions are read."""

    def __init__(
        self,
        corpus: Corpus,
        boards: dict[str, ThemeBoard],
        unreadable: set[str],
        workspace: Workspace,
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.boards = boards
        self.unreadable = unreadable
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        corpus = self.corpus
        yield FilterBar(corpus, id="filters")
        with TabbedContent(id="tabs"):
            with TabPane("Matrix", id="tab-matrix"):
                yield MatrixTab(corpus, id="matrix-tab")
            with TabPane("Themes", id="tab-themes"):
                yield ThemesTab(
                    corpus,
                    self.boards,
                    self.unreadable,
                    self.workspace.engagements,
                    id="themes-tab",
                )
            with TabPane("Patterns", id="tab-patterns"):
                yield PatternsTab(corpus, self.boards, id="patterns-tab")
            with TabPane("Voices", id="tab-voices"):
                yield VoicesTab(corpus, id="voices-tab")
            with TabPane("Rounds", id="tab-rounds"):
                yield RoundsTab(corpus, self.boards, id="rounds-tab")
            with TabPane("Findings", id="tab-findings"):
                yield FindingsTab(
                    corpus,
                    self.workspace.engagements,
                    self.workspace.vocabulary,
                    self.workspace.findings_cache(corpus),
                    id="findings-tab",
                )
