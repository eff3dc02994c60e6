"""The note being typed: wraps long notes, keeps pasted quotes whole, commits on Enter.

Key order is the whole point of this widget. Textual runs key bindings only after the
key has bubbled up to the App, while printable keys already queued behind it go
straight into the text (textual#6605). In a fast burst ("note⏎F1next⏎") a bound Enter
would read the next note's first letters, and a tag key would look at the wrong note.
So every key is resolved here, inline, in the order it was typed:

* Enter takes the text and clears the input at once;
* the input's own bindings (editing keys, tag keys, quote, follow-up) run inline;
* a key bound further up (next step, pause, end...) is posted to the screen as a
  message, behind the notes already committed, so the screen sees everything in the
  order it was typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeGuard

from rich.text import Text
from textual import events, getters
from textual.binding import Binding, BindingsMap, BindingType
from textual.dom import DOMNode
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import TextArea

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.text import clean_text
from wfinterview.tui.keys import tag_bindings
from wfinterview.tui.settings import SettingsApp

# PageUp/PageDown move between interview steps, not inside a one-paragraph note.
_EDITING_BINDINGS: list[BindingType] = [
    b for b in TextArea.BINDINGS if isinstance(b, Binding) and b.key not in ("pageup", "pagedown")
]


def _is_invisible_text(character: str | None) -> TypeGuard[str]:
    return (
        character is not None
        and len(character) == 1
        and unicodedata.category(character) in ("Cf", "Zs")
    )


class NoteInput(TextArea, inherit_bindings=False):
    BINDINGS = _EDITING_BINDINGS

    DEFAULT_CSS = """
    NoteInput {
        height: auto;
        min-height: 3;
        max-height: 9;
        border: round $primary 60%;
        border-title-color: $text;
        border-subtitle-color: $text-muted;
        padding: 0 1;
    }
    NoteInput:focus {
        border: round $primary;
    }
    """

    @dataclass
    class Committed(Message):
        """Enter on a note with text: the note to save, hashtags already turned into tags."""

        text: str
        """The note's words, hashtags that became tags taken out."""
        tags: tuple[str, ...]
        """Tag keys, in the order they were set."""
        quote: bool
        """Marked a verbatim quote."""
        follow_up: bool
        """Marked a follow-up to come back to."""

    @dataclass
    class LastNoteToggled(Message):
        """A tag or flag key pressed with an empty input: it applies to the last note."""

        tag: str | None = None
        """The tag key toggled, or None for a flag."""
        flag: str | None = None
        """"quote" or "follow_up", or None for a tag."""

    @dataclass
    class Shortcut(Message):
        """A key bound on the screen or app, to run in typing order (textual#6605)."""

        action: str
        """The action to run, as its binding names it."""
        target: DOMNode
        """The node the action runs on."""

    pending_tags: reactive[tuple[str, ...]] = reactive(())
    pending_quote: reactive[bool] = reactive(False)
    pending_follow_up: reactive[bool] = reactive(False)
    last_note_label: reactive[str] = reactive("")

    app = getters.app(SettingsApp)

    def __init__(
        self,
        tags: Iterable[Tag],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            name=name,
            id=id,
            classes=classes,
            disabled=disabled,
        )
        self.cursor_blink = False  # calm, and no repaint twice a second while idle
        self.tags = {tag.key: tag for tag in tags}
        # Note keys first, so the footer lists F1–F7 in order before anything else.
        # They take their keys from TextArea's own use of them (F6 select line, F7 select all).
        editing = self._bindings.key_to_bindings
        self._bindings = BindingsMap()
        for binding in tag_bindings(self.tags.values(), self.app.ascii_only):
            self._bindings.key_to_bindings[binding.key] = [binding]
        for key, bindings in editing.items():
            self._bindings.key_to_bindings.setdefault(key, bindings)

    # -- keys, in typing order ----------------------------------------------------

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self._commit()
            return
        if not event.is_printable and await self._run_binding_inline(event.key):
            event.stop()
            event.prevent_default()
            return
        if _is_invisible_text(event.character):
            # Python calls a zero-width joiner (inside 🧑‍💻) or a no-break space
            # "not printable", so TextArea would drop it; it is part of the note.
            event.stop()
            event.prevent_default()
            self.insert(event.character)
            return
        await super()._on_key(event)

    async def _on_paste(self, event: events.Paste) -> None:
        # A paste from a web page or a chat can carry control characters (an escape
        # sequence, a stray NUL): they never reach the note, nor the screen it shows on.
        # Typed keys need no such care: TextArea inserts only printable characters.
        # Handled here, whoever sent it (a dialog passes pastes on: typing_through.py).
        event.stop()
        event.prevent_default()
        await super()._on_paste(events.Paste(clean_text(event.text)))

    async def _run_binding_inline(self, key: str) -> bool:
        # The same resolution the App would make, focused widget first, keymap applied.
        for namespace, bindings in self.screen._modal_binding_chain:
            for binding in bindings.key_to_bindings.get(key, ()):
                if binding.priority:
                    continue
                if namespace is self:
                    if await self.app.run_action(binding.action, self):
                        return True
                else:
                    self.screen.post_message(self.Shortcut(binding.action, namespace))
                    return True
        return False

    def _commit(self) -> None:
        text = self.text
        if not text.strip() and not self.pending_tags:
            return
        message = self.Committed(
            text, self.pending_tags, self.pending_quote, self.pending_follow_up
        )
        self.clear()
        self.pending_tags = ()
        self.pending_quote = self.pending_follow_up = False
        self.screen.post_message(message)

    @property
    def has_text(self) -> bool:
        return bool(self.text.strip())

    def action_toggle_tag(self, key: str) -> None:
        if self.has_text:
            tags = self.pending_tags
            self.pending_tags = tuple(t for t in tags if t != key) if key in tags else (*tags, key)
        else:
            self.screen.post_message(self.LastNoteToggled(tag=key))

    def action_toggle_flag(self, flag: str) -> None:
        if self.has_text:
            if flag == "quote":
                self.pending_quote = not self.pending_quote
            else:
                self.pending_follow_up = not self.pending_follow_up
        else:
            self.screen.post_message(self.LastNoteToggled(flag=flag))

    # -- showing where a tag key will land -----------------------------------------

    def _on_text_area_changed(self, _: TextArea.Changed) -> None:
        self._show_target()

    def watch_pending_tags(self) -> None:
        self._show_target()

    def watch_pending_quote(self) -> None:
        self._show_target()

    def watch_pending_follow_up(self) -> None:
        self._show_target()

    def watch_last_note_label(self) -> None:
        self._show_target()

    def _show_target(self) -> None:
        marks = [
            self.tags[key].badge(self.app.ascii_only)
            for key in self.pending_tags
            if key in self.tags
        ]
        if self.pending_quote:
            marks.append("quote")
        if self.pending_follow_up:
            marks.append("follow-up")
        self.border_title = Text("Note " + " ".join(marks) if marks else "Note")
        if self.has_text:
            self.border_subtitle = Text("Enter saves · tag keys tag this note")
        elif self.last_note_label:
            self.border_subtitle = Text(f"tag keys → last note {self.last_note_label}")
        else:
            self.border_subtitle = Text("type a note, Enter saves")

    def on_mount(self) -> None:
        self._show_target()
