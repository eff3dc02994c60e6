"""The validation text for one participant: read it, then copy it to send.

The text is addressed to one real person and signed by a real facilitator, so what is
copied is always the real text: a "Hi P01" is unsendable. On screen, while pseudonyms are
on (the screen may be shared), it shows the pseudonyms and the signature as a placeholder
(never a bare code like "F1", which reads as a key); copying it then asks first, naming
the person by pseudonym, and the notice says the copy carries real names.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import getters
from textual.widgets import Static

from wfinterview.core.framework.text import terminal_safe
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.text_preview import TextPreviewScreen
from wfinterview.tui.settings import SettingsApp

# Where the signature goes in the text shown while pseudonyms are on.
HIDDEN_SIGNATURE = "[facilitator's name]"
NO_SIGNATURE = (
    "No name to sign it with: the text ends on “Thanks,”. "
    'Set facilitator = "Your Name" in config.toml to sign it.'
)


@dataclass(frozen=True)
class ValidationText:
    """One participant's validation text, as sent and as shown."""

    real: str
    """The text as the participant will read it: real names, signed."""
    shown: str
    """The text as the screen shows it now (pseudonyms, if on)."""
    shown_name: str
    """The participant as the screen names them: "Ana García", or "P01"."""
    signed: bool
    """Whether there was a name to sign it with."""


class ValidationPreview(TextPreviewScreen):
    app = getters.app(SettingsApp)

    def __init__(self, text: ValidationText) -> None:
        super().__init__(f"For {text.shown_name}: does this match?", text.shown)
        self.validation = text

    def on_mount(self) -> None:
        hint = "F2 copies it to the clipboard"
        if self.app.pseudonyms_on:
            hint += " with real names (it asks first)"
        hint += " · Esc closes"
        if not self.validation.signed:
            hint = f"{NO_SIGNATURE}\n{hint}"
        self.query_one("#hint", Static).update(Text(hint))
        self.query_one("#title", Static).update(Text(terminal_safe(self.title_text)))
        self.query_one("#text", Static).update(Text(terminal_safe(self.text)))

    def action_copy(self) -> None:
        name = self.validation.shown_name
        if not self.app.pseudonyms_on:
            self._copy(f"Copied with real names: the text for {name}.")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._copy(
                    f"Copied with real names, to send: the text for {name} "
                    "(the screen keeps showing pseudonyms)."
                )

        self.app.push_screen(
            ConfirmScreen(
                terminal_safe(
                    f"This text is for {name} alone: a copy with “{name}” in it cannot be "
                    f"sent. Copy it with {name}'s real name and the real signature?"
                ),
                yes="Copy with real names",
            ),
            answered,
        )

    def _copy(self, notice: str) -> None:
        self.app.copy_to_clipboard(self.validation.real)
        if not self.validation.signed:
            notice += " It is not signed: set facilitator in config.toml."
        self.notify(terminal_safe(notice), timeout=5, markup=False)
