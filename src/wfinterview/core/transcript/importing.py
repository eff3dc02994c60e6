"""A tool's transcript made an interview's: speakers given their roles, the recording lined
up with the clock (align.py), everything in the form the file keeps (model.py)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from wfinterview.core.framework.models import Session, now
from wfinterview.core.transcript.align import estimate_alignment, given_alignment
from wfinterview.core.transcript.model import Cue, Role, Source, Transcript
from wfinterview.core.transcript.parsed import ParsedTranscript
from wfinterview.core.transcript.speakers import match_speakers, speaker_words


def make_transcript(
    parsed: ParsedTranscript,
    session: Session,
    file_name: str,
    *,
    offset: float | None = None,
    speakers: Mapping[str, Role] | None = None,
    when: datetime | None = None,
) -> Transcript:
    """The session's transcript; its offset estimated from the notes unless given."""
    cues = [
        Cue(start=cue.start, end=cue.end, speaker=cue.speaker, text=cue.text) for cue in parsed.cues
    ]
    roles = match_speakers(
        speaker_words(parsed.cues), session.participant.name, session.facilitator, speakers
    )
    alignment = (
        given_alignment(offset) if offset is not None else estimate_alignment(session.notes, cues)
    )
    return Transcript(
        session_id=session.id,
        source=Source(file_name=file_name, kind=parsed.kind, imported_at=when or now()),
        speakers=roles,
        alignment=alignment,
        cues=cues,
    )
