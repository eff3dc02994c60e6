"""Closing the loop: for each participant, the planned changes that touch what they said,
as a short text to send them ("here is what we plan to change; does this match?")."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from pathlib import Path

from wfinterview.core.framework.errors import UserError
from wfinterview.core.interview.emails import fill_template, signer, template_path
from wfinterview.core.plan.actions import Action
from wfinterview.core.synthesis.digest import SessionDigest

VALIDATION = "validation.txt"


def participants(sessions: Iterable[SessionDigest], engagement: str) -> list[str]:
    return sorted(
        {s.participant.name for s in sessions if s.engagement == engagement}, key=str.casefold
    )


def actions_for(
    participant: str, engagement: str, actions: Iterable[Action], sessions: Iterable[SessionDigest]
) -> list[Action]:
    """Actions whose evidence includes something this participant said in this engagement."""
    theirs = {
        s.id
        for s in sessions
        if s.engagement == engagement and s.participant.name.casefold() == participant.casefold()
    }
    return [a for a in actions if any(key.partition("/")[0] in theirs for key in a.evidence)]


def validation_text(
    participant: str,
    engagement: str,
    actions: Sequence[Action],
    sessions: Sequence[SessionDigest],
    facilitator: str,
    user_templates_dir: Path,
) -> str:
    if participant.casefold() not in (p.casefold() for p in participants(sessions, engagement)):
        people = participants(sessions, engagement)
        close = difflib.get_close_matches(participant, people, n=3, cutoff=0.6)
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        known = ", ".join(people) or "nobody yet"
        raise UserError(
            f"'{participant}' was not interviewed in '{engagement}'{hint} (interviewed: {known})"
        )
    touching = actions_for(participant, engagement, actions, sessions)
    if touching:
        lines = []
        for action in touching:
            extra = ", ".join(
                part
                for part in (
                    action.owner and f"owner {action.owner}",
                    action.due and f"by {action.due:%d %B}",
                )
                if part
            )
            lines.append(f"- {action.title} ({action.kind_label}{', ' + extra if extra else ''})")
        plan = "\n".join(lines)
    else:
        plan = (
            "- Nothing planned touches what you told us yet; we will come back to you when it does."
        )
    values = {
        "participant": participant.split()[0] if participant.split() else participant,
        "actions": plan,
        "engagement": engagement,
        "facilitator": signer(facilitator, participant, engagement, sessions),
    }
    return fill_template(template_path(VALIDATION, user_templates_dir), values).rstrip() + "\n"
