"""What `wfinterview team` shows (core/workspace/team.py), on a data folder made by hand:
each writer with their sessions, edits and last change, this installation first and
sessions from before team sync last, and one line per file that needs a person."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest

from tests import factories
from wfinterview.core.plan.edits import AddStage, RenameTheme
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage import atomic
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.team import team
from wfinterview.core.workspace.workspace import Workspace

ACME = "Acme Retail"
BOB = "bob-x1-77e0a1"


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest


def test_each_writer_with_sessions_edits_and_last_change(isolated_dirs: Paths) -> None:
    work = Workspace(isolated_dirs)
    me = isolated_dirs.writer
    start = factories.STARTED
    for sid, writer, ended in (
        ("s1", me, True),
        ("s2", BOB, False),
        ("s3", BOB, True),
        ("s0", "", False),  # recorded before team sync: no writer
    ):
        session = factories.session(session_id=sid, ended=ended)
        session.writer = writer
        session.started_at = start + timedelta(days=int(sid[1]))
        if ended:
            session.ended_at = session.started_at + timedelta(minutes=26)
        work.store.save(session)
    overview = team(work)
    assert overview.me == me
    assert [(w.writer, w.sessions, w.edits) for w in overview.writers] == [
        (me, 1, 0),
        (BOB, 2, 0),
        ("", 1, 0),
    ]
    last = [w.last_change for w in overview.writers]
    assert last == [  # the end of an ended interview, else its start; the latest of them
        start + timedelta(days=1, minutes=26),
        start + timedelta(days=3, minutes=26),
        start,
    ]
    assert overview.attention == []


def test_edits_count_per_writer_and_each_file_needing_a_person_has_a_line(
    isolated_dirs: Paths,
) -> None:
    work = Workspace(isolated_dirs)
    me = isolated_dirs.writer
    mine = work.engagements
    before = datetime.now(UTC)
    mine.apply(ACME, AddStage(name="Legal", target_days=2))
    mine.apply(ACME, RenameTheme(theme_id="approval-issues", name="Sign-off lag"))
    bob = EngagementStore(isolated_dirs.data_dir / "bob", mine.tags, BOB)
    bob.apply(ACME, RenameTheme(theme_id="approval-issues", name="Slow sign-off"))
    folder = mine.folder_for(ACME)
    shutil.copyfile(bob.folder_for(ACME) / f"edits-{BOB}.jsonl", folder / f"edits-{BOB}.jsonl")
    (folder / "notes.txt").write_text("mine")
    shutil.copytree(folder, isolated_dirs.engagements_dir / ".acme.tmp")  # still arriving
    engagements = isolated_dirs.engagements_dir
    (engagements / "globex-12345678.json").write_text("{}")
    (engagements / "initech-12345678.before-team.json").write_text("{}")
    damaged = isolated_dirs.sessions_dir / "s9.json"
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"{")
    overview = team(work)
    assert [(w.writer, w.sessions, w.edits) for w in overview.writers] == [(me, 0, 2), (BOB, 0, 1)]
    for writer in overview.writers:
        assert writer.last_change is not None and writer.last_change >= before.replace(
            microsecond=0
        ) - timedelta(seconds=1)
    [unreadable, conflict, other, legacy] = overview.attention
    assert unreadable.startswith(f"{damaged}: ")
    assert conflict.startswith(f"{ACME}: the name of theme '")
    assert other == f"{folder / 'notes.txt'}: not a wfinterview file; left as it is"
    assert legacy == (
        f"{engagements / 'globex-12345678.json'}: from before team sync; taken in when first opened"
    )


def test_an_empty_data_folder_shows_only_this_installation(isolated_dirs: Paths) -> None:
    overview = team(Workspace(isolated_dirs))
    assert [(w.writer, w.sessions, w.edits, w.last_change) for w in overview.writers] == [
        (isolated_dirs.writer, 0, 0, None)
    ]
    assert overview.attention == []


def test_a_conflict_copy_newer_than_the_log_adds_only_its_new_edits(
    isolated_dirs: Paths,
) -> None:
    work = Workspace(isolated_dirs)
    bob = EngagementStore(isolated_dirs.data_dir / "bob", work.engagements.tags, BOB)
    bob.apply(ACME, AddStage(name="Legal", target_days=2))
    log = bob.folder_for(ACME) / f"edits-{BOB}.jsonl"
    older = log.read_bytes()
    bob.apply(ACME, AddStage(name="Brand", target_days=1))
    folder = work.engagements.folder_for(ACME)
    folder.mkdir(parents=True)
    (folder / f"edits-{BOB}.jsonl").write_bytes(older)
    shutil.copyfile(log, folder / f"edits-{BOB}.sync-conflict-20261203-101500-ABCDEFG.jsonl")
    assert [(w.writer, w.edits) for w in team(work).writers] == [
        (isolated_dirs.writer, 0),
        (BOB, 2),
    ]
