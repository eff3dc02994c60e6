"""Keys as people read them on a keyboard."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding

from wfinterview.core.framework.content import Tag
from wfinterview.core.setup.keymap import NOTE_ACTIONS

_KEY_NAMES = {
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "ctrl+down": "ctrl+↓",
    "ctrl+up": "ctrl+↑",
    "escape": "Esc",
    "delete": "Del",
    "enter": "Enter",
}


def key_label(keys: str) -> str:
    """'f6,ctrl+o' -> 'F6 / ctrl+o', the way keys read on a keyboard."""
    labels = []
    for key in (part.strip() for part in keys.split(",")):
        labels.append(_KEY_NAMES.get(key, key.upper() if key[1:].isdigit() else key))
    return " / ".join(labels)


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
