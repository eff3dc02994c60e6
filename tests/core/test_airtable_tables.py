"""Airtable's four linked tables, cell by cell, on one session and one plan worked out by
hand: the keys that link them, the counts per theme, anonymized theme keys."""

from __future__ import annotations

from datetime import date

from tests import factories
from tests.core.exact_corpus import digest
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.outputs.airtable import airtable_tables, slug, theme_keys
from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.themes import ThemeBoard

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
