"""Cells and text for other tools: CSV cells no spreadsheet runs, Markdown that stays text.

Every CSV cell that a spreadsheet could read as a formula (starting with = + - @, a
tab or a carriage return) is written with a leading apostrophe, so a note like
"=HYPERLINK(...)" stays text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: object) -> str:
    """A CSV cell no spreadsheet will run as a formula."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SafeWriter:
    def __init__(self, out: TextIO) -> None:
        # RFC 4180 line ends: csv quotes a cell holding any character of the line
        # terminator, so with \r\n a pasted carriage return stays inside its cell.
        self._writer = csv.writer(out, lineterminator="\r\n")

    def row(self, cells: Iterable[object]) -> None:
        self._writer.writerow([inert(cell) for cell in cells])


def md(text: str) -> str:
    """User text as Markdown text: nothing in it becomes a heading, a link, or HTML."""
    out = []
    for char in text:
        out.append("\\" + char if char in "\\`*_[]<>|#" else char)
    return "".join(out)
