"""`wfinterview team` and `wfinterview --version`: who writes in this data folder."""

from __future__ import annotations

import argparse

from wfinterview import __version__
from wfinterview.commands.output import workspace
from wfinterview.commands.table import print_table
from wfinterview.core.storage.paths import Paths

COLUMNS = ("WRITER", "SESSIONS", "PLAN EDITS", "LAST CHANGE")


def version(args: argparse.Namespace) -> int:
    paths = Paths.resolve(args.data_dir)
    print(f"wfinterview {__version__}")
    print(f"writer {paths.writer} ({paths.config_dir / 'writer.toml'})")
    return 0


def show_team(args: argparse.Namespace) -> int:
    from wfinterview.core.workspace.team import team

    work = workspace(args)
    seen = team(work)
    print(f"You write as {seen.me} in {work.paths.data_dir}.")
    print()
    rows = [
        (
            writer.writer + (" (you)" if writer.writer == seen.me else "")
            if writer.writer
            else "(before team sync)",
            str(writer.sessions),
            str(writer.edits),
            f"{writer.last_change:%Y-%m-%d %H:%M}" if writer.last_change else "-",
        )
        for writer in seen.writers
    ]
    print_table(COLUMNS, rows)
    if seen.attention:
        print()
        print("Needs attention:")
        for line in seen.attention:
            print(f"  {line}")
    return 0


def team_arguments(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(handler=show_team)
