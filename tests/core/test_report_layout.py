"""The Markdown report's layout, line by line: the headings, tables and fixed sentences a
reader (or Notion's importer) sees, on the sessions of test_findings_exports.py, whose
findings are worked out by hand there."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests import factories
from tests.core.exact_corpus import LAG, digest
from tests.core.test_findings_exports import TAGS, worked_out
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS, MAGIC_WAND_STEP
from wfinterview.core.outputs import report_data
from wfinterview.core.outputs.findings_report import findings_markdown
from wfinterview.core.outputs.report import write_report
from wfinterview.core.plan.actions import new_action, set_status
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.themes import ThemeBoard

FINDINGS = """\
## Tools people named

Counted by people: one person naming a tool ten times counts once.

| tool | people | roles | notes | tags | workarounds named |
| --- | --- | --- | --- | --- | --- |
| Salesforce | 2 | 1 | 2 | 🛑 1 · 🧱 1 | spreadsheet 1, copy-paste 1 |

_Named but not in the tools list (add them under `[tools]`): Sprinklr (1 person)._

## Handoffs

Who hands work to whom, most stuck first (🔄/🧱 notes, or someone waits).

| from | to | people | notes | stuck |
| --- | --- | --- | --- | --- |
| Campaigns | Legal | 2 | 2 | 1 |
| Campaigns | Brand | 1 | 1 | 1 |

## Where roles disagree

- **Approvals & Bottlenecks · 🔄 Approval Lag**, Acme: Campaign Lead stuck (2 of 3), \
Strategic Lead / CMO smooth (1 person)
    - stuck: “Jordan waits 5 days for the brand team” (Jordan Lee, Campaign Lead)
    - smooth: “Approvals feel quick, Jordan Lee says otherwise” (Rosa Diaz, Strategic Lead / CMO)

## Did the changes work?

Actions done before a round began, beside the share of people who raised their theme in \
the round before and in that round.

| action | engagement | theme | before | after | change |
| --- | --- | --- | --- | --- | --- |
| Legal SLA agreed with Jordan | Acme | Approval issues | round 1: 2 of 3 | round 2: 0 of 1 \
| -67 pts |
"""


def test_the_findings_sections_line_by_line() -> None:
    _, found, outcomes = worked_out()
    text = findings_markdown(found, outcomes, TAGS, Naming(None), internal=True)
    assert text == FINDINGS


def test_the_client_edition_leaves_out_the_words_to_add_to_the_tools_list() -> None:
    _, found, outcomes = worked_out()
    text = findings_markdown(found, outcomes, TAGS, Naming(None))
    assert text == FINDINGS.replace(
        "_Named but not in the tools list (add them under `[tools]`): Sprinklr (1 person)._\n\n",
        "",
    )


REPORT = """\
# Workflow interviews: all engagements

_1 interview with 1 person in 1 role, 3 notes, 2026-11-20 to 2026-11-20. Written 2026-12-01._

## Executive summary

Top blockers, by the people and roles who raised them:

1. **Approval issues**: 1 of 1 person (100%), 1 role, 1 note

Changes planned:

- **Legal SLA** (Acme): owner Priya Shah, due 2026-12-15, proposed

## Who raised what

Each cell: notes · people. One person's many notes count once in *people*.

| tag | Campaign Lead | all |
| --- | --- | --- |
| 🛑 Tool Friction | – | – |
| 🔄 Approval Lag | 1 · 1 | 1 · 1 |
| 👻 Ghost Ownership | – | – |
| 🧾 SOP Mismatch | – | – |
| 🧱 Integration Gaps | – | – |

## Themes

### Approval issues

1 of 1 person (100%), 1 role, 1 note

> Legal takes a week (*Priya Shah, Campaign Lead*)


## Repeat patterns

| # | pattern | kind | people | roles | notes |
| --- | --- | --- | --- | --- | --- |
| 1 | Approval issues | theme | 1 | 1 | 1 |
| 2 | 🔄 Approval Lag | tag | 1 | 1 | 1 |

## Magic-wand wishes

- One brief form (*Priya Shah, Campaign Lead*)

## Open follow-ups (internal)

- Ask who signs off (*Priya Shah, Campaign Lead*)


## Actions: Acme

| status | kind | action | owner | due | evidence | validated by |
| --- | --- | --- | --- | --- | --- | --- |
| proposed | Approval timeline | Legal SLA | Priya Shah | 2026-12-15 | 0 notes | – |
| done | Other | Shared calendar | – | – | 0 notes | Priya Shah |

## RACI: Launch (Acme)

| activity | Priya Shah | Legal |
| --- | --- | --- |
| Brief | A | R |

Every activity has one Accountable and a Responsible.
"""


def one_interview() -> Corpus:
    notes = [
        factories.note("Legal takes a week", "approvals", 5.0, [LAG], quote=True),
        factories.note("One brief form", MAGIC_WAND_STEP, 9.0),  # untagged there: a wish
        factories.note("Ask who signs off", "approvals", 7.0, follow_up=True),
    ]
    return Corpus(
        [digest(factories.session("s1", "Priya Shah", "campaign", notes), 0)], BUILTIN_TAGS
    )


def one_plan(board: ThemeBoard) -> EngagementFile:
    theme = board.find_by_name(APPROVAL_ISSUES)
    assert theme is not None
    sla = new_action([], "Legal SLA", "approval_timeline", theme_id=theme.id)
    sla.owner, sla.due = "Priya Shah", date(2026, 12, 15)
    calendar = new_action([sla], "Shared calendar")
    calendar.validated_by = ["Priya Shah"]
    for status in ("validated", "in_progress", "done"):
        set_status(calendar, status)
    raci = RaciMatrix(name="Launch")
    raci.add_activity("Brief")
    for party in ("Priya Shah", "Legal"):
        raci.add_party(party)
    raci.set("Brief", "Priya Shah", "A")
    raci.set("Brief", "Legal", "R")
    return EngagementFile(engagement="Acme", themes=board, actions=[sla, calendar], raci=[raci])


@pytest.fixture(autouse=True)
def written_on_the_first_of_december(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_data, "now", lambda: datetime(2026, 12, 1, 9, tzinfo=UTC))


def test_the_report_line_by_line() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    text = write_report(
        one_interview(), {"Acme": board}, Filters(), Naming(None), [one_plan(board)], True
    )
    assert text == REPORT


def test_the_client_edition_without_a_plan_says_what_will_come() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    text = write_report(one_interview(), {"Acme": board}, Filters(), Naming(None))
    summary = REPORT.split("## Who raised what", 1)[0]
    assert text.startswith(
        summary.replace(
            "- **Legal SLA** (Acme): owner Priya Shah, due 2026-12-15, proposed",
            "_None yet: the actions agreed from these findings will be listed here._",
        )
    )
    assert text.endswith("## Magic-wand wishes\n\n- One brief form (*Priya Shah, Campaign Lead*)\n")


def test_an_action_without_owner_or_date_says_so_in_the_summary() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    plan = one_plan(board)
    plan.actions[0].owner, plan.actions[0].due = "", None
    text = write_report(one_interview(), {"Acme": board}, Filters(), Naming(None), [plan])
    assert "- **Legal SLA** (Acme): no owner yet, no date yet, proposed\n" in text
