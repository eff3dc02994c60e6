"""Themes saved per engagement: atomic, private, and never written over an unreadable file."""

from __future__ import annotations

import json
import stat
import threading
from pathlib import Path

import pytest

from wfinterview.core.framework.content import BUILTIN_TAGS, STARTING_THEMES
from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan.actions import kind_for, new_action
from wfinterview.core.plan.edits import (
    EDITS,
    AddAction,
    AddStage,
    CreateTheme,
    MergeThemes,
    MoveNote,
    RenameTheme,
)
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.engagements import EngagementStore, load_boards
from wfinterview.core.storage import atomic
from wfinterview.core.synthesis.themes import ThemeBoard


@pytest.fixture
def store(tmp_path: Path) -> EngagementStore:
    return EngagementStore(tmp_path / "engagements", BUILTIN_TAGS, "tester-1")


def test_a_new_engagement_starts_with_the_four_themes_and_saves_privately(
    store: EngagementStore,
) -> None:
    file = store.load("Acme")
    assert [t.name for t in file.themes.themes] == list(STARTING_THEMES)
    assert file.themes.tag_themes["sop_mismatch"] == file.themes.tag_themes["ghost_ownership"]
    file.themes.create("Budget", "budget")
    store.apply("Acme", CreateTheme(theme_id="budget", name="Budget"))
    assert store.load("Acme") == file
    folder = store.folder_for("Acme")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("edits-tester-1.jsonl", "plan-tester-1.json"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600


def test_names_that_look_alike_get_their_own_folders(store: EngagementStore) -> None:
    assert store.folder_for("Acme!") != store.folder_for("acme") != store.folder_for("Acmé")


@pytest.mark.parametrize(
    "content", [b"{", b'{"format": "wfinterview.engagement", "version": 2}', b"\xff\xfe"]
)
def test_an_unreadable_file_is_reported_and_left_alone(
    store: EngagementStore, content: bytes
) -> None:
    path = store.legacy_path("Acme")
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(UserError, match="left as it is"):
        store.load("Acme")
    boards, problems = load_boards(store, ["Acme"])
    assert boards["Acme"] == ThemeBoard.starting(BUILTIN_TAGS) and len(problems) == 1
    assert path.read_bytes() == content


def test_a_symlink_is_never_followed(store: EngagementStore, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.json"
    target.write_text(EngagementFile(engagement="Acme", themes=ThemeBoard()).model_dump_json())
    store.dir.mkdir()
    store.legacy_path("Acme").symlink_to(target)
    with pytest.raises(UserError, match="symbolic link"):
        store.load("Acme")


def test_theme_names_are_checked() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    with pytest.raises(UserError, match="already"):
        board.create("approval ISSUES")
    with pytest.raises(UserError, match="itself"):
        board.merge("approval-issues", "approval-issues")
    assert board.create("!!!").id == "theme"


@pytest.mark.parametrize(
    "content", [b"{", b'{"format": "wfinterview.engagement", "version": 9}', b"\xff\xfe"]
)
def test_an_edit_to_an_unreadable_file_is_refused_and_writes_nothing(
    store: EngagementStore, content: bytes
) -> None:
    path = store.legacy_path("Acme")
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(UserError, match="left as it is"):
        store.apply("Acme", AddStage(name="legal", target_days=2))
    assert path.read_bytes() == content
    assert sorted(p.name for p in store.dir.iterdir() if not p.name.endswith(".lock")) == [
        path.name
    ]


def test_a_version_1_file_links_actions_to_their_themes_by_id(store: EngagementStore) -> None:
    """Files written before theme ids: an action named its theme, which may since have been
    renamed (then the name is kept as it was, never dropped)."""
    path = store.legacy_path("Acme")
    path.parent.mkdir(parents=True)
    action = {"created_at": "2026-11-20T10:00:00Z", "evidence": ["s/n1"]}
    path.write_text(
        json.dumps(
            {
                "format": "wfinterview.engagement",
                "version": 1,
                "engagement": "Acme",
                "themes": {
                    "themes": [{"id": "approval-issues", "name": "Approval issues"}],
                    "tag_themes": {"approval_lag": "approval-issues"},
                },
                "actions": [
                    {**action, "id": "a1", "title": "SLA", "theme": "approval ISSUES"},
                    {**action, "id": "a2", "title": "Old", "theme": "Renamed since"},
                ],
            }
        )
    )
    file = store.load("Acme")
    assert [(a.theme_id, a.theme) for a in file.actions] == [
        ("approval-issues", None),
        (None, "Renamed since"),
    ]
    assert file.themes.themes[0].origin == "Approval issues"  # the kind follows from it
    assert kind_for(file.themes, "approval-issues", {}) == "approval_timeline"
    store.apply("Acme", RenameTheme(theme_id="approval-issues", name="Approval delays"))
    again = store.load("Acme")
    assert again.version == 2 and again.actions[0].theme_id == "approval-issues"
    assert kind_for(again.themes, "approval-issues", {}) == "approval_timeline"


def test_edits_are_plain_data_and_a_merge_is_undone_whole(store: EngagementStore) -> None:
    store.apply("Acme", CreateTheme(theme_id="sign-off", name="Sign-off"))
    action = new_action([], "Legal SLA", "approval_timeline", ["s/n1"], "approval-issues")
    store.apply("Acme", AddAction(action=action))
    store.apply(
        "Acme", MoveNote(note_key="s/n2", tags=["approval_lag"], from_id=None, to_id="sign-off")
    )
    before = store.load("Acme")
    merge = MergeThemes(source_id="approval-issues", target_id="sign-off")
    assert EDITS.validate_json(merge.model_dump_json()) == merge
    undo = store.apply("Acme", merge).undo
    merged = store.load("Acme")
    assert merged.actions[0].theme_id == "sign-off"
    assert merged.themes.tag_themes["approval_lag"] == "sign-off"
    # Another window adds a stage meanwhile: the undo keeps it.
    store.apply("Acme", AddStage(name="legal", target_days=2))
    assert undo is not None
    store.apply("Acme", EDITS.validate_json(undo.model_dump_json()))
    after = store.load("Acme")
    assert after.themes == before.themes and after.actions == before.actions
    assert [s.name for s in after.approval_stages] == ["legal"]


def test_writers_at_once_never_lose_each_others_edits(
    store: EngagementStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two windows (threads here, processes alike: the lock is a flock) saving at once."""
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest
    other = EngagementStore(store.dir, BUILTIN_TAGS, "tester-1")

    def add(into: EngagementStore, prefix: str) -> None:
        for number in range(25):
            into.apply("Acme", AddStage(name=f"{prefix}{number}", target_days=1))

    threads = [
        threading.Thread(target=add, args=(store, "a")),
        threading.Thread(target=add, args=(other, "b")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    names = {s.name for s in store.load("Acme").approval_stages}
    assert names == {f"{p}{n}" for p in "ab" for n in range(25)}
