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
from wfinterview.core.plan.edits import AddStage, RenameTheme, SetStageTarget
from wfinterview.core.plan.engagements import EngagementStore
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
