"""Airtable's four linked tables, cell by cell, on one session and one plan worked out by
hand: the keys that link them, the counts per theme, anonymized theme keys."""

from __future__ import annotations

from datetime import date

from tests import factories
from tests.core.exact_corpus import digest
from wfinterview.core.framework.content import BUILTIN_TAGS, HANDOFFS
from wfinterview.core.outputs.airtable import airtable_tables, slug, theme_keys
from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.session_findings import FindingsReader
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.synthesis.vocabulary import Vocabulary

LAG, GHOST = "approval_lag", "ghost_ownership"


def rows(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text.split("\r\n")[:-1]


def test_the_four_tables_link_by_their_keys() -> None:
    made = factories.session(
        "s1",
        "Jordan Lee",
        notes=[
            factories.note("Legal waits a week", "approvals", 754.4, [LAG, GHOST], quote=True),
            factories.note("=SUM(A1)", "role", 30.0, [], follow_up=True),
        ],
        elapsed_seconds=1530.0,
    )
    session = digest(made, 0)
    board = ThemeBoard.starting(BUILTIN_TAGS)
    lag_theme = board.tag_themes[LAG]
    plan = EngagementFile(engagement="Acme", themes=board)
    lag_note = f"s1/{made.notes[0].id}"
    plan.actions.append(
        Action(
            id="a1",
            title="Approval SLA",
            kind="approval_timeline",
            status="in_progress",
            owner="Ops",
            due=date(2026, 12, 1),
            theme_id=lag_theme,
            evidence=[lag_note, "gone/n9"],
            validated_by=["Jordan Lee", "Priya"],
            created_at=factories.STARTED,
        )
    )
    tables = airtable_tables([session], BUILTIN_TAGS, {"Acme": board}, [plan], Naming(None))
    assert sorted(tables) == ["actions.csv", "notes.csv", "sessions.csv", "themes.csv"]
    assert rows(tables["sessions.csv"]) == [
        "session,participant,role,engagement,round,date,facilitator,planned_minutes,"
        "elapsed_minutes,notes",
        "s1,Jordan Lee,Campaign Lead,Acme,1,2026-11-20,Sam,25,25.5,2",
    ]
    misalignment = board.tag_themes[GHOST]
    assert rows(tables["notes.csv"]) == [
        "note,session,step,time,seconds,text,tags,themes,quote,follow_up,tools,handoffs",
        f"{lag_note},s1,Approvals & Bottlenecks,12:34,754,Legal waits a week,"
        f'"Approval Lag, Ghost Ownership","acme/{lag_theme},acme/{misalignment}",true,false,,',
        f"s1/{made.notes[1].id},s1,Role & Reality,00:30,30,'=SUM(A1),,,false,true,,",
    ]
    themes = rows(tables["themes.csv"])
    assert themes[0] == "theme,engagement,name,notes,people,roles"
    assert f"acme/{lag_theme},Acme,Approval issues,1,1,1" in themes
    assert f"acme/{board.tag_themes['tool_friction']},Acme,Tool-related blockers,0,0,0" in themes
    assert len(themes) == 1 + len(board.themes)
    assert rows(tables["actions.csv"]) == [
        "action,engagement,title,kind,status,owner,due,theme,evidence,validated_by",
        f"a1,Acme,Approval SLA,Approval timeline,in progress,Ops,2026-12-01,acme/{lag_theme},"
        f'{lag_note},"Jordan Lee, Priya"',
    ]


def test_anonymized_themes_are_numbered_and_engagements_slugged() -> None:
    session = digest(factories.session("s1", "Jordan Lee"), 0)
    board = ThemeBoard.starting(BUILTIN_TAGS)
    boards = {"Acmé Retail!": board}
    plain = theme_keys(boards, Naming(None))
    named = theme_keys(boards, Naming(Pseudonyms([session])))
    first = board.themes[0].id
    assert plain[("Acmé Retail!", first)] == f"acme-retail/{first}"
    assert named[("Acmé Retail!", first)] == "acme-retail/t1"
    assert [named[("Acmé Retail!", t.id)] for t in board.themes] == [
        f"acme-retail/t{n}" for n in range(1, len(board.themes) + 1)
    ]
    assert (slug("東京"), slug("Łódź Media")) == ("engagement", "odz-media")


def two_people() -> tuple[list[SessionDigest], ThemeBoard, list[EngagementFile], list[str]]:
    """Jordan's first note names two tools and two handoffs; his second was moved by hand
    into the handoffs theme; Omar's names Jordan. One action points at a theme only the
    board being exported has, one at none; Globex's plan has no board here."""
    jordan = factories.session(
        "s1",
        "Jordan Lee",
        "campaign",
        notes=[
            factories.note(
                "Copy from Salesforce into Jira. Then I send it to legal. Then I send it to brand",
                "tools",
                61.0,
                [LAG, "own_tag"],  # a tag no longer in the list keeps its key
            ),
            factories.note("Jira and the acme crm again", "tools", 62.0, [LAG]),
        ],
        elapsed_seconds=1531.0,  # 25.516… minutes
    )
    omar = factories.session(
        "s2", "Omar Li", "ops", [factories.note("Jordan signs off late", "approvals", 5.0, [LAG])]
    )
    keys = [f"s1/{n.id}" for n in jordan.notes] + [f"s2/{omar.notes[0].id}"]
    board = ThemeBoard.starting(BUILTIN_TAGS)
    queue = board.create("Jordan's queue")
    handoffs = board.find_by_name(HANDOFFS)
    assert handoffs is not None
    board.move(keys[1], [LAG], board.tag_themes[LAG], handoffs.id)

    def action(action_id: str, title: str, theme: str | None, evidence: list[str]) -> Action:
        return Action(
            id=action_id,
            title=title,
            kind="other",
            status="proposed",
            theme_id=theme,
            evidence=evidence,
            created_at=factories.STARTED,
        )

    plans = [
        EngagementFile(
            engagement="Acme",
            themes=ThemeBoard.starting(BUILTIN_TAGS),  # an older copy: the export's board wins
            actions=[
                action("a1", "Ask Jordan about the queue", queue.id, [keys[0], keys[2]]),
                action("a2", "No theme yet", None, []),
            ],
        ),
        EngagementFile(
            engagement="Globex",
            themes=ThemeBoard.starting(BUILTIN_TAGS),
            actions=[action("g1", "Globex SLA", board.tag_themes[LAG], [])],
        ),
    ]
    return [digest(jordan, 0), digest(omar, 1)], board, plans, keys


def test_every_link_column_of_two_people_with_names_shown_and_hidden() -> None:
    sessions, board, plans, (n1, n2, n3) = two_people()
    reader = FindingsReader(Vocabulary().with_tools({"Acme, Inc CRM": ["acme crm"]}))
    shown = airtable_tables(
        sessions, BUILTIN_TAGS, {"Acme": board}, plans, Naming(None), None, (), reader
    )
    assert rows(shown["sessions.csv"])[1:] == [
        "s1,Jordan Lee,Campaign Lead,Acme,1,2026-11-20,Sam,25,25.5,2",
        "s2,Omar Li,Marketing Ops / Tech,Acme,1,2026-11-21,Sam,25,0.0,1",
    ]
    assert rows(shown["notes.csv"])[1:] == [
        f"{n1},s1,Tools & Workarounds,01:01,61,Copy from Salesforce into Jira. Then I send it "
        'to legal. Then I send it to brand,"Approval Lag, own_tag",acme/approval-issues,'
        'false,false,"Salesforce,Jira","Campaigns → Legal,Campaigns → Brand"',
        f"{n2},s1,Tools & Workarounds,01:02,62,Jira and the acme crm again,Approval Lag,"
        'acme/handoff-inefficiencies,false,false,"Jira,Acme  Inc CRM",',  # no comma in a key
        f"{n3},s2,Approvals & Bottlenecks,00:05,5,Jordan signs off late,Approval Lag,"
        "acme/approval-issues,false,false,,",
    ]
    assert rows(shown["themes.csv"])[1:] == [
        "acme/tool-related-blockers,Acme,Tool-related blockers,0,0,0",
        "acme/approval-issues,Acme,Approval issues,2,2,2",
        "acme/cross-team-misalignment,Acme,Cross-team misalignment,0,0,0",
        "acme/handoff-inefficiencies,Acme,Handoff inefficiencies,1,1,1",
        "acme/jordan-s-queue,Acme,Jordan's queue,0,0,0",
    ]
    assert rows(shown["actions.csv"])[1:] == [
        f'a1,Acme,Ask Jordan about the queue,Other,proposed,,,acme/jordan-s-queue,"{n1},{n3}",',
        "a2,Acme,No theme yet,Other,proposed,,,,,",
        "g1,Globex,Globex SLA,Other,proposed,,,,,",  # no Globex theme in this export
    ]
    naming = Naming(Pseudonyms(sessions))
    hidden = airtable_tables(
        sessions, BUILTIN_TAGS, {"Acme": board}, plans, naming, None, (), reader
    )
    n1, n2, n3 = (key.replace("s1/", "S0001/").replace("s2/", "S0002/") for key in (n1, n2, n3))
    assert rows(hidden["notes.csv"])[3] == (
        f"{n3},S0002,Approvals & Bottlenecks,00:05,5,P01 signs off late,Approval Lag,"
        "acme/t2,false,false,,"
    )
    assert rows(hidden["themes.csv"])[1:] == [
        "acme/t1,Acme,Tool-related blockers,0,0,0",
        "acme/t2,Acme,Approval issues,2,2,2",
        "acme/t3,Acme,Cross-team misalignment,0,0,0",
        "acme/t4,Acme,Handoff inefficiencies,1,1,1",
        "acme/t5,Acme,P01's queue,0,0,0",
    ]
    assert rows(hidden["actions.csv"])[1] == (
        f'a1,Acme,Ask P01 about the queue,Other,proposed,,,acme/t5,"{n1},{n3}",'
    )
