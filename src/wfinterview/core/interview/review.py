"""Fixing a session after the call: edit, retag, mark, delete with undo, add, recap.

Like the cockpit, every change hands the session to `persist` at once; the review
screen (issue #4) drives this and never touches files itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Note, Recap, Session, Step, now
from wfinterview.core.interview.hashtags import extract_hashtags
from wfinterview.core.interview.live import Flag
from wfinterview.core.interview.notes import new_note_id, ordered_union, toggle_tag
from wfinterview.core.interview.recap import draft_recap, recap_edited, recap_for


@dataclass(frozen=True)
class StepTiming:
    step: Step
    planned_seconds: float
    actual_seconds: float

    @property
    def over(self) -> bool:
        return self.actual_seconds > self.planned_seconds


class SessionReview:
    def __init__(
        self, session: Session, tags: Iterable[Tag], persist: Callable[[Session], None]
    ) -> None:
        self.session = session
        self.tags = {tag.key: tag for tag in tags}
        self._persist = persist
        self._deleted: list[tuple[int, Note]] = []
        self.verified_quotes: frozenset[str] = frozenset()
        """Quotes found word for word in the call's transcript: the recap leads with them."""

    # -- what the review shows ------------------------------------------------------

    def notes_by_step(self) -> list[tuple[Step, list[Note]]]:
        """Every step in agenda order with its notes in time order (empty steps too)."""
        return [
            (
                step,
                sorted((n for n in self.session.notes if n.step == step.key), key=lambda n: n.at),
            )
            for step in self.session.agenda.steps
        ]

    def step_timings(self) -> list[StepTiming]:
        return [
            StepTiming(step, step.minutes * 60.0, self.session.step_seconds.get(step.key, 0.0))
            for step in self.session.agenda.steps
        ]

    @property
    def can_undo(self) -> bool:
        return bool(self._deleted)

    # -- changes -----------------------------------------------------------------

    def edit_text(self, note_id: str, text: str) -> Note:
        note = self.session.note(note_id)
        return self.update_note(note_id, text, note.tags, note.quote, note.follow_up)

    def update_note(
        self, note_id: str, text: str, tags: Iterable[str], quote: bool, follow_up: bool
    ) -> Note:
        """A note rewritten whole; `#hashtags` in the text add tags, as they do live."""
        body, hashtag_keys = extract_hashtags(text, self.tags.values())
        if not body:
            raise UserError("a note needs some text; delete it instead")
        note = self.session.note(note_id)
        # A tag the config no longer defines stays on the notes that had it.
        kept = [
            key for key in ordered_union(tags, hashtag_keys) if key in self.tags or key in note.tags
        ]
        note.text, note.tags, note.quote, note.follow_up = body, kept, quote, follow_up
        self._persist(self.session)
        return note

    def toggle_tag(self, note_id: str, key: str) -> Note:
        note = self.session.note(note_id)
        toggle_tag(note, key, self.tags)
        self._persist(self.session)
        return note

    def toggle_flag(self, note_id: str, flag: Flag) -> Note:
        note = self.session.note(note_id)
        setattr(note, flag, not getattr(note, flag))
        self._persist(self.session)
        return note

    def delete(self, note_id: str) -> Note:
        note = self.session.note(note_id)
        index = self.session.notes.index(note)
        self.session.notes.pop(index)
        self._deleted.append((index, note))
        self._persist(self.session)
        return note

    def undo_delete(self) -> Note | None:
        """Put the last deleted note back where it was (its id, and so its evidence links, kept)."""
        if not self._deleted:
            return None
        index, note = self._deleted.pop()
        self.session.notes.insert(min(index, len(self.session.notes)), note)
        self._persist(self.session)
        return note

    def add_note(
        self,
        step: str,
        text: str,
        tags: Iterable[str] = (),
        quote: bool = False,
        follow_up: bool = False,
    ) -> Note:
        """A note remembered after the call: filed under its step, timed at the end."""
        self.session.agenda.step(step)  # KeyError for a step the agenda doesn't have
        body, hashtag_keys = extract_hashtags(text, self.tags.values())
        if not body:
            raise UserError("a note needs some text")
        note = Note(
            id=new_note_id(self.session.notes),
            step=step,
            at=round(self.session.elapsed_seconds, 1),
            text=body,
            tags=[key for key in ordered_union(tags, hashtag_keys) if key in self.tags],
            quote=quote,
            follow_up=follow_up,
        )
        self.session.notes.append(note)
        self._persist(self.session)
        return note

    def save_recap(self, heard: str, stuck: str, magic_wand: str) -> Recap:
        sent_at = self.session.recap.sent_at if self.session.recap else None
        draft = draft_recap(self.session, self.verified_quotes)
        edited = (heard, stuck, magic_wand) != (draft.heard, draft.stuck, draft.magic_wand)
        self.session.recap = Recap(
            heard=heard, stuck=stuck, magic_wand=magic_wand, sent_at=sent_at, edited=edited
        )
        self._persist(self.session)
        return self.session.recap

    @property
    def recap_edited(self) -> bool:
        """Whether the consultant changed a word of the draft (recap.py `recap_edited`)."""
        return recap_edited(self.session, self.verified_quotes)

    def mark_recap_sent(self, when: datetime | None = None) -> Recap:
        """Record that the recap went out; the draft is saved as what was sent.

        Saving it keeps what was sent if the notes change later; it does not make the
        recap read as edited, which only a changed word does (`recap_edited`).
        """
        drafted = self.session.recap is None  # then the draft goes out as it is
        recap = recap_for(self.session, self.verified_quotes)
        sent: dict[str, object] = {"sent_at": when or now()}
        if drafted:
            sent["edited"] = False
        self.session.recap = recap.model_copy(update=sent)
        self._persist(self.session)
        return self.session.recap
