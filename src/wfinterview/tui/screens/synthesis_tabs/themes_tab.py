"""Themes of one engagement: the four starting themes filled from tags, then the
consultant's new themes, renames, merges and moved notes.

Each change is a named edit applied by the engagement store to the newest file (so the
actions, RACI and approval stages in it are never touched), and each returns the edit
that takes it back: ctrl+z undoes the last theme edits one by one, through the store
too, so what other windows changed since survives the undo.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.text import clip, terminal_safe
from wfinterview.core.framework.wording import plural
from wfinterview.core.plan.actions import kind_for
from wfinterview.core.plan.edits import CreateTheme, MergeThemes, MoveNote, RenameTheme
from wfinterview.core.plan.engagements import Edit, EngagementStore
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.plan_screen import apply_edit
from wfinterview.tui.screens.prompts import ChoicePrompt, TextPrompt
from wfinterview.tui.settings import SettingsApp
from wfinterview.tui.widgets.note_pager import NotePager

NO_THEME = "__none__"
NOTE_SHOWN = 180  # of the note F4 moves, in its dialog: two or three lines
EVIDENCE_FROM_THEME = 20


class StopAtEnds(OptionList):
    """An option list whose cursor stops at the first and last option instead of
    wrapping round, so a held key never lands on the wrong theme unseen."""

    def action_cursor_down(self) -> None:
        if self.highlighted is None or self.highlighted < self.option_count - 1:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.highlighted is None or self.highlighted > 0:
            super().action_cursor_up()


class ThemeList(StopAtEnds):
    """The engagement's themes; F6 here makes an action from the highlighted theme."""

    BINDINGS = [Binding("f6", "screen.action_from", "Action from theme", id="action_from_theme")]


class ThemePrompt(ChoicePrompt):
    """Pick a theme; the list stops at its ends instead of wrapping round."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(terminal_safe(self.question)))
            yield StopAtEnds(
                *(
                    Option(Text(terminal_safe(label)), id=choice_id)
                    for choice_id, label in self.choices
                ),
                id="choices",
            )
            yield Static("Enter picks · Esc cancels", id="hint")


@dataclass(frozen=True)
class Proposal:
    """An action proposed from a theme or a note: what F6 pre-fills."""

    engagement: str
    title: str
    kind: str
    evidence: list[str]
    theme_id: str | None


@dataclass(frozen=True)
class Undo:
    engagement: str
    edit: Edit
    what: str


class ThemesTab(Horizontal):
    DEFAULT_CSS = """
    ThemesTab { height: 1fr; }
    ThemesTab #themes { width: 42; max-width: 45%; height: 1fr; border: round $panel; }
    """
    app = getters.app(SettingsApp)

    class Changed(Message):
        """The themes of an engagement changed: counts by theme are stale elsewhere."""

    def __init__(
        self,
        corpus: Corpus,
        boards: dict[str, ThemeBoard],
        unreadable: set[str],
        store: EngagementStore,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.boards = boards  # shared with the screen's other tabs
        self.unreadable = unreadable
        self.store = store
        self.filters = Filters()
        self.undo_stack: list[Undo] = []
        self.framework_themes = {tag.key: tag.theme for tag in store.tags}

    def compose(self) -> ComposeResult:
        yield ThemeList(id="themes")
        yield NotePager(self.corpus.tags, id="theme-notes")

    # -- what it shows --------------------------------------------------------------------

    @property
    def engagement(self) -> str:
        if self.filters.engagement is not None:
            return self.filters.engagement
        return (self.corpus.engagements() or [""])[0]

    @property
    def board(self) -> ThemeBoard:
        board = self.boards.get(self.engagement)
        if board is None:  # an engagement with no file yet starts from the four themes
            board = self.boards[self.engagement] = ThemeBoard.starting(self.store.tags)
        return board

    def show(self, filters: Filters, highlight: str | None = None) -> None:
        self.filters = filters
        engagement = self.engagement
        counts = self.corpus.theme_counts(
            replace(filters, engagement=engagement), {engagement: self.board}
        )
        themes = self.query_one("#themes", OptionList)
        keep = highlight or (themes.highlighted_option.id if themes.highlighted_option else None)
        themes.clear_options()
        themes.border_title = terminal_safe(f"Themes · {engagement or '(no engagement)'}")
        # With "Engagement: all" above, the title says which of them these themes are.
        engagements = self.corpus.engagements()
        themes.border_subtitle = (
            f"1 of {len(engagements)} engagements (filter ↑)"
            if filters.engagement is None and len(engagements) > 1
            else ""
        )
        for theme in self.board.themes:
            count = counts.get(theme.name)
            label = (
                f"{theme.name}  {plural(count.participants, 'person', 'people')} · "
                f"{plural(count.notes, 'note')}"
                if count
                else f"{theme.name}  –"
            )
            themes.add_option(Option(Text(terminal_safe(label)), id=theme.id))
        themes.add_option(Option(Text("(tagged notes in no theme)", style="dim"), id=NO_THEME))
        ids = [theme.id for theme in self.board.themes] + [NO_THEME]
        themes.highlighted = ids.index(keep) if keep in ids else 0
        self._show_notes()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "themes":
            self._show_notes()

    @property
    def highlighted_theme(self) -> str | None:
        option = self.query_one("#themes", OptionList).highlighted_option
        return None if option is None or option.id == NO_THEME else option.id

    @property
    def highlighted_note(self) -> str | None:
        ref = self.query_one("#theme-notes", NotePager).highlighted
        return None if ref is None else ref.key

    def _show_notes(self) -> None:
        theme_id = self.highlighted_theme
        filters = replace(self.filters, engagement=self.engagement)
        title = self.board.theme(theme_id).name if theme_id else "In no theme"
        self.query_one("#theme-notes", NotePager).show(
            self.corpus.theme_notes(filters, self.board, theme_id), title
        )

    def _theme_or_why(self, doing: str) -> str | None:
        theme_id = self.highlighted_theme
        if theme_id is None:
            self.notify(
                f"“(tagged notes in no theme)” is not a theme: highlight one to {doing}.",
                timeout=4,
            )
        return theme_id

    # -- the consultant's changes ---------------------------------------------------------

    def new_theme(self) -> None:
        def named(name: str | None) -> None:
            if name:
                theme_id = self.board.new_id(name)
                self._apply(CreateTheme(theme_id=theme_id, name=name), theme_id, f"new “{name}”")

        self.app.push_screen(TextPrompt("Name of the new theme:"), named)

    def rename_theme(self) -> None:
        theme_id = self._theme_or_why("rename it")
        if theme_id is None:
            return
        before = self.board.theme(theme_id).name

        def named(name: str | None) -> None:
            if name:
                self._apply(
                    RenameTheme(theme_id=theme_id, name=name),
                    theme_id,
                    f"rename of “{before}” to “{name}”",
                )

        self.app.push_screen(TextPrompt("New name for the theme:", before), named)

    def merge_theme(self) -> None:
        source = self._theme_or_why("merge it into another")
        if source is None:
            return
        choices = [(t.id, t.name) for t in self.board.themes if t.id != source]
        if not choices:
            self.notify("There is no other theme to merge it into.", timeout=4)
            return
        name = self.board.theme(source).name

        def picked(target: str | None) -> None:
            if not target:
                return
            target_name = self.board.theme(target).name

            def answered(yes: bool | None) -> None:
                if yes:
                    self._apply(
                        MergeThemes(source_id=source, target_id=target),
                        target,
                        f"merge of “{name}” into “{target_name}”",
                    )

            self.app.push_screen(
                ConfirmScreen(
                    terminal_safe(
                        f"Merge “{name}” into “{target_name}”? Its notes, tags and actions go "
                        f"with it and “{name}” is gone (ctrl+z undoes it)."
                    ),
                    yes="Merge",
                ),
                answered,
            )

        self.app.push_screen(
            ThemePrompt(
                f"Merge “{name}” into which theme? Its notes and tags go with it.", choices
            ),
            picked,
        )

    def move_note(self) -> None:
        ref = self.query_one("#theme-notes", NotePager).highlighted
        if ref is None:
            self.notify("Highlight a note in the list on the right first.", timeout=3)
            return
        source = self.highlighted_theme
        choices = [(t.id, t.name) for t in self.board.themes if t.id != source]
        if not choices:
            self.notify("There is no other theme to move it to.", timeout=4)
            return

        def picked(target: str | None) -> None:
            if target:
                edit = MoveNote(note_key=ref.key, tags=ref.tags, from_id=source, to_id=target)
                # Stay on the theme the note left, to move the next one.
                self._apply(edit, source or target, f"move to “{self.board.theme(target).name}”")

        naming = self.app.naming
        said = " ".join(naming.text(ref.session, ref.note["text"]).split())
        where = self.board.theme(source).name if source else "no theme"
        question = (
            f"Move this note of {naming.participant(ref.session)} "
            f"({ref.session.participant.role}), now in “{where}”, to which theme?\n"
            f"“{clip(said, NOTE_SHOWN)}”"
        )
        self.app.push_screen(ThemePrompt(question, choices), picked)

    def undo(self) -> None:
        if not self.undo_stack:
            self.notify("No theme edit to undo here.", timeout=3)
            return
        last = self.undo_stack.pop()
        if self._apply(last.edit, None, "", engagement=last.engagement, record=False):
            self.notify(terminal_safe(f"Undone: {last.what}."), timeout=4, markup=False)

    def _apply(
        self,
        edit: Edit,
        highlight: str | None,
        what: str,
        engagement: str | None = None,
        record: bool = True,
    ) -> bool:
        engagement = self.engagement if engagement is None else engagement
        if engagement in self.unreadable:
            self.notify(
                "This engagement's file could not be read, so it is not changed. See the warning.",
                severity="error",
                markup=False,
            )
            return False
        applied = apply_edit(self.screen, self.store, engagement, edit)
        if applied is not None:
            self.boards[engagement] = applied.file.themes
            if record and applied.undo is not None:
                self.undo_stack.append(Undo(engagement, applied.undo, what))
        else:
            try:  # show the file as it is: another window may have changed it
                self.boards[engagement] = self.store.load(engagement).themes
            except UserError:
                pass
        self.post_message(self.Changed())
        self.show(self.filters, highlight)
        return applied is not None

    # -- actions from themes ----------------------------------------------------------------

    def proposal_for_theme(self) -> Proposal | None:
        theme_id = self.highlighted_theme
        if theme_id is None:
            return None
        name = self.board.theme(theme_id).name
        filters = replace(self.filters, engagement=self.engagement)
        refs = list(self.corpus.theme_notes(filters, self.board, theme_id))
        refs.sort(key=lambda r: not r.note.get("quote"))  # verbatim quotes are the best evidence
        return Proposal(
            self.engagement,
            f"Address {name.lower()}",
            kind_for(self.board, theme_id, self.framework_themes),
            [r.key for r in refs[:EVIDENCE_FROM_THEME]],
            theme_id,
        )

    def kind_for(self, engagement: str, theme_id: str | None) -> str:
        board = self.boards.get(engagement) or ThemeBoard.starting(self.store.tags)
        return kind_for(board, theme_id, self.framework_themes)
