"""The HTML report's plan section, on the demo's plan (its story worked out by hand in
test_plan_changes.py): every action's row in words, open ones first, the RACI matrix and
the approval stages."""

from __future__ import annotations

from tests import factories
from tests.core.exact_corpus import digest
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.models import Session
from wfinterview.core.outputs.html_report import write_html_report
from wfinterview.core.plan.demo_plans import demo_plan
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.themes import ThemeBoard


def test_the_plan_section_lists_open_actions_first_in_words() -> None:
    session = digest(
        factories.session(
            "s1",
            "Priya Shah",
            notes=[factories.note("Legal takes 6 days", "approvals", 5.0, ["approval_lag"])],
        ),
        0,
    )
    plan = EngagementFile(engagement="Acme", themes=ThemeBoard.starting(BUILTIN_TAGS))
    for edit in demo_plan(1, plan.themes, "Priya Shah"):
        edit.apply(plan)
    corpus = Corpus([session], BUILTIN_TAGS)
    html = write_html_report(corpus, {"Acme": plan.themes}, Filters(), Naming(None), [plan])
    open_action = html.index("One intake form that feeds the tracker")
    assert open_action < html.index("Approval SLA: 48 hours, with a fallback approver")
    for text in (
        "in progress",
        "Approval timeline",
        "Ownership / RACI",
        "Tool improvement (Ops/IT)",
        "Head of Marketing Ops",
        "Campaign leads",
        "Handoff inefficiencies",
        "0 notes",
        "Priya Shah",
        "launch sign-off",
        "Brief sign-off",
        "Asset QA",
        "Go-live",
        "Campaign lead",
        "legal",
        "compliance",
        "3 days",
        "5 days",
        "6 days",
    ):
        assert text in html, text
    assert "Approval issues" in html and "over" in html


def test_the_findings_sections_give_each_row_in_full() -> None:
    def said(name: str, agenda: str, text: str, tags: list[str]) -> Session:
        note = factories.note(text, "approvals", 1.0, tags)
        return factories.session(f"s-{name}", name, agenda, [note])

    sessions = [
        said("Jordan", "campaign", "Wait for legal in Jira", ["approval_lag"]),
        said("Priya", "campaign", "We wait for legal", ["approval_lag"]),
        said("Rosa", "strategy", "Approvals feel quick", []),
    ]
    corpus = Corpus([digest(s, day) for day, s in enumerate(sessions)], BUILTIN_TAGS)
    boards = {"Acme": ThemeBoard.starting(BUILTIN_TAGS)}
    html = write_html_report(corpus, boards, Filters(), Naming(None))
    assert (
        "<tr><td>Campaigns</td><td>Legal</td><td>2</td>\n        <td>2</td><td>2</td></tr>" in html
    )
    assert "<h3>Approvals &amp; Bottlenecks · 🔄 Approval Lag, Acme</h3>" in html
    assert "<p>Campaign Lead stuck (2 of 2), Strategic Lead / CMO smooth (1 person)</p>" in html
    assert (
        'stuck: “Wait for legal in Jira” <span class="note">(Jordan, Campaign Lead)</span>' in html
    )
    assert 'smooth: “Approvals feel quick” <span class="note">(Rosa, Strategic Lead / CMO)' in html
    assert (
        "      <tr><td>Jira</td><td>1</td><td>1</td>\n"
        '        <td>1</td><td><span class="tag">🔄 Approval Lag 1</span></td><td>–</td></tr>\n'
    ) in html  # a tag by its label: its emoji alone prints as a box without an emoji font
    assert (
        "(stuck: notes tagged\n    🔄 Approval Lag or 🧱 Integration Gaps, or saying someone waits)"
    ) in html
