"""Findings beyond tags, on hand-written sessions whose answers are worked out by hand:
which tools, which handoffs, which roles disagree, what the interview has not covered."""

from __future__ import annotations

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.models import Note, Session
from wfinterview.core.interview.coverage import coverage, coverage_line
from wfinterview.core.synthesis.corpus import Corpus, Filters, NoteRef
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.findings import findings
from wfinterview.core.synthesis.handoffs import arrow_line
from wfinterview.core.synthesis.vocabulary import Vocabulary

FRICTION, LAG, GAPS, GHOST = "tool_friction", "approval_lag", "integration_gaps", "ghost_ownership"


def n(text: str, step: str = "tools", tags: list[str] | None = None, **flags: bool) -> Note:
    return factories.note(text, step, float(len(text)), tags, **flags)


def refs(*sessions: Session) -> list[NoteRef]:
    digests = [SessionDigest.model_validate_json(s.model_dump_json()) for s in sessions]
    return list(Corpus(digests, BUILTIN_TAGS).notes(Filters()))


# -- tools -----------------------------------------------------------------------------


def test_tools_are_counted_by_people_with_their_tags_and_workarounds() -> None:
    jordan = factories.session(
        "s1",
        "Jordan",
        "campaign",
        [
            n("SFDC is slow, so we keep a spreadsheet", tags=[FRICTION]),
            n("Salesforce again: leads copied by hand", tags=[GAPS]),
            n("salesforce reports take ages", tags=[FRICTION]),
        ],
    )
    omar = factories.session(
        "s2", "Omar", "ops", [n("We live in Jira", tags=[]), n("Salesforce sync breaks")]
    )
    index = findings(refs(jordan, omar)).tools
    by_tool = {use.tool: use for use in index.tools}
    assert list(by_tool) == ["Salesforce", "Jira"]  # 2 people before 1
    salesforce = by_tool["Salesforce"]
    assert (salesforce.count.notes, salesforce.count.participants) == (4, 2)
    assert salesforce.count.roles == {"Campaign Lead", "Marketing Ops / Tech"}
    assert salesforce.tags == {FRICTION: 2, GAPS: 1}
    assert salesforce.workarounds == {"spreadsheet": 1, "copy-paste": 1}
    assert (by_tool["Jira"].count.notes, by_tool["Jira"].count.participants) == (1, 1)


def test_aliases_merge_and_ordinary_words_need_their_capital() -> None:
    ana = factories.session(
        "s1",
        "Ana",
        "creator",
        [
            n("Drafts live in Notion, then GA4 numbers come from Google Analytics"),
            n("I have a notion that nobody reads it"),
            n("We'll make it work on monday"),
        ],
    )
    by_tool = {use.tool: use for use in findings(refs(ana)).tools.tools}
    assert set(by_tool) == {"Notion", "Google Analytics"}
    assert by_tool["Google Analytics"].count.notes == 1  # two aliases in one note: one note


def test_the_users_own_tools_and_candidates_to_add() -> None:
    notes = [
        n("Briefs go through Sprinklr first"),
        n("Then back into Sprinklr for scheduling"),
        n("Ana asks in the Monday meeting"),
        n("Sprinklr. Nothing else"),  # first word of a sentence: no evidence either way
    ]
    jordan = factories.session("s1", "Jordan", "campaign", notes)
    found = findings(refs(jordan)).tools
    assert [c.word for c in found.candidates] == ["Sprinklr"]
    assert (found.candidates[0].notes, found.candidates[0].people) == (2, 1)
    own = findings(refs(jordan), Vocabulary().with_tools({"Sprinklr": ["sprinklr social"]})).tools
    assert [use.tool for use in own.tools] == ["Sprinklr"]  # "the Monday meeting" is a day
    assert own.candidates == []


# -- handoffs -----------------------------------------------------------------------------


def test_handoffs_resolve_to_the_right_pair_and_direction() -> None:
    jordan = factories.session(
        "s1",
        "Jordan",
        "campaign",
        [
            n("Then I send the brief to legal", step="walkthrough"),
            n("We wait 5 days for the brand team", step="approvals", tags=[LAG]),
            n("The agency sends us the banners late", step="walkthrough"),
            n("Legal is friendly", step="role"),  # not a walkthrough or friction note
        ],
    )
    priya = factories.session(
        "s2",
        "Priya",
        "campaign",
        [n("Everything is handed over to legal by email", step="tools", tags=[GAPS])],
    )
    edges = {(e.source, e.target): e for e in findings(refs(jordan, priya)).handoffs}
    assert set(edges) == {("Campaigns", "Legal"), ("Campaigns", "Brand"), ("Agency", "Campaigns")}
    legal = edges[("Campaigns", "Legal")]
    assert (legal.count.participants, legal.count.notes, legal.friction) == (2, 2, 1)
    brand = edges[("Campaigns", "Brand")]
    assert (brand.count.participants, brand.friction) == (1, 1)
    assert edges[("Agency", "Campaigns")].friction == 0
    ordered = [(e.source, e.target) for e in findings(refs(jordan, priya)).handoffs]
    assert ordered[0] == ("Campaigns", "Legal")  # friction by people, then people
    assert ordered[-1] == ("Agency", "Campaigns")
    assert arrow_line(legal) == "Campaigns → Legal  2 people · 2 notes · 1 stuck"


# -- where roles disagree ---------------------------------------------------------------


def _lead(session_id: str, name: str, lag: bool) -> Session:
    tags = [LAG] if lag else []
    return factories.session(
        session_id, name, "campaign", [n(f"{name}: legal takes a week", "approvals", tags)]
    )


def test_a_contrast_is_found_where_the_data_holds_one() -> None:
    cmo = factories.session(
        "s9", "Rosa", "strategy", [n("Approvals feel quick from here", "approvals", quote=True)]
    )
    leads = [_lead("s1", "Jordan", True), _lead("s2", "Priya", True)]
    found = findings(refs(*leads, cmo)).contrasts
    assert len(found) == 1
    [contrast] = found
    assert (contrast.step, contrast.tag) == ("approvals", LAG)
    assert (contrast.stuck_role, contrast.stuck_people, contrast.stuck_of) == (
        "Campaign Lead",
        2,
        2,
    )
    assert (contrast.smooth_role, contrast.smooth_people) == ("Strategic Lead / CMO", 1)
    assert contrast.smooth_note.note["text"] == "Approvals feel quick from here"
    assert contrast.stuck_note.session.participant.role == "Campaign Lead"


def test_no_contrast_without_both_sides() -> None:
    cmo_tags_too = factories.session(
        "s9", "Rosa", "strategy", [n("Approvals slow us too", "approvals", [LAG])]
    )
    cmo_elsewhere = factories.session("s9", "Rosa", "strategy", [n("Approvals fine", "tools")])
    one_of_three = [_lead("s1", "Jordan", True), _lead("s2", "Priya", False)]
    one_of_three.append(_lead("s3", "Liam", False))
    calm = factories.session("s8", "Uma", "strategy", [n("All smooth", "approvals")])
    assert findings(refs(_lead("s1", "Jordan", True), cmo_tags_too)).contrasts == []
    assert findings(refs(_lead("s1", "Jordan", True), cmo_elsewhere)).contrasts == []
    assert findings(refs(*one_of_three, calm)).contrasts == []  # 1 of 3 leads is not their view


# -- live coverage -------------------------------------------------------------------------


def test_coverage_follows_the_notes_and_the_questions_marked() -> None:
    live = factories.session("s1", "Jordan", "campaign")
    start = coverage(live, BUILTIN_TAGS)
    assert len(start.steps_without_notes) == 5
    assert len(start.tags_missing) == 5
    questions = [len(step.questions) for step in live.agenda.steps]
    assert start.unasked == sum(questions) - 1  # the first question of the open step
    assert start.unasked_here == questions[0] - 1

    live.notes.append(n("Legal takes a week", "role", [LAG, GHOST]))
    live.current_question["role"] = 2
    now = coverage(live, BUILTIN_TAGS)
    assert now.steps_without_notes == tuple(s.title for s in live.agenda.steps[1:])
    assert [t.key for t in now.tags_missing] == [FRICTION, "sop_mismatch", GAPS]
    assert now.unasked == sum(questions) - 3
    line = coverage_line(now)
    assert line.startswith("not yet 🛑 🧾 🧱 · no notes: Workflow Walkthrough")
    assert line.endswith(f"{now.unasked} questions left ({questions[0] - 3} here)")
