"""The keys of the moment, on one line at the bottom of the screen.

Textual's Footer builds a styled widget per key and rebuilds them whenever focus
moves; with the cockpit's twenty bindings that tripled the time to first paint. This
bar draws the same list as one line of text.

Keys come in order of importance: the focused widget's first, then the screen's in the
order of its BINDINGS, then the app's; Esc (back or cancel) and the help key close the
line by rule. When they do not all fit, whole keys drop from the end of the ordinary
ones and the help key says "· more": the help screen lists every key. Never a key cut
mid-word, never a hidden second line.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.screen import ModalScreen, Screen, SystemModalScreen
from textual.widget import Widget

from wfinterview.tui.keys import HELP_ACTIONS, in_help, key_label, universal

MORE = "· more"
PALETTE_KEY = "ctrl+p"


@dataclass(frozen=True)
class BarKey:
    key: str  # as the keyboard reads: "F6", "ctrl+n", "Esc"
    description: str
    enabled: bool = True

    @property
    def width(self) -> int:
        return 1 + cell_len(self.key) + 1 + cell_len(self.description)


@dataclass(frozen=True)
class BarKeys:
    """A screen's keys for the bar: the ordinary ones by importance, then Esc and help;
    `unshown`: keys help lists that the bar never shows (Enter on a list, say)."""

    ordinary: tuple[BarKey, ...]
    escape: BarKey | None
    help: BarKey | None
    unshown: bool = False


def bar_keys(screen: Screen[object]) -> BarKeys:
    ordinary: list[BarKey] = []
    escape = help_key = None
    seen: set[tuple[int, str]] = set()
    unshown = False
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.show or not binding.description:
            unshown = unshown or (in_help(binding) and not universal(binding))
            continue
        # A binding with several keys ("f6,ctrl+o") is listed once, by its first key.
        identity = (id(active.node), binding.action)
        if identity in seen:
            continue
        seen.add(identity)
        # A key_display names several keys at once ("←/→"), as the binding means them.
        shown = binding.key_display or key_label(key)
        item = BarKey(shown, binding.description, active.enabled)
        if binding.action in HELP_ACTIONS:
            help_key = item
        elif key == "escape":
            escape = item
        else:
            ordinary.append(item)
    return BarKeys(tuple(ordinary), escape, help_key, unshown)


def fit_keys(keys: BarKeys, width: int) -> list[BarKey]:
    """The keys that fit in `width` cells: every key, or the most important ones, Esc and
    help, marked "· more" when help lists keys not shown here — whole keys only."""
    tail = [k for k in (keys.escape, keys.help) if k is not None]
    everything = [*keys.ordinary, *tail]
    if sum(k.width for k in everything) <= width and not keys.unshown:
        return everything
    if keys.help is not None:
        marked = BarKey(keys.help.key, f"{keys.help.description} {MORE}", keys.help.enabled)
        tail = [k for k in (keys.escape, marked) if k is not None]
    else:
        # No help key here (a dialog, or a screen that uses the key for itself): the
        # command palette lists every key too.
        tail = [*tail, BarKey(PALETTE_KEY, "more")]
    room = width - sum(k.width for k in tail)
    shown: list[BarKey] = []
    for item in keys.ordinary:
        if item.width > room:
            break
        shown.append(item)
        room -= item.width
    return [*shown, *tail]


def bar_text(keys: BarKeys, width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop")
    for item in fit_keys(keys, width):
        line.append(" ")
        line.append(item.key, style="bold reverse")
        if item.description:
            line.append(" " + item.description, style="" if item.enabled else "dim")
    return line


class KeyBar(Widget):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.keys = BarKeys((), None, None)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._show_keys)
        self._show_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _show_keys(self, *_: object) -> None:
        self.keys = bar_keys(self.screen)
        self.refresh()

    def render(self) -> Text:
        return bar_text(self.keys, self.size.width)


def give_key_bar(screen: Screen[object]) -> None:
    """A dialog shows its own keys (save, cancel) at the bottom, instead of leaving the keys
    of the screen beneath on view, where they do nothing."""
    if not isinstance(screen, ModalScreen) or isinstance(screen, SystemModalScreen):
        return

    def mount() -> None:
        if screen.is_attached and not screen.query(KeyBar):
            screen.mount(KeyBar())

    screen.call_after_refresh(mount)
