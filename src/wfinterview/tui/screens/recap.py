"""The same-day recap: three points drafted from the notes, edited, copied, marked sent.

Nothing is saved until the consultant changes a word: until then the recap stays a
draft that follows the notes. From the first edit on, every change is saved at once.

The recap email is addressed to one real person: with pseudonyms on (the screen may be
shared), copying it asks first, naming the person by pseudonym, then copies the real
text. An email with no one to sign it is copied unsigned, and the notice says how to set
the facilitator's name.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static, TextArea

from wfinterview.core.framework.content import RECAP_HEADINGS
from wfinterview.core.framework.models import Recap, Session
from wfinterview.core.interview.recap import (
    RecapEmail,
    draft_recap,
    format_recap,
    recap_for,
    recap_status,
)
from wfinterview.core.interview.review import SessionReview
from wfinterview.core.setup.keymap import RECAP_ACTIONS
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.settings import SettingsApp
from wfinterview.tui.widgets.key_bar import KeyBar
from wfinterview.tui.widgets.session_header import SessionHeader

FIELDS = ("heard", "stuck", "magic_wand")


class RecapScreen(Screen[None]):
    BINDINGS = [
        *(Binding(a.keys, a.id, a.footer, id=a.id) for a in RECAP_ACTIONS),
        Binding("escape", "back", "Back", id="recap_back"),
    ]
    DEFAULT_CSS = """
    RecapScreen #status { padding: 0 1; color: $text-muted; }
    RecapScreen VerticalScroll { padding: 0 1; }
    RecapScreen Label { margin-top: 1; text-style: bold; }
    RecapScreen TextArea { height: auto; min-height: 3; max-height: 12; }
    """

    def __init__(
        self,
        review: SessionReview,
        recap_email: RecapEmail,
        unsigned: Callable[[Session], str | None] = lambda session: None,
    ) -> None:
        """`unsigned`: how to set a name to sign with, when the email would have none."""
        super().__init__()
        self.review = review
        self.recap_email = recap_email
        self.unsigned = unsigned

    def compose(self) -> ComposeResult:
        recap = recap_for(self.review.session, self.review.verified_quotes)
        yield SessionHeader(self.review.session)
        yield Static(id="status")
        with VerticalScroll():
            for field, heading in zip(FIELDS, RECAP_HEADINGS, strict=True):
                yield Label(heading)
                yield TextArea(
                    getattr(recap, field), id=field, soft_wrap=True, tab_behavior="focus"
                )
        yield KeyBar()

    def on_mount(self) -> None:
        self._show_status()
        self.query_one("#heard", TextArea).focus()

    def _show_status(self) -> None:
        if self.review.recap_edited:
            saved = "edited"
        elif self.review.session.recap is None:
            saved = "draft from the notes (saved once you edit it)"
        else:
            saved = "draft from the notes, unchanged"
        self.query_one("#status", Static).update(
            Text(f"{saved} · {recap_status(self.review.session)}")
        )

    def current(self) -> Recap:
        """The recap as the fields show it now."""
        heard, stuck, magic_wand = (self.query_one(f"#{f}", TextArea).text for f in FIELDS)
        sent_at = self.review.session.recap.sent_at if self.review.session.recap else None
        return Recap(heard=heard, stuck=stuck, magic_wand=magic_wand, sent_at=sent_at)

    def on_text_area_changed(self) -> None:
        recap = self.current()
        shown = recap_for(self.review.session, self.review.verified_quotes)
        if (recap.heard, recap.stuck, recap.magic_wand) != (
            shown.heard,
            shown.stuck,
            shown.magic_wand,
        ):
            self.review.save_recap(recap.heard, recap.stuck, recap.magic_wand)
            self._show_status()

    def action_copy_recap(self) -> None:
        self.app.copy_to_clipboard(format_recap(self.current()))
        self.notify("Recap copied: paste it into your email.", timeout=3)

    def action_copy_recap_email(self) -> None:
        session = self.review.session
        email = self.recap_email(session, self.current())
        hint = self.unsigned(session)
        app = self.app
        pseudonyms = app.naming.pseudonyms if isinstance(app, SettingsApp) else None

        def copy(go: bool | None = True) -> None:
            if not go:
                return
            self.app.copy_to_clipboard(email)
            real = " with real names (it is addressed to them)" if pseudonyms else ""
            if hint:
                self.notify(
                    f"Recap email copied{real}, unsigned: {hint}.",
                    severity="warning",
                    timeout=12,
                    markup=False,
                )
            else:
                self.notify(f"Recap email copied{real}.", timeout=4, markup=False)

        if pseudonyms is None:
            copy()
            return
        try:
            who = pseudonyms.participant(session)
        except KeyError:  # held since pseudonyms were last read: no number yet
            who = "this participant"
        question = (
            f"The recap email is addressed to {who} by their real name, and so is the copy. "
            "Copy it?"
        )
        self.app.push_screen(ConfirmScreen(question, yes="Copy with real name"), copy)

    def action_mark_recap_sent(self) -> None:
        # Every change typed is saved already (on_text_area_changed): what is sent is
        # the recap as shown, and it reads "edited" only if a word was changed.
        sent = self.review.mark_recap_sent()
        self._show_status()
        self.notify(f"Marked as sent ({sent.sent_at:%H:%M}).", timeout=3)

    def action_redraft_recap(self) -> None:
        draft = draft_recap(self.review.session, self.review.verified_quotes)

        def answered(replace: bool | None) -> None:
            if replace:
                for field in FIELDS:
                    self.query_one(f"#{field}", TextArea).load_text(getattr(draft, field))

        if self.current().model_copy(update={"sent_at": None}) == draft:
            self.notify("The recap is the draft already.", timeout=2)
            return
        self.app.push_screen(
            ConfirmScreen(
                "Replace what is in the recap with a fresh draft from the notes?", yes="Redraft"
            ),
            answered,
        )

    def action_back(self) -> None:
        self.dismiss()
