"""Small exact answers at the edges of synthesis: month arithmetic, due dates on the day,
note keys, step titles and facilitators with no name. Each kills a mutant that survived."""

from __future__ import annotations

from datetime import date

from tests import factories
from tests.core.exact_corpus import SOP, corpus, digest
from wfinterview.core.framework.content import BUILTIN_TAGS, MISALIGNMENT
from wfinterview.core.synthesis.anonymize import Pseudonyms
from wfinterview.core.synthesis.cadence import Cadence, add_months, cadences
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.demo import generate_demo
from wfinterview.core.synthesis.digest import DigestNote
from wfinterview.core.synthesis.themes import ThemeBoard


def test_months_are_added_across_years_and_to_the_last_day_of_short_months() -> None:
    assert add_months(date(2026, 12, 31), 14) == date(2028, 2, 29)  # a leap year
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 6, 15), 12) == date(2027, 6, 15)
    assert add_months(date(2026, 6, 15), 0) == date(2026, 6, 15)


def test_due_dates_count_their_first_and_last_day_as_due() -> None:
    cadence = Cadence("Acme", 1, date(2026, 1, 10), date(2026, 7, 10), date(2027, 1, 10))
    assert cadence.state(date(2026, 7, 9)) == "not yet due"
    assert cadence.state(date(2026, 7, 10)) == "due now"
    assert cadence.state(date(2027, 1, 10)) == "due now"
    assert cadence.state(date(2027, 1, 11)) == "overdue"


def test_the_latest_round_counts_whatever_order_the_sessions_come_in() -> None:
    sessions = corpus().sessions  # a1 a2 a3 (round 1), g1, a4 (round 2, nine days on)
    for order in (sessions, sessions[::-1]):
        acme, globex = cadences(order)
        assert (acme.engagement, acme.last_round, acme.last_interview) == (
            "Acme",
            2,
            sessions[-1].started_at.date(),
        )
        assert (globex.engagement, globex.last_round) == ("Globex", 1)


def test_note_keys_split_at_the_first_slash() -> None:
    session = digest(
        factories.session("k1", "Priya Shah", notes=[factories.note("odd id", "role")]), 0
    )
    odd = dict(session.notes[0], id="n/1")  # a hand-edited file may have any id
    c = Corpus([session.model_copy(update={"notes": [odd]})], BUILTIN_TAGS)
    assert [r.note["text"] for r in c.refs_for(["k1/n/1", "k1/missing", "nope/n/1"])] == ["odd id"]


def test_a_step_title_falls_back_to_its_key() -> None:
    session = corpus().sessions[0]
    assert session.step_title("approvals") == "Approvals & Bottlenecks"
    assert session.step_title("gone") == "gone"


def test_a_session_without_facilitator_has_no_facilitator_pseudonym() -> None:
    named = corpus().sessions[0]
    nameless = named.model_copy(update={"id": "x", "facilitator": ""})
    p = Pseudonyms([nameless, named])
    assert p.facilitator(nameless) == ""
    assert p.facilitator(named) == "F1"


def test_odd_demo_sizes_split_rounds_by_the_people_of_the_first() -> None:
    rounds = [s.round for s in generate_demo(9, 1, seed=2) if s.engagement == "Acme Retail"]
    assert rounds == [1, 1, 1, 2, 2]  # five interviews of three people: three, then two again


def test_flags_missing_from_a_hand_edited_file_mean_no() -> None:
    template = corpus().sessions[0]
    bare: list[DigestNote] = [
        {"id": "w", "step": "sop", "at": 1.0, "text": "One form"},  # no tags, no flags at all
        {"id": "t", "step": "sop", "at": 2.0, "text": "SOP is old", "tags": [SOP]},
        {"id": "f", "step": "sop", "at": 3.0, "text": "Ask IT", "follow_up": True},
        {"id": "c", "step": "tools", "at": 4.0, "text": "Uses Excel"},
    ]
    c = Corpus([template.model_copy(update={"notes": bare})], BUILTIN_TAGS)
    assert [r.note["id"] for r in c.quotes(Filters())] == []
    assert [r.note["id"] for r in c.follow_ups(Filters())] == ["f"]
    # A wish: untagged, no follow-up, and said in the magic-wand step.
    assert [r.note["id"] for r in c.wishes(Filters())] == ["w"]
    assert [r.note["id"] for r in c.notes(Filters(tag=SOP))] == ["t"]
    board = ThemeBoard.starting(BUILTIN_TAGS)
    board.placements[f"{template.id}/c"] = [board.themes[0].id]  # counted note by note now
    counts = c.theme_counts(Filters(), {template.engagement: board})
    assert {name: count.notes for name, count in counts.items()} == {
        board.themes[0].name: 1,
        MISALIGNMENT: 1,
    }
    assert c.theme_counts(Filters(tag=SOP), {template.engagement: board})[MISALIGNMENT].notes == 1
