"""What a shared data folder holds for one engagement, and what each machine makes of it:
each writer's own log, the sync tools' conflict copies and half-arrived files, the plan
from before team sync, and two writers setting one field at once."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edit_log import kind_of, log_name, read_log
from wfinterview.core.plan.edits import (
    AddAction,
    AddStage,
    EditAction,
    RemoveStage,
    RenameTheme,
    SetStageTarget,
)
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.engagements import BACKUP_SUFFIX, EngagementStore
from wfinterview.core.plan.merging import local_minute
from wfinterview.core.storage import atomic
from wfinterview.core.synthesis.themes import ThemeBoard

ACME = "Acme Retail"


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest


def machine(root: Path, writer: str) -> EngagementStore:
    return EngagementStore(root / writer / "engagements", BUILTIN_TAGS, writer, root / writer)


def carry(source: EngagementStore, into: EngagementStore, name: str | None = None) -> None:
    """Copy every log `source` has that `into` is not the writer of, as a sync tool would."""
    folder = into.folder_for(ACME)
    folder.mkdir(parents=True, exist_ok=True)
    for path in source.folder_for(ACME).glob("edits-*.jsonl"):
        if path.name != log_name(into.writer):
            shutil.copyfile(path, folder / (name or path.name))


def test_each_writer_writes_only_its_own_log(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, AddStage(name="Legal", target_days=2))
    carry(anna, bob)
    before = (bob.folder_for(ACME) / log_name("anna-1")).read_bytes()
    bob.apply(ACME, AddStage(name="Brand", target_days=1))
    assert (bob.folder_for(ACME) / log_name("anna-1")).read_bytes() == before
    assert sorted(p.name for p in bob.folder_for(ACME).iterdir()) == [
        "edits-anna-1.jsonl",
        "edits-bob-2.jsonl",
        "plan-bob-2.json",
    ]
    view = EngagementFile.model_validate_json(bob.view_path(ACME).read_bytes())
    assert [s.name for s in view.approval_stages] == ["Legal", "Brand"]


def test_two_renames_of_one_theme_keep_the_later_everywhere_and_say_so(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, RenameTheme(theme_id="approval-issues", name="Slow approvals"))
    bob.apply(ACME, RenameTheme(theme_id="approval-issues", name="Sign-off lag"))  # later
    carry(anna, bob)
    carry(bob, anna)
    plans = [anna.plan(ACME), bob.plan(ACME)]
    assert plans[0].file == plans[1].file
    assert plans[0].file.themes.theme("approval-issues").name == "Sign-off lag"
    [report] = plans[0].reports()
    assert report == plans[1].reports()[0]
    assert (
        report.startswith("the name of theme 'Sign-off lag': kept 'Sign-off lag' (bob-2, ")
        and "over 'Slow approvals' (anna-1, " in report
    )


def test_a_conflict_is_settled_once_someone_who_saw_both_sets_the_field(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, RenameTheme(theme_id="approval-issues", name="Slow approvals"))
    bob.apply(ACME, RenameTheme(theme_id="approval-issues", name="Sign-off lag"))
    carry(bob, anna)
    assert len(anna.plan(ACME).reports()) == 1
    anna.apply(ACME, RenameTheme(theme_id="approval-issues", name="Approval lag"))  # saw both
    carry(anna, bob)
    assert anna.plan(ACME).reports() == bob.plan(ACME).reports() == []
    assert bob.load(ACME).themes.theme("approval-issues").name == "Approval lag"


def test_a_conflict_stays_until_that_field_is_set_by_someone_who_saw_both(
    tmp_path: Path,
) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, RenameTheme(theme_id="approval-issues", name="Slow approvals"))
    bob.apply(ACME, RenameTheme(theme_id="approval-issues", name="Sign-off lag"))  # later
    carry(bob, anna)
    [conflict] = anna.plan(ACME).reports()
    anna.apply(ACME, AddStage(name="Legal", target_days=2))  # saw both, another field
    assert anna.plan(ACME).reports() == [conflict]
    # Bob renames again before anna's edits reach him: he saw his side, not hers.
    bob.apply(ACME, RenameTheme(theme_id="approval-issues", name="Approval lag"))
    carry(bob, anna)
    [still] = anna.plan(ACME).reports()  # anna's name was still replaced unseen
    # Said as it is now: the theme by its name today, the value it holds, who set it when.
    last = read_log(bob.folder_for(ACME) / log_name("bob-2")).logged[-1].entry.at[0]
    kept = conflict.split(" over ")[1]
    assert still == (
        f"the name of theme 'Approval lag': kept 'Approval lag' (bob-2, {local_minute(last)}) "
        f"over {kept}"
    )


def test_a_rename_made_after_seeing_the_other_is_no_conflict(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, RenameTheme(theme_id="approval-issues", name="Slow approvals"))
    carry(anna, bob)
    bob.apply(ACME, RenameTheme(theme_id="approval-issues", name="Sign-off lag"))
    carry(bob, anna)
    assert anna.plan(ACME).reports() == []
    assert anna.load(ACME).themes.theme("approval-issues").name == "Sign-off lag"


def test_an_action_form_changes_only_the_fields_the_user_changed(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    action = new_action([], "Legal SLA", "approval_timeline", ["s1/n1"], "approval-issues")
    anna.apply(ACME, AddAction(action=action))
    carry(anna, bob)
    shown = anna.load(ACME).actions[0]
    fields = {
        "kind": shown.kind,
        "due": shown.due,
        "validated_by": shown.validated_by,
        "status": None,
    }
    anna.apply(ACME, EditAction.of(shown, title="Legal SLA: 2 days", owner="", **fields))
    bob.apply(ACME, EditAction.of(shown, title=shown.title, owner="Dev", **fields))
    carry(anna, bob)
    carry(bob, anna)
    merged = anna.plan(ACME)
    assert (merged.file.actions[0].title, merged.file.actions[0].owner) == (
        "Legal SLA: 2 days",
        "Dev",
    )
    assert merged.reports() == []  # different fields: both kept, nothing to report


def test_an_edit_to_something_another_writer_removed_is_reported(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, AddStage(name="Legal", target_days=2))
    carry(anna, bob)
    anna.apply(ACME, RemoveStage(name="Legal"))
    bob.apply(ACME, SetStageTarget(name="Legal", target_days=5))
    carry(anna, bob)
    carry(bob, anna)
    for store in (anna, bob):
        plan = store.plan(ACME)
        assert plan.file.approval_stages == []
        [report] = plan.reports()
        assert report.startswith("set stage target (bob-2, ")
        assert report.endswith(
            "was not applied: there is no approval stage 'Legal' (removed in another window?)"
        )


@pytest.mark.parametrize(
    "copy_name",
    [
        "edits-anna-1.sync-conflict-20261202-101010-ABCDEFG.jsonl",  # Syncthing
        "edits-anna-1 (Bob's conflicted copy 2026-12-02).jsonl",  # Dropbox
        "edits-anna-1-LAPTOP7.jsonl",  # OneDrive
    ],
)
def test_a_conflict_copy_is_merged_and_counted_once(tmp_path: Path, copy_name: str) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, AddStage(name="Legal", target_days=2))
    carry(anna, bob, copy_name)  # an older copy under the sync tool's name
    anna.apply(ACME, AddStage(name="Brand", target_days=1))
    assert [s.name for s in bob.load(ACME).approval_stages] == ["Legal"]
    carry(anna, bob)
    assert [s.name for s in bob.load(ACME).approval_stages] == ["Legal", "Brand"]
    assert bob.plan(ACME).reports() == []


def test_a_half_arrived_log_gives_its_whole_lines_and_says_it_is_arriving(
    tmp_path: Path,
) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    for name in ("Legal", "Brand"):
        anna.apply(ACME, AddStage(name=name, target_days=2))
    whole = (anna.folder_for(ACME) / log_name("anna-1")).read_bytes()
    bob.folder_for(ACME).mkdir(parents=True)
    arrived = bob.folder_for(ACME) / log_name("anna-1")
    arrived.write_bytes(whole[:-20])
    assert [s.name for s in bob.load(ACME).approval_stages] == ["Legal"]
    [report] = bob.plan(ACME).reports()
    assert report == f"{arrived}: ends in a cut line (still arriving?); the whole lines are used"
    bob.apply(ACME, AddStage(name="Ops", target_days=1))  # bob can work meanwhile
    arrived.write_bytes(whole)
    assert [s.name for s in bob.load(ACME).approval_stages] == ["Legal", "Brand", "Ops"]


def test_temporary_and_damaged_files_are_reported_never_fatal(tmp_path: Path) -> None:
    bob = machine(tmp_path, "bob-2")
    bob.apply(ACME, AddStage(name="Legal", target_days=2))
    folder = bob.folder_for(ACME)
    (folder / ".syncthing.edits-anna-1.jsonl.tmp").write_bytes(b"{")
    (folder / "edits-cara-3.jsonl").write_bytes(b"\xff\xfenot json\n")
    (folder / "edits-dan-4.jsonl").write_bytes(
        b'{"format":"wfinterview.edits","version":1,"engagement":"Acme Retail","writer":"dan-4"}\n'
        b"garbage\n"
    )
    plan = bob.plan(ACME)
    assert [s.name for s in plan.file.approval_stages] == ["Legal"]
    assert plan.reports() == [
        f"{folder / 'edits-cara-3.jsonl'}: is not a wfinterview edit log (or is from a newer "
        "wfinterview); it was left as it is",
        f"{folder / 'edits-dan-4.jsonl'}: line 2 cannot be read; it was skipped",
        f"{folder / '.syncthing.edits-anna-1.jsonl.tmp'}: still arriving (a sync tool's file); "
        "read when whole",
    ]
    assert (folder / "edits-cara-3.jsonl").read_bytes() == b"\xff\xfenot json\n"
    cached = EngagementStore(bob.dir, BUILTIN_TAGS, "bob-2", bob.locks_dir, tmp_path / "cache")
    assert cached.plan(ACME).reports() == plan.reports()  # merged, and kept
    assert cached.plan(ACME).reports() == plan.reports()  # the cache's answer says the same


def test_a_damaged_own_log_refuses_edits_and_is_left_as_it_is(tmp_path: Path) -> None:
    anna = machine(tmp_path, "anna-1")
    anna.apply(ACME, AddStage(name="Legal", target_days=2))
    own = anna.folder_for(ACME) / log_name("anna-1")
    damaged = own.read_bytes() + b"{half\n"
    own.write_bytes(damaged)
    with pytest.raises(UserError, match="line 3 cannot be read.*left as it is"):
        anna.apply(ACME, AddStage(name="Brand", target_days=1))
    assert own.read_bytes() == damaged


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("edits-anna-1.jsonl", "log"),
        ("plan-anna-1.json", "view"),
        (".edits-anna-1.jsonl.1a2b3c4d.tmp", "arriving"),
        ("~$edits-anna-1.jsonl", "arriving"),
        ("edits-anna-1.jsonl.part", "arriving"),
        ("notes.txt", "other"),
    ],
)
def test_files_are_known_by_their_names(name: str, kind: str) -> None:
    assert kind_of(name) == kind


def legacy_plan() -> EngagementFile:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    board.create("Budget", "budget")
    action = new_action([], "Legal SLA", "approval_timeline", ["s1/n1"], "budget")
    return EngagementFile(engagement=ACME, themes=board, actions=[action])


def test_a_file_from_before_team_sync_is_taken_in_with_a_backup(tmp_path: Path) -> None:
    anna = machine(tmp_path, "anna-1")
    legacy = anna.legacy_path(ACME)
    legacy.parent.mkdir(parents=True)
    plan = legacy_plan()
    raw = plan.model_dump_json(indent=1).encode()
    legacy.write_bytes(raw)
    assert anna.load(ACME) == plan
    backup = legacy.with_name(legacy.stem + BACKUP_SUFFIX)
    assert not legacy.exists() and backup.read_bytes() == raw
    log = read_log(anna.folder_for(ACME) / log_name("anna-1"))
    [entry] = [item.entry for item in log.logged]
    assert entry.imported is not None and entry.imported.plan == plan
    anna.apply(ACME, RenameTheme(theme_id="budget", name="Budgets"))
    assert [a.title for a in anna.load(ACME).actions] == ["Legal SLA"]
    assert json.loads(anna.view_path(ACME).read_bytes())["themes"]["themes"][-1]["name"] == (
        "Budgets"
    )


def test_two_writers_taking_in_the_same_file_start_from_it_once(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    raw = legacy_plan().model_dump_json(indent=1).encode()
    for store in (anna, bob):
        store.legacy_path(ACME).parent.mkdir(parents=True)
        store.legacy_path(ACME).write_bytes(raw)
    anna.apply(ACME, RenameTheme(theme_id="budget", name="Budgets"))
    bob.apply(ACME, AddStage(name="Legal", target_days=2))
    carry(anna, bob)
    carry(bob, anna)
    for store in (anna, bob):
        plan = store.plan(ACME)
        assert plan.reports() == []
        assert plan.file.themes.theme("budget").name == "Budgets"
        assert [a.title for a in plan.file.actions] == ["Legal SLA"]
        assert [s.name for s in plan.file.approval_stages] == ["Legal"]


def test_two_writers_taking_in_different_files_start_from_the_first_and_say_so(
    tmp_path: Path,
) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    theirs = legacy_plan()
    theirs.actions[0].title = "Brand SLA"
    for store, plan in ((anna, legacy_plan()), (bob, theirs)):
        store.legacy_path(ACME).parent.mkdir(parents=True)
        store.legacy_path(ACME).write_bytes(plan.model_dump_json(indent=1).encode())
        store.load(ACME)  # each takes its own file in, anna first
    carry(anna, bob)
    carry(bob, anna)
    minute = r"\d{4}-\d\d-\d\d \d\d:\d\d"
    for store in (anna, bob):
        plan = store.plan(ACME)
        assert [a.title for a in plan.file.actions] == ["Legal SLA"]
        [line] = plan.reports()
        assert re.fullmatch(
            rf"an imported plan \(bob-2, {minute}\) was not applied: a different plan was "
            rf"taken in first \(anna-1, {minute}\); the other is backed up",
            line,
        ), line
    backup = bob.legacy_path(ACME).with_name(bob.legacy_path(ACME).stem + BACKUP_SUFFIX)
    assert EngagementFile.model_validate_json(backup.read_bytes()).actions[0].title == "Brand SLA"


def test_a_file_a_teammate_took_in_already_is_only_moved_aside(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    plan = legacy_plan()
    raw = plan.model_dump_json(indent=1).encode()
    for store in (anna, bob):
        store.legacy_path(ACME).parent.mkdir(parents=True)
        store.legacy_path(ACME).write_bytes(raw)
    anna.load(ACME)
    carry(anna, bob)
    assert bob.load(ACME) == plan
    assert not (bob.folder_for(ACME) / log_name("bob-2")).exists()  # nothing to add
    backup = bob.legacy_path(ACME).with_name(bob.legacy_path(ACME).stem + BACKUP_SUFFIX)
    assert backup.read_bytes() == raw
