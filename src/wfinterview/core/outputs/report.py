"""The synthesis report as Markdown that imports cleanly into Notion: written for the
client, so the consultant's own follow-ups appear only in the internal edition."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from wfinterview.core.framework.wording import plural
from wfinterview.core.outputs.findings_report import findings_markdown
from wfinterview.core.outputs.formats import md
from wfinterview.core.outputs.plans import has_plan, plan_markdown
from wfinterview.core.outputs.report_data import (
    LIST_LIMIT,
    Listing,
    PlannedAction,
    ReportData,
    gather,
)
from wfinterview.core.plan.actions import STATUS_LABELS
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import Corpus, Count, Filters, NoteRef, RoundChange
from wfinterview.core.synthesis.findings_cache import FindingsCache
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.synthesis.vocabulary import Vocabulary

__all__ = ["CHECKED", "LIST_LIMIT", "write_report"]

CHECKED = "✓ word for word in the call's transcript"


def write_report(
    corpus: Corpus,
    boards: Mapping[str, ThemeBoard],
    filters: Filters,
    naming: Naming,
    plans: Sequence[EngagementFile] = (),
    internal: bool = False,
    vocabulary: Vocabulary | None = None,
    cache: FindingsCache | None = None,
    verified: Collection[str] = (),
) -> str:
    data = gather(corpus, boards, filters, naming, plans, internal, vocabulary, cache, verified)
    return report_markdown(data, corpus, naming)


def report_markdown(data: ReportData, corpus: Corpus, naming: Naming) -> str:
    parts: list[str] = [f"# Workflow interviews: {md(data.scope)}\n"]
    if not data.sessions:
        parts.append("_No interviews match. Run `wfinterview list` to see what there is._\n")
        return "\n".join(parts)
    parts.append(f"_{facts_line(data)}_\n")

    parts.append("## Executive summary\n")
    parts.append("Top blockers, by the people and roles who raised them:\n")
    for rank, theme in enumerate(data.blockers, 1):
        parts.append(f"{rank}. **{md(theme.name)}**: {reach(theme.count, data.people)}")
    parts.append("")
    parts.append("Changes planned:\n")
    parts.extend(_planned_line(p, naming) for p in data.planned)
    if not data.planned:
        parts.append("_None yet: the actions agreed from these findings will be listed here._")
    parts.append("")

    matrix = data.matrix
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
    for theme in data.themes:
        parts.append(f"### {md(theme.name)}\n\n{reach(theme.count, data.people)}\n")
        parts.extend(
            _quote(ref, naming, data.several, data.checked(ref)) for ref in theme.evidence
        )
        parts.append("")

    parts.append("## Repeat patterns\n")
    parts.append("| # | pattern | kind | people | roles | notes |")
    parts.append("| --- | --- | --- | --- | --- | --- |")
    for rank, p in enumerate(data.patterns, 1):
        parts.append(
            f"| {rank} | {md(p.label)} | {p.kind} | {p.count.participants} | {len(p.count.roles)} "
            f"| {p.count.notes} |"
        )
    parts.append("")

    parts.append("## Magic-wand wishes\n")
    parts.extend(_wishes(data))
    if data.follow_ups is not None:
        parts.append("## Open follow-ups (internal)\n")
        parts.extend(_listing(data.follow_ups, naming))

    if data.rounds:
        parts.append("## Round over round\n")
        parts.append(
            "Each round: the share of its participants who raised it · its notes per interview.\n"
        )
        for engagement, changes in data.rounds:
            for before, after, rows in changes:
                parts.append(f"### {md(engagement)}: round {before} → round {after}\n")
                parts.append(f"| | round {before} | round {after} | change |")
                parts.append("| --- | --- | --- | --- |")
                parts.extend(_change_row(row) for row in rows)
                parts.append("")
    if data.findings is not None:
        tags = {tag.key: tag for tag in corpus.tags}
        parts.append(
            findings_markdown(data.findings, data.outcomes, tags, naming, internal=data.internal)
        )
    for plan in data.plans:
        if has_plan(plan):
            parts.append(plan_markdown(plan, corpus, naming))
    return "\n".join(parts).rstrip() + "\n"


def facts_line(data: ReportData) -> str:
    return (
        f"{plural(len(data.sessions), 'interview')} with "
        f"{plural(data.people, 'person', 'people')} in "
        f"{plural(len(data.matrix.roles), 'role')}, {plural(data.notes, 'note')}, "
        f"{data.first:%Y-%m-%d} to {data.last:%Y-%m-%d}. Written {data.written:%Y-%m-%d}."
    )


def reach(count: Count, people: int) -> str:
    share = f" ({100 * count.participants / people:.0f}%)" if people else ""
    return (
        f"{count.participants} of {plural(people, 'person', 'people')}{share}, "
        f"{plural(len(count.roles), 'role')}, "
        f"{plural(count.notes, 'note')}"
    )


def planned_facts(planned: PlannedAction, naming: Naming) -> list[str]:
    """Owner, due date and status of a planned action, in the client's words."""
    action = planned.action
    owner = naming.engagement_text(planned.engagement, action.owner)
    return [
        f"owner {owner}" if owner else "no owner yet",
        f"due {action.due:%Y-%m-%d}" if action.due else "no date yet",
        STATUS_LABELS[action.status],
    ]


def _planned_line(planned: PlannedAction, naming: Naming) -> str:
    title = md(naming.engagement_text(planned.engagement, planned.action.title))
    facts = ", ".join(md(f) for f in planned_facts(planned, naming))
    return f"- **{title}** ({md(planned.engagement)}): {facts}"


def _cell(count: Count) -> str:
    return f"{count.notes} · {count.participants}" if count.notes else "–"


def _quote(ref: NoteRef, naming: Naming, several: bool, checked: bool) -> str:
    text = md(naming.text(ref.session, ref.note["text"]))
    who = f"{md(naming.participant(ref.session))}, {md(ref.session.participant.role)}"
    if several:  # two clients may each have a Ben Patel: say whose
        who += f" · {md(ref.session.engagement)}"
    if checked:
        who += f" · {CHECKED}"
    # One quote per block: a blank line between two quotes keeps them apart in CommonMark.
    return "> " + " ".join(text.split()) + f" (*{who}*)\n"


def _listing(listing: Listing, naming: Naming) -> list[str]:
    lines = [
        f"- {md(' '.join(naming.text(r.session, r.note['text']).split()))} "
        f"(*{md(naming.participant(r.session))}, "
        f"{md(r.session.participant.role)}*)"
        for r in listing.refs
    ]
    if listing.more:
        lines.append(
            f"- … and {listing.more} more (`wfinterview export --format csv` lists them all)"
        )
    return (lines or ["_None._"]) + [""]


def _wishes(data: ReportData) -> list[str]:
    """Each wish with who said it and in which round (the client's engagement too when the
    report covers several)."""
    lines = []
    for wish in data.wishes_said:
        who = [wish.speaker, wish.role, f"round {wish.round}"]
        if data.several:
            who.append(wish.engagement)
        lines.append(f"- {md(wish.text)} (*{', '.join(md(w) for w in who)}*)")
    if data.wishes.more:
        lines.append(
            f"- … and {data.wishes.more} more (`wfinterview export --format csv` lists them all)"
        )
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
