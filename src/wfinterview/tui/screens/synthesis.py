"""Across interviews: the tag × role matrix, themes, repeat patterns, voices and rounds.

The sessions are read once, in a worker, into a `Corpus`; each tab is a widget built
with it (tui/screens/synthesis_tabs/). A filter change recounts and repaints only the
tab in view. Theme edits go through the engagement store as named edits (themes tab).

In a data folder a team shares, teammates' plan edits arrive while the screen is open
(a sync tool copies their edit logs in): the screen looks for them every few seconds,
merges them in a worker and shows them in place, leaving filters, the highlighted
theme and any open prompt as they are.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static, TabbedContent, TabPane, Tabs
from textual.worker import Worker, WorkerState, get_current_worker

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.framework.wording import plural
from wfinterview.core.plan.actions import KIND_LABELS
from wfinterview.core.plan.edit_log import fingerprint, log_name
from wfinterview.core.plan.engagements import load_plans
from wfinterview.core.synthesis.corpus import Corpus, Filters, person_of
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.navigation import OpenActions
from wfinterview.tui.screens.plan_screen import add_action
from wfinterview.tui.screens.prompts import TextPrompt
from wfinterview.tui.screens.synthesis_tabs.body import SynthesisBody
from wfinterview.tui.screens.synthesis_tabs.findings_tab import FindingsTab
from wfinterview.tui.screens.synthesis_tabs.keys import (
    FINDINGS_ACTIONS,
    NOTE_TABS,
    SYNTHESIS_KEYS,
    TABS,
    THEME_ACTIONS,
)
from wfinterview.tui.screens.synthesis_tabs.matrix_tab import MatrixTab
from wfinterview.tui.screens.synthesis_tabs.patterns_tab import PatternsTab
from wfinterview.tui.screens.synthesis_tabs.rounds_tab import RoundsTab
from wfinterview.tui.screens.synthesis_tabs.themes_tab import Proposal, ThemesTab
from wfinterview.tui.screens.synthesis_tabs.voices_tab import VoicesTab
from wfinterview.tui.settings import PseudonymMarker, SettingsApp
from wfinterview.tui.widgets.filter_bar import FilterBar
from wfinterview.tui.widgets.key_bar import KeyBar
from wfinterview.tui.widgets.note_pager import NotePager

# Workers whose failure is said in a line; what each was doing.
LOADERS = {
    "synthesis-load": "read the sessions",
    "team-edits": "merge the team's plan edits",
}
# On opening, what the merge of the team's edits had to say: a few lines in the notice.
TEAM_REPORTS_SHOWN = 3


class SynthesisScreen(Screen[None]):
    BINDINGS = SYNTHESIS_KEYS
    DEFAULT_CSS = """
    SynthesisScreen #status { height: 1; padding: 0 1; background: $panel; }
    SynthesisScreen TabPane { padding: 0; }
    SynthesisScreen #body, SynthesisBody { height: 1fr; }
    SynthesisScreen TabbedContent { height: 1fr; }
    """
    app = getters.app(SettingsApp)
    # How often teammates' edits are looked for: a few stat calls per engagement.
    TEAM_POLL_SECONDS: ClassVar[float] = 2.0

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.tags = workspace.config.all_tags()
        self.corpus: Corpus | None = None
        self.boards: dict[str, ThemeBoard] = {}
        self.unreadable_boards: set[str] = set()
        self.filters = Filters()
        self._stale: set[str] = set()
        self._team_logs: dict[str, object] = {}  # engagement -> its teammates' logs, stamped
        self._team_reports: set[str] = set()  # what the merges said, told once
        # The tabs once the corpus is read. Kept, not queried: check_action asks which tab
        # is active for every key on every refresh of the bindings, and a query walks the
        # whole screen (2 ms a time with the tables mounted).
        self._tabs: TabbedContent | None = None

    def compose(self) -> ComposeResult:
        yield PseudonymMarker()
        yield Static("Reading sessions…", id="status")
        yield Vertical(id="body")
        yield KeyBar(lines=2)

    def on_mount(self) -> None:
        self._load()
        self.watch(self.app, "naming", lambda _: self._status(), init=False)

    def on_unmount(self) -> None:
        gc.unfreeze()  # the corpus goes with the screen; let the collector see it again

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failure while reading is said in one line where "Reading sessions…" was,
        never left to look like reading that goes on forever."""
        worker = event.worker
        if event.state is WorkerState.ERROR and worker.group in LOADERS:
            error = worker.error
            why = str(error) if isinstance(error, UserError) else f"{type(error).__name__}: {error}"
            line = f"Could not {LOADERS[worker.group]}: {' '.join(why.split())}"
            if worker.group == "synthesis-load":
                self.query_one("#status", Static).update(Text(terminal_safe(line)))
            self.notify(terminal_safe(line), severity="error", timeout=15, markup=False)

    @work(thread=True, exclusive=True, exit_on_error=False, group="synthesis-load")
    def _load(self) -> None:
        # Reading a thousand sessions takes a moment; the screen stays responsive. Words
        # typed in the search box are matched by the local index, as `wfinterview search`
        # matches them (core/workspace/index/queries.py), not by scanning every note.
        corpus, problems = self.workspace.load_corpus(words=True)
        store = self.workspace.engagements
        plans, board_problems = load_plans(store, corpus.engagements())
        boards = {engagement: plan.file.themes for engagement, plan in plans.items()}
        boards |= {engagement: ThemeBoard.starting(self.tags) for engagement in board_problems}
        self.unreadable_boards |= set(board_problems)
        problems_shown = [str(p) for p in problems] + list(board_problems.values())
        reports = [f"{e}: {line}" for e, plan in plans.items() for line in plan.reports()]
        # A worker hands its result over as a message (safe from any thread), never by
        # touching widgets itself.
        self.post_message(self.Loaded(corpus, boards, problems_shown, reports))

    @dataclass
    class Loaded(Message):
        """The sessions and plans read by the loading worker."""

        corpus: Corpus
        """Every session read."""
        boards: dict[str, ThemeBoard]
        """Each engagement's themes."""
        problems: list[str]
        """Files skipped, one line each."""
        reports: list[str]
        """What merging the team's plan edits said."""

    async def on_synthesis_screen_loaded(self, message: Loaded) -> None:
        corpus, boards = message.corpus, message.boards
        problems, reports = message.problems, message.reports
        self.corpus = corpus
        self.boards.update(boards)
        self.app.sessions_read(corpus.sessions)
        # A large corpus is a million long-lived objects: without this, each full garbage
        # collection walks them all and a filter change now and then takes 300 ms.
        gc.freeze()
        for problem in problems:
            self.notify(
                terminal_safe(f"Skipped {problem}"), severity="warning", timeout=10, markup=False
            )
        self._team_reports.update(reports)
        if reports:  # the first few said here, once; `wfinterview team` lists every line
            shown = reports[:TEAM_REPORTS_SHOWN]
            more = len(reports) - len(shown)
            if more:
                shown.append(f"…and {more} more (`wfinterview team` lists them all).")
            self.notify(
                terminal_safe("Merging the team's plan edits:\n" + "\n".join(shown)),
                severity="warning",
                timeout=15,
                markup=False,
            )
        body = self.query_one("#body", Vertical)
        await body.mount(SynthesisBody(corpus, self.boards, self.unreadable_boards, self.workspace))
        if not self.is_attached or self not in self.app.screen_stack:
            return  # the user quit or left while it was mounted: nothing to show it on
        self._tabs = self.query_one("#tabs", TabbedContent)
        self._refresh()
        self.query_one("#matrix").focus()
        self._team_logs = self._teammates_logs()
        self.set_interval(self.TEAM_POLL_SECONDS, self._look_for_team_edits)
        self.call_after_refresh(self._underline_active_tab)

    def _underline_active_tab(self) -> None:
        # Textual places the first tab's underline right after a refresh; on a busy machine
        # that refresh can come before the tabs are laid out, and the underline then sits
        # under nothing until the next resize. Placed again once the tabs have their width.
        for tabs in self.query("#tabs Tabs").results(Tabs):  # none if the screen is gone
            tabs._highlight_active(animate=False)

    # -- teammates' edits ------------------------------------------------------------

    def _teammates_logs(self) -> dict[str, object]:
        store = self.workspace.engagements
        mine = log_name(store.writer)  # this app's own edits are shown as they are made
        engagements = self.corpus.engagements() if self.corpus is not None else []
        return {
            engagement: tuple(
                stamp for stamp in fingerprint(store.folder_for(engagement)) if stamp[0] != mine
            )
            for engagement in engagements
        }

    def _look_for_team_edits(self) -> None:
        now = self._teammates_logs()
        changed = [e for e, stamps in now.items() if stamps != self._team_logs.get(e)]
        self._team_logs = now
        if changed:
            self._merge_team_edits(changed)

    @work(thread=True, exclusive=True, exit_on_error=False, group="team-edits")
    def _merge_team_edits(self, engagements: list[str]) -> None:
        store = self.workspace.engagements
        boards: dict[str, ThemeBoard] = {}
        reports: list[str] = []
        for engagement in engagements:
            try:
                plan = store.plan(engagement)
            except UserError:
                continue  # unreadable: reported when the screen opened, left as it is
            boards[engagement] = plan.file.themes
            reports += [f"{engagement}: {line}" for line in plan.reports()]
        if get_current_worker().is_cancelled:
            return  # a later arrival's merge replaced this one and shows the newer plans
        self.app.call_from_thread(self._team_edits_arrived, boards, reports)

    def _team_edits_arrived(self, boards: dict[str, ThemeBoard], reports: list[str]) -> None:
        for engagement, board in boards.items():
            if engagement not in self.unreadable_boards:
                self.boards[engagement] = board  # the dict every tab shares
        if boards:
            names = ", ".join(sorted(boards))
            self.notify(
                terminal_safe(f"Teammates' plan edits arrived: {names}."), timeout=5, markup=False
            )
        for report in reports:
            if report not in self._team_reports:
                self._team_reports.add(report)
                self.notify(terminal_safe(report), severity="warning", timeout=10, markup=False)
        self._stale = set(TABS)
        self._refresh_tab(self.query_one("#tabs", TabbedContent).active)

    # -- filters and tabs ------------------------------------------------------------

    def on_filter_bar_changed(self, message: FilterBar.Changed) -> None:
        self.filters = message.filters
        self._refresh()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.tabbed_content.id == "tabs":
            self._refresh_tab(event.pane.id or "")
            self.refresh_bindings()
            # Keys act on the tab just shown (arrows move in its table or list, PgDn
            # scrolls it), not on a filter above it or on nothing at all.
            self.call_after_refresh(self._focus_pane, event.pane)

    def _focus_pane(self, pane: TabPane) -> None:
        target = next((widget for widget in pane.query("*") if widget.focusable), None)
        if target is not None and self.app.screen is self:
            target.focus()

    def on_themes_tab_changed(self) -> None:
        self._stale |= {"tab-patterns", "tab-rounds"}

    def _refresh(self) -> None:
        self._status()
        self._stale = set(TABS)
        self._refresh_tab(self.query_one("#tabs", TabbedContent).active)

    def _refresh_tab(self, pane: str) -> None:
        if pane not in self._stale:
            return
        self._stale.discard(pane)
        if pane == "tab-matrix":
            self.query_one(MatrixTab).show(self.filters)
        elif pane == "tab-themes":
            self.query_one(ThemesTab).show(self.filters)
        elif pane == "tab-patterns":
            self.query_one(PatternsTab).show(self.filters)
        elif pane == "tab-voices":
            self.query_one(VoicesTab).show(self.filters)
        elif pane == "tab-rounds":
            self.query_one(RoundsTab).show(self.filters)
        else:
            self.query_one(FindingsTab).show(self.filters)

    def _status(self) -> None:
        if self.corpus is None:
            return
        matching = [self.corpus.sessions[i] for i in self.corpus.session_indices(self.filters)]
        if self.filters.text.strip():  # only the interviews where the words were said
            said = {ref.session.id for ref in self.corpus.notes(self.filters)}
            matching = [s for s in matching if s.id in said]
        people = {person_of(s) for s in matching}
        shown = "pseudonyms" if self.app.pseudonyms_on else "names"
        self.query_one("#status", Static).update(
            Text(
                f"Synthesis · {len(matching)} of {len(self.corpus.sessions)} interviews · "
                f"{plural(len(people), 'person', 'people')} · "
                f"showing {shown} (F8)"
            )
        )

    def action_tab(self, step: int) -> None:
        if self._tabs is not None:
            self._tabs.active = TABS[(TABS.index(self._tabs.active) + step) % len(TABS)]

    @property
    def themes_tab(self) -> ThemesTab:
        return self.query_one(ThemesTab)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        active = self._tabs.active if self._tabs is not None else ""
        if action in THEME_ACTIONS:
            return active == "tab-themes"
        if action in FINDINGS_ACTIONS:
            return active == "tab-findings"
        if action == "action_from":  # from a note: on the tabs that list notes
            return active in NOTE_TABS
        return True

    def action_section(self, direction: int) -> None:
        self.query_one(FindingsTab).jump(direction)

    def action_page_findings(self, direction: int) -> None:
        findings = self.query_one(FindingsTab)
        if direction > 0:
            findings.scroll_page_down(animate=False)
        else:
            findings.scroll_page_up(animate=False)

    def action_new_theme(self) -> None:
        self.themes_tab.new_theme()

    def action_rename_theme(self) -> None:
        self.themes_tab.rename_theme()

    def action_merge_theme(self) -> None:
        self.themes_tab.merge_theme()

    def action_move_note(self) -> None:
        self.themes_tab.move_note()

    def action_undo_theme(self) -> None:
        self.themes_tab.undo()

    # -- actions ----------------------------------------------------------------------

    def action_action_from(self) -> None:
        """An action from the theme highlighted in Themes when its list has the focus, else
        from the note highlighted in the list of notes in focus or in view."""
        if self.corpus is None:
            return
        active = self.query_one("#tabs", TabbedContent).active
        themes = self.themes_tab
        focused = self.focused
        pager = next(
            (
                p
                for p in self.query(NotePager)
                if focused is not None and p in focused.ancestors_with_self
            ),
            None,
        )
        if pager is None and active == "tab-themes":
            proposal = themes.proposal_for_theme()
            if proposal is None:
                self.notify("Highlight a theme (or a note) first.", timeout=3)
                return
            self._propose(proposal)
            return
        if pager is None:  # the list of notes of the tab in view, if it has one
            pane = self.query_one("#tabs", TabbedContent).get_pane(active)
            pager = next(iter(pane.query(NotePager)), None)
        ref = pager.highlighted if pager is not None else None
        if ref is None:
            self.notify("Highlight a note (in any list) or a theme (in Themes) first.", timeout=3)
            return
        engagement = ref.session.engagement
        board = self.boards.get(engagement) or ThemeBoard.starting(self.tags)
        theme_ids = ref.themes_in({engagement: board})
        theme_id = theme_ids[0] if theme_ids else None
        self._propose(
            Proposal(
                engagement,
                ref.note["text"],
                themes.kind_for(engagement, theme_id),
                [ref.key],
                theme_id,
            )
        )

    def _propose(self, proposal: Proposal) -> None:
        def named(final: str | None) -> None:
            if final:
                add_action(
                    self,
                    self.workspace,
                    proposal.engagement,
                    final,
                    proposal.kind,
                    proposal.evidence,
                    proposal.theme_id,
                )

        self.app.push_screen(
            TextPrompt(
                f"New action ({KIND_LABELS[proposal.kind]}, {len(proposal.evidence)} evidence "
                "notes). Title:",
                self.app.naming.engagement_text(proposal.engagement, proposal.title),
            ),
            named,
        )

    def action_open_actions(self) -> None:
        if self.corpus is not None:
            self.post_message(OpenActions(self.themes_tab.engagement))

    # -- elsewhere ----------------------------------------------------------------------

    def action_toggle_pseudonyms(self) -> None:
        if self.corpus is None:
            return
        # For the whole app: every screen opened from here shows them until switched off.
        on = not self.app.pseudonyms_on
        self.app.show_pseudonyms(on, self.corpus.sessions)
        self.notify(
            "Pseudonyms in synthesis and its screens until F8 here again."
            if on
            else "Real names shown again.",
            timeout=3,
        )

    def action_back(self) -> None:
        """Esc goes back one level: from a list of notes to what opened it, then home."""
        focused = self.focused
        pager = next(
            (p for p in self.query(NotePager) if focused is not None and p in focused.ancestors),
            None,
        )
        if pager is not None and pager.parent is not None:
            target = pager.parent.query("#matrix, #themes")
            if target:
                target.first().focus()
                return
        self.dismiss()
