"""The Markdown report's layout, line by line: the headings, tables and fixed sentences a
reader (or Notion's importer) sees, on the sessions of test_findings_exports.py, whose
findings are worked out by hand there."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests import factories
from tests.core.report_cases import acme_and_globex, one_interview, one_plan
from tests.core.test_findings_exports import TAGS, plan as sla_plan, sessions, worked_out
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.outputs import report_data
from wfinterview.core.outputs.findings_report import findings_markdown
from wfinterview.core.outputs.formats import md
from wfinterview.core.outputs.html_report import write_html_report
from wfinterview.core.outputs.plans import action_theme, plan_markdown
from wfinterview.core.outputs.report import _arrow, write_report
from wfinterview.core.plan.approvals import ApprovalStage
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.synthesis.vocabulary import Vocabulary

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

- One brief form (*Priya Shah, Campaign Lead, round 1*)

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
    assert text.endswith(
        "## Magic-wand wishes\n\n- One brief form (*Priya Shah, Campaign Lead, round 1*)\n"
    )


def test_an_action_without_owner_or_date_says_so_in_the_summary() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    plan = one_plan(board)
    plan.actions[0].owner, plan.actions[0].due = "", None
    text = write_report(one_interview(), {"Acme": board}, Filters(), Naming(None), [plan])
    assert "- **Legal SLA** (Acme): no owner yet, no date yet, proposed\n" in text


PLAN = """\
### Actions: Acme

| status | kind | action | owner | due | evidence | validated by |
| --- | --- | --- | --- | --- | --- | --- |
| proposed | SOP update | One intake form | – | 2026-12-10 | 0 notes | – |
| proposed | Approval timeline | Legal SLA for Priya | Priya Shah | 2026-12-15 | 1 note | – |
| done | Other | Shared calendar | – | – | 0 notes | Priya Shah, Legal |

### RACI: Launch (Acme)

| activity | Priya Shah | Legal |
| --- | --- | --- |
| Brief | A | R |

Every activity has one Accountable and a Responsible.

### RACI: Priya's review (Acme)

| activity | Priya Shah |
| --- | --- |
| Sign-off |   |

- ⚠️ “Sign-off” has no one Accountable (A): that is ghost ownership
- ⚠️ “Sign-off” has no one Responsible (R)

### Approval timelines: Acme

Target turnaround beside the lag people reported in 🔄 notes that name the stage.

| stage | target | reported (median) | worst | notes | people |
| --- | --- | --- | --- | --- | --- |
| Legal | 5 days | 7 days ▲ over | 7 days | 1 | 1 |
| Brand | 3 days | – | – | 0 | 0 |
"""


def test_the_plan_in_markdown_line_by_line() -> None:
    corpus, plan = acme_and_globex()  # the plan test_html_sections.py shows as HTML
    assert plan_markdown(plan, corpus, Naming(None), level=3) == PLAN


def test_the_findings_sections_with_names_hidden() -> None:
    c, found, outcomes = worked_out()
    text = findings_markdown(found, outcomes, TAGS, Naming(Pseudonyms(c.sessions)))
    assert [line for line in text.splitlines() if "P0" in line] == [
        "    - stuck: “P01 waits 5 days for the brand team” (P01, Campaign Lead)",
        "    - smooth: “Approvals feel quick, P01 says otherwise” (P03, Strategic Lead / CMO)",
        "| Legal SLA agreed with P01 | Acme | Approval issues | round 1: 2 of 3 | round 2: 0 of 1 "
        "| -67 pts |",
    ]


def test_a_change_within_a_twentieth_reads_as_none() -> None:
    assert [_arrow(c) for c in (0.06, 0.05, 0.0, -0.05, -0.06)] == ["▲", "=", "=", "=", "▼"]


def test_a_report_of_two_rounds_and_two_roles_around_its_findings() -> None:
    c, _, _ = worked_out()
    sla = sla_plan().model_copy(deep=True)
    sla.approval_stages = [ApprovalStage(name="Legal", target_days=5)]  # Priya: a week
    text = write_report(c, {"Acme": sla.themes}, Filters(), Naming(None), [sla], True)
    assert FINDINGS in text  # the findings sections whole, with the words to add
    lines = text.splitlines()
    assert "| tag | Campaign Lead | Strategic Lead / CMO | all |\n| --- | --- | --- | --- |" in text
    start = lines.index("## Round over round")
    assert lines[start : start + 8] == [
        "## Round over round",
        "",
        "Each round: the share of its participants who raised it · its notes per interview.",
        "",
        "### Acme: round 1 → round 2",
        "",
        "| | round 1 | round 2 | change |",
        "| --- | --- | --- | --- |",
    ]
    assert lines[start + 8 + 8 : start + 8 + 10] == ["", "## Tools people named"]
    assert "| Legal | 5 days | 7 days ▲ over | 7 days | 1 | 1 |" in lines
    users = Vocabulary().with_tools({"Sprinklr": []})  # now a tool, no longer a candidate
    text = write_report(c, {"Acme": sla.themes}, Filters(), Naming(None), [sla], vocabulary=users)
    assert "| Sprinklr | 1 | 1 | 2 | – | – |" in text.splitlines()


def test_a_report_of_no_interviews_is_its_title_and_one_line() -> None:
    c, _, _ = worked_out()
    text = write_report(c, {"Acme": sla_plan().themes}, Filters(engagement="Initech"), Naming(None))
    assert text == (
        "# Workflow interviews: Initech\n\n"
        "_No interviews match. Run `wfinterview list` to see what there is._\n"
    )


def test_markdown_escapes_only_what_markdown_reads() -> None:
    assert md("X-ray of *every* [step] <b>|#") == "X-ray of \\*every\\* \\[step\\] \\<b\\>\\|\\#"


def test_a_stage_within_target_an_empty_matrix_and_a_theme_gone_in_the_plan() -> None:
    corpus, plan = acme_and_globex()
    plan.approval_stages = [ApprovalStage(name="Legal", target_days=10)]  # a week: within
    plan.raci[1].remove_activity("Sign-off")  # parties, no activity: no table
    plan.actions[0].theme = "Budget"  # an old file's theme name that matches no theme
    text = plan_markdown(plan, corpus, Naming(None))
    assert "| Legal | 10 days | 7 days | 7 days | 1 | 1 |" in text.splitlines()
    review = text.split("## RACI: Priya's review (Acme)\n\n", 1)[1]
    assert review.startswith("- ⚠️ no activities yet\n\n## Approval timelines")
    assert action_theme(plan.actions[0], plan.themes) == "Budget"


def test_the_changes_planned_hide_names_in_titles_and_owners() -> None:
    corpus, plan = acme_and_globex()
    naming = Naming(Pseudonyms(corpus.sessions))
    boards = {"Acme": plan.themes, "Globex": ThemeBoard.starting(BUILTIN_TAGS)}
    text = write_report(corpus, boards, Filters(), naming, [plan])
    planned = text.split("Changes planned:\n\n", 1)[1].split("\n\n", 1)[0]
    assert planned.splitlines() == [
        "- **One intake form** (Acme): no owner yet, due 2026-12-10, proposed",
        "- **Legal SLA for P01** (Acme): owner P01, due 2026-12-15, proposed",
    ]
    page = write_html_report(corpus, boards, Filters(), naming, [plan])
    assert (
        "<li><strong>Legal SLA for P01</strong> (Acme): owner P01, due 2026-12-15, proposed</li>"
        in page
    )
    bars = page[page.index('<figure class="chart" id="theme-bars">') :]
    bars = bars[: bars.index("</figure>")]
    assert re.findall(r">(\d+ of \d+ people \(\d+%\))</text>", bars) == ["2 of 2 people (100%)"]


def test_a_report_for_one_engagement_leaves_out_the_others_plans_and_outcomes() -> None:
    acme = list(sessions())
    globex = factories.session("g1", "Ana Ruiz", "ops", [], engagement="Globex")
    c = Corpus(
        [SessionDigest.model_validate_json(s.model_dump_json()) for s in [*acme, globex]],
        BUILTIN_TAGS,
    )
    boards = {"Acme": sla_plan().themes, "Globex": ThemeBoard.starting(BUILTIN_TAGS)}
    everyone = write_report(c, boards, Filters(), Naming(None), [sla_plan()])
    assert "## Did the changes work?" in everyone and "## Actions: Acme" in everyone
    text = write_report(c, boards, Filters(engagement="Globex"), Naming(None), [sla_plan()])
    assert text.startswith("# Workflow interviews: Globex\n")
    for absent in ("Legal SLA agreed with Jordan", "## Did the changes work?", "Acme"):
        assert absent not in text
