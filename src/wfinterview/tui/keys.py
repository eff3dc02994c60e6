"""Keys as people read them on a keyboard."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding

from wfinterview.core.framework.content import Tag
from wfinterview.core.setup.keymap import NOTE_ACTIONS, REBINDABLE

_KEY_NAMES = {
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "ctrl+down": "ctrl+↓",
    "ctrl+up": "ctrl+↑",
    "escape": "Esc",
    "delete": "Del",
    "enter": "Enter",
    "left": "←",
    "right": "→",
}


def key_label(keys: str) -> str:
    """'f6,ctrl+o' -> 'F6 / ctrl+o', the way keys read on a keyboard."""
    labels = []
    for key in (part.strip() for part in keys.split(",")):
        labels.append(_KEY_NAMES.get(key, key.upper() if key[1:].isdigit() else key))
    return " / ".join(labels)


# Textual's own app keys, in the framework's words; on every screen's help, never its bar.
APP_KEYS = {
    "command_palette": "command palette: every action on this screen, by name",
    "quit": "quit (everything is already saved)",
}
HELP_ACTIONS = ("help", "app.help")


def in_help(binding: Binding) -> bool:
    """Whether the help screen lists a binding: a key the bar shows, one with a tooltip to
    explain it, a re-bindable action of the framework, or the app's own keys."""
    if binding.system:
        return False
    if binding.id in REBINDABLE or binding.action in APP_KEYS:
        return True
    return bool(binding.description) and (binding.show or bool(binding.tooltip))


def universal(binding: Binding) -> bool:
    """Keys every screen has (help, the palette, quit): help lists them; the bar's "more"
    does not count them."""
    return binding.action in APP_KEYS or binding.action in HELP_ACTIONS


def tag_bindings(tags: Iterable[Tag], ascii_only: bool) -> list[Binding]:
    """A toggle per tag with a hotkey, and quote and follow-up: the note keys of every screen.

    Binding ids are the cockpit's action ids, so one re-binding in config.toml moves a
    key everywhere it is used.
    """
    bindings = [
        Binding(key.strip(), f"toggle_tag('{tag.key}')", tag.badge(ascii_only), id=f"tag_{tag.key}")
        for tag in tags
        if tag.hotkey
        for key in tag.hotkey.split(",")
    ]
    for action in NOTE_ACTIONS:
        if not action.id.startswith("tag_"):
            bindings += [
                Binding(key.strip(), f"toggle_flag('{action.id}')", action.footer, id=action.id)
                for key in action.keys.split(",")
            ]
    return bindings
