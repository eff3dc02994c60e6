"""Sessions out to other tools: Markdown (Notion), CSV (spreadsheets), Miro sticky notes.

JSON is in json_export.py, Airtable's linked tables in airtable.py.

Every CSV cell that a spreadsheet could read as a formula (starting with = + - @, a
tab or a carriage return) is written with a leading apostrophe, so a note like
"=HYPERLINK(...)" stays text. With pseudonyms, no real name leaves in any format.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TextIO

from wfinterview.core.framework.content import RECAP_HEADINGS, Tag
from wfinterview.core.interview.clock import mmss
from wfinterview.core.outputs.formats import SafeWriter, md
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import is_digest_wish
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
    "seconds",
    "text",
    "tags",
    "themes",
    "quote",
    "follow_up",
    "note_id",
)


def export_csv(
    sessions: Sequence[SessionDigest],
    tags: Sequence[Tag],
    boards: Mapping[str, ThemeBoard],
    naming: Naming,
    out: TextIO,
) -> None:
    """One row per note: tags and themes as comma-separated names (a multiple select).

    `time` is mm:ss for people; `seconds` beside it is for formulas, since a spreadsheet
    may read "12:30" as half past noon.
    """
    labels = {tag.key: tag.label for tag in tags}
    writer = SafeWriter(out)
    writer.row(CSV_COLUMNS)
    for s in sessions:
        who, sid, date = naming.participant(s), naming.session_id(s), f"{s.started_at:%Y-%m-%d}"
        board = boards[s.engagement]
        for note in s.notes:
            note_tags = note.get("tags", [])
            themes = board.themes_of(f"{s.id}/{note['id']}", note_tags)
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
                    round(note["at"]),
                    naming.text(s, note["text"]),
                    ", ".join(labels.get(k, k) for k in note_tags),
                    ", ".join(naming.text(s, board.theme(t).name) for t in themes),
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
    findings: Mapping[str, list[str]] | None = None,
) -> None:
    """Miro turns each CSV cell into a sticky note: one column per theme, headed by its
    name, then the quotes and the magic-wand wishes; uploaded, it is an affinity map.
    `findings` adds columns after them (findings_export.miro_columns: tools, handoffs)."""
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
                name = naming.text(s, board.theme(theme_id).name)  # may name a person
                columns.setdefault(name, []).append(sticky)
            if theme_ids:
                continue
            if is_digest_wish(note):  # the one rule (core/interview/wishes.py)
                wishes.append(sticky)
            elif note.get("quote"):
                quotes.append(sticky)
    if quotes:
        columns["Quotes"] = quotes
    if wishes:
        columns["Magic wand wishes"] = wishes
    for heading, stickies in (findings or {}).items():
        columns.setdefault(heading, []).extend(stickies)
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
