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
