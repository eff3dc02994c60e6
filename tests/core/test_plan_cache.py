"""The merged-plan cache is never the only copy: a stale, damaged or foreign cache is
ignored and made again from the edit logs, and what it answers is always what a full
merge of the logs gives."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan import engagements, merging
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edit_log import log_name, read_log
from wfinterview.core.plan.edits import (
    AddAction,
    AddStage,
    CreateTheme,
    Edit,
    RenameTheme,
    SetStageTarget,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.plan.merging import CLOCK_BOUND
from wfinterview.core.plan.plan_cache import CACHE_VERSION
from wfinterview.core.storage import atomic
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace

ENGAGEMENT = "Acme Retail"
VERSION = f'"version":{CACHE_VERSION}'.encode()


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest


@pytest.fixture
def store(isolated_dirs: Paths) -> EngagementStore:
    """This installation's store, as the app makes it: with its cache."""
    return Workspace(isolated_dirs).engagements


def other_writer(paths: Paths, writer: str = "bob-x1-4d5e6f") -> EngagementStore:
    """Another consultant whose edits arrive in the same folder (a sync tool's copy)."""
    return EngagementStore(paths.engagements_dir, BUILTIN_TAGS, writer, paths.data_dir / writer)


def cache_file(store: EngagementStore) -> Path:
    assert store.cache is not None
    (path,) = store.cache.dir.glob("plan-*.json")
    return path


def uncached(store: EngagementStore) -> EngagementStore:
    """The same writer on the same folder, merging every log at every open."""
    return EngagementStore(store.dir, BUILTIN_TAGS, store.writer, store.locks_dir)


def full_merge(store: EngagementStore) -> object:
    """What the logs say, no cache involved."""
    return uncached(store).plan(ENGAGEMENT).file


def test_the_app_keeps_the_merged_plan_in_its_own_cache_folder(
    store: EngagementStore, isolated_dirs: Paths
) -> None:
    store.apply(ENGAGEMENT, CreateTheme(theme_id="budget", name="Budget"))
    path = cache_file(store)
    assert path.parent == isolated_dirs.cache_dir
    assert store.load(ENGAGEMENT) == full_merge(store)
    before = path.stat().st_ino  # a cache made again is a new file (written atomically)
    store.load(ENGAGEMENT)
    assert path.stat().st_ino == before  # answered from the cache, not made again


def test_another_writers_edits_arriving_make_the_cache_stale(
    store: EngagementStore, isolated_dirs: Paths
) -> None:
    store.apply(ENGAGEMENT, CreateTheme(theme_id="budget", name="Budget"))
    assert store.load(ENGAGEMENT).themes.theme("budget").name == "Budget"
    bob = other_writer(isolated_dirs)
    bob.apply(ENGAGEMENT, RenameTheme(theme_id="budget", name="Money"))
    assert store.load(ENGAGEMENT).themes.theme("budget").name == "Money"
    assert store.load(ENGAGEMENT) == full_merge(store)
    # The arriving log replaced by an older copy (a sync tool's late file): stale again.
    log = store.folder_for(ENGAGEMENT) / log_name(bob.writer)
    log.write_bytes(log.read_bytes().splitlines(keepends=True)[0])
    assert store.load(ENGAGEMENT).themes.theme("budget").name == "Budget"


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"",
        lambda raw: raw[: len(raw) // 2],  # torn
        lambda raw: raw.replace(b"Budget", b"Bxdget"),  # a flipped byte: its checksum
        lambda raw: raw.replace(VERSION, b'"version":9'),  # a newer format
        lambda raw: b"\xff\xfe" + raw,
        # A time no stamp can have, and one said at another minute than it is now.
        lambda raw: raw.replace(b'"times":{}', b'"times":{"99999999999999999":"x"}'),
        lambda raw: raw.replace(b'"times":{}', b'"times":{"1341000000000":"x"}'),
    ],
    ids=["empty", "torn", "flipped", "newer", "binary", "no-time", "other-minute"],
)
def test_a_damaged_cache_is_ignored_and_made_again(store: EngagementStore, damage: object) -> None:
    store.apply(ENGAGEMENT, CreateTheme(theme_id="budget", name="Budget"))
    path = cache_file(store)
    good = path.read_bytes()
    assert VERSION in good and b'"times":{}' in good
    path.write_bytes(damage(good))  # type: ignore[operator]
    assert store.load(ENGAGEMENT).themes.theme("budget").name == "Budget"
    assert path.read_bytes() == good  # made again from the logs


def test_what_the_merge_had_to_say_is_said_again_from_the_cache(
    store: EngagementStore, isolated_dirs: Paths, tmp_path: Path
) -> None:
    """Two writers renamed one theme unaware of each other, and a line of a teammate's log
    cannot be read: opening the plan from the cache reports both, as a merge does."""
    store.apply(ENGAGEMENT, CreateTheme(theme_id="budget", name="Budget"))
    # Bob, offline with a copy of the folder, renames it; so does Anna on her own laptop.
    bob = EngagementStore(tmp_path / "bob", BUILTIN_TAGS, "bob-x1-4d5e6f", tmp_path / "locks")
    shutil.copytree(store.folder_for(ENGAGEMENT), bob.folder_for(ENGAGEMENT))
    bob.apply(ENGAGEMENT, RenameTheme(theme_id="budget", name="Money"))
    store.apply(ENGAGEMENT, RenameTheme(theme_id="budget", name="Spend"))
    arrived = store.folder_for(ENGAGEMENT) / log_name(bob.writer)
    arrived.write_bytes(
        (bob.folder_for(ENGAGEMENT) / log_name(bob.writer)).read_bytes() + b"not an edit\n"
    )
    fresh = uncached(store).plan(ENGAGEMENT).reports()
    assert len(fresh) == 2, fresh
    assert "the name of theme" in fresh[0] and " over " in fresh[0]
    assert fresh[1] == f"{arrived}: line 3 cannot be read; it was skipped"
    store.plan(ENGAGEMENT)  # merged and kept
    kept = cache_file(store).stat().st_ino
    assert store.plan(ENGAGEMENT).reports() == fresh
    assert cache_file(store).stat().st_ino == kept  # answered from the cache, not written


def test_a_cache_made_of_other_logs_is_never_used(
    store: EngagementStore, isolated_dirs: Paths
) -> None:
    """A cache copied from another folder (or left from before) names other bytes."""
    store.apply(ENGAGEMENT, CreateTheme(theme_id="budget", name="Budget"))
    elsewhere = cache_file(store).read_bytes()
    store.apply(ENGAGEMENT, RenameTheme(theme_id="budget", name="Money"))
    cache_file(store).write_bytes(elsewhere)
    assert store.load(ENGAGEMENT).themes.theme("budget").name == "Money"


def test_the_logs_are_the_plan_the_cache_never_the_only_copy(
    store: EngagementStore, isolated_dirs: Paths
) -> None:
    store.apply(ENGAGEMENT, CreateTheme(theme_id="budget", name="Budget"))
    shutil.rmtree(store.folder_for(ENGAGEMENT))  # the logs gone: the plan is gone
    assert store.load(ENGAGEMENT) == store.starting(ENGAGEMENT)
    store.apply(ENGAGEMENT, CreateTheme(theme_id="legal", name="Legal"))
    shutil.rmtree(isolated_dirs.cache_dir)  # the cache gone: nothing is lost
    assert [t.name for t in store.load(ENGAGEMENT).themes.themes][-1] == "Legal"


def test_a_cache_that_cannot_be_written_is_left_out(
    store: EngagementStore, isolated_dirs: Paths
) -> None:
    isolated_dirs.local_dir.mkdir(parents=True)
    isolated_dirs.cache_dir.write_text("a file where the cache folder would be")
    store.apply(ENGAGEMENT, CreateTheme(theme_id="budget", name="Budget"))
    assert store.load(ENGAGEMENT).themes.theme("budget").name == "Budget"
    assert store.load(ENGAGEMENT) == full_merge(store)


def test_edits_made_from_the_cache_are_the_edits_a_full_merge_makes(
    store: EngagementStore, isolated_dirs: Paths
) -> None:
    """Two writers taking turns, each edit made against the plan its store shows, the
    other's files arriving: the cached store and a store without a cache agree at every
    step, and so do their logs' entry numbers and what each had seen."""
    rng = random.Random(20)
    bob = other_writer(isolated_dirs)
    plain = EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, store.writer)
    stages = ["legal", "brand"]
    for step in range(60):
        writer = rng.choice([store, bob])
        plan = writer.load(ENGAGEMENT)
        edit: Edit
        kind = rng.choice(["theme", "rename", "action", "stage"])
        if kind == "theme" or not plan.themes.themes:
            edit = CreateTheme(theme_id=f"t{step}", name=f"Theme {step}")
        elif kind == "rename":
            theme = rng.choice(plan.themes.themes)
            edit = RenameTheme(theme_id=theme.id, name=f"Renamed {step}")
        elif kind == "action":
            edit = AddAction(action=new_action(plan.actions, f"Action {step}"))
        elif (name := rng.choice(stages)) in {s.name for s in plan.approval_stages}:
            edit = SetStageTarget(name=name, target_days=rng.choice([1.0, 2.0, 3.5]))
        else:
            edit = AddStage(name=name, target_days=2.0)
        applied = writer.apply(ENGAGEMENT, edit)
        assert applied.file == plain.plan(ENGAGEMENT).file == store.load(ENGAGEMENT)
    merged = plain.plan(ENGAGEMENT).merged
    assert merged.applied == 60 and not merged.rejected
    assert merged.seen[store.writer] + merged.seen[bob.writer] == 60


@pytest.mark.parametrize(
    ("first", "then", "stamped"),
    [
        ("UTC", "Asia/Tokyo", None),
        ("XYZ-1", "XYZ-2", None),  # one name, two offsets
        # The same offset today, but Moscow's was +04 in 2012: the same name is not enough,
        # nor the same offset now.
        ("Asia/Riyadh", "Europe/Moscow", 1_341_000_000_000),
    ],
)
def test_a_cache_made_in_another_time_zone_is_made_again(
    isolated_dirs: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: str,
    then: str,
    stamped: int | None,
) -> None:
    """The report gives times in local time: a laptop that flew to Tokyo says Tokyo's."""
    monkeypatch.setenv("TZ", first)
    time.tzset()
    try:
        store = Workspace(isolated_dirs).engagements  # its cache made in the first zone
        bob = EngagementStore(tmp_path / "bob", BUILTIN_TAGS, "bob-x1-4d5e6f", tmp_path / "locks")
        with monkeypatch.context() as patched:
            if stamped is not None:
                patched.setattr(engagements.time, "time", lambda: stamped / 1000)
            bob.apply(ENGAGEMENT, RenameTheme(theme_id="approval-issues", name="Money"))
            store.apply(ENGAGEMENT, RenameTheme(theme_id="approval-issues", name="Spend"))
        shutil.copyfile(
            bob.folder_for(ENGAGEMENT) / log_name(bob.writer),
            store.folder_for(ENGAGEMENT) / log_name(bob.writer),
        )
        before = store.plan(ENGAGEMENT).reports()
        monkeypatch.setenv("TZ", then)
        time.tzset()
        after = Workspace(isolated_dirs).engagements.plan(ENGAGEMENT).reports()
        assert after == uncached(store).plan(ENGAGEMENT).reports()
        assert after != before  # an hour or nine later on the clock
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_plan_taken_in_first_is_named_at_its_time_in_this_time_zone(
    isolated_dirs: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two old plans taken in, in 2012 and in 2020: Riyadh and Moscow read the 2020 time
    alike (+03 both) but not the 2012 one (+04 in Moscow then)."""
    monkeypatch.setenv("TZ", "Asia/Riyadh")
    time.tzset()
    try:
        store = Workspace(isolated_dirs).engagements
        bob = EngagementStore(tmp_path / "bob", BUILTIN_TAGS, "bob-x1-4d5e6f", tmp_path / "locks")
        for writer, title, stamped in ((store, "Legal SLA", 1_341_000_000), (bob, "Brand", 1.6e9)):
            legacy = writer.legacy_path(ENGAGEMENT)
            legacy.parent.mkdir(parents=True, exist_ok=True)
            plan = writer.starting(ENGAGEMENT)
            plan.actions.append(new_action([], title))
            legacy.write_bytes(plan.model_dump_json().encode())
            with monkeypatch.context() as patched:
                patched.setattr(engagements.time, "time", lambda stamped=stamped: stamped)
                writer.load(ENGAGEMENT)  # taken in at that time
        shutil.copyfile(
            bob.folder_for(ENGAGEMENT) / log_name(bob.writer),
            store.folder_for(ENGAGEMENT) / log_name(bob.writer),
        )
        [before] = store.plan(ENGAGEMENT).reports()
        assert "(bob-x1-4d5e6f, 2020-09-13 15:26)" in before
        assert "first (" in before and "2012-06-29 23:00)" in before
        monkeypatch.setenv("TZ", "Europe/Moscow")
        time.tzset()
        [after] = Workspace(isolated_dirs).engagements.plan(ENGAGEMENT).reports()
        assert after == before.replace("2012-06-29 23:00", "2012-06-30 00:00")
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    ("ahead_by", "moves"),
    [(CLOCK_BOUND, True), (CLOCK_BOUND + 1, False), (10**15, False)],
)
def test_a_stamp_more_than_a_day_ahead_does_not_move_this_laptops_clock(
    store: EngagementStore,
    isolated_dirs: Paths,
    monkeypatch: pytest.MonkeyPatch,
    ahead_by: int,
    moves: bool,
) -> None:
    now = 1_796_600_000_000  # 2026-12-06, in milliseconds
    ahead = now + ahead_by  # bob's clock: a day ahead, a day and a millisecond, years
    with monkeypatch.context() as patched:
        patched.setattr(engagements.time, "time", lambda: ahead / 1000)
        other_writer(isolated_dirs).apply(ENGAGEMENT, AddStage(name="Legal", target_days=2))
    monkeypatch.setattr(engagements.time, "time", lambda: now / 1000)
    monkeypatch.setattr(merging.time, "time", lambda: now / 1000)
    store.load(ENGAGEMENT)  # the merged plan now comes from the cache
    store.apply(ENGAGEMENT, AddStage(name="Brand", target_days=1))
    store.apply(ENGAGEMENT, AddStage(name="Ops", target_days=1))
    log = read_log(store.folder_for(ENGAGEMENT) / log_name(store.writer))
    stamps = [(ahead, 1), (ahead, 2)] if moves else [(now, 0), (now, 1)]
    assert [(i.entry.seq, i.entry.at, i.entry.seen) for i in log.logged] == [
        (1, stamps[0], {"bob-x1-4d5e6f": 1}),
        (2, stamps[1], {"bob-x1-4d5e6f": 1}),
    ]
    # Stamped before bob's, made after seeing it: replayed after it, on every machine.
    for plan in (store.load(ENGAGEMENT), uncached(store).load(ENGAGEMENT)):
        assert [s.name for s in plan.approval_stages] == ["Legal", "Brand", "Ops"]
