"""The plan survives theme edits: actions, a RACI and approval stages are all still in
the file after new themes, a rename, a merge and a moved note, linked to the right
themes; and two windows on one data folder keep each other's changes."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, Select, TabbedContent

from tests.tui.helpers import screen_text, workers_done
from tests.tui.test_plans import ENGAGEMENT, answer, pick, plan
from tests.tui.test_synthesis_screen import demo_data, open_synthesis
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edits import AddAction, AddStage
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.actions import ActionsScreen
from wfinterview.tui.screens.approvals import ApprovalsScreen
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.prompts import ChoicePrompt, TextPrompt
from wfinterview.tui.screens.raci import RaciScreen
from wfinterview.tui.screens.synthesis import SynthesisScreen
from wfinterview.tui.screens.synthesis_tabs.themes_tab import ThemesTab


async def highlight(pilot: Pilot[None], themes: OptionList, theme_id: str) -> None:
    themes.focus()
    themes.highlighted = [o.id for o in themes.options].index(theme_id)
    await pilot.pause()


async def build_a_plan(pilot: Pilot[None], app: InterviewApp) -> None:
    """From the actions screen: a RACI with one settled activity, three approval stages."""
    await pilot.press("f3")
    await pilot.pause()
    assert isinstance(app.screen, RaciScreen)
    await pilot.press("ctrl+n")
    await answer(pilot, "campaign launch")
    await pilot.press("f5")
    await pick(pilot, "__type__")
    await answer(pilot, "Approve the brief")
    await pilot.press("f6")
    await answer(pilot, "Brand")
    table = app.screen.query_one("#raci", DataTable)
    table.focus()
    table.cursor_coordinate = table.cursor_coordinate._replace(row=0, column=1)
    await pilot.press("f2")  # Brand is Accountable
    await pilot.pause()
    await pilot.press("escape")
    await pilot.pause()
    await pilot.press("f4")
    await pilot.pause()
    assert isinstance(app.screen, ApprovalsScreen)
    for stage, days in [("brand", "1"), ("legal", "2"), ("exec", "3")]:
        await pilot.press("ctrl+n")
        await answer(pilot, stage)
        await answer(pilot, days)
    await pilot.press("escape")
    await pilot.pause()


@pytest.mark.heavy
async def test_theme_edits_after_planning_keep_the_whole_plan(isolated_dirs: Paths) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#engagement", Select).value = ENGAGEMENT
        await pilot.press("ctrl+pagedown")  # the Themes tab, by its key
        await pilot.pause()
        assert screen.query_one("#tabs", TabbedContent).active == "tab-themes"
        themes = screen.query_one("#themes", OptionList)
        for theme_id, title in [
            ("approval-issues", "Legal SLA of 48 hours"),
            ("tool-related-blockers", "Retire the shared drive"),
        ]:
            await highlight(pilot, themes, theme_id)
            await pilot.press("f6")
            await answer(pilot, title)
        await pilot.press("f7")
        await workers_done(pilot)  # the actions screen reads the sessions in a worker
        assert isinstance(app.screen, ActionsScreen)
        await build_a_plan(pilot, app)
        await pilot.press("escape")  # back to synthesis
        await pilot.pause()
        assert isinstance(app.screen, SynthesisScreen)

        # The tidying that used to erase the plan: new theme, rename, merge, move a note.
        await pilot.press("ctrl+n")
        await answer(pilot, "Brief quality")
        await highlight(pilot, themes, "approval-issues")
        await pilot.press("f2")
        await answer(pilot, "Approval delays")
        await highlight(pilot, themes, "tool-related-blockers")
        await pilot.press("f3")
        await pick(pilot, "brief-quality")
        assert isinstance(app.screen, ConfirmScreen)
        assert "“Tool-related blockers” into “Brief quality”" in app.screen.question
        await pilot.click("#yes")
        await pilot.pause()
        await highlight(pilot, themes, "approval-issues")
        note = screen.query_one(ThemesTab).highlighted_note
        assert note is not None
        await pilot.press("f4")
        await pick(pilot, "cross-team-misalignment")
        assert plan(isolated_dirs).themes.placements[note] == ["cross-team-misalignment"]

        # ctrl+z undoes the move, and only the move.
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert note not in plan(isolated_dirs).themes.placements
        assert any("Undone: move" in str(n.message) for n in app._notifications)

        # A renamed theme still proposes the kind of change it is about.
        await highlight(pilot, themes, "approval-issues")
        await pilot.press("f6")
        assert isinstance(app.screen, TextPrompt)
        assert "Approval timeline" in app.screen.question
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")

    saved = plan(isolated_dirs)
    assert [(a.title, a.kind, a.theme_id) for a in saved.actions] == [
        ("Legal SLA of 48 hours", "approval_timeline", "approval-issues"),
        ("Retire the shared drive", "tool_improvement", "brief-quality"),  # went with the merge
    ]
    names = {t.id: t.name for t in saved.themes.themes}
    assert names["approval-issues"] == "Approval delays" and "tool-related-blockers" not in names
    assert saved.themes.tag_themes["tool_friction"] == "brief-quality"
    [matrix] = saved.raci
    assert matrix.cells == {"Approve the brief": {"Brand": "A"}}
    assert [(s.name, s.target_days) for s in saved.approval_stages] == [
        ("brand", 1.0),
        ("legal", 2.0),
        ("exec", 3.0),
    ]


async def test_another_window_on_the_same_folder_keeps_its_changes(isolated_dirs: Paths) -> None:
    """This app edits themes and a RACI while another (a second workspace on the same data
    folder, as a second running app has) adds an action and a stage in between."""
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    other = Workspace(isolated_dirs).engagements
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#engagement", Select).value = ENGAGEMENT
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause()
        await pilot.press("f7")  # the actions screen reads the plan now…
        await workers_done(pilot)  # …and the sessions, in a worker
        assert isinstance(app.screen, ActionsScreen)

        # …and the other window changes it meanwhile.
        theirs = new_action([], "Their action", "other", [], "handoff-inefficiencies")
        other.apply(ENGAGEMENT, AddAction(action=theirs))
        other.apply(ENGAGEMENT, AddStage(name="legal", target_days=2))

        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await answer(pilot, "launch")
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, SynthesisScreen)
        await pilot.press("ctrl+n")
        await answer(pilot, "Budget")
        other.apply(ENGAGEMENT, AddStage(name="brand", target_days=1))
        await pilot.press("f7")
        await workers_done(pilot)  # the actions screen, its sessions read
        assert "Their action" in screen_text(app)  # this window sees theirs at once

    saved = plan(isolated_dirs)
    assert [a.title for a in saved.actions] == ["Their action"]
    assert [s.name for s in saved.approval_stages] == ["legal", "brand"]
    assert [m.name for m in saved.raci] == ["launch"]
    assert "Budget" in [t.name for t in saved.themes.themes]


async def test_keys_that_cannot_act_say_why(isolated_dirs: Paths) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#engagement", Select).value = ENGAGEMENT
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause()
        themes = screen.query_one("#themes", OptionList)
        await highlight(pilot, themes, "__none__")
        await pilot.press("down")  # the last option: the list does not wrap round
        assert themes.highlighted_option is not None and themes.highlighted_option.id == "__none__"
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SynthesisScreen)
        assert any("not a theme" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+z")
        assert any("No theme edit to undo" in str(n.message) for n in app._notifications)
        await highlight(pilot, themes, "approval-issues")
        await pilot.press("f3")
        assert isinstance(app.screen, ChoicePrompt)
        await pilot.press("up")  # the first choice: no wrapping to the last
        assert app.screen.query_one(OptionList).highlighted == 0
        await pilot.press("escape")

        # Enter on a matrix cell goes to its notes; Esc comes back to the matrix.
        screen.query_one("#tabs", TabbedContent).active = "tab-matrix"
        await pilot.pause()
        matrix = screen.query_one("#matrix", DataTable)
        matrix.focus()
        matrix.cursor_coordinate = matrix.cursor_coordinate._replace(row=1, column=1)
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is screen.query_one("#cell-notes").query_one(OptionList)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is matrix and isinstance(app.screen, SynthesisScreen)

        await pilot.press("f7")
        await workers_done(pilot)  # the actions screen, its sessions read
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("f1")
        assert any("No RACI matrix yet: ctrl+n" in str(n.message) for n in app._notifications)
