"""The core's lazily resolved names, and the demo generator's promises."""

from __future__ import annotations

import importlib
from datetime import timedelta
from pathlib import Path

import pytest

from wfinterview.core.framework.content import BUILTIN_TAGS, MAGIC_WAND_STEP, ROLE_AGENDA_IDS
from wfinterview.core.framework.lazy import stub_owners
from wfinterview.core.plan.demo_plans import (
    CHANGES,
    EVIDENCE_PER_ACTION,
    DemoEvidence,
    demo_plan,
)
from wfinterview.core.plan.edits import AddAction
from wfinterview.core.synthesis.demo import (
    ENGAGEMENTS,
    FACILITATOR,
    FIRST,
    LAST,
    ROUND_STARTS,
    generate_demo,
)
from wfinterview.core.synthesis.themes import ThemeBoard

LAYERS = (
    "wfinterview.core.framework",
    "wfinterview.core.storage",
    "wfinterview.core.setup",
    "wfinterview.core.interview",
    "wfinterview.core.synthesis",
    "wfinterview.core.transcript",
    "wfinterview.core.plan",
    "wfinterview.core.outputs",
    "wfinterview.core.workspace",
)


@pytest.mark.parametrize("layer", LAYERS)
def test_every_public_name_of_a_layer_is_its_owners_object(layer: str) -> None:
    package = importlib.import_module(layer)
    stub = Path(package.__file__).with_suffix(".pyi")
    owners = stub_owners(stub)
    assert package.__all__ == sorted(owners) == package.__dir__()
    assert all(owner.startswith(f"{layer}.") for owner in owners.values())
    for name, owner in owners.items():
        module = importlib.import_module(owner)
        assert getattr(package, name) is getattr(module, name), name
    with pytest.raises(AttributeError, match=f"module '{layer}' has no attribute 'nothing_here'"):
        package.nothing_here  # noqa: B018


def test_the_demo_is_the_same_for_the_same_seed_and_keeps_its_promises() -> None:
    sessions = list(generate_demo(16, 40, seed=7))
    again = [s.model_dump_json() for s in generate_demo(16, 40, seed=7)]
    assert [s.model_dump_json() for s in sessions] == again
    assert [s.model_dump_json() for s in generate_demo(16, 40, seed=8)] != again
    assert len(sessions) == 16 and len({s.id for s in sessions}) == 16
    assert all(s.id.startswith("demo-") and s.facilitator == FACILITATOR for s in sessions)
    roles = {a.role for a in (s.agenda for s in sessions)}
    assert len(roles) == len(ROLE_AGENDA_IDS)
    for engagement in ENGAGEMENTS:
        mine = [s for s in sessions if s.engagement == engagement]
        assert len(mine) == 8
        first = [s for s in mine if s.round == 1]
        second = [s for s in mine if s.round == 2]
        assert len(first) == len(second) == 4
        # The same people, seen again about seven months later.
        assert {s.participant.name for s in first} == {s.participant.name for s in second}
        assert {s.participant.role for s in first} == roles  # every role at every client
        gap = min(s.started_at for s in second) - max(s.started_at for s in first)
        assert timedelta(days=150) < gap < timedelta(days=240)
    notes = [n for s in sessions for n in s.notes]
    assert {t for n in notes for t in n.tags} == {t.key for t in BUILTIN_TAGS}
    assert any(n.quote for n in notes) and any(n.follow_up for n in notes)
    assert any(n.step == MAGIC_WAND_STEP and not n.tags and not n.follow_up for n in notes)
    assert all(len(n.tags) == len(set(n.tags)) for n in notes)
    assert any(s.recap is not None for s in sessions) and any(s.recap is None for s in sessions)
    for s in sessions:
        assert len(s.notes) == 40 and s.finished and s.planned_minutes == s.agenda.minutes
        assert [n.at for n in s.notes] == sorted(n.at for n in s.notes)
        assert s.elapsed_seconds == pytest.approx(sum(s.step_seconds.values()), abs=0.1)
        assert s.ended_at is not None
        assert (s.ended_at - s.started_at).total_seconds() == pytest.approx(
            s.elapsed_seconds, abs=0.1
        )
        assert s.current_step == s.agenda.steps[-1].key
        start = 0.0
        spans = {}
        for step in s.agenda.steps:
            spans[step.key] = (start, start + s.step_seconds[step.key])
            start += s.step_seconds[step.key]
        for n in s.notes:
            low, high = spans[n.step]
            assert low - 0.1 <= n.at <= high + 0.1


def test_demo_texts_names_ids_and_timings_are_whole() -> None:
    sessions = list(generate_demo(16, 40, seed=11))
    for s in sessions:
        first, last = s.participant.name.split(" ")
        assert first in FIRST and last in LAST
        assert f"-{first.lower()}-{last.lower()}-" in s.id
        assert all("None" not in n.text and "{" not in n.text for n in s.notes)
        for step in s.agenda.steps:
            planned = step.minutes * 60
            assert 0.7 * planned <= s.step_seconds[step.key] <= 1.5 * planned
        start = ROUND_STARTS[s.round - 1]
        assert start <= s.started_at < start + timedelta(days=20)
    assert any(v != int(v) for s in sessions for v in s.step_seconds.values())  # to 0.1 s
    assert {(s.started_at - ROUND_STARTS[s.round - 1]).days for s in sessions} == {0, 1}
    # However many interviews, they fit in the twenty days after the round starts.
    many = generate_demo(170, 0, seed=1)
    assert max((s.started_at - ROUND_STARTS[s.round - 1]).days for s in many) == 19


def test_demo_notes_follow_the_frameworks_shape_and_the_rounds_differ() -> None:
    sessions = list(generate_demo(24, 60, seed=5))
    notes = [(s.round, n) for s in sessions for n in s.notes]
    for _, n in notes:
        assert n.at == round(n.at, 1)
        assert n.text.startswith("Follow up:") == n.follow_up
        if n.text.startswith("Magic wand:"):  # wishes: in their step, untagged
            assert n.step == MAGIC_WAND_STEP and not n.tags and not n.quote
    assert any(n.text.startswith("Magic wand:") for _, n in notes)
    context = [n for _, n in notes if not (n.tags or n.follow_up or n.quote)]
    assert len(context) > len(notes) / 5  # about a third of what is said is context
    assert sum(n.follow_up for _, n in notes) < len(notes) / 7
    tagged = [n for _, n in notes if n.tags]
    assert sum(len(n.tags) == 2 for n in tagged) < len(tagged) / 4

    def share(round_number: int, tag: str) -> float:
        mine = [n for r, n in notes if r == round_number and n.tags]
        return sum(tag in n.tags for n in mine) / len(mine)

    # Approval lag shrinks between the rounds and tool friction grows (the demo's story).
    assert share(1, "approval_lag") > 1.5 * share(2, "approval_lag")
    assert share(2, "tool_friction") > 1.3 * share(1, "tool_friction")
    for s in sessions:
        assert all(v == round(v, 1) for v in s.step_seconds.values())
        if s.recap is not None:  # sent three hours after the call
            assert s.ended_at is not None
            assert s.recap.sent_at == s.ended_at + timedelta(hours=3)


def test_demo_interviews_are_eight_a_day_an_hour_apart() -> None:
    sessions = list(generate_demo(20, 1, seed=4))
    for number, s in enumerate(sessions):
        start = ROUND_STARTS[s.round - 1]
        assert s.started_at == start + timedelta(days=number // 8, hours=number % 8)


def test_nobody_in_the_default_demo_says_what_someone_said_before() -> None:
    said: dict[str, str] = {}
    for session in generate_demo(24, 30, seed=1):  # `wfinterview demo` with no options
        for note in session.notes:
            words = " ".join(note.text.casefold().split())
            assert words not in said, f"{session.participant.name} repeats {said[words]!r}"
            said[words] = f"{session.participant.name}: {note.text}"
    assert len(said) == 24 * 30


def test_each_demo_action_carries_round_ones_notes_of_its_theme() -> None:
    sessions = list(generate_demo(24, 30, seed=1))
    evidence = DemoEvidence()
    for session in sessions:
        evidence.add(session)
    notes = {f"{s.id}/{n.id}": (s, n) for s in sessions for n in s.notes}
    for number, engagement in enumerate(ENGAGEMENTS, 1):
        board = ThemeBoard.starting(BUILTIN_TAGS)
        actions = [
            e.action
            for e in demo_plan(number, board, "Ana", evidence, engagement)
            if isinstance(e, AddAction)
        ]
        assert len(actions) == len(CHANGES)
        for action in actions:
            assert action.theme_id is not None
            assert 10 <= len(action.evidence) <= EVIDENCE_PER_ACTION, action.title
            said = [notes[key] for key in action.evidence]
            assert all(s.engagement == engagement and s.round == 1 for s, _ in said)
            assert all(
                action.theme_id in board.themes_of(key, n.tags)
                for key, (_, n) in zip(action.evidence, said, strict=True)
            )
            quotes = [n.quote for _, n in said]
            assert quotes == sorted(quotes, reverse=True) and quotes[0]  # quotes first
