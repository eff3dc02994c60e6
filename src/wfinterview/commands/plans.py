"""`wfinterview validation` and `wfinterview raci`: the plan, for the people it touches."""

from __future__ import annotations

import argparse
import sys

from wfinterview.commands.output import workspace
from wfinterview.commands.sessions import report_problems
from wfinterview.core.framework.errors import UserError
from wfinterview.core.outputs.plans import raci_csv, raci_markdown
from wfinterview.core.plan.raci import raci_problems
from wfinterview.core.plan.validation import validation_text
from wfinterview.core.workspace.workspace import check_engagement


def validation(args: argparse.Namespace) -> int:
    work = workspace(args)
    corpus, problems = work.load_corpus()
    report_problems(problems)
    check_engagement(corpus, args.engagement)
    plan = work.engagements.load(args.engagement)
    facilitator = work.config.facilitator
    print(
        validation_text(
            args.participant,
            args.engagement,
            plan.actions,
            corpus.sessions,
            facilitator,
            work.paths.user_templates_dir,
        ),
        end="",
    )
    return 0


def raci(args: argparse.Namespace) -> int:
    work = workspace(args)
    plan = work.engagements.load(args.engagement)
    matrix = plan.matrix(args.name)
    if matrix is None:
        known = ", ".join(f"'{m.name}'" for m in plan.raci) or "none yet"
        raise UserError(f"no RACI matrix '{args.name}' in '{args.engagement}' (matrices: {known})")
    print(raci_csv(matrix) if args.format == "csv" else raci_markdown(matrix), end="")
    for problem in raci_problems(matrix):
        print(f"wfinterview: warning: {problem}", file=sys.stderr)
    return 0
