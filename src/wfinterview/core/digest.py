"""A session as synthesis reads it: who, when, and the notes; nothing else is built.

Reading a thousand sessions through the full `Session` model builds every agenda
question and note as an object; this view ignores the agenda and keeps notes as plain
dicts, which reads the same files three times faster than `json.loads` plus a model.
"""

from __future__ import annotations

from typing import Literal, NotRequired

from pydantic import AwareDatetime, BaseModel, ConfigDict
from typing_extensions import TypedDict

from wfinterview.core.models import Participant, Recap


class DigestNote(TypedDict):
    id: str
    step: str
    at: float
    text: str
    tags: NotRequired[list[str]]
    quote: NotRequired[bool]
    follow_up: NotRequired[bool]


class _Light(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)


class StepDigest(_Light):
    key: str
    title: str


class AgendaDigest(_Light):
    id: str
    title: str
    steps: list[StepDigest]


class SessionDigest(_Light):
    format: Literal["wfinterview.session"]
    version: Literal[1]
    id: str
    engagement: str = ""
    round: int = 1
    facilitator: str = ""
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None
    participant: Participant
    agenda: AgendaDigest
    planned_minutes: int
    elapsed_seconds: float = 0.0
    notes: list[DigestNote] = []
    recap: Recap | None = None

    @property
    def finished(self) -> bool:
        return self.ended_at is not None

    def step_title(self, key: str) -> str:
        return next((step.title for step in self.agenda.steps if step.key == key), key)
