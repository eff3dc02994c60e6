"""Who works in this data folder: each writer seen, their last change, and every file
that needs a person's attention (what `wfinterview team` prints).

Everything is said as it is now: a writer whose clock runs more than a day ahead of this
laptop's is named with how far (core/plan/merging.py says what such stamps do and do not
change), and no stamp, however wrong, fails to show."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan.edit_log import kind_of, scan_folder
from wfinterview.core.plan.merging import CLOCK_BOUND, local_minute

if TYPE_CHECKING:
    from wfinterview.core.workspace.workspace import Workspace


@dataclass
class WriterSeen:
    writer: str
    sessions: int = 0
    edits: int = 0
    last_change: datetime | None = None  # None also for a stamp beyond any calendar
    last_stamp: int = 0  # the latest plan edit's stamp, in milliseconds

    def saw(self, moment: datetime) -> None:
        if self.last_change is None or moment > self.last_change:
            self.last_change = moment

    def stamped(self, ms: int) -> None:
        self.last_stamp = max(self.last_stamp, ms)
        try:
            self.saw(datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone())
        except (OverflowError, ValueError, OSError):
            pass  # shown by its line in "Needs attention" instead


@dataclass
class Team:
    me: str
    writers: list[WriterSeen]
    attention: list[str] = field(default_factory=list)  # one line each


def team(workspace: Workspace, now_ms: int | None = None) -> Team:
    me = workspace.paths.writer
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
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
                writer.stamped(item.entry.at[0])
        for name in sorted(names):
            try:
                plan = store.plan(name)
            except UserError as error:
                attention.append(f"{name}: {error}")
                continue
            attention += [f"{name}: {line}" for line in plan.reports()]
        if not names:  # no log here says whose engagement it is: its problems, as they are
            attention += scan.problems
        for path in scan.other:
            attention.append(f"{path}: not a wfinterview file; left as it is")
    for legacy in sorted(workspace.paths.engagements_dir.glob("*.json")):
        if not legacy.name.endswith(".before-team.json"):
            attention.append(f"{legacy}: from before team sync; taken in when first opened")
    writers = sorted(seen.values(), key=lambda w: (w.writer != me, w.writer == "", w.writer))
    attention += [
        clock_ahead(w.writer, w.last_stamp, now_ms)
        for w in writers
        if w.last_stamp > now_ms + CLOCK_BOUND
    ]
    return Team(me, writers, list(dict.fromkeys(attention)))


def clock_ahead(writer: str, stamp: int, now_ms: int) -> str:
    """The line naming a writer whose latest edit is stamped more than a day ahead."""
    days = (stamp - now_ms) / CLOCK_BOUND
    ahead = (
        f"{days / 365.25:.0f} years"
        if days >= 730
        else f"{days:.0f} days"
        if days >= 2
        else f"{days * 24:.0f} hours"
    )
    return (
        f"{writer}'s clock runs {ahead} ahead of this laptop's (an edit stamped "
        f"{local_minute(stamp)}): its edits keep one order on every laptop, but do not "
        "move the time this laptop stamps its own edits with; set that laptop's date right"
    )


def _engagement_folders(workspace: Workspace) -> list[Path]:
    try:
        children = list(workspace.paths.engagements_dir.iterdir())
    except OSError:  # none yet, or not a folder: no plan is read from it either
        return []
    return [
        path
        for path in children
        if (path.is_dir() or path.is_symlink()) and kind_of(path.name) != "arriving"
    ]
