"""What a replay decides beyond applying edits: the one order entries replay in, where an
edit's theme went when another writer merged it away before the edit met it, and where a
note goes that two writers moved at once.

Both depend only on the entries themselves, so every machine decides them alike
(core/plan/merging.py replays; core/plan/engagements.py records a new edit already
followed through the merges it replays after, so the recorded edit says what it did).
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterable, Mapping

from wfinterview.core.plan.edit_log import Logged
from wfinterview.core.plan.edits import (
    AddAction,
    CreateTheme,
    Edit,
    MergeThemes,
    MoveNote,
    RestoreTheme,
)
from wfinterview.core.synthesis.themes import ThemeBoard


def replay_order(entries: Iterable[Logged]) -> list[Logged]:
    """The entries in the one order every machine replays them in: by `Logged.key`
    (stamp, writer, number, bytes), except that an entry comes after every entry its
    writer had seen when making it (its own earlier ones, and those `seen` names).

    With honest clocks this is the key order itself: an entry made after seeing another
    has the later stamp. A stamp from a clock years ahead keeps its place among the
    edits made without seeing it, and every edit made after seeing it still replays
    after it. Entries that claim to have seen each other (only a forged log can) are
    released by key, so the order always exists."""
    keyed = sorted(((item.key, item) for item in entries), key=lambda pair: pair[0])
    by_key = [item for _, item in keyed]
    chains: dict[str, list[int]] = {}  # each writer's entries (by rank), in number order
    for rank, item in enumerate(by_key):
        chains.setdefault(item.writer, []).append(rank)
    for chain in chains.values():
        chain.sort(key=lambda rank: (by_key[rank].entry.seq, rank))
    numbers = {w: [by_key[rank].entry.seq for rank in chain] for w, chain in chains.items()}
    place = {rank: at for chain in chains.values() for at, rank in enumerate(chain)}
    before: list[set[int]] = []  # what each entry waits for
    for rank, item in enumerate(by_key):
        # Its writer's entry before it (of a number reused, the earlier ones too), and
        # the last entry it had seen of each other writer.
        needs = {chains[item.writer][place[rank] - 1]} if place[rank] else set()
        for writer, seq in item.entry.seen.items():
            at = bisect.bisect_right(numbers.get(writer, []), seq) - 1
            if at >= 0:
                needs.add(chains[writer][at])
        needs.discard(rank)
        before.append(needs)
    if all(rank > need for rank, needs in enumerate(before) for need in needs):
        return by_key  # honest clocks: the key order keeps every "after"
    waiting = [len(needs) for needs in before]
    waiters: list[list[int]] = [[] for _ in by_key]
    for rank, needs in enumerate(before):
        for need in needs:
            waiters[need].append(rank)
    ready = [index for index, count in enumerate(waiting) if count == 0]
    heapq.heapify(ready)
    done = [False] * len(by_key)
    ordered: list[Logged] = []
    stuck = 0
    while len(ordered) < len(by_key):
        if not ready:  # a cycle only forged logs make: release the first left by key
            while done[stuck]:
                stuck += 1
            ready.append(stuck)
        index = heapq.heappop(ready)
        if done[index]:
            continue
        done[index] = True
        ordered.append(by_key[index])
        for waiter in waiters[index]:
            waiting[waiter] -= 1
            if waiting[waiter] == 0 and not done[waiter]:
                heapq.heappush(ready, waiter)
    return ordered


def follow_merges(edit: Edit, merged_into: Mapping[str, str]) -> Edit:
    """`edit` with each theme it names that was merged away named by the theme it went
    into: a note moved out of a theme a teammate merged into another is moved out of
    that one (else it would end in two themes), moved or added into one is put where
    the theme's notes went. Merges themselves are followed only for their target: a
    theme merged into a theme that was merged on goes where that one went."""
    if not merged_into:
        return edit
    if isinstance(edit, MoveNote):
        source = None if edit.from_id is None else follow_theme(edit.from_id, merged_into)
        target = follow_theme(edit.to_id, merged_into)
        return edit.model_copy(update={"from_id": source, "to_id": target})
    if isinstance(edit, MergeThemes):
        return edit.model_copy(update={"target_id": follow_theme(edit.target_id, merged_into)})
    if isinstance(edit, AddAction) and edit.action.theme_id is not None:
        action = edit.action.model_copy(
            update={"theme_id": follow_theme(edit.action.theme_id, merged_into)}
        )
        return edit.model_copy(update={"action": action})
    return edit


def follow_theme(theme_id: str, merged_into: Mapping[str, str]) -> str:
    """The theme `theme_id` went into, through every merge since; itself if none."""
    seen: set[str] = set()
    while theme_id in merged_into and theme_id not in seen:
        seen.add(theme_id)
        theme_id = merged_into[theme_id]
    return theme_id


def remember_merge(edit: Edit, merged_into: dict[str, str]) -> None:
    """After `edit` applied: which theme went into which, for the edits replayed later."""
    if isinstance(edit, MergeThemes):
        merged_into[edit.source_id] = edit.target_id
    elif isinstance(edit, RestoreTheme):
        merged_into.pop(edit.theme.id, None)  # back on the board: no longer merged away
    elif isinstance(edit, CreateTheme):
        merged_into.pop(edit.theme_id, None)


def after_concurrent_move(
    edit: Edit,
    item: Logged,
    moves: Mapping[str, tuple[Logged, str]],
    board: ThemeBoard,
    merged_into: Mapping[str, str],
) -> Edit:
    """A note two writers moved without seeing each other's move ends where the later
    move put it, as the merge reports ("kept … over …"): the later move takes the note
    out of the theme the earlier one put it in, since the theme it was moved out of no
    longer holds it. Else the note would end in both themes. `moves` holds each note's
    last move replayed (its entry and the theme it went to)."""
    if not isinstance(edit, MoveNote) or (previous := moves.get(edit.note_key)) is None:
        return edit
    earlier, went_to = previous
    if item.knew(earlier) or edit.from_id in board.themes_of(edit.note_key, edit.tags):
        return edit
    return edit.model_copy(update={"from_id": follow_theme(went_to, merged_into)})
