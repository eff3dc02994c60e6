"""The HTML report's plan section, on the demo's plan (its story worked out by hand in
test_plan_changes.py): every action's row in words, open ones first, the RACI matrix and
the approval stages."""

from __future__ import annotations

from tests import factories
from tests.core.exact_corpus import digest
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.outputs.html_report import write_html_report
from wfinterview.core.plan.demo_plans import demo_plan
from wfinterview.core.plan.engagements import EngagementFile
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
