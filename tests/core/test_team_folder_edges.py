"""Team sync at its edges, on files written by hand: what a folder holds, by kind; the
fingerprint the synthesis screen watches for other writers' edits; whether an engagement
has a plan yet; and an old one-file plan in a folder this machine cannot write."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.core.test_team_files import ACME, legacy_plan, machine
from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan import edit_log, engagements
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edit_log import fingerprint, log_name, scan_folder
from wfinterview.core.plan.edits import AddAction, AddStage, AdvanceAction
from wfinterview.core.storage import atomic


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest


def test_a_folder_scan_sorts_each_file_by_what_it_is(tmp_path: Path) -> None:
    anna = machine(tmp_path, "anna-1")
    anna.apply(ACME, AddStage(name="Legal", target_days=2))
    folder = anna.folder_for(ACME)
    for name in ("zz.txt", ".edits-bob-2.jsonl.1a2b3c4d.tmp", "plan-bob-2.json"):
        (folder / name).write_bytes(b"{}")
    (folder / "edits-cara-3.jsonl").mkdir()  # a log's name, but a folder: not read
    os.symlink(folder / log_name("anna-1"), folder / "edits-dan-4.jsonl")  # never followed
    os.mkfifo(folder / "edits-eve-5.jsonl")  # a pipe nobody writes to: never opened to read
    scan = scan_folder(folder)
    logs = ("anna-1", "cara-3", "dan-4", "eve-5")
    assert [log.path.name for log in scan.logs] == [log_name(w) for w in logs]
    assert [len(log.logged) for log in scan.logs] == [1, 0, 0, 0]
    assert scan.problems == [  # a log of the wrong kind is a log that cannot be read
        f"{folder / 'edits-cara-3.jsonl'}: is a folder, not a file",
        f"{folder / 'edits-dan-4.jsonl'}: is a symbolic link; wfinterview reads only its own files",
        f"{folder / 'edits-eve-5.jsonl'}: is a named pipe, not a file; it was not opened",
    ]
    assert [p.name for p in scan.views] == ["plan-anna-1.json", "plan-bob-2.json"]
    assert [p.name for p in scan.arriving] == [".edits-bob-2.jsonl.1a2b3c4d.tmp"]
    assert [p.name for p in scan.other] == ["zz.txt"]
    assert scan_folder(tmp_path / "nowhere").logs == []


def test_the_fingerprint_names_every_log_by_size_and_change_time(tmp_path: Path) -> None:
    anna = machine(tmp_path, "anna-1")
    folder = anna.folder_for(ACME)
    assert fingerprint(folder) == ()  # no folder yet
    anna.apply(ACME, AddStage(name="Legal", target_days=2))
    (folder / "edits-bob-2.jsonl").write_bytes(b"12345")
    (folder / "notes.txt").write_bytes(b"not a log")
    stamps = {
        name: (p.stat().st_size, p.stat().st_mtime_ns)
        for name, p in (
            (name, folder / name) for name in ("edits-anna-1.jsonl", "edits-bob-2.jsonl")
        )
    }
    assert fingerprint(folder) == (
        ("edits-anna-1.jsonl", *stamps["edits-anna-1.jsonl"]),
        ("edits-bob-2.jsonl", 5, stamps["edits-bob-2.jsonl"][1]),
    )
    before = fingerprint(folder)
    anna.apply(ACME, AddStage(name="Brand", target_days=1))
    assert fingerprint(folder) != before
    assert fingerprint(folder)[1] == before[1]  # bob's log did not change


def test_a_log_that_vanishes_while_stamped_leaves_the_others_stamped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "engagement"
    folder.mkdir()
    for writer in ("bob-2", "cara-3"):
        (folder / log_name(writer)).write_bytes(b"12345")
    os.symlink(tmp_path / "gone", folder / log_name("anna-1"))  # a link to nothing
    listed = Path.iterdir
    # The vanished log listed first, whatever order this file system lists in.
    monkeypatch.setattr(Path, "iterdir", lambda self: iter(sorted(listed(self))))
    assert [name for name, _, _ in fingerprint(folder)] == [log_name("bob-2"), log_name("cara-3")]


def test_an_engagement_exists_once_anyone_planned_for_it(tmp_path: Path) -> None:
    anna = machine(tmp_path, "anna-1")
    assert not anna.exists(ACME)
    anna.folder_for(ACME).mkdir(parents=True)
    assert anna.exists(ACME)
    bob = machine(tmp_path, "bob-2")
    bob.dir.mkdir(parents=True)
    bob.legacy_path(ACME).write_bytes(b"{}")  # a plan from before team sync
    assert bob.exists(ACME) and not bob.exists("Globex")
    cara = machine(tmp_path, "cara-3")
    cara.dir.mkdir(parents=True)
    os.symlink(tmp_path / "gone.json", cara.legacy_path(ACME))  # reported when read
    assert cara.exists(ACME)


def test_an_old_plan_in_a_folder_that_cannot_be_written_is_read_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = machine(tmp_path, "anna-1")
    legacy = anna.legacy_path(ACME)
    legacy.parent.mkdir(parents=True)
    plan = legacy_plan()
    raw = plan.model_dump_json(indent=1).encode()
    legacy.write_bytes(raw)

    @contextmanager
    def read_only(path: Path) -> Iterator[None]:
        raise PermissionError(13, "Permission denied", str(path))
        yield

    monkeypatch.setattr(engagements, "exclusive", read_only)
    merged = anna.plan(ACME)
    assert merged.file == plan and merged.reports() == []
    assert anna.load(ACME) == plan
    assert legacy.read_bytes() == raw  # left where it was, not taken in
    assert not anna.folder_for(ACME).exists()


def test_advancing_an_action_moves_it_one_status_at_the_time_it_was_asked(
    tmp_path: Path,
) -> None:
    anna = machine(tmp_path, "anna-1")
    action = new_action([], "Legal SLA")
    action.validated_by = ["Priya"]  # a participant recognised it: it may move on
    anna.apply(ACME, AddAction(action=action))
    advance = AdvanceAction(action_id=action.id)
    file = anna.load(ACME)
    advance.apply(file)
    [moved] = file.actions
    assert moved.status == "validated"
    advance.apply(file)
    assert moved.status == "in_progress"
    advance.apply(file)
    assert (moved.status, moved.done_at) == ("done", advance.at)


def test_a_log_that_cannot_be_read_is_reported_and_the_rest_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = machine(tmp_path, "anna-1")
    anna.apply(ACME, AddStage(name="Legal", target_days=2))
    locked = anna.folder_for(ACME) / "edits-bob-2.jsonl"
    locked.write_bytes(b"")
    real = edit_log.read_own_file

    def refuse(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(edit_log, "read_own_file", refuse)
    plan = anna.plan(ACME)
    assert [s.name for s in plan.file.approval_stages] == ["Legal"]
    assert plan.reports() == [f"{locked}: cannot be read (Permission denied)"]


def test_an_own_log_that_is_no_log_or_holds_someone_elses_edits_is_refused(
    tmp_path: Path,
) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    bob.apply(ACME, AddStage(name="Legal", target_days=2))
    bobs_log = bob.folder_for(ACME) / log_name("bob-2")
    bobs = bobs_log.read_bytes()
    own = anna.folder_for(ACME) / log_name("anna-1")
    own.parent.mkdir(parents=True)

    def refusal() -> str:
        with pytest.raises(UserError) as refused:
            anna.apply(ACME, AddStage(name="Brand", target_days=1))
        said, ending = str(refused.value), "; it was left as it is (move it away to go on)"
        assert said.endswith(ending)
        return said.removesuffix(ending)

    own.write_bytes(b"garbage\n")
    assert refusal() == (  # "left as it is" once
        f"{own}: is not a wfinterview edit log (or is from a newer wfinterview)"
    )
    own.write_bytes(bobs)
    assert refusal() == f"{own}: holds bob-2's edits, not this writer's"
    own.unlink()
    os.symlink(bobs_log, own)
    assert refusal() == (  # never read through, said in one line
        f"{own}: is a symbolic link; wfinterview reads only its own files"
    )
    assert bobs_log.read_bytes() == bobs  # untouched
    own.unlink()
    own.mkdir()
    assert refusal() == f"{own}: is a folder, not a file"
    own.rmdir()
    own.write_bytes(bobs + b"{half\n")  # two things wrong: both said, in one line
    assert refusal() == (
        f"{own}: line 3 cannot be read; it was skipped; "
        f"{own}: holds bob-2's edits, not this writer's"
    )
