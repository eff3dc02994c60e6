"""The JSON export's plans, anonymized: every name in a plan becomes the pseudonym, theme
ids become numbers, and evidence from a session not exported is dropped, not leaked."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.outputs.json_export import export_json
from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.approvals import ApprovalStage
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.themes import ThemeBoard


def plan_of(session_id: str) -> EngagementFile:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    queue = board.create("Jordan's queue")
    board.placements = {f"{session_id}/n1": [queue.id, "gone"], "gone/n2": [queue.id]}
    matrix = RaciMatrix(name="Jordan's launch")
    matrix.add_activity("Jordan signs")
    matrix.add_party("Jordan Lee")
    matrix.add_party("Brand")
    matrix.set("Jordan signs", "Jordan Lee", "A")
    action = Action(
        id="a1",
        title="Ask Jordan Lee",
        owner="Jordan",
        theme_id=queue.id,
        theme="Jordan stuff",
        evidence=[f"{session_id}/n1", "gone/n2"],
        validated_by=["Jordan Lee"],
        created_at=factories.STARTED,
    )
    stage = ApprovalStage(name="Jordan review", target_days=2, keywords=["jordan", "legal"])
    return EngagementFile(
        engagement="Acme",
        themes=board,
        actions=[action],
        raci=[matrix],
        approval_stages=[stage],
    )


def exported(naming_for: str) -> dict[str, object]:
    session = factories.session("s1", "Jordan Lee")
    naming = Naming(Pseudonyms([session]) if naming_for == "anonymized" else None)
    out = io.StringIO()
    export_json([session], naming, out, [plan_of("s1")], when=datetime(2026, 12, 1, tzinfo=UTC))
    return json.loads(out.getvalue())


def test_an_anonymized_plan_names_nobody() -> None:
    data = exported("anonymized")
    (plan,) = data["engagements"]  # type: ignore[misc]
    board = plan["themes"]
    assert [t["id"] for t in board["themes"]] == ["t1", "t2", "t3", "t4", "t5"]
    assert board["themes"][4]["name"] == "P01's queue"
    assert board["tag_themes"]["approval_lag"] == "t2"
    assert board["placements"] == {"S0001/n1": ["t5", "gone"]}
    (action,) = plan["actions"]
    assert (action["title"], action["owner"], action["validated_by"]) == (
        "Ask P01",
        "P01",
        ["P01"],
    )
    assert (action["evidence"], action["theme_id"], action["theme"]) == (
        ["S0001/n1"],
        "t5",
        "P01 stuff",
    )
    (matrix,) = plan["raci"]
    assert (matrix["name"], matrix["activities"], matrix["parties"], matrix["cells"]) == (
        "P01's launch",
        ["P01 signs"],
        ["P01", "Brand"],
        {"P01 signs": {"P01": "A"}},
    )
    (stage,) = plan["approval_stages"]
    assert (stage["name"], stage["keywords"]) == ("P01 review", ["P01", "legal"])
    assert "Jordan" not in json.dumps(data)


def test_a_plain_plan_is_exported_as_it_is() -> None:
    (plan,) = exported("plain")["engagements"]  # type: ignore[misc]
    assert plan == json.loads(plan_of("s1").model_dump_json())
