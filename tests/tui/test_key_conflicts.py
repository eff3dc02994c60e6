"""The keys config.toml may not take (core/setup/key_conflicts.py) are the keys the
screens really use: held to Textual's own bindings, so an upgrade cannot drift them."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, TextArea

from tests.tui.helpers import FakeClock, cockpit_app
from wfinterview.core.setup.key_conflicts import RESERVED, TEXT_EDITING
from wfinterview.core.storage.paths import Paths
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
