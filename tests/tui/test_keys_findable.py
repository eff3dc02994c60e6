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
    fitted = fit_keys(bar.keys, width, bar.lines)
    shown = {item.key for item in fitted}
    marked = bool(fitted) and (
        fitted[-1].description.endswith(MORE) or fitted[-1].description == "more"
    )
    lines = bar_text(bar.keys, width, bar.lines).plain.splitlines()
    if any(cell_len(line) > width for line in lines):
        problems.append(f"{screen!r}: the bar is wider than {width} columns: {lines!r}")
    if len(lines) > bar.lines:
        problems.append(f"{screen!r}: the bar takes more than {bar.lines} lines: {lines!r}")
    on_screen = screen_text(screen.app).splitlines()[-len(lines) :]
    if on_screen != [line.rstrip() for line in lines]:
        problems.append(f"{screen!r}: the bar on screen is not {lines!r}")
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


# On the screen the tour names, at 80 columns: the keys its bar must show, as the bar
# shows them (the screen's own work, never left to help).
ESSENTIAL = {
    "synthesis_matrix": {"F6": "Action from note", "F7": "Actions", "F8": "Pseudonyms"},
    "synthesis_themes": {
        "ctrl+n": "New theme",
        "F2": "Rename",
        "F3": "Merge into…",
        "F4": "Move note",
        "F6": "Action from theme",
        "F7": "Actions",
        "F8": "Pseudonyms",
    },
    "synthesis_voices": {"F6": "Action from note", "F7": "Actions", "F8": "Pseudonyms"},
    "synthesis_findings": {
        "ctrl+↓": "Next section",
        "ctrl+↑": "Previous section",
        "F7": "Actions",
        "F8": "Pseudonyms",
    },
    "actions": {
        "ctrl+n": "New action",
        "F2": "Next status",
        "F4": "Approval timelines",
        "F5": "Validation text",
    },
    "raci": {
        "F1": "R Responsible",
        "F2": "A Accountable",
        "F3": "C Consulted",
        "F4": "I Informed",
        "F5": "Add activity",
        "F6": "Add person/team",
        "ctrl+n": "New matrix",
    },
}


def check_essential(name: str, screen: Screen[object], width: int) -> list[str]:
    bar = screen.query_one(KeyBar)
    shown = {item.key: item.description for item in fit_keys(bar.keys, width, bar.lines)}
    return [
        f"{name}: {key} {description!r} is not on the bar at {width} columns ({shown})"
        for key, description in ESSENTIAL.get(name, {}).items()
        if shown.get(key) != description
    ]


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
        "html": "Report… as HTML",
        "export": "Export… sessions as CSV (Airtable)",
        "filter role": "Filter by role",
        "search": "Filter by search the notes' words",
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
            # Home is about no one engagement, and the data holds two: the consultant's own.
            line = (
                "wfinterview report --out report.md --all-engagements "
                f"--data-dir {paths.data_dir}"
            )
            assert app.clipboard == line
            assert any(line in str(n.message) for n in app._notifications)
            await run_from_palette(pilot, "synthesis")
            assert type(app.screen).__name__ == "SynthesisScreen"


async def run_from_palette(pilot: Pilot[None], query: str) -> None:
    await pilot.press("ctrl+p")
    await settle(pilot)
    await type_text(pilot, query)
    await searched(pilot)
    await pilot.press("enter")  # the command runs as the palette closes: handled by then


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


async def test_the_palette_opens_a_filter_and_writes_the_filtered_engagements_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual.widgets import Select

    from tests.tui.tour import wait_for

    freeze_now(monkeypatch)
    with data_folder() as paths:
        app = tour_app(paths)
        async with app.run_test(size=(100, 30)) as pilot:
            await home_ready(pilot)
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: bool(app.screen.query("#matrix")))
            await run_from_palette(pilot, "filter by role")
            role = app.screen.query_one("#role", Select)
            assert app.focused is not None and role in app.focused.ancestors_with_self
            assert role.expanded  # its choices open, to pick one with the arrows
            await pilot.press("escape")
            app.screen.query_one("#engagement", Select).value = "Acme Retail"
            await pilot.pause()
            await run_from_palette(pilot, "report as html")
            assert app.clipboard == (
                "wfinterview report --format html --out report.html "
                f"--engagement 'Acme Retail' --data-dir {paths.data_dir}"
            )
