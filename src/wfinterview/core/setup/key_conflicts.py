"""Two things on one key: found at start, so config.toml can never hide an action.

Textual runs one binding per key, so `[keys] quote = "f1"` would give F1 to Quote and
leave Tool Friction with no key at all, the footer quietly dropping 🛑. Every key is
checked per screen, where both would be live at once (`SCREEN_ACTIONS`): the review's
F8 ("action from note") and the cockpit's F8 (pause) never meet, so they may share it.
A key is also taken when the screen already uses it for itself (`RESERVED`): the note
input's undo on ctrl+z would win over a `pause = "ctrl+z"`, which would then never run.
Help is on every screen (one binding, tui/app.py), so its key is checked on each, home's
own keys included. tests/tui/test_key_conflicts.py holds these tables to the keys each
screen really answers, so a key added to a screen cannot slip past them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from wfinterview.core.setup.keymap import (
    COCKPIT_ACTIONS,
    NOTE_ACTIONS,
    RECAP_ACTIONS,
    REVIEW_ACTIONS,
    KeyCommand,
)

_HELP: Final = next(action for action in COCKPIT_ACTIONS if action.id == "help")
SCREEN_ACTIONS: Final[Mapping[str, tuple[KeyCommand, ...]]] = {
    "cockpit": (*NOTE_ACTIONS, *COCKPIT_ACTIONS),
    "review": (*NOTE_ACTIONS, *REVIEW_ACTIONS, _HELP),
    "recap": (*RECAP_ACTIONS, _HELP),
    "home": (_HELP,),
}
# Screens that show the note keys, where a user tag's hotkey works too.
TAG_SCREENS: Final = ("cockpit", "review")

# The keys of Textual's TextArea (the note input, the recap's fields), by what they do.
# tests/tui/test_key_conflicts.py holds this table to TextArea.BINDINGS.
TEXT_EDITING: Final[Mapping[str, str]] = {
    **dict.fromkeys(
        ("up", "down", "left", "right", "ctrl+left", "ctrl+right", "home", "end"),
        "cursor movement",
    ),
    **dict.fromkeys(("ctrl+a", "ctrl+e"), "cursor movement"),
    **dict.fromkeys(("pageup", "pagedown"), "cursor movement"),
    **dict.fromkeys(
        (
            "shift+up",
            "shift+down",
            "shift+left",
            "shift+right",
            "shift+home",
            "shift+end",
            "ctrl+shift+left",
            "ctrl+shift+right",
        ),
        "selection",
    ),
    "f6": "select line",
    "f7": "select all",
    **dict.fromkeys(
        (
            "backspace",
            "ctrl+w",
            "ctrl+backspace",
            "alt+backspace",
            "delete",
            "ctrl+d",
            "alt+delete",
            "ctrl+u",
            "super+backspace",
            "ctrl+k",
            "ctrl+shift+k",
        ),
        "delete",
    ),
    **dict.fromkeys(("ctrl+x", "super+x"), "cut"),
    **dict.fromkeys(("ctrl+c", "super+c"), "copy"),
    "ctrl+v": "paste",
    **dict.fromkeys(("ctrl+z", "super+z"), "undo"),
    **dict.fromkeys(("ctrl+y", "super+y"), "redo"),
}
# Keys the app answers on every screen.
_EVERYWHERE: Final[Mapping[str, str]] = {
    "ctrl+q": "quit",
    "ctrl+p": "the command palette",
    "tab": "focus next",
    "shift+tab": "focus previous",
    "ctrl+c": "copy",
}
_SIDEWAYS: Final = ("left", "right", "ctrl+pageup", "ctrl+pagedown")
_TABLE_MOVES: Final = (
    *("up", "down", "home", "end", "pageup", "pagedown"),
    *_SIDEWAYS,
    *("ctrl+home", "ctrl+end"),
)
RESERVED: Final[Mapping[str, Mapping[str, str]]] = {
    # PageUp/PageDown move between steps there (tui/widgets/note_input.py).
    "cockpit": {
        **_EVERYWHERE,
        **{
            key: f"{what} in the note"
            for key, what in TEXT_EDITING.items()
            if key not in ("pageup", "pagedown")
        },
    },
    "review": {
        **_EVERYWHERE,
        "escape": "back home",
        **dict.fromkeys(("up", "down", "home", "end", "pageup", "pagedown"), "the note list"),
        **dict.fromkeys(_SIDEWAYS, "scrolling the note list"),
    },
    "recap": {
        **_EVERYWHERE,
        "escape": "back",
        **{key: f"{what} in the recap" for key, what in TEXT_EDITING.items()},
        **dict.fromkeys(("ctrl+pageup", "ctrl+pagedown"), "scrolling the recap"),
    },
    "home": {
        **_EVERYWHERE,
        **dict.fromkeys(_TABLE_MOVES, "the session list"),
        "enter": "open the session",
        "ctrl+n": "new interview",
        "ctrl+r": "review",
        "ctrl+s": "synthesis",
        "f6": "actions",
        "f4": "mine/all",
        "f5": "reload",
    },
}
# The note keys sit on the note input ahead of its editing keys, and by default take
# F6 and F7 from TextArea's "select line" and "select all", on purpose.
_NOTE_KEYS_MAY_TAKE: Final = frozenset({"f6", "f7"})
_NOTE_ACTION_IDS: Final = frozenset(action.id for action in NOTE_ACTIONS)


@dataclass(frozen=True)
class KeyUse:
    """An action and the keys it runs on, and where config.toml set them ("" by default)."""

    action: str
    keys: str
    field: str = ""

    def key_names(self) -> list[str]:
        return [key.strip().lower() for key in self.keys.split(",") if key.strip()]


def key_conflicts(
    overrides: Mapping[str, str], tag_hotkeys: Iterable[tuple[str, str, str]] = ()
) -> list[str]:
    """One "field: message" line per key that config.toml gives to two things at once.

    `overrides` is the [keys] table; `tag_hotkeys` the user's tags as (field, tag key,
    hotkey), e.g. ("tags[0].hotkey", "budget", "f11").
    """
    extra = [KeyUse(f"tag_{tag}", keys, field) for field, tag, keys in tag_hotkeys]
    # One line per key a line of config.toml clashes on, however many screens share it.
    problems: dict[tuple[str, str], str] = {}
    for screen, actions in SCREEN_ACTIONS.items():
        uses = [
            KeyUse(a.id, overrides[a.id], f"keys.{a.id}")
            if a.id in overrides
            else KeyUse(a.id, a.keys)
            for a in actions
        ]
        if screen in TAG_SCREENS:
            uses += extra
        # Defaults first, so a clash is reported on the line the user wrote.
        uses.sort(key=lambda use: bool(use.field))
        for where, key, problem in _screen_conflicts(screen, uses):
            problems.setdefault((where, key), f'{where}: "{key}" {problem}')
    return list(problems.values())


def _screen_conflicts(screen: str, uses: list[KeyUse]) -> Iterator[tuple[str, str, str]]:
    owners: dict[str, str] = {}
    reserved = RESERVED[screen]
    for use in uses:
        for key in use.key_names():
            owner = owners.setdefault(key, use.action)
            if owner != use.action:
                yield use.field or use.action, key, f"is already the key of {owner}"
            elif key in reserved and not (
                use.action in _NOTE_ACTION_IDS and key in _NOTE_KEYS_MAY_TAKE
            ):
                yield (
                    use.field or use.action,
                    key,
                    f"is already the key of {reserved[key]} ({screen})",
                )
