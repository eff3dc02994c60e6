"""Text as typed and as shown: pre-filled prompts are added to, tables widen after an edit,
wrapped lines keep every word."""

from __future__ import annotations

from textual.widgets import DataTable

from tests import factories
from tests.tui.helpers import home_ready, screen_text, type_text, workers_done
from tests.tui.tour import data_folder, key_for, settle, tour_app
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.action_form import ActionForm
from wfinterview.tui.screens.prompts import ChoicePrompt, TextPrompt
from wfinterview.tui.widgets.review_notes import ReviewNotes


async def test_typing_in_a_pre_filled_prompt_adds_to_its_text(isolated_dirs: Paths) -> None:
    answers: list[str | None] = []
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await workers_done(pilot)  # home, with no sessions yet
        app.push_screen(TextPrompt("New name for the theme:", "Brief quality"), answers.append)
        await settle(pilot)
        await type_text(pilot, " & intake")
        await pilot.press("enter")
        await pilot.pause()
    assert answers == ["Brief quality & intake"]


async def test_the_actions_table_widens_to_an_edited_owner_and_due_date() -> None:
    with data_folder() as paths:
        app = tour_app(paths)
        async with app.run_test(size=(120, 36)) as pilot:
            await home_ready(pilot)
            await pilot.press(key_for(app, "actions"))
            await settle(pilot)
            await pilot.press("down", "enter")  # "RACI for the campaign launch": no owner yet
            await settle(pilot)
            form = app.screen
            assert isinstance(form, ActionForm)
            form.query_one("#owner").value = "Priya Raman-Okafor"  # type: ignore[attr-defined]
            form.query_one("#due").value = "2026-12-31"  # type: ignore[attr-defined]
            await pilot.press("ctrl+s")
            await settle(pilot)
            shown = screen_text(app)
            assert "Priya Raman-Okafor" in shown and "2026-12-31" in shown, shown
            table = app.screen.query_one("#actions", DataTable)
            owner = table.columns[next(k for k in table.columns if k.value == "owner")]
            assert owner.content_width >= len("Priya Raman-Okafor")


LONG = "Everyone assumes someone else has the monthly newsletter, so it goes out late, number"


async def test_a_long_choice_wraps_and_every_word_of_it_can_be_read(isolated_dirs: Paths) -> None:
    choices = [(f"c{i}", f"👻 “{LONG} {i}”") for i in range(12)]
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await workers_done(pilot)  # home, with no sessions yet
        app.push_screen(ChoicePrompt("Which activity?", choices))
        await settle(pilot)
        assert isinstance(app.screen, ChoicePrompt)
        for i in range(12):
            shown = " ".join(screen_text(app).split())
            assert f"late, number {i}”" in shown, (i, screen_text(app))
            assert "Enter picks · Esc cancels" in shown
            await pilot.press("down")
            await pilot.pause()


async def test_long_notes_in_the_review_wrap_without_losing_their_end(isolated_dirs: Paths) -> None:
    notes = [
        factories.note(
            f"{LONG} {i} and nobody notices until the end", "role", i, ["ghost_ownership"]
        )
        for i in range(10)
    ]
    SessionStore(isolated_dirs.sessions_dir).save(factories.session(notes=notes, ended=True))
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await home_ready(pilot)
        await pilot.press("enter")
        await settle(pilot)
        listed = app.screen.query_one(ReviewNotes)
        for i in range(10):
            listed.highlighted = [o.id for o in listed.options].index(notes[i].id)
            await pilot.pause()
            shown = " ".join(screen_text(app).split())
            assert f"number {i} and nobody notices until the end" in shown, screen_text(app)


async def test_a_note_key_on_a_step_heading_says_why_it_does_nothing(isolated_dirs: Paths) -> None:
    SessionStore(isolated_dirs.sessions_dir).save(factories.session(ended=True))  # no notes
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await home_ready(pilot)
        await pilot.press("enter")
        await settle(pilot)
        for key in ("delete", "f3", "f6", "f8"):
            await pilot.press(key)
            await pilot.pause()
            said = [str(n.message) for n in app._notifications]
            assert said and said[-1].startswith("Highlight a note first"), (key, said)
            app.clear_notifications()


async def test_typing_in_the_action_forms_title_adds_to_it() -> None:
    with data_folder() as paths:
        app = tour_app(paths)
        async with app.run_test(size=(120, 36)) as pilot:
            await home_ready(pilot)
            await pilot.press(key_for(app, "actions"))
            await settle(pilot)
            await pilot.press("down", "enter")
            await settle(pilot)
            form = app.screen
            assert isinstance(form, ActionForm)
            await type_text(pilot, " (v2)")
            assert form.query_one("#title").value == "RACI for the campaign launch (v2)"  # type: ignore[attr-defined]


async def test_a_new_actions_title_is_what_the_user_types() -> None:
    with data_folder() as paths:
        app = tour_app(paths)
        async with app.run_test(size=(120, 36)) as pilot:
            await home_ready(pilot)
            await pilot.press(key_for(app, "actions"))
            await settle(pilot)
            await pilot.press("ctrl+n")
            await settle(pilot)
            form = app.screen
            assert isinstance(form, ActionForm)
            await type_text(pilot, "Budget gate")
            await pilot.press("ctrl+s")
            await settle(pilot)
            titles = [a.title for a in Workspace(paths).engagements.load("Acme Retail").actions]
            assert "Budget gate" in titles, titles
