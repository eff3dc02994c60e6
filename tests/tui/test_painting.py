"""The tests' headless apps skip the updates nobody receives (tests/tui/painting.py), yet
a screen that cannot be drawn still fails its test, and what a test looks at is current."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from tests.tui.helpers import screen_text


class Counter(Static):
    """Draws its count; it cannot draw 3 (a planted drawing bug)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def render(self) -> str:
        if self.count == 3:
            raise RuntimeError("cannot draw 3")
        return f"count {self.count}"


class CounterApp(App[None]):
    BINDINGS = [("up", "count")]

    def compose(self) -> ComposeResult:
        yield Counter()

    def action_count(self) -> None:
        counter = self.query_one(Counter)
        counter.count += 1
        counter.refresh()


async def test_what_a_test_looks_at_shows_the_latest_change() -> None:
    async with CounterApp().run_test(size=(20, 3)) as pilot:
        await pilot.press("up", "up")
        assert screen_text(pilot.app).splitlines()[0] == "count 2"


async def test_a_screen_left_undrawable_fails_the_test_that_never_looked() -> None:
    with pytest.raises(RuntimeError, match="cannot draw 3"):
        async with CounterApp().run_test(size=(20, 3)) as pilot:
            await pilot.press("up", "up", "up")
