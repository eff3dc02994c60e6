"""Pseudonyms are a mode of the whole app: switched on in synthesis, no participant's real
name shows on any screen opened from there, and a marker at the top says they are on."""

from __future__ import annotations

import re

import pytest
from textual.widgets import DataTable, Input, OptionList, Select, TabbedContent

from tests.tui.helpers import screen_text, until, workers_done
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
        # Pseudonyms with roles beside them, so P01 and P02 can be told apart.
        assert people_listed == ["P01 · Strategic Lead / CMO", "P02 · Marketing Ops / Tech"]
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
        assert [str(o.prompt) for o in app.screen.query_one(OptionList).options] == [
            "P01 · Strategic Lead / CMO",
            "P02 · Marketing Ops / Tech",
        ]
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
        await pilot.pause()
        themes = screen.query_one("#themes", OptionList)
        themes.highlighted = [o.id for o in themes.options].index("approval-issues")
        await pilot.pause()
        [ref] = screen.query_one("#theme-notes", NotePager).refs  # Jordan's note, in view
        assert ref.session.participant.name == "Jordan"
        text = screen_text(app)
        assert MARKER in text and "showing pseudonyms" in text and "Legal takes a week" in text
        assert not real_names_in(text, {"Jordan"})


def _two_people(paths: Paths) -> None:
    """Ana García and Ben Okafor interviewed by Sam for Acme; an action from Ana's note;
    a RACI in which Ana is a party."""
    from tests import factories
    from wfinterview.core.framework.content import BUILTIN_TAGS
    from wfinterview.core.plan.actions import new_action
    from wfinterview.core.plan.edits import (
        AddAction,
        AddRaciActivity,
        AddRaciMatrix,
        AddRaciParty,
        SetRaciCell,
    )
    from wfinterview.core.plan.engagements import EngagementStore
    from wfinterview.core.storage.store import SessionStore

    store = SessionStore(paths.sessions_dir)
    ana = factories.note("Legal takes a week", "approvals", 100, ["approval_lag"])
    store.save(
        factories.session(
            "20261120-1000-ana-ab12", "Ana García", notes=[ana], engagement="Acme", ended=True
        )
    )
    ben = factories.note("Nobody owns the brief", "walkthrough", 50, ["ghost_ownership"])
    later = factories.STARTED.replace(day=21)  # interviewed after Ana: P02
    store.save(
        factories.session(
            "20261121-1000-ben-cd34", "Ben Okafor", "ops", notes=[ben], engagement="Acme"
        ).model_copy(update={"started_at": later, "ended_at": later})
    )
    plans = EngagementStore(paths.engagements_dir, BUILTIN_TAGS, paths.writer)
    action = new_action([], "Legal SLA of 48 hours", "approval_timeline")
    action.evidence = [f"20261120-1000-ana-ab12/{ana.id}"]
    for edit in (
        AddAction(action=action),
        AddRaciMatrix(name="launch"),
        AddRaciActivity(matrix="launch", activity="Approve the brief"),
        AddRaciParty(matrix="launch", party="Ana García"),
        AddRaciParty(matrix="launch", party="Legal"),
        SetRaciCell(matrix="launch", activity="Approve the brief", party="Ana García", role="A"),
        SetRaciCell(matrix="launch", activity="Approve the brief", party="Legal", role="R"),
    ):
        plans.apply("Acme", edit)


def _notices(app: InterviewApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


REAL_VALIDATION = """\
Subject: What we plan to change: does this match?

Hi Ana,

Thank you again for walking us through how your work really flows. Based on what you
and your colleagues told us, here is what we plan to change:

- Legal SLA of 48 hours (Approval timeline)

Does this match what you described? Is anything missing, or aimed at the wrong
problem? A one-line reply is plenty.

Thanks,
Sam
"""


async def test_copies_carry_what_the_screen_shows_and_say_so(isolated_dirs: Paths) -> None:
    """With pseudonyms on, a RACI copy carries P01 and says so; the validation text, which
    is for one real person, asks first (naming them by pseudonym) and copies the real text.
    With pseudonyms off, each copy carries the real names and says so."""
    from tests.tui.test_plans import pick
    from wfinterview.tui.screens.confirm import ConfirmScreen

    _two_people(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 30)) as pilot:
        await open_synthesis(pilot)
        await pilot.press("f8", "f7")
        actions = app.screen
        assert isinstance(actions, ActionsScreen)
        # Who the validation text is for: the people interviewed, read in the screen's worker.
        await until(pilot, lambda: actions.corpus is not None, "read the interviews")

        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, RaciScreen)
        await pilot.press("f7")
        assert app.clipboard == (
            "| activity | P01 | Legal |\n| --- | --- | --- |\n| Approve the brief | A | R |\n"
        )
        assert _notices(app)[-1] == (
            "RACI copied as a Markdown table, with pseudonyms (P01…) as on screen, "
            "no participant's real name."
        )
        await pilot.press("f8")
        assert app.clipboard == "activity,P01,Legal\r\nApprove the brief,A,R\r\n"
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("f5")
        await pilot.pause()
        assert [str(o.prompt) for o in app.screen.query_one(OptionList).options] == [
            "P01 · Campaign Lead",
            "P02 · Marketing Ops / Tech",
        ]
        await pick(pilot, "Ana García")
        assert isinstance(app.screen, TextPreviewScreen)
        shown = app.screen.text
        # On screen: the pseudonym, and the signature as a placeholder, never "F1".
        assert shown == REAL_VALIDATION.replace("Hi Ana,", "Hi P01,").replace(
            "Thanks,\nSam", "Thanks,\n[facilitator's name]"
        )
        app.copy_to_clipboard("")
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == (
            "This text is for P01 alone: a copy with “P01” in it cannot be sent. "
            "Copy it with P01's real name and the real signature?"
        )
        assert app.clipboard == ""  # nothing copied before the answer
        await pilot.click("#yes")
        await pilot.pause()
        assert app.clipboard == REAL_VALIDATION
        assert _notices(app)[-1] == (
            "Copied with real names, to send: the text for P01 "
            "(the screen keeps showing pseudonyms)."
        )
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, SynthesisScreen)

        await pilot.press("f8", "f7")  # pseudonyms off: real names, said so, no question
        await workers_done(pilot)  # the actions screen, its interviews read (F5 lists them)
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("f7")
        assert app.clipboard.splitlines()[0] == "| activity | Ana García | Legal |"
        assert _notices(app)[-1] == "RACI copied as a Markdown table, with real names."
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        await pick(pilot, "Ana García")
        assert app.screen.text == REAL_VALIDATION  # type: ignore[attr-defined]
        await pilot.press("f2")
        await pilot.pause()
        assert app.clipboard == REAL_VALIDATION
        assert _notices(app)[-1] == "Copied with real names: the text for Ana García."
