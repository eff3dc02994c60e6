"""The guide's key reference (docs/keys.md) is what help shows on every screen now: checked
on the screen tour at 80 columns (test_screens_look.py), with the helpers here.

docs/gen_keys.py walks every screen (tests/tui/tour.py) and asks the help screen's own
code what it lists there; the page must be exactly what that makes, so a key that moves,
a label that changes or a screen that gains a key fails here until the page is made again.
"""

from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCREENS = {
    "Home",
    "New interview",
    "Cockpit",
    "Review",
    "Recap",
    "Actions",
    "Action form",
    "RACI matrices",
    "Approval timelines",
    "Validation text",
}


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_keys", DOCS / "gen_keys.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def stale_reference(gen_keys: ModuleType, stops: list[Any]) -> list[str]:
    """[] when docs/keys.md is what `stops` (a walk of every screen) make; else one problem
    naming the command that makes it again, with the first lines that differ. The walk is
    the 80-column screen tour (test_screens_look.py), which feeds `gen_keys.Reference`."""
    made = gen_keys.render(stops)
    page = (DOCS / "keys.md").read_text(encoding="utf-8")
    if page == made:
        return []
    diff = "".join(
        list(
            difflib.unified_diff(
                page.splitlines(keepends=True),
                made.splitlines(keepends=True),
                "docs/keys.md",
                "what help shows now",
            )
        )[:40]
    )
    return [f"docs/keys.md is stale: run `{gen_keys.COMMAND}`\n{diff}"]


def test_each_help_row_is_one_table_row_whatever_its_text() -> None:
    gen_keys = generator()
    stop = gen_keys.Stop("Home", False, "F9 Help", [("F6 / ctrl+o", "a | b\nc"), ("`", "tick")])
    page = gen_keys.render([stop])
    assert "| `F6 / ctrl+o` | a \\| b c |" in page
    assert "| `` ` `` | tick |" in page
    assert "    F9 Help\n" in page
