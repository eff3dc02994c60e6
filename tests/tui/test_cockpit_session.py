"""Steps, the clock, ending, resuming, failing disks, and the user's own keys."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.tui.helpers import (
    FakeClock,
    cockpit,
    cockpit_app,
    saved,
    screen_text,
    type_text,
    until,
    workers_done,
)
from wfinterview.core.storage.lock import SessionLocked
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.opening import reopen_interview
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.cockpit import CockpitScreen
from wfinterview.tui.screens.help import HelpScreen
from wfinterview.tui.screens.home import HomeScreen
from wfinterview.tui.screens.review import ReviewScreen
from wfinterview.tui.widgets.note_input import NoteInput
from wfinterview.tui.widgets.questions import QuestionPanel
from wfinterview.tui.widgets.session_header import SaveIndicator
from wfinterview.tui.widgets.timer import InterviewTimer


async def test_page_keys_move_steps_and_record_time_per_step(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        clock.advance(100)
        await pilot.press("pagedown")
        clock.advance(400)
        await pilot.press("pagedown", "pageup")
        clock.advance(20)
        await pilot.press("pageup", "pageup")  # already on the first step: stays
        session = await saved(pilot)
        assert session.current_step == "role"
        assert session.step_seconds == {"role": 100.0, "walkthrough": 420.0, "tools": 0.0}
        assert session.elapsed_seconds == 520.0


async def test_the_current_step_questions_show_with_role_questions_marked(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock, agenda="campaign").run_test(
        size=(120, 40)
    ) as pilot:
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        panel = pilot.app.screen.query_one(QuestionPanel)
        texts = [str(child.render()) for child in panel.children]
        assert texts[0].startswith("4. Approvals & Bottlenecks · 6 min")
        assert any("Trace the sign-off path" in t and t.endswith("◆") for t in texts)
        assert not any("When something needs a sign-off" in t and t.endswith("◆") for t in texts)


async def test_question_marker_moves_and_is_saved(isolated_dirs: Paths, clock: FakeClock) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await pilot.press(*["ctrl+down"] * 6, "ctrl+up")  # ops' role step has 5 questions
        session = await saved(pilot)
        assert session.current_question == {"role": 3}
        current = pilot.app.screen.query_one(QuestionPanel).query(".-current")
        assert len(current) == 1 and str(current.first().render()).startswith("› ")


async def test_pause_stops_the_clock_and_is_saved(isolated_dirs: Paths, clock: FakeClock) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        clock.advance(30)
        await pilot.press("f8")
        clock.advance(600)
        session = await saved(pilot)
        assert session.paused and session.elapsed_seconds == 30.0
        assert "paused" in str(pilot.app.screen.query_one(InterviewTimer).render())
        await pilot.press("f8")
        clock.advance(5)
        await pilot.press("f8")
        assert (await saved(pilot)).elapsed_seconds == 35.0


async def test_notices_at_five_minutes_left_and_past_the_plan(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        screen = cockpit(pilot.app)
        clock.advance(20 * 60 + 1)
        screen._tick()
        clock.advance(5 * 60)
        screen._tick()
        screen._tick()
        await pilot.pause()
        messages = [str(n.message) for n in pilot.app._notifications]
        assert sum("5 minutes left" in m for m in messages) == 1
        assert sum("Past the planned 25 minutes" in m for m in messages) == 1
        assert pilot.app.screen.query_one(InterviewTimer).has_class("-plan-over")


async def test_step_running_over_changes_colour_quietly(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        timer = pilot.app.screen.query_one(InterviewTimer)
        clock.advance(3 * 60 + 1)
        cockpit(pilot.app)._tick()
        assert timer.has_class("-step-over") and not timer.has_class("-plan-over")


async def test_end_asks_then_records_ended_at_and_opens_the_review(
    isolated_dirs: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = SessionStore.write

    def slow_write(self: SessionStore, session_id: str, data: bytes) -> None:
        time.sleep(0.2)  # a slow disk: home must still see the interview as ended
        real_write(self, session_id, data)

    monkeypatch.setattr(SessionStore, "write", slow_write)
    app = cockpit_app(isolated_dirs, clock)
    async with app.run_test() as pilot:
        session_id = cockpit(app).live.session.id
        await pilot.press("f10")
        assert "←/→ Choose" in screen_text(app)  # the key bar says how to get to End
        await pilot.press("right", "left", "enter")  # back on Cancel: still in the cockpit
        await pilot.pause()
        assert isinstance(app.screen, CockpitScreen)
        await pilot.press("f10")
        await pilot.press("escape")  # cancel: still in the cockpit
        assert isinstance(app.screen, CockpitScreen)
        await pilot.press("f10", "right", "enter")
        assert isinstance(app.screen, ReviewScreen) and app.screen.session_lock.held
        await pilot.press("escape")
        await workers_done(pilot)  # home reads the sessions again on return, in a worker
        assert isinstance(app.screen, HomeScreen)
        listed = app.screen.query_one("#sessions")
        assert "recap due" in str(listed.get_row_at(0)[0])  # type: ignore[attr-defined]
        session = SessionStore(isolated_dirs.sessions_dir).load(session_id)
        assert session.ended_at is not None and session.ended_at >= session.started_at
        SessionStore(isolated_dirs.sessions_dir).lock(session_id).release()  # lock was let go


async def test_help_lists_every_key(isolated_dirs: Paths, clock: FakeClock) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test(size=(100, 50)) as pilot:
        await pilot.press("f9")
        assert isinstance(pilot.app.screen, HelpScreen)
        shown = screen_text(pilot.app)
        for label in (
            "Enter",
            "F1",
            "F5",
            "F6",
            "F7",
            "F8",
            "F9",
            "F10",
            "PgDn",
            "PgUp",
            "ctrl+↓",
            "#approval",
            "ctrl+p",
        ):
            assert label in shown, label
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, CockpitScreen)
        assert pilot.app.focused is pilot.app.screen.query_one(NoteInput)


async def test_resume_restores_notes_step_and_clock_without_downtime(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        clock.advance(90)
        await type_text(pilot, "kept")
        await pilot.press("enter", "pagedown")
        clock.advance(10)
        session_id = (await saved(pilot)).id
    clock.advance(3600)  # the program was closed for an hour
    workspace = Workspace(isolated_dirs)
    app = InterviewApp(workspace, cockpit=reopen_interview(workspace, None), now=clock)
    async with app.run_test() as pilot:
        live = cockpit(app).live
        assert live.session.id == session_id
        assert [n.text for n in live.session.notes] == ["kept"]
        assert live.session.current_step == "walkthrough"
        assert "kept" in screen_text(app)
        assert "01:40 / 25:00" in screen_text(app)


async def test_resume_uses_the_saved_elapsed_time(isolated_dirs: Paths, clock: FakeClock) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        clock.advance(250)
        await pilot.press("pagedown")
        await saved(pilot)
    workspace = Workspace(isolated_dirs)
    session, lock = reopen_interview(workspace, None)
    app = InterviewApp(workspace, cockpit=(session, lock))
    async with app.run_test() as pilot:
        assert 250 <= cockpit(app).live.elapsed() < 255


async def test_a_second_cockpit_on_the_same_session_is_refused(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test():
        with pytest.raises(SessionLocked, match="already open in another cockpit"):
            reopen_interview(Workspace(isolated_dirs), None)


async def test_a_failing_disk_keeps_notes_says_so_and_saves_when_it_recovers(
    isolated_dirs: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = cockpit_app(isolated_dirs, clock)
    async with app.run_test() as pilot:
        screen = cockpit(app)
        real_write = SessionStore.write
        disk_full = True

        def write(self: SessionStore, session_id: str, data: bytes) -> None:
            if disk_full:
                raise OSError(28, "No space left on device", str(self.dir))
            real_write(self, session_id, data)

        monkeypatch.setattr(SessionStore, "write", write)
        for text in ("one", "two", "three"):
            await type_text(pilot, text)
            await pilot.press("enter")
        indicator = pilot.app.screen.query_one(SaveIndicator)
        # The writer's thread says the write failed; the indicator shows it when that lands.
        await until(pilot, lambda: indicator.has_class("-failed"), "showed the failed save")
        assert indicator.has_class("-failed")
        assert "No space left on device" in str(indicator.render())
        assert any("kept in memory" in str(n.message) for n in app._notifications)
        assert [n.text for n in screen.live.session.notes] == ["one", "two", "three"]
        assert isinstance(app.screen, CockpitScreen)  # the app carries on

        disk_full = False
        assert screen.writer.flush(timeout=10)
        # The writer says so from its thread just after the write lands, which flush waits for.
        await until(pilot, lambda: not indicator.has_class("-failed"), "cleared the failed save")
        assert [n.text for n in screen.store.load(screen.live.session.id).notes] == [
            "one",
            "two",
            "three",
        ]
        assert not indicator.has_class("-failed")


async def test_keys_rebound_in_config_and_extra_tags_work(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    isolated_dirs.config_file.write_text(
        '[keys]\nquote = "ctrl+o"\nnext_step = "f12"\n'
        '[[tags]]\nkey = "budget"\nemoji = "💸"\nlabel = "Budget Block"\nhashtag = "budget"\n'
        'hotkey = "f11"\n',
        encoding="utf-8",
    )
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await type_text(pilot, "no money")
        await pilot.press("ctrl+o", "f11", "enter", "f12")
        await type_text(pilot, "more #budg")
        await pilot.press("enter", "f6")
        session = await saved(pilot)
        assert [(n.text, n.tags, n.quote, n.step) for n in session.notes] == [
            ("no money", ["budget"], True, "role"),
            ("more", ["budget"], False, "walkthrough"),
        ]


async def test_ascii_option_shows_tag_labels_instead_of_emoji(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock, ascii_only=True).run_test(size=(120, 36)) as pilot:
        await type_text(pilot, "clunky")
        await pilot.press("f1", "f6", "enter")
        shown = screen_text(pilot.app)
        assert '[Tool Friction] "clunky"' in shown
        assert "🛑" not in shown


async def test_session_file_is_private_and_valid_after_each_note(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await type_text(pilot, "x")
        await pilot.press("enter")
        session = await saved(pilot)
        path = Path(isolated_dirs.sessions_dir, f"{session.id}.json")
        assert oct(os.stat(path).st_mode & 0o777) == "0o600"


async def test_command_palette_offers_the_cockpit_actions(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test(size=(100, 30)) as pilot:
        clock.advance(12)
        await pilot.press("ctrl+p")
        await type_text(pilot, "pause")
        await workers_done(pilot)  # the palette searches in a worker
        await pilot.press("enter")
        assert (await saved(pilot)).paused
        assert pilot.app.focused is pilot.app.screen.query_one(NoteInput)


async def test_a_tiny_terminal_and_back_keeps_typing_and_saving(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test(size=(120, 36)) as pilot:
        await pilot.resize_terminal(40, 12)
        await type_text(pilot, "typed while small")
        await pilot.press("f1", "enter")
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert [(n.text, n.tags) for n in (await saved(pilot)).notes] == [
            ("typed while small", ["tool_friction"])
        ]
        assert "typed while small" in screen_text(pilot.app)


async def test_a_long_session_shows_its_latest_notes_and_counts_the_rest(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    from tests import factories
    from wfinterview.tui.widgets.note_log import NoteLog, NoteRow

    store = SessionStore(isolated_dirs.sessions_dir)
    store.save(
        factories.session(
            session_id="long", notes=[factories.note(f"note {n}", "role", n) for n in range(100)]
        )
    )
    workspace = Workspace(isolated_dirs)
    app = InterviewApp(workspace, cockpit=reopen_interview(workspace, "long"), now=clock)
    async with app.run_test(size=(100, 40)) as pilot:
        log = app.screen.query_one(NoteLog)
        rows = [str(row.render()) for row in log.query(NoteRow)]
        assert (
            len(rows) == NoteLog.MAX_ROWS
            and rows[-1].endswith("note 99")
            and rows[0].endswith("note 60")
        )
        assert "60 earlier notes (all are saved)" in str(log.query_one("#earlier").render())
        await type_text(pilot, "newest")
        await pilot.press("enter", "f2")
        await pilot.pause()
        rows = [str(row.render()) for row in log.query(NoteRow)]
        assert (
            len(rows) == NoteLog.MAX_ROWS
            and rows[0].endswith("note 61")
            and rows[-1].endswith("🔄 newest")
        )
        assert "61 earlier notes" in str(log.query_one("#earlier").render())
        assert len((await saved(pilot)).notes) == 101


async def test_quitting_with_unsaved_notes_asks_first(
    isolated_dirs: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wfinterview.tui.screens.confirm import ConfirmScreen

    app = cockpit_app(isolated_dirs, clock)
    async with app.run_test() as pilot:

        def disk_full(self: SessionStore, session_id: str, data: bytes) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(SessionStore, "write", disk_full)
        await type_text(pilot, "precious")
        await pilot.press("enter", "ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        assert "NOT saved yet (No space left on device)" in app.screen.question
        await pilot.press("escape")
        assert isinstance(app.screen, CockpitScreen) and app.is_running
        monkeypatch.undo()
        assert cockpit(app).writer.flush(timeout=10)
        await pilot.press("ctrl+q")  # saved now: quits without asking
        await pilot.pause()
        assert not app.is_running
    session_file = next(isolated_dirs.sessions_dir.glob("*.json"))
    assert "precious" in session_file.read_text(encoding="utf-8")
