"""The line a person reads for each thing a merge decided (core/plan/merging.py): which
field of what, the value kept and the one replaced, and whose edit at what time; built
from each edit's own field names, so every kind of edit is named in words."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.edit_log import Entry, Imported, Logged
from wfinterview.core.plan.edits import (
    Edit,
    MoveNote,
    RenameTheme,
    SetActionStatus,
    SetRaciCell,
    SetStageTarget,
)
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.merging import Conflict, Rejected, describe_field
from wfinterview.core.synthesis.themes import ThemeBoard

# 2026-12-02 09:30:00 UTC, in milliseconds, and a counter the line never shows.
AT = int(datetime(2026, 12, 2, 9, 30, tzinfo=UTC).timestamp() * 1000)


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")  # the line gives the local time: fixed here
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def plan() -> EngagementFile:
    action = Action(id="a1", title="Legal SLA", kind="other", created_at=datetime.now(UTC))
    return EngagementFile(
        engagement="Acme", themes=ThemeBoard.starting(BUILTIN_TAGS), actions=[action]
    )


def logged(writer: str, edit: Edit | None, minutes: int = 0) -> Logged:
    if edit is None:
        imported = Imported(sha="0" * 64, plan=plan())
        return Logged(writer, Entry(seq=1, at=(AT, 7), imported=imported), b"")
    return Logged(writer, Entry(seq=1, at=(AT + 60_000 * minutes, 7), edit=edit), b"")


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (RenameTheme(theme_id="approval-issues", name="x"), "the name of theme 'Approval issues'"),
        (
            RenameTheme(theme_id="gone", name="x"),
            "the name of theme 'gone' (no longer in the plan: deleted)",
        ),
        (SetActionStatus(action_id="a1", status="done"), "the status of action 'Legal SLA'"),
        (SetActionStatus(action_id="a9", status="done"), "the status of action 'a9'"),
        (
            MoveNote(note_key="s1/n1", tags=[], from_id=None, to_id="t1"),
            "the themes of note s1/n1",
        ),
        (
            SetRaciCell(matrix="Launch", activity="Brief", party="Legal", role="A"),
            "RACI cell Brief × Legal",
        ),
        (SetStageTarget(name="Legal", target_days=2), "the target of stage 'legal'"),
    ],
)
def test_each_kind_of_field_is_named_in_words(edit: Edit, field: str) -> None:
    [key] = edit.fields()
    assert describe_field(key, plan()) == field


def test_an_action_field_with_an_underscore_reads_as_words_and_others_as_they_are() -> None:
    assert describe_field(("action", "a1", "validated_by"), plan()) == (
        "the validated by of action 'Legal SLA'"
    )
    assert describe_field(("budget", "q1"), plan()) == "budget q1"


def test_a_conflict_line_gives_both_values_and_whose_they_were() -> None:
    key = ("note", "s1/n1", "themes")
    line = Conflict(
        key, logged("bob-2", None, 0), logged("anna-1", None), ("t1", "t2"), None
    ).describe(plan())
    assert line == (
        "the themes of note s1/n1: kept t1, t2 (bob-2, 2026-12-02 09:30) "
        "over (empty) (anna-1, 2026-12-02 09:30)"
    )
    later = logged("bob-2", RenameTheme(theme_id="t1", name="x"), minutes=61)
    line = Conflict(key, later, logged("anna-1", None), [], "t3").describe(plan())
    assert line == (
        "the themes of note s1/n1: kept (none) (bob-2, 2026-12-02 10:31) "
        "over 't3' (anna-1, 2026-12-02 09:30)"
    )


def test_an_edit_or_a_plan_not_applied_says_what_whose_and_why() -> None:
    edit = logged("bob-2", RenameTheme(theme_id="gone", name="x"), minutes=5)
    assert Rejected(edit, "the theme is gone").describe() == (
        "rename theme (bob-2, 2026-12-02 09:35) was not applied: the theme is gone"
    )
    assert Rejected(logged("anna-1", None), "taken in twice").describe() == (
        "an imported plan (anna-1, 2026-12-02 09:30) was not applied: taken in twice"
    )
