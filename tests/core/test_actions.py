"""Actions, RACI, approval timelines, validation and cadence: the framework's last mile."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests import factories
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS
from wfinterview.core.framework.errors import UserError
from wfinterview.core.interview.review import SessionReview
from wfinterview.core.outputs.plans import raci_csv, raci_markdown
from wfinterview.core.plan.actions import advance, kind_for_theme, new_action, parse_due, set_status
from wfinterview.core.plan.approvals import ApprovalStage, durations_in_days, timelines
from wfinterview.core.plan.raci import RaciMatrix, raci_problems
from wfinterview.core.plan.validation import actions_for, validation_text
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.synthesis.cadence import add_months, cadences
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import SessionDigest


def digest(session):  # type: ignore[no-untyped-def]
    return SessionDigest.model_validate_json(session.model_dump_json())


def test_status_moves_one_step_and_validation_needs_a_validator() -> None:
    action = new_action([], "  Publish a   48h legal SLA ", kind_for_theme(APPROVAL_ISSUES))
    assert (action.title, action.kind, action.status) == (
        "Publish a 48h legal SLA",
        "approval_timeline",
        "proposed",
    )
    with pytest.raises(UserError, match="who validated"):
        advance(action)
    with pytest.raises(UserError, match="one step at a time"):
        set_status(action, "done")
    action.validated_by.append("Jordan Lee")
    assert advance(action).status == "validated"
    assert advance(advance(action)).status == "done"
    with pytest.raises(UserError, match="done already"):
        advance(action)
    assert (
        set_status(action, "in_progress").status == "in_progress"
    )  # one step back, to correct a slip
    with pytest.raises(UserError):
        new_action([], "   ")
    assert parse_due("2026-12-01") == date(2026, 12, 1) and parse_due("") is None
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        parse_due("next week")


def test_evidence_links_survive_note_edits(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    session = factories.session(
        notes=[factories.note("Legal takes a wek", "approvals", 60, ["approval_lag"])]
    )
    store.save(session)
    key = f"{session.id}/{session.notes[0].id}"
    action = new_action([], "Legal SLA", evidence=[key, key])
    assert action.evidence == [key]
    SessionReview(session, BUILTIN_TAGS, store.save).edit_text(
        session.notes[0].id, "Legal takes a week #ghost"
    )
    corpus = Corpus([digest(store.load(session.id))], BUILTIN_TAGS)
    [linked] = corpus.refs_for(action.evidence)
    assert linked.note["text"] == "Legal takes a week" and linked.tags == [
        "approval_lag",
        "ghost_ownership",
    ]
    assert [r.key for r in corpus.notes(Filters()) if r.key in action.evidence] == [linked.key]
    assert (
        corpus.refs_for([f"{session.id}/deleted", "no-such-session/x"]) == []
    )  # shown as "no longer in its session"


def test_raci_flags_missing_and_double_accountability_then_accepts() -> None:
    raci = RaciMatrix(name="campaign launch")
    for activity in ("Approve the brief", "Own the launch checklist"):
        raci.add_activity(activity)
    for party in ("Campaign lead", "Brand", "=cmd|evil"):
        raci.add_party(party)
    with pytest.raises(UserError, match="there already"):
        raci.add_activity("approve THE brief")
    raci.set("Approve the brief", "Campaign lead", "A")
    raci.set("Approve the brief", "Brand", "A")
    assert raci_problems(raci) == [
        "“Approve the brief” has 2 Accountable (Campaign lead, Brand): exactly one, please",
        "“Approve the brief” has no one Responsible (R)",
        "“Own the launch checklist” has no one Accountable (A): that is ghost ownership",
        "“Own the launch checklist” has no one Responsible (R)",
    ]
    raci.set("Approve the brief", "Brand", "R")
    raci.set("Own the launch checklist", "Campaign lead", "A")
    raci.set("Own the launch checklist", "=cmd|evil", "R")
    assert raci_problems(raci) == []
    with pytest.raises(UserError):
        raci.set("Approve the brief", "Brand", "X")
    assert (
        raci_markdown(raci).splitlines()[0] == "| activity | Campaign lead | Brand | =cmd\\|evil |"
    )
    assert raci_csv(raci).splitlines()[0] == "activity,Campaign lead,Brand,'=cmd|evil"
    raci.remove_party("Brand")
    assert raci.get("Approve the brief", "Brand") == "" and "Brand" not in raci_csv(raci)


def test_approval_timelines_read_the_lag_people_reported() -> None:
    assert durations_in_days("waits 5 days, sometimes two weeks") == [5, 14]
    assert durations_in_days("Legal takes a week") == [7] and durations_in_days("slow") == []
    notes = [
        factories.note("Legal takes a week", "approvals", 1, ["approval_lag"]),
        factories.note("Counsel review: 9 working days", "approvals", 2, ["approval_lag"]),
        factories.note("Brand is slow", "approvals", 3, ["approval_lag"]),
        factories.note("Legal is fine (not tagged)", "approvals", 4),
    ]
    corpus = Corpus(
        [
            digest(factories.session(notes=notes)),
            digest(factories.session("s2", "Priya", notes=notes[:1])),
        ],
        BUILTIN_TAGS,
    )
    legal, brand = timelines(
        [
            ApprovalStage(name="legal", target_days=3, keywords=["counsel"]),
            ApprovalStage(name="Brand", target_days=2),
        ],
        corpus.notes(Filters(tag="approval_lag")),
    )
    assert (
        legal.mentions,
        legal.people,
        sorted(legal.reported_days),
        legal.median_days,
        legal.over_target,
    ) == (3, 2, [7, 7, 9], 7, True)
    assert (brand.mentions, brand.reported_days, brand.median_days, brand.over_target) == (
        1,
        [],
        None,
        False,
    )


def test_validation_text_lists_the_actions_that_touch_what_they_said(tmp_path: Path) -> None:
    jordan = factories.session(
        "s1", "Jordan Lee", notes=[factories.note("Legal waits", "approvals", 1, ["approval_lag"])]
    )
    priya = factories.session(
        "s2", "Priya Shah", notes=[factories.note("No owner", "role", 1, ["ghost_ownership"])]
    )
    sessions = [digest(jordan), digest(priya)]
    sla = new_action([], "Legal SLA of 48 hours", "approval_timeline", [f"s1/{jordan.notes[0].id}"])
    sla.owner, sla.due = "Dana (Legal)", date(2026, 12, 15)
    raci = new_action([sla], "RACI for campaign launch", "raci", [f"s2/{priya.notes[0].id}"])
    assert actions_for("jordan lee", "Acme", [sla, raci], sessions) == [sla]
    text = validation_text("Jordan Lee", "Acme", [sla, raci], sessions, "Sam", tmp_path)
    assert text.startswith("Subject: What we plan to change: does this match?\n\nHi Jordan,")
    assert "- Legal SLA of 48 hours (Approval timeline, owner Dana (Legal), by 15 December)" in text
    assert "RACI" not in text and text.rstrip().endswith("Sam")
    with pytest.raises(UserError, match="was not interviewed"):
        validation_text("Nobody", "Acme", [sla], sessions, "Sam", tmp_path)


def test_next_round_is_due_6_to_12_months_after_the_last() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    first = factories.session("a")
    second = factories.session("b", round=2)
    second.started_at = datetime(2026, 10, 5, 9, tzinfo=UTC)
    other = factories.session("c", engagement="Globex")
    [acme, globex] = cadences([digest(first), digest(second), digest(other)])
    assert (acme.engagement, acme.last_round, acme.last_interview, acme.due_from, acme.due_by) == (
        "Acme",
        2,
        date(2026, 10, 5),
        date(2027, 4, 5),
        date(2027, 10, 5),
    )
    assert acme.state(date(2026, 12, 1)) == "not yet due"
    assert (
        globex.state(date(2027, 6, 1)) == "due now" and globex.state(date(2028, 1, 1)) == "overdue"
    )
