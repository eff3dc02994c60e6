"""A session as synthesis reads it: every field `Session` has, with the same rules, but
notes and agenda questions kept as plain dicts instead of objects.

Reading a thousand sessions through `Session` builds every agenda question and note as
a model; this view reads the same files three times faster than `json.loads` plus a
model. It accepts and rejects exactly the files `Session` does (a property test holds
the two together), so `list`, `report` and `export` skip and report the same files.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidatorFunctionWrapHandler,
    with_config,
)
from pydantic.functional_validators import WrapValidator
from typing_extensions import TypedDict

from wfinterview.core.framework.models import (
    Identifier,
    Line,
    NonEmpty,
    NonEmptyToken,
    Paragraphs,
    Participant,
    Recap,
    Token,
)

# Built on first use, like the framework's models: `list` imports this module but
# validates with it only the files its index does not know.
_STRICT = ConfigDict(extra="forbid", strict=True, defer_build=True)


@with_config(_STRICT)
class QuestionDigest(TypedDict):
    text: NonEmpty
    role_specific: NotRequired[bool]


@with_config(_STRICT)
class DigestNote(TypedDict):
    id: NonEmptyToken
    step: Token
    at: Annotated[float, Field(ge=0)]
    text: Paragraphs
    tags: NotRequired[list[Token]]
    quote: NotRequired[bool]
    follow_up: NotRequired[bool]


class _Strict(BaseModel):
    model_config = _STRICT


class StepDigest(_Strict):
    key: Identifier
    title: NonEmpty
    minutes: Annotated[int, Field(ge=0, le=180)]
    questions: list[QuestionDigest] = []


class AgendaDigest(_Strict):
    id: Identifier
    title: NonEmpty
    role: NonEmpty
    minutes: Annotated[int, Field(ge=1, le=600)]
    summary: Paragraphs = ""
    steps: Annotated[list[StepDigest], Field(min_length=1)]


_AGENDAS: dict[str, AgendaDigest] = {}
_AGENDAS_KEPT = 256  # distinct agenda snapshots; a handful in practice


def _one_copy(value: Any, validate: ValidatorFunctionWrapHandler) -> AgendaDigest:
    """The agenda snapshot, validated once per distinct content and shared after that.

    Every session keeps its own copy of its agenda, so ten thousand sessions of four
    agendas hold ten thousand identical snapshots. The key is the snapshot's repr as
    read from the file: it tells apart everything strict validation does (1 from 1.0
    from true, a missing key from a default), so a shared copy is exactly what
    validating this session's own snapshot would give. Digests are only read.
    """
    key = repr(value)
    agenda = _AGENDAS.get(key)
    if agenda is None:
        agenda = validate(value)
        if len(_AGENDAS) >= _AGENDAS_KEPT:
            _AGENDAS.clear()
        _AGENDAS[key] = agenda
    return agenda


class SessionDigest(_Strict):
    format: Literal["wfinterview.session"] = "wfinterview.session"
    version: Literal[1] = 1
    id: NonEmptyToken
    engagement: Line = ""
    round: Annotated[int, Field(ge=1)] = 1
    facilitator: Line = ""
    writer: Line = ""
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None
    participant: Participant
    agenda: Annotated[AgendaDigest, WrapValidator(_one_copy)]
    planned_minutes: Annotated[int, Field(ge=1, le=600)]
    elapsed_seconds: Annotated[float, Field(ge=0)] = 0.0
    current_step: Token
    step_seconds: dict[Token, float] = {}
    current_question: dict[Token, int] = {}
    paused: bool = False
    notes: list[DigestNote] = []
    recap: Recap | None = None

    @property
    def finished(self) -> bool:
        return self.ended_at is not None

    def step_title(self, key: str) -> str:
        return next((step.title for step in self.agenda.steps if step.key == key), key)
