"""A running interview: notes, tags, steps and the clock, saved after every change.

The cockpit drives this; it never touches files itself. Every method that changes the
session hands a full snapshot to `persist` before returning, so whatever the screen
shows as done is already on its way to disk.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.models import Agenda, Note, Participant, Session, Step, now
from wfinterview.core.interview.clock import InterviewClock
from wfinterview.core.interview.hashtags import extract_hashtags
from wfinterview.core.interview.notes import new_note_id, ordered_union, toggle_tag

Flag = Literal["quote", "follow_up"]


@dataclass(frozen=True)
class Commit:
    """What Enter did: a new note, tags put on the last note, or nothing."""

    note: Note | None
    retagged: Note | None = None


class LiveInterview:
    def __init__(
        self,
        session: Session,
        tags: Iterable[Tag],
        persist: Callable[[Session], None],
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session = session
        self.tags = {tag.key: tag for tag in tags}
        self._persist = persist
        # The clock goes on from the saved time: time the program was down never counts.
        self.clock = InterviewClock(session.elapsed_seconds, running=not session.paused, now=now)
        self._span_start = self.clock.elapsed()

    # -- what the cockpit shows -------------------------------------------------

    @property
    def step(self) -> Step:
        return self.session.agenda.step(self.session.current_step)

    @property
    def step_index(self) -> int:
        return self.session.agenda.step_index(self.session.current_step)

    @property
    def last_note(self) -> Note | None:
        return self.session.notes[-1] if self.session.notes else None

    def elapsed(self) -> float:
        return self.clock.elapsed()

    def step_elapsed(self, key: str | None = None) -> float:
        """Seconds spent on a step so far, the running span included."""
        key = key or self.session.current_step
        spent = self.session.step_seconds.get(key, 0.0)
        if key == self.session.current_step:
            spent += self.clock.elapsed() - self._span_start
        return spent

    def remaining(self) -> float:
        return self.session.planned_minutes * 60 - self.clock.elapsed()

    def question_index(self) -> int:
        return self.session.current_question.get(self.session.current_step, 0)

    # -- what the facilitator does ----------------------------------------------

    def commit(
        self, text: str, tags: Iterable[str] = (), quote: bool = False, follow_up: bool = False
    ) -> Commit:
        body, hashtag_keys = extract_hashtags(text, self.tags.values())
        chosen = ordered_union(tags, hashtag_keys)
        if not body:
            # A note of hashtags alone ("#ghost") tags the last note, like F3 would.
            last = self.last_note
            if last is None or not chosen:
                return Commit(None)
            for key in chosen:
                toggle_tag(last, key, self.tags)
            self.save()
            return Commit(None, retagged=last)
        note = Note(
            id=new_note_id(self.session.notes),
            step=self.session.current_step,
            at=round(self.clock.elapsed(), 1),
            text=body,
            tags=chosen,
            quote=quote,
            follow_up=follow_up,
        )
        self.session.notes.append(note)
        self.save()
        return Commit(note)

    def toggle_tag_on_last(self, key: str) -> Note | None:
        note = self.last_note
        if note is not None:
            toggle_tag(note, key, self.tags)
            self.save()
        return note

    def toggle_flag_on_last(self, flag: Flag) -> Note | None:
        note = self.last_note
        if note is not None:
            setattr(note, flag, not getattr(note, flag))
            self.save()
        return note

    def go_to_step(self, index: int) -> bool:
        steps = self.session.agenda.steps
        if not 0 <= index < len(steps) or index == self.step_index:
            return False
        self._close_span()
        self.session.current_step = steps[index].key
        self.save()
        return True

    def move_question(self, delta: int) -> int:
        count = len(self.step.questions)
        if count:
            index = min(max(self.question_index() + delta, 0), count - 1)
            self.session.current_question[self.session.current_step] = index
            self.save()
        return self.question_index()

    def toggle_pause(self) -> bool:
        """Pause or resume the clock; True when it is now running."""
        if self.clock.running:
            self.clock.pause()
        else:
            self.clock.resume()
        self.session.paused = not self.clock.running
        self.save()
        return self.clock.running

    def end(self) -> None:
        self.clock.pause()
        self.session.ended_at = now()
        self.save()

    def save(self) -> None:
        """Bring the clock figures into the session and hand a snapshot to disk."""
        self._close_span()
        self.session.elapsed_seconds = round(self.clock.elapsed(), 3)
        self._persist(self.session)

    # -- bookkeeping ------------------------------------------------------------

    def _close_span(self) -> None:
        elapsed = self.clock.elapsed()
        key = self.session.current_step
        spent = self.session.step_seconds.get(key, 0.0) + elapsed - self._span_start
        self.session.step_seconds[key] = round(spent, 3)
        self._span_start = elapsed


def new_session(
    session_id: str,
    agenda: Agenda,
    participant: str,
    engagement: str = "",
    minutes: int | None = None,
    facilitator: str = "",
    round_number: int = 1,
    writer: str = "",
) -> Session:
    return Session(
        id=session_id,
        engagement=engagement,
        round=round_number,
        facilitator=facilitator,
        writer=writer,
        started_at=now(),
        participant=Participant(name=participant, role=agenda.role),
        agenda=agenda,
        planned_minutes=minutes or agenda.minutes,
        current_step=agenda.steps[0].key,
    )
