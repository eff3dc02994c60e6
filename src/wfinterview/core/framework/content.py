"""The fixed content of the Marketing Workflow Interview Framework (docs/framework.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StepDefinition:
    key: str
    title: str
    minutes: int


STEPS: tuple[StepDefinition, ...] = (
    StepDefinition("role", "Role & Reality", 3),
    StepDefinition("walkthrough", "Workflow Walkthrough", 7),
    StepDefinition("tools", "Tools & Workarounds", 5),
    StepDefinition("approvals", "Approvals & Bottlenecks", 5),
    StepDefinition("sop", "SOP Gaps + Magic Wand", 5),
)
WALKTHROUGH_STEP = "walkthrough"
MAGIC_WAND_STEP = "sop"

RECOMMENDED_MINUTES = (20, 30)

TOOL_RELATED = "Tool-related blockers"
APPROVAL_ISSUES = "Approval issues"
MISALIGNMENT = "Cross-team misalignment"
HANDOFFS = "Handoff inefficiencies"
STARTING_THEMES: tuple[str, ...] = (TOOL_RELATED, APPROVAL_ISSUES, MISALIGNMENT, HANDOFFS)


@dataclass(frozen=True)
class Tag:
    key: str
    emoji: str
    label: str
    meaning: str
    hotkey: str | None
    hashtag: str
    theme: str

    def badge(self, ascii_only: bool = False) -> str:
        """How the tag shows beside a note: its emoji, or its label where emoji can't show."""
        return f"[{self.label}]" if ascii_only else self.emoji


BUILTIN_TAGS: tuple[Tag, ...] = (
    Tag(
        "tool_friction",
        "🛑",
        "Tool Friction",
        "avoided or clunky tools",
        "f1",
        "friction",
        TOOL_RELATED,
    ),
    Tag("approval_lag", "🔄", "Approval Lag", "sign-off delays", "f2", "approval", APPROVAL_ISSUES),
    Tag(
        "ghost_ownership",
        "👻",
        "Ghost Ownership",
        "unclear task responsibility",
        "f3",
        "ghost",
        MISALIGNMENT,
    ),
    Tag(
        "sop_mismatch",
        "🧾",
        "SOP Mismatch",
        "SOPs that don't match reality",
        "f4",
        "sop",
        MISALIGNMENT,
    ),
    Tag(
        "integration_gaps",
        "🧱",
        "Integration Gaps",
        "manual handoffs, disconnected tools",
        "f5",
        "integration",
        HANDOFFS,
    ),
)

RECAP_HEADINGS: tuple[str, str, str] = (
    "🔍 What we heard",
    "⚠️ Where things are getting stuck",
    "💡 Your magic wand insight",
)

ROLE_AGENDA_IDS: tuple[str, ...] = ("ops", "campaign", "creator", "strategy")
