"""A screen that edits an engagement's plan (actions, RACI, approval stages), saved at
every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual.screen import Screen

from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan.engagements import EngagementFile
from wfinterview.core.workspace.workspace import Workspace

T = TypeVar("T")


class PlanScreen(Screen[None]):
    def __init__(self, workspace: Workspace, plan: EngagementFile) -> None:
        super().__init__()
        self.workspace = workspace
        self.plan = plan

    def change(self, edit: Callable[[], T]) -> T | None:
        """Apply one edit and save the plan; a mistake is said in a notice, a failed save too."""
        try:
            result = edit()
        except UserError as error:
            self.notify(str(error), severity="error", markup=False)
            return None
        try:
            self.workspace.engagements.save(self.plan)
        except OSError as error:
            self.notify(
                f"Could not save ({error.strerror}); the change is kept while this screen is open.",
                severity="error",
                markup=False,
            )
        return result


def load_plan(screen: Screen[Any], workspace: Workspace, engagement: str) -> EngagementFile | None:
    """The engagement's plan, or None (and a notice) when its file cannot be read."""
    try:
        return workspace.engagements.load(engagement)
    except UserError as error:
        screen.notify(str(error), severity="error", markup=False, timeout=10)
        return None


def add_action(
    screen: Screen[Any],
    workspace: Workspace,
    engagement: str,
    title: str,
    kind: str,
    evidence: list[str],
    theme: str | None = None,
) -> bool:
    """Add an action to an engagement's plan and save it at once.

    False (and a notice) if it can't.
    """
    from wfinterview.core.plan.actions import new_action

    plan = load_plan(screen, workspace, engagement)
    if plan is None:
        return False
    try:
        plan.actions.append(new_action(plan.actions, title, kind, evidence, theme))
        workspace.engagements.save(plan)
    except UserError as error:
        screen.notify(str(error), severity="error", markup=False)
        return False
    except OSError as error:
        screen.notify(
            f"Could not save the action ({error.strerror}).", severity="error", markup=False
        )
        return False
    screen.notify(
        f"Action added to {engagement or '(no engagement)'}: {title}", timeout=4, markup=False
    )
    return True
