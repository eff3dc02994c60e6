"""Where a merge is fragile, tested so that a broken one is noticed: entries with equal
stamps from different writers, logs read in every order, a last line still arriving
followed by an append, and laptops whose files meet in every order."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from tests.core.test_team_files import ACME, carry, machine
from wfinterview.core.plan import engagements
from wfinterview.core.plan.edit_log import Entry, Logged, entry_line, log_name, read_log
from wfinterview.core.plan.edits import (
    AddStage,
    CreateTheme,
    DeleteTheme,
    Edit,
    MergeThemes,
    MoveNote,
    RenameTheme,
    SetStageTarget,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.plan.invariants import notes_in_several_themes, plan_problems
from wfinterview.core.plan.merging import merge
from wfinterview.core.storage import atomic

WRITERS = ("anna-1", "bob-2", "cara-3")


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest


def renames_at_one_stamp(tmp_path: Path) -> list[EngagementStore]:
    """Three writers rename one theme unaware of each other, their clocks on one millisecond."""
    stores = [machine(tmp_path, writer) for writer in WRITERS]
    for store in stores:
        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(engagements.time, "time", lambda: 1_796_600_000.0)
            name = f"Sign-off ({store.writer})"
            store.apply(ACME, RenameTheme(theme_id="approval-issues", name=name))
    return stores


def test_equal_stamps_from_different_writers_replay_in_one_order_whatever_the_read_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stores = renames_at_one_stamp(tmp_path)
    items = [read_log(s.folder_for(ACME) / log_name(s.writer)).logged[0] for s in stores]
    assert {item.entry.at for item in items} == {(1_796_600_000_000, 0)}
    results = set()
    for order in itertools.permutations(items):
        merged = merge(stores[0].starting(ACME), order)
        results.add((merged.file.themes.theme("approval-issues").name, tuple(merged.reports())))
    [(name, reports)] = results
    assert name == "Sign-off (cara-3)"  # equal stamps: the writer's name decides, alike
    kept = "the name of theme 'Sign-off (cara-3)': kept 'Sign-off (cara-3)' (cara-3, "
    assert [(line.startswith(kept), line.split(" over ")[1][:20]) for line in reports] == [
        (True, "'Sign-off (anna-1)' "),
        (True, "'Sign-off (bob-2)' ("),
    ]
    # The same files in one folder, listed by the file system in every order.
    everyone = machine(tmp_path / "together", "dan-4")
    folder = everyone.dir
    for store in stores:
        carry(store, everyone)
    listed = Path.iterdir
    for order in itertools.permutations(range(3)):

        def in_order(self: Path, order: tuple[int, ...] = order) -> object:
            children = sorted(listed(self))
            return iter([children[i] for i in order] if len(children) == 3 else children)

        monkeypatch.setattr(Path, "iterdir", in_order)
        plan = EngagementStore(folder, everyone.tags, "dan-4", tmp_path / "locks").plan(ACME)
        assert (plan.file.themes.theme("approval-issues").name, tuple(plan.reports())) == (
            name,
            reports,
        )


def test_a_cut_last_line_is_not_counted_and_the_next_append_starts_a_new_line(
    tmp_path: Path,
) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    bob.apply(ACME, AddStage(name="Legal", target_days=2))
    bob.apply(ACME, AddStage(name="Brand", target_days=1))
    whole = (bob.folder_for(ACME) / log_name("bob-2")).read_bytes()
    theirs = anna.folder_for(ACME) / log_name("bob-2")
    theirs.parent.mkdir(parents=True)
    theirs.write_bytes(whole[:-20])  # still arriving: the last line cut
    plan = anna.plan(ACME)
    assert [s.name for s in plan.file.approval_stages] == ["Legal"]
    assert plan.reports() == [
        f"{theirs}: ends in a cut line (still arriving?); the whole lines are used"
    ]
    anna.apply(ACME, SetStageTarget(name="Legal", target_days=3))
    mine = anna.folder_for(ACME) / log_name("anna-1")
    [entry] = [item.entry for item in read_log(mine).logged]
    assert entry.seen == {"bob-2": 1}  # the cut entry was not seen
    # My own log loses its last line break (a copy tool's cut): the next edit goes on a
    # line of its own, and every entry reads back.
    mine.write_bytes(mine.read_bytes().rstrip(b"\n"))
    anna.apply(ACME, AddStage(name="Ops", target_days=1))
    raw = mine.read_bytes()
    assert raw.endswith(b"\n") and raw.count(b"\n") == 3  # header and two entries
    assert [item.entry.seq for item in read_log(mine).logged] == [1, 2]
    theirs.write_bytes(whole)  # arrived whole
    assert [s.name for s in anna.load(ACME).approval_stages] == ["Legal", "Brand", "Ops"]
    assert anna.plan(ACME).reports() == []


def test_laptops_whose_files_meet_in_every_order_agree(tmp_path: Path) -> None:
    plans = []
    for number, order in enumerate(itertools.permutations(range(3))):
        root = tmp_path / str(number)
        stores = [machine(root, writer) for writer in WRITERS]
        stores[0].apply(ACME, AddStage(name="Legal", target_days=2))
        for source in stores[1:]:
            carry(stores[0], source)
        # Each edits the one stage unaware of the others, then their files meet in `order`.
        for store, days in zip(stores, (1, 2.5, 4), strict=True):
            store.apply(ACME, SetStageTarget(name="Legal", target_days=days))
            store.apply(ACME, RenameTheme(theme_id="approval-issues", name=store.writer))
        for first, second in itertools.pairwise([*order, *order]):
            carry(stores[first], stores[second])
            stores[second].load(ACME)  # merged (and cached) half way
        for store in stores:
            for other in stores:
                if other is not store:
                    carry(other, store)
        seen = {(s.load(ACME).model_dump_json(), tuple(s.plan(ACME).reports())) for s in stores}
        assert len(seen) == 1
        plans.append(stores[0].load(ACME))
    # Every meeting order, the same plan: the later stamp's edits, the same on all.
    assert all(p.approval_stages == plans[0].approval_stages for p in plans)
    assert all(p.themes.theme("approval-issues").name == "cara-3" for p in plans)
    shutil.rmtree(tmp_path)


def test_an_entry_met_twice_counts_once_and_its_bytes_break_a_tie() -> None:
    stage = {"op": "add_stage", "name": "Legal", "target_days": 1}
    one = Entry.model_validate({"seq": 1, "at": (5, 0), "edit": stage})
    two = Entry.model_validate({"seq": 1, "at": (5, 0), "edit": {**stage, "name": "Brand"}})
    items = [Logged("anna-1", e, entry_line(e)) for e in (one, two)]
    starting = machine(Path("/nonexistent"), "x-1").starting(ACME)
    results = {
        tuple(s.name for s in merge(starting, [*order, order[0]]).file.approval_stages)
        for order in itertools.permutations(items)
    }
    assert len(results) == 1 and len(next(iter(results))) == 2


# Starting themes, and a note tagged with the one tag of "Cross-team misalignment".
APPROVALS, HANDOFFS = "approval-issues", "handoff-inefficiencies"
MISALIGNMENT, TOOLS = "cross-team-misalignment", "tool-related-blockers"
GHOST = {"s2/n1": ["ghost_ownership"]}


def one_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every laptop's clock a millisecond later at each reading: stamps follow the steps."""
    ticks = itertools.count(1_796_600_000_000)
    monkeypatch.setattr(engagements.time, "time", lambda: next(ticks) / 1000)


def moved(store: EngagementStore, from_id: str, to_id: str) -> None:
    store.apply(ACME, MoveNote(note_key="s2/n1", tags=GHOST["s2/n1"], from_id=from_id, to_id=to_id))


def meet(stores: list[EngagementStore]) -> None:
    for store in stores:
        for other in stores:
            if other is not store:
                carry(other, store)


def test_a_second_move_whose_first_its_writer_saw_refused_still_takes_the_note_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_clock(monkeypatch)
    anna, bob, cara = stores = [machine(tmp_path, writer) for writer in WRITERS]
    bob.apply(ACME, DeleteTheme(theme_id=HANDOFFS))
    cara.apply(ACME, MergeThemes(source_id=APPROVALS, target_id=HANDOFFS))
    moved(anna, MISALIGNMENT, APPROVALS)
    carry(cara, anna)  # anna sees "Approval issues" merged into "Handoff inefficiencies"
    assert anna.load(ACME).themes.themes_of("s2/n1", GHOST["s2/n1"]) == [HANDOFFS]
    moved(anna, HANDOFFS, TOOLS)
    meet(stores)
    # Bob deleted "Handoff inefficiencies" first: cara's merge is refused, anna's first
    # move puts the note in "Approval issues", and her second takes it out of there.
    for store in stores:
        file = store.load(ACME)
        assert file.themes.placements == {"s2/n1": [TOOLS]}
        assert notes_in_several_themes(file, GHOST) == []
    assert [line.split(" (")[0] for line in anna.plan(ACME).reports()] == ["merge themes"]


def test_the_three_laptops_hypothesis_found_end_with_the_note_where_its_writer_moved_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sequence tests/core/test_team_three_machines.py once failed on, step by step."""
    one_clock(monkeypatch)
    anna, bob, cara = stores = [machine(tmp_path, writer) for writer in WRITERS]
    steps: list[tuple[EngagementStore, Edit]] = [
        (bob, MergeThemes(source_id=MISALIGNMENT, target_id=TOOLS)),
        (bob, DeleteTheme(theme_id=HANDOFFS)),
        # A race for "Approval issues": merged away, a note moved out, the target deleted.
        (cara, MergeThemes(source_id=APPROVALS, target_id=HANDOFFS)),
        (bob, MoveNote(note_key="s1/n1", tags=["approval_lag"], from_id=APPROVALS, to_id=TOOLS)),
        (anna, DeleteTheme(theme_id=HANDOFFS)),
        (anna, CreateTheme(theme_id="budget", name="Budget")),
        (
            anna,
            MoveNote(note_key="s2/n1", tags=GHOST["s2/n1"], from_id=MISALIGNMENT, to_id=APPROVALS),
        ),
    ]
    for store, edit in steps:
        store.apply(ACME, edit)
    carry(cara, anna)  # anna's move into "Approval issues", merged away, is refused there
    assert anna.load(ACME).themes.themes_of("s2/n1", GHOST["s2/n1"]) == [MISALIGNMENT]
    steps = [
        # A race for "Tool-related blockers", then one for "Cross-team misalignment".
        (anna, MergeThemes(source_id=TOOLS, target_id="budget")),
        (bob, MoveNote(note_key="s1/n1", tags=["approval_lag"], from_id=TOOLS, to_id=TOOLS)),
        (cara, DeleteTheme(theme_id=TOOLS)),
        (cara, MergeThemes(source_id=MISALIGNMENT, target_id=HANDOFFS)),
        (
            anna,
            MoveNote(note_key="s2/n1", tags=GHOST["s2/n1"], from_id=MISALIGNMENT, to_id="budget"),
        ),
    ]
    for store, edit in steps:
        store.apply(ACME, edit)
    meet(stores)
    files = [store.load(ACME) for store in stores]
    assert files[0] == files[1] == files[2]
    assert [t.id for t in files[0].themes.themes] == [APPROVALS, "budget"]
    # Anna's first move applies here (bob deleted the theme cara merged hers into first),
    # and her second, which knew it, takes the note out of "Approval issues".
    assert files[0].themes.placements == {"s1/n1": ["budget"], "s2/n1": ["budget"]}
    assert notes_in_several_themes(files[0], GHOST) == []
    assert plan_problems(files[0]) == []


def test_a_move_from_a_theme_that_no_longer_holds_the_note_never_copies_it() -> None:
    board = machine(Path("/nonexistent"), "x-1").starting(ACME).themes
    board.placements["s2/n1"] = [APPROVALS]  # where edits its mover had not seen left it
    assert board.move("s2/n1", GHOST["s2/n1"], MISALIGNMENT, TOOLS) == [TOOLS]
    board.placements["s2/n1"] = [APPROVALS, HANDOFFS]  # in two: which was meant is unknown
    assert board.move("s2/n1", GHOST["s2/n1"], MISALIGNMENT, TOOLS) == [
        APPROVALS,
        HANDOFFS,
        TOOLS,
    ]
    assert board.move("s2/n1", GHOST["s2/n1"], None, MISALIGNMENT) == [
        APPROVALS,
        HANDOFFS,
        TOOLS,
        MISALIGNMENT,
    ]  # from no theme: added, keeping the others
