"""Keys as people read them on a keyboard."""

from __future__ import annotations

_KEY_NAMES = {"pagedown": "PgDn", "pageup": "PgUp", "ctrl+down": "ctrl+↓", "ctrl+up": "ctrl+↑"}


def key_label(keys: str) -> str:
    """'f6,ctrl+o' -> 'F6 / ctrl+o', the way keys read on a keyboard."""
    labels = []
    for key in (part.strip() for part in keys.split(",")):
        labels.append(_KEY_NAMES.get(key, key.upper() if key[1:].isdigit() else key))
    return " / ".join(labels)
