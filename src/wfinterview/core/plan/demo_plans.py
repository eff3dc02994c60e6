"""The demo's plans: what each engagement changed between its two rounds.

The demo story: round one heard approval lag, ghost ownership and tool friction; the
team agreed an approval SLA, a RACI for campaign launches and a new content calendar,
finished them before round two, and round two shows whether they worked. Everything is
fixed (ids, dates), so the same seed writes the same files.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from wfinterview.core.framework.content import APPROVAL_ISSUES, HANDOFFS, MISALIGNMENT, TOOL_RELATED
from wfinterview.core.plan.actions import Action, ActionKind, ActionStatus
from wfinterview.core.plan.edits import (
    AddAction,
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    AddStage,
    Edit,
    SetRaciCell,
)
from wfinterview.core.plan.raci import Role
from wfinterview.core.synthesis.themes import ThemeBoard

PLANNED = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
# title, kind, theme, owner, status, done on
CHANGES: tuple[tuple[str, ActionKind, str, str, ActionStatus, date | None], ...] = (
    (
        "Approval SLA: 48 hours, with a fallback approver",
        "approval_timeline",
        APPROVAL_ISSUES,
        "Head of Marketing Ops",
        "done",
        date(2026, 5, 15),
    ),
    (
        "RACI for campaign launches",
        "raci",
        MISALIGNMENT,
        "Campaign leads",
        "done",
        date(2026, 6, 1),
    ),
    (
        "New content calendar tool",
        "tool_improvement",
        TOOL_RELATED,
        "Marketing Ops",
        "done",
        date(2026, 7, 1),
    ),
    (
        "One intake form that feeds the tracker",
        "sop_update",
        HANDOFFS,
        "Marketing Ops",
        "in_progress",
        None,
    ),
)
RACI = ("launch sign-off", ("Brief sign-off", "Asset QA", "Go-live"), ("Campaign lead", "Brand"))
CELLS: dict[tuple[str, str], Role] = {
    ("Brief sign-off", "Campaign lead"): "A",
    ("Brief sign-off", "Brand"): "R",
    ("Asset QA", "Brand"): "A",
    ("Asset QA", "Campaign lead"): "R",
    ("Go-live", "Campaign lead"): "A",
}
STAGES = (("legal", 3.0), ("brand", 2.0), ("compliance", 5.0))


def demo_plan(engagement_number: int, board: ThemeBoard, validator: str) -> list[Edit]:
    """The edits that build one engagement's plan, in order."""
    edits: list[Edit] = []
    for index, (title, kind, theme_name, owner, status, done_on) in enumerate(CHANGES, 1):
        theme = board.find_by_name(theme_name)
        done_at = datetime(*done_on.timetuple()[:3], 17, 0, tzinfo=UTC) if done_on else None
        action = Action(
            id=f"demo-{engagement_number}-a{index}",
            kind=kind,
            title=title,
            owner=owner,
            status=status,
            theme_id=theme.id if theme else None,
            validated_by=[validator] if status != "proposed" else [],
            created_at=PLANNED,
            done_at=done_at,
        )
        edits.append(AddAction(action=action))
    name, activities, parties = RACI
    edits.append(AddRaciMatrix(name=name))
    edits.extend(AddRaciActivity(matrix=name, activity=a) for a in activities)
    edits.extend(AddRaciParty(matrix=name, party=p) for p in parties)
    edits.extend(
        SetRaciCell(matrix=name, activity=a, party=p, role=role) for (a, p), role in CELLS.items()
    )
    edits.extend(AddStage(name=stage, target_days=days) for stage, days in STAGES)
    return edits
