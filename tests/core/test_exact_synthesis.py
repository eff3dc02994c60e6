"""Synthesis counts stated exactly, on the hand-worked corpus of tests/core/exact_corpus.py.

Every number below was summed by hand from that file; a test that accepted either of two
answers could not tell a right ranking from a wrong one, so none does.
"""

from __future__ import annotations

import pytest

from tests.core.exact_corpus import (
    CAMPAIGN,
    FRICTION,
    GHOST,
    INTEG,
    LAG,
    OPS,
    SOP,
    boards,
    corpus,
)
from wfinterview.core.framework.content import (
    APPROVAL_ISSUES,
    HANDOFFS,
    MISALIGNMENT,
    TOOL_RELATED,
)
from wfinterview.core.synthesis.corpus import Count, Filters


def pair(count: Count) -> tuple[int, int]:
    return count.notes, count.participants


def test_sessions_are_read_in_the_order_they_were_held() -> None:
    assert [s.id for s in corpus().sessions] == ["a1", "a2", "a3", "g1", "a4"]


def test_every_cell_of_the_matrix_counts_notes_and_people() -> None:
    matrix = corpus().matrix(Filters())
    assert matrix.roles == (CAMPAIGN, OPS)
    cells = {
        tag.key: [pair(matrix.cell(tag.key, role)) for role in matrix.roles] for tag in matrix.tags
    }
    assert cells == {
        FRICTION: [(3, 1), (0, 0)],
        LAG: [(3, 2), (2, 2)],  # "Brand waits too" has the tag twice and is one note
        GHOST: [(2, 1), (1, 1)],  # "Jordan Lee" and "jordan lee" at Acme: one person
        SOP: [(0, 0), (1, 1)],
        INTEG: [(4, 2), (0, 0)],
    }
    rows = {key: (*pair(row), len(row.roles)) for key, row in matrix.rows.items()}
    assert rows == {
        FRICTION: (3, 1, 1),
        LAG: (5, 4, 2),  # the Jordan Lee at Globex is a fourth person
        GHOST: (3, 2, 2),
        SOP: (1, 1, 1),
        INTEG: (4, 2, 1),
    }
    assert {role: len(people) for role, people in matrix.interviewed.items()} == {
        CAMPAIGN: 2,
        OPS: 2,
    }


def test_the_same_name_at_two_clients_is_two_people_and_case_is_ignored() -> None:
    c = corpus()
    assert pair(c.matrix(Filters(participant="JORDAN")).rows[LAG]) == (3, 2)
    assert pair(c.matrix(Filters(participant="jordan", engagement="Acme")).rows[GHOST]) == (2, 1)


def test_filters_narrow_the_counts() -> None:
    c = corpus()
    assert pair(c.matrix(Filters(engagement="Globex")).rows[LAG]) == (1, 1)
    assert pair(c.matrix(Filters(engagement="Acme", round=2)).rows[GHOST]) == (1, 1)
    assert pair(c.matrix(Filters(engagement="Acme", round=2)).rows[LAG]) == (0, 0)
    assert c.matrix(Filters(role=OPS)).roles == (OPS,)
    assert [t.key for t in c.matrix(Filters(tag=INTEG)).tags] == [INTEG]
    # A text search counts only the notes that say it, and their people.
    searched = c.matrix(Filters(text="  legal WAITS "))
    assert pair(searched.rows[LAG]) == (2, 2)
    assert pair(searched.cell(LAG, OPS)) == (1, 1)
    assert searched.roles == (CAMPAIGN, OPS)  # everyone interviewed still has a column
    # "Brand waits too" carries its tag twice: still one note.
    assert pair(c.matrix(Filters(text="waits")).rows[LAG]) == (3, 2)


def test_notes_quotes_wishes_and_follow_ups_in_interview_order() -> None:
    c = corpus()
    texts = [r.note["text"] for r in c.notes(Filters(), tag=LAG)]
    assert texts == [
        "Legal waits a week",
        "Brand waits too",
        "Exec sign-off is slow",
        "Approvals live in email",
        "Legal waits here too",
    ]
    assert [r.note["text"] for r in c.notes(Filters(tag=GHOST), role=OPS)] == [
        "SOP lists the old tool"
    ]
    assert [r.key for r in c.quotes(Filters())] == [f"a1/{next(c.quotes(Filters())).note['id']}"]
    assert [r.note["text"] for r in c.wishes(Filters())] == ["One intake form"]
    assert [r.note["text"] for r in c.follow_ups(Filters())] == ["SOP lists the old tool"]
    assert [r.note["text"] for r in c.notes(Filters(text="nobody"))] == [
        "Who owns QA? Nobody.",
        "Nobody owns QA yet",
    ]


def test_theme_counts_follow_each_clients_grouping() -> None:
    counts = corpus().theme_counts(Filters(), boards())
    assert {name: (*pair(c), len(c.roles)) for name, c in counts.items()} == {
        APPROVAL_ISSUES: (5, 4, 2),
        TOOL_RELATED: (3, 1, 1),
        MISALIGNMENT: (3, 2, 2),  # Omar's note has two misalignment tags: one note
        HANDOFFS: (4, 2, 1),
    }


def test_patterns_rank_by_people_then_roles_then_notes_then_name() -> None:
    patterns = corpus().patterns(Filters(), boards())
    assert [(p.label, p.kind, p.count.participants, p.count.notes) for p in patterns] == [
        (APPROVAL_ISSUES, "theme", 4, 5),
        ("🔄 Approval Lag", "tag", 4, 5),
        # Two people in two roles rank above two people in one role with more notes,
        (MISALIGNMENT, "theme", 2, 3),
        ("👻 Ghost Ownership", "tag", 2, 3),
        (HANDOFFS, "theme", 2, 4),
        ("🧱 Integration Gaps", "tag", 2, 4),
        # and one person's three notes rank below two people's.
        (TOOL_RELATED, "theme", 1, 3),
        ("🛑 Tool Friction", "tag", 1, 3),
        ("🧾 SOP Mismatch", "tag", 1, 1),
    ]


def test_round_over_round_shares_of_people_and_notes_per_interview() -> None:
    [(before, after, changes)] = corpus().round_changes("Acme", boards())
    assert (before, after) == (1, 2)
    got = {
        c.label: (c.before.share, c.after.share, c.before.per_interview, c.after.per_interview)
        for c in changes
    }
    third = pytest.approx(1 / 3)
    assert got == {
        "🛑 Tool Friction": (third, 0, 1, 0),
        "🔄 Approval Lag": (1, 0, pytest.approx(4 / 3), 0),  # Jordan, Priya, Omar of three
        "👻 Ghost Ownership": (pytest.approx(2 / 3), 1, pytest.approx(2 / 3), 1),
        "🧾 SOP Mismatch": (third, 0, third, 0),
        "🧱 Integration Gaps": (pytest.approx(2 / 3), 0, pytest.approx(4 / 3), 0),
        f"Theme: {APPROVAL_ISSUES}": (1, 0, pytest.approx(4 / 3), 0),
        f"Theme: {TOOL_RELATED}": (third, 0, 1, 0),
        f"Theme: {MISALIGNMENT}": (pytest.approx(2 / 3), 1, pytest.approx(2 / 3), 1),
        f"Theme: {HANDOFFS}": (pytest.approx(2 / 3), 0, pytest.approx(4 / 3), 0),
    }
    # Biggest change in people first; among equals, the biggest change in notes.
    assert [c.label for c in changes[:6]] == [
        "🔄 Approval Lag",
        f"Theme: {APPROVAL_ISSUES}",
        "🧱 Integration Gaps",
        f"Theme: {HANDOFFS}",
        "🛑 Tool Friction",
        f"Theme: {TOOL_RELATED}",
    ]
    assert {c.label for c in changes[6:]} == {
        "👻 Ghost Ownership",
        "🧾 SOP Mismatch",
        f"Theme: {MISALIGNMENT}",
    }
    assert changes[0].change == -1 and changes[6].change == pytest.approx(1 / 3)


def test_rounds_and_engagements_listed_for_the_filters() -> None:
    c = corpus()
    assert c.engagements() == ["Acme", "Globex"]
    assert c.rounds() == [1, 2] and c.rounds("Globex") == [1]
    assert c.roles() == [CAMPAIGN, OPS]
    assert c.round_changes("Globex", boards()) == []


def test_cells_know_their_role_and_a_search_keeps_everyone_interviewed() -> None:
    c = corpus()
    assert c.matrix(Filters()).cell(LAG, CAMPAIGN).roles == {CAMPAIGN}
    searched = c.matrix(Filters(text="waits"))
    assert {role: len(people) for role, people in searched.interviewed.items()} == {
        CAMPAIGN: 2,
        OPS: 2,
    }


def test_theme_counts_under_a_tag_filter_and_a_search_name_the_people() -> None:
    c = corpus()
    ghost = c.theme_counts(Filters(tag=GHOST), boards())
    assert {name: pair(count) for name, count in ghost.items()} == {MISALIGNMENT: (3, 2)}
    searched = c.theme_counts(Filters(text="waits"), boards())
    assert {name: pair(count) for name, count in searched.items()} == {APPROVAL_ISSUES: (3, 2)}
    assert searched[APPROVAL_ISSUES].people == {("Acme", "jordan lee"), ("Globex", "jordan lee")}


def test_placed_notes_count_for_their_people_and_under_a_tag_filter() -> None:
    c, all_boards = corpus(), boards()
    board = all_boards["Acme"]
    for ref in c.notes(Filters(engagement="Acme", tag=LAG)):  # places notes in a1, a2, a3
        board.move(ref.key, ref.tags, None, board.themes[0].id)
    lag = c.theme_counts(Filters(engagement="Acme", tag=LAG), all_boards)
    assert {name: pair(count) for name, count in lag.items()} == {
        APPROVAL_ISSUES: (4, 3),
        TOOL_RELATED: (4, 3),
    }
    assert lag[TOOL_RELATED].people == {
        ("Acme", "jordan lee"),
        ("Acme", "priya shah"),
        ("Acme", "omar li"),
    }
    ghost = c.theme_counts(Filters(engagement="Acme", tag=GHOST), all_boards)
    assert {name: pair(count) for name, count in ghost.items()} == {MISALIGNMENT: (3, 2)}
