"""The new-interview form: agenda, participant, engagement, planned minutes, round."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Select, Static

from wfinterview.core.framework.errors import UserError
from wfinterview.core.setup.agendas import AgendaCatalog
from wfinterview.tui.screens.text_preview import TextPreviewScreen
from wfinterview.tui.widgets.key_bar import KeyBar

# agenda id, participant, when -> the pre-interview email
PreInterviewEmail = Callable[[str, str, str], str]


@dataclass(frozen=True)
class NewInterview:
    agenda_id: str
    participant: str
    engagement: str
    minutes: int | None
    round: int | None = None  # None: the engagement's latest round


class NewInterviewScreen(Screen[NewInterview | None]):
    BINDINGS = [
        Binding("ctrl+s", "start", "Start interview", id="new_start"),
        Binding("f2", "preview_email", "Pre-interview email", id="new_preview_email"),
        Binding("escape", "cancel", "Back", id="new_cancel"),
    ]
    # One-line fields: the whole form, its buttons and its keys fit at 80×24.
    DEFAULT_CSS = """
    NewInterviewScreen > VerticalScroll { padding: 1 2 0 2; }
    NewInterviewScreen Label { margin-top: 1; text-style: bold; }
    NewInterviewScreen #error { color: $error; height: auto; margin-top: 1; }
    NewInterviewScreen #buttons { height: auto; margin-top: 1; }
    NewInterviewScreen #buttons Button { margin-right: 2; }
    NewInterviewScreen Input, NewInterviewScreen Select { width: 60; max-width: 100%; }
    NewInterviewScreen #numbers { height: auto; }
    NewInterviewScreen #numbers > Vertical { width: 31; height: auto; }
    NewInterviewScreen #numbers Input { width: 28; }
    """

    def __init__(
        self,
        catalog: AgendaCatalog,
        pre_interview_email: PreInterviewEmail,
        engagement: str = "",
        default_minutes: int | None = None,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.pre_interview_email = pre_interview_email
        self.engagement = engagement
        self.default_minutes = default_minutes

    def compose(self) -> ComposeResult:
        options = [
            (
                f"{entry.file.title} "
                f"({agenda_id}{'' if entry.origin == 'built-in' else ', yours'})",
                agenda_id,
            )
            for agenda_id, entry in sorted(self.catalog.entries.items())
        ]
        with VerticalScroll():
            yield Static(Text("New interview", style="bold"))
            yield Label("Agenda")
            yield Select(
                options,
                id="agenda",
                allow_blank=False,
                value=options[0][1] if options else Select.BLANK,
                compact=True,
            )
            yield Label("Participant")
            yield Input(
                placeholder="name of the person you are interviewing",
                id="participant",
                compact=True,
            )
            yield Label("Engagement")
            yield Input(
                self.engagement,
                placeholder="client or project (remembered for next time)",
                id="engagement",
                compact=True,
                select_on_focus=False,  # remembered text is added to, not typed over
            )
            with Horizontal(id="numbers"):
                with Vertical():
                    yield Label("Planned minutes")
                    yield Input(
                        str(self.default_minutes or ""),
                        placeholder="the agenda's length",
                        id="minutes",
                        type="integer",
                        compact=True,
                        select_on_focus=False,
                    )
                with Vertical():
                    yield Label("Round")
                    yield Input(
                        placeholder="the engagement's latest",
                        id="round",
                        type="integer",
                        compact=True,
                    )
            yield Label("When (for the pre-interview email)")
            yield Input(placeholder='e.g. "Tue 10:00"', id="when", compact=True)
            yield Static("", id="error")
            with Horizontal(id="buttons"):
                yield Button(
                    "Start interview (ctrl+s)", id="start", variant="primary", compact=True
                )
                yield Button("Pre-interview email (F2)", id="preview", compact=True)
                yield Button("Back (Esc)", id="cancel", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#participant", Input).focus()

    def on_input_submitted(self) -> None:
        self.action_start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self.action_start()
        elif event.button.id == "preview":
            self.action_preview_email()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_start(self) -> None:
        participant = self.query_one("#participant", Input).value.strip()
        minutes_text = self.query_one("#minutes", Input).value.strip()
        agenda = self.query_one("#agenda", Select).value
        error = self.query_one("#error", Static)
        if not participant:
            error.update("Type the participant's name.")
            self.query_one("#participant", Input).focus()
            return
        minutes = int(minutes_text) if minutes_text.isdigit() else None
        if minutes_text and (minutes is None or not 1 <= minutes <= 600):
            error.update(
                "Planned minutes: a whole number from 1 to 600 (the framework recommends 20–30)."
            )
            return
        round_text = self.query_one("#round", Input).value.strip()
        round_number = int(round_text) if round_text.isdigit() else None
        if round_text and (round_number is None or not 1 <= round_number <= 99):
            error.update("Round: a whole number from 1 to 99 (empty: the engagement's latest).")
            return
        if not isinstance(agenda, str):
            error.update("Pick an agenda.")
            return
        engagement = self.query_one("#engagement", Input).value.strip()
        self.dismiss(NewInterview(agenda, participant, engagement, minutes, round_number))

    def action_preview_email(self) -> None:
        agenda = self.query_one("#agenda", Select).value
        participant = self.query_one("#participant", Input).value.strip()
        if not isinstance(agenda, str):
            self.query_one("#error", Static).update("Pick an agenda.")
            return
        try:
            text = self.pre_interview_email(
                agenda, participant or "there", self.query_one("#when", Input).value.strip()
            )
        except UserError as error:
            self.query_one("#error", Static).update(Text(str(error)))
            return
        self.app.push_screen(
            TextPreviewScreen("Pre-interview email (send it ~24 hours before)", text)
        )
