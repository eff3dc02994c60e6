"""`wfinterview search`: notes found by their words across every engagement, best first.

Each hit says who said it (name and role), where (engagement, round, step) and when (the
day of the interview and how far into it), then the note. Notes come from other people's
files: everything printed is made terminal-safe (core/framework/text.py).
"""

from __future__ import annotations

import argparse
import sys

from wfinterview.commands.arguments import bounded
from wfinterview.commands.output import workspace
from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.interview.clock import mmss
from wfinterview.core.outputs.names import unknown_name
from wfinterview.core.workspace.index.search import Found, Hit, search
from wfinterview.core.workspace.workspace import Workspace


def search_notes(args: argparse.Namespace) -> int:
    work = workspace(args)
    if args.tag is not None:
        keys = [tag.key for tag in work.config.all_tags()]
        if args.tag not in keys:
            raise unknown_name(f"no tag '{args.tag}'", args.tag, keys, "tags")
    found, snap = search(
        work.index,
        args.query,
        engagement=args.engagement,
        role=args.role,
        tag=args.tag,
        limit=args.limit,
    )
    for line in work.index_notices():
        print(f"wfinterview: {line}", file=sys.stderr)
    for problem in snap.problems:
        print(f"wfinterview: skipped {problem}", file=sys.stderr)
    if not found.total and (args.engagement is not None or args.role is not None):
        _check_names(work, args)
    print(_heading(found, args.query))
    for hit in found.hits:
        print()
        print(_where(hit))
        for line in hit.text.splitlines() or [""]:
            print(f"    {terminal_safe(line)}")
    if found.total > len(found.hits):
        print(f"\n(the best {len(found.hits)} of {found.total}; --limit N shows more)")
    return 1 if snap.problems else 0


def _heading(found: Found, query: str) -> str:
    shown = terminal_safe(query)
    if not found.total:
        return f"No notes match {shown!r}."
    notes = "1 note matches" if found.total == 1 else f"{found.total} notes match"
    return f"{notes} {shown!r}, best first:"


def _where(hit: Hit) -> str:
    parts = [
        hit.participant,
        hit.role,
        hit.engagement or "(no engagement)",
        f"round {hit.round}",
        hit.step_title,
        f"{hit.started_at:%Y-%m-%d %H:%M} +{mmss(hit.at)}",
    ]
    return terminal_safe(" · ".join(parts))


def _check_names(work: Workspace, args: argparse.Namespace) -> None:
    """Nothing found: an --engagement or --role that names nothing is exit 2, with the
    close matches, rather than a silent "no notes"."""
    sessions = work.list_sessions().sessions
    for given, known, what in (
        (args.engagement, {s.engagement for s in sessions}, "engagements"),
        (args.role, {s.role for s in sessions}, "roles"),
    ):
        if given is not None and given not in known:
            raise unknown_name(f"no sessions with the {what[:-1]} '{given}'", given, known, what)


def search_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        help='words (all of them), "a phrase" in quotes, or the start of a word and * (legal*)',
    )
    parser.add_argument("--engagement", metavar="NAME", help="only this engagement's notes")
    parser.add_argument("--tag", metavar="KEY", help="only notes with this tag (e.g. approval_lag)")
    parser.add_argument("--role", metavar="ROLE", help="only notes of people in this role")
    parser.add_argument(
        "--limit",
        type=bounded("limit", 1, 10_000),
        default=20,
        metavar="N",
        help="show the best N notes (default: 20)",
    )
    parser.set_defaults(handler=search_notes)
