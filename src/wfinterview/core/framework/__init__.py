"""The framework the app carries: its steps, tags and recap headings, the file models
(sessions, agendas, notes) and the one error a user is shown. Every other layer stands on it.

Names resolve on first use (PEP 562), so importing one module of this layer does not
load the others: the cockpit starts without reading what it never shows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wfinterview.core.framework.content import (
        APPROVAL_ISSUES,
        BUILTIN_TAGS,
        HANDOFFS,
        MAGIC_WAND_STEP,
        MISALIGNMENT,
        RECAP_HEADINGS,
        RECOMMENDED_MINUTES,
        ROLE_AGENDA_IDS,
        STARTING_THEMES,
        STEPS,
        TOOL_RELATED,
        WALKTHROUGH_STEP,
        StepDefinition,
        Tag,
    )
    from wfinterview.core.framework.errors import (
        FileProblem,
        RuntimeFailure,
        UserError,
        field_path,
        validation_problems,
    )
    from wfinterview.core.framework.models import (
        SESSION_FORMAT,
        SESSION_VERSION,
        Agenda,
        Identifier,
        NonEmpty,
        Note,
        Participant,
        Question,
        Recap,
        Session,
        Step,
        StrictModel,
        now,
    )
    from wfinterview.core.framework.wording import (
        noun,
        plural,
    )

_OWNERS = {
    "APPROVAL_ISSUES": "content",
    "Agenda": "models",
    "BUILTIN_TAGS": "content",
    "FileProblem": "errors",
    "HANDOFFS": "content",
    "Identifier": "models",
    "MAGIC_WAND_STEP": "content",
    "MISALIGNMENT": "content",
    "NonEmpty": "models",
    "Note": "models",
    "Participant": "models",
    "Question": "models",
    "RECAP_HEADINGS": "content",
    "RECOMMENDED_MINUTES": "content",
    "ROLE_AGENDA_IDS": "content",
    "Recap": "models",
    "RuntimeFailure": "errors",
    "SESSION_FORMAT": "models",
    "SESSION_VERSION": "models",
    "STARTING_THEMES": "content",
    "STEPS": "content",
    "Session": "models",
    "Step": "models",
    "StepDefinition": "content",
    "StrictModel": "models",
    "TOOL_RELATED": "content",
    "Tag": "content",
    "UserError": "errors",
    "WALKTHROUGH_STEP": "content",
    "field_path": "errors",
    "noun": "wording",
    "now": "models",
    "plural": "wording",
    "validation_problems": "errors",
}
__all__ = [
    "APPROVAL_ISSUES",
    "Agenda",
    "BUILTIN_TAGS",
    "FileProblem",
    "HANDOFFS",
    "Identifier",
    "MAGIC_WAND_STEP",
    "MISALIGNMENT",
    "NonEmpty",
    "Note",
    "Participant",
    "Question",
    "RECAP_HEADINGS",
    "RECOMMENDED_MINUTES",
    "ROLE_AGENDA_IDS",
    "Recap",
    "RuntimeFailure",
    "SESSION_FORMAT",
    "SESSION_VERSION",
    "STARTING_THEMES",
    "STEPS",
    "Session",
    "Step",
    "StepDefinition",
    "StrictModel",
    "TOOL_RELATED",
    "Tag",
    "UserError",
    "WALKTHROUGH_STEP",
    "field_path",
    "noun",
    "now",
    "plural",
    "validation_problems",
]


def __getattr__(name: str) -> object:
    if name not in _OWNERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_OWNERS[name]}"), name)
