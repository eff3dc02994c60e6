"""The plans and interviews the report tests share, each worked out by hand there:
test_report_layout.py (the Markdown report) and test_html_sections.py (the HTML page)."""

from __future__ import annotations

from datetime import date

from tests import factories
from tests.core.exact_corpus import LAG, digest
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS, MAGIC_WAND_STEP
from wfinterview.core.plan.actions import new_action, set_status
from wfinterview.core.plan.approvals import ApprovalStage
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.synthesis.corpus import Corpus
from wfinterview.core.synthesis.themes import ThemeBoard


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


def acme_and_globex() -> tuple[Corpus, EngagementFile]:
    """Priya's 🔄 note says Legal takes a week; her untagged one names Legal too, and so
    does Globex's 🔄 note (20 days): neither counts for Acme's Legal stage. Actions are
    listed open first, the soonest due first, whatever order the file keeps them in."""
    priya = factories.session(
        "s1",
        "Priya Shah",
        "campaign",
        [
            factories.note("Legal takes a week", "approvals", 5.0, [LAG], quote=True),
            factories.note("Legal is fine for me", "approvals", 6.0),
        ],
    )
    jordan = factories.session(
        "g1",
        "Jordan Lee",
        "ops",
        [factories.note("Legal takes 20 days", "approvals", 5.0, [LAG])],
        engagement="Globex",
    )
    board = ThemeBoard.starting(BUILTIN_TAGS)
    theme = board.find_by_name(APPROVAL_ISSUES)
    assert theme is not None
    evidence = [f"s1/{priya.notes[0].id}"]
    sla = new_action([], "Legal SLA for Priya", "approval_timeline", evidence, theme.id)
    sla.owner, sla.due = "Priya Shah", date(2026, 12, 15)
    form = new_action([sla], "One intake form", "sop_update")
    form.due = date(2026, 12, 10)
    calendar = new_action([sla, form], "Shared calendar")
    calendar.validated_by = ["Priya Shah", "Legal"]
    for status in ("validated", "in_progress", "done"):
        set_status(calendar, status)
    launch = RaciMatrix(name="Launch")
    launch.add_activity("Brief")
    for party in ("Priya Shah", "Legal"):
        launch.add_party(party)
    launch.set("Brief", "Priya Shah", "A")
    launch.set("Brief", "Legal", "R")
    review = RaciMatrix(name="Priya's review")
    review.add_activity("Sign-off")
    review.add_party("Priya Shah")
    plan = EngagementFile(
        engagement="Acme",
        themes=board,
        actions=[calendar, sla, form],
        raci=[launch, review],
        approval_stages=[
            ApprovalStage(name="Legal", target_days=5),
            ApprovalStage(name="Brand", target_days=3),
        ],
    )
    return Corpus([digest(priya, 0), digest(jordan, 1)], BUILTIN_TAGS), plan
