"""From insights to change: actions, RACI matrices, approval timelines, validation texts,
and the one owner of each engagement's file.

Names resolve on first use (PEP 562), so importing one module of this layer does not
load the others: the cockpit starts without reading what it never shows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wfinterview.core.plan.actions import (
        KIND_LABELS,
        STATUS_LABELS,
        Action,
        ActionKind,
        ActionStatus,
        action_kind,
        advance,
        kind_for_theme,
        new_action,
        parse_due,
        set_status,
    )
    from wfinterview.core.plan.approvals import (
        APPROVAL_TAG,
        ApprovalStage,
        StageTimeline,
        durations_in_days,
        timelines,
    )
    from wfinterview.core.plan.engagements import (
        EngagementFile,
        EngagementStore,
        load_boards,
    )
    from wfinterview.core.plan.outcomes import (
        Outcome,
        RoundShare,
        outcomes,
        theme_of,
    )
    from wfinterview.core.plan.raci import (
        ROLES,
        RaciMatrix,
        Role,
        raci_problems,
    )
    from wfinterview.core.plan.validation import (
        actions_for,
        participants,
        signing_facilitator,
        validation_text,
    )

_OWNERS = {
    "APPROVAL_TAG": "approvals",
    "Action": "actions",
    "ActionKind": "actions",
    "ActionStatus": "actions",
    "ApprovalStage": "approvals",
    "EngagementFile": "engagements",
    "EngagementStore": "engagements",
    "KIND_LABELS": "actions",
    "Outcome": "outcomes",
    "ROLES": "raci",
    "RaciMatrix": "raci",
    "Role": "raci",
    "RoundShare": "outcomes",
    "STATUS_LABELS": "actions",
    "StageTimeline": "approvals",
    "action_kind": "actions",
    "actions_for": "validation",
    "advance": "actions",
    "durations_in_days": "approvals",
    "kind_for_theme": "actions",
    "load_boards": "engagements",
    "new_action": "actions",
    "outcomes": "outcomes",
    "parse_due": "actions",
    "participants": "validation",
    "raci_problems": "raci",
    "set_status": "actions",
    "signing_facilitator": "validation",
    "theme_of": "outcomes",
    "timelines": "approvals",
    "validation_text": "validation",
}
__all__ = [
    "APPROVAL_TAG",
    "Action",
    "ActionKind",
    "ActionStatus",
    "ApprovalStage",
    "EngagementFile",
    "EngagementStore",
    "KIND_LABELS",
    "Outcome",
    "ROLES",
    "RaciMatrix",
    "Role",
    "RoundShare",
    "STATUS_LABELS",
    "StageTimeline",
    "action_kind",
    "actions_for",
    "advance",
    "durations_in_days",
    "kind_for_theme",
    "load_boards",
    "new_action",
    "outcomes",
    "parse_due",
    "participants",
    "raci_problems",
    "set_status",
    "signing_facilitator",
    "theme_of",
    "timelines",
    "validation_text",
]


def __getattr__(name: str) -> object:
    if name not in _OWNERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_OWNERS[name]}"), name)
