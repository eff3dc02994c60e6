"""Moments nobody noted: where the participant spoke a tag's language and no note was
typed within a minute. A note of another tag leaves the moment open ("we wait for legal"
said beside a note about spreadsheets is still unnoted); a note with no tag covers any.
Each is offered as a suggested note: timed on the clock, filed under the step running
then, tagged, and worded in the participant's words.

Passages next to each other (less than `_JOIN` apart) that speak of the same tags are one
moment, so a story told over four cues is one suggestion, not four.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Final

from wfinterview.core.framework.models import Session
from wfinterview.core.transcript.model import Transcript
from wfinterview.core.transcript.tag_language import TagLanguage

NEAR: Final = 60.0  # a note this close (in the recording) covers a moment
_JOIN: Final = 20.0
_MOST_WORDS: Final = 60  # a suggestion longer than this is cut, with "…"


@dataclass(frozen=True)
class Gap:
    start: float  # in the recording
    end: float
    at: float  # on the interview clock: the suggested note's time
    step: str
    tags: tuple[str, ...]
    text: str  # the participant's words
    phrase: str  # the words that meant the first tag


def find_gaps(
    session: Session, transcript: Transcript, language: TagLanguage | None = None
) -> list[Gap]:
    """Every moment the participant raised a tag with no note within `NEAR` seconds."""
    language = language or TagLanguage()
    roles = transcript.roles()
    alignment = transcript.alignment
    # A note covers a moment of its own tags; a note with no tag covers any moment.
    noted: dict[str, list[float]] = {}
    for note in session.notes:
        for key in note.tags or ["*"]:
            noted.setdefault(key, []).append(alignment.recording_time(note.at))
    for times in noted.values():
        times.sort()
    passages: list[tuple[float, float, list[str], list[str], str]] = []
    for cue in transcript.cues:
        if roles.get(cue.speaker, "participant") != "participant":
            continue
        heard = language.heard(cue.text)
        if not heard:
            continue
        tags = [h.tag for h in heard]
        last = passages[-1] if passages else None
        if last is not None and cue.start - last[1] <= _JOIN and set(tags) <= set(last[2]):
            passages[-1] = (last[0], cue.end, last[2], [*last[3], cue.text], last[4])
        else:
            passages.append((cue.start, cue.end, tags, [cue.text], heard[0].phrase))
    gaps = []
    for start, end, tags, texts, phrase in passages:
        if any(_near(noted.get(key, []), start, end) for key in (*tags, "*")):
            continue
        at = round(alignment.clock_time(end), 1)
        gaps.append(Gap(start, end, at, _step_at(session, at), tuple(tags), _words(texts), phrase))
    return gaps


def _near(times: list[float], start: float, end: float) -> bool:
    index = bisect.bisect_left(times, start - NEAR)
    return index < len(times) and times[index] <= end + NEAR


def _step_at(session: Session, at: float) -> str:
    """The step running at `at`: that of the last note before it (steps run in order),
    else of the first note, else the agenda's first step."""
    ordered = sorted(session.notes, key=lambda note: note.at)
    before = [note for note in ordered if note.at <= at]
    if before:
        return before[-1].step
    return ordered[0].step if ordered else session.agenda.steps[0].key


def _words(texts: list[str]) -> str:
    tokens = " ".join(texts).split()
    return " ".join(tokens[:_MOST_WORDS]) + (" …" if len(tokens) > _MOST_WORDS else "")
