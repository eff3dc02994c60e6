"""The commands that open the app: home, `new` and `resume`.

Everything that can be wrong with the arguments (unknown agenda, session open
elsewhere, unreadable file) is found before the screen takes over the terminal, so it
ends as a one-line error and exit status 2.
"""

from __future__ import annotations

import argparse

from wfinterview.commands.arguments import bounded, minutes
from wfinterview.commands.output import workspace
from wfinterview.core.framework.models import Session
from wfinterview.core.storage.lock import SessionLock
from wfinterview.core.storage.state import read_state
from wfinterview.core.workspace.opening import reopen_interview, start_interview
from wfinterview.core.workspace.workspace import Workspace


def open_home(args: argparse.Namespace) -> int:
    return _run(workspace(args), args.ascii)


def open_new(args: argparse.Namespace) -> int:
    work = workspace(args)
    agenda = work.catalog.get_by_id_or_path(args.agenda)
    engagement = args.engagement
    if engagement is None:
        engagement = read_state(work.paths.state_file).get("engagement", "")
    started = start_interview(work, agenda, args.participant, engagement, args.minutes, args.round)
    return _run(work, args.ascii, started)


def open_resume(args: argparse.Namespace) -> int:
    work = workspace(args)
    return _run(work, args.ascii, reopen_interview(work, args.session_id))


def _run(
    work: Workspace, ascii_only: bool, cockpit: tuple[Session, SessionLock] | None = None
) -> int:
    from wfinterview.tui.app import InterviewApp

    InterviewApp(work, ascii_only=ascii_only, cockpit=cockpit).run()
    return 0


def new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--agenda",
        required=True,
        metavar="ID_OR_PATH",
        help="agenda id (see `wfinterview agendas`) or a .toml file",
    )
    parser.add_argument("--participant", required=True, metavar="NAME")
    parser.add_argument(
        "--engagement", metavar="NAME", help="default: the engagement you used last time"
    )
    parser.add_argument(
        "--minutes", type=minutes, metavar="N", help="planned length (default: the agenda's)"
    )
    parser.add_argument(
        "--round",
        type=bounded("the round", 1, 99),
        metavar="N",
        help="the engagement's interview round (default: its latest; 1 for a new one)",
    )
    parser.set_defaults(handler=open_new)


def resume_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "session_id", nargs="?", metavar="SESSION_ID", help="default: the latest unfinished session"
    )
    parser.set_defaults(handler=open_resume)
