"""From insights to change: actions with an owner, a due date, evidence and validators.

An action moves proposed → validated → in progress → done, one step at a time (and back
one step, to correct a slip). It is validated only by someone who was interviewed.
Evidence names notes as `SESSION_ID/NOTE_ID`, so a fixed typo never breaks the link, and
an action names its theme by the theme's id, so a rename never does either.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import date, datetime
from typing import Literal, get_args

from wfinterview.core.framework.content import APPROVAL_ISSUES, HANDOFFS, MISALIGNMENT, TOOL_RELATED
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import NonEmpty, StrictModel, now
from wfinterview.core.synthesis.themes import ThemeBoard

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
STATUSES: tuple[ActionStatus, ...] = get_args(ActionStatus)
_STATUSES: dict[str, ActionStatus] = {status: status for status in STATUSES}
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
    theme_id: str | None = None  # the theme it came from
    # A theme named by an older file that no theme matched any more: kept, not dropped.
    theme: str | None = None
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
    theme_id: str | None = None,
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
        theme_id=theme_id,
        evidence=list(dict.fromkeys(evidence)),
        created_at=now(),
    )


def action_kind(kind: str) -> ActionKind:
    """`kind` as an action kind, or "other" if it is not one."""
    return _KINDS.get(kind, "other")


def action_status(status: str) -> ActionStatus:
    """`status` as an action status; one that is not is a user error naming them all."""
    if status not in _STATUSES:
        raise UserError(f"'{status}' is not a status ({', '.join(STATUSES)})")
    return _STATUSES[status]


def kind_for_theme(theme_name: str) -> str:
    """The kind of change that usually fixes one of the framework's starting themes."""
    return THEME_KINDS.get(theme_name, "other")


def kind_for(board: ThemeBoard, theme_id: str | None, tag_themes: dict[str, str]) -> str:
    """The kind proposed for an action from a theme: by what the theme is about (the
    starting theme it began as, else the starting themes of the tags filed under it),
    never by its current name, which the consultant may change at will.

    `tag_themes` maps each tag key to the framework theme it belongs to.
    """
    if theme_id is None:
        return "other"
    theme = next((t for t in board.themes if t.id == theme_id), None)
    if theme is None:
        return "other"
    if theme.origin is not None:
        return kind_for_theme(theme.origin)
    for tag, mapped in board.tag_themes.items():
        if mapped == theme_id and (kind := kind_for_theme(tag_themes.get(tag, ""))) != "other":
            return kind
    return "other"


def set_status(action: Action, status: str, when: datetime | None = None) -> Action:
    """Move one step along proposed → validated → in progress → done, or one step back;
    `when` is when it was done (an edit replayed later keeps the time it was made)."""
    target = action_status(status)
    step = STATUSES.index(target) - STATUSES.index(action.status)
    if abs(step) > 1:
        raise UserError(
            f"an action goes one step at a time: from {STATUS_LABELS[action.status]}, "
            f"next is {STATUS_LABELS[STATUSES[min(STATUSES.index(action.status) + 1, 3)]]}"
        )
    if target == "validated" and step > 0 and not action.validated_by:
        raise UserError("record who validated it first: a participant who recognises the change")
    action.status = target
    action.done_at = (when or now()) if target == "done" else None
    return action


def next_status(action: Action) -> ActionStatus:
    index = STATUSES.index(action.status)
    if index == len(STATUSES) - 1:
        raise UserError("the action is done already")
    return STATUSES[index + 1]


def advance(action: Action, when: datetime | None = None) -> Action:
    return set_status(action, next_status(action), when)


def parse_due(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"'{text}' is not a date; write it as YYYY-MM-DD") from None
