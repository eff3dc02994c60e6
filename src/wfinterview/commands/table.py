"""Aligned plain-text tables for `list` and `agendas`, without loading Rich.

Rendering a thousand rows through Rich took longer than reading the sessions; these
tables are plain columns two spaces apart, one row per line, so scripts and `grep` see
one session per line. On a terminal too narrow for the rows, Rich folds the cells to
fit instead, as it always did.
"""

from __future__ import annotations

import shutil
import sys
import unicodedata
from collections.abc import Sequence

from wfinterview.core.framework.text import terminal_safe

# Control characters (a newline in a name, an escape sequence) would break a row or
# drive the terminal: they show as a space.
_GAP = "  "


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[str] = ()
) -> None:
    cells = [list(headers), *([terminal_safe(cell) for cell in row] for row in rows)]
    widths = [max(_width(row[column]) for row in cells) for column in range(len(headers))]
    if sys.stdout.isatty() and sum(widths) + len(_GAP) * (len(widths) - 1) > _columns():
        _print_folded(headers, cells[1:], right)
        return
    aligned_right = [header in right for header in headers]
    lines = []
    for row in cells:
        padded = [
            " " * (width - _width(cell)) + cell if at_right else cell + " " * (width - _width(cell))
            for cell, width, at_right in zip(row, widths, aligned_right, strict=True)
        ]
        lines.append(_GAP.join(padded).rstrip())
    sys.stdout.write("\n".join(lines) + "\n")


def _width(text: str) -> int:
    """Terminal cells: wide (East Asian, most emoji) count two, combining marks none."""
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufe0e\ufe0f":
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


def _columns() -> int:
    return shutil.get_terminal_size().columns


def _print_folded(
    headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[str]
) -> None:
    from rich.console import Console  # only a narrow terminal pays for Rich
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False)
    for header in headers:
        table.add_column(header, justify="right" if header in right else "left", overflow="fold")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    Console(highlight=False).print(table)
