"""A teammate's plan edits arrive while the synthesis screen is open: a sync tool copies
their edit log into the shared folder. The screen shows them without a restart, and
what the user is in the middle of (a filter, a theme being named) is left as it was."""

from __future__ import annotations

import shutil

import pytest
from textual.widgets import OptionList, Select, TabbedContent

from tests.tui.helpers import type_text, until
from tests.tui.test_synthesis_screen import demo_data, open_synthesis
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.edit_log import log_name
from wfinterview.core.plan.edits import AddStage, RenameTheme
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.prompts import TextPrompt
from wfinterview.tui.screens.synthesis import SynthesisScreen

ACME = "Acme Retail"


async def test_a_teammates_edits_show_up_and_the_users_own_work_stays(
    isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SynthesisScreen, "TEAM_POLL_SECONDS", 0.2)
    demo_data(isolated_dirs)
    # Bob works on his laptop, on a copy of the folder: renames a theme, adds a stage.
    laptop = isolated_dirs.data_dir.parent / "bob-laptop"
    bob = EngagementStore(laptop, BUILTIN_TAGS, "bob-x1-77e0a1")
    bob.apply(ACME, RenameTheme(theme_id="tool-related-blockers", name="Tool friction"))
    bob.apply(ACME, AddStage(name="Legal", target_days=2))
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#engagement", Select).value = ACME
        await pilot.pause()
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause()
        themes = screen.query_one("#themes", OptionList)
        themes.highlighted = [o.id for o in themes.options].index("approval-issues")
        await pilot.press("ctrl+n")  # the user starts naming a new theme…
        assert isinstance(app.screen, TextPrompt)
        await type_text(pilot, "Brief chaos")

        # …and Bob's edits arrive meanwhile.
        shared = screen.workspace.engagements.folder_for(ACME)
        shared.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bob.folder_for(ACME) / log_name(bob.writer), shared / log_name(bob.writer))
        await until(
            pilot,
            lambda: any(str(o.prompt).startswith("Tool friction") for o in themes.options),
            "showed Bob's theme name",
        )
        labels = [str(o.prompt) for o in themes.options]
        assert any(label.startswith("Tool friction") for label in labels), labels
        assert any("plan edits arrived: Acme Retail" in str(n.message) for n in app._notifications)

        # The half-typed name is still there, and the highlighted theme too.
        assert isinstance(app.screen, TextPrompt)
        assert themes.highlighted_option is not None
        assert themes.highlighted_option.id == "approval-issues"
        await pilot.press("enter")
        await pilot.pause()

    plan = Workspace(isolated_dirs).engagements.load(ACME)
    names = [t.name for t in plan.themes.themes]
    assert "Tool friction" in names and "Brief chaos" in names
    assert [s.name for s in plan.approval_stages] == ["Legal"]


async def test_opening_synthesis_says_which_values_the_merge_kept(isolated_dirs: Paths) -> None:
    demo_data(isolated_dirs)
    work = Workspace(isolated_dirs)
    laptop = isolated_dirs.data_dir.parent / "bob-laptop"
    bob = EngagementStore(laptop, BUILTIN_TAGS, "bob-x1-77e0a1")
    # Both rename one theme, neither having seen the other's edit.
    bob.apply(ACME, RenameTheme(theme_id="tool-related-blockers", name="Tool friction"))
    work.engagements.apply(ACME, RenameTheme(theme_id="tool-related-blockers", name="Tool pain"))
    shared = work.engagements.folder_for(ACME)
    shutil.copyfile(bob.folder_for(ACME) / log_name(bob.writer), shared / log_name(bob.writer))
    app = InterviewApp(work)
    async with app.run_test(size=(130, 40)) as pilot:
        await open_synthesis(pilot)
        said = [str(n.message) for n in app._notifications if "team's plan edits" in str(n.message)]
        assert len(said) == 1
        assert said[0].startswith(
            "Merging the team's plan edits:\nAcme Retail: the name of theme 'Tool pain': "
            "kept 'Tool pain' ("
        )
        assert "over 'Tool friction' (bob-x1-77e0a1, " in said[0]
