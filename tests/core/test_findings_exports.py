"""Findings in the exports, cell by cell, on hand-written sessions whose answers are worked
out by hand: the JSON `findings` object, the Airtable tables and links, the Miro columns,
and the same with names hidden."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from functools import cache

from tests import factories
from tests.cli.test_synthesis_commands import leaks
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS
from wfinterview.core.framework.models import Note, Session
from wfinterview.core.outputs.airtable import airtable_tables
from wfinterview.core.outputs.findings_export import findings_json, findings_tables, miro_columns
from wfinterview.core.plan.actions import Action, new_action, set_status
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.outcomes import Outcome, plans_outcomes
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.findings import Findings, corpus_findings
from wfinterview.core.synthesis.session_findings import FindingsReader
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.synthesis.vocabulary import Vocabulary

LAG, GAPS, FRICTION = "approval_lag", "integration_gaps", "tool_friction"
CAMPAIGN, STRATEGY = "Campaign Lead", "Strategic Lead / CMO"
ROUND_2 = factories.STARTED + timedelta(days=100)
TAGS = {tag.key: tag for tag in BUILTIN_TAGS}


def n(text: str, step: str, tags: list[str] | None = None, **flags: bool) -> Note:
    return factories.note(text, step, float(len(text)), tags, **flags)


def sessions() -> list[Session]:
    jordan = factories.session(
        "s1-jordan",
        "Jordan Lee",
        "campaign",
        [
            n("SFDC is slow, so Priya keeps a spreadsheet", "tools", [FRICTION]),
            n("Then I send the brief to legal", "walkthrough"),
            n("Jordan waits 5 days for the brand team", "approvals", [LAG], quote=True),
            n("Briefs go through Sprinklr first", "tools"),
            n("Then back into Sprinklr for scheduling", "tools"),
        ],
    )
    priya = factories.session(
        "s2-priya",
        "Priya Shah",
        "campaign",
        [
            n("Salesforce again, copied by hand", "tools", [GAPS]),
            n("Legal review takes a week", "approvals", [LAG]),
        ],
    )
    rosa = factories.session(
        "s3-rosa",
        "Rosa Diaz",
        "strategy",
        [n("Approvals feel quick, Jordan Lee says otherwise", "approvals", quote=True)],
    )
    omar = factories.session(
        "s4-omar", "Omar Li", "campaign", [n("Approvals are fine now", "approvals")]
    )
    omar = omar.model_copy(update={"round": 2, "started_at": ROUND_2})
    for day, session in enumerate((jordan, priya, rosa)):
        session.started_at += timedelta(days=day)
    return [jordan, priya, rosa, omar]


def corpus() -> Corpus:
    digests = [SessionDigest.model_validate_json(s.model_dump_json()) for s in sessions()]
    return Corpus(digests, BUILTIN_TAGS)


@cache  # one action id for the whole module: the tests only read it
def plan() -> EngagementFile:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    theme = board.find_by_name(APPROVAL_ISSUES)
    assert theme is not None
    action: Action = new_action([], "Legal SLA agreed with Jordan", theme_id=theme.id)
    action.validated_by = ["Jordan Lee"]
    for status in ("validated", "in_progress", "done"):
        set_status(action, status)
    action = action.model_copy(update={"done_at": ROUND_2 - timedelta(days=10)})
    return EngagementFile(engagement="Acme", themes=board, actions=[action])


def worked_out() -> tuple[Corpus, Findings, list[Outcome]]:
    c = corpus()
    return c, corpus_findings(c, Filters(), Vocabulary()), plans_outcomes(c, [plan()])


def key(c: Corpus, session: int, note: int) -> str:
    return f"{c.sessions[session].id}/{c.sessions[session].notes[note]['id']}"


def test_the_json_findings_object_holds_every_finding_with_its_notes() -> None:
    c, found, outcomes = worked_out()
    data = findings_json(found, outcomes, Naming(None))
    assert data["tools"] == [
        {
            "tool": "Salesforce",
            "people": 2,
            "roles": [CAMPAIGN],
            "notes": 2,
            "tags": {FRICTION: 1, GAPS: 1},
            "workarounds": {"spreadsheet": 1, "copy-paste": 1},
            "examples": [key(c, 0, 0), key(c, 1, 0)],
        }
    ]
    assert data["candidates"] == [{"word": "Sprinklr", "people": 1, "notes": 2}]
    assert data["handoffs"] == [
        {
            "from": "Campaigns",
            "to": "Legal",
            "people": 2,
            "roles": [CAMPAIGN],
            "notes": 2,
            "stuck": 1,
            "stuck_people": 1,
            "examples": [key(c, 0, 1), key(c, 1, 1)],
        },
        {
            "from": "Campaigns",
            "to": "Brand",
            "people": 1,
            "roles": [CAMPAIGN],
            "notes": 1,
            "stuck": 1,
            "stuck_people": 1,
            "examples": [key(c, 0, 2)],
        },
    ]
    assert data["contrasts"] == [
        {
            "engagement": "Acme",
            "step": "approvals",
            "tag": LAG,
            "stuck": {
                "role": CAMPAIGN,
                "people": 2,
                "of": 3,  # Omar spoke about approvals in round 2, untagged
                "note": key(c, 0, 2),
                "participant": "Jordan Lee",
                "text": "Jordan waits 5 days for the brand team",
                "quote": True,
            },
            "smooth": {
                "role": STRATEGY,
                "people": 1,
                "note": key(c, 2, 0),
                "participant": "Rosa Diaz",
                "text": "Approvals feel quick, Jordan Lee says otherwise",
                "quote": True,
            },
        }
    ]
    [outcome] = data["outcomes"]
    assert outcome == {
        "engagement": "Acme",
        "action": plan().actions[0].id,
        "title": "Legal SLA agreed with Jordan",
        "theme": APPROVAL_ISSUES,
        "done_at": (ROUND_2 - timedelta(days=10)).isoformat(),
        "before": {"round": 1, "people": 2, "interviewed": 3},
        "after": {"round": 2, "people": 0, "interviewed": 1},
        "change_points": -66.7,
    }


def test_hidden_names_leave_the_json_findings_through_the_same_pseudonyms() -> None:
    c, found, outcomes = worked_out()
    naming = Naming(Pseudonyms(c.sessions))
    data = findings_json(found, outcomes, naming)
    text = str(data)
    assert not leaks(sessions(), text), leaks(sessions(), text)
    stuck, smooth = data["contrasts"][0]["stuck"], data["contrasts"][0]["smooth"]
    assert (stuck["participant"], stuck["text"]) == ("P01", "P01 waits 5 days for the brand team")
    assert (smooth["participant"], smooth["text"]) == (
        "P03",
        "Approvals feel quick, P01 says otherwise",
    )
    assert stuck["note"] == f"S0001/{c.sessions[0].notes[2]['id']}"
    assert data["outcomes"][0]["title"] == "Legal SLA agreed with P01"
    assert data["tools"][0]["examples"][0].startswith("S0001/")


def test_a_candidate_that_is_a_name_is_left_out_when_names_are_hidden() -> None:
    c, found, outcomes = worked_out()
    other = factories.session("s9-sprinklr", "Sprinklr Jones", "ops", engagement="Acme")
    naming = Naming(Pseudonyms([*c.sessions, other]))
    assert findings_json(found, outcomes, naming)["candidates"] == []
    assert findings_json(found, outcomes, Naming(None))["candidates"] != []


def test_the_airtable_findings_tables_link_to_the_notes_and_the_actions() -> None:
    c, found, outcomes = worked_out()
    naming = Naming(None)
    note_keys = {
        key(c, s, i): key(c, s, i) for s in range(4) for i in range(len(c.sessions[s].notes))
    }
    tables = findings_tables(found, outcomes, BUILTIN_TAGS, naming, note_keys, lambda o: "acme/t")
    assert tables["tools"][1] == [
        (
            "Salesforce",
            2,
            1,
            2,
            "Tool Friction 1, Integration Gaps 1",
            "spreadsheet 1, copy-paste 1",
        )
    ]
    assert tables["handoffs"][1] == [
        ("Campaigns → Legal", "Campaigns", "Legal", 2, 1, 2, 1, 1),
        ("Campaigns → Brand", "Campaigns", "Brand", 1, 1, 1, 1, 1),
    ]
    assert tables["contrasts"][1] == [
        (
            "c1",
            "Acme",
            "Approvals & Bottlenecks",
            "Approval Lag",
            CAMPAIGN,
            2,
            3,
            STRATEGY,
            1,
            key(c, 0, 2),
            key(c, 2, 0),
        )
    ]
    assert tables["outcomes"][1] == [
        (f"{plan().actions[0].id}/round-2", plan().actions[0].id, "Acme", "acme/t")
        + (1, 2, 3, 2, 0, 1, 66.7, 0.0)
    ]


def test_airtable_notes_link_the_tools_and_handoffs_each_note_names() -> None:
    c, found, outcomes = worked_out()
    boards = {"Acme": plan().themes}
    files = airtable_tables(
        c.sessions,
        BUILTIN_TAGS,
        boards,
        [plan()],
        Naming(None),
        found,
        outcomes,
        FindingsReader(Vocabulary()),
    )
    assert sorted(files) == [
        "actions.csv",
        "contrasts.csv",
        "handoffs.csv",
        "notes.csv",
        "outcomes.csv",
        "sessions.csv",
        "themes.csv",
        "tools.csv",
    ]
    notes = {r["text"]: r for r in csv.DictReader(io.StringIO(files["notes.csv"]))}
    assert notes["SFDC is slow, so Priya keeps a spreadsheet"]["tools"] == "Salesforce"
    assert notes["Then I send the brief to legal"]["handoffs"] == "Campaigns → Legal"
    assert notes["Jordan waits 5 days for the brand team"]["handoffs"] == "Campaigns → Brand"
    assert (
        notes["Approvals are fine now"]["tools"]
        == notes["Approvals are fine now"]["handoffs"]
        == ""
    )
    tools = {r["tool"] for r in csv.DictReader(io.StringIO(files["tools.csv"]))}
    handoffs = {r["handoff"] for r in csv.DictReader(io.StringIO(files["handoffs.csv"]))}
    assert {t for r in notes.values() for t in r["tools"].split(",") if t} == tools
    assert {h for r in notes.values() for h in r["handoffs"].split(",") if h} == handoffs
    [outcome] = csv.DictReader(io.StringIO(files["outcomes.csv"]))
    actions = [r["action"] for r in csv.DictReader(io.StringIO(files["actions.csv"]))]
    themes = {r["name"]: r["theme"] for r in csv.DictReader(io.StringIO(files["themes.csv"]))}
    assert outcome["action"] in actions and outcome["theme"] == themes[APPROVAL_ISSUES]
    [contrast] = csv.DictReader(io.StringIO(files["contrasts.csv"]))
    assert {contrast["stuck_note"], contrast["smooth_note"]} <= {r["note"] for r in notes.values()}


def test_miro_gets_a_sticky_per_tool_and_per_handoff() -> None:
    _, found, _ = worked_out()
    assert miro_columns(found, TAGS) == {
        "Tools named": [
            "Salesforce: 2 people, 1 role · 🛑 1 🧱 1 · instead: spreadsheet 1, copy-paste 1"
        ],
        "Handoffs": [
            "Campaigns → Legal  2 people · 2 notes · 1 stuck",
            "Campaigns → Brand  1 person · 1 note · 1 stuck",
        ],
    }
    assert miro_columns(corpus_findings(corpus(), Filters(role=STRATEGY)), TAGS) == {}


def test_the_facilitators_name_is_never_a_tool_candidate() -> None:
    notes = [n("Then Rivera checks the brief", "walkthrough"), n("And Rivera again", "tools")]
    session = factories.session("s5", "Ana Ruiz", "campaign", notes)
    session = session.model_copy(update={"facilitator": "Sam Rivera"})
    digest = SessionDigest.model_validate_json(session.model_dump_json())
    found = corpus_findings(Corpus([digest], BUILTIN_TAGS), Filters())
    assert found.tools.candidates == []
    other = session.model_copy(update={"facilitator": "Sam Cole"})
    digest = SessionDigest.model_validate_json(other.model_dump_json())
    found = corpus_findings(Corpus([digest], BUILTIN_TAGS), Filters())
    assert [c.word for c in found.tools.candidates] == ["Rivera"]  # a name no one here has
