"""The plan as the consultant changes it through the engagement's file (RACI cells, a theme
taken out and put back, the demo's plan), the kind proposed for an action, the
validation text each participant receives, and older files read on."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests import factories
from tests.core.exact_corpus import digest
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.errors import UserError
from wfinterview.core.interview.emails import signer
from wfinterview.core.plan.actions import Action, action_kind, kind_for, new_action
from wfinterview.core.plan.demo_plans import demo_plan
from wfinterview.core.plan.edits import (
    AddAction,
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    CreateTheme,
    DeleteTheme,
    RemoveRaciActivity,
    RemoveRaciParty,
    SetRaciCell,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.plan.validation import validation_text
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

TAG_THEMES = {tag.key: tag.theme for tag in BUILTIN_TAGS}


def store(tmp_path: Path) -> EngagementStore:
    return EngagementStore(tmp_path / "engagements", BUILTIN_TAGS, "anna-laptop-1a2b3c")


def test_raci_cells_are_set_cleared_and_go_with_their_activity(tmp_path: Path) -> None:
    plans = store(tmp_path)
    for edit in (
        AddRaciMatrix(name="Launch"),
        AddRaciActivity(matrix="Launch", activity="Brief"),
        AddRaciActivity(matrix="Launch", activity="QA"),
        AddRaciActivity(matrix="Launch", activity="Go-live"),
        AddRaciParty(matrix="Launch", party="Brand"),
        AddRaciParty(matrix="Launch", party="Legal"),
        SetRaciCell(matrix="launch", activity="Brief", party="Legal", role="A"),
        SetRaciCell(matrix="Launch", activity="QA", party="Brand", role="R"),
        SetRaciCell(matrix="Launch", activity="QA", party="Legal", role="C"),
        SetRaciCell(matrix="Launch", activity="QA", party="Legal", role=None),
    ):
        plans.apply("Acme", edit)
    (matrix,) = plans.load("Acme").raci
    assert matrix.cells == {"Brief": {"Legal": "A"}, "QA": {"Brand": "R"}}
    plans.apply("Acme", RemoveRaciActivity(matrix="Launch", activity="Go-live"))  # no letter yet
    plans.apply("Acme", RemoveRaciActivity(matrix="Launch", activity="Brief"))
    (matrix,) = plans.load("Acme").raci
    assert (matrix.activities, matrix.cells) == (["QA"], {"QA": {"Brand": "R"}})
    with pytest.raises(UserError) as again:
        plans.apply("Acme", RemoveRaciActivity(matrix="Launch", activity="Brief"))
    assert again.value.lines == ["there is no activity 'Brief' (removed already?)"]
    with pytest.raises(UserError) as gone:
        plans.apply("Acme", SetRaciCell(matrix="Other", activity="QA", party="Brand", role="A"))
    assert gone.value.lines == ["there is no RACI matrix 'Other' (removed in another window?)"]
    plans.apply("Acme", RemoveRaciParty(matrix="Launch", party="Brand"))  # its letters go too
    (matrix,) = plans.load("Acme").raci
    assert (matrix.parties, matrix.cells) == (["Legal"], {"QA": {}})


@pytest.mark.parametrize("position", [0, 2, 3])
def test_a_theme_taken_out_comes_back_where_it_was(tmp_path: Path, position: int) -> None:
    plans = store(tmp_path)
    before = [t.id for t in plans.load("Acme").themes.themes]
    removed = plans.apply("Acme", DeleteTheme(theme_id=before[position]))
    assert [t.id for t in removed.file.themes.themes] == before[:position] + before[position + 1 :]
    assert removed.undo is not None
    restored = plans.apply("Acme", removed.undo)
    assert [t.id for t in restored.file.themes.themes] == before


def test_the_demo_plan_is_the_story_it_tells(tmp_path: Path) -> None:
    plans = store(tmp_path)
    board = plans.load("Acme").themes
    for edit in demo_plan(2, board, "Priya Shah"):
        plans.apply("Acme", edit)
    plan = plans.load("Acme")
    names = {t.id: t.name for t in plan.themes.themes}
    assert [
        (a.id, a.kind, a.owner, a.status, names[a.theme_id or ""], a.validated_by, a.done_at)
        for a in plan.actions
    ] == [
        (
            "demo-2-a1",
            "approval_timeline",
            "Head of Marketing Ops",
            "done",
            "Approval issues",
            ["Priya Shah"],
            datetime(2026, 5, 15, 17, 0, tzinfo=UTC),
        ),
        (
            "demo-2-a2",
            "raci",
            "Campaign leads",
            "done",
            "Cross-team misalignment",
            ["Priya Shah"],
            datetime(2026, 6, 1, 17, 0, tzinfo=UTC),
        ),
        (
            "demo-2-a3",
            "tool_improvement",
            "Marketing Ops",
            "done",
            "Tool-related blockers",
            ["Priya Shah"],
            datetime(2026, 7, 1, 17, 0, tzinfo=UTC),
        ),
        (
            "demo-2-a4",
            "sop_update",
            "Marketing Ops",
            "in_progress",
            "Handoff inefficiencies",
            ["Priya Shah"],
            None,
        ),
    ]
    assert plan.actions[0].title == "Approval SLA: 48 hours, with a fallback approver"
    assert {a.created_at for a in plan.actions} == {datetime(2026, 3, 20, 9, 0, tzinfo=UTC)}
    (matrix,) = plan.raci
    assert (matrix.name, matrix.activities, matrix.parties) == (
        "launch sign-off",
        ["Brief sign-off", "Asset QA", "Go-live"],
        ["Campaign lead", "Brand"],
    )
    assert matrix.cells == {
        "Brief sign-off": {"Campaign lead": "A", "Brand": "R"},
        "Asset QA": {"Brand": "A", "Campaign lead": "R"},
        "Go-live": {"Campaign lead": "A"},
    }
    assert [(s.name, s.target_days) for s in plan.approval_stages] == [
        ("legal", 3.0),
        ("brand", 2.0),
        ("compliance", 5.0),
    ]


def test_a_demo_action_without_its_theme_names_none() -> None:
    (first, *_) = demo_plan(1, ThemeBoard(), "Priya Shah")
    assert isinstance(first, AddAction) and first.action.theme_id is None


# -- the kind an action is proposed as --------------------------------------------------------


def test_the_kind_follows_what_the_theme_is_about_not_its_name(tmp_path: Path) -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    approvals = board.find_by_name("Approval issues")
    assert approvals is not None
    board.rename(approvals.id, "Sign-off pain")
    assert kind_for(board, approvals.id, TAG_THEMES) == "approval_timeline"
    own = board.create("Agency briefs")
    assert kind_for(board, own.id, TAG_THEMES) == "other"  # nothing filed under it
    board.tag_themes["integration_gaps"] = own.id
    assert kind_for(board, own.id, TAG_THEMES) == "sop_update"
    board.tag_themes["tool_friction"] = own.id  # the tags' first, in the board's order, decides
    assert kind_for(board, own.id, TAG_THEMES) == "tool_improvement"
    custom = board.create("Budget")
    board.tag_themes["budget"] = custom.id
    assert kind_for(board, custom.id, {**TAG_THEMES, "budget": "Other"}) == "other"
    assert kind_for(board, custom.id, TAG_THEMES) == "other"  # a tag no theme is known for
    assert kind_for(board, None, TAG_THEMES) == "other"
    assert kind_for(board, "gone", TAG_THEMES) == "other"


def test_a_new_action_is_other_unless_said_and_needs_a_title() -> None:
    action = new_action([], "  One   intake form ")
    assert (action.kind, action.title) == ("other", "One intake form")
    assert len(action.id) == 7 and action.id.startswith("a")
    assert action_kind("tool_improvement") == "tool_improvement"
    assert action_kind("bogus") == "other"
    with pytest.raises(UserError) as untitled:
        new_action([], "   ")
    assert untitled.value.lines == ["an action needs a title"]


# -- the validation text ---------------------------------------------------------------------


def session(
    session_id: str, name: str, day: int, facilitator: str, engagement: str = "Acme"
) -> SessionDigest:
    made = factories.session(session_id, name, engagement=engagement)
    return digest(made.model_copy(update={"facilitator": facilitator}), day)


def test_the_text_is_signed_by_who_interviewed_them_last_else_by_most() -> None:
    sessions = [
        session("s1", "Jordan Lee", 0, "Sam"),
        session("s2", "jordan lee", 3, "Alex"),
        session("s3", "Priya Shah", 1, "Sam"),
        session("s4", "Omar Li", 2, ""),
        session("s5", "Ana", 4, "Kim", engagement="Globex"),
        session("s6", "Bo", 5, "Kim", engagement="Globex"),
    ]
    assert signer("", "Jordan Lee", "Acme", sessions) == "Alex"
    assert signer("", "Omar Li", "Acme", sessions) == "Sam"
    assert signer("", "Omar Li", "Initech", sessions) == ""
    assert signer("Dee", "Omar Li", "Acme", sessions) == "Dee"


def test_the_validation_text_in_the_users_template(tmp_path: Path) -> None:
    (tmp_path / "validation.txt").write_text(
        "  $participant | $engagement | $facilitator\n$actions\n", "utf-8"
    )
    sessions = [session("s1", "Jordan Lee", 0, "Sam"), session("s2", "Priya Shah", 1, "Alex")]
    action = Action(
        id="a1",
        title="Approval SLA",
        kind="approval_timeline",
        owner="Ops",
        due=date(2026, 5, 15),
        evidence=["s1/n1"],
        created_at=factories.STARTED,
    )
    assert validation_text("jordan lee", "Acme", [action], sessions, "", tmp_path) == (
        "  jordan | Acme | Sam\n- Approval SLA (Approval timeline, owner Ops, by 15 May)\n"
    )
    assert validation_text("Priya Shah", "Acme", [action], sessions, "", tmp_path) == (
        "  Priya | Acme | Alex\n- Nothing planned touches what you told us yet; we will come "
        "back to you when it does.\n"
    )
    two = [*sessions, session("s3", "Jordan Leigh", 2, "Sam"), session("s4", "Jordi Lee", 3, "")]
    with pytest.raises(UserError) as unknown:
        validation_text("Jordan Le", "Acme", [], two, "", tmp_path)
    assert unknown.value.lines == [
        "'Jordan Le' was not interviewed in 'Acme'; did you mean 'Jordan Lee' or 'Jordan Leigh' "
        "or 'Jordi Lee'? (interviewed: Jordan Lee, Jordan Leigh, Jordi Lee, Priya Shah)"
    ]


# -- older files -------------------------------------------------------------------------------


def old_file(plans: EngagementStore, data: dict[str, object]) -> Path:
    """An engagement file written before team sync, where that version kept it."""
    path = plans.legacy_path("Acme")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_a_version_1_file_links_actions_to_their_themes_by_id(tmp_path: Path) -> None:
    start = store(tmp_path / "start")
    start.apply("Acme", CreateTheme(theme_id="briefs", name="Agency briefs"))
    data = json.loads(start.load("Acme").model_dump_json())
    made = (factories.STARTED + timedelta(days=1)).isoformat()
    data["version"] = 1
    data["actions"] = [
        {"id": "a1", "title": "Fix briefs", "theme": "AGENCY BRIEFS", "created_at": made},
        {"id": "a2", "title": "Old one", "theme": "A theme since deleted", "created_at": made},
        {"id": "a3", "title": "No theme", "created_at": made},
    ]
    plans = store(tmp_path / "linked")
    old_file(plans, data)
    plan = plans.load("Acme")
    assert [(a.id, a.theme_id, a.theme) for a in plan.actions] == [
        ("a1", "briefs", None),
        ("a2", None, "A theme since deleted"),
        ("a3", None, None),
    ]
    del data["actions"]
    data["themes"] = {}
    bare_plans = store(tmp_path / "bare")
    old_file(bare_plans, data)
    bare = bare_plans.load("Acme")
    assert (bare.actions, bare.themes.themes) == ([], [])


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("[]", "is not a wfinterview engagement file"),
        (
            '{"format": "wfinterview.engagement", "version": 1, "engagement": "Acme", '
            '"themes": null}',
            "has invalid fields: version: Input should be 2 (got 1); themes: Input should be an "
            "object (got None)",
        ),
    ],
)
def test_a_file_that_is_no_plan_is_refused_in_words(tmp_path: Path, content: str, why: str) -> None:
    plans = store(tmp_path)
    path = plans.legacy_path("Acme")
    path.parent.mkdir(parents=True)
    path.write_text(content, "utf-8")
    with pytest.raises(UserError) as refused:
        plans.load("Acme")
    assert refused.value.lines == [
        f"{path}: {why}; it was left as it is (move it away to start afresh)"
    ]


def test_a_mistyped_name_suggests_at_most_three_and_each_action_is_a_line(
    tmp_path: Path,
) -> None:
    (tmp_path / "validation.txt").write_text("$participant\n$actions", "utf-8")
    names = ["Jordan Lee", "Jordan Lea", "Jordan Leo", "Jordan Lei"]
    sessions = [session(f"s{i}", name, i, "Sam") for i, name in enumerate(names)]
    with pytest.raises(UserError) as unknown:
        validation_text("Jordan Le", "Acme", [], sessions, "", tmp_path)
    assert unknown.value.lines[0].count("'Jordan Le") == 4  # the name typed, and three
    first = Action(id="a1", title="SLA", evidence=["s0/n1"], created_at=factories.STARTED)
    second = first.model_copy(update={"id": "a2", "title": "RACI", "kind": "raci"})
    assert validation_text("Jordan Lee", "Acme", [first, second], sessions, "", tmp_path) == (
        "Jordan\n- SLA (Other)\n- RACI (Ownership / RACI)\n"
    )
    nameless = [session("s9", "", 0, "Sam")]
    assert validation_text("", "Acme", [], nameless, "", tmp_path).startswith("\n- Nothing")
