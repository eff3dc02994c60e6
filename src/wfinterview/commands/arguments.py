"""What every command's arguments share: the global options, nested commands that take them
too, and the checks of numbers given on the command line.

Each command's own arguments sit beside its handler, in a `<command>_arguments(parser)`
function of its module under `commands/`; `cli.py` only assembles them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_global_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    """`--data-dir` and `--ascii`, on the main parser and (with `argparse.SUPPRESS`, so a
    command never resets what was given before it) on every command."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="where sessions live (default: $WFINTERVIEW_DATA_DIR, else your user data folder)",
    )
    parser.add_argument(
        "--ascii",
        action="store_true",
        default=default if default is argparse.SUPPRESS else False,
        help="show tag labels instead of emoji (terminals without emoji)",
    )


def global_options() -> argparse.ArgumentParser:
    """A parent parser that gives a command the global options: they work after a command
    too (`wfinterview list --data-dir X`)."""
    common = argparse.ArgumentParser(add_help=False)
    add_global_options(common, default=argparse.SUPPRESS)
    return common


class Commands:
    """Adds commands that all take the global options, at any depth."""

    def __init__(
        self,
        subparsers: argparse._SubParsersAction[Any],
        *,
        add_help: bool = True,
    ) -> None:
        self._subparsers = subparsers
        self._common = global_options()
        self._add_help = add_help

    def add(self, name: str, help: str) -> argparse.ArgumentParser:
        return self._subparsers.add_parser(
            name, help=help, parents=[self._common], add_help=self._add_help
        )


def subcommands(
    parser: argparse.ArgumentParser, title: str, *, metavar: str, required: bool
) -> Commands:
    """Commands under a command (`wfinterview email pre`), with the global options too."""
    return Commands(parser.add_subparsers(title=title, metavar=metavar, required=required))


def minutes(text: str) -> int:
    """A planned length in whole minutes, 1 to 600."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of minutes") from None
    if not 1 <= value <= 600:
        raise argparse.ArgumentTypeError("minutes must be between 1 and 600")
    return value


def bounded(what: str, low: int, high: int) -> Callable[[str], int]:
    """A whole number from `low` to `high`; the error names `what`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be between {low} and {high}")
        return value

    return parse
