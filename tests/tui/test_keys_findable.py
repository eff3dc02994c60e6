"""Every key findable: on a screen at 80 columns, each key its help lists is in the key bar
or the bar ends "· more"; and the command palette finds each by a word of its name.

The checks run on every screen in test_screens_look.py's tour; the palette running what
it finds is tested here."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.screen import Screen
from textual.worker import WorkerState

from tests.tui.helpers import FakeClock, cockpit_app, home_ready, screen_text, type_text
from tests.tui.tour import data_folder, freeze_now, settle, tour_app
from wfinterview.core.storage.paths import Paths
from wfinterview.tui.keys import in_help, key_label, universal
from wfinterview.tui.palette import ScreenKeysProvider, screen_commands
from wfinterview.tui.screens.help import HelpScreen, help_rows
from wfinterview.tui.widgets.key_bar import MORE, KeyBar, bar_text, fit_keys


def search_word(name: str) -> str:
    """A word of a command's name, as someone would type it: its longest."""
    return max(re.findall(r"[A-Za-z]{3,}", name), key=len)


async def palette_finds(screen: Screen[object], word: str) -> list[str]:
    provider = ScreenKeysProvider(screen)
    return [str(hit.text) async for hit in provider.search(word)]


def check_bar(screen: Screen[object], width: int) -> list[str]:
    problems = []
    bar = screen.query_one(KeyBar)
    fitted = fit_keys(bar.keys, width)
    shown = {item.key for item in fitted}
    marked = bool(fitted) and (
        fitted[-1].description.endswith(MORE) or fitted[-1].description == "more"
    )
    line = bar_text(bar.keys, width).plain
    if cell_len(line) > width:
        problems.append(f"{screen!r}: the bar is wider than {width} columns: {line!r}")
    if screen_text(screen.app).splitlines()[-1] != line.rstrip():
        problems.append(f"{screen!r}: the bar on screen is not {line!r}")
    listed = {row.keys for row in help_rows(screen)}
    keys_of: dict[tuple[int, str], list[str]] = {}  # one action may have several keys
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if in_help(binding) and not universal(binding):
            keys_of.setdefault((id(active.node), binding.action), []).append(key_label(key))
    for (_, action), labels in keys_of.items():
        if " / ".join(labels) not in listed:
            problems.append(f"{screen!r}: help does not list {labels} ({action})")
        if not shown & set(labels) and not marked:
            problems.append(f"{screen!r}: {labels} ({action}) hidden without '· more'")
    return problems


async def searched(pilot: Pilot[None]) -> None:
    """Wait until the command palette has searched for what was typed (its search runs in
    a worker; every provider has answered once that worker is done)."""
    for _ in range(200):
        await pilot.pause()
        searching = [
            w
            for w in pilot.app.workers
            if w.node is pilot.app.screen and w.state in (WorkerState.PENDING, WorkerState.RUNNING)
        ]
        if not searching:
            return
        await pilot.pause(0.02)
    raise AssertionError("the command palette never finished searching")


async def palette(pilot: Pilot[None], query: str) -> list[str]:
    """What the command palette offers for `query`, typed as a user types it."""
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    await type_text(pilot, query)
    await searched(pilot)
    found = [str(option.prompt) for option in pilot.app.screen.query_one(CommandList).options]
    await pilot.press("escape")
    await settle(pilot)
    return found


# On the screen the tour names: a word typed in the palette, and the command it must offer.
PALETTE_WORDS = {
    "synthesis_matrix": {
        "act": "Actions",
        "pseudonyms": "Pseudonyms",
        "report": "Report…",
        "export": "Export… sessions as CSV (Airtable)",
    },
    "synthesis_themes": {"new theme": "New theme", "merge": "Merge into…"},
    "actions": {"raci": "RACI", "validation": "Validation text"},
    "raci": {"csv": "Copy CSV"},
    "review": {"undo": "Undo: bring back the last deleted note"},
}


async def check_palette(pilot: Pilot[None], name: str) -> list[str]:
    """Each of the screen's keys found by a word of its name (the provider, quickly), and the
    words above typed into the palette itself."""
    screen = pilot.app.screen
    problems = []
    for command in screen_commands(screen, getattr(pilot.app, "tags", ())):
        if command.name not in await palette_finds(screen, search_word(command.name)):
            problems.append(f"{name}: the palette misses {command.name!r}")
    for word, command_name in PALETTE_WORDS.get(name, {}).items():
        found = await palette(pilot, word)
        if not any(command_name in option for option in found):
            problems.append(f"{name}: '{word}' finds {found}, not {command_name!r}")
    return problems


async def test_the_palette_runs_what_it_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_now(monkeypatch)
    with data_folder() as paths:
        app = tour_app(paths)
        async with app.run_test(size=(100, 30)) as pilot:
            await home_ready(pilot)
            await run_from_palette(pilot, "report")
            line = f"wfinterview report --out report.md --data-dir {paths.data_dir}"
            assert app.clipboard == line
            assert any(line in str(n.message) for n in app._notifications)
            await run_from_palette(pilot, "synthesis")
            assert type(app.screen).__name__ == "SynthesisScreen"


async def run_from_palette(pilot: Pilot[None], query: str) -> None:
    await pilot.press("ctrl+p")
    await settle(pilot)
    await type_text(pilot, query)
    await searched(pilot)
    await pilot.press("enter")
    await pilot.pause(0.5)


async def test_help_bar_and_palette_show_keys_as_re_bound(isolated_dirs: Paths) -> None:
    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    isolated_dirs.config_file.write_text(
        '[keys]\nhelp = "f12"\nquote = "ctrl+o"\n', encoding="utf-8"
    )
    clock = FakeClock()
    async with cockpit_app(isolated_dirs, clock).run_test(size=(120, 36)) as pilot:
        assert screen_text(pilot.app).splitlines()[-1].endswith("F12 Help · more")
        await pilot.press("f12")  # help, from the cockpit
        await settle(pilot)
        assert isinstance(pilot.app.screen, HelpScreen)
        shown = screen_text(pilot.app)
        assert "ctrl+o  mark as a verbatim quote" in shown and "F12" in shown
        await pilot.press("escape")
        await settle(pilot)
        names = [c.name for c in screen_commands(pilot.app.screen, ())]
        assert "Mark as a verbatim quote (feeds 'What we heard')" in names
        assert "key: ctrl+o" in [
            c.help for c in screen_commands(pilot.app.screen, ()) if "verbatim" in c.name
        ]
