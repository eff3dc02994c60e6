"""The keys of the moment, on one line at the bottom of the screen.

Textual's Footer builds a styled widget per key and rebuilds them whenever focus
moves; with the cockpit's twenty bindings that tripled the time to first paint. This
bar draws the same list as one line of text.

Keys come in order of importance: the focused widget's first, then the screen's in the
order of its BINDINGS, then the app's; Esc (back or cancel) and the help key close the
line by rule. When they do not all fit, whole keys drop from the end of the ordinary
ones and the help key says "· more": the help screen lists every key. Never a key cut
mid-word, never a hidden second line.

A screen with more keys of its own than one line holds at 80 columns (a synthesis tab,
RACI, the actions) asks for a bar of up to two lines (`KeyBar(lines=2)`): the keys wrap
between whole keys onto the second line, which is shown only while it is needed.
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


def fit_keys(keys: BarKeys, width: int, lines: int = 1) -> list[BarKey]:
    """The keys that fit in `lines` lines of `width` cells: every key, or the most important
    ones, Esc and help, marked "· more" when help lists keys not shown here — whole keys
    only."""
    return [item for line in fit_lines(keys, width, lines) for item in line]


def fit_lines(keys: BarKeys, width: int, lines: int = 1) -> list[list[BarKey]]:
    """`fit_keys` line by line: ordinary keys fill each line in order of importance, a key
    that does not fit starting the next; Esc and help close the last line."""
    tail = [k for k in (keys.escape, keys.help) if k is not None]
    everything = _wrapped([*keys.ordinary, *tail], width)
    if len(everything) <= lines and not keys.unshown:
        return everything
    if keys.help is not None:
        marked = BarKey(keys.help.key, f"{keys.help.description} {MORE}", keys.help.enabled)
        tail = [k for k in (keys.escape, marked) if k is not None]
    else:
        # No help key here (a dialog, or a screen that uses the key for itself): the
        # command palette lists every key too.
        tail = [*tail, BarKey(PALETTE_KEY, "more")]
    tail_width = sum(k.width for k in tail)
    shown: list[list[BarKey]] = [[]]
    room = width
    for item in keys.ordinary:
        last = len(shown) == lines
        if item.width > room - (tail_width if last else 0):
            if last or item.width > width:
                break
            shown.append([])
            room = width
            if item.width > room - (tail_width if len(shown) == lines else 0):
                break
        shown[-1].append(item)
        room -= item.width
    if sum(k.width for k in shown[-1]) + tail_width > width:
        shown.append([])  # the tail alone on a line of its own, which is the last allowed
    shown[-1].extend(tail)
    return shown


def _wrapped(items: list[BarKey], width: int) -> list[list[BarKey]]:
    result: list[list[BarKey]] = [[]]
    room = width
    for item in items:
        if item.width > room and result[-1]:
            result.append([])
            room = width
        result[-1].append(item)
        room -= item.width
    return result


def bar_text(keys: BarKeys, width: int, lines: int = 1) -> Text:
    text = Text(no_wrap=True, overflow="crop")
    for number, line in enumerate(fit_lines(keys, width, lines)):
        if number:
            text.append("\n")
        for item in line:
            text.append(" ")
            text.append(item.key, style="bold reverse")
            if item.description:
                text.append(" " + item.description, style="" if item.enabled else "dim")
    return text


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
        lines: int = 1,
        minimum: int = 1,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        """`lines`: at most this many lines (1 or 2), the second shown only when needed;
        `minimum`: at least this many (a dialog's bar covers the whole bar beneath it)."""
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.keys = BarKeys((), None, None)
        self.lines = max(lines, minimum)
        self.minimum = minimum

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._show_keys)
        self._show_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _show_keys(self, *_: object) -> None:
        self.keys = bar_keys(self.screen)
        self._fit_height()
        self.refresh()

    def on_resize(self) -> None:
        self._fit_height()

    def _fit_height(self) -> None:
        if self.lines > 1 and self.size.width:
            needed = len(fit_lines(self.keys, self.size.width, self.lines))
            self.styles.height = max(needed, self.minimum)

    def render(self) -> Text:
        text = bar_text(self.keys, self.size.width, self.lines)
        # Taller than its keys need (a dialog's bar over a two-line bar): keys at the bottom.
        blank = self.size.height - len(text.plain.split("\n"))
        return Text("\n" * blank) + text if blank > 0 else text


def give_key_bar(screen: Screen[object]) -> None:
    """A dialog shows its own keys (save, cancel) at the bottom, instead of leaving the keys
    of the screen beneath on view, where they do nothing."""
    if not isinstance(screen, ModalScreen) or isinstance(screen, SystemModalScreen):
        return

    def mount() -> None:
        if screen.is_attached and not screen.query(KeyBar):
            # As tall as the bar of the screen beneath, which would show through above it.
            stack = screen.app.screen_stack
            beneath = stack[stack.index(screen) - 1] if screen in stack[1:] else None
            bars = list(beneath.query(KeyBar)) if beneath is not None else []
            height = max((bar.size.height for bar in bars), default=1)
            screen.mount(KeyBar(minimum=height))

    screen.call_after_refresh(mount)
