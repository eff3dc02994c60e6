"""The report's evidence for a theme, chosen for breadth: tested on small corpora."""

from __future__ import annotations

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS, HANDOFFS
from wfinterview.core.framework.models import Session
from wfinterview.core.outputs.evidence import themes_with_evidence
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

HANDOFF = ["integration_gaps"]  # a tag of the Handoff inefficiencies theme


def corpus(*sessions: Session) -> Corpus:
    return Corpus(
        [SessionDigest.model_validate_json(s.model_dump_json()) for s in sessions], BUILTIN_TAGS
    )


def evidence(c: Corpus) -> list[tuple[str, str, str]]:
    boards = {"Acme": ThemeBoard.starting(BUILTIN_TAGS)}
    theme = next(t for t in themes_with_evidence(c, boards, Filters()) if t.name == HANDOFFS)
    return [
        (r.session.participant.name, r.session.participant.role, r.note["text"])
        for r in theme.evidence
    ]


def person(number: int, name: str, agenda: str, *texts: str, quote: bool = True) -> Session:
    notes = [factories.note(t, "sop", 10.0 * i, HANDOFF, quote=quote) for i, t in enumerate(texts)]
    return factories.session(f"s{number}", name, agenda, notes)


def test_the_same_words_from_three_people_are_quoted_once() -> None:
    said = "We built a workaround in a spreadsheet…"
    chosen = evidence(
        corpus(
            person(1, "Ana", "campaign", said),
            person(
                2, "Ben", "ops", "We built a workaround in a  SPREADSHEET", "Two tools, one job"
            ),
            person(3, "Chloe", "creator", said, "Briefs arrive by email"),
        )
    )
    assert [text for _, _, text in chosen] == [said, "Two tools, one job", "Briefs arrive by email"]


def test_one_talkative_person_gives_one_quote_and_the_others_are_heard() -> None:
    chosen = evidence(
        corpus(
            person(1, "Ana", "campaign", "First", "Second", "Third", "Fourth"),
            person(2, "Ben", "ops", "Ben's only quote"),
            person(3, "Chloe", "creator", "Chloe's only note", quote=False),
        )
    )
    assert [who for who, _, _ in chosen] == ["Ana", "Ben", "Chloe"]


def test_roles_are_spread_before_a_role_speaks_twice_and_quotes_come_first() -> None:
    chosen = evidence(
        corpus(
            person(1, "Ana", "campaign", "Ana said"),
            person(2, "Dan", "campaign", "Dan said"),
            person(3, "Ben", "ops", "Ben noted", quote=False),
            person(4, "Chloe", "creator", "Chloe said"),
        )
    )
    # Three roles before Campaign Lead speaks twice; within a role, a quote before a note.
    assert len({role for _, role, _ in chosen}) == 3
    assert [who for who, _, _ in chosen] == ["Ana", "Chloe", "Ben"]


def test_a_lone_voice_is_quoted_once() -> None:
    assert [who for who, _, _ in evidence(corpus(person(1, "Ana", "campaign", "a", "b")))] == [
        "Ana"
    ]


def evidence_of(c: Corpus, board: ThemeBoard, filters: Filters, limit: int = 3) -> list[str]:
    theme = next(
        t for t in themes_with_evidence(c, {"Acme": board}, filters, limit) if t.name == HANDOFFS
    )
    return [r.note["text"] for r in theme.evidence]


def test_a_fourth_quote_goes_to_the_role_heard_least() -> None:
    c = corpus(
        person(1, "Ana", "campaign", "Ana said"),
        person(2, "Dan", "campaign", "Dan said"),
        person(3, "Eve", "campaign", "Eve said"),
        person(4, "Ben", "ops", "Ben said"),
        person(5, "Cal", "ops", "Cal said"),
    )
    board = ThemeBoard.starting(BUILTIN_TAGS)
    # Campaign, Ops, then Campaign again (first heard), then Ops: twice each, not three.
    assert evidence_of(c, board, Filters(), 4) == ["Ana said", "Ben said", "Dan said", "Cal said"]


def test_a_quote_after_three_paraphrases_takes_a_paraphrases_place() -> None:
    notes = [factories.note(t, "sop", float(i), HANDOFF) for i, t in enumerate("abc")]
    notes.append(factories.note("The quote", "sop", 9.0, HANDOFF, quote=True))
    c = corpus(factories.session("s1", "Ana", "campaign", notes))
    assert evidence_of(c, ThemeBoard.starting(BUILTIN_TAGS), Filters()) == ["The quote"]


def test_notes_placed_by_hand_are_evidence_where_they_were_placed() -> None:
    moved = factories.note("Moved in by hand", "sop", 1.0)
    out = factories.note("Tagged, moved out", "sop", 2.0, HANDOFF)
    kept = factories.note("Tagged and left", "sop", 3.0, HANDOFF)
    c = corpus(factories.session("s1", "Ana", "campaign", [moved, out, kept]))
    board = ThemeBoard.starting(BUILTIN_TAGS)
    handoffs = board.find_by_name(HANDOFFS)
    assert handoffs is not None
    board.move(f"s1/{moved.id}", [], None, handoffs.id)
    board.remove(f"s1/{out.id}", HANDOFF, handoffs.id)
    assert evidence_of(c, board, Filters(), 1) == ["Moved in by hand"]
    # Ben's notes are read from their tags alone (none of his were placed by hand); his
    # is a quote, so it comes first.
    c = corpus(
        factories.session("s1", "Ana", "campaign", [moved, out, kept]),
        person(2, "Ben", "ops", "Ben said"),
    )
    assert evidence_of(c, board, Filters()) == ["Ben said", "Moved in by hand"]


def test_a_search_narrows_the_evidence_to_the_notes_it_finds() -> None:
    c = corpus(
        person(1, "Ana", "campaign", "Legal again", "Brand again"),
        person(2, "Ben", "ops", "Brand too"),
        person(3, "Cal", "ops", "Legal too"),
    )
    board = ThemeBoard.starting(BUILTIN_TAGS)
    assert evidence_of(c, board, Filters(text="legal")) == ["Legal again", "Legal too"]
    assert evidence_of(c, board, Filters(tag="integration_gaps", role="Marketing Ops / Tech")) == [
        "Brand too",
        "Legal too",
    ]


def test_a_persons_quote_is_chosen_over_their_earlier_paraphrase() -> None:
    notes = [
        factories.note("Said in passing", "sop", 1.0, HANDOFF),
        factories.note("Said as a quote", "sop", 2.0, HANDOFF, quote=True),
    ]
    c = corpus(factories.session("s1", "Ana", "campaign", notes))
    assert evidence_of(c, ThemeBoard.starting(BUILTIN_TAGS), Filters()) == ["Said as a quote"]


def test_a_late_quote_replaces_a_paraphrase_never_an_earlier_quote() -> None:
    texts = [("First quote", True), ("p1", False), ("p2", False), ("Second quote", True)]
    notes = [factories.note(t, "sop", float(i), HANDOFF, quote=q) for i, (t, q) in enumerate(texts)]
    c = corpus(factories.session("s1", "Ana", "campaign", notes))
    assert evidence_of(c, ThemeBoard.starting(BUILTIN_TAGS), Filters()) == ["First quote"]


def test_someone_with_nothing_new_to_say_is_passed_over() -> None:
    c = corpus(
        person(1, "Ana", "campaign", "The same words"),
        person(2, "Ben", "campaign", "The same words"),  # nothing left once Ana's is shown
        person(3, "Cal", "campaign", "Other words"),
    )
    assert evidence_of(c, ThemeBoard.starting(BUILTIN_TAGS), Filters()) == [
        "The same words",
        "Other words",
    ]


def test_three_candidates_per_person_at_most() -> None:
    c = corpus(
        person(1, "Ana", "campaign", "a"),
        person(2, "Ben", "campaign", "b"),
        person(3, "Cal", "campaign", "c"),
        person(4, "Dan", "campaign", "a", "b", "c", "d", quote=False),  # "d" never kept
    )
    assert evidence_of(c, ThemeBoard.starting(BUILTIN_TAGS), Filters(), 4) == ["a", "b", "c"]


def test_untagged_notes_are_stepped_over_and_a_tag_filter_keeps_to_its_tag() -> None:
    ana = [
        factories.note("Untagged first", "sop", 1.0),
        factories.note("Both tags", "sop", 2.0, [*HANDOFF, "approval_lag"]),
    ]
    c = corpus(
        factories.session("s1", "Ana", "campaign", ana),
        person(2, "Ben", "ops", "Only the handoff tag"),
    )
    board = ThemeBoard.starting(BUILTIN_TAGS)
    assert evidence_of(c, board, Filters()) == ["Only the handoff tag", "Both tags"]
    assert evidence_of(c, board, Filters(tag="approval_lag")) == ["Both tags"]
