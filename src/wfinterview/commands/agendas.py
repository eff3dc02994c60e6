"""`wfinterview agendas` and `wfinterview agendas check`."""

from __future__ import annotations

import argparse
import sys

from rich.table import Table

from wfinterview.commands.output import cell, console, workspace
from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.setup.agenda_lint import lint_agenda
from wfinterview.core.setup.agendas import parse_agenda_file


def list_agendas(args: argparse.Namespace) -> int:
    catalog = workspace(args).catalog
    table = Table(box=None, pad_edge=False)
    for column in ("ID", "TITLE", "ROLE", "MIN", "SOURCE"):
        table.add_column(column, justify="right" if column == "MIN" else "left")
    for agenda_id in catalog.ids():
        entry = catalog.entries[agenda_id]
        source = "built-in" if entry.origin == "built-in" else str(entry.path)
        table.add_row(
            cell(agenda_id),
            cell(entry.file.title),
            cell(entry.file.role),
            str(entry.file.minutes),
            cell(source),
        )
    console().print(table)
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
