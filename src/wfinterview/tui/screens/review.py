"""After the call: every note by step, fixed and tagged at leisure, each change saved at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Session
from wfinterview.core.framework.wording import plural
from wfinterview.core.interview.clock import mmss
from wfinterview.core.interview.recap import recap_status
from wfinterview.core.interview.review import SessionReview
from wfinterview.core.setup.keymap import REVIEW_ACTIONS
from wfinterview.core.storage.lock import SessionLock
from wfinterview.core.storage.store import SessionStore
from wfinterview.tui.keys import tag_bindings
from wfinterview.tui.navigation import OpenRecap
from wfinterview.tui.screens.note_editor import NoteEdit, NoteEditorScreen
from wfinterview.tui.screens.transcript_review import TranscriptReviewScreen
from wfinterview.tui.widgets.key_bar import KeyBar
from wfinterview.tui.widgets.review_notes import ReviewNotes
from wfinterview.tui.widgets.session_header import SessionHeader
from wfinterview.tui.widgets.transcript_panel import TranscriptPanel

T = TypeVar("T")
# With a transcript, its key comes second: at 80 columns it stays on the bar.
_BAR_ORDER = (
    "open_recap",
    "open_transcript",
    "add_note",
    "delete_note",
    "undo_delete",
    "add_moment",
    "use_words_said",
    "action_from_note",
    "edit_note",
)


class ReviewScreen(TranscriptReviewScreen):
    # In the key bar's order: at 80 columns recap, add, delete, undo and Esc stay on view,
    # ahead of the note keys (Enter edits: help lists it).
    BINDINGS = [
        *(
            Binding(a.keys, a.id, a.footer, id=a.id)
            for a in sorted(REVIEW_ACTIONS, key=lambda a: _BAR_ORDER.index(a.id))
            if a.id != "edit_note"
        ),
        Binding("escape", "back", "Home", id="review_back"),
    ]
    DEFAULT_CSS = """
    ReviewScreen #summary { padding: 0 1; color: $text-muted; height: auto; }
    ReviewScreen ReviewNotes { height: 1fr; }
    """

    def __init__(
        self,
        session: Session,
        store: SessionStore,
        lock: SessionLock,
        tags: tuple[Tag, ...],
    ) -> None:
        super().__init__(session, store, lock)
        self.tags = tags
        self.review = SessionReview(session, tags, self.persist)
        # The note keys after the screen's own: the key bar lists them in that order. A key
        # both use stays the note's, as before (new lists: the class's are shared).
        keys = self._bindings.key_to_bindings
        for binding in tag_bindings(tags, self.app.ascii_only):
            keys[binding.key] = [binding, *keys.get(binding.key, ())]

    @property
    def session(self) -> Session:
        return self.review.session

    def compose(self) -> ComposeResult:
        yield SessionHeader(self.session)
        yield Static(id="summary")
        yield ReviewNotes(self.review, self.tags, id="review-notes")
        data_dir = self.store.dir.parent  # DATA_DIR/sessions
        yield TranscriptPanel(self.session, data_dir, self.tags, self.key_for)
        yield KeyBar()

    def on_mount(self) -> None:
        self._show_summary()
        self.query_one(ReviewNotes).focus()

    def on_screen_resume(self) -> None:
        self._show_summary()  # back from the recap: it may have been sent

    def _show_summary(self) -> None:
        session = self.session
        count = len(session.notes)
        line = Text()
        line.append(f"{session.started_at:%a %d %b %Y %H:%M} · ")
        line.append(
            f"{mmss(session.elapsed_seconds)} of {session.planned_minutes} min · "
            f"{plural(count, 'note')}"
        )
        line.append(f" · {recap_status(session)}")
        self.query_one("#summary", Static).update(line)

    @property
    def notes_list(self) -> ReviewNotes:
        return self.query_one(ReviewNotes)

    # -- notes ---------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit_note()

    def action_edit_note(self) -> None:
        note = self.notes_list.highlighted_note
        if note is None:
            self.action_add_note()
            return
        step = self.session.agenda.step(note.step)

        def edited(result: NoteEdit | None) -> None:
            if result is not None:
                self._apply(
                    lambda: self.review.update_note(
                        note.id, result.text, result.tags, result.quote, result.follow_up
                    )
                )
                self.notes_list.redraw(note)

        start = NoteEdit(note.text, tuple(note.tags), note.quote, note.follow_up)
        self.app.push_screen(
            NoteEditorScreen(f"Edit note {mmss(note.at)} · {step.title}", self.tags, start),
            edited,
        )

    def action_add_note(self) -> None:
        step = self.session.agenda.step(self.notes_list.highlighted_step)

        def added(result: NoteEdit | None) -> None:
            if result is not None:
                added_note = self._apply(
                    lambda: self.review.add_note(
                        step.key, result.text, result.tags, result.quote, result.follow_up
                    )
                )
                if added_note is not None:
                    self._changed(added_note.id)

        self.app.push_screen(NoteEditorScreen(f"Add a note to {step.title}", self.tags), added)

    def _no_note(self) -> None:
        """A key that acts on a note, pressed on a step's heading: say so, in one line."""
        self.notify("Highlight a note first (↑/↓): this key acts on a note.", timeout=3)

    def action_delete_note(self) -> None:
        note = self.notes_list.highlighted_note
        if note is None:
            self._no_note()
            return
        self.review.delete(note.id)
        self._changed()
        undo = self.app.key_label_for("undo_delete")  # type: ignore[attr-defined]
        self.notify(f"Note deleted. {undo} brings it back.", timeout=5)

    def action_undo_delete(self) -> None:
        note = self.review.undo_delete()
        if note is None:
            self.notify("Nothing to undo.", timeout=2)
        else:
            self._changed(note.id)

    def action_toggle_tag(self, key: str) -> None:
        if note := self.notes_list.highlighted_note:
            self.notes_list.redraw(self.review.toggle_tag(note.id, key))
        else:
            self._no_note()

    def action_toggle_flag(self, flag: str) -> None:
        if note := self.notes_list.highlighted_note:
            self.notes_list.redraw(
                self.review.toggle_flag(note.id, "quote" if flag == "quote" else "follow_up")
            )
        else:
            self._no_note()

    def _apply(self, change: Callable[[], T]) -> T | None:
        try:
            return change()
        except UserError as error:
            self.notify(str(error), severity="error", markup=False)
            return None

    def _changed(self, highlight: str | None = None) -> None:
        self.notes_list.rebuild(highlight)
        self._show_summary()

    # -- elsewhere -----------------------------------------------------------------

    def action_open_recap(self) -> None:
        self.post_message(OpenRecap(self.review))

    def action_action_from_note(self) -> None:
        from wfinterview.core.plan.actions import KIND_LABELS
        from wfinterview.tui.screens.plan_screen import add_action
        from wfinterview.tui.screens.prompts import TextPrompt

        note = self.notes_list.highlighted_note
        if note is None:
            self._no_note()
            return
        workspace = self.app.workspace  # type: ignore[attr-defined]
        engagement = self.session.engagement
        kind = _kind_for_tags(note.tags, self.tags)

        def named(title: str | None) -> None:
            if title:
                add_action(
                    self, workspace, engagement, title, kind, [f"{self.session.id}/{note.id}"]
                )

        self.app.push_screen(
            TextPrompt(f"New action ({KIND_LABELS[kind]}) from this note. Title:", note.text), named
        )

    def action_back(self) -> None:
        self.dismiss()


def _kind_for_tags(tag_keys: list[str], tags: tuple[Tag, ...]) -> str:
    from wfinterview.core.plan.actions import kind_for_theme

    themes = {tag.key: tag.theme for tag in tags}
    return kind_for_theme(themes[tag_keys[0]]) if tag_keys and tag_keys[0] in themes else "other"
