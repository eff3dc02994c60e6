"""Sessions out to other tools: Markdown (Notion), CSV (Airtable), Miro sticky notes, JSON.

Every CSV cell that a spreadsheet could read as a formula (starting with = + - @, a
tab or a carriage return) is written with a leading apostrophe, so a note like
"=HYPERLINK(...)" stays text. With pseudonyms, no real name leaves in any format.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TextIO

from wfinterview.core.framework.content import MAGIC_WAND_STEP, RECAP_HEADINGS, Tag
from wfinterview.core.framework.models import Session, now
from wfinterview.core.interview.clock import mmss
from wfinterview.core.outputs.formats import SafeWriter, md
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.digest import DigestNote, SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

CSV_COLUMNS = (
    "session",
    "participant",
    "role",
    "engagement",
    "round",
    "date",
    "step",
    "time",
    "text",
    "tags",
    "quote",
    "follow_up",
    "note_id",
)
EXPORT_FORMAT = "wfinterview.export"


def export_csv(
    sessions: Sequence[SessionDigest], tags: Sequence[Tag], naming: Naming, out: TextIO
) -> None:
    """One row per note, for Airtable: tags as comma-separated labels (a multiple select)."""
    labels = {tag.key: tag.label for tag in tags}
    writer = SafeWriter(out)
    writer.row(CSV_COLUMNS)
    for s in sessions:
        who, sid, date = naming.participant(s), naming.session_id(s), f"{s.started_at:%Y-%m-%d}"
        for note in s.notes:
            writer.row(
                (
                    sid,
                    who,
                    s.participant.role,
                    s.engagement,
                    s.round,
                    date,
                    s.step_title(note["step"]),
                    mmss(note["at"]),
                    naming.text(s, note["text"]),
                    ", ".join(labels.get(k, k) for k in note.get("tags", ())),
                    _yes(note.get("quote", False)),
                    _yes(note.get("follow_up", False)),
                    note["id"],
                )
            )


def _yes(flag: bool) -> str:
    return "true" if flag else "false"


def export_miro(
    sessions: Sequence[SessionDigest],
    tags: Sequence[Tag],
    boards: Mapping[str, ThemeBoard],
    naming: Naming,
    out: TextIO,
) -> None:
    """Miro turns each CSV cell into a sticky note: one column per theme, headed by its
    name, then the quotes and the magic-wand wishes; uploaded, it is an affinity map."""
    badges = {tag.key: tag.emoji for tag in tags}
    columns: dict[str, list[str]] = {}
    quotes: list[str] = []
    wishes: list[str] = []
    for s in sessions:
        board = boards[s.engagement]
        for note in s.notes:
            note_tags = note.get("tags", [])
            sticky = _sticky(s, note, badges, naming)
            theme_ids = board.themes_of(f"{s.id}/{note['id']}", note_tags)
            for theme_id in theme_ids:
                columns.setdefault(board.theme(theme_id).name, []).append(sticky)
            if not theme_ids and note.get("quote"):
                quotes.append(sticky)
            elif note["step"] == MAGIC_WAND_STEP and not note_tags:
                wishes.append(sticky)
    if quotes:
        columns["Quotes"] = quotes
    if wishes:
        columns["Magic wand wishes"] = wishes
    writer = SafeWriter(out)
    writer.row(columns)
    for index in range(max((len(c) for c in columns.values()), default=0)):
        writer.row(c[index] if index < len(c) else "" for c in columns.values())


def _sticky(s: SessionDigest, note: DigestNote, badges: Mapping[str, str], naming: Naming) -> str:
    marks = "".join(badges.get(k, "") for k in note.get("tags", ()))
    text = naming.text(s, note["text"])
    if note.get("quote"):
        text = f"“{text}”"
    return f"{marks + ' ' if marks else ''}{text} ({naming.participant(s)}, {s.participant.role})"


def export_markdown(
    sessions: Sequence[SessionDigest], tags: Sequence[Tag], naming: Naming, out: TextIO
) -> None:
    """A section per session, its notes under their steps, then its recap (imports into Notion)."""
    badges = {tag.key: tag.emoji for tag in tags}
    for number, s in enumerate(sessions):
        if number:
            out.write("\n---\n\n")
        out.write(f"# {md(naming.participant(s))} · {md(s.participant.role)}\n\n")
        facts = [
            s.engagement,
            f"round {s.round}",
            f"{s.started_at:%Y-%m-%d %H:%M}",
            f"{mmss(s.elapsed_seconds)} of {s.planned_minutes} min",
            f"session {naming.session_id(s)}",
        ]
        out.write(" · ".join(md(f) for f in facts if f) + "\n")
        for step_number, step in enumerate(s.agenda.steps, 1):
            notes = [n for n in s.notes if n["step"] == step.key]
            if not notes:
                continue
            out.write(f"\n## {step_number}. {md(step.title)}\n\n")
            for note in sorted(notes, key=lambda n: n["at"]):
                out.write(_note_line(s, note, badges, naming))
        if s.recap is not None:
            out.write(
                "\n## Recap"
                + (f" (sent {s.recap.sent_at:%Y-%m-%d})" if s.recap.sent_at else "")
                + "\n"
            )
            for heading, body in zip(
                RECAP_HEADINGS, (s.recap.heard, s.recap.stuck, s.recap.magic_wand), strict=True
            ):
                out.write(f"\n### {heading}\n\n{naming.text(s, body).strip()}\n")


def _note_line(
    s: SessionDigest, note: DigestNote, badges: Mapping[str, str], naming: Naming
) -> str:
    marks = " ".join(badges.get(k, k) for k in note.get("tags", ()))
    text = md(naming.text(s, note["text"]))
    if note.get("quote"):
        text = f"“{text}”"
    follow = " ↩ *follow-up*" if note.get("follow_up") else ""
    line = f"- `{mmss(note['at'])}` {marks + ' ' if marks else ''}{text}{follow}"
    return (
        "\n    ".join(line.splitlines()) + "\n"
    )  # a pasted multi-line quote stays inside its bullet


def export_json(
    sessions: Sequence[Session], naming: Naming, out: TextIO, when: datetime | None = None
) -> None:
    """Every field of every session; anonymized, every name and id replaced."""
    documents = []
    for session in sessions:
        data = session.model_dump(mode="json")
        if naming.pseudonyms is not None:
            data["id"] = naming.session_id(session)
            data["participant"]["name"] = naming.participant(session)
            data["facilitator"] = naming.facilitator(session)
            for note in data["notes"]:
                note["text"] = naming.text(session, note["text"])
            if data["recap"]:
                for field in ("heard", "stuck", "magic_wand"):
                    data["recap"][field] = naming.text(session, data["recap"][field])
        documents.append(data)
    header = {
        "format": EXPORT_FORMAT,
        "version": 1,
        "exported_at": (when or now()).isoformat(),
        "anonymized": naming.pseudonyms is not None,
    }
    json.dump({**header, "sessions": documents}, out, ensure_ascii=False, indent=1)
    out.write("\n")
