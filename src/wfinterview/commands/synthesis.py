"""`wfinterview export`, `report` and `demo`: sessions across interviews."""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from wfinterview.commands.output import workspace
from wfinterview.commands.sessions import report_problems
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Session
from wfinterview.core.outputs.export import export_csv, export_json, export_markdown, export_miro
from wfinterview.core.outputs.plans import has_plan, plan_markdown
from wfinterview.core.outputs.report import write_report
from wfinterview.core.plan.engagements import EngagementFile, load_boards
from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Filters
from wfinterview.core.synthesis.demo import ENGAGEMENTS, generate_demo
from wfinterview.core.workspace.workspace import Workspace, check_engagement


def export(args: argparse.Namespace) -> int:
    work = workspace(args)
    corpus, problems = work.load_corpus()
    report_problems(problems)
    check_engagement(corpus, args.engagement)
    sessions = [
        corpus.sessions[i] for i in corpus.session_indices(Filters(engagement=args.engagement))
    ]
    naming = Naming(Pseudonyms(sessions) if args.anonymize else None)
    tags = work.config.all_tags()
    out = io.StringIO()
    if args.format == "csv":
        export_csv(sessions, tags, naming, out)
    elif args.format == "md":
        export_markdown(sessions, tags, naming, out)
        for plan in _plans(work, {s.engagement for s in sessions}):
            out.write(f"\n---\n\n{plan_markdown(plan, corpus, naming, level=1)}")
    elif args.format == "miro":
        boards, board_problems = load_boards(work.engagements, {s.engagement for s in sessions})
        _warn(list(board_problems.values()))
        export_miro(sessions, tags, boards, naming, out)
    else:
        wanted = {s.id for s in sessions}
        full = sorted(
            (s for s in work.store.load_all(Session).sessions if s.id in wanted),
            key=lambda s: s.started_at,
        )
        export_json(full, Naming(Pseudonyms(full) if args.anonymize else None), out)
    _deliver(out.getvalue(), args.out)
    return 0


def report(args: argparse.Namespace) -> int:
    work = workspace(args)
    corpus, problems = work.load_corpus()
    report_problems(problems)
    check_engagement(corpus, args.engagement)
    filters = Filters(engagement=args.engagement)
    boards, board_problems = load_boards(work.engagements, corpus.engagements())
    _warn(list(board_problems.values()))
    sessions = [corpus.sessions[i] for i in corpus.session_indices(filters)]
    naming = Naming(Pseudonyms(sessions) if args.anonymize else None)
    plans = list(
        _plans(
            work, [filters.engagement] if filters.engagement is not None else corpus.engagements()
        )
    )
    _deliver(write_report(corpus, boards, filters, naming, plans), args.out)
    return 0


def demo(args: argparse.Namespace) -> int:
    store = workspace(args).store
    started = time.perf_counter()
    count = notes = 0
    for session in generate_demo(args.sessions, args.notes_per_session, args.seed):
        store.save(session)
        count, notes = count + 1, notes + len(session.notes)
    seconds = time.perf_counter() - started
    print(
        f"Wrote {count} demo sessions ({notes} notes; {', '.join(ENGAGEMENTS)}; "
        f"two rounds; four roles) to {store.dir} in {seconds:.1f} s."
    )
    print(
        "Explore them: `wfinterview` (ctrl+s opens synthesis), "
        "`wfinterview report`, `wfinterview list`."
    )
    print(f"Remove them: rm {store.dir}/demo-*.json")
    return 0


def _plans(work: Workspace, engagements: Iterable[str]) -> Iterator[EngagementFile]:
    """Each engagement's actions, RACI and timelines, where it has any.

    An unreadable file is reported.
    """
    for engagement in sorted(engagements):
        try:
            plan = work.engagements.load(engagement)
        except UserError as error:
            _warn([str(error)])
            continue
        if has_plan(plan):
            yield plan


def _deliver(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    # An export holds participants' words: owner-only, and never half-written.
    write_atomic(out, text.encode("utf-8"))
    print(f"Wrote {out}", file=sys.stderr)


def _warn(problems: list[str]) -> None:
    for problem in problems:
        print(f"wfinterview: {problem}", file=sys.stderr)
