"""This laptop's own log is its own: an older copy put back by a copy tool is said, what
the folder still holds is put back, and no entry number is ever given twice
(core/plan/own_log.py, core/plan/sequences.py)."""

from __future__ import annotations

import shutil

import pytest

from tests.core.test_team_files import ACME
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.edit_log import log_name, read_log
from wfinterview.core.plan.edits import AddStage
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.plan.sequences import SEQUENCES_FILE, SequenceBook
from wfinterview.core.storage import atomic
from wfinterview.core.storage.paths import Paths


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest


def laptop(paths: Paths, cache: bool = True) -> EngagementStore:
    return EngagementStore(
        paths.engagements_dir,
        BUILTIN_TAGS,
        "anna-1",
        paths.data_dir / "local" / "locks",
        paths.data_dir / "local" / "cache" if cache else None,
    )


def numbers(store: EngagementStore) -> list[int]:
    log = read_log(store.folder_for(ACME) / log_name(store.writer))
    return [item.entry.seq for item in log.logged]


def stages(store: EngagementStore) -> list[str]:
    return [s.name for s in store.load(ACME).approval_stages]


def test_the_last_number_is_kept_beside_the_writer_id(isolated_dirs: Paths) -> None:
    store = laptop(isolated_dirs)
    store.apply(ACME, AddStage(name="Legal", target_days=2))
    book = SequenceBook(isolated_dirs.config_dir / SEQUENCES_FILE)
    assert book.last("anna-1", store.folder_for(ACME)) == 1
    assert book.last("bob-2", store.folder_for(ACME)) == 0


@pytest.mark.parametrize("cache", [True, False])
def test_an_older_copy_of_my_log_is_said_and_no_number_is_given_twice(
    isolated_dirs: Paths, cache: bool
) -> None:
    store = laptop(isolated_dirs, cache)
    log = store.folder_for(ACME) / log_name("anna-1")
    store.apply(ACME, AddStage(name="Legal", target_days=2))
    older = log.read_bytes()
    store.apply(ACME, AddStage(name="Brand", target_days=1))
    log.write_bytes(older)  # rsync without -u puts yesterday's copy back
    shutil.rmtree(isolated_dirs.data_dir / "local")  # and every cache is deleted too
    assert laptop(isolated_dirs, cache).plan(ACME).reports() == [
        f"{log}: holds this laptop's edits up to number 1, but this laptop wrote up to 2: an "
        "older copy was put back (a copy tool?); edits still found elsewhere are put back "
        "with the next edit, which is numbered 3"
    ]
    store = laptop(isolated_dirs, cache)
    store.apply(ACME, AddStage(name="Ops", target_days=1))
    assert numbers(store) == [1, 3]  # 2 named "Brand" on every laptop that saw it
    assert store.plan(ACME).reports() == []
    assert stages(store) == ["Legal", "Ops"]


def test_my_entries_a_conflict_copy_still_holds_are_put_back(isolated_dirs: Paths) -> None:
    store = laptop(isolated_dirs)
    folder = store.folder_for(ACME)
    log = folder / log_name("anna-1")
    store.apply(ACME, AddStage(name="Legal", target_days=2))
    older = log.read_bytes()
    store.apply(ACME, AddStage(name="Brand", target_days=1))
    shutil.copyfile(log, folder / "edits-anna-1 (Bob's conflicted copy).jsonl")
    log.write_bytes(older)
    assert store.plan(ACME).reports() == []  # the folder still holds every edit
    assert stages(store) == ["Legal", "Brand"]
    store.apply(ACME, AddStage(name="Ops", target_days=1))
    assert numbers(store) == [1, 2, 3]  # put back in the log itself
    assert stages(store) == ["Legal", "Brand", "Ops"]


def test_a_damaged_sequence_book_costs_only_the_check(isolated_dirs: Paths) -> None:
    store = laptop(isolated_dirs)
    isolated_dirs.config_dir.mkdir(parents=True)
    (isolated_dirs.config_dir / SEQUENCES_FILE).write_bytes(b"[" * 100_000)
    store.apply(ACME, AddStage(name="Legal", target_days=2))
    store.apply(ACME, AddStage(name="Brand", target_days=1))
    assert numbers(store) == [1, 2]
    assert (
        SequenceBook(isolated_dirs.config_dir / SEQUENCES_FILE).last(
            "anna-1", store.folder_for(ACME)
        )
        == 2
    )
