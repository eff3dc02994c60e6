"""The keys of the moment, on one line at the bottom of the screen.

Textual's Footer builds a styled widget per key and rebuilds them whenever focus
moves; with the cockpit's twenty bindings that tripled the time to first paint. This
bar draws the same list as one line of text.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from wfinterview.tui.keys import key_label


class KeyBar(Static):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._show_keys)
        self._show_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _show_keys(self, *_: object) -> None:
        line = Text(no_wrap=True, overflow="crop")
        shown: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or not binding.description or binding.action in shown:
                continue
            shown.add(binding.action)
            line.append(" ")
            line.append(key_label(binding.key), style="bold reverse")
            line.append(" " + binding.description, style="" if active.enabled else "dim")
        self.update(line)
