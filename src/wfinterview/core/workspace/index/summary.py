"""One session as `list` and the home screen show it: what the index keeps as columns."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # validated only for a file the index does not know as it is now
    from wfinterview.core.synthesis.digest import SessionDigest


@dataclass(frozen=True)
class SessionSummary:
    """One session as `list` and the home screen show it."""

    id: str
    participant: str
    role: str
    engagement: str
    round: int
    started_at: datetime
    ended_at: datetime | None
    elapsed_seconds: float
    planned_minutes: int
    notes: int
    tag_counts: dict[str, int]  # every tag on every note, a tag typed twice counted twice
    tagged_notes: int  # notes with at least one tag (home's ASCII-only "tags" column)
    finished: bool
    recap_sent: bool
    writer: str  # who records it ("" before team sync)

    @classmethod
    def of(cls, session: SessionDigest) -> SessionSummary:
        counts = Counter(tag for note in session.notes for tag in note.get("tags", ()))
        return cls(
            id=session.id,
            participant=session.participant.name,
            role=session.participant.role,
            engagement=session.engagement,
            round=session.round,
            started_at=session.started_at,
            ended_at=session.ended_at,
            elapsed_seconds=session.elapsed_seconds,
            planned_minutes=session.planned_minutes,
            notes=len(session.notes),
            tag_counts=dict(counts),
            tagged_notes=sum(1 for note in session.notes if note.get("tags")),
            finished=session.finished,
            recap_sent=session.recap is not None and session.recap.sent_at is not None,
            writer=session.writer,
        )
