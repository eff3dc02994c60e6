"""Aligned plain-text tables for `list`, `team` and `agendas`, without loading Rich.

Rendering a thousand rows through Rich took longer than reading the sessions; these
tables are plain columns two spaces apart, one row per line, so scripts and `grep` see
one row per line. A table fits the terminal's width (`COLUMNS`, or 80 where the output
is not a terminal): first the columns a command marks as droppable go, in its order,
then the columns it marks as cuttable are cut, each cell ending in "…" when it is
(core/framework/text.py `clip`, the rule every screen follows). A column that is neither
(an id a script passes back) is never cut.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence

from wfinterview.core.framework.text import cell_width, clip, terminal_safe

_GAP = "  "
# A cuttable column is not cut below this while a droppable column can still go instead.
_READABLE = 12
_NARROWEST = 4


def print_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    right: Sequence[str] = (),
    cut: Sequence[str] = (),
    drop: Sequence[str] = (),
) -> None:
    """Print `rows` under `headers`, fitted to the terminal's width.

    Args:
        right: headers of the columns aligned right.
        cut: headers of the columns that may be cut with "…" to fit.
        drop: headers of the columns that may be left out to fit, the first to go first.
    """
    # Control characters (a newline in a name, an escape sequence) would break a row or
    # drive the terminal: they show as their code point.
    cells = [list(headers), *([terminal_safe(cell) for cell in row] for row in rows)]
    natural = [max(_width(row[column]) for row in cells) for column in range(len(headers))]
    shown, widths = fit(list(headers), natural, _columns(), cut, drop)
    lines = []
    for row in cells:
        padded = []
        for column in shown:
            text, width = row[column], widths[column]
            if _width(text) > width:
                text = clip(text, width)
            pad = " " * (width - _width(text))
            padded.append(pad + text if headers[column] in right else text + pad)
        lines.append(_GAP.join(padded).rstrip())
    sys.stdout.write("\n".join(lines) + "\n")


def fit(
    headers: list[str], natural: list[int], room: int, cut: Sequence[str], drop: Sequence[str]
) -> tuple[list[int], list[int]]:
    """Which columns to show, in order, and each column's width, to fit `room` cells."""
    shown = list(range(len(headers)))
    widths = list(natural)

    def total(least: int = 0) -> int:
        return sum(
            min(widths[c], least) if least and headers[c] in cut else widths[c] for c in shown
        ) + len(_GAP) * (len(shown) - 1)

    for header in drop:
        if total(_READABLE) <= room:
            break
        if header in headers:
            shown.remove(headers.index(header))
    cuttable = [c for c in shown if headers[c] in cut]
    while total() > room:
        widest = max(cuttable, key=lambda c: widths[c], default=None)
        if widest is None or widths[widest] <= _NARROWEST:
            break  # narrower than any table can be: the rows run over, whole
        widths[widest] -= 1
    return shown, widths


def _width(text: str) -> int:
    """Terminal cells: wide (East Asian, most emoji) count two, combining marks none."""
    return cell_width(text)


def _columns() -> int:
    # COLUMNS first, then the terminal; 80 where there is neither (a pipe, a file).
    return shutil.get_terminal_size().columns
