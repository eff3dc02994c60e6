"""A screen that changes one session: it holds the session's lock and saves every change.

Changes go to a background writer as full snapshots, so typing never waits for the
disk; the save indicator in the header and a notice say when a write fails, and
again when it lands.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import getters
from textual.message import Message
from textual.screen import Screen

from wfinterview.core.framework.models import Session
from wfinterview.core.storage.lock import SessionLock
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.storage.writer import SaveStatus, SessionWriter
from wfinterview.tui.settings import SettingsApp
from wfinterview.tui.widgets.session_header import SaveIndicator


class SessionScreen(Screen[None]):
    app = getters.app(SettingsApp)  # the app-level settings (ascii_only), typed

    @dataclass
    class SaveStatusChanged(Message):
        """The background writer saved, failed or recovered (posted from its thread)."""

        status: SaveStatus
        """Saved or not, and the error when not."""

    def __init__(self, session: Session, store: SessionStore, lock: SessionLock) -> None:
        super().__init__()
        self.store = store
        self.session_lock = lock
        session_id = session.id
        self.writer = SessionWriter(
            write=lambda data: store.write(session_id, data),
            on_status=self._post_status,
        )
        self._save_error_shown = False

    def _post_status(self, status: SaveStatus) -> None:
        # Called from the writer's thread; post_message is thread-safe.
        self.post_message(self.SaveStatusChanged(status))

    def persist(self, session: Session) -> None:
        self.writer.submit(SessionStore.serialize(session))

    def on_unmount(self) -> None:
        # Runs after a subclass's own on_unmount, so its last snapshot is written too.
        self.writer.close(timeout=5.0)
        self.session_lock.release()

    def on_session_screen_save_status_changed(self, message: SaveStatusChanged) -> None:
        # The recap editor, pushed over this screen, shows the same session's state.
        for screen in self.app.screen_stack:
            for indicator in screen.query(SaveIndicator):
                indicator.show_status(message.status)
        if message.status.error and not self._save_error_shown:
            self._save_error_shown = True
            self.notify(
                f"Could not save: {message.status.error}. Your notes are kept in memory; retrying.",
                severity="error",
                timeout=15,
                markup=False,
            )
        elif message.status.error is None and self._save_error_shown:
            self._save_error_shown = False
            self.notify("Saved again. Everything you typed is on disk.", timeout=5)
