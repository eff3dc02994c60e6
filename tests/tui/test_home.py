"""Home and the new-interview form, driven like a user."""

from __future__ import annotations

from textual.widgets import DataTable, Input, Select

from tests import factories
from tests.tui.helpers import cockpit, home_ready, screen_text, type_text, workers_done
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.state import remember
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.home import HomeScreen
from wfinterview.tui.screens.new_interview import NewInterviewScreen


async def test_new_interview_form_starts_the_cockpit_and_remembers_engagement(
    isolated_dirs: Paths,
) -> None:
    remember(isolated_dirs.state_file, engagement="Acme Q3")
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NewInterviewScreen)
        assert form.query_one("#engagement", Input).value == "Acme Q3"
        form.query_one("#agenda", Select).value = "creator"
        await pilot.press("ctrl+s")
        assert "participant's name" in str(form.query_one("#error").render())
        await type_text(pilot, "Priya")
        await pilot.press("enter")
        await pilot.pause()
        session = cockpit(app).live.session
        assert (session.participant.name, session.participant.role, session.engagement) == (
            "Priya",
            "Content Creator",
            "Acme Q3",
        )
        assert SessionStore(isolated_dirs.sessions_dir).load(session.id).agenda.id == "creator"


async def test_the_new_interview_form_starts_the_next_round(isolated_dirs: Paths) -> None:
    SessionStore(isolated_dirs.sessions_dir).save(
        factories.session(session_id="round-one", engagement="Acme Q3", ended=True)
    )
    remember(isolated_dirs.state_file, engagement="Acme Q3")
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NewInterviewScreen)
        await type_text(pilot, "Priya")
        form.query_one("#round", Input).focus()
        await type_text(pilot, "0")
        await pilot.press("ctrl+s")
        assert "Round: a whole number from 1 to 99" in str(form.query_one("#error").render())
        await pilot.press("backspace")
        await type_text(pilot, "2")
        await pilot.press("ctrl+s")
        await pilot.pause()
        session = cockpit(app).live.session
        assert (session.engagement, session.round) == ("Acme Q3", 2)


async def test_home_lists_open_sessions_first_and_resumes_one(isolated_dirs: Paths) -> None:
    store = SessionStore(isolated_dirs.sessions_dir)
    store.save(factories.session(session_id="ended-one", name="Old", ended=True))
    store.save(
        factories.session(session_id="open-one", name="Current", notes=[factories.note("kept")])
    )
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        table = app.screen.query_one("#sessions", DataTable)
        assert [row.key.value for row in table.ordered_rows] == ["open-one", "ended-one"]
        assert "● open" in screen_text(app) and "✉ recap due" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert cockpit(app).live.session.id == "open-one"
        assert [n.text for n in cockpit(app).live.session.notes] == ["kept"]


async def test_home_reports_unreadable_files(isolated_dirs: Paths) -> None:
    isolated_dirs.sessions_dir.mkdir(parents=True)
    (isolated_dirs.sessions_dir / "junk.json").write_text("{{", encoding="utf-8")
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 30)) as pilot:
        await workers_done(pilot)  # home reads the folder in a worker (and lists no session)
        assert isinstance(app.screen, HomeScreen)
        assert "junk.json: is not valid JSON" in str(app.screen.query_one("#problems").render())


async def test_a_second_interview_in_the_same_app_starts_its_own_clock(
    isolated_dirs: Paths,
) -> None:
    from tests.tui.helpers import FakeClock, cockpit_app

    clock = FakeClock()
    app = cockpit_app(isolated_dirs, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        clock.advance(300)
        await pilot.press("f10", "tab", "enter")
        await pilot.press("escape")  # from the review, home
        await workers_done(pilot)  # home, the sessions read again
        await pilot.press("ctrl+n")
        await pilot.pause()
        await type_text(pilot, "Second")
        await pilot.press("enter")
        await pilot.pause()
        live = cockpit(app).live
        assert live.session.participant.name == "Second"
        assert live.elapsed() == 0.0
        clock.advance(7)
        assert live.elapsed() == 7.0


async def test_the_new_interview_form_shows_and_copies_the_pre_interview_email(
    isolated_dirs: Paths,
) -> None:
    from tests.tui.helpers import screen_text
    from wfinterview.tui.screens.text_preview import TextPreviewScreen

    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 40)) as pilot:
        await workers_done(pilot)  # home, with no sessions yet
        await pilot.press("ctrl+n")
        await pilot.pause()
        await type_text(pilot, "Jordan")
        app.screen.query_one("#when").value = "Tue 10:00"  # type: ignore[attr-defined]
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, TextPreviewScreen)
        assert "Hi Jordan," in screen_text(app) and "not an audit" in screen_text(app)
        await pilot.press("f2")
        assert app.clipboard.startswith(
            "Subject: 25 minutes on how your work really flows (Tue 10:00)"
        )
        assert "  4. Approvals & Bottlenecks (6 min)" in app.clipboard  # campaign, the first agenda
        await pilot.press("escape")
        assert isinstance(app.screen, NewInterviewScreen)
