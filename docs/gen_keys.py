"""The guide's key reference (docs/keys.md), made from the app's own bindings.

    .venv/bin/python docs/gen_keys.py            # writes docs/keys.md
    .venv/bin/python docs/gen_keys.py --check    # exit 1 if docs/keys.md is stale

The app walks through every screen as a new user does (tests/tui/tour.py: the walk the
screen snapshots take, on demo data, at 80×24), and on each screen asks the help screen's
own code (tui/screens/help.py `open_help`) what it would list: every key, as re-bound, in
the help's order and words. Beside it, the key bar as it reads at 80 columns, and the
table of actions `config.toml` may re-bind (core/setup/keymap.py). Nothing here is typed
by hand, so the reference cannot drift from the bindings: tests/tui/test_key_reference.py
fails when docs/keys.md differs from what this makes.

Needs the test extra (`pip install -e '.[test]'`): the walk is the tests' own.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.pilot import Pilot

ROOT = Path(__file__).resolve().parents[1]
KEYS_MD = ROOT / "docs" / "keys.md"
COMMAND = ".venv/bin/python docs/gen_keys.py"
SIZE = (80, 24)

# Titles for the tour's stops; a stop not named here is titled from its name, so a new
# stop in the walk shows up in the reference without a change here.
TITLES = {
    "home": "Home",
    "new_interview": "New interview",
    "cockpit_started": "Cockpit",
    "review": "Review",
    "recap": "Recap",
    "actions": "Actions",
    "action_form": "Action form",
    "move_note": "Move a note to another theme",
    "raci": "RACI matrices",
    "approvals": "Approval timelines",
    "validation_preview": "Validation text",
}
SKIPPED = {"help"}  # the help screen itself: this page is what it lists


@dataclass
class Stop:
    """One screen of the walk, as its help and its key bar show it."""

    title: str
    dialog: bool
    bar: str
    rows: list[tuple[str, str]]
    rebindable: list[str] = field(default_factory=list)
    name: str = ""

    def same_keys(self, other: Stop) -> bool:
        return (self.bar, self.rows) == (other.bar, other.rows)


def title_for(name: str, before: Sequence[Stop] = ()) -> str:
    """A stop's title; a later state of a screen already seen ("actions_scrolled" after
    "actions") is titled as that screen in that state ("Actions, scrolled")."""
    for stop in reversed(before):
        if stop.name and name.startswith(stop.name + "_"):
            return f"{stop.title}, {name.removeprefix(stop.name + '_').replace('_', ' ')}"
    if name in TITLES:
        return TITLES[name]
    if name.startswith("synthesis_"):
        return f"Synthesis: {name.removeprefix('synthesis_').replace('_', ' ').title()} tab"
    return name.replace("_", " ").capitalize()


class Reference:
    """The stops of one walk, fed screen by screen: `await reference.visit(pilot, name)` at
    each stop of tests/tui/tour.py (any walk at 80 columns may feed one), then `stops`."""

    def __init__(self) -> None:
        self.stops: list[Stop] = []  # what the page shows
        self.seen: list[Stop] = []  # every stop of the walk

    async def visit(self, pilot: Pilot[None], name: str) -> None:
        from textual.screen import ModalScreen

        from wfinterview.core.setup.keymap import REBINDABLE
        from wfinterview.tui.screens.help import HelpScreen, open_help
        from wfinterview.tui.widgets.key_bar import KeyBar

        if name in SKIPPED:
            return
        app = pilot.app
        screen = app.screen
        bars = screen.query(KeyBar)
        bar = bars.first().render().plain if bars else ""
        rebindable = sorted(
            {
                active.binding.id
                for active in screen.active_bindings.values()
                if active.binding.id in REBINDABLE
            }
        )
        open_help(app)  # what F9 calls: the help screen's own list of this screen's keys
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen), f"no help on {name}"
        rows = [("Enter", "save the note (an empty note saves nothing)")] * bool(
            help_screen.note_keys
        )
        rows += [(row.keys, row.description) for row in help_screen.rows]
        app.pop_screen()
        await pilot.pause()
        dialog = isinstance(screen, ModalScreen)
        stop = Stop(title_for(name, self.seen), dialog, bar, rows, rebindable, name)
        self.seen.append(stop)
        # A later state of a screen is shown only where its keys differ.
        same_screen = [s for s in self.stops if f"{stop.title}, ".startswith(f"{s.title}, ")]
        if not any(stop.same_keys(s) for s in same_screen):
            self.stops.append(stop)


async def walk() -> list[Stop]:
    """Every screen of the tour with its help rows and its key bar."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import pytest

    from tests.tui.tour import data_folder, freeze_now, tour, tour_app

    reference = Reference()
    with pytest.MonkeyPatch.context() as monkeypatch, data_folder() as paths:
        freeze_now(monkeypatch)
        async with tour_app(paths).run_test(size=SIZE) as pilot:

            async def visit(name: str) -> None:
                await reference.visit(pilot, name)

            await tour(pilot, visit)
    return reference.stops


def cell(text: str) -> str:
    """Text for one Markdown table cell: pipes escaped, line breaks as spaces."""
    return " ".join(text.split()).replace("|", "\\|")


def code(text: str) -> str:
    """A key as inline code, whatever backticks it holds."""
    fence = "``" if "`" in text else "`"
    pad = " " if "`" in text else ""
    return f"{fence}{pad}{cell(text)}{pad}{fence}"


def render(stops: list[Stop]) -> str:
    from wfinterview.core.setup.keymap import REBINDABLE
    from wfinterview.tui.keys import key_label

    lines = [
        "# Key reference",
        "",
        "What this page covers: every screen's keys, as its help (F9) lists them with the",
        "default key table, its key bar at 80 columns, and the actions `config.toml` may",
        "re-bind. How the key bar, help and the command palette work is in",
        "[Running an interview](running-an-interview.md#keys-on-every-screen).",
        "",
        "<!-- Made by `" + COMMAND + "` from the app's own bindings: do not edit by hand. -->",
        "",
    ]
    screens_of: dict[str, list[str]] = {}
    for stop in stops:
        lines += [f"## {stop.title}", ""]
        if stop.dialog:
            lines += ["A dialog: its keys are also on its face.", ""]
        if stop.bar.strip():
            bar = [f"    {line.strip()}" for line in stop.bar.splitlines() if line.strip()]
            lines += ["Key bar at 80 columns:", "", *bar, ""]
        lines += ["| key | does |", "| --- | --- |"]
        lines += [f"| {code(keys)} | {cell(does)} |" for keys, does in stop.rows]
        lines.append("")
        for action_id in stop.rebindable:
            titles = screens_of.setdefault(action_id, [])
            if stop.title not in titles:
                titles.append(stop.title)
    lines += [
        "## Re-binding keys",
        "",
        "Any of these actions takes another key in `config.toml` under `[keys]` (never a",
        "printable key: letters, digits and punctuation belong to the note), for example",
        '`quote = "ctrl+o"`. Two actions on one key on the same screen stop the program with',
        "one line naming both (exit 2).",
        "",
        "| in `[keys]` | default key | does | on |",
        "| --- | --- | --- | --- |",
    ]
    screens = [stop.title for stop in stops if not stop.dialog]
    for action in REBINDABLE.values():
        titles = screens_of.get(action.id, [])
        where = "every screen" if set(screens) <= set(titles) else ", ".join(titles) or "—"
        lines.append(
            f"| `{action.id}` | {code(key_label(action.keys)) if action.keys else '—'} "
            f"| {cell(action.description)} | {cell(where)} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render(asyncio.run(walk()))
    if "--check" in argv:
        if KEYS_MD.read_text(encoding="utf-8") != text:
            print(f"docs/keys.md is stale: run `{COMMAND}`", file=sys.stderr)
            return 1
        return 0
    KEYS_MD.write_text(text, encoding="utf-8")
    print(f"wrote {KEYS_MD.relative_to(ROOT)} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
