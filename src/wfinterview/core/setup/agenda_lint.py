"""Facilitation warnings for agendas: things that parse fine but make a worse interview."""

from __future__ import annotations

import re

from wfinterview.core.framework.content import (
    MAGIC_WAND_STEP,
    RECOMMENDED_MINUTES,
    WALKTHROUGH_STEP,
)
from wfinterview.core.framework.models import Agenda
from wfinterview.core.setup.agendas import AgendaEntry

# Questions that put the person on trial instead of asking about the work.
# Each pattern comes with a discovery-toned way to ask the same thing.
_AUDIT_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), suggestion)
    for pattern, suggestion in (
        (
            r"\bwhy (didn'?t|don'?t|did not|do not|haven'?t|have not|won'?t|wouldn'?t|weren'?t) "
            r"you\b",
            "What made it easier to go off-process?",
        ),
        (
            r"\b(did|do|does) (you|they|your team) (follow|comply|stick to|adhere)\b",
            "How closely does the written process match what really happens?",
        ),
        (
            r"\b(who|whose) (is to blame|fault|dropped the ball|messed up)\b",
            "Where did the work wait, and what was it waiting for?",
        ),
        (r"\b(your|their) fault\b", "What got in the way?"),
        (r"\b(should have|shouldn'?t have)\b", "What would have made this easier at the time?"),
        (r"\b(violat\w*|non-?complian\w*|breach\w*)\b", "Where does the process not fit the work?"),
        (
            r"\bwhy (is|are|was|were) (you|your team) (late|slow|behind)\b",
            "What usually holds this work up?",
        ),
        (r"\bfail(ed|s)? to\b", "What made this hard to do?"),
    )
)


def lint_agenda(entry: AgendaEntry, agenda: Agenda) -> list[str]:
    """Warnings as 'FILE: where: warning: message' lines; an empty list is a clean agenda."""
    path = entry.path
    warnings: list[str] = []

    def warn(where: str, message: str) -> None:
        warnings.append(f"{path}: {where}: warning: {message}")

    for where, question in _own_questions(entry):
        for pattern, suggestion in _AUDIT_PHRASES:
            if pattern.search(question):
                warn(
                    where,
                    f'audit phrasing in "{question}"; ask about the work, not the person, e.g. '
                    f'"{suggestion}"',
                )
                break

    low, high = RECOMMENDED_MINUTES
    if not low <= agenda.minutes <= high:
        warn(
            "minutes",
            f"planned length {agenda.minutes} min is outside the framework's {low}–{high} minutes",
        )
    step_total = sum(step.minutes for step in agenda.steps)
    if step_total != agenda.minutes:
        warn(
            "minutes", f"the steps add up to {step_total} min but the plan is {agenda.minutes} min"
        )

    if entry.file.extends is not None and not any(entry.file.questions.values()):
        warn(
            "questions",
            f"extends '{entry.file.extends}' but adds no questions of its own for the "
            f"{agenda.role} role",
        )

    keys = {step.key for step in agenda.steps}
    if WALKTHROUGH_STEP not in keys:
        warn(
            "steps",
            "no 'walkthrough' step: walking through one real piece of work is the heart of the "
            "interview",
        )
    if MAGIC_WAND_STEP not in keys:
        warn("steps", "no 'sop' step: the SOP gaps + magic wand question closes the interview")
    return warnings


def _own_questions(entry: AgendaEntry) -> list[tuple[str, str]]:
    file = entry.file
    if file.extends is not None:
        return [
            (f"questions.{key}[{index}]", text)
            for key, texts in file.questions.items()
            for index, text in enumerate(texts)
        ]
    return [
        (f"steps[{step_index}].questions[{index}]", text)
        for step_index, step in enumerate(file.steps or [])
        for index, text in enumerate(step.questions)
    ]
