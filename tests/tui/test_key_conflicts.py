"""The keys config.toml may not take (core/setup/key_conflicts.py) are the keys the
screens really use: held to Textual's own bindings, so an upgrade cannot drift them."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import OptionList, TextArea

from tests import factories
from tests.tui.helpers import FakeClock, cockpit_app, home_ready
from wfinterview.core.setup.key_conflicts import RESERVED, TEXT_EDITING, key_conflicts
from wfinterview.core.setup.keymap import REBINDABLE
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.recap import RecapScreen
from wfinterview.tui.screens.review import ReviewScreen
from wfinterview.tui.widgets.note_input import NoteInput


def keys_of(bindings: object) -> set[str]:
    assert isinstance(bindings, list)
    return {
        key.strip()
        for binding in bindings
        if isinstance(binding, Binding)
        for key in binding.key.split(",")
    }


def test_the_text_editing_table_is_textareas_own() -> None:
    assert set(TEXT_EDITING) == keys_of(TextArea.BINDINGS)


def test_the_review_list_keys_are_option_lists_own() -> None:
    moves = {key for key, what in RESERVED["review"].items() if what == "the note list"}
    assert moves == keys_of(OptionList.BINDINGS) - {"enter"}  # enter edits: an action


def test_keys_every_screen_answers_are_reserved_everywhere() -> None:
    everywhere = {App.COMMAND_PALETTE_BINDING, *keys_of(App.BINDINGS), *keys_of(Screen.BINDINGS)}
    everywhere -= {"super+c"}  # copy on macOS: Textual's, but no terminal sends it as a key
    for screen, reserved in RESERVED.items():
        assert everywhere <= set(reserved), screen


async def test_the_note_input_keeps_every_editing_key_it_is_reserved_for(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        note_input = pilot.app.screen.query_one(NoteInput)
        bound = set(note_input._bindings.key_to_bindings)
        note_keys = {"f1", "f2", "f3", "f4", "f5", "f6", "f7"}
        editing = {key for key, what in RESERVED["cockpit"].items() if what.endswith("in the note")}
        assert editing <= bound
        assert {"pageup", "pagedown"}.isdisjoint(editing)  # they move between steps
        assert note_keys <= bound


async def live_keys(pilot: Pilot[None]) -> dict[str, str]:
    """Every key the screen in front answers now, with the binding id (or action) it runs."""
    await pilot.pause()
    return {
        key: active.binding.id or active.binding.action
        for key, active in pilot.app.screen.active_bindings.items()
    }


def undetected(screen: str, keys: dict[str, str]) -> list[str]:
    """Each re-binding of a live action onto another key this screen answers that
    config.toml would let through: a conflict on this screen nobody would be told of."""
    missed = []
    for action in {v for v in keys.values() if v in REBINDABLE}:
        for key, owner in keys.items():
            # super+c: copy on macOS, Textual's, but no terminal sends it as a key.
            if owner != action and key != "super+c" and not key_conflicts({action: key}):
                missed.append(f"{screen}: {action} = {key!r} (the key of {owner})")
    return missed


async def test_every_conflict_on_the_cockpit_is_refused(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        assert undetected("cockpit", await live_keys(pilot)) == []


async def test_every_conflict_on_the_review_and_recap_is_refused(isolated_dirs: Paths) -> None:
    SessionStore(isolated_dirs.sessions_dir).save(
        factories.session(notes=[factories.note("Legal takes a week")], ended=True)
    )
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test() as pilot:
        await home_ready(pilot)
        home = await live_keys(pilot)
        await pilot.press("enter")
        assert isinstance(app.screen, ReviewScreen)
        review = await live_keys(pilot)
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, RecapScreen)
        recap = await live_keys(pilot)
    missed = undetected("home", home) + undetected("review", review) + undetected("recap", recap)
    assert missed == [], "\n".join(missed)
