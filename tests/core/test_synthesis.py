"""Synthesis counting on small hand-made sessions whose answers are known."""

from __future__ import annotations

from tests import factories
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS, HANDOFFS, MISALIGNMENT
from wfinterview.core.framework.models import Session
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

LAG, GHOST, SOP = "approval_lag", "ghost_ownership", "sop_mismatch"


def digest(session: Session) -> SessionDigest:
    return SessionDigest.model_validate_json(session.model_dump_json())


def n(text: str, tags: list[str] | None = None, step: str = "approvals", **flags: bool):  # type: ignore[no-untyped-def]
    return factories.note(text, step, len(text), tags, **flags)


def corpus() -> Corpus:
    """Jordan (Campaign) talks a lot about approvals; Priya (Campaign) and Omar (Ops) once each.
    Round 2 of Acme: Jordan again, with no approval lag left; Globex has one Ops person, also
    called Jordan: another client's Jordan is another person."""
    sessions = [
        factories.session(
            "s1",
            "Jordan",
            "campaign",
            [
                n("Legal waits", [LAG]),
                n("Brand waits", [LAG]),
                n("CMO waits", [LAG]),
                n("Who owns the brief?", [GHOST], quote=True),
            ],
        ),
        factories.session(
            "s2",
            "Priya",
            "campaign",
            [n("Exec sign-off slow", [LAG]), n("One intake form", step="sop")],
        ),
        factories.session(
            "s3", "Omar", "ops", [n("SOP lists the old tool", [SOP, GHOST], follow_up=True)]
        ),
        factories.session("s4", "Jordan", "campaign", [n("Nobody owns QA", [GHOST])], round=2),
        factories.session(
            "s5", "Jordan", "ops", [n("Legal waits too", [LAG])], engagement="Globex"
        ),
    ]
    return Corpus([digest(s) for s in sessions], BUILTIN_TAGS)


def test_the_matrix_counts_notes_and_distinct_participants_separately() -> None:
    matrix = corpus().matrix(Filters(engagement="Acme"))
    assert matrix.roles == ("Campaign Lead", "Marketing Ops / Tech")
    lag = matrix.cell(LAG, "Campaign Lead")
    assert (lag.notes, lag.participants) == (4, 2)  # Jordan's three do not make three people
    ghost = matrix.rows[GHOST]
    assert (ghost.notes, ghost.participants, len(ghost.roles)) == (
        3,
        2,
        2,
    )  # Jordan twice, across rounds
    assert matrix.cell(SOP, "Campaign Lead").notes == 0


def test_the_same_name_in_two_engagements_is_two_people() -> None:
    lag = corpus().matrix(Filters()).rows[LAG]
    assert (lag.notes, lag.participants) == (5, 3)


def test_filters_narrow_by_round_role_tag_participant_and_text() -> None:
    c = corpus()
    assert c.matrix(Filters(engagement="Acme", round=2)).rows[LAG].notes == 0
    assert c.matrix(Filters(role="Marketing Ops / Tech")).rows[LAG].participants == 1
    assert [t.key for t in c.matrix(Filters(tag=GHOST)).tags] == [GHOST]
    assert c.matrix(Filters(participant="pri")).rows[LAG].notes == 1
    searched = c.matrix(Filters(text="LEGAL"))
    assert (searched.rows[LAG].notes, searched.rows[LAG].participants) == (2, 2)
    assert [
        r.note["text"]
        for r in c.notes(Filters(engagement="Acme"), tag=GHOST, role="Marketing Ops / Tech")
    ] == ["SOP lists the old tool"]


def test_quotes_wishes_and_follow_ups_say_who() -> None:
    c = corpus()
    assert [(r.session.participant.name, r.note["text"]) for r in c.quotes(Filters())] == [
        ("Jordan", "Who owns the brief?")
    ]
    assert [r.note["text"] for r in c.wishes(Filters())] == ["One intake form"]
    assert [r.note["text"] for r in c.follow_ups(Filters())] == ["SOP lists the old tool"]


def test_starting_themes_come_from_tags_and_hand_moves_win() -> None:
    c = corpus()
    board = ThemeBoard.starting(BUILTIN_TAGS)
    boards = {"Acme": board, "Globex": ThemeBoard.starting(BUILTIN_TAGS)}
    counts = c.theme_counts(Filters(engagement="Acme"), boards)
    assert (
        counts[APPROVAL_ISSUES].notes,
        counts[MISALIGNMENT].notes,
        counts[MISALIGNMENT].participants,
    ) == (4, 3, 2)

    # Move Omar's note out of misalignment into handoffs; make a theme and merge approvals into it.
    omar = next(c.notes(Filters(participant="Omar")))
    board.move(
        omar.key, omar.tags, board.find_by_name(MISALIGNMENT).id, board.find_by_name(HANDOFFS).id
    )  # type: ignore[union-attr]
    sign_off = board.create("Sign-off path")
    board.merge(board.find_by_name(APPROVAL_ISSUES).id, sign_off.id)  # type: ignore[union-attr]
    board.rename(sign_off.id, "Sign-off paths")
    counts = c.theme_counts(Filters(engagement="Acme"), boards)
    assert counts[HANDOFFS].notes == 1 and counts[MISALIGNMENT].notes == 2
    assert counts["Sign-off paths"].notes == 4 and APPROVAL_ISSUES not in counts
    assert [r.note["text"] for r in c.theme_notes(Filters(engagement="Acme"), board, None)] == []


def test_patterns_rank_by_people_then_roles() -> None:
    boards = {e: ThemeBoard.starting(BUILTIN_TAGS) for e in ("Acme", "Globex")}
    labels = [(p.label, p.count.participants) for p in corpus().patterns(Filters(), boards)]
    # A tie on people, roles and notes: by name, and letters sort before emoji.
    assert labels[:2] == [(APPROVAL_ISSUES, 3), ("🔄 Approval Lag", 3)]
    assert ("👻 Ghost Ownership", 2) in labels


def test_round_over_round_shows_what_shrank() -> None:
    boards = {e: ThemeBoard.starting(BUILTIN_TAGS) for e in ("Acme", "Globex")}
    [(before, after, changes)] = corpus().round_changes("Acme", boards)
    assert (before, after) == (1, 2)
    by_label = {c.label: c for c in changes}
    lag = by_label["🔄 Approval Lag"]
    assert (
        lag.before.share,
        lag.after.share,
        lag.before.per_interview,
        lag.after.per_interview,
    ) == (2 / 3, 0.0, 4 / 3, 0.0)
    assert by_label["👻 Ghost Ownership"].after.share == 1.0
    # The biggest change first; a tie keeps tags before themes.
    assert [c.label for c in changes[:2]] == ["🔄 Approval Lag", "Theme: Approval issues"]
