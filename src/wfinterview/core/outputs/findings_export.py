"""Findings beyond tags in the exports, in the shape each tool expects.

* JSON: one complete `findings` object (every tool, candidate, handoff, contrast and
  outcome, nothing cut to a page), notes named by `SESSION_ID/NOTE_ID` as evidence is;
* Airtable: a table each for tools, handoffs, contrasts and outcomes, linked to the notes
  (each note links the tools it names and the handoffs it describes) and the actions;
* Miro: a column of sticky notes for the tools and one for the handoffs, beside the themes;
* Markdown: the report's own sections (findings_report.py).

CSV stays one row per note, the table a spreadsheet filters: findings are counts across
notes and people, which is what the Airtable tables hold.

Anonymized, names go through the same `Naming` as every other export: a quote's words and
speaker, an action's title and theme; a tool candidate that is someone's name is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.wording import plural
from wfinterview.core.outputs.findings_report import STEP_TITLES, shown_candidates
from wfinterview.core.plan.outcomes import Outcome
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import Count, NoteRef
from wfinterview.core.synthesis.findings import Findings
from wfinterview.core.synthesis.handoffs import arrow_line

Json = dict[str, Any]
Row = tuple[object, ...]
MIRO_TOOLS = "Tools named"
MIRO_HANDOFFS = "Handoffs"

TOOL_COLUMNS = ("tool", "people", "roles", "notes", "tags", "workarounds")
HANDOFF_COLUMNS = ("handoff", "from", "to", "people", "roles", "notes", "stuck", "stuck_people")
CONTRAST_COLUMNS = (
    "contrast",
    "engagement",
    "step",
    "tag",
    "stuck_role",
    "stuck_people",
    "stuck_of",
    "smooth_role",
    "smooth_people",
    "stuck_note",
    "smooth_note",
)
OUTCOME_COLUMNS = (
    "outcome",
    "action",
    "engagement",
    "theme",
    "before_round",
    "before_people",
    "before_interviewed",
    "after_round",
    "after_people",
    "after_interviewed",
    "before_percent",
    "after_percent",
)


def note_key(ref: NoteRef, naming: Naming) -> str:
    """SESSION_ID/NOTE_ID, the session id pseudonymous when names are hidden."""
    return f"{naming.session_id(ref.session)}/{ref.note['id']}"


def handoff_key(source: str, target: str) -> str:
    """A handoff's key in a linked table: never a comma (a link cell's separator)."""
    return f"{source} → {target}".replace(",", " ")


def _reach(count: Count) -> Json:
    return {"people": count.participants, "roles": sorted(count.roles), "notes": count.notes}


# -- JSON ---------------------------------------------------------------------------------


def findings_json(found: Findings, outcomes: Sequence[Outcome], naming: Naming) -> Json:
    """The `findings` object of the JSON export (docs/formats.md describes it)."""

    def quote(ref: NoteRef) -> Json:
        return {
            "note": note_key(ref, naming),
            "participant": naming.participant(ref.session),
            "text": naming.text(ref.session, ref.note["text"]),
            "quote": bool(ref.note.get("quote")),
        }

    return {
        "tools": [
            {
                "tool": use.tool,
                **_reach(use.count),
                "tags": dict(use.tags.most_common()),
                "workarounds": dict(use.workarounds.most_common()),
                "examples": [note_key(ref, naming) for ref in use.examples],
            }
            for use in found.tools.tools
        ],
        "candidates": [
            {"word": c.word, "people": c.people, "notes": c.notes}
            for c in shown_candidates(found, naming)
        ],
        "handoffs": [
            {
                "from": edge.source,
                "to": edge.target,
                **_reach(edge.count),
                "stuck": edge.friction,
                "stuck_people": len(edge.friction_people),
                "examples": [note_key(ref, naming) for ref in edge.examples],
            }
            for edge in found.handoffs
        ],
        "contrasts": [
            {
                "engagement": c.engagement,
                "step": c.step,
                "tag": c.tag,
                "stuck": {
                    "role": c.stuck_role,
                    "people": c.stuck_people,
                    "of": c.stuck_of,
                    **quote(c.stuck_note),
                },
                "smooth": {
                    "role": c.smooth_role,
                    "people": c.smooth_people,
                    **quote(c.smooth_note),
                },
            }
            for c in found.contrasts
        ],
        "outcomes": [
            {
                "engagement": o.engagement,
                "action": o.action.id,
                "title": naming.engagement_text(o.engagement, o.action.title),
                "theme": naming.engagement_text(o.engagement, o.theme),
                "done_at": o.action.done_at.isoformat() if o.action.done_at else None,
                "before": {
                    "round": o.before.round,
                    "people": o.before.people,
                    "interviewed": o.before.interviewed,
                },
                "after": {
                    "round": o.after.round,
                    "people": o.after.people,
                    "interviewed": o.after.interviewed,
                },
                "change_points": round(o.change, 1),
            }
            for o in outcomes
        ],
    }


# -- Airtable -----------------------------------------------------------------------------


def findings_tables(
    found: Findings,
    outcomes: Sequence[Outcome],
    tags: Sequence[Tag],
    naming: Naming,
    note_keys: Mapping[str, str],
    theme_key: Callable[[Outcome], str],
) -> dict[str, tuple[tuple[str, ...], list[Row]]]:
    """Table name -> (columns, rows) for tools, handoffs, contrasts and outcomes.

    `note_keys` maps each real SESSION_ID/NOTE_ID to the key the notes table wrote;
    `theme_key` gives an outcome's theme its key in the themes table."""
    labels = {tag.key: tag.label for tag in tags}
    tools: list[Row] = [
        (
            use.tool.replace(",", " "),
            use.count.participants,
            len(use.count.roles),
            use.count.notes,
            ", ".join(f"{labels.get(k, k)} {n}" for k, n in use.tags.most_common()),
            ", ".join(f"{name} {n}" for name, n in use.workarounds.most_common()),
        )
        for use in found.tools.tools
    ]
    handoffs: list[Row] = [
        (
            handoff_key(e.source, e.target),
            e.source,
            e.target,
            e.count.participants,
            len(e.count.roles),
            e.count.notes,
            e.friction,
            len(e.friction_people),
        )
        for e in found.handoffs
    ]
    contrasts: list[Row] = [
        (
            f"c{number}",
            c.engagement,
            STEP_TITLES.get(c.step, c.step),
            labels.get(c.tag, c.tag),
            c.stuck_role,
            c.stuck_people,
            c.stuck_of,
            c.smooth_role,
            c.smooth_people,
            note_keys.get(c.stuck_note.key, ""),
            note_keys.get(c.smooth_note.key, ""),
        )
        for number, c in enumerate(found.contrasts, 1)
    ]
    outcome_rows: list[Row] = [
        (
            f"{o.action.id}/round-{o.after.round}",
            o.action.id,
            o.engagement,
            theme_key(o),
            o.before.round,
            o.before.people,
            o.before.interviewed,
            o.after.round,
            o.after.people,
            o.after.interviewed,
            # Shares, not their difference: a cell starting with "-" is made text by the
            # formula guard (formats.py), and Airtable takes the difference in a formula.
            round(o.before.share * 100, 1),
            round(o.after.share * 100, 1),
        )
        for o in outcomes
    ]
    return {
        "tools": (TOOL_COLUMNS, tools),
        "handoffs": (HANDOFF_COLUMNS, handoffs),
        "contrasts": (CONTRAST_COLUMNS, contrasts),
        "outcomes": (OUTCOME_COLUMNS, outcome_rows),
    }


# -- Miro ---------------------------------------------------------------------------------


def miro_columns(found: Findings, tags: Mapping[str, Tag]) -> dict[str, list[str]]:
    """A sticky note per tool and per handoff, most people first (none: no column)."""
    columns: dict[str, list[str]] = {}
    tools = []
    for use in found.tools.tools:
        parts = [
            f"{use.tool}: {plural(use.count.participants, 'person', 'people')}, "
            f"{plural(len(use.count.roles), 'role')}"
        ]
        tagged = " ".join(f"{tags[k].emoji} {n}" for k, n in use.tags.most_common() if k in tags)
        if tagged:
            parts.append(tagged)
        if use.workarounds:
            parts.append(
                "instead: " + ", ".join(f"{w} {n}" for w, n in use.workarounds.most_common(3))
            )
        tools.append(" · ".join(parts))
    if tools:
        columns[MIRO_TOOLS] = tools
    if found.handoffs:
        columns[MIRO_HANDOFFS] = [arrow_line(edge) for edge in found.handoffs]
    return columns
