"""Pseudonyms are a mode of the whole app: switched on in synthesis, no participant's real
name shows on any screen opened from there, and a marker at the top says they are on."""

from __future__ import annotations

import re

import pytest
from textual.widgets import DataTable, Input, OptionList, Select, TabbedContent

from tests.tui.helpers import screen_text
from tests.tui.test_plans import ENGAGEMENT, answer
from tests.tui.test_synthesis_screen import demo_data, open_synthesis
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.action_form import ActionForm
from wfinterview.tui.screens.actions import ActionsScreen
from wfinterview.tui.screens.approvals import ApprovalsScreen
from wfinterview.tui.screens.prompts import ChoicePrompt
from wfinterview.tui.screens.raci import RaciScreen
from wfinterview.tui.screens.synthesis import SynthesisScreen
from wfinterview.tui.screens.text_preview import TextPreviewScreen
from wfinterview.tui.widgets.note_pager import NotePager

MARKER = "Pseudonyms on"


def real_names_in(text: str, people: set[str]) -> list[str]:
    """Each full name, and each part of one (a first name said in passing), found."""
    words = {part for name in people for part in [name, *name.split()] if len(part) >= 3}
    return [w for w in sorted(words) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


@pytest.mark.heavy
async def test_no_real_name_on_any_screen_once_pseudonyms_are_on(isolated_dirs: Paths) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    seen: dict[str, str] = {}
    async with app.run_test(size=(140, 44)) as pilot:

        def look(where: str) -> None:
            seen[where] = screen_text(app)

        screen = await open_synthesis(pilot)
        assert screen.corpus is not None
        people = {s.participant.name for s in screen.corpus.sessions} | {
            s.facilitator for s in screen.corpus.sessions
        }
        assert real_names_in(screen_text(app), people)  # names show before F8
        assert MARKER not in screen_text(app)
        await pilot.press("f8")
        await pilot.pause()
        look("synthesis matrix")

        screen.query_one("#engagement", Select).value = ENGAGEMENT
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause()
        themes = screen.query_one("#themes", OptionList)
        themes.focus()
        themes.highlighted = [o.id for o in themes.options].index("approval-issues")
        await pilot.pause()
        look("synthesis themes")
        await pilot.press("f6")
        await answer(pilot, "Legal SLA")

        await pilot.press("f7")
        assert isinstance(app.screen, ActionsScreen)
        actions = app.screen
        for _ in range(40):  # the evidence shows once the screen has read the sessions
            if actions.corpus is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        look("actions and evidence")
        actions.query_one("#actions", DataTable).focus()
        await pilot.press("enter")
        assert isinstance(app.screen, ActionForm)
        form = app.screen
        people_listed = [str(o.prompt) for o in form.query_one("#validated")._options]  # type: ignore[attr-defined]
        assert people_listed and all(re.fullmatch(r"P\d\d", p) for p in people_listed)
        look("action form")
        form.query_one("#validated").select(form.query_one("#validated")._options[0].value)  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        look("actions with a validator")

        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, RaciScreen)
        await pilot.press("ctrl+n")
        await answer(pilot, "launch")
        await pilot.press("f6")
        await answer(pilot, "Ana Brennan")  # a person who was interviewed, as a party
        await pilot.press("f5")
        await pilot.pause()
        look("RACI activity picker")
        await pilot.press("escape")
        await pilot.pause()
        look("RACI")
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, ApprovalsScreen)
        await pilot.press("ctrl+n")
        await answer(pilot, "legal")
        await answer(pilot, "2")
        look("approval timelines")
        assert app.screen.query_one("#stage-notes").refs  # type: ignore[attr-defined]
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ChoicePrompt)
        look("for whom?")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TextPreviewScreen)
        look("validation preview")
        assert re.search(r"For P\d\d: does this match\?", seen["validation preview"])
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SynthesisScreen)
        await pilot.press("f8")  # off again: real names, no marker
        await pilot.pause()
        assert real_names_in(screen_text(app), people) and MARKER not in screen_text(app)

    for where, text in seen.items():
        assert real_names_in(text, people) == [], where
        assert MARKER in text, where


async def test_an_interview_held_since_gets_a_pseudonym_too(isolated_dirs: Paths) -> None:
    from tests import factories
    from wfinterview.core.storage.store import SessionStore

    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        await open_synthesis(pilot)
        await pilot.press("f8")
        await pilot.press("escape")  # home; pseudonyms stay on for the app
        await pilot.pause()
        note = factories.note("Legal takes a week", "walkthrough", 200, ["approval_lag"])
        SessionStore(isolated_dirs.sessions_dir).save(
            factories.session(notes=[note], ended=True, engagement=ENGAGEMENT)
        )
        screen = await open_synthesis(pilot)
        assert screen.corpus is not None and len(screen.corpus.sessions) == 9
        screen.query_one("#text", Input).value = "legal takes a week"
        screen.query_one("#engagement", Select).value = ENGAGEMENT
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause(0.3)
        themes = screen.query_one("#themes", OptionList)
        themes.highlighted = [o.id for o in themes.options].index("approval-issues")
        await pilot.pause()
        [ref] = screen.query_one("#theme-notes", NotePager).refs  # Jordan's note, in view
        assert ref.session.participant.name == "Jordan"
        text = screen_text(app)
        assert MARKER in text and "showing pseudonyms" in text and "Legal takes a week" in text
        assert not real_names_in(text, {"Jordan"})
