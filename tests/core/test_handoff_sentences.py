"""Who hands work to whom, one sentence at a time: each of the ways people describe a
handoff, and the near misses that describe none (docs: core/synthesis/handoffs.py)."""

from __future__ import annotations

import pytest

from tests import factories
from tests.core.test_findings import refs
from wfinterview.core.framework.models import Note, Participant
from wfinterview.core.synthesis.findings import findings
from wfinterview.core.synthesis.handoffs import arrow_line
from wfinterview.core.synthesis.vocabulary import Vocabulary


def arrows(sentence: str, role: str = "Campaign Lead") -> list[tuple[str, str, int]]:
    """The arrows one walkthrough note (no tags) draws: source, target, notes stuck."""
    session = factories.session(notes=[factories.note(sentence, "walkthrough", 1.0)])
    session.participant = Participant(name="Jordan", role=role)
    return [(e.source, e.target, e.friction) for e in findings(refs(session)).handoffs]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wait for legal", [("Campaigns", "Legal", 1)]),
        ("Legal approves it", [("Campaigns", "Legal", 0)]),
        ("Legal as always reviews it", []),
        ("Design then later on sends us banners", [("Design", "Campaigns", 0)]),
        ("Design then later on as usual sends us banners", []),
        ("Legal told us nothing", []),
        ("We talk to legal", []),
        ("We get legal input", []),
        ("We get the files from the agency", [("Agency", "Campaigns", 0)]),
        ("Send to legal", [("Campaigns", "Legal", 0)]),
        ("I send the brief to the legal team", [("Campaigns", "Legal", 0)]),
        ("I hand it to our legal team", [("Campaigns", "Legal", 0)]),
        ("I pass it to their legal team", [("Campaigns", "Legal", 0)]),
        ("I share it with legal", [("Campaigns", "Legal", 0)]),
        ("Then we reach sales", [("Campaigns", "Sales", 0)]),
        ("We send nothing legal decides", []),
        ("We send it to the IT team", [("Campaigns", "IT", 0)]),  # "it" alone is no team
    ],
)
def test_a_sentence_draws_the_arrow_it_describes(
    sentence: str, expected: list[tuple[str, str, int]]
) -> None:
    assert arrows(sentence) == expected


def test_a_role_of_no_known_team_speaks_for_itself() -> None:
    assert arrows("Then I send it to legal", role="Founder") == [("Founder", "Legal", 0)]


def test_the_compact_line_of_an_arrow_without_friction() -> None:
    session = factories.session(notes=[factories.note("Send to legal", "walkthrough", 1.0)])
    (edge,) = findings(refs(session)).handoffs
    assert arrow_line(edge) == "Campaigns → Legal  1 person · 1 note"


def test_a_users_tool_adds_to_what_is_known_and_changes_nothing_else() -> None:
    shipped = Vocabulary()
    mine = shipped.with_tools({"Salesforce": ["Sf Classic"], "Wrike": []})
    assert mine.tools["Salesforce"] == (*shipped.tools["Salesforce"], "sf classic")
    assert mine.tools["Wrike"] == ("wrike",)
    assert (mine.exact, mine.workarounds, mine.teams) == (
        shipped.exact,
        shipped.workarounds,
        shipped.teams,
    )


def test_arrows_rank_by_people_stuck_then_people_then_friction_then_notes() -> None:
    def walk(text: str) -> Note:
        return factories.note(text, "walkthrough", float(len(text)))

    jordan = factories.session(
        "s1",
        "Jordan",
        notes=[walk(f"Wait for legal, day {day}") for day in range(4)]
        + [walk("Wait for brand today"), walk("Wait for brand again")]
        + [walk("Wait for sales"), walk("Then we reach sales"), walk("Then we reach sales again")]
        + [walk("Wait for design")]
        + [walk("I send it to the campaign team and wait for legal")],
    )
    priya = factories.session("s2", "Priya", notes=[walk("Wait for legal")])
    edges = findings(refs(jordan, priya)).handoffs
    assert [
        (e.target, len(e.friction_people), e.count.participants, e.friction, e.count.notes)
        for e in edges
    ] == [
        ("Legal", 2, 2, 6, 6),
        ("Brand", 1, 1, 2, 2),
        ("Sales", 1, 1, 1, 3),
        ("Design", 1, 1, 1, 1),
    ]
    legal = edges[0]
    assert legal.count.roles == {"Campaign Lead"}
    assert [ref.note["text"] for ref in legal.examples] == [
        "Wait for legal, day 0",
        "Wait for legal, day 1",
        "Wait for legal, day 2",
    ]
