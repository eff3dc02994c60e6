"""A screen that edits an engagement's plan (actions, RACI, approval stages).

It never writes the file itself: each change is a named edit (core/plan/edits.py) that
the engagement store applies to the newest file under a lock. The screen then shows the
file as the store returns it, so what another window changed meanwhile shows up too.
"""

from __future__ import annotations

from typing import Any

from textual import getters
from textual.screen import Screen

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.plan.edits import AddAction
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.engagements import Applied, Edit, EngagementStore
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.settings import SettingsApp


class PlanScreen(Screen[None]):
    app = getters.app(SettingsApp)

    def __init__(self, workspace: Workspace, plan: EngagementFile) -> None:
        super().__init__()
        self.workspace = workspace
        self.plan = plan

    def change(self, edit: Edit) -> bool:
        """Apply one edit; a mistake or a failed save is said in a notice (nothing changed)."""
        applied = apply_edit(self, self.workspace.engagements, self.plan.engagement, edit)
        if applied is not None:
            self.plan = applied.file
            return True
        try:  # show what the file says now: the edit may have failed on another's change
            self.plan = self.workspace.engagements.load(self.plan.engagement)
        except UserError:
            pass  # said in the notice already
        return False

    def named(self, text: str) -> str:
        """Text about this engagement as the app shows names now (pseudonyms or not)."""
        return self.app.naming.engagement_text(self.plan.engagement, text)


def apply_edit(
    screen: Screen[Any], store: EngagementStore, engagement: str, edit: Edit
) -> Applied | None:
    try:
        return store.apply(engagement, edit)
    except UserError as error:
        screen.notify(terminal_safe(str(error)), severity="error", markup=False, timeout=8)
    except OSError as error:
        screen.notify(
            f"Could not save ({error.strerror}); nothing was changed.",
            severity="error",
            markup=False,
        )
    return None


def load_plan(screen: Screen[Any], workspace: Workspace, engagement: str) -> EngagementFile | None:
    """The engagement's plan, or None (and a notice) when its file cannot be read."""
    try:
        return workspace.engagements.load(engagement)
    except UserError as error:
        screen.notify(terminal_safe(str(error)), severity="error", markup=False, timeout=10)
        return None


def add_action(
    screen: Screen[Any],
    workspace: Workspace,
    engagement: str,
    title: str,
    kind: str,
    evidence: list[str],
    theme_id: str | None = None,
) -> Applied | None:
    """Add an action to an engagement's plan, saved at once; None (and a notice) if not."""
    from wfinterview.core.plan.actions import new_action

    try:
        action = new_action([], title, kind, evidence, theme_id)
    except UserError as error:
        screen.notify(terminal_safe(str(error)), severity="error", markup=False)
        return None
    applied = apply_edit(screen, workspace.engagements, engagement, AddAction(action=action))
    if applied is not None:
        screen.notify(
            terminal_safe(f"Action added to {engagement or '(no engagement)'}: {action.title}"),
            timeout=4,
            markup=False,
        )
    return applied
