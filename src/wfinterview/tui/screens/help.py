"""Every key of the screen beneath, with the user's own re-bindings, in the key bar's order.

Help is one key away and the same key closes it. Over the cockpit, typing goes on into the
note while help shows (tui/screens/typing_through.py), and help also shows in full what
the cockpit had to cut to fit (`HelpDetails`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from wfinterview.core.framework.content import Tag
from wfinterview.core.interview.hashtags import MIN_PREFIX
from wfinterview.core.setup.keymap import REBINDABLE
from wfinterview.tui.keys import APP_KEYS, in_help, key_label
from wfinterview.tui.screens.typing_through import TypingThrough


@dataclass(frozen=True)
class HelpRow:
    keys: str  # "F6 / ctrl+o"
    description: str
    enabled: bool = True


def _describe(binding: Binding, tags: dict[str, Tag], ascii_only: bool) -> str:
    if binding.action in APP_KEYS:
        return APP_KEYS[binding.action]
    if binding.id and binding.id.startswith("tag_") and (tag := tags.get(binding.id[4:])):
        return (
            f"toggle {tag.badge(ascii_only)} {tag.label} ({tag.meaning}) · or type #{tag.hashtag}"
        )
    if binding.id in REBINDABLE:
        return REBINDABLE[binding.id].description
    return binding.tooltip or binding.description


def help_rows(
    screen: Screen[Any], tags: Iterable[Tag] = (), ascii_only: bool = False
) -> list[HelpRow]:
    """The keys that act on `screen` now: its focused widget's, its own and the app's.

    A binding the key bar would show, or one the framework describes (a re-bindable
    action), is listed; a widget's own cursor keys are not.
    """
    by_tag = {tag.key: tag for tag in tags}
    keys: dict[tuple[int, str], list[str]] = {}
    rows: dict[tuple[int, str], HelpRow] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not in_help(binding):
            continue
        identity = (id(active.node), binding.action)
        keys.setdefault(identity, []).append(key)
        rows.setdefault(
            identity, HelpRow("", _describe(binding, by_tag, ascii_only), active.enabled)
        )
    return [
        HelpRow(key_label(",".join(keys[identity])), row.description, row.enabled)
        for identity, row in rows.items()
    ]


@runtime_checkable
class HelpDetails(Protocol):
    """A screen that has more to say in its help than its keys: what a mark means, a line
    it had to cut to fit, in full."""

    def help_details(self) -> Text: ...


def open_help(app: App[Any]) -> None:
    """Show the help of the screen in front (a dialog's own keys are on its face)."""
    screen = app.screen
    if isinstance(screen, HelpScreen):
        return
    from wfinterview.tui.widgets.note_input import NoteInput

    tags: tuple[Tag, ...] = getattr(app, "tags", ())
    ascii_only: bool = getattr(app, "ascii_only", False)
    rows = help_rows(screen, tags, ascii_only)
    details = screen.help_details() if isinstance(screen, HelpDetails) else None
    app.push_screen(HelpScreen(rows, note_keys=bool(screen.query(NoteInput)), details=details))


class HelpScreen(TypingThrough[None]):
    # The help key closes it too: its id is the help action's, so a re-binding in
    # config.toml moves both (a dialog does not see the app's own keys).
    BINDINGS = [
        Binding("escape,enter", "dismiss", "Close", id="help_close"),
        Binding("f9", "dismiss", "Close", id="help", show=False),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    HelpScreen .details { margin-top: 1; }
    """

    def __init__(
        self, rows: list[HelpRow], note_keys: bool = False, details: Text | None = None
    ) -> None:
        super().__init__()
        self.rows = rows
        self.note_keys = note_keys
        self.details = details

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        if self.note_keys:
            table.add_row("Enter", "save the note (an empty note saves nothing)")
        for row in self.rows:
            table.add_row(row.keys, Text(row.description, style="" if row.enabled else "dim"))
        notes = Text(
            "Re-bind any key in config.toml under [keys]. Esc closes this list.", style="dim"
        )
        if self.note_keys:
            notes = Text(
                "Tag and quote keys act on the note being typed; "
                "with an empty input, on the last saved note.\n"
                "#hashtags work at Enter: the full word or any unambiguous start "
                f"of {MIN_PREFIX}+ letters (#appr).\n"
                "A note that is only hashtags tags the last note. "
                "Keep typing while this shows: letters go on into the note.\n"
                "Re-bind any key in config.toml under [keys].",
                style="dim",
            )
        with VerticalScroll():
            yield Static(Text("Keys", style="bold"))
            yield Static(table)
            yield Static(notes)
            if self.details is not None:
                yield Static(self.details, classes="details")
