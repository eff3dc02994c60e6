"""Every key the cockpit knows, with the user's own re-bindings."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from wfinterview.core.framework.content import Tag
from wfinterview.core.interview.hashtags import MIN_PREFIX
from wfinterview.core.setup.keymap import ACTIONS
from wfinterview.tui.keys import key_label


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f9,enter", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, keys: dict[str, str], tags: tuple[Tag, ...], ascii_only: bool) -> None:
        super().__init__()
        self.keys = keys
        self.tags = tags
        self.ascii_only = ascii_only

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        table.add_row("Enter", "save the note (an empty note saves nothing)")
        for tag in self.tags:
            keys = self.keys.get(f"tag_{tag.key}", tag.hotkey or "")
            table.add_row(
                key_label(keys) if keys else "—",
                Text(
                    f"toggle {tag.badge(self.ascii_only)} {tag.label} ({tag.meaning}) · or type "
                    f"#{tag.hashtag}"
                ),
            )
        for action in ACTIONS.values():
            if not action.id.startswith("tag_"):
                table.add_row(key_label(self.keys[action.id]), action.description)
        table.add_row("ctrl+p", "command palette: every action by name")
        table.add_row("ctrl+q", "quit (everything is already saved)")
        notes = Text(
            "Tag and quote keys act on the note being typed; "
            "with an empty input, on the last saved note.\n"
            "#hashtags work at Enter: the full word or any unambiguous start "
            f"of {MIN_PREFIX}+ letters (#appr).\n"
            "A note that is only hashtags tags the last note. "
            "Re-bind any key in config.toml under [keys].",
            style="dim",
        )
        with VerticalScroll():
            yield Static(Text("Keys", style="bold"))
            yield Static(table)
            yield Static(notes)
