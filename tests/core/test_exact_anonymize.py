"""Pseudonyms, stated exactly: who becomes P01, and which words of a text are names."""

from __future__ import annotations

from datetime import timedelta

from tests import factories
from tests.core.exact_corpus import corpus, digest
from wfinterview.core.synthesis.anonymize import AMBIGUOUS, Naming, Pseudonyms
from wfinterview.core.synthesis.digest import SessionDigest


def people(*names: str, engagement: str = "Acme") -> list[SessionDigest]:
    return [
        digest(factories.session(f"s{i}", name, engagement=engagement), i)
        for i, name in enumerate(names)
    ]


def test_pseudonyms_number_people_per_client_in_interview_order() -> None:
    sessions = corpus().sessions  # a1 Jordan, a2 Priya, a3 Omar, g1 Globex Jordan, a4 jordan
    p = Pseudonyms(sessions)
    assert [p.participant(s) for s in sessions] == ["P01", "P02", "P03", "P01", "P01"]
    assert [p.session_id(s) for s in sessions] == ["S0001", "S0002", "S0003", "S0004", "S0005"]
    assert {p.facilitator(s) for s in sessions} == {"F1"}


def test_full_names_and_their_parts_are_replaced_even_two_letter_ones() -> None:
    sessions = corpus().sessions
    p = Pseudonyms(sessions)
    a1, a3 = sessions[0], sessions[2]
    assert p.text(a1, "Priya Shah said Omar Li agrees; Li and SHAH too.") == (
        "P02 said P03 agrees; P03 and P02 too."
    )
    assert p.text(a1, "Priya\n  Shah, jordan") == "P02, P01"  # across a line break, any case
    assert p.text(a3, "Sam asked Lee") == "F1 asked P01"
    # Only whole words: "Limes", "Samson" and "Omarion" are not names.
    assert p.text(a1, "Limes for Samson and Omarion") == "Limes for Samson and Omarion"
    # Globex never met Priya: her name there is just a word.
    assert p.text(sessions[3], "Priya and Jordan") == "Priya and P01"


def test_a_first_name_two_people_share_names_neither() -> None:
    sessions = people("Jordan Lee", "Jordan Price", "Ana Li")
    p = Pseudonyms(sessions)
    assert [p.participant(s) for s in sessions] == ["P01", "P02", "P03"]
    assert p.text(sessions[0], "Jordan told Price and Jordan Lee") == (
        f"{AMBIGUOUS} told P02 and P01"
    )
    assert p.engagement_text("Acme", "Ana, Li, ana li") == "P03, P03, P03"
    assert p.engagement_text("Initech", "Ana") == "Ana"  # no interviews there: nothing to hide


def test_one_letter_parts_stay_and_the_full_name_still_goes() -> None:
    sessions = people("J Smith")
    p = Pseudonyms(sessions)
    assert p.text(sessions[0], "J Smith and J and Smith") == "P01 and J and P01"


def test_naming_without_pseudonyms_leaves_everything_real() -> None:
    session = corpus().sessions[0]
    real, anonymous = Naming(None), Naming(Pseudonyms([session]))
    assert (real.participant(session), real.session_id(session)) == ("Jordan Lee", "a1")
    assert real.text(session, "Jordan Lee") == "Jordan Lee"
    assert (anonymous.participant(session), anonymous.session_id(session)) == ("P01", "S0001")
    assert anonymous.facilitator(session) == "F1" and real.facilitator(session) == "Sam"
    assert anonymous.engagement_text("Acme", "ask Jordan") == "ask P01"
    assert anonymous.text(session, "Jordan Lee said so") == "P01 said so"
    later = session.model_copy(update={"started_at": session.started_at + timedelta(days=1)})
    assert anonymous.participant(later) == "P01"


def test_a_blank_name_hides_nobody_and_stops_nobody_else_being_hidden() -> None:
    sessions = people("   ", "Jordan Lee")
    p = Pseudonyms(sessions)
    assert p.text(sessions[1], "Jordan Lee and Lee") == "P02 and P02"
