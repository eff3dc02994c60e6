"""A transcript as read from a tool's file, before it is matched to an interview."""

from __future__ import annotations

from dataclasses import dataclass, field

from wfinterview.core.transcript.model import Kind


@dataclass(frozen=True)
class ParsedCue:
    start: float
    end: float
    speaker: str  # "" when the file names nobody
    text: str


@dataclass
class ParsedTranscript:
    kind: Kind
    cues: list[ParsedCue]
    skipped: list[str] = field(default_factory=list)  # "line 12: why", one per cue left out
