from __future__ import annotations

from tests import factories
from wfinterview.core.framework.models import Recap
from wfinterview.core.interview.recap import (
    EMPTY_HEARD,
    EMPTY_MAGIC_WAND,
    EMPTY_STUCK,
    draft_recap,
    format_recap,
    recap_for,
)

note = factories.note


def test_an_empty_session_still_gives_a_sensible_draft() -> None:
    recap = draft_recap(factories.session())
    assert (recap.heard, recap.stuck, recap.magic_wand) == (
        EMPTY_HEARD,
        EMPTY_STUCK,
        EMPTY_MAGIC_WAND,
    )
    assert "magic wand" in recap.magic_wand


def test_heard_takes_quotes_first_then_the_most_tagged_notes_in_spoken_order() -> None:
    notes = [
        note("untagged detail", "role", 1),
        note("one tag", "tools", 2, ["tool_friction"]),
        note("We just wing it", "walkthrough", 3, quote=True),
        note("three tags", "approvals", 4, ["approval_lag", "ghost_ownership", "sop_mismatch"]),
        note("two tags", "approvals", 5, ["approval_lag", "ghost_ownership"]),
    ]
    recap = draft_recap(factories.session(notes=notes))
    assert recap.heard == "- “We just wing it”\n- three tags\n- two tags"


def test_heard_with_quotes_only_and_no_tags() -> None:
    notes = [note(f"quote {n}", "role", n, quote=True) for n in range(5)]
    assert (
        draft_recap(factories.session(notes=notes)).heard == "- “quote 0”\n- “quote 1”\n- “quote 2”"
    )


def test_stuck_names_the_most_common_blockers_with_the_first_example() -> None:
    notes = [
        note("Legal takes a week", "approvals", 1, ["approval_lag"]),
        note("Nobody owns UTMs", "tools", 2, ["ghost_ownership"]),
        note("Brand review again", "approvals", 3, ["approval_lag"]),
        note("CRM export by hand", "tools", 4, ["integration_gaps"]),
        note("Asana nobody opens", "tools", 5, ["tool_friction"]),
        note("Second ghost", "tools", 6, ["ghost_ownership"]),
        note("custom only", "tools", 7, ["budget"]),
    ]
    stuck = draft_recap(factories.session(notes=notes)).stuck
    assert stuck.splitlines() == [
        "- Approval Lag: Legal takes a week",
        "- Ghost Ownership: Nobody owns UTMs",
        "- Integration Gaps: CRM export by hand",
    ]


def test_magic_wand_comes_from_the_last_notes_of_the_magic_wand_step() -> None:
    notes = [
        note("SOP is from 2019", "sop", 1),
        note("walk", "walkthrough", 2),
        note("One intake form", "sop", 3),
        note("Auto-sync CRM", "sop", 4),
    ]
    assert (
        draft_recap(factories.session(notes=notes)).magic_wand
        == "- One intake form\n- Auto-sync CRM"
    )


def test_a_saved_recap_wins_over_the_draft() -> None:
    saved = Recap(heard="h", stuck="s", magic_wand="m")
    assert recap_for(factories.session(notes=[note("x", "sop", 1)], recap=saved)) == saved


def test_format_has_the_three_fixed_headings() -> None:
    recap = Recap(heard="- a", stuck="- b", magic_wand="- c")
    assert (
        format_recap(recap) == "🔍 What we heard\n- a\n\n⚠️ Where things are getting stuck\n- b\n\n"
        "💡 Your magic wand insight\n- c\n"
    )
    assert format_recap(recap, markdown=True).startswith(
        "## 🔍 What we heard\n\n- a\n\n## ⚠️ Where things"
    )
