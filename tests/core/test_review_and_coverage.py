"""What the facilitator sees and fixes: the cockpit's coverage line during the call, the
review's edits after it, and the recap draft's exact text."""

from __future__ import annotations

import pytest

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Recap, Session
from wfinterview.core.interview.coverage import Coverage, coverage, coverage_line
from wfinterview.core.interview.hashtags import match_hashtag
from wfinterview.core.interview.recap import draft_recap, format_recap
from wfinterview.core.interview.review import SessionReview

note = factories.note
TAGS = {tag.key: tag for tag in BUILTIN_TAGS}


# -- coverage ----------------------------------------------------------------------------


def test_a_step_counts_as_opened_once_time_was_spent_on_it() -> None:
    session = factories.session()
    questions = [len(step.questions) for step in session.agenda.steps]
    session.step_seconds = {"walkthrough": 0.5, "tools": 0.0}
    session.current_question = {"walkthrough": len(questions) + 50, "tools": 1}
    found = coverage(session, BUILTIN_TAGS)
    # role: its first question; walkthrough: all of them (marked past its end);
    # tools: not opened, so its marked question does not count yet.
    assert found.unasked == sum(questions) - 1 - questions[1]
    assert found.unasked_here == questions[0] - 1


def test_every_question_reached_leaves_none() -> None:
    session = factories.session()
    for step in session.agenda.steps:
        session.step_seconds[step.key] = 60.0
        session.current_question[step.key] = len(step.questions) - 1
    session.notes = [note(f"n {s.key}", s.key, 1.0, list(TAGS)) for s in session.agenda.steps]
    found = coverage(session, BUILTIN_TAGS)
    assert found == Coverage((), (), 0, 0) and found.complete
    assert coverage_line(found) == "Every step, tag and question covered"


def test_the_coverage_line_in_words_and_in_ascii() -> None:
    found = Coverage(
        steps_without_notes=("Tools & Workarounds", "SOP Gaps + Magic Wand"),
        tags_missing=(TAGS["ghost_ownership"], TAGS["sop_mismatch"]),
        unasked=1,
        unasked_here=0,
    )
    assert coverage_line(found) == (
        "not yet 👻 🧾 · no notes: Tools & Workarounds, SOP Gaps + Magic Wand"
        " · 1 question left (0 here)"
    )
    assert coverage_line(found, ascii_only=True).startswith(
        "not yet [Ghost Ownership] [SOP Mismatch] · no notes"
    )
    assert coverage_line(Coverage((), (), 6, 2)) == "6 questions left (2 here)"
    assert not Coverage((), (), 1, 0).complete


def test_three_letters_are_enough_to_name_a_tag() -> None:
    assert match_hashtag("gho", BUILTIN_TAGS) == TAGS["ghost_ownership"]
    assert match_hashtag("GHOST", BUILTIN_TAGS) == TAGS["ghost_ownership"]
    assert match_hashtag("gh", BUILTIN_TAGS) is None


# -- the review --------------------------------------------------------------------------


def review_of(session: Session, saved: list[Session]) -> SessionReview:
    return SessionReview(session, BUILTIN_TAGS, saved.append)


def test_a_note_added_after_the_call_keeps_its_marks_and_the_time_to_a_tenth() -> None:
    saved: list[Session] = []
    session = factories.session(elapsed_seconds=1234.5678)
    review = review_of(session, saved)
    plain = review.add_note("tools", "A private tracker")
    assert (plain.at, plain.quote, plain.follow_up, plain.tags) == (1234.6, False, False, [])
    marked = review.add_note("sop", "One form #ghost", ["not_a_tag"], quote=True, follow_up=True)
    assert (marked.quote, marked.follow_up, marked.tags) == (True, True, ["ghost_ownership"])
    assert saved[-1].notes == [plain, marked]


def test_an_empty_note_is_refused_in_words() -> None:
    session = factories.session(notes=[note("Legal takes a week", "approvals", 10.0)])
    review = review_of(session, [])
    with pytest.raises(UserError) as empty_edit:
        review.edit_text(session.notes[0].id, "  ")
    assert empty_edit.value.lines == ["a note needs some text; delete it instead"]
    with pytest.raises(UserError) as empty_add:
        review.add_note("sop", "#ghost")
    assert empty_add.value.lines == ["a note needs some text"]


def test_a_recap_saved_for_the_first_time_is_not_sent() -> None:
    saved: list[Session] = []
    session = factories.session()
    recap = review_of(session, saved).save_recap("- heard", "- stuck", "- wish")
    assert recap == Recap(
        heard="- heard", stuck="- stuck", magic_wand="- wish", sent_at=None, edited=True
    )
    assert saved[-1].recap == recap


# -- the recap draft ---------------------------------------------------------------------


def test_what_we_heard_never_picks_an_untagged_note() -> None:
    notes = [
        note("We just wing it", "walkthrough", 1.0, quote=True),
        note("untagged detail", "role", 2.0),
        note("tagged quote", "tools", 3.0, ["tool_friction"], quote=True),
    ]
    assert draft_recap(factories.session(notes=notes)).heard == (
        "- “We just wing it”\n- “tagged quote”"
    )


def test_the_recap_in_markdown() -> None:
    recap = Recap(heard="- a\n", stuck=" - b", magic_wand="- c")
    assert format_recap(recap, markdown=True) == (
        "## 🔍 What we heard\n\n- a\n\n"
        "## ⚠️ Where things are getting stuck\n\n- b\n\n"
        "## 💡 Your magic wand insight\n\n- c\n"
    )
