"""The cockpit's actions and their default keys: what the help screen, the footer and
`config.toml`'s [keys] table all agree on.

No action is bound to a printable character: every letter, digit and punctuation mark
belongs to the note being typed (docs/framework.md, "Keys").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wfinterview.core.framework.content import BUILTIN_TAGS


@dataclass(frozen=True)
class KeyCommand:
    id: str
    keys: str
    description: str
    footer: str = ""


NOTE_ACTIONS: tuple[KeyCommand, ...] = (
    *(
        KeyCommand(f"tag_{tag.key}", tag.hotkey or "", f"toggle {tag.emoji} {tag.label}")
        for tag in BUILTIN_TAGS
    ),
    KeyCommand("quote", "f6", "mark as a verbatim quote (feeds 'What we heard')", "Quote"),
    KeyCommand("follow_up", "f7", "mark as a follow-up to come back to", "Follow-up"),
)
COCKPIT_ACTIONS: tuple[KeyCommand, ...] = (
    KeyCommand("pause", "f8", "pause / resume the clock", "Pause"),
    KeyCommand("help", "f9", "show every key", "Help"),
    KeyCommand("end_interview", "f10", "end the interview (asks first)", "End"),
    KeyCommand("next_step", "pagedown", "next step", "Next step"),
    KeyCommand("previous_step", "pageup", "previous step", "Prev step"),
    KeyCommand("next_question", "ctrl+down", "mark the next question"),
    KeyCommand("previous_question", "ctrl+up", "mark the previous question"),
)
# After the call. Tag, quote and follow-up keep their cockpit ids, so one re-binding
# in config.toml moves them on both screens.
REVIEW_ACTIONS: tuple[KeyCommand, ...] = (
    KeyCommand(
        "edit_note", "enter", "edit the highlighted note (its text, tags and marks)", "Edit"
    ),
    KeyCommand("add_note", "ctrl+n", "add a note you remember after the call", "Add"),
    KeyCommand("delete_note", "delete", "delete the highlighted note", "Delete"),
    KeyCommand("undo_delete", "ctrl+z", "bring back the last deleted note", "Undo"),
    KeyCommand("open_recap", "ctrl+r", "open the same-day recap", "Recap"),
    KeyCommand(
        "action_from_note",
        "f8",
        "turn the highlighted note into an action (with it as evidence)",
        "Action",
    ),
    # With the call's transcript (core/transcript/beside.py).
    KeyCommand(
        "open_transcript", "ctrl+l", "open the call's transcript at the note's moment", "Transcript"
    ),
    KeyCommand(
        "use_words_said",
        "ctrl+u",
        "replace a close quote's text with the words actually said",
        "Words said",
    ),
    KeyCommand(
        "add_moment",
        "ctrl+g",
        "add the next moment nobody noted as a note (from the transcript)",
        "Add moment",
    ),
)
RECAP_ACTIONS: tuple[KeyCommand, ...] = (
    KeyCommand("copy_recap", "f2", "copy the recap (the three points) to the clipboard", "Copy"),
    KeyCommand("copy_recap_email", "f3", "copy the recap as an email", "Copy email"),
    KeyCommand("mark_recap_sent", "f4", "mark the recap as sent", "Mark sent"),
    KeyCommand("redraft_recap", "f5", "draft the recap again from the notes", "Redraft"),
)
ACTIONS: dict[str, KeyCommand] = {action.id: action for action in (*NOTE_ACTIONS, *COCKPIT_ACTIONS)}
REBINDABLE: dict[str, KeyCommand] = {
    action.id: action for action in (*ACTIONS.values(), *REVIEW_ACTIONS, *RECAP_ACTIONS)
}


def effective_keys(overrides: dict[str, str]) -> dict[str, str]:
    """Every action's keys after the user's [keys] re-bindings."""
    return {action.id: overrides.get(action.id, action.keys) for action in REBINDABLE.values()}


_NAMED_KEYS = {
    "pageup",
    "pagedown",
    "home",
    "end",
    "insert",
    "delete",
    "escape",
    "up",
    "down",
    "left",
    "right",
    "tab",
    "backspace",
    *(f"f{n}" for n in range(1, 25)),
}
_MODIFIERS = {"ctrl", "alt", "shift", "super"}


def key_problem(keys: str) -> str | None:
    """Why `keys` ("f6" or "f6,ctrl+o") cannot be bound in the cockpit, or None if it can."""
    for key in (part.strip().lower() for part in keys.split(",")):
        if not key:
            return "empty key name"
        modifiers, _, base = key.rpartition("+")
        mods = set(modifiers.split("+")) if modifiers else set()
        if not mods <= _MODIFIERS or not re.fullmatch(r"[a-z0-9_]+", base):
            return f"'{key}' is not a key name Textual knows (examples: f6, ctrl+o, pagedown)"
        # shift+letter is just a capital letter: it belongs to the note like any other.
        if base in _NAMED_KEYS or mods - {"shift"}:
            continue
        return f"'{key}' would take a character away from the note; use an F-key or ctrl+…"
    return None
