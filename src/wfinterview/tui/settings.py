"""Settings of the whole app that every screen reads from one place: ASCII-only badges,
and whether participants show as themselves or as pseudonyms.

Pseudonyms are a mode of the app, not of one screen: once on (F8 in synthesis), synthesis
and every screen opened from it (actions, RACI, approvals, their dialogs) show P01, P02…
until they are switched off, and a marker at the top says so. Home, the cockpit and the
review are the facilitator's own, about one person at a time, and keep real names.
Screens read the settings through `getters.app(SettingsApp)`, typed, and watch `naming`
to repaint when it changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import App
from textual.reactive import var
from textual.widgets import Static

from wfinterview.core.synthesis.anonymize import Named, Naming, Pseudonyms

REAL_NAMES = Naming(None)


class SettingsApp(App[None]):
    ascii_only: bool = False
    naming: var[Naming] = var(REAL_NAMES, init=False)

    @property
    def pseudonyms_on(self) -> bool:
        return self.naming.pseudonyms is not None

    def show_pseudonyms(self, on: bool, sessions: Iterable[Named]) -> None:
        self.naming = Naming(Pseudonyms(sessions)) if on else REAL_NAMES

    def sessions_read(self, sessions: Iterable[Named]) -> None:
        """A screen read the sessions afresh: pseudonyms (if on) cover every one of them,
        an interview held since they were switched on included."""
        if self.pseudonyms_on:
            self.show_pseudonyms(True, sessions)


class PseudonymMarker(Static):
    """One line at the top of a screen while pseudonyms are on; nothing otherwise."""

    DEFAULT_CSS = """
    PseudonymMarker {
        dock: top; height: 1; padding: 0 1; display: none;
        background: $warning; color: $background; text-style: bold;
    }
    PseudonymMarker.-on { display: block; }
    """

    def on_mount(self) -> None:
        self.watch(self.app, "naming", self._shown, init=True)

    def _shown(self, naming: Naming) -> None:
        on = naming.pseudonyms is not None
        self.set_class(on, "-on")
        self.update(
            Text("Pseudonyms on: P01, P02… in synthesis and its screens (F8 there: real names)")
            if on
            else ""
        )
