"""Themes saved per engagement: atomic, private, and never written over an unreadable file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from wfinterview.core.framework.content import BUILTIN_TAGS, STARTING_THEMES
from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan.engagements import EngagementFile, EngagementStore, load_boards
from wfinterview.core.synthesis.themes import ThemeBoard


@pytest.fixture
def store(tmp_path: Path) -> EngagementStore:
    return EngagementStore(tmp_path / "engagements", BUILTIN_TAGS)


def test_a_new_engagement_starts_with_the_four_themes_and_saves_privately(
    store: EngagementStore,
) -> None:
    file = store.load("Acme")
    assert [t.name for t in file.themes.themes] == list(STARTING_THEMES)
    assert file.themes.tag_themes["sop_mismatch"] == file.themes.tag_themes["ghost_ownership"]
    file.themes.create("Budget")
    store.save(file)
    assert store.load("Acme") == file
    assert stat.S_IMODE(store.path_for("Acme").stat().st_mode) == 0o600


def test_names_that_look_alike_get_their_own_files(store: EngagementStore) -> None:
    assert store.path_for("Acme!") != store.path_for("acme") != store.path_for("Acmé")


@pytest.mark.parametrize(
    "content", [b"{", b'{"format": "wfinterview.engagement", "version": 2}', b"\xff\xfe"]
)
def test_an_unreadable_file_is_reported_and_left_alone(
    store: EngagementStore, content: bytes
) -> None:
    path = store.path_for("Acme")
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
    store.path_for("Acme").symlink_to(target)
    with pytest.raises(UserError, match="symbolic link"):
        store.load("Acme")


def test_theme_names_are_checked() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    with pytest.raises(UserError, match="already"):
        board.create("approval ISSUES")
    with pytest.raises(UserError, match="itself"):
        board.merge("approval-issues", "approval-issues")
    assert board.create("!!!").id == "theme"
