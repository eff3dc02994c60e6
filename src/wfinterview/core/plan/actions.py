"""From insights to change: actions with an owner, a due date, evidence and validators.

An action moves proposed → validated → in progress → done, one step at a time (and back
one step, to correct a slip). It is validated only by someone who was interviewed.
Evidence names notes as `SESSION_ID/NOTE_ID`, so a fixed typo never breaks the link.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import date, datetime
from typing import Literal, get_args

from wfinterview.core.framework.content import APPROVAL_ISSUES, HANDOFFS, MISALIGNMENT, TOOL_RELATED
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import NonEmpty, StrictModel, now

ActionKind = Literal["sop_update", "tool_improvement", "raci", "approval_timeline", "other"]
ActionStatus = Literal["proposed", "validated", "in_progress", "done"]
_KINDS: dict[str, ActionKind] = {kind: kind for kind in get_args(ActionKind)}

KIND_LABELS: dict[str, str] = {
    "sop_update": "SOP update",
    "tool_improvement": "Tool improvement (Ops/IT)",
    "raci": "Ownership / RACI",
    "approval_timeline": "Approval timeline",
    "other": "Other",
}
STATUSES: tuple[str, ...] = ("proposed", "validated", "in_progress", "done")
STATUS_LABELS = {
    "proposed": "proposed",
    "validated": "validated",
    "in_progress": "in progress",
    "done": "done",
}
# The framework's starting themes each point at the kind of change that usually fixes them.
THEME_KINDS: dict[str, str] = {
    TOOL_RELATED: "tool_improvement",
    APPROVAL_ISSUES: "approval_timeline",
    MISALIGNMENT: "raci",
    HANDOFFS: "sop_update",
}


class Action(StrictModel):
    id: NonEmpty
    kind: ActionKind = "other"
    title: NonEmpty
    owner: str = ""
    due: date | None = None
    status: ActionStatus = "proposed"
    theme: str | None = None  # the theme it came from, by name
    evidence: list[str] = []  # note keys
    validated_by: list[str] = []  # participants' names
    created_at: datetime
    done_at: datetime | None = None  # when it was marked done: did the next round improve?

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def new_action(
    existing: Iterable[Action],
    title: str,
    kind: str = "other",
    evidence: Iterable[str] = (),
    theme: str | None = None,
) -> Action:
    title = " ".join(title.split())
    if not title:
        raise UserError("an action needs a title")
    taken = {a.id for a in existing}
    while (action_id := f"a{secrets.token_hex(3)}") in taken:
        pass
    return Action(
        id=action_id,
        kind=action_kind(kind),
        title=title,
        theme=theme,
        evidence=list(dict.fromkeys(evidence)),
        created_at=now(),
    )


def action_kind(kind: str) -> ActionKind:
    """`kind` as an action kind, or "other" if it is not one."""
    return _KINDS.get(kind, "other")


def kind_for_theme(theme_name: str) -> str:
    return THEME_KINDS.get(theme_name, "other")


def set_status(action: Action, status: str) -> Action:
    """Move one step along proposed → validated → in progress → done, or one step back."""
    if status not in STATUSES:
        raise UserError(f"'{status}' is not a status ({', '.join(STATUSES)})")
    step = STATUSES.index(status) - STATUSES.index(action.status)
    if abs(step) > 1:
        raise UserError(
            f"an action goes one step at a time: from {STATUS_LABELS[action.status]}, "
            f"next is {STATUS_LABELS[STATUSES[min(STATUSES.index(action.status) + 1, 3)]]}"
        )
    if status == "validated" and step > 0 and not action.validated_by:
        raise UserError("record who validated it first: a participant who recognises the change")
    action.status = status  # type: ignore[assignment]
    action.done_at = now() if status == "done" else None
    return action


def advance(action: Action) -> Action:
    index = STATUSES.index(action.status)
    if index == len(STATUSES) - 1:
        raise UserError("the action is done already")
    return set_status(action, STATUSES[index + 1])


def parse_due(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"'{text}' is not a date; write it as YYYY-MM-DD") from None
