"""`wfinterview agendas` and `wfinterview agendas check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wfinterview.commands.arguments import subcommands
from wfinterview.commands.output import workspace
from wfinterview.commands.table import print_table
from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.setup.agenda_lint import lint_agenda
from wfinterview.core.setup.agendas import parse_agenda_file


def list_agendas(args: argparse.Namespace) -> int:
    catalog = workspace(args).catalog
    rows = []
    for agenda_id in catalog.ids():
        entry = catalog.entries[agenda_id]
        source = "built-in" if entry.origin == "built-in" else str(entry.path)
        rows.append((agenda_id, entry.file.title, entry.file.role, str(entry.file.minutes), source))
    print_table(("ID", "TITLE", "ROLE", "MIN", "SOURCE"), rows, right=("MIN",))
    _report(catalog.problems)
    return 0


def check_agendas(args: argparse.Namespace) -> int:
    catalog = workspace(args).catalog
    failed = False
    for path in args.paths:
        try:
            entry = parse_agenda_file(path)
            agenda = catalog.resolve(entry)
        except FileProblem as problem:
            failed = True
            _report([problem])
            continue
        warnings = lint_agenda(entry, agenda)
        for warning in warnings:
            print(warning)
        if not warnings:
            print(f"{path}: ok ({agenda.id}: {len(agenda.steps)} steps, {agenda.minutes} min)")
    return 2 if failed else 0


def _report(problems: list[FileProblem]) -> None:
    for problem in problems:
        for line in problem.lines:
            print(f"wfinterview: {line}", file=sys.stderr)


def agendas_arguments(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(handler=list_agendas)
    commands = subcommands(parser, "agenda commands", metavar="COMMAND", required=False)
    check = commands.add("check", help="validate agenda files and print facilitation warnings")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.set_defaults(handler=check_agendas)
