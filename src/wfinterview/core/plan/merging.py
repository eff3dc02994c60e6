"""Every writer's edits to an engagement, merged into one plan, the same on every machine.

The merge replays all entries in one total order: their hybrid logical clock stamps,
then the writer, the entry number and the entry's bytes. An edit a writer made after
seeing another's always has the later stamp (core/plan/edit_log.py), so it replays
after it, as it was made; edits made in ignorance of each other replay in stamp order.
The result depends only on the set of entries, never on the order files arrived in.

Why an operation log and not a CRDT document: the plan's edits are named operations
that mean something as a whole ("merge theme A into B" moves A's notes, tags and
actions), and replaying them keeps that meaning where a document of maps and lists
would see a merge as many unrelated field writes. A deterministic replay of the same
set of operations is all the convergence a plan needs, and it needs no library and no
binary format. What it must add is saying what happened to edits that met:
- two writers setting one field without seeing each other: the later stamp wins
  everywhere, and the merge reports which value was kept and which replaced, until
  someone who has seen both sets the field again (the team settled it);
- an edit that no longer applies (renaming a theme another writer deleted): skipped
  everywhere, and reported with why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan.edit_log import Logged
from wfinterview.core.plan.engagement_file import EngagementFile


@dataclass(frozen=True)
class Conflict:
    """Two writers set one field without seeing each other's edit."""

    field: tuple[str, ...]
    kept: Logged
    replaced: Logged
    kept_value: object
    replaced_value: object

    def describe(self, plan: EngagementFile) -> str:
        return (
            f"{describe_field(self.field, plan)}: kept {_shown(self.kept_value)} "
            f"({_by(self.kept)}) over {_shown(self.replaced_value)} ({_by(self.replaced)})"
        )


@dataclass(frozen=True)
class Rejected:
    """An edit that did not apply to the merged plan, and why."""

    logged: Logged
    reason: str

    def describe(self) -> str:
        edit = self.logged.entry.edit
        what = edit.op.replace("_", " ") if edit is not None else "an imported plan"
        return f"{what} ({_by(self.logged)}) was not applied: {self.reason}"


@dataclass
class Merged:
    file: EngagementFile
    conflicts: list[Conflict] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    clock: tuple[int, int] = (0, 0)  # the latest stamp met: a new edit goes after it
    seen: dict[str, int] = field(default_factory=dict)  # each writer's last entry met
    last_change: dict[str, int] = field(default_factory=dict)  # each writer's, in ms
    applied: int = 0
    started_from: Logged | None = None  # the plan taken in first, if any

    def reports(self) -> list[str]:
        """One line for each thing the merge decided that a person should know."""
        return [c.describe(self.file) for c in self.conflicts] + [
            r.describe() for r in self.rejected
        ]

    def shown_times(self) -> dict[str, str]:
        """Each time the report's lines may show (milliseconds, as text) and the minute
        they show it as: the lines hold in another time zone only where each reads the same."""
        shown = [item for c in self.conflicts for item in (c.kept, c.replaced)]
        shown += [r.logged for r in self.rejected]
        if self.started_from is not None:
            shown.append(self.started_from)  # named by a different plan's line
        return {str(item.entry.at[0]): local_minute(item.entry.at[0]) for item in shown}


def merge(base: EngagementFile, entries: Iterable[Logged]) -> Merged:
    """`base` (the starting themes) with every entry replayed on it, in the one order."""
    unique = {(item.writer, item.entry.seq, item.digest): item for item in entries}
    ordered = sorted(unique.values(), key=lambda item: item.key)
    merged = Merged(base.model_copy(deep=True))
    _start_from_import(merged, [item for item in ordered if item.entry.imported is not None])
    last_set: dict[tuple[str, ...], tuple[Logged, object]] = {}
    for item in ordered:
        merged.clock = max(merged.clock, item.entry.at)
        merged.seen[item.writer] = max(merged.seen.get(item.writer, 0), item.entry.seq)
        merged.last_change[item.writer] = max(
            merged.last_change.get(item.writer, 0), item.entry.at[0]
        )
        edit = item.entry.edit
        if edit is None:
            continue  # a plan taken in: the start, above
        try:
            edit.apply(merged.file)
        except UserError as error:
            merged.rejected.append(Rejected(item, str(error)))
            continue
        merged.applied += 1
        for key, value in edit.fields().items():
            # Someone who had seen both sides set the field again: settled, not reported.
            merged.conflicts = [
                c
                for c in merged.conflicts
                if c.field != key or not (item.knew(c.kept) and item.knew(c.replaced))
            ]
            before = last_set.get(key)
            if (
                before is not None
                and before[1] != value
                and before[0].writer != item.writer
                and not item.knew(before[0])
            ):
                merged.conflicts.append(Conflict(key, item, before[0], value, before[1]))
            last_set[key] = (item, value)
    return merged


def _start_from_import(merged: Merged, imports: list[Logged]) -> None:
    """A plan taken in from the one-file format is where the merge starts, whenever it
    was taken in: edits made before it arrived were made on the starting themes, which
    it extends. The same file taken in by several writers is one start; a different
    one (two folders that had drifted apart before team sync) is reported, and stays
    in the backup its writer made."""
    if not imports:
        return
    first, *others = imports
    assert first.entry.imported is not None
    merged.file = first.entry.imported.plan.model_copy(deep=True)
    merged.started_from = first
    for item in others:
        assert item.entry.imported is not None
        if item.entry.imported.sha != first.entry.imported.sha:
            why = f"a different plan was taken in first ({_by(first)}); the other is backed up"
            merged.rejected.append(Rejected(item, why))


def describe_field(key: tuple[str, ...], plan: EngagementFile) -> str:
    kind, *rest = key
    if kind == "theme":
        name = next((t.name for t in plan.themes.themes if t.id == rest[0]), rest[0])
        return f"the name of theme '{name}'"
    if kind == "action":
        title = next((a.title for a in plan.actions if a.id == rest[0]), rest[0])
        return f"the {rest[1].replace('_', ' ')} of action '{title}'"
    if kind == "note":
        return f"the themes of note {rest[0]}"
    if kind == "raci":
        return f"RACI cell {rest[1]} × {rest[2]}"
    if kind == "stage":
        return f"the target of stage '{rest[0]}'"
    return " ".join(key)


def _shown(value: object) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "(none)"
    return f"'{value}'"


def _by(item: Logged) -> str:
    return f"{item.writer}, {local_minute(item.entry.at[0])}"


def local_minute(ms: int) -> str:
    """A stamp as a person reads it: its minute in this machine's time zone, now."""
    return f"{datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone():%Y-%m-%d %H:%M}"
