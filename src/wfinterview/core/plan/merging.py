"""Every writer's edits to an engagement, merged into one plan, the same on every machine.

The merge replays all entries in one total order: their hybrid logical clock stamps,
then the writer, the entry number and the entry's bytes, except that an edit always
replays after every edit its writer had seen (`replay_order`). With honest clocks that
is the stamp order itself: an edit made after seeing another has the later stamp
(core/plan/edit_log.py). A laptop whose clock is wrong by years cannot make everyone's
clock wrong: a stamp more than a day ahead of this machine's clock (`CLOCK_BOUND`) does
not move the clock new edits are stamped with, and the edits made after seeing it still
replay after it, because they saw it. The result depends only on the set of entries,
never on the order files arrived in, nor on any machine's clock.

Why an operation log and not a CRDT document: the plan's edits are named operations
that mean something as a whole ("merge theme A into B" moves A's notes, tags and
actions), and replaying them keeps that meaning where a document of maps and lists
would see a merge as many unrelated field writes. A deterministic replay of the same
set of operations is all the convergence a plan needs, and it needs no library and no
binary format. What it must add is saying what happened to edits that met:
- two writers setting one field without seeing each other: the later stamp wins
  everywhere, and the merge reports which value was kept and which replaced, until
  someone who has seen both sets the field again (the team settled it);
- an edit that no longer applies (renaming a theme another writer deleted), or that a
  teammate's program wrote and this one cannot apply (a theme id the plan refuses):
  skipped everywhere, and reported with why.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Final

from pydantic import ValidationError

from wfinterview.core.framework.errors import UserError, validation_problems
from wfinterview.core.plan.edit_log import Logged
from wfinterview.core.plan.edits import Edit, MoveNote
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.invariants import repair
from wfinterview.core.plan.replay import (
    after_concurrent_move,
    follow_merges,
    follow_theme,
    remember_merge,
    replay_order,
)

# A laptop's clock may be minutes off, or a time zone set wrong by hours; a stamp further
# ahead than a day is a clock set to another year (or a hostile file), and adopting it
# would stamp every later edit of everyone after it. A day keeps honest laptops whose
# clocks drift, or whose owner fixed a wrong zone, working as before.
CLOCK_BOUND: Final = 24 * 60 * 60 * 1000  # milliseconds


@dataclass(frozen=True)
class Conflict:
    """Two writers set one field without seeing each other's edit."""

    field: tuple[str, ...]
    kept: Logged
    replaced: Logged
    kept_value: object
    replaced_value: object

    def describe(self, plan: EngagementFile, merged_into: dict[str, str] | None = None) -> str:
        return (
            f"{describe_field(self.field, plan, merged_into or {})}: kept "
            f"{_shown(self.kept_value)} "
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
    # Each theme merged away -> the theme it went into (core/plan/replay.py).
    merged_into: dict[str, str] = field(default_factory=dict)

    def reports(self) -> list[str]:
        """One line for each thing the merge decided that a person should know."""
        return [c.describe(self.file, self.merged_into) for c in self.conflicts] + [
            r.describe() for r in self.rejected
        ]

    def shown_times(self) -> dict[str, str]:
        """Each time the report's lines may show (milliseconds, as text) and the minute
        they show it as: the lines hold in another time zone only where each reads the same."""
        shown = [item for c in self.conflicts for item in (c.kept, c.replaced)]
        shown += [r.logged for r in self.rejected]
        if self.started_from is not None:
            shown.append(self.started_from)  # named by a different plan's line
        return {
            str(item.entry.at[0]): local_minute(item.entry.at[0])
            for item in shown
            if item.entry.at[0] < LOCAL_TIMES_END  # later ones read the same everywhere
        }


def merge(base: EngagementFile, entries: Iterable[Logged], now_ms: int | None = None) -> Merged:
    """`base` (the starting themes) with every entry replayed on it, in the one order.

    `now_ms` (this machine's clock by default) only bounds `Merged.clock`, the clock the
    next edit is stamped after: never the plan, which every machine computes alike."""
    unique = {(item.writer, item.entry.seq, item.digest): item for item in entries}
    ordered = replay_order(unique.values())
    merged = Merged(base.model_copy(deep=True))
    _start_from_import(merged, [item for item in ordered if item.entry.imported is not None])
    bound = (int(time.time() * 1000) if now_ms is None else now_ms) + CLOCK_BOUND
    last_set: dict[tuple[str, ...], tuple[Logged, object]] = {}
    moves: dict[str, tuple[Logged, str]] = {}  # each note's last move: by whom, to where
    for item in ordered:
        if item.entry.at[0] <= bound:
            merged.clock = max(merged.clock, item.entry.at)
        merged.seen[item.writer] = max(merged.seen.get(item.writer, 0), item.entry.seq)
        merged.last_change[item.writer] = max(
            merged.last_change.get(item.writer, 0), item.entry.at[0]
        )
        if item.entry.edit is None:
            continue  # a plan taken in: the start, above
        edit = follow_merges(item.entry.edit, merged.merged_into)
        edit = after_concurrent_move(edit, item, moves, merged.file.themes, merged.merged_into)
        if (why := _apply(edit, merged.file)) is not None:
            merged.rejected.append(Rejected(item, why))
            continue
        remember_merge(edit, merged.merged_into)
        if isinstance(edit, MoveNote):
            moves[edit.note_key] = (item, edit.to_id)
        merged.applied += 1
        for key, value in edit.fields().items():
            # Someone who had seen both sides set the field again: settled, not reported.
            # Set again by one who had not: still a conflict, naming the value it holds now.
            merged.conflicts = [
                c
                if c.field != key or item.knew(c.replaced)
                else replace(c, kept=item, kept_value=value)
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


def _apply(edit: Edit, file: EngagementFile) -> str | None:
    """Apply one edit; why it could not be, if it could not.

    A teammate's program may write an edit this one's schema of edits accepts but its
    plan refuses (a theme id the `Theme` model rejects), or one no version of the
    program would write: whatever it raises, the edit is skipped and said, never the
    end of the merge. Edits check what they need before they change anything
    (core/plan/edits.py), so a refused edit leaves the plan as it was."""
    try:
        edit.apply(file)
    except UserError as error:
        return str(error)
    except ValidationError as error:
        return (
            "it holds a value the plan cannot take (" + "; ".join(validation_problems(error)) + ")"
        )
    except Exception as error:  # noqa: BLE001 - any failure of a teammate's edit is said
        return f"it cannot be applied to this plan ({type(error).__name__})"
    return None


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
    merged.file = repair(first.entry.imported.plan.model_copy(deep=True))
    merged.started_from = first
    for item in others:
        assert item.entry.imported is not None
        if item.entry.imported.sha != first.entry.imported.sha:
            why = f"a different plan was taken in first ({_by(first)}); the other is backed up"
            merged.rejected.append(Rejected(item, why))


def describe_field(
    key: tuple[str, ...], plan: EngagementFile, merged_into: dict[str, str] | None = None
) -> str:
    """The field as the plan names it now: a theme by its name today, or by what became
    of it when it is no longer in the plan."""
    kind, *rest = key
    if kind == "theme":
        names = {t.id: t.name for t in plan.themes.themes}
        if rest[0] in names:
            return f"the name of theme '{names[rest[0]]}'"
        into = follow_theme(rest[0], merged_into or {})
        gone = f"merged into '{names[into]}'" if into in names else "deleted"
        return f"the name of theme '{rest[0]}' (no longer in the plan: {gone})"
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


# Stamps from 2286 on are a wrong clock: shown in UTC, the same in every time zone (the
# plan cache keeps the local minutes it showed, core/plan/plan_cache.py, only below this).
LOCAL_TIMES_END: Final = 10**13


def local_minute(ms: int) -> str:
    """A stamp as a person reads it: its minute in this machine's time zone, now. No
    stamp, however wrong, fails to show: beyond 2286 in UTC, beyond any date in words."""
    try:
        moment = datetime.fromtimestamp(ms / 1000, tz=UTC)
        if ms < LOCAL_TIMES_END:
            return f"{moment.astimezone():%Y-%m-%d %H:%M}"
        return f"{moment:%Y-%m-%d %H:%M} UTC"
    except (OverflowError, ValueError, OSError):
        return "a time beyond any calendar (a wrong clock)"
