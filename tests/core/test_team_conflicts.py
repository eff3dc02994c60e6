"""Two writers changing one thing at once, and the action form's edits: what each machine
keeps and the line it reports, worked out by hand (the later edit wins; see
core/plan/merging.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.test_team_files import ACME, carry, machine
from wfinterview.core.plan.actions import Action, new_action
from wfinterview.core.plan.edits import AddAction, EditAction, PlaceNote, SetActionStatus
from wfinterview.core.storage import atomic


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
