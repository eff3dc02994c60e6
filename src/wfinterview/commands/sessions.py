"""`wfinterview list`."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from rich.table import Table

from wfinterview.commands.output import cell, console, workspace
from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.models import Session
from wfinterview.core.interview.clock import mmss
from wfinterview.core.interview.recap import recap_sent
from wfinterview.core.storage.store import SessionFileProblem


def list_sessions(args: argparse.Namespace) -> int:
    work = workspace(args)
    tags = work.config.all_tags()
    ascii_only = args.ascii or work.config.ascii
    result = work.store.load_all()
    report_problems(result.problems)
    if not result.sessions:
        print(
            f"No sessions yet in {work.paths.sessions_dir}. Start one with `wfinterview new` or "
            "`wfinterview demo`."
        )
        return 0
    table = Table(box=None, pad_edge=False)
    for column in (
        "ID",
        "PARTICIPANT",
        "ROLE",
        "ENGAGEMENT",
        "DATE",
        "LENGTH",
        "NOTES",
        "TAGS",
        "STATUS",
    ):
        table.add_column(
            column, justify="right" if column in ("LENGTH", "NOTES") else "left", overflow="fold"
        )
    for session in result.sessions:
        table.add_row(
            cell(session.id),
            cell(session.participant.name),
            cell(session.participant.role),
            cell(session.engagement),
            f"{session.started_at:%Y-%m-%d %H:%M}",
            f"{mmss(session.elapsed_seconds)}/{session.planned_minutes}m",
            str(len(session.notes)),
            cell(tag_counts(session, tags, ascii_only)),
            status_text(session),
        )
    console().print(table)
    return 0


def tag_counts(session: Session, tags: tuple[Tag, ...], ascii_only: bool) -> str:
    counts = Counter(tag for note in session.notes for tag in note.tags)
    return " ".join(f"{tag.badge(ascii_only)}{counts[tag.key]}" for tag in tags if counts[tag.key])


def status_text(session: Session) -> str:
    if not session.finished:
        return "open"
    if recap_sent(session.recap):
        return "recap sent"
    return "ended"


def report_problems(problems: list[SessionFileProblem]) -> None:
    """Say which files were skipped, on stderr so tables and exports stay clean."""
    for problem in problems:
        print(f"wfinterview: skipped {problem}", file=sys.stderr)
