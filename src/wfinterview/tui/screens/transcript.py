"""The call's transcript, opened at a note's moment from the review: every cue with its
time on the interview clock and who said it, the moments nobody noted marked ◇."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.transcript.beside import Beside
from wfinterview.core.transcript.wording import moment
from wfinterview.tui.widgets.key_bar import KeyBar

GAP_MARK = "◇"


class TranscriptScreen(Screen[None]):
    """Read-only: the review's keys change notes; Esc goes back to them."""

    BINDINGS = [Binding("escape", "back", "Back to the notes", id="transcript_back")]
    DEFAULT_CSS = """
    TranscriptScreen #transcript-title { padding: 0 1; text-style: bold; }
    TranscriptScreen OptionList { height: 1fr; border: none; }
    """

    def __init__(self, title: str, beside: Beside, at_cue: int) -> None:
        super().__init__()
        self.title_text = title
        self.beside = beside
        self.at_cue = at_cue

    def compose(self) -> ComposeResult:
        yield Static(Text(terminal_safe(self.title_text)), id="transcript-title")
        yield OptionList(*self._options(), id="transcript-cues")
        yield KeyBar()

    def on_mount(self) -> None:
        cues = self.query_one(OptionList)
        cues.highlighted = self.at_cue
        cues.scroll_to_highlight(top=False)
        cues.focus()

    def _options(self) -> list[Option]:
        transcript = self.beside.transcript
        alignment = transcript.alignment
        unnoted = [(gap.start, gap.end) for gap in self.beside.gaps]
        options = []
        for cue in transcript.cues:
            role = transcript.role_of(cue.speaker) if cue.speaker else None
            who = {"participant": "P", "facilitator": "F"}.get(role or "", "·")
            mark = GAP_MARK if any(a <= cue.start <= b for a, b in unnoted) else " "
            line = Text(f"{moment(alignment.clock_time(cue.start)):>7} {mark} {who} ")
            line.append(terminal_safe(cue.text))
            options.append(Option(line))
        return options

    def action_back(self) -> None:
        self.dismiss()
