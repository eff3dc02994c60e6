"""`wfinterview recap SESSION_ID`."""

from __future__ import annotations

import argparse
import sys

from wfinterview.commands.output import workspace
from wfinterview.core.framework.models import Session
from wfinterview.core.interview.recap import format_recap, recap_for
from wfinterview.core.transcript.store import TranscriptStore
from wfinterview.core.workspace.workspace import Workspace


def print_recap(args: argparse.Namespace) -> int:
    work = workspace(args)
    session = work.store.load(args.session_id)
    recap = recap_for(session, verified_quotes(work, session))
    print(format_recap(recap, markdown=args.format == "md"), end="")
    return 0


def verified_quotes(work: Workspace, session: Session) -> frozenset[str]:
    """The quotes the call's transcript confirms, which a drafted recap leads with; a
    transcript that cannot be read is said in one line on stderr and left out."""
    verified, problem = TranscriptStore(work.paths.data_dir).verified_quotes(session)
    if problem:
        print(f"wfinterview: drafted without the transcript: {problem}", file=sys.stderr)
    return verified


def recap_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session_id", metavar="SESSION_ID")
    parser.add_argument(
        "--format", choices=("text", "md"), default="text", help="plain text (default) or Markdown"
    )
    parser.set_defaults(handler=print_recap)
