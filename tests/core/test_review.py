from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Session
from wfinterview.core.interview.recap import draft_recap
from wfinterview.core.interview.review import SessionReview
from wfinterview.core.storage.store import SessionStore


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    return SessionStore(tmp_path / "sessions")


def review_of(store: SessionStore, session: Session) -> SessionReview:
    store.save(session)
    return SessionReview(session, BUILTIN_TAGS, store.save)


def sample() -> Session:
    notes = [
        factories.note("Legal takes a wek", "approvals", 300, ["approval_lag"]),
        factories.note("Briefs by Slack", "role", 40),
        factories.note("One intake form", "sop", 1400),
        factories.note("Brand review", "approvals", 250),
    ]
    return factories.session(
        notes=notes, elapsed_seconds=1500.0, step_seconds={"role": 200.0, "approvals": 420.0}
    )


def test_every_change_is_saved_at_once(store: SessionStore) -> None:
    session = sample()
    review = review_of(store, session)
    first, second = session.notes[0].id, session.notes[1].id
    review.edit_text(first, "  Legal takes a week  ")
    review.toggle_tag(first, "ghost_ownership")
    review.toggle_tag(first, "approval_lag")
    review.toggle_flag(second, "quote")
    review.toggle_flag(second, "follow_up")
    saved = store.load(session.id)
    assert (saved.notes[0].text, saved.notes[0].tags) == ("Legal takes a week", ["ghost_ownership"])
    assert (saved.notes[1].quote, saved.notes[1].follow_up) == (True, True)


def test_delete_and_undo_restore_the_note_in_place_with_its_id(store: SessionStore) -> None:
    session = sample()
    review = review_of(store, session)
    ids = [n.id for n in session.notes]
    review.delete(ids[1])
    review.delete(ids[0])
    assert [n.id for n in store.load(session.id).notes] == ids[2:]
    assert review.undo_delete().id == ids[0]  # type: ignore[union-attr]
    assert review.undo_delete().id == ids[1]  # type: ignore[union-attr]
    assert review.undo_delete() is None and not review.can_undo
    assert [n.id for n in store.load(session.id).notes] == ids


def test_notes_group_by_step_in_agenda_and_time_order(store: SessionStore) -> None:
    grouped = review_of(store, sample()).notes_by_step()
    assert [(step.key, [n.text for n in notes]) for step, notes in grouped] == [
        ("role", ["Briefs by Slack"]),
        ("walkthrough", []),
        ("tools", []),
        ("approvals", ["Brand review", "Legal takes a wek"]),
        ("sop", ["One intake form"]),
    ]


def test_step_timings_planned_against_actual(store: SessionStore) -> None:
    timings = review_of(store, sample()).step_timings()
    approvals = next(t for t in timings if t.step.key == "approvals")
    assert (approvals.planned_seconds, approvals.actual_seconds, approvals.over) == (
        360.0,
        420.0,
        True,
    )
    assert [t.actual_seconds for t in timings] == [200.0, 0.0, 0.0, 420.0, 0.0]


def test_a_note_added_after_the_call_is_filed_under_its_step(store: SessionStore) -> None:
    session = sample()
    review = review_of(store, session)
    note = review.add_note("tools", "They also keep a private tracker #friction", ["sop_mismatch"])
    saved = store.load(session.id).note(note.id)
    assert (saved.step, saved.at, saved.text, saved.tags) == (
        "tools",
        1500.0,
        "They also keep a private tracker",
        ["sop_mismatch", "tool_friction"],
    )
    with pytest.raises(KeyError):
        review.add_note("nope", "x")
    with pytest.raises(UserError):
        review.add_note("tools", "   ")
    with pytest.raises(UserError):
        review.edit_text(note.id, " ")


def test_recap_is_saved_and_marked_sent(store: SessionStore) -> None:
    session = sample()
    review = review_of(store, session)
    sent = review.mark_recap_sent(factories.STARTED + timedelta(hours=3))
    assert sent.heard == draft_recap(
        sample()
    ).heard and sent.sent_at == factories.STARTED + timedelta(hours=3)
    review.save_recap("- edited", "- stuck", "- wish")
    saved = store.load(session.id).recap
    assert saved is not None and (saved.heard, saved.sent_at) == ("- edited", sent.sent_at)


def test_a_draft_marked_sent_unchanged_is_not_edited_until_a_word_changes(
    store: SessionStore,
) -> None:
    session = sample()
    review = review_of(store, session)
    assert not review.recap_edited
    review.mark_recap_sent(factories.STARTED + timedelta(hours=3))
    reloaded = SessionReview(store.load(session.id), BUILTIN_TAGS, store.save)
    assert reloaded.session.recap == draft_recap(sample()).model_copy(
        update={"sent_at": factories.STARTED + timedelta(hours=3), "edited": False}
    )
    assert not reloaded.recap_edited
    recap = reloaded.session.recap
    assert recap is not None
    # The notes change after it went out: what was sent is still the draft it was.
    first = reloaded.session.notes[0]
    quote = first.quote
    reloaded.update_note(first.id, first.text, first.tags, not quote, first.follow_up)
    assert draft_recap(reloaded.session) != recap.model_copy(update={"edited": None})
    assert not reloaded.recap_edited
    # A recap saved before `edited` was kept is held against the draft of today's notes.
    reloaded.session.recap = recap.model_copy(update={"edited": None})
    assert reloaded.recap_edited
    reloaded.session.recap = recap
    reloaded.update_note(first.id, first.text, first.tags, quote, first.follow_up)
    reloaded.save_recap(recap.heard, recap.stuck, recap.magic_wand)  # saved as the fields show it
    assert not reloaded.recap_edited
    reloaded.save_recap(recap.heard, recap.stuck, recap.magic_wand + " today")
    assert reloaded.recap_edited


def test_hashtags_typed_in_an_edit_become_tags_and_unknown_tags_stay(store: SessionStore) -> None:
    session = sample()
    session.notes[1].tags = ["retired_tag"]  # a tag the config no longer defines
    review = review_of(store, session)
    review.update_note(
        session.notes[1].id,
        "Briefs arrive by Slack #integ",
        ["retired_tag"],
        quote=True,
        follow_up=False,
    )
    saved = store.load(session.id).notes[1]
    assert (saved.text, saved.tags, saved.quote) == (
        "Briefs arrive by Slack",
        ["retired_tag", "integration_gaps"],
        True,
    )
    with pytest.raises(UserError):
        review.edit_text(session.notes[1].id, "#ghost")


def test_time_since_the_call_reads_at_a_glance() -> None:
    from wfinterview.core.interview.clock import time_since

    then = factories.STARTED
    assert [time_since(then, then + timedelta(minutes=m)) for m in (0, 35, 180, 60 * 24 * 3)] == [
        "just now",
        "35 min ago",
        "3 h ago",
        "3 days ago",
    ]
