"""Each plan edit as the consultant makes it, undone as they expect, and refused in words:
notes placed by hand, actions added, moved and edited, stages and parties named."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan.actions import Action, kind_for, set_status
from wfinterview.core.plan.edits import (
    AddAction,
    AddRaciMatrix,
    AdvanceAction,
    CreateTheme,
    DeleteTheme,
    Edit,
    EditAction,
    MoveNote,
    PlaceNote,
    RemoveRaciParty,
    RemoveStage,
    SetStageTarget,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.synthesis.themes import ThemeBoard

NOTE = "s1/n1"
WRITER = "anna-laptop-1a2b3c"


def plans(tmp_path: Path) -> EngagementStore:
    store = EngagementStore(tmp_path / "engagements", BUILTIN_TAGS, WRITER)
    store.apply("Acme", CreateTheme(theme_id="a", name="Theme A"))
    store.apply("Acme", CreateTheme(theme_id="b", name="Theme B"))
    return store


def placed(store: EngagementStore) -> dict[str, list[str]]:
    return store.load("Acme").themes.placements


def undo(store: EngagementStore, edit: Edit) -> None:
    done = store.apply("Acme", edit)
    assert done.undo is not None
    store.apply("Acme", done.undo)


def test_moving_a_note_is_undone_to_where_it_was(tmp_path: Path) -> None:
    store = plans(tmp_path)
    undo(store, MoveNote(note_key=NOTE, tags=[], from_id=None, to_id="a"))
    assert placed(store) == {}  # never placed by hand: its tags decide again
    store.apply("Acme", PlaceNote(note_key=NOTE, theme_ids=["a"]))
    undo(store, MoveNote(note_key=NOTE, tags=[], from_id="a", to_id="b"))
    assert placed(store) == {NOTE: ["a"]}
    undo(store, PlaceNote(note_key=NOTE, theme_ids=["b"]))
    assert placed(store) == {NOTE: ["a"]}
    store.apply("Acme", PlaceNote(note_key="s1/never", theme_ids=None))
    assert placed(store) == {NOTE: ["a"]}


def action(action_id: str = "a1", **fields: object) -> Action:
    return Action(id=action_id, title="One intake form", created_at=factories.STARTED, **fields)  # type: ignore[arg-type]


def refusal(store: EngagementStore, edit: Edit) -> list[str]:
    with pytest.raises(UserError) as refused:
        store.apply("Acme", edit)
    return refused.value.lines


def test_actions_are_added_once_and_moved_by_their_id(tmp_path: Path) -> None:
    store = plans(tmp_path)
    store.apply("Acme", AddAction(action=action(validated_by=["Priya"])))
    store.apply("Acme", AddAction(action=action("a2")))
    assert refusal(store, AddAction(action=action())) == ["there is an action 'a1' already"]
    store.apply("Acme", AdvanceAction(action_id="a1"))
    assert [a.status for a in store.load("Acme").actions] == ["validated", "proposed"]
    assert refusal(store, AdvanceAction(action_id="gone")) == [
        "that action is no longer in the plan (deleted in another window?)"
    ]
    form = EditAction(
        action_id="a1",
        title="  One   form ",
        kind="sop_update",
        owner=" Ops ",
        due=None,
        validated_by=["Priya", "Priya"],
        status="in_progress",
    )
    store.apply("Acme", form)
    edited = store.load("Acme").actions[0]
    assert (edited.title, edited.kind, edited.owner, edited.status, edited.validated_by) == (
        "One form",
        "sop_update",
        "Ops",
        "in_progress",
        ["Priya"],
    )


def test_done_records_when_and_a_step_back_forgets_it() -> None:
    moved = action(status="in_progress", validated_by=["Priya"])
    assert set_status(moved, "done").done_at is not None
    assert set_status(moved, "in_progress").done_at is None


def test_missing_parties_stages_and_themes_are_named(tmp_path: Path) -> None:
    store = plans(tmp_path)
    store.apply("Acme", AddRaciMatrix(name="Launch"))
    assert refusal(store, RemoveRaciParty(matrix="Launch", party="Legal")) == [
        "there is no person or team 'Legal' (removed already?)"
    ]
    assert refusal(store, SetStageTarget(name="legal", target_days=2)) == [
        "there is no approval stage 'legal' (removed in another window?)"
    ]
    assert refusal(store, RemoveStage(name="legal")) == [
        "there is no approval stage 'legal' (removed in another window?)"
    ]
    removed = store.apply("Acme", DeleteTheme(theme_id="a"))
    assert removed.undo is not None
    store.apply("Acme", removed.undo)
    assert refusal(store, removed.undo) == ["there is a theme with the id 'a' already"]
    store.apply("Acme", DeleteTheme(theme_id="a"))
    store.apply("Acme", CreateTheme(theme_id="a2", name="theme a"))
    assert refusal(store, removed.undo) == ["there is a theme called 'Theme A' already"]


def test_a_tag_of_no_framework_theme_does_not_decide_the_kind() -> None:
    board = ThemeBoard()
    own = board.create("Agency briefs")
    board.tag_themes["budget"] = own.id
    board.tag_themes["integration_gaps"] = own.id
    tag_themes = {tag.key: tag.theme for tag in BUILTIN_TAGS} | {"budget": "Budget"}
    assert kind_for(board, own.id, tag_themes) == "sop_update"


def test_a_starting_theme_keeps_what_it_is_about_when_its_tags_move_away() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    approvals = board.find_by_name("Approval issues")
    assert approvals is not None and approvals.origin == "Approval issues"
    board.tag_themes["approval_lag"] = board.create("Agency briefs").id
    tag_themes = {tag.key: tag.theme for tag in BUILTIN_TAGS}
    assert kind_for(board, approvals.id, tag_themes) == "approval_timeline"


def test_a_theme_id_is_taken_once(tmp_path: Path) -> None:
    store = plans(tmp_path)
    assert refusal(store, CreateTheme(theme_id="a", name="Another")) == [
        "there is a theme with the id 'a' already"
    ]


def test_a_matrix_needs_a_name_and_a_damaged_plan_says_which_field(tmp_path: Path) -> None:
    store = plans(tmp_path)
    assert refusal(store, AddRaciMatrix(name="   ")) == ["the matrix needs a name"]
    older = EngagementStore(tmp_path / "older", BUILTIN_TAGS, WRITER)
    path = older.legacy_path("Acme")
    path.parent.mkdir()
    text = store.load("Acme").model_dump_json()
    path.write_text(text.replace('"engagement":"Acme"', '"engagement":7'), "utf-8")
    with pytest.raises(UserError) as damaged:
        older.load("Acme")
    assert damaged.value.lines == [
        f"{path}: has invalid fields: engagement: Input should be a valid string (got 7); "
        "it was left as it is (move it away to start afresh)"
    ]


def test_old_engagement_file_names_are_still_found(tmp_path: Path) -> None:
    """Before names were transliterated, Ł was dropped, a name of no ASCII letter was
    "engagement", and the name was cut at 40 characters, dash and all."""
    store = EngagementStore(tmp_path, BUILTIN_TAGS, WRITER)
    long = "Łódź Media " * 5
    for name, old in (
        ("Łódź!", "odz"),
        ("東京", "engagement"),
        (long, "odz-media-odz-media-odz-media-odz-media-"),
    ):
        digest = store.legacy_path(name).name.rsplit("-", 1)[1]
        old_path = tmp_path / f"{old}-{digest}"
        old_path.write_bytes(b"{}")
        assert store.legacy_path(name) == old_path, name
