"""Who works in this data folder: each writer seen, their last change, and every file
that needs a person's attention (what `wfinterview team` prints)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wfinterview.core.plan.edit_log import kind_of, scan_folder

if TYPE_CHECKING:
    from wfinterview.core.workspace.workspace import Workspace


@dataclass
class WriterSeen:
    writer: str
    sessions: int = 0
    edits: int = 0
    last_change: datetime | None = None

    def saw(self, moment: datetime) -> None:
        if self.last_change is None or moment > self.last_change:
            self.last_change = moment


@dataclass
class Team:
    me: str
    writers: list[WriterSeen]
    attention: list[str] = field(default_factory=list)  # one line each


def team(workspace: Workspace) -> Team:
    me = workspace.paths.writer
    seen: dict[str, WriterSeen] = {me: WriterSeen(me)}
    listing = workspace.list_sessions()
    attention = [str(problem) for problem in listing.problems]
    for session in listing.sessions:
        writer = seen.setdefault(session.writer or "", WriterSeen(session.writer or ""))
        writer.sessions += 1
        writer.saw(session.ended_at or session.started_at)
    store = workspace.engagements
    for folder in sorted(_engagement_folders(workspace)):
        scan = scan_folder(folder)
        names = {log.header.engagement for log in scan.logs if log.header is not None}
        counted: set[tuple[str, int, str]] = set()  # a conflict copy's entries, once
        for log in scan.logs:
            for item in log.logged:
                if (item.writer, item.entry.seq, item.digest) in counted:
                    continue
                counted.add((item.writer, item.entry.seq, item.digest))
                writer = seen.setdefault(item.writer, WriterSeen(item.writer))
                writer.edits += 1
                writer.saw(datetime.fromtimestamp(item.entry.at[0] / 1000, tz=UTC).astimezone())
        for name in sorted(names):
            plan = store.plan(name)
            attention += [f"{name}: {line}" for line in plan.reports()]
        for path in scan.other:
            attention.append(f"{path}: not a wfinterview file; left as it is")
    for legacy in sorted(workspace.paths.engagements_dir.glob("*.json")):
        if not legacy.name.endswith(".before-team.json"):
            attention.append(f"{legacy}: from before team sync; taken in when first opened")
    writers = sorted(seen.values(), key=lambda w: (w.writer != me, w.writer == "", w.writer))
    return Team(me, writers, list(dict.fromkeys(attention)))


def _engagement_folders(workspace: Workspace) -> list[Path]:
    try:
        children = list(workspace.paths.engagements_dir.iterdir())
    except FileNotFoundError:
        return []
    return [path for path in children if path.is_dir() and kind_of(path.name) != "arriving"]
