"""`wfinterview validation` and `wfinterview raci`: the plan, for the people it touches."""

from __future__ import annotations

import argparse
import sys

from wfinterview.commands.output import workspace
from wfinterview.commands.synthesis import Warnings, require_engagement
from wfinterview.core.outputs.names import unknown_name
from wfinterview.core.outputs.plans import raci_csv, raci_markdown
from wfinterview.core.plan.raci import raci_problems
from wfinterview.core.plan.validation import validation_text


def validation(args: argparse.Namespace) -> int:
    work = workspace(args)
    corpus, problems = work.load_corpus()
    warnings = Warnings()
    for problem in problems:
        warnings.add(f"skipped {problem}")
    require_engagement(corpus, args.engagement)
    plan = work.engagements.load(args.engagement)
    print(
        validation_text(
            args.participant,
            args.engagement,
            plan.actions,
            corpus.sessions,
            work.config.facilitator,  # else the sessions' facilitator signs
            work.paths.user_templates_dir,
        ),
        end="",
    )
    return warnings.finish()


def raci(args: argparse.Namespace) -> int:
    work = workspace(args)
    if not work.engagements.exists(args.engagement):
        # No file for this name: a typo ("Acme Retal") or an engagement with no plan yet.
        corpus, _ = work.load_corpus()
        if args.engagement not in corpus.engagements():
            require_engagement(corpus, args.engagement)
    plan = work.engagements.load(args.engagement)
    matrix = plan.matrix(args.name)
    if matrix is None:
        raise unknown_name(
            f"no RACI matrix '{args.name}' in '{args.engagement}'",
            args.name,
            [m.name for m in plan.raci],
            "matrices",
        )
    print(raci_csv(matrix) if args.format == "csv" else raci_markdown(matrix), end="")
    for problem in raci_problems(matrix):
        print(f"wfinterview: warning: {problem}", file=sys.stderr)
    return 0


def validation_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--engagement", required=True, metavar="NAME")
    parser.add_argument("--participant", required=True, metavar="NAME")
    parser.set_defaults(handler=validation)


def raci_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--engagement", required=True, metavar="NAME")
    parser.add_argument("--name", required=True, metavar="MATRIX", help='e.g. "campaign launch"')
    parser.add_argument("--format", choices=("md", "csv"), default="md")
    parser.set_defaults(handler=raci)
