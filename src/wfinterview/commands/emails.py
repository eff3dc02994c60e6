"""`wfinterview email pre` and `wfinterview email recap`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wfinterview.commands.arguments import subcommands
from wfinterview.commands.output import workspace
from wfinterview.commands.recap import verified_quotes
from wfinterview.core.interview.emails import (
    pre_interview_email,
    recap_email,
    recap_signer,
    signer,
    unsigned_hint,
)
from wfinterview.core.interview.recap import recap_for


def pre_interview(args: argparse.Namespace) -> int:
    work = workspace(args)
    agenda = work.catalog.get_by_id_or_path(args.agenda)
    facilitator = work.config.facilitator
    text = pre_interview_email(
        agenda, args.participant, args.when, facilitator, work.paths.user_templates_dir
    )
    print(text, end="")
    _say_how_to_sign(signer(facilitator), work.paths.config_file)
    return 0


def recap(args: argparse.Namespace) -> int:
    work = workspace(args)
    session = work.store.load(args.session_id)
    facilitator = work.config.facilitator
    print(
        recap_email(
            session,
            recap_for(session, verified_quotes(work, session)),
            facilitator,
            work.paths.user_templates_dir,
        ),
        end="",
    )
    _say_how_to_sign(recap_signer(session, facilitator), work.paths.config_file)
    return 0


def _say_how_to_sign(signed_by: str, config_file: Path) -> None:
    """The email is printed all the same: the hint goes to stderr, out of a pipe's way."""
    if hint := unsigned_hint(signed_by, config_file):
        print(f"wfinterview: {hint}", file=sys.stderr)


def email_arguments(parser: argparse.ArgumentParser) -> None:
    kinds = subcommands(parser, "emails", metavar="KIND", required=True)
    pre = kinds.add("pre", help="the pre-interview email, sent ~24 hours before")
    pre.add_argument("--agenda", required=True, metavar="ID")
    pre.add_argument("--participant", required=True, metavar="NAME")
    pre.add_argument("--when", default="", metavar="TEXT", help='e.g. "Tue 10:00"')
    pre.set_defaults(handler=pre_interview)
    after = kinds.add("recap", help="the same-day recap as an email, ready to send")
    after.add_argument("session_id", metavar="SESSION_ID")
    after.set_defaults(handler=recap)
