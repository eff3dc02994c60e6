"""The `wfinterview` command: arguments in, core calls or the app out.

Exit status: 0 done, 1 a runtime failure explained in one line, 2 bad usage or input.

Each command's arguments sit beside its handler, in `<command>_arguments(parser)` of the
module named in `COMMANDS`; this file only assembles them. Only the module of the command
being run is imported, so `wfinterview list` never pays for loading Textual or the report.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import NamedTuple, NoReturn

from wfinterview.commands.arguments import Commands, add_global_options
from wfinterview.core.framework.errors import RuntimeFailure, UserError

Handler = Callable[[argparse.Namespace], int]


class Command(NamedTuple):
    name: str
    module: str
    help: str


COMMANDS = (
    Command("new", "app", "open the cockpit on a new interview, timer running"),
    Command("resume", "app", "reopen a session with its notes and elapsed time"),
    Command("team", "team", "who writes in this data folder, and files that need attention"),
    Command("list", "sessions", "print the sessions as a table"),
    Command(
        "recap", "recap", "print a session's recap (the three points), ready to paste into an email"
    ),
    Command(
        "export",
        "synthesis",
        "export sessions: Markdown (Notion), CSV (Airtable), Miro stickies, JSON",
    ),
    Command("report", "synthesis", "write the synthesis report for the client (Markdown or HTML)"),
    Command("search", "search", "find notes by their words across every engagement, best first"),
    Command(
        "validation",
        "plans",
        "print the text that asks one participant to validate the planned changes",
    ),
    Command("raci", "plans", "print an engagement's RACI matrix as Markdown or CSV"),
    Command(
        "demo",
        "synthesis",
        "fill the data dir with realistic generated sessions (ids start with demo-)",
    ),
    Command("agendas", "agendas", "list the agendas you can use; `agendas check` validates files"),
    Command("email", "emails", "print an email to send a participant"),
    Command(
        "transcript",
        "transcript",
        "the call's transcript beside the notes: add, remove, check quotes, find gaps",
    ),
)


# Both parsers are built once per process and reused (argparse keeps nothing of a parse):
# a program that calls `main` many times, as the tests do, pays 6 ms of argparse once.
@functools.cache
def build_parser(*commands: str) -> argparse.ArgumentParser:
    """The parser, with the arguments of the commands named (all of them: `build_parser(*(c.name
    for c in COMMANDS))`): the others are listed with their help, their modules not imported."""
    parser = _OneLineParser(
        prog="wfinterview",
        description="A terminal interview cockpit for the Marketing Workflow Interview Framework.",
        epilog=(
            "Run without a command to open the app on its home screen. Your config.toml, "
            "agendas and writer id are in $WFINTERVIEW_CONFIG_DIR, else your user config "
            "folder (`wfinterview --version` shows the writer id and where it is kept)."
        ),
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="show the version and this installation's writer id, and exit",
    )
    add_global_options(parser)
    parser.set_defaults(handler=_lazy("app", "open_home"), command=None)
    commands_named = set(commands)
    adder = Commands(
        parser.add_subparsers(title="commands", metavar="COMMAND", dest="command"),
    )
    for each in COMMANDS:
        sub = adder.add(each.name, help=each.help)
        if each.name in commands_named:
            arguments = getattr(
                import_module(f"wfinterview.commands.{each.module}"), f"{each.name}_arguments"
            )
            arguments(sub)
    return parser


def _command_named(argv: list[str]) -> str | None:
    """The command in `argv`, found by a parser that knows the commands' names only (its
    commands take no `--help`, so `wfinterview list --help` is answered by the full one)."""
    try:
        known, _ = _names_parser().parse_known_args(argv)
    except _Unparsed:
        return None  # the full parser says what is wrong
    command: str | None = known.command
    return command


@functools.cache
def _names_parser() -> argparse.ArgumentParser:
    light = _QuietParser(add_help=False)
    add_global_options(light)
    light.add_argument("--version", action="store_true")
    light.set_defaults(command=None)
    names = Commands(light.add_subparsers(dest="command"), add_help=False)
    for each in COMMANDS:
        names.add(each.name, help=each.help)
    return light


class _Unparsed(Exception):
    pass


class _OneLineParser(argparse.ArgumentParser):
    """argparse, saying a mistake in one line (exit 2) rather than the usage and then the
    mistake; `--help` shows the usage. Each command's parser is one too (argparse makes a
    command's parser of its parent's class)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}{_hint(message)} (see {self.prog} --help)\n")


def _hint(message: str) -> str:
    """How to give a value argparse took for an option ("-Ana"), when a value is missing:
    argparse cannot tell that from a value left out."""
    if not message.endswith(": expected one argument"):
        return ""
    option = message.removeprefix("argument ").split(":")[0].split("/")[-1]
    return f"; if it starts with '-', write {option}=VALUE" if option[:1] == "-" else ""


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _Unparsed(message)


def _lazy(module: str, function: str) -> Handler:
    # Import the app's code only when it runs.
    def handler(args: argparse.Namespace) -> int:
        return int(getattr(import_module(f"wfinterview.commands.{module}"), function)(args) or 0)

    return handler


def main(argv: Sequence[str] | None = None) -> int:
    # pydantic looks for plugins in every installed package's metadata the first time a
    # model is built (30 ms at start-up); wfinterview uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from wfinterview.commands.output import finish_command, terminal_safe_output

    # Everything printed from here on, argparse's own errors too, is terminal-safe.
    with terminal_safe_output():
        try:
            return _run(sys.argv[1:] if argv is None else list(argv))
        finally:
            finish_command()


def _run(argv: list[str]) -> int:
    if problem := _argument_problem(argv):
        print(f"wfinterview: {problem}", file=sys.stderr)
        return 2
    command = _command_named(argv)
    args = build_parser(*([command] if command else [])).parse_args(argv)
    if args.version:
        args.handler = _lazy("team", "version")
    try:
        return args.handler(args)
    except UserError as error:
        for line in error.lines:
            print(f"wfinterview: {line}", file=sys.stderr)
        return 2
    except RuntimeFailure as error:
        print(f"wfinterview: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"wfinterview: {error.strerror or error}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _argument_problem(argv: list[str]) -> str | None:
    """An argument with a control character in it is refused, not cleaned: the user can
    retype it, and a name quietly changed would be worse than a clear error."""
    from wfinterview.core.framework.text import codepoint, control_problem

    for argument in argv:
        if problem := control_problem(argument, multiline=True):
            shown = argument if len(argument) <= 40 else argument[:39] + "…"
            # On one line: a tab or line break shows as its code point too.
            shown = shown.replace("\t", codepoint("\t")).replace("\n", codepoint("\n"))
            return f"the argument '{shown}' {problem}"
    return None
