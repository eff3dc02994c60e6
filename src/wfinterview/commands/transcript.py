"""`wfinterview transcript add|remove|check|gaps`: a call's transcript beside the notes.

Everything printed here passes the terminal-safe streams (commands/output.py), so a name
or a word in a transcript never drives the terminal.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wfinterview.commands.arguments import subcommands
from wfinterview.commands.output import workspace
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.text import terminal_safe

if TYPE_CHECKING:
    from wfinterview.core.framework.models import Session
    from wfinterview.core.transcript.model import Transcript
    from wfinterview.core.transcript.store import TranscriptStore
    from wfinterview.core.workspace.workspace import Workspace


def add(args: argparse.Namespace) -> int:
    from wfinterview.core.transcript.captions import format_name
    from wfinterview.core.transcript.importing import make_transcript
    from wfinterview.core.transcript.reading import read_transcript_file
    from wfinterview.core.transcript.speakers import parse_speaker_option

    work = workspace(args)
    session = work.store.load(args.session_id)
    store = _store(work)
    given = dict(parse_speaker_option(text) for text in args.speaker or ())
    path = Path(args.file)
    parsed = read_transcript_file(path)
    for skipped in parsed.skipped:
        print(f"wfinterview: {path}: {skipped}", file=sys.stderr)
    transcript = make_transcript(parsed, session, path.name, offset=args.offset, speakers=given)
    if store.exists(session.id) and not args.replace:
        _confirm_replace(store, session)
    store.save(transcript, session, work.paths.writer)
    from wfinterview.core.transcript.wording import (
        length,
        offset_line,
        pause_lines,
        speaker_line,
    )

    print(
        f"Added {path.name} ({format_name(transcript.source.kind)}, "
        f"{_count(len(transcript.cues), 'cue')}, {length(transcript)}) to {session.id}."
    )
    print(speaker_line(transcript.speakers))
    print(offset_line(transcript.alignment))
    for line in pause_lines(transcript.alignment):
        print(f"  {line}")
    if transcript.alignment.sure == "low":
        print("  If that is wrong, add it again with --offset SECONDS --replace.")
    _summary(session, transcript)
    return 0


def remove(args: argparse.Namespace) -> int:
    work = workspace(args)
    session = work.store.load(args.session_id)
    if not _store(work).remove(session, work.paths.writer):
        raise UserError(f"session {session.id} has no transcript")
    print(f"Removed the transcript of {session.id}.")
    return 0


def check(args: argparse.Namespace) -> int:
    from wfinterview.core.interview.clock import mmss
    from wfinterview.core.transcript.quotes import check_quotes

    session, transcript = _both(args)
    checks = check_quotes(session, transcript)
    if not checks:
        print(f"{session.id} has no notes marked as quotes (F6 marks one).")
        return 0
    for result in checks:
        note = session.note(result.note_id)
        print(f"{mmss(note.at)}  {result.verdict.upper()}  “{note.text}”")
        if result.verdict == "close":
            print(f"       said: “{result.said}”")
    counts = {v: sum(r.verdict == v for r in checks) for v in ("verbatim", "close", "not found")}
    print(" · ".join(f"{count} {verdict}" for verdict, count in counts.items()))
    return 0


def gaps(args: argparse.Namespace) -> int:
    from wfinterview.core.transcript.gaps import find_gaps
    from wfinterview.core.transcript.wording import moment

    session, transcript = _both(args)
    work = workspace(args)
    tags = {tag.key: tag for tag in work.config.all_tags()}
    found = find_gaps(session, transcript)
    if not found:
        print(f"Every moment of {session.id} that raised a tag has a note within a minute.")
        return 0
    for gap in found:
        badges = " ".join(tags[key].badge(args.ascii) if key in tags else key for key in gap.tags)
        step = session.agenda.step(gap.step).title
        print(f"{moment(gap.at)}  {badges}  {step} (recording {moment(gap.start)})")
        print(f"       “{gap.text}”")
    print(f"{_count(len(found), 'moment')} nobody noted; the review offers each as a note.")
    return 0


def _both(args: argparse.Namespace) -> tuple[Session, Transcript]:
    work = workspace(args)
    session = work.store.load(args.session_id)
    transcript = _store(work).load(session.id)
    if transcript is None:
        raise UserError(
            f"session {session.id} has no transcript; add one with "
            f"`wfinterview transcript add {session.id} FILE`"
        )
    return session, transcript


def _store(work: Workspace) -> TranscriptStore:
    from wfinterview.core.transcript.store import TranscriptStore

    return TranscriptStore(work.paths.data_dir)


def _confirm_replace(store: TranscriptStore, session: Session) -> None:
    try:
        old = store.load(session.id)
        what = f" (from {old.source.file_name})" if old is not None else ""
    except UserError:
        what = " (a file that cannot be read)"
    if not sys.stdin.isatty():
        raise UserError(
            f"session {session.id} already has a transcript{what}; add --replace to replace it"
        )
    # input() writes its prompt past the terminal-safe stdout (readline uses the terminal).
    asked = f"Session {session.id} already has a transcript{what}. Replace it? [y/N] "
    answer = input(terminal_safe(asked))
    if answer.strip().lower() not in ("y", "yes"):
        raise UserError("nothing changed: the transcript was kept")


def _summary(session: Session, transcript: Transcript) -> None:
    from wfinterview.core.transcript.gaps import find_gaps
    from wfinterview.core.transcript.quotes import check_quotes

    checks = check_quotes(session, transcript)
    if checks:
        counts = {
            v: sum(r.verdict == v for r in checks) for v in ("verbatim", "close", "not found")
        }
        listed = " · ".join(f"{count} {verdict}" for verdict, count in counts.items())
        print(f"Quotes: {listed} (`wfinterview transcript check {session.id}`)")
    found = find_gaps(session, transcript)
    if found:
        print(f"Moments nobody noted: {len(found)} (`wfinterview transcript gaps {session.id}`)")


def _count(number: int, noun: str) -> str:
    from wfinterview.core.framework.wording import plural

    return plural(number, noun)


def _seconds(text: str) -> float:
    """An --offset: seconds, negative when the recording started after the clock."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not math.isfinite(value) or abs(value) > 86_400:
        raise argparse.ArgumentTypeError("the offset is at most a day (86400 seconds) either way")
    return value


def transcript_arguments(parser: argparse.ArgumentParser) -> None:
    actions = subcommands(parser, "transcript commands", metavar="ACTION", required=True)
    adding = actions.add(
        "add", help="add the call's transcript (Zoom, Teams or Meet WebVTT, SubRip, Otter text)"
    )
    adding.add_argument("session_id", metavar="SESSION_ID")
    adding.add_argument("file", metavar="FILE", help="the transcript file the call tool saved")
    adding.add_argument(
        "--offset",
        type=_seconds,
        metavar="SECONDS",
        help="the recording's time when the interview clock started (else estimated from the "
        "notes); negative when the recording started later",
    )
    adding.add_argument(
        "--speaker",
        action="append",
        metavar="NAME=ROLE",
        help='who a speaker is: "Ana G=participant" (roles: participant, facilitator, other); '
        "repeat for each",
    )
    adding.add_argument(
        "--replace",
        action="store_true",
        help="replace the session's transcript without asking (for scripts)",
    )
    adding.set_defaults(handler=add)
    removing = actions.add("remove", help="delete the session's transcript")
    removing.add_argument("session_id", metavar="SESSION_ID")
    removing.set_defaults(handler=remove)
    checking = actions.add(
        "check", help="each quote held to the participant's words: verbatim, close, not found"
    )
    checking.add_argument("session_id", metavar="SESSION_ID")
    checking.set_defaults(handler=check)
    gapping = actions.add(
        "gaps", help="moments the participant raised a tag with no note within a minute"
    )
    gapping.add_argument("session_id", metavar="SESSION_ID")
    gapping.set_defaults(handler=gaps)
