"""`wfinterview email pre` and `wfinterview email recap`."""

from __future__ import annotations

import argparse

from wfinterview.commands.arguments import subcommands
from wfinterview.commands.output import workspace
from wfinterview.core.interview.emails import pre_interview_email, recap_email
from wfinterview.core.interview.recap import recap_for


def pre_interview(args: argparse.Namespace) -> int:
    work = workspace(args)
    agenda = work.catalog.get_by_id_or_path(args.agenda)
    text = pre_interview_email(
        agenda, args.participant, args.when, work.config.facilitator, work.paths.user_templates_dir
    )
    print(text, end="")
    return 0


def recap(args: argparse.Namespace) -> int:
    work = workspace(args)
    session = work.store.load(args.session_id)
    print(
        recap_email(
            session, recap_for(session), work.config.facilitator, work.paths.user_templates_dir
        ),
        end="",
    )
    return 0


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
