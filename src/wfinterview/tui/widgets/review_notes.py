"""A session's notes grouped by step, each step headed by its planned and actual minutes."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual import getters
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.models import Note
from wfinterview.core.framework.wording import plural
from wfinterview.core.interview.clock import mmss
from wfinterview.core.interview.review import SessionReview, StepTiming
from wfinterview.tui.settings import SettingsApp
from wfinterview.tui.widgets.note_log import note_text

STEP_PREFIX = "step:"


def step_heading(number: int, timing: StepTiming, count: int) -> Text:
    line = Text()
    line.append(f"{number}. {timing.step.title}", style="bold")
    line.append(
        f"  {timing.planned_seconds / 60:.0f} min planned · {mmss(timing.actual_seconds)} spent",
        style="dim",
    )
    if timing.over:
        line.append(" ▲ over", style="bold yellow")
    line.append(f" · {plural(count, 'note')}", style="dim")
    return line


class ReviewNotes(OptionList):
    """Step headings and notes; an option's id is the note's id."""

    # Not in the key bar (no room at 80 columns beside recap, undo and Esc): help lists it.
    BINDINGS = [Binding("enter", "select", "Edit", id="edit_note", show=False)]
    DEFAULT_CSS = """
    ReviewNotes, ReviewNotes:focus { border: none; padding: 0; }
    """

    app = getters.app(SettingsApp)

    def __init__(
        self,
        review: SessionReview,
        tags: Iterable[Tag],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.review = review
        self.tags = {tag.key: tag for tag in tags}

    def on_mount(self) -> None:
        self.rebuild()

    def _prompt(self, note: Note) -> Text:
        return Text("   ") + note_text(note, self.tags, self.app.ascii_only)

    def rebuild(self, highlight: str | None = None) -> None:
        """Show every note again; keep the highlight on `highlight` (a note or step id)."""
        keep = highlight or self.highlighted_id
        options: list[Option] = []
        timings = self.review.step_timings()
        for number, ((step, notes), timing) in enumerate(
            zip(self.review.notes_by_step(), timings, strict=True), 1
        ):
            options.append(
                Option(step_heading(number, timing, len(notes)), id=f"{STEP_PREFIX}{step.key}")
            )
            options.extend(Option(self._prompt(note), id=note.id) for note in notes)
        self.clear_options()
        self.add_options(options)
        ids = [option.id for option in options]
        if keep in ids:
            self.highlighted = ids.index(keep)
        elif options:
            self.highlighted = next(
                (
                    i
                    for i, option_id in enumerate(ids)
                    if option_id is not None and not option_id.startswith(STEP_PREFIX)
                ),
                0,
            )

    def redraw(self, note: Note) -> None:
        self.replace_option_prompt(note.id, self._prompt(note))

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    @property
    def highlighted_note(self) -> Note | None:
        option_id = self.highlighted_id
        if option_id is None or option_id.startswith(STEP_PREFIX):
            return None
        return self.review.session.note(option_id)

    @property
    def highlighted_step(self) -> str:
        """The step of the highlighted heading or note: where an added note goes."""
        option_id = self.highlighted_id
        if option_id is None:
            return self.review.session.agenda.steps[-1].key
        if option_id.startswith(STEP_PREFIX):
            return option_id.removeprefix(STEP_PREFIX)
        return self.review.session.note(option_id).step
