"""Where roles disagree, at the edges: half a role is enough, a role that tags anything
is not smooth, the stuck side's quote is its example, and the order of several."""

from __future__ import annotations

from tests import factories
from tests.core.test_findings import n, refs
from wfinterview.core.framework.models import Note
from wfinterview.core.synthesis.findings import findings

LAG, GHOST, SOP = "approval_lag", "ghost_ownership", "sop_mismatch"


def step(text: str, tags: list[str] | None = None, **flags: bool) -> Note:
    return n(text, "approvals", tags, **flags)


def test_contrasts_by_people_stuck_then_people_smooth() -> None:
    leads = [
        factories.session(
            "s1",
            "Jordan",
            "campaign",
            [step("ghosted", [GHOST]), step("slow", [LAG]), step("fine otherwise")],
        ),
        factories.session("s2", "Priya", "campaign", [step("legal waits", [LAG, SOP])]),
        factories.session(
            "s3",
            "Ana",
            "campaign",
            [step("we wait", [LAG, SOP]), step("we wait!", [LAG], quote=True)],
        ),
    ]
    cmo = factories.session("s4", "Rosa", "strategy", [step("quick")])
    ops = [factories.session(f"s{i}", f"Ops {i}", "ops", [step("smooth")]) for i in (5, 6)]
    found = findings(refs(*leads, cmo, *ops)).contrasts
    assert [
        (c.engagement, c.tag, c.stuck_people, c.stuck_of, c.smooth_role, c.smooth_people)
        for c in found
    ] == [
        ("Acme", LAG, 3, 3, "Marketing Ops / Tech", 2),
        ("Acme", LAG, 3, 3, "Strategic Lead / CMO", 1),
        ("Acme", SOP, 2, 3, "Marketing Ops / Tech", 2),
        ("Acme", SOP, 2, 3, "Strategic Lead / CMO", 1),
    ]
    assert found[0].stuck_note.note["text"] == "we wait!"  # the quote, not the first note
    assert found[2].stuck_note.note["text"] == "legal waits"


def test_half_of_a_role_is_enough_to_be_its_view() -> None:
    leads = [
        factories.session("s1", "Jordan", "campaign", [step("slow", [LAG])]),
        factories.session("s2", "Priya", "campaign", [step("fine")]),
    ]
    cmo = factories.session("s3", "Rosa", "strategy", [step("quick")])
    found = findings(refs(*leads, cmo)).contrasts
    assert [(c.tag, c.stuck_people, c.stuck_of, c.smooth_role) for c in found] == [
        (LAG, 1, 2, "Strategic Lead / CMO")
    ]
