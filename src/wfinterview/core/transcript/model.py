"""A call's transcript as wfinterview keeps it: the words with their times and speakers, who
each speaker is, and how the recording's clock lines up with the interview's.

The file (`DATA_DIR/transcripts/<session id>.json`, docs/formats.md) holds the words as
they were read from the tool's export, cleaned of control characters like every text
from outside (framework/models.py), so the original file need not be kept.

Times: a cue's `start` and `end` are seconds into the recording. A note's `at` is seconds
of the interview clock, which starts later than the recording (or earlier) and stops
while paused: `Alignment` maps one onto the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Final, Literal

from pydantic import AwareDatetime, Field, model_validator

from wfinterview.core.framework.models import Line, NonEmptyToken, Paragraphs, StrictModel

TRANSCRIPT_FORMAT: Final = "wfinterview.transcript"
TRANSCRIPT_VERSION: Final = 1

Role = Literal["participant", "facilitator", "other"]
# What the file was exported by, as recognised from its content (formats.py).
Kind = Literal["zoom", "teams", "meet", "webvtt", "srt", "sbv", "otter"]
Seconds = Annotated[float, Field(ge=0, le=86_400 * 7)]


class Speaker(StrictModel):
    name: Line
    role: Role
    # How the role was found: the name matched the session's, it was the only one left,
    # the user said so (`--speaker`), or it is the most likely guess.
    how: Literal["name", "remaining", "given", "guessed"] = "name"


class Cue(StrictModel):
    start: Seconds
    end: Seconds
    speaker: Line = ""  # "" when the tool named nobody
    text: Paragraphs


class Shift(StrictModel):
    """From the note time `at` on, the recording is `offset` seconds ahead of the clock."""

    at: Annotated[float, Field(ge=0)]
    offset: Annotated[float, Field(ge=-86_400, le=86_400)]


class Alignment(StrictModel):
    how: Literal["estimated", "given"]
    # The first shift starts at 0; each later one is a pause of the clock (the recording
    # ran on) or of the recording.
    shifts: Annotated[list[Shift], Field(min_length=1)]
    matched_notes: Annotated[int, Field(ge=0)] = 0  # notes whose words were found there
    notes: Annotated[int, Field(ge=0)] = 0  # notes with words to look for
    sure: Literal["high", "medium", "low", "given"] = "given"

    @property
    def offset(self) -> float:
        """The recording time when the interview clock started."""
        return self.shifts[0].offset

    def recording_time(self, at: float) -> float:
        """Where in the recording a moment of the interview clock is."""
        return at + shifts_offset(self.shifts, at)

    def clock_time(self, seconds: float) -> float:
        """The interview clock's reading at a moment of the recording (0 before it started)."""
        clock = seconds - self.shifts[0].offset
        for before, shift in zip(self.shifts, self.shifts[1:], strict=False):
            if seconds >= shift.at + shift.offset:
                clock = seconds - shift.offset
            elif seconds >= shift.at + before.offset:
                clock = shift.at  # said while the clock was paused
        return max(0.0, clock)


class Source(StrictModel):
    file_name: Line  # the name of the file imported (no folder: it may name a person)
    kind: Kind
    imported_at: AwareDatetime


class Transcript(StrictModel):
    format: Literal["wfinterview.transcript"] = TRANSCRIPT_FORMAT
    version: Literal[1] = TRANSCRIPT_VERSION
    session_id: NonEmptyToken
    source: Source
    speakers: list[Speaker] = []
    alignment: Alignment
    cues: list[Cue] = []

    @model_validator(mode="after")
    def _speakers_named(self) -> Transcript:
        names = {speaker.name for speaker in self.speakers}
        for number, cue in enumerate(self.cues):
            if cue.speaker and cue.speaker not in names:
                raise ValueError(f"cues[{number}].speaker '{cue.speaker}' is not in speakers")
        return self

    def role_of(self, name: str) -> Role | None:
        for speaker in self.speakers:
            if speaker.name == name:
                return speaker.role
        return None

    def roles(self) -> dict[str, Role]:
        return {speaker.name: speaker.role for speaker in self.speakers}


def shifts_offset(shifts: Sequence[Shift], at: float) -> float:
    """The recording's offset at a moment of the interview clock: the last shift at or
    before it (a paused clock moves the offset from then on)."""
    offset = shifts[0].offset
    for shift in shifts[1:]:
        if shift.at > at:
            break
        offset = shift.offset
    return offset
