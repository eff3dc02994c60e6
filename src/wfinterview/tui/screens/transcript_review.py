"""The review's keys for the call's transcript (review.py builds on this screen): open the
transcript at a note's moment, take a close quote's words as said, add a moment nobody
noted as a note. What they act on is the panel's (tui/widgets/transcript_panel.py)."""

from __future__ import annotations

from wfinterview.core.framework.models import Session
from wfinterview.core.interview.clock import mmss
from wfinterview.core.interview.review import SessionReview
from wfinterview.core.transcript.beside import Beside, gap_note
from wfinterview.tui.keys import key_label
from wfinterview.tui.screens.session_screen import SessionScreen
from wfinterview.tui.widgets.review_notes import ReviewNotes
from wfinterview.tui.widgets.transcript_panel import TranscriptPanel

TRANSCRIPT_ACTIONS = frozenset({"open_transcript", "use_words_said", "add_moment"})


class TranscriptReviewScreen(SessionScreen):
    """A session screen with a note list (`ReviewNotes`) and a `TranscriptPanel`."""

    review: SessionReview

    @property
    def session(self) -> Session:
        return self.review.session

    @property
    def notes_list(self) -> ReviewNotes:
        return self.query_one(ReviewNotes)

    @property
    def transcript_panel(self) -> TranscriptPanel:
        return self.query_one(TranscriptPanel)

    def key_for(self, action: str) -> str:
        """The key that runs `action` on this screen now (re-bindings applied)."""
        for key, active in self.active_bindings.items():
            if active.binding.action == action:
                return key_label(key)
        return action

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The transcript's keys only where there is a transcript: without one the review
        is as it always was, its bar and help unchanged."""
        if action in TRANSCRIPT_ACTIONS:
            panels = self.query(TranscriptPanel)
            return bool(panels) and panels.first().beside is not None
        return True

    def on_transcript_panel_read(self) -> None:
        self.refresh_bindings()  # the transcript's keys come onto the bar

    def _changed(self, highlight: str | None = None) -> None:
        self.notes_list.rebuild(highlight)

    def on_option_list_option_highlighted(self) -> None:
        self.transcript_panel.show_note(self.notes_list.highlighted_note)

    def _beside(self) -> Beside | None:
        """The panel's reading of the transcript, or None after saying why there is none."""
        panel = self.transcript_panel
        if not panel.loaded:
            self.notify("The transcript is still being read.", timeout=2)
        elif panel.beside is None:
            add = f"wfinterview transcript add {self.session.id} FILE"
            said = panel.problem or f"No transcript yet: `{add}` adds one."
            self.notify(said, timeout=5, markup=False)
        return panel.beside

    def action_open_transcript(self) -> None:
        from wfinterview.tui.screens.transcript import TranscriptScreen

        beside = self._beside()
        if beside is None:
            return
        note = self.notes_list.highlighted_note
        at = beside.cue_at(note) if note is not None else 0
        where = f" at {mmss(note.at)}" if note is not None else ""
        title = f"The call's transcript{where} · {self.session.participant.name}"
        self.app.push_screen(TranscriptScreen(title, beside, at))

    def action_use_words_said(self) -> None:
        beside = self._beside()
        if beside is None:
            return
        note = self.notes_list.highlighted_note
        check = beside.checks.get(note.id) if note is not None else None
        if note is None or check is None or check.verdict != "close":
            self.notify("Highlight a quote the transcript finds close, not verbatim.", timeout=3)
            return
        self.review.edit_text(note.id, check.said)
        self.notes_list.redraw(note)
        self.transcript_panel.refresh_checks()

    def action_add_moment(self) -> None:
        beside = self._beside()
        if beside is None:
            return
        if not beside.gaps:
            self.notify("Every moment that raised a tag has a note within a minute.", timeout=3)
            return
        note = gap_note(self.session, beside.gaps[0])
        self.session.notes.append(note)
        self.persist(self.session)
        self._changed(note.id)
        self.transcript_panel.refresh_checks()
