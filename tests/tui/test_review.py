"""The review after the call: fix, retag, mark, delete and undo, add; each saved at once."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests import factories
from tests.tui.helpers import FakeClock, cockpit_app, home_ready, screen_text, type_text
from wfinterview.core.framework.models import Session
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.home import HomeScreen
from wfinterview.tui.screens.note_editor import NoteEditorScreen
from wfinterview.tui.screens.review import ReviewScreen
from wfinterview.tui.widgets.review_notes import ReviewNotes


def review(app: InterviewApp) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen), f"expected the review, got {app.screen!r}"
    return app.screen


async def on_disk(pilot: Pilot[None]) -> Session:
    await pilot.pause()
    screen = review(pilot.app)  # type: ignore[arg-type]
    assert screen.writer.flush(timeout=5)
    return screen.store.load(screen.session.id)


async def highlight(pilot: Pilot[None], note_text: str) -> None:
    notes = review(pilot.app).query_one(ReviewNotes)  # type: ignore[arg-type]
    for index in range(notes.option_count):
        if note_text in str(notes.get_option_at_index(index).prompt):
            notes.highlighted = index
            await pilot.pause()
            return
    raise AssertionError(f"no note with {note_text!r} in the review")


@pytest.mark.heavy
async def test_a_consultant_fixes_an_interview_right_after_the_call(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    app = cockpit_app(isolated_dirs, clock, agenda="campaign")
    async with app.run_test(size=(100, 30)) as pilot:
        await type_text(pilot, "Legal takes a wek")
        await pilot.press("enter")
        clock.advance(200)
        await type_text(pilot, "Nobody owns the checklist")
        await pilot.press("enter", "f3")
        await pilot.press("pagedown", "pagedown", "pagedown", "pagedown")
        await type_text(pilot, "One intake form for everything")
        await pilot.press("enter", "f10", "tab", "enter")
        review(app)  # the end of the interview leads to its review
        assert "recap not sent yet" in screen_text(app)

        # Fix the typo: Enter opens the note in the editor, End goes past the text.
        await highlight(pilot, "Legal takes a wek")
        await pilot.press("enter")
        assert isinstance(app.screen, NoteEditorScreen)
        await pilot.press("backspace", "backspace")
        await type_text(pilot, "eek to sign off #appr")
        await pilot.press("enter")
        session = await on_disk(pilot)
        assert (session.notes[0].text, session.notes[0].tags) == (
            "Legal takes a week to sign off",
            ["approval_lag"],
        )

        # Retag: F3 off the ghost note, F5 on; F6 marks the wish as a quote, F7 a follow-up.
        await highlight(pilot, "Nobody owns")
        await pilot.press("f3", "f5")
        await highlight(pilot, "One intake form")
        await pilot.press("f6", "f7")
        session = await on_disk(pilot)
        assert session.notes[1].tags == ["integration_gaps"]
        assert (session.notes[2].quote, session.notes[2].follow_up) == (True, True)
        assert "“One intake form for everything”" in screen_text(app)


async def test_delete_then_undo_puts_the_note_back_with_its_id(isolated_dirs: Paths) -> None:
    notes = [
        factories.note("First", "role", 10),
        factories.note("Second", "role", 20),
        factories.note("Third", "tools", 30),
    ]
    SessionStore(isolated_dirs.sessions_dir).save(factories.session(notes=notes, ended=True))
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        await pilot.press("enter")  # an ended interview opens in the review
        await pilot.pause()
        await highlight(pilot, "Second")
        await pilot.press("delete")
        assert [n.text for n in (await on_disk(pilot)).notes] == ["First", "Third"]
        assert "Second" not in screen_text(app)
        await pilot.press("ctrl+z")
        session = await on_disk(pilot)
        assert [(n.id, n.text) for n in session.notes] == [(n.id, n.text) for n in notes]


async def test_a_note_added_after_the_call_goes_to_the_highlighted_step(
    isolated_dirs: Paths,
) -> None:
    SessionStore(isolated_dirs.sessions_dir).save(
        factories.session(notes=[factories.note("Tools note", "tools", 400)], ended=True)
    )
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await highlight(pilot, "Tools note")
        await pilot.press("ctrl+n")
        await pilot.press("enter")  # empty: nothing is added, the editor stays
        assert isinstance(app.screen, NoteEditorScreen)
        await type_text(pilot, "Forgot: the DAM is never searched")
        await pilot.press("f1", "enter")
        session = await on_disk(pilot)
        added = session.notes[-1]
        assert (added.step, added.text, added.tags) == (
            "tools",
            "Forgot: the DAM is never searched",
            ["tool_friction"],
        )
        await pilot.press("ctrl+n", "escape")  # cancelled: nothing more
        assert len((await on_disk(pilot)).notes) == 2


async def test_steps_show_planned_against_actual_minutes(isolated_dirs: Paths) -> None:
    session = factories.session(ended=True, step_seconds={"role": 250.0, "walkthrough": 300.0})
    SessionStore(isolated_dirs.sessions_dir).save(session)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "1. Role & Reality  3 min planned · 04:10 spent ▲ over" in text
        assert "2. Workflow Walkthrough  6 min planned · 05:00 spent · 0 notes" in text


async def test_home_opens_the_cockpit_for_open_interviews_and_review_for_any(
    isolated_dirs: Paths,
) -> None:
    SessionStore(isolated_dirs.sessions_dir).save(
        factories.session(session_id="s-open", name="Open One")
    )
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert review(app).session.id == "s-open" and review(app).session.ended_at is None
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_session_open_in_a_cockpit_elsewhere_is_not_reviewed(isolated_dirs: Paths) -> None:
    store = Workspace(isolated_dirs).store
    store.save(factories.session(session_id="s-busy", ended=True))
    held = store.lock("s-busy")  # another cockpit has it
    try:
        app = InterviewApp(Workspace(isolated_dirs))
        async with app.run_test(size=(100, 30)) as pilot:
            await home_ready(pilot)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            assert any(
                "already open in another cockpit" in str(n.message) for n in app._notifications
            )
    finally:
        held.release()
