"""A teammate's edits that this laptop cannot apply, stamps from wrong clocks, and edits
whose theme moved before the plans met: each is skipped and said, ordered alike on every
laptop, or followed to where the theme went (core/plan/merging.py, core/plan/replay.py,
core/plan/invariants.py)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from tests.core.test_team_files import ACME, carry, machine
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edit_log import Entry, Logged, LogHeader, entry_line, log_name
from wfinterview.core.plan.edits import (
    AddAction,
    AddStage,
    CreateTheme,
    DeleteTheme,
    MergeThemes,
    MoveNote,
    RenameTheme,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.plan.invariants import notes_in_several_themes, plan_problems, repair
from wfinterview.core.plan.merging import local_minute, merge
from wfinterview.core.plan.replay import replay_order
from wfinterview.core.storage import atomic

NOTE = "s1/n1"  # tagged approval_lag: in "Approval issues" until moved


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest


def write_log(store: EngagementStore, writer: str, entries: list[dict[str, object]]) -> Path:
    """A teammate's log as their program wrote it, entries as JSON objects (unvalidated)."""
    folder = store.folder_for(ACME)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / log_name(writer)
    header = LogHeader(engagement=ACME, writer=writer).model_dump_json()
    path.write_text("".join(json.dumps(line) + "\n" for line in [json.loads(header), *entries]))
    return path


def logged(
    writer: str, seq: int, at: int, edit: object, seen: dict[str, int] | None = None
) -> Logged:
    entry = Entry.model_validate({"seq": seq, "at": (at, 0), "seen": seen or {}, "edit": edit})
    return Logged(writer, entry, entry_line(entry))


def test_an_edit_the_plan_refuses_is_not_applied_and_said(tmp_path: Path) -> None:
    anna = machine(tmp_path, "anna-1")
    anna.apply(ACME, AddStage(name="Legal", target_days=2))
    # Passes the schema of edits (a non-empty id) but not the Theme model's id rule.
    write_log(
        anna,
        "bob-2",
        [
            {
                "seq": 1,
                "at": [1_000, 0],
                "edit": {"op": "create_theme", "theme_id": "Not An Id!", "name": "Budget"},
            },
            {
                "seq": 2,
                "at": [1_001, 0],
                "edit": {"op": "add_stage", "name": "Brand", "target_days": 1},
            },
        ],
    )
    plan = anna.plan(ACME)
    assert [s.name for s in plan.file.approval_stages] == ["Brand", "Legal"]  # the rest applied
    [line] = plan.reports()
    assert line.startswith(f"create theme (bob-2, {local_minute(1_000)}) was not applied: ")
    assert line.endswith(
        "it holds a value the plan cannot take (id: String should match pattern "
        "'^[a-z0-9][a-z0-9_-]{0,63}$' (got 'Not An Id!'))"
    )
    anna.apply(ACME, AddStage(name="Ops", target_days=1))  # and this laptop goes on


def test_no_stamp_however_wrong_fails_to_show() -> None:
    assert local_minute(10**13) == "2286-11-20 17:46 UTC"  # the same in every time zone
    assert local_minute(10**20) == "a time beyond any calendar (a wrong clock)"
    rename = {"op": "rename_theme", "theme_id": "gone", "name": "X"}
    merged = merge(EngagementFile_starting(), [logged("bob-2", 1, 10**20, rename)])
    assert merged.reports() == [
        "rename theme (bob-2, a time beyond any calendar (a wrong clock)) was not applied: "
        "no theme 'gone'"
    ]
    assert merged.shown_times() == {}  # nothing that reads otherwise in another zone


def EngagementFile_starting() -> object:  # noqa: N802 - reads as the value it makes
    from tests.core.test_team_files import BUILTIN_TAGS
    from wfinterview.core.plan.engagement_file import EngagementFile
    from wfinterview.core.synthesis.themes import ThemeBoard

    return EngagementFile(engagement=ACME, themes=ThemeBoard.starting(BUILTIN_TAGS))


def test_the_replay_order_follows_stamps_and_what_each_writer_had_seen() -> None:
    stage = {"op": "add_stage", "name": "Legal", "target_days": 1}
    future = logged("zed-9", 1, 9 * 10**12, stage)  # a clock in the year 2255
    made_after = logged("anna-1", 1, 2_000, stage, seen={"zed-9": 1})
    unaware = logged("bob-2", 1, 1_000, stage)
    unaware_later = logged("bob-2", 2, 3_000, stage)
    items = [future, made_after, unaware, unaware_later]
    expected = [unaware, unaware_later, future, made_after]
    for order in itertools.permutations(items):  # read in any order: replayed in one
        assert replay_order(order) == expected
    honest = [logged("a-1", n, n * 10, stage) for n in range(1, 5)]
    assert replay_order(reversed(honest)) == honest  # honest clocks: the stamp order


def test_entries_that_claim_to_have_seen_each_other_still_replay_in_one_order() -> None:
    stage = {"op": "add_stage", "name": "Legal", "target_days": 1}
    one = logged("anna-1", 1, 2_000, stage, seen={"bob-2": 1})
    two = logged("bob-2", 1, 1_000, stage, seen={"anna-1": 1})  # only a forged log does this
    for order in ([one, two], [two, one]):
        assert replay_order(order) == [two, one]


@pytest.mark.parametrize("merge_first", [True, False])
def test_a_note_moved_out_of_a_theme_merged_away_meanwhile_ends_in_one_theme(
    tmp_path: Path, merge_first: bool
) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, CreateTheme(theme_id="legal", name="Legal"))
    carry(anna, bob)
    # Before the two laptops meet: anna merges "Approval issues" into "Legal"; bob moves
    # the note out of "Approval issues" into "Tool-related blockers"; in either order.
    merging = (anna, MergeThemes(source_id="approval-issues", target_id="legal"))
    move = MoveNote(
        note_key=NOTE,
        tags=["approval_lag"],
        from_id="approval-issues",
        to_id="tool-related-blockers",
    )
    for store, edit in [merging, (bob, move)] if merge_first else [(bob, move), merging]:
        store.apply(ACME, edit)
    carry(anna, bob)
    carry(bob, anna)
    for store in (anna, bob):
        file = store.load(ACME)
        assert file.themes.themes_of(NOTE, ["approval_lag"]) == ["tool-related-blockers"]
        assert notes_in_several_themes(file, {NOTE: ["approval_lag"]}) == []
        assert plan_problems(file) == []
        assert store.plan(ACME).reports() == []


def test_a_move_made_after_seeing_the_merge_names_the_theme_it_went_into(
    tmp_path: Path,
) -> None:
    anna = machine(tmp_path, "anna-1")
    anna.apply(ACME, CreateTheme(theme_id="legal", name="Legal"))
    anna.apply(ACME, MergeThemes(source_id="approval-issues", target_id="legal"))
    # A screen still showing the old board sends the move from the theme merged away.
    anna.apply(
        ACME,
        MoveNote(
            note_key=NOTE,
            tags=["approval_lag"],
            from_id="approval-issues",
            to_id="tool-related-blockers",
        ),
    )
    from wfinterview.core.plan.edit_log import read_log

    last = read_log(anna.folder_for(ACME) / log_name("anna-1")).logged[-1].entry.edit
    assert isinstance(last, MoveNote) and last.from_id == "legal"  # recorded as applied
    assert anna.load(ACME).themes.themes_of(NOTE, ["approval_lag"]) == ["tool-related-blockers"]


def test_an_action_added_to_a_theme_deleted_meanwhile_is_kept_without_one(
    tmp_path: Path,
) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    action = new_action([], "Legal SLA", theme_id="approval-issues")
    anna.apply(ACME, DeleteTheme(theme_id="approval-issues"))
    bob.apply(ACME, AddAction(action=action))  # later, unaware
    carry(anna, bob)
    carry(bob, anna)
    for store in (anna, bob):
        file = store.load(ACME)
        assert [(a.title, a.theme_id) for a in file.actions] == [("Legal SLA", None)]
        assert plan_problems(file) == []


def test_a_plan_taken_in_from_any_file_keeps_the_invariants() -> None:
    file = EngagementFile_starting()
    from wfinterview.core.plan.engagement_file import EngagementFile

    assert isinstance(file, EngagementFile)
    file.themes.tag_themes["budget"] = "nowhere"
    file.themes.placements[NOTE] = ["approval-issues", "nowhere", "approval-issues"]
    file.actions.append(new_action([], "SLA", theme_id="nowhere"))
    assert plan_problems(file) == [
        "tag 'budget' maps to theme 'nowhere', which is not on the board",
        f"note {NOTE} is placed in theme 'nowhere', which is not on the board",
        f"note {NOTE} is placed in theme 'approval-issues' twice",
        f"action '{file.actions[0].id}' names theme 'nowhere', which is not on the board",
    ]
    repaired = repair(file)
    assert plan_problems(repaired) == []
    assert repaired.themes.placements[NOTE] == ["approval-issues"]
    assert repaired.actions[0].title == "SLA" and repaired.actions[0].theme_id is None


def test_a_rename_of_a_theme_merged_away_is_still_refused_and_said(tmp_path: Path) -> None:
    anna, bob = machine(tmp_path, "anna-1"), machine(tmp_path, "bob-2")
    anna.apply(ACME, MergeThemes(source_id="approval-issues", target_id="tool-related-blockers"))
    bob.apply(ACME, RenameTheme(theme_id="approval-issues", name="Sign-off"))
    carry(anna, bob)
    carry(bob, anna)
    [line] = anna.plan(ACME).reports()
    assert line.startswith("rename theme (bob-2, ")
    assert line.endswith("was not applied: no theme 'approval-issues'")
