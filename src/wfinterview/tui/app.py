"""The app: screens, keymap and wiring. Work happens in the core; screens show it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.filter import LineFilter
from textual.notifications import SeverityLevel
from textual.screen import Screen

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Recap, Session
from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.setup.keymap import effective_keys
from wfinterview.core.storage.lock import SessionLock
from wfinterview.core.storage.state import read_state
from wfinterview.core.workspace.opening import open_for_review, reopen_interview, start_interview
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.keys import key_label
from wfinterview.tui.navigation import (
    OpenActions,
    OpenApprovals,
    OpenCockpit,
    OpenRaci,
    OpenRecap,
    OpenReview,
)
from wfinterview.tui.palette import PaletteCommand, ScreenKeysProvider, app_commands
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.session_screen import SessionScreen
from wfinterview.tui.settings import SettingsApp
from wfinterview.tui.terminal_guard import BidiGuard
from wfinterview.tui.widgets.key_bar import give_key_bar

# Screens are imported when first shown: a cockpit opened from the command line paints
# without loading home, and home paints without loading the cockpit.
if TYPE_CHECKING:
    from wfinterview.tui.screens.cockpit import CockpitScreen
    from wfinterview.tui.screens.new_interview import NewInterview


class InterviewApp(SettingsApp):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "wfinterview"
    # Help on every screen, under the cockpit's help key (one re-binding moves both);
    # the palette offers every key of the screen in front (tui/palette.py).
    BINDINGS = [Binding("f9", "help", "Help", id="help")]
    COMMANDS = App.COMMANDS | {ScreenKeysProvider}

    def __init__(
        self,
        workspace: Workspace,
        ascii_only: bool = False,
        cockpit: tuple[Session, SessionLock] | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.ascii_only = ascii_only or workspace.config.ascii
        self.tags = workspace.config.all_tags()
        self.effective_keys = effective_keys(workspace.config.keys)
        self._initial_cockpit = cockpit
        self._now = now  # a time source for every interview's clock (tests move it by hand)
        self._bidi_guard = BidiGuard()  # tui/terminal_guard.py; tests switch it off to look

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notice of every screen passes here: a name or a theme from a teammate's
        file in it is shown, never obeyed (`terminal_safe`)."""
        super().notify(
            terminal_safe(message),
            title=terminal_safe(title),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    def get_line_filters(self) -> Sequence[LineFilter]:
        guard = [self._bidi_guard] if self._bidi_guard.enabled else []
        return [*super().get_line_filters(), *guard]

    def on_mount(self) -> None:
        self.set_keymap(self.workspace.config.keys)
        self.screen_change_signal.subscribe(self, give_key_bar)  # dialogs show their keys
        if self._initial_cockpit is not None:
            # Straight into the call: home is built only once the interview ends.
            self.open_cockpit(*self._initial_cockpit)
        else:
            from wfinterview.tui.screens.home import HomeScreen

            self.push_screen(HomeScreen(self.workspace))

    def open_cockpit(self, session: Session, lock: SessionLock) -> None:
        from wfinterview.tui.screens.cockpit import CockpitScreen

        self.push_screen(
            CockpitScreen(session, self.workspace.store, lock, self.tags, now=self._now)
        )

    def open_review(self, session_id: str) -> None:
        try:
            session, lock = open_for_review(self.workspace, session_id)
        except UserError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        from wfinterview.tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(session, self.workspace.store, lock, self.tags))

    def recap_email(self, session: Session, recap: Recap) -> str:
        from wfinterview.core.interview.emails import recap_email

        config, paths = self.workspace.config, self.workspace.paths
        return recap_email(session, recap, config.facilitator, paths.user_templates_dir)

    def recap_unsigned(self, session: Session) -> str | None:
        """How to set a name to sign a recap with, when it would go unsigned; else None."""
        from wfinterview.core.interview.emails import recap_signer, unsigned_hint

        signed_by = recap_signer(session, self.workspace.config.facilitator)
        return unsigned_hint(signed_by, self.workspace.paths.config_file)

    def pre_interview_email(self, agenda_id: str, participant: str, when: str) -> str:
        from wfinterview.core.interview.emails import pre_interview_email

        config, paths = self.workspace.config, self.workspace.paths
        agenda = self.workspace.catalog.get(agenda_id)
        return pre_interview_email(
            agenda, participant, when, config.facilitator, paths.user_templates_dir
        )

    def key_label_for(self, action_id: str) -> str:
        """The key that runs an action now, the user's re-bindings applied."""
        return key_label(self.effective_keys[action_id])

    # -- places: every move between screens is decided here (tui/navigation.py) ----------

    def on_open_cockpit(self, message: OpenCockpit) -> None:
        try:
            self.open_cockpit(*reopen_interview(self.workspace, message.session_id))
        except UserError as error:
            self.notify(str(error), severity="error", markup=False)

    def on_open_review(self, message: OpenReview) -> None:
        self.open_review(message.session_id)

    def on_open_recap(self, message: OpenRecap) -> None:
        from wfinterview.core.transcript.store import TranscriptStore
        from wfinterview.tui.screens.recap import RecapScreen

        transcripts = TranscriptStore(self.workspace.paths.data_dir)
        verified, problem = transcripts.verified_quotes(message.review.session)
        message.review.verified_quotes = verified
        if problem:
            self.notify(
                f"Drafted without the transcript: {problem}", severity="warning", markup=False
            )
        self.push_screen(RecapScreen(message.review, self.recap_email, self.recap_unsigned))

    def on_open_synthesis(self) -> None:
        from wfinterview.tui.screens.synthesis import SynthesisScreen

        self.push_screen(SynthesisScreen(self.workspace))

    def on_open_actions(self, message: OpenActions) -> None:
        from wfinterview.tui.screens.actions import ActionsScreen
        from wfinterview.tui.screens.plan_screen import load_plan

        if (plan := load_plan(self.screen, self.workspace, message.engagement)) is not None:
            self.push_screen(ActionsScreen(self.workspace, plan))

    def on_open_raci(self, message: OpenRaci) -> None:
        from wfinterview.tui.screens.raci import RaciScreen

        self.push_screen(RaciScreen(self.workspace, message.plan, message.corpus))

    def on_open_approvals(self, message: OpenApprovals) -> None:
        from wfinterview.tui.screens.approvals import ApprovalsScreen

        self.push_screen(ApprovalsScreen(self.workspace, message.plan, message.corpus))

    def on_open_new_interview(self) -> None:
        engagement = read_state(self.workspace.paths.state_file).get("engagement", "")
        minutes = self.workspace.config.default_minutes
        from wfinterview.tui.screens.new_interview import NewInterviewScreen

        screen = NewInterviewScreen(
            self.workspace.catalog, self.pre_interview_email, engagement, minutes
        )
        # The form is a dialog: it answers here, and the cockpit opens from its answer.
        self.push_screen(screen, self._start_new)

    def _start_new(self, request: NewInterview | None) -> None:
        if request is None:
            return
        try:
            agenda = self.workspace.catalog.get(request.agenda_id)
            self.open_cockpit(
                *start_interview(
                    self.workspace,
                    agenda,
                    request.participant,
                    request.engagement,
                    request.minutes,
                    request.round,
                )
            )
        except (UserError, OSError) as error:
            self.notify(f"Could not start the interview: {error}", severity="error", markup=False)

    # -- cockpit -----------------------------------------------------------------------

    async def on_cockpit_screen_ended(self, message: CockpitScreen.Ended) -> None:
        # Straight on to the review, with home beneath it; the cockpit lets go of the
        # session's lock as it leaves, so the review can take it.
        if len(self.screen_stack) > 2:
            await self.pop_screen()
        else:
            from wfinterview.tui.screens.home import HomeScreen

            await self.switch_screen(HomeScreen(self.workspace))
        self.open_review(message.session.id)
        name = message.session.participant.name
        self.notify(
            f"Interview with {name} ended and saved. Fix notes here; "
            f"{self.key_label_for('open_recap')} opens the recap.",
            markup=False,
        )

    async def action_quit(self) -> None:
        unsaved = [
            s
            for s in self.screen_stack
            if isinstance(s, SessionScreen) and not s.writer.flush(timeout=1.0)
        ]
        if unsaved:
            error = unsaved[0].writer.status.error or "the disk is not answering"
            question = f"Some notes are NOT saved yet ({error}). Quit anyway and lose them?"

            def answered(quit_anyway: bool | None) -> None:
                if quit_anyway:
                    self.exit()

            self.push_screen(ConfirmScreen(question, yes="Quit and lose them"), answered)
            return
        self.exit()

    def action_help(self) -> None:
        from wfinterview.tui.screens.help import open_help

        open_help(self)

    def palette_commands(self, screen: Screen[object]) -> Iterable[PaletteCommand]:
        return app_commands(self, screen)
