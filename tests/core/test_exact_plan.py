"""The plan's files and rules, with the exact words the consultant reads."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest

from tests import factories
from tests.core.exact_corpus import digest
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS, HANDOFFS
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.text import slug as text_slug
from wfinterview.core.plan.actions import Action, advance, kind_for_theme, set_status
from wfinterview.core.plan.edits import AddRaciMatrix, AddStage
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.engagements import EngagementStore, load_boards
from wfinterview.core.plan.raci import RaciMatrix, raci_problems
from wfinterview.core.plan.validation import actions_for, participants, validation_text
from wfinterview.core.synthesis.themes import ThemeBoard


def store(tmp_path: Path) -> EngagementStore:
    return EngagementStore(tmp_path, BUILTIN_TAGS, "tester-1")


def short_hash(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]


def test_engagement_folder_names_are_readable_slugs_with_a_hash(tmp_path: Path) -> None:
    s = store(tmp_path)
    assert s.folder_for("Acmé Retail!").name == f"acme-retail-{short_hash('Acmé Retail!')}"
    assert s.folder_for("!!!").name == f"{text_slug('!!!')}-{short_hash('!!!')}"
    long = "Northwind " * 6
    # Cut at 40, and no dash left at the cut: one dash before the hash.
    assert s.folder_for(long).name == f"{'northwind-' * 4}{short_hash(long)}"
    assert s.legacy_path(long).name == f"{'northwind-' * 4}{short_hash(long)}.json"
    s.apply(long, AddStage(name="legal", target_days=2))
    assert sorted(p.name for p in s.folder_for(long).iterdir()) == [
        "edits-tester-1.jsonl",
        "plan-tester-1.json",
    ]


def test_an_unreadable_file_says_why_and_the_boards_fall_back(tmp_path: Path) -> None:
    s = store(tmp_path)
    path = s.legacy_path("Acme")
    path.write_bytes(b"{")
    message = (
        f"{path}: is not valid JSON (truncated or damaged?) at line 1, column 2; "
        "it was left as it is (move it away to start afresh)"
    )
    with pytest.raises(UserError) as raised:
        s.load("Acme")
    assert str(raised.value) == message
    path.write_text('{"format": "wfinterview.engagement", "version": 9}', "utf-8")
    with pytest.raises(UserError, match="newer wfinterview \\(file version 9\\)"):
        s.load("Acme")
    boards, problems = load_boards(s, ["Acme", "Globex"])
    assert problems == {
        "Acme": f"{path}: was written by a newer wfinterview (file version 9); upgrade "
        "wfinterview to open it; it was left as it is (move it away to start afresh) "
        "(using the starting themes)"
    }
    assert boards["Acme"] == ThemeBoard.starting(BUILTIN_TAGS)
    assert boards["Globex"] == ThemeBoard.starting(BUILTIN_TAGS)


def test_a_file_that_cannot_be_opened_names_the_reason(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.legacy_path("Acme").mkdir()  # a folder where the file should be
    with pytest.raises(UserError, match="is a folder, not a file; it was left as it is$"):
        s.load("Acme")
    link = s.legacy_path("Globex")
    link.symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(
        UserError, match="is a symbolic link; wfinterview reads only its own files; it was left"
    ):
        s.load("Globex")


def test_a_saved_file_reads_back_the_same(tmp_path: Path) -> None:
    s = store(tmp_path / "new")
    file = s.apply("Zoë & Co", AddRaciMatrix(name="Launch")).file
    assert s.load("Zoë & Co") == file
    assert file.matrix("LAUNCH") is file.raci[0] and file.matrix("Other") is None
    assert EngagementFile(engagement="x", themes=ThemeBoard()).matrix("Launch") is None


def action(status: str, validated_by: list[str] | None = None) -> Action:
    return Action(
        id="a1",
        title="One intake form",
        status=status,  # type: ignore[arg-type]
        validated_by=validated_by or [],
        created_at=factories.STARTED,
    )


def test_status_rules_and_their_messages() -> None:
    with pytest.raises(UserError) as raised:
        set_status(action("proposed"), "started")
    assert str(raised.value) == "'started' is not a status (proposed, validated, in_progress, done)"
    with pytest.raises(UserError) as raised:
        set_status(action("proposed"), "validated")
    assert str(raised.value) == (
        "record who validated it first: a participant who recognises the change"
    )
    assert set_status(action("validated"), "validated").status == "validated"  # no step: fine
    with pytest.raises(UserError) as raised:
        advance(action("done"))
    assert str(raised.value) == "the action is done already"


def test_a_theme_suggests_the_kind_of_change() -> None:
    assert kind_for_theme(APPROVAL_ISSUES) == "approval_timeline"
    assert kind_for_theme(HANDOFFS) == "sop_update"
    assert kind_for_theme("Budget") == "other"


def test_raci_names_cells_and_their_messages() -> None:
    matrix = RaciMatrix(name="Launch")
    assert raci_problems(matrix) == ["no activities yet"]
    for bad, adder, message in (
        ("  ", matrix.add_activity, "the activity needs a name"),
        ("", matrix.add_party, "the person or team needs a name"),
    ):
        with pytest.raises(UserError) as raised:
            adder(bad)
        assert str(raised.value) == message
    matrix.add_activity("Brief")
    matrix.add_activity("Publish")
    matrix.add_party("Jordan")
    matrix.add_party("Legal")
    with pytest.raises(UserError) as raised:
        matrix.add_party(" legal ")
    assert str(raised.value) == "'legal' is there already"
    with pytest.raises(UserError) as raised:
        matrix.set("Brief", "Nobody", "A")
    assert str(raised.value) == "no cell for 'Brief' × 'Nobody'"
    matrix.set("Brief", "Jordan", "A")
    matrix.set("Brief", "Legal", "R")
    matrix.set("Brief", "Jordan", None)
    matrix.set("Publish", "Legal", None)  # clearing an empty cell is fine
    assert [matrix.get("Brief", p) for p in matrix.parties] == ["", "R"]
    matrix.remove_activity("Publish")  # it never had a letter
    assert matrix.activities == ["Brief"]


def test_validation_lists_people_in_alphabetical_order_and_actions_in_words(
    tmp_path: Path,
) -> None:
    sessions = [
        digest(factories.session(f"s{i}", name), i)
        for i, name in enumerate(["bea Ruiz", "Carl Berg", "Anna Li"])
    ]
    assert participants(sessions, "Acme") == ["Anna Li", "bea Ruiz", "Carl Berg"]
    plain = Action(id="a1", title="One intake form", evidence=["s1/n/1"], created_at=made())
    assert actions_for("Carl Berg", "Acme", [plain], sessions) == [plain]
    text = validation_text("Carl Berg", "Acme", [plain], sessions, "Sam", tmp_path)
    assert "\n- One intake form (Other)\n" in text
    with pytest.raises(UserError) as raised:
        validation_text("Nobody", "Acme", [], sessions, "Sam", tmp_path)
    assert str(raised.value) == (
        "'Nobody' was not interviewed in 'Acme' (interviewed: Anna Li, bea Ruiz, Carl Berg)"
    )
    with pytest.raises(UserError, match=r"\(interviewed: nobody yet\)$"):
        validation_text("Nobody", "Globex", [], sessions, "Sam", tmp_path)


def test_an_engagement_file_is_one_space_indented_json(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.apply("Acme", AddStage(name="legal", target_days=2))
    assert (
        s.view_path("Acme").read_text("utf-8").startswith('{\n "format": "wfinterview.engagement"')
    )


def made() -> datetime:
    return factories.STARTED
