"""The HTML report's plan and outcome sections in full: every cell of the actions, RACI
and approval tables, worked out by hand, with names shown and hidden. (The stage chart's
figures are test_report_charts.py's.)"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests.core.exact_corpus import boards, corpus
from tests.core.report_cases import acme_and_globex, one_interview, one_plan
from tests.core.test_findings_export_edges import round_two
from tests.core.test_findings_exports import plan as sla_plan, worked_out
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.outputs import report_data
from wfinterview.core.outputs.html_report import write_html_report
from wfinterview.core.plan.actions import new_action
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Filters
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.synthesis.vocabulary import Vocabulary

PLAN = """\
<section class="plan">
  <h2>Plan: Acme</h2>
  <h3>Actions: Acme</h3>
  <table class="actions">
    <thead><tr><th class="title">action <span class="kind">(kind)</span></th><th>status</th>
      <th>theme</th><th>owner</th><th>due</th><th>evidence</th><th>validated by</th></tr></thead>
    <tbody>
      <tr><td>One intake form<br><span class="kind">SOP update</span></td><td>proposed</td>
        <td>–</td><td>–</td><td class="nowrap">2026-12-10</td><td class="nowrap">0 notes</td>
        <td>–</td></tr>
      <tr><td>Legal SLA for Priya<br><span class="kind">Approval timeline</span></td>\
<td>proposed</td>
        <td>Approval issues</td><td>Priya Shah</td><td class="nowrap">2026-12-15</td>\
<td class="nowrap">1 note</td>
        <td>–</td></tr>
      <tr><td>Shared calendar<br><span class="kind">Other</span></td><td>done</td>
        <td>–</td><td>–</td><td class="nowrap">–</td><td class="nowrap">0 notes</td>
        <td>Priya Shah, Legal</td></tr>
    </tbody>
  </table>
  <h3>RACI: Launch (Acme)</h3>
  <table>
    <thead><tr><th>activity</th><th>Priya Shah</th><th>Legal</th></tr></thead>
    <tbody>
      <tr><td>Brief</td><td class="letter">A</td><td class="letter">R</td></tr>
    </tbody>
  </table>
  <p>Every activity has one Accountable and a Responsible.</p>
  <h3>RACI: Priya&#39;s review (Acme)</h3>
  <table>
    <thead><tr><th>activity</th><th>Priya Shah</th></tr></thead>
    <tbody>
      <tr><td>Sign-off</td><td class="letter"></td></tr>
    </tbody>
  </table>
  <ul class="warnings">
    <li>⚠️ “Sign-off” has no one Accountable (A): that is ghost ownership</li>
    <li>⚠️ “Sign-off” has no one Responsible (R)</li>
  </ul>
  <h3>Approval timelines: Acme</h3>
  <p class="note">Target turnaround beside the lag people reported in notes that name the
    stage.</p>
  <table>
    <thead><tr><th>stage</th><th>target</th><th>reported (median)</th><th>worst</th>
      <th>notes</th><th>people</th></tr></thead>
    <tbody>
      <tr><td>Legal</td><td>5 days</td>
        <td class="over">7 days ▲ over</td>
        <td>7 days</td><td>1</td><td>1</td></tr>
      <tr><td>Brand</td><td>3 days</td>
        <td>–</td>
        <td>–</td><td>0</td><td>0</td></tr>
    </tbody>
  </table>
"""


def plan_section(hidden: bool = False) -> str:
    corpus, plan = acme_and_globex()
    boards = {e: ThemeBoard.starting(BUILTIN_TAGS) for e in ("Acme", "Globex")}
    boards["Acme"] = plan.themes
    naming = Naming(Pseudonyms(corpus.sessions) if hidden else None)
    html = write_html_report(corpus, boards, Filters(), naming, [plan])
    section = html[html.index('<section class="plan">') :]
    section = section[: section.index("</section>")]
    return re.sub(r"  <figure.*?</figure>\n", "", section, flags=re.DOTALL)


def test_the_plan_section_cell_by_cell() -> None:
    assert plan_section() == PLAN


def test_the_plan_section_hides_every_name_it_shows() -> None:
    expected = PLAN.replace("Priya Shah", "P01").replace("Priya", "P01")
    assert plan_section(hidden=True) == expected


def test_the_outcomes_section_row_by_row() -> None:
    corpus, _, _ = round_two()
    boards = {"Acme": sla_plan().themes}
    html = write_html_report(corpus, boards, Filters(), Naming(None), [sla_plan()])
    section = html[html.index('<section id="outcomes">') :]
    assert section[: section.index("</section>")].splitlines()[-4:] == [
        "      <tr><td>Legal SLA agreed with Jordan</td><td>Acme</td><td>Approval issues</td>"
        "<td>round 1: 2 of 3 people</td><td>round 2: 1 of 3 people</td>",
        "        <td>-33 pts</td></tr>",
        "    </tbody>",
        "  </table>",
    ]
    renamed = sla_plan().model_copy(deep=True)
    theme_id = renamed.actions[0].theme_id
    assert theme_id is not None
    renamed.themes.rename(theme_id, "Jordan's approvals")
    naming = Naming(Pseudonyms(corpus.sessions))
    hidden = write_html_report(corpus, {"Acme": renamed.themes}, Filters(), naming, [renamed])
    assert (
        "<tr><td>Legal SLA agreed with P01</td><td>Acme</td><td>P01&#39;s approvals</td>" in hidden
    )


# The page of test_report_layout.py's interview and plan, every chart drawn as <svg/>.
PAGE = """\
<body>
<header>
  <h1>Workflow interviews: all engagements</h1>
  <p class="facts">1 interview with 1 person in 1 role, 3 notes, 2026-11-20 to\
 2026-11-20. Written 2026-12-01.</p>
</header>

<section class="summary" id="summary">
  <h2>Executive summary</h2>
  <p>Top blockers, by the people and roles who raised them:</p>
  <ol>
    <li><strong>Approval issues</strong>: 1 of 1 person (100%), 1 role, 1 note</li>
  </ol>
  <p>Changes planned:</p>
  <ul>
    <li><strong>Legal SLA</strong> (Acme): owner Priya Shah, due 2026-12-15, proposed</li>
  </ul>
</section>

<section id="matrix">
  <h2>Who raised what</h2>
  <figure class="chart" id="heat-map">
    <svg/>
    <figcaption>Each cell: notes · people. The darker, the more notes per person
      interviewed in that role, so one talkative person does not look like a\
 pattern.</figcaption>
  </figure>
</section>

<section id="themes">
  <h2>Themes</h2>
  <figure class="chart" id="theme-bars">
    <svg/>
    <figcaption>People who raised each theme, of everyone interviewed.</figcaption>
  </figure>
  <h3>Approval issues</h3>
  <p class="reach">1 of 1 person (100%), 1 role, 1 note</p>
  <blockquote><p>Legal takes a week</p><cite>Priya Shah, Campaign Lead</cite></blockquote>
</section>

<section id="patterns">
  <h2>Repeat patterns</h2>
  <table>
    <thead><tr><th>#</th><th>pattern</th><th>kind</th><th>people</th><th>roles</th>
      <th>notes</th></tr></thead>
    <tbody>
      <tr><td>1</td><td>Approval issues</td><td>theme</td>
        <td>1</td><td>1</td>
        <td>1</td></tr>
      <tr><td>2</td><td>🔄 Approval Lag</td><td>tag</td>
        <td>1</td><td>1</td>
        <td>1</td></tr>
    </tbody>
  </table>
</section>

<section id="wishes">
  <h2>Magic-wand wishes</h2>
  <ul>
    <li>One brief form <span class="note">(Priya Shah, Campaign Lead, round 1)</span></li>
  </ul>
</section>

<section id="follow-ups">
  <h2>Open follow-ups (internal)</h2>
  <ul>
    <li>Ask who signs off <span class="note">(Priya Shah, Campaign Lead)</span></li>
  </ul>
</section>

<section class="plan">
  <h2>Plan: Acme</h2>
  <h3>Actions: Acme</h3>
  <table class="actions">
    <thead><tr><th class="title">action <span class="kind">(kind)</span></th><th>status</th>
      <th>theme</th><th>owner</th><th>due</th><th>evidence</th><th>validated by</th></tr></thead>
    <tbody>
      <tr><td>Legal SLA<br><span class="kind">Approval timeline</span></td><td>proposed</td>
        <td>Approval issues</td><td>Priya Shah</td><td class="nowrap">2026-12-15</td>\
<td class="nowrap">0 notes</td>
        <td>–</td></tr>
      <tr><td>Shared calendar<br><span class="kind">Other</span></td><td>done</td>
        <td>–</td><td>–</td><td class="nowrap">–</td><td class="nowrap">0 notes</td>
        <td>Priya Shah</td></tr>
    </tbody>
  </table>
  <h3>RACI: Launch (Acme)</h3>
  <table>
    <thead><tr><th>activity</th><th>Priya Shah</th><th>Legal</th></tr></thead>
    <tbody>
      <tr><td>Brief</td><td class="letter">A</td><td class="letter">R</td></tr>
    </tbody>
  </table>
  <p>Every activity has one Accountable and a Responsible.</p>
</section>

<footer>Written 2026-12-01 with wfinterview.</footer>
</body>
</html>"""


def test_the_whole_page_of_one_interview(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_data, "now", lambda: datetime(2026, 12, 1, 9, tzinfo=UTC))
    board = ThemeBoard.starting(BUILTIN_TAGS)
    html = write_html_report(
        one_interview(), {"Acme": board}, Filters(), Naming(None), [one_plan(board)], True
    )
    body = html[html.index("<body>") :]
    assert re.sub(r"<svg.*?</svg>", "<svg/>", body, flags=re.DOTALL) == PAGE


def test_a_page_for_no_interviews_says_so_and_nothing_else(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(report_data, "now", lambda: datetime(2026, 12, 1, 9, tzinfo=UTC))
    board = ThemeBoard.starting(BUILTIN_TAGS)
    html = write_html_report(
        one_interview(), {"Acme": board}, Filters(engagement="Globex"), Naming(None)
    )
    body = html[html.index("<body>") :]
    assert body == (
        "<body>\n<header>\n  <h1>Workflow interviews: Globex</h1>\n"
        '  <p class="facts">No interviews match.</p>\n</header>\n\n'
        "<footer>Written 2026-12-01 with wfinterview.</footer>\n</body>\n</html>"
    )


def test_quotes_of_two_clients_say_whose_and_follow_ups_stay_internal() -> None:
    html = write_html_report(corpus(), boards(), Filters(), Naming(None))
    cite = "<cite>Jordan Lee, Campaign Lead · Acme</cite>"
    assert f"  <blockquote><p>Legal waits a week</p>{cite}</blockquote>" in html.splitlines()
    assert "Open follow-ups" not in html


def test_the_planned_list_hides_names_and_the_users_tools_are_counted() -> None:
    c, _, _ = worked_out()
    plan = sla_plan().model_copy(deep=True)
    plan.actions.append(new_action(plan.actions, "Ask Jordan Lee again"))
    users = Vocabulary().with_tools({"Sprinklr": []})
    naming = Naming(Pseudonyms(c.sessions))
    html = write_html_report(c, {"Acme": plan.themes}, Filters(), naming, [plan], vocabulary=users)
    lines = html.splitlines()
    assert (
        "    <li><strong>Ask P01 again</strong> (Acme): no owner yet, no date yet, proposed</li>"
        in lines
    )
    assert "      <tr><td>Sprinklr</td><td>1</td><td>1</td>" in lines
