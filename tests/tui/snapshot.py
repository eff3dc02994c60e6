"""Plain-text snapshots of what the terminal shows, kept in `snapshots/`.

pytest-textual-snapshot 1.1.0 needs syrupy 4.8 and so pytest < 9; instead of pinning an
old pytest, the tests compare the screen's text with files in `snapshots/`.
Run with WFINTERVIEW_UPDATE_SNAPSHOTS=1 to rewrite them after a deliberate change, then
read the diff before committing it. On CI (the CI variable set) that variable makes the
test fail instead: a snapshot is never rewritten where nobody reads the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

SNAPSHOTS = Path(__file__).with_name("snapshots")
UPDATE = "WFINTERVIEW_UPDATE_SNAPSHOTS"


def updating() -> bool:
    if os.environ.get(UPDATE) != "1":
        return False
    if os.environ.get("CI"):
        raise AssertionError(f"{UPDATE}=1 on CI: snapshots are rewritten only by hand, locally")
    return True


def snapshot_problem(text: str, name: str) -> str | None:
    """Why `text` does not match the snapshot `name`, or None when it does (or was rewritten)."""
    path = SNAPSHOTS / f"{name}.txt"
    if updating():
        path.write_text(text + "\n", encoding="utf-8")
        return None
    if not path.exists():
        return f"no snapshot {path.name}; run with {UPDATE}=1 to create it"
    expected = path.read_text(encoding="utf-8")
    if text + "\n" == expected:
        return None
    diff = [
        f"  line {number}:\n    expected {want!r}\n    shown    {got!r}"
        for number, (want, got) in enumerate(
            zip(expected.splitlines(), text.splitlines(), strict=False), 1
        )
        if want != got
    ][:5]
    return f"{path.name} differs:\n" + "\n".join(diff or ["  (in the number of lines)"])


def assert_matches_snapshot(text: str, name: str) -> None:
    problem = snapshot_problem(text, name)
    assert problem is None, problem
