from __future__ import annotations

from tests import factories
from wfinterview.core.framework.models import Recap
from wfinterview.core.interview.recap import (
    EMPTY_HEARD,
    EMPTY_MAGIC_WAND,
    EMPTY_STUCK,
    draft_recap,
    format_recap,
    recap_edited,
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


def test_the_issue_interview_drafts_each_note_once_and_the_wish_as_the_wish() -> None:
    notes = [
        note(
            "Briefs arrive in Slack and in email, never in one place",
            "tools",
            300,
            ["tool_friction", "integration_gaps"],
        ),
        note(
            "Legal takes a full week to sign off on every banner",
            "approvals",
            700,
            ["approval_lag"],
            quote=True,
        ),
        note("Magic wand: one board where every asset's status is visible", "sop", 1300),
        note("Last thing: the DAM and Asana never sync", "sop", 1400, ["integration_gaps"]),
    ]
    assert format_recap(draft_recap(factories.session(notes=notes))) == (
        "🔍 What we heard\n"
        "- “Legal takes a full week to sign off on every banner”\n"
        "- Last thing: the DAM and Asana never sync\n"
        "\n"
        "⚠️ Where things are getting stuck\n"
        "- Tool Friction · Integration Gaps: "
        "Briefs arrive in Slack and in email, never in one place\n"
        "- Approval Lag: as you put it above\n"
        "\n"
        "💡 Your magic wand insight\n"
        "- Magic wand: one board where every asset's status is visible\n"
    )


def test_heard_leads_with_quotes_then_the_notes_stuck_did_not_use() -> None:
    notes = [
        note("untagged detail", "role", 1),
        note("one tag", "tools", 2, ["tool_friction"]),
        note("We just wing it", "walkthrough", 3, quote=True),
        note("three tags", "approvals", 4, ["approval_lag", "ghost_ownership", "sop_mismatch"]),
        note("two tags", "approvals", 5, ["approval_lag", "ghost_ownership"]),
    ]
    recap = draft_recap(factories.session(notes=notes))
    assert recap.heard == "- “We just wing it”\n- two tags"
    assert recap.stuck == (
        "- Approval Lag · Ghost Ownership · SOP Mismatch: three tags\n- Tool Friction: one tag"
    )


def test_heard_with_quotes_only_and_no_tags() -> None:
    notes = [note(f"quote {n}", "role", n, quote=True) for n in range(5)]
    assert (
        draft_recap(factories.session(notes=notes)).heard == "- “quote 0”\n- “quote 1”\n- “quote 2”"
    )


def test_quotes_the_transcript_confirms_lead_heard() -> None:
    notes = [note(f"quote {n}", "role", n, quote=True) for n in range(5)]
    session = factories.session(notes=notes)
    verified = {notes[4].id, notes[2].id}
    assert draft_recap(session, verified).heard == "- “quote 2”\n- “quote 4”\n- “quote 0”"
    assert recap_for(session, verified) == draft_recap(session, verified)
    session.recap = draft_recap(session, verified)
    assert not recap_edited(session, verified) and recap_edited(session)


def test_stuck_names_each_problem_once_with_its_own_example_the_most_common_first() -> None:
    notes = [
        note("Legal takes a week", "approvals", 1, ["approval_lag"]),
        note("Nobody owns UTMs", "tools", 2, ["ghost_ownership"]),
        note("Brand review again", "approvals", 3, ["approval_lag"]),
        note("CRM export by hand", "tools", 4, ["integration_gaps"]),
        note("Asana nobody opens", "tools", 5, ["tool_friction"]),
        note("Second ghost", "tools", 6, ["ghost_ownership"]),
        note("custom only", "tools", 7, ["budget"]),
    ]
    recap = draft_recap(factories.session(notes=notes))
    assert recap.stuck.splitlines() == [
        "- Approval Lag: Legal takes a week",
        "- Ghost Ownership: Nobody owns UTMs",
        "- Integration Gaps: CRM export by hand",
    ]
    # 🔍 takes what ⚠️ left, never a note twice.
    assert recap.heard == "- Brand review again\n- Asana nobody opens\n- Second ghost"


def test_a_quote_left_out_of_heard_can_be_a_problems_example_in_its_quotes() -> None:
    notes = [note(f"quote {n}", "role", n, quote=True) for n in range(3)]
    notes.append(note("fourth quote", "tools", 9, ["tool_friction"], quote=True))
    assert draft_recap(factories.session(notes=notes)).stuck == "- Tool Friction: “fourth quote”"


def test_follow_ups_never_reach_the_recap() -> None:
    notes = [
        note("Ask legal for the matrix", "approvals", 1, ["approval_lag"], follow_up=True),
        note("Send them the SOP template", "sop", 2, follow_up=True),
        note("Who owns it?", "role", 3, quote=True, follow_up=True),
    ]
    recap = draft_recap(factories.session(notes=notes))
    assert (recap.heard, recap.stuck, recap.magic_wand) == (
        EMPTY_HEARD,
        EMPTY_STUCK,
        EMPTY_MAGIC_WAND,
    )


def test_magic_wand_is_the_wishes_only_and_says_so_plainly_without_one() -> None:
    notes = [
        note("SOP is from 2019", "sop", 1, ["sop_mismatch"]),
        note("walk", "walkthrough", 2),
        note("One intake form", "sop", 3),
        note("Auto-sync CRM", "sop", 4),
    ]
    recap = draft_recap(factories.session(notes=notes))
    assert recap.magic_wand == "- One intake form\n- Auto-sync CRM"
    assert recap.stuck == "- SOP Mismatch: SOP is from 2019"
    problems_only = [note("SOP is from 2019", "sop", 1, ["sop_mismatch"])]
    assert draft_recap(factories.session(notes=problems_only)).magic_wand == (
        "We didn't note a magic wand wish. If you could change one thing about how work flows, "
        "what would it be?"
    )


def test_a_quoted_wish_is_the_wish_and_not_a_quote_of_heard() -> None:
    notes = [note("I'd love one inbox", "sop", 1, quote=True)]
    recap = draft_recap(factories.session(notes=notes))
    assert (recap.heard, recap.magic_wand) == (EMPTY_HEARD, "- “I'd love one inbox”")


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
