"""Findings beyond tags as report sections: tools, handoffs, where roles disagree, and
whether the changes worked. The Markdown report and the HTML report share these rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wfinterview.core.framework.content import STEPS, Tag
from wfinterview.core.framework.wording import plural
from wfinterview.core.outputs.formats import md
from wfinterview.core.plan.outcomes import Outcome
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.contrasts import Disagreement, disagreements
from wfinterview.core.synthesis.corpus import NoteRef
from wfinterview.core.synthesis.findings import Findings
from wfinterview.core.synthesis.tools_index import Candidate

TOOLS_SHOWN = 12
HANDOFFS_SHOWN = 10
CONTRASTS_SHOWN = 6
STEP_TITLES = {step.key: step.title for step in STEPS}


@dataclass(frozen=True)
class ToolRow:
    tool: str
    people: int
    roles: int
    notes: int
    tags: str  # "🛑 4 · 🧱 2"
    workarounds: str  # "spreadsheet 3, copy-paste 1"


def shown_candidates(found: Findings, naming: Naming) -> list[Candidate]:
    """The tool candidates that may be shown: a capitalised word may be someone's name,
    so none that names a participant while names are hidden."""
    return [c for c in found.tools.candidates if not naming.hides(c.word)]


def tool_rows(found: Findings, tags: Mapping[str, Tag]) -> list[ToolRow]:
    rows = []
    for use in found.tools.tools[:TOOLS_SHOWN]:
        tagged = " · ".join(
            f"{tags[key].emoji} {count}" for key, count in use.tags.most_common() if key in tags
        )
        workarounds = ", ".join(f"{name} {count}" for name, count in use.workarounds.most_common(3))
        rows.append(
            ToolRow(
                use.tool,
                use.count.participants,
                len(use.count.roles),
                use.count.notes,
                tagged,
                workarounds,
            )
        )
    return rows


def quote(ref: NoteRef, naming: Naming) -> str:
    """A note's words and who said them, names as the report shows them."""
    text = naming.text(ref.session, ref.note["text"])
    return f"“{text}” ({naming.participant(ref.session)}, {ref.session.participant.role})"


def sides_line(d: Disagreement) -> str:
    """Every role on each side in one line: "Campaign Lead stuck (2 of 3), Content Creator
    stuck (1 of 1), Strategic Lead / CMO smooth (1 person)"."""
    stuck = [f"{r.role} stuck ({r.people} of {r.of})" for r in d.stuck]
    smooth = [f"{r.role} smooth ({plural(r.people, 'person', 'people')})" for r in d.smooth]
    return ", ".join(stuck + smooth)


def findings_markdown(
    found: Findings,
    outcomes: Sequence[Outcome],
    tags: Mapping[str, Tag],
    naming: Naming,
    internal: bool = False,
) -> str:
    parts: list[str] = []
    rows = tool_rows(found, tags)
    if rows:
        parts.append("## Tools people named\n")
        parts.append("Counted by people: one person naming a tool ten times counts once.\n")
        parts.append("| tool | people | roles | notes | tags | workarounds named |")
        parts.append("| --- | --- | --- | --- | --- | --- |")
        for row in rows:
            parts.append(
                f"| {md(row.tool)} | {row.people} | {row.roles} | {row.notes} "
                f"| {row.tags or '–'} | {md(row.workarounds) or '–'} |"
            )
        parts.append("")
    candidates = shown_candidates(found, naming)
    if internal and candidates:
        named = ", ".join(
            f"{md(c.word)} ({plural(c.people, 'person', 'people')})" for c in candidates[:10]
        )
        parts.append(f"_Named but not in the tools list (add them under `[tools]`): {named}._\n")
    if found.handoffs:
        parts.append("## Handoffs\n")
        parts.append("Who hands work to whom, most stuck first (🔄/🧱 notes, or someone waits).\n")
        parts.append("| from | to | people | notes | stuck |")
        parts.append("| --- | --- | --- | --- | --- |")
        for edge in found.handoffs[:HANDOFFS_SHOWN]:
            parts.append(
                f"| {md(edge.source)} | {md(edge.target)} | {edge.count.participants} "
                f"| {edge.count.notes} | {edge.friction} |"
            )
        parts.append("")
    if found.contrasts:
        parts.append("## Where roles disagree\n")
        for d in disagreements(found.contrasts)[:CONTRASTS_SHOWN]:
            tag = tags.get(d.tag)
            label = f"{tag.emoji} {tag.label}" if tag else d.tag
            parts.append(
                f"- **{md(STEP_TITLES.get(d.step, d.step))} · {label}**, {md(d.engagement)}: "
                f"{md(sides_line(d))}"
            )
            parts.append(f"    - stuck: {md(quote(d.stuck_note, naming))}")
            parts.append(f"    - smooth: {md(quote(d.smooth_note, naming))}")
        parts.append("")
    if outcomes:
        parts.append("## Did the changes work?\n")
        parts.append(
            "Actions done before a round began, beside the share of people who raised "
            "their theme in the round before and in that round.\n"
        )
        parts.append("| action | engagement | theme | before | after | change |")
        parts.append("| --- | --- | --- | --- | --- | --- |")
        for o in outcomes:
            parts.append(
                f"| {md(naming.engagement_text(o.engagement, o.action.title))} "
                f"| {md(o.engagement)} "
                f"| {md(naming.engagement_text(o.engagement, o.theme))} "
                f"| round {o.before.round}: {o.before.people} of {o.before.interviewed} "
                f"| round {o.after.round}: {o.after.people} of {o.after.interviewed} "
                f"| {o.change:+.0f} pts |"
            )
        parts.append("")
    return "\n".join(parts)
