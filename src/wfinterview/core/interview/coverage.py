"""What the interview has not covered yet, so the facilitator can steer the last minutes.

Three quiet facts, recomputed as notes are typed: the steps with no note yet, the five
tags no note carries yet, and the questions not reached. A question counts as asked once
the facilitator has marked it, or one after it, as the current question of its step
(ctrl+↓ in the cockpit); the first question of a step counts once the step was opened.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.models import Session
from wfinterview.core.framework.wording import plural


@dataclass(frozen=True)
class Coverage:
    steps_without_notes: tuple[str, ...]  # step titles, in agenda order
    tags_missing: tuple[Tag, ...]
    unasked: int  # questions not reached, over the whole agenda
    unasked_here: int  # of those, in the current step

    @property
    def complete(self) -> bool:
        return not (self.steps_without_notes or self.tags_missing or self.unasked)


def coverage(session: Session, tags: Sequence[Tag]) -> Coverage:
    noted_steps = {note.step for note in session.notes}
    used_tags = {tag for note in session.notes for tag in note.tags}
    unasked = unasked_here = 0
    for step in session.agenda.steps:
        opened = step.key == session.current_step or session.step_seconds.get(step.key, 0) > 0
        reached = session.current_question.get(step.key, 0) + 1 if opened else 0
        left = max(0, len(step.questions) - reached)
        unasked += left
        if step.key == session.current_step:
            unasked_here = left
    return Coverage(
        steps_without_notes=tuple(
            step.title for step in session.agenda.steps if step.key not in noted_steps
        ),
        tags_missing=tuple(tag for tag in tags if tag.key not in used_tags),
        unasked=unasked,
        unasked_here=unasked_here,
    )


def coverage_line(found: Coverage, ascii_only: bool = False) -> str:
    """One quiet line: 'Not yet: 👻 🧾 · no notes: Tools & Workarounds · 6 questions left'."""
    if found.complete:
        return "Every step, tag and question covered"
    parts = []
    if found.tags_missing:
        parts.append("not yet " + " ".join(tag.badge(ascii_only) for tag in found.tags_missing))
    if found.steps_without_notes:
        parts.append("no notes: " + ", ".join(found.steps_without_notes))
    if found.unasked:
        parts.append(f"{plural(found.unasked, 'question')} left ({found.unasked_here} here)")
    return " · ".join(parts)
