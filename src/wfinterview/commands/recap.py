"""`wfinterview recap SESSION_ID`."""

from __future__ import annotations

import argparse

from wfinterview.commands.output import workspace
from wfinterview.core.interview.recap import format_recap, recap_for


def print_recap(args: argparse.Namespace) -> int:
    session = workspace(args).store.load(args.session_id)
    print(format_recap(recap_for(session), markdown=args.format == "md"), end="")
    return 0


def recap_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session_id", metavar="SESSION_ID")
    parser.add_argument(
        "--format", choices=("text", "md"), default="text", help="plain text (default) or Markdown"
    )
    parser.set_defaults(handler=print_recap)
