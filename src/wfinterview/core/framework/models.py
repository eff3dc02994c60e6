"""The data the program keeps: agendas, sessions, notes, recaps.

Every model is strict: an unknown key or a wrong type is an error, so a typo in a file
never passes silently.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

SESSION_FORMAT: Final = "wfinterview.session"
SESSION_VERSION: Final = 1

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]


class StrictModel(BaseModel):
    # defer_build: a model's validator is built the first time it validates, so a
    # command pays only for the models it uses (`list` with a warm index uses none).
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


class Question(StrictModel):
    text: NonEmpty
    role_specific: bool = False


class Step(StrictModel):
    key: Identifier
    title: NonEmpty
    minutes: Annotated[int, Field(ge=0, le=180)]
    questions: list[Question] = []


class Agenda(StrictModel):
    """A resolved agenda: every step with all its questions, nothing left to look up.

    Sessions keep a copy of it, so editing an agenda file never changes a past session.
    """

    id: Identifier
    title: NonEmpty
    role: NonEmpty
    minutes: Annotated[int, Field(ge=1, le=600)]
    summary: str = ""
    steps: Annotated[list[Step], Field(min_length=1)]

    def step(self, key: str) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)

    def step_index(self, key: str) -> int:
        return [step.key for step in self.steps].index(key)


class Participant(StrictModel):
    name: str
    role: str


class Note(StrictModel):
    id: NonEmpty
    step: str
    at: Annotated[float, Field(ge=0)]
    text: str
    tags: list[str] = []
    quote: bool = False
    follow_up: bool = False


class Recap(StrictModel):
    heard: str
    stuck: str
    magic_wand: str
    sent_at: AwareDatetime | None = None


class Session(StrictModel):
    format: Literal["wfinterview.session"] = SESSION_FORMAT
    version: Literal[1] = SESSION_VERSION
    id: NonEmpty
    engagement: str = ""
    round: Annotated[int, Field(ge=1)] = 1
    facilitator: str = ""
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None
    participant: Participant
    agenda: Agenda
    planned_minutes: Annotated[int, Field(ge=1, le=600)]
    elapsed_seconds: Annotated[float, Field(ge=0)] = 0.0
    current_step: str
    step_seconds: dict[str, float] = {}
    current_question: dict[str, int] = {}
    paused: bool = False
    notes: list[Note] = []
    recap: Recap | None = None

    @property
    def finished(self) -> bool:
        return self.ended_at is not None

    def note(self, note_id: str) -> Note:
        for note in self.notes:
            if note.id == note_id:
                return note
        raise KeyError(note_id)


def now() -> datetime:
    """The current time with the local offset, as sessions store it."""
    return datetime.now().astimezone()
