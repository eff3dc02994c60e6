"""Did the change work, at the edges: an action finished the minute the round began, an
older file's theme named by name, a theme since removed, another client's later rounds."""

from __future__ import annotations

from datetime import timedelta

from tests.core.test_outcomes import ROUND_2, corpus, done_at, person
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS
from wfinterview.core.plan.outcomes import outcomes
from wfinterview.core.synthesis.corpus import Corpus
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

BEGAN = ROUND_2 + timedelta(minutes=5)  # person 5, the first interview of round 2


def test_each_outcome_names_its_client_rounds_and_theme() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    lag = board.find_by_name(APPROVAL_ISSUES)
    assert lag is not None
    on_time = done_at("SLA", lag.id, BEGAN - timedelta(seconds=1))
    same_minute = done_at("Late", lag.id, BEGAN)
    gone = done_at("Removed theme", "no-such-theme", BEGAN - timedelta(days=3))
    by_name = done_at("Older file", "x", BEGAN - timedelta(days=2)).model_copy(
        update={"theme_id": None, "theme": "approval ISSUES"}
    )
    nameless = by_name.model_copy(update={"theme": None, "title": "No theme"})
    found = outcomes(corpus(), "Acme", [on_time, same_minute, gone, by_name, nameless], board)
    assert [(o.engagement, o.action.title, o.theme) for o in found] == [
        ("Acme", "SLA", APPROVAL_ISSUES),
        ("Acme", "Older file", APPROVAL_ISSUES),
    ]
    assert [(o.before.round, o.after.round) for o in found] == [(1, 2), (1, 2)]


def test_another_clients_later_rounds_are_not_this_ones() -> None:
    board = ThemeBoard.starting(BUILTIN_TAGS)
    lag = board.find_by_name(APPROVAL_ISSUES)
    assert lag is not None
    third = person(9, True, 2).model_copy(update={"engagement": "Globex", "round": 3})
    sessions = [*corpus().sessions, SessionDigest.model_validate_json(third.model_dump_json())]
    action = done_at("SLA", lag.id, BEGAN - timedelta(days=1))
    found = outcomes(Corpus(sessions, BUILTIN_TAGS), "Acme", [action], board)
    assert [(o.before.round, o.after.round) for o in found] == [(1, 2)]
