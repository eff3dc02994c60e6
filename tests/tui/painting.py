"""What the tests' headless apps paint: what a test looks at, not every update.

Textual paints each change of the screen (the lines of the widgets that changed, as one
terminal update) and then, headless, throws the update away: `App._display` returns at
once when there is no terminal. That painting was a quarter of the screen tests' CPU time
(the TUI and fuzz tests took 94 s of CPU with it and 69 s without, `-n 2`, 7 December).

So under the tests a headless app lays out every change as before (sizes, scrolling,
`call_after_refresh` callbacks and the events they send) but does not paint the updates
nobody receives. What a widget works out only while it draws (an `OptionList`'s scroll
height after a change) catches up when a test looks. What a test looks at it paints in
full, from that same layout (`screen_text`, `terminal_output` in
`test_hostile_screens.py`). And as a test's app closes, what changed on its screen since
the test last looked is painted once, so a screen that cannot be drawn still fails the
test that left it so (`run_test_painting_last`). Not caught any more: a drawing error in
a state that nobody looked at and that did not last (a dialog since closed, text since
committed), or on the last screen of a test whose app quits itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen

_paint = Screen._compositor_refresh
_run_test = App.run_test


def lay_out_without_painting(screen: Screen[object]) -> None:
    """`Screen._compositor_refresh`, without the update a headless app throws away."""
    app = screen.app
    if not app.is_headless or app.is_inline or screen is not app.screen:
        _paint(screen)
        return
    # What painting does besides making the update. The changed regions are kept: a
    # look in full takes them, or the last paint (below).
    screen._dirty_widgets.clear()
    app._update_mouse_over(screen)


@contextlib.asynccontextmanager
async def run_test_painting_last(
    app: App[object], *args: Any, **kwargs: Any
) -> AsyncIterator[Pilot[object]]:
    """`App.run_test`, painting what changed on the screen the test leaves, since it last
    looked, before the app closes."""
    async with _run_test(app, *args, **kwargs) as pilot:
        yield pilot
        if app.is_running:
            app.screen._compositor.render_update(screen_stack=app._background_screens)
