"""The `wfinterview` command: arguments in, core calls or the app out.

Exit status: 0 done, 1 a runtime failure explained in one line, 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from wfinterview.core.framework.errors import RuntimeFailure, UserError

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    _add_global_options(parser, default=None)
    parser.set_defaults(handler=_lazy("wfinterview.commands.app", "open_home"))
    # The global options work after a command too (`wfinterview list --data-dir X`);
    # SUPPRESS keeps a subcommand from resetting what was given before it.
    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, default=argparse.SUPPRESS)
    commands = _CommandAdder(parser.add_subparsers(title="commands", metavar="COMMAND"), common)

    new = commands.add_parser("new", help="open the cockpit on a new interview, timer running")
    new.add_argument(
        "--agenda",
        required=True,
        metavar="ID_OR_PATH",
        help="agenda id (see `wfinterview agendas`) or a .toml file",
    )
    new.add_argument("--participant", required=True, metavar="NAME")
    new.add_argument(
        "--engagement", metavar="NAME", help="default: the engagement you used last time"
    )
    new.add_argument(
        "--minutes", type=_minutes, metavar="N", help="planned length (default: the agenda's)"
    )
    new.add_argument(
        "--round",
        type=_bounded("the round", 1, 99),
        metavar="N",
        help="the engagement's interview round (default: its latest; 1 for a new one)",
    )
    new.set_defaults(handler=_lazy("wfinterview.commands.app", "open_new"))

    resume = commands.add_parser("resume", help="reopen a session with its notes and elapsed time")
    resume.add_argument(
        "session_id", nargs="?", metavar="SESSION_ID", help="default: the latest unfinished session"
    )
    resume.set_defaults(handler=_lazy("wfinterview.commands.app", "open_resume"))

    team = commands.add_parser(
        "team", help="who writes in this data folder, and files that need attention"
    )
    team.set_defaults(handler=_lazy("wfinterview.commands.team", "show_team"))

    listing = commands.add_parser("list", help="print the sessions as a table")
    listing.set_defaults(handler=_lazy("wfinterview.commands.sessions", "list_sessions"))

    recap = commands.add_parser(
        "recap", help="print a session's recap (the three points), ready to paste into an email"
    )
    recap.add_argument("session_id", metavar="SESSION_ID")
    recap.add_argument(
        "--format", choices=("text", "md"), default="text", help="plain text (default) or Markdown"
    )
    recap.set_defaults(handler=_lazy("wfinterview.commands.recap", "print_recap"))

    export = commands.add_parser(
        "export", help="export sessions: Markdown (Notion), CSV (Airtable), Miro stickies, JSON"
    )
    export.add_argument(
        "--format",
        required=True,
        choices=("md", "csv", "json", "miro", "airtable"),
        help="airtable: linked tables in the folder --out names; miro: one board per engagement",
    )
    export.add_argument(
        "--excel", action="store_true", help="CSV that Excel reads as UTF-8 (with a BOM)"
    )
    export.add_argument(
        "--anonymize",
        action="store_true",
        help="P01, P02… instead of names, everywhere (texts too)",
    )
    export.add_argument("--engagement", metavar="NAME", help="only this engagement's sessions")
    export.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="write to a file, or a folder for airtable (default: standard output)",
    )
    export.set_defaults(handler=_lazy("wfinterview.commands.synthesis", "export"))

    report = commands.add_parser(
        "report", help="write the synthesis report for the client (Markdown or HTML)"
    )
    report.add_argument(
        "--format",
        choices=("md", "html"),
        default="md",
        help="md (default, for Notion) or html (one self-contained page, prints to PDF)",
    )
    report.add_argument(
        "--internal", action="store_true", help="include your open follow-ups (not for clients)"
    )
    report.add_argument("--engagement", metavar="NAME", help="only this engagement (default: all)")
    report.add_argument(
        "--anonymize", action="store_true", help="P01, P02… instead of names, everywhere"
    )
    report.add_argument(
        "--out", type=Path, metavar="PATH", help="write to a file (default: standard output)"
    )
    report.set_defaults(handler=_lazy("wfinterview.commands.synthesis", "report"))

    validation = commands.add_parser(
        "validation",
        help="print the text that asks one participant to validate the planned changes",
    )
    validation.add_argument("--engagement", required=True, metavar="NAME")
    validation.add_argument("--participant", required=True, metavar="NAME")
    validation.set_defaults(handler=_lazy("wfinterview.commands.plans", "validation"))

    raci = commands.add_parser("raci", help="print an engagement's RACI matrix as Markdown or CSV")
    raci.add_argument("--engagement", required=True, metavar="NAME")
    raci.add_argument("--name", required=True, metavar="MATRIX", help='e.g. "campaign launch"')
    raci.add_argument("--format", choices=("md", "csv"), default="md")
    raci.set_defaults(handler=_lazy("wfinterview.commands.plans", "raci"))

    demo = commands.add_parser(
        "demo", help="fill the data dir with realistic generated sessions (ids start with demo-)"
    )
    demo.add_argument(
        "--sessions",
        type=_bounded("sessions", 1, 100_000),
        default=24,
        metavar="N",
        help="default: 24",
    )
    demo.add_argument(
        "--notes-per-session",
        type=_bounded("notes per session", 0, 2_000),
        default=30,
        metavar="M",
        help="default: 30",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="the same seed gives the same sessions (default: 1)",
    )
    demo.set_defaults(handler=_lazy("wfinterview.commands.synthesis", "demo"))

    agendas = commands.add_parser(
        "agendas", help="list the agendas you can use; `agendas check` validates files"
    )
    agendas.set_defaults(handler=_lazy("wfinterview.commands.agendas", "list_agendas"))
    agenda_commands = _CommandAdder(
        agendas.add_subparsers(title="agenda commands", metavar="COMMAND"), common
    )
    check = agenda_commands.add_parser(
        "check", help="validate agenda files and print facilitation warnings"
    )
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.set_defaults(handler=_lazy("wfinterview.commands.agendas", "check_agendas"))

    email = commands.add_parser("email", help="print an email to send a participant")
    email_kinds = _CommandAdder(
        email.add_subparsers(title="emails", metavar="KIND", required=True), common
    )
    pre = email_kinds.add_parser("pre", help="the pre-interview email, sent ~24 hours before")
    pre.add_argument("--agenda", required=True, metavar="ID")
    pre.add_argument("--participant", required=True, metavar="NAME")
    pre.add_argument("--when", default="", metavar="TEXT", help='e.g. "Tue 10:00"')
    pre.set_defaults(handler=_lazy("wfinterview.commands.emails", "pre_interview"))
    recap_email = email_kinds.add_parser(
        "recap", help="the same-day recap as an email, ready to send"
    )
    recap_email.add_argument("session_id", metavar="SESSION_ID")
    recap_email.set_defaults(handler=_lazy("wfinterview.commands.emails", "recap"))
    return parser


def _add_global_options(parser: argparse.ArgumentParser, default: object) -> None:
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


class _CommandAdder:
    """add_parser that gives every command, at every depth, the global options."""

    def __init__(
        self, subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser
    ) -> None:
        self._subparsers = subparsers
        self._common = common

    def add_parser(self, name: str, **kwargs: object) -> argparse.ArgumentParser:
        return self._subparsers.add_parser(name, parents=[self._common], **kwargs)  # type: ignore[arg-type]


def _minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of minutes") from None
    if not 1 <= value <= 600:
        raise argparse.ArgumentTypeError("minutes must be between 1 and 600")
    return value


def _bounded(what: str, low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be between {low} and {high}")
        return value

    return parse


def _lazy(module: str, function: str) -> Handler:
    # Import a command's code only when it runs, so `wfinterview list` never pays
    # for loading Textual.
    def handler(args: argparse.Namespace) -> int:
        from importlib import import_module

        return int(getattr(import_module(module), function)(args) or 0)

    return handler


def main(argv: Sequence[str] | None = None) -> int:
    # pydantic looks for plugins in every installed package's metadata the first time a
    # model is built (30 ms at start-up); wfinterview uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from wfinterview.commands.output import terminal_safe_output

    # Everything printed from here on, argparse's own errors too, is terminal-safe.
    with terminal_safe_output():
        return _run(sys.argv[1:] if argv is None else list(argv))


def _run(argv: list[str]) -> int:
    if problem := _argument_problem(argv):
        print(f"wfinterview: {problem}", file=sys.stderr)
        return 2
    args = build_parser().parse_args(argv)
    if args.version:
        args.handler = _lazy("wfinterview.commands.team", "version")
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
