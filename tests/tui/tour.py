"""A walk through every screen as a new user takes it, stopping at each to look.

Home, its help, the new-interview form, the cockpit, a review and its recap, every tab of
the synthesis (the Findings tab paged down too, and the dialog that moves a theme's note),
the actions (scrolled right too), the action form, RACI, approval timelines and a
validation preview: `visit(name)` is awaited on each, with that screen in front.

Screens are reached by their keys, looked up by action name in the screen's bindings, so
the walk follows a key that moves.
"""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Select, TabbedContent, TabPane
from textual.widgets._tabs import Underline

from tests.tui.helpers import FakeClock, home_ready, saved_shown, type_text, workers_done
from tests.tui.test_synthesis_screen import demo_data
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edits import (
    AddAction,
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    AddStage,
    Edit,
    SetRaciCell,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp

Visit = Callable[[str], Awaitable[None]]
ENGAGEMENT = "Acme Retail"
TODAY = datetime(2026, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=1)))
# Where `now` is read for what a screen shows ("call ended 3 days ago", "next round due").
NOW_READERS = (
    "wfinterview.tui.screens.home",
    "wfinterview.tui.screens.actions",
    "wfinterview.core.interview.recap",
)


@contextmanager
def data_folder() -> Iterator[Paths]:
    """Demo sessions and a plan for Acme Retail, under a path of a fixed length (the home
    screen shows it): snapshots replace it with `/tmp/wfi-snapshot`."""
    with tempfile.TemporaryDirectory(prefix="wfi", dir="/tmp") as folder:
        # The local index in the folder too: docs/gen_keys.py runs this outside the tests.
        paths = Paths(Path(folder) / "data", Path(folder) / "config", Path(folder) / "cache")
        demo_data(paths)
        store = EngagementStore(paths.engagements_dir, BUILTIN_TAGS, paths.writer)
        edits: list[Edit] = []
        for title, kind, owner in (
            ("Legal SLA of 48 hours for campaign copy", "approval_timeline", "Dana (Legal)"),
            ("RACI for the campaign launch", "raci", ""),
            ("Retire the shared drive", "tool_improvement", "Ops"),
        ):
            action = new_action([], title, kind)
            action.owner = owner
            edits.append(AddAction(action=action))
        matrix = "campaign launch"
        edits += [
            AddRaciMatrix(name=matrix),
            AddRaciActivity(matrix=matrix, activity="Approve the brief"),
            AddRaciActivity(matrix=matrix, activity="Publish the landing page"),
            *(AddRaciParty(matrix=matrix, party=p) for p in ("Campaign lead", "Brand", "Legal")),
            SetRaciCell(
                matrix=matrix, activity="Approve the brief", party="Campaign lead", role="A"
            ),
            SetRaciCell(matrix=matrix, activity="Approve the brief", party="Brand", role="R"),
            SetRaciCell(
                matrix=matrix, activity="Publish the landing page", party="Campaign lead", role="R"
            ),
            SetRaciCell(
                matrix=matrix, activity="Publish the landing page", party="Legal", role="C"
            ),
            AddStage(name="legal", target_days=2),
        ]
        for edit in edits:
            store.apply(ENGAGEMENT, edit)
        yield paths


def freeze_now(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in NOW_READERS:
        monkeypatch.setattr(f"{module}.now", lambda: TODAY, raising=False)


def key_for(app: App[object], action: str) -> str:
    """The key that runs `action` on the screen in front (its user's re-binding applied)."""
    for key, active in app.screen.active_bindings.items():
        if active.binding.action == action:
            return key
    raise AssertionError(f"no key for {action} on {app.screen!r}")


async def settle(pilot: Pilot[None]) -> None:
    """Wait until the screen in front is still: what it reads in workers (home's sessions,
    the actions' corpus) is read, its messages are handled, animations are over. Then the
    notices go: when one fades is not a look to pin."""
    await workers_done(pilot)
    await pilot.app.animator.wait_until_complete()
    await pilot.pause()
    pilot.app.clear_notifications()
    await pilot.pause()


async def wait_for(pilot: Pilot[None], ready: Callable[[], bool]) -> None:
    for _ in range(100):
        if ready():
            await settle(pilot)
            return
        await pilot.pause(0.05)
    raise AssertionError(f"{pilot.app.screen!r} never got ready")


def underline_under_active(tabs: TabbedContent) -> bool:
    tab = tabs.get_tab(tabs.active)
    start, end = tab.virtual_region.shrink(tab.styles.gutter).column_span
    line = tabs.query_one(Underline)
    return end > start and (line.highlight_start, line.highlight_end) == (start, end)


def tour_app(paths: Paths) -> InterviewApp:
    app = InterviewApp(Workspace(paths), now=FakeClock())
    app.animation_level = "none"  # a tab's underline mid-slide is not a look to pin
    return app


async def tour(pilot: Pilot[None], visit: Visit) -> None:
    app = pilot.app
    await home_ready(pilot)
    await settle(pilot)
    await visit("home")
    await pilot.press(key_for(app, "help"))
    await settle(pilot)
    await visit("help")
    await pilot.press("escape")
    await settle(pilot)
    await pilot.press(key_for(app, "new_interview"))
    await settle(pilot)
    await type_text(pilot, "Priya Raman")
    await visit("new_interview")
    await pilot.press(key_for(app, "start"))
    await settle(pilot)
    await type_text(pilot, "Briefs arrive by email, chat and a form nobody checks")
    await pilot.press("enter", "f3")
    await settle(pilot)
    await saved_shown(pilot)  # "● saved", as pinned
    await settle(pilot)
    await visit("cockpit_started")
    await pilot.press(key_for(app, "end_interview"), "tab", "enter")
    await settle(pilot)
    await pilot.press("escape")  # the new session's review: its dates are today's
    await home_ready(pilot)
    await settle(pilot)

    await pilot.press("enter")  # the oldest recap still to send: a demo session
    await settle(pilot)
    await visit("review")
    await pilot.press(key_for(app, "open_recap"))
    await settle(pilot)
    await visit("recap")
    await pilot.press("escape")
    await settle(pilot)
    await pilot.press("escape")
    await home_ready(pilot)

    await pilot.press(key_for(app, "synthesis"))
    await wait_for(pilot, lambda: bool(app.screen.query(TabbedContent)))
    tabs = app.screen.query_one(TabbedContent)
    for pane in list(tabs.query(TabPane)):
        tabs.active = pane.id or ""
        # The tab's underline is placed after the tabs are laid out: wait until it is
        # under the active tab (a first placement may come before the tab has its width).
        await wait_for(pilot, lambda: underline_under_active(tabs))
        await visit(f"synthesis_{str(tabs.get_tab(pane).label).lower()}")
        if pane.id == "tab-themes":  # a note of the theme, and the dialog that moves it
            engagement = app.screen.query_one("#engagement", Select)
            engagement.value = ENGAGEMENT
            await settle(pilot)
            await pilot.press("tab")  # from the themes to their notes
            await settle(pilot)
            await pilot.press(key_for(app, "move_note"))
            await settle(pilot)
            await visit("move_note")
            await pilot.press("escape")
            engagement.clear()
            await settle(pilot)
        if pane.id == "tab-findings":  # PgDn pages it, whatever has the focus
            await pilot.press("pagedown")
            await settle(pilot)
            await visit("synthesis_findings_scrolled")
    await pilot.press("escape")
    await home_ready(pilot)

    await pilot.press(key_for(app, "actions"))  # the highlighted session's: Acme Retail
    await wait_for(pilot, lambda: getattr(app.screen, "corpus", None) is not None)
    await visit("actions")
    await pilot.press("right")
    await settle(pilot)
    await visit("actions_scrolled")
    await pilot.press("left")
    await pilot.press("enter")
    await settle(pilot)
    await visit("action_form")
    await pilot.press("escape")
    await settle(pilot)
    await pilot.press(key_for(app, "raci"))
    await settle(pilot)
    await visit("raci")
    await pilot.press("escape")
    await settle(pilot)
    await pilot.press(key_for(app, "approvals"))
    await settle(pilot)
    await visit("approvals")
    await pilot.press("escape")
    await settle(pilot)
    await pilot.press(key_for(app, "validation"), "enter")
    await settle(pilot)
    await visit("validation_preview")
