"""The recap editor: drafted from the notes, edited, copied, marked sent; the CLI agrees."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from tests import factories
from tests.cli.helpers import run_main
from tests.tui.helpers import home_ready, screen_text, type_text
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.home import HomeScreen
from wfinterview.tui.screens.recap import RecapScreen
from wfinterview.tui.screens.review import ReviewScreen

NOTES = [
    factories.note("Legal takes a week", "approvals", 300, ["approval_lag"], quote=True),
    factories.note("Nobody owns the launch checklist", "walkthrough", 200, ["ghost_ownership"]),
    factories.note("One intake form for everything", "sop", 1400),
]


def saved_session(paths: Paths, session_id: str = "s1") -> SessionStore:
    store = SessionStore(paths.sessions_dir)
    store.save(factories.session(session_id=session_id, notes=list(NOTES), ended=True))
    return store


async def open_recap(app: InterviewApp, pilot: object) -> RecapScreen:
    await home_ready(pilot)  # type: ignore[attr-defined]
    await pilot.press("enter", "ctrl+r")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, RecapScreen)
    return app.screen


async def test_edit_copy_and_mark_sent_then_the_cli_prints_the_same(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    store = saved_session(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 36)) as pilot:
        screen = await open_recap(app, pilot)
        heard = screen.query_one("#heard", TextArea)
        assert heard.text == "- “Legal takes a week”"
        assert "draft from the notes" in screen_text(app)
        assert store.load("s1").recap is None  # opening it saves nothing

        heard.move_cursor(heard.document.end)
        await type_text(pilot, " (legal and brand)")
        await pilot.pause()
        review = app.screen_stack[-2]
        assert isinstance(review, ReviewScreen) and review.writer.flush(timeout=5)
        assert store.load("s1").recap.heard.endswith("week” (legal and brand)")  # type: ignore[union-attr]

        await pilot.press("f2")
        copied = app.clipboard
        await pilot.press("f4")
        await pilot.pause()
        assert review.writer.flush(timeout=5)
        assert store.load("s1").recap.sent_at is not None  # type: ignore[union-attr]
        assert "recap sent" in screen_text(app)

        await pilot.press("f3")
        assert app.clipboard.startswith("Subject: Thank you, Jordan")
        assert copied.rstrip() in app.clipboard

        await pilot.press("escape", "escape")
        await home_ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert "✓ sent" in screen_text(app) and "recap due" not in screen_text(app)

    printed = run_main(capsys, "recap", "s1")
    assert printed.code == 0 and printed.out == copied


async def test_redraft_asks_then_replaces_the_edits(isolated_dirs: Paths) -> None:
    store = saved_session(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 36)) as pilot:
        screen = await open_recap(app, pilot)
        stuck = screen.query_one("#stuck", TextArea)
        stuck.focus()
        await type_text(pilot, "Everything! ")
        await pilot.press("f5")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert stuck.text.startswith("- Ghost Ownership: Nobody owns the launch checklist")
        review = app.screen_stack[-2]
        assert isinstance(review, ReviewScreen) and review.writer.flush(timeout=5)
        assert store.load("s1").recap.stuck == stuck.text  # type: ignore[union-attr]


async def test_home_counts_recaps_to_send_and_says_how_long_since_the_call(
    isolated_dirs: Paths,
) -> None:
    saved_session(isolated_dirs, "s1")
    SessionStore(isolated_dirs.sessions_dir).save(
        factories.session(session_id="s2", name="Still Talking")
    )
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(120, 30)) as pilot:
        await home_ready(pilot)
        text = screen_text(app)
        words = " ".join(text.split())  # the summary line wraps under a long folder name
        assert "1 recap to send (the oldest call ended" in words and "days ago)" in words
        lines = [line for line in text.splitlines() if "Jordan" in line or "Still Talking" in line]
        assert "open" in lines[0] and "Still Talking" in lines[0]  # open interviews first
        assert "recap due" in lines[1] and "Jordan" in lines[1]


def status(app: InterviewApp) -> str:
    return str(app.screen.query_one("#status").render())


async def test_a_draft_marked_sent_unchanged_is_not_edited(isolated_dirs: Paths) -> None:
    store = saved_session(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 36)) as pilot:
        screen = await open_recap(app, pilot)
        await pilot.press("f4")
        await pilot.pause()
        assert status(app).startswith("draft from the notes, unchanged · recap sent ")
        review = app.screen_stack[-2]
        assert isinstance(review, ReviewScreen) and review.writer.flush(timeout=5)
        assert store.load("s1").recap.sent_at is not None  # type: ignore[union-attr]

        heard = screen.query_one("#heard", TextArea)
        heard.move_cursor(heard.document.end)
        await type_text(pilot, "!")
        assert status(app).startswith("edited · recap sent ")


def notices(app: InterviewApp) -> list[str]:
    return [str(notice.message) for notice in app._notifications]


async def test_an_unsigned_recap_email_says_how_to_set_a_name(isolated_dirs: Paths) -> None:
    session = factories.session(session_id="s1", notes=list(NOTES), ended=True)
    SessionStore(isolated_dirs.sessions_dir).save(session.model_copy(update={"facilitator": ""}))
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 36)) as pilot:
        await open_recap(app, pilot)
        app.clear_notifications()
        await pilot.press("f3")
        assert app.clipboard.rstrip().endswith("Thanks,")
        assert notices(app) == [
            "Recap email copied, unsigned: no name to sign with: add facilitator = "
            f'"Your Name" at the top of {isolated_dirs.config_file}.'
        ]


async def test_with_pseudonyms_on_the_recap_email_asks_before_copying_the_real_name(
    isolated_dirs: Paths,
) -> None:
    store = saved_session(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 36)) as pilot:
        await open_recap(app, pilot)
        app.show_pseudonyms(True, [store.load("s1")])
        app.copy_to_clipboard("")
        await pilot.press("f3")
        assert isinstance(app.screen, ConfirmScreen)
        question = " ".join(str(app.screen.query_one("Static").render()).split())
        assert question == (
            "The recap email is addressed to P01 by their real name, and so is the copy. Copy it?"
        )
        await pilot.press("enter")  # Cancel has the focus: nothing copied
        assert app.clipboard == ""
        app.clear_notifications()
        await pilot.press("f3", "right", "enter")
        assert app.clipboard.startswith("Subject: Thank you, Jordan")
        assert notices(app) == ["Recap email copied with real names (it is addressed to them)."]
