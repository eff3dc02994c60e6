"""The demo's plans: what each engagement changed between its two rounds.

The demo story: round one heard approval lag, ghost ownership and tool friction; the
team agreed an approval SLA, a RACI for campaign launches and a new content calendar,
finished them before round two, and round two shows whether they worked. Everything is
fixed (ids, dates), so the same seed writes the same files.

Each action carries the evidence a consultant would have given it from the synthesis
(tui/screens/synthesis_tabs/themes_tab.py proposes the same): round one's notes of its
theme in that engagement, verbatim quotes first.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime

from wfinterview.core.framework.content import APPROVAL_ISSUES, HANDOFFS, MISALIGNMENT, TOOL_RELATED
from wfinterview.core.framework.models import Session
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
EVIDENCE_PER_ACTION = 20  # as many as an action proposed from a theme takes


class DemoEvidence:
    """Round one's notes, a few per engagement and tag, kept as the demo's sessions are
    written (a benchmark's demo has millions of notes: only what evidence needs is kept)."""

    def __init__(self) -> None:
        # engagement -> tag -> (quoted?) -> (order, note key, its tags)
        self._kept: dict[str, dict[tuple[str, bool], list[tuple[int, str, tuple[str, ...]]]]] = (
            defaultdict(lambda: defaultdict(list))
        )
        self._order = 0

    def add(self, session: Session) -> None:
        if session.round != 1:
            return  # the plan was made between the rounds
        kept = self._kept[session.engagement]
        for note in session.notes:
            self._order += 1
            for tag in dict.fromkeys(note.tags):
                notes = kept[(tag, note.quote)]
                if len(notes) < EVIDENCE_PER_ACTION:
                    notes.append((self._order, f"{session.id}/{note.id}", tuple(note.tags)))

    def for_theme(self, engagement: str, board: ThemeBoard, theme_id: str) -> list[str]:
        """The theme's notes in round one, quotes first, each in the order it was said."""
        found: dict[str, tuple[bool, int]] = {}
        for (_, quoted), notes in self._kept.get(engagement, {}).items():
            for order, key, tags in notes:
                if theme_id in board.themes_of(key, tags):
                    found[key] = (not quoted, order)
        return sorted(found, key=found.__getitem__)[:EVIDENCE_PER_ACTION]


def demo_plan(
    engagement_number: int,
    board: ThemeBoard,
    validator: str,
    evidence: DemoEvidence | None = None,
    engagement: str = "",
) -> list[Edit]:
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
            evidence=evidence.for_theme(engagement, board, theme.id) if evidence and theme else [],
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
