"""The facilitator's hands: notes, tags, quotes and follow-ups, checked in the saved file."""

from __future__ import annotations

import pytest

from tests.tui.helpers import (
    FakeClock,
    burst,
    cockpit_app,
    keys_for,
    paste,
    saved,
    screen_text,
    type_text,
)
from wfinterview.core.storage.paths import Paths
from wfinterview.tui.widgets.note_input import NoteInput
from wfinterview.tui.widgets.note_log import NoteRow


async def test_enter_commits_a_note_with_step_and_time(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        clock.advance(83.4)
        await type_text(pilot, "Briefs arrive by Slack DM")
        await pilot.press("enter")
        session = await saved(pilot)
        assert [(n.text, n.step, n.at) for n in session.notes] == [
            ("Briefs arrive by Slack DM", "role", 83.4)
        ]
        assert pilot.app.screen.query_one(NoteInput).text == ""


async def test_an_empty_note_commits_nothing(isolated_dirs: Paths, clock: FakeClock) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await pilot.press("enter", "space", "space", "enter")
        assert (await saved(pilot)).notes == []


@pytest.mark.parametrize(
    ("key", "tag"),
    [
        ("f1", "tool_friction"),
        ("f2", "approval_lag"),
        ("f3", "ghost_ownership"),
        ("f4", "sop_mismatch"),
        ("f5", "integration_gaps"),
    ],
)
async def test_f_keys_tag_the_note_being_typed(
    isolated_dirs: Paths, clock: FakeClock, key: str, tag: str
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await type_text(pilot, "CRM export by hand")
        await pilot.press(key)
        assert pilot.app.screen.query_one(NoteInput).pending_tags == (tag,)
        await pilot.press("enter")
        assert (await saved(pilot)).notes[0].tags == [tag]


async def test_a_second_press_untags_and_tags_combine(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await type_text(pilot, "x")
        await pilot.press("f1", "f3", "f1", "f2", "enter")
        assert (await saved(pilot)).notes[0].tags == ["ghost_ownership", "approval_lag"]


async def test_f_keys_with_an_empty_input_tag_the_last_note(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await type_text(pilot, "first")
        await pilot.press("enter")
        await type_text(pilot, "second")
        await pilot.press("enter", "f2", "f4", "f2")
        notes = (await saved(pilot)).notes
        assert [(n.text, n.tags) for n in notes] == [("first", []), ("second", ["sop_mismatch"])]
        assert "🧾 second" in screen_text(pilot.app)


async def test_the_target_of_a_tag_key_is_shown(isolated_dirs: Paths, clock: FakeClock) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        note_input = pilot.app.screen.query_one(NoteInput)
        assert "type a note" in str(note_input.border_subtitle)
        clock.advance(65)
        await type_text(pilot, "a")
        assert "tag this note" in str(note_input.border_subtitle)
        await pilot.press("f1")
        assert "🛑" in str(note_input.border_title)
        await pilot.press("enter")
        assert "last note 01:05" in str(note_input.border_subtitle)


async def test_tag_key_with_no_note_yet_says_so(isolated_dirs: Paths, clock: FakeClock) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert any("No note yet" in str(n.message) for n in pilot.app._notifications)


@pytest.mark.parametrize(
    ("typed", "text", "tags"),
    [
        ("Legal sign-off #approval takes 9 days", "Legal sign-off takes 9 days", ["approval_lag"]),
        ("Legal #appr", "Legal", ["approval_lag"]),
        ("#GHOST nobody owns UTMs", "nobody owns UTMs", ["ghost_ownership"]),
        ("uses #ap and #xyz and #approvals", "uses #ap and #xyz and #approvals", []),
        ("Zapier breaks #integ, #fric.", "Zapier breaks,.", ["integration_gaps", "tool_friction"]),
        ("price #5 and a#sop", "price #5 and a#sop", []),
    ],
)
async def test_hashtags_become_tags_at_commit(
    isolated_dirs: Paths, clock: FakeClock, typed: str, text: str, tags: list[str]
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await burst(pilot, [*keys_for(typed), "enter"])
        note = (await saved(pilot)).notes[0]
        assert (note.text, note.tags) == (text, tags)


async def test_a_note_of_only_hashtags_tags_the_last_note(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await burst(
            pilot,
            [*keys_for("Nobody owns the UTM sheet"), "enter", *keys_for("#ghost #sop"), "enter"],
        )
        notes = (await saved(pilot)).notes
        assert [(n.text, n.tags) for n in notes] == [
            ("Nobody owns the UTM sheet", ["ghost_ownership", "sop_mismatch"])
        ]


async def test_quote_and_follow_up_mark_the_typed_or_the_last_note(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await type_text(pilot, "We just wing it")
        await pilot.press("f6", "enter")
        await type_text(pilot, "ask about the brand portal")
        await pilot.press("enter", "f7")
        notes = (await saved(pilot)).notes
        assert [(n.quote, n.follow_up) for n in notes] == [(True, False), (False, True)]
        shown = screen_text(pilot.app)
        assert "“We just wing it”" in shown and "ask about the brand portal ↩ follow-up" in shown


async def test_ten_notes_in_one_burst_land_as_ten_notes_in_order(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    texts = [f"note {n} about approvals and £{n}0 budgets" for n in range(10)]
    keys: list[str | tuple[str, str | None]] = []
    for number, text in enumerate(texts):
        keys += keys_for(text)
        keys.append("enter")
        if number == 4:
            keys.append("f2")  # empty input right after Enter: tags note 4, not note 5
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await burst(pilot, keys)
        notes = (await saved(pilot)).notes
        assert [n.text for n in notes] == texts
        assert [n.tags for n in notes][4:6] == [["approval_lag"], []]
        assert pilot.app.screen.query_one(NoteInput).text == ""


async def test_burst_with_backspace_and_step_keys_keeps_typing_order(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await burst(
            pilot,
            [
                *keys_for("abx"),
                "backspace",
                "c",
                "enter",
                "pagedown",
                *keys_for("in step two"),
                "enter",
            ],
        )
        notes = (await saved(pilot)).notes
        assert [(n.text, n.step) for n in notes] == [
            ("abc", "role"),
            ("in step two", "walkthrough"),
        ]


async def test_text_is_text_markup_unicode_and_pasted_lines(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    markup = "[bold]Legal[/bold] [link=http://x]here[/link] costs £5 🧑‍💻 שלום"
    quote = "First line of the quote\nsecond line\n\nthird after a blank"
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        pilot.app.screen.query_one(NoteInput).insert(markup)
        await pilot.press("enter")
        await paste(pilot, quote)
        await pilot.press("enter")
        notes = (await saved(pilot)).notes
        assert [n.text for n in notes] == [markup, quote]
        rows = list(pilot.app.screen.query(NoteRow))
        assert markup in str(rows[0].render())
        assert "second line" in str(rows[1].render())


async def test_typed_zero_width_joiners_and_no_break_spaces_are_kept(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    typed = "dev 🧑\u200d💻 costs\u00a0£5 \u200fשלום"
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await burst(pilot, [*keys_for(typed), "enter"])
        assert (await saved(pilot)).notes[0].text == typed


async def test_a_300_character_note_stays_fully_visible_while_typed(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    long_note = " ".join(f"word{n:03d}" for n in range(38))[:300]
    async with cockpit_app(isolated_dirs, clock).run_test(size=(80, 24)) as pilot:
        pilot.app.screen.query_one(NoteInput).insert(long_note)
        await pilot.pause()
        shown = screen_text(pilot.app).replace("\n", " ")
        for word in long_note.split():
            assert word in shown
