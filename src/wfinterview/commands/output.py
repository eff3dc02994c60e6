"""What every command shares: the workspace named by the arguments, and the console.

Everything a command prints goes to a terminal, or to a pipe that a terminal may show
(`| less -R`). Session files travel between people, so a name or a note may carry
`ESC ] 52` (writes the clipboard) or `ESC [ 2J` (clears the screen): while a command
runs, stdout and stderr are wrapped (`terminal_safe_output`) so that every control
character and bidi override that could still reach them shows as `⟨U+001B⟩` instead of
being obeyed. `print`, `sys.stdout.write` and `sys.stderr` need nothing more.

Rich tables write their own styling escapes, so they go to the stream underneath, and
each cell is made safe on its way in (`cell`) instead.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from wfinterview.core.framework.text import terminal_safe

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from wfinterview.core.workspace.workspace import Workspace


_opened: list[Workspace] = []


def workspace(args: argparse.Namespace) -> Workspace:
    # Imported here: the terminal-safe streams below wrap every command, even --help.
    from wfinterview.core.storage.paths import Paths
    from wfinterview.core.workspace.workspace import Workspace

    opened = Workspace(Paths.resolve(getattr(args, "data_dir", None)))
    _opened.append(opened)
    return opened


def finish_command() -> None:
    """Let go of what the command held: the local index's connections (its file stays
    for the next command), and the objects a command froze out of the cycle collector's
    reach (commands/synthesis.py), so that commands run one after another in a process
    (the tests do) leave nothing open behind them."""
    while _opened:
        _opened.pop().close()
    gc.unfreeze()


class TerminalSafeStream(io.TextIOBase):
    """A text stream that passes everything written through `terminal_safe`."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # a property on TextIOBase too
        return getattr(self.raw, "encoding", None) or "utf-8"


@contextlib.contextmanager
def terminal_safe_output() -> Iterator[None]:
    """stdout and stderr made terminal-safe for as long as the block runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafeStream(sys.stdout), TerminalSafeStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def raw_stdout() -> TextIO:
    """The stream under the terminal-safe wrapper: for writers that escape their own text."""
    stream = sys.stdout
    return stream.raw if isinstance(stream, TerminalSafeStream) else stream


def console() -> Console:
    """Rich output for a terminal; on a pipe, tables keep their natural width instead of
    folding at 80 columns, so scripts and `grep` see one row per line.

    Put text in it only through `cell`: it writes past the terminal-safe wrapper.
    """
    from rich.console import Console  # only the commands that print tables pay for it

    out = raw_stdout()
    return Console(file=out, highlight=False, width=None if out.isatty() else 10_000)


def cell(text: str) -> Text:
    """A table cell showing `text` as it is: no Rich markup, nothing a terminal obeys."""
    from rich.text import Text

    return Text(terminal_safe(text))
