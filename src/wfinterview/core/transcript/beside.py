"""What the review shows beside a note: the words said in the seconds before it, its
quote's check, and the moments nobody noted, worked out once when the review opens
(in a thread: the list of notes never waits for it)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Final

from wfinterview.core.framework.models import Note, Session
from wfinterview.core.interview.notes import new_note_id
from wfinterview.core.transcript.gaps import Gap, find_gaps
from wfinterview.core.transcript.model import Cue, Transcript
from wfinterview.core.transcript.quotes import QuoteCheck, QuoteFinder

BEFORE: Final = 20.0  # seconds of speech shown before a note


@dataclass
class Beside:
    transcript: Transcript
    checks: dict[str, QuoteCheck] = field(default_factory=dict)  # by note id
    gaps: list[Gap] = field(default_factory=list)
    _starts: list[float] = field(default_factory=list)

    @classmethod
    def of(cls, session: Session, transcript: Transcript) -> Beside:
        beside = cls(transcript, _starts=[cue.start for cue in transcript.cues])
        beside.refresh(session)
        return beside

    def refresh(self, session: Session) -> None:
        """The checks and the moments again, after the notes changed."""
        finder = QuoteFinder(self.transcript)
        self.checks = {n.id: finder.check(n) for n in session.notes if n.quote}
        self.gaps = find_gaps(session, self.transcript)

    def said_before(self, note: Note, seconds: float = BEFORE) -> list[Cue]:
        """The cues heard in the `seconds` before the note was typed."""
        moment = self.transcript.alignment.recording_time(note.at)
        last = bisect.bisect_right(self._starts, moment)
        first = bisect.bisect_left(self._starts, moment - seconds - 120.0)  # cues are short
        cues = self.transcript.cues[first:last]
        return [cue for cue in cues if cue.end >= moment - seconds][-6:]

    def cue_at(self, note: Note) -> int:
        """Where the transcript opens for a note: the participant's first words in the
        seconds before it, else the cue its moment falls in."""
        roles = self.transcript.roles()
        before = self.said_before(note)
        theirs = [cue for cue in before if roles.get(cue.speaker, "participant") == "participant"]
        if theirs:
            return self.transcript.cues.index(theirs[0])
        moment = self.transcript.alignment.recording_time(note.at)
        return max(0, bisect.bisect_right(self._starts, moment) - 1)


def gap_note(session: Session, gap: Gap) -> Note:
    """A moment nobody noted, as the note it suggests: timed, tagged, from the transcript."""
    return Note(
        id=new_note_id(session.notes),
        step=gap.step,
        at=gap.at,
        text=gap.text,
        tags=list(gap.tags),
        from_transcript=True,
    )
