"""The data the program keeps: agendas, sessions, notes, recaps.

Every model is strict: an unknown key or a wrong type is an error, so a typo in a file
never passes silently.

Every text field is cleaned as it is read (framework/text.py): control characters are
removed, line breaks in a one-line field become spaces. A session file from someone
else that carries `ESC [ 2J` in a name or a note is read, without it, rather than
refused: the notes in it may be the only copy. Files the user writes by hand (agendas,
config.toml) are checked before they get here, and refused with the field named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from wfinterview.core.framework.text import (
    NO_CONTROL_PATTERN,
    TEXT_PATTERN,
    clean_line,
    clean_text,
)

SESSION_FORMAT: Final = "wfinterview.session"
SESSION_VERSION: Final = 1


@dataclass(frozen=True)
class _Cleaned:
    """A text field cleaned as it is read: `clean` (framework/text.py) on the way in.

    Most text has nothing to clean, and a Python call per note costs a tenth of reading
    a corpus. So pydantic-core first checks `pattern` (the same rule, in Rust) and
    calls `clean` only for text the pattern refuses.
    """

    clean: Callable[[str], str]
    pattern: str
    min_length: int = 0

    def __get_pydantic_core_schema__(self, source: object, handler: object) -> CoreSchema:
        fast = core_schema.str_schema(pattern=self.pattern, min_length=self.min_length)
        slow = core_schema.no_info_after_validator_function(self._clean, core_schema.str_schema())
        return core_schema.union_schema(
            [fast, slow],
            mode="left_to_right",
            # One error, as for a plain str field, rather than one per way of reading it.
            custom_error_type="non_empty_string" if self.min_length else "string_type",
            custom_error_message="Input should be a non-empty string" if self.min_length else None,
            serialization=core_schema.to_string_ser_schema(),
        )

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # Documented as what it is to a writer: a string (the cleaning is the reader's).
        return {"type": "string", "minLength": 1} if self.min_length else {"type": "string"}

    def _clean(self, text: str) -> str:
        text = self.clean(text)
        if len(text) < self.min_length:
            raise ValueError("empty once its control characters are removed")
        return text


Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
# What people wrote, cleaned: a name or a title is one line; a note or a recap keeps its
# tabs and line breaks.
Line = Annotated[str, _Cleaned(clean_line, NO_CONTROL_PATTERN)]
Paragraphs = Annotated[str, _Cleaned(clean_text, TEXT_PATTERN)]
NonEmpty = Annotated[str, _Cleaned(clean_line, NO_CONTROL_PATTERN, min_length=1)]
# What the program wrote (ids, step and tag keys): a control character in one is not a
# slip of the keyboard but a forged or broken file, so it is refused, not guessed at.
Token = Annotated[str, StringConstraints(pattern=NO_CONTROL_PATTERN)]
NonEmptyToken = Annotated[str, StringConstraints(min_length=1, pattern=NO_CONTROL_PATTERN)]


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
    summary: Paragraphs = ""
    steps: Annotated[list[Step], Field(min_length=1)]

    def step(self, key: str) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)

    def step_index(self, key: str) -> int:
        return [step.key for step in self.steps].index(key)


class Participant(StrictModel):
    name: Line
    role: Line


class Note(StrictModel):
    id: NonEmptyToken
    step: Token
    at: Annotated[float, Field(ge=0)]
    text: Paragraphs
    tags: list[Token] = []
    quote: bool = False
    follow_up: bool = False
    # Added from the call's transcript in the review (a moment nobody noted, see
    # core/transcript/gaps.py). Written only when true, so every other note's file stays
    # as it was, and a file from before it reads the same.
    from_transcript: bool = Field(default=False, exclude_if=lambda value: not value)


class Recap(StrictModel):
    heard: Paragraphs
    stuck: Paragraphs
    magic_wand: Paragraphs
    sent_at: AwareDatetime | None = None
    # Whether a word differed from the draft of the notes when it was saved: a draft sent
    # unchanged stays a draft when the notes change later. Absent from files saved before
    # it was kept (and written only when known): such a recap is held against today's draft.
    edited: bool | None = Field(default=None, exclude_if=lambda value: value is None)


class Session(StrictModel):
    format: Literal["wfinterview.session"] = SESSION_FORMAT
    version: Literal[1] = SESSION_VERSION
    id: NonEmptyToken
    engagement: Line = ""
    round: Annotated[int, Field(ge=1)] = 1
    facilitator: Line = ""
    # The writer id of the installation that records it (core/storage/identity.py): in a
    # shared data folder, the only one that writes this file. Empty before team sync.
    writer: Line = ""
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None
    participant: Participant
    agenda: Agenda
    planned_minutes: Annotated[int, Field(ge=1, le=600)]
    elapsed_seconds: Annotated[float, Field(ge=0)] = 0.0
    current_step: Token
    step_seconds: dict[Token, float] = {}
    current_question: dict[Token, int] = {}
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
