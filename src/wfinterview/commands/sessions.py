"""`wfinterview list`: the sessions as home shows them, one per line, fitted to the terminal.

At 80 columns the tags, the length, the time of day and the role go first, in that order,
then names are cut with "…"; the id (what `recap` and `resume` take) is never cut. A
session's state is said in home's words (core/workspace/session_state.py).
"""

from __future__ import annotations

import argparse
import sys

from wfinterview.commands.output import workspace
from wfinterview.commands.table import print_table
from wfinterview.core.framework.content import Tag
from wfinterview.core.interview.clock import mmss
from wfinterview.core.storage.store import SessionFileProblem
from wfinterview.core.workspace.listing import SessionSummary
from wfinterview.core.workspace.session_state import session_state

COLUMNS = (
    "ID",
    "PARTICIPANT",
    "ROLE",
    "ENGAGEMENT",
    "DATE",
    "TIME",
    "LENGTH",
    "NOTES",
    "TAGS",
    "STATE",
)


def list_sessions(args: argparse.Namespace) -> int:
    work = workspace(args)
    tags = work.config.all_tags()
    ascii_only = args.ascii or work.config.ascii
    result = work.list_sessions()
    for notice in work.index_notices():  # a damaged local index was rebuilt
        print(f"wfinterview: {notice}", file=sys.stderr)
    report_problems(result.problems)
    if not result.sessions:
        print(
            f"No sessions yet in {work.paths.sessions_dir}. Start one with `wfinterview new` or "
            "`wfinterview demo`."
        )
        return 0
    rows = [
        (
            session.id,
            session.participant,
            session.role,
            session.engagement,
            f"{session.started_at:%Y-%m-%d}",
            f"{session.started_at:%H:%M}",
            f"{mmss(session.elapsed_seconds)}/{session.planned_minutes}m",
            str(session.notes),
            tag_counts(session, tags, ascii_only),
            session_state(session, work.paths.writer).label(ascii_only),
        )
        for session in result.sessions
    ]
    print_table(
        COLUMNS,
        rows,
        right=("LENGTH", "NOTES"),
        cut=("PARTICIPANT", "ROLE", "ENGAGEMENT", "TAGS"),
        drop=("TAGS", "LENGTH", "TIME", "ROLE", "NOTES"),
    )
    return 0


def tag_counts(session: SessionSummary, tags: tuple[Tag, ...], ascii_only: bool) -> str:
    counts = session.tag_counts
    return " ".join(
        f"{tag.badge(ascii_only)}{counts[tag.key]}" for tag in tags if counts.get(tag.key)
    )


def report_problems(problems: list[SessionFileProblem]) -> None:
    """Say which files were skipped, on stderr so tables and exports stay clean."""
    for problem in problems:
        print(f"wfinterview: skipped {problem}", file=sys.stderr)


def list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(handler=list_sessions)
