"""The cockpit: the screen a facilitator looks at while the participant talks."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.models import Note, Session
from wfinterview.core.interview.clock import mmss
from wfinterview.core.interview.live import LiveInterview
from wfinterview.core.setup.keymap import COCKPIT_ACTIONS
from wfinterview.core.storage.lock import SessionLock
from wfinterview.core.storage.store import SessionStore
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.session_screen import SessionScreen
from wfinterview.tui.widgets.coverage_line import CoverageLine
from wfinterview.tui.widgets.key_bar import KeyBar
from wfinterview.tui.widgets.note_input import NoteInput
from wfinterview.tui.widgets.note_log import NoteLog
from wfinterview.tui.widgets.questions import QuestionPanel, role_mark_legend
from wfinterview.tui.widgets.session_header import SessionHeader
from wfinterview.tui.widgets.step_list import StepList
from wfinterview.tui.widgets.timer import InterviewTimer

CHECKPOINT_SECONDS = 5.0  # how much clock time a crash can cost at most
FIVE_MINUTES = 300


# The key bar's order after the note keys: at 80 columns, End stays on view.
_BAR_ORDER = ("end_interview", "pause", "next_step", "previous_step")


class CockpitScreen(SessionScreen):
    BINDINGS = [
        Binding(action.keys, action.id, action.footer, show=bool(action.footer), id=action.id)
        for action in sorted(
            COCKPIT_ACTIONS,
            key=lambda a: _BAR_ORDER.index(a.id) if a.id in _BAR_ORDER else len(_BAR_ORDER),
        )
    ]

    @dataclass
    class Ended(Message):
        """The interview was ended (F10, confirmed) and its last state saved."""

        session: Session
        """The session as it ended."""

    def __init__(
        self,
        session: Session,
        store: SessionStore,
        lock: SessionLock,
        tags: tuple[Tag, ...],
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(session, store, lock)
        self.tags = tags
        self.live = LiveInterview(session, tags, self.persist, now)
        self._warned_five_left = self.live.remaining() <= FIVE_MINUTES
        self._warned_over = self.live.remaining() < 0

    def compose(self) -> ComposeResult:
        session = self.live.session
        step_labels = {step.key: str(number) for number, step in enumerate(session.agenda.steps, 1)}
        yield SessionHeader(session)
        with Horizontal(id="top"):
            with Vertical(id="left"):
                yield StepList(self.live, id="steps")
                yield InterviewTimer(self.live, id="timer")
            yield QuestionPanel(
                self.live.step_index + 1,
                self.live.step,
                self.live.question_index(),
                session.agenda.role,
                id="questions",
            )
        yield NoteLog(self.tags, step_labels, id="notes")
        yield CoverageLine(self.live, self.tags, id="coverage")
        yield NoteInput(self.tags, id="note-input")
        yield KeyBar()

    def on_mount(self) -> None:
        # The notes so far are shown right after the first paint: on a long session,
        # building their rows took longer than everything else the cockpit shows.
        self.call_after_refresh(self._show_notes)
        note_input = self.query_one(NoteInput)
        if last := self.live.last_note:
            note_input.last_note_label = mmss(last.at)
        note_input.focus()
        self._show_step()
        self.live.save()  # records that the cockpit is open again (resume clears ended_at)
        self.set_interval(1.0, self._tick)
        self.set_interval(CHECKPOINT_SECONDS, self._checkpoint)

    def on_unmount(self) -> None:
        self.live.save()

    def _show_notes(self) -> None:
        self.query_one(NoteLog).show(self.live.session.notes)

    # -- notes ---------------------------------------------------------------------

    def on_note_input_committed(self, message: NoteInput.Committed) -> None:
        result = self.live.commit(message.text, message.tags, message.quote, message.follow_up)
        if result.note is not None:
            self.query_one(NoteLog).add(result.note)
            self.query_one(NoteInput).last_note_label = mmss(result.note.at)
        elif result.retagged is not None:
            self.query_one(NoteLog).redraw(result.retagged)
        self.query_one(CoverageLine).refresh_coverage()

    def on_note_input_last_note_toggled(self, message: NoteInput.LastNoteToggled) -> None:
        note: Note | None
        if message.tag is not None:
            note = self.live.toggle_tag_on_last(message.tag)
        else:
            note = self.live.toggle_flag_on_last(
                "quote" if message.flag == "quote" else "follow_up"
            )
        if note is None:
            self.notify("No note yet: type one first, then tag it.", timeout=3)
        else:
            self.query_one(NoteLog).redraw(note)
            self.query_one(CoverageLine).refresh_coverage()

    async def on_note_input_shortcut(self, message: NoteInput.Shortcut) -> None:
        await self.app.run_action(message.action, message.target)

    # -- steps, questions, clock -----------------------------------------------------

    def action_next_step(self) -> None:
        if self.live.go_to_step(self.live.step_index + 1):
            self._show_step()

    def action_previous_step(self) -> None:
        if self.live.go_to_step(self.live.step_index - 1):
            self._show_step()

    def action_next_question(self) -> None:
        self.live.move_question(+1)
        self._show_questions()

    def action_previous_question(self) -> None:
        self.live.move_question(-1)
        self._show_questions()

    def action_pause(self) -> None:
        running = self.live.toggle_pause()
        self.notify("Clock running again." if running else "Clock paused.", timeout=2)
        self._tick()

    def action_help(self) -> None:
        from wfinterview.tui.screens.help import open_help

        open_help(self.app)

    def help_details(self) -> Text:
        """What help adds over the cockpit: the coverage line in full (it is cut at 80
        columns) and what the mark after a question means."""
        session = self.live.session
        details = Text()
        details.append("Coverage: ", style="bold")
        details.append(self.query_one(CoverageLine).text.plain + "\n")
        details.append(role_mark_legend(session.agenda.role, self.app.ascii_only), style="dim")
        return details

    def action_end_interview(self) -> None:
        name = self.live.session.participant.name or "this participant"

        def answered(end: bool | None) -> None:
            if end:
                self.live.end()
                # Home reads the file next: let the ended snapshot land first (milliseconds).
                self.writer.flush(timeout=2.0)
                self.post_message(self.Ended(self.live.session))

        self.app.push_screen(
            ConfirmScreen(f"End the interview with {name}?", yes="End interview"), answered
        )

    def _show_step(self) -> None:
        self._show_questions()
        self.query_one(StepList).refresh_steps()
        self.query_one(InterviewTimer).refresh_time()

    def _show_questions(self) -> None:
        self.query_one(QuestionPanel).show(
            self.live.step_index + 1, self.live.step, self.live.question_index()
        )
        self.query_one(CoverageLine).refresh_coverage()

    def _tick(self) -> None:
        self.query_one(InterviewTimer).refresh_time()
        self.query_one(StepList).refresh_steps()
        remaining = self.live.remaining()
        if remaining <= FIVE_MINUTES and not self._warned_five_left:
            self._warned_five_left = True
            self.notify(
                "5 minutes left: time for the SOP gaps and the magic wand question.", timeout=8
            )
        if remaining < 0 and not self._warned_over:
            self._warned_over = True
            planned = self.live.session.planned_minutes
            self.notify(
                f"Past the planned {planned} minutes. Wrap up when it suits the conversation.",
                timeout=8,
            )

    def _checkpoint(self) -> None:
        if self.live.clock.running:
            self.live.save()
