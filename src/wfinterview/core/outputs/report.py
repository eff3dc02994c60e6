"""The synthesis report: Markdown that imports cleanly into Notion."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import islice

from wfinterview.core.framework.models import now
from wfinterview.core.framework.wording import plural
from wfinterview.core.outputs.formats import md
from wfinterview.core.outputs.plans import has_plan, plan_markdown
from wfinterview.core.plan.engagements import EngagementFile
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import Corpus, Count, Filters, NoteRef, RoundChange
from wfinterview.core.synthesis.themes import ThemeBoard

EVIDENCE_PER_THEME = 3
LIST_LIMIT = 30


def write_report(
    corpus: Corpus,
    boards: Mapping[str, ThemeBoard],
    filters: Filters,
    naming: Naming,
    plans: Sequence[EngagementFile] = (),
) -> str:
    parts: list[str] = []
    matrix = corpus.matrix(filters)
    sessions = [corpus.sessions[i] for i in corpus.session_indices(filters)]
    people = set().union(*matrix.interviewed.values()) if matrix.interviewed else set()
    scope = filters.engagement or "all engagements"
    parts.append(f"# Workflow interviews: {md(scope)}\n")
    if sessions:
        first, last = sessions[0].started_at, sessions[-1].started_at
        notes = sum(len(s.notes) for s in sessions)
        parts.append(
            f"_{plural(len(sessions), 'interview')} with "
            f"{plural(len(people), 'person', 'people')} in "
            f"{plural(len(matrix.roles), 'role')}, {plural(notes, 'note')}, "
            f"{first:%Y-%m-%d} to {last:%Y-%m-%d}. Written {now():%Y-%m-%d}._\n"
        )
    else:
        parts.append("_No interviews match. Run `wfinterview list` to see what there is._\n")
        return "\n".join(parts)

    patterns = corpus.patterns(filters, boards)
    parts.append("## Summary\n")
    for pattern in [p for p in patterns if p.kind == "theme"][:5]:
        parts.append(f"- **{md(pattern.label)}**: {_reach(pattern.count, len(people))}")
    parts.append("")

    parts.append("## Who raised what\n")
    parts.append("Each cell: notes · people. One person's many notes count once in *people*.\n")
    parts.append("| tag | " + " | ".join(md(role) for role in matrix.roles) + " | all |")
    parts.append("| --- |" + " --- |" * (len(matrix.roles) + 1))
    for tag in matrix.tags:
        cells = [_cell(matrix.cell(tag.key, role)) for role in matrix.roles]
        parts.append(
            f"| {tag.emoji} {tag.label} | "
            + " | ".join(cells)
            + f" | {_cell(matrix.rows[tag.key])} |"
        )
    parts.append("")

    parts.append("## Themes\n")
    for name, count, evidence in _themes(corpus, boards, filters):
        parts.append(f"### {md(name)}\n\n{_reach(count, len(people))}\n")
        parts.extend(_quote(ref, naming) for ref in evidence)
        parts.append("")

    parts.append("## Repeat patterns\n")
    parts.append("| # | pattern | kind | people | roles | notes |")
    parts.append("| --- | --- | --- | --- | --- | --- |")
    for rank, p in enumerate(patterns, 1):
        parts.append(
            f"| {rank} | {md(p.label)} | {p.kind} | {p.count.participants} | {len(p.count.roles)} "
            f"| {p.count.notes} |"
        )
    parts.append("")

    parts.append("## Magic-wand wishes\n")
    parts.extend(_listing(corpus.wishes(filters), naming))
    parts.append("## Open follow-ups\n")
    parts.extend(_listing(corpus.follow_ups(filters), naming))

    engagements = [filters.engagement] if filters.engagement else corpus.engagements()
    rounds = [(e, corpus.round_changes(e, boards)) for e in engagements]
    if any(changes for _, changes in rounds):
        parts.append("## Round over round\n")
        parts.append(
            "Each round: the share of its participants who raised it · its notes per interview.\n"
        )
        for engagement, changes in rounds:
            for before, after, rows in changes:
                parts.append(f"### {md(engagement)}: round {before} → round {after}\n")
                parts.append(f"| | round {before} | round {after} | change |")
                parts.append("| --- | --- | --- | --- |")
                parts.extend(_change_row(row) for row in rows)
                parts.append("")
    for plan in plans:
        if has_plan(plan):
            parts.append(plan_markdown(plan, corpus, naming))
    return "\n".join(parts).rstrip() + "\n"


def _reach(count: Count, people: int) -> str:
    share = f" ({100 * count.participants / people:.0f}%)" if people else ""
    return (
        f"{count.participants} of {plural(people, 'person', 'people')}{share}, "
        f"{plural(len(count.roles), 'role')}, "
        f"{plural(count.notes, 'note')}"
    )


def _cell(count: Count) -> str:
    return f"{count.notes} · {count.participants}" if count.notes else "–"


def _themes(
    corpus: Corpus, boards: Mapping[str, ThemeBoard], filters: Filters
) -> list[tuple[str, Count, list[NoteRef]]]:
    """Each theme with its counts and its best evidence: verbatim quotes first."""
    counts = corpus.theme_counts(filters, boards)
    quotes: dict[str, list[NoteRef]] = {name: [] for name in counts}
    others: dict[str, list[NoteRef]] = {name: [] for name in counts}
    short = set(counts)  # themes still short of quotes; the scan stops once none is
    for ref in corpus.notes(filters):
        board = boards[ref.session.engagement]
        for theme_id in ref.themes_in(boards):
            name = board.theme(theme_id).name
            pool = quotes if ref.note.get("quote") else others
            if len(pool[name]) < EVIDENCE_PER_THEME:
                pool[name].append(ref)
            if len(quotes[name]) >= EVIDENCE_PER_THEME:
                short.discard(name)
        if not short:
            break
    ranked = sorted(
        counts.items(), key=lambda item: (-item[1].participants, -item[1].notes, item[0])
    )
    return [
        (name, count, (quotes[name] + others[name])[:EVIDENCE_PER_THEME]) for name, count in ranked
    ]


def _quote(ref: NoteRef, naming: Naming) -> str:
    text = md(naming.text(ref.session, ref.note["text"]))
    who = f"{md(naming.participant(ref.session))}, {md(ref.session.participant.role)}"
    return "> " + " ".join(text.split()) + f" (*{who}*)\n"


def _listing(refs: Iterable[NoteRef], naming: Naming) -> list[str]:
    refs = iter(refs)
    lines = [
        f"- {md(' '.join(naming.text(r.session, r.note['text']).split()))} "
        f"(*{md(naming.participant(r.session))}, "
        f"{md(r.session.participant.role)}*)"
        for r in islice(refs, LIST_LIMIT)
    ]
    more = sum(1 for _ in refs)
    if more:
        lines.append(f"- … and {more} more (`wfinterview export --format csv` lists them all)")
    return (lines or ["_None._"]) + [""]


def _change_row(row: RoundChange) -> str:
    points = round(100 * row.change)
    return (
        f"| {md(row.label)} | {100 * row.before.share:.0f}% · {row.before.per_interview:.1f} "
        f"| {100 * row.after.share:.0f}% · {row.after.per_interview:.1f} "
        f"| {_arrow(points)} {abs(points)} pts · {_arrow(row.notes_change)} "
        f"{abs(row.notes_change):.1f} notes |"
    )


def _arrow(change: float) -> str:
    return "▲" if change > 0.05 else "▼" if change < -0.05 else "="
