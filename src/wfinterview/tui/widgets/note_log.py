"""The session's notes, newest last: `mm:ss`, step, tag badges, text."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.models import Note
from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.framework.wording import plural
from wfinterview.core.interview.clock import mmss
from wfinterview.tui.settings import SettingsApp


def note_text(note: Note, tags: dict[str, Tag], ascii_only: bool, step_label: str = "") -> Text:
    """One note as a line of plain text: user text is never read as Rich markup."""
    line = Text(no_wrap=False)
    line.append(mmss(note.at), style="dim")
    if step_label:
        line.append(f" {step_label}", style="dim")
    badges = [tags[key].badge(ascii_only) for key in note.tags if key in tags]
    if badges:
        line.append(" " + " ".join(badges))
    line.append(" ")
    if note.quote:
        line.append('"' if ascii_only else "“", style="bold")
        line.append(terminal_safe(note.text), style="italic")
        line.append('"' if ascii_only else "”", style="bold")
    else:
        line.append(terminal_safe(note.text))
    if note.follow_up:
        line.append(" [follow-up]" if ascii_only else " ↩ follow-up", style="bold yellow")
    return line


class NoteRow(Static):
    DEFAULT_CSS = """
    NoteRow { height: auto; padding: 0 1; }
    NoteRow.-last { background: $boost; }
    """


class NoteLog(VerticalScroll, can_focus=False):
    """The most recent notes. During a call only the last few matter, and one widget
    per note would make every commit and every resume slower as the session grows."""

    DEFAULT_CSS = """
    NoteLog { height: 1fr; border-top: hkey $panel; }
    NoteLog > #earlier { color: $text-muted; padding: 0 1; display: none; }
    NoteLog > #earlier.-shown { display: block; }
    """

    MAX_ROWS = 40

    app = getters.app(SettingsApp)

    def __init__(
        self,
        tags: Iterable[Tag],
        step_labels: dict[str, str] | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.tags = {tag.key: tag for tag in tags}
        self.step_labels = step_labels or {}
        self._rows: dict[str, NoteRow] = {}  # note id -> row, oldest first
        self._earlier_count = 0

    def compose(self) -> ComposeResult:
        yield Static("", id="earlier")

    def _render_note(self, note: Note) -> Text:
        return note_text(
            note, self.tags, self.app.ascii_only, self.step_labels.get(note.step, note.step)
        )

    def show(self, notes: list[Note]) -> None:
        """Show these notes, in place of any shown so far (a note may have been added
        between the first paint and this)."""
        for row in self._rows.values():
            row.remove()
        self._earlier_count = max(0, len(notes) - self.MAX_ROWS)
        rows = [NoteRow(self._render_note(note)) for note in notes[-self.MAX_ROWS :]]
        self._rows = {note.id: row for note, row in zip(notes[-self.MAX_ROWS :], rows, strict=True)}
        if rows:
            rows[-1].add_class("-last")
            self.mount_all(rows)
        self._show_earlier()
        self.call_after_refresh(self.scroll_end, animate=False)

    def add(self, note: Note) -> None:
        if self._rows:
            next(reversed(self._rows.values())).remove_class("-last")
        if len(self._rows) >= self.MAX_ROWS:
            oldest = next(iter(self._rows))
            self._rows.pop(oldest).remove()
            self._earlier_count += 1
            self._show_earlier()
        row = NoteRow(self._render_note(note), classes="-last")
        self._rows[note.id] = row
        self.mount(row)
        self.call_after_refresh(self.scroll_end, animate=False)

    def _show_earlier(self) -> None:
        earlier = self.query_one("#earlier", Static)
        count = self._earlier_count
        earlier.set_class(count > 0, "-shown")
        earlier.update(f"… {plural(count, 'earlier note')} (all are saved)")

    def redraw(self, note: Note) -> None:
        """Show a note again after its tags or marks changed (if it is still on screen)."""
        if row := self._rows.get(note.id):
            row.update(self._render_note(note))
