"""Markup typed anywhere comes out of every section of the HTML report as text.

Every field a user or a participant can fill carries markup here: a note's words, a
participant's name and role, the engagement, a theme, a tag of the user's own, an
action's title, owner and validators, an approval stage, a RACI matrix's name, activity
and party, a tool, a workaround and a team of the user's vocabulary. The page is parsed
as a browser parses it, and each section is checked on its own, so a section that forgot
its escaping fails under its own name (an unescaped section once went unnoticed while
the page as a whole still showed the characters elsewhere).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from xml.etree.ElementTree import Element

import html5lib
import pytest
from markupsafe import escape

from tests import factories
from tests.core.exact_corpus import digest
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS, MAGIC_WAND_STEP, Tag
from wfinterview.core.framework.models import Note, Participant, Session
from wfinterview.core.outputs.html_report import write_html_report
from wfinterview.core.plan.actions import new_action, set_status
from wfinterview.core.plan.approvals import ApprovalStage
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.synthesis.vocabulary import TEAMS, WORKAROUNDS, Vocabulary

MARKUP = '<script>alert(1)</script><img src=x onerror=alert(1)>"><b>'
INJECTED = ("script", "img", "b")  # elements the markup would make if it were not text


def hostile(words: str) -> str:
    return f"{MARKUP} {words}"


ENGAGEMENT = hostile("Acme")
STUCK_ROLE, SMOOTH_ROLE = hostile("Growth Lead"), hostile("Strategic Lead")  # no team
JORDAN, PRIYA, ROSA, OMAR = (hostile(name) for name in ("Jordan", "Priya", "Rosa", "Omar"))
WAIT = f"I wait 6 days for legal sign-off {MARKUP}"  # a lag, a stage, a handoff
SLOW = f"Legal takes a week {MARKUP}"
QUICK = f"Approvals feel quick {MARKUP}"
TOOL_NOTE = f"Sprinklr is slow, so I keep a spreadsheet {MARKUP}"
WISH = f"One board for everything {MARKUP}"
FOLLOW_UP = f"Ask who signs off {MARKUP}"
THEME = hostile("Approvals")
TAG = Tag("own", "⭐", hostile("Own tag"), "the user's own", None, "own", hostile("Own theme"))
TOOL, WORKAROUND, TEAM = hostile("Sprinklr"), hostile("own tracker"), hostile("Legal team")
DONE, OPEN = hostile("Legal SLA"), hostile("One intake form")
OWNER, VALIDATOR = hostile("Dana"), hostile("Jordan")
STAGE, RACI, ACTIVITY, PARTY = (hostile(w) for w in ("Legal", "Launch", "Brief", "Brand"))
LAG, FRICTION = "approval_lag", "tool_friction"
ROUND_2 = factories.STARTED + timedelta(days=100)

# What each section must show as the characters typed: at least these fields.
SECTIONS: dict[str, list[str]] = {
    "title": [f"Workflow interviews: {ENGAGEMENT}"],
    "header": [f"Workflow interviews: {ENGAGEMENT}"],
    "summary": [THEME, OPEN, ENGAGEMENT, OWNER],
    "matrix": [TAG.label, STUCK_ROLE, SMOOTH_ROLE],  # labels, and the cells' tooltips
    "themes": [THEME, TAG.theme, WAIT, JORDAN, STUCK_ROLE],
    "patterns": [THEME, TAG.label],
    "wishes": [WISH, JORDAN, STUCK_ROLE],
    "follow-ups": [FOLLOW_UP, JORDAN],
    "rounds": [ENGAGEMENT, THEME, TAG.label],
    "tools": [TOOL, WORKAROUND, TAG.label],
    "handoffs": [STUCK_ROLE, TEAM],
    "contrasts": [STUCK_ROLE, SMOOTH_ROLE, ENGAGEMENT, QUICK, ROSA],
    "outcomes": [DONE, ENGAGEMENT, THEME],
    "plan": [ENGAGEMENT, DONE, OPEN, OWNER, VALIDATOR, THEME, RACI, ACTIVITY, PARTY, STAGE],
}


def said(session_id: str, name: str, role: str, notes: list[Note]) -> Session:
    session = factories.session(session_id, name, "campaign", notes, engagement=ENGAGEMENT)
    return session.model_copy(update={"participant": Participant(name=name, role=role)})


def corpus() -> Corpus:
    n = factories.note
    jordan = said(
        "s1",
        JORDAN,
        STUCK_ROLE,
        [
            n(WAIT, "approvals", 1.0, [LAG], quote=True),
            n(TOOL_NOTE, "tools", 2.0, [FRICTION, TAG.key]),
            n(WISH, MAGIC_WAND_STEP, 3.0),
            n(FOLLOW_UP, "approvals", 4.0, follow_up=True),
        ],
    )
    priya = said("s2", PRIYA, STUCK_ROLE, [n(SLOW, "approvals", 1.0, [LAG])])
    rosa = said("s3", ROSA, SMOOTH_ROLE, [n(QUICK, "approvals", 1.0)])
    omar = said("s4", OMAR, STUCK_ROLE, [n(f"Fine now {MARKUP}", "approvals", 1.0)])
    omar = omar.model_copy(update={"round": 2, "started_at": ROUND_2})
    return Corpus(
        [digest(s, day) for day, s in enumerate((jordan, priya, rosa, omar))],
        (*BUILTIN_TAGS, TAG),
    )


def plan() -> EngagementFile:
    board = ThemeBoard.starting((*BUILTIN_TAGS, TAG))
    theme = board.find_by_name(APPROVAL_ISSUES)
    assert theme is not None
    board.rename(theme.id, THEME)
    done = new_action([], DONE, "approval_timeline", theme_id=theme.id)
    done.owner, done.validated_by = OWNER, [VALIDATOR]
    for status in ("validated", "in_progress", "done"):
        set_status(done, status)
    done = done.model_copy(update={"done_at": ROUND_2 - timedelta(days=10)})
    planned = new_action([done], OPEN, "sop_update", theme_id=theme.id)
    planned.owner, planned.due = OWNER, date(2027, 1, 15)
    raci = RaciMatrix(name=RACI)
    raci.add_activity(ACTIVITY)
    raci.add_party(PARTY)  # no one Accountable: its warning names the activity too
    return EngagementFile(
        engagement=ENGAGEMENT,
        themes=board,
        actions=[done, planned],
        raci=[raci],
        approval_stages=[ApprovalStage(name=STAGE, target_days=3, keywords=["legal"])],
    )


def vocabulary() -> Vocabulary:
    words = Vocabulary().with_tools({TOOL: ["sprinklr"]})
    teams = {name: a for name, a in TEAMS.items() if name != "Legal"} | {TEAM: ("legal",)}
    workarounds = {name: a for name, a in WORKAROUNDS.items() if name != "spreadsheet"}
    return replace(words, teams=teams, workarounds=workarounds | {WORKAROUND: ("spreadsheet",)})


@cache
def page() -> str:
    board = plan()
    return write_html_report(
        corpus(),
        {ENGAGEMENT: board.themes},
        Filters(engagement=ENGAGEMENT),
        Naming(None),
        [board],
        internal=True,
        vocabulary=vocabulary(),
    )


def local(element: Element) -> str:
    return str(element.tag).rpartition("}")[2]


def raw_sections(html: str) -> dict[str, str]:
    """The page's parts as written, by name: <title>, <header>, each <section> by its id
    or class. Each is parsed on its own, so one unescaped part fails under its name alone
    (a stray <b> would otherwise carry into every part after it)."""
    found = {}
    for match in re.finditer(r"<(title|header)>.*?</\1>", html, re.DOTALL):
        found.setdefault(match[1], match[0])
    for match in re.finditer(r"<section ([^>]*)>.*?</section>", html, re.DOTALL):
        attributes = dict(re.findall(r'(\w+)="([^"]*)"', match[1]))
        found[attributes.get("id") or attributes["class"]] = match[0]
    return found


def test_the_page_parses_without_an_error_and_has_every_section_checked() -> None:
    html5lib.HTMLParser(strict=True).parse(page())  # strict: a parse error fails the test
    assert sorted(raw_sections(page())) == sorted(SECTIONS)


@pytest.mark.parametrize("name", list(SECTIONS))
def test_markup_in_every_field_is_text_in_the_section(name: str) -> None:
    raw = raw_sections(page()).get(name)
    assert raw is not None, f"the page has no {name} section"
    assert str(escape(MARKUP)) in raw and MARKUP not in raw, f"{name}: markup not escaped"
    section = html5lib.parseFragment(raw, namespaceHTMLElements=False)
    injected = [local(e) for e in section.iter() if local(e) in INJECTED]
    assert not injected, f"{name}: markup became elements {injected}"
    handlers = [k for e in section.iter() for k in e.attrib if str(k).startswith("on")]
    assert not handlers, f"{name}: markup became attributes {handlers}"
    text = "".join(section.itertext())
    missing = [value for value in SECTIONS[name] if value not in text]
    assert not missing, f"{name}: not shown as typed: {missing}"
