"""Two writers changing one thing at once, and the action form's edits: what each machine
keeps and the line it reports, worked out by hand (the later edit wins; see
core/plan/merging.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.core.test_team_files import ACME, carry, machine
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.actions import Action, advance, new_action
from wfinterview.core.plan.edit_log import log_name, read_log
from wfinterview.core.plan.edits import (
    AddAction,
    AdvanceAction,
    DeleteTheme,
    EditAction,
    PlaceNote,
    SetActionStatus,
)
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.storage import atomic
from wfinterview.core.synthesis.themes import ThemeBoard


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest


def form(shown: Action, **changes: object) -> EditAction:
    """The action form sent with `changes`, every other field as shown."""
    values: dict[str, object] = {
        "title": shown.title,
        "kind": shown.kind,
        "owner": shown.owner,
        "due": shown.due,
        "validated_by": shown.validated_by,
        "status": None,
    }
    return EditAction.of(shown, **{**values, **changes})  # type: ignore[arg-type]


def test_two_owners_set_at_once_keep_the_later_and_name_the_field(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, AddAction(action=new_action([], "Legal SLA")))
    carry(anna, bob)
    shown = anna.load(ACME).actions[0]
    anna.apply(ACME, form(shown, owner="Ops"))
    bob.apply(ACME, form(shown, owner="Dev"))  # later
    carry(anna, bob)
    carry(bob, anna)
    [report] = anna.plan(ACME).reports()
    assert report.startswith("the owner of action 'Legal SLA': kept 'Dev' (bob-2, ")
    assert "over 'Ops' (anna-1, " in report
    assert anna.load(ACME).actions[0].owner == "Dev"


def test_two_placements_of_one_note_keep_the_later_and_name_the_note(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, PlaceNote(note_key="s1/n1", theme_ids=["approval-issues"]))
    bob.apply(ACME, PlaceNote(note_key="s1/n1", theme_ids=["handoff-inefficiencies"]))
    carry(anna, bob)
    carry(bob, anna)
    [report] = anna.plan(ACME).reports()
    assert report.startswith("the themes of note s1/n1: kept handoff-inefficiencies (bob-2, "), (
        report
    )
    assert "over approval-issues (anna-1, " in report


def test_the_form_names_only_what_changed_and_moves_the_status_when_asked() -> None:
    shown = new_action([], "Legal SLA")
    shown.validated_by = ["Priya"]
    same = form(shown, status="proposed")  # the status it has: no change
    assert (same.status, same.changed) == (None, [])
    moved = form(shown, status="validated", due=date(2026, 12, 15))
    assert (moved.status, moved.due, moved.changed) == (
        "validated",
        date(2026, 12, 15),
        ["due", "status"],
    )
    assert moved.fields() == {
        ("action", shown.id, "due"): date(2026, 12, 15),
        ("action", shown.id, "status"): "validated",
    }


def test_a_form_or_a_status_edit_that_marks_done_gives_its_own_time(tmp_path: Path) -> None:
    anna = machine(tmp_path, "anna-1")
    action = new_action([], "Legal SLA")
    action.validated_by = ["Priya"]
    action.status = "in_progress"
    other = new_action([action], "Calendar")
    other.validated_by = ["Priya"]
    other.status = "in_progress"
    for added in (action, other):
        anna.apply(ACME, AddAction(action=added))
    file = anna.load(ACME)
    done = form(file.actions[0], status="done")
    done.apply(file)
    assert (file.actions[0].status, file.actions[0].done_at) == ("done", done.at)
    status = SetActionStatus(action_id=other.id, status="done")
    status.apply(file)
    assert (file.actions[1].status, file.actions[1].done_at) == ("done", status.at)


def test_advancing_keeps_the_time_it_was_asked_and_so_does_its_recorded_edit() -> None:
    action = new_action([], "Legal SLA")
    action.validated_by = ["Priya"]
    action.status = "in_progress"
    when = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
    assert advance(action, when).done_at == when
    file = EngagementFile(engagement=ACME, themes=ThemeBoard.starting(BUILTIN_TAGS))
    file.actions.append(new_action([], "Calendar"))
    asked = AdvanceAction(action_id=file.actions[0].id, at=when)
    assert asked.resolved(file) == SetActionStatus(
        action_id=file.actions[0].id, status="validated", at=when
    )


def test_a_deleted_theme_leaves_its_notes_and_actions_in_no_theme() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    keep = board.tag_themes["tool_friction"]
    board.move("s1/n1", [], None, "approval-issues")
    board.move("s1/n1", [], None, keep)
    action = new_action([], "Legal SLA", theme_id="approval-issues")
    other = new_action([action], "Tool fix", theme_id=keep)
    file = EngagementFile(engagement=ACME, themes=board, actions=[action, other])
    DeleteTheme(theme_id="approval-issues").apply(file)
    assert file.themes.placements["s1/n1"] == [keep]
    assert [a.theme_id for a in file.actions] == [None, keep]


def test_an_old_plan_arriving_after_own_edits_keeps_them(tmp_path: Path) -> None:
    anna = machine(tmp_path, "anna-1")
    anna.apply(ACME, AddAction(action=new_action([], "Legal SLA")))
    legacy = EngagementFile(engagement=ACME, themes=ThemeBoard.starting(BUILTIN_TAGS))
    legacy.actions.append(new_action([], "From the old file"))
    anna.legacy_path(ACME).write_bytes(legacy.model_dump_json().encode())
    titles = sorted(a.title for a in anna.load(ACME).actions)
    assert titles == ["From the old file", "Legal SLA"]
    log = read_log(anna.folder_for(ACME) / log_name("anna-1"))
    assert [item.entry.seq for item in log.logged] == [1, 2]
