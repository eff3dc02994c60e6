"""`wfinterview export`, `report` and `demo`: sessions across interviews.

Exit status tells the truth: 0 when everything was read, 1 when the output was written
but some file could not be read (one warning per file on stderr, each once), 2 for a
name that names nothing (with the close matches).
"""

from __future__ import annotations

import argparse
import gc
import io
import shlex
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from wfinterview.commands.arguments import bounded
from wfinterview.commands.output import workspace
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Session
from wfinterview.core.framework.wording import plural
from wfinterview.core.outputs.names import unknown_name
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.demo import ENGAGEMENTS, generate_demo
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.workspace.workspace import Workspace

if TYPE_CHECKING:
    from wfinterview.core.plan.demo_plans import DemoEvidence

EXCEL_BOM = "\ufeff"  # Excel reads a CSV as UTF-8 only when it starts with this mark
CSV_FORMATS = ("csv", "miro", "airtable")


class Warnings:
    """Problems met while reading, each said once, after the output is written."""

    def __init__(self) -> None:
        self._seen: dict[str, None] = {}

    def add(self, problem: str) -> None:
        self._seen.setdefault(problem, None)

    def finish(self) -> int:
        for problem in self._seen:
            print(f"wfinterview: {problem}", file=sys.stderr)
        return 1 if self._seen else 0


def export(args: argparse.Namespace) -> int:
    from wfinterview.core.outputs.airtable import airtable_tables
    from wfinterview.core.outputs.export import export_csv, export_markdown, export_miro
    from wfinterview.core.outputs.findings_export import findings_json, miro_columns
    from wfinterview.core.outputs.findings_report import findings_markdown
    from wfinterview.core.outputs.json_export import export_json
    from wfinterview.core.outputs.plans import has_plan, plan_markdown
    from wfinterview.core.plan.outcomes import Outcome, plans_outcomes
    from wfinterview.core.synthesis.findings import Findings, corpus_findings
    from wfinterview.core.synthesis.session_findings import FindingsReader
    from wfinterview.core.transcript.store import TranscriptStore

    if args.excel and args.format not in CSV_FORMATS:
        raise UserError(f"--excel is for the CSV formats ({', '.join(CSV_FORMATS)})")
    if args.format == "airtable" and args.out is None:
        raise UserError("--format airtable writes linked tables, one file each: give --out DIR")
    work, corpus, warnings = _read(args)
    sessions = [
        corpus.sessions[i] for i in corpus.session_indices(Filters(engagement=args.engagement))
    ]
    engagements = sorted({s.engagement for s in sessions})
    if args.format == "miro" and len(engagements) > 1 and args.out is None:
        raise UserError(
            "Miro gets one board per engagement and these sessions cover "
            + ", ".join(repr(e) for e in engagements)
            + ": give --engagement NAME, or --out DIR for one file each"
        )
    boards, plans = _plans(work, engagements, warnings)
    naming = Naming(Pseudonyms(sessions) if args.anonymize else None)
    tags = work.config.all_tags()
    bom = EXCEL_BOM if args.excel else ""
    # Findings beyond tags go wherever the format can carry them (findings_export.py).
    cache = work.findings_cache(corpus)

    def found_in(engagement: str | None) -> Findings:
        return corpus_findings(corpus, Filters(engagement=engagement), work.vocabulary, cache)

    def changes() -> list[Outcome]:  # did the changes work? (not for csv and miro)
        return plans_outcomes(corpus, plans, args.engagement)

    if args.format == "airtable":
        reader = FindingsReader(work.vocabulary)
        found = found_in(args.engagement)
        tables = airtable_tables(sessions, tags, boards, plans, naming, found, changes(), reader)
        _deliver_files(args.out, {name: bom + text for name, text in tables.items()})
        return warnings.finish()
    if args.format == "miro" and len(engagements) > 1:
        from wfinterview.core.outputs.airtable import slug

        files = {}
        for engagement in engagements:
            out = io.StringIO()
            out.write(bom)
            board_sessions = [s for s in sessions if s.engagement == engagement]
            stickies = miro_columns(found_in(engagement), corpus.tag_by_key)
            export_miro(board_sessions, tags, boards, naming, out, stickies)
            files[f"miro-{slug(engagement)}.csv"] = out.getvalue()
        _deliver_files(args.out, files)
        return warnings.finish()
    out = io.StringIO()
    out.write(bom)
    if args.format == "csv":
        export_csv(sessions, tags, boards, naming, out)
    elif args.format == "md":
        export_markdown(sessions, tags, naming, out)
        for plan in plans:
            if has_plan(plan):
                out.write(f"\n---\n\n{plan_markdown(plan, corpus, naming, level=1)}")
        sections = findings_markdown(
            found_in(args.engagement), changes(), corpus.tag_by_key, naming, internal=True
        )
        if sections:
            out.write(f"\n---\n\n# Findings beyond tags\n\n{sections}")
    elif args.format == "miro":
        stickies = miro_columns(found_in(args.engagement), corpus.tag_by_key)
        export_miro(sessions, tags, boards, naming, out, stickies)
    else:
        wanted = {s.id for s in sessions}
        full = sorted(
            (s for s in work.store.load_all(Session).sessions if s.id in wanted),
            key=lambda s: s.started_at,
        )
        named = Naming(Pseudonyms(full) if args.anonymize else None)
        found_json = findings_json(found_in(args.engagement), changes(), named)
        transcripts, unread = TranscriptStore(work.paths.data_dir).load_many(s.id for s in full)
        for line in unread:
            warnings.add(f"transcript left out: {line}")
        export_json(full, named, out, plans, findings=found_json, transcripts=transcripts)
    _deliver(out.getvalue(), args.out)
    return warnings.finish()


def report(args: argparse.Namespace) -> int:
    """One client's report; with several engagements in the data, the user says which one,
    or asks for all of them, each on its own (core/outputs/cross_report.py)."""
    from wfinterview.core.outputs.cross_report import cross_html, cross_markdown

    work, corpus, warnings = _read(args)
    engagements = [args.engagement] if args.engagement is not None else corpus.engagements()
    if len(engagements) > 1 and not args.all_engagements:
        raise UserError(
            f"these sessions cover {len(engagements)} engagements "
            f"({', '.join(repr(e) for e in engagements)}) and a report is for one client: "
            "give --engagement NAME, or --all-engagements for your own report with each "
            "engagement on its own"
        )
    boards, plans = _plans(work, engagements, warnings)
    sessions = [
        corpus.sessions[i] for i in corpus.session_indices(Filters(engagement=args.engagement))
    ]
    naming = Naming(Pseudonyms(sessions) if args.anonymize else None)
    if args.format == "html":
        from wfinterview.core.outputs.html_report import write_html_report as write
    else:
        from wfinterview.core.outputs.report import write_report as write
    cache = work.findings_cache(corpus)
    verified = _confirmed_quotes(work, sessions, warnings)

    def one(engagement: str | None) -> str:
        return write(
            corpus,
            boards,
            Filters(engagement=engagement),
            naming,
            plans,
            internal=args.internal,
            vocabulary=work.vocabulary,
            cache=cache,
            verified=verified,
        )

    if len(engagements) > 1:
        parts = [(engagement, one(engagement)) for engagement in engagements]
        text = cross_html(parts) if args.format == "html" else cross_markdown(parts)
    else:
        text = one(engagements[0] if engagements else None)  # titled with its name
    _deliver(text, args.out)
    return warnings.finish()


def _confirmed_quotes(
    work: Workspace, sessions: Iterable[SessionDigest], warnings: Warnings
) -> frozenset[str]:
    """The quotes ("session id/note id") their calls' transcripts confirm word for word:
    the report shows them first as evidence, marked; a transcript that cannot be read is
    said and left out."""
    from wfinterview.core.transcript.store import TranscriptStore

    transcripts = TranscriptStore(work.paths.data_dir)
    confirmed: set[str] = set()
    for digest in sessions:
        if transcripts.exists(digest.id):
            verified, problem = transcripts.verified_quotes(work.store.load(digest.id))
            if problem:
                warnings.add(f"transcript left out: {problem}")
            confirmed |= {f"{digest.id}/{note_id}" for note_id in verified}
    return frozenset(confirmed)


def demo(args: argparse.Namespace) -> int:
    from wfinterview.core.plan.demo_plans import DemoEvidence
    from wfinterview.core.workspace.demo_data import record_demo_engagements

    work = workspace(args)
    if args.remove:
        return _remove_demo(work)
    store = work.store
    started = time.perf_counter()
    count = notes = 0
    validators: dict[str, str] = {}  # engagement -> someone interviewed in its first round
    evidence = DemoEvidence()
    for session in generate_demo(args.sessions, args.notes_per_session, args.seed):
        session.writer = work.paths.writer  # recorded here, as if this installation had
        store.save(session)
        count, notes = count + 1, notes + len(session.notes)
        validators.setdefault(session.engagement, session.participant.name)
        evidence.add(session)
    made = []
    for number, (engagement, validator) in enumerate(validators.items(), 1):
        if _demo_plan(work, number, engagement, validator, evidence):
            made.append(engagement)
    record_demo_engagements(work, made)
    seconds = time.perf_counter() - started
    data_dir = f" --data-dir {shlex.quote(args.data_dir)}" if args.data_dir else ""
    print(
        f"Wrote {count} demo sessions ({notes} notes; {', '.join(ENGAGEMENTS)}; "
        f"two rounds; four roles) to {store.dir} in {seconds:.1f} s."
    )
    print(
        "Explore them: `wfinterview` (ctrl+s opens synthesis), "
        f"`wfinterview report --engagement {shlex.quote(ENGAGEMENTS[0])}`, `wfinterview list`."
    )
    print(f"Remove them, and only them: `wfinterview demo --remove{data_dir}`.")
    return 0


def _remove_demo(work: Workspace) -> int:
    from wfinterview.core.workspace.demo_data import remove_demo

    removed = remove_demo(work)
    where = work.paths.data_dir
    if not removed.sessions and not removed.engagements:
        print(f"No demo data in {where}.")
    else:
        names = ", ".join(removed.engagements)
        engagements = (
            f" and the engagement {names} with its plan"
            if len(removed.engagements) == 1
            else f" and the engagements {names} with their plans"
            if removed.engagements
            else ""
        )
        print(f"Removed {plural(removed.sessions, 'demo session')}{engagements} from {where}.")
    for engagement in removed.kept:
        print(f"Kept the engagement {engagement}: it holds sessions of your own.")
    return 0


def _demo_plan(
    work: Workspace, number: int, engagement: str, validator: str, evidence: DemoEvidence
) -> bool:
    """Each engagement's plan between its rounds, unless it has one already (a second
    `demo` run, or the user's own plan): the user's work is never touched. True when the
    demo created the engagement's folder (what `demo --remove` may delete)."""
    from wfinterview.core.plan.demo_plans import demo_plan

    plans = work.engagements
    created = not plans.exists(engagement)
    current = plans.load(engagement)
    if current.actions:
        return False
    for edit in demo_plan(number, current.themes, validator, evidence, engagement):
        plans.apply(engagement, edit)
    return created


def _read(args: argparse.Namespace) -> tuple[Workspace, Corpus, Warnings]:
    """The sessions, with a warning per file skipped; an unknown --engagement is exit 2."""
    work = workspace(args)
    # One engagement's sessions only, when one is asked for: nothing else is reported.
    corpus, problems = work.load_corpus(args.engagement)
    if args.engagement is not None and not corpus.sessions:
        require_engagement(work.load_corpus()[0], args.engagement)  # names the ones there are
    for notice in work.index_notices():  # a damaged local index was rebuilt: said, not an error
        print(f"wfinterview: {notice}", file=sys.stderr)
    # The corpus lives until the command ends: the cycle collector need never walk its
    # hundred thousand notes again (at 1,000 x 100 it did, for 0.18 s, while the plans load).
    gc.freeze()
    warnings = Warnings()
    for problem in problems:
        warnings.add(f"skipped {problem}")
    require_engagement(corpus, args.engagement)
    return work, corpus, warnings


def require_engagement(corpus: Corpus, engagement: str | None) -> None:
    if engagement is not None and engagement not in corpus.engagements():
        raise unknown_name(
            f"no sessions in engagement '{engagement}'",
            engagement,
            corpus.engagements(),
            "engagements",
        )


def _plans(
    work: Workspace, engagements: Iterable[str], warnings: Warnings
) -> tuple[dict[str, ThemeBoard], list[EngagementFile]]:
    """Each engagement's themes and plan, its files read once. One that cannot be read is
    one warning: its themes fall back to the starting ones and its plan is left out. A
    teammate's edit log (or a line of it) that cannot be read is one warning too; the
    plan is merged from the rest."""
    boards: dict[str, ThemeBoard] = {}
    plans: list[EngagementFile] = []
    for engagement in sorted(engagements):
        try:
            merged = work.engagements.plan(engagement)
        except UserError as error:
            warnings.add(f"{error} (its themes shown as they start, its plan left out)")
            boards[engagement] = ThemeBoard.starting(work.engagements.tags)
            continue
        for problem in merged.report.unreadable:
            warnings.add(f"{problem} (the plan is merged from the other edits)")
        boards[engagement] = merged.file.themes
        plans.append(merged.file)
    return boards, plans


def _deliver(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    if out.is_dir():
        raise UserError(f"{out} is a folder: give a file name to --out")
    # An export holds participants' words: owner-only, and never half-written.
    write_atomic(out, text.encode("utf-8"))
    print(f"Wrote {out}", file=sys.stderr)


def _deliver_files(folder: Path, files: dict[str, str]) -> None:
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is a file: --out needs a folder for this format")
    ensure_private_dir(folder)
    for name, text in files.items():
        write_atomic(folder / name, text.encode("utf-8"))
    print(f"Wrote {', '.join(sorted(files))} to {folder}", file=sys.stderr)


def export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        required=True,
        choices=("md", "csv", "json", "miro", "airtable"),
        help="airtable: linked tables in the folder --out names; miro: one board per engagement",
    )
    parser.add_argument(
        "--excel", action="store_true", help="CSV that Excel reads as UTF-8 (with a BOM)"
    )
    parser.add_argument(
        "--anonymize",
        action="store_true",
        help="P01, P02… instead of names, everywhere (texts too)",
    )
    parser.add_argument("--engagement", metavar="NAME", help="only this engagement's sessions")
    parser.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="write to a file, or a folder for airtable (default: standard output)",
    )
    parser.set_defaults(handler=export)


def report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("md", "html"),
        default="md",
        help="md (default, for Notion) or html (one self-contained page, prints to PDF)",
    )
    parser.add_argument(
        "--internal", action="store_true", help="include your open follow-ups (not for clients)"
    )
    parser.add_argument(
        "--engagement",
        metavar="NAME",
        help="the client's engagement (needed when the data holds several)",
    )
    parser.add_argument(
        "--all-engagements",
        action="store_true",
        help="for your own use: every engagement's report in turn, nothing summed across them",
    )
    parser.add_argument(
        "--anonymize", action="store_true", help="P01, P02… instead of names, everywhere"
    )
    parser.add_argument(
        "--out", type=Path, metavar="PATH", help="write to a file (default: standard output)"
    )
    parser.set_defaults(handler=report)


def demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sessions",
        type=bounded("sessions", 1, 100_000),
        default=24,
        metavar="N",
        help="default: 24",
    )
    parser.add_argument(
        "--notes-per-session",
        type=bounded("notes per session", 0, 2_000),
        default=30,
        metavar="M",
        help="default: 30",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="the same seed gives the same sessions (default: 1)",
    )
    parser.add_argument(
        "--remove",
        action="store_true",
        help="remove what the demo made (its sessions, engagements and their caches), only that",
    )
    parser.set_defaults(handler=demo)
