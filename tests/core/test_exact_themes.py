"""The consultant's theme edits, each checked against the counts it must give afterwards."""

from __future__ import annotations

import pytest

from tests.core.exact_corpus import GHOST, LAG, SOP, boards, corpus
from wfinterview.core.framework.content import (
    APPROVAL_ISSUES,
    BUILTIN_TAGS,
    HANDOFFS,
    MISALIGNMENT,
    TOOL_RELATED,
)
from wfinterview.core.framework.errors import UserError
from wfinterview.core.synthesis.corpus import Filters
from wfinterview.core.synthesis.themes import ThemeBoard

ACME = Filters(engagement="Acme")


def theme_id(board: ThemeBoard, name: str) -> str:
    found = board.find_by_name(name)
    assert found is not None
    return found.id


def test_the_starting_board_has_the_four_themes_in_the_frameworks_order() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    assert [t.name for t in board.themes] == [TOOL_RELATED, APPROVAL_ISSUES, MISALIGNMENT, HANDOFFS]
    assert board.themes_of_tags([SOP, GHOST, SOP]) == [theme_id(board, MISALIGNMENT)]
    assert board.themes_of_tags([LAG, GHOST, "unknown"]) == [
        theme_id(board, APPROVAL_ISSUES),
        theme_id(board, MISALIGNMENT),
    ]


def test_a_merge_moves_hand_placements_to_the_target_theme() -> None:
    c, all_boards = corpus(), boards()
    board = all_boards["Acme"]
    omar = next(c.notes(ACME, tag=SOP))
    approvals, handoffs = theme_id(board, APPROVAL_ISSUES), theme_id(board, HANDOFFS)
    board.move(omar.key, omar.tags, theme_id(board, MISALIGNMENT), approvals)
    assert board.placements[omar.key] == [approvals]

    board.merge(approvals, handoffs)
    assert board.placements[omar.key] == [handoffs]  # never the deleted theme's id
    assert approvals not in board.tag_themes.values()
    assert [t.name for t in board.themes] == [TOOL_RELATED, MISALIGNMENT, HANDOFFS]
    counts = c.theme_counts(ACME, all_boards)
    # Handoffs: its own 4 notes, the 4 approval-lag notes, and Omar's placed note.
    assert (counts[HANDOFFS].notes, counts[HANDOFFS].participants) == (9, 3)
    assert (counts[MISALIGNMENT].notes, counts[MISALIGNMENT].participants) == (2, 1)
    assert APPROVAL_ISSUES not in counts
    with pytest.raises(UserError):
        board.theme(approvals)


def test_a_merge_into_a_theme_the_note_is_in_already_lists_it_once() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    approvals, handoffs = theme_id(board, APPROVAL_ISSUES), theme_id(board, HANDOFFS)
    board.placements["a1/n"] = [approvals, handoffs]
    board.merge(approvals, handoffs)
    assert board.placements["a1/n"] == [handoffs]
    with pytest.raises(UserError):
        board.merge(handoffs, handoffs)


def test_a_note_taken_out_of_its_only_theme_stays_out() -> None:
    c, all_boards = corpus(), boards()
    board = all_boards["Acme"]
    misalignment = theme_id(board, MISALIGNMENT)
    quote = next(c.quotes(ACME))  # Jordan's ghost-ownership quote, in misalignment only
    assert board.remove(quote.key, quote.tags, misalignment) == []
    assert board.themes_of(quote.key, quote.tags) == []  # the tag does not bring it back
    counts = c.theme_counts(ACME, all_boards)
    assert (counts[MISALIGNMENT].notes, counts[MISALIGNMENT].participants) == (2, 2)
    # It now shows among the tagged notes in no theme, and only there.
    assert [r.key for r in c.theme_notes(ACME, board, None)] == [quote.key]
    assert quote.key not in {r.key for r in c.theme_notes(ACME, board, misalignment)}
    # The same count when searching, which reads notes one by one.
    searched = c.theme_counts(Filters(engagement="Acme", text="QA"), all_boards)
    assert (searched[MISALIGNMENT].notes, searched[MISALIGNMENT].participants) == (1, 1)


def test_moving_a_note_keeps_its_other_themes_and_adds_the_new_one_once() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    approvals, handoffs = theme_id(board, APPROVAL_ISSUES), theme_id(board, HANDOFFS)
    misalignment = theme_id(board, MISALIGNMENT)
    tags = [LAG, GHOST]
    assert board.move("s/n", tags, None, handoffs) == [approvals, misalignment, handoffs]
    assert board.move("s/n", tags, approvals, handoffs) == [misalignment, handoffs]
    assert board.themes_of("s/n", []) == [misalignment, handoffs]  # placed by hand: tags ignored
    assert board.placed_sessions() == {"s"}
    with pytest.raises(UserError):
        board.move("s/n", tags, None, "no-such-theme")


def test_names_and_ids_of_new_themes() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    first = board.create("  Sign-off   path ")
    assert (first.id, first.name) == ("sign-off-path", "Sign-off path")
    board.rename(first.id, "Old")
    second = board.create("Sign-off path")
    assert second.id == "sign-off-path-2"
    assert board.create("!!!").id == "theme"
    with pytest.raises(UserError, match="already"):
        board.create("sign-off PATH")
    with pytest.raises(UserError, match=": that name is taken$"):
        board.rename(first.id, "sign-off path")
    with pytest.raises(UserError, match=": empty name$"):
        board.rename(first.id, "   ")
    with pytest.raises(UserError, match="needs a name"):
        board.create("  ")
    assert board.rename(first.id, "OLD").name == "OLD"  # its own name, in another case


def test_hand_placements_are_the_starting_point_of_the_next_edit() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    approvals, handoffs = theme_id(board, APPROVAL_ISSUES), theme_id(board, HANDOFFS)
    misalignment, tools = theme_id(board, MISALIGNMENT), theme_id(board, TOOL_RELATED)
    tags = [LAG, GHOST]
    board.move("s/n", tags, None, handoffs)
    assert board.remove("s/n", tags, misalignment) == [approvals, handoffs]
    assert board.move("s/n", tags, approvals, tools) == [handoffs, tools]
    assert board.remove("s/n", tags, tools) == [handoffs]


def test_a_merge_keeps_a_notes_other_themes() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    approvals, handoffs = theme_id(board, APPROVAL_ISSUES), theme_id(board, HANDOFFS)
    misalignment = theme_id(board, MISALIGNMENT)
    board.placements["s/n"] = [approvals, misalignment]
    assert board.merge(approvals, handoffs).name == HANDOFFS
    assert board.placements["s/n"] == [handoffs, misalignment]
    with pytest.raises(UserError, match="^a theme cannot be merged into itself$"):
        board.merge(handoffs, handoffs)


def test_placed_sessions_are_named_by_what_comes_before_the_first_slash() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    board.placements["s1/n/1"] = []
    assert board.placed_sessions() == {"s1"}


def test_theme_ids_are_short_readable_and_numbered_when_taken() -> None:
    board = ThemeBoard()
    for _ in range(3):
        board.create("Plan")
        board.rename(board.themes[-1].id, f"Plan {len(board.themes)}")
    assert [t.id for t in board.themes] == ["plan", "plan-2", "plan-3"]
    assert board.create("A").id == "a"
    assert board.create("2026 budget").id == "2026-budget"
    assert board.create("!" + "a" * 45).id == "a" * 40
    assert board.create("b" * 39 + " cd").id == "b" * 39  # cut at 40, no dash left at the end
    with pytest.raises(UserError, match="^a theme needs a name$"):
        board.create("   ")
