"""`wfinterview email pre`."""

from __future__ import annotations

import argparse

from wfinterview.commands.context import Context
from wfinterview.core.emails import pre_interview_email


def pre_interview(args: argparse.Namespace) -> int:
    context = Context.from_args(args)
    agenda = context.catalog.get_by_id_or_path(args.agenda)
    text = pre_interview_email(
        agenda, args.participant, args.when, context.config.facilitator, context.paths.user_templates_dir
    )
    print(text, end="")
    return 0
