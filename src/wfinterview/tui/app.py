"""The app: screens, keymap and wiring. Work happens in the core; screens show it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from wfinterview.core.errors import UserError
from wfinterview.core.keymap import ACTIONS, effective_keys
from wfinterview.core.lock import SessionLock
from wfinterview.core.models import Session
from wfinterview.core.opening import reopen_interview, start_interview
from wfinterview.core.state import read_state
from wfinterview.core.workspace import Workspace
from wfinterview.tui.screens.cockpit import CockpitScreen
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.home import HomeScreen
from wfinterview.tui.screens.new_interview import NewInterview, NewInterviewScreen


class InterviewApp(App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "wfinterview"

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

    def on_mount(self) -> None:
        self.set_keymap(self.workspace.config.keys)
        if self._initial_cockpit is not None:
            # Straight into the call: home is built only once the interview ends.
            self.open_cockpit(*self._initial_cockpit)
        else:
            self.push_screen(HomeScreen(self.workspace.store))

    def open_cockpit(self, session: Session, lock: SessionLock) -> None:
        self.push_screen(
            CockpitScreen(session, self.workspace.store, lock, self.tags, self.ascii_only, now=self._now)
        )

    # -- home -------------------------------------------------------------------------

    def on_home_screen_open_requested(self, message: HomeScreen.OpenRequested) -> None:
        try:
            self.open_cockpit(*reopen_interview(self.workspace, message.session_id))
        except UserError as error:
            self.notify(str(error), severity="error", markup=False)

    def on_home_screen_new_requested(self) -> None:
        engagement = read_state(self.workspace.paths.state_file).get("engagement", "")
        minutes = self.workspace.config.default_minutes
        screen = NewInterviewScreen(self.workspace.catalog, engagement, minutes)
        self.push_screen(screen, self._start_new)

    def _start_new(self, request: NewInterview | None) -> None:
        if request is None:
            return
        try:
            agenda = self.workspace.catalog.get(request.agenda_id)
            self.open_cockpit(
                *start_interview(self.workspace, agenda, request.participant, request.engagement, request.minutes)
            )
        except (UserError, OSError) as error:
            self.notify(f"Could not start the interview: {error}", severity="error", markup=False)

    # -- cockpit -----------------------------------------------------------------------

    def on_cockpit_screen_ended(self, message: CockpitScreen.Ended) -> None:
        if len(self.screen_stack) > 2:
            self.pop_screen()
        else:
            self.switch_screen(HomeScreen(self.workspace.store))
        name = message.session.participant.name
        self.notify(f"Interview with {name} ended and saved.", markup=False)

    async def action_quit(self) -> None:
        screen = self.screen
        if isinstance(screen, CockpitScreen) and not screen.writer.flush(timeout=1.0):
            error = screen.writer.status.error or "the disk is not answering"
            question = f"Some notes are NOT saved yet ({error}). Quit anyway and lose them?"

            def answered(quit_anyway: bool | None) -> None:
                if quit_anyway:
                    self.exit()

            self.push_screen(ConfirmScreen(question, yes="Quit and lose them"), answered)
            return
        self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, CockpitScreen):
            for action in ACTIONS.values():
                if action.id.startswith("tag_") or action.id in ("quote", "follow_up"):
                    continue
                yield SystemCommand(action.description.capitalize(), f"key: {self.effective_keys[action.id]}",
                                    lambda action_id=action.id: self.run_action(action_id, screen))
