"""The session's notes, newest last: `mm:ss`, step, tag badges, text."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from wfinterview.core.clock import mmss
from wfinterview.core.framework import Tag
from wfinterview.core.models import Note


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
        line.append(note.text, style="italic")
        line.append('"' if ascii_only else "”", style="bold")
    else:
        line.append(note.text)
    if note.follow_up:
        line.append(" [follow-up]" if ascii_only else " ↩ follow-up", style="bold yellow")
    return line


class NoteRow(Static):
    DEFAULT_CSS = """
    NoteRow { height: auto; padding: 0 1; }
    NoteRow.-last { background: $boost; }
    """


class NoteLog(VerticalScroll, can_focus=False):
    DEFAULT_CSS = """
    NoteLog { height: 1fr; border-top: hkey $panel; }
    NoteLog > .empty { color: $text-muted; padding: 0 1; }
    """

    def __init__(self, tags: Iterable[Tag], ascii_only: bool = False, step_labels: dict[str, str] | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.tags = {tag.key: tag for tag in tags}
        self.ascii_only = ascii_only
        self.step_labels = step_labels or {}
        self._rows: dict[str, NoteRow] = {}

    def _render_note(self, note: Note) -> Text:
        return note_text(note, self.tags, self.ascii_only, self.step_labels.get(note.step, note.step))

    def show(self, notes: Iterable[Note]) -> None:
        for note in notes:
            self.add(note)

    def add(self, note: Note) -> None:
        for row in self._rows.values():
            row.remove_class("-last")
        row = NoteRow(self._render_note(note), classes="-last")
        self._rows[note.id] = row
        self.mount(row)
        self.scroll_end(animate=False)

    def update(self, note: Note) -> None:
        if row := self._rows.get(note.id):
            row.update(self._render_note(note))
