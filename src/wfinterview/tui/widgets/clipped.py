"""Text cut to fit, the one way: it ends in "…" (core/framework/text.py `clip`).

Textual crops a line at the widget's edge without saying so, and Rich's `overflow` does
not survive Textual's rendering; so a line that may be too long is cut here, to the
cells it really has, with the ellipsis that tells the reader there is more. Where a
screen cuts, it also shows the whole text one key away (help, a detail line).
Text read from a file is made terminal-safe before it is measured.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from wfinterview.core.framework.text import clip, terminal_safe


def clipped(text: str | Text, width: int) -> Text:
    """`text` in at most `width` cells, ending in "…" when cut; its styles kept."""
    line = text if isinstance(text, Text) else Text(terminal_safe(text))
    if "\n" in line.plain:
        line = Text(" ").join(line.split("\n"))
    kept = clip(line.plain, width)
    if kept == line.plain:
        return line
    cut = line[: len(kept) - 1]
    cut.append("…")
    return cut


class ClippedLine(Widget):
    """One line of text, cut with "…" to the width it gets; `text` holds all of it."""

    DEFAULT_CSS = """
    ClippedLine { height: 1; }
    """

    def __init__(
        self,
        text: str | Text = "",
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.text = text if isinstance(text, Text) else Text(terminal_safe(text))

    def update(self, text: str | Text) -> None:
        self.text = text if isinstance(text, Text) else Text(terminal_safe(text))
        self.refresh()

    def render(self) -> Text:
        return clipped(self.text, self.content_size.width)
