"""Across interviews: the tag × role matrix, themes, repeat patterns, voices and rounds.

The sessions are read once, in a worker, into a `Corpus`; a filter change recounts from
it and repaints only the tab in view. Themes are saved per engagement at every change.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import replace

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, OptionList, Select, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.wording import plural
from wfinterview.core.plan.actions import KIND_LABELS, kind_for_theme
from wfinterview.core.plan.engagements import EngagementFile, load_boards
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Corpus, Filters, person_of
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.screens.plan_screen import add_action, load_plan
from wfinterview.tui.screens.prompts import ChoicePrompt, TextPrompt
from wfinterview.tui.widgets.filter_bar import FilterBar
from wfinterview.tui.widgets.key_bar import KeyBar
from wfinterview.tui.widgets.note_pager import NotePager

NO_THEME = "__none__"
ALL_ROLES = "__all__"
THEME_ACTIONS = {"new_theme", "rename_theme", "merge_theme", "move_note"}
VOICES = {
    "quotes": "Verbatim quotes",
    "wishes": "Magic-wand wishes",
    "follow_ups": "Open follow-ups",
}


class SynthesisBody(Vertical):
    """The filters and the five tabs, built once the sessions are read."""

    def __init__(self, corpus: Corpus, ascii_only: bool) -> None:
        super().__init__()
        self.corpus = corpus
        self.ascii_only = ascii_only

    def compose(self) -> ComposeResult:
        tags = self.corpus.tags
        yield FilterBar(self.corpus, id="filters")
        with TabbedContent(id="tabs"):
            with TabPane("Matrix", id="tab-matrix"):
                yield DataTable(id="matrix", cursor_type="cell")
                yield NotePager(tags, self.ascii_only, id="cell-notes")
            with TabPane("Themes", id="tab-themes"), Horizontal():
                yield OptionList(id="themes")
                yield NotePager(tags, self.ascii_only, id="theme-notes")
            with TabPane("Patterns", id="tab-patterns"), VerticalScroll():
                yield Static(id="patterns")
            with TabPane("Voices", id="tab-voices"):
                yield Select(
                    [(label, kind) for kind, label in VOICES.items()],
                    value="quotes",
                    allow_blank=False,
                    id="voice-kind",
                )
                yield NotePager(tags, self.ascii_only, id="voice-notes")
            with TabPane("Rounds", id="tab-rounds"), VerticalScroll():
                yield Static(id="rounds")


class SynthesisScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "back", "Home", id="synthesis_back"),
        Binding("f8", "toggle_pseudonyms", "Pseudonyms", id="synthesis_pseudonyms"),
        Binding("ctrl+n", "new_theme", "New theme", id="theme_new"),
        Binding("f2", "rename_theme", "Rename", id="theme_rename"),
        Binding("f3", "merge_theme", "Merge into…", id="theme_merge"),
        Binding("f4", "move_note", "Move note to…", id="theme_move"),
        Binding("f6", "action_from", "Action from…", id="action_from"),
        Binding("f7", "open_actions", "Actions", id="open_actions"),
    ]
    DEFAULT_CSS = """
    SynthesisScreen #status { height: 1; padding: 0 1; background: $panel; }
    SynthesisScreen #matrix { max-height: 12; }
    SynthesisScreen #themes { width: 42; max-width: 45%; height: 1fr; border: round $panel; }
    SynthesisScreen #voice-kind { width: 40; }
    SynthesisScreen TabPane { padding: 0; }
    SynthesisScreen #body, SynthesisBody { height: 1fr; }
    SynthesisScreen TabbedContent { height: 1fr; }
    """

    def __init__(self, workspace: Workspace, ascii_only: bool = False) -> None:
        super().__init__()
        self.workspace = workspace
        self.ascii_only = ascii_only
        self.tags = workspace.config.all_tags()
        self.corpus: Corpus | None = None
        self.boards: dict[str, ThemeBoard] = {}
        self.unreadable_boards: set[str] = set()
        self.filters = Filters()
        self.naming = Naming(None)
        self._stale: set[str] = set()
        self._cell_shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        yield Static("Reading sessions…", id="status")
        yield Vertical(id="body")
        yield KeyBar()

    def on_mount(self) -> None:
        self._load()

    def on_unmount(self) -> None:
        gc.unfreeze()  # the corpus goes with the screen; let the collector see it again

    @work(thread=True, exclusive=True, exit_on_error=False, group="synthesis-load")
    def _load(self) -> None:
        # Reading a thousand sessions takes a moment; the screen stays responsive.
        corpus, problems = self.workspace.load_corpus()
        boards, board_problems = load_boards(self.workspace.engagements, corpus.engagements())
        self.unreadable_boards = set(board_problems)
        problems_shown = [str(p) for p in problems] + list(board_problems.values())
        # Textual types the callback as Callable[..., T | Awaitable[T]], which mypy cannot
        # solve for a coroutine function (it infers Awaitable[Never]); the call is correct.
        self.app.call_from_thread(
            self._loaded,  # type: ignore[arg-type]
            corpus,
            boards,
            problems_shown,
        )

    async def _loaded(
        self, corpus: Corpus, boards: dict[str, ThemeBoard], problems: list[str]
    ) -> None:
        self.corpus, self.boards = corpus, boards
        # A large corpus is a million long-lived objects: without this, each full garbage
        # collection walks them all and a filter change now and then takes 300 ms.
        gc.freeze()
        for problem in problems:
            self.notify(f"Skipped {problem}", severity="warning", timeout=10, markup=False)
        body = self.query_one("#body", Vertical)
        await body.mount(SynthesisBody(corpus, self.ascii_only))
        # A fixed height (header, a row per tag, the interviewed row): rebuilding the
        # table on every filter change then never lays out the whole screen again.
        self.query_one("#matrix", DataTable).styles.height = len(corpus.tags) + 2
        self._refresh()
        self.query_one("#matrix", DataTable).focus()

    # -- filters and tabs ------------------------------------------------------------

    def on_filter_bar_changed(self, message: FilterBar.Changed) -> None:
        self.filters = message.filters
        self._refresh()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.tabbed_content.id == "tabs":
            self._refresh_tab(event.pane.id or "")
            self.refresh_bindings()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "voice-kind":
            self._show_voices()

    def _refresh(self) -> None:
        assert self.corpus is not None
        self._status()
        self._stale = {"tab-matrix", "tab-themes", "tab-patterns", "tab-voices", "tab-rounds"}
        self._refresh_tab(self.query_one("#tabs", TabbedContent).active)

    def _refresh_tab(self, pane: str) -> None:
        if pane not in self._stale:
            return
        self._stale.discard(pane)
        {
            "tab-matrix": self._show_matrix,
            "tab-themes": self._show_themes,
            "tab-patterns": self._show_patterns,
            "tab-voices": self._show_voices,
            "tab-rounds": self._show_rounds,
        }[pane]()

    def _status(self) -> None:
        assert self.corpus is not None
        sessions = self.corpus.session_indices(self.filters)
        people = {person_of(self.corpus.sessions[i]) for i in sessions}
        shown = "pseudonyms" if self.naming.pseudonyms else "names"
        self.query_one("#status", Static).update(
            Text(
                f"Synthesis · {len(sessions)} of {len(self.corpus.sessions)} interviews · "
                f"{plural(len(people), 'person', 'people')} · "
                f"showing {shown} (F8)"
            )
        )

    # -- the matrix --------------------------------------------------------------------

    def _show_matrix(self) -> None:
        assert self.corpus is not None
        matrix = self.corpus.matrix(self.filters)
        table = self.query_one("#matrix", DataTable)
        row, column = table.cursor_coordinate
        table.clear(columns=True)
        table.add_column("tag · notes · people", key="tag")
        for role in matrix.roles:
            table.add_column(role, key=role)
        table.add_column("all roles", key=ALL_ROLES)
        for tag in matrix.tags:
            cells = [
                self._cell(
                    matrix.cell(tag.key, role).notes, matrix.cell(tag.key, role).participants
                )
                for role in matrix.roles
            ]
            total = matrix.rows[tag.key]
            table.add_row(
                Text(f"{tag.badge(self.ascii_only)} {tag.label}"),
                *cells,
                self._cell(total.notes, total.participants),
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

    @staticmethod
    def _cell(notes: int, people: int) -> Text:
        return Text(f"{notes} · {people}" if notes else "–", style="" if notes else "dim")

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        self._show_cell()

    def _show_cell(self) -> None:
        assert self.corpus is not None
        table = self.query_one("#matrix", DataTable)
        if not table.row_count:
            return
        row_key, column_key = table.coordinate_to_cell_key(table.cursor_coordinate)
        tag = self.corpus.tag_by_key.get(str(row_key.value))
        if tag is None:
            return
        role = None if column_key.value in (ALL_ROLES, "tag") else str(column_key.value)
        # Rebuilding the table highlights cells several times over: read each cell once.
        shown = (self.filters, tag.key, role, self.naming.pseudonyms is not None)
        if shown == self._cell_shown:
            return
        self._cell_shown = shown
        refs = self.corpus.notes(self.filters, tag=tag.key, role=role)
        self.query_one("#cell-notes", NotePager).show(
            refs, f"{tag.emoji} {tag.label} · {role or 'all roles'}", self.naming
        )

    # -- themes -----------------------------------------------------------------------

    @property
    def theme_engagement(self) -> str:
        assert self.corpus is not None
        return (
            self.filters.engagement
            if self.filters.engagement is not None
            else (self.corpus.engagements() or [""])[0]
        )

    @property
    def board(self) -> ThemeBoard:
        return self.boards.setdefault(self.theme_engagement, ThemeBoard.starting(self.tags))

    def _show_themes(self, highlight: str | None = None) -> None:
        assert self.corpus is not None
        engagement = self.theme_engagement
        filters = replace(self.filters, engagement=engagement)
        counts = self.corpus.theme_counts(filters, {engagement: self.board})
        themes = self.query_one("#themes", OptionList)
        keep = highlight or (themes.highlighted_option.id if themes.highlighted_option else None)
        themes.clear_options()
        themes.border_title = f"Themes · {engagement or '(no engagement)'}"
        for theme in self.board.themes:
            count = counts.get(theme.name)
            label = (
                f"{theme.name}  {plural(count.participants, 'person', 'people')} · "
                f"{plural(count.notes, 'note')}"
                if count
                else f"{theme.name}  –"
            )
            themes.add_option(Option(Text(label), id=theme.id))
        themes.add_option(Option(Text("(tagged notes in no theme)", style="dim"), id=NO_THEME))
        ids = [theme.id for theme in self.board.themes] + [NO_THEME]
        themes.highlighted = ids.index(keep) if keep in ids else 0
        self._show_theme_notes()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "themes":
            self._show_theme_notes()

    @property
    def highlighted_theme(self) -> str | None:
        option = self.query_one("#themes", OptionList).highlighted_option
        return None if option is None or option.id == NO_THEME else option.id

    def _show_theme_notes(self) -> None:
        assert self.corpus is not None
        theme_id = self.highlighted_theme
        filters = replace(self.filters, engagement=self.theme_engagement)
        title = self.board.theme(theme_id).name if theme_id else "In no theme"
        self.query_one("#theme-notes", NotePager).show(
            self.corpus.theme_notes(filters, self.board, theme_id), title, self.naming
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in THEME_ACTIONS:
            tabs = self.query("#tabs")
            return bool(tabs) and tabs.first(TabbedContent).active == "tab-themes"
        return True

    def action_new_theme(self) -> None:
        def named(name: str | None) -> None:
            if name:
                self._change(lambda: self.board.create(name).id)

        self.app.push_screen(TextPrompt("Name of the new theme:"), named)

    def action_rename_theme(self) -> None:
        theme_id = self.highlighted_theme
        if theme_id is None:
            return

        def named(name: str | None) -> None:
            if name:
                self._change(lambda: self.board.rename(theme_id, name).id)

        self.app.push_screen(
            TextPrompt("New name for the theme:", self.board.theme(theme_id).name), named
        )

    def action_merge_theme(self) -> None:
        source = self.highlighted_theme
        if source is None:
            return
        choices = [(t.id, t.name) for t in self.board.themes if t.id != source]

        def picked(target: str | None) -> None:
            if target:
                self._change(lambda: self.board.merge(source, target).id)

        name = self.board.theme(source).name
        self.app.push_screen(
            ChoicePrompt(
                f"Merge “{name}” into which theme? Its notes and tags go with it.", choices
            ),
            picked,
        )

    def action_move_note(self) -> None:
        ref = self.query_one("#theme-notes", NotePager).highlighted
        if ref is None:
            self.notify("Highlight a note in the list on the right first.", timeout=3)
            return
        source = self.highlighted_theme
        choices = [(t.id, t.name) for t in self.board.themes if t.id != source]

        def picked(target: str | None) -> None:
            if not target:
                return

            def move() -> str:
                self.board.move(ref.key, ref.tags, source, target)
                return source or target  # stay on the theme the note left

            self._change(move)

        self.app.push_screen(ChoicePrompt("Move this note to which theme?", choices), picked)

    def _change(self, change: Callable[[], str]) -> None:
        """Apply a theme change (it returns the theme to highlight) and save the engagement."""
        engagement = self.theme_engagement
        if engagement in self.unreadable_boards:
            self.notify(
                "This engagement's themes file could not be read, so it is not changed. See the "
                "warning.",
                severity="error",
                markup=False,
            )
            return
        try:
            highlight = change()
        except UserError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        try:
            self.workspace.engagements.save(
                EngagementFile(engagement=engagement, themes=self.board)
            )
        except OSError as error:
            self.notify(
                f"Could not save the themes ({error.strerror}); they are kept until you leave this "
                "screen.",
                severity="error",
                markup=False,
            )
        self._stale |= {"tab-patterns", "tab-rounds"}
        self._show_themes(highlight)

    # -- patterns, voices, rounds ----------------------------------------------------------

    def _show_patterns(self) -> None:
        assert self.corpus is not None
        table = Table(box=None, pad_edge=False, header_style="bold")
        for column in ("#", "pattern", "kind", "people", "roles", "notes"):
            table.add_column(
                column, justify="right" if column in ("#", "people", "roles", "notes") else "left"
            )
        for rank, p in enumerate(self.corpus.patterns(self.filters, self.boards), 1):
            table.add_row(
                str(rank),
                Text(p.label),
                p.kind,
                str(p.count.participants),
                str(len(p.count.roles)),
                str(p.count.notes),
            )
        self.query_one("#patterns", Static).update(table)

    def _show_voices(self) -> None:
        assert self.corpus is not None
        kind = self.query_one("#voice-kind", Select).value
        refs = {
            "quotes": self.corpus.quotes,
            "wishes": self.corpus.wishes,
            "follow_ups": self.corpus.follow_ups,
        }[str(kind)]
        self.query_one("#voice-notes", NotePager).show(
            refs(self.filters), VOICES[str(kind)], self.naming
        )

    def _show_rounds(self) -> None:
        assert self.corpus is not None
        engagements = (
            [self.filters.engagement]
            if self.filters.engagement is not None
            else self.corpus.engagements()
        )
        parts: list[Table] = []
        for engagement in engagements:
            for before, after, changes in self.corpus.round_changes(engagement, self.boards):
                table = Table(
                    title=f"{engagement}: round {before} → {after}",
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
                        Text(c.label),
                        f"{c.before.share:.0%} · {c.before.per_interview:.1f}",
                        f"{c.after.share:.0%} · {c.after.per_interview:.1f}",
                        Text(
                            f"{100 * c.change:+.0f} pts · {c.notes_change:+.1f} notes", style=style
                        ),
                    )
                parts.append(table)
        from rich.console import Group

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

    # -- actions ----------------------------------------------------------------------

    EVIDENCE_FROM_THEME = 20

    def action_action_from(self) -> None:
        """An action from the note in focus, or else from the highlighted theme."""
        if self.corpus is None:
            return
        focused = self.focused
        pager = next(
            (
                p
                for p in self.query(NotePager)
                if focused is not None and p in focused.ancestors_with_self
            ),
            None,
        )
        if pager is not None and (ref := pager.highlighted) is not None:
            board = self.boards.get(ref.session.engagement) or ThemeBoard.starting(self.tags)
            themes = [board.theme(t).name for t in ref.themes_in({ref.session.engagement: board})]
            self._propose(
                ref.session.engagement,
                ref.note["text"],
                kind_for_theme(themes[0]) if themes else "other",
                [ref.key],
                themes[0] if themes else None,
            )
            return
        theme_id = (
            self.highlighted_theme
            if self.query_one("#tabs", TabbedContent).active == "tab-themes"
            else None
        )
        if theme_id is None:
            self.notify("Highlight a note (in any list) or a theme (in Themes) first.", timeout=3)
            return
        name = self.board.theme(theme_id).name
        filters = replace(self.filters, engagement=self.theme_engagement)
        refs = list(self.corpus.theme_notes(filters, self.board, theme_id))
        refs.sort(key=lambda r: not r.note.get("quote"))  # verbatim quotes are the best evidence
        evidence = [r.key for r in refs[: self.EVIDENCE_FROM_THEME]]
        self._propose(
            self.theme_engagement, f"Address {name.lower()}", kind_for_theme(name), evidence, name
        )

    def _propose(
        self, engagement: str, title: str, kind: str, evidence: list[str], theme: str | None
    ) -> None:
        def named(final: str | None) -> None:
            if final:
                add_action(self, self.workspace, engagement, final, kind, evidence, theme)

        self.app.push_screen(
            TextPrompt(
                f"New action ({KIND_LABELS[kind]}, {len(evidence)} evidence notes). Title:", title
            ),
            named,
        )

    def action_open_actions(self) -> None:
        from wfinterview.tui.screens.actions import ActionsScreen

        if (
            self.corpus is not None
            and (plan := load_plan(self, self.workspace, self.theme_engagement)) is not None
        ):
            self.app.push_screen(ActionsScreen(self.workspace, plan, self.ascii_only))

    # -- elsewhere ----------------------------------------------------------------------

    def action_toggle_pseudonyms(self) -> None:
        if self.corpus is None:
            return
        self.naming = Naming(None if self.naming.pseudonyms else Pseudonyms(self.corpus.sessions))
        self._refresh()

    def action_back(self) -> None:
        self.dismiss()
