"""Did the change work? Actions done before round 2 beside the share of people who raised
their theme in each round, on sessions whose answer is worked out by hand."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests import factories
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS, TOOL_RELATED
from wfinterview.core.framework.models import Session
from wfinterview.core.plan.actions import Action, new_action, set_status
from wfinterview.core.plan.outcomes import outcomes
from wfinterview.core.synthesis.corpus import Corpus
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

LAG = "approval_lag"
ROUND_2 = factories.STARTED + timedelta(days=200)


def person(number: int, lag: bool, round_number: int = 1) -> Session:
    notes = [factories.note(f"note {number}", "approvals", 1.0, [LAG] if lag else [])]
    session = factories.session(f"s{number}", f"Person {number}", "campaign", notes)
    started = factories.STARTED if round_number == 1 else ROUND_2 + timedelta(minutes=number)
    return session.model_copy(update={"round": round_number, "started_at": started})


def corpus() -> Corpus:
    # Round 1: 3 of 4 people raise approval lag; round 2: 1 of 2.
    sessions = [person(1, True), person(2, True), person(3, True), person(4, False)]
    sessions += [person(5, True, 2), person(6, False, 2)]
    digests = [SessionDigest.model_validate_json(s.model_dump_json()) for s in sessions]
    return Corpus(digests, BUILTIN_TAGS)


def done_at(title: str, theme: str, when: datetime) -> Action:
    action = new_action([], title, "approval_timeline", theme=theme)
    action.validated_by = ["Person 1"]
    for status in ("validated", "in_progress", "done"):
        set_status(action, status)
    return action.model_copy(update={"done_at": when})


def test_only_actions_done_before_round_two_count_with_shares_of_people() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    lag_theme = board.find_by_name(APPROVAL_ISSUES)
    tool_theme = board.find_by_name(TOOL_RELATED)
    assert lag_theme is not None and tool_theme is not None
    before = done_at("Approval SLA", lag_theme.id, ROUND_2 - timedelta(days=30))
    during = done_at("Late fix", lag_theme.id, ROUND_2 + timedelta(minutes=30))
    tools = done_at("New calendar tool", tool_theme.id, ROUND_2 - timedelta(days=1))
    open_action = new_action([], "Not finished", theme=lag_theme.id)
    found = outcomes(corpus(), "Acme", [before, during, tools, open_action], board)
    assert [o.action.title for o in found] == ["Approval SLA", "New calendar tool"]
    sla, calendar = found
    assert (sla.theme, sla.before.people, sla.before.interviewed) == (APPROVAL_ISSUES, 3, 4)
    assert (sla.after.people, sla.after.interviewed) == (1, 2)
    assert round(sla.change) == -25  # 75 % → 50 %
    assert (calendar.before.people, calendar.after.people, calendar.change) == (0, 0, 0.0)


def test_one_round_has_nothing_to_compare() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    digests = [SessionDigest.model_validate_json(person(1, True).model_dump_json())]
    action = done_at("SLA", board.themes[0].id, factories.STARTED)
    assert outcomes(Corpus(digests, BUILTIN_TAGS), "Acme", [action], board) == []
