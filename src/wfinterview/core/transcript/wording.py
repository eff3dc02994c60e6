"""How a transcript's facts read, the same on the command line and in the review."""

from __future__ import annotations

from wfinterview.core.framework.wording import plural
from wfinterview.core.transcript.model import Alignment, Speaker, Transcript

_HOW = {
    "name": "by name",
    "remaining": "the other speaker",
    "given": "as you said",
    "guessed": "guessed",
}


def moment(seconds: float) -> str:
    """A time in the recording or on the clock: 4:05, or 1:02:15 past an hour."""
    whole = int(round(abs(seconds)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    shown = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"-{shown}" if seconds < 0 and whole else shown


def offset_line(alignment: Alignment) -> str:
    """'The recording was at 1:23 when the interview clock started (estimated; sure: high,
    17 of 18 notes found in the words before them).'"""
    offset = alignment.offset
    if offset >= 0:
        where = f"The recording was at {moment(offset)} when the interview clock started"
    else:
        where = f"The recording started {moment(-offset)} after the interview clock"
    if alignment.how == "given":
        return f"{where} (as you gave it)."
    found = (
        f"{alignment.matched_notes} of {plural(alignment.notes, 'note')} found in the words "
        "said just before them"
    )
    return f"{where} (estimated; sure: {alignment.sure}, {found})."


def pause_lines(alignment: Alignment) -> list[str]:
    """One line per pause the alignment found: from when on the offset changed."""
    return [
        f"From {moment(shift.at)} on the clock, the recording is at clock + {moment(shift.offset)}"
        + (" (the clock was paused)" if shift.offset > before.offset else "")
        for before, shift in zip(alignment.shifts, alignment.shifts[1:], strict=False)
    ]


def speaker_line(speakers: list[Speaker]) -> str:
    if not speakers:
        return "Speakers: none named in the file (every word is read as anyone's)"
    return "Speakers: " + " · ".join(
        f"{speaker.name} → {speaker.role} ({_HOW[speaker.how]})" for speaker in speakers
    )


def length(transcript: Transcript) -> str:
    end = max((cue.end for cue in transcript.cues), default=0.0)
    return moment(end)
