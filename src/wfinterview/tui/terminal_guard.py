"""The last line of defence: no bidi control written by this app reaches the terminal.

Text from files is shown through `terminal_safe` (core/framework/text.py), which turns a
bidi override or isolate into a visible ⟨U+202E⟩; every screen does that where it
builds what it shows. Should one place miss it, a teammate's name could still reorder
a line on everyone's screen. So every line every widget renders passes this filter
(Textual's line filters, `App.get_line_filters`), which drops any bidi control left.
They take no cell, so dropping them never moves anything else on the screen.
"""

from __future__ import annotations

import re
from typing import Final

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

from wfinterview.core.framework.text import BIDI_CONTROLS

_BIDI: Final = re.compile(f"[{BIDI_CONTROLS}]")


class BidiGuard(LineFilter):
    """Drops every bidi embedding, override and isolate from a rendered line."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        # One search over the whole line: every line of every widget passes here.
        if _BIDI.search("".join([segment.text for segment in segments])) is None:
            return segments
        return [
            Segment(_BIDI.sub("", segment.text), segment.style, segment.control)
            for segment in segments
        ]
