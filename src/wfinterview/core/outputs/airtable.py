"""Airtable's linked tables: sessions.csv, notes.csv, themes.csv and actions.csv, and the
findings beyond tags: tools.csv, handoffs.csv, contrasts.csv and outcomes.csv.

Each table's first column is its key (Airtable's primary field), and a link column holds
keys of another table, comma-separated, which is how Airtable imports a linked-record
field. Keys never hold a comma: session ids and note ids are the program's own, and a
theme's key is its engagement's slug and its id (its number, anonymized).

    notes.session   -> sessions.session
    notes.themes    -> themes.theme
    notes.tools     -> tools.tool          (the tools a note names)
    notes.handoffs  -> handoffs.handoff    (the handoffs a note describes)
    actions.theme   -> themes.theme
    actions.evidence -> notes.note
    contrasts.stuck_note, contrasts.smooth_note -> notes.note
    outcomes.action -> actions.action
    outcomes.theme  -> themes.theme
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Mapping, Sequence

from wfinterview.core.framework.content import Tag
from wfinterview.core.interview.clock import mmss
from wfinterview.core.outputs.findings_export import findings_tables, handoff_key
from wfinterview.core.outputs.formats import SafeWriter
from wfinterview.core.outputs.plans import action_theme
from wfinterview.core.plan.actions import STATUS_LABELS
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.outcomes import Outcome, theme_of
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.findings import Findings
from wfinterview.core.synthesis.session_findings import FindingsReader
from wfinterview.core.synthesis.themes import ThemeBoard

SESSION_COLUMNS = (
    "session",
    "participant",
    "role",
    "engagement",
    "round",
    "date",
    "facilitator",
    "planned_minutes",
    "elapsed_minutes",
    "notes",
)
NOTE_COLUMNS = (
    "note",
    "session",
    "step",
    "time",
    "seconds",
    "text",
    "tags",
    "themes",
    "quote",
    "follow_up",
    "tools",
    "handoffs",
)
THEME_COLUMNS = ("theme", "engagement", "name", "notes", "people", "roles")
ACTION_COLUMNS = (
    "action",
    "engagement",
    "title",
    "kind",
    "status",
    "owner",
    "due",
    "theme",
    "evidence",
    "validated_by",
)


def slug(engagement: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", engagement).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "engagement"


def theme_keys(boards: Mapping[str, ThemeBoard], naming: Naming) -> dict[tuple[str, str], str]:
    """(engagement, theme id) -> the theme's key. A theme id is made from its name, which
    may name a person: anonymized, themes are numbered instead."""
    keys = {}
    for engagement, board in boards.items():
        for number, theme in enumerate(board.themes, 1):
            name = theme.id if naming.pseudonyms is None else f"t{number}"
            keys[(engagement, theme.id)] = f"{slug(engagement)}/{name}"
    return keys


def airtable_tables(
    sessions: Sequence[SessionDigest],
    tags: Sequence[Tag],
    boards: Mapping[str, ThemeBoard],
    plans: Sequence[EngagementFile],
    naming: Naming,
    found: Findings | None = None,
    outcomes: Sequence[Outcome] = (),
    reader: FindingsReader | None = None,
) -> dict[str, str]:
    """File name -> CSV text, for the four tables, and the findings' four with `found`
    (`reader` reads each note's tools and handoffs for the notes' link columns)."""
    labels = {tag.key: tag.label for tag in tags}
    tables = {name: io.StringIO() for name in ("sessions", "notes", "themes", "actions")}
    writers = {name: SafeWriter(out) for name, out in tables.items()}
    writers["sessions"].row(SESSION_COLUMNS)
    writers["notes"].row(NOTE_COLUMNS)
    writers["themes"].row(THEME_COLUMNS)
    writers["actions"].row(ACTION_COLUMNS)
    keys = theme_keys(boards, naming)
    # Per theme key: notes, people and roles, counted while the notes are written.
    reach: dict[str, tuple[list[int], set[str], set[str]]] = {}
    note_keys: dict[str, str] = {}  # the real SESSION_ID/NOTE_ID -> the key written
    for s in sessions:
        sid = naming.session_id(s)
        writers["sessions"].row(
            (
                sid,
                naming.participant(s),
                s.participant.role,
                s.engagement,
                s.round,
                f"{s.started_at:%Y-%m-%d}",
                naming.facilitator(s),
                s.planned_minutes,
                round(s.elapsed_seconds / 60, 1),
                len(s.notes),
            )
        )
        board = boards[s.engagement]
        links = reader.note_links(s) if reader is not None else [([], [])] * len(s.notes)
        for note, (tools, handoffs) in zip(s.notes, links, strict=True):
            real_key = f"{s.id}/{note['id']}"
            key = note_keys[real_key] = f"{sid}/{note['id']}"
            note_tags = note.get("tags", [])
            themes = [
                keys[(s.engagement, t)]
                for t in board.themes_of(real_key, note_tags)
                if (s.engagement, t) in keys
            ]
            for theme in themes:
                counted = reach.setdefault(theme, ([0], set(), set()))
                counted[0][0] += 1
                counted[1].add(s.participant.name.casefold())
                counted[2].add(s.participant.role)
            writers["notes"].row(
                (
                    key,
                    sid,
                    s.step_title(note["step"]),
                    mmss(note["at"]),
                    round(note["at"]),
                    naming.text(s, note["text"]),
                    ", ".join(labels.get(k, k) for k in note_tags),
                    ",".join(themes),
                    "true" if note.get("quote") else "false",
                    "true" if note.get("follow_up") else "false",
                    ",".join(tool.replace(",", " ") for tool in tools),
                    ",".join(handoff_key(*pair) for pair in handoffs),
                )
            )
    for engagement, board in sorted(boards.items()):
        for board_theme in board.themes:
            key = keys[(engagement, board_theme.id)]
            notes, people, roles = reach.get(key, ([0], set(), set()))
            writers["themes"].row(
                (
                    key,
                    engagement,
                    naming.engagement_text(engagement, board_theme.name),
                    notes[0],
                    len(people),
                    len(roles),
                )
            )
    for plan in plans:
        board = boards.get(plan.engagement, plan.themes)
        by_name = {t.name: t.id for t in board.themes}
        text = lambda value, e=plan.engagement: naming.engagement_text(e, value)  # noqa: E731
        for action in plan.actions:
            theme_name = action_theme(action, board)
            theme_id = by_name.get(theme_name) if theme_name else None
            writers["actions"].row(
                (
                    action.id,
                    plan.engagement,
                    text(action.title),
                    action.kind_label,
                    STATUS_LABELS[action.status],
                    text(action.owner),
                    action.due.isoformat() if action.due else "",
                    keys.get((plan.engagement, theme_id), "") if theme_id else "",
                    # Evidence from a session no longer there has no row to link to.
                    ",".join(note_keys[k] for k in action.evidence if k in note_keys),
                    ", ".join(text(name) for name in action.validated_by),
                )
            )
    if found is not None:

        def outcome_theme(outcome: Outcome) -> str:
            board = boards.get(outcome.engagement)
            theme = theme_of(outcome.action, board) if board is not None else None
            return keys.get((outcome.engagement, theme.id), "") if theme is not None else ""

        for name, (columns, rows) in findings_tables(
            found, outcomes, tags, naming, note_keys, outcome_theme
        ).items():
            tables[name] = io.StringIO()
            writer = SafeWriter(tables[name])
            writer.row(columns)
            for row in rows:
                writer.row(row)
    return {f"{name}.csv": out.getvalue() for name, out in tables.items()}
