"""A teammate's files never drive the terminal, on any screen.

Every field a teammate can write (participant, role, engagement, theme, action title and
owner, RACI matrix, activity and party, approval stage, a tool named in a note) carries
a bidi override or isolate. The walk opens every screen and reads the raw text the
terminal would receive for it (the compositor's full update, escape sequences and all):
no bidi control is in it, with the app's last line of defence (tui/terminal_guard.py) on,
and also with it off, so a screen that forgets `terminal_safe` is named here.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from rich.console import Console
from textual.app import App
from textual.filter import LineFilter
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, TabbedContent, TabPane, TextArea

from tests import factories
from tests.tui.helpers import home_ready, screen_text
from tests.tui.tour import key_for, settle, underline_under_active, wait_for
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.text import BIDI_CONTROLS
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edits import (
    AddAction,
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    AddStage,
    CreateTheme,
    MoveNote,
    SetRaciCell,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.terminal_guard import BidiGuard

TEAMMATE = "bob-x1-77e0a1"
# One control per field, so a leak names the field it came from.
PARTICIPANT = "Ana\u202eaicraG"
ROLE = "Campaign\u2066Lead"
ENGAGEMENT = "Acme\u202dRetail"
THEME = "Brief\u2067chaos"
TITLE = "Legal\u202bSLA"
OWNER = "Dana\u2068Legal"
MATRIX = "launch\u202a"
ACTIVITY = "Approve\u2069brief"
PARTY = "Brand\u202e team"
STAGE = "legal\u2066review"
TOOL = "Asana\u202e"  # a tool the vocabulary knows, written with an override after it
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
# What a terminal receives besides text: SGR colours and cursor moves, nothing else.
_OUR_SEQUENCE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def terminal_output(app: App[None]) -> str:
    """The raw text the terminal receives to paint the whole screen, as Textual writes it."""
    console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor")
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    return update.render_segments(console)


def problems_in(output: str) -> list[str]:
    found = [f"U+{ord(c):04X}" for c in sorted(set(_BIDI.findall(output)))]
    rest = _OUR_SEQUENCE.sub("", output)
    controls = set(re.findall("[\x00-\x09\x0b-\x1f\x7f-\x9f]", rest))
    return found + [f"U+{ord(c):04X}" for c in sorted(controls)]


def hostile_folder(paths: Paths) -> None:
    store = SessionStore(paths.sessions_dir)
    notes = [
        factories.note(f"We chase sign-off in {TOOL} weekly", "approvals", 60.0, ["approval_lag"]),
        factories.note("Nobody owns the UTM sheet", "tools", 120.0, ["ghost_ownership"]),
        factories.note(f"“Legal takes a week” says {PARTICIPANT}", "sop", 180.0, [], quote=True),
    ]
    session = factories.session(
        "20261120-1000-ana-ab12",
        name=PARTICIPANT,
        notes=notes,
        engagement=ENGAGEMENT,
        ended=True,
        writer=TEAMMATE,
    )
    session.participant.role = ROLE
    store.save(session)
    # One of this user's own, as hostile (a pasted name): the review and recap show it.
    mine = factories.session(
        "20261121-1000-ana-cd34", name=PARTICIPANT, notes=notes, engagement=ENGAGEMENT, ended=True
    )
    mine.participant.role = ROLE
    store.save(mine)
    plan = EngagementStore(paths.engagements_dir, BUILTIN_TAGS, TEAMMATE)
    action = new_action([], TITLE, "approval_timeline")
    action.owner = OWNER
    for edit in (
        CreateTheme(theme_id="brief-chaos", name=THEME),
        MoveNote(
            note_key=f"{session.id}/{notes[1].id}",
            tags=["ghost_ownership"],
            from_id=None,
            to_id="brief-chaos",
        ),
        AddAction(action=action),
        AddRaciMatrix(name=MATRIX),
        AddRaciActivity(matrix=MATRIX, activity=ACTIVITY),
        AddRaciParty(matrix=MATRIX, party=PARTY),
        SetRaciCell(matrix=MATRIX, activity=ACTIVITY, party=PARTY, role="A"),
        AddStage(name=STAGE, target_days=2),
    ):
        plan.apply(ENGAGEMENT, edit)


@contextmanager
def guard_off(app: InterviewApp) -> Iterator[None]:
    """The app's guard off, but for fields being edited: they must keep the exact text (a
    name being corrected), and rely on the guard; everything else shows `terminal_safe`."""

    def guarded(widget: Widget) -> list[LineFilter]:
        return [*app.get_line_filters(), BidiGuard()]

    app._bidi_guard.enabled = False
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Input, "get_line_filters", guarded)
            patch.setattr(TextArea, "get_line_filters", guarded)
            yield
    finally:
        app._bidi_guard.enabled = True


async def walk(pilot: Pilot[None], look: object) -> list[str]:
    """Every screen, in the order a user reaches them; `look(name)` on each."""
    assert callable(look)
    app = pilot.app
    seen = []

    async def visit(name: str) -> None:
        seen.append(name)
        await look(name)

    await home_ready(pilot)
    await settle(pilot)
    await visit("home")
    await pilot.press(key_for(app, "help"))
    await settle(pilot)
    await visit("home help")
    await pilot.press("escape")
    await settle(pilot)
    await pilot.press("enter")  # the user's own interview, first: its recap is due
    await settle(pilot)
    await visit("review")
    await pilot.press(key_for(app, "open_recap"))
    await settle(pilot)
    await visit("recap")
    await pilot.press("escape", "escape")
    await home_ready(pilot)
    await pilot.press(key_for(app, "synthesis"))
    await wait_for(pilot, lambda: bool(app.screen.query(TabbedContent)))
    tabs = app.screen.query_one(TabbedContent)
    for pane in list(tabs.query(TabPane)):
        tabs.active = pane.id or ""
        await wait_for(pilot, lambda: underline_under_active(tabs))
        await visit(f"synthesis {str(tabs.get_tab(pane).label).lower()}")
    await pilot.press("escape")
    await home_ready(pilot)
    await pilot.press(key_for(app, "actions"))
    await wait_for(pilot, lambda: getattr(app.screen, "corpus", None) is not None)
    await visit("actions")
    await pilot.press("enter")
    await settle(pilot)
    await visit("action form")
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
    return seen


@pytest.mark.heavy
async def test_no_screen_sends_a_teammates_bidi_control_to_the_terminal(
    isolated_dirs: Paths,
) -> None:
    hostile_folder(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    app.animation_level = "none"
    leaks: dict[str, list[str]] = {}
    guarded: dict[str, list[str]] = {}
    shown: dict[str, str] = {}

    async def look(name: str) -> None:
        guarded[name] = problems_in(terminal_output(app))
        with guard_off(app):
            app.screen.refresh(repaint=True)
            for widget in app.screen.walk_children():
                widget.refresh()
            await settle_paint(app)
            leaks[name] = problems_in(terminal_output(app))
            shown[name] = screen_text(app)

    async with app.run_test(size=(120, 36), notifications=True) as pilot:

        async def settle_paint(_: object) -> None:
            await pilot.pause()

        seen = await walk(pilot, look)
    assert {name for name, found in guarded.items() if found} == set(), guarded
    assert len(seen) >= 12
    assert {name: found for name, found in leaks.items() if found} == {}, shown
    # The fields were on the screens walked, shown as their code points.
    everything = "\n".join(shown.values())
    for marker in ("⟨U+202E⟩", "⟨U+2066⟩", "⟨U+202D⟩"):
        assert marker in everything, marker


async def test_a_notice_shows_a_control_as_its_code_point(isolated_dirs: Paths) -> None:
    hostile_folder(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await home_ready(pilot)
        app.clear_notifications()
        app.notify(f"plan edits arrived: {ENGAGEMENT} · {THEME}", title=PARTY, markup=False)
        await pilot.pause()
        with guard_off(app):
            for widget in app.screen.walk_children():
                widget.refresh()
            await pilot.pause()
            output = terminal_output(app)
        assert problems_in(output) == []
        text = screen_text(app)
        assert "Acme⟨U+202D⟩Retail" in text and "Brief⟨U+2067⟩chaos" in text, text


def test_the_folder_is_what_a_teammate_could_write(isolated_dirs: Paths) -> None:
    hostile_folder(isolated_dirs)
    for path in isolated_dirs.sessions_dir.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["participant"] == {"name": PARTICIPANT, "role": ROLE}
    assert Workspace(isolated_dirs).list_sessions().problems == []
