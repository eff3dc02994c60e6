"""What every command shares: the workspace named by the arguments, and the console."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace

if TYPE_CHECKING:
    from rich.console import Console


def workspace(args: argparse.Namespace) -> Workspace:
    return Workspace(Paths.resolve(getattr(args, "data_dir", None)))


def console() -> Console:
    """Rich output for a terminal; on a pipe, tables keep their natural width instead of
    folding at 80 columns, so scripts and `grep` see one row per line."""
    from rich.console import Console  # only the commands that print tables pay for it

    return Console(highlight=False, width=None if sys.stdout.isatty() else 10_000)
