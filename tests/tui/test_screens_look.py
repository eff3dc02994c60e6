"""Every screen pinned at 80×24 and 120×36, as plain-text snapshots (see snapshot.py): home,
help, the new-interview form, cockpit, review, recap, each synthesis tab, actions, the
action form, RACI, approval timelines and a validation preview.

On the same walk (one per size: the walk is what takes time), every screen's keys are
checked: at 80 columns each key its help lists is in the bar or the bar says "· more", the
screen's essential keys are on it (test_keys_findable.py), and the guide's key reference
(docs/keys.md) is what help shows there (test_key_reference.py); at 120 columns the command
palette finds each key by a word of its name."""

from __future__ import annotations

import pytest

from tests.tui.helpers import screen_text
from tests.tui.snapshot import snapshot_problem
from tests.tui.test_key_reference import SCREENS, generator, stale_reference
from tests.tui.test_keys_findable import check_bar, check_essential, check_palette
from tests.tui.tour import data_folder, freeze_now, tour, tour_app

EXPECTED = {
    "home",
    "help",
    "new_interview",
    "cockpit_started",
    "review",
    "recap",
    "actions",
    "action_form",
    "raci",
    "approvals",
    "validation_preview",
    "move_note",
    "synthesis_findings_scrolled",
    "actions_scrolled",
}


@pytest.mark.heavy
@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_every_screen_looks_as_pinned_and_its_keys_are_findable(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    freeze_now(monkeypatch)
    problems: list[str] = []
    seen: list[str] = []
    gen_keys = generator()
    reference = gen_keys.Reference()
    with data_folder() as paths:
        folder = str(paths.data_dir.parent)
        fixed = "/tmp/wfi" + "_" * (len(folder) - len("/tmp/wfi"))
        app = tour_app(paths)
        async with app.run_test(size=size) as pilot:

            async def visit(name: str) -> None:
                seen.append(name)
                text = screen_text(app).replace(folder, fixed)
                problem = snapshot_problem(text, f"{name}_{size[0]}x{size[1]}")
                if problem:
                    problems.append(problem)
                if size[0] == 80:
                    problems.extend(f"{name}: {p}" for p in check_bar(app.screen, 80))
                    problems.extend(check_essential(name, app.screen, 80))
                    await reference.visit(pilot, name)  # opens help and closes it again
                else:
                    problems.extend(await check_palette(pilot, name))

            await tour(pilot, visit)
    assert EXPECTED <= set(seen) and any(name.startswith("synthesis_") for name in seen), seen
    if size[0] == 80:
        titles = {stop.title for stop in reference.stops}
        assert SCREENS <= titles, sorted(SCREENS - titles)
        problems.extend(stale_reference(gen_keys, reference.stops))
    assert not problems, "\n".join(problems)
