"""Under the review's notes: what the call's transcript says about the highlighted note.

Three lines at most: the words said in the seconds before the note, its quote's check
(verbatim, close with the words said, not found), and the next moment nobody noted. The
transcript is read and checked in a thread when the review opens, so the notes show at
once and the panel fills in a moment later. Without a transcript it takes no room at all;
a transcript file that cannot be read is said in one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.message import Message
from textual.widgets import Static

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Note, Session
from wfinterview.core.framework.text import clip, terminal_safe
from wfinterview.core.interview.clock import mmss
from wfinterview.core.transcript.beside import Beside
from wfinterview.core.transcript.store import TranscriptStore
from wfinterview.core.transcript.wording import moment
from wfinterview.tui.settings import SettingsApp

_VERDICTS = {"verbatim": "✓ verbatim", "close": "≈ close", "not found": "✗ not found"}


class TranscriptPanel(Static):
    """The transcript beside the highlighted note (see the module's docstring)."""

    DEFAULT_CSS = """
    TranscriptPanel { height: auto; max-height: 4; padding: 0 1; color: $text-muted; }
    """

    app = getters.app(SettingsApp)

    @dataclass
    class Read(Message):
        """The transcript was read (or could not be), in the panel's thread."""

        beside: Beside | None
        """What the review shows beside its notes; None without a transcript."""
        problem: str | None
        """Why the transcript file could not be read, in one line."""

    def __init__(
        self,
        session: Session,
        data_dir: Path,
        tags: Iterable[Tag],
        key_for: Callable[[str], str],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.session = session
        self.data_dir = data_dir
        self.tags = {tag.key: tag for tag in tags}
        self.key_for = key_for  # the key that runs an action now, as the bar shows it
        self.beside: Beside | None = None
        self.problem: str | None = None
        self.loaded = False
        self._note: Note | None = None

    def on_mount(self) -> None:
        self.display = False  # until there is a transcript (or a problem with it) to show
        # After the notes are painted: the reading holds the GIL for a moment and would
        # otherwise delay them (benchmarks/transcripts.py measures it).
        self.call_after_refresh(self._read)

    @work(thread=True, exclusive=True, exit_on_error=False, group="transcript")
    def _read(self) -> None:
        try:
            transcript = TranscriptStore(self.data_dir).load(self.session.id)
        except UserError as error:
            self.post_message(self.Read(None, str(error)))
            return
        beside = Beside.of(self.session, transcript) if transcript is not None else None
        self.post_message(self.Read(beside, None))

    def on_transcript_panel_read(self, message: Read) -> None:
        # Not stopped: the screen puts the transcript's keys on the bar.
        self.beside, self.problem, self.loaded = message.beside, message.problem, True
        self.display = message.beside is not None or message.problem is not None
        self.show_note(self._note)

    def refresh_checks(self) -> None:
        """The notes changed: check the quotes and find the moments again."""
        if self.beside is not None:
            self.beside.refresh(self.session)
        self.show_note(self._note)

    def show_note(self, note: Note | None) -> None:
        self._note = note
        if not self.loaded:
            self.update(Text("Reading the call's transcript…"))
            return
        if self.beside is None:
            self.update(Text(terminal_safe(f"Transcript not shown: {self.problem}")))
            return
        width = max(20, (self.size.width or 80) - 2)
        lines = []
        if note is not None:
            said = " ".join(
                f"{self._speaker(cue.speaker)}{cue.text}" for cue in self.beside.said_before(note)
            )
            lines.append(clip(f"Said before {mmss(note.at)}: {said or '(silence)'}", width))
            check = self.beside.checks.get(note.id)
            if note.quote and check is not None:
                line = f"Quote {_VERDICTS[check.verdict]}"
                if check.verdict == "close":
                    key = self.key_for("use_words_said")
                    line += f" ({key} uses them): “{check.said}”"
                lines.append(clip(line, width))
        gaps = self.beside.gaps
        if gaps:
            first = gaps[0]
            key = self.key_for("add_moment")
            lines.append(
                clip(
                    f"{len(gaps)} unnoted · {key} adds {moment(first.at)} "
                    f"{self._badges(first.tags)} “{first.text}”",
                    width,
                )
            )
        self.update(Text(terminal_safe("\n".join(lines))))

    def _speaker(self, name: str) -> str:
        if self.beside is None or not name:
            return ""
        role = self.beside.transcript.role_of(name)
        return "" if role == "participant" else f"[{role or name}] "

    def _badges(self, tags: tuple[str, ...]) -> str:
        return " ".join(
            self.tags[key].badge(self.app.ascii_only) if key in self.tags else key for key in tags
        )
